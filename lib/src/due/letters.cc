#include "due/letters.h"

#include <fmt/format.h>

#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>

#include "gongwen/ingest.h"
#include "gongwen/json.h"
#include "io/pool.h"

namespace gongwen::due {
namespace {

constexpr std::string_view k_record_start = R"({"schema":"gongwen.record/)";

bool is_jsonl_name(std::string_view path) { return path.ends_with(".jsonl") || path.ends_with(".ndjson"); }

// True when the bytes open with a gongwen record line (gw-ingest's output saved under any name).
bool starts_with_record(std::string_view data) {
  if (data.starts_with("\xEF\xBB\xBF")) data.remove_prefix(3);
  while (!data.empty() && (data.front() == ' ' || data.front() == '\n' || data.front() == '\r')) data.remove_prefix(1);
  return data.starts_with(k_record_start);
}

bool file_starts_with_record(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char buf[64] = {};
  in.read(buf, sizeof buf);
  return starts_with_record(std::string_view(buf, static_cast<std::size_t>(in.gcount())));
}

// One line of a JSON Lines file: a record, or the problem with it. Blank lines give neither.
void parse_line(std::string_view line, int line_no, std::vector<Record>& records, std::vector<Problem>& errors,
                const std::string& path) {
  if (line_no == 1 && line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (line.find_first_not_of(" \t") == std::string_view::npos) return;
  std::string error;
  if (auto rec = record_from_json(line, &error)) records.push_back(std::move(*rec));
  else errors.push_back({path, line_no, 1, Severity::error, "bad-record", error});
}

// Streams JSON Lines from `in` on this thread; `first` is a line already read from it.
void read_jsonl_stream(std::istream& in, std::string first, const std::string& path,
                       const std::function<void(Record&&)>& take, Problems& problems) {
  int line_no = 0;
  std::string line = std::move(first);
  do {
    std::vector<Record> records;
    std::vector<Problem> errors;
    parse_line(line, ++line_no, records, errors, path);
    for (auto& r : records) take(std::move(r));
    for (auto& e : errors) problems.add(std::move(e));
  } while (std::getline(in, line));
}

// A JSON Lines file parsed on `jobs` threads: one pass finds where each batch of lines starts,
// then workers parse batches and the records are handed over in file order.
void read_jsonl_file(const std::string& path, int jobs, const std::function<void(Record&&)>& take,
                     Problems& problems) {
  constexpr int k_batch = 512;
  struct Span {
    std::streamoff begin = 0, end = 0;
    int first_line = 1;
  };
  std::vector<Span> spans;
  {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      problems.error(path, 0, "unreadable", "cannot open the file");
      return;
    }
    std::vector<char> buf(1 << 20);
    std::streamoff pos = 0;
    int lines = 0;
    spans.push_back({});
    while (in.read(buf.data(), static_cast<std::streamsize>(buf.size())) || in.gcount() > 0) {
      const auto n = static_cast<std::size_t>(in.gcount());
      for (const char* p = buf.data(); (p = static_cast<const char*>(std::memchr(p, '\n', n - static_cast<std::size_t>(p - buf.data()))));) {
        ++p;
        if (++lines % k_batch == 0) {
          const std::streamoff at = pos + (p - buf.data());
          spans.back().end = at;
          spans.push_back({at, 0, lines + 1});
        }
        if (p == buf.data() + n) break;
      }
      pos += static_cast<std::streamoff>(n);
    }
    spans.back().end = pos;
  }
  struct Batch {
    std::vector<Record> records;
    std::vector<Problem> errors;
  };
  io::ordered_map<Batch>(
      spans.size(), resolve_jobs(jobs),
      [&](std::size_t i) {
        Batch b;
        std::ifstream in(path, std::ios::binary);
        std::string data(static_cast<std::size_t>(spans[i].end - spans[i].begin), '\0');
        in.seekg(spans[i].begin);
        in.read(data.data(), static_cast<std::streamsize>(data.size()));
        int line_no = spans[i].first_line;
        for (std::size_t p = 0; p < data.size(); ++line_no) {
          std::size_t e = data.find('\n', p);
          if (e == std::string::npos) e = data.size();
          parse_line(std::string_view(data).substr(p, e - p), line_no, b.records, b.errors, path);
          p = e + 1;
        }
        return b;
      },
      [&](std::size_t, Batch&& b) {
        for (auto& r : b.records) take(std::move(r));
        for (auto& e : b.errors) problems.add(std::move(e));
      });
}

// Documents read in parallel, in order.
void read_documents(const std::vector<std::string>& paths, int jobs, const std::function<void(Record&&)>& take,
                    Problems& problems) {
  ingest_all(paths, jobs, [&](std::size_t, Outcome&& o) {
    if (o.record) take(std::move(*o.record));
    else problems.error(o.error->source.path, 0, o.error->code, o.error->message);
  });
}

}  // namespace

bool is_letter(const Record& rec) { return rec.kind == "reply"; }

Letter letter_from(const Record& rec) {
  Letter l;
  l.path = rec.source.path;
  l.title = rec.title.value_or("");
  for (const auto& p : rec.proposals) {
    LetterItem item;
    item.number = p.number.value_or("");
    item.key = number_key(item.number);
    item.kind = p.kind.value_or("");
    item.title = p.title.value_or("");
    item.title_core = title_core(item.title);
    if (p.session) item.session = session_key(p.session->text);
    l.items.push_back(std::move(item));
  }
  // A letter that names no item can still be matched by its own title.
  if (l.items.empty() && !l.title.empty()) {
    LetterItem item;
    item.title = l.title;
    item.title_core = title_core(l.title);
    l.items.push_back(std::move(item));
  }
  l.units = rec.signers;
  l.units.insert(l.units.end(), rec.issuers.begin(), rec.issuers.end());
  if (rec.signed_date) l.signed_date = parse_date(*rec.signed_date);
  l.result_code = rec.result_code.value_or("");
  return l;
}

void read_records(const std::vector<std::string>& inputs, int jobs, const std::function<void(Record&&)>& take,
                  Problems& problems) {
  const std::vector<std::string> paths = expand_inputs(inputs);
  std::vector<std::string> documents;  // a run of documents, read together on the worker pool
  auto flush = [&] {
    read_documents(documents, jobs, take, problems);
    documents.clear();
  };
  for (const auto& path : paths) {
    if (path == "-") {
      // Standard input is gw-ingest's output piped in, or one document.
      flush();
      std::string first;
      std::getline(std::cin, first);
      if (starts_with_record(first)) {
        read_jsonl_stream(std::cin, std::move(first), "-", take, problems);
        continue;
      }
      std::string data = first + "\n" + std::string(std::istreambuf_iterator<char>(std::cin), {});
      if (auto o = ingest_bytes(data, "-"); o.record) take(std::move(*o.record));
      else problems.error("-", 0, o.error->code, o.error->message);
    } else if (is_jsonl_name(path) || file_starts_with_record(path)) {
      flush();
      read_jsonl_file(path, jobs, take, problems);
    } else {
      documents.push_back(path);
    }
  }
  flush();
}

}  // namespace gongwen::due
