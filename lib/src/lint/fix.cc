#include "lint/fix.h"

#include <algorithm>

namespace gongwen::lint {

Applied apply_fixes(std::string_view source, const std::vector<Finding>& findings) {
  struct Taken {
    std::size_t begin, end;
    const std::string* text;
  };
  std::vector<Taken> taken;
  Applied out;
  auto overlaps = [&](const Edit& e) {
    for (const auto& t : taken)
      if (e.offset < std::max(t.end, t.begin + 1) && t.begin < std::max(e.offset + e.length, e.offset + 1)) return true;
    return false;
  };
  for (std::size_t k = 0; k < findings.size(); ++k) {
    const auto& f = findings[k];
    if (!f.fix || f.fix->edits.empty()) continue;
    bool clash = false;
    for (const auto& e : f.fix->edits) clash = clash || overlaps(e) || e.offset + e.length > source.size();
    if (clash) {
      ++out.skipped;
      continue;
    }
    for (const auto& e : f.fix->edits) taken.push_back({e.offset, e.offset + e.length, &e.text});
    out.applied.push_back(k);
  }
  std::sort(taken.begin(), taken.end(), [](const Taken& a, const Taken& b) { return a.begin < b.begin; });
  std::size_t pos = 0;
  out.text.reserve(source.size() + 64);
  for (const auto& t : taken) {
    out.text.append(source.substr(pos, t.begin - pos));
    out.text += *t.text;
    pos = t.end;
  }
  out.text.append(source.substr(pos));
  return out;
}

namespace {

// Lines with their endings, so that joining them gives the text back.
std::vector<std::string_view> split_lines(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t b = 0;
  for (std::size_t k = 0; k < s.size(); ++k) {
    if (s[k] == '\n') {
      out.push_back(s.substr(b, k + 1 - b));
      b = k + 1;
    }
  }
  if (b < s.size()) out.push_back(s.substr(b));
  return out;
}

// A diff line as patch(1) reads it: the line without its \n (a \r stays, so that the diff of a
// CRLF file applies to it), marked when the file ends without a newline.
std::string diff_line(char kind, std::string_view l) {
  std::string out(1, kind);
  if (!l.empty() && l.back() == '\n') {
    out.append(l.substr(0, l.size() - 1));
    out += '\n';
  } else {
    out.append(l);
    out += "\n\\ No newline at end of file\n";
  }
  return out;
}

// Myers' O(ND) shortest edit script over lines: for each line, whether it is kept.
void diff_lines(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b,
                std::vector<bool>& keep_a, std::vector<bool>& keep_b) {
  const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size()), max = n + m;
  std::vector<int> v(static_cast<std::size_t>(2 * max + 2), 0);
  std::vector<std::vector<int>> trace;
  const int off = max + 1;
  int d_end = 0;
  for (int d = 0; d <= max; ++d) {
    trace.push_back(v);
    bool done = false;
    for (int k = -d; k <= d; k += 2) {
      int x = (k == -d || (k != d && v[static_cast<std::size_t>(off + k - 1)] < v[static_cast<std::size_t>(off + k + 1)]))
                  ? v[static_cast<std::size_t>(off + k + 1)]
                  : v[static_cast<std::size_t>(off + k - 1)] + 1;
      int y = x - k;
      while (x < n && y < m && a[static_cast<std::size_t>(x)] == b[static_cast<std::size_t>(y)]) ++x, ++y;
      v[static_cast<std::size_t>(off + k)] = x;
      if (x >= n && y >= m) {
        done = true;
        break;
      }
    }
    if (done) {
      d_end = d;
      trace.push_back(v);
      break;
    }
  }
  keep_a.assign(a.size(), false);
  keep_b.assign(b.size(), false);
  int x = n, y = m;
  for (int d = d_end; d > 0; --d) {
    const auto& pv = trace[static_cast<std::size_t>(d)];
    const int k = x - y;
    const bool down = k == -d || (k != d && pv[static_cast<std::size_t>(off + k - 1)] < pv[static_cast<std::size_t>(off + k + 1)]);
    const int pk = down ? k + 1 : k - 1;
    const int px = pv[static_cast<std::size_t>(off + pk)], py = px - pk;
    while (x > px + (down ? 0 : 1) && y > py + (down ? 1 : 0)) {
      --x, --y;
      keep_a[static_cast<std::size_t>(x)] = keep_b[static_cast<std::size_t>(y)] = true;
    }
    x = px, y = py;
  }
  while (x > 0 && y > 0) {
    --x, --y;
    keep_a[static_cast<std::size_t>(x)] = keep_b[static_cast<std::size_t>(y)] = true;
  }
}

}  // namespace

std::string unified_diff(const std::string& path, std::string_view before, std::string_view after) {
  if (before == after) return {};
  const auto a = split_lines(before), b = split_lines(after);
  std::vector<bool> ka, kb;
  if (a.size() == b.size()) {
    // Fixes rewrite within lines; with as many lines before as after, line k became line k.
    ka.resize(a.size());
    for (std::size_t k = 0; k < a.size(); ++k) ka[k] = a[k] == b[k];
    kb = ka;
  } else {
    diff_lines(a, b, ka, kb);
  }
  // Walk both files together: ops ' ', '-', '+' with their lines.
  struct Op {
    char kind;
    std::string_view line;
    std::size_t ai, bi;  // position in a and b before this op
  };
  std::vector<Op> ops;
  std::size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    // Removed lines first, then the added ones, as diff(1) prints them.
    if (i < a.size() && !ka[i]) ops.push_back({'-', a[i], i, j}), ++i;
    else if (j < b.size() && !kb[j]) ops.push_back({'+', b[j], i, j}), ++j;
    else ops.push_back({' ', a[i], i, j}), ++i, ++j;
  }
  constexpr std::size_t k_context = 3;
  std::string out = "--- a/" + path + "\n+++ b/" + path + "\n";
  for (std::size_t k = 0; k < ops.size();) {
    if (ops[k].kind == ' ') {
      ++k;
      continue;
    }
    std::size_t start = k >= k_context ? k - k_context : 0;
    std::size_t end = k;
    // Extend while the next change is within 2*context of the last one.
    for (std::size_t last = k; end < ops.size(); ++end) {
      if (ops[end].kind != ' ') last = end;
      else if (end - last > 2 * k_context) break;
    }
    std::size_t last_change = start;
    for (std::size_t q = start; q < end; ++q)
      if (ops[q].kind != ' ') last_change = q;
    end = std::min(ops.size(), last_change + 1 + k_context);
    std::size_t na = 0, nb = 0;
    for (std::size_t q = start; q < end; ++q) {
      na += ops[q].kind != '+';
      nb += ops[q].kind != '-';
    }
    out += "@@ -" + std::to_string(ops[start].ai + (na ? 1 : 0)) + "," + std::to_string(na) + " +" +
           std::to_string(ops[start].bi + (nb ? 1 : 0)) + "," + std::to_string(nb) + " @@\n";
    for (std::size_t q = start; q < end; ++q) out += diff_line(ops[q].kind, ops[q].line);
    k = end;
  }
  return out;
}

}  // namespace gongwen::lint
