// Word lists the extractors share. The lists themselves live in lexicon.cc as data tables.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gongwen::extract {

// RE2 alternation of organisation-name endings (政府, 局, 委员会, 卫生院, 社区 …), longest first.
const std::string& unit_suffix_alternation();
// True when s ends with an organisation-name ending (龙岗区卫生健康局, 局属各医院).
bool ends_with_unit_suffix(std::string_view s);
// True for a page-metadata row label (索引号:, 文 号:, 发布时间:, 来源: …) at the start of a line.
bool is_meta_label_line(std::string_view line);
// True for a metadata label alone on its line, its value below it (成文日期: / 发文日期).
bool is_bare_meta_label(std::string_view line);
// True for a website footer or page-chrome line (版权所有, ICP备, 网站主办单位, 打印本页 …).
bool is_page_chrome_line(std::string_view line);
// Abbreviation -> full form, as 卫健局 -> 卫生健康局 (for unit search).
const std::vector<std::pair<std::string, std::string>>& unit_abbreviations();
// Replaces every known abbreviation in s by its full form.
std::string expand_unit_abbreviations(std::string_view s);

}  // namespace gongwen::extract
