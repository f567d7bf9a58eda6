// The catalog: schema versions and migrations, idempotent ingest, replacement and pruning, and
// the index rows that contentless deletes depend on.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "analyse.h"
#include "catalog/index.h"
#include "catalog/query.h"
#include "catalog/schema.h"
#include "catalog/sqlite.h"
#include "catalog/store.h"
#include "gongwen/catalog.h"
#include "gongwen/json.h"
#include "gongwen/lint.h"
#include "source_dir.h"

using namespace gongwen;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    std::random_device rd;
    path = fs::temp_directory_path() / ("gw-catalog-test-" + std::to_string(rd()) + std::to_string(rd()));
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::string operator/(const std::string& name) const { return (path / name).string(); }
};

void write(const std::string& path, const std::string& text) {
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::int64_t scalar(catalog::Db& db, const std::string& sql) {
  catalog::Stmt s = db.prepare(sql);
  s.step();
  return s.int64(0);
}

// Documents whose text the index says contains s (three characters or more).
std::int64_t indexed(catalog::Db& db, const std::string& s) {
  catalog::Stmt q = db.prepare("SELECT count(*) FROM text_fts WHERE text_fts MATCH ?");
  const std::string e = catalog::trigram_and(s);
  q.bind(1, e);
  q.step();
  return q.int64(0);
}

// Every (term, document count) of both indexes: equal for two catalogs whose indexes hold the
// same documents, however they got there.
std::string vocabulary(catalog::Db& db) {
  std::string out;
  for (const char* table : {"text_vocab", "fields_vocab"}) {
    catalog::Stmt q = db.prepare(std::string("SELECT term, doc, cnt FROM ") + table + " ORDER BY term");
    while (q.step()) out += q.str(0) + "\t" + std::to_string(q.int64(1)) + "\t" + std::to_string(q.int64(2)) + "\n";
  }
  return out;
}

const char* k_reply =
    "关于区七届人大二次会议第20230101号建议的答复\n李明代表：\n您提出的《关于增加社区养老床位的建议》收悉。\n"
    "我局将力争2025年底前新增家庭养老床位500张。\n深圳市龙岗区卫生健康局\n2023年6月30日\n";
const char* k_notice = "关于印发社康中心建设方案的通知\n各街道办事处：\n到2026年建成社康中心20家。\n";

catalog::IngestReport ingest(const std::string& db, std::vector<std::string> paths, bool prune = false) {
  catalog::IngestOptions o;
  o.db = db;
  o.paths = std::move(paths);
  o.prune = prune;
  o.jobs = 2;
  o.batch = 2;
  return catalog::ingest(o, {});
}

}  // namespace

TEST_CASE("catalog::migrate") {
  TempDir dir;
  {
    catalog::Db db(dir / "new.db", catalog::Db::Mode::read_write);
    catalog::open_for_write(db);
    CHECK(db.user_version() == catalog::k_schema_version);
    CHECK(scalar(db, "PRAGMA application_id") == catalog::k_application_id);
    CHECK(scalar(db, "SELECT count(*) FROM sqlite_master WHERE name = 'documents'") == 1);
  }
  // A migration path of our own: each step applied once, forward only.
  catalog::Db db(dir / "steps.db", catalog::Db::Mode::read_write);
  const catalog::Migration steps[] = {{1, "CREATE TABLE a(x);"}, {2, "CREATE TABLE b(y);"}};
  catalog::migrate(db, std::span(steps, 1));
  CHECK(db.user_version() == 1);
  catalog::migrate(db, steps);
  CHECK(db.user_version() == 2);
  catalog::migrate(db, steps);  // nothing left to do
  CHECK(db.user_version() == 2);
  // A migration that fails half-way leaves nothing behind.
  const catalog::Migration bad[] = {{3, "CREATE TABLE c(z); SELECT nope FROM missing;"}};
  CHECK_THROWS_AS(catalog::migrate(db, bad), catalog::Error);
  CHECK(db.user_version() == 2);
  CHECK(scalar(db, "SELECT count(*) FROM sqlite_master WHERE name = 'c'") == 0);
}

TEST_CASE("catalog::open_for_write refuses what it must not touch") {
  TempDir dir;
  const std::string path = dir / "future.db";
  {
    catalog::Db db(path, catalog::Db::Mode::read_write);
    catalog::open_for_write(db);
    db.exec("PRAGMA user_version = " + std::to_string(catalog::k_schema_version + 1));
    db.exec("PRAGMA journal_mode = DELETE");  // one file, so that its bytes tell all
  }
  const std::string before = read(path);
  {
    catalog::Db db(path, catalog::Db::Mode::read_write);
    try {
      catalog::open_for_write(db);
      FAIL("a newer catalog was opened for writing");
    } catch (const catalog::Error& e) {
      CHECK(std::string(e.what()).find("newer gongwen") != std::string::npos);
    }
  }
  CHECK(read(path) == before);
  const auto r = ingest(path, {dir / "nothing"});
  CHECK(r.error.find("newer gongwen") != std::string::npos);
  CHECK(read(path) == before);

  const std::string other = dir / "other.db";
  {
    catalog::Db db(other, catalog::Db::Mode::read_write);
    db.exec("CREATE TABLE mine(x)");
  }
  catalog::Db db(other, catalog::Db::Mode::read_write);
  CHECK_THROWS_WITH_AS(catalog::open_for_write(db), doctest::Contains("not a gongwen catalog"), catalog::Error);
}

TEST_CASE("catalog::ingest is idempotent, replaces and prunes") {
  TempDir dir;
  const std::string db_path = dir / "gw.db";
  write(dir / "docs/reply.txt", k_reply);
  write(dir / "docs/notice.txt", k_notice);
  write(dir / "docs/empty.txt", "");

  auto r = ingest(db_path, {dir / "docs"});
  CHECK(r.error == "");
  CHECK(r.added == 2);
  CHECK(r.failed == 1);
  catalog::Db db(db_path, catalog::Db::Mode::read_only);
  CHECK(scalar(db, "SELECT count(*) FROM documents") == 2);
  CHECK(scalar(db, "SELECT count(*) FROM commitments WHERE due = '2025-12-31'") == 1);
  CHECK(scalar(db, "SELECT count(*) FROM proposals WHERE number = '20230101'") == 1);
  CHECK(indexed(db, "家庭养老床位") == 1);
  CHECK(indexed(db, "社康中心") == 1);
  // gw-lint's per-document findings, as gw-lint reports them for the same bytes.
  const auto findings = lint::lint_bytes(k_reply, catalog::normalise_path(dir / "docs/reply.txt"));
  CHECK(scalar(db, "SELECT count(*) FROM lint_findings f JOIN documents d ON d.id = f.doc WHERE d.path LIKE "
                   "'%reply.txt'") == static_cast<std::int64_t>(findings.size()));
  const std::string vocab = vocabulary(db);

  // The same bytes again change nothing.
  r = ingest(db_path, {dir / "docs", dir / "docs/reply.txt"});
  CHECK(r.added == 0);
  CHECK(r.replaced == 0);
  CHECK(r.unchanged == 3);
  CHECK(vocabulary(db) == vocab);

  // A record another build of the extractors made is made again, with this build's identity.
  const std::string id = build_id();
  CHECK(id.rfind(std::string(k_version) + "+", 0) == 0);
  CHECK(id.size() == std::string(k_version).size() + 13);
  {
    catalog::Db w(db_path, catalog::Db::Mode::read_write);
    w.exec("UPDATE documents SET version = '0.0.9+000000000000' WHERE path LIKE '%reply.txt'");
  }
  r = ingest(db_path, {dir / "docs"});
  CHECK(r.replaced == 1);
  CHECK(r.unchanged == 1);
  CHECK(scalar(db, "SELECT count(*) FROM documents WHERE version = '" + id + "'") == 2);
  CHECK(vocabulary(db) == vocab);

  // A changed file replaces its record, in the tables and in the index.
  write(dir / "docs/notice.txt", "关于印发健康驿站建设方案的通知\n到2027年建成健康驿站5家。\n");
  r = ingest(db_path, {dir / "docs"});
  CHECK(r.replaced == 1);
  CHECK(scalar(db, "SELECT count(*) FROM documents") == 2);
  CHECK(indexed(db, "社康中心") == 0);
  CHECK(indexed(db, "健康驿站") == 1);

  // A deleted file goes with --prune, and only within the paths given.
  write(dir / "elsewhere/kept.txt", k_notice);
  ingest(db_path, {dir / "elsewhere"});
  fs::remove(dir / "docs/reply.txt");
  fs::remove(dir / "elsewhere/kept.txt");
  r = ingest(db_path, {dir / "docs"}, true);
  CHECK(r.removed == 1);
  CHECK(scalar(db, "SELECT count(*) FROM documents") == 2);
  CHECK(indexed(db, "家庭养老床位") == 0);
  CHECK(scalar(db, "SELECT count(*) FROM commitments WHERE due = '2025-12-31'") == 0);

  // After all that, the indexes hold exactly what a clean ingest of the same files gives.
  fs::remove(dir / "docs/empty.txt");
  write(dir / "elsewhere/kept.txt", k_notice);
  const std::string clean_path = dir / "clean.db";
  ingest(clean_path, {dir / "docs", dir / "elsewhere"});
  catalog::Db clean(clean_path, catalog::Db::Mode::read_only);
  CHECK(vocabulary(db) == vocabulary(clean));
}

TEST_CASE("catalog two-character strings are found through the vocabulary") {
  TempDir dir;
  const std::string db_path = dir / "gw.db";
  write(dir / "a.txt", "答复\n新增床位");  // at the very end, with no newline
  write(dir / "b.txt", "答复\n没有相关内容");
  REQUIRE(ingest(db_path, {dir / "a.txt", dir / "b.txt"}).added == 2);
  catalog::Db db(db_path, catalog::Db::Mode::read_only);
  std::vector<std::string> found;
  auto m = search::Matcher::create("床位", false, nullptr);
  catalog::for_each_candidate(db, *m, grep::Field::text, search::prepare({}),
                              [&](catalog::Candidate&& c) { found.push_back(fs::path(c.path).filename()); });
  CHECK(found == std::vector<std::string>{"a.txt"});
  bool impossible = false;
  auto none = search::Matcher::create("鲲鹏", false, nullptr);
  catalog::fts_expression(db, *none, "text_vocab", impossible);
  CHECK(impossible);
}

TEST_CASE("catalog::trigram_and") {
  CHECK(catalog::trigram_and("社康中心") == "\"社康中\" AND \"康中心\"");
  CHECK(catalog::trigram_and("床位") == "");
  CHECK(catalog::trigram_and("a\"b") == "\"a\"\"b\"");
  // Long strings: at most twelve trigrams, the first and the last among them.
  const std::string e = catalog::trigram_and("一二三四五六七八九十甲乙丙丁戊己庚辛壬癸");
  CHECK(std::count(e.begin(), e.end(), '"') == 24);
  CHECK(e.rfind("\"一二三\"", 0) == 0);
  CHECK(e.find("\"辛壬癸\"") != std::string::npos);
}

TEST_CASE("catalog::normalise_path") {
  CHECK(catalog::normalise_path("./corpus/replies/") == "corpus/replies");
  CHECK(catalog::normalise_path("corpus//a/../b.txt") == "corpus/b.txt");
  CHECK(catalog::normalise_path("/abs/x.txt") == "/abs/x.txt");
  CHECK(catalog::normalise_path(".") == ".");
  CHECK(catalog::normalise_path("-") == "-");
}

// Contentless deletes give the indexed values again, recomputed from the stored text and the
// stored record: that must reproduce exactly what was indexed from the fresh analysis.
TEST_CASE("catalog::index_row_from reproduces index_row (corpus)") {
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& e : fs::recursive_directory_iterator(fs::path(gongwen_test::source_dir()) / "corpus", ec))
    if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path());
  for (const auto& f : files) {
    CAPTURE(f.string());
    Analysis a = analyse(read(f.string()), f.string());
    if (!a.doc) continue;
    const catalog::IndexRow fresh = catalog::index_row(a.doc->text(), a.record);
    const catalog::IndexRow stored = catalog::index_row_from(a.doc->source(), to_json(a.record));
    CHECK(fresh.text == stored.text);
    CHECK(fresh.fields == stored.fields);
  }
}

TEST_CASE("ingest_lines") {
  std::istringstream in(std::string("{\"path\":\"a.txt\",\"text\":\"") + "关于第20230101号建议的答复\\n李明代表：\\n" +
                        "\"}\n\n  \nnot json\n{\"path\":\"b.txt\"}\n");
  std::vector<Outcome> out;
  ingest_lines(in, 2, [&](std::size_t i, Outcome&& o) {
    CHECK(i == out.size());
    out.push_back(std::move(o));
  });
  REQUIRE(out.size() == 3);
  REQUIRE(out[0].record);
  CHECK(out[0].record->source.path == "a.txt");
  CHECK(out[0].record->kind == "reply");
  REQUIRE(out[1].error);
  CHECK(out[1].error->code == "bad-line");
  CHECK(out[1].error->source.path == "<stdin>:4");
  REQUIRE(out[2].error);
  CHECK(out[2].error->source.path == "<stdin>:5");
}
