#!/usr/bin/env python3
"""Turn the seed text of the 40 FY2567 reports into flat ODF documents.

For report NN (01..40, in seed order) this writes into OUTDIR:
  report-NN.fodt  flat ODT text document: the Word-form layout (converted to .docx by soffice)
  report-NN.fods  flat ODS spreadsheet: the form as a planning clerk would key it into Excel
                  (converted to .xlsx by soffice)
and a manifest.tsv describing, per report, the tick glyphs and whether the xlsx amounts and
progress percentages are numeric cells or text.

Python 3 standard library only.
Usage: build_samples.py build SEED ODFDIR | normalize DIR | verify SEED DIR
"""
import html
import html.parser
import re
import sys
from decimal import Decimal
from pathlib import Path

REPORT_START = "แบบรายงานผลการดำเนินงานประจำปีงบประมาณ"
THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
FONT = "Laksaman"
FONT_SIZE = "16pt"

# --------------------------------------------------------------------------- variants per report


def tick_glyphs(nn):
    """(ticked, unticked) box glyphs for report nn: mostly ☑/☐, some ■/□, ☒/☐, ✓/☐."""
    if nn % 5 == 0:
        return "■", "□"
    if nn % 7 == 0:
        return "☒", "☐"
    if nn % 6 == 0:
        return "✓", "☐"
    return "☑", "☐"


def amount_mode(nn):
    """xlsx layout of money amounts (section ๓ project value, ๙.๑, ๙.๒, ๙.๓).

    numeric: odd NN, amount is a float cell with a #,##0.00 / #,##0 number format
    split:   NN % 4 == 2, label | amount as typed (text) | บาท | Thai words
    onecell: NN % 4 == 0, the whole line as typed in one text cell
    """
    if nn % 2 == 1:
        return "numeric"
    return "split" if nn % 4 == 2 else "onecell"


def progress_mode(nn):
    """xlsx layout of progress ๑๔.๑/๑๔.๒ (NN % 4 in 0, 1: numeric float cell with 0 / 0.00 format;
    otherwise the value as typed, dots kept, e.g. ".....๗๙.๗๕.....")."""
    return "numeric" if nn % 4 in (0, 1) else "text"


# --------------------------------------------------------------------------- seed parsing


def split_reports(text):
    lines = text.split("\n")
    starts = [i for i, l in enumerate(lines) if REPORT_START in l]
    out = []
    for k, s in enumerate(starts):
        e = starts[k + 1] if k + 1 < len(starts) else len(lines)
        out.append(lines[s:e])
    return out


CHECK_RE = re.compile(r"สิ้นไตรมาส\s*([๑๒๓๔])\s*\(")
LIST_RE = re.compile(r"^( *)- (.*)$", re.S)
HEAD_RE = re.compile(r"^(#{1,6}) +(.*)$", re.S)


def blocks_of(lines):
    """Group a report's lines into blocks.

    ('table', rows)                       consecutive tab-separated lines
    ('para', kind, text, level)           kind: title | h | check | li | p
      text may contain '\n' for the markdown hard line breaks (line ending in two spaces).
    """
    out = []
    i = 0
    n = len(lines)
    first = True
    while i < n:
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        if "\t" in line:
            j = i
            while j < n and "\t" in lines[j]:
                j += 1
            out.append(("table", [l.split("\t") for l in lines[i:j]]))
            i = j
            continue
        parts = [line]
        while (parts[-1].endswith("  ") and i + 1 < n and lines[i + 1].strip()
               and "\t" not in lines[i + 1]):
            i += 1
            parts.append(lines[i])
        i += 1
        text = "\n".join(p[:-2] if p.endswith("  ") else p for p in parts)
        if first:
            m = HEAD_RE.match(text)
            out.append(("para", "title", m.group(2) if m else text, 0))
            first = False
            continue
        m = CHECK_RE.search(text.split("\n")[0])
        if m and len(text) < 120:
            body = text[2:] if text.startswith("- ") else text
            out.append(("para", "check", body, int(m.group(1).translate(THAI_DIGITS))))
            continue
        m = HEAD_RE.match(text)
        if m:
            out.append(("para", "h", m.group(2), len(m.group(1))))
            continue
        m = LIST_RE.match(text)
        if m:
            out.append(("para", "li", m.group(2), 1 if m.group(1) else 0))
            continue
        out.append(("para", "p", text, 0))
    return out


# ---- inline markup (HTML fragments, **bold**, <autolinks>, backslash escapes) -> paragraphs/runs


def md_inline_to_html(s):
    """Markdown inline markers -> the HTML subset the cell parser understands."""
    s = re.sub(r"<(https?://[^>\s]+)>", r'<a href="\1">\1</a>', s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"\\([_*\\#\-.()\[\]])", r"\1", s)
    return s


class Para:
    def __init__(self, kind="p", level=0, list_style="none"):
        self.kind = kind          # p | li
        self.level = level
        self.list_style = list_style  # none | bullet
        self.runs = []            # (text, frozenset(fmt), href)

    def text(self):
        return "".join(r[0] for r in self.runs)


class FragParser(html.parser.HTMLParser):
    """Parse an HTML/markdown fragment into a list of Para."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paras = []
        self.cur = None
        self.fmt = []
        self.href = None
        self.lists = []   # stack of list styles
        self.in_li = False

    def _flush(self):
        if self.cur is not None:
            # trim whitespace that only separated tags
            while self.cur.runs and not self.cur.runs[0][0].strip() and self.cur.runs[0][0] != "\n":
                self.cur.runs.pop(0)
            while self.cur.runs and not self.cur.runs[-1][0].strip() and self.cur.runs[-1][0] != "\n":
                self.cur.runs.pop()
            if self.cur.runs:
                self.paras.append(self.cur)
        self.cur = None

    def _new(self):
        self._flush()
        if self.in_li:
            self.cur = Para("li", len(self.lists) - 1, self.lists[-1] if self.lists else "none")
        else:
            self.cur = Para()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "p":
            self._new()
        elif tag in ("ul", "ol"):
            self._flush()
            st = a.get("style") or ""
            self.lists.append("none" if "none" in st else "bullet")
        elif tag == "li":
            self.in_li = True
            self._new()
        elif tag == "b" or tag == "strong":
            self.fmt.append("b")
        elif tag == "u":
            self.fmt.append("u")
        elif tag == "i" or tag == "em":
            self.fmt.append("i")
        elif tag == "a":
            self.href = a.get("href")
        elif tag == "br":
            if self.cur is None:
                self._new()
            self.cur.runs.append(("\n", frozenset(), None))

    def handle_endtag(self, tag):
        if tag == "p":
            self._flush()
        elif tag == "li":
            self._flush()
            self.in_li = False
        elif tag in ("ul", "ol"):
            self._flush()
            if self.lists:
                self.lists.pop()
        elif tag in ("b", "strong", "u", "i", "em"):
            want = {"strong": "b", "em": "i"}.get(tag, tag)
            for k in range(len(self.fmt) - 1, -1, -1):
                if self.fmt[k] == want:
                    del self.fmt[k]
                    break
        elif tag == "a":
            self.href = None

    def handle_data(self, data):
        if self.cur is None:
            if not data.strip():
                return
            self._new()
        self.cur.runs.append((data, frozenset(self.fmt), self.href))

    def close(self):
        super().close()
        self._flush()


def parse_fragment(s):
    p = FragParser()
    p.feed(md_inline_to_html(s))
    p.close()
    return p.paras


def plain(s):
    """Text of a fragment, paragraphs joined by newline."""
    return "\n".join(p.text() for p in parse_fragment(s))


# --------------------------------------------------------------------------- tables


def table_model(rows):
    """Return (ncols, header_rows, cells) where cells is a grid of
    None (covered by a merge) or (text, colspan, rowspan)."""
    ncols = max(len(r) for r in rows)
    rows = [r + [""] * (ncols - len(r)) for r in rows]
    hdr = 1
    if (len(rows) > 1 and rows[0][0].strip().startswith("ตัวชี้วัด") and rows[1][0] == ""
            and any(re.search(r"ปี|เป้าหมาย|ผลที่ได้", c) for c in rows[1][1:])):
        hdr = 2
    grid = [[(c, 1, 1) for c in r] for r in rows]
    if hdr == 2:
        r0, r1 = rows[0], rows[1]
        c = 0
        while c < ncols:
            if r0[c] != "":
                span = 1
                while c + span < ncols and r0[c + span] == "":
                    span += 1
                if span > 1:
                    grid[0][c] = (r0[c], span, 1)
                    for k in range(1, span):
                        grid[0][c + k] = None
                elif r1[c] == "":
                    grid[0][c] = (r0[c], 1, 2)
                    grid[1][c] = None
                c += span
            else:
                c += 1
    return ncols, hdr, grid


# --------------------------------------------------------------------------- ODF helpers


def esc(s):
    return html.escape(s, quote=True)


def odf_text(s):
    """Escape text for ODF, keeping runs of spaces (text:s), tabs and line breaks."""
    out = []
    for k, line in enumerate(s.split("\n")):
        if k:
            out.append("<text:line-break/>")
        for m in re.finditer(r" {2,}|^ | |\t|[^ \t]+", line):
            t = m.group(0)
            if t == "\t":
                out.append("<text:tab/>")
            elif t.startswith(" ") and (len(t) > 1 or m.start() == 0):
                if m.start() == 0:
                    out.append('<text:s text:c="%d"/>' % len(t) if len(t) > 1 else "<text:s/>")
                else:
                    out.append(" " + ('<text:s text:c="%d"/>' % (len(t) - 1) if len(t) > 2 else "<text:s/>"))
            else:
                out.append(esc(t))
    return "".join(out)


def runs_xml(runs):
    out = []
    for text, fmt, href in runs:
        x = odf_text(text)
        if fmt:
            name = "T_" + "".join(sorted(fmt))
            x = '<text:span text:style-name="%s">%s</text:span>' % (name, x)
        if href:
            x = '<text:a xlink:type="simple" xlink:href="%s">%s</text:a>' % (esc(href), x)
        out.append(x)
    return "".join(out)


TEXT_STYLES = """
  <style:style style:name="T_b" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>
  <style:style style:name="T_u" style:family="text"><style:text-properties style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>
  <style:style style:name="T_i" style:family="text"><style:text-properties fo:font-style="italic" style:font-style-asian="italic" style:font-style-complex="italic"/></style:style>
  <style:style style:name="T_bu" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>
  <style:style style:name="T_bi" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold" fo:font-style="italic" style:font-style-complex="italic"/></style:style>
  <style:style style:name="T_iu" style:family="text"><style:text-properties fo:font-style="italic" style:font-style-complex="italic" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>
  <style:style style:name="T_biu" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-complex="bold" fo:font-style="italic" style:font-style-complex="italic" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>
"""

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'office:version="1.3"')

FIXED_DATE = "2024-10-15T09:00:00"

TEXT_PROPS = ('style:font-name="{f}" fo:font-size="{s}" style:font-name-asian="{f}" '
              'style:font-size-asian="{s}" style:font-name-complex="{f}" style:font-size-complex="{s}" '
              'fo:language="th" fo:country="TH" style:language-complex="th" style:country-complex="TH"'
              ).format(f=FONT, s=FONT_SIZE)


def meta_xml(title):
    return ("<office:meta><dc:title>%s</dc:title><meta:initial-creator>กลุ่มยุทธศาสตร์และแผนงาน</meta:initial-creator>"
            "<dc:creator>กลุ่มยุทธศาสตร์และแผนงาน</dc:creator><meta:creation-date>%s</meta:creation-date>"
            "<dc:date>%s</dc:date><dc:language>th-TH</dc:language></office:meta>" % (esc(title), FIXED_DATE, FIXED_DATE))


# --------------------------------------------------------------------------- FODT (-> docx, pdf)

PAGE_W = 16.0  # text width in cm (A4 21cm, margins 3cm left / 2cm right)


def fodt(nn, blocks):
    tick, box = tick_glyphs(nn)
    body = []
    auto_tables = []
    tcount = [0]

    pending = []  # consecutive markdown list items: (style, level, runs)

    def close_list():
        if not pending:
            return
        out = ['<text:list text:style-name="%s">' % pending[0][0]]
        open_top = open_sub = False
        for style, level, runs in pending:
            p = '<text:p text:style-name="P_list">%s</text:p>' % runs_xml(runs)
            if level == 0:
                if open_sub:
                    out.append("</text:list>")
                    open_sub = False
                if open_top:
                    out.append("</text:list-item>")
                out.append("<text:list-item>" + p)
                open_top = True
            else:
                if not open_top:
                    out.append("<text:list-item>")
                    open_top = True
                if not open_sub:
                    out.append("<text:list>")
                    open_sub = True
                out.append("<text:list-item>%s</text:list-item>" % p)
        if open_sub:
            out.append("</text:list>")
        out.append("</text:list-item></text:list>")
        body.append("".join(out))
        pending.clear()

    def para_xml(runs, pstyle):
        return '<text:p text:style-name="%s">%s</text:p>' % (pstyle, runs_xml(runs))

    def frag_xml(s, pstyle="P_cell", lstyle_prefix="L_cell"):
        """Paragraphs/lists of an HTML fragment (table cell or body line)."""
        out = []
        paras = parse_fragment(s)
        k = 0
        while k < len(paras):
            p = paras[k]
            if p.kind == "li":
                style = "L_bullet" if p.list_style == "bullet" else "L_none"
                out.append('<text:list text:style-name="%s">' % style)
                while k < len(paras) and paras[k].kind == "li" and paras[k].list_style == p.list_style:
                    out.append("<text:list-item>%s</text:list-item>" % para_xml(paras[k].runs, pstyle))
                    k += 1
                out.append("</text:list>")
            else:
                out.append(para_xml(p.runs, pstyle))
                k += 1
        if not out:
            out.append('<text:p text:style-name="%s"/>' % pstyle)
        return "".join(out)

    for b in blocks:
        if b[0] == "table":
            close_list()
            ncols, hdr, grid = table_model(b[1])
            tcount[0] += 1
            tname = "Table%d" % tcount[0]
            if ncols == 2:
                widths = [PAGE_W * 0.42, PAGE_W * 0.58]
            elif ncols >= 5:
                widths = [PAGE_W / ncols] * ncols
            else:
                first = PAGE_W * 0.5
                widths = [first] + [(PAGE_W - first) / (ncols - 1)] * (ncols - 1)
            auto_tables.append(
                '<style:style style:name="%s" style:family="table"><style:table-properties style:width="%.2fcm" '
                'table:align="left" fo:margin-top="0.1cm" fo:margin-bottom="0.2cm"/></style:style>' % (tname, PAGE_W))
            for ci, w in enumerate(widths):
                auto_tables.append(
                    '<style:style style:name="%s.C%d" style:family="table-column"><style:table-column-properties '
                    'style:column-width="%.2fcm"/></style:style>' % (tname, ci, w))
            x = ['<table:table table:name="%s" table:style-name="%s">' % (tname, tname)]
            for ci in range(ncols):
                x.append('<table:table-column table:style-name="%s.C%d"/>' % (tname, ci))
            for ri, row in enumerate(grid):
                if ri == 0:
                    x.append("<table:table-header-rows>")
                x.append("<table:table-row>")
                for cell in row:
                    if cell is None:
                        x.append("<table:covered-table-cell/>")
                        continue
                    text, cs, rs = cell
                    attrs = ""
                    if cs > 1:
                        attrs += ' table:number-columns-spanned="%d"' % cs
                    if rs > 1:
                        attrs += ' table:number-rows-spanned="%d"' % rs
                    x.append('<table:table-cell table:style-name="CellBox" office:value-type="string"%s>%s</table:table-cell>'
                             % (attrs, frag_xml(text, "P_head" if ri < hdr else "P_cell")))
                x.append("</table:table-row>")
                if ri == hdr - 1:
                    x.append("</table:table-header-rows>")
            x.append("</table:table>")
            body.append("".join(x))
            continue
        _, kind, text, level = b
        if kind != "li":
            close_list()
        if kind == "title":
            body.append('<text:p text:style-name="P_title">%s</text:p>' % runs_xml(
                [r for p in parse_fragment(text) for r in p.runs]))
        elif kind == "check":
            glyph = tick if level == 4 else box
            body.append('<text:p text:style-name="P_check">%s %s</text:p>' % (esc(glyph), runs_xml(
                [r for p in parse_fragment(text) for r in p.runs])))
        elif kind == "h":
            body.append('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>' % (
                min(level, 4), min(level, 4), runs_xml([r for p in parse_fragment(text) for r in p.runs])))
        elif kind == "li":
            # symbol-led items (☞ ➤) were typed symbols, not list bullets: list without label
            style = "L_none" if re.match(r"^[☞➤✓•▪◦]", text) else "L_bullet"
            runs = [r for p in parse_fragment(text) for r in p.runs]
            if pending and level == 0 and style != pending[0][0]:
                close_list()
            pending.append((style, level, runs))
        else:
            paras = parse_fragment(text)
            runs = []
            for k, p in enumerate(paras):
                if k:
                    runs.append(("\n", frozenset(), None))
                runs.extend(p.runs)
            body.append('<text:p text:style-name="P_body">%s</text:p>' % runs_xml(runs))
    close_list()

    para_props = 'fo:margin-top="0cm" fo:margin-bottom="0.12cm"'
    heading_styles = "".join(
        '<style:style style:name="Heading_20_%d" style:display-name="Heading %d" style:family="paragraph" '
        'style:parent-style-name="Standard" style:next-style-name="Standard" style:default-outline-level="%d">'
        '<style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.12cm" fo:keep-with-next="always"/>'
        '<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/>'
        '</style:style>' % (k, k, k) for k in (1, 2, 3, 4))
    doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:mimetype="application/vnd.oasis.opendocument.text">
 {meta_xml("แบบรายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. ๒๕๖๗ (%02d)" % nn)}
 <office:font-face-decls>
  <style:font-face style:name="{FONT}" svg:font-family="{FONT}" style:font-pitch="variable"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:line-height="100%" style:writing-mode="lr-tb"/>
   <style:text-properties {TEXT_PROPS}/>
  </style:default-style>
  <style:default-style style:family="table-cell"><style:table-cell-properties style:vertical-align="top"/></style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text">
   <style:text-properties {TEXT_PROPS}/>
  </style:style>
  {heading_styles}
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait"
     fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="3cm" fo:margin-right="2cm"/>
  </style:page-layout>
  <style:style style:name="P_title" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.3cm"/>
   <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/>
  </style:style>
  <style:style style:name="P_body" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties {para_props}/>
  </style:style>
  <style:style style:name="P_check" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-left="1cm" fo:margin-top="0cm" fo:margin-bottom="0cm"/>
  </style:style>
  <style:style style:name="P_list" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.05cm"/>
  </style:style>
  <style:style style:name="P_cell" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>
  </style:style>
  <style:style style:name="P_head" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center" fo:margin-top="0cm" fo:margin-bottom="0cm"/>
   <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/>
  </style:style>
  <style:style style:name="CellBox" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000" style:vertical-align="top"/>
  </style:style>
  {TEXT_STYLES}
  {"".join(auto_tables)}
  <text:list-style style:name="L_bullet">
   <text:list-level-style-bullet text:level="1" text:bullet-char="•">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.27cm" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/>
    </style:list-level-properties>
   </text:list-level-style-bullet>
   <text:list-level-style-bullet text:level="2" text:bullet-char="◦">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.905cm" fo:text-indent="-0.635cm" fo:margin-left="1.905cm"/>
    </style:list-level-properties>
   </text:list-level-style-bullet>
  </text:list-style>
  <text:list-style style:name="L_none">
   <text:list-level-style-number text:level="1" style:num-format="">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="0cm" fo:margin-left="0.635cm"/>
    </style:list-level-properties>
   </text:list-level-style-number>
   <text:list-level-style-number text:level="2" style:num-format="">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="0cm" fo:margin-left="1.27cm"/>
    </style:list-level-properties>
   </text:list-level-style-number>
  </text:list-style>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1"/>
 </office:master-styles>
 <office:body><office:text>
{chr(10).join(body)}
 </office:text></office:body>
</office:document>
'''
    return doc


# --------------------------------------------------------------------------- FODS (-> xlsx)

NCOLS_X = 5  # columns A..E
AMOUNT_RE = re.compile(r"^(?P<label>.*?)\s*(?P<amt>[๐-๙0-9][๐-๙0-9,]*(?:\.[๐-๙0-9]+)?)\s*บาท\s*(?P<rest>.*)$", re.S)
BLANK_AMOUNT_RE = re.compile(r"^(?P<label>.*?(?:จำนวน|งบประมาณ))\s*(?P<amt>[.\-–\s]*?)\s*บาท\s*(?P<rest>.*)$", re.S)
PROGRESS_RE = re.compile(r"^(?P<label>.*?ร้อยละ)\s*(?P<amt>[.\s]*[๐-๙0-9][๐-๙0-9.]*?[.\s]*)(?P<rest>ของ.*)$", re.S)
LABELS = [
    r"๑\. ชื่อแผนงาน/โครงการ", r"๒\. ชื่อหน่วยงาน", r"๑๐\. พื้นที่ดำเนินการ \(จังหวัด\)",
    r"๘\. แผนระยะเวลาดำเนินงานทั้งโครงการ", r"ผู้ประสานรายงานข้อมูลโดย", r"เบอร์โทรศัพท์",
    r"ข้อเสนอแนะ\s*:", r"หมายเหตุ\s*:",
]
LABEL_RE = re.compile(r"^(%s)\s*(.+)$" % "|".join(LABELS), re.S)
SECTION_RE = re.compile(r"^[๑-๙][๐-๙]?\.\s")


def is_amount_line(s):
    return bool(re.match(r"^๙\.[๑๒๓]\s", s)) or "มูลค่าโครงการ" in s


def to_decimal(s):
    return Decimal(s.translate(THAI_DIGITS).replace(",", ""))


class Sheet:
    def __init__(self):
        self.rows = []  # list of list of cell xml strings (exactly NCOLS_X entries each)

    def add(self, cells):
        cells = list(cells)
        width = sum(c[1] for c in cells)
        row = []
        for xml, span in cells:
            row.append(xml)
            row.extend(["<table:covered-table-cell/>"] * (span - 1))
        row.extend(["<table:table-cell/>"] * (NCOLS_X - width))
        self.rows.append(row)

    def blank(self):
        self.rows.append(None)


def s_cell(text, style="ce_txt", span=1, rowspan=1, runs_paras=None):
    attrs = ' table:style-name="%s" office:value-type="string"' % style
    if span > 1:
        attrs += ' table:number-columns-spanned="%d"' % span
    if rowspan > 1:
        attrs += ' table:number-rows-spanned="%d"' % rowspan
    if runs_paras is None:
        runs_paras = [[(line, frozenset(), None)] for line in text.split("\n")]
    if not any(t for r in runs_paras for t, _, _ in r):
        attrs = attrs.replace(' office:value-type="string"', "")
        return ('<table:table-cell%s/>' % attrs, span)
    ps = "".join("<text:p>%s</text:p>" % runs_xml(r) for r in runs_paras) or ""
    return ('<table:table-cell%s>%s</table:table-cell>' % (attrs, ps), span)


def n_cell(value, style):
    v = str(value)
    disp = v
    if style == "ce_amt2":
        disp = "{:,.2f}".format(value)
    elif style == "ce_amt0":
        disp = "{:,.0f}".format(value)
    elif style == "ce_pct2":
        disp = "{:.2f}".format(value)
    elif style == "ce_pct0":
        disp = "{:.0f}".format(value)
    return ('<table:table-cell table:style-name="%s" office:value-type="float" office:value="%s">'
            '<text:p>%s</text:p></table:table-cell>' % (style, v, disp), 1)


def frag_runs_paras(s):
    """Runs per paragraph of a fragment, for spreadsheet cells (lists become plain lines)."""
    out = []
    for p in parse_fragment(s):
        lines = [[]]
        for text, fmt, href in p.runs:
            parts = text.split("\n")
            for k, part in enumerate(parts):
                if k:
                    lines.append([])
                if part:
                    lines[-1].append((part, fmt, None))
        out.extend(l for l in lines)
    return out or [[]]


def fods(nn, blocks):
    tick, box = tick_glyphs(nn)
    amode = amount_mode(nn)
    pmode = progress_mode(nn)
    sh = Sheet()
    stats = {"numeric_amounts": 0, "text_amounts": 0, "numeric_progress": 0}
    amount_next = [False]

    def amount_row(text):
        flat = text.replace("\n", " ") if amode != "onecell" else text
        m = AMOUNT_RE.match(flat)
        if m and amode == "numeric":
            amt = m.group("amt")
            val = to_decimal(amt)
            style = "ce_amt2" if ("." in amt or nn % 4 == 1) else "ce_amt0"
            cells = [s_cell(m.group("label")), n_cell(val, style), s_cell("บาท")]
            if m.group("rest").strip():
                cells.append(s_cell(m.group("rest").strip(), "ce_txt_nowrap"))
            sh.add(cells)
            stats["numeric_amounts"] += 1
            return True
        if amode == "onecell":
            sh.add([s_cell(text, "ce_txt_nowrap")])
            stats["text_amounts"] += 1
            return True
        m = m or BLANK_AMOUNT_RE.match(flat)
        if m:
            cells = [s_cell(m.group("label")), s_cell(m.group("amt") or "", "ce_txt_right"), s_cell("บาท")]
            if m.group("rest").strip():
                cells.append(s_cell(m.group("rest").strip(), "ce_txt_nowrap"))
            sh.add(cells)
            stats["text_amounts"] += 1
            return True
        return False

    def progress_row(text):
        m = PROGRESS_RE.match(text.replace("\n", " "))
        if not m:
            return False
        raw = m.group("amt")
        if pmode == "numeric":
            num = raw.strip(" .")
            val = to_decimal(num)
            cell = n_cell(val, "ce_pct2" if "." in num else "ce_pct0")
            stats["numeric_progress"] += 1
        else:
            cell = s_cell(raw, "ce_txt_right")
        sh.add([s_cell(m.group("label")), cell, s_cell(m.group("rest"), "ce_txt_nowrap", span=3)])
        return True

    def text_rows(text, style="ce_txt_nowrap", bold=False):
        paras = frag_runs_paras(text)
        if bold:
            paras = [[(t, f | {"b"}, h) for t, f, h in r] for r in paras]
        for r in paras:
            sh.add([s_cell("", style, span=1, runs_paras=[r])])

    for b in blocks:
        if b[0] == "table":
            ncols, hdr, grid = table_model(b[1])
            slots = [[None] * NCOLS_X for _ in grid]
            for ri, row in enumerate(grid):
                for ci, cell in enumerate(row):
                    if cell is None:
                        continue
                    text, cs, rs = cell
                    span = cs + (NCOLS_X - ncols if ci + cs == ncols else 0)
                    style = "ce_head" if ri < hdr else "ce_cell"
                    for r2 in range(ri, ri + rs):
                        for c2 in range(ci, ci + span):
                            slots[r2][c2] = "<table:covered-table-cell/>"
                    slots[ri][ci] = s_cell("", style, span=span, rowspan=rs, runs_paras=frag_runs_paras(text))[0]
            for row in slots:
                sh.rows.append([x or "<table:table-cell/>" for x in row])
            sh.blank()
            continue
        _, kind, text, level = b
        flat = plain(text) if kind != "check" else text
        if kind == "title":
            for line in flat.split("\n"):
                sh.add([s_cell(line, "ce_title", span=NCOLS_X)])
            sh.blank()
            continue
        if kind == "check":
            sh.add([s_cell(tick if level == 4 else box, "ce_box"), s_cell(text, "ce_txt_nowrap", span=4)])
            continue
        # a paragraph may hold several seed lines (markdown hard breaks): key each line as its own
        # row, except the Thai words of an amount and the continuation of the project name
        units = []
        for ln in flat.split("\n"):
            if units and ((is_amount_line(units[-1]) and ln.lstrip().startswith("(")) or (
                    units[-1].startswith("๑. ชื่อแผนงาน") and not LABEL_RE.match(ln)
                    and not SECTION_RE.match(ln) and not is_amount_line(ln))):
                units[-1] += "\n" + ln
            else:
                units.append(ln)
        for body in units:
            rich = text if len(units) == 1 else body
            is_amount = is_amount_line(body) or (amount_next[0] and body.startswith("จำนวน"))
            amount_next[0] = bool(re.match(r"^๙\.[๑๒๓]\s", body)) and "บาท" not in body
            if SECTION_RE.match(body) and not LABEL_RE.match(body) and not is_amount and kind != "li":
                sh.blank()
                text_rows(rich, "ce_section", bold=True)
                continue
            if is_amount and amount_row(body):
                continue
            if re.match(r"^๑๔\.[๑๒]\s", body) and progress_row(body):
                continue
            m = LABEL_RE.match(body)
            if m and kind in ("p", "li"):
                sh.add([s_cell(m.group(1), "ce_label"), s_cell(m.group(2), "ce_txt_nowrap", span=4)])
                continue
            if kind == "h":
                text_rows(rich, "ce_section", bold=True)
                continue
            text_rows(rich, "ce_indent" if kind == "li" and level else ("ce_list" if kind == "li" else "ce_txt_nowrap"))

    rows_xml = []
    for row in sh.rows:
        if row is None:
            rows_xml.append('<table:table-row table:style-name="ro1"><table:table-cell table:number-columns-repeated="%d"/></table:table-row>' % NCOLS_X)
        else:
            rows_xml.append('<table:table-row table:style-name="ro1">%s</table:table-row>' % "".join(row))
    widths = ["11cm", "4.2cm", "2.6cm", "5cm", "3cm"]
    cols = "".join('<table:table-column table:style-name="co%d" table:default-cell-style-name="Default"/>' % k
                   for k in range(NCOLS_X))
    colstyles = "".join('<style:style style:name="co%d" style:family="table-column"><style:table-column-properties '
                        'fo:break-before="auto" style:column-width="%s"/></style:style>' % (k, w)
                        for k, w in enumerate(widths))
    border = 'fo:border="0.5pt solid #000000"'
    doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 {meta_xml("แบบรายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. ๒๕๖๗ (%02d)" % nn)}
 <office:font-face-decls>
  <style:font-face style:name="{FONT}" svg:font-family="{FONT}" style:font-pitch="variable"/>
 </office:font-face-decls>
 <office:styles>
  <number:number-style style:name="N_amt2"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
  <number:number-style style:name="N_amt0"><number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
  <number:number-style style:name="N_pct2"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1"/></number:number-style>
  <number:number-style style:name="N_pct0"><number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1"/></number:number-style>
  <style:style style:name="Default" style:family="table-cell">
   <style:table-cell-properties style:vertical-align="top"/>
   <style:text-properties style:font-name="{FONT}" fo:font-size="14pt" style:font-name-asian="{FONT}" style:font-size-asian="14pt" style:font-name-complex="{FONT}" style:font-size-complex="14pt"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  {colstyles}
  <style:style style:name="ro1" style:family="table-row"><style:table-row-properties style:use-optimal-row-height="true"/></style:style>
  <style:style style:name="ce_txt" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:wrap-option="wrap"/></style:style>
  <style:style style:name="ce_txt_nowrap" style:family="table-cell" style:parent-style-name="Default"/>
  <style:style style:name="ce_txt_right" style:family="table-cell" style:parent-style-name="Default"><style:paragraph-properties fo:text-align="end"/></style:style>
  <style:style style:name="ce_label" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:wrap-option="wrap"/></style:style>
  <style:style style:name="ce_list" style:family="table-cell" style:parent-style-name="Default"><style:paragraph-properties fo:margin-left="0.5cm"/></style:style>
  <style:style style:name="ce_indent" style:family="table-cell" style:parent-style-name="Default"><style:paragraph-properties fo:margin-left="1cm"/></style:style>
  <style:style style:name="ce_box" style:family="table-cell" style:parent-style-name="Default"><style:paragraph-properties fo:text-align="end"/></style:style>
  <style:style style:name="ce_title" style:family="table-cell" style:parent-style-name="Default"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold" style:font-weight-complex="bold" fo:font-size="16pt" style:font-size-complex="16pt"/></style:style>
  <style:style style:name="ce_section" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-weight="bold" style:font-weight-complex="bold"/></style:style>
  <style:style style:name="ce_head" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties {border} fo:wrap-option="wrap" style:vertical-align="middle" fo:background-color="#d9d9d9"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold" style:font-weight-complex="bold"/></style:style>
  <style:style style:name="ce_cell" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties {border} fo:wrap-option="wrap"/></style:style>
  <style:style style:name="ce_amt2" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_amt2"/>
  <style:style style:name="ce_amt0" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_amt0"/>
  <style:style style:name="ce_pct2" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_pct2"/>
  <style:style style:name="ce_pct0" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_pct0"/>
  {TEXT_STYLES}
 </office:automatic-styles>
 <office:body><office:spreadsheet>
  <table:table table:name="แบบรายงาน">
   {cols}
{chr(10).join(rows_xml)}
  </table:table>
 </office:spreadsheet></office:body>
</office:document>
'''
    return doc, stats


# --------------------------------------------------------------------------- main


def build(seed, outdir):
    outdir.mkdir(parents=True, exist_ok=True)
    reports = split_reports(seed.read_text(encoding="utf-8"))
    if len(reports) != 40:
        sys.exit("expected 40 reports in the seed, found %d" % len(reports))
    manifest = ["report\ttick\tuntick\txlsx_amounts\txlsx_progress\tnumeric_amount_cells\tnumeric_progress_cells"]
    for k, lines in enumerate(reports):
        nn = k + 1
        blocks = blocks_of(lines)
        checks = [b for b in blocks if b[0] == "para" and b[1] == "check"]
        if len(checks) != 4:
            sys.exit("report %02d: expected 4 period-checklist lines, found %d" % (nn, len(checks)))
        (outdir / ("report-%02d.fodt" % nn)).write_text(fodt(nn, blocks), encoding="utf-8")
        doc, stats = fods(nn, blocks)
        (outdir / ("report-%02d.fods" % nn)).write_text(doc, encoding="utf-8")
        t, u = tick_glyphs(nn)
        manifest.append("report-%02d\t%s\t%s\t%s\t%s\t%d\t%d" % (
            nn, t, u, amount_mode(nn), progress_mode(nn), stats["numeric_amounts"], stats["numeric_progress"]))
    (outdir / "manifest.tsv").write_text("\n".join(manifest) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- determinism


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed entry timestamps (content and order unchanged)."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    tmp.replace(path)


def normalize_pdf(path):
    """Fix the PDF creation date and /ID in place (same byte lengths, so xref offsets stay valid)."""
    import hashlib
    data = path.read_bytes()
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)(\d{14})", lambda m: m.group(1) + b"20241015090000", data)
    blank = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)",
                   lambda m: m.group(1) + b"0" * len(m.group(2)) + m.group(3) + b"0" * len(m.group(4)) + m.group(5), data)
    blank = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m.group(1) + b"0" * len(m.group(2)), blank)
    digest = hashlib.md5(blank).hexdigest().upper().encode()
    blank = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m.group(1) + digest[:len(m.group(2))], blank)
    data = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)",
                  lambda m: m.group(1) + digest[:len(m.group(2))] + m.group(3) + digest[:len(m.group(4))] + m.group(5),
                  blank)
    path.write_bytes(data)


def normalize(folder):
    for p in sorted(folder.iterdir()):
        if p.suffix in (".docx", ".xlsx"):
            normalize_zip(p)
        elif p.suffix == ".pdf":
            normalize_pdf(p)


# --------------------------------------------------------------------------- verification


def verify(seed, folder):
    import subprocess
    import zipfile
    reports = split_reports(seed.read_text(encoding="utf-8"))
    problems = []
    for k, lines in enumerate(reports):
        nn = k + 1
        base = folder / ("report-%02d" % nn)
        for ext in (".docx", ".pdf", ".xlsx"):
            if not (base.with_suffix(ext)).is_file():
                problems.append("%s%s missing" % (base.name, ext))
        if problems:
            continue
        # docx: a valid zip with real tables
        with zipfile.ZipFile(base.with_suffix(".docx")) as z:
            if z.testzip() is not None:
                problems.append("%s.docx: corrupt zip" % base.name)
            doc = z.read("word/document.xml").decode("utf-8")
        ntables = sum(1 for b in blocks_of(lines) if b[0] == "table")
        if doc.count("<w:tbl>") != ntables:
            problems.append("%s.docx: %d w:tbl, seed has %d tables" % (base.name, doc.count("<w:tbl>"), ntables))
        if re.search(r"&lt;/?(p|b|li|ul|ol|u|a)[ &]|\*\*", doc):
            problems.append("%s.docx: literal HTML tag or ** left in the text" % base.name)
        tick, box = tick_glyphs(nn)
        if doc.count(tick) < 1:
            problems.append("%s.docx: tick glyph %s missing" % (base.name, tick))
        # pdf: text layer has ๙.๑ and the allocated amount as typed
        txt = subprocess.run(["pdftotext", "-enc", "UTF-8", str(base.with_suffix(".pdf")), "-"],
                             capture_output=True, text=True, check=True).stdout
        flat = re.sub(r"\s+", "", txt)
        s91 = next(l for l in lines if re.match(r"^(- )?๙\.๑", l))
        m = re.search(r"([๐-๙][๐-๙,]*(?:\.[๐-๙]+)?)\s*บาท", s91)
        want = m.group(1) if m else re.search(r"จำนวน\s*([.\-]+)", s91).group(1)
        if "๙.๑" not in txt:
            problems.append("%s.pdf: no ๙.๑ in text layer" % base.name)
        if want not in flat:
            problems.append("%s.pdf: allocated amount %s not in text layer" % (base.name, want))
        fonts = subprocess.run(["pdffonts", str(base.with_suffix(".pdf"))], capture_output=True, text=True).stdout
        if "Laksaman" not in fonts or re.search(r"Laksaman\S*\s+\S+\s+\S+\s+no", fonts):
            problems.append("%s.pdf: Laksaman not embedded" % base.name)
        # xlsx: numeric cells where the manifest says so
        with zipfile.ZipFile(base.with_suffix(".xlsx")) as z:
            sheet = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
            wb = z.read("xl/workbook.xml").decode("utf-8")
        if 'name="แบบรายงาน"' not in wb:
            problems.append("%s.xlsx: sheet not named แบบรายงาน" % base.name)
        nums = re.findall(r'<c r="B\d+"[^>]*t="n"[^>]*><v>([^<]+)</v>', sheet)
        if amount_mode(nn) == "numeric" or progress_mode(nn) == "numeric":
            if not nums:
                problems.append("%s.xlsx: expected numeric cells, found none" % base.name)
        elif nums:
            problems.append("%s.xlsx: unexpected numeric cells %s" % (base.name, nums))
        if amount_mode(nn) == "numeric" and m:
            if to_decimal(m.group(1)) not in [Decimal(n) for n in nums]:
                problems.append("%s.xlsx: ๙.๑ amount %s is not a numeric cell" % (base.name, m.group(1)))
    for p in problems:
        print("VERIFY:", p)
    print("verified %d reports, %d problem(s)" % (len(reports), len(problems)))
    return 1 if problems else 0


def main():
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "build":
        build(Path(sys.argv[2]), Path(sys.argv[3]))
    elif cmd == "normalize":
        normalize(Path(sys.argv[2]))
    elif cmd == "verify":
        sys.exit(verify(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        sys.exit("usage: build_samples.py build SEED ODFDIR | normalize DIR | verify SEED DIR")


if __name__ == "__main__":
    main()
