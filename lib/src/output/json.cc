// Records to JSON and back. nlohmann's ordered_json keeps the contract's key order.
#include "gongwen/json.h"

#include <nlohmann/json.hpp>

namespace gongwen {
namespace {

using J = nlohmann::ordered_json;

J loc(const Loc& l) { return J{{"line", l.line}, {"col", l.col}}; }
// Where a scalar field was read from: null when the field is.
J loc_of(bool present, const Loc& l) { return present && l.line > 0 ? loc(l) : J(nullptr); }
template <class T>
J opt(const std::optional<T>& v) {
  return v ? J(*v) : J(nullptr);
}
J strings(const std::vector<std::string>& v) {
  J a = J::array();
  for (const auto& s : v) a.push_back(s);
  return a;
}
J doc_number(const DocNumber& d) {
  return J{{"text", d.text}, {"agency", d.agency}, {"year", opt(d.year)}, {"serial", opt(d.serial)}, {"at", loc(d.at)}};
}
J source(const Source& s) {
  return J{{"path", s.path}, {"format", s.format}, {"encoding", s.encoding}, {"bytes", s.bytes}};
}

Loc loc_from(const J& j) {
  Loc l;
  if (j.is_object()) {
    l.line = j.value("line", 0);
    l.col = j.value("col", 0);
  }
  return l;
}
std::optional<std::string> ostr(const J& j, const char* k) {
  auto it = j.find(k);
  if (it == j.end() || it->is_null()) return std::nullopt;
  return it->get<std::string>();
}
std::optional<int> oint(const J& j, const char* k) {
  auto it = j.find(k);
  if (it == j.end() || it->is_null()) return std::nullopt;
  return it->get<int>();
}
std::vector<std::string> svec(const J& j, const char* k) {
  std::vector<std::string> v;
  auto it = j.find(k);
  if (it != j.end() && it->is_array())
    for (const auto& x : *it)
      if (x.is_string()) v.push_back(x.get<std::string>());
  return v;
}

}  // namespace

std::string to_json(const Record& r) {
  J j;
  j["schema"] = "gongwen.record/1";
  j["id"] = r.id;
  j["source"] = source(r.source);
  j["kind"] = r.kind;
  j["title"] = opt(r.title);
  j["title_at"] = loc_of(r.title.has_value(), r.title_at);
  J dn = J::array(), cdn = J::array();
  for (const auto& d : r.doc_numbers) dn.push_back(doc_number(d));
  for (const auto& d : r.cited_doc_numbers) cdn.push_back(doc_number(d));
  j["doc_numbers"] = dn;
  j["cited_doc_numbers"] = cdn;
  J props = J::array();
  for (const auto& p : r.proposals) {
    J s = nullptr;
    if (p.session)
      s = J{{"text", p.session->text}, {"body", p.session->body}, {"level", opt(p.session->level)},
            {"term", opt(p.session->term)}, {"meeting", opt(p.session->meeting)}, {"at", loc(p.session->at)}};
    props.push_back(J{{"number", opt(p.number)}, {"kind", opt(p.kind)}, {"title", opt(p.title)}, {"session", s},
                      {"at", loc(p.at)}});
  }
  j["proposals"] = props;
  J people = J::array();
  for (const auto& p : r.proposers) people.push_back(J{{"name", p.name}, {"role", p.role}, {"at", loc(p.at)}});
  j["proposers"] = people;
  j["assignment"] = J{{"lead", strings(r.assignment.lead)}, {"co", strings(r.assignment.co)}};
  j["issuers"] = strings(r.issuers);
  j["addressees"] = strings(r.addressees);
  j["signers"] = strings(r.signers);
  j["signed_date"] = opt(r.signed_date);
  j["signed_at"] = loc_of(r.signed_date.has_value(), r.signed_at);
  j["result_code"] = opt(r.result_code);
  j["disclosure"] = opt(r.disclosure);
  J contacts = J::array();
  for (const auto& c : r.contacts)
    contacts.push_back(J{{"name", opt(c.name)}, {"phones", strings(c.phones)}, {"emails", strings(c.emails)}, {"at", loc(c.at)}});
  j["contacts"] = contacts;
  j["attachments"] = strings(r.attachments);
  J dates = J::array();
  for (const auto& d : r.dates) {
    J x{{"text", d.text}, {"value", opt(d.value)}, {"end", opt(d.end)}, {"precision", d.precision}};
    if (d.inferred) {
      x["inferred"] = true;
      x["inferred_value"] = opt(d.inferred_value);
    }
    x["at"] = loc(d.at);
    dates.push_back(x);
  }
  j["dates"] = dates;
  J commits = J::array();
  for (const auto& c : r.commitments) {
    J qs = J::array();
    for (const auto& q : c.quantities) qs.push_back(J{{"text", q.text}, {"value", q.value}, {"unit", q.unit}});
    J x{{"text", c.text}, {"due", opt(c.due)}, {"due_text", opt(c.due_text)}, {"unit", opt(c.unit)},
        {"quantities", qs}, {"modality", opt(c.modality)}};
    if (c.recurring) x["recurring"] = true;
    if (c.due_inferred) x["inferred"] = true;
    x["at"] = loc(c.at);
    commits.push_back(x);
  }
  j["commitments"] = commits;
  J units = J::array();
  for (const auto& u : r.units) units.push_back(J{{"name", u.name}, {"at", loc(u.at)}});
  j["units"] = units;
  J diags = J::array();
  for (const auto& d : r.diagnostics) diags.push_back(J{{"code", d.code}, {"message", d.message}, {"at", loc(d.at)}});
  j["diagnostics"] = diags;
  J page = J::array();
  for (const auto& f : r.page) page.push_back(J{{"key", f.key}, {"label", f.label}, {"value", f.value}});
  j["page"] = page;
  return j.dump(-1, ' ', false, J::error_handler_t::replace);
}

std::string to_json(const InputError& e) {
  J j;
  j["schema"] = "gongwen.record/1";
  j["source"] = source(e.source);
  j["error"] = J{{"code", e.code}, {"message", e.message}};
  return j.dump(-1, ' ', false, J::error_handler_t::replace);
}

std::optional<Record> record_from_json(std::string_view line, std::string* error) {
  try {
    const J j = J::parse(line);
    if (!j.is_object() || j.contains("error") || !j.contains("kind")) {
      if (error) *error = j.contains("error") ? "an error entry, not a record" : "not a gongwen record";
      return std::nullopt;
    }
    Record r;
    r.id = j.value("id", "");
    if (auto s = j.find("source"); s != j.end() && s->is_object()) {
      r.source.path = s->value("path", "");
      r.source.format = s->value("format", "txt");
      r.source.encoding = s->value("encoding", "");
      r.source.bytes = s->value("bytes", std::uint64_t{0});
    }
    r.kind = j.value("kind", "other");
    r.title = ostr(j, "title");
    if (auto it = j.find("title_at"); it != j.end()) r.title_at = loc_from(*it);
    for (const char* key : {"doc_numbers", "cited_doc_numbers"}) {
      auto& out = std::string_view(key) == "doc_numbers" ? r.doc_numbers : r.cited_doc_numbers;
      if (auto it = j.find(key); it != j.end() && it->is_array())
        for (const auto& d : *it)
          out.push_back({d.value("text", ""), d.value("agency", ""), oint(d, "year"), oint(d, "serial"), loc_from(d.value("at", J()))});
    }
    if (auto it = j.find("proposals"); it != j.end() && it->is_array())
      for (const auto& p : *it) {
        Proposal q;
        q.number = ostr(p, "number");
        q.kind = ostr(p, "kind");
        q.title = ostr(p, "title");
        if (auto s = p.find("session"); s != p.end() && s->is_object())
          q.session = Session{s->value("text", ""), s->value("body", ""), ostr(*s, "level"), oint(*s, "term"),
                              oint(*s, "meeting"), loc_from(s->value("at", J()))};
        q.at = loc_from(p.value("at", J()));
        r.proposals.push_back(std::move(q));
      }
    if (auto it = j.find("proposers"); it != j.end() && it->is_array())
      for (const auto& p : *it) r.proposers.push_back({p.value("name", ""), p.value("role", ""), loc_from(p.value("at", J()))});
    if (auto a = j.find("assignment"); a != j.end() && a->is_object()) {
      r.assignment.lead = svec(*a, "lead");
      r.assignment.co = svec(*a, "co");
    }
    r.issuers = svec(j, "issuers");
    r.addressees = svec(j, "addressees");
    r.signers = svec(j, "signers");
    r.signed_date = ostr(j, "signed_date");
    if (auto it = j.find("signed_at"); it != j.end()) r.signed_at = loc_from(*it);
    r.result_code = ostr(j, "result_code");
    r.disclosure = ostr(j, "disclosure");
    if (auto it = j.find("contacts"); it != j.end() && it->is_array())
      for (const auto& c : *it) r.contacts.push_back({ostr(c, "name"), svec(c, "phones"), svec(c, "emails"), loc_from(c.value("at", J()))});
    r.attachments = svec(j, "attachments");
    if (auto it = j.find("dates"); it != j.end() && it->is_array())
      for (const auto& d : *it) {
        DateMention m;
        m.text = d.value("text", "");
        m.value = ostr(d, "value");
        m.end = ostr(d, "end");
        m.precision = d.value("precision", "");
        m.inferred = d.value("inferred", false);
        m.inferred_value = ostr(d, "inferred_value");
        m.at = loc_from(d.value("at", J()));
        r.dates.push_back(std::move(m));
      }
    if (auto it = j.find("commitments"); it != j.end() && it->is_array())
      for (const auto& c : *it) {
        Commitment m;
        m.text = c.value("text", "");
        m.due = ostr(c, "due");
        m.due_text = ostr(c, "due_text");
        m.unit = ostr(c, "unit");
        m.modality = ostr(c, "modality");
        m.recurring = c.value("recurring", false);
        m.due_inferred = c.value("inferred", false);
        if (auto q = c.find("quantities"); q != c.end() && q->is_array())
          for (const auto& x : *q) m.quantities.push_back({x.value("text", ""), x.value("value", 0.0), x.value("unit", "")});
        m.at = loc_from(c.value("at", J()));
        r.commitments.push_back(std::move(m));
      }
    if (auto it = j.find("units"); it != j.end() && it->is_array())
      for (const auto& u : *it) r.units.push_back({u.value("name", ""), loc_from(u.value("at", J()))});
    if (auto it = j.find("diagnostics"); it != j.end() && it->is_array())
      for (const auto& d : *it) r.diagnostics.push_back({d.value("code", ""), d.value("message", ""), loc_from(d.value("at", J()))});
    if (auto it = j.find("page"); it != j.end() && it->is_array())
      for (const auto& f : *it) r.page.push_back({f.value("key", ""), f.value("label", ""), f.value("value", "")});
    return r;
  } catch (const std::exception& e) {
    if (error) *error = e.what();
    return std::nullopt;
  }
}

}  // namespace gongwen
