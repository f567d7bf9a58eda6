#include <unistd.h>

#include <fmt/format.h>

#include "gongwen/output.h"
#include "text/width.h"

namespace gongwen {

bool is_terminal(std::FILE* stream) { return ::isatty(::fileno(stream)) == 1; }

std::size_t display_width(std::string_view s) { return text::display_width(s); }

std::string pad_right(std::string_view s, std::size_t width) {
  std::string out(s);
  const std::size_t w = display_width(s);
  if (w < width) out.append(width - w, ' ');
  return out;
}

namespace {

struct Style {
  bool on;
  std::string head(std::string_view s) const { return on ? fmt::format("\x1b[1;36m{}\x1b[0m", s) : std::string(s); }
  std::string dim(std::string_view s) const { return on ? fmt::format("\x1b[2m{}\x1b[0m", s) : std::string(s); }
  std::string warn(std::string_view s) const { return on ? fmt::format("\x1b[33m{}\x1b[0m", s) : std::string(s); }
};

constexpr std::size_t k_label_width = 14;

class View {
 public:
  explicit View(bool colour) : m_style{colour} {}
  void section(std::string_view name) { m_out += "\n" + m_style.head(name) + "\n"; }
  void row(std::string_view label, std::string_view value, const Loc* at = nullptr) {
    m_out += "  " + pad_right(label, k_label_width) + std::string(value);
    if (at && at->line > 0) m_out += "  " + m_style.dim(fmt::format("{}:{}", at->line, at->col));
    m_out += "\n";
  }
  void none(std::string_view label) { row(label, m_style.dim("—")); }
  std::string str() const { return m_out; }
  const Style& style() const { return m_style; }

 private:
  Style m_style;
  std::string m_out;
};

std::string join(const std::vector<std::string>& v, std::string_view sep = "、") {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : std::string(sep)) + s;
  return out;
}

}  // namespace

std::string render_record(const Record& r, bool colour) {
  View v(colour);
  v.row("file", fmt::format("{}  ({}, {} bytes)", r.source.path, r.source.encoding, r.source.bytes));
  v.row("kind", r.kind);
  if (r.title) v.row("title", *r.title, &r.title_at);
  else v.none("title");

  v.section("Document numbers");
  if (r.doc_numbers.empty()) v.none("own");
  for (const auto& d : r.doc_numbers) v.row("own", d.text, &d.at);
  for (const auto& d : r.cited_doc_numbers) v.row("cited", d.text, &d.at);

  if (!r.proposals.empty()) {
    v.section("Proposals");
    for (const auto& p : r.proposals) {
      v.row("number", p.number.value_or("—") + (p.kind ? "  " + *p.kind : ""), &p.at);
      if (p.title) v.row("title", *p.title);
      if (p.session)
        v.row("session", fmt::format("{}  ({} {} term {} meeting {})", p.session->text, p.session->level.value_or("?"),
                                     p.session->body, p.session->term.value_or(0), p.session->meeting.value_or(0)),
              &p.session->at);
    }
  }

  v.section("Parties");
  for (const auto& p : r.proposers) v.row(p.role == "委员" ? "member" : "deputy", p.name, &p.at);
  v.row("issuers", r.issuers.empty() ? "—" : join(r.issuers));
  v.row("addressees", r.addressees.empty() ? "—" : join(r.addressees));
  v.row("signers", r.signers.empty() ? "—" : join(r.signers));
  if (r.signed_date) v.row("signed", *r.signed_date, &r.signed_at);
  else v.none("signed");
  if (!r.assignment.lead.empty()) v.row("lead (主办)", join(r.assignment.lead));
  if (!r.assignment.co.empty()) v.row("co (会办)", join(r.assignment.co));

  v.section("Handling");
  v.row("result code", r.result_code.value_or("—"));
  v.row("disclosure", r.disclosure.value_or("—"));
  for (const auto& c : r.contacts) {
    std::string s = c.name.value_or("(no name)");
    for (const auto& p : c.phones) s += "  " + p;
    for (const auto& e : c.emails) s += "  " + e;
    v.row("contact", s, &c.at);
  }
  for (const auto& a : r.attachments) v.row("attachment", a);

  if (!r.dates.empty()) {
    v.section("Dates");
    for (const auto& d : r.dates) {
      std::string value = d.value.value_or(d.inferred_value ? *d.inferred_value + " (inferred)" : "(partial)");
      if (d.end && d.end != d.value) value += " .. " + *d.end;
      v.row(d.precision, pad_right(d.text, 24) + value, &d.at);
    }
  }
  if (!r.commitments.empty()) {
    v.section("Commitments");
    for (const auto& c : r.commitments) {
      v.row(c.due.value_or(c.recurring ? "recurring" : "undated"), c.text, &c.at);
      std::string extra;
      if (c.modality) extra += *c.modality;
      if (c.unit) extra += (extra.empty() ? "" : "  ") + *c.unit;
      for (const auto& q : c.quantities) extra += "  " + q.text;
      if (!extra.empty()) v.row("", v.style().dim(extra));
    }
  }
  if (!r.units.empty()) {
    v.section("Units");
    for (const auto& u : r.units) v.row("", u.name, &u.at);
  }
  if (!r.diagnostics.empty()) {
    v.section("Diagnostics");
    for (const auto& d : r.diagnostics) v.row(d.code, v.style().warn(d.message), &d.at);
  }
  return v.str();
}

}  // namespace gongwen
