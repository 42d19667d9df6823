"""Excel: a Document's tables as sheets of real numbers (xlsxwriter, the ``xlsx`` extra).

Tables with the same columns share one sheet, each row led by the heading it stood under
(a summary's groups, a comparison's indicators); each sheet has a bold frozen header and an
autofilter; a figure is a number formatted at the precision it is shown with (57.65% is
0.5765 shown as 0.00%), a missing one an empty cell; a cell's tone is its font colour, as
the terminal colours it (ahead green, behind red). Title, paragraphs and notes go to a last
sheet.
"""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING

from gxreport.i18n import LABELS, Lang
from gxreport.render.document import (
    Bar,
    Cell,
    Document,
    Figure,
    Heading,
    Image,
    Items,
    Table,
    Text,
    Title,
    Tone,
    cell_text,
    text_width,
    xml_safe,
)

if TYPE_CHECKING:
    from xlsxwriter.format import Format
    from xlsxwriter.workbook import Workbook
    from xlsxwriter.worksheet import Worksheet

# Each tone as a font, in colours that read on white and print in grey.
TONE_FONT: dict[Tone, dict[str, object]] = {
    "good": {"font_color": "#007A33"},
    "bad": {"font_color": "#C00000"},
    "warn": {"font_color": "#9C5700"},
    "strong": {"bold": True},
    "dim": {"font_color": "#7F7F7F"},
}
# A cell's format by its figure's decimals and percent sign (None for text) and its tone.
FormatKey = tuple[int | None, bool, Tone | None]


_BAD_NAME = re.compile(r"[\[\]:*?/\\]")
NOTES = {"zh": "说明", "en": "Notes"}


def _sheet_name(text: str, taken: set[str]) -> str:
    # Excel's rules: none of []:*?/\, not led or ended by an apostrophe, at most 31
    # characters, and not "History" (its own sheet's name).
    base = _BAD_NAME.sub(" ", text).strip().strip("'").strip()[:28] or "Sheet"
    if base.lower() == "history":
        base += " 1"
    name, n = base, 2
    while name.lower() in taken:
        name = f"{base[:26]}{n}"
        n += 1
    taken.add(name.lower())
    return name


def _groups(document: Document) -> list[tuple[tuple[str, ...], list[tuple[str, Table]]]]:
    """Tables in order, grouped by their columns; each with the heading above it."""
    groups: dict[tuple[str, ...], list[tuple[str, Table]]] = {}
    heading = ""
    for block in document.blocks:
        if isinstance(block, Heading):
            heading = block.text
        elif isinstance(block, Table):
            key = tuple(c.header for c in block.columns if not c.graphic)
            groups.setdefault(key, []).append((heading, block))
    return list(groups.items())


def draw(document: Document, lang: Lang = "zh") -> bytes:
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_numbers": False})
    bold = book.add_format({"bold": True, "text_wrap": True, "valign": "top"})
    formats: dict[FormatKey, Format] = {}
    taken: set[str] = set()
    document = xml_safe(document)
    cut: list[str] = []  # the cells whose text was cut at CELL_CHARS
    for headers, tables in _groups(document):
        lead = len(tables) > 1 or any(h for h, _ in tables)
        name = tables[0][0] if len(tables) == 1 and tables[0][0] else _title(document)
        sheet = book.add_worksheet(_sheet_name(name, taken))
        columns = ([LABELS["group"][lang]] if lead else []) + list(headers)
        widths = [text_width(h) for h in columns]
        for col, head in enumerate(columns):
            sheet.write_string(0, col, head, bold)
        row_no = 0
        for heading, table in tables:
            keep = [i for i, c in enumerate(table.columns) if not c.graphic]
            for cells in table.rows:
                row_no += 1
                values: list[Cell] = [heading] if lead else []
                values += [cells[i] for i in keep]
                for col, cell in enumerate(values):
                    _write(book, sheet, row_no, col, cell, formats, cut)
                    widths[col] = max(widths[col], text_width(cell_text(cell)))
        sheet.freeze_panes(1, 0)
        sheet.autofilter(0, 0, max(row_no, 1), len(columns) - 1)
        for col, width in enumerate(widths):
            sheet.set_column(col, col, min(max(width, 6), 40) + 2)
    _notes(book, document, lang, taken, cut)
    book.close()
    return buffer.getvalue()


def _title(document: Document) -> str:
    return next((b.text for b in document.blocks if isinstance(b, Title)), "Sheet")


def _write(
    book: Workbook,
    sheet: object,
    row: int,
    col: int,
    cell: Cell,
    formats: dict[FormatKey, Format],
    cut: list[str],
) -> None:
    from xlsxwriter.worksheet import Worksheet

    assert isinstance(sheet, Worksheet)
    if isinstance(cell, Figure):
        if cell.value is None:
            sheet.write_blank(row, col, None)
            return
        # The boundary where exact decimals become the spreadsheet's binary numbers: the
        # shown figure, rounded already, so the cell displays exactly what gxreport prints.
        number = cell.value / 100 if cell.percent else cell.value
        key: FormatKey = (cell.decimals, cell.percent, cell.tone)
        sheet.write_number(row, col, float(number), _format(book, formats, key))
    elif cell is None or isinstance(cell, Bar):
        sheet.write_blank(row, col, None)
    else:
        text = cell.text if isinstance(cell, Text) else cell
        tone = cell.tone if isinstance(cell, Text) else None
        if text in ("", "—"):
            sheet.write_blank(row, col, None)
        elif tone is None:
            sheet.write_string(row, col, _fit(text, sheet, row, col, cut))
        else:
            sheet.write_string(
                row,
                col,
                _fit(text, sheet, row, col, cut),
                _format(book, formats, (None, False, tone)),
            )


def _format(book: Workbook, formats: dict[FormatKey, Format], key: FormatKey) -> Format:
    found = formats.get(key)
    if found is None:
        decimals, percent, tone = key
        spec: dict[str, object] = dict(TONE_FONT[tone]) if tone is not None else {}
        if decimals is not None:
            pattern = "0" + ("." + "0" * decimals if decimals else "")
            spec["num_format"] = pattern + ("%" if percent else "")
        found = formats[key] = book.add_format(spec)
    return found


# The most characters an Excel cell holds; a longer text is cut there, and the notes sheet
# says which cells were cut.
CELL_CHARS = 32_767


def _fit(text: str, sheet: Worksheet, row: int, col: int, cut: list[str]) -> str:
    """``text`` as a cell holds it: cut at CELL_CHARS, and the cell named in ``cut``."""
    if len(text) <= CELL_CHARS:
        return text
    from xlsxwriter.utility import quote_sheetname, xl_rowcol_to_cell

    cut.append(f"{quote_sheetname(sheet.name)}!{xl_rowcol_to_cell(row, col)}")
    return text[: CELL_CHARS - 1] + "…"


CUT_NOTE = {
    "zh": "以下单元格文字超过 Excel 单元格上限（32,767 个字符），已截断：{cells}",
    "en": "Text cut at Excel's limit of 32,767 characters a cell in: {cells}",
}


def _notes(book: Workbook, document: Document, lang: Lang, taken: set[str], cut: list[str]) -> None:
    lines: list[str] = []
    if cut:
        lines.append(CUT_NOTE[lang].format(cells=", ".join(cut[:50])))
    for block in document.blocks:
        if isinstance(block, Items):
            lines += block.items
        elif isinstance(block, Image):
            lines.append(block.alt)
        elif not isinstance(block, Table):
            lines.append(block.text)
    if not lines:
        return
    sheet = book.add_worksheet(_sheet_name(NOTES[lang], taken))
    for row, line in enumerate(lines):
        sheet.write_string(row, 0, _fit(line, sheet, row, 0, cut))
    sheet.set_column(0, 0, 100)
