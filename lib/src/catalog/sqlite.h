// A thin RAII layer over the SQLite C API: a connection, prepared statements with positional
// binds, and one exception type. Exceptions stay inside lib/src/catalog and lib/src/search;
// the public functions turn them into messages and exit codes.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace gongwen::catalog {

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Stmt;

class Db {
 public:
  enum class Mode { read_only, read_write };
  // Opens (read_write: creates) the database at `path`; throws Error when it cannot.
  Db(const std::string& path, Mode mode);
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;
  ~Db();

  void exec(std::string_view sql);
  Stmt prepare(std::string_view sql);
  std::int64_t last_insert_rowid() const;
  int user_version();
  const std::string& path() const { return m_path; }
  sqlite3* handle() const { return m_db; }

 private:
  sqlite3* m_db = nullptr;
  std::string m_path;
};

class Stmt {
 public:
  Stmt(sqlite3* db, std::string_view sql);
  Stmt(Stmt&& other) noexcept;
  Stmt& operator=(Stmt&&) = delete;
  Stmt(const Stmt&) = delete;
  ~Stmt();

  // Binds are 1-based, as in SQL.
  Stmt& bind(int i, std::string_view text);
  Stmt& bind(int i, const char* text) { return bind(i, std::string_view(text)); }
  Stmt& bind(int i, const std::string& text) { return bind(i, std::string_view(text)); }
  Stmt& bind(int i, std::int64_t v);
  Stmt& bind(int i, int v) { return bind(i, static_cast<std::int64_t>(v)); }
  Stmt& bind(int i, double v);
  Stmt& bind_null(int i);
  template <class T>
  Stmt& bind(int i, const std::optional<T>& v) {
    return v ? bind(i, *v) : bind_null(i);
  }

  // True while a row is available; false once done. Throws on error.
  bool step();
  // Runs a statement that returns no rows, then resets it for reuse.
  void run();
  void reset();

  bool is_null(int col) const;
  std::int64_t int64(int col) const;
  std::string_view text(int col) const;  // valid until the next step()
  std::string str(int col) const { return std::string(text(col)); }

 private:
  sqlite3* m_db = nullptr;
  sqlite3_stmt* m_stmt = nullptr;
};

// BEGIN IMMEDIATE … COMMIT, rolled back if the scope is left without commit().
class Transaction {
 public:
  explicit Transaction(Db& db);
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();
  void commit();

 private:
  Db& m_db;
  bool m_open = true;
};

}  // namespace gongwen::catalog
