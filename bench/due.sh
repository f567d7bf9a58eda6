#!/usr/bin/env bash
# gw-due at scale: a 100,000-row register and 100,000 reply letters given as JSON Lines records
# (what gw-ingest writes), every output format, then `commitments` over the same records.
#   bench/due.sh [BUILD_DIR] [ROWS]
# Prints wall seconds (best of three) and peak resident memory of each run. The data is made
# up here: 90% of letters carry their row's number (some late, some after --as-of), 5% only the
# title (matched by title similarity), 5% a number no row has.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
rows=${2:-100000}
due="$build/tools/gw-due"
[ -x "$due" ] || { echo "no $due: build first (cmake --build $build)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 - "$tmp" "$rows" <<'PY'
import datetime, json, random, sys
root, n = sys.argv[1], int(sys.argv[2])
rng = random.Random(5)
a = ["城区", "农村", "社区", "学校", "医院", "园区", "街道", "景区", "老旧小区", "交通枢纽"]
b = ["停车", "养老", "托育", "供水", "排水", "照明", "绿化", "垃圾分类", "电梯", "充电桩",
     "公交", "菜市场", "体育场馆", "图书馆", "消防", "食品安全", "夜间门诊", "无障碍", "快递", "网格"]
c = ["设施建设", "服务提升", "管理规范", "资金保障", "监管机制", "智能改造", "布局优化", "人员配备",
     "标准制定", "考核评价", "宣传引导", "应急处置"]
units = [f"区{x}局" for x in ["教育", "民政", "财政", "交通运输", "卫生健康", "城市管理", "住房和城乡建设",
                                "市场监督管理", "文化和旅游", "应急管理", "商务", "水务", "自然资源", "生态环境"]]
start = datetime.date(2016, 1, 4)
reg = open(f"{root}/register.csv", "w", encoding="utf-8-sig", newline="")
reg.write("编号,标题,代表,主办单位,会办单位,交办日期,延期至\r\n")
letters = open(f"{root}/letters.jsonl", "w", encoding="utf-8")
for i in range(n):
    year = 2016 + i // 10000
    number = f"{year}{i % 10000 + 1:04d}"
    title = f"关于{rng.choice(a)}{rng.choice(b)}{rng.choice(c)}第{i % 97 + 1}项的建议"
    assigned = datetime.date(year, 1, 4) + datetime.timedelta(days=rng.randrange(0, 300))
    lead, co = rng.sample(units, 2)
    extended = (assigned + datetime.timedelta(days=150)).isoformat() if i % 50 == 0 else ""
    reg.write(f"{number},{title},代表{i},{lead},{co if i % 3 == 0 else ''},{assigned.isoformat()},{extended}\r\n")
    kind = i % 20
    signed = assigned + datetime.timedelta(days=rng.randrange(20, 130))
    num = "" if kind == 0 else (f"{year}9{i % 1000:03d}" if kind == 1 else number)
    rec = {"schema": "gongwen.record/1", "id": f"{i:064x}",
           "source": {"path": f"letters/{number}.txt", "format": "txt", "encoding": "UTF-8", "bytes": 6000},
           "kind": "reply", "title": f"关于区八届人大四次会议第{number}号建议的答复",
           "doc_numbers": [{"text": f"南复〔{year}〕{i}号", "agency": "南复", "year": year, "serial": i, "at": {"line": 3, "col": 1}}],
           "cited_doc_numbers": [],
           "proposals": [{"number": num or None, "kind": "建议", "title": title,
                          "session": {"text": "区八届人大四次会议", "body": "人大", "level": "区", "term": 8, "meeting": 4,
                                      "at": {"line": 5, "col": 3}}, "at": {"line": 5, "col": 13}}],
           "proposers": [{"name": f"代表{i}", "role": "代表", "at": {"line": 7, "col": 1}}],
           "assignment": {"lead": [lead], "co": [co]}, "issuers": [f"桐江市南屏{lead}"], "addressees": [],
           "signers": [f"桐江市南屏{lead}"], "signed_date": signed.isoformat(), "result_code": "ABCD"[i % 4],
           "disclosure": "全文公开",
           "contacts": [{"name": "林晓", "phones": ["0571-86120031"], "emails": [], "at": {"line": 40, "col": 1}}],
           "attachments": [],
           "dates": [{"text": f"{signed.year}年{signed.month}月{signed.day}日", "value": signed.isoformat(),
                      "end": signed.isoformat(), "precision": "day", "inferred": False, "inferred_value": None,
                      "at": {"line": 38, "col": 1}}],
           "commitments": [{"text": f"力争{year + 1}年底前完成{title[2:8]}", "due": f"{year + 1}-12-31",
                            "due_text": f"{year + 1}年底前", "unit": f"桐江市南屏{lead}",
                            "quantities": [{"text": "12个", "value": 12, "unit": "个"}], "modality": "力争",
                            "recurring": False, "due_inferred": False, "at": {"line": 30, "col": 5}}],
           "units": [{"name": f"桐江市南屏{lead}", "at": {"line": 1, "col": 1}}], "diagnostics": []}
    letters.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")
PY

ls -l "$tmp" | awk 'NR > 1 {printf "%-16s %8.1f MB\n", $9, $5 / 1e6}'
python3 - "$due" "$tmp" <<'PY'
import os, subprocess, sys, time
due, root = sys.argv[1], sys.argv[2]
runs = [(f"status --format {f}", ["--register", f"{root}/register.csv", "--as-of", "2025-06-30", "--format", f,
                                  "-o", f"{root}/out.{f}", f"{root}/letters.jsonl"]) for f in ["table", "csv", "json", "xlsx"]]
runs.append(("commitments --format table", ["commitments", "--as-of", "2025-06-30", "-o", f"{root}/out.txt",
                                            f"{root}/letters.jsonl"]))
# Wall seconds depend on what else the machine runs; CPU seconds (user + system, all threads)
# are the work done. Best of three for both.
print(f"{'run':<30}{'wall s':>8}{'cpu s':>8}{'peak RSS MB':>13}")
for label, args in runs:
    wall, cpu, peak = None, None, 0
    for _ in range(3):
        t = time.perf_counter()
        p = subprocess.Popen([due, *args], stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(p.pid, 0)
        t = time.perf_counter() - t
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            sys.exit(f"{label}: exit status {code}")
        wall = t if wall is None else min(wall, t)
        c = usage.ru_utime + usage.ru_stime
        cpu = c if cpu is None else min(cpu, c)
        peak = max(peak, usage.ru_maxrss / 1024)
    print(f"{label:<30}{wall:>8.2f}{cpu:>8.2f}{peak:>13.0f}")
print(f"{os.cpu_count()} cores; load average before the last run: {os.getloadavg()[0]:.1f}")
PY
