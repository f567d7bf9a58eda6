// What a lint rule is: catalog facts (name, severity, rationale, examples, fix) and a check that
// reads the Record and the Document built once by analyse(). Per-document rules report through a
// Context; batch rules (duplicates, conflicts) read one small summary per document.
#pragma once

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document.h"
#include "gongwen/lint.h"
#include "gongwen/record.h"
#include "lint/config.h"

namespace gongwen::lint {

// A replacement of decoded-source bytes [begin, end).
struct SourceEdit {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string text;
};

struct RawFix {
  std::string description;
  std::vector<SourceEdit> edits;
};

// A finding before the engine names its rule and severity: source byte offsets.
struct Hit {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string message;
  std::optional<RawFix> fix;
};

class Context {
 public:
  Context(const Record& record, const Document& document, const Profile& prof, const Dictionary& dictionary,
          std::string_view today)
      : rec(record), doc(document), profile(prof), dict(dictionary), as_of(today) {}

  const Record& rec;
  const Document& doc;
  const Profile& profile;
  const Dictionary& dict;
  std::string_view as_of;  // YYYY-MM-DD

  // Source bytes [begin, end).
  void report(std::size_t begin, std::size_t end, std::string message, std::optional<RawFix> fix = std::nullopt);
  // Folded bytes [begin, end), mapped back to the source.
  void report_folded(std::size_t begin, std::size_t end, std::string message,
                     std::optional<RawFix> fix = std::nullopt);

  // Source byte where a record Loc points.
  std::size_t offset_of(Loc at) const;
  // [begin, end) of `verbatim` at `at` in the source, when it is there (record fields quote the
  // source verbatim); nullopt otherwise.
  std::optional<std::pair<std::size_t, std::size_t>> span_of(Loc at, std::string_view verbatim) const;
  // Source byte just after the folded character that ends at folded byte `end`.
  std::size_t source_end(std::size_t folded_end) const;
  // First folded byte at or after source byte `src`.
  std::size_t folded_of(std::size_t src) const;
  // Source byte where the text ends (after its last non-blank line): where a missing tail
  // element (signature, contact) would go.
  std::size_t tail() const;

  // True when an earlier finding of the current rule overlaps source bytes [begin, end).
  bool overlaps(std::size_t begin, std::size_t end) const {
    for (const auto& h : m_hits)
      if (begin < std::max(h.end, h.begin + 1) && h.begin < std::max(end, begin + 1)) return true;
    return false;
  }

  std::vector<Hit> take() { return std::move(m_hits); }

 private:
  std::vector<Hit> m_hits;
};

// One document as the batch rules see it; the Document itself is gone by then.
struct BatchDoc {
  std::string path;
  std::string id;           // sha256 of the raw bytes
  std::string content_key;  // hash of the folded text without whitespace
  std::string kind;
  struct Answer {
    std::string key;    // proposal identity: session + kind + number without leading zeros
    std::string label;  // as a person writes it: 市七届人大二次会议第88号建议
    Loc at;
    std::string excerpt;  // the source line, for display
  };
  std::vector<Answer> answers;
  std::optional<std::string> result_code;
  std::vector<std::string> signers;
  bool answers_deputy = false;  // addressed to the deputy or member (a 会办意见 goes to the lead unit)
  std::string first_line;  // first non-blank source line, for display
  const Settings* settings = nullptr;
};

struct BatchHit {
  std::size_t doc = 0;  // index in the batch
  Loc begin;
  Loc end;
  std::string excerpt;
  std::string message;
};

struct BatchContext {
  const std::vector<BatchDoc>& docs;
  std::vector<BatchHit> hits;
};

struct Rule {
  RuleInfo info;
  void (*check)(Context&) = nullptr;             // per document
  void (*check_batch)(BatchContext&) = nullptr;  // over the whole batch
};

// The catalog (catalog.cc): every rule, in a fixed order.
const std::vector<const Rule*>& catalog();
// Index in catalog() of a rule name; nullopt when unknown.
std::optional<std::size_t> rule_index(std::string_view name);

// Element names missing-element knows (proposal-number, addressee, signer …), for the config.
const std::vector<std::string_view>& element_names();

}  // namespace gongwen::lint
