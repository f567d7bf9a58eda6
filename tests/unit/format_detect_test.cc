// Telling formats from content.
#include <doctest/doctest.h>

#include "format_support.h"
#include "formats/formats.h"

using namespace format_test;

TEST_CASE("formats::detect") {
  struct Case {
    std::string bytes;
    const char* format;
  };
  const Case cases[] = {
      {"关于市七届人大二次会议第20220402号建议答复的函\n", "txt"},
      {"<p>scraped text with a stray tag</p>", "txt"},  // the fold handles stray tags
      {"\xEF\xBB\xBF<!DOCTYPE html><html><body>正文</body></html>", "html"},
      {"  \n<HTML><HEAD><META http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></HEAD></HTML>", "html"},
      {"%PDF-1.4\n...", "pdf"},
      {std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + "legacy", "ole"},
      {"PK\x03\x04 not really a zip", "zip"},
      {slurp(corpus("reply-parking-2023.docx")), "docx"},
      {slurp(corpus("reply-parking-2023.ofd")), "ofd"},
      {slurp(corpus("reply-parking-2023.html")), "html"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.bytes.substr(0, 40));
    CHECK(gongwen::formats::detect(c.bytes) == c.format);
  }
}

TEST_CASE("formats: the extension does not decide") {
  // A DOCX named .txt is read as DOCX; a text named .docx is read as text.
  const auto docx = gongwen::ingest_bytes(slurp(corpus("reply-parking-2023.docx")), "letter.txt");
  REQUIRE(docx.record);
  CHECK(docx.record->source.format == "docx");
  const auto txt = gongwen::ingest_bytes(slurp(corpus("reply-parking-2023.txt")), "letter.docx");
  REQUIRE(txt.record);
  CHECK(txt.record->source.format == "txt");
}

TEST_CASE("formats: unsupported containers give an error, not a record") {
  const auto o = gongwen::ingest_bytes(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(600, '\0'), "old.doc");
  REQUIRE(o.error);
  CHECK(o.error->code == "unsupported-format");
}

TEST_CASE("formats: page fields survive JSON") {
  const auto o = gongwen::ingest_file(corpus("reply-parking-2023.html"));
  REQUIRE(o.record);
  std::string err;
  const auto back = gongwen::record_from_json(gongwen::to_json(*o.record), &err);
  REQUIRE(back);
  REQUIRE(back->page.size() == o.record->page.size());
  for (std::size_t k = 0; k < back->page.size(); ++k) {
    CHECK(back->page[k].key == o.record->page[k].key);
    CHECK(back->page[k].label == o.record->page[k].label);
    CHECK(back->page[k].value == o.record->page[k].value);
  }
  // Plain text has no page: an empty list, never a missing key.
  const auto t = gongwen::ingest_file(corpus("reply-parking-2023.txt"));
  REQUIRE(t.record);
  CHECK(gongwen::to_json(*t.record).find("\"page\":[]") != std::string::npos);
}
