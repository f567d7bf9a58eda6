// JSON Lines: one finding per line, keys in a fixed order, for scripts and jq.
#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include "lint/writers.h"

namespace gongwen::lint {
namespace {

class JsonWriter : public Writer {
 public:
  explicit JsonWriter(std::FILE* out) : m_out(out) {}

  void finding(const Finding& f) override {
    nlohmann::ordered_json j;
    j["name"] = f.rule;
    j["severity"] = to_string(f.severity);
    j["message"] = f.message;
    j["path"] = f.path;
    j["line"] = f.begin.line;
    j["col"] = f.begin.col;
    j["end_line"] = f.end.line;
    j["end_col"] = f.end.col;
    if (f.fix) {
      nlohmann::ordered_json fix;
      fix["description"] = f.fix->description;
      fix["edits"] = nlohmann::ordered_json::array();
      for (const auto& e : f.fix->edits)
        fix["edits"].push_back(nlohmann::ordered_json{{"line", e.begin.line},
                                                      {"col", e.begin.col},
                                                      {"end_line", e.end.line},
                                                      {"end_col", e.end.col},
                                                      {"text", e.text}});
      j["fix"] = std::move(fix);
    } else {
      j["fix"] = nullptr;
    }
    fmt::print(m_out, "{}\n", j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }

 private:
  std::FILE* m_out;
};

}  // namespace

std::unique_ptr<Writer> make_json_writer(std::FILE* out) { return std::make_unique<JsonWriter>(out); }

}  // namespace gongwen::lint
