// Contacts: people named under 联系人/承办人/经办人 labels, with the phones and e-mails labelled
// on their line (or the next line), and labelled phones with no person.
//
// A line is read as labelled segments, each running to the next label. A person's segment owns
// the numbers after it up to the next person or leader; a leader's segment (分管领导：X 电话：Y)
// owns its numbers too, and they are dropped: the letter names leaders for accountability, not as
// people to call. A fax or QQ number is not a phone, nor is a venue's. Complaint hotlines are skipped whole.
#include <re2/re2.h>

#include <array>
#include <string>

#include "extract/extract.h"
#include "extract/match.h"
#include "text/utf8.h"

namespace gongwen::extract {
namespace {

enum class Seg { leader, person, not_phone, phone, mail };

struct LabelRow {
  Seg kind;
  const char* pattern;
};

// Order matters where two labels start at the same place: the first row wins.
constexpr std::array<LabelRow, 5> k_labels{{
    // Leaders named beside the contact: 主管领导人姓名, 分管负责人, 签发领导, 承办负责人.
    {Seg::leader,
     R"((?:主管|主要|分管|签发|带班|责任|审核|审签)领导人?(?:姓名)?|领导人(?:姓名)?|负责人(?:姓名)?|负责同志|签发人|审核人|审签人)"},
    {Seg::person, R"((?:联系人员|联系人|承办人|经办人|联络人)(?:姓名)?(?:及联系电话|及电话|及联系方式)?)"},
    {Seg::not_phone, R"(传真|QQ群?|qq群?|微信群?|群号)"},  // numbers that are not phones
    // 电话/传真 and 电话（传真） name one number that is both: a phone.
    {Seg::phone, R"((?:联系)?(?:电话|手机|联系方式|座机|热线|Tel|TEL|tel)(?:\s*[/、(]\s*传真\s*\)?|及传真|及邮箱|及手机)?)"},
    {Seg::mail, R"(邮箱|[Ee]-?[Mm]ail|电子邮件|邮件)"},
}};

// Whole lines that are never contacts: complaint and supervision hotlines, and the site's
// footer (主办：X局 电话：Y) that a saved page carries after the letter.
constexpr const char* k_skip_line = R"(监督|举报|^\s*主办(?:单位)?\s*[:：]|版权所有|技术支持|ICP备|网站标识码)";

// Further names after the first under one label (联系人：张一、李二): a bare 2–4 character name;
// a word ending like a unit (办公室, 教育局) is where the names stop.
constexpr const char* k_more_name = R"(^\s*[、,，/]\s*([\p{Han}·]{2,4})(?:[^\p{Han}·]|$))";
constexpr const char* k_unit_end = R"((?:局|委|办|室|处|科|院|所|中心|部|厅|站|队|组|司|会)$)";
// The person's unit may come first (联系人：临溪市公路管理局财务科，王小明).
constexpr const char* k_unit_first =
    R"(^\s*[:：]\s*[\p{Han}]{3,30}(?:局|委|办|室|处|科|院|所|中心|部|厅|站|队|组|司|会)\s*[,，、/]\s*)";

struct Found {
  std::size_t pos;
  std::string text;
};

}  // namespace

void extract_contacts(const Document& doc, const Layout& L, Record& rec) {
  static const RE2 label_re = [] {
    std::string p;
    for (const auto& r : k_labels) p += (p.empty() ? "(" : "|(") + std::string(r.pattern) + ")";
    return RE2(p);
  }();
  static const RE2 skip(k_skip_line);
  static const RE2 place_words(R"(地点|地址|宾馆|酒店|会场|报到)");
  static const RE2 first_name(R"(^\s*[:：]\s*([\p{Han}·]{2,4}|[\p{Han}] {1,4}[\p{Han}]))");
  static const RE2 unit_first(k_unit_first);
  static const RE2 bare_name(R"(^([\p{Han}·]{2,4}|[\p{Han}] {1,4}[\p{Han}]))");
  static const RE2 more_name(k_more_name);
  static const RE2 unit_end(k_unit_end);
  static const RE2 label_tail(R"(((?:电话|手机|联系|邮箱|座机|电).*)$)");
  // A parenthesised extension stays with its number: 82717780(8662).
  static const RE2 phone_re(
      R"((?:1[3-9]\d{9}|(?:\(?0\d{2,3}\)?\s*[-—－–]?\s*)?[1-9]\d{6,7}(?:-\d{1,4})?)(?:\(\d{1,5}\))?)");
  static const RE2 mail_re(R"([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})");

  // Two lines belong together when only blank lines stand between them (however many).
  const auto next_to = [&](std::size_t above, std::size_t li) {
    for (std::size_t k = above + 1; k < li; ++k)
      if (!text::utf8::trim(doc.line(k)).empty()) return false;
    return true;
  };
  std::optional<std::size_t> last_line;
  // A phone or mail label with its value on the next line (a plain flag: GCC 12 misreads an
  // optional enum as maybe-uninitialised).
  bool dangling = false;
  Seg dangling_kind = Seg::mail;
  std::size_t dangling_line = 0;
  bool last_nameless = false;  // the contact written last is a labelled number with no person
  for (std::size_t li = L.text_begin(); li < doc.lines().size(); ++li) {
    if (L.chrome[li]) continue;
    const std::string_view line = doc.line(li);
    if (RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), skip)) continue;

    struct Label {
      std::size_t b, e;
      Seg kind;
    };
    std::vector<Label> labels;
    each_match(label_re, line, [&](const Match& m) {
      for (int g = 1; g <= static_cast<int>(k_labels.size()); ++g)
        if (m.has(g)) {
          labels.push_back({m.begin(), m.end(), k_labels[static_cast<std::size_t>(g - 1)].kind});
          break;
        }
    });
    // A label that ended the line above (电子邮箱：) labels this line's value.
    if (labels.empty() && dangling && next_to(dangling_line, li)) labels.push_back({0, 0, dangling_kind});
    dangling = false;
    if (labels.empty()) continue;
    {
      const auto tail = text::utf8::trim(line.substr(labels.back().e));
      if ((labels.back().kind == Seg::mail || labels.back().kind == Seg::phone) &&
          (tail.empty() || tail == ":" || tail == "\xEF\xBC\x9A"))
      {
        dangling = true;
        dangling_kind = labels.back().kind;
        dangling_line = li;
        if (labels.size() == 1 && !rec.contacts.empty()) last_line = li;  // a label-only line stays in the block
      }
    }
    const std::size_t base = doc.lines()[li].begin;

    std::vector<Found> mails, phones;
    each_match(mail_re, line, [&](const Match& m) { mails.push_back({m.begin(), std::string(m.str())}); });
    each_match(phone_re, line, [&](const Match& m) {
      const std::size_t b = m.begin(), e = m.end();
      const auto before = b > 0 ? line[b - 1] : ' ';
      const auto after = e < line.size() ? line[e] : ' ';
      if ((before >= '0' && before <= '9') || (after >= '0' && after <= '9') || after == '*' || before == '@' ||
          after == '@' || before == '.' || line.substr(e, 3) == "年")
        return;
      // Inside an e-mail address (58827782@qq.com) is not a phone.
      for (const auto& ml : mails)
        if (b >= ml.pos && b < ml.pos + ml.text.size()) return;
      phones.push_back({b, std::string(m.str())});  // the folded number: ASCII digits, whatever the source used
    });

    std::vector<Contact> here;
    std::optional<std::size_t> owner;  // index in `here` of the person whose segment this is
    bool leader = false;
    Contact pending;  // numbers labelled before any person on the line
    // An address label's segment gives addresses only: digits there are not a labelled phone.
    auto take = [&](std::size_t from, std::size_t to, Contact& c, bool mail_only = false) {
      for (auto* list : {&mails, &phones})
        for (const auto& f : *list) {
          if (mail_only && list == &phones) break;
          if (f.pos < from || f.pos >= to) continue;
          if (c.phones.empty() && c.emails.empty() && !c.name) c.at = doc.loc(base + f.pos);
          (list == &mails ? c.emails : c.phones).push_back(f.text);
        }
    };
    for (std::size_t k = 0; k < labels.size(); ++k) {
      const std::size_t from = labels[k].e, to = k + 1 < labels.size() ? labels[k + 1].b : line.size();
      switch (labels[k].kind) {
        case Seg::leader: {
          // After a person, a leader word with no colon is that person's title (张三（项目负责人）).
          const auto after = text::utf8::trim(line.substr(from));
          if (!owner || after.rfind(":", 0) == 0 || after.rfind("：", 0) == 0) leader = true;
          break;
        }
        case Seg::not_phone: break;
        case Seg::person: {
          leader = false;
          std::size_t names_end = from;
          re2::StringPiece rest(line.data() + from, to - from), nm;
          const bool after_unit = RE2::Consume(&rest, unit_first);
          if (after_unit ? RE2::Consume(&rest, bare_name, &nm) : RE2::Consume(&rest, first_name, &nm)) {
            auto add = [&](re2::StringPiece s) {
              // A label run on without a break (李明电话) is cut off, in the folded text so
              // that traditional labels (聯繫電話) are seen too.
              re2::StringPiece tail;
              if (RE2::PartialMatch(s, label_tail, &tail)) s = re2::StringPiece(s.data(), tail.data() - s.data());
              const std::size_t off = static_cast<std::size_t>(s.data() - line.data());
              std::string name = doc.quote_compact(base + off, base + off + s.size());
              if (text::utf8::length(name) < 2) return false;
              Contact c;
              c.name = name;
              c.at = doc.loc(base + off);
              here.push_back(std::move(c));
              return true;
            };
            const std::size_t group = here.size();
            if (add(nm)) {
              owner = group;
              while (RE2::PartialMatch(rest, more_name, &nm) && !RE2::PartialMatch(nm, unit_end)) {
                rest.remove_prefix(static_cast<std::size_t>(nm.data() + nm.size() - rest.data()));
                add(nm);
              }
            }
            names_end = static_cast<std::size_t>(rest.data() - line.data());
          }
          if (owner) take(names_end, to, here[*owner]);
          else take(from, to, pending);
          break;
        }
        case Seg::phone:
        case Seg::mail:
          if (leader) break;
          take(from, to, owner ? here[*owner] : pending, labels[k].kind == Seg::mail);
          break;
      }
    }

    if (here.empty()) {
      if (pending.phones.empty() && pending.emails.empty()) continue;
      // A place's number (会议地点：平安宾馆，电话：…) is the venue's, not a contact's.
      if (RE2::PartialMatch(re2::StringPiece(line.data(), labels.front().b), place_words)) continue;
      // A line with only a number or an address continues the contact just above it.
      if (!rec.contacts.empty() && last_line && next_to(*last_line, li) && rec.contacts.back().name) {
        auto& c = rec.contacts.back();
        c.phones.insert(c.phones.end(), pending.phones.begin(), pending.phones.end());
        c.emails.insert(c.emails.end(), pending.emails.begin(), pending.emails.end());
      } else {
        rec.contacts.push_back(std::move(pending));
        last_nameless = true;
      }
      last_line = li;
      continue;
    }
    // Numbers labelled ahead of the person (联系电话：Y 联系人：X) are that person's; so are those
    // of a number-only line just above (联系电话：Y / 联系人：X).
    auto& first = here.front();
    first.phones.insert(first.phones.begin(), pending.phones.begin(), pending.phones.end());
    first.emails.insert(first.emails.begin(), pending.emails.begin(), pending.emails.end());
    if (last_nameless && last_line && next_to(*last_line, li)) {
      auto& above = rec.contacts.back();
      first.phones.insert(first.phones.begin(), above.phones.begin(), above.phones.end());
      first.emails.insert(first.emails.begin(), above.emails.begin(), above.emails.end());
      rec.contacts.pop_back();
    }
    for (auto& c : here) rec.contacts.push_back(std::move(c));
    last_line = li;
    last_nameless = false;
  }
}

}  // namespace gongwen::extract
