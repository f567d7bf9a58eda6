// reply / notice / other, from the document's own signs: a reply answers a 建议/提案/议案 and
// says so (答复, 复函, 回复, 办理意见); a notice is addressed to units (通知, 通报, 意见, 方案, 函).
#include <re2/re2.h>

#include "extract/extract.h"

namespace gongwen::extract {

void extract_kind(const Document& doc, const Layout& L, Record& rec) {
  static const RE2 reply_words(R"(答复|复函|回复|函复|办理意见|办理情况|复文)");
  static const RE2 notice_title(
      R"((?:通知|通报|意见|方案|函|复函|决定|批复)$)");
  static const RE2 notice_words(
      R"(通知如下|特此通知|现予印发|现印发给你们|印发给你们|现将.{0,40}通知|通报如下|特此通报|现予以通报|函告|特此函)");
  const std::string_view t = doc.text();
  const re2::StringPiece all(t.data(), t.size());
  if (!rec.proposals.empty() && (RE2::PartialMatch(all, reply_words) || !rec.proposers.empty())) {
    rec.kind = "reply";
    return;
  }
  const bool titled = rec.title && RE2::PartialMatch(*rec.title, notice_title) &&
                      rec.title->find("关于") != std::string::npos;
  const bool addressed = !rec.addressees.empty() && rec.proposers.empty();
  // An excerpt with neither title nor signature: units addressed and told what to do.
  static const RE2 directive(R"(现将.{0,60}?(?:下达|印发|转发|通报)|请各.{0,20}?(?:单位|部门|乡镇|街道|县|区|市))");
  if (titled || RE2::PartialMatch(all, notice_words) ||
      (addressed && (!rec.doc_numbers.empty() || rec.signed_date || RE2::PartialMatch(all, directive)))) {
    rec.kind = "notice";
    return;
  }
  (void)L;
  rec.kind = "other";
}

}  // namespace gongwen::extract
