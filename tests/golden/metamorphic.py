#!/usr/bin/env python3
"""Metamorphic tests: the same document written differently must give the same record.

usage: metamorphic.py GW_INGEST REPO [--variants a,b,...] [--max-differences N] [DIR ...]

Every .txt document of corpus/replies, corpus/notices and corpus/other (and of each DIR given,
such as ../shared/dev, read at run time only) is rewritten in ways a real copy of it might be —
CRLF line ends, GB18030, UTF-16LE with a BOM, full-width digits, blank lines between lines,
indented paragraphs, trailing spaces, an HTML page of <p> lines, a sentence broken by a page
end with a page number (— 2 —), hard-wrapped lines — and each variant's record must
equal the original's on every field the scorer reads (positions aside, since a variant moves
text, and strings compared as the scorer compares them, NFKC: a verbatim quote keeps the
source's full-width digits). A difference is printed as document, variant, field and values.

The html variant is left out by default: the HTML reader sets a page's metadata rows (文号,
成文日期, 发布时间 …) apart as the record's `page` — on purpose, since portals fill them with
other documents' values — so a text whose head is such rows legitimately loses their numbers
and dates when it is wrapped as a page. Run it with --variants html to see those differences.

The hard-wrap variant (every line cut at 28 characters) is undone by the fold's hard-wrap pass
for most fields, not all: a line that happens to fill the width and ends a paragraph without a
full stop is joined to the next. ctest runs it with --max-differences, as a regression bound.
"""
import json
import os
import subprocess
import sys
import tempfile
import unicodedata

FOLDERS = ["corpus/replies", "corpus/notices", "corpus/other"]
# Record fields compared: the contract's content, not where it sits or how the file was read.
FIELDS = ["kind", "title", "doc_numbers", "cited_doc_numbers", "proposals", "proposers", "assignment",
          "issuers", "addressees", "signers", "signed_date", "result_code", "disclosure", "contacts",
          "attachments", "dates", "commitments", "units"]
POSITION_KEYS = {"at", "title_at", "signed_at"}


def strip_positions(v):
    if isinstance(v, dict):
        return {k: strip_positions(x) for k, x in v.items() if k not in POSITION_KEYS}
    if isinstance(v, list):
        return [strip_positions(x) for x in v]
    if isinstance(v, str):
        return unicodedata.normalize("NFKC", v)
    return v


def crlf(text):
    return text.replace("\n", "\r\n").encode("utf-8")


def gb18030(text):
    return text.encode("gb18030")


def utf16le(text):
    return b"\xff\xfe" + text.encode("utf-16-le")


def fullwidth_digits(text):
    return text.translate({ord(c): 0xFF10 + ord(c) - ord("0") for c in "0123456789"}).encode("utf-8")


def nbsp(text):
    """No-break spaces where the text has spaces, as HTML copies keep them."""
    return text.replace(" ", "\u00a0").encode("utf-8")


def utf8_bom(text):
    return b"\xef\xbb\xbf" + text.encode("utf-8")


def double_spaced(text):
    """A blank line after every line, as pages copied from a browser often are."""
    return "\n\n".join(text.split("\n")).encode("utf-8")


def indented(text):
    """Paragraphs indented with two ideographic spaces, as typed in word processors."""
    return "\n".join("\u3000\u3000" + l if len(l.strip()) > 20 else l for l in text.split("\n")).encode("utf-8")


def trailing_spaces(text):
    """Spaces and a tab left at the end of every line."""
    return "\n".join(l + "  \t" if l.strip() else l for l in text.split("\n")).encode("utf-8")


def html(text):
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = "\n".join(f"<p>{esc(line)}</p>" if line.strip() else "<p>&nbsp;</p>" for line in text.split("\n"))
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title></title></head><body>\n"
            f"<div class=\"content\">\n{body}\n</div>\n</body></html>\n").encode("utf-8")


def is_han(c):
    return "\u4e00" <= c <= "\u9fff"


def page_break(text):
    """Splits the longest prose line of the body between two Han characters after its first
    comma, the way a page end does, with a page number between the halves."""
    lines = text.split("\n")
    best = None
    for i, line in enumerate(lines[len(lines) // 4:], start=len(lines) // 4):
        s = line.strip()
        if len(s) < 60 or "，" not in s[:40] or "\t" in s or s[0] in "一二三四五六七八九十（(0123456789":
            continue
        if best is None or len(s) > len(lines[best].strip()):
            best = i
    if best is None:
        return None
    line = lines[best]
    k = line.index("，", 0) + 12
    while k < len(line) - 12 and not (is_han(line[k - 1]) and is_han(line[k])):
        k += 1
    if k >= len(line) - 12:
        return None
    lines[best:best + 1] = [line[:k], "", "— 2 —", "", line[k:].lstrip()]
    return "\n".join(lines).encode("utf-8")


def hard_wrap(text):
    """Every line longer than 30 characters cut into lines of 28, as fixed-width text is."""
    out = []
    for line in text.split("\n"):
        while len(line) > 30:
            out.append(line[:28])
            line = line[28:]
        out.append(line)
    return "\n".join(out).encode("utf-8")


VARIANTS = {"crlf": crlf, "gb18030": gb18030, "utf16le": utf16le, "fullwidth-digits": fullwidth_digits,
            "nbsp": nbsp, "utf8-bom": utf8_bom, "double-spaced": double_spaced, "indented": indented, "trailing-spaces": trailing_spaces,
            "html": html, "page-break": page_break, "hard-wrap": hard_wrap}
DEFAULT = ["crlf", "utf8-bom", "gb18030", "utf16le", "fullwidth-digits", "nbsp", "double-spaced", "indented", "trailing-spaces",
           "page-break"]


def records(gw_ingest, folder):
    out = subprocess.run([gw_ingest, "--quiet", "--jobs", "2", folder], capture_output=True)
    recs = {}
    for line in out.stdout.decode("utf-8").splitlines():
        r = json.loads(line)
        if "error" in r:
            continue
        recs[os.path.basename(r["source"]["path"])] = r
    return recs


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    gw_ingest, repo, rest = argv[1], argv[2], argv[3:]
    chosen, budget = DEFAULT, 0
    while len(rest) >= 2 and rest[0] in ("--variants", "--max-differences"):
        if rest[0] == "--variants":
            chosen = rest[1].split(",")
        else:
            budget = int(rest[1])
        rest = rest[2:]
    docs = []
    for folder in [os.path.join(repo, f) for f in FOLDERS] + rest:
        if os.path.isdir(folder):
            docs += [os.path.join(folder, n) for n in sorted(os.listdir(folder)) if n.endswith(".txt")]
    texts = {}
    for p in docs:
        raw = open(p, "rb").read()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            continue
        key = os.path.basename(os.path.dirname(p)) + "__" + os.path.basename(p)
        texts[key] = text.replace("\r\n", "\n")
    with tempfile.TemporaryDirectory() as tmp:
        orig_dir = os.path.join(tmp, "original")
        os.makedirs(orig_dir)
        for key, text in texts.items():
            open(os.path.join(orig_dir, key), "wb").write(text.encode("utf-8"))
        originals = records(gw_ingest, orig_dir)
        failures, checked = 0, 0
        for name in chosen:
            make = VARIANTS[name]
            vdir = os.path.join(tmp, name)
            os.makedirs(vdir)
            for key, text in texts.items():
                try:
                    data = make(text)
                except UnicodeEncodeError:
                    continue
                if data is not None:
                    open(os.path.join(vdir, key), "wb").write(data)
            for key, rec in sorted(records(gw_ingest, vdir).items()):
                checked += 1
                orig = originals.get(key)
                for f in FIELDS:
                    a, b = strip_positions(orig.get(f)), strip_positions(rec.get(f))
                    if a != b:
                        failures += 1
                        print(f"{key} [{name}] {f}:\n  original {json.dumps(a, ensure_ascii=False)[:400]}\n"
                              f"  variant  {json.dumps(b, ensure_ascii=False)[:400]}")
        print(f"metamorphic: {checked} variants of {len(texts)} documents, {failures} differing fields"
              + (f" (at most {budget} allowed)" if budget else ""))
        return 1 if failures > budget else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
