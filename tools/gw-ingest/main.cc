// gw-ingest: documents in, one JSON record per line out.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>

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

Inputs that cannot be read or decoded give {"source":…,"error":{"code":…,"message":…}} and the run goes on.
Exit status: 0 every input read, 1 some inputs failed, 2 usage error.)");
  std::vector<std::string> paths;
  std::string output;
  int jobs = 0;
  bool quiet = false;
  app.add_option("paths", paths, "Files, folders (recursive) or - for standard input")->required();
  app.add_option("-o,--output", output, "Write records to FILE instead of standard output");
  app.add_option("-j,--jobs", jobs, "Worker threads (default: all cores)")->check(CLI::NonNegativeNumber);
  app.add_flag("-q,--quiet", quiet, "No progress line on standard error");
  app.set_version_flag("--version", std::string("gw-ingest ") + gongwen::k_version);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
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
