// The catalog: the records of many documents in one SQLite file (tables a user can also query
// with sqlite3, docs/catalog.md), with trigram indexes that gw-grep searches.
//
// Idempotent and safe: a document is keyed by its path and the SHA-256 of its bytes, so the same
// bytes again change nothing and changed bytes replace the old record; each batch is one
// transaction in WAL mode, so a writer killed at any moment leaves the last committed batch,
// and the next run does the rest.
#pragma once

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

#include "gongwen/ingest.h"
#include "gongwen/record.h"

namespace gongwen {

// Reads documents as JSON Lines, {"path": "…", "text": "…"} (the text already decoded), from
// `in`, extracts them on `jobs` threads and calls emit(index, outcome) in input order — the
// shape a Spark RDD.pipe() or Hadoop Streaming step expects. Memory stays flat: lines are read a
// bounded batch at a time. A line that is not such an object gives an error outcome
// (code "bad-line") naming "<stdin>:LINE".
void ingest_lines(std::istream& in, int jobs, const std::function<void(std::size_t, Outcome&&)>& emit);

namespace catalog {

// The schema this build writes; a catalog with a higher user_version is refused.
inline constexpr int k_schema_version = 1;

struct IngestOptions {
  std::string db;                  // the catalog file, created when missing
  std::vector<std::string> paths;  // files and folders (recursive)
  bool prune = false;              // then remove documents whose file is gone: under `paths`, or anywhere
  int jobs = 0;                    // extraction threads; 0 = all cores (one writer regardless)
  std::size_t batch = 5000;        // documents per transaction (the search index flushes once per batch)
};

struct IngestReport {
  std::size_t added = 0;
  std::size_t replaced = 0;
  std::size_t unchanged = 0;
  std::size_t removed = 0;    // by --prune
  std::size_t failed = 0;     // inputs that could not be read or decoded (left as they were)
  std::size_t reindexed = 0;  // documents re-indexed because the text folding changed
  std::string error;          // set when the catalog itself could not be used; nothing changed then
};

struct IngestEvents {
  std::function<void(const InputError&)> on_error;
  // Called after each input, in order: done so far, total (0 when unknown), its path.
  std::function<void(std::size_t, std::size_t, const std::string&)> on_progress;
  std::function<void(const std::string&)> on_note;  // e.g. "rebuilding the search index"
};

// Stores the records of options.paths in the catalog.
IngestReport ingest(const IngestOptions& options, const IngestEvents& events);
// Stores the documents read from JSON Lines on `in` (see ingest_lines); options.paths only
// scope --prune.
IngestReport ingest_lines(const IngestOptions& options, std::istream& in, const IngestEvents& events);

// The catalog's key for a path: lexically normalised (./a/../b.txt -> b.txt), "/" separators.
std::string normalise_path(const std::string& path);

}  // namespace catalog
}  // namespace gongwen
