#!/usr/bin/env python3
"""Generates N documents for the catalog and gw-grep benchmarks by varying real ones.

    bench/gen_docs.py OUT N [SOURCE_DIR ...]

Sources: every .txt under corpus/replies and corpus/notices, plus any SOURCE_DIR given (for
example ../shared/dev, read here at run time and never copied into the repository). Each
generated document is one source document with its years shifted, its numbers changed, one
sentence naming a project from a fixed vocabulary of 10,000 names inserted, and a serial line,
so that no two documents are equal and a project name is found in about N/10,000 of them.

Writes OUT/docs/NNNN/NNNNNNN.txt (1,000 per folder) and OUT/meta.json: the file count, the
bytes, and the project name of document 0 with the number of documents that contain it (the
benchmark's selective literal).
"""
import glob
import json
import os
import random
import re
import sys

out, n = sys.argv[1], int(sys.argv[2])
sources = sorted(glob.glob("corpus/replies/*.txt") + glob.glob("corpus/notices/*.txt"))
for extra in sys.argv[3:]:
    sources += sorted(glob.glob(os.path.join(extra, "*.txt")))
texts = []
for p in sources:
    raw = open(p, "rb").read()
    try:
        texts.append(raw.decode("utf-8"))
    except UnicodeDecodeError:
        continue
if not texts:
    sys.exit("gen_docs: no source documents (run from the repository root)")

rng = random.Random(20240601)
# Project names: two characters from a common set and a kind of facility. Fixed by the seed.
han = "东南西北中新老大小金银桥湖河山海林泉石坪坝岭塘湾港口田园花明光华安康宁泰和平兴盛昌福民乐荣丰嘉瑞祥"
kinds = ["社康中心", "养老驿站", "排水泵站", "文化广场", "停车场", "学校", "体育公园", "卫生院", "菜市场", "污水处理厂"]
names = sorted({a + b + c + k for a in han for b in han for c in han for k in kinds})
rng.shuffle(names)
names = names[:10000]

year_re = re.compile(r"(?<![0-9])(20[12][0-9])(?=年)")
num_re = re.compile(r"(?<![0-9年月])([1-9][0-9]{1,3})(?=[个张家处名人所座条项万亿米元])")
para_re = re.compile(r"(。)(\n)")


def template(text):
    """The text cut at every year and number, once; documents are made by filling the gaps."""
    parts, slots = [], []
    for m in sorted(list(year_re.finditer(text)) + list(num_re.finditer(text)), key=lambda m: m.start()):
        if parts and m.start() < parts[-1][1]:
            continue
        parts.append((m.start(), m.end()))
        slots.append((m.re is year_re, int(m.group(1))))
    pieces, at = [], 0
    for b, e in parts:
        pieces.append(text[at:b])
        at = e
    pieces.append(text[at:])
    # Where a sentence may go: after a full stop that ends a line, counted in pieces.
    spots = [(i, m.start() + 1) for i, p in enumerate(pieces) for m in para_re.finditer(p)]
    return pieces, slots, spots


templates = [template(t) for t in texts]
os.makedirs(out, exist_ok=True)
total = 0
first_name, first_count = None, 0
for k in range(n):
    pieces, slots, spots = templates[k % len(templates)]
    shift = rng.randint(-3, 3)
    name = names[rng.randrange(len(names))]
    sentence = f"其中{name}项目计划于{2024 + shift}年底前完成建设。"
    where = spots[rng.randrange(len(spots))] if spots else (len(pieces) - 1, len(pieces[-1]))
    buf = []
    for i, piece in enumerate(pieces):
        if i == where[0]:
            buf.append(piece[:where[1]] + sentence + piece[where[1]:])
        else:
            buf.append(piece)
        if i < len(slots):
            is_year, v = slots[i]
            buf.append(str(v + shift) if is_year else str(rng.randint(2, 9999)))
    buf.append(f"\n（编号：GW-{k:07d}）\n")
    if k == 0:
        first_name = name
    if name == first_name:
        first_count += 1
    sub = os.path.join(out, "docs", f"{k // 1000:04d}")
    if k % 1000 == 0:
        os.makedirs(sub, exist_ok=True)
    data = "".join(buf).encode("utf-8")
    with open(os.path.join(sub, f"{k:07d}.txt"), "wb") as f:
        f.write(data)
    total += len(data)
json.dump({"documents": n, "bytes": total, "literal": first_name, "literal_documents": first_count},
          open(os.path.join(out, "meta.json"), "w"), ensure_ascii=False)
print(f"{out}: {n} documents, {total / 1e6:.1f} MB; '{first_name}' in {first_count}", file=sys.stderr)
