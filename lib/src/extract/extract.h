// The extractors: each fills one family of record fields from the analysed document.
// run.cc calls them in order; later ones may read what earlier ones wrote.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "document.h"
#include "gongwen/record.h"

namespace gongwen::extract {

// A calendar date as found in text; fields 0 where absent.
struct Ymd {
  int y = 0, m = 0, d = 0;
};

// Where the parts of a document are, as folded line indices, found once by layout.cc.
struct Layout {
  std::optional<std::size_t> title_first;  // the document's own title (may span lines)
  std::optional<std::size_t> title_last;
  std::size_t title_begin = 0, title_end = 0;  // folded bytes of the title itself, marks and number cut
  std::optional<std::size_t> banner;       // 版头: "X文件"
  std::optional<std::size_t> addressee;    // 主送 / salutation line
  std::optional<std::size_t> addressee_first;  // where a 主送 list wrapped over lines starts
  std::size_t body_begin = 0;              // first line after the head
  std::optional<std::size_t> sign_date;    // 成文日期 line of the signature block
  Ymd sign_ymd;                            // its date
  std::size_t sign_date_pos = 0;           // folded byte where the date starts
  std::vector<std::size_t> signer_lines;   // unit lines just above it
  std::optional<std::pair<std::size_t, std::size_t>> inline_signer;  // folded bytes of the unit
                                                                     // before the date on a flattened page
  std::size_t body_end = 0;                // signature start, or end of text
  std::vector<bool> chrome;                // per line: page metadata or site chrome
  // The first line that may hold body text: a page flattened to one line runs the body on
  // after the addressee's colon (各村委会：请各村于…前报送).
  std::size_t text_begin() const { return addressee ? *addressee : body_begin; }
};

Layout find_layout(const Document& doc);

void extract_title(const Document&, const Layout&, Record&);
void extract_doc_numbers(const Document&, const Layout&, Record&);
void extract_proposals(const Document&, const Layout&, Record&);
void extract_parties(const Document&, const Layout&, Record&);
void extract_assignment(const Document&, const Layout&, Record&);
void extract_labels(const Document&, const Layout&, Record&);
void extract_contacts(const Document&, const Layout&, Record&);
void extract_attachments(const Document&, const Layout&, Record&);
void extract_dates(const Document&, const Layout&, Record&);
void extract_commitments(const Document&, const Layout&, Record&);
void extract_units(const Document&, const Layout&, Record&);
void extract_kind(const Document&, const Layout&, Record&);

// Shared date helpers (dates.cc).
bool valid_date(int y, int m, int d);
int days_in_month(int y, int m);
std::string iso_date(int y, int m, int d);
// A line that holds only a date (2022年7月27日, 二〇二二年七月二十七日, 2023518, 2022-07-27):
// the date, or nullopt. Compact digits are accepted only when they read one way.
std::optional<Ymd> date_only_line(std::string_view line);

// Splits a run of unit names: on spaces, 、 and ，/, outside brackets, and where a name ends
// with a unit suffix directly followed by another name (中共X县委X县人民政府).
struct Span {
  std::size_t begin = 0, end = 0;
};
std::vector<Span> split_unit_spans(std::string_view s);
// A line that holds only unit names (龙岗区卫生健康局 / 中共X县委   X县人民政府).
bool unit_line(std::string_view line);
// A closing line may label the signer (承办单位：临溪县交通运输局): the part after the label.
std::string_view signer_value(std::string_view line);
// The nearest line above line i (and below `floor`) that holds text.
std::optional<std::size_t> prev_nonblank(const Document& doc, std::size_t i, std::size_t floor = 0);
std::vector<std::string> split_units(std::string_view s);

}  // namespace gongwen::extract
