// The rule catalog: every rule in the order --list-rules, docs/rules.md and SARIF show them.
// Adding a rule is one file under rules/ and one row here.
#include "lint/rules/rules.h"

namespace gongwen::lint {

const std::vector<const Rule*>& catalog() {
  static const std::vector<const Rule*> all = {
      &rules::missing_element(),       &rules::doc_number_format(),
      &rules::date_format(),           &rules::invalid_date(),
      &rules::missing_year(),          &rules::date_inconsistent(),
      &rules::proposal_number_mismatch(), &rules::misspelled_term(),
      &rules::personal_data(),         &rules::page_break_split(),
      &rules::ocr_garbage(),           &rules::injected_text(),
      &rules::halfwidth_punctuation(), &rules::markup_residue(),
      &rules::unbalanced_pair(),       &rules::result_code_invalid(),
      &rules::attachment_mismatch(),   &rules::duplicate_document(),
      &rules::conflicting_reply(),
  };
  return all;
}

std::optional<std::size_t> rule_index(std::string_view name) {
  const auto& all = catalog();
  for (std::size_t k = 0; k < all.size(); ++k)
    if (all[k]->info.name == name) return k;
  return std::nullopt;
}

std::vector<RuleInfo> all_rules() {
  std::vector<RuleInfo> out;
  for (const Rule* r : catalog()) out.push_back(r->info);
  return out;
}

}  // namespace gongwen::lint
