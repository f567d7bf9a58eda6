// Helpers for the gw-lint unit tests: lint text held in memory, keep one rule's findings.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analyse.h"
#include "gongwen/lint.h"
#include "lint/config.h"
#include "lint/engine.h"
#include "lint/fix.h"

namespace lint_test {

using gongwen::lint::Finding;

inline const gongwen::lint::Settings& default_settings() {
  static const gongwen::lint::Config c = gongwen::lint::default_config();
  return c.base;
}

// Findings for every document (documents separated as in the catalog's batch examples), per-document
// rules then batch rules, with `settings` and a fixed as-of date so that tests never age.
inline std::vector<Finding> lint_all(std::string_view text, const gongwen::lint::Settings& settings = default_settings(),
                                     std::string_view as_of = "2026-06-01") {
  std::vector<std::string> docs;
  std::size_t b = 0;
  for (;;) {
    const std::size_t p = text.find(gongwen::lint::k_next_document, b);
    docs.emplace_back(text.substr(b, p == std::string_view::npos ? std::string_view::npos : p - b));
    if (p == std::string_view::npos) break;
    b = p + gongwen::lint::k_next_document.size();
  }
  std::vector<Finding> out;
  std::vector<gongwen::lint::BatchDoc> batch;
  for (std::size_t k = 0; k < docs.size(); ++k) {
    const std::string path = "doc" + std::to_string(k + 1) + ".txt";
    const gongwen::Analysis a = gongwen::analyse(docs[k], path);
    auto r = gongwen::lint::lint_analysis(a, path, settings, as_of, false);
    out.insert(out.end(), r.findings.begin(), r.findings.end());
    if (r.batch) batch.push_back(*r.batch);
  }
  for (auto& f : gongwen::lint::lint_batch(batch)) out.push_back(f);
  return out;
}

inline std::vector<Finding> only(const std::vector<Finding>& all, std::string_view rule) {
  std::vector<Finding> out;
  for (const auto& f : all)
    if (f.rule == rule) out.push_back(f);
  return out;
}

inline std::vector<Finding> lint_rule(std::string_view text, std::string_view rule,
                                      const gongwen::lint::Settings& settings = default_settings(),
                                      std::string_view as_of = "2026-06-01") {
  return only(lint_all(text, settings, as_of), rule);
}

// The text after applying every fix of these findings.
inline std::string fixed(std::string_view text, const std::vector<Finding>& findings) {
  const gongwen::Analysis a = gongwen::analyse(text, "doc.txt");
  return gongwen::lint::apply_fixes(a.doc->source(), findings).text;
}

}  // namespace lint_test
