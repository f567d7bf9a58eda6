#!/usr/bin/env python3
"""CLI tests of gw-lint.

usage: lint_cli_test.py GW_LINT REPO CASE [--update]

CASE is one of:
  cli              exit codes, formats, configuration, baseline, --fix/--diff, the catalog
  seeds            the findings the seed documents must give (exit 77 without ../shared/seeds)
  clean-corpus     corpus/**/clean-*.txt give no finding at all
  sarif-structure  SARIF of a run over corpus/ and the fixtures, checked by hand (always runs)
  sarif-schema     the same SARIF against the official 2.1.0 schema with ../shared/eval/check_sarif.py
                   (exit 77 without ../shared or python3-jsonschema)
--update rewrites the expected text output of the fixtures (review it as a diff).
"""
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
AS_OF = "2026-06-01"


class Failure(Exception):
    pass


def check(cond, what):
    if not cond:
        raise Failure(what)


def run(tool, args, cwd=None, stdin=None):
    p = subprocess.run([tool, *args], cwd=cwd, capture_output=True, input=stdin)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def fixtures(repo):
    return os.path.join(repo, "tests", "cli", "lint", "fixtures")


# --- cli ---------------------------------------------------------------------------------------


def case_cli(tool, repo, update):
    fx = fixtures(repo)
    problems = os.path.join(fx, "reply-problems.txt")
    ok = os.path.join(fx, "notice-ok.txt")
    warn = os.path.join(fx, "warn-only.txt")

    # Exit codes.
    code, out, err = run(tool, ["--as-of", AS_OF, ok])
    check(code == 0 and out == "", f"a clean notice: exit 0 and no output, got {code}: {out}{err}")
    code, out, _ = run(tool, ["--as-of", AS_OF, warn])
    check(code == 0 and "warning[halfwidth-punctuation]" in out, f"warnings alone pass by default, got {code}")
    code, _, _ = run(tool, ["--as-of", AS_OF, "--fail-on", "warning", warn])
    check(code == 1, f"--fail-on warning fails on a warning, got {code}")
    code, _, _ = run(tool, ["--as-of", AS_OF, "--fail-on", "none", problems])
    check(code == 0, f"--fail-on none never fails, got {code}")
    code, out, _ = run(tool, ["--as-of", AS_OF, problems])
    check(code == 1, f"errors fail the run, got {code}")
    code, _, err = run(tool, ["--as-of", AS_OF, os.path.join(fx, "no-such-file.txt"), ok])
    check(code == 3 and "not-found" in err, f"an unreadable input gives 3, got {code}: {err}")
    code, _, err = run(tool, ["--format", "xml", ok])
    check(code == 2, f"a bad option gives 2, got {code}")
    code, _, err = run(tool, ["--as-of", "2026-13-01", ok])
    check(code == 2 and "--as-of" in err, f"a bad --as-of gives 2, got {code}: {err}")
    code, _, err = run(tool, [])
    check(code == 2, f"no input gives 2, got {code}")
    code, _, err = run(tool, ["--config", os.path.join(fx, "bad.gwlint.toml"), ok])
    check(code == 2 and "bad.gwlint.toml:5:" in err and "unknown element unicorn" in err,
          f"a bad configuration gives 2 with file:line:col, got {code}: {err}")

    # Text output, pinned word for word (file:line:col: severity[name] message, line, caret).
    code, out, _ = run(tool, ["--as-of", AS_OF, "tests/cli/lint/fixtures/reply-problems.txt"], cwd=repo)
    expected = os.path.join(fx, "reply-problems.expected")
    if update:
        open(expected, "w", encoding="utf-8").write(out)
    else:
        want = open(expected, encoding="utf-8").read()
        check(out == want, f"text output differs from {expected}:\n{out}")

    # JSON Lines and GitHub commands carry the same findings.
    code, out, _ = run(tool, ["--as-of", AS_OF, "--format", "json", problems])
    rows = [json.loads(line) for line in out.splitlines()]
    check(len(rows) == 7, f"7 findings as JSON lines, got {len(rows)}")
    check(all(list(r) == ["name", "severity", "message", "path", "line", "col", "end_line", "end_col", "fix"] for r in rows),
          "JSON keys in the documented order")
    names = sorted(r["name"] for r in rows)
    check(names == sorted(["doc-number-format", "halfwidth-punctuation", "misspelled-term", "date-format", "date-format",
                           "personal-data", "missing-element"]), f"the fixture's findings, got {names}")
    code, out, _ = run(tool, ["--as-of", AS_OF, "--format", "github", problems])
    lines = out.splitlines()
    check(len(lines) == 7 and all(l.startswith(("::error file=", "::warning file=")) for l in lines),
          f"one workflow command per finding, got {out}")

    # Standard input.
    code, out, _ = run(tool, ["--as-of", AS_OF, "-"], stdin=open(warn, "rb").read())
    check(code == 0 and out.startswith("-:1:8: warning[halfwidth-punctuation]"), f"standard input as -, got {out}")

    with tempfile.TemporaryDirectory() as tmp:
        cli_config(tool, tmp, problems)
        cli_baseline(tool, tmp, problems)
        cli_fix(tool, tmp, problems)

    # The catalog.
    code, out, _ = run(tool, ["--list-rules"])
    check(code == 0 and len(out.splitlines()) == 19 and out.startswith("missing-element"), "--list-rules lists 19 rules")
    code, out, _ = run(tool, ["--explain", "date-format"])
    check(code == 0 and out.startswith("## date-format") and "Flagged:" in out, "--explain prints one rule")
    code, _, err = run(tool, ["--explain", "no-such-rule"])
    check(code == 2 and "no rule named" in err, "--explain of an unknown rule gives 2")
    code, out, _ = run(tool, ["--explain", "all"])
    docs = open(os.path.join(repo, "docs", "rules.md"), encoding="utf-8").read()
    check(out == docs, "docs/rules.md is gw-lint --explain all")


def cli_config(tool, tmp, problems):
    # .gwlint.toml found by walking up from the input; overrides by glob.
    project = os.path.join(tmp, "project")
    os.makedirs(os.path.join(project, "archive", "2019"))
    os.makedirs(os.path.join(project, "new"))
    for where in ("archive/2019", "new"):
        shutil.copy(problems, os.path.join(project, where, "reply.txt"))
    open(os.path.join(project, ".gwlint.toml"), "w", encoding="utf-8").write(
        '[rules]\nhalfwidth-punctuation = "off"\n\n'
        '[profile]\nreply-requires = ["signer", "signed-date"]\n\n'
        '[[overrides]]\nfiles = ["archive/**"]\nrules = { "personal-data" = "note", "date-format" = "off" }\n')
    code, out, _ = run(tool, ["--as-of", AS_OF, "--format", "json", project])
    rows = [json.loads(line) for line in out.splitlines()]
    new = [r for r in rows if "/new/" in r["path"]]
    old = [r for r in rows if "/archive/" in r["path"]]
    check(not any(r["name"] in ("halfwidth-punctuation", "missing-element") for r in rows),
          "rules turned off and the profile apply to every file under the config")
    check(any(r["name"] == "personal-data" and r["severity"] == "error" for r in new), "new files keep the default")
    check(any(r["name"] == "personal-data" and r["severity"] == "note" for r in old), "the override lowers archive/")
    check(not any(r["name"] == "date-format" for r in old) and any(r["name"] == "date-format" for r in new),
          "the override turns date-format off in archive/ only")
    check(code == 1, f"the new file's error still fails the run, got {code}")


def cli_baseline(tool, tmp, problems):
    work = os.path.join(tmp, "baseline")
    os.makedirs(work)
    doc = os.path.join(work, "reply.txt")
    shutil.copy(problems, doc)
    base = os.path.join(work, ".gwlint-baseline.json")
    code, _, err = run(tool, ["--as-of", AS_OF, "--baseline", base, doc])
    check(code == 0 and os.path.exists(base) and "wrote 7 findings" in err, f"the first run records the baseline, {code}: {err}")
    code, out, err = run(tool, ["--as-of", AS_OF, "--baseline", base, doc])
    check(code == 0 and out == "" and "7 in the baseline" in err, f"the next run accepts them: {code} {out}{err}")
    # A new problem, with the old ones moved down two lines: only the new one counts.
    text = open(doc, encoding="utf-8").read()
    open(doc, "w", encoding="utf-8").write("\n\n" + text.replace("感谢您", "联系手机：13857310000。感谢您"))
    code, out, _ = run(tool, ["--as-of", AS_OF, "--baseline", base, "--format", "json", doc])
    rows = [json.loads(line) for line in out.splitlines()]
    check(code == 1 and len(rows) == 1 and rows[0]["name"] == "personal-data" and rows[0]["line"] == 21,
          f"only the new finding fails, got {code}: {out}")
    code, _, _ = run(tool, ["--as-of", AS_OF, "--baseline", base, "--update-baseline", doc])
    code, out, _ = run(tool, ["--as-of", AS_OF, "--baseline", base, doc])
    check(code == 0 and out == "", "--update-baseline accepts today's findings")
    open(base, "w").write("[1, 2]")
    code, _, err = run(tool, ["--baseline", base, doc])
    check(code == 2 and "not a gw-lint baseline" in err, f"a broken baseline gives 2, got {code}: {err}")


def cli_fix(tool, tmp, problems):
    # A GB18030 file with CRLF line endings keeps both after --fix.
    work = os.path.join(tmp, "fix")
    os.makedirs(work)
    text = open(problems, encoding="utf-8").read().replace("\n", "\r\n")
    doc = os.path.join(work, "reply-gb.txt")
    open(doc, "wb").write(text.encode("gb18030"))
    before = open(doc, "rb").read()

    code, out, _ = run(tool, ["--as-of", AS_OF, "--diff", doc])
    check(out.startswith(f"--- a/{doc}\n+++ b/{doc}\n@@ "), f"--diff prints a unified diff, got {out}")
    check("-云交提复[2024]07号" in out and "+云交提复〔2024〕7号" in out, "the diff shows the bracket fix")
    check("+2024年5月20日" in out and "+张丽委员：" in out and "+我局于 2024年3月12日组织" in out,
          f"the diff shows the date and punctuation fixes: {out}")
    check(open(doc, "rb").read() == before, "--diff writes nothing")

    patched = os.path.join(work, "patched.txt")
    open(patched, "w", encoding="utf-8").write(text)
    if shutil.which("patch"):
        p = subprocess.run(["patch", "--binary", "-s", "-o", os.path.join(work, "out.txt"), patched],
                           input=out.replace(f"a/{doc}", "a").replace(f"b/{doc}", "b").encode("utf-8"),
                           capture_output=True)
        check(p.returncode == 0, f"patch(1) applies the diff: {p.stdout}{p.stderr}")

    code, out, err = run(tool, ["--as-of", AS_OF, "--fix", doc])
    after = open(doc, "rb").read()
    check(after != before, "--fix rewrites the file")
    fixed = after.decode("gb18030")
    check("\r\n" in fixed and "\n" not in fixed.replace("\r\n", ""), "line endings stay CRLF")
    check("云交提复〔2024〕7号" in fixed and "2024年5月20日" in fixed and "张丽委员：" in fixed,
          "the safe fixes are in")
    check("汇办" in fixed, "a misspelling is reported, not rewritten")
    check(out.count("fixed[") == 4, f"--fix prints what it changed: {out}")
    check(code == 1, f"the findings left (personal data, missing result code) still fail, got {code}")
    code, out, _ = run(tool, ["--as-of", AS_OF, "--format", "json", doc])
    left = sorted(json.loads(l)["name"] for l in out.splitlines())
    check(left == ["missing-element", "misspelled-term", "personal-data"], f"after --fix, got {left}")


# --- seeds -------------------------------------------------------------------------------------

# What the seed documents must give, by document: (rule, a word the message must hold or "").
SEED_EXPECT = {
    "longgang-reply-2022.txt": [("misspelled-term", "汇办"), ("personal-data", "mobile"), ("page-break-split", ""),
                                ("date-format", "spaces")],
    "longgang-health-reply-2024.txt": [("missing-element", "result code"), ("missing-element", "disclosure"),
                                       ("missing-element", "contact")],
    "luohu-article.txt": [("injected-text", ""), ("missing-year", "")],
    "guiyang-notice-2021.txt": [("ocr-garbage", ""), ("halfwidth-punctuation", ""), ("markup-residue", ""),
                                ("missing-element", "signing unit"), ("missing-element", "signed date"),
                                ("misspelled-term", "台帐")],
}


def case_seeds(tool, repo, update):
    seeds = os.path.join(repo, "..", "shared", "seeds")
    if not os.path.isdir(seeds):
        print("skipped: ../shared/seeds is absent")
        return SKIP
    code, out, err = run(tool, ["--as-of", AS_OF, "--format", "json", seeds])
    rows = [json.loads(line) for line in out.splitlines()]
    check(rows, f"no findings on the seeds: {err}")
    for name, wants in SEED_EXPECT.items():
        got = [r for r in rows if os.path.basename(r["path"]) == name]
        for rule, word in wants:
            check(any(r["name"] == rule and word in r["message"] for r in got),
                  f"{name}: no {rule} finding mentioning '{word}'; got {sorted(set(r['name'] for r in got))}")
        print(f"{name}: {len(got)} findings, the {len(wants)} expected ones among them")
    return 0


# --- clean corpus ------------------------------------------------------------------------------


def clean_documents(repo):
    return sorted(glob.glob(os.path.join(repo, "corpus", "**", "clean-*.txt"), recursive=True))


def case_clean_corpus(tool, repo, update):
    docs = clean_documents(repo)
    check(docs, "no corpus/**/clean-*.txt documents")
    code, out, err = run(tool, ["--as-of", AS_OF, "--fail-on", "note", *docs])
    check(code == 0 and out == "", f"clean documents give findings (exit {code}):\n{out}{err}")
    print(f"{len(docs)} clean documents, no finding")
    return 0


# --- SARIF -------------------------------------------------------------------------------------


def sarif_of_batch(tool, repo, tmp):
    inputs = [os.path.join(repo, "corpus"), fixtures(repo)]
    seeds = os.path.join(repo, "..", "shared", "seeds")
    if os.path.isdir(seeds):
        inputs.append(seeds)
    path = os.path.join(tmp, "lint.sarif")
    code, _, err = run(tool, ["--as-of", AS_OF, "--format", "sarif", "-o", path, *inputs], cwd=repo)
    check(code in (0, 1, 3), f"the SARIF run failed with {code}: {err}")
    return path


def case_sarif_structure(tool, repo, update):
    with tempfile.TemporaryDirectory() as tmp:
        log = json.load(open(sarif_of_batch(tool, repo, tmp), encoding="utf-8"))
    check(log.get("version") == "2.1.0" and len(log.get("runs", [])) == 1, "one run of SARIF 2.1.0")
    run_ = log["runs"][0]
    driver = run_["tool"]["driver"]
    check(driver["name"] == "gw-lint" and driver.get("version"), "tool.driver names gw-lint and its version")
    ids = [r["id"] for r in driver["rules"]]
    check(len(ids) == 19 and len(set(ids)) == 19, "the 19 rules in tool.driver.rules")
    for r in driver["rules"]:
        check(r["shortDescription"]["text"] and r["fullDescription"]["text"] and r["help"]["markdown"],
              f"rule {r['id']} is described")
        check(r["defaultConfiguration"]["level"] in ("error", "warning", "note"), f"rule {r['id']} has a level")
    results = run_["results"]
    check(len(results) > 50, f"results from the corpus, got {len(results)}")
    for res in results:
        check(ids[res["ruleIndex"]] == res["ruleId"], "ruleIndex points at ruleId")
        check(res["level"] in ("error", "warning", "note"), "a level per result")
        check(res["message"]["text"], "a message per result")
        loc = res["locations"][0]["physicalLocation"]
        uri = loc["artifactLocation"]["uri"]
        check(uri and " " not in uri and all(ord(c) < 128 for c in uri), f"an ASCII URI reference: {uri}")
        reg = loc["region"]
        check(reg["startLine"] >= 1 and reg["startColumn"] >= 1, "1-based regions")
        check((reg["endLine"], reg["endColumn"]) >= (reg["startLine"], reg["startColumn"]), "regions end after they start")
        check(res["partialFingerprints"], "a fingerprint per result")
        for fix in res.get("fixes", []):
            for change in fix["artifactChanges"]:
                for rep in change["replacements"]:
                    check("deletedRegion" in rep and "text" in rep["insertedContent"], "replacements are complete")
    print(f"{len(results)} results, structure checked")
    return 0


def case_sarif_schema(tool, repo, update):
    checker = os.path.join(repo, "..", "shared", "eval", "check_sarif.py")
    if not os.path.exists(checker):
        print("skipped: ../shared/eval/check_sarif.py is absent")
        return SKIP
    if subprocess.run([sys.executable, "-c", "import jsonschema"], capture_output=True).returncode != 0:
        print("skipped: python3-jsonschema is not installed")
        return SKIP
    with tempfile.TemporaryDirectory() as tmp:
        path = sarif_of_batch(tool, repo, tmp)
        p = subprocess.run([sys.executable, checker, path], capture_output=True, text=True)
        print(p.stdout + p.stderr)
        check(p.returncode == 0, "the SARIF output does not validate against the 2.1.0 schema")
    return 0


CASES = {
    "cli": case_cli,
    "seeds": case_seeds,
    "clean-corpus": case_clean_corpus,
    "sarif-structure": case_sarif_structure,
    "sarif-schema": case_sarif_schema,
}


def main(argv):
    if len(argv) < 3 or argv[2] not in CASES:
        print(__doc__, file=sys.stderr)
        return 2
    tool, repo, case = os.path.abspath(argv[0]), os.path.abspath(argv[1]), argv[2]
    try:
        return CASES[case](tool, repo, "--update" in argv) or 0
    except Failure as e:
        print(f"FAIL {case}: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
