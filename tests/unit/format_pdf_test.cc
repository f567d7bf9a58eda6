// The PDF and OFD readers and the layout that turns their lines back into paragraphs.
#include <doctest/doctest.h>

#include "format_support.h"
#include "formats/formats.h"
#include "formats/layout.h"

using namespace format_test;
using gongwen::formats::Limits;

TEST_CASE("formats::read_pdf sets page furniture apart") {
  const auto c = gongwen::formats::read_pdf(slurp(corpus("reply-parking-2023.pdf")), Limits{});
  REQUIRE(c.error_code == "");
  CHECK(c.text.find("— 1 —") == std::string::npos);           // page numbers
  CHECK(c.text.find("清江市交通运输局文件") == std::string::npos);  // the running head …
  REQUIRE(c.page.size() == 1);
  CHECK(c.page[0].value == "清江市交通运输局文件");              // … is kept apart
}

TEST_CASE("formats::read_pdf errors") {
  SUBCASE("a scan has no text layer") {
    const auto o = gongwen::ingest_file(corpus("hostile/scanned.pdf"));
    REQUIRE(o.error);
    CHECK(o.error->code == "no-text-layer");
    CHECK(o.error->source.format == "pdf");
  }
  SUBCASE("a truncated file") {
    const auto o = gongwen::ingest_file(corpus("hostile/truncated.pdf"));
    REQUIRE(o.error);
    CHECK(o.error->code == "pdf-damaged");
  }
  SUBCASE("pages and time") {
    const std::string bytes = slurp(corpus("reply-parking-2023.pdf"));
    Limits l;
    l.pdf_pages = 2;
    CHECK(gongwen::formats::read_pdf(bytes, l).error_code == "pdf-too-many-pages");
    l = Limits{};
    l.pdf_time = std::chrono::milliseconds(-1);
    CHECK(gongwen::formats::read_pdf(bytes, l).error_code == "timeout");
  }
}

TEST_CASE("formats::read_ofd") {
  const std::string bytes = slurp(corpus("notice-training-2024.ofd"));
  const auto c = gongwen::formats::read_ofd(bytes, Limits{});
  REQUIRE(c.error_code == "");
  CHECK(c.encoding == "UTF-8");
  // The 版记 keeps its lines: 抄送 and the printing line are not joined to what precedes them.
  CHECK(c.text.ends_with("抄送：市人民政府办公室，市应急管理局。\n清江市教育局办公室\t2024年2月26日印发\n"));
  Limits l;
  l.pdf_pages = 1;
  CHECK(gongwen::formats::read_ofd(bytes, l).error_code == "ofd-too-many-pages");
  l = Limits{};
  l.xml_depth = 3;
  CHECK(gongwen::formats::read_ofd(bytes, l).error_code == "too-deep");
}

TEST_CASE("formats::assemble") {
  using gongwen::formats::PlacedLine;
  using gongwen::formats::PlacedPage;
  // Lines of 10 characters of size 10 between x = 100 and 200; a first line indented by 20.
  auto line = [](const char* t, double x0, double x1, double y) { return PlacedLine{t, x0, x1, y, y + 10, 10}; };
  std::vector<gongwen::PageField> page;
  SUBCASE("a wrapped paragraph, a page break, a page number and a running head") {
    PlacedPage p1{300, 400, {line("眉头", 100, 120, 10), line("第一段开头", 120, 200, 100), line("接着写", 100, 200, 115),
                             line("完。", 100, 130, 130), line("第二段开", 120, 200, 145), line("- 1 -", 140, 160, 380)}};
    PlacedPage p2{300, 400, {line("眉头", 100, 120, 10), line("跨页的尾巴。", 100, 160, 100), line("- 2 -", 140, 160, 380)}};
    CHECK(gongwen::formats::assemble({p1, p2}, page) == "第一段开头接着写完。\n第二段开跨页的尾巴。\n");
    REQUIRE(page.size() == 1);
    CHECK(page[0].value == "眉头");
  }
  SUBCASE("blocks that open or close a line are not joined") {
    PlacedPage p{300, 400, {line("第一段", 120, 200, 100), line("附件：名单", 100, 200, 115), line("抄送：某局", 100, 200, 130),
                            line("某办\t2024年1月1日印发", 100, 200, 145), line("尾", 100, 110, 160)}};
    CHECK(gongwen::formats::assemble({p}, page) == "第一段\n附件：名单\n抄送：某局\n某办\t2024年1月1日印发\n尾\n");
  }
  SUBCASE("a sentence that a column split cut is one line again") {
    // Two columns, 100..200 and 220..320, read column after column.
    PlacedPage p{420, 400, {line("左栏第一段", 120, 200, 100), line("左栏的最后", 100, 200, 115),
                            line("右栏接着写。", 220, 280, 100), line("右栏新段", 240, 320, 115), line("结束。", 220, 250, 130)}};
    CHECK(gongwen::formats::assemble({p}, page) == "左栏第一段左栏的最后右栏接着写。\n右栏新段结束。\n");
  }
  SUBCASE("a centred title is not a full line") {
    PlacedPage p{300, 400, {line("标题", 140, 160, 50), line("正文第一行", 120, 200, 100), line("第二行。", 100, 140, 115)}};
    CHECK(gongwen::formats::assemble({p}, page) == "标题\n正文第一行第二行。\n");
  }
}
