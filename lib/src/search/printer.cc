#include "search/printer.h"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <vector>

#include "gongwen/output.h"

namespace gongwen::search {
namespace {

using J = nlohmann::ordered_json;

// ripgrep's colours: path magenta, line numbers green, matches bold red.
constexpr const char* k_path = "\x1b[35m";
constexpr const char* k_num = "\x1b[32m";
constexpr const char* k_match = "\x1b[1;31m";
constexpr const char* k_reset = "\x1b[0m";

// The record fields a hit carries in --json, in the record's own key order.
constexpr const char* k_record_keys[] = {"id",       "kind",    "title",      "doc_numbers", "signed_date",
                                         "result_code", "disclosure", "issuers", "signers",
                                         "assignment", "proposals", "proposers"};

std::string paint(std::string_view s, const char* colour, bool on) {
  return on ? fmt::format("{}{}{}", colour, s, k_reset) : std::string(s);
}

// A field value may span lines (a commitment across a page break): one line on the terminal.
std::string one_line(std::string s) {
  for (char& c : s)
    if (c == '\n' || c == '\r') c = ' ';
  return s;
}

std::string highlighted(const Hit& h, bool on) {
  if (!on || h.spans.empty()) return one_line(h.text);
  std::string out;
  std::size_t at = 0;
  for (const Span& s : h.spans) {
    if (s.begin < at || s.end > h.text.size()) continue;
    out.append(h.text, at, s.begin - at);
    out += paint(std::string_view(h.text).substr(s.begin, s.end - s.begin), k_match, true);
    at = s.end;
  }
  out.append(h.text, at);
  return one_line(out);
}

std::string signing_unit(const Record& rec) {
  if (!rec.signers.empty()) return rec.signers.front();
  if (!rec.issuers.empty()) return rec.issuers.front();
  return {};
}

const Commitment* commitment_of(const DocResult& r, const Hit& h) {
  if (h.commitment < 0 || !r.record) return nullptr;
  return &r.record->commitments[static_cast<std::size_t>(h.commitment)];
}

std::string dump(const J& j) { return j.dump(-1, ' ', false, J::error_handler_t::replace); }

}  // namespace

std::string csv_field(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

Printer::Printer(const grep::Options& opts, std::FILE* out) : m_opts(opts), m_out(out) {
  if (opts.format == grep::Format::csv) {
    // The byte-order mark makes Excel read the file as UTF-8.
    std::fputs("\xEF\xBB\xBFpath,line,col,in,match,text,kind,title,doc_number,signed_date,result_code,unit,due\r\n",
               m_out);
  }
}

void Printer::document(const DocResult& r) {
  if (r.hits.empty()) return;
  m_matched = true;
  switch (m_opts.format) {
    case grep::Format::text: text(r); break;
    case grep::Format::json: json(r); break;
    case grep::Format::csv: csv(r); break;
    case grep::Format::count: count(r); break;
    case grep::Format::stats: tally(r); break;
  }
}

void Printer::text(const DocResult& r) {
  const bool c = m_opts.colour;
  const std::string path = paint(r.path, k_path, c);
  // Hits and context lines in line order; "--" where lines are skipped, as ripgrep does.
  std::size_t k = 0;
  int previous = 0;
  auto separate = [&](int line) {
    if (m_opts.context > 0 && m_printed_group && line != previous + 1) std::fputs("--\n", m_out);
    m_printed_group = true;
    previous = line;
  };
  for (const Hit& h : r.hits) {
    for (; k < r.context.size() && r.context[k].line < h.at.line; ++k) {
      separate(r.context[k].line);
      fmt::print(m_out, "{}-{}-{}\n", path, paint(std::to_string(r.context[k].line), k_num, c), r.context[k].text);
    }
    if (h.field == grep::Field::text) separate(h.at.line);
    std::string extra;
    if (const Commitment* cm = commitment_of(r, h)) {
      std::vector<std::string> parts;
      if (cm->due) parts.push_back("due " + *cm->due);
      if (cm->unit) parts.push_back(*cm->unit);
      if (!parts.empty()) extra = " (" + fmt::format("{}", fmt::join(parts, ", ")) + ")";
    }
    fmt::print(m_out, "{}:{}:{}:{}{}\n", path, paint(std::to_string(h.at.line), k_num, c),
               paint(std::to_string(h.at.col), k_num, c), highlighted(h, c), extra);
  }
  for (; k < r.context.size(); ++k) {
    separate(r.context[k].line);
    fmt::print(m_out, "{}-{}-{}\n", path, paint(std::to_string(r.context[k].line), k_num, c), r.context[k].text);
  }
}

void Printer::json(const DocResult& r) {
  const J full = r.record_json.empty() ? J::object() : J::parse(r.record_json, nullptr, false);
  J rec = J::object();
  if (full.is_object())
    for (const char* key : k_record_keys)
      if (auto it = full.find(key); it != full.end()) rec[key] = *it;
  const J commitments = full.is_object() ? full.value("commitments", J::array()) : J::array();
  for (const Hit& h : r.hits) {
    const std::size_t n = std::max<std::size_t>(1, h.matched.size());
    for (std::size_t i = 0; i < n; ++i) {
      const Loc at = i < h.match_at.size() ? h.match_at[i] : h.at;
      J j;
      j["path"] = r.path;
      j["line"] = at.line;
      j["col"] = at.col;
      j["in"] = grep::to_string(h.field);
      j["match"] = i < h.matched.size() ? J(h.matched[i]) : J(nullptr);
      j["text"] = h.text;
      j["record"] = rec;
      if (h.commitment >= 0 && static_cast<std::size_t>(h.commitment) < commitments.size())
        j["commitment"] = commitments[static_cast<std::size_t>(h.commitment)];
      std::fputs(dump(j).c_str(), m_out);
      std::fputc('\n', m_out);
    }
  }
}

void Printer::csv(const DocResult& r) {
  const Record* rec = r.record.get();
  for (const Hit& h : r.hits) {
    const Commitment* cm = commitment_of(r, h);
    const std::size_t n = std::max<std::size_t>(1, h.matched.size());
    for (std::size_t i = 0; i < n; ++i) {
      const Loc at = i < h.match_at.size() ? h.match_at[i] : h.at;
      std::vector<std::string> row = {
          r.path,
          std::to_string(at.line),
          std::to_string(at.col),
          std::string(grep::to_string(h.field)),
          i < h.matched.size() ? h.matched[i] : std::string(),
          h.text,
          rec ? rec->kind : std::string(),
          rec && rec->title ? *rec->title : std::string(),
          rec && !rec->doc_numbers.empty() ? rec->doc_numbers.front().text : std::string(),
          rec && rec->signed_date ? *rec->signed_date : std::string(),
          rec && rec->result_code ? *rec->result_code : std::string(),
          cm && cm->unit ? *cm->unit : rec ? signing_unit(*rec) : std::string(),
          cm && cm->due ? *cm->due : std::string(),
      };
      std::string line;
      for (std::size_t k = 0; k < row.size(); ++k) line += (k ? "," : "") + csv_field(row[k]);
      line += "\r\n";
      std::fputs(line.c_str(), m_out);
    }
  }
}

void Printer::count(const DocResult& r) {
  fmt::print(m_out, "{}:{}\n", paint(r.path, k_path, m_opts.colour), r.hits.size());
}

void Printer::tally(const DocResult& r) {
  const Record* rec = r.record.get();
  if (!rec) return;
  std::set<std::string> units, years;
  std::map<std::string, std::size_t> unit_matches, year_matches;
  std::size_t total = 0;
  for (const Hit& h : r.hits) {
    const std::size_t n = std::max<std::size_t>(1, h.matched.size());
    total += n;
    // A commitment counts for the unit it binds and the year it is due.
    const Commitment* cm = commitment_of(r, h);
    std::string unit = cm && cm->unit ? *cm->unit : signing_unit(*rec);
    const auto& date = cm ? cm->due : rec->signed_date;
    std::string year = date && date->size() >= 4 ? date->substr(0, 4) : std::string();
    if (unit.empty()) unit = "(none)";
    if (year.empty()) year = "(none)";
    units.insert(unit);
    years.insert(year);
    unit_matches[unit] += n;
    year_matches[year] += n;
  }
  for (const auto& u : units) {
    ++m_units[u].documents;
    m_units[u].matches += unit_matches[u];
  }
  for (const auto& y : years) {
    ++m_years[y].documents;
    m_years[y].matches += year_matches[y];
  }
  auto& res = m_results[rec->result_code.value_or("(none)")];
  ++res.documents;
  res.matches += total;
}

void Printer::finish() {
  if (m_opts.format != grep::Format::stats) return;
  auto table = [&](const char* title, const std::map<std::string, Tally>& rows, bool by_key) {
    std::vector<std::pair<std::string, Tally>> v(rows.begin(), rows.end());
    // Units by weight; years and result codes in their own order.
    if (!by_key)
      std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second.documents > b.second.documents; });
    std::size_t w = display_width(title);
    for (const auto& [k, t] : v) w = std::max(w, display_width(k));
    fmt::print(m_out, "{}  {:>9}  {:>7}\n", pad_right(title, w), "documents", "matches");
    for (const auto& [k, t] : v) fmt::print(m_out, "{}  {:>9}  {:>7}\n", pad_right(k, w), t.documents, t.matches);
  };
  table("unit", m_units, false);
  std::fputc('\n', m_out);
  table("year", m_years, true);
  std::fputc('\n', m_out);
  table("result", m_results, true);
}

}  // namespace gongwen::search
