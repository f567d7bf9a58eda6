// Golden tests of the format readers: each document of corpus/formats is saved as .txt, .html,
// .docx, .pdf and .ofd (corpus/formats/make_formats.py); every format must give the record of
// the .txt, field by field, except `source` (and the id, a hash of the file, and `page`).
#include <doctest/doctest.h>

#include "format_support.h"
#include "formats/formats.h"

using namespace format_test;

TEST_CASE("formats: each format gives the plain text's record") {
  for (const char* doc : {"reply-parking-2023", "notice-training-2024"}) {
    const auto txt = gongwen::ingest_file(corpus(std::string(doc) + ".txt"));
    REQUIRE(txt.record);
    CHECK(txt.record->source.format == "txt");
    for (const char* ext : {"html", "docx", "pdf", "ofd"}) {
      const std::string name = std::string(doc) + "." + ext;
      CAPTURE(name);
      const auto got = gongwen::ingest_file(corpus(name));
      REQUIRE_MESSAGE(got.record, (got.error ? got.error->code + ": " + got.error->message : ""));
      CHECK(got.record->source.format == ext);
      check_same_fields(comparable(*txt.record), comparable(*got.record));
    }
  }
}

TEST_CASE("formats: the text of each format is the plain text") {
  for (const char* doc : {"reply-parking-2023", "notice-training-2024"}) {
    const std::string want = slurp(corpus(std::string(doc) + ".txt"));
    for (const char* ext : {"html", "docx", "pdf", "ofd"}) {
      const std::string name = std::string(doc) + "." + ext;
      CAPTURE(name);
      const auto c = gongwen::formats::convert(slurp(corpus(name)));
      CHECK(c.error_code == "");
      CHECK(c.text == want);
    }
  }
}

// The documents are not trivial: they hold the fields the comparison is about.
TEST_CASE("formats: the golden documents have fields to compare") {
  const auto r = gongwen::ingest_file(corpus("reply-parking-2023.txt"));
  REQUIRE(r.record);
  CHECK(r.record->kind == "reply");
  CHECK(!r.record->doc_numbers.empty());
  CHECK(!r.record->proposals.empty());
  CHECK(!r.record->contacts.empty());
  CHECK(!r.record->dates.empty());
  CHECK(r.record->signed_date == "2023-06-20");
}
