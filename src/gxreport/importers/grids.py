"""Tables in a report: found in its text, read from Word and PDF, and their figures named.

A report carries tables in several shapes, and all of them end here as one thing, a
``TextTable`` (rows of cells as printed, where it stood in the text, the unit a ``单位：`` line
gave it), so that one reading serves them all:

- Markdown pipe tables, with or without a name column in the header, thousands separators in
  the cells, a ``单位：元`` line above; rows cut by pipes with none leading and no rule row
  (three lines or more of as many cells, none of them a sentence);
- tables as PDF-to-text gives them: columns by runs of two or more spaces, a row's name wrapped
  over two lines (joined back), rows spaced apart by blank lines;
- a web page's table copied as text, each cell on a line of its own with a "|" line between;
- Word tables (``read_docx``: paragraphs and tables in the order the body holds them, a merged
  cell once) and PDF tables (``read_pdf``, the ``pdf`` extra).

``figures_of`` reads a table through the layout logic of ``import`` (``layout.recognise`` on a
``Grid``), so a column is an actual, a target, a stated rate or a rank by the same header words
a spreadsheet's is, and groups, 其中 parts, 合计 rows and league tables of places are read as
a sheet's are; every number in the table comes out as a ``TableFigure``, those in no role with
``role=None`` and why, listed rather than dropped.

PDF is read with pdfplumber (the ``pdf`` extra): it finds ruled tables cell by cell and gives
each character's position, from which the rest of a page is laid out as text with its columns
apart (an unruled table is then found as an aligned one). On a 30-page report of prose and
ruled tables (``benchmarks/pdf.py``) the libraries took, for the text alone: pypdfium2 0.01 s,
pypdf 0.3 s (its layout mode), pdfminer.six 0.5 s; pdfplumber 0.9 s for text and tables, and
the whole `extract` about 1 s of processor time. Installed with their dependencies: pypdf
4 MB, pypdfium2 10 MB, pdfminer.six 29 MB, pdfplumber 61 MB. Only pdfplumber finds tables.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from gxreport.errors import Problem, SnapshotError, printable

if TYPE_CHECKING:
    from gxreport.importers.layout import Figure, Line
    from gxreport.importers.sheet import Grid

Shape = Literal["pipe", "aligned", "cells", "word", "pdf"]

# 单位：亿元 / （单位:万元） / 金额单位：元 / 单位:元 币种:人民币 — on a line of its own above
# a table, or at the end of its caption.
_UNIT_LINE = re.compile(
    r"[（(]?\s*(?:金额|计量)?单位\s*[:：]\s*(?P<unit>[^\s）)，,;；]+)\s*[）)]?"
    r"(?:\s*币种\s*[:：]\s*\S+)?\s*$"
)
# A number as tables print it: 1,234.5 · -2.95 · +3.1 · 57.65% · 1.57万.
_NUMBER = re.compile(r"[+\-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_CELL_NUMBER = re.compile(rf"(?P<num>{_NUMBER.pattern})\s*(?P<tail>%|万|亿)?")
_MISSING = frozenset({"", "—", "-", "--", "——", "…", "...", "……", "/", "－", "–", "―"})
_PIPE_RULE = re.compile(r":?-{2,}:?")
# Prose inside a line: a cell of a table holds no sentence punctuation.
_PROSE = re.compile(r"[，。；！？;]\s*\S|,(?!\d{3})")
_SENTENCE = re.compile(r"[，。；！？;]")
_GROUP = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\(\w\)|其中)")


@dataclass(frozen=True)
class TextTable:
    """One table: its rows of cells as printed, and where it stood.

    ``start``/``end`` are character offsets of the table's lines (its ``单位：`` line included)
    in the text it was found in, so that prose reading can skip them; a Word or PDF table has
    the offset of the place it stands in the text ``read_docx``/``read_pdf`` give (an empty
    span there). ``line`` is its first row's line number (1-based), for messages."""

    rows: tuple[tuple[str, ...], ...]
    shape: Shape
    start: int = 0
    end: int = 0
    line: int = 0
    unit: str = ""  # from a 单位：… line or caption above the table
    caption: str = ""  # the short line just above (2023年1-6月主要经济指标), when there is one
    number: int = 0  # 1-based, in the document's order


@dataclass(frozen=True)
class TableFigure:
    """One number of a table, with what its header and its row say of it."""

    name: str  # the row's indicator, without 其中 or a unit in brackets
    role: str | None  # actual, target, stretch, last_year, completion, yoy, rank …; None: no role
    printed: str  # the cell exactly as printed: "1,234.5", "57.65", "-2.95"
    value: str  # the number for a snapshot: separators dropped, "1234.5"
    unit: str  # 亿元, 户 …; "%" for a rate
    row: int  # 0-based, in table.rows
    column: int
    header: str  # the column's header as printed ("" where the table has none)
    table: int  # the table's number in its document
    group: str = ""  # the group row above (一、工业 → 工业)
    part_of: str | None = None  # the row this is a 其中 part of
    total_of: tuple[str, ...] = ()  # a 合计 row: the rows it totals
    entity: str = ""  # a league table: the place (县、区) whose row this is; name is the column's
    why: str = ""  # for role None: why it was not placed
    share_of: str = ""  # for a share: the name of the row or whole it is a share of
    # A league table's whole row (全市): its name, then the places of the rows it is the whole of.
    whole_of: tuple[str, ...] = ()

    @property
    def where(self) -> str:
        column = f"“{self.header}”列" if self.header else f"第{self.column + 1}列"
        return f"表{self.table} 第{self.row + 1}行 {column}"


# ── finding tables in text ──────────────────────────────────────────────────


def tables_in_text(text: str) -> list[TextTable]:
    """Every table in a report's text, in order: pipe tables, cells a line each,
    whitespace-aligned ones, and rows whose cells stand one space apart."""
    lines = _lines(text)
    tables: list[TextTable] = []
    i = floor = 0  # floor: the first line after the last table found
    while i < len(lines):
        found = (
            _pipe_table(lines, i)
            or _cell_lines_table(lines, i)
            or _cell_marks_table(lines, i)
            or _cell_column_table(lines, i)
            or _aligned_table(lines, i)
            or _spaced_table(lines, i, floor)
        )
        if found is None:
            i += 1
            continue
        table, i = found
        floor = i
        tables.append(table)
    return [_numbered(t, n) for n, t in enumerate(tables, 1)]


def _numbered(table: TextTable, number: int) -> TextTable:
    from dataclasses import replace

    return replace(table, number=number)


@dataclass(frozen=True)
class _Line:
    text: str
    start: int  # offset of its first character
    end: int  # offset after its last character (its newline not included)
    number: int  # 1-based


def _lines(text: str) -> list[_Line]:
    out = []
    offset = 0
    for n, line in enumerate(text.split("\n"), 1):
        out.append(_Line(line.rstrip("\r"), offset, offset + len(line), n))
        offset += len(line) + 1
    return out


def _above(lines: list[_Line], first: int) -> tuple[str, str, int]:
    """The unit and the caption above a table's first line, and the line the table's span
    starts at (its 单位 line is part of it)."""
    unit, caption, start = "", "", first
    j = first - 1
    while j >= 0 and not lines[j].text.strip():
        j -= 1
    for _ in range(2):  # a 单位 line, then a caption; or a caption ending in （单位：亿元）
        if j < 0:
            break
        line = unicodedata.normalize("NFKC", lines[j].text).strip()
        match = _UNIT_LINE.search(line)
        if match and not unit:
            unit = match.group("unit")
            rest = line[: match.start()].strip()
            if not rest:
                start = j
                j -= 1
                while j >= 0 and not lines[j].text.strip():
                    j -= 1
                continue
            line = rest
        if _is_caption(line):
            caption = line
        break
    return unit, caption, start


def _pipe_cells(line: str) -> list[str] | None:
    stripped = line.strip()
    if stripped.count("|") < 2 and not (stripped.startswith("|") and len(stripped) > 1):
        return None
    if stripped.startswith("|"):
        stripped = stripped[1:]
    if stripped.endswith("|"):
        stripped = stripped[:-1]
    return [c.strip() for c in stripped.split("|")]


def _pipe_table(lines: list[_Line], i: int) -> tuple[TextTable, int] | None:
    if _pipe_cells(lines[i].text) is None or not lines[i].text.lstrip().startswith("|"):
        # A table without its leading pipe counts with a rule row under its header, or as a
        # run of lines cut into as many cells each (名称 | 计划 | 完成 |, line after line).
        if not (
            i + 1 < len(lines)
            and _pipe_cells(lines[i].text) is not None
            and _is_rule(_pipe_cells(lines[i + 1].text))
        ):
            return _bare_pipe_table(lines, i)
    rows: list[tuple[str, ...]] = []
    at: list[int] = []
    j = i
    while j < len(lines):
        cells = _pipe_cells(lines[j].text)
        if cells is None:
            break
        if not _is_rule(cells):
            rows.append(tuple(cells))
            at.append(j)
        j += 1
    if not rows:
        return None
    return _pipe_run(lines, i, j, rows, at)


_BARE_PIPE_ROWS = 3  # a run this long at least: fewer lines with pipes may be prose


def _bare_pipe_table(lines: list[_Line], i: int) -> tuple[TextTable, int] | None:
    """Rows with no leading pipe and no rule row under the header: a run of at least three
    lines, each cut by two or more pipes into as many cells, none of them a sentence, and a
    figure among them; a sentence that happens to hold a pipe is none of this."""
    first = _bare_pipe_cells(lines[i].text)
    if first is None:
        return None
    rows = [tuple(first)]
    j = i + 1
    while j < len(lines):
        cells = _bare_pipe_cells(lines[j].text)
        if cells is None or len(cells) != len(first):
            break
        rows.append(tuple(cells))
        j += 1
    if len(rows) < _BARE_PIPE_ROWS or not any(_number(c) for r in rows[1:] for c in r):
        return None
    return _pipe_run(lines, i, j, _merged_first_column(rows), list(range(i, j)))


def _merged_first_column(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The rows with a merged first column put back: a page's table whose first column
    groups its rows (一级指标 over two rows of 二级指标) keeps the group's cell on the first row
    only when copied as text, and each row under it moves left, its last cell blank. Such a
    row, where moved right by one its cells stand as the full rows' do (words, a unit, a
    figure) and as printed they do not, is that row with its group cell blank."""
    full = [r for r in rows[1:] if r and r[0].strip() and r[-1].strip()]

    def kinds(cells: Sequence[str]) -> tuple[str, ...]:
        return tuple(
            "blank" if not c.strip() else "number" if _number(c) else "words" for c in cells
        )

    shapes = {kinds(r[1:]) for r in full}
    if len(shapes) != 1 or "number" not in next(iter(shapes)):
        return rows
    shape = next(iter(shapes))
    out = list(rows)
    for k, row in enumerate(rows[1:], 1):
        if row[-1].strip() or not row[0].strip():
            continue
        if kinds(row[:-1]) == shape and kinds(row[1:]) != shape:
            out[k] = ("", *row[:-1])
    return out


def _pipe_run(
    lines: list[_Line], i: int, j: int, rows: list[tuple[str, ...]], at: list[int]
) -> tuple[TextTable, int]:
    """The table a run of pipe rows holds. A page's table scraped as text keeps its title and
    ``单位`` line as rows of the run (东港市…完成情况表 | ||||, 表一 | 单位:万元 | |||) and
    its header as it stood before its merged cells were undone (see ``_header_lines``);
    a ``单位`` row further down starts a table of its own (表2 after 表1), which the reader
    finds in the text after this one (the run is cut there)."""
    unit_rows = [k for k, r in enumerate(rows) if _unit_row(r)]
    first = unit_rows[0] if unit_rows else -1
    cut = next((k for k in unit_rows if k > first), None)
    if cut is not None:
        while cut > first + 1 and _lone(rows[cut - 1]) and not _GROUP.match(rows[cut - 1][0]):
            cut -= 1  # its caption (表2, …执行情况表) goes with it; a group row (二、…) stays
        j = at[cut]
        rows, at = rows[:cut], at[:cut]
    if first < 0 or any(_number(c) for r in rows[:first] for c in r[1:]):
        return _table(lines, i, j, _header_lines(rows), "pipe"), j
    # Title rows and the unit row: the table's caption and unit, not rows of it.
    unit = caption = ""
    for r in rows[: first + 1]:
        for cell in (unicodedata.normalize("NFKC", c).strip() for c in r if c.strip()):
            match = _UNIT_LINE.search(cell)
            if match and not unit:
                unit = match.group("unit")
            elif _is_caption(cell) and not re.fullmatch(r"表\s*[\d一二三四五六七八九十]+", cell):
                caption = cell
    body = rows[first + 1 :]
    if not body:
        return _table(lines, i, j, rows, "pipe"), j
    table = _table(lines, at[first + 1], j, _header_lines(body), "pipe")
    return replace(table, start=lines[i].start, unit=unit, caption=caption or table.caption), j


def _lone(row: Sequence[str]) -> bool:
    """A row of one cell of words: a title or a label above a table (表2)."""
    filled = [c for c in row if c.strip()]
    return len(filled) == 1 and _number(filled[0]) is None


def _unit_row(row: Sequence[str]) -> bool:
    """A row that is a table's 单位 line (表一 | 单位:万元 | ||| included)."""
    filled = [unicodedata.normalize("NFKC", c).strip() for c in row if c.strip()]
    return (
        0 < len(filled) <= 2
        and any(_UNIT_LINE.fullmatch(c) for c in filled)
        and all(_UNIT_LINE.fullmatch(c) or len(c) <= 24 and not _number(c) for c in filled)
    )


_RATE_HEAD = re.compile(r"[%％]\s*[)）]?$|率|比重|占")


def _header_lines(rows: Sequence[Sequence[str]]) -> list[tuple[str, ...]]:
    """The rows with the header rebuilt as a sheet holds it, where a page's merged header
    cells came apart when it was copied as text: each header line keeps only its filled
    cells, so the lines above the first row of figures are shorter than the rows.

    - Their cells, in order, as many as a row's: one header row broken over lines
      (项目名称 | 计算单位 / 3月 | 1-3月累计 / 累计比上年同期增长(%) | 结构(%)).
    - Two lines, the second of sub-headers: the upper line's merged cells stand over the
      sub-headers, evenly (累计 and 当月, each over 本期 | 同期 | 增减额 | 增减率%); they
      are the last of its cells that do not name a rate (a rate, 完成预算%, is a column of its
      own), as such tables put the columns with parts after the plain ones. The rebuilt
      rows are import's merged header: the cell once, blanks after it, the sub-headers below.

    - A header whose names' cell is blank (see ``_blank_named``), wherever it stands.

    Any other shape is left as printed."""
    out = [tuple(r) for r in rows]
    start = next((k for k, r in enumerate(out) if any(c.strip() for c in r)), 0)
    data = next(
        (k for k in range(start, len(out)) if any(_number(c) for c in out[k][1:])), len(out)
    )
    heads = [[c.strip() for c in r if c.strip()] for r in out[start:data]]
    if not heads or not all(heads):
        return out
    width = (
        max(max((n + 1 for n, c in enumerate(r) if c.strip()), default=0) for r in out[data:])
        if data < len(out)
        else 0
    )
    out, rebuilt = _blank_named(out, width)
    if any(k < data for k in rebuilt):
        return out
    if width < 2 or (len(heads) == 1 and len(heads[0]) == width):
        return out
    cells = [c for h in heads for c in h]
    if len(heads) >= 2 and len(cells) == width:
        return [*out[:start], tuple(cells), *out[data:]]
    if len(heads) != 2:
        return out
    top, sub = heads
    spans = len(top) + len(sub) - width
    plain = [n for n in range(1, len(top)) if not _RATE_HEAD.search(top[n])]
    if spans < 1 or len(sub) % spans or len(plain) < spans:
        return out
    over = set(plain[-spans:])
    each = len(sub) // spans
    upper: list[str] = []
    lower: list[str] = []
    rest = iter(sub)
    for n, cell in enumerate(top):
        if n in over:
            upper += [cell, *[""] * (each - 1)]
            lower += [next(rest) for _ in range(each)]
        else:
            upper.append(cell)
            lower.append("")
    return [*out[:start], tuple(upper), tuple(lower), *out[data:]]


def _blank_named(rows: list[tuple[str, ...]], width: int) -> tuple[list[tuple[str, ...]], set[int]]:
    """Headers whose names' cell is blank, as a page copied as text prints them: each line
    keeps only its filled cells, from the left (9月 | 1-9月累计 | 累计 | over 增长% |||, the
    sheet's blank | 9月 | 1-9月累计 | 累计 over three blanks and 增长%). A line of header
    words one short of a row, the first of them no names' header (指标, 项目名称), is such a
    header: its cells stand right of the names' column, and each line of fewer words below it
    and above the figures stands under its last columns (累计 over 增长% is 累计增长%). The
    rows rebuilt as the sheet holds them, and the lines rebuilt."""
    from gxreport.importers.layout import norm
    from gxreport.importers.words import column_role

    out = list(rows)
    rebuilt: set[int] = set()
    if width < 3:
        return out, rebuilt
    for k, row in enumerate(rows):
        cells = [c.strip() for c in row if c.strip()]
        if len(cells) != width - 1 or any(_number(c) for c in cells):
            continue
        words = [column_role(norm(c)) for c in cells]
        if any(w is None for w in words) or words[0] is None or words[0].role == "name":
            continue
        below = k + 1
        while below < len(rows) and not any(_number(c) for c in rows[below][1:]):
            under = [c.strip() for c in rows[below] if c.strip()]
            if not under or len(under) >= width - 1:
                break
            below += 1
        if below >= len(rows) or not any(_number(c) for c in rows[below][1:]):
            continue
        if words[0].role == "unit" and not _units_beside_names(rows[below:]):
            continue  # 单位 over the names (the departments of a table of 单位)
        out[k] = ("", *cells)
        for m in range(k + 1, below):
            under = [c.strip() for c in rows[m] if c.strip()]
            out[m] = ("",) * (width - len(under)) + tuple(under)
        rebuilt.update(range(k, below))
    return out, rebuilt


# Units of things measured that are neither money, counts nor rates (万千瓦时, 万吨, 万平方米).
_MEASURED_IN = re.compile(r"(?:吨|千?瓦时|立方米|平方米|公里|千米|亩|人次|辆|标箱|台|件)$")


def _units_beside_names(rows: Sequence[Sequence[str]]) -> bool:
    """Whether the rows of figures print a unit (亿元, %) beside each name, before figures:
    then a header that opens with 单位 heads that column, not the names'."""
    from gxreport.units import parse_unit

    data = [r for r in rows if any(_number(c) for c in r[2:])]

    def unit(cell: str) -> bool:
        text = cell.strip()
        if not text or len(text) > 6 or _number(text):
            return False
        try:
            known = parse_unit(text).category != "other"
        except ValueError:
            return False
        return known or bool(_MEASURED_IN.search(text))

    return bool(data) and all(len(r) > 1 and unit(r[1]) for r in data)


def _bare_pipe_cells(line: str) -> list[str] | None:
    cells = _pipe_cells(line)
    if cells is None or len(cells) < 3 or _is_rule(cells):
        return None
    if any(_PROSE.search(c) for c in cells):
        return None
    return cells


def _table(
    lines: list[_Line], i: int, j: int, rows: Sequence[Sequence[str]], shape: Shape
) -> TextTable:
    """The table whose rows stand on lines i to j - 1, its span taking in its 单位 line."""
    unit, caption, start = _above(lines, i)
    return TextTable(
        tuple(tuple(r) for r in rows),
        shape,
        lines[start].start,
        lines[j - 1].end,
        lines[i].number,
        unit,
        caption,
    )


def _cell_lines_table(lines: list[_Line], i: int) -> tuple[TextTable, int] | None:
    """A web page's table copied as text: each cell on a line of its own, a line holding only
    "|" after each. The number of columns is the one for which the first cells are a header of
    words and every later run of that many cells is a name followed by figures."""
    cells: list[str] = []
    j = i
    while (
        j + 1 < len(lines)
        and lines[j].text.strip() not in ("", "|")
        and "|" not in lines[j].text
        and lines[j + 1].text.strip() == "|"
    ):
        cells.append(lines[j].text.strip())
        j += 2
    if len(cells) < 4:
        return None
    for width in range(2, min(len(cells) // 2, 12) + 1):
        head, body = cells[:width], cells[width:]
        rows = [body[k : k + width] for k in range(0, len(body), width)]
        if (
            len(body) % width == 0
            and not any(_is_number(c) for c in head)
            and all(
                not _is_number(row[0]) and any(_is_number(c) and c not in _MISSING for c in row[1:])
                for row in rows
            )
        ):
            return _table(lines, i, j, [head, *rows], "cells"), j
    return None


_MARKED_CELL = re.compile(r"(?P<cell>[^|]*[^|\s])\s*\|(?P<end>\s*\|)?")


def _cell_marks_table(lines: list[_Line], i: int) -> tuple[TextTable, int] | None:
    """A web page's table copied as text with a mark after each cell: a cell a line ending
    in "|", a row's last cell in "| |". The first row is the header; a later run of cells
    between row marks holds rows as wide as the header, or a cell merged down them first (a
    group: 按支付方式分类, then 直接支付 | 405,351 | 49, 授权支付 | 418,316 | 51)."""
    cells: list[str] = []
    ends: list[int] = []
    j = i
    while j < len(lines):
        match = _MARKED_CELL.fullmatch(lines[j].text.strip())
        if match is None:
            break
        cells.append(match.group("cell").strip())
        if match.group("end"):
            ends.append(len(cells))
        j += 1
    if not ends or len(cells) < 6:
        return None
    width = ends[0]
    if width < 2 or any(_is_number(c) for c in cells[:width]):
        return None
    rows: list[list[str]] = [cells[:width]]
    bounds = [*ends, *([len(cells)] if ends[-1] < len(cells) else [])]
    for a, b in itertools.pairwise(bounds):
        run = cells[a:b]
        if len(run) % width and (
            (len(run) - 1) % width or _is_number(run[0]) or _is_number(run[1])
        ):
            return None
        if len(run) % width:
            rows.append([run[0]])  # a group cell merged down its rows
            run = run[1:]
        for k in range(0, len(run), width):
            row = run[k : k + width]
            if _is_number(row[0]) or not any(_is_number(c) for c in row[1:]):
                return None
            rows.append(row)
    return _table(lines, i, j, rows, "cells"), j


# A web page's table copied as text with no marks at all: each cell on a line of its own, a
# cell merged over rows printed once (in the first of them).
_CELL_LINE = 30  # a cell's length at most
_HEADS = 8  # header cells at most


def _cell_column_table(lines: list[_Line], i: int) -> tuple[TextTable, int] | None:
    """Cells a line each, under a header of a cell a line whose first names the rows (项目,
    指标) and another a figure (目标任务, 完成). A row is a name followed by a figure; the
    table has as many columns as most rows fill (the header cells beyond are a group cell
    merged down the rows). A row with fewer cells lost those merged into the row above: its
    cells go to the columns only their kinds (figure or words, as the full rows show them)
    fit; a figure that fits more than one column is set apart in a column of its own, read
    as in no role. A page whose cells stand a paragraph each (a blank line between) is read
    the same, a cell printed blank (a line of spaces) a blank cell."""
    run, j = _cell_run(lines, i)
    heads = _column_heads(run)
    if heads is None:
        return None
    cells = run[len(heads) :]
    kinds = [_cell_kind(c) for c in cells]
    starts = [k for k in range(len(cells) - 1) if kinds[k] == "text" and kinds[k + 1] == "number"]
    if len(starts) < 2:
        return None
    spans = [
        (k, starts[n + 1] if n + 1 < len(starts) else len(cells)) for n, k in enumerate(starts)
    ]
    widths = [b - a for a, b in spans]
    width = max(set(widths), key=lambda w: (widths.count(w), w))
    if width < 3 or width > len(heads):
        return None
    rows: list[list[str]] = [[*heads[:width], ""]]
    rows += [[group] + [""] * width for group in heads[width:]]
    rows += [[c] + [""] * width for c in cells[: starts[0]] if c]  # groups before the first row
    full = [cells[a + 1 : b] for a, b in spans if b - a == width]
    fits = [{_cell_kind(r[c]) for r in full} | {"missing"} for c in range(width - 1)]
    for a, b in spans:
        values = cells[a + 1 : min(b, a + width)]
        row = [cells[a]] + _fitted(values, fits)
        rows.append(row)
        rows += [[c] + [""] * width for c in cells[a + width : b] if c]  # a group cell below
    if any(_cell_kind(r[0]) == "number" for r in rows[1:]):
        return None
    return _table(lines, i, j, rows, "cells"), j


def _cell_run(lines: list[_Line], i: int) -> tuple[list[str], int]:
    """The cells of lines from ``i`` on, a cell a line, and the line after the last: lines
    next to each other, or a paragraph each (every other line empty), where a line of spaces
    is a cell printed blank."""
    spaced = (
        i + 2 < len(lines)
        and lines[i + 1].text == ""
        and bool(lines[i + 2].text)
        and _is_cell_line(lines[i].text)
    )
    cells: list[str] = []
    j = i
    while j < len(lines):
        text = lines[j].text
        if spaced:
            if not text or (text.strip() and not _is_cell_line(text)):
                break
            if j + 1 < len(lines) and lines[j + 1].text:
                break  # two lines together: no longer a paragraph a cell
        elif not _is_cell_line(text):
            break
        cells.append(text.strip())
        j += 2 if spaced else 1
    end = j - 1 if spaced and cells else j
    return cells, min(end, len(lines))


def _column_heads(cells: list[str]) -> list[str] | None:
    """The header cells a run of cells begins with: words (a period such as 2024年1-4 among
    them), up to the first row's name, the cell before the first figure."""
    from gxreport.importers.layout import norm
    from gxreport.importers.words import FIGURE_ROLES

    heads: list[str] = []
    for k, text in enumerate(cells[:_HEADS]):
        if not text or len(text) > 12:
            break
        if re.search(r"[\d，。；;,:：|]", text) and _header_word(norm(text)) not in FIGURE_ROLES:
            break
        if k + 1 < len(cells) and _cell_kind(cells[k + 1]) == "number":
            break  # the first row's name
        heads.append(text)
    if len(heads) < 3 or _header_word(norm(heads[0])) != "name":
        return None
    if not any(_header_word(norm(h)) in FIGURE_ROLES for h in heads[1:]):
        return None
    return heads


def _is_cell_line(line: str) -> bool:
    text = line.strip()
    return (
        bool(text)
        and len(text) <= _CELL_LINE
        and "|" not in text
        and not _PROSE.search(text)
        and not text.endswith("。")  # a sentence (注:…。) after the table
    )


def _cell_kind(cell: str) -> str:
    if cell.strip() in _MISSING:
        return "missing"
    return "number" if _is_number(cell) else "text"


def _fitted(values: list[str], fits: list[set[str]]) -> list[str]:
    """A row's cells in the columns (and more, one for each figure whose column is not
    known): in order when the row is full; else each in the column every placement its
    kinds allow gives it."""
    width = len(fits)
    placements = [
        places
        for places in itertools.combinations(range(width), len(values))
        if all(_cell_kind(v) in fits[c] for v, c in zip(values, places, strict=True))
    ]
    row = [""] * (width + 1)
    for n, value in enumerate(values):
        columns = {places[n] for places in placements}
        if len(columns) == 1:
            row[columns.pop()] = value
        elif _cell_kind(value) == "number":
            row.append(value)  # set apart, each in a cell of its own, listed with why
    if not row[width] and len(row) > width + 1:
        row.pop(width)
    return row


def _is_rule(cells: list[str] | None) -> bool:
    return cells is not None and any(cells) and all(_PIPE_RULE.fullmatch(c) for c in cells if c)


# Whitespace-aligned tables: a row's cells stand apart by two or more spaces (or a tab).
_GAP = re.compile(r"\s{2,}|\t")


@dataclass(frozen=True)
class _Cell:
    text: str
    at: int  # display column of its first character
    to: int  # display column after its last


def _display(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _aligned_cells(line: str) -> list[_Cell]:
    cells = []
    pos = 0
    for part in _GAP.split(line.rstrip()):
        index = line.index(part, pos) if part else pos
        pos = index + len(part)
        if part.strip():
            at = _display(line[:index]) + _display(part) - _display(part.lstrip())
            cells.append(_Cell(part.strip(), at, _display(line[:index]) + _display(part)))
    return cells


def _is_number(cell: str) -> bool:
    text = unicodedata.normalize("NFKC", cell).strip()
    return text in _MISSING or bool(_CELL_NUMBER.fullmatch(text))


def _row_kind(line: str) -> Literal["data", "text", "blank", "prose"]:
    """data: a name and numbers apart by gaps; text: words apart by gaps (a header) or a lone
    fragment (a wrapped name, a group); prose: anything else."""
    if not line.strip():
        return "blank"
    cells = _aligned_cells(line)
    if any(_PROSE.search(c.text) for c in cells) or "|" in line:
        return "prose"
    if _UNIT_LINE.search(unicodedata.normalize("NFKC", cells[-1].text)):
        return "prose"  # a caption with its 单位, or the 单位 line: above the table
    numbers = sum(1 for c in cells if _is_number(c.text) and c.text not in _MISSING)
    if len(cells) >= 2 and numbers >= 1 and not _is_number(cells[0].text):
        return "data"
    if len(cells) >= 2 and numbers >= 2:
        return "data"  # a row whose name cell is empty (a 合计 under its label)
    if len(cells) >= 2 or (len(cells) == 1 and len(cells[0].text) <= 24):
        return "text"
    return "prose"


def _aligned_table(lines: list[_Line], i: int) -> tuple[TextTable, int] | None:
    """A block of aligned rows starting at line i: a header (rows of words apart by gaps),
    then at least two data rows (or one under a header); lone fragments between rows are a
    wrapped name."""
    if len(_aligned_cells(lines[i].text)) < 2:
        return None  # a table starts at its header or its first row, not at a lone line
    kinds: list[Literal["data", "text", "blank", "prose"]] = []
    at: list[int] = []  # the block's lines (blank lines between rows left out)
    j = i
    while j < len(lines):
        kind = _row_kind(lines[j].text)
        if kind == "blank":
            # Rows spaced apart (a PDF's cell padding): the table goes on where a row does.
            k = j
            while k < len(lines) and not lines[k].text.strip():
                k += 1
            if k < len(lines) and _continues(lines, k):
                j = k
                continue
            break
        if kind == "prose":
            break
        kinds.append(kind)
        at.append(j)
        j += 1
    j = at[-1] + 1 if at else j
    if "data" not in kinds:
        return None
    first_data = kinds.index("data")
    block = [_aligned_cells(lines[n].text) for n in at]
    header = [k for k in range(first_data) if len(block[k]) >= 2]
    if sum(1 for k in kinds if k == "data") < (1 if header else 2):
        return None
    # The block's columns: where the widest data rows put their cells.
    width = max(len(cells) for cells, k in zip(block, kinds, strict=True) if k == "data")
    if width < 2:
        return None
    head_rows = [block[k] for k in header]
    if head_rows and len(head_rows[-1]) >= width - 1:
        width = max(width, len(head_rows[-1]))
    full = [cells for cells, k in zip(block, kinds, strict=True) if len(cells) == width]
    columns = _columns(full, width)
    rows: list[list[str]] = []
    pending: list[str] = []  # fragments of a name printed above its row (a centred cell)
    # Where a wrapped name's rest goes: to the row above (a top-aligned cell) unless the block
    # starts with a fragment before its first data row (a vertically centred one).
    lead_fragment = any(
        kinds[k] == "text" and len(block[k]) == 1 and not _GROUP.match(block[k][0].text)
        for k in range(first_data)
    ) and not header[-1:] == [first_data - 1]
    for k, (cells, kind) in enumerate(zip(block, kinds, strict=True)):
        if kind == "text" and len(cells) == 1 and k > (header[-1] if header else -1):
            fragment = cells[0].text
            if _GROUP.match(fragment) or fragment.endswith(("：", ":")):
                rows.append([fragment] + [""] * (width - 1))
            elif lead_fragment:
                pending.append(fragment)
            elif rows and any(rows[-1][1:]):
                rows[-1][0] += fragment
            else:
                pending.append(fragment)
            continue
        row = _placed(cells, columns, width)
        if kind == "data" and pending:
            row[0] = "".join(pending) + row[0]
            pending = []
        rows.append(row)
    if pending:
        rows.append(["".join(pending)] + [""] * (width - 1))
    return _table(lines, i, j, rows, "aligned"), j


def _continues(lines: list[_Line], k: int) -> bool:
    """Whether line k, after blank lines, is a row of the table above: a row of figures, a
    row of several cells, or a lone fragment just over a row of figures."""
    kind = _row_kind(lines[k].text)
    if kind == "data" or (kind == "text" and len(_aligned_cells(lines[k].text)) >= 2):
        return True
    return kind == "text" and k + 1 < len(lines) and _row_kind(lines[k + 1].text) == "data"


def _columns(full: list[list[_Cell]], width: int) -> list[tuple[int, int]]:
    """Each column's extent in display columns, from the rows that fill every column."""
    if not full:
        return [(k, k + 1) for k in range(width)]
    return [(min(r[k].at for r in full), max(r[k].to for r in full)) for k in range(width)]


def _placed(cells: list[_Cell], columns: list[tuple[int, int]], width: int) -> list[str]:
    """A row's cells in the block's columns: in order when it fills them all, else each cell
    in the column it overlaps most (nearest when it overlaps none)."""
    if len(cells) >= width:
        return [c.text for c in cells[: width - 1]] + [" ".join(c.text for c in cells[width - 1 :])]
    row = [""] * width
    for n, cell in enumerate(cells):

        def fit(k: int, cell: _Cell = cell) -> tuple[int, int]:
            lo, hi = columns[k]
            overlap = min(hi, cell.to) - max(lo, cell.at)
            centre = abs((lo + hi) - (cell.at + cell.to))
            return (overlap, -centre)

        k = 0 if n == 0 and not _is_number(cell.text) else max(range(width), key=fit)
        row[k] = (row[k] + " " + cell.text).strip() if row[k] else cell.text
    return row


# Tables as PDF-to-text gives them without its layout: a row's cells one space apart, a name
# wrapped onto the next line, the header's cells broken over lines in no column order.
_SPACED_YEAR = re.compile(r"(?<=\d) (?=[年月])")  # 2020 年目标值: one header word
_SPACED_HEADS = 4  # header lines at most above a block of rows
_YEAR_START = re.compile(r"(?<=[\u4e00-\u9fff])(?=(?:19|20)\d{2}年)")


def _spaced_tokens(line: str) -> list[str]:
    return _SPACED_YEAR.sub("", unicodedata.normalize("NFKC", line).strip()).split()


def _spaced_row(line: str) -> list[str] | None:
    """A row of a table whose cells stand one space apart: a row number or not, a name, then
    two figures or more (and short words, such as 完成 in a 完成情况 column)."""
    if _PROSE.search(line) or "|" in line or len(line) > 120:
        return None
    tokens = _spaced_tokens(line)
    first = 1 if len(tokens) > 1 and re.fullmatch(r"\d{1,3}", tokens[0]) else 0
    if len(tokens) - first < 3 or _is_number(tokens[first]):
        return None
    if not re.search(r"[\u4e00-\u9fff]", tokens[first]):
        return None
    values = tokens[first + 1 :]
    if sum(1 for v in values if _is_number(v) and v not in _MISSING) < 2:
        return None
    if any(len(v) > 24 or (not _is_number(v) and _SENTENCE.search(v)) for v in values):
        return None
    return tokens


def _header_word(token: str) -> str | None:
    from gxreport.importers.layout import norm
    from gxreport.importers.words import column_role

    word = column_role(norm(token))
    return word.role if word is not None else None


def _spaced_head(line: str) -> list[str] | None:
    """A header line above such rows: words only, one of them a header's (本报告期, 上年同期,
    增减(%), 2020年目标值)."""
    if not line.strip() or "|" in line or _PROSE.search(line) or _UNIT_LINE.search(line):
        return None
    tokens = _spaced_tokens(line)
    if any(_is_number(t) for t in tokens) or not any(_header_word(t) for t in tokens):
        return None
    return tokens


def _spaced_table(lines: list[_Line], i: int, floor: int) -> tuple[TextTable, int] | None:
    """Rows whose cells stand one space apart, starting at line i, under the header lines
    just above them; a lone fragment after a row is the rest of its name. A second header
    below ends the table (the next one starts there)."""
    first = _spaced_row(lines[i].text)
    if first is None:
        return None
    width = len(first)
    heads: list[list[str]] = []
    k = i - 1
    while k >= floor and len(heads) < _SPACED_HEADS:
        head = _spaced_head(lines[k].text)
        if head is None:
            break
        heads.insert(0, head)
        k -= 1
    rows: list[list[str]] = [first]
    j = i + 1
    while j < len(lines):
        row = _spaced_row(lines[j].text)
        if row is not None and len(row) == width:
            rows.append(row)
            j += 1
            continue
        text = lines[j].text.strip()
        if (
            row is None
            and text
            and " " not in text
            and len(text) <= 16
            and not _PROSE.search(text)
            and not _is_number(text)
            and _header_word(text) is None
        ):
            at = 1 if re.fullmatch(r"\d{1,3}", rows[-1][0]) else 0
            rows[-1][at] += text  # the name's rest (归属于上市公司股 / 东的净资产)
            j += 1
            continue
        break
    if len(rows) < (1 if heads else 2):
        return None
    header = _spaced_header(heads, rows)
    table_rows = ([header] if header else []) + rows
    table = _table(lines, i - len(heads), j, table_rows, "aligned")
    above = i - len(heads) - 1
    while above >= floor and not lines[above].text.strip():
        above -= 1
    if above < floor:  # the line above is the last table's: no caption of this one
        table = replace(table, unit="", caption="")
    return table, j


def _spaced_header(heads: list[list[str]], rows: list[list[str]]) -> list[str] | None:
    """The header's cells over the rows' columns: a line of as many words as the columns
    (or all but the name's), or lines of as many words each, joined per column. Words broken
    over lines in no column order (本报告期末比上年度末 / 本报告期末 上年度末 / 增减(%)) are
    placed only where they name the three columns of a comparison with last year and the
    rows' figures say which is which (``_compared``); else the table has no header and its
    numbers are listed."""
    width = len(rows[0])
    name_at = 1 if all(re.fullmatch(r"\d{1,3}", r[0]) for r in rows) else 0
    if not heads:
        return None
    # A year that starts a header word may stand glued to the word before it (指标名称2020年
    # 目标值, a space closed with the others between a word and a figure).
    by_year = [[part for t in h for part in _YEAR_START.split(t)] for h in heads]
    for words in (heads, by_year):
        if all(len(h) == len(words[0]) for h in words) and len(words[0]) in (width, width - 1):
            cells = ["".join(parts) for parts in zip(*words, strict=True)]
            return cells if len(cells) == width else ["", *cells]
    roles = {_header_word(t): t for h in reversed(heads) for t in h}
    columns = width - name_at - 1
    wanted = {"actual", "last_year", "yoy"}
    if columns != 3 or not wanted <= set(roles):
        return None
    order = _compared(rows, name_at + 1)
    if order is None:
        return None
    header = [""] * width
    for role, column in zip(("actual", "last_year", "yoy"), order, strict=True):
        header[column] = roles[role]
    return header


def _compared(rows: list[list[str]], start: int) -> tuple[int, int, int] | None:
    """Which of three columns is this period, last year and the change in %: the one order in
    which, on every row that prints all three (two rows at least), the change is
    (this − last) / last × 100 to the digits it prints."""
    found: list[tuple[int, int, int]] = []
    for order in itertools.permutations(range(start, start + 3)):
        checked = 0
        for row in rows:
            values = [_number(row[c]) for c in order]
            if any(v is None or v[1] not in ("", "%") for v in values):
                continue
            now, last, change = (v[0] for v in values if v is not None)
            if last == 0:
                continue
            exponent = Decimal(1).scaleb(change.as_tuple().exponent)  # type: ignore[arg-type]
            if abs((now - last) / last * 100 - change) > exponent / 2:
                break
            checked += 1
        else:
            if checked >= 2:
                found.append((order[0], order[1], order[2]))
    return found[0] if len(found) == 1 else None


# ── the figures of a table ──────────────────────────────────────────────────


def _number(cell: str) -> tuple[Decimal, str] | None:
    """A cell's number (separators dropped, 万/亿 kept as a suffix) and its trailing mark."""
    text = unicodedata.normalize("NFKC", cell).strip().replace("−", "-")
    match = _CELL_NUMBER.fullmatch(text)
    if match is None:
        return None
    try:
        return Decimal(match.group("num").replace(",", "")), match.group("tail") or ""
    except InvalidOperation:
        return None


def grid_of(table: TextTable) -> tuple[Grid, int]:
    """The table as a sheet's grid, numbers as exact decimals (separators dropped, the printed
    digits kept), its caption and 单位 line above it where import's layout reads a title and a
    unit; and the grid row the table's first row is at."""
    from gxreport.importers.sheet import Grid

    rows: list[list[str | Decimal]] = []
    if table.caption:
        rows.append([table.caption])
    if table.unit:
        rows.append([f"单位：{table.unit}"])
    offset = len(rows)
    for cells in table.rows:
        row: list[str | Decimal] = []
        for cell in cells:
            text = unicodedata.normalize("NFKC", cell).strip()
            number = _number(text)
            row.append(number[0] if number is not None and number[1] in ("", "%") else text)
        rows.append(row)
    return Grid(f"表{table.number}", rows), offset


def figures_of(table: TextTable) -> list[TableFigure]:
    """Every number of the table with its row's name and its column's role, read by import's
    layout logic (header words, units, groups, 其中 parts, 合计 rows, league tables); numbers in
    no role (a table without a header it recognises, a skipped column, a row without a name)
    with role None and why."""
    from gxreport.importers.layout import norm, rank_position, recognise

    grid, offset = grid_of(table)
    try:
        layout = recognise(grid, f"表{table.number}")
    except SnapshotError:
        why = "no header naming the columns (指标, 1-6月, 同比增长% …)"
        return [_unplaced(table, r, c, why) for r, c in _numbers(table)]
    unit_all = layout.unit_note or table.unit
    out: list[TableFigure] = []
    placed: set[tuple[int, int]] = set()

    def add(
        name: str,
        role: str,
        figure: Figure,
        unit: str,
        total_of: tuple[str, ...] = (),
        whole_of: tuple[str, ...] = (),
        **more: str | None,
    ) -> None:
        row, column = _ref(figure.ref)
        row -= offset
        if not (0 <= row < len(table.rows) and 0 <= column < len(table.rows[row])):
            return
        printed = unicodedata.normalize("NFKC", table.rows[row][column]).strip()
        value = _value(printed)
        if role == "rank":  # 第一, 第3位: the place as a number; 1,234.5 is no place
            position = rank_position(printed) if value is None or value.isdigit() else None
            value = str(position) if position else None
        points = _POINTS.fullmatch(printed) if role == "yoy" and value is None else None
        if points:  # a rate's change in a growth column: 增加1.30个百分点
            role, value, unit = "yoy_change", points.group("num"), "个百分点"
        elif role == "yoy" and "百分点" in figure.column.header:
            role, unit = "yoy_change", "个百分点"  # 增减百分点: a share's change
        if value is None:
            return  # words in a figure column (（分行业）, 已完成): no figure
        placed.add((row, column))
        if role in ("completion", "yoy", "share") or (
            role == "schedule_gap" and printed.endswith("%")
        ):
            unit = "%"
        elif role in ("rank", "schedule_gap"):
            unit = ""
        header = figure.column.header
        out.append(
            TableFigure(
                name, role, printed, value, unit, row, column, header, table.number,
                more.get("group") or "", more.get("part_of"), total_of,
                entity=more.get("entity") or "", share_of=more.get("share_of") or "",
                whole_of=whole_of,
            )
        )  # fmt: skip

    if layout.league is not None:
        units = {m.name: m.unit for m in layout.league.measures}
        wholes = [id(e) for e in layout.league.wholes]
        places = tuple(e.name for e in layout.league.entities)
        for entity in [*layout.league.entities, *layout.league.wholes]:
            for measure, figures in entity.figures.items():
                for role, figure in figures.items():
                    unit = figure.column.unit or units.get(measure) or unit_all or ""
                    # The whole of the places (全市, a row summing the rest) is the report's own,
                    # unless the report is one of the places (its reader says: tables.py).
                    sums = id(entity) in wholes
                    place = "" if sums else entity.name
                    of = (entity.name, *places) if sums else ()
                    add(measure, role, figure, unit, whole_of=of, entity=place)
    names_head = norm(layout.columns[0].header) if layout.columns else ""
    composed = _COMPOSED.fullmatch(names_head)
    for line in layout.lines:
        parent = layout.lines[line.part_of].name if line.part_of is not None else None
        name = line.name
        word = _OF_WHOLE.search(composed[1]) if composed else None
        if word and not name.endswith(word.group()):
            name += word.group()  # 基本支出 in 用款计划额度构成: 基本支出额度
        # A table or section of GDP by industry (its caption, or a numbered heading above its
        # header: 1、本地生产总值), or its composition (本地生产总值构成, 第三产业增加值构成).
        about = [
            _GDP_CAPTION.fullmatch(unicodedata.normalize("NFKC", c))
            for c in (table.caption, line.group)
        ]
        if any(about) or _part_of_gdp(layout.lines, line.part_of):
            name = value_added(name)
        whole = next((m.group("whole") for m in about if m and m.group("of")), "")
        # A share's whole: the row its header names, the total of its block, else the row it
        # is a part of (结构% of 批发零售贸易业 under 社会消费品零售总额).
        share_of = layout.lines[line.share_of].name if line.share_of is not None else parent or ""
        for role, figure in line.figures.items():
            if role in ("name", "unit", "skip"):
                continue
            unit = figure.column.unit or line.unit or unit_all or ""
            if whole and role == "actual" and unit in ("%", ""):
                # The parts of a composition are shares of its whole; the whole's own (100)
                # is no figure of it. A share in GDP's is of GDP; a part's share in another
                # whole's (第三产业增加值构成) may be of GDP too, as a bureau prints it: of
                # no whole said.
                if _GDP.fullmatch(name) or name == whole:
                    continue
                role, unit = "share", "%"
                share_of = whole if _GDP.fullmatch(whole) else ""
            totals = tuple(layout.lines[k].name for k in line.totals or ())
            add(
                name, role, figure, unit, totals, group=line.group, part_of=parent,
                share_of=share_of if role == "share" else "",
            )  # fmt: skip
    skipped = {c.index: c for c in layout.skipped}
    first = layout.header_rows[1] - offset
    for r, c in _numbers(table):
        if r <= first or (r, c) in placed:
            continue
        if c in skipped:
            why = skipped[c].why or f"a column skipped: “{skipped[c].header}”"
        else:
            why = "a figure no row or column of the table gives a role"
        out.append(_unplaced(table, r, c, why, first))
    return sorted(out, key=lambda f: (f.row, f.column))


# A table whose names' header says it is a composition (用款计划额度构成 | 额度 | 比例%): each row
# is a part of that whole, named with the whole's measure (基本支出额度). Its 比例 is of a whole
# the table does not print, which the prose may name otherwise: of no whole said.
_COMPOSED = re.compile(r"(.{2,16}?)(?:的)?构成")
_OF_WHOLE = re.compile(r"(?:额度|资金|经费|收入|支出|投资|总产值|产值|增加值)$")
# A table of GDP by industry: 表2—1 全市地区生产总值, 2023年全县地区生产总值及其增长速度; or
# of its composition alone, shares only (本地生产总值构成, 第三产业增加值构成).
_GDP_CAPTION = re.compile(
    r"(?:表\s*[\d—\-.]+\s*)?(?:(?:19|20)\d{2}年(?:度)?)?"
    r"(?:全[省市州区县]|本地|[\u4e00-\u9fff]{2,6}[省市州区县])?"
    r"\s*(?P<whole>(?:地区|国内|本地)?生产总值(?:\(?GDP\)?)?|第[一二三]产业增加值)"
    r"(?:及其?(?:增长速度|增速|构成)|(?P<of>构成))?"
)
_GDP = re.compile(r"(?:地区|国内|本地)?生产总值(?:\(?GDP\)?)?|GDP")
# An industry as the parts of GDP name it: 第一产业, 工业, 交通运输、仓储和邮政业.
_INDUSTRY = re.compile(r"[\u4e00-\u9fff、]{1,16}(?:产业|业)")


def _part_of_gdp(lines: Sequence[Line], index: int | None) -> bool:
    seen: set[int] = set()
    while index is not None and index not in seen:
        seen.add(index)
        if _GDP.fullmatch(lines[index].name):
            return True
        index = lines[index].part_of
    return False


def industry(name: str) -> bool:
    """Whether ``name`` is an industry as tables print one (医药制造业, 电力、热力生产和供应业)."""
    return bool(_INDUSTRY.fullmatch(name))


def value_added(name: str) -> str:
    """A part of GDP is an industry's value added: 工业 under 地区生产总值 is 工业增加值 (a
    statistics office prints the industry alone in its GDP table, 增加值 in its prose)."""
    return name + "增加值" if _INDUSTRY.fullmatch(name) else name


# A rate's change as a growth column of a financial table prints it: 增加1.30个百分点.
_POINTS = re.compile(
    r"(?:增加|提高|上升|减少|下降|降低)?\s*(?P<num>[+\-]?\d+(?:\.\d+)?)\s*个?百分点"
)


def _value(printed: str) -> str | None:
    """A printed number for a snapshot: separators and a % dropped, 万/亿 kept."""
    number = _number(printed)
    if number is None:
        return None
    text = format(number[0], "f")
    return text + number[1] if number[1] in ("万", "亿") else text


def _numbers(table: TextTable) -> Iterator[tuple[int, int]]:
    for r, cells in enumerate(table.rows):
        for c, cell in enumerate(cells):
            if _value(cell) is not None:
                yield r, c


def _unplaced(table: TextTable, r: int, c: int, why: str, head: int = -1) -> TableFigure:
    """A number placed nowhere; ``head``: the table's (last) header row, where it has one."""
    cells = table.rows[r]
    header = table.rows[head][c] if 0 <= head < r and c < len(table.rows[head]) else ""
    printed = unicodedata.normalize("NFKC", cells[c]).strip()
    return TableFigure(
        cells[0].strip() if c > 0 else "",
        None,
        printed,
        _value(printed) or printed,
        "",
        r,
        c,
        header,
        table.number,
        why=why,
    )


def _ref(ref: str) -> tuple[int, int]:
    """A cell's row and column from its reference (C5); (-1, -1) for none."""
    from gxreport.importers.sheet import _parse_ref

    return _parse_ref(ref) or (-1, -1)


# ── the printed rates of a report ───────────────────────────────────────────

# A rate as a report prints it: 57.65%, 4.8％, 超序时进度6.6个百分点.
_RATE = re.compile(r"\d(?:[\d,]*\d)?(?:\.\d+)?\s*(?:%|％|个百分点|百分点)")
RATE_ROLES = frozenset({"completion", "yoy", "share", "schedule_gap"})


def printed_rates(document: Document) -> int:
    """How many rates the report prints, in its prose and its tables: what `check` of the
    report can at most judge, and so what its account of what it checked is out of. A table's
    rate is a figure in a rate column (同比增长%, 完成率%), whose cells print no % sign."""
    text = document.text
    count = 0
    for table in sorted(document.tables, key=lambda t: t.start, reverse=True):
        text = text[: table.start] + "\n" + text[table.end :]
        figures = figures_of(table)
        if not any(f.role for f in figures):  # read as sentences: its rates print their %
            count += sum(len(_RATE.findall(cell)) for row in table.rows for cell in row)
            continue
        for f in figures:
            if f.role in RATE_ROLES or (
                f.role is None and re.search(r"%|％|百分点|率|增长|增速", f.header)
            ):
                count += 1
    return count + len(_RATE.findall(text))


# ── Word and PDF ────────────────────────────────────────────────────────────


@dataclass
class Document:
    """A report's text with its tables taken out: each table's span is the empty place in
    the text where it stood."""

    text: str
    tables: list[TextTable] = field(default_factory=list)


def _as_is(text: str) -> str:
    return text


def read_docx(path: Path, clean: Callable[[str], str] = _as_is) -> Document:
    """A Word report: its paragraphs and tables in the order the body holds them, a merged
    cell's text once; ``clean`` is applied to each paragraph and cell (extract's one script
    and one set of digits)."""
    from gxreport.importers.word import open_document

    document = open_document(path)  # the docx extra, and every failure said at the file
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    parts: list[str] = []
    tables: list[TextTable] = []
    offset = 0
    caption = ""
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            paragraph = clean(block.text)
            parts.append(paragraph)
            offset += len(paragraph) + 2
            if paragraph.strip():
                caption = paragraph.strip()
            continue
        assert isinstance(block, Table)
        rows = tuple(tuple(clean(cell) for cell in row) for row in _word_rows(block))
        if rows:
            unit, title = _caption_unit(caption)
            tables.append(TextTable(rows, "word", offset, offset, 0, unit, title, len(tables) + 1))
        parts.append("")
        offset += 2
        caption = ""
    return Document("\n\n".join(parts), tables)


def _word_rows(table: object) -> tuple[tuple[str, ...], ...]:
    """A Word table's rows; a cell merged across columns or rows is read once (its copies
    blank), so that its figure is not counted twice."""
    from docx.table import Table

    assert isinstance(table, Table)
    rows = []
    seen: set[object] = set()  # the cells' XML elements (kept alive, so compared as they are)
    for row in table.rows:
        cells = []
        for cell in row.cells:
            element = cell._tc
            cells.append("" if element in seen else cell.text.strip().replace("\n", ""))
            seen.add(element)
        rows.append(tuple(cells))
    return tuple(rows)


def _caption_unit(line: str) -> tuple[str, str]:
    """The unit and the caption a line above a table gives (表1 主要指标（单位：亿元）)."""
    text = unicodedata.normalize("NFKC", line).strip()
    match = _UNIT_LINE.search(text)
    if match:
        rest = text[: match.start()].strip()
        return match.group("unit"), rest if _is_caption(rest) else ""
    return "", text if _is_caption(text) else ""


def _is_caption(line: str) -> bool:
    """A short line without a sentence's punctuation: a table's title."""
    return 0 < len(line) <= 40 and not _SENTENCE.search(line) and "|" not in line


def read_pdf(path: Path, clean: Callable[[str], str] = _as_is) -> Document:
    """A PDF report's text and its ruled tables (pdfplumber, the ``pdf`` extra), page by page
    in reading order. Its text is laid out from the characters' positions, so that a table
    drawn without rules comes through aligned by spaces and is found by ``tables_in_text``;
    ``clean`` is applied to each piece of text and each cell."""
    from gxreport.render import require_extra

    require_extra("pdfplumber", "pdf", "reading a .pdf report")
    from gxreport.inputs import check_readable

    check_readable(path)
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psparser import PSException
    from pdfplumber.utils.exceptions import PdfminerException

    parts: list[str] = []
    tables: list[TextTable] = []
    offset = 0

    def add(chars: list[dict[str, object]]) -> None:
        nonlocal offset
        text = clean(_laid_out(chars))
        if text:
            parts.append(text)
            offset += len(text) + 1

    try:
        with pdfplumber.open(str(path)) as pdf:
            for page in pdf.pages:
                found = sorted(page.find_tables(), key=lambda t: t.bbox[1])
                chars = page.chars
                for table in found:
                    x0, top, x1, bottom = table.bbox
                    add([c for c in chars if _below(c) <= top])
                    # The table's own characters are read through its cells.
                    chars = [c for c in chars if _top(c) >= bottom]
                    rows = tuple(
                        tuple(clean((cell or "").replace("\n", "")).strip() for cell in row)
                        for row in table.extract()
                    )
                    caption = parts[-1].rsplit("\n", 1)[-1].strip() if parts else ""
                    unit, title = _caption_unit(caption)
                    tables.append(TextTable(rows, "pdf", offset, offset, 0, unit, title))
                add(chars)
    except (PdfminerException, PDFSyntaxError, PSException, OSError, ValueError) as exc:
        reason = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        raise SnapshotError(
            Problem(f"cannot be read as a PDF: {reason}", file=printable(str(path)))
        ) from None
    text = "\n".join(parts)
    # Tables drawn without rules come through the text, aligned by spaces.
    every = sorted([*tables, *tables_in_text(text)], key=lambda t: (t.start, t.end))
    return Document(text, [_numbered(t, n) for n, t in enumerate(every, 1)])


def _top(char: dict[str, object]) -> float:
    value = char["top"]
    assert isinstance(value, (int, float))
    return float(value)


def _below(char: dict[str, object]) -> float:
    value = char["bottom"]
    assert isinstance(value, (int, float))
    return float(value)


def _laid_out(chars: list[dict[str, object]]) -> str:
    """Characters as lines of text: a line is the characters at one height, left to right;
    a gap wider than a character becomes spaces up to where the next one stands (in half a
    character's width, the width a Chinese character counts two of), so that columns stay
    apart by two or more; a gap between lines wider than a line, a blank line."""
    if not chars:
        return ""
    ordered = sorted(chars, key=lambda c: (round(_top(c)), float(c["x0"])))  # type: ignore[arg-type]
    lines: list[list[dict[str, object]]] = []
    for char in ordered:
        if lines and abs(_top(char) - _top(lines[-1][0])) < 0.5 * _size(lines[-1][0]):
            lines[-1].append(char)
        else:
            lines.append([char])
    left = min(float(c["x0"]) for c in chars)  # type: ignore[arg-type]
    out: list[str] = []
    previous_bottom: float | None = None
    for line in lines:
        line.sort(key=lambda c: float(c["x0"]))  # type: ignore[arg-type]
        size = max(_size(c) for c in line)
        half = size / 2
        if previous_bottom is not None and _top(line[0]) - previous_bottom > size:
            out.append("")
        previous_bottom = max(_below(c) for c in line)
        text = ""
        end: float | None = None
        for char in line:
            x0 = float(char["x0"])  # type: ignore[arg-type]
            glyph = str(char["text"])
            if end is not None and x0 - end > size * 0.9:
                column = round((x0 - left) / half)
                text += " " * max(2, column - _display(text))
            elif end is None:
                text += " " * round((x0 - left) / half)
            text += glyph
            end = float(char["x1"])  # type: ignore[arg-type]
        out.append(text.rstrip())
    indent = min((len(x) - len(x.lstrip()) for x in out if x.strip()), default=0)
    return "\n".join(x[indent:] for x in out).strip("\n")


def _size(char: dict[str, object]) -> float:
    value = char.get("size") or 10.0
    assert isinstance(value, (int, float))
    return float(value) or 10.0
