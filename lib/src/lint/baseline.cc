#include "lint/baseline.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace gongwen::lint {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view k_kind = "gw-lint baseline";

std::string dir_of(const std::string& file) {
  std::error_code ec;
  return fs::absolute(fs::path(file), ec).lexically_normal().parent_path().string();
}

}  // namespace

std::string baseline_path(const std::string& dir, const std::string& path) {
  if (path == "-") return path;
  std::error_code ec;
  const fs::path abs = fs::absolute(fs::path(path), ec).lexically_normal();
  const fs::path rel = abs.lexically_relative(fs::path(dir));
  return rel.empty() ? abs.generic_string() : rel.generic_string();
}

std::optional<Baseline> Baseline::load(const std::string& file, std::string& err) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    err = file + ": cannot read the baseline";
    return std::nullopt;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  Baseline b;
  b.m_dir = dir_of(file);
  try {
    const auto j = nlohmann::json::parse(ss.str());
    if (!j.is_object() || j.value("kind", "") != k_kind || !j.contains("findings") || !j["findings"].is_array()) {
      err = file + ": not a gw-lint baseline (write one with --baseline on a file that does not exist yet)";
      return std::nullopt;
    }
    for (const auto& f : j["findings"])
      ++b.m_left[{f.at("rule").get<std::string>(), f.at("path").get<std::string>(), f.at("fingerprint").get<std::string>()}];
  } catch (const std::exception& e) {
    err = file + ": not a gw-lint baseline: " + e.what();
    return std::nullopt;
  }
  return b;
}

bool Baseline::absorbs(const Finding& f) {
  auto it = m_left.find({f.rule, baseline_path(m_dir, f.path), f.fingerprint});
  if (it == m_left.end() || it->second == 0) return false;
  --it->second;
  return true;
}

bool Baseline::write(const std::string& file, const std::vector<Finding>& findings, std::string& err) {
  const std::string dir = dir_of(file);
  std::vector<nlohmann::json> rows;
  for (const auto& f : findings)
    rows.push_back({{"rule", f.rule},
                    {"path", baseline_path(dir, f.path)},
                    {"fingerprint", f.fingerprint},
                    {"line", f.begin.line},
                    {"message", f.message}});
  std::sort(rows.begin(), rows.end(), [](const nlohmann::json& a, const nlohmann::json& b) {
    return std::tie(a["path"], a["line"], a["rule"], a["fingerprint"]) <
           std::tie(b["path"], b["line"], b["rule"], b["fingerprint"]);
  });
  std::string out = "{\"kind\": \"" + std::string(k_kind) + "\", \"version\": 1, \"findings\": [\n";
  for (std::size_t k = 0; k < rows.size(); ++k)
    out += "  " + rows[k].dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + (k + 1 < rows.size() ? ",\n" : "\n");
  out += "]}\n";
  std::ofstream o(file, std::ios::binary | std::ios::trunc);
  if (!o || !(o << out)) {
    err = file + ": cannot write the baseline";
    return false;
  }
  return true;
}

}  // namespace gongwen::lint
