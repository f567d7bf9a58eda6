// gw-grep's two modes. Files: each input is read, ruled out by the byte prefilter when it can
// be, or analysed and checked, on worker threads with output in input order. Catalog: the
// indexes and tables give candidates in path order; their stored text is folded again (for
// source positions) and checked by the same code.
#include <filesystem>

#include "analyse.h"
#include "catalog/index.h"
#include "catalog/query.h"
#include "catalog/schema.h"
#include "gongwen/catalog.h"
#include "gongwen/grep.h"
#include "gongwen/ingest.h"
#include "gongwen/json.h"
#include "io/pool.h"
#include "search/evaluate.h"
#include "search/prefilter.h"
#include "search/printer.h"

namespace gongwen::grep {
namespace {

using search::DocResult;

struct Search {
  const Options& opts;
  std::FILE* out;
  std::FILE* err;
  std::unique_ptr<search::Matcher> matcher;
  search::Query query;
  bool keep_record = false;  // the printer reads record fields
  bool error = false;

  void report(const InputError& e) {
    std::fprintf(err, "gw-grep: %s: %s: %s\n", e.source.path.c_str(), e.code.c_str(), e.message.c_str());
    error = true;
  }
};

// Runs `work` over items on the pool and prints in order; a worker's exception is that
// document's error, never a crash.
template <class Work>
void each_in_order(Search& s, search::Printer& printer, std::size_t n, Work&& work,
                   const std::function<std::string(std::size_t)>& name) {
  io::ordered_map<DocResult>(
      n, resolve_jobs(s.opts.jobs),
      [&](std::size_t i) {
        DocResult r;
        try {
          work(i, r);
        } catch (const std::exception& e) {
          r = DocResult{};
          r.error = InputError{};
          r.error->source.path = name(i);
          r.error->code = "internal";
          r.error->message = e.what();
        }
        return r;
      },
      [&](std::size_t, DocResult&& r) {
        if (r.error) s.report(*r.error);
        else printer.document(r);
      });
}

void search_files(Search& s, search::Printer& printer) {
  const auto inputs = expand_inputs(s.opts.paths.empty() ? std::vector<std::string>{"."} : s.opts.paths);
  // Proposal values are composed (第…号), not quoted from the source: no byte test holds for them.
  const search::Prefilter pre(*s.matcher);
  const bool prefilter = pre.active() && s.opts.in != Field::proposals;
  // A plain text search reads only the text: no need to extract the record.
  const Depth depth = s.keep_record || s.query.filtered || s.opts.in != Field::text || s.matcher->empty()
                          ? Depth::record
                          : Depth::text;
  each_in_order(
      s, printer, inputs.size(),
      [&](std::size_t i, DocResult& r) {
        r.path = inputs[i];
        InputError e;
        auto bytes = read_input(inputs[i], e);
        if (!bytes) {
          r.error = std::move(e);
          return;
        }
        if (prefilter && !pre.may_match(*bytes)) return;
        Analysis a = analyse(*bytes, inputs[i], depth);
        // Empty and binary inputs hold no text to search; like ripgrep, pass over them.
        if (a.error || !a.doc) return;
        search::evaluate(s.query, &a.record, *a.doc, r);
        if (!r.hits.empty() && s.keep_record) {
          r.record_json = to_json(a.record);
          r.record = std::make_shared<Record>(std::move(a.record));
        }
      },
      [&](std::size_t i) { return inputs[i]; });
}

bool in_scope(const std::string& path, const std::vector<std::string>& scopes) {
  if (scopes.empty()) return true;
  for (const auto& s : scopes)
    if (s == "." || path == s || (path.size() > s.size() && path.compare(0, s.size(), s) == 0 && path[s.size()] == '/'))
      return true;
  return false;
}

void search_catalog(Search& s, search::Printer& printer) {
  std::error_code ec;
  if (!std::filesystem::exists(s.opts.db, ec))
    throw catalog::Error("no catalog at " + s.opts.db + " (make one with gw-ingest --db " + s.opts.db + " PATH…)");
  catalog::Db db(s.opts.db, catalog::Db::Mode::read_only);
  catalog::check_for_read(db);
  {
    catalog::Stmt fold = db.prepare("SELECT value FROM meta WHERE key = 'fold'");
    if (fold.step() && fold.str(0) != catalog::fold_fingerprint())
      std::fprintf(s.err, "gw-grep: warning: %s was indexed with another folding of the text; some matches may be "
                              "missed until gw-ingest --db %s rebuilds its index\n",
                   s.opts.db.c_str(), s.opts.db.c_str());
  }
  std::vector<std::string> scopes;
  for (const auto& p : s.opts.paths) scopes.push_back(catalog::normalise_path(p));
  // The empty pattern reports each document at its title.
  const bool need_record = s.keep_record || s.query.filtered || s.opts.in != Field::text || s.matcher->empty();
  catalog::Stmt text = db.prepare("SELECT source FROM texts WHERE doc = ?");
  // The record's JSON leaves out where the title is; the documents table keeps it.
  catalog::Stmt json = db.prepare(
      "SELECT r.json, d.title_line, d.title_col FROM records r JOIN documents d ON d.id = r.doc WHERE r.doc = ?");

  struct Loaded {
    std::string path, source, json;
    Loc title_at;
  };
  std::vector<Loaded> batch;
  auto flush = [&] {
    each_in_order(
        s, printer, batch.size(),
        [&](std::size_t i, DocResult& r) {
          Loaded& l = batch[i];
          r.path = l.path;
          const Document doc(std::move(l.source));
          std::shared_ptr<Record> rec;
          if (need_record) {
            std::string why;
            auto parsed = record_from_json(l.json, &why);
            if (!parsed) throw catalog::Error("stored record does not parse: " + why);
            rec = std::make_shared<Record>(std::move(*parsed));
            rec->title_at = l.title_at;
          }
          search::evaluate(s.query, rec.get(), doc, r);
          if (!r.hits.empty() && s.keep_record) {
            r.record = rec;
            r.record_json = std::move(l.json);
          }
        },
        [&](std::size_t i) { return batch[i].path; });
    batch.clear();
  };
  catalog::for_each_candidate(db, *s.matcher, s.opts.in, s.query.filters, [&](catalog::Candidate&& c) {
    if (!in_scope(c.path, scopes)) return;
    Loaded l{std::move(c.path), {}, {}, {}};
    text.bind(1, c.id);
    if (text.step()) l.source = text.str(0);
    text.reset();
    if (need_record) {
      json.bind(1, c.id);
      if (json.step()) {
        l.json = json.str(0);
        l.title_at = {static_cast<int>(json.int64(1)), static_cast<int>(json.int64(2))};
      }
      json.reset();
    }
    batch.push_back(std::move(l));
    // Enough to keep every worker busy, few enough to keep memory flat.
    if (batch.size() >= 256) flush();
  });
  flush();
}

}  // namespace

int run(const Options& opts, std::FILE* out, std::FILE* err) {
  Search s{opts, out, err, nullptr, {}, false, false};
  std::string why;
  s.matcher = search::Matcher::create(opts.pattern, opts.regex, &why);
  if (!s.matcher) {
    std::fprintf(err, "gw-grep: bad regex: %s\n", why.c_str());
    return k_exit_error;
  }
  s.query.matcher = s.matcher.get();
  s.query.in = opts.in;
  s.query.filters = search::prepare(opts.filters);
  s.query.filtered = opts.filters.any();
  s.query.context = opts.format == Format::text ? opts.context : 0;
  s.keep_record = search::Printer::needs_record(opts.format) || opts.in != Field::text;
  search::Printer printer(opts, out);
  try {
    if (opts.db.empty()) search_files(s, printer);
    else search_catalog(s, printer);
  } catch (const std::exception& e) {
    std::fprintf(err, "gw-grep: %s\n", e.what());
    return k_exit_error;
  }
  printer.finish();
  std::fflush(out);
  if (s.error) return k_exit_error;
  return printer.matched() ? k_exit_match : k_exit_no_match;
}

}  // namespace gongwen::grep
