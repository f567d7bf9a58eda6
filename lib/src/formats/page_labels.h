// Words of the page around a document (data in page_labels.cc): the labels of a page's
// metadata rows (发布时间：, 索引号：, 文号：) with their canonical keys, and the words of site
// chrome (版权所有, ICP备, 上一篇, 分享到).
#pragma once

#include <string_view>
#include <vector>

#include "gongwen/record.h"

namespace gongwen::formats {

// Reads a metadata row, "发布时间：2023-05-06 来源：龙岗区教育局 浏览次数：12", into fields when
// it starts with a page label; false (and nothing added) otherwise. Labels may sit in their own
// table cells ("索引号：\t114403…\t发布机构：\t…"). *own is set when a document may write
// the row itself (公开方式：主动公开).
bool parse_page_row(std::string_view line, std::vector<PageField>& out, bool* own = nullptr);

// True for a line of site chrome: footer, share and print buttons, previous/next links, the
// "当前位置" breadcrumb, font-size switches.
bool is_chrome_line(std::string_view line);

// Canonical key for a <meta name=…> of a Chinese government page (ArticleTitle, PubDate,
// ContentSource, SiteName …), or empty when the name is not one.
std::string_view meta_name_key(std::string_view name);

// True when a class or id token names page chrome (nav, breadcrumb, footer, share …).
bool is_chrome_token(std::string_view token);

// True when a class or id token names the document's content (TRS_Editor, zoom, article …).
bool is_content_token(std::string_view token);

}  // namespace gongwen::formats
