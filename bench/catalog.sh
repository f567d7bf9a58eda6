#!/usr/bin/env bash
# The catalog at scale: gw-ingest --db over N generated documents (wall and CPU time, MB/s, peak
# memory, catalog size), then gw-grep --db latency, the median of repeated runs (hyperfine), for
# a selective literal, a regex, a literal with filters, and a common literal counted.
#   bench/catalog.sh [N [SOURCE_DIR ...]]    default N: 1000000
# The documents come from bench/gen_docs.py (SOURCE_DIRs such as ../shared/dev are read at run
# time only). Everything lives in bench/out/catalog-N, which is not committed. Takes long at
# 1,000,000: run it with nice, once.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${GW_BUILD:-build}
ingest=$build/tools/gw-ingest
grep_bin=$build/tools/gw-grep
[ -x "$ingest" ] && [ -x "$grep_bin" ] || { echo "build first: cmake -S . -B build -G Ninja && cmake --build build" >&2; exit 2; }
n=${1:-1000000}
[ $# -gt 0 ] && shift
dir=bench/out/catalog-$n
[ -f "$dir/meta.json" ] || python3 bench/gen_docs.py "$dir" "$n" "$@"
meta() { python3 -c "import json, sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])" "$dir/meta.json" "$1"; }
bytes=$(meta bytes)
literal=$(meta literal)
expected=$(meta literal_documents)
db=$dir/gw.db

rm -f "$db" "$db-wal" "$db-shm"
/usr/bin/time -f "%e %M %U %S" -o "$dir/time.txt" "$ingest" --quiet --db "$db" "$dir/docs"
read -r secs rss user sys <"$dir/time.txt"
size=$(du -cb "$db"* | tail -1 | cut -f1)
python3 - "$n" "$bytes" "$secs" "$rss" "$user" "$sys" "$size" <<'PY'
import sys
n, b, secs, rss, user, sys_, size = (float(x) for x in sys.argv[1:])
print(f"ingest      {int(n):,} documents, {b / 1e6:,.0f} MB: {secs:,.0f} s wall = {b / 1e6 / secs:.2f} MB/s "
      f"({n / secs:,.0f} documents/s); CPU {user + sys_:,.0f} s; peak RSS {rss / 1024:.0f} MB")
print(f"catalog     {size / 1e6:,.0f} MB ({size / b:.1f}x the text)")
PY
found=$("$grep_bin" --count --db "$db" "$literal" | wc -l)
echo "literal     '$literal': $found documents (generated into $expected)"

hyperfine -N -i --warmup 2 --runs 15 --export-json "$dir/queries.json" --style none \
  -n "literal" "$grep_bin --db $db $literal" \
  -n "regex" "$grep_bin --db $db -e ${literal}项目计划于20[0-9]{2}年" \
  -n "literal + filters" "$grep_bin --db $db $literal --kind reply --due-after 2020 --signed-after 2019" \
  -n "common literal, --count" "$grep_bin --db $db --count 社康中心" >/dev/null
python3 - "$dir/queries.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    t = sorted(r["times"])
    print(f"query       {r['command']:<24} median {1000 * r['median']:8.1f} ms   (min {1000 * t[0]:.1f}, max {1000 * t[-1]:.1f}, {len(t)} runs)")
PY
