// SARIF 2.1.0 (OASIS), as GitHub code scanning reads it: one run, the catalog in
// tool.driver.rules, one result per finding with its region, a stable partial fingerprint and
// the safe fix as a replacement. Written incrementally: the header with the rules first, the
// results as they come, the invocation with its notifications last.
#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include "gongwen/ingest.h"
#include "lint/rule.h"
#include "lint/writers.h"

namespace gongwen::lint {
namespace {

using json = nlohmann::ordered_json;

std::string level(Severity s) {
  return s == Severity::error ? "error" : s == Severity::warning ? "warning" : s == Severity::note ? "note" : "none";
}

std::string pascal(std::string_view kebab) {
  std::string out;
  bool up = true;
  for (char c : kebab) {
    if (c == '-') {
      up = true;
      continue;
    }
    out += up && c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c;
    up = false;
  }
  return out;
}

json artifact(const std::string& path) {
  json a;
  a["uri"] = artifact_uri(path);
  if (a["uri"].get<std::string>().rfind("file:", 0) != 0) a["uriBaseId"] = "%SRCROOT%";
  return a;
}

json region(Loc b, Loc e) {
  return json{{"startLine", b.line}, {"startColumn", b.col}, {"endLine", e.line}, {"endColumn", e.col}};
}

class SarifWriter : public Writer {
 public:
  explicit SarifWriter(std::FILE* out) : m_out(out) {}

  void begin() override {
    json rules = json::array();
    for (const Rule* r : catalog()) {
      const auto& i = r->info;
      rules.push_back(json{{"id", i.name},
                           {"name", pascal(i.name)},
                           {"shortDescription", {{"text", i.summary}}},
                           {"fullDescription", {{"text", i.rationale}}},
                           {"help", {{"text", std::string(i.summary) + "\n\n" + std::string(i.rationale)},
                                     {"markdown", rule_markdown(i)}}},
                           {"defaultConfiguration", {{"level", level(i.severity)}}},
                           {"properties", {{"tags", json::array({"gongwen", "gb-t-9704"})}}}});
    }
    json driver{{"name", "gw-lint"},
                {"version", k_version},
                {"semanticVersion", k_version},
                {"rules", std::move(rules)}};
    const std::string tool = json{{"driver", std::move(driver)}}.dump(-1, ' ', false, json::error_handler_t::replace);
    fmt::print(m_out,
               "{{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\",\"runs\":[{{"
               "\"tool\":{},\"columnKind\":\"unicodeCodePoints\",\"results\":[",
               tool);
  }

  void finding(const Finding& f) override {
    json r;
    r["ruleId"] = f.rule;
    if (auto idx = rule_index(f.rule)) r["ruleIndex"] = *idx;
    r["level"] = level(f.severity);
    r["message"] = {{"text", f.message}};
    r["locations"] = json::array({json{{"physicalLocation", {{"artifactLocation", artifact(f.path)}, {"region", region(f.begin, f.end)}}}}});
    r["partialFingerprints"] = {{"gwLintFingerprint/v1", f.fingerprint}};
    if (f.fix) {
      json reps = json::array();
      for (const auto& e : f.fix->edits)
        reps.push_back(json{{"deletedRegion", region(e.begin, e.end)}, {"insertedContent", {{"text", e.text}}}});
      r["fixes"] = json::array({json{{"description", {{"text", f.fix->description}}},
                                     {"artifactChanges", json::array({json{{"artifactLocation", artifact(f.path)},
                                                                           {"replacements", std::move(reps)}}})}}});
    }
    fmt::print(m_out, "{}{}", m_first ? "\n" : ",\n", r.dump(-1, ' ', false, json::error_handler_t::replace));
    m_first = false;
  }

  void input_error(const InputError& e) override {
    m_notes.push_back(json{{"level", "error"},
                           {"message", {{"text", e.source.path + ": " + e.code + ": " + e.message}}},
                           {"locations", json::array({json{{"physicalLocation", {{"artifactLocation", artifact(e.source.path)}}}}})}});
  }

  void end(const Stats&) override {
    json inv{{"executionSuccessful", true}, {"toolExecutionNotifications", m_notes}};
    fmt::print(m_out, "\n],\"invocations\":[{}]}}]}}\n", inv.dump(-1, ' ', false, json::error_handler_t::replace));
  }

 private:
  std::FILE* m_out;
  bool m_first = true;
  json m_notes = json::array();
};

}  // namespace

std::string artifact_uri(const std::string& path) {
  if (path == "-") return "stdin";
  std::string p = path;
  for (auto& c : p)
    if (c == '\\') c = '/';
  while (p.rfind("./", 0) == 0) p.erase(0, 2);
  std::string out;
  const bool absolute = !p.empty() && p[0] == '/';
  for (unsigned char c : p) {
    const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                       c == '.' || c == '_' || c == '~' || c == '/';
    out += plain ? std::string(1, static_cast<char>(c)) : fmt::format("%{:02X}", c);
  }
  return absolute ? "file://" + out : out;
}

std::unique_ptr<Writer> make_sarif_writer(std::FILE* out) { return std::make_unique<SarifWriter>(out); }
std::unique_ptr<Writer> make_text_writer(std::FILE* out, bool colour);
std::unique_ptr<Writer> make_json_writer(std::FILE* out);
std::unique_ptr<Writer> make_github_writer(std::FILE* out);

std::unique_ptr<Writer> make_writer(Format format, std::FILE* out, bool colour) {
  switch (format) {
    case Format::text: return make_text_writer(out, colour);
    case Format::json: return make_json_writer(out);
    case Format::sarif: return make_sarif_writer(out);
    case Format::github: return make_github_writer(out);
  }
  return make_text_writer(out, colour);
}

}  // namespace gongwen::lint
