#include "catalog/query.h"

#include <sqlite3.h>

#include <algorithm>

#include "search/fields.h"
#include "text/utf8.h"

namespace gongwen::catalog {
namespace {

std::vector<std::string> chars_of(std::string_view s) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < s.size();) {
    int len = 1;
    text::utf8::decode(s, i, len);
    out.emplace_back(s.substr(i, static_cast<std::size_t>(len)));
    i += static_cast<std::size_t>(len);
  }
  return out;
}

std::string quoted(std::string_view term) {
  std::string out = "\"";
  for (char c : term) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// The index folds case itself, for every script; the vocabulary we range over is folded too,
// so a two-character string is looked up only when lowering ASCII is all it needs.
bool lowered_for_vocab(std::string& s) {
  for (std::size_t i = 0; i < s.size();) {
    int len = 1;
    const char32_t c = text::utf8::decode(s, i, len);
    if (c >= 'A' && c <= 'Z') s[i] = static_cast<char>(s[i] - 'A' + 'a');
    else if (c >= 0x80 && c < 0x2E80) return false;  // Latin, Greek, Cyrillic …: case we cannot mirror
    i += static_cast<std::size_t>(len);
  }
  return true;
}

enum class Term { expr, unindexable, impossible };

Term string_expression(Db& db, std::string_view s, std::string_view vocab, std::string& out) {
  const auto cs = chars_of(s);
  if (cs.size() >= 3) {
    out = "(" + trigram_and(s) + ")";
    return Term::expr;
  }
  if (cs.size() != 2) return Term::unindexable;
  std::string prefix(s);
  if (!lowered_for_vocab(prefix)) return Term::unindexable;
  Stmt q = db.prepare("SELECT term FROM " + std::string(vocab) + " WHERE term >= ?1 AND term <= ?1 || char(1114111)");
  q.bind(1, prefix);
  std::vector<std::string> terms;
  while (q.step()) {
    if (terms.size() >= k_max_expansion) return Term::unindexable;
    terms.push_back(quoted(q.text(0)));
  }
  if (terms.empty()) return Term::impossible;
  out = "(";
  for (std::size_t i = 0; i < terms.size(); ++i) out += (i ? " OR " : "") + terms[i];
  out += ")";
  return Term::expr;
}

void sql_fold(sqlite3_context* ctx, int, sqlite3_value** argv) {
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return sqlite3_result_null(ctx);
  const auto* p = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
  const std::string f = search::folded(std::string_view(p, static_cast<std::size_t>(sqlite3_value_bytes(argv[0]))));
  sqlite3_result_text(ctx, f.data(), static_cast<int>(f.size()), SQLITE_TRANSIENT);
}

void sql_unit(sqlite3_context* ctx, int, sqlite3_value** argv) {
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return sqlite3_result_null(ctx);
  const auto* p = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
  const std::string f = search::unit_key(std::string_view(p, static_cast<std::size_t>(sqlite3_value_bytes(argv[0]))));
  sqlite3_result_text(ctx, f.data(), static_cast<int>(f.size()), SQLITE_TRANSIENT);
}

void register_functions(Db& db) {
  // The same folding as search, inside SQL: a filter too short for the index stays exact.
  constexpr int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
  sqlite3_create_function_v2(db.handle(), "gw_fold", 1, flags, nullptr, sql_fold, nullptr, nullptr, nullptr);
  sqlite3_create_function_v2(db.handle(), "gw_unit", 1, flags, nullptr, sql_unit, nullptr, nullptr, nullptr);
}

}  // namespace

std::string trigram_and(std::string_view s) {
  const auto cs = chars_of(s);
  if (cs.size() < 3) return {};
  const std::size_t n = cs.size() - 2;
  // A few well-spread trigrams select as well as all of them, and each one costs a doclist.
  constexpr std::size_t k_max_terms = 12;
  std::vector<std::size_t> picks;
  for (std::size_t k = 0; k < std::min(n, k_max_terms); ++k)
    picks.push_back(n <= k_max_terms ? k : k * (n - 1) / (k_max_terms - 1));
  std::string out;
  for (std::size_t k = 0; k < picks.size(); ++k) {
    const std::size_t i = picks[k];
    out += (k ? " AND " : "") + quoted(cs[i] + cs[i + 1] + cs[i + 2]);
  }
  return out;
}

std::string fts_expression(Db& db, const search::Matcher& m, std::string_view vocab, bool& impossible) {
  std::string all;
  for (const auto& group : m.required()) {
    std::string g;
    bool indexable = true, any = false;
    for (const auto& s : group) {
      std::string e;
      const Term t = string_expression(db, s, vocab, e);
      if (t == Term::unindexable) indexable = false;
      if (t != Term::expr) continue;
      g += (any ? " OR " : "") + e;
      any = true;
    }
    if (!indexable) continue;
    if (!any) {
      impossible = true;
      return {};
    }
    all += (all.empty() ? "" : " AND ") + ("(" + g + ")");
  }
  return all;
}

void for_each_candidate(Db& db, const search::Matcher& m, grep::Field in, const search::PreparedFilters& f,
                        const std::function<void(Candidate&&)>& each) {
  register_functions(db);
  std::vector<std::string> where, binds, field_terms;
  bool impossible = false;
  bool indexed = false;
  if (in == grep::Field::text) {
    const std::string e = fts_expression(db, m, "text_vocab", impossible);
    if (!e.empty()) {
      where.push_back("d.id IN (SELECT rowid FROM text_fts WHERE text_fts MATCH ?)");
      binds.push_back(e);
    }
  } else {
    const std::string e = fts_expression(db, m, "fields_vocab", impossible);
    if (!e.empty()) field_terms.push_back("{" + std::string(grep::to_string(in)) + "} : (" + e + ")");
  }
  if (impossible) return;
  const grep::Filters& r = f.raw;
  if (!f.unit.empty()) {
    if (const std::string e = trigram_and(f.unit); !e.empty()) {
      field_terms.push_back("{bound} : (" + e + ")");
    } else {
      where.push_back("(EXISTS (SELECT 1 FROM units u WHERE u.doc = d.id AND u.role IN ('issuer','signer','lead','co') "
                      "AND instr(gw_unit(u.name), ?)) OR EXISTS (SELECT 1 FROM commitments c WHERE c.doc = d.id "
                      "AND instr(gw_unit(c.unit), ?)))");
      binds.push_back(f.unit);
      binds.push_back(f.unit);
    }
  }
  if (!f.session.empty()) {
    if (const std::string e = trigram_and(f.session); !e.empty()) {
      field_terms.push_back("{proposals} : (" + e + ")");
    } else {
      where.push_back("EXISTS (SELECT 1 FROM proposals p WHERE p.doc = d.id AND instr(gw_fold(p.session), ?))");
      binds.push_back(f.session);
    }
  }
  if (!field_terms.empty()) {
    std::string e;
    for (const auto& t : field_terms) e += (e.empty() ? "" : " AND ") + t;
    where.push_back("d.id IN (SELECT rowid FROM fields_fts WHERE fields_fts MATCH ?)");
    binds.push_back(e);
  }
  for (const auto& w : where) indexed = indexed || w.find("MATCH") != std::string::npos;
  if (!f.proposer.empty()) {
    where.push_back("EXISTS (SELECT 1 FROM proposers p WHERE p.doc = d.id AND instr(gw_fold(p.name), ?))");
    binds.push_back(f.proposer);
  }
  const std::pair<const std::string*, const char*> simple[] = {{&r.kind, "d.kind = ?"},
                                                               {&r.result, "d.result_code = ?"},
                                                               {&r.signed_after, "d.signed_date >= ?"},
                                                               {&r.signed_before, "d.signed_date <= ?"}};
  for (const auto& [value, sql] : simple) {
    if (value->empty()) continue;
    where.push_back(sql);
    binds.push_back(*value);
  }
  if (!r.due_after.empty() || !r.due_before.empty()) {
    std::string sql = "EXISTS (SELECT 1 FROM commitments c WHERE c.doc = d.id";
    if (!r.due_after.empty()) {
      sql += " AND c.due >= ?";
      binds.push_back(r.due_after);
    }
    if (!r.due_before.empty()) {
      sql += " AND c.due <= ?";
      binds.push_back(r.due_before);
    }
    where.push_back(sql + ")");
  }
  std::string sql = "SELECT d.id, d.path FROM documents d";
  for (std::size_t i = 0; i < where.size(); ++i) sql += (i ? " AND " : " WHERE ") + where[i];
  // Without an index, the path index gives the order for free; with one, the candidates are
  // few and sorting them beats walking every path.
  if (!indexed) sql += " ORDER BY d.path";
  Stmt q = db.prepare(sql);
  for (std::size_t i = 0; i < binds.size(); ++i) q.bind(static_cast<int>(i) + 1, binds[i]);
  if (!indexed) {
    while (q.step()) each(Candidate{q.int64(0), q.str(1)});
    return;
  }
  std::vector<Candidate> found;
  while (q.step()) found.push_back({q.int64(0), q.str(1)});
  std::sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) { return a.path < b.path; });
  for (auto& c : found) each(std::move(c));
}

}  // namespace gongwen::catalog
