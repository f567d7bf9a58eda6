#include "search/filters.h"

#include <array>
#include <utility>

#include "search/fields.h"

namespace gongwen::grep {

namespace {
constexpr std::array<std::pair<std::string_view, Field>, 5> k_fields{{{"text", Field::text},
                                                                      {"titles", Field::titles},
                                                                      {"commitments", Field::commitments},
                                                                      {"units", Field::units},
                                                                      {"proposals", Field::proposals}}};

bool digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}
}  // namespace

std::optional<Field> parse_field(std::string_view s) {
  for (const auto& [name, f] : k_fields)
    if (name == s) return f;
  return std::nullopt;
}

std::string_view to_string(Field f) {
  for (const auto& [name, g] : k_fields)
    if (g == f) return name;
  return "text";
}

bool Filters::any() const {
  for (const std::string* s : {&kind, &unit, &due_before, &due_after, &signed_before, &signed_after,
                               &result, &session, &proposer})
    if (!s->empty()) return true;
  return false;
}

std::optional<std::string> parse_date_bound(std::string_view s, bool last) {
  // Lexical bounds are enough: record dates are YYYY-MM-DD, and YYYY-MM-31 sorts after every
  // day of the month YYYY-MM.
  auto month_ok = [](std::string_view m) { return digits(m) && m.size() == 2 && m >= "01" && m <= "12"; };
  auto day_ok = [](std::string_view d) { return digits(d) && d.size() == 2 && d >= "01" && d <= "31"; };
  if (s.size() < 4 || !digits(s.substr(0, 4))) return std::nullopt;
  const std::string year(s.substr(0, 4));
  if (s.size() == 4) return year + (last ? "-12-31" : "-01-01");
  if (s.size() == 7 && s[4] == '-' && month_ok(s.substr(5, 2)))
    return std::string(s) + (last ? "-31" : "-01");
  if (s.size() == 10 && s[4] == '-' && s[7] == '-' && month_ok(s.substr(5, 2)) && day_ok(s.substr(8, 2)))
    return std::string(s);
  return std::nullopt;
}

}  // namespace gongwen::grep

namespace gongwen::search {
namespace {

bool contains(std::string_view hay, std::string_view needle) { return hay.find(needle) != std::string_view::npos; }

bool in_range(const std::optional<std::string>& d, const std::string& after, const std::string& before) {
  if (after.empty() && before.empty()) return true;
  if (!d) return false;
  return (after.empty() || *d >= after) && (before.empty() || *d <= before);
}

bool signer_matches(const Record& rec, const std::string& unit) {
  for (const auto* list : {&rec.signers, &rec.issuers})
    for (const auto& name : *list)
      if (contains(unit_key(name), unit)) return true;
  return false;
}

}  // namespace

PreparedFilters prepare(const grep::Filters& f) {
  PreparedFilters p;
  p.raw = f;
  if (!f.unit.empty()) p.unit = unit_key(f.unit);
  if (!f.session.empty()) p.session = folded(f.session);
  if (!f.proposer.empty()) p.proposer = folded(f.proposer);
  return p;
}

bool document_passes(const Record& rec, const PreparedFilters& f) {
  const grep::Filters& r = f.raw;
  if (!r.kind.empty() && rec.kind != r.kind) return false;
  if (!r.result.empty() && rec.result_code != r.result) return false;
  if (!in_range(rec.signed_date, r.signed_after, r.signed_before)) return false;
  if (!r.due_after.empty() || !r.due_before.empty()) {
    bool any = false;
    for (const auto& c : rec.commitments) any = any || in_range(c.due, r.due_after, r.due_before);
    if (!any) return false;
  }
  if (!f.unit.empty()) {
    bool any = false;
    for (const auto& u : bound_units(rec)) any = any || contains(u, f.unit);
    if (!any) return false;
  }
  if (!f.session.empty()) {
    bool any = false;
    for (const auto& p : rec.proposals) any = any || (p.session && contains(folded(p.session->text), f.session));
    if (!any) return false;
  }
  if (!f.proposer.empty()) {
    bool any = false;
    for (const auto& p : rec.proposers) any = any || contains(folded(p.name), f.proposer);
    if (!any) return false;
  }
  return true;
}

bool commitment_passes(const Record& rec, const Commitment& c, const PreparedFilters& f) {
  if (!in_range(c.due, f.raw.due_after, f.raw.due_before)) return false;
  if (f.unit.empty()) return true;
  return c.unit ? contains(unit_key(*c.unit), f.unit) : signer_matches(rec, f.unit);
}

}  // namespace gongwen::search
