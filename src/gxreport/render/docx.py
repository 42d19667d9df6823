"""Word: a Document laid out as a 公文 (GB/T 9704-2012) with python-docx (the ``docx`` extra).

A4; margins 37/35/28/26 mm; 22 lines a page on the document grid; title 方正小标宋简体 二号
centred; body 仿宋_GB2312 三号 (Windows knows it as 仿宋) with a two-character first-line
indent; 一、 headings 黑体, （一） headings 楷体; page numbers "— 1 —" in 宋体 四号; every font
named, none left to the theme (which Word would put first). A long title folds into even
lines. Tables have borders, a header row repeated on every page, rows that never split
across pages, columns as wide as their widest figure (a figure never breaks; a table too
wide for that is set a size smaller), names folding between words, and cells off the line
grid. English documents get ordinary fonts on the same page.
"""

from __future__ import annotations

import functools
import io
from copy import deepcopy
from dataclasses import dataclass
from typing import TYPE_CHECKING

from gxreport.i18n import Lang
from gxreport.render.document import (
    Annex,
    Document,
    Heading,
    Image,
    Imprint,
    Items,
    Masthead,
    Note,
    Paragraph,
    Table,
    Title,
    cell_text,
    xml_safe,
)
from gxreport.render.fold import atoms, em_width, fold, whole

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.text.paragraph import Paragraph as WordParagraph

BLOCK_MM = 156  # 210 − 28 − 26: the text block's width
LINE_PITCH_PT = 28.95  # (297 − 37 − 35) mm ÷ 22 lines, in points


@dataclass(frozen=True)
class Face:
    name: str
    size: float  # points


@dataclass(frozen=True)
class Faces:
    title: Face
    body: Face
    heading1: Face
    heading2: Face
    table: Face
    footer: Face
    gongwen: bool  # the 22-line grid and exact line pitch
    series: Face  # a 简报's name in its masthead, as large as fits one line
    imprint: Face  # the end block (版记)


FACES: dict[Lang, Faces] = {
    "zh": Faces(
        title=Face("方正小标宋简体", 22),  # 二号
        body=Face("仿宋_GB2312", 16),  # 三号
        heading1=Face("黑体", 16),
        heading2=Face("楷体_GB2312", 16),
        table=Face("仿宋_GB2312", 12),  # 小四: a table is set smaller than the body
        footer=Face("宋体", 14),  # 四号
        gongwen=True,
        series=Face("方正小标宋简体", 42),  # 初号
        imprint=Face("仿宋_GB2312", 14),  # 四号, as GB/T 9704 sets the 版记
    ),
    "en": Faces(
        title=Face("Arial", 18),
        body=Face("Times New Roman", 12),
        heading1=Face("Arial", 14),
        heading2=Face("Arial", 12),
        table=Face("Times New Roman", 10),
        footer=Face("Times New Roman", 10),
        gongwen=False,
        series=Face("Arial", 32),
        imprint=Face("Times New Roman", 11),
    ),
}
# The names Windows gives the GB2312 faces; Word falls back to them (w:altName).
ALT_NAMES = {"仿宋_GB2312": "仿宋", "楷体_GB2312": "楷体", "方正小标宋简体": "宋体"}


def _qn(tag: str) -> str:
    from docx.oxml.ns import qn

    return str(qn(tag))


def _set_font(font: object, face: Face, bold: bool | None = None) -> None:
    """A run's or style's font, East Asian text included (w:eastAsia)."""
    from docx.shared import Pt

    font.name = face.name  # type: ignore[attr-defined]
    font.size = Pt(face.size)  # type: ignore[attr-defined]
    if bold is not None:
        font.bold = bold  # type: ignore[attr-defined]
    element = font.element  # type: ignore[attr-defined]
    rpr = element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    _drop_themes(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(_qn(attr), face.name)


# A theme attribute wins over a font name (in Word and in LibreOffice): a style that names
# 黑体 beside w:eastAsiaTheme="majorEastAsia" shows the theme's heading font.
THEME_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


def _drop_themes(fonts: object) -> None:
    for attr in THEME_ATTRIBUTES:
        fonts.attrib.pop(_qn(attr), None)  # type: ignore[attr-defined]


def _fonts_by_name(doc: WordDocument, face: Face, lang: Lang) -> None:
    """No theme font anywhere in the styles: the document defaults name the body face, and
    every style that took a theme font (the default template's linked character styles:
    Title Char, Heading 1 Char …) takes its paragraph's named one instead. East Asian text
    is marked as Chinese, so that quotes and dashes take the Chinese face too."""
    # Word 2010's copy of the styles (stylesWithEffects.xml) keeps the template's theme
    # fonts; styles.xml is the one that counts, so the copy goes.
    for rid, rel in list(doc.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            del doc.part.rels[rid]
    styles = doc.styles.element
    for fonts in styles.iter(_qn("w:rFonts")):
        _drop_themes(fonts)
    defaults = styles.find(_qn("w:docDefaults"))
    rpr = defaults.find(f"{_qn('w:rPrDefault')}/{_qn('w:rPr')}") if defaults is not None else None
    if rpr is None:
        return
    fonts = rpr.find(_qn("w:rFonts"))
    if fonts is not None:
        for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(_qn(attr), face.name)
    language = rpr.find(_qn("w:lang"))
    if language is not None and lang == "zh":
        language.set(_qn("w:eastAsia"), "zh-CN")


def setup(doc: WordDocument, lang: Lang) -> Faces:
    """Page, grid and the styles a briefing (and pandoc, through the reference .docx) uses."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.oxml import OxmlElement
    from docx.shared import Mm, Pt, RGBColor

    faces = FACES[lang]
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.header_distance, section.footer_distance = Mm(15), Mm(25)
    if faces.gongwen:
        grid = section._sectPr.find(_qn("w:docGrid"))
        if grid is None:
            grid = OxmlElement("w:docGrid")
            section._sectPr.append(grid)
        grid.set(_qn("w:type"), "lines")
        grid.set(_qn("w:linePitch"), str(round(LINE_PITCH_PT * 20)))
    styles = doc.styles

    def paragraph_style(name: str, base: str | None = None) -> object:
        try:
            return styles[name]
        except KeyError:
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            if base:
                style.base_style = styles[base]
            return style

    def text_style(name: str, face: Face, bold: bool = False, indent: bool = False) -> object:
        style = paragraph_style(name, "Normal" if name != "Normal" else None)
        _set_font(style.font, face, bold)  # type: ignore[attr-defined]
        fmt = style.paragraph_format  # type: ignore[attr-defined]
        if faces.gongwen:
            fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            fmt.line_spacing = Pt(LINE_PITCH_PT)
        else:
            fmt.line_spacing = 1.15
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.first_line_indent = Pt(2 * face.size) if indent else None
        # Headings and body in black, as a 公文 is: no theme colour.
        style.font.color.rgb = RGBColor(0, 0, 0)  # type: ignore[attr-defined]
        return style

    text_style("Normal", faces.body)
    for name in ("Body Text", "First Paragraph"):
        text_style(name, faces.body, indent=True)
    title = text_style("Title", faces.title)
    # The default template's Title has a rule under it and a theme colour: a 公文 has neither.
    ppr = title.element.get_or_add_pPr()  # type: ignore[attr-defined]
    for border in ppr.findall(_qn("w:pBdr")):
        ppr.remove(border)
    # Nor the template's letter spacing and kerning, which make a line of 二号 too wide.
    rpr = title.element.get_or_add_rPr()  # type: ignore[attr-defined]
    for tag in ("w:spacing", "w:kern"):
        for found in rpr.findall(_qn(tag)):
            rpr.remove(found)
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER  # type: ignore[attr-defined]
    off_grid = OxmlElement("w:snapToGrid")  # two lines of 二号 one pitch apart, not two
    off_grid.set(_qn("w:val"), "0")
    ppr.append(off_grid)
    title.paragraph_format.space_after = Pt(LINE_PITCH_PT)  # type: ignore[attr-defined]
    for name, face in (("Heading 1", faces.heading1), ("Heading 2", faces.heading2)):
        style = text_style(name, face, bold=not faces.gongwen, indent=faces.gongwen)
        style.paragraph_format.keep_with_next = True  # type: ignore[attr-defined]
    compact = text_style("Compact", faces.table)
    compact.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE  # type: ignore[attr-defined]
    text_style("Footer", faces.footer)
    _fonts_by_name(doc, faces.body, lang)
    _alt_names(doc)
    _page_numbers(doc, faces)
    return faces


def _alt_names(doc: WordDocument) -> None:
    """仿宋_GB2312 is 仿宋 on Windows: say so in the font table, as Word itself does."""
    from docx.oxml import OxmlElement, parse_xml

    part = next(
        p for p in doc.part.package.iter_parts() if str(p.partname) == "/word/fontTable.xml"
    )
    table = parse_xml(part.blob)
    for name, alt in ALT_NAMES.items():
        font = OxmlElement("w:font")
        font.set(_qn("w:name"), name)
        alt_name = OxmlElement("w:altName")
        alt_name.set(_qn("w:val"), alt)
        font.append(alt_name)
        charset = OxmlElement("w:charset")
        charset.set(_qn("w:val"), "86")  # GB2312
        font.append(charset)
        table.append(font)
    from lxml import etree

    part._blob = etree.tostring(table, xml_declaration=True, encoding="UTF-8", standalone=True)


def _page_numbers(doc: WordDocument, faces: Faces) -> None:
    """ "— 1 —", the number a PAGE field, placed as GB/T 9704-2012 §7.5 says: odd pages to
    the right and even pages to the left, each one character in from the edge of the block
    (单页码居右空一字，双页码居左空一字)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc.settings.odd_and_even_pages_header_footer = True
    section = doc.sections[0]
    one_character = Pt(faces.footer.size)
    for footer, align in (
        (section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
        (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT),
    ):
        paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
        paragraph.style = doc.styles["Footer"]
        paragraph.alignment = align
        if align == WD_ALIGN_PARAGRAPH.RIGHT:
            paragraph.paragraph_format.right_indent = one_character
        else:
            paragraph.paragraph_format.left_indent = one_character
        _page_field(paragraph, faces.footer)


def _page_field(paragraph: WordParagraph, face: Face) -> None:
    from docx.oxml import OxmlElement

    paragraph.add_run("— ")
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind is not None:
            char = OxmlElement("w:fldChar")
            char.set(_qn("w:fldCharType"), kind)
            run._r.append(char)
        else:
            instr = OxmlElement("w:instrText")
            instr.set(_qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
    paragraph.add_run(" —")
    for r in paragraph.runs:
        _set_font(r.font, face)


CELL_MARGIN_MM = 1.0  # each side of a cell: a dense table's, not Table Grid's 1.9 mm
PAD_MM = 2 * CELL_MARGIN_MM + 0.4  # both margins and the borders
SLACK_EM = 0.3  # and room for a face a little wider than measured
MM_PER_PT = 25.4 / 72


@dataclass(frozen=True)
class Layout:
    """How a table is set: its size, each column's width (mm), which cells stay on one
    line, and each cell's lines."""

    size: float
    widths: list[float]
    lines: list[list[list[str]]]  # [row][column] → the cell's lines (row 0: the header)
    nowrap: list[list[bool]]


def table_layout(table: Table, keep: list[int], sizes: tuple[float, ...]) -> Layout:
    """Widths that fit the 156 mm block: each figure column as wide as its widest figure (a
    figure never breaks), each header on at most two lines, the names the rest, folding
    where a name may fold. A table too wide at the first size is set at the next."""
    texts = [[table.columns[i].header for i in keep]] + [
        [cell_text(row[i]) for i in keep] for row in table.rows
    ]
    size = sizes[-1]
    for size in sizes:
        em = size * MM_PER_PT
        widths = _fit(table, keep, texts, em)
        if widths is not None:
            break
    else:
        widths = _fit(table, keep, texts, em, force=True)
        assert widths is not None
    em = size * MM_PER_PT
    lines: list[list[list[str]]] = []
    nowrap: list[list[bool]] = []
    for r, row in enumerate(texts):
        lines.append([])
        nowrap.append([])
        for c, text in enumerate(row):
            numeric = table.columns[keep[c]].numeric
            one_line = r > 0 and (numeric or whole(text))
            room = (widths[c] - PAD_MM) / em - SLACK_EM
            lines[-1].append([text] if one_line else fold(text, room, 3 if r == 0 else 6))
            nowrap[-1].append(one_line)
    return Layout(size, widths, lines, nowrap)


def _fit(
    table: Table, keep: list[int], texts: list[list[str]], em: float, force: bool = False
) -> list[float] | None:
    """Column widths in mm at an em of ``em`` mm, or None if the figures and the narrowest
    names do not fit the block (``force``: then the figures, and the names squeezed)."""
    first_folding = next((c for c, i in enumerate(keep) if table.columns[i].folds), -1)
    fixed: dict[int, float] = {}
    least: dict[int, float] = {}
    want: dict[int, float] = {}
    for c, i in enumerate(keep):
        column = table.columns[i]
        cells = [row[c] for row in texts[1:]]
        header = texts[0][c]
        # A header may take two lines (three, for a long one), never a lone character.
        head_lines = fold(header, em_width(header) / 2 + 0.6, 3) if len(header) > 3 else [header]
        head = max(em_width(line) for line in head_lines)
        figures = [em_width(t) for t in cells if column.numeric or whole(t)]
        longest_atom = max((em_width(a) for t in cells for a in atoms(t)), default=0.0)
        full = max((em_width(t) for t in cells), default=0.0)
        if column.folds or (not column.numeric and full > max(figures, default=0.0) + 0.01):
            # A column of names (or of notes): at least its widest figure or word and seven
            # characters (four, for other text), at most its longest text on one line. A
            # table whose names would fold narrower than that is set a size smaller.
            # A name folds onto two lines at most, while a smaller size can give it that.
            names = column.folds and c == first_folding
            readable = (
                max(min(7.0, full), full / 2 + 1 if names else 0.0)
                if column.folds
                else min(4.0, full)
            )
            floor = max(max(figures, default=0.0), longest_atom, readable, head)
            least[c] = (floor + SLACK_EM) * em + PAD_MM
            want[c] = (max(full, floor, head) + SLACK_EM) * em + PAD_MM
        else:
            fixed[c] = (max(max(figures, default=0.0), head, longest_atom) + SLACK_EM) * em + PAD_MM
    room = BLOCK_MM - sum(fixed.values())
    if room < sum(least.values()) and not force:
        return None
    widths = [0.0] * len(keep)
    for c, w in fixed.items():
        widths[c] = w
    if least:
        # Each name column its least, then what is left shared in proportion to what each
        # still wants (so that the longest names fold the least).
        extra = max(0.0, room - sum(least.values()))
        short = {c: want[c] - least[c] for c in least}
        total_short = sum(short.values())
        for c in least:
            share = extra * short[c] / total_short if total_short else extra / len(least)
            widths[c] = least[c] + min(share, short[c])
        if force and room < sum(least.values()):
            scale = max(room, 0.0) / sum(least.values())
            for c in least:
                widths[c] = least[c] * scale
    spare = BLOCK_MM - sum(widths)
    if spare > 0.05:  # the table fills the block: the spare width to every column alike
        for c in range(len(widths)):
            widths[c] += spare / len(widths)
    return widths


def _table(doc: WordDocument, table: Table, faces: Faces) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.shared import Mm

    # Fewer columns than a screen: what is optional (rank, status) is in the prose already.
    keep = [i for i, c in enumerate(table.columns) if not c.graphic and not c.optional]
    face = faces.table
    # 小四, else 五号, else 小五: the first size at which every figure fits on its line.
    sizes = tuple(s for s in (face.size, 10.5, 9.0) if s <= face.size)
    layout = table_layout(table, keep, sizes)
    face = Face(face.name, layout.size)
    from docx.table import _Cell

    compact = doc.styles["Compact"].style_id
    grid = doc.add_table(rows=1 + len(table.rows), cols=len(keep))
    grid.style = doc.styles["Table Grid"]
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid.autofit = False
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        margin = OxmlElement(f"w:{side}")
        margin.set(_qn("w:w"), str(round(CELL_MARGIN_MM / MM_PER_PT * 20)))
        margin.set(_qn("w:type"), "dxa")
        margins.append(margin)
    grid._tbl.tblPr.append(margins)
    for column, width in zip(grid.columns, layout.widths, strict=True):
        column.width = Mm(width)  # the table grid, which Word and LibreOffice lay out by
    for r, row in enumerate(grid.rows):
        trpr = row._tr.get_or_add_trPr()
        no_split = OxmlElement("w:cantSplit")  # a row is never split across two pages
        no_split.set(_qn("w:val"), "true")
        trpr.append(no_split)
        if r == 0:
            repeat = OxmlElement("w:tblHeader")  # the header row again on every page
            repeat.set(_qn("w:val"), "true")
            trpr.append(repeat)
        # The row's own cells: python-docx's row.cells walks the whole table each time,
        # which made a 10,000-row table take minutes.
        for c, cell in enumerate(_Cell(tc, grid) for tc in row._tr.tc_lst):
            cell.width = Mm(layout.widths[c])
            if layout.nowrap[r][c]:
                tcpr = cell._tc.get_or_add_tcPr()
                tcpr.append(OxmlElement("w:noWrap"))
            paragraph = cell.paragraphs[0]
            paragraph._p.style = compact  # by id: a lookup by name scans every style
            ppr = paragraph._p.get_or_add_pPr()
            snap = OxmlElement("w:snapToGrid")  # cells keep their own line height
            snap.set(_qn("w:val"), "0")
            ppr.append(snap)
            numeric = table.columns[keep[c]].numeric
            paragraph.alignment = (
                WD_ALIGN_PARAGRAPH.CENTER
                if r == 0
                else WD_ALIGN_PARAGRAPH.RIGHT
                if numeric
                else WD_ALIGN_PARAGRAPH.LEFT
            )
            _add_lines(paragraph, layout.lines[r][c], face, bold=r == 0)


def _add_lines(
    paragraph: WordParagraph, lines: list[str], face: Face | None = None, bold: bool = False
) -> None:
    """The lines of a folded text as one paragraph, a line break between them; ``face``: a
    font of their own (a table's size), else the paragraph style's."""
    for n, line in enumerate(lines):
        run = paragraph.add_run(line)
        if n < len(lines) - 1:
            run.add_break()
        if face is not None:
            # The font's properties built once per face and copied: setting them through
            # python-docx for each of a large table's runs took most of its time.
            run._r.insert(0, deepcopy(_run_properties(face, bold)))


@functools.lru_cache(maxsize=16)
def _run_properties(face: Face, bold: bool) -> object:
    """A ``w:rPr`` with ``face`` (and bold), as _set_font makes it, to copy into runs."""
    from docx.oxml import OxmlElement
    from docx.text.run import Run

    run = Run(OxmlElement("w:r"), None)  # type: ignore[arg-type]
    _set_font(run.font, face, bold=bold)
    return run._r.rPr


RED = "FF0000"  # the masthead's red, as 公文 print it (GB/T 9704: 红色)


def _border(paragraph: WordParagraph, side: str, eighths: int, color: str = "000000") -> None:
    """A rule along one side of a paragraph, as wide as the text block; ``eighths``: its
    weight in eighths of a point."""
    from docx.oxml import OxmlElement

    ppr = paragraph._p.get_or_add_pPr()
    borders = ppr.find(_qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        ppr.append(borders)
    line = OxmlElement(f"w:{side}")
    for attr, value in (("w:val", "single"), ("w:sz", str(eighths)), ("w:space", "4")):
        line.set(_qn(attr), value)
    line.set(_qn("w:color"), color)
    borders.append(line)


def _plain(
    doc: WordDocument, text: str, face: Face, align: int, color: str | None = None
) -> WordParagraph:
    """A paragraph of its own font, no indent, on the grid's pitch."""
    from docx.shared import RGBColor

    paragraph = doc.add_paragraph(style="Normal")
    paragraph.alignment = align  # type: ignore[assignment]
    run = paragraph.add_run(text)
    _set_font(run.font, face)
    if color is not None:
        run.font.color.rgb = RGBColor.from_string(color)
    return paragraph


def _masthead(doc: WordDocument, block: Masthead, faces: Faces) -> None:
    """The 报头: the series name large, centred and red (as large as fits one line, up to
    初号); 第N期 centred under it; who compiles it at the left and the date at the right
    of one line; under that line a red rule as wide as the block."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
    from docx.shared import Mm, Pt

    fits = BLOCK_MM / MM_PER_PT / (em_width(block.series) + 0.5)
    size = min(faces.series.size, fits)
    series = _plain(
        doc, block.series, Face(faces.series.name, size), WD_ALIGN_PARAGRAPH.CENTER, RED
    )
    fmt = series.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(size * 1.3)
    fmt.space_before = Pt(faces.body.size)
    fmt.space_after = Pt(faces.body.size / 2)
    last = series
    if block.issue:
        last = _plain(doc, block.issue, faces.body, WD_ALIGN_PARAGRAPH.CENTER)
    if block.issuer or block.date:
        last = doc.add_paragraph(style="Normal")
        last.paragraph_format.tab_stops.add_tab_stop(Mm(BLOCK_MM), WD_TAB_ALIGNMENT.RIGHT)
        run = last.add_run(f"{block.issuer or ''}\t{block.date or ''}")
        _set_font(run.font, faces.body)
    _border(last, "bottom", 18, RED)  # 2¼ pt
    for paragraph in (series, last):
        paragraph.paragraph_format.keep_with_next = True
    doc.add_paragraph(style="Normal")  # a line between the rule and the title


def _imprint(doc: WordDocument, block: Imprint, faces: Faces) -> None:
    """The 版记 at the foot of the last page (GB/T 9704 §10): its lines between rules as wide
    as the block, the first and the last heavier, each line a character in from either side,
    the copies at the right. A table of one column floated to the bottom margin, so that
    its rules are the table's borders in every reader."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.shared import Mm

    face = faces.imprint
    texts = [*block.lines, *([block.copies] if block.copies else [])]
    table = doc.add_table(rows=len(texts), cols=1)
    table.autofit = False
    tblpr = table._tbl.tblPr
    floating = OxmlElement("w:tblpPr")
    for attr, value in (
        ("w:horzAnchor", "margin"),
        ("w:vertAnchor", "margin"),
        ("w:tblpXSpec", "center"),
        ("w:tblpYSpec", "bottom"),
    ):
        floating.set(_qn(attr), value)
    tblpr.insert(0, floating)
    borders = OxmlElement("w:tblBorders")
    for side, eighths in (("top", 8), ("bottom", 8), ("insideH", 4)):  # 0.35 mm, 0.25 mm
        line = OxmlElement(f"w:{side}")
        for attr, value in (("w:val", "single"), ("w:sz", str(eighths)), ("w:color", "000000")):
            line.set(_qn(attr), value)
        borders.append(line)
    tblpr.append(borders)
    one_character = str(round(face.size * 20))
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        margin = OxmlElement(f"w:{side}")
        margin.set(_qn("w:w"), one_character)
        margin.set(_qn("w:type"), "dxa")
        margins.append(margin)
    tblpr.append(margins)
    table.columns[0].width = Mm(BLOCK_MM)
    for n, (row, text) in enumerate(zip(table.rows, texts, strict=True)):
        cell = row.cells[0]
        cell.width = Mm(BLOCK_MM)
        paragraph = cell.paragraphs[0]
        paragraph.style = doc.styles["Normal"]
        copies = block.copies is not None and n == len(texts) - 1
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT if copies else WD_ALIGN_PARAGRAPH.LEFT
        _set_font(paragraph.add_run(text).font, face)
    doc.add_paragraph(style="Normal")  # what a floating table is anchored to


def _annex(doc: WordDocument, block: Annex, faces: Faces) -> None:
    """An annex on a page of its own: 附件N at the top left in 黑体 三号 (GB/T 9704 §8),
    its title as a title."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    label = _plain(doc, block.label, faces.heading1, WD_ALIGN_PARAGRAPH.LEFT)
    label.paragraph_format.page_break_before = True
    label.paragraph_format.keep_with_next = True
    _title(doc, block.title, faces)


def _title(doc: WordDocument, text: str, faces: Faces) -> None:
    # GB/T 9704 §7.3.3: a title that runs over keeps its words whole and its lines even
    # (梯形 or 菱形), so no character is left alone on the last line.
    room = BLOCK_MM / (faces.title.size * MM_PER_PT) - 0.5
    _add_lines(doc.add_paragraph(style="Title"), fold(text, room))


def draw(document: Document, lang: Lang = "zh") -> bytes:
    import docx
    from docx.shared import Mm

    doc = docx.Document()
    faces = setup(doc, lang)
    body = doc.styles["Body Text"]
    for block in xml_safe(document).blocks:
        if isinstance(block, Title):
            _title(doc, block.text, faces)
        elif isinstance(block, Masthead):
            _masthead(doc, block, faces)
        elif isinstance(block, Imprint):
            _imprint(doc, block, faces)
        elif isinstance(block, Annex):
            _annex(doc, block, faces)
        elif isinstance(block, Heading):
            doc.add_paragraph(block.text, style="Heading 1" if block.level == 1 else "Heading 2")
        elif isinstance(block, (Paragraph, Note)):
            doc.add_paragraph(block.text, style=body)
        elif isinstance(block, Items):
            for item in block.items:
                doc.add_paragraph(item, style=body)
        elif isinstance(block, Image):
            doc.add_picture(io.BytesIO(block.data), width=Mm(BLOCK_MM))
        else:
            _table(doc, block, faces)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def reference(lang: Lang = "zh") -> bytes:
    """The same styles as a reference .docx for pandoc (--reference-doc): one paragraph in
    each style pandoc maps Markdown to."""
    import docx

    doc = docx.Document()
    setup(doc, lang)
    doc.add_paragraph("标题 Title", style="Title")
    doc.add_paragraph("一、一级标题 Heading 1", style="Heading 1")
    doc.add_paragraph("（一）二级标题 Heading 2", style="Heading 2")
    doc.add_paragraph("正文首段 First Paragraph", style="First Paragraph")
    doc.add_paragraph("正文 Body Text", style="Body Text")
    doc.add_paragraph("表格 Compact", style="Compact")
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
