// gw-show: one document's record, for a person.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <iostream>

#include "gongwen/ingest.h"
#include "gongwen/json.h"
#include "gongwen/output.h"

int main(int argc, char** argv) {
  CLI::App app{"gw-show: the record of one document, fields grouped, each with its line:col."};
  app.footer(R"(Examples:
  gw-show letter.txt            the record, aligned, colour on a terminal
  gw-show --json letter.txt     the record as one JSON line (as gw-ingest writes it)
  gw-show --color never a.txt   no colour even on a terminal

Exit status: 0 shown, 1 the file could not be read or decoded, 2 usage error.)");
  std::string path;
  bool json = false;
  std::string color = "auto";
  app.add_option("file", path, "The document (- for standard input)")->required();
  app.add_flag("--json", json, "Print the record as JSON");
  app.add_option("--color", color, "auto|always|never")->check(CLI::IsMember({"auto", "always", "never"}));
  app.set_version_flag("--version", std::string("gw-show ") + gongwen::k_version);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  const gongwen::Outcome o = gongwen::ingest_file(path);
  if (!o.record) {
    fmt::print(stderr, "gw-show: {}: {}: {}\n", path, o.error->code, o.error->message);
    return 1;
  }
  if (json) {
    std::cout << gongwen::to_json(*o.record) << '\n';
    return 0;
  }
  const bool colour = color == "always" || (color == "auto" && gongwen::is_terminal(stdout));
  std::cout << gongwen::render_record(*o.record, colour);
  return 0;
}
