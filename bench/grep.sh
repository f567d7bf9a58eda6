#!/usr/bin/env bash
# gw-grep's file mode next to ripgrep over the same files: a selective literal and a common
# one, median of repeated runs (hyperfine). The target is within 3x of rg for a literal.
#   bench/grep.sh [N [SOURCE_DIR ...]]    default N: 1000000 (shares bench/out/catalog-N)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${GW_BUILD:-build}
grep_bin=$build/tools/gw-grep
[ -x "$grep_bin" ] || { echo "build first: cmake -S . -B build -G Ninja && cmake --build build" >&2; exit 2; }
command -v rg >/dev/null || { echo "rg (ripgrep) is needed: scripts/setup installs it" >&2; exit 2; }
n=${1:-1000000}
[ $# -gt 0 ] && shift
dir=bench/out/catalog-$n
[ -f "$dir/meta.json" ] || python3 bench/gen_docs.py "$dir" "$n" "$@"
literal=$(python3 -c "import json, sys; print(json.load(open(sys.argv[1]))['literal'])" "$dir/meta.json")
runs=${RUNS:-5}
hyperfine -N -i --warmup 1 --runs "$runs" --export-json "$dir/grep.json" --style none \
  -n "gw-grep selective" "$grep_bin $literal $dir/docs" \
  -n "rg selective" "rg $literal $dir/docs" \
  -n "gw-grep common" "$grep_bin 社康中心 $dir/docs" \
  -n "rg common" "rg 社康中心 $dir/docs" >/dev/null
python3 - "$dir/grep.json" <<'PY'
import json, sys
r = {x["command"]: x["median"] for x in json.load(open(sys.argv[1]))["results"]}
for q in ("selective", "common"):
    g, rg = r["gw-grep " + q], r["rg " + q]
    print(f"file mode   {q:<10} gw-grep {g:7.2f} s   rg {rg:7.2f} s   ratio {g / rg:4.1f}x")
PY
