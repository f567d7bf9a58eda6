#!/usr/bin/env python3
"""Prints a catalog in a canonical form: every table keyed by document path instead of row id,
without ingest times, and both search indexes as (term, documents, occurrences). Two catalogs
that hold the same documents print the same bytes, however they were built."""
import sqlite3
import sys

db = sqlite3.connect(sys.argv[1])
out = sys.stdout
out.write("integrity %s\n" % db.execute("PRAGMA integrity_check").fetchone()[0])
for table in ("records", "texts"):
    orphans = db.execute(f"SELECT count(*) FROM {table} WHERE doc NOT IN (SELECT id FROM documents)").fetchone()[0]
    out.write(f"orphans in {table}: {orphans}\n")
cols = [c[1] for c in db.execute("PRAGMA table_info(documents)") if c[1] not in ("id", "ingested_at")]
for row in db.execute(
        "SELECT " + ", ".join("d." + c for c in cols) + ", r.json, t.source FROM documents d "
        "JOIN records r ON r.doc = d.id JOIN texts t ON t.doc = d.id ORDER BY d.path"):
    out.write(repr(row) + "\n")
for table in ("doc_numbers", "proposals", "proposers", "units", "dates", "commitments", "lint_findings"):
    rows = db.execute(f"SELECT d.path, c.* FROM {table} c JOIN documents d ON d.id = c.doc").fetchall()
    orphans = db.execute(f"SELECT count(*) FROM {table} WHERE doc NOT IN (SELECT id FROM documents)").fetchone()[0]
    out.write(f"{table}: {len(rows)} rows, {orphans} orphans\n")
    for row in sorted((r[0],) + r[2:] for r in rows):
        out.write(repr(row) + "\n")
for vocab in ("text_vocab", "fields_vocab"):
    out.write(vocab + "\n")
    for row in db.execute(f"SELECT term, doc, cnt FROM {vocab} ORDER BY term"):
        out.write(repr(row) + "\n")
