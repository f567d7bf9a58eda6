#!/usr/bin/env bash
# CLI tests of gw-ingest and gw-show: hostile inputs, exit codes, ordering, stdin, formats.
set -uo pipefail
ingest=$1 show=$2 repo=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
check() {  # check NAME CONDITION...
  local name=$1; shift
  if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $name"; fi
}

# A folder of bad inputs, plus a path that does not exist.
mkdir "$tmp/bad"
: >"$tmp/bad/a-empty.txt"
python3 - "$tmp/bad" <<'PY'
import os, random, sys
d = sys.argv[1]
random.seed(7)
open(os.path.join(d, "b-binary.bin"), "wb").write(bytes(random.randrange(256) for _ in range(20000)))
text = "关于市七届人大二次会议第20230101号建议答复的函\n尊敬的李明代表：\n现答复如下。\n"
open(os.path.join(d, "c-truncated-gb18030.txt"), "wb").write(text.encode("gb18030") * 3 + "答".encode("gb18030")[:1])
line = ("于2023年5月9日召开会议，" + "x" * 980) * 51200  # about 50 MB on one line
open(os.path.join(d, "d-huge-one-line.txt"), "w", encoding="utf-8").write(line)
PY
"$ingest" --jobs 1 "$tmp/bad" "$tmp/missing.txt" >"$tmp/j1.jsonl" 2>"$tmp/err1"
code=$?
check "exit 1 when some inputs fail" test "$code" -eq 1
check "one line per input" test "$(wc -l <"$tmp/j1.jsonl")" -eq 5
"$ingest" --jobs 2 "$tmp/bad" "$tmp/missing.txt" >"$tmp/j2.jsonl" 2>/dev/null
check "--jobs 1 and --jobs 2 print the same bytes" cmp -s "$tmp/j1.jsonl" "$tmp/j2.jsonl"
python3 - "$tmp/j1.jsonl" <<'PY' || fail=$((fail + 1))
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
codes = [r.get("error", {}).get("code") for r in rows]
assert codes == ["empty", "binary", None, None, "not-found"], codes
gb = rows[2]
assert gb["source"]["encoding"] == "GB18030", gb["source"]
assert [d["code"] for d in gb["diagnostics"]] == ["invalid-encoding"], gb["diagnostics"]
assert gb["kind"] == "reply" and gb["proposals"][0]["number"] == "20230101", gb["proposals"]
huge = rows[3]
assert huge["source"]["bytes"] > 50_000_000 and huge["kind"] == "other"
assert huge["dates"][0]["value"] == "2023-05-09"
PY
check "errors are also reported on stderr" grep -q "not-found" "$tmp/err1"

# Usage errors exit 2; --version and --help exit 0.
"$ingest" --no-such-flag >/dev/null 2>&1; check "usage error exits 2" test $? -eq 2
"$ingest" >/dev/null 2>&1; check "no paths is a usage error" test $? -eq 2
"$ingest" --version | grep -q "gw-ingest"; check "--version" test $? -eq 0

# Standard input, and every encoding of the same letter.
printf '关于区政协十届三次会议第046号提案的答复\n王密委员：\n现答复如下。\n' | "$ingest" - >"$tmp/stdin.jsonl"
check "stdin gives a record" python3 -c "import json,sys; r=json.load(open(sys.argv[1])); assert r['source']['path']=='-' and r['proposals'][0]['number']=='046'" "$tmp/stdin.jsonl"

# gw-show: the same record as gw-ingest, and a readable view with line:col.
doc="$tmp/bad/c-truncated-gb18030.txt"
"$show" --json "$doc" >"$tmp/show.json"
"$ingest" "$doc" >"$tmp/ingest.json"
check "gw-show --json equals gw-ingest" cmp -s "$tmp/show.json" "$tmp/ingest.json"
"$show" "$doc" >"$tmp/show.txt"
check "gw-show lists the proposal with line:col" grep -qE "20230101 +建议 +1:[0-9]+" "$tmp/show.txt"
check "gw-show prints no colour into a pipe" bash -c "! grep -q $'\x1b' '$tmp/show.txt'"
"$show" "$tmp/missing.txt" >/dev/null 2>"$tmp/show.err"; check "gw-show on a missing file exits 1" test $? -eq 1
check "gw-show names the file in its error" grep -q "missing.txt" "$tmp/show.err"

echo "$pass passed, $fail failed"
test "$fail" -eq 0
