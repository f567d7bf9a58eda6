#!/usr/bin/env bash
# Throughput and peak memory of gw-ingest, with 1 and 2 jobs, on a generated corpus of N MB,
# next to `rg -c` of one date regex over the same files (the single-regex reference).
#   bench/ingest.sh [MB ...]        default: 50 200
# Files are made by repeating corpus/ documents (each copy gets its own serial line so no two
# files are equal); they live in bench/out/ and are not committed.
set -euo pipefail
cd "$(dirname "$0")/.."
tool=${GW_INGEST:-build/tools/gw-ingest}
[ -x "$tool" ] || { echo "build first: cmake -S . -B build -G Ninja && cmake --build build" >&2; exit 2; }
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(50 200)
printf '%-6s %-5s %10s %10s %12s\n' "MB" "jobs" "seconds" "MB/s" "peak RSS MB"
for mb in "${sizes[@]}"; do
  dir=bench/out/corpus-$mb
  if [ ! -d "$dir" ]; then
    python3 - "$dir" "$mb" <<'PY'
import os, sys, glob
out, mb = sys.argv[1], int(sys.argv[2])
docs = [open(p, encoding="utf-8").read() for p in sorted(glob.glob("corpus/*/*.txt")) if "/encodings/" not in p]
os.makedirs(out, exist_ok=True)
total, n = 0, 0
while total < mb * 1_000_000:
    d = docs[n % len(docs)] + f"\n（编号 {n}）\n"
    sub = os.path.join(out, f"{n // 1000:04d}")
    os.makedirs(sub, exist_ok=True)
    with open(os.path.join(sub, f"{n:07d}.txt"), "w", encoding="utf-8") as f:
        f.write(d)
    total += len(d.encode("utf-8"))
    n += 1
print(f"{out}: {n} files, {total / 1e6:.1f} MB", file=sys.stderr)
PY
  fi
  bytes=$(du -sb "$dir" | cut -f1)
  for jobs in 1 2; do
    /usr/bin/time -f "%e %M" -o bench/out/time.txt "$tool" --jobs "$jobs" -o /dev/null "$dir"
    read -r secs rss <bench/out/time.txt
    printf '%-6s %-5s %10s %10.1f %12.1f\n' "$mb" "$jobs" "$secs" "$(echo "$bytes / 1000000 / $secs" | bc -l)" "$(echo "$rss / 1024" | bc -l)"
  done
  if command -v rg >/dev/null; then
    /usr/bin/time -f "%e %M" -o bench/out/time.txt rg -c --no-messages '[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日' "$dir" >/dev/null || true
    read -r secs rss <bench/out/time.txt
    printf '%-6s %-5s %10s %10.1f %12.1f   (rg -c, one date regex)\n' "$mb" "rg" "$secs" "$(echo "$bytes / 1000000 / $secs" | bc -l)" "$(echo "$rss / 1024" | bc -l)"
  fi
done
