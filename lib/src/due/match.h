// How a letter is told to answer a register row: item numbers normalised (第/号, spaces, leading
// zeros, year prefixes), sessions compared where both sides name them, titles compared by
// character bigrams when the number does not decide.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gongwen::due {

// 第20240052号 -> {2024, "52"}; 2024-0052 -> {2024, "52"}; 〔2024〕52号 -> {2024, "52"};
// 0052 -> {-, "52"}; 124337 -> {-, "124337"}; A015 -> {-, "A15"}. An 8-digit number starting
// 19/20 is read as year + serial (罗湖's 第20200113号); six digits stay whole (中山's 124337).
struct NumberKey {
  std::optional<int> year;
  std::string serial;
  bool operator==(const NumberKey&) const = default;
};
std::optional<NumberKey> number_key(std::string_view number);
// Same serial, and the same year where both give one.
bool numbers_agree(const NumberKey& a, const NumberKey& b);

// 市七届人大二次会议 -> body 人大, term 7, meeting 2; parts not written stay empty.
struct SessionKey {
  std::string body;  // 人大 | 政协
  std::optional<int> term;
  std::optional<int> meeting;
};
SessionKey session_key(std::string_view text);
// False only when both name a part (body, term, meeting) and it differs.
bool sessions_agree(const SessionKey& a, const SessionKey& b);
// 建议/提案/议案 a class or session body stands for: 人大 -> 建议, 政协 -> 提案; "" when unknown.
std::string kind_of_class(std::string_view cls);

// A title reduced to what tells it apart: 关于…的建议 / 的答复 / 的提案 removed, punctuation and
// spaces dropped.
std::string title_core(std::string_view title);
// Dice coefficient of the sets of character bigrams of two title cores, 0..1 (a core of one
// character matches only itself).
double title_similarity(std::string_view core_a, std::string_view core_b);

// Unit names as registers and letters write them: 龙岗区人民政府 and 深圳市龙岗区人民政府 are the
// same unit (one contains the other once spaces are removed).
bool same_unit(std::string_view a, std::string_view b);

}  // namespace gongwen::due
