#!/usr/bin/env python3
"""gw-due commitments over the seed documents (../shared/seeds): as of 2026-01-01 the 2025
promises of longgang-health-reply-2024 and guiyang-notice-2021, and the 2021 and 2022 targets of
the latter, are listed with their units and with a file:line that points at them.

usage: seeds_commitments.py GW_DUE REPO     (exit 77 = skipped: ../shared/seeds is absent)
"""
import json
import os
import subprocess
import sys

WANT = [  # file, due, a part of the unit's name
    ("guiyang-notice-2021.txt", "2021-12-31", "卫生健康局"),
    ("guiyang-notice-2021.txt", "2022-12-31", "卫生健康局"),
    ("guiyang-notice-2021.txt", "2025-12-31", "卫生健康局"),
    ("longgang-health-reply-2024.txt", "2025-12-31", "龙岗区卫生健康局"),
]


def main(argv):
    tool, repo = argv[:2]
    seeds = os.path.normpath(os.path.join(repo, "..", "shared", "seeds"))
    if not os.path.isdir(seeds):
        print(f"skipped: {seeds} is absent")
        return 77
    run = subprocess.run([tool, "commitments", "--as-of", "2026-01-01", "--format", "json", seeds],
                         capture_output=True, text=True)
    failed = []
    if run.returncode != 1:
        failed.append(f"exit status {run.returncode}, want 1 (overdue commitments)\n{run.stderr}")
    items = [j for j in map(json.loads, run.stdout.splitlines()) if j["type"] == "commitment"]
    for name, due, unit in WANT:
        found = [i for i in items if os.path.basename(i["file"]) == name and i["due"] == due]
        if not found:
            failed.append(f"{name}: no commitment due {due}")
            continue
        i = found[0]
        if not i["unit"] or unit not in i["unit"]:
            failed.append(f"{name} {due}: unit {i['unit']!r}, want one naming {unit}")
        if i["status"] != "overdue":
            failed.append(f"{name} {due}: status {i['status']}")
        # file:line must point at the promise: its year is written on that line.
        lines = open(i["file"], encoding="utf-8", errors="replace").read().splitlines()
        if not 0 < i["line"] <= len(lines) or due[:4] not in lines[i["line"] - 1]:
            failed.append(f"{name} {due}: line {i['line']} does not hold the commitment")
        else:
            print(f"ok {i['file']}:{i['line']}:{i['col']} {i['unit']} {due} {i['text']}")
    # Only documents bind units: nothing from the README or the gold files.
    for i in items:
        if not i["file"].endswith(".txt") or os.path.basename(i["file"]) == "README.md":
            failed.append(f"listed from a file that is not a document: {i['file']}")
    for f in failed:
        print("FAIL", f)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
