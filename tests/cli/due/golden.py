#!/usr/bin/env python3
"""Golden tests of gw-due over corpus/due: every case in every output format.

usage: golden.py GW_DUE REPO [--update]

Each case runs from the repository root (so paths in reports are stable) once per format and
compares standard output with corpus/due/expected/CASE.{txt,csv,jsonl,xlsx.txt}, standard error
with CASE.stderr and the exit status with the case's. An XLSX report is compared as a text dump of
its sheets (cell values row by row), so that a new libxlsxwriter does not break the test.
--update rewrites the expectations; review them as a diff.
"""
import io
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile

CASES = [
    # name, arguments, exit status
    ("national", ["--register", "corpus/due/register.csv", "--as-of", "2024-06-20", "corpus/due/letters"], 1),
    ("fixed-date", ["--register", "corpus/due/register-fixed-gb18030.csv", "--profile",
                    "corpus/due/profiles/fixed-date.toml", "--as-of", "2025-02-20", "corpus/due/letters-fixed.jsonl"], 1),
    ("working-days", ["--register", "corpus/due/register-workdays.xlsx", "--profile",
                      "corpus/due/profiles/working-days.toml", "--as-of", "2024-02-20",
                      "corpus/due/letters-workdays.jsonl"], 1),
    ("calendar-2027-missing", ["--register", "corpus/due/register-2027.csv", "--profile",
                               "corpus/due/profiles/working-days.toml", "--as-of", "2026-12-30"], 2),
    ("calendar-2027-added", ["--register", "corpus/due/register-2027.csv", "--profile",
                             "corpus/due/profiles/working-days.toml", "--as-of", "2026-12-30",
                             "--holidays", "corpus/due/holidays-2027-example.tsv"], 0),
    ("register-errors", ["--register", "corpus/due/register-errors.csv", "--as-of", "2024-05-01"], 2),
    ("commitments", ["commitments", "--as-of", "2024-07-01", "corpus/due/letters", "corpus/due/notices"], 1),
]
FORMATS = [("table", "txt"), ("csv", "csv"), ("json", "jsonl"), ("xlsx", "xlsx.txt")]
NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def xlsx_dump(data):
    """Sheets in workbook order, one line a row: tab-separated cell values."""
    z = zipfile.ZipFile(io.BytesIO(data))
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS):
            shared.append("".join(t.text or "" for t in si.iter("{%s}t" % NS["m"])))
    rels = {r.get("Id"): r.get("Target") for r in ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))}
    out = []
    for sheet in ET.fromstring(z.read("xl/workbook.xml")).find("m:sheets", NS):
        out.append(f"[{sheet.get('name')}]")
        target = rels[sheet.get(REL)].lstrip("/")
        part = target if target.startswith("xl/") else "xl/" + target
        for row in ET.fromstring(z.read(part)).find("m:sheetData", NS):
            cells = []
            for c in row:
                v = c.find("m:v", NS)
                value = v.text if v is not None else ""
                if c.get("t") == "s":
                    value = shared[int(value)]
                elif c.get("t") == "inlineStr":
                    value = "".join(t.text or "" for t in c.iter("{%s}t" % NS["m"]))
                cells.append(f"{c.get('r')}={value}".replace("\n", "\\n"))
            out.append("\t".join(cells))
    return ("\n".join(out) + "\n").encode("utf-8")


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    tool, repo = argv[0], argv[1]
    update = "--update" in argv
    expected_dir = os.path.join(repo, "corpus", "due", "expected")
    failed = 0
    for name, args, want_status in CASES:
        stderr_seen = None
        for fmt, ext in FORMATS:
            cmd = [tool, *args, "--format", fmt, "--color", "never"]
            run = subprocess.run(cmd, cwd=repo, capture_output=True)
            got = xlsx_dump(run.stdout) if fmt == "xlsx" and run.stdout else run.stdout
            label = f"{name} --format {fmt}"
            if stderr_seen is not None and run.stderr != stderr_seen:
                print(f"FAIL {label}: standard error differs from the table run's")
                failed += 1
            stderr_seen = run.stderr
            paths = {"out": os.path.join(expected_dir, f"{name}.{ext}"),
                     "err": os.path.join(expected_dir, f"{name}.stderr")}
            if update:
                open(paths["out"], "wb").write(got)
                open(paths["err"], "wb").write(run.stderr)
            if run.returncode != want_status:
                print(f"FAIL {label}: exit status {run.returncode}, want {want_status}\n{run.stderr.decode()}")
                failed += 1
                continue
            for what, data in (("out", got), ("err", run.stderr)):
                if not os.path.exists(paths[what]):
                    print(f"FAIL {label}: no {os.path.relpath(paths[what], repo)} (run with --update and review)")
                    failed += 1
                elif open(paths[what], "rb").read() != data:
                    print(f"FAIL {label}: differs from {os.path.relpath(paths[what], repo)}")
                    print(data.decode("utf-8", "replace"))
                    failed += 1
    total = len(CASES) * len(FORMATS)
    print(f"{total - failed} of {total} gw-due golden runs as expected" if not update else "expectations rewritten")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
