// Fixes: overlapping edits, the unified diff, and writing text back in the file's own encoding.
#include <doctest/doctest.h>

#include "lint/fix.h"
#include "text/decode.h"
#include "text/encode.h"
#include "lint_support.h"

using namespace gongwen::lint;

TEST_CASE("lint::apply_fixes") {
  auto edit = [](std::size_t off, std::size_t len, std::string t) {
    Edit e;
    e.offset = off;
    e.length = len;
    e.text = std::move(t);
    return e;
  };
  auto finding = [](std::vector<Edit> edits) {
    Finding f;
    f.fix = Fix{"x", std::move(edits)};
    return f;
  };
  const std::string src = "abcdefghij";
  const std::vector<Finding> fs = {finding({edit(1, 2, "XY")}), finding({edit(2, 3, "Q")}), finding({edit(8, 0, "+")}),
                                   finding({edit(9, 1, "")})};
  const Applied a = apply_fixes(src, fs);
  CHECK(a.text == "aXYdefgh+i");
  CHECK(a.applied == std::vector<std::size_t>{0, 2, 3});
  CHECK(a.skipped == 1);
}

TEST_CASE("lint::unified_diff") {
  CHECK(unified_diff("a.txt", "same\n", "same\n").empty());
  const std::string before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n";
  std::string after = before;
  after.replace(after.find("5"), 1, "five");
  CHECK(unified_diff("a.txt", before, after) ==
        "--- a/a.txt\n+++ b/a.txt\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n");
  // CR stays in the lines of a CRLF file; a last line without a newline says so.
  CHECK(unified_diff("c.txt", "a\r\nb", "a\r\nc") ==
        "--- a/c.txt\n+++ b/c.txt\n@@ -1,2 +1,2 @@\n a\r\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n");
  // A line split in two (a <br> become a line break) changes the line count.
  const std::string split = "1\n2\nx<br>y\n4\n";
  CHECK(unified_diff("b.txt", split, "1\n2\nx\ny\n4\n") ==
        "--- a/b.txt\n+++ b/b.txt\n@@ -1,4 +1,5 @@\n 1\n 2\n-x<br>y\n+x\n+y\n 4\n");
}

TEST_CASE("lint::encode round trip") {
  using gongwen::text::decode;
  using gongwen::text::encode;
  const std::string text = "各区（市、县）卫生健康局：\r\n现将有关事项通知如下。\r\n";
  for (const char* enc : {"UTF-8", "UTF-8-BOM", "UTF-16LE", "UTF-16BE", "GB18030"}) {
    CAPTURE(enc);
    const auto bytes = encode(text, enc);
    REQUIRE(bytes);
    const auto back = decode(*bytes);
    CHECK(back.text == text);
    CHECK(back.encoding == enc);
  }
  // A character the encoding cannot hold fails instead of turning into '?'.
  CHECK(!encode("汉字😀", "GB2312"));
  CHECK(!encode("汉字", "no-such-charset"));
}
