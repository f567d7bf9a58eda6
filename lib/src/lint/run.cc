// One gw-lint run: options checked, configurations found, documents linted on worker threads and
// reported in input order, batch rules, baseline, fixes, exit code.
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>

#include "gongwen/ingest.h"
#include "io/pool.h"
#include "lint/baseline.h"
#include "lint/engine.h"
#include "lint/fix.h"
#include "lint/writers.h"
#include "text/encode.h"

namespace gongwen::lint {
namespace fs = std::filesystem;

namespace {

struct Work {
  DocOutcome doc;
  // Fixes, computed in the worker: the new bytes (in the file's encoding) and the diff.
  std::vector<std::size_t> applied;
  std::size_t skipped = 0;
  std::string bytes;
  std::string diff;
  std::string fix_error;
};

Work lint_one(const std::string& path, const Settings& settings, std::string_view as_of, bool fixes) {
  Work w{lint_input(path, settings, as_of, fixes), {}, 0, {}, {}, {}};
  if (!fixes || w.doc.error) return w;
  bool any = false;
  for (const auto& f : w.doc.findings) any = any || f.fix.has_value();
  if (!any) return w;
  if (w.doc.format != "txt") {
    w.fix_error = "fixes apply to plain-text files only (this is " + w.doc.format + ")";
    return w;
  }
  if (w.doc.lossy) {
    w.fix_error = "the file has invalid " + w.doc.encoding + " sequences that rewriting would lose";
    return w;
  }
  Applied a = apply_fixes(w.doc.source, w.doc.findings);
  auto bytes = text::encode(a.text, w.doc.encoding);
  if (!bytes) {
    w.fix_error = "the fixed text cannot be written back in " + w.doc.encoding;
    return w;
  }
  w.applied = std::move(a.applied);
  w.skipped = a.skipped;
  w.bytes = std::move(*bytes);
  w.diff = unified_diff(path, w.doc.source, a.text);
  w.doc.source.clear();
  return w;
}

// Replaces the file through a temporary beside it, keeping its permissions.
bool write_in_place(const std::string& path, const std::string& bytes, std::string& err) {
  std::error_code ec;
  const fs::path tmp = fs::path(path).concat(".gw-lint~");
  {
    std::ofstream o(tmp, std::ios::binary | std::ios::trunc);
    if (!o || !o.write(bytes.data(), static_cast<std::streamsize>(bytes.size()))) {
      err = "cannot write " + tmp.string();
      return false;
    }
  }
  const auto perms = fs::status(path, ec).permissions();
  if (!ec) fs::permissions(tmp, perms, ec);
  fs::rename(tmp, path, ec);
  if (ec) {
    fs::remove(tmp, ec);
    err = "cannot replace the file";
    return false;
  }
  return true;
}

// Named files are linted whatever their name; in folders, only documents (not the gold files,
// notes and configuration that live beside them).
std::vector<std::string> documents(const std::vector<std::string>& paths) {
  static constexpr std::string_view k_kinds[] = {".txt", ".text", ".htm", ".html", ".shtml", ".xhtml",
                                                 ".docx", ".pdf", ".ofd"};
  std::vector<std::string> out;
  for (const auto& p : paths) {
    std::error_code ec;
    if (p == "-" || !fs::is_directory(p, ec)) {
      out.push_back(p);
      continue;
    }
    for (auto& f : expand_inputs({p})) {
      std::string ext = fs::path(f).extension().string();
      for (auto& c : ext) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      for (auto k : k_kinds)
        if (ext == k) {
          out.push_back(std::move(f));
          break;
        }
    }
  }
  return out;
}

class Runner {
 public:
  Runner(const Options& o, std::FILE* out, std::FILE* err) : m_o(o), m_out(out), m_err(err) {}

  int run() {
    if (m_o.paths.empty()) return usage("no input: give files, folders or - for standard input");
    m_as_of = m_o.as_of.empty() ? today() : m_o.as_of;
    if (!valid_iso_date(m_as_of)) return usage("--as-of must be a date written YYYY-MM-DD, not " + m_o.as_of);
    if (m_o.fix && m_o.diff) return usage("--fix writes the files and --diff only shows the changes: choose one");
    if (m_o.update_baseline && m_o.baseline.empty()) return usage("--update-baseline needs --baseline FILE");
    if (!m_o.baseline.empty()) {
      std::error_code ec;
      m_write_baseline = m_o.update_baseline || !fs::exists(m_o.baseline, ec);
      if (!m_write_baseline) {
        std::string e;
        m_baseline = Baseline::load(m_o.baseline, e);
        if (!m_baseline) return usage(e);
      }
    }
    const auto inputs = documents(m_o.paths);
    std::vector<const Settings*> settings;
    for (const auto& in : inputs) {
      const Settings* s = settings_for(in);
      if (!s) return k_exit_usage;
      settings.push_back(s);
    }

    m_writer = make_writer(m_o.format, m_out, m_o.colour);
    if (!m_o.diff) m_writer->begin();
    const bool fixes = m_o.fix || m_o.diff;
    io::ordered_map<Work>(
        inputs.size(), resolve_jobs(m_o.jobs),
        [&](std::size_t i) { return lint_one(inputs[i], *settings[i], m_as_of, fixes); },
        [&](std::size_t i, Work&& w) { emit(inputs[i], std::move(w)); });
    for (auto& f : lint_batch(m_batch)) report(std::move(f));
    if (!m_o.diff) m_writer->end(m_stats);
    fmt::print(m_err, "gw-lint: {}\n", summary_line(m_stats));

    if (m_write_baseline) {
      std::string e;
      if (!Baseline::write(m_o.baseline, m_for_baseline, e)) return usage(e);
      fmt::print(m_err, "gw-lint: wrote {} findings to the baseline {}\n", m_for_baseline.size(), m_o.baseline);
    }
    if (m_stats.unreadable) return k_exit_input;
    if (m_write_baseline || m_o.fail_on == Severity::off) return k_exit_clean;
    for (int s = static_cast<int>(m_o.fail_on); s <= static_cast<int>(Severity::error); ++s)
      if (m_stats.by_severity[static_cast<std::size_t>(s)]) return k_exit_findings;
    return k_exit_clean;
  }

 private:
  int usage(const std::string& message) {
    fmt::print(m_err, "gw-lint: {}\n", message);
    return k_exit_usage;
  }

  // The settings of one input: its configuration (given, or the nearest .gwlint.toml) and the
  // overrides matching its path. Shared between inputs that resolve alike.
  const Settings* settings_for(const std::string& input) {
    const std::string cfg_path = m_o.config.empty() ? find_config(input) : m_o.config;
    auto it = m_configs.find(cfg_path);
    if (it == m_configs.end()) {
      std::unique_ptr<Config> c;
      if (cfg_path.empty()) {
        c = std::make_unique<Config>(default_config());
      } else {
        ConfigError e;
        auto loaded = load_config(cfg_path, e);
        if (!loaded) {
          fmt::print(m_err, "{}\n", e.to_string());
          return nullptr;
        }
        c = std::make_unique<Config>(std::move(*loaded));
      }
      it = m_configs.emplace(cfg_path, std::move(c)).first;
    }
    const Config& cfg = *it->second;
    auto key = std::make_pair(&cfg, cfg.matching(input));
    auto s = m_settings.find(key);
    if (s == m_settings.end()) s = m_settings.emplace(key, std::make_unique<Settings>(cfg.settings_for(key.second))).first;
    return s->second.get();
  }

  void emit(const std::string& path, Work&& w) {
    if (w.doc.error) {
      ++m_stats.unreadable;
      fmt::print(m_err, "gw-lint: {}: {}: {}\n", path, w.doc.error->code, w.doc.error->message);
      m_writer->input_error(*w.doc.error);
      return;
    }
    ++m_stats.documents;
    std::vector<bool> fixed(w.doc.findings.size(), false);
    if (!w.fix_error.empty()) {
      fmt::print(m_err, "gw-lint: {}: not fixed: {}\n", path, w.fix_error);
    } else if (!w.applied.empty() && m_o.diff) {
      fmt::print(m_out, "{}", w.diff);
    } else if (!w.applied.empty() && m_o.fix) {
      std::string e;
      if (path == "-") {
        fmt::print(m_err, "gw-lint: standard input cannot be fixed in place (use --diff)\n");
      } else if (!write_in_place(path, w.bytes, e)) {
        fmt::print(m_err, "gw-lint: {}: not fixed: {}\n", path, e);
      } else {
        std::FILE* log = m_o.format == Format::text ? m_out : m_err;
        for (std::size_t k : w.applied) {
          const auto& f = w.doc.findings[k];
          fixed[k] = true;
          fmt::print(log, "{}:{}:{}: fixed[{}] {}\n", f.path, f.begin.line, f.begin.col, f.rule, f.fix->description);
        }
        m_stats.fixed += w.applied.size();
        if (w.skipped)
          fmt::print(m_err, "gw-lint: {}: {} overlapping fixes left for another --fix run\n", path, w.skipped);
      }
    }
    for (std::size_t k = 0; k < w.doc.findings.size(); ++k)
      if (!fixed[k]) report(std::move(w.doc.findings[k]));
    if (w.doc.batch) m_batch.push_back(std::move(*w.doc.batch));
  }

  void report(Finding&& f) {
    if (m_write_baseline) m_for_baseline.push_back(f);
    if (m_baseline && m_baseline->absorbs(f)) {
      ++m_stats.suppressed;
      return;
    }
    ++m_stats.by_severity[static_cast<std::size_t>(f.severity)];
    if (f.fix) ++m_stats.fixable;
    if (!m_o.diff) m_writer->finding(f);
  }

  const Options& m_o;
  std::FILE* m_out;
  std::FILE* m_err;
  std::string m_as_of;
  bool m_write_baseline = false;
  std::optional<Baseline> m_baseline;
  std::vector<Finding> m_for_baseline;
  std::map<std::string, std::unique_ptr<Config>> m_configs;
  std::map<std::pair<const Config*, std::vector<std::size_t>>, std::unique_ptr<Settings>> m_settings;
  std::unique_ptr<Writer> m_writer;
  std::vector<BatchDoc> m_batch;
  Stats m_stats;
};

}  // namespace

int run(const Options& options, std::FILE* out, std::FILE* err) {
  try {
    return Runner(options, out, err).run();
  } catch (const std::exception& e) {
    fmt::print(err, "gw-lint: internal error: {}\n", e.what());
    return k_exit_input;
  }
}

std::vector<Finding> lint_bytes(std::string_view bytes, const std::string& path, const std::string& as_of) {
  static const Config defaults = default_config();
  const Analysis a = analyse(bytes, path);
  return lint_analysis(a, path, defaults.base, as_of.empty() ? today() : as_of, false).findings;
}

}  // namespace gongwen::lint
