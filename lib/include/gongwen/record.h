// The record: one document as structured data (the contract in docs/record.md).
// Plain structs, no behaviour: extractors fill them, serialisers print them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace gongwen {

// 1-based line and column (in characters) in the decoded source, as an editor shows it.
struct Loc {
  int line = 0;
  int col = 0;
  bool operator==(const Loc&) const = default;
};

// 发文字号: 筑卫健发〔2021〕19号 -> agency 筑卫健发, year 2021, serial 19. `text` is verbatim,
// even where the brackets are wrong.
struct DocNumber {
  std::string text;
  std::string agency;
  std::optional<int> year;
  std::optional<int> serial;
  Loc at;
};

// 市七届人大二次会议 -> body 人大, level 市, term 7, meeting 2.
struct Session {
  std::string text;
  std::string body;                  // 人大 | 政协
  std::optional<std::string> level;  // 全国 | 省 | 市 | 区 | 县 | 州 | …
  std::optional<int> term;
  std::optional<int> meeting;
  Loc at;
};

struct Proposal {
  std::optional<std::string> number;  // as written, without 第/号, leading zeros kept
  std::optional<std::string> kind;    // 建议 | 提案 | 议案
  std::optional<std::string> title;   // inside 《》 or “”, without the marks
  std::optional<Session> session;
  Loc at;
};

struct Person {
  std::string name;
  std::string role;  // 代表 | 委员
  Loc at;
};

struct Assignment {
  std::vector<std::string> lead;  // 主办 / 牵头
  std::vector<std::string> co;    // 会办 / 协办 / 分办 (and the misspelling 汇办)
};

struct Contact {
  std::optional<std::string> name;
  std::vector<std::string> phones;
  std::vector<std::string> emails;
  Loc at;
};

// A date or period named in the text. `value` is ISO (YYYY-MM-DD, YYYY-MM or YYYY, or the
// period's first day); `end` the last day covered. A date that lost its year keeps `value`
// empty; where the year can be told from the document, `inferred_value` carries it.
struct DateMention {
  std::string text;
  std::optional<std::string> value;
  std::optional<std::string> end;
  std::string precision;  // day | month | quarter | half | year
  bool inferred = false;
  std::optional<std::string> inferred_value;
  Loc at;
};

struct Quantity {
  std::string text;
  double value = 0;
  std::string unit;
};

struct Commitment {
  std::string text;
  std::optional<std::string> due;
  std::optional<std::string> due_text;
  std::optional<std::string> unit;
  std::vector<Quantity> quantities;
  std::optional<std::string> modality;
  bool recurring = false;
  bool due_inferred = false;
  Loc at;
};

struct Unit {
  std::string name;
  Loc at;
};

struct Diagnostic {
  std::string code;
  std::string message;
  Loc at;
};

// A field of the web page or file around the document, not of the document itself: an HTML
// page's 发布时间 / 索引号 / 发文字号 row, a DOCX header or footer. Kept apart so that extractors
// never take it for the document's own date, number, unit or contact. `key` is canonical
// (published, index, doc_number, …; see formats/page_labels.cc), `label` as written.
struct PageField {
  std::string key;
  std::string label;
  std::string value;
};

struct Source {
  std::string path;
  std::string format = "txt";  // txt | html | docx | pdf | ofd, told from the content
  std::string encoding;
  std::uint64_t bytes = 0;
};

struct Record {
  std::string id;  // sha256 of the raw bytes
  Source source;
  std::string kind = "other";  // reply | notice | other
  std::optional<std::string> title;
  Loc title_at;
  std::vector<DocNumber> doc_numbers;
  std::vector<DocNumber> cited_doc_numbers;
  std::vector<Proposal> proposals;
  std::vector<Person> proposers;
  Assignment assignment;
  std::vector<std::string> issuers;
  std::vector<std::string> addressees;
  std::vector<std::string> signers;
  std::optional<std::string> signed_date;
  Loc signed_at;
  std::optional<std::string> result_code;
  std::optional<std::string> disclosure;
  std::vector<Contact> contacts;
  std::vector<std::string> attachments;
  std::vector<DateMention> dates;
  std::vector<Commitment> commitments;
  std::vector<Unit> units;
  std::vector<Diagnostic> diagnostics;
  std::vector<PageField> page;  // empty for plain text
};

// An input that could not be read or decoded: the run goes on and prints this instead.
struct InputError {
  Source source;
  std::string code;  // not-found | unreadable | empty | binary | too-large | …
  std::string message;
};

}  // namespace gongwen
