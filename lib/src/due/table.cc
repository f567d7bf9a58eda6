// Reports for a person at a terminal: columns aligned by display width (a CJK character takes
// two columns), the status word coloured when asked, empty cells as —.
#include <fmt/format.h>

#include <algorithm>

#include "due/writers.h"
#include "gongwen/output.h"

namespace gongwen::due {
namespace {

// ANSI colour of each status, in Status order: overdue red, due-soon yellow, pending plain,
// replied-late magenta, replied green.
constexpr std::array<std::string_view, 5> k_status_colour{"\x1b[1;31m", "\x1b[33m", "", "\x1b[35m", "\x1b[32m"};
constexpr std::string_view k_bold = "\x1b[1m", k_reset = "\x1b[0m";
constexpr std::string_view k_empty = "—";

struct Style {
  bool on = false;
  std::string paint(std::string_view code, std::string_view s) const {
    return on && !code.empty() ? fmt::format("{}{}{}", code, s, k_reset) : std::string(s);
  }
};

std::string pad_left(std::string_view s, std::size_t width) {
  const std::size_t w = display_width(s);
  return std::string(w < width ? width - w : 0, ' ') + std::string(s);
}

// Rows of text cells, aligned. `right` marks numeric columns; `colour[r]` paints row r's first
// cell. The last column is not padded (no trailing spaces).
class Aligned {
 public:
  Aligned(std::vector<std::string> header, std::vector<bool> right) : m_header(std::move(header)), m_right(std::move(right)) {}
  void add(std::vector<std::string> cells, std::string_view colour = "") {
    for (auto& c : cells) {
      if (c.empty()) c = k_empty;
      std::replace_if(c.begin(), c.end(), [](char ch) { return ch == '\n' || ch == '\r' || ch == '\t'; }, ' ');
    }
    m_rows.push_back(std::move(cells));
    m_colour.emplace_back(colour);
  }
  bool empty() const { return m_rows.empty(); }
  std::vector<std::size_t> widths() const {
    std::vector<std::size_t> w(m_header.size(), 0);
    for (std::size_t c = 0; c < w.size(); ++c) w[c] = display_width(m_header[c]);
    for (const auto& r : m_rows)
      for (std::size_t c = 0; c < r.size(); ++c) w[c] = std::max(w[c], display_width(r[c]));
    return w;
  }
  void write(std::ostream& out, const Style& style, std::string_view indent = "") const {
    const auto w = widths();
    out << indent << style.paint(k_bold, line(m_header, w)) << '\n';
    for (std::size_t r = 0; r < m_rows.size(); ++r) {
      std::string first = cell(m_rows[r], 0, w);
      out << indent << style.paint(m_colour[r], first);
      for (std::size_t c = 1; c < m_rows[r].size(); ++c) out << "  " << cell(m_rows[r], c, w);
      out << '\n';
    }
  }

 private:
  std::string cell(const std::vector<std::string>& r, std::size_t c, const std::vector<std::size_t>& w) const {
    if (m_right[c]) return pad_left(r[c], w[c]);
    return c + 1 == r.size() ? r[c] : pad_right(r[c], w[c]);
  }
  std::string line(const std::vector<std::string>& r, const std::vector<std::size_t>& w) const {
    std::string out;
    for (std::size_t c = 0; c < r.size(); ++c) out += (c ? "  " : "") + cell(r, c, w);
    return out;
  }
  std::vector<std::string> m_header;
  std::vector<bool> m_right;
  std::vector<std::vector<std::string>> m_rows;
  std::vector<std::string> m_colour;
};

std::string plural(std::size_t n, std::string_view word) { return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s"); }

std::string date_or_empty(const std::optional<Day>& d) { return d ? iso(*d) : ""; }
std::string join(const std::vector<std::string>& v) { return fmt::format("{}", fmt::join(v, "、")); }

std::string totals_line(const std::array<int, 5>& totals) {
  std::vector<std::string> parts;
  for (std::size_t k = 0; k < totals.size(); ++k) parts.push_back(fmt::format("{} {}", totals[k], k_status_names[k]));
  return fmt::format("{}", fmt::join(parts, " · "));
}

}  // namespace

void write_table(const Report& rep, std::ostream& out, bool colour) {
  const Style style{colour};
  out << style.paint(k_bold, "gw-due") << " · as of " << iso(rep.as_of) << " · profile " << rep.profile
      << " · due-soon = due within " << rep.soon << " days\n";
  out << fmt::format("register {}: {} · {} read, {}\n\n", rep.reg.path, plural(rep.reg.rows.size(), "row"),
                     plural(static_cast<std::size_t>(rep.documents), "document"), plural(rep.letters.size(), "reply letter"));

  Aligned rows({"status", "days", "row", "number", "lead", "assigned", "due", "signed", "result", "match", "title"},
               {false, true, true, false, false, false, false, false, false, false, false});
  bool any_extended = false;
  for (const auto& s : rep.rows) {
    const Row& row = rep.reg.rows[static_cast<std::size_t>(s.row)];
    const Letter* reply = s.reply < 0 ? nullptr : &rep.letters[static_cast<std::size_t>(s.reply)];
    any_extended |= s.extended;
    std::string match(k_match_names[static_cast<std::size_t>(s.match)]);
    if (s.match == MatchBy::title) match += fmt::format(" {:.0f}%", s.similarity * 100);
    rows.add({std::string(status_name(s.status)), s.days ? std::to_string(*s.days) : "", std::to_string(row.line), row.number,
              join(row.leads), date_or_empty(row.assigned), iso(s.due) + (s.extended ? "*" : ""),
              reply ? date_or_empty(reply->signed_date) : "", reply ? reply->result_code : "", match, row.title},
             k_status_colour[static_cast<std::size_t>(s.status)]);
  }
  if (rows.empty()) out << "no register rows\n";
  else rows.write(out, style);
  if (any_extended) out << "* extended (延期至), as far as the profile allows\n";

  if (!rep.unmatched.empty()) {
    out << '\n' << style.paint(k_bold, fmt::format("unmatched letters ({})", rep.unmatched.size())) << '\n';
    Aligned un({"letter", "number", "signed", "reason", "title"}, {false, false, false, false, false});
    for (const auto& u : rep.unmatched) {
      const Letter& l = rep.letters[static_cast<std::size_t>(u.letter)];
      un.add({l.path, u.number, date_or_empty(l.signed_date), u.reason, u.title});
    }
    un.write(out, style, "  ");
  }

  const auto title_matched = std::count_if(rep.rows.begin(), rep.rows.end(), [](const auto& s) { return s.match == MatchBy::title; });
  if (title_matched > 0)
    out << fmt::format("\n{} row(s) matched by title, not number: check them (match \"title\" above)\n", title_matched);

  out << '\n' << style.paint(k_bold, "per unit") << '\n';
  std::vector<std::string> head{"unit"};
  std::vector<bool> right{false};
  for (const auto name : k_status_names) head.emplace_back(name), right.push_back(true);
  head.insert(head.end(), {"total", "on-time"});
  right.insert(right.end(), {true, true});
  Aligned units(head, right);
  auto add_unit = [&](const std::string& name, const std::array<int, 5>& counts, std::optional<double> on_time) {
    std::vector<std::string> cells{name};
    int total = 0;
    for (const int n : counts) cells.push_back(std::to_string(n)), total += n;
    cells.push_back(std::to_string(total));
    cells.push_back(on_time ? fmt::format("{:.1f}%", *on_time * 100) : "");
    units.add(std::move(cells));
  };
  for (const auto& u : rep.units) add_unit(u.unit, u.counts, u.on_time);
  const int done = rep.totals[static_cast<std::size_t>(Status::replied)];
  const int judged = done + rep.totals[static_cast<std::size_t>(Status::replied_late)] +
                     rep.totals[static_cast<std::size_t>(Status::overdue)];
  add_unit("all rows", rep.totals, judged ? std::optional<double>(static_cast<double>(done) / judged) : std::nullopt);
  units.write(out, style, "  ");
  out << '\n' << totals_line(rep.totals) << '\n';
}

void write_table(const FollowUp& f, std::ostream& out, bool colour) {
  const Style style{colour};
  out << style.paint(k_bold, "gw-due commitments") << " · as of " << iso(f.as_of) << " · due-soon = due within " << f.soon
      << " days\n\n";
  // One set of column widths for every group, so that the groups line up.
  Aligned all({"status", "days", "due", "where", "text"}, {false, true, false, false, false});
  for (const auto& i : f.items)
    all.add({std::string(status_name(i.status)), std::to_string(i.days), iso(i.due),
             fmt::format("{}:{}:{}", i.path, i.at.line, i.at.col), i.text});
  const auto w = all.widths();
  std::string current;
  bool first = true;
  for (const auto& i : f.items) {
    const std::string unit = i.unit.empty() ? std::string(k_no_unit) : i.unit;
    if (first || unit != current) {
      out << (first ? "" : "\n") << style.paint(k_bold, unit) << '\n';
      current = unit;
      first = false;
    }
    out << "  " << style.paint(k_status_colour[static_cast<std::size_t>(i.status)], pad_right(status_name(i.status), w[0]))
        << "  " << pad_left(std::to_string(i.days), w[1]) << "  " << iso(i.due) << "  "
        << pad_right(fmt::format("{}:{}:{}", i.path, i.at.line, i.at.col), w[3]) << "  " << i.text << '\n';
  }
  if (f.items.empty()) out << "no commitment has come due\n";
  out << fmt::format("\n{} listed ({} overdue, {} due-soon) · {} due later · {} without a date · {} documents, {} neither "
                     "replies nor notices\n",
                     f.items.size(), f.overdue(), f.items.size() - static_cast<std::size_t>(f.overdue()), f.later,
                     f.undated, f.documents, f.skipped);
}

}  // namespace gongwen::due
