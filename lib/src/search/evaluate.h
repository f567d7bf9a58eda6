// One document against a query: its hits at source positions. Files and the catalog both call
// this with the same Document and Record, so both modes report the same hits.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "document.h"
#include "gongwen/grep.h"
#include "gongwen/record.h"
#include "search/filters.h"
#include "search/matcher.h"
#include "text/fold.h"

namespace gongwen::search {

struct Hit {
  grep::Field field = grep::Field::text;
  Loc at;                            // text: the first match on the line; fields: the value
  std::string text;                  // the source line, or the field value
  std::vector<Span> spans;           // byte ranges of `text` to highlight
  std::vector<Loc> match_at;         // one per match
  std::vector<std::string> matched;  // one per match: the source text it covers
  int commitment = -1;               // index in record.commitments
};

struct ContextLine {
  int line = 0;
  std::string text;
};

struct DocResult {
  std::string path;
  std::vector<Hit> hits;
  std::vector<ContextLine> context;      // lines around text hits, hit lines excluded
  std::shared_ptr<const Record> record;  // when the query or the output needs it
  std::string record_json;               // canonical JSON of `record`
  std::optional<InputError> error;       // an input that could not be read
};

struct Query {
  const Matcher* matcher = nullptr;
  grep::Field in = grep::Field::text;
  PreparedFilters filters;
  bool filtered = false;  // filters.raw.any()
  int context = 0;
};

// Fills r.hits (and r.context) for one document. `rec` may be null only when the query has no
// filters and searches the text.
void evaluate(const Query& q, const Record* rec, const Document& doc, DocResult& r);

// The end, in `source`, of the folded text that ends at folded byte `end` (> 0).
std::size_t source_end(std::string_view source, const text::Folded& f, std::size_t end);

}  // namespace gongwen::search
