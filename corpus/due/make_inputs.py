#!/usr/bin/env python3
"""Writes gw-due's corpus inputs that are not plain text: the registers (CSV in three encodings
as Excel saves them, and an XLSX workbook) and the letters given as JSON Lines of records.

    corpus/due/make_inputs.py      # rewrites the files beside this script

Every name, number and unit here is invented. The reply letters of scenario A are plain text
documents in letters/ (read by gw-ingest's extractor); the notices in notices/.

Scenarios (see README.md for the expected statuses and why):
  A  register.csv (UTF-8 with BOM), letters/, built-in profile national, as of 2024-06-20
  B  register-fixed-gb18030.csv (GB18030), letters-fixed.jsonl, profiles/fixed-date.toml, as of 2025-02-20
  C  register-workdays.xlsx, letters-workdays.jsonl, profiles/working-days.toml, as of 2024-02-20
  D  register-2027.csv: a deadline in a year the holiday calendar lacks (holidays-2027-example.tsv adds it)
  E  register-errors.csv (UTF-8): bad dates, missing cells, a repeated number, an unknown column
"""
import datetime
import json
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))


def path(name):
    return os.path.join(HERE, name)


def csv_line(cells):
    def q(c):
        return '"%s"' % c.replace('"', '""') if any(ch in c for ch in ',"\r\n') else c
    return ",".join(q(c) for c in cells) + "\r\n"


def write_csv(name, rows, encoding):
    with open(path(name), "w", encoding=encoding, newline="") as f:
        for r in rows:
            f.write(csv_line(r))


# --- A: every status under the national profile --------------------------------------------
REGISTER_A = [
    ["编号", "标题", "代表", "主办单位", "会办单位", "会议", "交办日期", "办理时限", "延期至"],
    ["20240001", "关于增设南屏中学周边交通信号灯的建议", "李明", "区教育局", "区公安分局", "区八届人大四次会议", "2024/3/1", "", ""],
    ["20240002", "关于加快老旧小区加装电梯的建议", "王芳、赵强", "区住房和城乡建设局", "", "区八届人大四次会议", "2024/3/1", "", ""],
    ["20240003", "关于扩大社区卫生服务中心夜间门诊的建议", "陈静", "区卫生健康局", "区医疗保障局", "区八届人大四次会议", "2024/3/1", "", ""],
    ["20240004", "关于完善农贸市场食品安全快检的建议", "刘洋", "区市场监督管理局", "", "区八届人大四次会议", "2024/3/25", "", ""],
    ["20240005", "关于建设城市口袋公园的建议", "孙磊", "区城市管理局", "", "区八届人大四次会议", "2024/5/6", "", ""],
    ["20240006", "关于推进中小学食堂明厨亮灶的建议", "周敏", "区教育局", "区市场监督管理局", "区八届人大四次会议", "2024/3/1", "", "2024/8/30"],
    ["20240007", "关于规范电动自行车集中充电设施的建议", "吴婷", "区应急管理局", "区消防救援大队", "区八届人大四次会议", "2024/3/1", "", "2024/12/31"],
    ["20230058", "关于在老城区增设公共厕所的建议", "郑伟", "区城市管理局", "", "区八届人大三次会议", "2023/11/30", "", ""],
    ["20240008", "关于支持社区养老服务驿站建设的建议", "何丽", "区民政局", "", "区八届人大四次会议", "2024/3/1", "", ""],
    ["2024-0009", "关于提升公交站台无障碍水平的建议", "马超", "区交通运输局", "", "区八届人大四次会议", "2024/4/10", "", ""],
]

# --- B: fixed calendar deadlines, 建议 and 提案 sharing a number -------------------------------
REGISTER_B = [
    ["编号", "标题", "提出人", "类别", "主办单位", "会办单位", "交办日期", "延期至"],
    ["20240101", "关于加强城区停车场建设的建议", "黄涛", "建议", "市住房和城乡建设局", "市公安局", "2024-02-20", ""],
    ["20240102", "关于推进垃圾分类进小区的建议", "邓丽", "建议", "市城市管理局", "", "2024-03-10", ""],
    ["20240103", "关于扩大职业技能培训补贴范围的建议", "罗斌", "建议", "市人力资源和社会保障局", "", "2024-03-10", ""],
    ["20240104", "关于提升农村饮水安全保障水平的建议", "梁晨", "建议", "市水务局", "", "2024-11-30", ""],
    ["12", "关于发展夜间文旅消费的提案", "民盟市委会", "提案", "市文化广电旅游局", "", "2024-02-25", ""],
    ["13", "关于加快智慧养老平台建设的提案", "许文", "提案", "市民政局", "", "2024-02-25", "2024-10-31"],
    ["20240105", "关于规范校外培训机构收费的建议", "韩梅", "建议", "市教育局", "", "2025-01-15", ""],
    ["20240106", "关于完善公共自行车服务网点的建议", "唐亮", "建议", "市交通运输局", "", "2024-12-31", ""],
    ["12", "关于改善老旧街区排水设施的建议", "冯刚", "建议", "市城市管理局", "", "2024-02-25", ""],
]


def record(path_, title, number, kind, ptitle, session, signer, date, code):
    body = "政协" if "政协" in session else "人大"
    return {
        "schema": "gongwen.record/1", "id": "", "kind": "reply", "title": title,
        "source": {"path": path_, "format": "txt", "encoding": "UTF-8", "bytes": 0},
        "doc_numbers": [], "cited_doc_numbers": [],
        "proposals": [{"number": number, "kind": kind, "title": ptitle,
                       "session": {"text": session, "body": body, "level": None, "term": None, "meeting": None,
                                   "at": {"line": 3, "col": 3}} if session else None,
                       "at": {"line": 3, "col": 13}}],
        "proposers": [], "assignment": {"lead": [], "co": []}, "issuers": [signer], "addressees": [],
        "signers": [signer], "signed_date": date, "result_code": code, "disclosure": None, "contacts": [],
        "attachments": [], "dates": [], "commitments": [], "units": [], "diagnostics": [],
    }


NPC_B, CPPCC_B = "市九届人大四次会议", "市政协九届三次会议"
LETTERS_B = [
    record("fixed/b01.txt", "关于市九届人大四次会议第20240101号建议的答复", "20240101", "建议", "关于加强城区停车场建设的建议", NPC_B, "青禾市住房和城乡建设局", "2024-09-27", "A"),
    record("fixed/b02.txt", "关于市九届人大四次会议第20240102号建议的答复", "20240102", "建议", "关于推进垃圾分类进小区的建议", NPC_B, "青禾市城市管理局", "2024-10-08", "B"),
    record("fixed/b04.txt", "关于市九届人大四次会议闭会期间第20240104号建议的答复", "20240104", "建议", "关于提升农村饮水安全保障水平的建议", NPC_B, "青禾市水务局", "2025-01-20", "A"),
    record("fixed/b06.txt", "关于市政协九届三次会议第12号提案的答复", "12", "提案", "关于发展夜间文旅消费的提案", CPPCC_B, "青禾市文化广电旅游局", "2024-08-30", "A"),
    record("fixed/b07.txt", "关于市政协九届三次会议第13号提案的答复", "13", "提案", "关于加快智慧养老平台建设的提案", CPPCC_B, "青禾市民政局", "2024-10-20", "B"),
    record("fixed/b10.txt", "关于市九届人大四次会议第12号建议的答复", "12", "建议", "关于改善老旧街区排水设施的建议", NPC_B, "青禾市城市管理局", "2024-09-01", "A"),
]

# --- C: working days across the 2024 Spring Festival (2月4日 and 2月18日 are worked Sundays) ----
REGISTER_C = [  # (number as a number cell, title, proposers, lead, co, assigned, 办理时限)
    (20240201, "关于优化企业开办一网通办流程的建议", "郭峰", "区行政审批局", "区财政局", datetime.date(2024, 2, 1), ""),
    (20240202, "关于加强春节期间燃放烟花爆竹管理的建议", "林芳", "区应急管理局", "", datetime.date(2024, 2, 8), ""),
    (20240203, "关于保障春运期间农民工返乡出行的建议", "曹阳", "区交通运输局", "", datetime.date(2024, 2, 6), ""),
    (20240204, "关于做好节后企业用工对接的建议", "彭丽", "区人力资源和社会保障局", "", datetime.date(2024, 2, 19), ""),
    (20240205, "关于推进老旧管网改造的建议", "董杰", "区住房和城乡建设局", "", datetime.date(2024, 2, 19), "15个工作日"),
]
LETTERS_C = [
    record("workdays/c01.txt", "关于区八届人大四次会议第20240201号建议的答复", "20240201", "建议", "关于优化企业开办一网通办流程的建议", "区八届人大四次会议", "桐江市南屏区行政审批局", "2024-02-08", "A"),
    record("workdays/c01-co.txt", "关于第20240201号建议办理意见的函", "20240201", "建议", "关于优化企业开办一网通办流程的建议", "区八届人大四次会议", "桐江市南屏区财政局", "2024-02-04", None),
    record("workdays/c02.txt", "关于区八届人大四次会议第20240202号建议的答复", "20240202", "建议", "关于加强春节期间燃放烟花爆竹管理的建议", "区八届人大四次会议", "桐江市南屏区应急管理局", "2024-02-19", "B"),
]


def excel_serial(d):
    return (d - datetime.date(1899, 12, 30)).days


def write_xlsx(name, rows):
    """A workbook as Excel writes one: shared strings, numbers and date serials with a date style,
    one inline string."""
    header = ["编号", "标题", "代表", "主办单位", "会办单位", "交办日期", "办理时限"]
    strings, index = [], {}

    def s(text):
        if text not in index:
            index[text] = len(strings)
            strings.append(text)
        return index[text]

    def cell(ref, value):
        if isinstance(value, datetime.date):
            return f'<c r="{ref}" s="1"><v>{excel_serial(value)}</v></c>'
        if isinstance(value, int):
            return f'<c r="{ref}"><v>{value}</v></c>'
        if value.endswith("工作日"):  # as some writers store a typed cell
            return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'
        return f'<c r="{ref}" t="s"><v>{s(value)}</v></c>'

    sheet_rows = []
    for r, values in enumerate([header] + [list(x) for x in rows], start=1):
        cells = "".join(cell(f"{chr(65 + c)}{r}", v) for c, v in enumerate(values) if v != "")
        sheet_rows.append(f'<row r="{r}">{cells}</row>')
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel_ns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook {ns} {rel_ns}>'
        '<sheets><sheet name="交办台账" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        '</Relationships>',
        "xl/styles.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet {ns}>'
        '<fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts>'
        '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
        '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>'
        '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>',
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet {ns}>'
        f'<sheetData>{"".join(sheet_rows)}</sheetData></worksheet>',
    }
    sst = "".join(f"<si><t>{t}</t></si>" for t in strings)
    parts["xl/sharedStrings.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                     f'<sst {ns} count="{len(strings)}" uniqueCount="{len(strings)}">{sst}</sst>')
    with zipfile.ZipFile(path(name), "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in parts.items():
            info = zipfile.ZipInfo(part, date_time=(2024, 2, 20, 0, 0, 0))  # stable bytes
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


# --- D: a working-day deadline that crosses into 2027, a year with no holiday notice yet ------
REGISTER_D = [
    ["编号", "标题", "代表", "主办单位", "交办日期"],
    ["20260301", "关于做好年末困难群众走访慰问的建议", "邵华", "区民政局", "2026-12-28"],
]

# --- E: what a register can get wrong --------------------------------------------------------
REGISTER_E = [
    ["编号", "标题", "代表", "主办单位", "交办日期", "备注"],
    ["20240301", "关于增加社区食堂的建议", "白雪", "区民政局", "2024-03-01", ""],
    ["20240302", "关于整治占道经营的建议", "江涛", "区城市管理局", "2024-02-30", ""],
    ["", "关于改造背街小巷的建议", "温静", "区住房和城乡建设局", "2024-03-01", ""],
    ["20240301", "关于增设便民服务点的建议", "白雪", "区民政局", "2024-03-01", "与第一行编号重复"],
    ["20240304", "关于加强校园周边治安的建议", "甘露", "", "2024-03-01", ""],
    ["20240305", "关于完善\"一老一小\"服务,\n提升托育供给的建议", "毛毅", "区卫生健康局", "2024-03-01", "标题内含换行"],
    ["20240306", "关于发展社区团购的建议", "苗青", "区商务局", "2024/13/1", ""],
]


def main():
    write_csv("register.csv", REGISTER_A, "utf-8-sig")
    write_csv("register-fixed-gb18030.csv", REGISTER_B, "gb18030")
    write_xlsx("register-workdays.xlsx", REGISTER_C)
    write_csv("register-2027.csv", REGISTER_D, "utf-8-sig")
    write_csv("register-errors.csv", REGISTER_E, "utf-8")
    for name, letters in (("letters-fixed.jsonl", LETTERS_B), ("letters-workdays.jsonl", LETTERS_C)):
        with open(path(name), "w", encoding="utf-8", newline="\n") as f:
            for r in letters:
                f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
