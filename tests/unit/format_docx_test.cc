// The DOCX reader and the zip and XML limits under it.
#include <doctest/doctest.h>

#include "format_support.h"
#include "formats/formats.h"
#include "formats/xml.h"

using namespace format_test;
using gongwen::formats::Limits;
using gongwen::formats::read_docx;

TEST_CASE("formats::read_docx reads what Word shows, once") {
  const auto c = read_docx(slurp(corpus("reply-parking-2023.docx")), Limits{});
  REQUIRE(c.error_code == "");
  // The letterhead text box is in mc:Choice and mc:Fallback: read once, as its own line.
  CHECK(c.text.starts_with("清江市交通运输局\n关于"));
  CHECK(c.text.find("清江市交通运输局\n清江市交通运输局") == std::string::npos);
  CHECK(c.text.find("陈芳") != std::string::npos);       // a field's result
  CHECK(c.text.find("MERGEFIELD") == std::string::npos);  // not its code
  CHECK(c.text.find("王伟") == std::string::npos);        // a deleted revision
  CHECK(c.text.find("内部备注") == std::string::npos);    // a hidden run
  CHECK(c.text.find("序号\t点位\t完成时间\n") != std::string::npos);  // a table row
  // Headers and footers are kept apart.
  REQUIRE(c.page.size() == 2);
  CHECK(c.page[0].key == "footer");
  CHECK(c.page[1].key == "header");
  CHECK(c.page[1].value == "清江市交通运输局");
}

TEST_CASE("formats::read_docx refuses hostile files with a clear error") {
  struct Case {
    const char* file;
    const char* code;
  };
  const Case cases[] = {
      {"hostile/zip-bomb.docx", "zip-entry-too-large"},   // 200 MB of spaces in 200 KB
      {"hostile/billion-laughs.docx", "xml-dtd"},         // entities are never expanded
      {"hostile/external-entity.docx", "xml-dtd"},        // nor read from files
      {"hostile/deep-nesting.docx", "too-deep"},          // 40 000 nested elements
      {"hostile/many-entries.docx", "zip-too-many-entries"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.file);
    const auto o = gongwen::ingest_file(corpus(c.file));
    REQUIRE(o.error);
    CHECK(o.error->code == c.code);
    CHECK(o.error->source.format == "docx");
  }
}

TEST_CASE("formats::read_docx limits are the caller's") {
  const std::string bytes = slurp(corpus("reply-parking-2023.docx"));
  Limits l;
  l.zip_entry_bytes = 1000;
  CHECK(read_docx(bytes, l).error_code == "zip-entry-too-large");
  l = Limits{};
  l.zip_total_bytes = 1000;
  CHECK(read_docx(bytes, l).error_code == "zip-too-large");
  l = Limits{};
  l.zip_entries = 3;
  CHECK(read_docx(bytes, l).error_code == "zip-too-many-entries");
  l = Limits{};
  l.xml_depth = 4;
  CHECK(read_docx(bytes, l).error_code == "too-deep");
  CHECK(read_docx(bytes.substr(0, bytes.size() / 2), Limits{}).error_code == "zip-damaged");
}

TEST_CASE("formats::xml_depth") {
  struct Case {
    const char* xml;
    int depth;
  };
  const Case cases[] = {
      {"<a/>", 0},
      {"<a><b/></a>", 1},
      {"<a><b><c>x</c></b></a>", 3},
      {"<a x=\"1>2\"><b/><!-- <c><d> --><![CDATA[<e><f>]]></a>", 1},
      {"<?xml version=\"1.0\"?><a><b></b><b></b></a>", 2},
  };
  for (const auto& c : cases) {
    CAPTURE(c.xml);
    CHECK(gongwen::formats::xml_depth(c.xml, 100) == c.depth);
  }
}
