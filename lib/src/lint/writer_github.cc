// GitHub Actions workflow commands: ::error file=…,line=…,col=…::message, which the Actions
// runner turns into annotations on the pull request.
#include <fmt/format.h>

#include "lint/writers.h"

namespace gongwen::lint {
namespace {

// Escaping as the runner's command parser undoes it: data escapes % CR LF, properties also : ,
std::string escape(std::string_view s, bool property) {
  std::string out;
  for (char c : s) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else if (property && c == ':') out += "%3A";
    else if (property && c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

class GithubWriter : public Writer {
 public:
  explicit GithubWriter(std::FILE* out) : m_out(out) {}

  void finding(const Finding& f) override {
    const char* level = f.severity == Severity::error ? "error" : f.severity == Severity::warning ? "warning" : "notice";
    fmt::print(m_out, "::{} file={},line={},col={},endLine={},endColumn={},title={}::{}\n", level, escape(f.path, true),
               f.begin.line, f.begin.col, f.end.line, f.end.col, escape("gw-lint " + f.rule, true),
               escape(f.message, false));
  }

  void input_error(const InputError& e) override {
    fmt::print(m_out, "::error file={},title={}::{}\n", escape(e.source.path, true), escape("gw-lint " + e.code, true),
               escape(e.message, false));
  }

 private:
  std::FILE* m_out;
};

}  // namespace

std::unique_ptr<Writer> make_github_writer(std::FILE* out) { return std::make_unique<GithubWriter>(out); }

}  // namespace gongwen::lint
