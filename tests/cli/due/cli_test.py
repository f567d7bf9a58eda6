#!/usr/bin/env python3
"""gw-due's command line: usage errors, input errors with their places, standard input, -o, colour,
the profile command.

usage: cli_test.py GW_DUE GW_INGEST REPO
"""
import json
import os
import subprocess
import sys
import tempfile

FAILED = []


def run(tool, args, repo, stdin=None):
    return subprocess.run([tool, *args], cwd=repo, capture_output=True, input=stdin)


def check(label, ok, detail=""):
    if not ok:
        FAILED.append(label)
        print(f"FAIL {label}\n{detail}")


def main(argv):
    due, ingest, repo = argv[:3]
    national = ["--register", "corpus/due/register.csv", "--as-of", "2024-06-20"]
    tmp = tempfile.mkdtemp(prefix="gw-due-cli-")

    # Usage errors: exit 2.
    for label, args, says in [
        ("no --register", ["corpus/due/letters"], b"--register"),
        ("bad --as-of", ["--register", "corpus/due/register.csv", "--as-of", "2024-02-30"], b"--as-of: error[bad-date]"),
        ("bad --format", [*national, "--format", "pdf"], b"--format"),
        ("negative --soon", [*national, "--soon", "-3"], b"--soon"),
        ("commitments without paths", ["commitments", "--as-of", "2024-07-01"], b"PATH"),
    ]:
        r = run(due, args, repo)
        check(f"{label}: exit 2", r.returncode == 2, r.stderr.decode())
        check(f"{label}: says {says.decode()}", says in r.stderr, r.stderr.decode())

    # Input errors name their place and exit 2.
    r = run(due, ["--register", "corpus/due/no-such.csv", "corpus/due/letters"], repo)
    check("missing register", r.returncode == 2 and b"corpus/due/no-such.csv: error[unreadable]" in r.stderr, r.stderr.decode())
    bad_profile = os.path.join(tmp, "bad.toml")
    open(bad_profile, "w", encoding="utf-8").write('name = "x"\n[reply]\nmonths = 3\nweeks = 1\n')
    r = run(due, [*national, "--profile", bad_profile], repo)
    check("bad profile at line:col", r.returncode == 2 and f"{bad_profile}:4:1: error[bad-profile]".encode() in r.stderr,
          r.stderr.decode())
    bad_holidays = os.path.join(tmp, "h.tsv")
    open(bad_holidays, "w", encoding="utf-8").write("2027\tyear\tx\n2027-02-30\toff\tnot a day\n")
    r = run(due, [*national, "--holidays", bad_holidays], repo)
    check("bad holiday line", r.returncode == 2 and f"{bad_holidays}:2: error[bad-holiday-line]".encode() in r.stderr,
          r.stderr.decode())
    records = run(ingest, ["corpus/due/letters"], repo).stdout.decode().splitlines()
    jsonl = os.path.join(tmp, "letters.jsonl")
    open(jsonl, "w", encoding="utf-8").write(records[0] + "\nnot a record\n" + records[1] + "\n")
    r = run(due, [*national, jsonl], repo)
    check("bad JSON Lines record", r.returncode == 2 and f"{jsonl}:2:1: error[bad-record]".encode() in r.stderr,
          r.stderr.decode())
    check("good lines around a bad one still count", b"2 documents read" in r.stdout, r.stdout.decode())

    # gw-ingest piped in gives the report the documents give.
    piped = run(due, [*national, "--format", "json", "-"], repo, stdin="\n".join(records).encode() + b"\n")
    direct = run(due, [*national, "--format", "json", "corpus/due/letters"], repo)
    check("records on standard input", piped.returncode == 1 and piped.stdout == direct.stdout,
          piped.stderr.decode() + piped.stdout.decode())

    # -o writes the file, not standard output; colour only when asked (never on a pipe by default).
    out = os.path.join(tmp, "report.csv")
    r = run(due, [*national, "corpus/due/letters", "--format", "csv", "-o", out], repo)
    check("-o", r.returncode == 1 and r.stdout == b"" and open(out, "rb").read().startswith(b"\xef\xbb\xbfstatus,"),
          r.stderr.decode())
    plain = run(due, [*national, "corpus/due/letters"], repo)
    coloured = run(due, [*national, "corpus/due/letters", "--color", "always"], repo)
    check("no colour on a pipe", b"\x1b[" not in plain.stdout)
    check("colour when asked", b"\x1b[1;31moverdue" in coloured.stdout)

    # The statuses are the exact words in every format.
    for fmt in ["table", "csv", "json"]:
        r = run(due, [*national, "corpus/due/letters", "--format", fmt], repo)
        for word in [b"replied", b"replied-late", b"overdue", b"due-soon", b"pending"]:
            check(f"{fmt} has {word.decode()}", word in r.stdout)

    # The profile command prints TOML that reads back.
    r = run(due, ["profile", "national"], repo)
    check("profile national", r.returncode == 0 and b"months = 3" in r.stdout, r.stderr.decode())
    try:
        import tomllib
        parsed = tomllib.loads(r.stdout.decode())
        check("profile national is TOML", parsed["reply"]["months"] == 3 and parsed["co"]["months"] == 1)
    except ImportError:
        pass
    r = run(due, ["profile", "corpus/due/profiles/fixed-date.toml"], repo)
    check("profile from a file", r.returncode == 0 and '[reply."提案"]'.encode() in r.stdout, r.stderr.decode())
    r = run(due, ["profile", bad_profile], repo)
    check("profile with an error", r.returncode == 2 and b"error[bad-profile]" in r.stderr, r.stderr.decode())

    print(f"{len(FAILED)} gw-due CLI checks failed" if FAILED else "gw-due CLI checks passed")
    return 1 if FAILED else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
