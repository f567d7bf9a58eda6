#include "search/fields.h"

#include "extract/lexicon.h"
#include "text/fold.h"

namespace gongwen::search {

std::string folded(std::string_view s) { return text::fold(s).text; }

std::string unit_key(std::string_view name) { return extract::expand_unit_abbreviations(folded(name)); }

std::vector<FieldValue> field_values(const Record& rec, grep::Field field) {
  std::vector<FieldValue> out;
  switch (field) {
    case grep::Field::text:
      break;
    case grep::Field::titles:
      if (rec.title) out.push_back({*rec.title, rec.title_at});
      for (const auto& p : rec.proposals)
        if (p.title) out.push_back({*p.title, p.at});
      break;
    case grep::Field::commitments:
      for (std::size_t i = 0; i < rec.commitments.size(); ++i)
        out.push_back({rec.commitments[i].text, rec.commitments[i].at, static_cast<int>(i)});
      break;
    case grep::Field::units:
      for (const auto& u : rec.units) out.push_back({u.name, u.at});
      // The parties carry no position in the record; search finds them in the text.
      for (const auto* list : {&rec.issuers, &rec.addressees, &rec.signers, &rec.assignment.lead,
                               &rec.assignment.co})
        for (const auto& name : *list) out.push_back({name, {}});
      break;
    case grep::Field::proposals:
      // Read as the documents write it: 区政协五届二次会议第35号提案《关于…》.
      for (const auto& p : rec.proposals) {
        std::string v = p.session ? p.session->text : std::string();
        if (p.number) v += "第" + *p.number + "号";
        if (p.kind) v += *p.kind;
        if (p.title) v += "《" + *p.title + "》";
        if (!v.empty()) out.push_back({v, p.at});
      }
      break;
  }
  return out;
}

std::vector<std::string> bound_units(const Record& rec) {
  std::vector<std::string> out;
  for (const auto* list : {&rec.issuers, &rec.signers, &rec.assignment.lead, &rec.assignment.co})
    for (const auto& name : *list) out.push_back(unit_key(name));
  for (const auto& c : rec.commitments)
    if (c.unit) out.push_back(unit_key(*c.unit));
  return out;
}

}  // namespace gongwen::search
