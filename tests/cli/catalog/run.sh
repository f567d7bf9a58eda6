#!/usr/bin/env bash
# CLI tests of the catalog (gw-ingest --db, gw-grep --db): idempotent ingest, replacement and
# --prune, kill -9 at random points then a rerun equal to a clean ingest, a newer schema refused
# and left untouched, --jsonl-in.
#   run.sh GW_INGEST GW_GREP REPO
# Exit 77 (skipped) when the pinned corpus documents are absent.
set -uo pipefail
ingest=$1 grep_bin=$2 repo=$3
here="$repo/tests/cli/catalog"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
check() {  # check NAME COMMAND...
  local name=$1
  shift
  if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $name"; fi
}
dump() {  # dump DB OUT: the canonical form of a catalog; a dump that fails is a failure
  python3 "$here/dump.py" "$1" >"$2" || { echo "FAIL: dump of $1"; fail=$((fail + 1)); : >"$2.failed"; }
}

# Documents: the pinned files of the gw-grep tests, copied thirty times with a line that makes
# every copy different (so every copy is its own document).
python3 - "$repo" "$tmp/docs" <<'PY' || exit 77
import os, sys
repo, out = sys.argv[1], sys.argv[2]
listed = [l.strip() for l in open(os.path.join(repo, "tests/cli/grep/files.txt")) if l.strip() and not l.startswith("#")]
texts = []
for p in listed:
    raw = open(os.path.join(repo, p), "rb").read()
    try:
        texts.append(raw.decode("utf-8"))
    except UnicodeDecodeError:
        texts.append(raw.decode("gb18030"))
for i in range(30):
    d = os.path.join(out, "batch%02d" % i)
    os.makedirs(d)
    for k, t in enumerate(texts):
        open(os.path.join(d, "doc%03d.txt" % k), "w", encoding="utf-8").write(t + "\n编号：%d-%d\n" % (i, k))
PY
docs="$tmp/docs"
count=$(find "$docs" -type f | wc -l)

# Idempotent: the same bytes again change nothing, however the paths are spelled.
"$ingest" --quiet --db "$tmp/a.db" "$docs" 2>"$tmp/err"
check "first ingest exits 0" test $? -eq 0
dump "$tmp/a.db" "$tmp/a1.txt"
"$ingest" --db "$tmp/a.db" "$docs" "$docs/batch00/../batch00/doc000.txt" 2>"$tmp/err"
check "second ingest exits 0" test $? -eq 0
check "second ingest changes nothing" grep -q ": 0 added, 0 replaced, $((count + 1)) unchanged, 0 removed, 0 failed" "$tmp/err"
dump "$tmp/a.db" "$tmp/a2.txt"
check "catalog identical after re-ingest" cmp -s "$tmp/a1.txt" "$tmp/a2.txt"
check "integrity ok" grep -q "^integrity ok$" "$tmp/a1.txt"
check "documents dumped" test "$(grep -c "^('" "$tmp/a1.txt")" -gt "$count"

# --prune removes a deleted file, and only that.
doc="$docs/batch05/doc003.txt"
printf '关于独一无二测试内容的通知\n' >"$doc"
"$ingest" --quiet --db "$tmp/a.db" "$docs"
"$grep_bin" 独一无二测试 --db "$tmp/a.db" >/dev/null
check "a changed file is searchable" test $? -eq 0
rm "$doc"
"$ingest" --prune --db "$tmp/a.db" "$docs" 2>"$tmp/err"
check "--prune removes one document" grep -q " 1 removed," "$tmp/err"
"$grep_bin" 独一无二测试 --db "$tmp/a.db" >/dev/null
check "a pruned document is gone" test $? -eq 1

# Kill -9 at random points, while adding, then while replacing and pruning; the rerun must give
# exactly the catalog a clean ingest of the final files gives.
# The kill points are spread over the time a clean ingest takes on this machine.
start=$(date +%s.%N)
"$ingest" --quiet --batch 7 --db "$tmp/timing.db" "$docs" 2>/dev/null
took=$(python3 -c "import sys; print(float(sys.argv[2]) - float(sys.argv[1]))" "$start" "$(date +%s.%N)")
landed=0
kill_at_random() {  # kill_at_random ARGS...: starts gw-ingest with ARGS and kills it at a random point
  "$ingest" --quiet --batch 7 --jobs 2 "$@" 2>/dev/null &
  local pid=$!
  sleep "$(python3 -c 'import random, sys; print(round(random.uniform(0.02, 0.9 * float(sys.argv[1])), 3))' "$took")"
  if kill -9 "$pid" 2>/dev/null; then landed=$((landed + 1)); fi
  wait "$pid" 2>/dev/null
}
for round in 1 2 3; do kill_at_random --db "$tmp/k.db" "$docs"; done
python3 - "$docs" <<'PY'
import os, sys
d = sys.argv[1]
for i in range(0, 1320, 17):  # change some documents, delete others
    p = os.path.join(d, "batch%02d" % (i // 44), "doc%03d.txt" % (i % 44))
    if not os.path.exists(p):
        continue
    if i % 2:
        os.remove(p)
    else:
        open(p, "a", encoding="utf-8").write("补充说明：力争2027年底前新增社康中心3家。\n")
PY
for round in 4 5 6; do kill_at_random --prune --db "$tmp/k.db" "$docs"; done
"$ingest" --quiet --prune --db "$tmp/k.db" "$docs" 2>/dev/null
check "rerun after kills exits 0" test $? -eq 0
"$ingest" --quiet --db "$tmp/clean.db" "$docs" 2>/dev/null
dump "$tmp/k.db" "$tmp/k.txt"
dump "$tmp/clean.db" "$tmp/clean.txt"
check "killed then rerun = clean ingest" cmp -s "$tmp/k.txt" "$tmp/clean.txt"
check "some kills landed during an ingest ($landed of 6)" test "$landed" -ge 1
check "the killed catalog searches like the clean one" \
  cmp -s <("$grep_bin" 社康中心 --db "$tmp/k.db") <("$grep_bin" 社康中心 --db "$tmp/clean.db")

# A catalog from a newer gongwen is refused, by both tools, and left byte for byte as it was.
cp "$tmp/clean.db" "$tmp/new.db"
python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('PRAGMA journal_mode=DELETE'); c.execute('PRAGMA user_version=99'); c.commit()" "$tmp/new.db"
before=$(sha256sum <"$tmp/new.db")
"$ingest" --db "$tmp/new.db" "$docs" 2>"$tmp/err"
check "gw-ingest refuses a newer catalog with exit 2" test $? -eq 2
check "gw-ingest says why" grep -q "newer gongwen" "$tmp/err"
"$grep_bin" 社康中心 --db "$tmp/new.db" 2>"$tmp/err"
check "gw-grep refuses a newer catalog with exit 2" test $? -eq 2
check "gw-grep says why" grep -q "newer gongwen" "$tmp/err"
check "the newer catalog is untouched" test "$before" = "$(sha256sum <"$tmp/new.db")"
"$grep_bin" 社康中心 --db "$tmp/missing.db" 2>"$tmp/err"
check "a missing catalog is an error" test $? -eq 2

# --jsonl-in: the same records as from the files; into a catalog too.
fixtures="$repo/tests/cli/grep/fixtures"
python3 - "$fixtures" >"$tmp/in.jsonl" <<'PY'
import json, os, sys
d = sys.argv[1]
for name in ("fullwidth-reply.txt", "pagebreak-reply.txt", "traditional-notice.txt"):
    p = os.path.join(d, name)
    print(json.dumps({"path": p, "text": open(p, encoding="utf-8").read()}, ensure_ascii=False))
PY
"$ingest" --jsonl-in <"$tmp/in.jsonl" >"$tmp/lines.out"
check "--jsonl-in exits 0" test $? -eq 0
"$ingest" "$fixtures/fullwidth-reply.txt" "$fixtures/pagebreak-reply.txt" "$fixtures/traditional-notice.txt" >"$tmp/files.out"
check "--jsonl-in gives the records of the files" cmp -s "$tmp/lines.out" "$tmp/files.out"
{ cat "$tmp/in.jsonl"; echo 'not json'; } | "$ingest" --jsonl-in >"$tmp/bad.out" 2>"$tmp/err"
check "a bad line fails the run (exit 1)" test $? -eq 1
check "a bad line is named" grep -q "<stdin>:4: bad-line" "$tmp/err"
"$ingest" --quiet --jsonl-in --db "$tmp/lines.db" <"$tmp/in.jsonl"
check "--jsonl-in --db exits 0" test $? -eq 0
"$grep_bin" 养老床位 --db "$tmp/lines.db" >"$tmp/hit"
check "--jsonl-in --db is searchable" grep -q "traditional-notice.txt:5:" "$tmp/hit"

echo "kills that landed during an ingest: $landed of 6"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
