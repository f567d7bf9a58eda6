// Records in: documents read as gw-ingest reads them, or JSON Lines files of records (what
// gw-ingest writes), in input order. Each record is condensed to what gw-due needs, so that
// 100,000 letters fit in memory.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "due/calendar.h"
#include "due/match.h"
#include "due/problem.h"
#include "gongwen/record.h"

namespace gongwen::due {

struct LetterItem {
  std::string number;  // as the letter writes it
  std::optional<NumberKey> key;
  std::string kind;  // 建议 | 提案 | 议案 | ""
  std::string title;
  std::string title_core;
  SessionKey session;
};

// A reply letter (or 会办意见) as matching and statuses see it.
struct Letter {
  std::string path;
  std::string title;
  std::vector<LetterItem> items;   // the suggestions / proposals it answers
  std::vector<std::string> units;  // signers, then issuers
  std::optional<Day> signed_date;
  std::string result_code;
};

// Whether a record answers suggestions or proposals (gw-ingest's kind "reply").
bool is_letter(const Record& rec);
Letter letter_from(const Record& rec);

// Reads every input: folders are walked as gw-ingest walks them; a file ending in .jsonl or
// .ndjson, or starting with a gongwen record, is read as JSON Lines of records. take(record) is
// called in input order. Unreadable inputs and bad lines are errors (file or file:line:col).
void read_records(const std::vector<std::string>& inputs, int jobs, const std::function<void(Record&&)>& take,
                  Problems& problems);

}  // namespace gongwen::due
