// gw-ingest: documents in, one JSON record per line out.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string_view>

#include "gongwen/catalog.h"
#include "gongwen/ingest.h"
#include "gongwen/json.h"
#include "gongwen/output.h"

int main(int argc, char** argv) {
  CLI::App app{"gw-ingest: read Chinese government documents (replies, notices) and write one JSON record per "
               "document (JSON Lines)."};
  app.footer(R"(Examples:
  gw-ingest corpus/                       every file under corpus/, records to standard output
  gw-ingest -o records.jsonl a.txt b.txt  two files, records to a file
  cat letter.txt | gw-ingest -            standard input
  gw-ingest --jobs 1 corpus/ | jq .title  one worker (the output is the same for any --jobs)
  gw-ingest --db gw.db corpus/            records into a catalog for gw-grep --db (again: only changes)
  gw-ingest --db gw.db --prune corpus/    the same, and drop documents whose file is gone
  gw-ingest --jsonl-in < docs.jsonl       {"path":…,"text":…} lines in, records out (Spark RDD.pipe)

Inputs that cannot be read or decoded give {"source":…,"error":{"code":…,"message":…}} and the run goes on.
With --db the records go to the catalog (SQLite; docs/catalog.md), not to standard output.
Exit status: 0 every input read, 1 some inputs failed, 2 usage error (or a catalog that cannot be used).)");
  std::vector<std::string> paths;
  std::string output;
  int jobs = 0;
  bool quiet = false;
  std::string db;
  bool prune = false, jsonl_in = false;
  std::size_t batch = 5000;
  // Paths are required, except for a catalog (--db alone migrates and re-indexes it; --prune
  // alone checks every document) and for --jsonl-in, which reads standard input.
  bool paths_optional = false;
  for (int k = 1; k < argc; ++k) {
    const std::string_view a = argv[k];
    paths_optional = paths_optional || a == "--db" || a.rfind("--db=", 0) == 0 || a == "--jsonl-in";
  }
  app.add_option("paths", paths, "Files, folders (recursive) or - for standard input")->required(!paths_optional);
  auto* out_opt = app.add_option("-o,--output", output, "Write records to FILE instead of standard output");
  app.add_option("--db", db, "Store the records in this catalog (created if missing) instead of printing them")
      ->excludes(out_opt);
  app.add_flag("--prune", prune, "With --db: remove documents whose file no longer exists (under PATHs, or all)");
  app.add_flag("--jsonl-in", jsonl_in, "Read documents as JSON Lines {\"path\":…,\"text\":…} from standard input");
  app.add_option("--batch", batch, "With --db: documents per transaction (default 5000)")->check(CLI::PositiveNumber);
  app.add_option("-j,--jobs", jobs, "Worker threads (default: all cores)")->check(CLI::NonNegativeNumber);
  app.add_flag("-q,--quiet", quiet, "No progress line on standard error");
  app.set_version_flag("--version", std::string("gw-ingest ") + gongwen::k_version);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }

  if (prune && db.empty()) {
    fmt::print(stderr, "gw-ingest: --prune needs --db\n");
    return 2;
  }
  if (!db.empty()) {
    gongwen::catalog::IngestOptions co{db, paths, prune, jobs, batch};
    const bool bar = !quiet && gongwen::is_terminal(stderr);
    auto when = std::chrono::steady_clock::now();
    gongwen::catalog::IngestEvents events;
    events.on_error = [&](const gongwen::InputError& e) {
      fmt::print(stderr, "{}gw-ingest: {}: {}: {}\n", bar ? "\r\x1b[K" : "", e.source.path, e.code, e.message);
    };
    events.on_note = [&](const std::string& note) { fmt::print(stderr, "gw-ingest: {}\n", note); };
    events.on_progress = [&](std::size_t done, std::size_t total, const std::string& path) {
      const auto now = std::chrono::steady_clock::now();
      if (!bar || (now - when < std::chrono::milliseconds(100) && done != total)) return;
      when = now;
      if (total) fmt::print(stderr, "\r\x1b[K[{}/{}] {}", done, total, path);
      else fmt::print(stderr, "\r\x1b[K[{}] {}", done, path);
    };
    const auto r = jsonl_in ? gongwen::catalog::ingest_lines(co, std::cin, events) : gongwen::catalog::ingest(co, events);
    if (bar) fmt::print(stderr, "\r\x1b[K");
    if (!r.error.empty()) {
      fmt::print(stderr, "gw-ingest: {}\n", r.error);
      return 2;
    }
    if (!quiet)
      fmt::print(stderr, "gw-ingest: {}: {} added, {} replaced, {} unchanged, {} removed, {} failed\n", db, r.added,
                 r.replaced, r.unchanged, r.removed, r.failed);
    return r.failed ? 1 : 0;
  }

  std::ofstream file;
  if (!output.empty()) {
    file.open(output, std::ios::binary);
    if (!file) {
      fmt::print(stderr, "gw-ingest: cannot write {}\n", output);
      return 2;
    }
  }
  std::ostream& out = output.empty() ? std::cout : file;
  std::ios::sync_with_stdio(false);

  if (jsonl_in) {
    std::size_t failed = 0;
    gongwen::ingest_lines(std::cin, jobs, [&](std::size_t, gongwen::Outcome&& o) {
      if (o.record) {
        out << gongwen::to_json(*o.record) << '\n';
      } else {
        ++failed;
        out << gongwen::to_json(*o.error) << '\n';
        fmt::print(stderr, "gw-ingest: {}: {}: {}\n", o.error->source.path, o.error->code, o.error->message);
      }
    });
    out.flush();
    return failed ? 1 : 0;
  }
  if (paths.empty()) {
    fmt::print(stderr, "gw-ingest: no paths given\n");
    return 2;
  }
  const auto inputs = gongwen::expand_inputs(paths);
  const bool progress = !quiet && gongwen::is_terminal(stderr) && inputs.size() > 1;
  auto last = std::chrono::steady_clock::now();
  std::size_t failed = 0;
  gongwen::ingest_all(inputs, jobs, [&](std::size_t i, gongwen::Outcome&& o) {
    if (o.record) {
      out << gongwen::to_json(*o.record) << '\n';
    } else {
      ++failed;
      out << gongwen::to_json(*o.error) << '\n';
      if (!gongwen::is_terminal(stderr) || !progress)
        fmt::print(stderr, "gw-ingest: {}: {}: {}\n", o.error->source.path, o.error->code, o.error->message);
    }
    const auto now = std::chrono::steady_clock::now();
    if (progress && (now - last > std::chrono::milliseconds(100) || i + 1 == inputs.size())) {
      fmt::print(stderr, "\r\x1b[K[{}/{}] {}", i + 1, inputs.size(), inputs[i]);
      last = now;
    }
  });
  if (progress) fmt::print(stderr, "\r\x1b[K{} documents, {} failed\n", inputs.size(), failed);
  out.flush();
  return failed ? 1 : 0;
}
