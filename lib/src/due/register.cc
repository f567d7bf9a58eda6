#include "due/register.h"

#include <fmt/format.h>

#include <map>

#include "text/utf8.h"

namespace gongwen::due {
namespace {

namespace utf8 = text::utf8;

enum class Field { number, title, proposers, lead, co, assigned, received, due, extended, session, cls };

// Headers as registers write them, Chinese and English (compared without spaces, parentheses
// and case). A header not listed here is reported as an unknown column.
struct Header {
  std::string_view name;
  Field field;
};
constexpr Header k_headers[] = {
    {"编号", Field::number},         {"建议编号", Field::number},       {"提案编号", Field::number},
    {"建议号", Field::number},       {"提案号", Field::number},         {"案号", Field::number},
    {"number", Field::number},       {"no", Field::number},             {"no.", Field::number},
    {"标题", Field::title},          {"题目", Field::title},            {"案由", Field::title},
    {"建议标题", Field::title},      {"提案标题", Field::title},        {"title", Field::title},
    {"代表", Field::proposers},      {"委员", Field::proposers},        {"代表/委员", Field::proposers},
    {"提出人", Field::proposers},    {"领衔代表", Field::proposers},    {"提案人", Field::proposers},
    {"建议人", Field::proposers},    {"proposers", Field::proposers},   {"proposer", Field::proposers},
    {"主办单位", Field::lead},       {"主办", Field::lead},             {"牵头单位", Field::lead},
    {"承办单位", Field::lead},       {"lead", Field::lead},             {"会办单位", Field::co},
    {"协办单位", Field::co},         {"会办", Field::co},               {"协办", Field::co},
    {"配合单位", Field::co},         {"汇办单位", Field::co},           {"co", Field::co},
    {"交办日期", Field::assigned},   {"交办时间", Field::assigned},     {"assigned", Field::assigned},
    {"收到日期", Field::received},   {"received", Field::received},     {"办理时限", Field::due},
    {"截止日期", Field::due},        {"答复截止日期", Field::due},      {"办理期限", Field::due},
    {"due", Field::due},             {"延期至", Field::extended},       {"延期", Field::extended},
    {"延期截止日期", Field::extended}, {"extended", Field::extended},  {"会议", Field::session},
    {"届次", Field::session},        {"session", Field::session},       {"类别", Field::cls},
    {"类型", Field::cls},            {"class", Field::cls},
};

// The class a proposers header implies: a 代表 raises 建议, a 委员 raises 提案.
constexpr std::pair<std::string_view, std::string_view> k_class_of_proposers[] = {{"代表", "建议"}, {"委员", "提案"}};

std::string header_key(std::string_view h) {
  std::string out;
  int depth = 0;  // text in parentheses is a note: 办理时限（截止日期）, 编号(必填)
  for (std::size_t i = 0; i < h.size();) {
    int len = 1;
    char32_t c = utf8::decode(h, i, len);
    i += static_cast<std::size_t>(len);
    if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;
    if (c == '(') ++depth;
    else if (c == ')') depth = std::max(0, depth - 1);
    else if (depth == 0 && !utf8::is_space(c) && c != '*' && c != '\n' && c != '\r') {
      if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
      utf8::append(out, c);
    }
  }
  return out;
}

std::vector<std::string> split_units(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    const std::string_view t = utf8::trim(cur);
    if (!t.empty()) out.emplace_back(t);
    cur.clear();
  };
  for (std::size_t i = 0; i < s.size();) {
    int len = 1;
    const char32_t c = utf8::decode(s, i, len);
    if (c == U'、' || c == U'，' || c == ',' || c == ';' || c == U'；' || c == '\n') flush();
    else cur.append(s.substr(i, static_cast<std::size_t>(len)));
    i += static_cast<std::size_t>(len);
  }
  flush();
  return out;
}

// An Excel date serial (45352 = 2024-03-01); Excel's fictitious 1900-02-29 (serial 60) is before
// any register date, so counting from 1899-12-30 is right for every date that matters.
std::optional<Day> excel_serial(std::string_view s, bool date1904) {
  if (s.empty() || s.find_first_not_of("0123456789.") != std::string_view::npos) return std::nullopt;
  const double v = std::stod(std::string(s));
  if (v < 61 || v > 2958465) return std::nullopt;
  const Day epoch = date1904 ? Day{std::chrono::year{1904} / 1 / 1} : Day{std::chrono::year{1899} / 12 / 30};
  return epoch + std::chrono::days{static_cast<int>(v)};
}

}  // namespace

Register register_from_sheet(const Sheet& sheet, const std::string& path, Problems& problems) {
  Register reg;
  reg.path = path;
  reg.encoding = sheet.encoding;
  auto blank = [](const SheetRow& r) {
    for (const auto& c : r.cells)
      if (!utf8::trim(c).empty()) return false;
    return true;
  };
  std::size_t h = 0;
  while (h < sheet.rows.size() && blank(sheet.rows[h])) ++h;
  if (h == sheet.rows.size()) {
    problems.error(path, 0, "empty", "the register has no header row");
    return reg;
  }
  const SheetRow& header = sheet.rows[h];
  std::map<Field, std::size_t> column;
  std::string default_class;
  for (std::size_t c = 0; c < header.cells.size(); ++c) {
    const std::string key = header_key(header.cells[c]);
    if (key.empty()) continue;
    const Header* found = nullptr;
    for (const auto& hd : k_headers)
      if (hd.name == key) found = &hd;
    if (!found) {
      problems.warning(path, header.number, "unknown-column",
                       fmt::format("column {} \"{}\" is not a register column; it is not used", c + 1, header.cells[c]));
      continue;
    }
    if (column.count(found->field)) {
      problems.warning(path, header.number, "repeated-column",
                       fmt::format("column {} \"{}\" repeats column {}; the first is used", c + 1, header.cells[c],
                                   column[found->field] + 1));
      continue;
    }
    column[found->field] = c;
    if (found->field == Field::proposers)
      for (const auto& [word, cls] : k_class_of_proposers)
        if (key == word) default_class = cls;
  }
  static constexpr std::pair<Field, std::string_view> k_required[] = {
      {Field::number, "编号/number"}, {Field::lead, "主办单位/lead"}, {Field::assigned, "交办日期/assigned"}};
  bool missing = false;
  for (const auto& [field, name] : k_required)
    if (!column.count(field)) {
      problems.error(path, header.number, "missing-column", fmt::format("the register has no {} column", name));
      missing = true;
    }
  if (missing) return reg;

  reg.rows.reserve(sheet.rows.size() - h - 1);
  std::map<std::string, int> seen;  // number key + class -> first row
  for (std::size_t r = h + 1; r < sheet.rows.size(); ++r) {
    const SheetRow& sr = sheet.rows[r];
    if (blank(sr)) continue;
    auto cell = [&](Field f) -> std::string {
      auto it = column.find(f);
      if (it == column.end() || it->second >= sr.cells.size()) return "";
      return std::string(utf8::trim(sr.cells[it->second]));
    };
    bool ok = true;
    auto date = [&](Field f, std::string_view name, bool required) -> std::optional<Day> {
      const std::string v = cell(f);
      if (v.empty()) {
        if (required) {
          problems.error(path, sr.number, "missing-date", fmt::format("no {}", name));
          ok = false;
        }
        return std::nullopt;
      }
      if (auto d = parse_date(v)) return d;
      if (auto d = excel_serial(v, sheet.date1904)) return d;
      problems.error(path, sr.number, "bad-date", fmt::format("{} \"{}\" is not a date", name, v));
      ok = false;
      return std::nullopt;
    };
    for (std::size_t c = header.cells.size(); c < sr.cells.size(); ++c)
      if (!utf8::trim(sr.cells[c]).empty()) {
        problems.warning(path, sr.number, "unknown-column",
                         fmt::format("cell in column {}, which has no header, is not used", c + 1));
        break;
      }
    Row row;
    row.line = sr.number;
    row.number = cell(Field::number);
    row.key = number_key(row.number);
    row.title = cell(Field::title);
    row.proposers = split_units(cell(Field::proposers));
    row.leads = split_units(cell(Field::lead));
    row.cos = split_units(cell(Field::co));
    row.session = cell(Field::session);
    row.cls = cell(Field::cls);
    if (row.cls.empty()) row.cls = default_class;
    if (row.cls.empty()) row.cls = kind_of_class(session_key(row.session).body);
    row.assigned = date(Field::assigned, "交办日期 (assigned)", true);
    row.received = date(Field::received, "收到日期 (received)", false);
    row.extended = date(Field::extended, "延期至 (extended)", false);
    if (const std::string due = cell(Field::due); !due.empty()) {
      if (auto period = parse_period(due)) row.due_period = period;
      else row.due = date(Field::due, "办理时限 (due)", false);
    }
    if (!row.key) {
      problems.error(path, sr.number, "missing-number",
                     row.number.empty() ? std::string("no number") : fmt::format("\"{}\" is not an item number", row.number));
      ok = false;
    }
    if (row.leads.empty()) {
      problems.error(path, sr.number, "missing-lead", "no lead unit (主办单位)");
      ok = false;
    }
    if (row.assigned && row.extended && *row.extended < *row.assigned) {
      problems.error(path, sr.number, "bad-date", fmt::format("延期至 {} is before 交办日期 {}", iso(*row.extended), iso(*row.assigned)));
      ok = false;
    }
    if (row.key) {
      const std::string id = fmt::format("{}|{}|{}", row.key->year.value_or(0), row.key->serial, kind_of_class(row.cls));
      if (auto [it, fresh] = seen.emplace(id, sr.number); !fresh) {
        problems.error(path, sr.number, "duplicate-number",
                       fmt::format("number \"{}\" is already on row {}", row.number, it->second));
        ok = false;
      }
    }
    if (ok) reg.rows.push_back(std::move(row));
  }
  return reg;
}

Register read_register(const std::string& path, Problems& problems) {
  auto sheet = read_sheet_file(path);
  if (!sheet.ok()) {
    problems.add(sheet.error());
    Register reg;
    reg.path = path;
    return reg;
  }
  return register_from_sheet(sheet.value(), path, problems);
}

}  // namespace gongwen::due
