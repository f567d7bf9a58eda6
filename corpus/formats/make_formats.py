#!/usr/bin/env python3
"""Builds corpus/formats/: each document below written once, saved as .txt, .html, .docx, .pdf
and .ofd, plus the hostile files of corpus/formats/hostile/. Python standard library only: a
DOCX and an OFD are zip files of XML, and the PDF writer here is a small one (a CID font by
reference with a ToUnicode map: text extraction needs no glyphs).

usage: corpus/formats/make_formats.py        (rewrites the files; review them as a diff)

The documents are invented for this corpus (清江市 is no real city). Each line of a document has
a style, which the fixed-layout writers use the way a word processor would: `title` centred
and large, `p` a paragraph indented two characters and wrapped, `left` flush left, `right`
flush right, `row` a table row (cells separated by a tab), `banji` a 版记 row (left and right
parts). The .txt is the lines as a clerk would have saved them.
"""
import io
import os
import random
import zipfile
import zlib
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

REPLY = [
    ("title", "清江市交通运输局"),
    ("title", "关于市十五届人大三次会议第20230118号建议的答复"),
    ("left", "清交建复〔2023〕27号"),
    ("left", "周海燕代表："),
    ("p", "您提出的《关于缓解老城区学校周边停车难问题的建议》收悉。该建议由我局主办，市公安局交通警察支队、市教育局会办。经认真研究，并征求会办单位意见，现答复如下："),
    ("left", "一、基本情况"),
    ("p", "老城区共有中小学校二十三所，上下学时段周边道路车流集中，临时停车需求大。2022年我局会同相关部门对学校周边道路开展了专项调查，共梳理出拥堵点位十四处。"),
    ("left", "二、已开展的工作"),
    ("p", "（一）挖掘停车资源。利用学校周边边角地块新建临时停车场五处，新增停车泊位三百二十个，并推动机关企事业单位停车场在上下学时段错时开放。"),
    ("p", "（二）优化交通组织。在八所学校门前设置即停即走接送区，上下学高峰期安排交警和志愿者疏导，学校周边平均通行时间缩短约三成。"),
    ("left", "三、下一步工作"),
    ("p", "我局将会同市公安局交通警察支队，力争于2023年12月底前完成其余六处拥堵点位的改造，预计到2024年6月新增泊位二百个；同时加快推进智慧停车平台建设，计划在2024年上半年实现老城区公共停车场信息联网共享。"),
    ("p", "感谢您对交通工作的关心和支持，欢迎继续提出宝贵意见。"),
    ("left", "附件：学校周边拥堵点位改造计划表"),
    ("right", "清江市交通运输局"),
    ("right", "2023年6月20日"),
    ("left", "（联系人：陈芳，联系电话：0736-7123456）"),
    ("left", "公开方式：主动公开"),
    ("left", "附件"),
    ("title", "学校周边拥堵点位改造计划表"),
    ("row", "序号\t点位\t完成时间"),
    ("row", "1\t东门小学\t2023年9月"),
    ("row", "2\t清江二中\t2023年12月"),
]

NOTICE = [
    ("title", "清江市教育局"),
    ("title", "关于举办2024年中小学安全管理培训班的通知"),
    ("left", "清教发〔2024〕5号"),
    ("left", "各县（市、区）教育局，市直属各学校："),
    ("p", "为提升学校安全管理水平，根据《清江市2024年教育工作要点》安排，市教育局决定举办2024年中小学安全管理培训班。现将有关事项通知如下："),
    ("left", "一、培训时间和地点"),
    ("p", "培训时间为2024年3月18日至20日，共三天，3月17日下午报到。培训地点为清江市教师发展中心，地址为清江市河西区滨江路88号。"),
    ("left", "二、参训对象"),
    ("p", "各县（市、区）教育局分管安全工作的负责人，各中小学校分管安全工作的副校长，每单位1人。"),
    ("left", "三、有关要求"),
    ("p", "请各单位于2024年3月10日前将参训人员回执报送至市教育局安全稳定科，电子邮箱为anquan@example.org。培训期间食宿由承办单位统一安排，往返交通费回原单位报销。"),
    ("left", "联系人：刘建国，电话：0736-7654321"),
    ("left", "附件：培训班参训人员回执"),
    ("right", "清江市教育局"),
    ("right", "2024年2月26日"),
    ("left", "附件"),
    ("title", "培训班参训人员回执"),
    ("row", "单位\t姓名\t职务\t联系电话"),
    ("left", "抄送：市人民政府办公室，市应急管理局。"),
    ("banji", "清江市教育局办公室\t2024年2月26日印发"),
]

DOCUMENTS = {"reply-parking-2023": REPLY, "notice-training-2024": NOTICE}


def plain(doc):
    return "".join(text + "\n" for _, text in doc)


# ---- HTML ------------------------------------------------------------------------------------

def html_page(doc, charset, wrap_source):
    """A government web page around the document: header, nav, breadcrumb, a metadata table, the
    title, the content, share and print links, previous/next, a footer with the site's own
    host unit, phone and ICP number."""
    body = []
    for style, text in doc:
        t = escape(text)
        if wrap_source and style == "p" and len(t) > 40:
            cut = next(k for k in range(20, len(t)) if "\u4e00" <= t[k - 1] <= "\u9fff" and "\u4e00" <= t[k] <= "\u9fff")
            t = t[:cut] + "\n      " + t[cut:]  # a source line break between two Han characters
        if style == "title":
            body.append(f'<p style="text-align:center"><strong>{t}</strong></p>')
        elif style == "right":
            body.append(f'<p style="text-align:right">{t}</p>')
        elif style in ("row", "banji"):
            cells = "".join(f"<td><p>{escape(c)}</p></td>" for c in text.split("\t"))
            body.append(f'<table border="1"><tbody><tr>{cells}</tr></tbody></table>')
        else:
            body.append(f"<p>{t}</p>")
    head_meta = (f'<meta charset="{charset}">' if charset == "utf-8"
                 else f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">')
    title = doc[1][1]
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
{head_meta}
<title>{escape(title)}_清江市人民政府门户网站</title>
<meta name="SiteName" content="清江市人民政府门户网站">
<meta name="ArticleTitle" content="{escape(title)}">
<meta name="PubDate" content="2024-03-01 09:30">
<meta name="ContentSource" content="{escape(doc[0][1])}">
<script>var _hmt = _hmt || []; document.write("<div>统计</div>");</script>
<style>.nav li {{ float: left; }}</style>
</head>
<body>
<div class="header"><div class="logo">清江市人民政府门户网站</div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 建议提案办理</div>
<div class="main">
<table class="xxgk_table">
<tr><td>索引号：</td><td>11430700MB1234567X/2024-00123</td><td>主题分类：</td><td>综合政务</td></tr>
<tr><td>发布机构：</td><td>{escape(doc[0][1])}</td><td>成文日期：</td><td>2019年1月2日</td></tr>
<tr><td>文号：</td><td>清府办函〔2019〕1号</td><td>发布日期：</td><td>2024年03月01日</td></tr>
</table>
<div class="info">发布时间：2024-03-01 09:30　来源：{escape(doc[0][1])}　浏览次数：1024</div>
<div class="fontsize">【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div id="zoom" class="TRS_Editor">
{chr(10).join(body)}
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="prevnext"><p>上一篇：<a href="/a.html">关于做好2019年春节期间安全工作的通知</a></p><p>下一篇：<a href="/b.html">清江市2018年12月31日重点工作安排</a></p></div>
</div>
<div class="footer">
<p>主办单位：清江市人民政府办公室　承办：清江市大数据中心</p>
<p>联系电话：0736-7000000　地址：清江市河东区人民路1号</p>
<p>湘ICP备12345678号　网站标识码：4307000001</p>
</div>
</body>
</html>
"""
    return page.encode("utf-8" if charset == "utf-8" else "gb18030")


# ---- DOCX ------------------------------------------------------------------------------------

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NS = (W + ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
      ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
      ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
      ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
      ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
      ' xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="w14"')


def runs(text, rng):
    """Text cut into runs at random places, as Word does after editing; some runs carry
    proofing marks and bookmarks between them."""
    out, i = [], 0
    while i < len(text):
        j = min(len(text), i + rng.randint(3, 18))
        piece = escape(text[i:j])
        space = ' xml:space="preserve"' if piece != piece.strip() else ""
        out.append(f'<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t{space}>{piece}</w:t></w:r>')
        if rng.random() < 0.2:
            out.append('<w:proofErr w:type="spellStart"/>')
        i = j
    return "".join(out)


def docx_paragraph(style, text, rng):
    jc = {"title": "center", "right": "right"}.get(style)
    ppr = "<w:pPr>"
    if style == "p":
        ppr += '<w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs><w:ind w:firstLineChars="200" w:firstLine="640"/>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    ppr += "</w:pPr>"
    return f"<w:p>{ppr}{runs(text, rng)}</w:p>"


def docx_body(doc, rng):
    parts = []
    for k, (style, text) in enumerate(doc):
        if style in ("row", "banji"):
            cells = "".join(
                f'<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>{docx_paragraph("left", c, rng)}</w:tc>'
                for c in text.split("\t"))
            parts.append(f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid/><w:tr>{cells}</w:tr></w:tbl>')
        elif k == 0:
            # The issuer as a red letterhead in a text box (mc:Choice and its VML fallback hold
            # the same box twice).
            box = f'<w:txbxContent>{docx_paragraph("title", text, rng)}</w:txbxContent>'
            parts.append(
                '<w:p><w:r><mc:AlternateContent>'
                f'<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
                f'<mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback>'
                '</mc:AlternateContent></w:r></w:p>')
        elif text.startswith("（联系人："):
            # The contact's name as the result of a field, a deleted word and a hidden note.
            name_at = text.index("陈芳")
            parts.append(
                f'<w:p>{runs(text[:name_at], rng)}'
                '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> MERGEFIELD 联系人 </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>陈芳</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
                '<w:del w:id="1" w:author="x"><w:r><w:delText>王伟</w:delText></w:r></w:del>'
                '<w:r><w:rPr><w:vanish/></w:rPr><w:t>（内部备注）</w:t></w:r>'
                f'<w:ins w:id="2" w:author="x">{runs(text[name_at + 2:], rng)}</w:ins></w:p>')
        else:
            if style == "left" and text == "附件":
                parts.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
            parts.append(docx_paragraph(style, text, rng))
    sect = '<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:footerReference w:type="default" r:id="rIdF"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>'
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>{"".join(parts)}{sect}</w:body></w:document>'


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""
DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>"""


def zip_bytes(entries, compression=zipfile.ZIP_DEFLATED):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = compression
            z.writestr(info, data)
    return buf.getvalue()


def docx_with(document_xml):
    return zip_bytes([("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
                      ("word/_rels/document.xml.rels", DOC_RELS), ("word/document.xml", document_xml)])


def docx(doc, name):
    rng = random.Random(name)
    header = f'<?xml version="1.0" encoding="UTF-8"?><w:hdr {W}><w:p><w:r><w:t>{escape(doc[0][1])}</w:t></w:r></w:p></w:hdr>'
    footer = (f'<?xml version="1.0" encoding="UTF-8"?><w:ftr {W}><w:p><w:r><w:t xml:space="preserve">— </w:t></w:r>'
              '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>')
    return zip_bytes([("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
                      ("word/_rels/document.xml.rels", DOC_RELS), ("word/document.xml", docx_body(doc, rng)),
                      ("word/header1.xml", header), ("word/footer1.xml", footer)])


# ---- fixed layout: the same pages for PDF and OFD -------------------------------------------

def width_of(ch):
    return 0.5 if ord(ch) < 128 else 1.0


def wrap(text, chars):
    """Cuts text into lines of at most `chars` em, as a word processor would."""
    lines, cur, w = [], "", 0.0
    for ch in text:
        if w + width_of(ch) > chars + 1e-9:
            lines.append(cur)
            cur, w = "", 0.0
        cur += ch
        w += width_of(ch)
    if cur:
        lines.append(cur)
    return lines


def layout(doc, page_w=210.0, page_h=297.0, margin=25.0, size=5.5, title_size=7.5, lines_per_page=None,
           running_head=None):
    """Pages of placed runs: (x, baseline, size, text). Units are millimetres for OFD; PDF
    scales them to points. Each page ends with a page number line, pages after the first
    start with a running head."""
    text_w = page_w - 2 * margin
    chars = int(text_w / size)
    pages, cur = [], []
    y = margin
    bottom = page_h - margin - 10
    page_no = 1
    if running_head:
        cur.append((margin, margin - 8, size * 0.8, running_head))

    def new_page():
        nonlocal cur, y, page_no
        cur.append((page_w / 2 - 2 * size * 0.5 - 2 * size, page_h - margin / 2, size * 0.8, f"— {page_no} —"))
        pages.append(cur)
        cur, y = [], margin
        page_no += 1
        if running_head:
            cur.append((margin, margin - 8, size * 0.8, running_head))

    for style, text in doc:
        sz = title_size if style == "title" else size
        if style == "p":
            first = wrap(text, chars - 2)[0]
            rest = wrap(text[len(first):], chars)
            placed = [(margin + 2 * size, first)] + [(margin, r) for r in rest]
        elif style == "title":
            placed = [(page_w / 2 - sum(map(width_of, text)) * sz / 2, text)]
        elif style == "right":
            placed = [(page_w - margin - sum(map(width_of, text)) * sz - 4 * size, text)]
        elif style == "row":
            placed = [(margin + k * text_w / len(text.split("\t")), c) for k, c in enumerate(text.split("\t"))]
            placed = [("row", placed)]
        elif style == "banji":
            left, right = text.split("\t")
            placed = [("row", [(margin, left), (page_w - margin - sum(map(width_of, right)) * sz, right)])]
        else:
            placed = [(margin, text)]
        for x, t in placed:
            if y + sz * 1.6 > bottom:
                new_page()
            y += sz * 1.6
            if x == "row":
                for cx, ct in t:
                    cur.append((cx, y, sz, ct))
            else:
                cur.append((x, y, sz, t))
    new_page()
    return pages


# ---- PDF -------------------------------------------------------------------------------------

MM = 72 / 25.4
PAGE_H = 160.0  # short pages: paragraphs of both documents cross page breaks


def pdf(pages, page_w=210.0, page_h=297.0):
    chars = sorted({ch for page in pages for _, _, _, t in page for ch in t})
    cid = {ch: k + 1 for k, ch in enumerate(chars)}
    objects = []

    def obj(body):
        objects.append(body if isinstance(body, bytes) else body.encode("latin-1"))
        return len(objects)

    def stream(data, extra=""):
        return f"<< /Length {len(data)}{extra} >>\nstream\n".encode() + data + b"\nendstream"

    cmap_lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
                  "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
                  "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
                  "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
    items = list(cid.items())
    for k in range(0, len(items), 100):
        chunk = items[k:k + 100]
        cmap_lines.append(f"{len(chunk)} beginbfchar")
        cmap_lines += [f"<{c:04X}> <{ord(ch):04X}>" for ch, c in chunk]
        cmap_lines.append("endbfchar")
    cmap_lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    tounicode = obj(stream("\n".join(cmap_lines).encode()))
    widths = " ".join(f"{cid[ch]} [{int(width_of(ch) * 1000)}]" for ch in chars)
    descriptor = obj("<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -140 1000 860] "
                     "/ItalicAngle 0 /Ascent 860 /Descent -140 /CapHeight 700 /StemV 80 >>")
    cidfont = obj(f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) "
                  f"/Ordering (Identity) /Supplement 0 >> /FontDescriptor {descriptor} 0 R /DW 1000 /W [{widths}] >>")
    font = obj(f"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H "
               f"/DescendantFonts [{cidfont} 0 R] /ToUnicode {tounicode} 0 R >>")
    pages_id = len(objects) + 2 * len(pages) + 1
    kids = []
    for page in pages:
        ops = ["BT"]
        for x, y, size, text in page:
            hexs = "".join(f"{cid[ch]:04X}" for ch in text)
            ops.append(f"/F1 {size * MM:.2f} Tf 1 0 0 1 {x * MM:.2f} {(page_h - y) * MM:.2f} Tm <{hexs}> Tj")
        ops.append("ET")
        content = obj(stream("\n".join(ops).encode()))
        kids.append(obj(f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {page_w * MM:.2f} {page_h * MM:.2f}] "
                        f"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>"))
    assert obj(f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>") == pages_id
    catalog = obj(f"<< /Type /Catalog /Pages {pages_id} 0 R >>")
    return pdf_file(objects, catalog)


def pdf_file(objects, root):
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for k, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{k} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root {root} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def scanned_pdf():
    """A page with pictures only: what a scanner gives."""
    objects = []
    ops = b"0.2 g 50 50 400 600 re f 0.9 g 80 700 300 40 re f"
    objects.append(f"<< /Length {len(ops)} >>\nstream\n".encode() + ops + b"\nendstream")
    objects.append(b"<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] /Contents 1 0 R >>")
    objects.append(b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>")
    objects.append(b"<< /Type /Catalog /Pages 3 0 R >>")
    return pdf_file(objects, 4)


# ---- OFD -------------------------------------------------------------------------------------

OFD_NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'


def ofd(pages, page_w=210.0, page_h=297.0):
    entries = [("OFD.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD {OFD_NS} Version="1.0" DocType="OFD">'
                           '<ofd:DocBody><ofd:DocInfo><ofd:DocID>0c1d</ofd:DocID></ofd:DocInfo>'
                           '<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>')]
    page_refs = "".join(f'<ofd:Page ID="{k + 10}" BaseLoc="Pages/Page_{k}/Content.xml"/>' for k in range(len(pages)))
    entries.append(("Doc_0/Document.xml",
                    f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document {OFD_NS}><ofd:CommonData><ofd:MaxUnitID>999</ofd:MaxUnitID>'
                    f'<ofd:PageArea><ofd:PhysicalBox>0 0 {page_w} {page_h}</ofd:PhysicalBox></ofd:PageArea>'
                    '<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>'
                    f'<ofd:Pages>{page_refs}</ofd:Pages></ofd:Document>'))
    entries.append(("Doc_0/PublicRes.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res {OFD_NS} BaseLoc="Res">'
                                           '<ofd:Fonts><ofd:Font ID="2" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>'))
    uid = 100
    for k, page in enumerate(pages):
        objs = []
        for n, (x, y, size, text) in enumerate(page):
            uid += 1
            if n % 3 == 0 and len(text) > 1:
                # One TextObject per character, as some producers write.
                cx = x
                for ch in text:
                    objs.append(f'<ofd:TextObject ID="{uid}" Boundary="{cx:.2f} {y - size:.2f} {size * 1.2:.2f} {size * 1.4:.2f}" Font="2" Size="{size}">'
                                f'<ofd:TextCode X="0" Y="{size:.2f}">{escape(ch)}</ofd:TextCode></ofd:TextObject>')
                    uid += 1
                    cx += width_of(ch) * size
                continue
            deltas = [width_of(ch) * size for ch in text[:-1]]
            dx = ""
            if deltas:
                dx = (f' DeltaX="g {len(deltas)} {deltas[0]:g}"' if len(set(deltas)) == 1
                      else f' DeltaX="{" ".join(f"{d:g}" for d in deltas)}"')
            w = sum(width_of(ch) for ch in text) * size
            objs.append(f'<ofd:TextObject ID="{uid}" Boundary="{x:.2f} {y - size:.2f} {w + 1:.2f} {size * 1.4:.2f}" Font="2" Size="{size}">'
                        f'<ofd:TextCode X="0" Y="{size:.2f}"{dx}>{escape(text)}</ofd:TextCode></ofd:TextObject>')
        entries.append((f"Doc_0/Pages/Page_{k}/Content.xml",
                        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {OFD_NS}><ofd:Content><ofd:Layer ID="{uid + 1}">'
                        + "".join(objs) + "</ofd:Layer></ofd:Content></ofd:Page>"))
        uid += 2
    return zip_bytes(entries)


# ---- hostile files ---------------------------------------------------------------------------

def zip_bomb():
    """A DOCX whose document.xml inflates to 200 MB of spaces (the limit is 64 MB)."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = f'<?xml version="1.0"?><w:document {W}><w:body><w:p><w:r><w:t>'.encode()
    raw = bytearray(comp.compress(head))
    block = b" " * (1 << 20)
    for _ in range(200):
        raw += comp.compress(block)
    raw += comp.compress(b"</w:t></w:r></w:p></w:body></w:document>") + comp.flush()
    size = len(head) + 200 * len(block) + len(b"</w:t></w:r></w:p></w:body></w:document>")
    crc = zlib.crc32(head)
    for _ in range(200):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(b"</w:t></w:r></w:p></w:body></w:document>", crc)
    return raw_zip([("[Content_Types].xml", CONTENT_TYPES.encode(), None),
                    ("word/document.xml", bytes(raw), (size, crc))])


def raw_zip(entries):
    """A zip written by hand, so that an entry may be deflated ahead of time. entries:
    (name, data, None) stored as is with deflate done here, or (name, deflated, (size, crc))."""
    import struct
    out, central = bytearray(), bytearray()
    for name, data, pre in entries:
        if pre is None:
            comp = zlib.compressobj(9, zlib.DEFLATED, -15)
            deflated = comp.compress(data) + comp.flush()
            size, crc = len(data), zlib.crc32(data)
        else:
            deflated, (size, crc) = data, pre
        n = name.encode()
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(deflated), size, len(n), 0) + n + deflated
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, len(deflated), size,
                               len(n), 0, 0, 0, 0, 0, offset) + n
    cd = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), cd, 0)
    return bytes(out)


def billion_laughs():
    lol = "".join(f'<!ENTITY lol{k} "{"&lol%d;" % (k - 1) * 10}">' for k in range(1, 10))
    xml = (f'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">{lol}]>'
           f'<w:document {W}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>')
    return docx_with(xml)


def deep_docx():
    xml = f'<?xml version="1.0"?><w:document {W}><w:body>' + "<w:sdt><w:sdtContent>" * 20000 + \
          "<w:p><w:r><w:t>深</w:t></w:r></w:p>" + "</w:sdtContent></w:sdt>" * 20000 + "</w:body></w:document>"
    return docx_with(xml)


def external_entity_docx():
    xml = (f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           f'<w:document {W}><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>')
    return docx_with(xml)


def many_entries_docx():
    entries = [("[Content_Types].xml", CONTENT_TYPES), ("word/document.xml", docx_body(REPLY[:3], random.Random(1)))]
    entries += [(f"m/{k}", b"") for k in range(2100)]  # the limit is 2000
    return zip_bytes(entries, zipfile.ZIP_STORED)


def write(path, data):
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(path, mode, **({} if mode == "wb" else {"encoding": "utf-8", "newline": "\n"})) as f:
        f.write(data)


def main():
    for name, doc in DOCUMENTS.items():
        base = os.path.join(HERE, name)
        write(base + ".txt", plain(doc))
        charset = "utf-8" if name.startswith("reply") else "gb2312"
        write(base + ".html", html_page(doc, charset, wrap_source=True))
        write(base + ".docx", docx(doc, name))
        pages = layout(doc, page_h=PAGE_H, running_head=doc[0][1] + "文件", size=5.5 if name.startswith("reply") else 6.0)
        write(base + ".pdf", pdf(pages, page_h=PAGE_H))
        write(base + ".ofd", ofd(pages, page_h=PAGE_H))
    hostile = os.path.join(HERE, "hostile")
    os.makedirs(hostile, exist_ok=True)
    write(os.path.join(hostile, "zip-bomb.docx"), zip_bomb())
    write(os.path.join(hostile, "billion-laughs.docx"), billion_laughs())
    write(os.path.join(hostile, "external-entity.docx"), external_entity_docx())
    write(os.path.join(hostile, "deep-nesting.docx"), deep_docx())
    write(os.path.join(hostile, "many-entries.docx"), many_entries_docx())
    whole = open(os.path.join(HERE, "reply-parking-2023.pdf"), "rb").read()
    write(os.path.join(hostile, "truncated.pdf"), whole[: len(whole) * 6 // 10])
    write(os.path.join(hostile, "scanned.pdf"), scanned_pdf())


if __name__ == "__main__":
    main()
