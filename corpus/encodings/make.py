#!/usr/bin/env python3
"""Regenerate the encoded test documents of corpus/encodings/ from their UTF-8 sources.

usage: python3 corpus/encodings/make.py

Each source corpus/encodings/src/NAME.txt is UTF-8 with LF line endings. The table below
says how corpus/encodings/NAME.txt is written: the codec, whether a byte-order mark goes
first, and the line ending. NAME.gold.json beside the output is written by hand and is not
touched here. Standard library only; the output is byte-for-byte reproducible.
"""
import codecs
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")

# name: (python codec, byte-order mark or b"", line ending)
TABLE = {
    "enc-gb18030-reply":     ("gb18030",   b"",                  "\n"),
    "enc-utf16le-notice":    ("utf-16-le", codecs.BOM_UTF16_LE,  "\n"),
    "enc-utf16be-reply":     ("utf-16-be", codecs.BOM_UTF16_BE,  "\n"),
    "enc-utf8bom-notice":    ("utf-8",     codecs.BOM_UTF8,      "\n"),
    "enc-crlf-reply":        ("utf-8",     b"",                  "\r\n"),
    "enc-cr-notice":         ("utf-8",     b"",                  "\r"),
    "enc-traditional-reply": ("utf-8",     b"",                  "\n"),
}


def main():
    missing = sorted(set(n[:-4] for n in os.listdir(SRC) if n.endswith(".txt")) - set(TABLE))
    if missing:
        print("sources without a table row: " + " ".join(missing), file=sys.stderr)
        return 1
    for name, (codec, bom, eol) in TABLE.items():
        with open(os.path.join(SRC, name + ".txt"), encoding="utf-8") as f:
            text = f.read()
        if text.startswith("\ufeff"):
            text = text[1:]
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", eol)
        data = bom + text.encode(codec)
        out = os.path.join(HERE, name + ".txt")
        with open(out, "wb") as f:
            f.write(data)
        # the round trip must give back the source text
        assert data[len(bom):].decode(codec) == text, name
        print(f"{os.path.relpath(out)}: {codec}{' +BOM' if bom else ''}, {eol.encode('unicode_escape').decode()} line endings, {len(data)} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
