#include "due/followup.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace gongwen::due {

int FollowUp::overdue() const {
  return static_cast<int>(std::count_if(items.begin(), items.end(), [](const auto& i) { return i.status == Status::overdue; }));
}

void add_commitments(FollowUp& f, const Record& rec) {
  ++f.documents;
  // Articles and reports promise nothing on anyone's behalf.
  if (rec.kind != "reply" && rec.kind != "notice") {
    ++f.skipped;
    return;
  }
  for (const auto& c : rec.commitments) {
    const auto due = c.due ? parse_date(*c.due) : std::nullopt;
    if (!due) {
      ++f.undated;
      continue;
    }
    const int left = days_between(f.as_of, *due);
    if (left > f.soon) {
      ++f.later;
      continue;
    }
    FollowUpItem item;
    item.unit = c.unit.value_or("");
    item.status = left < 0 ? Status::overdue : Status::due_soon;
    item.days = left < 0 ? -left : left;
    item.due = *due;
    item.due_text = c.due_text.value_or("");
    item.path = rec.source.path;
    item.at = c.at;
    item.text = c.text;
    item.modality = c.modality.value_or("");
    f.items.push_back(std::move(item));
  }
}

void finish(FollowUp& f) {
  // Units in the order of their earliest due day; the unnamed group last.
  std::map<std::string, Day> first_due;
  for (const auto& i : f.items) {
    auto [it, fresh] = first_due.emplace(i.unit, i.due);
    if (!fresh && i.due < it->second) it->second = i.due;
  }
  std::stable_sort(f.items.begin(), f.items.end(), [&](const FollowUpItem& a, const FollowUpItem& b) {
    return std::tuple(a.unit.empty(), first_due[a.unit], a.unit, a.due, a.path, a.at.line, a.at.col) <
           std::tuple(b.unit.empty(), first_due[b.unit], b.unit, b.due, b.path, b.at.line, b.at.col);
  });
}

}  // namespace gongwen::due
