#include "due/status.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <unordered_map>
#include <cmath>
#include <cstdint>

#include "text/utf8.h"

namespace gongwen::due {
namespace {

// Words in a letter's title that make it a co-unit's opinion rather than the reply.
constexpr std::string_view k_co_title_words[] = {"会办意见", "协办意见"};

struct Deadline {
  bool ok = false;
  Day start, base, due;
  bool extended = false;
  std::string rule;
  std::optional<Day> co_due;
};

Deadline deadline_of(const Row& row, const Profile& profile, const HolidayCalendar& cal, const std::string& path,
                     Problems& problems) {
  Deadline d;
  const auto start = profile.start == "received" ? row.received : row.assigned;
  if (!start) {
    problems.error(path, row.line, "missing-date", fmt::format("no 收到日期 (received): profile {} counts from it", profile.name));
    return d;
  }
  d.start = *start;
  auto fail = [&](const Problem& p, std::string_view what) {
    problems.error(path, row.line, p.code, fmt::format("{}: {}", what, p.message));
  };
  if (row.due) {
    d.base = *row.due;
    d.rule = "register";
  } else {
    Rule rule;
    if (row.due_period) {
      rule.period = row.due_period;
      d.rule = describe(*row.due_period) + " (register)";
    } else if (const Rule* r = profile.reply.find(row.cls)) {
      rule = *r;
      d.rule = fmt::format("{} ({})", describe(rule, d.start), profile.name);
    } else {
      problems.error(path, row.line, "no-rule",
                     fmt::format("profile {} has no reply rule for class \"{}\"", profile.name, row.cls));
      return d;
    }
    const auto base = rule_deadline(d.start, rule, profile, cal);
    if (!base.ok()) {
      fail(base.error(), "cannot compute the deadline");
      return d;
    }
    d.base = base.value();
  }
  d.due = d.base;
  if (row.extended) {
    const Rule* ext = profile.extension.find(row.cls);
    const bool allowed = ext && (ext->by || (ext->period && ext->period->n > 0));
    if (!allowed) {
      problems.warning(path, row.line, "extension-not-allowed",
                       fmt::format("延期至 {}: profile {} allows no extension for class \"{}\"; the deadline stays {}",
                                   iso(*row.extended), profile.name, row.cls, iso(d.base)));
    } else if (*row.extended <= d.base) {
      problems.warning(path, row.line, "extension-not-later",
                       fmt::format("延期至 {} is not after the deadline {}", iso(*row.extended), iso(d.base)));
    } else {
      const auto limit = rule_deadline(d.base, *ext, profile, cal);
      if (!limit.ok()) {
        fail(limit.error(), "cannot compute how far the item may be extended");
        return d;
      }
      d.extended = true;
      d.due = *row.extended;
      if (*row.extended > limit.value()) {
        d.due = limit.value();
        problems.warning(path, row.line, "extension-too-long",
                         fmt::format("延期至 {} is beyond what profile {} allows ({} after {}: {}); {} is used",
                                     iso(*row.extended), profile.name,
                                     ext->period ? describe(*ext->period) : std::string("the fixed date"), iso(d.base),
                                     iso(limit.value()), iso(limit.value())));
      }
    }
  }
  if (!row.cos.empty())
    if (const Rule* co = profile.co.find(row.cls)) {
      const auto co_due = rule_deadline(d.start, *co, profile, cal);
      if (co_due.ok()) d.co_due = co_due.value();
      else fail(co_due.error(), "cannot compute the 会办 deadline");
    }
  d.ok = true;
  return d;
}

// Is the letter a co-unit's opinion on this row rather than the lead's reply?
bool is_co_opinion(const Row& row, const Letter& letter, std::string* unit) {
  for (const auto w : k_co_title_words)
    if (letter.title.find(w) != std::string::npos) {
      if (unit) *unit = letter.units.empty() ? std::string() : letter.units.front();
      return true;
    }
  for (const auto& u : letter.units)
    for (const auto& lead : row.leads)
      if (same_unit(u, lead)) return false;
  for (const auto& u : letter.units)
    for (const auto& co : row.cos)
      if (same_unit(u, co)) {
        if (unit) *unit = co;
        return true;
      }
  return false;
}

class Matcher {
 public:
  explicit Matcher(const Register& reg) : m_reg(reg) {
    for (std::size_t i = 0; i < reg.rows.size(); ++i) {
      if (reg.rows[i].key) m_by_serial[reg.rows[i].key->serial].push_back(static_cast<int>(i));
      m_sessions.push_back(session_key(reg.rows[i].session));
      m_kinds.push_back(kind_of_class(reg.rows[i].cls));
    }
  }

  struct Found {
    int row = -1;
    MatchBy by = MatchBy::none;
    double similarity = 0;
    std::string reason;  // why nothing was found
  };

  Found find(const LetterItem& item) {
    Found f;
    if (item.key) {
      std::vector<int> hits;
      if (auto it = m_by_serial.find(item.key->serial); it != m_by_serial.end())
        for (const int r : it->second) {
          if (numbers_agree(*m_reg.rows[static_cast<std::size_t>(r)].key, *item.key) && agrees(r, item)) hits.push_back(r);
        }
      // Several rows share the serial (different years, or no year in the letter): the one
      // with the letter's year, else the one whose title is closest.
      if (hits.size() > 1 && item.key->year) {
        std::vector<int> same_year;
        for (const int r : hits)
          if (m_reg.rows[static_cast<std::size_t>(r)].key->year == item.key->year) same_year.push_back(r);
        if (!same_year.empty()) hits = same_year;
      }
      if (hits.size() > 1 && !item.title_core.empty()) {
        const auto best = title_match(item.title_core, hits);
        if (best.row >= 0) hits = {best.row};
      }
      if (hits.size() == 1) {
        f.row = hits.front();
        f.by = MatchBy::number;
        return f;
      }
      if (hits.size() > 1) {
        std::vector<int> lines;
        for (const int r : hits) lines.push_back(m_reg.rows[static_cast<std::size_t>(r)].line);
        f.reason = fmt::format("number {} fits rows {}", item.number, fmt::join(lines, ", "));
        return f;
      }
      f.reason = fmt::format("no register row numbered {}", item.number);
    } else {
      f.reason = item.number.empty() ? "the letter names no item number" : fmt::format("\"{}\" is not an item number", item.number);
    }
    if (item.title_core.empty()) return f;
    const auto best = title_match(item);
    if (best.row < 0) {
      f.reason += "; no register title is close to its title";
      return f;
    }
    return best;
  }

 private:
  // The row whose title is closest to `core`, over the rows sharing any bigram with it: the
  // shared counts come from an inverted index, so the cost follows the postings touched, not
  // the number of rows (the index is built on first use: most letters are matched by number).
  Found title_match(const LetterItem& item) {
    if (!m_title_index_built) build_title_index();
    const std::vector<std::uint64_t> grams = distinct_bigrams(item.title_core);
    m_touched.clear();
    for (const auto g : grams)
      if (auto it = m_by_bigram.find(g); it != m_by_bigram.end())
        for (const int r : it->second)
          if (m_shared[static_cast<std::size_t>(r)]++ == 0) m_touched.push_back(r);
    Pick pick;
    for (const int r : m_touched) {
      const auto k = static_cast<std::size_t>(r);
      const double s = 2.0 * m_shared[k] / static_cast<double>(grams.size() + m_row_grams[k]);
      m_shared[k] = 0;
      // Below this a row can be neither the match nor a runner-up close enough to matter.
      if (s >= k_title_threshold - k_title_margin && agrees(r, item)) pick.add(r, s);
    }
    return pick.result();
  }

  // Among rows sharing a number, the one whose title is closest.
  Found title_match(const std::string& core, const std::vector<int>& rows) {
    if (!m_title_index_built) build_title_index();
    Pick pick;
    for (const int r : rows) pick.add(r, title_similarity(core, m_cores[static_cast<std::size_t>(r)]));
    return pick.result();
  }

  // A match must be close, and clearly closer than the runner-up (so a tie is no match).
  struct Pick {
    Found best, second;
    void add(int r, double s) {
      if (s > best.similarity) second = best, best = Found{r, MatchBy::title, s, ""};
      else if (s > second.similarity) second = Found{r, MatchBy::title, s, ""};
    }
    Found result() const {
      if (best.similarity < k_title_threshold || second.similarity > best.similarity - k_title_margin) return Found{};
      return best;
    }
  };

  // A 提案 letter never answers a 建议 row, nor a letter of one session a row of another.
  bool agrees(int r, const LetterItem& item) const {
    const std::string& kind = m_kinds[static_cast<std::size_t>(r)];
    return (kind.empty() || item.kind.empty() || kind == item.kind) &&
           sessions_agree(m_sessions[static_cast<std::size_t>(r)], item.session);
  }

  // Each pair of adjacent code points once, as one number (title_similarity's sets).
  static std::vector<std::uint64_t> distinct_bigrams(std::string_view core) {
    std::vector<std::uint64_t> out;
    char32_t prev = 0;
    for (std::size_t i = 0; i < core.size();) {
      int len = 1;
      const char32_t c = text::utf8::decode(core, i, len);
      if (i > 0) out.push_back((std::uint64_t{prev} << 32) | c);
      prev = c;
      i += static_cast<std::size_t>(len);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  void build_title_index() {
    m_title_index_built = true;
    m_shared.assign(m_reg.rows.size(), 0);
    for (std::size_t i = 0; i < m_reg.rows.size(); ++i) {
      m_cores.push_back(title_core(m_reg.rows[i].title));
      const auto grams = distinct_bigrams(m_cores.back());
      m_row_grams.push_back(grams.size());
      for (const auto g : grams) m_by_bigram[g].push_back(static_cast<int>(i));
    }
  }

  const Register& m_reg;
  std::unordered_map<std::string, std::vector<int>> m_by_serial;
  std::vector<SessionKey> m_sessions;  // of each row, parsed once
  std::vector<std::string> m_kinds;     // 建议 | 提案 | 议案 | "" of each row
  bool m_title_index_built = false;
  std::vector<std::string> m_cores;
  std::unordered_map<std::uint64_t, std::vector<int>> m_by_bigram;
  std::vector<std::size_t> m_row_grams;  // distinct bigrams of each row's title
  std::vector<std::uint32_t> m_shared;   // scratch: bigrams each row shares with the query
  std::vector<int> m_touched;            // scratch: rows with a shared bigram
};

// Sort key within a status: most urgent first.
int urgency(const RowStatus& s) {
  switch (s.status) {
    case Status::overdue:
    case Status::replied_late: return -s.days.value_or(0);
    case Status::due_soon: return s.days.value_or(0);
    case Status::pending: return static_cast<int>(s.due.time_since_epoch().count());
    case Status::replied: return 0;
  }
  return 0;
}

}  // namespace

Report evaluate(Register reg, std::vector<Letter> letters, const Profile& profile, const HolidayCalendar& cal,
                Day as_of, int soon, Problems& problems) {
  Report rep;
  rep.as_of = as_of;
  rep.soon = soon;
  rep.profile = profile.name;
  rep.reg = std::move(reg);
  rep.letters = std::move(letters);
  const auto& rows = rep.reg.rows;

  // Letters to rows.
  struct Claim {
    int letter;
    MatchBy by;
    double similarity;
  };
  std::vector<std::vector<Claim>> replies(rows.size());
  std::vector<std::vector<CoOpinion>> co(rows.size());
  Matcher matcher(rep.reg);
  for (std::size_t li = 0; li < rep.letters.size(); ++li) {
    const Letter& letter = rep.letters[li];
    for (const auto& item : letter.items) {
      const auto found = matcher.find(item);
      if (found.row < 0) {
        rep.unmatched.push_back({static_cast<int>(li), item.number, item.title.empty() ? letter.title : item.title, found.reason});
        continue;
      }
      const auto r = static_cast<std::size_t>(found.row);
      std::string unit;
      if (is_co_opinion(rows[r], letter, &unit)) co[r].push_back({unit, static_cast<int>(li)});
      else replies[r].push_back({static_cast<int>(li), found.by, found.similarity});
    }
    if (letter.items.empty())
      rep.unmatched.push_back({static_cast<int>(li), "", letter.title, "the letter names no item and has no title"});
  }

  // Statuses.
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const Row& row = rows[r];
    const Deadline d = deadline_of(row, profile, cal, rep.reg.path, problems);
    if (!d.ok) continue;
    RowStatus s;
    s.row = static_cast<int>(r);
    s.start = d.start;
    s.base_due = d.base;
    s.due = d.due;
    s.extended = d.extended;
    s.due_rule = d.rule;
    s.co_due = d.co_due;
    s.co_opinions = co[r];
    // The reply: matched by number before title, dated by --as-of, earliest first.
    auto& claims = replies[r];
    std::stable_sort(claims.begin(), claims.end(), [&](const Claim& a, const Claim& b) {
      const auto& da = rep.letters[static_cast<std::size_t>(a.letter)].signed_date;
      const auto& db = rep.letters[static_cast<std::size_t>(b.letter)].signed_date;
      if (a.by != b.by) return a.by == MatchBy::number;
      return da && (!db || *da < *db);
    });
    for (const auto& c : claims) {
      const auto& signed_date = rep.letters[static_cast<std::size_t>(c.letter)].signed_date;
      if (s.reply < 0 && (!signed_date || *signed_date <= as_of)) {
        s.reply = c.letter;
        s.match = c.by;
        s.similarity = c.similarity;
      } else {
        s.other_letters.push_back(c.letter);
      }
    }
    if (s.reply >= 0) {
      const Letter& letter = rep.letters[static_cast<std::size_t>(s.reply)];
      if (!letter.signed_date) {
        s.status = Status::replied;
        problems.warning(letter.path, 0, "no-signed-date",
                         fmt::format("the reply to row {} has no date; it is counted as on time", row.line));
      } else if (*letter.signed_date <= s.due) {
        s.status = Status::replied;
      } else {
        s.status = Status::replied_late;
        s.days = days_between(s.due, *letter.signed_date);
      }
    } else if (as_of > s.due) {
      s.status = Status::overdue;
      s.days = days_between(s.due, as_of);
    } else if (days_between(as_of, s.due) <= soon) {
      s.status = Status::due_soon;
      s.days = days_between(as_of, s.due);
    } else {
      s.status = Status::pending;
    }
    rep.rows.push_back(std::move(s));
  }
  std::stable_sort(rep.rows.begin(), rep.rows.end(), [](const RowStatus& a, const RowStatus& b) {
    if (a.status != b.status) return a.status < b.status;
    return urgency(a) < urgency(b);
  });

  // Per unit, and in all.
  std::map<std::string, UnitSummary> units;
  for (const auto& s : rep.rows) {
    const auto k = static_cast<std::size_t>(s.status);
    ++rep.totals[k];
    for (const auto& u : rows[static_cast<std::size_t>(s.row)].leads) {
      auto& summary = units[u];
      summary.unit = u;
      ++summary.counts[k];
    }
  }
  for (auto& [name, u] : units) {
    const int done = u.counts[static_cast<std::size_t>(Status::replied)];
    const int judged = done + u.counts[static_cast<std::size_t>(Status::replied_late)] +
                       u.counts[static_cast<std::size_t>(Status::overdue)];
    if (judged > 0) u.on_time = static_cast<double>(done) / judged;
    rep.units.push_back(u);
  }
  std::stable_sort(rep.units.begin(), rep.units.end(), [](const UnitSummary& a, const UnitSummary& b) {
    const auto overdue = static_cast<std::size_t>(Status::overdue), late = static_cast<std::size_t>(Status::replied_late);
    if (a.counts[overdue] != b.counts[overdue]) return a.counts[overdue] > b.counts[overdue];
    return a.counts[late] > b.counts[late];
  });
  return rep;
}

}  // namespace gongwen::due
