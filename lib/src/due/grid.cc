#include "due/grid.h"

#include <fmt/format.h>

namespace gongwen::due {
namespace {

Cell day(Day d) { return Cell::of(iso(d)); }
Cell day(const std::optional<Day>& d) { return d ? day(*d) : Cell{}; }
Cell num(int n) { return Cell::of(static_cast<long long>(n)); }

const Letter* letter_at(const Report& rep, int i) { return i < 0 ? nullptr : &rep.letters[static_cast<std::size_t>(i)]; }

std::vector<std::string> letter_paths(const Report& rep, const std::vector<int>& idx) {
  std::vector<std::string> out;
  for (const int i : idx) out.push_back(rep.letters[static_cast<std::size_t>(i)].path);
  return out;
}

}  // namespace

std::string cell_text(const Cell& c) {
  switch (c.kind) {
    case Cell::Kind::null: return "";
    case Cell::Kind::text: return c.text;
    case Cell::Kind::integer: return std::to_string(c.integer);
    case Cell::Kind::percent: return fmt::format("{:.1f}%", c.percent * 100);
    case Cell::Kind::list: return fmt::format("{}", fmt::join(c.list, "、"));
  }
  return "";
}

std::vector<Grid> report_grids(const Report& rep) {
  Grid statuses{.sheet = "statuses", .type = "row", .columns = {"status", "days", "row", "number", "class", "title", "proposers", "lead", "co", "session", "assigned",
                 "due", "base_due", "due_rule", "extended_to", "co_due", "signed_date", "result_code", "match",
                 "similarity", "letter", "other_letters", "co_opinions"}};
  statuses.count = rep.rows.size();
  statuses.make = [&rep](std::size_t i) -> std::vector<Cell> {
    const RowStatus& s = rep.rows[i];
    const Row& row = rep.reg.rows[static_cast<std::size_t>(s.row)];
    const Letter* reply = letter_at(rep, s.reply);
    std::vector<std::string> co_opinions;
    for (const auto& c : s.co_opinions) {
      const Letter& l = rep.letters[static_cast<std::size_t>(c.letter)];
      co_opinions.push_back(fmt::format("{} {} {}", c.unit, l.signed_date ? iso(*l.signed_date) : "undated", l.path));
    }
    return {
        Cell::of(std::string(status_name(s.status))),
        s.days ? num(*s.days) : Cell{},
        num(row.line),
        Cell::of(row.number),
        row.cls.empty() ? Cell{} : Cell::of(row.cls),
        Cell::of(row.title),
        Cell::of(row.proposers),
        Cell::of(row.leads),
        Cell::of(row.cos),
        row.session.empty() ? Cell{} : Cell::of(row.session),
        day(row.assigned),
        day(s.due),
        day(s.base_due),
        Cell::of(s.due_rule),
        day(row.extended),
        day(s.co_due),
        reply ? day(reply->signed_date) : Cell{},
        reply && !reply->result_code.empty() ? Cell::of(reply->result_code) : Cell{},
        s.match == MatchBy::none ? Cell{} : Cell::of(std::string(k_match_names[static_cast<std::size_t>(s.match)])),
        s.match == MatchBy::title ? Cell::of_percent(s.similarity) : Cell{},
        reply ? Cell::of(reply->path) : Cell{},
        Cell::of(letter_paths(rep, s.other_letters)),
        Cell::of(co_opinions),
    };
  };

  Grid unmatched{.sheet = "unmatched letters", .type = "unmatched", .columns = {"letter", "number", "title", "signed_date", "reason"}};
  for (const auto& u : rep.unmatched) {
    const Letter& l = rep.letters[static_cast<std::size_t>(u.letter)];
    unmatched.rows.push_back({Cell::of(l.path), u.number.empty() ? Cell{} : Cell::of(u.number), Cell::of(u.title),
                              day(l.signed_date), Cell::of(u.reason)});
  }

  Grid units{.sheet = "units", .type = "unit", .columns = {"unit"}};
  for (const auto name : k_status_names) units.columns.emplace_back(name);
  units.columns.insert(units.columns.end(), {"total", "on_time"});
  auto unit_row = [](const std::string& name, const std::array<int, 5>& counts, std::optional<double> on_time) {
    std::vector<Cell> r{Cell::of(name)};
    int total = 0;
    for (const int n : counts) r.push_back(num(n)), total += n;
    r.push_back(num(total));
    r.push_back(on_time ? Cell::of_percent(*on_time) : Cell{});
    return r;
  };
  for (const auto& u : rep.units) units.rows.push_back(unit_row(u.unit, u.counts, u.on_time));

  Grid about{.sheet = "report", .type = "report", .columns = {"key", "value"}, .key_value = true};
  auto kv = [&](std::string k, Cell v) { about.rows.push_back({Cell::of(std::move(k)), std::move(v)}); };
  kv("as_of", day(rep.as_of));
  kv("soon", num(rep.soon));
  kv("profile", Cell::of(rep.profile));
  kv("register", Cell::of(rep.reg.path));
  kv("register_rows", num(static_cast<int>(rep.reg.rows.size())));
  kv("documents", num(rep.documents));
  kv("letters", num(static_cast<int>(rep.letters.size())));
  kv("unmatched", num(static_cast<int>(rep.unmatched.size())));
  for (std::size_t k = 0; k < k_status_names.size(); ++k) kv(std::string(k_status_names[k]), num(rep.totals[k]));
  return {statuses, unmatched, units, about};
}

std::vector<Grid> followup_grids(const FollowUp& f) {
  Grid items{.sheet = "commitments", .type = "commitment", .columns = {"unit", "status", "days", "due", "due_text", "file", "line", "col", "modality", "text"}};
  items.count = f.items.size();
  items.make = [&f](std::size_t k) -> std::vector<Cell> {
    const FollowUpItem& i = f.items[k];
    return {i.unit.empty() ? Cell{} : Cell::of(i.unit), Cell::of(std::string(status_name(i.status))), num(i.days),
            day(i.due), Cell::of(i.due_text), Cell::of(i.path), num(i.at.line), num(i.at.col),
            i.modality.empty() ? Cell{} : Cell::of(i.modality), Cell::of(i.text)};
  };
  Grid about{.sheet = "report", .type = "report", .columns = {"key", "value"}, .key_value = true};
  auto kv = [&](std::string k, Cell v) { about.rows.push_back({Cell::of(std::move(k)), std::move(v)}); };
  kv("as_of", day(f.as_of));
  kv("soon", num(f.soon));
  kv("documents", num(f.documents));
  kv("skipped", num(f.skipped));
  kv("listed", num(static_cast<int>(f.items.size())));
  kv("overdue", num(f.overdue()));
  kv("later", num(f.later));
  kv("undated", num(f.undated));
  return {items, about};
}

}  // namespace gongwen::due
