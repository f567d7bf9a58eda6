#!/usr/bin/env python3
"""Golden tests over corpus/: every document's record must equal NAME.expected.json beside it.

usage: check.py GW_INGEST REPO [--update]

Runs gw-ingest once over the corpus folders (with two jobs, from the repository root so that
source paths are stable) and compares each record, as one canonical JSON line, with the file
beside its document. --update rewrites the expectations; review them as a diff.
"""
import json
import os
import subprocess
import sys

FOLDERS = ["corpus/replies", "corpus/notices", "corpus/other", "corpus/noise", "corpus/encodings"]


def documents(repo):
    out = []
    for folder in FOLDERS:
        base = os.path.join(repo, folder)
        if not os.path.isdir(base):
            continue
        for name in sorted(os.listdir(base)):
            if name.endswith(".txt"):
                out.append(os.path.join(folder, name))
    return out


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    tool, repo = argv[0], argv[1]
    update = "--update" in argv
    docs = documents(repo)
    if not docs:
        print("no corpus documents found", file=sys.stderr)
        return 1
    run = subprocess.run([tool, "--jobs", "2", *docs], cwd=repo, capture_output=True, text=True)
    lines = run.stdout.splitlines()
    if len(lines) != len(docs):
        print(f"expected {len(docs)} records, got {len(lines)}\n{run.stderr}", file=sys.stderr)
        return 1
    failed = 0
    for doc, line in zip(docs, lines):
        expected_path = os.path.join(repo, doc[: -len(".txt")] + ".expected.json")
        got = json.loads(line)
        if update:
            with open(expected_path, "w", encoding="utf-8") as f:
                f.write(line + "\n")
            continue
        if not os.path.exists(expected_path):
            print(f"FAIL {doc}: no {os.path.basename(expected_path)} (run with --update and review)")
            failed += 1
            continue
        want = json.load(open(expected_path, encoding="utf-8"))
        if got != want:
            failed += 1
            diffs = [k for k in want if got.get(k) != want.get(k)] + [k for k in got if k not in want]
            print(f"FAIL {doc}: fields differ: {', '.join(diffs)}")
            for k in diffs[:3]:
                print(f"  {k}:\n    want {json.dumps(want.get(k), ensure_ascii=False)[:400]}\n    got  {json.dumps(got.get(k), ensure_ascii=False)[:400]}")
    if update:
        print(f"updated {len(docs)} expectations")
        return 0
    print(f"{len(docs) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
