// gw-grep's output formats, fed one document at a time in output order.
#pragma once

#include <cstdio>
#include <map>
#include <memory>
#include <string>

#include "gongwen/grep.h"
#include "search/evaluate.h"

namespace gongwen::search {

class Printer {
 public:
  Printer(const grep::Options& opts, std::FILE* out);
  void document(const DocResult& r);
  // Writes what is only known at the end (--stats).
  void finish();
  bool matched() const { return m_matched; }
  // Whether the format reads record fields (so that the catalog loads them).
  static bool needs_record(grep::Format f) {
    return f == grep::Format::json || f == grep::Format::csv || f == grep::Format::stats;
  }

 private:
  struct Tally {
    std::size_t documents = 0;
    std::size_t matches = 0;
  };
  void text(const DocResult& r);
  void json(const DocResult& r);
  void csv(const DocResult& r);
  void count(const DocResult& r);
  void tally(const DocResult& r);

  const grep::Options& m_opts;
  std::FILE* m_out;
  bool m_matched = false;
  bool m_printed_group = false;  // for the "--" between context groups
  std::map<std::string, Tally> m_units, m_years, m_results;
};

// One CSV field, quoted when it must be (RFC 4180).
std::string csv_field(std::string_view s);

}  // namespace gongwen::search
