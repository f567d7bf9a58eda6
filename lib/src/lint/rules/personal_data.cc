// personal-data: a mobile number, a resident ID number (checksum-valid) or a personal e-mail
// address in a document marked for publication (Record::disclosure names one of the profile's
// public_disclosures: 全文公开, 主动公开 …). Messages mask the number so logs do not spread it.
#include <re2/re2.h>

#include <array>

#include "extract/match.h"
#include "lint/rules/common.h"
#include "lint/rules/rules.h"

namespace gongwen::lint::rules {
namespace {

// Free mail services: an address there belongs to a person, not to an office.
constexpr std::array<std::string_view, 26> k_personal_mail{
    "qq.com",     "vip.qq.com", "foxmail.com", "163.com",   "126.com",     "yeah.net",  "vip.163.com",
    "sina.com",   "sina.cn",    "vip.sina.com", "sohu.com", "139.com",     "189.cn",    "wo.cn",
    "aliyun.com", "gmail.com",  "hotmail.com", "outlook.com", "live.com",  "msn.com",   "yahoo.com",
    "yahoo.com.cn", "icloud.com", "me.com",    "tom.com",   "21cn.com"};

bool id_checksum_ok(std::string_view id) {
  static constexpr int k_weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  static constexpr std::string_view k_check = "10X98765432";
  int sum = 0;
  for (int k = 0; k < 17; ++k) sum += (id[static_cast<std::size_t>(k)] - '0') * k_weights[k];
  const char last = id[17] == 'x' ? 'X' : id[17];
  if (k_check[static_cast<std::size_t>(sum % 11)] != last) return false;
  const int y = std::stoi(std::string(id.substr(6, 4))), m = std::stoi(std::string(id.substr(10, 2))),
            d = std::stoi(std::string(id.substr(12, 2)));
  return y >= 1900 && y <= 2100 && d >= 1 && d <= days_in(y, m);
}

std::string digits_of(std::string_view s) {
  std::string d;
  for (char c : s)
    if ((c >= '0' && c <= '9') || c == 'X' || c == 'x') d += c;
  return d;
}

bool digit_at(std::string_view t, std::size_t i) { return i < t.size() && t[i] >= '0' && t[i] <= '9'; }

struct Kind {
  const char* pattern;
  const char* what;
};

void check(Context& ctx) {
  if (!ctx.rec.disclosure) return;
  std::string_view marked;
  for (const auto& p : ctx.profile.public_disclosures)
    if (ctx.rec.disclosure->find(p) != std::string::npos) marked = p;
  if (marked.empty()) return;
  static const RE2 mobile(R"(1[3-9]\d(?:[- ]?\d{4}){2})");
  static const RE2 id(R"([1-9]\d{16}[\dXx])");
  static const RE2 mail(R"([A-Za-z0-9._%+-]+@((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}))");
  const std::string_view t = ctx.doc.text();
  const std::string tail = " in a document marked " + std::string(marked);
  extract::each_match(id, t, [&](const extract::Match& m) {
    if ((m.begin() > 0 && digit_at(t, m.begin() - 1)) || digit_at(t, m.end()) || !id_checksum_ok(m.str())) return;
    const std::string d(m.str());
    ctx.report_folded(m.begin(), m.end(), "resident ID number " + d.substr(0, 4) + "**********" + d.substr(14) + tail);
  });
  extract::each_match(mobile, t, [&](const extract::Match& m) {
    if ((m.begin() > 0 && digit_at(t, m.begin() - 1)) || digit_at(t, m.end())) return;
    const std::string d = digits_of(m.str());
    ctx.report_folded(m.begin(), m.end(), "mobile number " + d.substr(0, 3) + "****" + d.substr(7) + tail);
  });
  extract::each_match(mail, t, [&](const extract::Match& m) {
    std::string domain(m.str(1));
    for (auto& c : domain) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    bool personal = false;
    for (auto p : k_personal_mail) personal = personal || domain == p;
    if (!personal) return;
    const std::string_view addr = m.str();
    ctx.report_folded(m.begin(), m.end(), "personal e-mail address " + std::string(addr.substr(0, 1)) + "***@" + domain + tail);
  });
}

}  // namespace

const Rule& personal_data() {
  static const Rule r{
      {"personal-data", Severity::error,
       "a mobile number, resident ID number or personal e-mail in a document marked 全文公开/主动公开",
       "Answers to suggestions and proposals are published, in principle in full (国办发〔2014〕46号), but "
       "without deputies' contact details (a 宣城 notice applying 皖政办〔2015〕2号, domain.md §4); personal "
       "data — mobile numbers, resident ID numbers (GB 11643, checked by their checksum), private mailboxes — "
       "has no place in a text the office publishes. Applies when the disclosure mark is one of the profile's "
       "public-disclosures; office phones and office mailboxes pass.",
       "联系人：陈晓燕，联系电话：13905731234，邮箱：chenxy1988@163.com\n\n公开方式：全文公开\n",
       "联系人：陈晓燕，联系电话：0573-82217605，邮箱：jyj@yunxi.gov.cn\n\n公开方式：全文公开\n", ""},
      check};
  return r;
}

}  // namespace gongwen::lint::rules
