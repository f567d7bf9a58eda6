#!/usr/bin/env bash
# Scores gw-ingest on the corpus's own hand-written facts (NAME.gold.json) with
# ../shared/eval/score.py, folder by folder, and on the seeds and the dev set.
# Skips (exit 77) when ../shared is absent.
set -euo pipefail
tool=$1 repo=$2 min=${3:-0.95}
score="$repo/../shared/eval/score.py"
if [ ! -f "$score" ]; then echo "skipped: $score not found"; exit 77; fi
status=0
for folder in "$repo"/corpus/replies "$repo"/corpus/notices "$repo"/corpus/other "$repo"/corpus/noise "$repo"/corpus/encodings \
              "$repo/../shared/seeds" "$repo/../shared/dev"; do
  ls "$folder"/*.gold.json >/dev/null 2>&1 || continue
  out=$(mktemp)
  "$tool" "$folder" >"$out" 2>/dev/null || true
  want=$min
  case "$folder" in */seeds) want=1.0 ;; esac
  if ! python3 "$score" "$out" "$folder" --min "all=$want" >/dev/null; then
    echo "FAIL $folder: micro F1 below $want"
    python3 "$score" "$out" "$folder" --verbose | tail -25
    status=1
  else
    echo "ok   $folder: $(python3 "$score" "$out" "$folder" | tail -1)"
  fi
  rm -f "$out"
done
exit $status
