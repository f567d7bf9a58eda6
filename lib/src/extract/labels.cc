// Result code (办理结果：B, 答复类别：A类, 类别：B, 【D】, （A类）) and disclosure (公开方式：全文公开,
// (此件公开发布), 是否同意公开：是). Page-metadata rows in the head never give a disclosure.
#include <re2/re2.h>

#include <array>
#include <memory>

#include "extract/extract.h"
#include "extract/match.h"

namespace gongwen::extract {
namespace {

struct LabelRow {
  const char* pattern;  // group 1: the value
  bool head_only;       // a bare form only trusted in the head or after the signature
  bool body_only;       // a labelled form that page metadata also uses
};

constexpr std::array<LabelRow, 4> k_result{{
    {R"((?:办理结果|办理结果标注|答复类别|办复类别|分类标识|办理类别|结果类别|答复类型|结果分类|类别标注|办理结果类别)\s*[:：]?\s*[\[(【]?\s*([A-D甲乙丙丁][1-9]?)\s*类?)", false, false},
    // A bare 类别 label (类别：B), where nothing before it makes it another kind (问题类别,
    // 信息类别) and the value is a code, not a word (类别：提案) or the start of one (类别：Bus).
    {R"((?:^|[^\p{Han}])类别\s*[:：]\s*[\[(【]?\s*([A-D][1-9]?)\s*类?\s*[\])】]?(?:$|[^A-Za-z0-9]))", true, false},
    {R"((?:^|\s|[\[(【]|号)([A-D][1-9]?)类(?:\s|$|[\])】]))", true, false},  // 〔2021〕8号A类 too
    {R"(^\s*[\[(【]\s*([A-D][1-9]?)\s*(?:类?\s*[\])】]|[\])】]\s*类)\s*$)", true, false},  // 【A】 (A类) (A)类
}};

enum class Where { anywhere, not_head, outside_body };

struct DisclosureRow {
  const char* pattern;  // group 1: the value as recorded
  const char* prefix;   // prepended to the value
  Where where;
};

constexpr std::array<DisclosureRow, 5> k_disclosure{{
    {R"(此件(公开发布|依申请公开|不予公开|不公开|主动公开|全文公开))", "此件", Where::anywhere},
    {R"(是否(?:同意)?公开\s*[(:：\[【]?\s*(是|否|主动公开|依申请公开|不予公开|全文公开))", "", Where::anywhere},
    {R"(公开(?:方式|属性|类型|选项|形式)\s*[:：]\s*(全文公开|主动公开|依申请公开|不予公开|摘要公开|删减后公开|部分公开))", "", Where::not_head},
    // A bare word beside the head's number (〔2023〕5号 B1类 同意公开) or below the letter; alone
    // on a head line it is a site's menu entry.
    {R"((?:^|\s)(同意公开|不同意公开|不予公开|全文公开|依申请公开)(?:\s|$))", "", Where::outside_body},
    // A marker alone on its line, bracketed or quoted: (主动公开), 【主动公开】, 注：“主动公开”.
    {R"(^\s*(?:注\s*[:：]\s*)?[\[(【“"]\s*(主动公开|依申请公开|不予公开|全文公开|不公开)\s*[\])】”"]\s*[。.]?\s*$)", "", Where::anywhere},
}};

}  // namespace

void extract_labels(const Document& doc, const Layout& L, Record& rec) {
  static const std::vector<std::unique_ptr<RE2>> result_res = [] {
    std::vector<std::unique_ptr<RE2>> v;
    for (const auto& r : k_result) v.push_back(std::make_unique<RE2>(r.pattern));
    return v;
  }();
  static const std::vector<std::unique_ptr<RE2>> disc_res = [] {
    std::vector<std::unique_ptr<RE2>> v;
    for (const auto& r : k_disclosure) v.push_back(std::make_unique<RE2>(r.pattern));
    return v;
  }();
  const std::size_t n = doc.lines().size();
  auto outside_body = [&](std::size_t li) { return li < L.body_begin || li >= L.body_end; };

  for (std::size_t k = 0; k < k_result.size() && !rec.result_code; ++k) {
    for (std::size_t li = 0; li < n && !rec.result_code; ++li) {
      if (k_result[k].head_only && !outside_body(li)) continue;
      const auto line = doc.line(li);
      std::string v;
      if (RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), *result_res[k], &v)) rec.result_code = v;
    }
  }
  for (std::size_t k = 0; k < k_disclosure.size() && !rec.disclosure; ++k) {
    for (std::size_t li = 0; li < n && !rec.disclosure; ++li) {
      const Where w = k_disclosure[k].where;
      if (w == Where::not_head && li < L.body_begin) continue;
      if (w == Where::outside_body && !outside_body(li)) continue;
      const auto line = doc.line(li);
      std::string v;
      if (!RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), *disc_res[k], &v)) continue;
      if (w == Where::outside_body && li < L.body_begin && text::utf8::trim(line) == v) continue;
      if (v == "是") v = "同意公开";
      else if (v == "否") v = "不同意公开";
      rec.disclosure = k_disclosure[k].prefix + v;
    }
  }
}

}  // namespace gongwen::extract
