#include "catalog/index.h"

#include "extract/lexicon.h"
#include "io/sha256.h"
#include "search/fields.h"
#include "text/fold.h"
#include "text/utf8.h"

namespace gongwen::catalog {
namespace {

std::string lines_of(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) {
    out += v;
    out += '\n';
  }
  return out;
}

std::string folded_lines(const Record& rec, grep::Field field) {
  std::vector<std::string> v;
  for (const auto& fv : search::field_values(rec, field)) v.push_back(search::folded(fv.value));
  return lines_of(v);
}

}  // namespace

IndexRow index_row(std::string_view folded_text, const Record& rec) {
  IndexRow row;
  row.text = std::string(folded_text);
  if (row.text.empty() || row.text.back() != '\n') row.text += '\n';
  row.fields = {folded_lines(rec, grep::Field::titles), folded_lines(rec, grep::Field::commitments),
                folded_lines(rec, grep::Field::units), folded_lines(rec, grep::Field::proposals),
                lines_of(search::bound_units(rec))};
  return row;
}

std::string fold_fingerprint() {
  // Every folding step on a probe, plus the whole traditional -> simplified table.
  static const std::string k_probe =
      "２０２１ 年 １２ 月，ＡＢＣ　全角\r\n規(guī)劃&amp;&#x5E8A;位 (  2023 )\n"
      "经研究，现将有关情况答复如下，请予以\n\n继续推进社区养老服务设施建设，按期\n\n— 2 —\n\n完成全部工程，并组织验收。\n卫健局 卫生健康局\n";
  // Bump when index_row() itself changes what it puts in the indexes.
  constexpr std::string_view k_layout = "index-row/1";
  std::string s = std::string(k_layout) + '\0' + text::fold(k_probe).text + '\0';
  for (const auto& [abbr, full] : extract::unit_abbreviations()) s += abbr + '=' + full + '\0';
  for (char32_t t = 0x3400; t < 0x32000; ++t) {
    const char32_t simple = text::to_simplified(t);
    if (simple != t) {
      text::utf8::append(s, t);
      text::utf8::append(s, simple);
    }
  }
  return io::sha256_hex(s).substr(0, 16);
}

}  // namespace gongwen::catalog
