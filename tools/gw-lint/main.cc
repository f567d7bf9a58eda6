// gw-lint: the CI gate for a batch of documents — findings with file:line:col, in text, JSON
// Lines, SARIF or GitHub annotations, and an exit code.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdio>

#include "gongwen/ingest.h"
#include "gongwen/lint.h"
#include "gongwen/output.h"

int main(int argc, char** argv) {
  namespace lint = gongwen::lint;
  CLI::App app{"gw-lint: check Chinese government documents (reply letters, notices) against GB/T 9704-2012, the "
               "公文处理工作条例 and the handling rules of deputies' suggestions; for CI."};
  app.footer(R"(Examples:
  gw-lint corpus/                          every document under corpus/ (txt, html, docx, pdf, ofd), as text
  gw-lint --format sarif -o lint.sarif .   SARIF 2.1.0 for GitHub code scanning
  gw-lint --format github docs/            annotations in a GitHub Actions log
  gw-lint --baseline .gwlint-baseline.json archive/
                                           first run records today's findings; later runs fail only on new ones
  gw-lint --diff letter.txt                show the safe fixes as a diff; --fix writes them
  gw-lint --list-rules                     the catalog; --explain date-format tells one rule

Configuration: the nearest .gwlint.toml above each input (or --config FILE): [rules] severities or
"off", [profile] required elements and result codes, [misspellings] files and terms, [[overrides]]
per glob. See docs/rules.md.

Exit status: 0 no finding reaches --fail-on, 1 one does, 2 usage or configuration error,
3 an input could not be read.)");
  lint::Options o;
  std::string format = "text", fail_on = "error", output, colour = "auto", explain;
  bool list = false;
  app.add_option("paths", o.paths, "Files, folders (recursive) or - for standard input");
  app.add_option("-f,--format", format, "text | json (JSON Lines) | sarif | github")
      ->check(CLI::IsMember({"text", "json", "sarif", "github"}));
  app.add_option("-o,--output", output, "Write the findings to FILE instead of standard output");
  app.add_option("--fail-on", fail_on, "Lowest severity that fails the run: error | warning | note | none")
      ->check(CLI::IsMember({"error", "warning", "note", "none"}));
  app.add_option("-c,--config", o.config, "Use this .gwlint.toml for every input instead of the nearest one");
  app.add_option("--baseline", o.baseline, "Baseline file: written when it does not exist, else its findings are accepted");
  app.add_flag("--update-baseline", o.update_baseline, "Rewrite the baseline with today's findings");
  app.add_option("--as-of", o.as_of, "Today's date for date checks, YYYY-MM-DD (default: the system date)");
  app.add_flag("--fix", o.fix, "Apply the safe fixes in place (keeping encoding and line endings)");
  app.add_flag("--diff", o.diff, "Print the safe fixes as a unified diff; write nothing");
  app.add_option("-j,--jobs", o.jobs, "Worker threads (default: all cores)")->check(CLI::NonNegativeNumber);
  app.add_option("--color", colour, "auto | always | never")->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_flag("--list-rules", list, "Print the rule catalog and exit");
  app.add_option("--explain", explain, "Print everything about one rule (or all) and exit");
  app.set_version_flag("--version", std::string("gw-lint ") + gongwen::k_version);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : lint::k_exit_usage;
  }

  std::FILE* out = stdout;
  if (!output.empty() && !list && explain.empty()) {
    out = std::fopen(output.c_str(), "wb");
    if (!out) {
      fmt::print(stderr, "gw-lint: cannot write {}\n", output);
      return lint::k_exit_usage;
    }
  }
  const bool tty = output.empty() && gongwen::is_terminal(stdout);
  o.colour = colour == "always" || (colour == "auto" && tty);
  if (list) {
    fmt::print("{}", lint::list_rules(o.colour));
    return lint::k_exit_clean;
  }
  if (!explain.empty()) {
    const auto text = lint::explain(explain);
    if (!text) {
      fmt::print(stderr, "gw-lint: no rule named {} (gw-lint --list-rules names them)\n", explain);
      return lint::k_exit_usage;
    }
    fmt::print("{}", *text);
    return lint::k_exit_clean;
  }
  o.format = *lint::parse_format(format);
  o.fail_on = *lint::parse_severity(fail_on);
  const int code = lint::run(o, out, stderr);
  if (out != stdout) std::fclose(out);
  return code;
}
