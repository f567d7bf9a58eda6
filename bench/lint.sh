#!/usr/bin/env bash
# gw-lint over a large batch, next to gw-ingest over the same files.
#   bench/lint.sh [BUILD_DIR] [MB]
# Builds a batch of about MB megabytes (default 64) of plain-text documents by replicating the
# corpus's .txt documents and, when present, ../shared/dev and ../shared/seeds; each copy gets one
# line of its own (索引号：bench-N) so that copies are not duplicates of each other. Then times,
# best of three, `gw-ingest` and `gw-lint --format json` on all cores and on one, and reports MB/s
# and the peak resident memory (/usr/bin/time -v) of each.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
mb=${2:-64}
ingest="$build/tools/gw-ingest"
lint="$build/tools/gw-lint"
for t in "$ingest" "$lint"; do
  [ -x "$t" ] || { echo "no $t: build first (cmake --build $build)" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package time)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 - "$tmp/batch" "$mb" <<'PY'
import glob, os, sys
out, target = sys.argv[1], int(sys.argv[2]) << 20
sources = sorted(p for d in ("replies", "notices", "other", "noise", "encodings", "formats")
                 for p in glob.glob(f"corpus/{d}/*.txt"))
for extra in ("../shared/dev", "../shared/seeds"):
    sources += sorted(glob.glob(os.path.join(extra, "*.txt")))
docs = [open(p, "rb").read() for p in sources]
total, n = 0, 0
while total < target:
    for data in docs:
        tag = f"\n\n索引号：bench-{n}\n"
        # The tag in the document's own encoding (a UTF-16 file stays UTF-16).
        if data.startswith(b"\xff\xfe"):
            extra = tag.encode("utf-16-le")
        elif data.startswith(b"\xfe\xff"):
            extra = tag.encode("utf-16-be")
        elif data.startswith(b"\xef\xbb\xbf"):
            extra = tag.encode("utf-8")
        else:
            try:
                data.decode("utf-8")
                extra = tag.encode("utf-8")
            except UnicodeDecodeError:
                extra = tag.encode("gb18030")
        d = os.path.join(out, f"{n // 1000:04d}")
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, f"doc-{n:06d}.txt"), "wb") as f:
            f.write(data + extra)
        total += len(data) + len(extra)
        n += 1
        if total >= target:
            break
print(f"batch: {n} documents, {total / 1e6:.1f} MB, from {len(sources)} sources")
PY

python3 - "$ingest" "$lint" "$tmp" <<'PY'
import os, re, subprocess, sys
ingest, lint, tmp = sys.argv[1], sys.argv[2], sys.argv[3]
batch = os.path.join(tmp, "batch")
size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(batch) for f in fs)

def measure(cmd):
    best = None
    for _ in range(3):
        p = subprocess.run(["/usr/bin/time", "-v", *cmd], capture_output=True, text=True)
        if p.returncode not in (0, 1):
            sys.exit(f"{cmd[0]} failed ({p.returncode}):\n{p.stderr[-2000:]}")
        wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", p.stderr)
        secs = int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
        rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr).group(1))
        if best is None or secs < best[0]:
            best = (secs, rss)
    return best

jobs = os.cpu_count() or 1
print(f"{'tool':<34}{'jobs':>5}{'seconds':>9}{'MB/s':>8}{'peak RSS MB':>13}")
for j in (jobs, 1):
    for name, cmd in [
        ("gw-ingest", [ingest, "--quiet", "--jobs", str(j), "-o", os.devnull, batch]),
        ("gw-lint --format json", [lint, "--jobs", str(j), "--format", "json", "--fail-on", "none",
                                   "-o", os.devnull, batch]),
    ]:
        secs, rss = measure(cmd)
        print(f"{name:<34}{j:>5}{secs:>9.2f}{size / 1e6 / secs:>8.1f}{rss / 1024:>13.0f}")
PY
