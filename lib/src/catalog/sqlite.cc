#include "catalog/sqlite.h"

#include <sqlite3.h>

#include <utility>

namespace gongwen::catalog {
namespace {

[[noreturn]] void fail(sqlite3* db, std::string_view what) {
  throw Error(std::string(what) + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}

}  // namespace

Db::Db(const std::string& path, Mode mode) : m_path(path) {
  const int flags = mode == Mode::read_only ? SQLITE_OPEN_READONLY
                                            : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  if (sqlite3_open_v2(path.c_str(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
    std::string msg = m_db ? sqlite3_errmsg(m_db) : "out of memory";
    sqlite3_close(m_db);
    m_db = nullptr;
    throw Error("cannot open " + path + ": " + msg);
  }
  // Another gw-ingest may hold the write lock for one batch; wait for it rather than fail.
  sqlite3_busy_timeout(m_db, 60000);
}

Db::~Db() { sqlite3_close(m_db); }

void Db::exec(std::string_view sql) {
  char* err = nullptr;
  const std::string s(sql);
  if (sqlite3_exec(m_db, s.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : sqlite3_errmsg(m_db);
    sqlite3_free(err);
    throw Error(msg);
  }
}

Stmt Db::prepare(std::string_view sql) { return Stmt(m_db, sql); }

std::int64_t Db::last_insert_rowid() const { return sqlite3_last_insert_rowid(m_db); }

int Db::user_version() {
  Stmt s = prepare("PRAGMA user_version");
  s.step();
  return static_cast<int>(s.int64(0));
}

Stmt::Stmt(sqlite3* db, std::string_view sql) : m_db(db) {
  if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr) != SQLITE_OK)
    fail(db, "SQL error in \"" + std::string(sql.substr(0, 80)) + "\"");
}

Stmt::Stmt(Stmt&& other) noexcept
    : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr)) {}

Stmt::~Stmt() { sqlite3_finalize(m_stmt); }

Stmt& Stmt::bind(int i, std::string_view text) {
  // SQLite copies the text: a bound temporary cannot dangle by the time the statement steps.
  if (sqlite3_bind_text(m_stmt, i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT) != SQLITE_OK)
    fail(m_db, "bind");
  return *this;
}

Stmt& Stmt::bind(int i, std::int64_t v) {
  if (sqlite3_bind_int64(m_stmt, i, v) != SQLITE_OK) fail(m_db, "bind");
  return *this;
}

Stmt& Stmt::bind(int i, double v) {
  if (sqlite3_bind_double(m_stmt, i, v) != SQLITE_OK) fail(m_db, "bind");
  return *this;
}

Stmt& Stmt::bind_null(int i) {
  if (sqlite3_bind_null(m_stmt, i) != SQLITE_OK) fail(m_db, "bind");
  return *this;
}

bool Stmt::step() {
  const int rc = sqlite3_step(m_stmt);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  fail(m_db, "SQL error");
}

void Stmt::run() {
  while (step()) {
  }
  reset();
}

void Stmt::reset() {
  sqlite3_reset(m_stmt);
  sqlite3_clear_bindings(m_stmt);
}

bool Stmt::is_null(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }

std::int64_t Stmt::int64(int col) const { return sqlite3_column_int64(m_stmt, col); }

std::string_view Stmt::text(int col) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
  if (!p) return {};
  return std::string_view(p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, col)));
}

Transaction::Transaction(Db& db) : m_db(db) { m_db.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
  if (m_open) {
    try {
      m_db.exec("ROLLBACK");
    } catch (const Error&) {
      // The transaction is gone already (SQLite rolled it back on an error): nothing to undo.
    }
  }
}

void Transaction::commit() {
  m_db.exec("COMMIT");
  m_open = false;
}

}  // namespace gongwen::catalog
