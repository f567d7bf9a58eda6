#include "catalog/schema.h"

#include <array>

#include "gongwen/catalog.h"

namespace gongwen::catalog {
namespace {

// Version 1. Comments inside CREATE statements stay in sqlite_master, so `.schema` in the
// sqlite3 shell shows them. Every child table is keyed (doc, …) WITHOUT ROWID: a document's
// rows sit together and go with one range delete.
constexpr std::string_view k_v1 = R"sql(
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,  -- created_by: gongwen version; fold: fingerprint of the text folding
  value TEXT NOT NULL      --   the search index was built with (a change triggers a rebuild)
) WITHOUT ROWID;

CREATE TABLE documents (
  id          INTEGER PRIMARY KEY,
  path        TEXT NOT NULL UNIQUE,  -- as ingested, lexically normalised (corpus/replies/r01.txt)
  sha256      TEXT NOT NULL,         -- of the raw bytes: the record's id
  version     TEXT NOT NULL,         -- gongwen version that extracted the record
  kind        TEXT NOT NULL,         -- reply | notice | other
  title       TEXT,
  title_line  INTEGER,
  title_col   INTEGER,
  doc_number  TEXT,                  -- the first of the document's own 发文字号
  signed_date TEXT,                  -- YYYY-MM-DD
  result_code TEXT,                  -- A | B | C | D
  disclosure  TEXT,
  format      TEXT NOT NULL,         -- txt | html | docx | pdf | ofd
  encoding    TEXT NOT NULL,
  bytes       INTEGER NOT NULL,
  ingested_at TEXT NOT NULL          -- UTC, ISO 8601
);
CREATE INDEX documents_signed_date ON documents(signed_date);
CREATE INDEX documents_result_code ON documents(result_code);

CREATE TABLE records (
  doc  INTEGER PRIMARY KEY,  -- documents.id
  json TEXT NOT NULL         -- the whole record, as gw-ingest prints it (gongwen.record/1)
);

CREATE TABLE texts (
  doc    INTEGER PRIMARY KEY,  -- documents.id
  source TEXT NOT NULL         -- the decoded text (UTF-8) that line:col positions refer to
);

CREATE TABLE doc_numbers (
  doc    INTEGER NOT NULL,
  cited  INTEGER NOT NULL,  -- 0: the document's own 发文字号; 1: cited in the text
  ord    INTEGER NOT NULL,
  text   TEXT NOT NULL,     -- verbatim: 筑卫健发〔2021〕19号
  agency TEXT,
  year   INTEGER,
  serial INTEGER,
  line   INTEGER,
  col    INTEGER,
  PRIMARY KEY (doc, cited, ord)
) WITHOUT ROWID;

CREATE TABLE proposals (
  doc     INTEGER NOT NULL,
  ord     INTEGER NOT NULL,
  number  TEXT,     -- as written, leading zeros kept
  kind    TEXT,     -- 建议 | 提案 | 议案
  title   TEXT,
  session TEXT,     -- 市七届人大二次会议
  body    TEXT,     -- 人大 | 政协
  level   TEXT,
  term    INTEGER,
  meeting INTEGER,
  line    INTEGER,
  col     INTEGER,
  PRIMARY KEY (doc, ord)
) WITHOUT ROWID;

CREATE TABLE proposers (
  doc  INTEGER NOT NULL,
  ord  INTEGER NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL,  -- 代表 | 委员
  line INTEGER,
  col  INTEGER,
  PRIMARY KEY (doc, ord)
) WITHOUT ROWID;

CREATE TABLE units (
  doc  INTEGER NOT NULL,
  role TEXT NOT NULL,     -- issuer | addressee | signer | lead | co | mention
  ord  INTEGER NOT NULL,
  name TEXT NOT NULL,     -- as written
  line INTEGER,           -- mentions only
  col  INTEGER,
  PRIMARY KEY (doc, role, ord)
) WITHOUT ROWID;

CREATE TABLE dates (
  doc            INTEGER NOT NULL,
  ord            INTEGER NOT NULL,
  text           TEXT NOT NULL,  -- verbatim
  value          TEXT,           -- ISO: YYYY-MM-DD, YYYY-MM or YYYY
  end_date       TEXT,           -- last day covered
  precision      TEXT NOT NULL,  -- day | month | quarter | half | year
  inferred_value TEXT,           -- where the year was inferred from the document
  line           INTEGER,
  col            INTEGER,
  PRIMARY KEY (doc, ord)
) WITHOUT ROWID;

CREATE TABLE commitments (
  doc          INTEGER NOT NULL,
  ord          INTEGER NOT NULL,
  text         TEXT NOT NULL,  -- the clause, verbatim
  due          TEXT,           -- last day of the period named (YYYY-MM-DD)
  due_text     TEXT,
  unit         TEXT,           -- who is bound, where the text says
  modality     TEXT,           -- 预计 | 力争 | 确保 | 将 …
  recurring    INTEGER NOT NULL,
  due_inferred INTEGER NOT NULL,
  quantities   TEXT NOT NULL,  -- JSON array of {"text","value","unit"}
  line         INTEGER,
  col          INTEGER,
  PRIMARY KEY (doc, ord)
) WITHOUT ROWID;
CREATE INDEX commitments_due ON commitments(due);

CREATE TABLE lint_findings (   -- gw-lint's per-document rules, default configuration
  doc      INTEGER NOT NULL,
  ord      INTEGER NOT NULL,
  rule     TEXT NOT NULL,
  severity TEXT NOT NULL,  -- note | warning | error
  message  TEXT NOT NULL,
  as_of    TEXT NOT NULL,  -- the day the rules were run for (deadlines depend on it)
  line     INTEGER,
  col      INTEGER,
  end_line INTEGER,
  end_col  INTEGER,
  PRIMARY KEY (doc, ord)
) WITHOUT ROWID;

-- Search indexes: rowid = documents.id. Contentless (the text lives in `texts`) and trigram,
-- so that any Chinese substring of three characters or more is found without a segmenter.
-- They index the folded text (full-width forms, spaces in numbers, traditional characters
-- normalised). detail=none keeps the index small: a query ANDs trigrams and gw-grep checks
-- each candidate.
CREATE VIRTUAL TABLE text_fts USING fts5(
  text, content='', tokenize='trigram', detail=none);
CREATE VIRTUAL TABLE fields_fts USING fts5(
  titles, commitments, units, proposals, bound, content='', tokenize='trigram', detail=column);
CREATE VIRTUAL TABLE text_vocab USING fts5vocab(text_fts, 'row');
CREATE VIRTUAL TABLE fields_vocab USING fts5vocab(fields_fts, 'row');
)sql";

constexpr std::array<Migration, 1> k_migrations{{{1, k_v1}}};
static_assert(k_migrations.back().version == k_schema_version,
              "k_schema_version must name the last migration");

int application_id(Db& db) {
  Stmt s = db.prepare("PRAGMA application_id");
  s.step();
  return static_cast<int>(s.int64(0));
}

bool has_tables(Db& db) {
  Stmt s = db.prepare("SELECT count(*) FROM sqlite_master");
  s.step();
  return s.int64(0) > 0;
}

// The refusals shared by readers and writers. Returns the schema version found.
int check_identity(Db& db) {
  const int app = application_id(db);
  if (app != k_application_id && (app != 0 || has_tables(db)))
    throw Error(db.path() + " is not a gongwen catalog");
  const int v = db.user_version();
  if (v > k_schema_version)
    throw Error(db.path() + " was written by a newer gongwen (catalog schema " + std::to_string(v) +
                "; this gw reads up to " + std::to_string(k_schema_version) +
                "). Upgrade gongwen; the catalog was left untouched.");
  return v;
}

}  // namespace

std::span<const Migration> migrations() { return k_migrations; }

void migrate(Db& db, std::span<const Migration> list) {
  for (const Migration& m : list) {
    // The version is read inside the write transaction: two gw-ingest runs creating the same
    // catalog at once must not both apply a migration.
    Transaction tx(db);
    if (db.user_version() >= m.version) continue;
    db.exec(m.sql);
    db.exec("PRAGMA application_id = " + std::to_string(k_application_id));
    db.exec("PRAGMA user_version = " + std::to_string(m.version));
    tx.commit();
  }
}

void open_for_write(Db& db) {
  check_identity(db);
  // WAL: readers (gw-grep) never block the writer, and a killed writer leaves the last
  // committed batch intact. NORMAL sync is safe in WAL mode against a crash of the process.
  db.exec("PRAGMA journal_mode = WAL");
  db.exec("PRAGMA synchronous = NORMAL");
  db.exec("PRAGMA cache_size = -65536");
  migrate(db, migrations());
  // FTS5 sorts and writes its pending terms whenever they pass `hashsize` (1 MB by default) and
  // at every commit. Trigrams of Chinese text are many: with 64 MB, a batch of documents is
  // flushed once, and inserting is about three times faster. A setting, kept by FTS5 itself.
  db.exec("INSERT INTO text_fts(text_fts, rank) VALUES('hashsize', 67108864);"
          "INSERT INTO fields_fts(fields_fts, rank) VALUES('hashsize', 67108864);");
}

void check_for_read(Db& db) {
  const int v = check_identity(db);
  if (v == 0) throw Error(db.path() + " is not a gongwen catalog (it is empty)");
  if (v < k_schema_version)
    throw Error(db.path() + " has catalog schema " + std::to_string(v) + "; this gw needs " +
                std::to_string(k_schema_version) + ". Run gw-ingest --db " + db.path() +
                " once to migrate it.");
}

}  // namespace gongwen::catalog
