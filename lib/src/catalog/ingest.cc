// gw-ingest --db: extraction on worker threads, one writer on the calling thread. Workers read a
// file, hash it, look it up in the catalog through their own read-only connection and extract
// only what changed; the writer applies the results in input order, a batch per transaction.
#include <atomic>
#include <filesystem>
#include <istream>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>

#include "analyse.h"
#include "catalog/index.h"
#include "catalog/schema.h"
#include "catalog/sqlite.h"
#include "catalog/store.h"
#include "gongwen/catalog.h"
#include "gongwen/json.h"
#include "io/pool.h"
#include "io/sha256.h"
#include "lint/config.h"
#include "lint/engine.h"

namespace gongwen {
namespace catalog {
namespace {

namespace fs = std::filesystem;

// One input after its worker: what the writer has to do.
struct Item {
  std::string path;
  bool skip = false;       // nothing to do (a blank line of JSON Lines)
  bool unchanged = false;  // same bytes, same extractor: the catalog already holds it
  std::optional<InputError> error;
  std::unique_ptr<Prepared> doc;
  std::optional<Existing> seen;   // the catalog's row for this path when the worker looked
  std::optional<IndexRow> old;    // what is indexed for it, so the writer need not refold
};

// A worker's read-only view of the catalog. WAL lets it read while the writer writes; what it
// sees may be a batch old, which is why the writer checks again.
class Reader {
 public:
  Reader(const std::string& path, int generation)
      : m_db(path, Db::Mode::read_only),
        m_generation(generation),
        m_find(m_db.prepare("SELECT id, sha256, version FROM documents WHERE path = ?")),
        m_load(m_db.prepare("SELECT t.source, r.json FROM texts t JOIN records r ON r.doc = t.doc WHERE t.doc = ?")) {}

  std::optional<Existing> find(const std::string& path) {
    m_find.bind(1, path);
    std::optional<Existing> e;
    if (m_find.step()) e = Existing{m_find.int64(0), m_find.str(1), m_find.str(2)};
    m_find.reset();
    return e;
  }
  std::optional<IndexRow> index_row(std::int64_t id) {
    m_load.bind(1, id);
    std::optional<IndexRow> row;
    if (m_load.step()) row = index_row_from(m_load.text(0), m_load.text(1));
    m_load.reset();
    return row;
  }
  int generation() const { return m_generation; }
  const std::string& path() const { return m_db.path(); }

 private:
  Db m_db;
  int m_generation;
  Stmt m_find, m_load;
};

std::atomic<int> g_generation{0};

// The calling worker thread's reader for this run.
Reader& reader_for(const std::string& db, int generation) {
  thread_local std::unique_ptr<Reader> reader;
  if (!reader || reader->generation() != generation || reader->path() != db)
    reader = std::make_unique<Reader>(db, generation);
  return *reader;
}

Item prepare_bytes(std::string_view bytes, const std::string& path, Reader& reader) {
  Item item;
  item.path = path;
  const std::string sha = io::sha256_hex(bytes);
  item.seen = reader.find(path);
  if (item.seen && item.seen->sha256 == sha && item.seen->version == build_id()) {
    item.unchanged = true;
    return item;
  }
  Analysis a = analyse(bytes, path);
  if (a.error) {
    item.error = std::move(a.error);
    return item;
  }
  auto doc = std::make_unique<Prepared>();
  // gw-lint's per-document rules with the default configuration, as of the day of ingest (the
  // batch rules need every document at once, and .gwlint.toml belongs to a checkout, not here).
  static const lint::Config k_lint = lint::default_config();
  doc->lint_as_of = lint::today();
  doc->findings = lint::lint_analysis(a, path, k_lint.base, doc->lint_as_of, false).findings;
  doc->path = path;
  doc->sha256 = sha;
  doc->record = std::move(a.record);
  doc->json = to_json(doc->record);
  doc->source = a.doc->source();
  doc->index = index_row(a.doc->text(), doc->record);
  item.doc = std::move(doc);
  if (item.seen) item.old = reader.index_row(item.seen->id);
  return item;
}

Item prepare_file(const std::string& path, Reader& reader) {
  InputError err;
  auto bytes = read_input(path, err);
  if (!bytes) {
    Item item;
    item.path = normalise_path(path);
    item.error = std::move(err);
    return item;
  }
  return prepare_bytes(*bytes, normalise_path(path), reader);
}

struct Line {
  std::size_t number = 0;
  std::string text;
};

// {"path": …, "text": …}, or an error naming the line.
std::optional<std::pair<std::string, std::string>> parse_line(const Line& line, InputError& err) {
  const auto j = nlohmann::json::parse(line.text, nullptr, false);
  if (j.is_object()) {
    auto p = j.find("path");
    auto t = j.find("text");
    if (p != j.end() && p->is_string() && t != j.end() && t->is_string())
      return std::make_pair(p->get<std::string>(), t->get<std::string>());
  }
  err.source.path = "<stdin>:" + std::to_string(line.number);
  err.code = "bad-line";
  err.message = "expected a JSON object {\"path\": \"…\", \"text\": \"…\"}";
  return std::nullopt;
}

// Reads the next batch of non-blank lines; false at the end of input.
bool read_lines(std::istream& in, std::size_t max, std::size_t& number, std::vector<Line>& out) {
  out.clear();
  std::string s;
  while (out.size() < max && std::getline(in, s)) {
    ++number;
    if (!s.empty() && s.back() == '\r') s.pop_back();
    if (s.find_first_not_of(" \t") == std::string::npos) continue;
    out.push_back({number, std::move(s)});
  }
  return !out.empty();
}

std::size_t lines_per_batch(int jobs) { return static_cast<std::size_t>(std::max(64, resolve_jobs(jobs) * 32)); }

bool in_scope(const std::string& path, const std::vector<std::string>& scopes) {
  if (scopes.empty()) return true;
  for (const auto& s : scopes) {
    if (s == "." && !path.empty() && path[0] != '/') return true;
    if (path == s || (path.size() > s.size() && path.compare(0, s.size(), s) == 0 && path[s.size()] == '/'))
      return true;
  }
  return false;
}

class Writer {
 public:
  Writer(Db& db, const IngestOptions& opts, const IngestEvents& events, IngestReport& report)
      : m_db(db), m_store(db), m_opts(opts), m_events(events), m_report(report) {}

  void apply(Item&& item) {
    if (item.skip) return;
    if (item.error) {
      ++m_report.failed;
      if (m_events.on_error) m_events.on_error(*item.error);
      return;
    }
    if (item.unchanged) {
      ++m_report.unchanged;
      return;
    }
    begin();
    const std::optional<Existing> now = m_store.find(item.path);
    if (now && now->sha256 == item.doc->sha256 && now->version == build_id()) {
      ++m_report.unchanged;  // the same path twice in one run
      return;
    }
    if (now) {
      const bool fresh = item.seen && item.old && item.seen->id == now->id && item.seen->sha256 == now->sha256;
      m_store.remove(now->id, fresh ? *item.old : m_store.stored_index_row(now->id));
      ++m_report.replaced;
    } else {
      ++m_report.added;
    }
    m_store.insert(*item.doc);
    if (++m_in_batch >= std::max<std::size_t>(1, m_opts.batch)) commit();
  }

  void commit() {
    if (m_tx) m_tx->commit();
    m_tx.reset();
    m_in_batch = 0;
  }

  // Rebuilds both search indexes when they were built with another folding of the text.
  void check_index() {
    const std::string fp = fold_fingerprint();
    std::optional<std::string> stored;
    {
      Stmt s = m_db.prepare("SELECT value FROM meta WHERE key = 'fold'");
      if (s.step()) stored = s.str(0);
    }
    if (stored == fp) return;
    Stmt count = m_db.prepare("SELECT count(*) FROM documents");
    count.step();
    const std::int64_t n = count.int64(0);
    count.reset();
    begin();
    if (n > 0) {
      if (m_events.on_note)
        m_events.on_note("the text folding changed since " + m_db.path() + " was indexed; rebuilding its search index (" +
                         std::to_string(n) + " documents)");
      m_db.exec("INSERT INTO text_fts(text_fts) VALUES('delete-all');"
                "INSERT INTO fields_fts(fields_fts) VALUES('delete-all');");
      Stmt ids = m_db.prepare("SELECT id FROM documents WHERE id > ? ORDER BY id LIMIT 1000");
      std::int64_t last = -1;
      for (;;) {
        std::vector<std::int64_t> batch;
        ids.bind(1, last);
        while (ids.step()) batch.push_back(ids.int64(0));
        ids.reset();
        if (batch.empty()) break;
        for (std::int64_t id : batch) m_store.index(id, m_store.stored_index_row(id));
        m_report.reindexed += batch.size();
        last = batch.back();
        // A run killed here leaves the old fingerprint in meta, so the next run starts over.
        commit();
        begin();
      }
    }
    m_db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES('fold', ?)").bind(1, fp).run();
    m_db.prepare("INSERT OR IGNORE INTO meta(key, value) VALUES('created_by', ?)")
        .bind(1, std::string("gongwen ") + k_version)
        .run();
    commit();
  }

  void prune(const std::vector<std::string>& scopes) {
    Stmt page = m_db.prepare("SELECT id, path FROM documents WHERE path > ? ORDER BY path LIMIT 1000");
    std::string last;
    std::vector<std::int64_t> gone;
    for (;;) {
      std::size_t rows = 0;
      page.bind(1, last);
      while (page.step()) {
        ++rows;
        last = page.str(1);
        std::error_code ec;
        if (in_scope(last, scopes) && last != "-" && !fs::exists(last, ec) && !ec) gone.push_back(page.int64(0));
      }
      page.reset();
      if (rows == 0) break;
    }
    for (std::int64_t id : gone) {
      begin();
      m_store.remove(id, m_store.stored_index_row(id));
      ++m_report.removed;
      if (++m_in_batch >= std::max<std::size_t>(1, m_opts.batch)) commit();
    }
    commit();
  }

 private:
  void begin() {
    if (!m_tx) m_tx.emplace(m_db);
  }

  Db& m_db;
  Store m_store;
  const IngestOptions& m_opts;
  const IngestEvents& m_events;
  IngestReport& m_report;
  std::optional<Transaction> m_tx;
  std::size_t m_in_batch = 0;
};

// Exceptions must not leave a pool thread (std::terminate) nor the writer's callback while
// workers still run: a worker's becomes that input's error, the writer's stops the run once the
// pool has drained.
class Guarded {
 public:
  template <class F>
  Item work(const std::string& path, F&& f) {
    if (m_failed) {
      Item skipped;
      skipped.skip = true;
      return skipped;
    }
    try {
      return f();
    } catch (const std::exception& e) {
      Item item;
      item.path = path;
      item.error = InputError{};
      item.error->source.path = path;
      item.error->code = "internal";
      item.error->message = e.what();
      return item;
    }
  }
  template <class F>
  void emit(F&& f) {
    if (m_failed) return;
    try {
      f();
    } catch (const Error& e) {
      m_error = e.what();
      m_failed = true;
    }
  }
  void rethrow() const {
    if (m_failed) throw Error(m_error);
  }

 private:
  std::atomic<bool> m_failed{false};
  std::string m_error;
};

std::vector<std::string> scopes_of(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const auto& p : paths)
    if (p != "-") out.push_back(normalise_path(p));
  return out;
}

// Opens the catalog, brings schema and index up to date, runs `feed` and prunes. Errors about
// the catalog itself end the run with report.error set.
template <class Feed>
IngestReport run(const IngestOptions& opts, const IngestEvents& events, Feed&& feed) {
  IngestReport report;
  try {
    Db db(opts.db, Db::Mode::read_write);
    open_for_write(db);
    Writer writer(db, opts, events, report);
    writer.check_index();
    const int generation = ++g_generation;
    feed(writer, generation);
    writer.commit();
    if (opts.prune) writer.prune(scopes_of(opts.paths));
  } catch (const Error& e) {
    report.error = e.what();
  }
  return report;
}

}  // namespace

std::string normalise_path(const std::string& path) {
  if (path == "-") return path;
  std::string s = fs::path(path).lexically_normal().generic_string();
  while (s.size() > 1 && s.back() == '/') s.pop_back();
  return s.empty() ? "." : s;
}

IngestReport ingest(const IngestOptions& opts, const IngestEvents& events) {
  return run(opts, events, [&](Writer& writer, int generation) {
    const auto inputs = expand_inputs(opts.paths);
    Guarded guard;
    io::ordered_map<Item>(
        inputs.size(), resolve_jobs(opts.jobs),
        [&](std::size_t i) {
          return guard.work(inputs[i], [&] { return prepare_file(inputs[i], reader_for(opts.db, generation)); });
        },
        [&](std::size_t i, Item&& item) {
          guard.emit([&] { writer.apply(std::move(item)); });
          if (events.on_progress) events.on_progress(i + 1, inputs.size(), inputs[i]);
        });
    guard.rethrow();
  });
}

IngestReport ingest_lines(const IngestOptions& opts, std::istream& in, const IngestEvents& events) {
  return run(opts, events, [&](Writer& writer, int generation) {
    std::vector<Line> lines;
    std::size_t number = 0, done = 0;
    Guarded guard;
    while (read_lines(in, lines_per_batch(opts.jobs), number, lines)) {
      io::ordered_map<Item>(
          lines.size(), resolve_jobs(opts.jobs),
          [&](std::size_t i) {
            return guard.work("<stdin>:" + std::to_string(lines[i].number), [&] {
              InputError err;
              auto doc = parse_line(lines[i], err);
              if (!doc) {
                Item item;
                item.error = err;
                return item;
              }
              return prepare_bytes(doc->second, doc->first, reader_for(opts.db, generation));
            });
          },
          [&](std::size_t, Item&& item) {
            const std::string path = item.path;
            guard.emit([&] { writer.apply(std::move(item)); });
            if (events.on_progress) events.on_progress(++done, 0, path);
          });
      guard.rethrow();
    }
  });
}

}  // namespace catalog

void ingest_lines(std::istream& in, int jobs, const std::function<void(std::size_t, Outcome&&)>& emit) {
  std::vector<catalog::Line> lines;
  std::size_t number = 0, index = 0;
  while (catalog::read_lines(in, catalog::lines_per_batch(jobs), number, lines)) {
    io::ordered_map<Outcome>(
        lines.size(), resolve_jobs(jobs),
        [&](std::size_t i) {
          InputError err;
          auto doc = catalog::parse_line(lines[i], err);
          if (!doc) return Outcome{std::nullopt, err};
          return ingest_bytes(doc->second, doc->first);
        },
        [&](std::size_t, Outcome&& o) { emit(index++, std::move(o)); });
  }
}

}  // namespace gongwen
