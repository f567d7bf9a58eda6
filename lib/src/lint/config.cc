#include "lint/config.h"

#include <toml++/toml.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "lint/rule.h"

namespace gongwen::lint {
namespace fs = std::filesystem;

Profile default_profile() {
  Profile p;
  p.reply_requires = {"proposal-number", "addressee", "signer", "signed-date", "contact", "result-code", "disclosure"};
  p.notice_requires = {"doc-number", "addressees", "signer", "signed-date"};
  p.result_codes = {"A", "B", "C", "D"};
  p.public_disclosures = {"全文公开", "主动公开", "公开发布"};
  return p;
}

void ProfilePatch::apply(Profile& p) const {
  if (reply_requires) p.reply_requires = *reply_requires;
  if (notice_requires) p.notice_requires = *notice_requires;
  if (result_codes) p.result_codes = *result_codes;
  if (public_disclosures) p.public_disclosures = *public_disclosures;
}

std::string ConfigError::to_string() const {
  std::string s = path.empty() ? std::string("<config>") : path;
  if (line > 0) s += ":" + std::to_string(line) + ":" + std::to_string(col);
  return s + ": " + message;
}

Config default_config() {
  Config c;
  for (const Rule* r : catalog()) c.base.severity.push_back(r->info.severity);
  c.base.profile = default_profile();
  c.base.dictionary = builtin_dictionary();
  return c;
}

namespace {

// Reading a TOML document into a Config, with a position for every complaint.
class Reader {
 public:
  Reader(const std::string& path, ConfigError& err) : m_path(path), m_err(err) {}

  bool fail(const toml::node& at, std::string message) {
    m_err = {m_path, static_cast<int>(at.source().begin.line), static_cast<int>(at.source().begin.column),
             std::move(message)};
    return false;
  }

  bool strings(const toml::node& n, std::string_view what, std::vector<std::string>& out) {
    const auto* arr = n.as_array();
    if (!arr) return fail(n, std::string(what) + " must be an array of strings");
    out.clear();
    for (const auto& item : *arr) {
      const auto* s = item.as_string();
      if (!s) return fail(item, std::string(what) + " must be an array of strings");
      out.push_back(s->get());
    }
    return true;
  }

  bool severities(const toml::node& n, std::vector<std::pair<std::size_t, Severity>>& out) {
    const auto* t = n.as_table();
    if (!t) return fail(n, "rules must be a table of rule = \"off|note|warning|error\"");
    for (const auto& [key, value] : *t) {
      const auto idx = rule_index(key.str());
      if (!idx) return fail(value, "unknown rule " + std::string(key.str()) + " (gw-lint --list-rules names them)");
      std::optional<Severity> sev;
      if (const auto* s = value.as_string()) sev = parse_severity(s->get());
      else if (const auto* b = value.as_boolean()) sev = b->get() ? catalog()[*idx]->info.severity : Severity::off;
      if (!sev) return fail(value, "severity of " + std::string(key.str()) + " must be off, note, warning or error");
      out.emplace_back(*idx, *sev);
    }
    return true;
  }

  bool profile(const toml::node& n, ProfilePatch& out) {
    const auto* t = n.as_table();
    if (!t) return fail(n, "profile must be a table");
    for (const auto& [key, value] : *t) {
      const std::string_view k = key.str();
      std::vector<std::string> v;
      if (!strings(value, k, v)) return false;
      if (k == "reply-requires" || k == "notice-requires") {
        for (const auto& e : v)
          if (std::find(element_names().begin(), element_names().end(), e) == element_names().end()) {
            std::string known;
            for (auto x : element_names()) known += (known.empty() ? "" : ", ") + std::string(x);
            return fail(value, "unknown element " + e + " (known: " + known + ")");
          }
        (k == "reply-requires" ? out.reply_requires : out.notice_requires) = v;
      } else if (k == "result-codes") {
        out.result_codes = v;
      } else if (k == "public-disclosures") {
        out.public_disclosures = v;
      } else {
        return fail(value, "unknown profile key " + std::string(k) +
                               " (reply-requires, notice-requires, result-codes, public-disclosures)");
      }
    }
    return true;
  }

  bool misspellings(const toml::node& n, const std::string& dir, std::vector<Misspelling>& entries, bool& changed) {
    const auto* t = n.as_table();
    if (!t) return fail(n, "misspellings must be a table");
    if (const auto* b = t->get("builtin")) {
      if (!b->is_boolean()) return fail(*b, "misspellings.builtin must be true or false");
      if (!b->as_boolean()->get()) entries.clear();
      changed = true;
    }
    for (const auto& [key, value] : *t) {
      const std::string_view k = key.str();
      if (k == "builtin") continue;
      if (k == "files") {
        std::vector<std::string> files;
        if (!strings(value, k, files)) return false;
        for (const auto& f : files) {
          const fs::path p = fs::path(f).is_absolute() ? fs::path(f) : fs::path(dir) / f;
          std::ifstream in(p, std::ios::binary);
          if (!in) return fail(value, "cannot read misspellings file " + p.string());
          std::stringstream ss;
          ss << in.rdbuf();
          DictionaryError derr;
          if (!parse_misspellings(ss.str(), p.string(), entries, derr)) {
            m_err = {derr.origin, derr.line, 1, derr.message};
            return false;
          }
        }
        changed = true;
      } else if (k == "terms") {
        const auto* terms = value.as_table();
        if (!terms) return fail(value, "misspellings.terms must be a table of \"wrong\" = \"right\"");
        std::string tsv;
        for (const auto& [w, r] : *terms) {
          const auto* rs = r.as_string();
          if (!rs) return fail(r, "the right form of " + std::string(w.str()) + " must be a string");
          tsv += std::string(w.str()) + "\t" + rs->get() + "\n";
        }
        DictionaryError derr;
        if (!parse_misspellings(tsv, m_path, entries, derr)) return fail(value, derr.message);
        changed = true;
      } else {
        return fail(value, "unknown misspellings key " + std::string(k) + " (builtin, files, terms)");
      }
    }
    return true;
  }

 private:
  std::string m_path;
  ConfigError& m_err;
};

std::string absolute_dir_of(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::absolute(fs::path(path), ec).lexically_normal();
  return p.parent_path().string();
}

}  // namespace

std::optional<Config> parse_config(std::string_view text, const std::string& path, ConfigError& err) {
  Config c = default_config();
  c.path = path;
  c.dir = path.empty() ? fs::current_path().string() : absolute_dir_of(path);
  toml::table doc;
  try {
    doc = toml::parse(text, path);
  } catch (const toml::parse_error& e) {
    err = {path, static_cast<int>(e.source().begin.line), static_cast<int>(e.source().begin.column),
           std::string(e.description())};
    return std::nullopt;
  }
  Reader rd(path, err);
  std::vector<Misspelling> words = builtin_misspellings();
  bool words_changed = false;
  for (const auto& [key, value] : doc) {
    const std::string_view k = key.str();
    if (k == "rules") {
      std::vector<std::pair<std::size_t, Severity>> sev;
      if (!rd.severities(value, sev)) return std::nullopt;
      for (auto [i, s] : sev) c.base.severity[i] = s;
    } else if (k == "profile") {
      ProfilePatch patch;
      if (!rd.profile(value, patch)) return std::nullopt;
      patch.apply(c.base.profile);
    } else if (k == "misspellings") {
      if (!rd.misspellings(value, c.dir, words, words_changed)) return std::nullopt;
    } else if (k == "overrides") {
      const auto* arr = value.as_array();
      if (!arr) return rd.fail(value, "overrides must be an array of tables: [[overrides]]"), std::nullopt;
      for (const auto& item : *arr) {
        const auto* t = item.as_table();
        if (!t) return rd.fail(item, "each [[overrides]] entry must be a table"), std::nullopt;
        Override o;
        for (const auto& [ok, ov] : *t) {
          const std::string_view okey = ok.str();
          if (okey == "files") {
            if (!rd.strings(ov, "overrides.files", o.globs)) return std::nullopt;
          } else if (okey == "rules") {
            if (!rd.severities(ov, o.severities)) return std::nullopt;
          } else if (okey == "profile") {
            if (!rd.profile(ov, o.profile)) return std::nullopt;
          } else {
            return rd.fail(ov, "unknown overrides key " + std::string(okey) + " (files, rules, profile)"), std::nullopt;
          }
        }
        if (o.globs.empty()) return rd.fail(item, "an [[overrides]] entry needs files = [\"glob\", …]"), std::nullopt;
        c.overrides.push_back(std::move(o));
      }
    } else {
      return rd.fail(value, "unknown key " + std::string(k) + " (rules, profile, misspellings, overrides)"),
             std::nullopt;
    }
  }
  if (words_changed) c.base.dictionary = std::make_shared<Dictionary>(std::move(words));
  return c;
}

std::optional<Config> load_config(const std::string& path, ConfigError& err) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    err = {path, 0, 0, "cannot read the configuration file"};
    return std::nullopt;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  return parse_config(ss.str(), path, err);
}

std::string find_config(const std::string& input) {
  std::error_code ec;
  fs::path dir = input == "-" ? fs::current_path(ec) : fs::absolute(fs::path(input), ec).lexically_normal();
  if (input != "-" && !fs::is_directory(dir, ec)) dir = dir.parent_path();
  for (;;) {
    const fs::path candidate = dir / ".gwlint.toml";
    if (fs::is_regular_file(candidate, ec)) return candidate.string();
    if (!dir.has_parent_path() || dir.parent_path() == dir) return {};
    dir = dir.parent_path();
  }
}

std::vector<std::size_t> Config::matching(const std::string& input) const {
  std::vector<std::size_t> out;
  if (overrides.empty() || input == "-") return out;
  std::error_code ec;
  const fs::path abs = fs::absolute(fs::path(input), ec).lexically_normal();
  const std::string rel = abs.lexically_relative(fs::path(dir)).generic_string();
  if (rel.empty() || rel.rfind("..", 0) == 0) return out;
  for (std::size_t k = 0; k < overrides.size(); ++k)
    for (const auto& g : overrides[k].globs)
      if (glob_match(g, rel)) {
        out.push_back(k);
        break;
      }
  return out;
}

Settings Config::settings_for(const std::vector<std::size_t>& which) const {
  Settings s = base;
  for (std::size_t k : which) {
    for (auto [i, sev] : overrides[k].severities) s.severity[i] = sev;
    overrides[k].profile.apply(s.profile);
  }
  return s;
}

namespace {

bool glob_here(std::string_view p, std::string_view s) {
  while (!p.empty()) {
    if (p.starts_with("**")) {
      std::string_view rest = p.substr(2);
      if (rest.starts_with("/")) rest.remove_prefix(1);
      if (rest.empty()) return true;
      for (std::size_t i = 0; i <= s.size(); ++i)
        if ((i == 0 || s[i - 1] == '/') && glob_here(rest, s.substr(i))) return true;
      return false;
    }
    if (p[0] == '*') {
      for (std::size_t i = 0; i <= s.size(); ++i) {
        if (glob_here(p.substr(1), s.substr(i))) return true;
        if (i < s.size() && s[i] == '/') break;
      }
      return false;
    }
    if (s.empty()) return false;
    if (p[0] == '?') {
      if (s[0] == '/') return false;
    } else if (p[0] != s[0]) {
      return false;
    }
    p.remove_prefix(1);
    s.remove_prefix(1);
  }
  return s.empty();
}

}  // namespace

bool glob_match(std::string_view pattern, std::string_view path) {
  if (pattern.starts_with("./")) pattern.remove_prefix(2);
  // A pattern without a folder matches the file name at any depth, as in .gitignore.
  if (pattern.find('/') == std::string_view::npos) {
    const std::size_t slash = path.rfind('/');
    return glob_here(pattern, slash == std::string_view::npos ? path : path.substr(slash + 1));
  }
  return glob_here(pattern, path);
}

}  // namespace gongwen::lint
