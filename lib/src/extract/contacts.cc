// Contacts: 联系人/承办人 names with the phones and e-mails on their line (or the next line),
// and labelled phones with no person. Leaders' lines (承办负责人) and site footers are skipped.
#include <re2/re2.h>

#include "extract/extract.h"
#include "extract/match.h"
#include "text/utf8.h"

namespace gongwen::extract {

void extract_contacts(const Document& doc, const Layout& L, Record& rec) {
  static const RE2 name_re(
      R"((?:联系人|承办人|经办人|联络人|联系人员)(?:及联系电话|及电话|及联系方式)?\s*[:：]\s*([\p{Han}·]{2,4}|[\p{Han}] [\p{Han}]))");
  static const RE2 phone_label(R"(电话|手机|联系方式|座机|传真|热线|Tel|TEL|tel|联系人|承办人|经办人)");
  static const RE2 mail_label(R"(邮箱|[Ee]-?[Mm]ail|电子邮件|邮件|联系人|承办人)");
  static const RE2 phone_re(
      R"(1[3-9]\d{9}|(?:\(?0\d{2,3}\)?\s*[-—－–]?\s*)?[1-9]\d{6,7}(?:-\d{1,4})?)");
  static const RE2 mail_re(R"([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})");
  static const RE2 skip(R"(负责人|分管领导|签发人|审核人|监督|举报)");

  std::optional<std::size_t> last_line;
  for (std::size_t li = L.body_begin; li < doc.lines().size(); ++li) {
    if (L.chrome[li]) continue;
    const std::string_view line = doc.line(li);
    const re2::StringPiece sp(line.data(), line.size());
    if (RE2::PartialMatch(sp, skip)) continue;
    const bool phones_ok = RE2::PartialMatch(sp, phone_label);
    const bool mails_ok = RE2::PartialMatch(sp, mail_label);
    if (!phones_ok && !mails_ok) continue;
    const std::size_t base = doc.lines()[li].begin;

    std::vector<Contact> here;
    each_match(name_re, line, [&](const Match& m) {
      static const RE2 label_tail(R"((?:电话|手机|联系|邮箱|座机|电).*$)");
      std::string nm = doc.quote_compact(base + m.begin(1), base + m.end(1));
      RE2::Replace(&nm, label_tail, "");
      if (text::utf8::length(nm) < 2) return;
      Contact c;
      c.name = nm;
      c.at = doc.loc(base + m.begin(1));
      here.push_back(std::move(c));
    });
    std::vector<std::string> phones, mails;
    std::optional<Loc> first_at;
    if (mails_ok) {
      each_match(mail_re, line, [&](const Match& m) {
        mails.push_back(std::string(m.str()));
        if (!first_at) first_at = doc.loc(base + m.begin());
      });
    }
    if (phones_ok) {
      each_match(phone_re, line, [&](const Match& m) {
        const std::size_t b = m.begin(), e = m.end();
        const auto before = b > 0 ? line[b - 1] : ' ';
        const auto after = e < line.size() ? line[e] : ' ';
        if ((before >= '0' && before <= '9') || (after >= '0' && after <= '9') || after == '*' || before == '@' ||
            after == '@' || before == '.' || line.substr(e, 3) == "年")
          return;
        // Inside an e-mail address (58827782@qq.com) is not a phone.
        for (const auto& ml : mails)
          if (line.find(ml) != std::string_view::npos && b >= line.find(ml) && b < line.find(ml) + ml.size()) return;
        phones.push_back(std::string(m.str()));  // the folded number: ASCII digits, whatever the source used
        if (!first_at) first_at = doc.loc(base + b);
      });
    }
    if (here.empty()) {
      if (phones.empty() && mails.empty()) continue;
      // A line with only a number or an address continues the contact just above it.
      if (!rec.contacts.empty() && last_line && li <= *last_line + 2 && rec.contacts.back().name) {
        auto& c = rec.contacts.back();
        c.phones.insert(c.phones.end(), phones.begin(), phones.end());
        c.emails.insert(c.emails.end(), mails.begin(), mails.end());
        last_line = li;
        continue;
      }
      Contact c;
      c.at = *first_at;
      here.push_back(std::move(c));
    }
    // Numbers on the line go to its (last) named contact.
    here.back().phones = phones;
    here.back().emails = mails;
    for (auto& c : here) rec.contacts.push_back(std::move(c));
    last_line = li;
  }
}

}  // namespace gongwen::extract
