// Text: what a person reads in a terminal or a CI log, as compilers print it.
#include <fmt/format.h>

#include "lint/writers.h"

namespace gongwen::lint {
namespace {

class TextWriter : public Writer {
 public:
  TextWriter(std::FILE* out, bool colour) : m_out(out), m_colour(colour) {}

  void finding(const Finding& f) override {
    static constexpr const char* k_sev_colour[] = {"", "\x1b[1;36m", "\x1b[1;35m", "\x1b[1;31m"};
    const auto sev = to_string(f.severity);
    const auto sev_i = static_cast<std::size_t>(f.severity);
    std::string head = fmt::format("{}:{}:{}:", f.path, f.begin.line, f.begin.col);
    if (m_colour) {
      fmt::print(m_out, "\x1b[1m{}\x1b[0m {}{}\x1b[0m\x1b[2m[{}]\x1b[0m {}\n", head, k_sev_colour[sev_i], sev, f.rule,
                 f.message);
    } else {
      fmt::print(m_out, "{} {}[{}] {}\n", head, sev, f.rule, f.message);
    }
    if (f.excerpt.empty()) return;
    const std::string caret = std::string(f.caret_col, ' ') + "^" + std::string(f.caret_width > 1 ? f.caret_width - 1 : 0, '~');
    if (m_colour) fmt::print(m_out, "    {}\n    \x1b[1;32m{}\x1b[0m\n", f.excerpt, caret);
    else fmt::print(m_out, "    {}\n    {}\n", f.excerpt, caret);
  }

 private:
  std::FILE* m_out;
  bool m_colour;
};

}  // namespace

std::string summary_line(const Stats& s) {
  auto count = [](std::size_t n, const char* one, const char* many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
  };
  const std::size_t e = s.by_severity[static_cast<std::size_t>(Severity::error)];
  const std::size_t w = s.by_severity[static_cast<std::size_t>(Severity::warning)];
  const std::size_t n = s.by_severity[static_cast<std::size_t>(Severity::note)];
  std::string line;
  if (e + w + n == 0) line = "no findings";
  else line = count(e, "error", "errors") + ", " + count(w, "warning", "warnings") + ", " + count(n, "note", "notes");
  line += " in " + count(s.documents, "document", "documents");
  if (s.unreadable) line += ", " + count(s.unreadable, "input", "inputs") + " unreadable";
  if (s.suppressed) line += ", " + std::to_string(s.suppressed) + " in the baseline";
  if (s.fixed) line += ", " + std::to_string(s.fixed) + " fixed";
  else if (s.fixable) line += " (" + std::to_string(s.fixable) + " fixable with --fix)";
  return line;
}

std::unique_ptr<Writer> make_text_writer(std::FILE* out, bool colour) { return std::make_unique<TextWriter>(out, colour); }

}  // namespace gongwen::lint
