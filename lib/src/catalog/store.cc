#include "catalog/store.h"

#include <chrono>
#include <ctime>
#include <nlohmann/json.hpp>

#include "document.h"
#include "gongwen/ingest.h"
#include "gongwen/json.h"

namespace gongwen::catalog {
namespace {

// Child tables, each keyed by (doc, …): a document's rows go with one range delete.
constexpr const char* k_child_tables[] = {"doc_numbers", "proposals",   "proposers",    "units",
                                          "dates",       "commitments", "lint_findings"};

std::string utc_now() {
  const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string quantities_json(const Commitment& c) {
  nlohmann::ordered_json a = nlohmann::ordered_json::array();
  for (const auto& q : c.quantities) a.push_back({{"text", q.text}, {"value", q.value}, {"unit", q.unit}});
  return a.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::optional<std::int64_t> line_of(const Loc& at) {
  return at.line > 0 ? std::optional<std::int64_t>(at.line) : std::nullopt;
}
std::optional<std::int64_t> col_of(const Loc& at) {
  return at.line > 0 ? std::optional<std::int64_t>(at.col) : std::nullopt;
}
std::optional<std::int64_t> opt64(const std::optional<int>& v) {
  return v ? std::optional<std::int64_t>(*v) : std::nullopt;
}

}  // namespace

IndexRow index_row_from(std::string_view source, std::string_view record_json) {
  std::string error;
  const auto rec = record_from_json(record_json, &error);
  if (!rec) throw Error("a stored record does not parse: " + error);
  const Document doc{std::string(source)};
  return index_row(doc.text(), *rec);
}

Store::Store(Db& db)
    : m_db(db),
      m_find(db.prepare("SELECT id, sha256, version FROM documents WHERE path = ?")),
      m_doc(db.prepare("INSERT INTO documents(path, sha256, version, kind, title, title_line, title_col, doc_number, "
                       "signed_date, result_code, disclosure, format, encoding, bytes, ingested_at) "
                       "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")),
      m_record(db.prepare("INSERT INTO records(doc, json) VALUES(?,?)")),
      m_text(db.prepare("INSERT INTO texts(doc, source) VALUES(?,?)")),
      m_number(db.prepare("INSERT INTO doc_numbers VALUES(?,?,?,?,?,?,?,?,?)")),
      m_proposal(db.prepare("INSERT INTO proposals VALUES(?,?,?,?,?,?,?,?,?,?,?,?)")),
      m_proposer(db.prepare("INSERT INTO proposers VALUES(?,?,?,?,?,?)")),
      m_unit(db.prepare("INSERT INTO units VALUES(?,?,?,?,?,?)")),
      m_date(db.prepare("INSERT INTO dates VALUES(?,?,?,?,?,?,?,?,?)")),
      m_commitment(db.prepare("INSERT INTO commitments VALUES(?,?,?,?,?,?,?,?,?,?,?,?)")),
      m_finding(db.prepare("INSERT INTO lint_findings VALUES(?,?,?,?,?,?,?,?,?,?)")),
      m_text_fts(db.prepare("INSERT INTO text_fts(rowid, text) VALUES(?,?)")),
      m_fields_fts(db.prepare("INSERT INTO fields_fts(rowid, titles, commitments, units, proposals, bound) "
                              "VALUES(?,?,?,?,?,?)")),
      m_text_fts_delete(db.prepare("INSERT INTO text_fts(text_fts, rowid, text) VALUES('delete',?,?)")),
      m_fields_fts_delete(db.prepare("INSERT INTO fields_fts(fields_fts, rowid, titles, commitments, units, "
                                     "proposals, bound) VALUES('delete',?,?,?,?,?,?)")),
      m_load(db.prepare("SELECT t.source, r.json FROM texts t JOIN records r ON r.doc = t.doc WHERE t.doc = ?")) {
  for (const char* table : k_child_tables)
    m_deletes.push_back(db.prepare(std::string("DELETE FROM ") + table + " WHERE doc = ?"));
  m_deletes.push_back(db.prepare("DELETE FROM records WHERE doc = ?"));
  m_deletes.push_back(db.prepare("DELETE FROM texts WHERE doc = ?"));
  m_deletes.push_back(db.prepare("DELETE FROM documents WHERE id = ?"));
}

std::optional<Existing> Store::find(const std::string& path) {
  m_find.bind(1, path);
  std::optional<Existing> e;
  if (m_find.step()) e = Existing{m_find.int64(0), m_find.str(1), m_find.str(2)};
  m_find.reset();
  return e;
}

std::int64_t Store::insert(const Prepared& p) {
  const Record& r = p.record;
  const std::string now = utc_now();
  m_doc.bind(1, p.path)
      .bind(2, p.sha256)
      .bind(3, build_id())
      .bind(4, r.kind)
      .bind(5, r.title)
      .bind(6, line_of(r.title_at))
      .bind(7, col_of(r.title_at))
      .bind(8, r.doc_numbers.empty() ? std::optional<std::string>() : r.doc_numbers.front().text)
      .bind(9, r.signed_date)
      .bind(10, r.result_code)
      .bind(11, r.disclosure)
      .bind(12, r.source.format)
      .bind(13, r.source.encoding)
      .bind(14, static_cast<std::int64_t>(r.source.bytes))
      .bind(15, now);
  m_doc.run();
  const std::int64_t id = m_db.last_insert_rowid();
  m_record.bind(1, id).bind(2, p.json).run();
  m_text.bind(1, id).bind(2, p.source).run();
  insert_children(id, r);
  insert_findings(id, p);
  index(id, p.index);
  return id;
}

void Store::index(std::int64_t id, const IndexRow& row) {
  m_text_fts.bind(1, id).bind(2, row.text).run();
  m_fields_fts.bind(1, id);
  for (std::size_t k = 0; k < row.fields.size(); ++k) m_fields_fts.bind(static_cast<int>(k) + 2, row.fields[k]);
  m_fields_fts.run();
}

void Store::insert_children(std::int64_t id, const Record& r) {
  for (int cited = 0; cited < 2; ++cited) {
    const auto& list = cited ? r.cited_doc_numbers : r.doc_numbers;
    for (std::size_t i = 0; i < list.size(); ++i) {
      const DocNumber& d = list[i];
      m_number.bind(1, id).bind(2, cited).bind(3, static_cast<std::int64_t>(i)).bind(4, d.text).bind(5, d.agency);
      m_number.bind(6, opt64(d.year)).bind(7, opt64(d.serial)).bind(8, line_of(d.at)).bind(9, col_of(d.at)).run();
    }
  }
  for (std::size_t i = 0; i < r.proposals.size(); ++i) {
    const Proposal& p = r.proposals[i];
    const Session* s = p.session ? &*p.session : nullptr;
    m_proposal.bind(1, id).bind(2, static_cast<std::int64_t>(i)).bind(3, p.number).bind(4, p.kind).bind(5, p.title);
    if (s) {
      m_proposal.bind(6, s->text).bind(7, s->body).bind(8, s->level).bind(9, opt64(s->term)).bind(10, opt64(s->meeting));
    }
    m_proposal.bind(11, line_of(p.at)).bind(12, col_of(p.at)).run();
  }
  for (std::size_t i = 0; i < r.proposers.size(); ++i) {
    const Person& p = r.proposers[i];
    m_proposer.bind(1, id).bind(2, static_cast<std::int64_t>(i)).bind(3, p.name).bind(4, p.role);
    m_proposer.bind(5, line_of(p.at)).bind(6, col_of(p.at)).run();
  }
  const std::pair<const char*, const std::vector<std::string>*> parties[] = {
      {"issuer", &r.issuers}, {"addressee", &r.addressees}, {"signer", &r.signers},
      {"lead", &r.assignment.lead}, {"co", &r.assignment.co}};
  for (const auto& [role, list] : parties)
    for (std::size_t i = 0; i < list->size(); ++i)
      m_unit.bind(1, id).bind(2, role).bind(3, static_cast<std::int64_t>(i)).bind(4, (*list)[i]).run();
  for (std::size_t i = 0; i < r.units.size(); ++i) {
    const Unit& u = r.units[i];
    m_unit.bind(1, id).bind(2, "mention").bind(3, static_cast<std::int64_t>(i)).bind(4, u.name);
    m_unit.bind(5, line_of(u.at)).bind(6, col_of(u.at)).run();
  }
  for (std::size_t i = 0; i < r.dates.size(); ++i) {
    const DateMention& d = r.dates[i];
    m_date.bind(1, id).bind(2, static_cast<std::int64_t>(i)).bind(3, d.text).bind(4, d.value).bind(5, d.end);
    m_date.bind(6, d.precision).bind(7, d.inferred_value).bind(8, line_of(d.at)).bind(9, col_of(d.at)).run();
  }
  for (std::size_t i = 0; i < r.commitments.size(); ++i) {
    const Commitment& c = r.commitments[i];
    const std::string q = quantities_json(c);
    m_commitment.bind(1, id).bind(2, static_cast<std::int64_t>(i)).bind(3, c.text).bind(4, c.due).bind(5, c.due_text);
    m_commitment.bind(6, c.unit).bind(7, c.modality).bind(8, c.recurring ? 1 : 0).bind(9, c.due_inferred ? 1 : 0);
    m_commitment.bind(10, q).bind(11, line_of(c.at)).bind(12, col_of(c.at)).run();
  }
}

void Store::remove(std::int64_t id, const IndexRow& old) {
  m_text_fts_delete.bind(1, id).bind(2, old.text).run();
  m_fields_fts_delete.bind(1, id);
  for (std::size_t k = 0; k < old.fields.size(); ++k)
    m_fields_fts_delete.bind(static_cast<int>(k) + 2, old.fields[k]);
  m_fields_fts_delete.run();
  for (Stmt& del : m_deletes) del.bind(1, id).run();
}

void Store::insert_findings(std::int64_t id, const Prepared& p) {
  for (std::size_t i = 0; i < p.findings.size(); ++i) {
    const lint::Finding& f = p.findings[i];
    m_finding.bind(1, id).bind(2, static_cast<std::int64_t>(i)).bind(3, f.rule).bind(4, lint::to_string(f.severity));
    m_finding.bind(5, f.message).bind(6, p.lint_as_of).bind(7, line_of(f.begin)).bind(8, col_of(f.begin));
    m_finding.bind(9, line_of(f.end)).bind(10, col_of(f.end)).run();
  }
}

IndexRow Store::stored_index_row(std::int64_t id) {
  m_load.bind(1, id);
  if (!m_load.step()) {
    m_load.reset();
    throw Error("document " + std::to_string(id) + " has no stored text or record");
  }
  IndexRow row = index_row_from(m_load.text(0), m_load.text(1));
  m_load.reset();
  return row;
}

}  // namespace gongwen::catalog
