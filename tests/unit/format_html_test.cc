// The HTML reader: the document, not the page around it.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "format_support.h"
#include "formats/formats.h"
#include "source_dir.h"

using namespace format_test;
using gongwen::formats::Limits;
using gongwen::formats::read_html;

namespace {

std::string page_value(const std::vector<gongwen::PageField>& page, const std::string& label) {
  for (const auto& f : page)
    if (f.label == label) return f.value;
  return "<none>";
}

// The seed's lines as the content of a government page: header, nav, breadcrumb, a metadata
// line, share and print links, previous/next, a footer with the site's host unit and phone.
std::string page_around(const std::string& text) {
  std::string body;
  std::size_t b = 0;
  while (b < text.size()) {
    auto e = text.find('\n', b);
    if (e == std::string::npos) e = text.size();
    std::string line = text.substr(b, e - b);
    std::string esc;
    for (char c : line) esc += c == '<' ? "&lt;" : c == '>' ? "&gt;" : c == '&' ? "&amp;" : std::string(1, c);
    body += "<p>" + esc + "</p>\n";
    b = e + 1;
  }
  return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>政务公开</title></head><body>"
         "<div class=\"top\"><a href=\"/\">首页</a> | <a href=\"/zwgk\">政务公开</a> | <a href=\"/hd\">互动交流</a></div>"
         "<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; 政务公开</div>"
         "<div class=\"info\">发布时间：2019-02-03 10:00　索引号：000000-2019-0001　发文字号：某办〔2019〕99号</div>"
         "<div class=\"article\">" + body + "</div>"
         "<div>【打印本页】【关闭窗口】</div>"
         "<div><p>上一篇：<a href=\"/1\">关于2018年12月1日停电的通知</a></p><p>下一篇：<a href=\"/2\">旧闻</a></p></div>"
         "<div class=\"foot\"><p>主办单位：某某市人民政府办公室　联系电话：0755-88889999</p><p>粤ICP备00000000号</p></div>"
         "</body></html>";
}

}  // namespace

TEST_CASE("formats::read_html keeps page metadata apart") {
  const auto c = read_html(slurp(corpus("reply-parking-2023.html")), Limits{});
  REQUIRE(c.error_code == "");
  CHECK(page_value(c.page, "发布时间") == "2024-03-01 09:30");
  CHECK(page_value(c.page, "索引号") == "11430700MB1234567X/2024-00123");
  CHECK(page_value(c.page, "文号") == "清府办函〔2019〕1号");
  CHECK(page_value(c.page, "浏览次数") == "1024");
  CHECK(page_value(c.page, "PubDate") == "2024-03-01 09:30");
  // None of the page reaches the text: dates, numbers, the site's phone, previous/next titles.
  for (const char* chrome : {"2019", "清府办函", "0736-7000000", "ICP", "上一篇", "首页", "分享到", "统计", "大 中 小"}) {
    CAPTURE(chrome);
    CHECK(c.text.find(chrome) == std::string::npos);
  }
  // The document's own 公开方式 row stays in the document.
  CHECK(c.text.find("公开方式：主动公开") != std::string::npos);
}

TEST_CASE("formats::read_html never takes page metadata for the document's fields") {
  const auto r = gongwen::ingest_file(corpus("reply-parking-2023.html"));
  REQUIRE(r.record);
  for (const auto& d : r.record->dates) CHECK(d.text.find("2019") == std::string::npos);
  for (const auto& d : r.record->dates) CHECK(d.value != "2024-03-01");
  for (const auto& n : r.record->doc_numbers) CHECK(n.text != "清府办函〔2019〕1号");
  for (const auto& c : r.record->contacts)
    for (const auto& p : c.phones) CHECK(p.find("7000000") == std::string::npos);
  CHECK(!r.record->page.empty());
}

TEST_CASE("formats::read_html decodes the declared charset") {
  const auto c = read_html(slurp(corpus("notice-training-2024.html")), Limits{});  // http-equiv gb2312
  CHECK(c.encoding == "GB18030");
  CHECK(c.text.find("关于举办2024年中小学安全管理培训班的通知") != std::string::npos);
}

TEST_CASE("formats::read_html lines") {
  struct Case {
    const char* html;
    const char* text;
  };
  const Case cases[] = {
      // A source line break between Han characters is not a space; between words it is.
      {"<html><body><p>关于推广\n   社康中心的建议 and\n more</p></body></html>", "关于推广社康中心的建议 and more\n"},
      // Data tables become rows of tab-separated cells; a cell's paragraphs are joined by a space.
      {"<html><body><table><tr><td>序号</td><td><p>单位</p><p>名称</p></td></tr><tr><td>1</td><td>市教育局</td></tr></table></body></html>",
       "序号\t单位 名称\n1\t市教育局\n"},
      // A layout table is not a data table: its cell's paragraphs stay lines.
      {"<html><body><table><tr><td><p>第一段。</p><p>第二段。</p><p>第三段。</p></td></tr></table></body></html>",
       "第一段。\n第二段。\n第三段。\n"},
      // <br> ends a line; entities are decoded; scripts and hidden text are not text.
      {"<html><body><p>甲&amp;乙<br>丙&nbsp;丁<script>x()</script><span style=\"display: none\">藏</span></p></body></html>",
       "甲&乙\n丙\xC2\xA0丁\n"},
      // A "nav" class on the element that holds the whole document does not throw it away.
      {"<html><body><div class=\"nav-wrap\"><p>这是正文的第一段，内容较长。</p><p>这是正文的第二段，内容也较长。</p></div><div class=\"nav\"><a href=\"/\">首页</a></div></body></html>",
       "这是正文的第一段，内容较长。\n这是正文的第二段，内容也较长。\n"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.html);
    CHECK(read_html(c.html, Limits{}).text == c.text);
  }
}

TEST_CASE("formats::read_html limits") {
  SUBCASE("a 50 MB page of nested tags is refused by size, at once") {
    std::string page = "<html><body>";
    while (page.size() < (50u << 20)) page += "<div><span>";
    const auto o = gongwen::ingest_bytes(page, "nested.html");
    REQUIRE(o.error);
    CHECK(o.error->code == "html-too-large");
    CHECK(o.error->source.format == "html");
  }
  SUBCASE("nesting under the size limit is refused by depth") {
    std::string page = "<html><body>";
    for (int k = 0; k < 200000; ++k) page += "<div>";
    page += "深</body></html>";
    const auto o = gongwen::ingest_bytes(page, "deep.html");
    REQUIRE(o.error);
    CHECK(o.error->code == "too-deep");
  }
  SUBCASE("a page of chrome only has no document") {
    CHECK(read_html("<html><body><div class=\"footer\">版权所有</div></body></html>", Limits{}).error_code == "no-text");
  }
}

TEST_CASE("formats: an HTML page built around a seed gives the seed's structural fields") {
  const std::filesystem::path seeds = std::filesystem::path(gongwen_test::source_dir()) / ".." / "shared" / "seeds";
  if (!std::filesystem::is_directory(seeds)) {
    MESSAGE("skipped: ../shared/seeds is absent");
    return;
  }
  int seen = 0;
  for (const auto& e : std::filesystem::directory_iterator(seeds)) {
    if (e.path().extension() != ".txt") continue;
    ++seen;
    const std::string text = slurp(e.path().string());
    CAPTURE(e.path().filename().string());
    const auto plain = gongwen::ingest_bytes(text, "seed.txt");
    const auto page = gongwen::ingest_bytes(page_around(text), "seed.html");
    REQUIRE(plain.record);
    REQUIRE_MESSAGE(page.record, (page.error ? page.error->code + ": " + page.error->message : ""));
    CHECK(page.record->source.format == "html");
    auto want = comparable(*plain.record), got = comparable(*page.record);
    drop_locations(want);
    drop_locations(got);
    for (const char* field : {"kind", "title", "doc_numbers", "cited_doc_numbers", "proposals", "proposers",
                              "assignment", "issuers", "addressees", "signers", "signed_date", "result_code",
                              "disclosure", "contacts", "attachments", "dates"}) {
      CAPTURE(field);
      CHECK_MESSAGE(got[field] == want[field], "want " << want[field].dump() << "\n got  " << got[field].dump());
    }
    CHECK(page_value(page.record->page, "发布时间") == "2019-02-03 10:00");
  }
  CHECK(seen > 0);
}
