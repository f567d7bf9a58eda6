// Writing one document into the catalog and taking it out again: the documents row, the child
// tables, the stored text and record, and both search indexes. The caller holds the transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "catalog/index.h"
#include "catalog/sqlite.h"
#include "gongwen/lint.h"
#include "gongwen/record.h"

namespace gongwen::catalog {

// A document ready to store, made by an extraction worker.
struct Prepared {
  std::string path;    // normalised
  std::string sha256;  // of the raw bytes
  Record record;
  std::string json;    // to_json(record)
  std::string source;  // decoded text
  IndexRow index;
  std::vector<lint::Finding> findings;  // gw-lint's per-document rules
  std::string lint_as_of;               // the day they were run for
};

struct Existing {
  std::int64_t id = 0;
  std::string sha256;
  std::string version;
};

class Store {
 public:
  explicit Store(Db& db);

  std::optional<Existing> find(const std::string& path);
  std::int64_t insert(const Prepared& p);
  // Removes every trace of document `id`; `old` must be what was indexed for it.
  void remove(std::int64_t id, const IndexRow& old);
  // What is indexed for document `id`, recomputed from its stored text and record.
  IndexRow stored_index_row(std::int64_t id);
  // The search index rows only (for a rebuild after the folding changed).
  void index(std::int64_t id, const IndexRow& row);

 private:
  void insert_children(std::int64_t id, const Record& r);
  void insert_findings(std::int64_t id, const Prepared& p);

  Db& m_db;
  Stmt m_find, m_doc, m_record, m_text, m_number, m_proposal, m_proposer, m_unit, m_date, m_commitment,
      m_finding, m_text_fts, m_fields_fts, m_text_fts_delete, m_fields_fts_delete, m_load;
  std::vector<Stmt> m_deletes;  // one per table, keyed by the document's id
};

// Recomputes the index row of a stored document from its text and record JSON.
IndexRow index_row_from(std::string_view source, std::string_view record_json);

}  // namespace gongwen::catalog
