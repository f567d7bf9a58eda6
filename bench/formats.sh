#!/usr/bin/env bash
# Throughput of gw-ingest per input format, in MB/s of input files, on one worker.
#   bench/formats.sh [BUILD_DIR] [COPIES]
# Copies each document of corpus/formats COPIES times (default 300) per format into a
# temporary folder and times `gw-ingest --jobs 1` over it (best of three runs).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
copies=${2:-300}
ingest="$build/tools/gw-ingest"
[ -x "$ingest" ] || { echo "no $ingest: build first (cmake --build $build)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for fmt in txt html docx pdf ofd; do
  mkdir -p "$tmp/$fmt"
  for f in corpus/formats/*."$fmt"; do
    for ((k = 0; k < copies; k++)); do cp "$f" "$tmp/$fmt/$(basename "$f" ."$fmt")-$k.$fmt"; done
  done
done
python3 - "$ingest" "$tmp" <<'PY'
import os, subprocess, sys, time
ingest, root = sys.argv[1], sys.argv[2]
print(f"{'format':<7}{'files':>7}{'MB':>9}{'seconds':>10}{'MB/s':>9}{'docs/s':>9}")
for fmt in ["txt", "html", "docx", "pdf", "ofd"]:
    d = os.path.join(root, fmt)
    files = os.listdir(d)
    size = sum(os.path.getsize(os.path.join(d, f)) for f in files)
    best = None
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run([ingest, "--jobs", "1", "-q", d], stdout=subprocess.DEVNULL, check=True)
        t = time.perf_counter() - t
        best = t if best is None else min(best, t)
    print(f"{fmt:<7}{len(files):>7}{size / 1e6:>9.2f}{best:>10.3f}{size / 1e6 / best:>9.2f}{len(files) / best:>9.0f}")
PY
