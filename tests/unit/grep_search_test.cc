// gw-grep's search layer: the matcher, the byte prefilter, record filters, and evaluation at
// source positions.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "analyse.h"
#include "document.h"
#include "search/evaluate.h"
#include "search/fields.h"
#include "search/filters.h"
#include "search/matcher.h"
#include "search/prefilter.h"
#include "source_dir.h"

using namespace gongwen;
using search::Matcher;

namespace {

std::unique_ptr<Matcher> literal(std::string_view p) { return Matcher::create(p, false, nullptr); }
std::unique_ptr<Matcher> regex(std::string_view p) { return Matcher::create(p, true, nullptr); }

std::vector<std::string> found(const Matcher& m, std::string_view text) {
  std::vector<search::Span> spans;
  m.find(text, spans);
  std::vector<std::string> out;
  for (const auto& s : spans) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("search::Matcher::find") {
  struct Row {
    const char* name;
    const char* pattern;
    bool is_regex;
    const char* text;  // folded text
    std::vector<std::string> expected;
  };
  const Row rows[] = {
      {"literal", "床位", false, "养老床位500张，护理型床位", {"床位", "床位"}},
      {"literal is folded like the text", "２０２５ 年", false, "到2025年底", {"2025年"}},
      {"traditional literal", "規劃", false, "规划建设", {"规划"}},
      {"non-overlapping", "aa", false, "aaaa", {"aa", "aa"}},
      {"regex", "床位[0-9]+张", true, "新增床位500张和床位张", {"床位500张"}},
      {"regex Han made simplified", "規劃.", true, "规划局", {"规划局"}},
      {"^ anchors at each line", "^二是", true, "一是\n二是计划", {"二是"}},
      {"empty matches step on", "x*", true, "床x位", {"x"}},
      {"no match", "社康中心", false, "社区卫生服务中心", {}},
  };
  for (const auto& r : rows) {
    CAPTURE(r.name);
    auto m = Matcher::create(r.pattern, r.is_regex, nullptr);
    REQUIRE(m);
    CHECK(found(*m, r.text) == r.expected);
    CHECK(m->matches(r.text) == !r.expected.empty());
  }
  std::string error;
  CHECK(Matcher::create("床位(", true, &error) == nullptr);
  CHECK(error.find("missing )") != std::string::npos);
  CHECK(literal("")->empty());
}

TEST_CASE("search::Matcher::required") {
  using Groups = std::vector<std::vector<std::string>>;
  CHECK(literal("社康中心")->required() == Groups{{"社康中心"}});
  CHECK(literal("")->required().empty());
  // Every required literal of a regex, each its own group.
  const auto seq = regex("社康中心.{0,5}建设")->required();
  CHECK(seq.size() == 2);
  CHECK(std::find(seq.begin(), seq.end(), std::vector<std::string>{"社康中心"}) != seq.end());
  // An alternation: one group, either side.
  const auto alt = regex("床位|病床")->required();
  REQUIRE(alt.size() == 1);
  CHECK(alt.front().size() == 2);
  // Nothing is certain about x*: no groups, so nothing is ruled out.
  CHECK(regex("x*")->required().empty());
}

TEST_CASE("search::preimages") {
  const auto p = search::preimages(U'规');
  CHECK(std::find(p.begin(), p.end(), U'规') != p.end());
  CHECK(std::find(p.begin(), p.end(), U'規') != p.end());
  // A traditional character never appears in folded text: nothing maps to it.
  CHECK(search::preimages(U'規').empty());
}

TEST_CASE("search::Prefilter::may_match") {
  struct Row {
    const char* name;
    const char* pattern;
    std::string raw;
    bool expected;
  };
  const Row rows[] = {
      {"present", "床位", "新增床位500张", true},
      {"absent from UTF-8 text", "床位", "新增病房500间", false},
      {"traditional form in the source", "规划", "城市規劃", true},
      {"only some characters present", "社康中心", "社区卫生服务中心", false},
      {"an entity may spell it", "床位", "新增&#x5E8A;位", true},
      {"not UTF-8: cannot tell", "床位", std::string("\xB4\xB2\xCE\xBB\xFF\xFE"), true},
      {"PDF: cannot tell", "床位", "%PDF-1.7 stream", true},
      {"ASCII pattern: nothing to check", "2025", "no digits here", true},
  };
  for (const auto& r : rows) {
    CAPTURE(r.name);
    auto m = literal(r.pattern);
    CHECK(search::Prefilter(*m).may_match(r.raw) == r.expected);
  }
}

// The prefilter must never rule out a document that matches. Every folded substring of every
// corpus document is a pattern that matches it; none may be ruled out from the raw bytes.
TEST_CASE("search::Prefilter never rules out a match (corpus)") {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  for (const fs::path& dir : {fs::path(gongwen_test::source_dir()) / "corpus", fs::path(gongwen_test::source_dir()) / "../shared/dev"}) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) continue;
    for (const auto& e : fs::recursive_directory_iterator(dir, ec))
      if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path());
  }
  if (files.empty()) return;  // no corpus in this checkout
  std::size_t checked = 0;
  for (const auto& f : files) {
    const std::string raw = read(f);
    Analysis a = analyse(raw, f.string());
    if (!a.doc) continue;
    const std::string_view t = a.doc->text();
    // Substrings of one to six characters at spread-out places.
    for (std::size_t at = 0; at < t.size(); at += 97) {
      while (at < t.size() && (static_cast<unsigned char>(t[at]) & 0xC0) == 0x80) ++at;
      std::size_t end = at;
      for (int n = 1; n <= 6 && end < t.size(); ++n) {
        int len = 1;
        text::utf8::decode(t, end, len);
        end += static_cast<std::size_t>(len);
        const std::string pattern(t.substr(at, end - at));
        auto m = Matcher::create(pattern, false, nullptr);
        if (!m->matches(t)) continue;  // folding the pattern on its own may differ at its edges
        CAPTURE(f.string());
        CAPTURE(pattern);
        CHECK(search::Prefilter(*m).may_match(raw));
        ++checked;
      }
    }
  }
  CHECK(checked > 100);
}

TEST_CASE("grep::parse_date_bound") {
  struct Row {
    const char* in;
    bool last;
    std::optional<std::string> out;
  };
  const Row rows[] = {
      {"2025", true, "2025-12-31"},          {"2025", false, "2025-01-01"},
      {"2025-02", true, "2025-02-31"},       {"2025-02", false, "2025-02-01"},
      {"2025-02-14", true, "2025-02-14"},    {"2025-13", true, std::nullopt},
      {"2025/02/14", false, std::nullopt},   {"25", false, std::nullopt},
      {"2025-02-14x", false, std::nullopt},  {"", false, std::nullopt},
  };
  for (const auto& r : rows) {
    CAPTURE(r.in);
    CHECK(grep::parse_date_bound(r.in, r.last) == r.out);
  }
}

TEST_CASE("search::document_passes") {
  Record rec;
  rec.kind = "reply";
  rec.result_code = "C";
  rec.signed_date = "2023-06-30";
  rec.signers = {"深圳市龙岗区卫生健康局"};
  rec.proposals.push_back({});
  rec.proposals[0].session = Session{"區七屆人大二次會議", "人大", "区", 7, 2, {}};
  rec.proposers.push_back({"张天峰", "代表", {}});
  Commitment c;
  c.text = "力争2025年底前新增床位200张";
  c.due = "2025-12-31";
  rec.commitments.push_back(c);

  struct Row {
    const char* name;
    grep::Filters f;
    bool expected;
  };
  auto f = [](auto fill) {
    grep::Filters x;
    fill(x);
    return x;
  };
  const Row rows[] = {
      {"no filters", {}, true},
      {"kind", f([](auto& x) { x.kind = "reply"; }), true},
      {"other kind", f([](auto& x) { x.kind = "notice"; }), false},
      {"result", f([](auto& x) { x.result = "C"; }), true},
      {"other result", f([](auto& x) { x.result = "A"; }), false},
      {"unit abbreviation folded", f([](auto& x) { x.unit = "卫健局"; }), true},
      {"unit elsewhere", f([](auto& x) { x.unit = "教育局"; }), false},
      {"due before, inclusive", f([](auto& x) { x.due_before = "2025-12-31"; }), true},
      {"due too late", f([](auto& x) { x.due_before = "2025-06-30"; }), false},
      {"due after", f([](auto& x) { x.due_after = "2025-01-01"; }), true},
      {"signed in range", f([](auto& x) { x.signed_after = "2023-01-01"; x.signed_before = "2023-12-31"; }), true},
      {"signed before the range", f([](auto& x) { x.signed_after = "2024-01-01"; }), false},
      {"session, traditional in the record", f([](auto& x) { x.session = "区七届人大"; }), true},
      {"other session", f([](auto& x) { x.session = "市政协"; }), false},
      {"proposer", f([](auto& x) { x.proposer = "天峰"; }), true},
      {"other proposer", f([](auto& x) { x.proposer = "王密"; }), false},
  };
  for (const auto& r : rows) {
    CAPTURE(r.name);
    CHECK(search::document_passes(rec, search::prepare(r.f)) == r.expected);
  }
  // A commitment that names no unit is bound to whoever signs the reply.
  grep::Filters u;
  u.unit = "卫健局";
  CHECK(search::commitment_passes(rec, rec.commitments[0], search::prepare(u)));
  rec.commitments[0].unit = "龙岗区住房和建设局";
  CHECK_FALSE(search::commitment_passes(rec, rec.commitments[0], search::prepare(u)));
}

TEST_CASE("search::evaluate") {
  // Full-width digits, a space inside a number and a traditional character: matched folded,
  // reported where the source has them.
  const Document doc("答复函\r\n到２０２５ 年底，新增養老床位500张。\n另：床位\n");
  auto m = literal("养老床位");
  search::Query q;
  q.matcher = m.get();
  search::DocResult r;
  search::evaluate(q, nullptr, doc, r);
  REQUIRE(r.hits.size() == 1);
  CHECK(r.hits[0].at == Loc{2, 12});
  CHECK(r.hits[0].text == "到２０２５ 年底，新增養老床位500张。");
  CHECK(r.hits[0].matched == std::vector<std::string>{"養老床位"});
  REQUIRE(r.hits[0].spans.size() == 1);
  CHECK(r.hits[0].text.substr(r.hits[0].spans[0].begin, r.hits[0].spans[0].end - r.hits[0].spans[0].begin) == "養老床位");

  auto year = literal("2025年");
  q.matcher = year.get();
  r = {};
  search::evaluate(q, nullptr, doc, r);
  REQUIRE(r.hits.size() == 1);
  CHECK(r.hits[0].at == Loc{2, 2});
  CHECK(r.hits[0].matched == std::vector<std::string>{"２０２５ 年"});

  // Two lines match; with context 1 the line between is shown once.
  auto bed = literal("床位");
  q.matcher = bed.get();
  q.context = 1;
  r = {};
  search::evaluate(q, nullptr, doc, r);
  REQUIRE(r.hits.size() == 2);
  CHECK(r.hits[1].at == Loc{3, 3});
  REQUIRE(r.context.size() == 2);
  CHECK(r.context[0].line == 1);
  CHECK(r.context[1].line == 4);
}

TEST_CASE("search::evaluate fields") {
  const Document doc("关于推进社康中心建设的答复\n力争2025年建成社康中心10家。\n");
  Record rec;
  rec.title = "关于推进社康中心建设的答复";
  rec.title_at = {1, 1};
  Commitment c;
  c.text = "力争2025年建成社康中心10家";
  c.due = "2025-12-31";
  c.at = {2, 1};
  rec.commitments.push_back(c);
  rec.signers = {"龙岗区卫健局"};
  auto m = literal("社康中心");
  search::Query q;
  q.matcher = m.get();
  q.in = grep::Field::commitments;
  search::DocResult r;
  search::evaluate(q, &rec, doc, r);
  REQUIRE(r.hits.size() == 1);
  CHECK(r.hits[0].commitment == 0);
  CHECK(r.hits[0].at == Loc{2, 1});
  CHECK(r.hits[0].matched == std::vector<std::string>{"社康中心"});

  // The commitment is due 2025: a due-before 2024 filter drops it.
  grep::Filters f;
  f.due_before = "2024-12-31";
  q.filters = search::prepare(f);
  q.filtered = true;
  r = {};
  search::evaluate(q, &rec, doc, r);
  CHECK(r.hits.empty());

  // Units with no position in the record are found in the text.
  auto unit = literal("卫健局");
  q.matcher = unit.get();
  q.in = grep::Field::units;
  q.filtered = false;
  rec.signers = {"社康中心"};
  r = {};
  search::evaluate(q, &rec, doc, r);
  CHECK(r.hits.empty());
  auto centre = literal("社康");
  q.matcher = centre.get();
  search::evaluate(q, &rec, doc, r);
  REQUIRE(r.hits.size() == 1);
  CHECK(r.hits[0].at == Loc{1, 5});
}
