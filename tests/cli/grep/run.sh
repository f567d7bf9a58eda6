#!/usr/bin/env bash
# Golden tests of gw-grep: every case of cases.txt over the documents of files.txt, in file mode
# and against a catalog of the same files. Both modes must print exactly expected/NAME.out, so
# the catalog's indexes can never lose a match that reading the files finds.
#   run.sh GW_GREP GW_INGEST REPO            check
#   run.sh GW_GREP GW_INGEST REPO --update   rewrite expected/ from file mode (review the diff)
# Exit 77 (skipped) when the pinned corpus documents are absent.
set -uo pipefail
grep_bin=$1 ingest=$2 repo=$3 update=${4:-}
here="$repo/tests/cli/grep"
cd "$repo" || exit 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mapfile -t files < <(grep -v '^#' "$here/files.txt")
for f in "${files[@]}"; do
  if [ ! -f "$f" ]; then echo "skipped: $f is missing"; exit 77; fi
done
if ! "$ingest" --quiet --jobs 2 --db "$tmp/gw.db" "${files[@]}"; then
  echo "FAIL: gw-ingest --db"
  exit 1
fi
pass=0 fail=0
while IFS='|' read -r name args; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  eval "words=($args)"
  { "$grep_bin" --color never "${words[@]}" "${files[@]}"; echo "exit $?"; } >"$tmp/files.out" 2>"$tmp/files.err"
  { "$grep_bin" --color never "${words[@]}" --db "$tmp/gw.db"; echo "exit $?"; } >"$tmp/db.out" 2>"$tmp/db.err"
  expected="$here/expected/$name.out"
  [ "$update" = --update ] && cp "$tmp/files.out" "$expected"
  for mode in files db; do
    if cmp -s "$tmp/$mode.out" "$expected"; then
      pass=$((pass + 1))
    else
      fail=$((fail + 1))
      echo "FAIL: $name ($mode): gw-grep $args"
      diff "$expected" "$tmp/$mode.out" | head -20
      head -5 "$tmp/$mode.err"
    fi
  done
done <"$here/cases.txt"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
