// The extraction pipeline: layout first, then each field family in an order where later
// extractors may read what earlier ones found (proposals read proposers; kind reads all).
#include "extract/run.h"

#include "extract/extract.h"

namespace gongwen::extract {

void run(const Document& doc, Record& rec) {
  const Layout layout = find_layout(doc);
  using Step = void (*)(const Document&, const Layout&, Record&);
  static constexpr Step k_steps[] = {
      extract_title,      extract_doc_numbers, extract_parties,     extract_proposals,
      extract_assignment, extract_labels,      extract_contacts,    extract_attachments,
      extract_dates,      extract_kind,        extract_commitments, extract_units,
  };
  for (Step step : k_steps) step(doc, layout, rec);
}

}  // namespace gongwen::extract
