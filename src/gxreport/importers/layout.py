"""How a table is laid out: its header, its columns' roles and its rows (DESIGN.md §8).

``recognise(grid, source)`` is the one entry point, shared by every reader of tables: `import`
hands it a sheet; `extract` hands it the tables it finds in a report's text, a .docx or a
.pdf. It takes a ``Grid`` (rows of cells: text or exact decimals) and returns a ``Layout``: the
header rows found by scoring, each column's role (from the header words of
``gxreport.importers.words``), the recognised rows with their group, unit, parts and totals,
every figure with the cell it came from, and every cell it could not place. A table whose rows
are places (县、区、开发区) is a league table: ``Layout.league`` then holds its measures and
entities. Nothing here writes a snapshot; ``gxreport.importers.sheet`` does.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import TYPE_CHECKING

from gxreport.errors import Problem, SnapshotError
from gxreport.importers.numerals import zh_int
from gxreport.importers.words import (
    ENTITY,
    FIGURE_ROLES,
    GROUP_NUMBER,
    MONTH_ALONE,
    NOTE,
    OFFICE,
    PARTS_CUE,
    PLACE_HEADER,
    QUALIFIER,
    TOTAL,
    UNIT_IN_PARENS,
    UNIT_NOTE,
    WHOLE,
    ColumnRole,
    HeaderWord,
    column_role,
)
from gxreport.units import parse_unit

if TYPE_CHECKING:
    from gxreport.importers.sheet import Grid

Cell = str | Decimal
MISSING = frozenset({"", "—", "-", "--", "——", "…", "...", "……", "/", "－", "–", "―", "\\", "×"})
HEADER_SEARCH = 30  # rows looked at for the header
HEADER_ROWS = 5  # rows one header may take
LEAGUE_SAMPLE = 400  # rows looked at to tell a league table
_NUMBER_TEXT = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)\s*(?:%|％|万|亿|个百分点)?")
_FIGURE_WITH_RANK = re.compile(
    r"(?P<value>[+-]?(?:\d+(?:\.\d*)?|\.\d+)%?)\s*[（(]\s*(?P<rank>\d+)\s*[)）]"
)


@lru_cache(maxsize=8192)
def norm(text: str) -> str:
    """A header or name as it is matched: NFKC, no spaces or line breaks."""
    if text.isascii():
        return "".join(text.split())
    return "".join(unicodedata.normalize("NFKC", text).split())


def text_of(cell: Cell) -> str:
    return cell.strip() if isinstance(cell, str) else format(cell, "f")


def cell_ref(row: int, col: int) -> str:
    return f"{_letters(col)}{row + 1}"


@lru_cache(maxsize=1024)
def _letters(col: int) -> str:
    letters = ""
    col += 1
    while col:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def is_missing(cell: Cell) -> bool:
    return isinstance(cell, str) and norm(cell) in MISSING


def looks_numeric(cell: Cell) -> bool:
    return isinstance(cell, Decimal) or bool(_NUMBER_TEXT.fullmatch(norm(cell)))


@dataclass(frozen=True)
class Column:
    index: int
    role: ColumnRole
    header: str  # the header as printed, rows joined
    ref: str  # the header's cell
    unit: str | None = None  # a unit the header states
    why: str = ""  # a skipped column: what it holds
    measure: str = ""  # a league table: the indicator this column is a figure of
    top: str = ""  # the upper header rows over this column, when there are several
    year: int | None = None  # the year over this column's block (2008 | 2009)


def _skip(col: Column, why: str) -> Column:
    """``col`` named as skipped, saying why."""
    return Column(col.index, "skip", col.header, col.ref, None, why)


@dataclass(frozen=True)
class Figure:
    """One figure as found: the cell's value and where it is."""

    value: Cell
    ref: str
    column: Column


@dataclass
class Line:
    """One recognised row of an indicator table."""

    name: str
    ref: str
    group: str
    unit: str
    figures: dict[ColumnRole, Figure]
    part_of: int | None = None  # the line this is a 其中 part of
    period: str = ""  # the header of its year-to-date column (1-5月累计), for its own as_of
    share_of: int | None = None  # the line its printed share is of
    parts_block: int = 0  # the 其中 block it is a part in
    totals: list[int] | None = None  # a 合计 row: the lines it totals
    total_row: bool = False


@dataclass(frozen=True)
class Measure:
    """A league table's indicator: its name, unit and columns by role."""

    name: str
    unit: str
    columns: dict[ColumnRole, Column]
    aliases: tuple[str, ...] = ()  # the headers it was read from, to match -i against
    more_ranks: tuple[Column, ...] = ()  # a place by another figure (位次 of 数量 and of 增长率)


@dataclass
class Entity:
    name: str
    ref: str
    figures: dict[str, dict[ColumnRole, Figure]]  # measure name → role → figure
    more_ranks: dict[str, list[Figure]] = field(default_factory=dict)  # measure → places


@dataclass
class League:
    measures: list[Measure]
    entities: list[Entity]
    wholes: list[Entity]  # 全市, 合计: the whole of the entities, not one of them


@dataclass
class Layout:
    source: str
    sheet: str
    title: str | None
    title_ref: str | None
    header_rows: tuple[int, int]  # first and last header row
    columns: list[Column]  # the columns with a figure role, the name and the unit
    skipped: list[Column]  # columns named as skipped, with why
    lines: list[Line]
    unplaced: list[str]
    notes: list[str]
    unit_note: str | None  # a table-wide unit (单位：万元)
    period_texts: list[str]  # headers that may hold the period (1-6月)
    league: League | None = None
    found: list[str] = field(default_factory=list)  # what was seen, for a refusal
    units_note: str | None = None  # the units a note lists (个、万元), as printed


# ── the header ──────────────────────────────────────────────────────────────


def _row_texts(row: list[Cell]) -> list[str]:
    return [text_of(c) for c in row]


def _header_score(row: list[Cell]) -> int:
    texts = [norm(t) for t in _row_texts(row)]
    filled = [t for t in texts if t]
    if len(filled) < 2:
        return -1
    numbers = sum(1 for c in row if not is_missing(c) and text_of(c) and looks_numeric(c))
    if numbers * 2 >= len(filled):
        return -1
    score = 0
    for t in filled:
        word = column_role(t)
        if word is None:
            continue
        score += 2 if word.role in FIGURE_ROLES else 1
    return score - 2 * numbers


def _text_row(row: list[Cell]) -> bool:
    """A row of words only (a header row, not a row of figures)."""
    return not any(
        text_of(c) and not is_missing(c) and looks_numeric(c) and not _yearish(c) for c in row
    )


def _yearish(cell: Cell) -> bool:
    if isinstance(cell, Decimal):
        return 1990 <= cell <= 2100 and cell == int(cell)
    return bool(_YEAR.fullmatch(norm(cell)))


_YEAR = re.compile(r"(?:19|20)\d{2}年?")


@dataclass(frozen=True)
class _Header:
    first: int
    last: int
    labels: list[tuple[str, str, str]]  # per column: (upper rows, lowest row, joined), as printed
    units: list[str | None]  # a row of units under the header: (亿元) | (%)
    years: list[int | None]  # a year over a block of columns: 2008 | 2009


def _find_header(grid: Grid, source: str) -> _Header:
    best, best_row = 0, -1
    for r, row in enumerate(grid.rows[:HEADER_SEARCH]):
        score = _header_score(row)
        if score > best:
            best, best_row = score, r
    if best_row < 0 or best < 2:
        _refuse_series(grid, source)
        raise SnapshotError(
            Problem(
                "no header row found: looked in the first "
                f"{HEADER_SEARCH} rows for a row naming the columns — the indicator (指标, "
                "指标名称, 项目, 地区) beside figures (1-6月, 本年累计, 上年同期, 同比增长%, "
                "全年目标, 年度计划, 完成率%, 比序时进度±, 排名); add such a header row above "
                "the figures" + _seen(grid),
                file=source,
            )
        )
    return _header_at(grid, best_row)


def _header_at(grid: Grid, best_row: int) -> _Header:
    """The header whose main row is ``best_row``, with the rows of sub-headers or units below
    it and of block names or years above it that belong to it (three rows at most)."""
    rows = grid.rows
    width = max((len(r) for r in rows[max(0, best_row - 2) : best_row + 3]), default=0)

    def padded(r: int) -> list[str]:
        texts = _row_texts(rows[r]) if 0 <= r < len(rows) else []
        return texts + [""] * (width - len(texts))

    # Up to five rows: block names, indicator names, the offices answering for them, roles,
    # units; English rows of a bilingual yearbook are passed over.
    taken = [best_row]
    english: list[int] = []
    below = best_row + 1
    while len(taken) < HEADER_ROWS and below < len(rows):
        if _english(rows[below]):
            english.append(below)
        elif _text_row(rows[below]) and _is_sub(padded(taken[-1]), padded(below)):
            taken.append(below)
        else:
            break
        below += 1
    above = best_row - 1
    while len(taken) < HEADER_ROWS and above >= 0:
        if _english(rows[above]):
            english.append(above)
        elif _header_over(rows[above]) and _is_sub(padded(above), padded(taken[0])):
            taken.insert(0, above)
        else:
            break
        above -= 1
    texts = [padded(r) for r in taken]
    carried = [""] * len(texts)
    labels: list[tuple[str, str, str]] = []
    units: list[str | None] = []
    years: list[int | None] = []
    for c in range(width):
        parts: list[str] = []
        for k, row_texts in enumerate(texts):
            t = row_texts[c]
            below_text = any(texts[j][c] for j in range(k + 1, len(texts)))
            if t:
                carried[k] = t
            elif below_text and carried[k]:
                t = carried[k]  # a merged cell over several sub-headers
            else:
                carried[k] = ""
            parts.append(t)
        unit = year = None
        kept = []
        for k, t in enumerate(parts):
            bare = norm(t).strip("()（）")
            word = column_role(norm(t)) if t else None
            if t and k > 0 and _is_unit(bare):
                unit = bare
            elif (
                t
                and _YEAR.fullmatch(norm(t))
                and any(p and not _is_unit(norm(p).strip("()（）")) for p in parts[k + 1 :])
            ):
                year = int(norm(t)[:4])
            elif t and k < len(parts) - 1 and word is not None and word.why == OFFICE:
                continue  # the office answering for a block of columns
            elif t:
                kept.append(t)
        # The row nearest the roles names the indicator; rows farther up name its block.
        upper = kept[-2] if len(kept) > 1 else ""
        lower = kept[-1] if kept else ""
        labels.append((upper, lower, upper + lower))
        units.append(unit)
        years.append(year)
    last = max([taken[-1], *(r for r in english if r > taken[-1] and r == taken[-1] + 1)])
    return _Header(taken[0], last, labels, units, years)


def _english(row: list[Cell]) -> bool:
    """A row of a bilingual yearbook's header in English (Amount | Rank | Growth Rate)."""
    texts = [text_of(c) for c in row if text_of(c)]
    return bool(texts) and all(t.isascii() and re.search("[A-Za-z]", t) for t in texts)


def _refuse_series(grid: Grid, source: str) -> None:
    """A table whose columns are years (2000 | 2005 | 2010 …) is a series, not a period."""
    for row in grid.rows[:HEADER_SEARCH]:
        years = [text_of(c) for c in row if text_of(c) and _yearish(c)]
        if len(years) >= 3:
            raise SnapshotError(
                Problem(
                    f"its columns are years ({'、'.join(years[:4])}…): a series, and gxreport "
                    "reads the figures of one period; copy the year wanted into a sheet headed "
                    "指标 | 本年 | 上年同期 (or 1-12月), then import that",
                    file=source,
                )
            )


def _header_over(row: list[Cell]) -> bool:
    """Whether a row can be an upper header row: words in two cells or more, or one merged
    cell over the figures' columns (the first column blank: not a title); no figures, no
    unit note (单位：万元)."""
    texts = [norm(text_of(c)) for c in row if text_of(c)]
    over_figures = len(texts) == 1 and bool(row) and not text_of(row[0])
    return (
        (len(texts) >= 2 or over_figures)
        and _text_row(row)
        and not any(UNIT_NOTE.search(t) for t in texts)
    )


def _is_sub(top: list[str], below: list[str]) -> bool:
    """Whether ``below`` is a second header row under ``top`` (merged cells over sub-headers,
    or a row of units): words under blank or merged cells, none under the names' header."""
    filled = [i for i, t in enumerate(below) if t]
    if not filled:
        return False
    top = [*top, *[""] * (len(below) - len(top))]  # rows of a CSV or a text table are ragged
    roles = under_blank = 0
    for i in filled:
        over = column_role(norm(top[i])) if top[i] else None
        if over is not None and over.role == "name":
            return False  # a group or data row under the header: 一、总体完成情况
        if column_role(norm(below[i])) is not None or _is_unit(below[i].strip("（）()")):
            roles += 1
        if not top[i]:
            under_blank += 1
    if roles >= 1 and (under_blank >= 1 or roles == len(filled)):
        return True
    # Header text wrapped onto a second row: every word under a word, none in the first column.
    return under_blank == 0 and not below[0] and len(filled) >= 1


def _seen(grid: Grid) -> str:
    texts = []
    for row in grid.rows[:HEADER_SEARCH]:
        for c in row:
            t = text_of(c)
            if t and not looks_numeric(c):
                texts.append(t)
            if len(texts) >= 8:
                break
        if len(texts) >= 8:
            break
    return f"; found: {'、'.join(texts)}" if texts else "; found no text at all"


# ── columns ─────────────────────────────────────────────────────────────────


def _unit_of_header(text: str) -> str | None:
    note = UNIT_NOTE.search(text)
    if note:
        return _first_unit(note.group("units"))
    for match in UNIT_IN_PARENS.finditer(text):
        unit = match.group("unit")
        if _is_unit(unit):
            return unit
    t = norm(text)
    if t.endswith(("%", "％")):
        return "%"
    return None


def _is_unit(text: str) -> bool:
    t = norm(text)
    if not t or len(t) > 8:
        return False
    if t in ("%", "‰", "个百分点", "百分点"):
        return True
    return parse_unit(t).category != "other" or t in _OTHER_UNITS


_OTHER_UNITS = frozenset(
    "吨 万吨 千瓦时 万千瓦时 亿千瓦时 千瓦 万千瓦 吨标准煤 万吨标准煤 公里 千米 米 "
    "平方米 万平方米 亩 万亩 公顷 人次 万人次 辆 万辆 件 万件 标箱 万标箱 元/人 元/吨 元/股 "
    "元/平方米 微克/立方米 天 小时 万度 立方米 万立方米 座 台 套 个 家 户 项 人 万人 "
    "美元 万美元 亿美元 指数".split()
)


def _first_unit(units: str) -> str | None:
    return _unit_from_note("", units)


_RATE_UNITS = ("%", "％", "个百分点", "百分点")


def _unit_from_note(header: str, units: str | None) -> str | None:
    """The unit a table-wide note (单位：个、亿元) gives a column: a count's (个) to 项目个数,
    none to it where the note gives only amounts', the amounts' (亿元) to the others."""
    if not units:
        return None
    listed = [norm(p) for p in re.split(r"[、,，/;；和及]", units) if norm(p)]
    useful = [u for u in listed if u not in _RATE_UNITS]
    if not useful:
        return None
    counts = [u for u in useful if parse_unit(u).is_count]
    amounts = [u for u in useful if u not in counts]
    if re.search(r"个数|项目数|户数|家数|人数|数量|单位数|企业数", norm(header)):
        return counts[0] if counts else None  # 单位:亿元 is not a count's
    return (amounts or useful)[0]


def _columns(grid: Grid, header: _Header) -> tuple[list[Column], list[Column]]:
    """Each header's role; the columns with none are returned as skipped (why: no role)."""
    known: list[Column] = []
    skipped: list[Column] = []
    for c, (top, sub, joined) in enumerate(header.labels):
        if not joined:
            continue
        ref = cell_ref(header.last if sub else header.first, c)
        word = _role(top, sub)
        unit = header.units[c] or _unit_of_header(sub) or _unit_of_header(top)
        year = header.years[c]
        if word is None:
            skipped.append(Column(c, "skip", joined, ref, unit, "", top=top, year=year))
            continue
        why = "weak" if word.weak else word.why
        known.append(Column(c, word.role, joined, ref, unit, why, top=top, year=year))
    return known, skipped


def _role(top: str, sub: str) -> HeaderWord | None:
    t, s = norm(top), norm(sub)
    if not s or _is_unit(s.strip("()")):
        return column_role(t)
    sub_word = column_role(s)
    top_word = column_role(t) if t else None
    if sub_word is None:
        return column_role(t + s) or top_word
    if top_word is not None and top_word.role == "skip":
        return top_word  # 当月 over 本期 | 同期 | 增减率: all of the month alone
    # 上年同期 over 绝对值: the top says which figure, the sub only that it is an amount.
    if (
        sub_word.role == "actual"
        and top_word is not None
        and top_word.role in ("last_year", "target", "stretch", "skip")
    ):
        return top_word
    return sub_word


# ── the sheet ───────────────────────────────────────────────────────────────


def recognise(grid: Grid, source: str | None = None) -> Layout:
    """The layout of a table: header, columns by role, rows, and every figure with its cell.

    Shared by `import` (sheets) and `extract` (tables in a report's text, .docx and .pdf):
    give it a ``Grid`` and the name of the file it came from (for messages). Raises
    ``SnapshotError`` (exit 2) naming the file when no header row can be found; a table whose
    rows yield no indicator is for the caller to refuse (``Layout.found`` says what was seen).
    """
    source = source or grid.name
    header = _find_header(grid, source)
    known, skipped = _columns(grid, header)
    first_data = header.last + 1
    rows = grid.rows
    title, title_ref, units_note = _above(grid, header)
    # Every line above the header may hold the period (a title, then 2023年3月 on its own).
    above = [text_of(c) for row in grid.rows[: header.first] for c in row if text_of(c)]
    unit_note = _unit_from_note("", units_note)
    known = [
        replace(c, unit=_unit_from_note(c.header, units_note)) if c.unit is None else c
        for c in known
    ]
    skipped = [
        replace(c, unit=_unit_from_note(c.header, units_note)) if c.unit is None else c
        for c in skipped
    ]
    name_col = _name_column(rows, first_data, known, skipped)
    if name_col is None:
        raise SnapshotError(
            Problem(
                "no column of names: the header "
                f"({'、'.join(c.header for c in known + skipped)}) has no 指标/项目/地区 column "
                "and no column holds names; give the column of indicator names a header "
                "(指标名称)",
                file=source,
            )
        )
    known = [c for c in known if c.index != name_col.index]
    skipped = [c for c in skipped if c.index != name_col.index]
    unit_col = next((c for c in known if c.role == "unit"), None)
    if unit_col is not None and not _holds_units(rows, first_data, unit_col):
        known.remove(unit_col)
        skipped.append(_skip(unit_col, "names, not units"))
        unit_col = None
    if _is_league(rows, first_data, name_col, known, skipped):
        layout = Layout(
            source, grid.name, title, title_ref, (header.first, header.last), [name_col],
            [], [], [], [], unit_note, [title or "", *above, grid.name],
        )  # fmt: skip
        _league(grid, layout, header, name_col, known, skipped, unit_note)
        return layout
    figures, extra_skipped = _settle(_by_year(known))
    skipped += extra_skipped + [_skip(c, _second_name(c.header)) for c in known if c.role == "name"]
    layout = Layout(
        source,
        grid.name,
        title,
        title_ref,
        (header.first, header.last),
        [name_col, *([unit_col] if unit_col else []), *figures],
        [c for c in skipped if c.header],
        [],
        [],
        [],
        unit_note,
        [title or "", *(c.header for c in figures if c.role == "actual"), *above, grid.name],
        units_note=units_note,
    )
    # A sheet of sections, each under its own header (1、本地生产总值 | 6月 | 1-6月累计 …):
    # each section is read with its own columns; a group carries over.
    starts = _later_headers(grid, first_data, name_col)
    bounds = [first_data, *(h.first for h in starts), len(rows)]
    group = _lines(
        grid, layout, first_data, bounds[1], name_col, unit_col, figures,
        _numbered_group(rows[header.first - 1] if header.first else []),
    )  # fmt: skip
    for i, later in enumerate(starts):
        cols, more = _columns(grid, later)
        cols = [
            replace(c, unit=_unit_from_note(c.header, units_note)) if c.unit is None else c
            for c in cols
            if c.index != name_col.index
        ]
        section_unit = next((c for c in cols if c.role == "unit"), unit_col)
        section_figures, section_skipped = _settle(cols)
        seen = {(c.index, c.header) for c in layout.skipped}
        layout.skipped += [
            c
            for c in [*more, *section_skipped]
            if c.header and c.index != name_col.index and (c.index, c.header) not in seen
        ]
        group = _lines(
            grid, layout, later.last + 1, bounds[i + 2], name_col, section_unit,
            section_figures, group,
        )  # fmt: skip
    _wholes(layout)
    _fractions(layout)
    return layout


def _fractions(layout: Layout) -> None:
    """A completion written as a fraction (0.4815 in a 完成率% column, unformatted: a CSV, an
    .ods) read as the percentage it is, where the row's own figures say so (481.5 ÷ 1000 is
    nearer 0.4815 than 48.15); said in the notes."""
    for line in layout.lines:
        rate, actual, target = (line.figures.get(k) for k in ("completion", "actual", "target"))
        if rate is None or actual is None or target is None:
            continue
        values = (rate.value, actual.value, target.value)
        if not all(isinstance(v, Decimal) for v in values) or not target.value:
            continue
        v, a, t = (Decimal(x) for x in values)
        ratio = a / t
        if abs(v) < 2 and abs(v - ratio) < abs(v - ratio * 100):
            shown = v.scaleb(2)
            line.figures["completion"] = Figure(shown, rate.ref, rate.column)
            layout.notes.append(f"{rate.ref} {v} read as {shown}% (a fraction in a rate column)")


def _second_name(header: str) -> str:
    """Why a second column a name's words head is skipped: 项目个数 beside 项目名称 counts a
    project sheet's projects (in a league table it is a figure of each place)."""
    if re.search(r"个数|项目数", norm(header)):
        return "the number of projects, not a figure of the row"
    return "a second column of names"


def _wholes(layout: Layout) -> None:
    """The whole each printed share is of: the row its header names (占地区生产总值比重), else
    the total of its block (结构% under 工商税收收入合计). The whole's own share (100 on a
    total, or on a row its parts follow) is listed, not kept."""
    lines = layout.lines
    by_name: dict[str, int] = {}
    for i, line in enumerate(lines):
        by_name.setdefault(norm(line.name), i)
    total_of = {m: i for i, line in enumerate(lines) for m in line.totals or []}
    for i, line in enumerate(lines):
        share = line.figures.get("share")
        if share is None:
            continue
        named = re.search(r"占(.+?)(?:的)?(?:比重|比例)", norm(share.column.header))
        whole = by_name.get(norm(named.group(1))) if named else None
        if whole is None:
            whole = total_of.get(i)
        has_parts = any(other.part_of == i for other in lines)
        if whole is not None and whole != i:
            line.share_of = whole
        elif whole == i or line.totals or (has_parts and share.value == 100):
            # The whole's own share (100%) is no figure of it: listed, not kept.
            del line.figures["share"]
            layout.unplaced.append(
                f"{share.ref} {text_of(share.value)} (the share of the whole itself)"
            )


def _numbered_group(row: list[Cell]) -> str:
    """A numbered heading alone on the row above a header (1、本地生产总值) names the group
    of the rows under it."""
    texts = [text_of(c) for c in row if text_of(c)]
    if len(texts) == 1 and GROUP_NUMBER.match(texts[0]):
        return clean_name(texts[0])[0]
    return ""


def _later_headers(grid: Grid, first: int, name_col: Column) -> list[_Header]:
    """Rows below the first header that are headers again: words only, nothing in the names'
    column, and two header words or more."""
    found: list[_Header] = []
    r = first
    rows = grid.rows
    while r < len(rows):
        row = rows[r]
        name = text_of(row[name_col.index]) if name_col.index < len(row) else ""
        if not name and _text_row(row) and _header_score(row) >= 2:
            header = _header_at(grid, r)
            if header.first >= first and (not found or header.first > found[-1].last):
                found.append(header)
                r = header.last + 1
                continue
        r += 1
    return found


def _above(grid: Grid, header: _Header) -> tuple[str | None, str | None, str | None]:
    """The title, and the units stated for the table (单位：个、亿元), above the header or in
    it, as printed."""
    title = title_ref = unit = None
    for r in range(header.last + 1):
        for c, cell in enumerate(grid.rows[r]):
            t = text_of(cell)
            if not t:
                continue
            note = UNIT_NOTE.search(norm(t))
            if note and unit is None:
                unit = note.group("units")
                if r >= header.first:
                    continue
            if r >= header.first:
                continue
            stripped = UNIT_NOTE.sub("", norm(t)).strip("（）()")
            if (
                stripped
                and not NOTE.match(stripped)
                and not stripped.startswith(("数据来源", "资料来源", "来源", "制表", "填报"))
                and (title is None or len(stripped) > len(norm(title)))
                and not looks_numeric(cell)
            ):
                title, title_ref = (
                    re.sub(r"[（(]\s*(?:计量|金额)?单位[:：][^）)]*[）)]", "", t).strip(),
                    cell_ref(r, c),
                )
    return title, title_ref, unit


def _mostly_text(rows: list[list[Cell]], first: int, col: int) -> bool:
    text = numbers = 0
    for row in rows[first : first + 200]:
        if col >= len(row) or not text_of(row[col]) or is_missing(row[col]):
            continue
        if looks_numeric(row[col]):
            numbers += 1
        else:
            text += 1
    return text > 0 and text >= numbers


def _name_column(
    rows: list[list[Cell]], first: int, known: list[Column], skipped: list[Column]
) -> Column | None:
    named = [c for c in known if c.role == "name" and _mostly_text(rows, first, c.index)]
    if (
        len(named) >= 2
        and _blank_below(rows, first, named[0])
        and not any(_blank_below(rows, first, c) for c in named[1:2])
    ):
        # 一级指标 | 二级指标: the first column groups rows (a merged cell, printed once over
        # the rows it spans), the next one, filled on every row, names them.
        return named[1]
    if named:
        return named[0]
    # No header says 指标: the first column of names (a 单位 column of places, a blank header).
    candidates = sorted(
        [c for c in known if c.role in ("name", "unit")] + [c for c in skipped if not c.why],
        key=lambda c: c.index,
    )
    for col in candidates:
        if col.role == "unit" and _holds_units(rows, first, col):
            continue
        if _mostly_text(rows, first, col.index):
            return Column(col.index, "name", col.header, col.ref)
    width = max((len(r) for r in rows[first : first + 50]), default=0)
    taken = {c.index for c in known} | {c.index for c in skipped if c.why}
    for c in range(width):
        if c not in taken and _mostly_text(rows, first, c):
            return Column(c, "name", "", cell_ref(first, c))
    return None


def _blank_below(rows: list[list[Cell]], first: int, col: Column) -> bool:
    """Whether a column is blank on some of the table's rows of figures."""
    return any(
        col.index >= len(row) or not text_of(row[col.index])
        for row in rows[first : first + 200]
        if any(looks_numeric(c) for c in row)
    )


def _holds_units(rows: list[list[Cell]], first: int, col: Column) -> bool:
    units = other = 0
    for row in rows[first : first + 200]:
        t = text_of(row[col.index]) if col.index < len(row) else ""
        if not t or is_missing(row[col.index]):
            continue
        if _is_unit(t):
            units += 1
        else:
            other += 1
    return units >= other


_SPAN_MONTH = re.compile(r"\d{1,2}\s*[-—~～至到]\s*(\d{1,2})\s*月")


_HEAD_YEAR = re.compile(r"((?:19|20)\d{2})年(?![\d—~～至到-])")


def _by_year(known: list[Column]) -> list[Column]:
    """Columns whose headers name their years (2019年决算数 | 2020年预算调整数 | 2020年执行数):
    the latest year is the period's; an amount of the year before it is last year's, the base
    its growth is taken on."""
    years = {}
    for c in known:
        match = _HEAD_YEAR.match(norm(c.header))
        if c.year is None and match:
            years[c.index] = int(match.group(1))
    if len(set(years.values())) < 2:
        return known
    latest = max(years.values())
    return [
        replace(c, role="last_year")
        if c.role == "actual" and years.get(c.index) == latest - 1
        else c
        for c in known
    ]


def _settle(known: list[Column]) -> tuple[list[Column], list[Column]]:
    """One column per role: the year to date among several values, the growth beside it; the
    others are named as skipped."""
    figures = [c for c in known if c.role in FIGURE_ROLES]
    skipped: list[Column] = [c for c in known if c.role == "skip"]
    actuals = [c for c in figures if c.role == "actual"]
    chosen_actual: Column | None = None
    if actuals:
        strong = [c for c in actuals if c.why != "weak"] or actuals

        def reach(c: Column) -> int:
            m = _SPAN_MONTH.search(norm(c.header))
            return int(m.group(1)) if m else (13 if "累计" in c.header else 0)

        chosen_actual = max(strong, key=lambda c: (reach(c), -c.index))
    if chosen_actual is None and any(c.role == "target" for c in figures):
        # A budget beside last year's outcome (2016年预算数 | 上年完成数 | 比上年增减%): the
        # growth is the plan's, not a growth of the year's figure.
        for c in [c for c in figures if c.role == "yoy"]:
            figures.remove(c)
            skipped.append(_skip(c, "the planned growth over last year (no figure of the year)"))
    kept: list[Column] = []
    for role in FIGURE_ROLES:
        of_role = [c for c in figures if c.role == role]
        if not of_role:
            continue
        if role == "actual":
            keep = chosen_actual
        elif role == "yoy" and chosen_actual is not None:
            after = [c for c in of_role if c.index > chosen_actual.index]
            keep = after[0] if after else of_role[0]
        else:
            keep = of_role[0]
        assert keep is not None
        kept.append(
            Column(keep.index, keep.role, keep.header, keep.ref, keep.unit, "", top=keep.top)
        )
        for c in of_role:
            if c is keep:
                continue
            if role == "actual" and re.fullmatch(r"\d{1,2}月(?:份)?", norm(c.header)):
                skipped.append(_skip(c, MONTH_ALONE))
            else:
                skipped.append(_skip(c, f"a second {role} column beside {keep.ref} {keep.header}"))
    kept.sort(key=lambda c: c.index)
    return kept, skipped


# ── the rows of an indicator table ──────────────────────────────────────────


def _indent(raw: Cell) -> int:
    if not isinstance(raw, str):
        return 0
    n = 0
    for ch in raw:
        if ch == " ":
            n += 1
        elif ch == "\u3000":
            n += 2
        elif ch == "\t":
            n += 4
        else:
            break
    return n


NUMBERED_BLOCK = -1  # the parts block of rows numbered under a row


def number_level(name: str) -> int | None:
    """How deep a row's number puts it: 一、 1, （一） 2, 1、 or 1. 3, （1） 4, ① 5; None
    for a row without one."""
    text = name.strip()
    for level, pattern in _LEVELS:
        if pattern.match(text):
            return level
    return None


_LEVELS = (
    (1, re.compile(r"[一二三四五六七八九十]+[、.．]")),
    (2, re.compile(r"[（(][一二三四五六七八九十]+[）)]")),
    (3, re.compile(r"\d+[、.．](?!\d)")),
    (4, re.compile(r"[（(]\d+[）)]")),
    (5, re.compile(r"[①②③④⑤⑥⑦⑧⑨⑩]")),
)


_NAME_MARKS = re.compile(r"^[\d一二三四五六七八九十（(①-⑩附]|[ \u3000)）]")


def clean_name(name: str) -> tuple[str, str | None]:
    """A row's name without its number (一、 1.) and a unit it ends with (零售总额(亿元))."""
    name = name.strip()
    if not _NAME_MARKS.search(name):
        return name.rstrip("：:"), None  # most rows: a plain name
    name = GROUP_NUMBER.sub("", name).strip()
    name = re.sub(r"^附\s*[:：]\s*", "", name)  # 附：人均地区生产总值, a row added under a table
    name = re.sub(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])", "", name)  # 北 京
    unit = None
    found = list(UNIT_IN_PARENS.finditer(name))
    match = found[-1] if found else None
    if match is not None and match.end() == len(name) and _is_unit(match.group("unit")):
        unit = norm(match.group("unit"))
        name = name[: match.start()].strip()
    return name.rstrip("：:").strip(), unit


def _figures(
    row: list[Cell], r: int, columns: list[Column]
) -> tuple[dict[ColumnRole, Figure], list[str]]:
    figures: dict[ColumnRole, Figure] = {}
    odd: list[str] = []
    for col in columns:
        if col.role not in FIGURE_ROLES or col.index >= len(row):
            continue
        cell = row[col.index]
        if isinstance(cell, Decimal):
            figures[col.role] = Figure(cell, cell_ref(r, col.index), col)
            continue
        if not cell or not cell.strip() or is_missing(cell):
            continue
        ref = cell_ref(r, col.index)
        if isinstance(cell, str):
            with_rank = _FIGURE_WITH_RANK.fullmatch(norm(cell))
            if with_rank and col.role != "rank":
                figures[col.role] = Figure(with_rank.group("value"), ref, col)
                rank_col = Column(col.index, "rank", col.header, col.ref)
                figures.setdefault("rank", Figure(with_rank.group("rank"), ref, rank_col))
                continue
            if col.role == "rank":
                if rank_position(cell) is None:
                    odd.append(f"{ref} {text_of(cell)} (a rank gxreport cannot read)")
                    continue
            elif not _readable(cell):
                odd.append(f"{ref} {text_of(cell)} (not a figure: {col.header})")
                continue
        figures[col.role] = Figure(cell, ref, col)
    return figures, odd


_READABLE = re.compile(
    r"(?:增长|下降|减少|增加|提高|降低|超|低于|高于|快|慢)?[+-]?(?:\d+(?:\.\d*)?|\.\d+)"
    r"(?:%|万|亿|千|百|个百分点|百分点|[一-龥]{1,4})?"
)


def _readable(cell: str) -> bool:
    t = norm(cell).replace(",", "")
    if not _READABLE.fullmatch(t):
        return False
    try:
        Decimal(re.sub(r"[^\d.+-]", "", t) or "x")
    except InvalidOperation:
        return False
    return True


def _lines(
    grid: Grid,
    layout: Layout,
    first: int,
    end: int,
    name_col: Column,
    unit_col: Column | None,
    figures_cols: list[Column],
    group: str,
) -> str:
    """The rows ``first``…``end`` of an indicator table as lines; the group they end in."""
    known = {name_col.index} | {c.index for c in figures_cols}
    if unit_col is not None:
        known.add(unit_col.index)
    skipped_by_index = {c.index: c for c in layout.skipped}
    actual_unit = next((c.unit for c in figures_cols if c.role == "actual" and c.unit), None)
    money_unit = next(
        (c.unit for c in figures_cols if c.role in ("actual", "target", "last_year") and c.unit),
        None,
    )
    top: int | None = None  # the last line that is not a part
    stack: list[tuple[int, int]] = []  # (indent, line) of the lines rows may be parts of
    parts_block = 0  # which 其中 block the parts belong to
    numbering: list[tuple[int, int]] = []  # (level, line) of the numbered lines above
    head: int | None = None  # the last line not itself a 其中 part
    parts_open = False  # after a bare 其中：
    parts_indent: int | None = None
    block_start = len(layout.lines)  # first line of the current group or after the last total
    pending_totals: list[int] = []  # 合计 rows that came before their parts
    lines = layout.lines

    def close_block() -> None:
        nonlocal pending_totals
        for t in pending_totals:
            members = [
                i
                for i in range(t + 1, len(lines))
                if lines[i].part_of is None and not lines[i].total_row
            ]
            lines[t].totals = members or None
        pending_totals = []

    period = next((c.header for c in figures_cols if c.role == "actual"), "")
    named_carry = ""
    for r in range(first, end):
        row = grid.rows[r]
        raw = row[name_col.index] if name_col.index < len(row) else ""
        name = text_of(raw)
        first_text = next((text_of(c) for c in row if text_of(c)), "")
        if not first_text:
            continue
        if NOTE.match(norm(first_text)):
            layout.notes.append(
                f"{cell_ref(r, next(i for i, c in enumerate(row) if text_of(c)))} {first_text}"
            )
            continue
        figures, odd = _figures(row, r, figures_cols)
        layout.unplaced += odd
        for c, cell in enumerate(row):
            if c in known or not text_of(cell) or is_missing(cell):
                continue
            if c in skipped_by_index:
                if looks_numeric(cell) and skipped_by_index[c].why != "row numbers":
                    col = skipped_by_index[c]
                    layout.unplaced.append(
                        f"{cell_ref(r, c)} {text_of(cell)} ({col.header}: "
                        f"{col.why or 'a header gxreport does not know'})"
                    )
                continue
            if not name and not figures and c < name_col.index:
                continue
            layout.unplaced.append(f"{cell_ref(r, c)} {text_of(cell)} (a column without a header)")
        if not name:
            # A group's number alone in the 序号 column and its name beside it is handled by
            # the name column; a row of figures with no name is listed.
            layout.unplaced += [
                f"{f.ref} {text_of(f.value)} (no indicator name on its row)"
                for f in figures.values()
            ]
            continue
        if norm(name) == norm(name_col.header) and not figures:
            continue  # the header repeated on a new page
        bare_parts = PARTS_CUE.fullmatch(norm(name) + "") is not None or norm(name) in (
            "其中",
            "其中:",
        )
        if not figures:
            if bare_parts:
                parts_open = top is not None
                parts_indent = None
                parts_block += 1
                continue
            marked = [
                c.index
                for c in figures_cols
                if c.index < len(row) and text_of(row[c.index]) and is_missing(row[c.index])
            ]
            if marked or odd:
                # "—" in every column: an indicator without figures, not a group.
                layout.notes.append(f"{cell_ref(r, name_col.index)} {name}: no figures")
                continue
            close_block()
            group, _ = clean_name(PARTS_CUE.sub("", name))  # 其中:开发区 over a block
            top, parts_open, parts_indent = None, False, None
            named_carry = ""
            stack.clear()
            numbering.clear()
            head = None
            block_start = len(lines)
            continue
        cleaned, named_unit = clean_name(name)
        part_of: int | None = None
        block: int | None = None
        indent = _indent(raw)
        cue = PARTS_CUE.match(name)
        if TOTAL.match(norm(cleaned)):
            unit = _unit(row, unit_col, named_unit, actual_unit, layout.unit_note, money_unit)
            total = Line(cleaned, cell_ref(r, name_col.index), group, unit, figures)
            total.total_row, total.period = True, period
            members = [
                i
                for i in range(block_start, len(lines))
                if lines[i].part_of is None and not lines[i].total_row
            ]
            lines.append(total)
            if members:
                total.totals = members
                block_start = len(lines)
            else:
                pending_totals.append(len(lines) - 1)
            top, parts_open, parts_indent = None, False, None
            stack.clear()
            continue
        level = number_level(name)
        while stack and stack[-1][0] >= indent:
            stack.pop()
        while level is not None and numbering and numbering[-1][0] >= level:
            numbering.pop()
        if cue and cue.end() < len(name) and head is not None:
            cleaned, named_unit = clean_name(name[cue.end() :])
            if QUALIFIER.fullmatch(norm(cleaned)):
                cleaned = f"{lines[head].name}·{cleaned}"  # 其中:规模以上 of 工业总产值
            part_of, parts_open, parts_indent = head, True, indent
            parts_block += 1
        elif level is not None:
            # 一、 over （一） over 1、: a numbered row is a part of the nearest row numbered at
            # a level above it; after 其中 rows it is a line of its own again.
            parts_open, parts_indent = False, None
            if numbering:
                part_of, block = numbering[-1][1], NUMBERED_BLOCK
        elif (
            parts_open
            and top is not None
            and (parts_indent is None or indent >= parts_indent)
            and not _cue_next(grid.rows, r + 1, end, name_col.index, indent)
        ):
            part_of = top  # the rows after a 其中, as deep as it or deeper
            if parts_indent is None:
                parts_indent = indent
        elif stack and indent > 0:
            part_of = stack[-1][1]  # indented under the nearest line less indented
            parts_open = False
        else:
            parts_open, parts_indent = False, None
        unit = _unit(row, unit_col, named_unit, actual_unit, layout.unit_note, money_unit)
        if layout.units_note and not named_unit and not _unit_in_column(row, unit_col):
            # 单位:个、万元 over 企业单位数 and 工业总产值: a count's unit to the counts.
            own = _unit_from_note(cleaned, layout.units_note)
            parent = lines[part_of].unit if part_of is not None else ""
            if own and parse_unit(own).is_count:
                unit = own
            elif parent and parse_unit(parent).is_count:
                unit = parent
        if part_of is not None and not unit:
            unit = lines[part_of].unit  # a part is in its total's unit
        # 本地生产总值(亿元) then 第一产业, 第二产业: the rows under a name that gives the unit
        # are in it, until the group ends or a row gives its own.
        if named_unit:
            named_carry = named_unit
        elif not unit and named_carry:
            unit = named_carry
        line = Line(cleaned or name, cell_ref(r, name_col.index), group, unit, figures, part_of)
        line.period, line.parts_block = period, block if block is not None else parts_block
        lines.append(line)
        stack.append((indent, len(lines) - 1))
        if level is not None:
            numbering.append((level, len(lines) - 1))
        if not (cue or (parts_open and part_of is not None and level is None)):
            head = len(lines) - 1  # the row a 其中 below it would be a breakdown of
        if part_of is None:
            top = len(lines) - 1
    close_block()
    return group


def _cue_next(rows: list[list[Cell]], r: int, end: int, col: int, indent: int) -> bool:
    """Whether the next named row is a 其中 row that only qualifies (其中:规模以上, under every
    item of a table) no deeper than ``indent``: then the row before it is an item of its own,
    not a part."""
    for row in rows[r:end]:
        raw = row[col] if col < len(row) else ""
        name = text_of(raw)
        if name:
            cue = PARTS_CUE.match(name)
            return (
                cue is not None
                and QUALIFIER.fullmatch(norm(name[cue.end() :])) is not None
                and _indent(raw) <= indent
            )
    return False


def _unit_in_column(row: list[Cell], unit_col: Column | None) -> bool:
    return (
        unit_col is not None
        and unit_col.index < len(row)
        and bool(text_of(row[unit_col.index]))
        and not is_missing(row[unit_col.index])
    )


def _unit(
    row: list[Cell],
    unit_col: Column | None,
    named: str | None,
    actual_unit: str | None,
    note: str | None,
    money: str | None,
) -> str:
    if unit_col is not None and unit_col.index < len(row):
        t = text_of(row[unit_col.index])
        if t and not is_missing(row[unit_col.index]):
            return norm(t)
    return named or actual_unit or money or note or ""


def rank_position(cell: Cell) -> int | None:
    """A place as a rank column prints it: 3, 第3位, 全省第一, （3）, 第十二名."""
    if isinstance(cell, Decimal):
        return int(cell) if cell == cell.to_integral_value() and cell > 0 else None
    text = norm(cell).strip("()（）")
    text = re.sub(
        r"^(?:全国|全省|全市|全州|全区|全县|全盟|在.{1,8}中|.{0,6}?中)?(?:排名|位次|居|列|位列|排)?",
        "",
        text,
    )
    text = text.removeprefix("第").removesuffix("名").removesuffix("位")
    if text.isdigit():
        return int(text) or None
    if _RANK_NUMERAL.fullmatch(text):
        return zh_int(text)
    return None


# A place written in Chinese numerals: 三, 十, 十二, 二十.
_RANK_NUMERAL = re.compile(r"[一二三四五六七八九]?十[零一二三四五六七八九]?|[一二三四五六七八九]")


# ── league tables ───────────────────────────────────────────────────────────


def _is_league(
    rows: list[list[Cell]],
    first: int,
    name_col: Column,
    known: list[Column],
    skipped: list[Column],
) -> bool:
    names = []
    # The first rows tell: a league table's rows are all places.
    for row in rows[first : first + LEAGUE_SAMPLE]:
        if name_col.index >= len(row):
            continue
        t = norm(text_of(row[name_col.index]))
        if not t or NOTE.match(t):
            continue
        others = [
            c for i, c in enumerate(row) if i != name_col.index and text_of(c) and not is_missing(c)
        ]
        if not others:
            continue  # a group row
        names.append(GROUP_NUMBER.sub("", t))
    entities = [n for n in names if ENTITY.search(n) and not WHOLE.match(n)]
    rest = [n for n in names if not WHOLE.match(n)]
    if len(rest) < 2:
        return False
    place_header = bool(PLACE_HEADER.search(norm(name_col.header)))
    share = len(entities) / len(rest)
    return share >= 0.6 or (place_header and share >= 0.3)


_LEADING = re.compile(
    r"^(?:\d{1,2}[-—~～至到]\d{1,2}月(?:底|份)?|本年|全年|年度|年|累计|实际|完成|计划|"
    r"[一二三四1-4]季度|上半年|下半年|前三季度)"
)
_TRAILING = re.compile(
    r"(?:完成率|完成额|增速|增长率|增长|增幅|同比|计划|目标|任务|占比|位次|排名|排位|排序|排行|"
    r"名次|总量|绝对值|%|％|(?:超|比|较|快于|慢于|高于|低于|落后于?)?(?:序时|时序|时间)进度(?:差)?)$"
)


def measure_words(header: str) -> str:
    """The indicator a league table's header names, without its role words and unit:
    规上工业增加值增速（%） → 规上工业增加值; 年计划投资完成率 → 投资; 增速 → ''."""
    text = UNIT_IN_PARENS.sub("", norm(header))
    while True:
        shorter = _TRAILING.sub("", _LEADING.sub("", text))
        if shorter == text:
            return text
        text = shorter


def _whole_first(league: League) -> None:
    """The first row is the whole (黔西南 above its counties) when it alone has no place in
    a table whose other rows all have one, and its name is not a place's."""

    def ranked(entity: Entity) -> bool:
        return any("rank" in figs for figs in entity.figures.values())

    rows = league.entities
    if (
        len(rows) >= 3
        and not ranked(rows[0])
        and not ENTITY.search(norm(rows[0].name))
        and all(ranked(e) for e in rows[1:])
    ) or _sum_of_the_rest(rows):
        league.wholes.append(rows.pop(0))


_SUMMED: tuple[ColumnRole, ...] = ("actual", "target", "period_target", "last_year")


def _sum_of_the_rest(rows: list[Entity]) -> bool:
    """Whether the first row is the whole of the rest, as a city's row over its counties'
    (达州市 | 600.1 | 110.5 | 120.5 over nine rows adding to them): each amount of it that
    every other row gives is their sum, to the printed digits' rounding (half a unit of the
    last digit per row), and at least two are."""
    if len(rows) < 4:
        return False
    held = 0
    for measure, figures in rows[0].figures.items():
        for role in _SUMMED:
            first = figures.get(role)
            rest = [e.figures.get(measure, {}).get(role) for e in rows[1:]]
            if first is None or not isinstance(first.value, Decimal):
                continue
            values = [f.value for f in rest if f is not None and isinstance(f.value, Decimal)]
            if len(values) < len(rest):
                continue
            places = max(-v.as_tuple().exponent for v in [first.value, *values])  # type: ignore[operator]
            slack = Decimal(5).scaleb(-places - 1) * len(rest)
            if abs(sum(values) - first.value) > slack:
                return False
            held += 1
    return held >= 2


def _places_by_what_they_follow(league: League, layout: Layout) -> None:
    """A 排名 after 增速 is a place by growth, unless the places are those of the amounts and
    not of the growth (区域 | GDP | 增速 | 排名 where 排名 follows GDP): then by the amount,
    said in the notes."""
    for i, measure in enumerate(league.measures):
        rank = measure.columns.get("rank")
        if rank is None or rank.why != "yoy" or "actual" not in measure.columns:
            continue
        stated: list[int] = []
        by_role: dict[str, list[Decimal]] = {"actual": [], "yoy": []}
        for entity in league.entities:
            figs = entity.figures.get(measure.name, {})
            place = rank_position(figs["rank"].value) if "rank" in figs else None
            values = [figs.get(r) for r in ("actual", "yoy")]
            if place is None or any(v is None or not isinstance(v.value, Decimal) for v in values):
                break
            stated.append(place)
            for role, v in zip(("actual", "yoy"), values, strict=True):
                assert v is not None and isinstance(v.value, Decimal)
                by_role[role].append(v.value)
        else:
            if len(stated) < 3:
                continue
            follows = {
                role: all(
                    (a > b) == (p < q)
                    for (a, p), (b, q) in itertools.combinations(zip(vals, stated, strict=True), 2)
                    if a != b
                )
                for role, vals in by_role.items()
            }
            if follows["actual"] and not follows["yoy"]:
                columns = {**measure.columns, "rank": replace(rank, why="actual")}
                league.measures[i] = replace(measure, columns=columns)
                for entity in league.entities:
                    figs = entity.figures.get(measure.name, {})
                    figs["rank"] = replace(figs["rank"], column=columns["rank"])
                layout.notes.append(
                    f"{rank.ref} {rank.header}: places by {measure.name}'s amount, as its "
                    "figures order them, not by its growth beside"
                )


def _same_measure(name: str, current: str) -> bool:
    return not name or not current or name in current or current in name


def _league(
    grid: Grid,
    layout: Layout,
    header: _Header,
    name_col: Column,
    known: list[Column],
    skipped: list[Column],
    unit_note: str | None,
) -> None:
    """Measures from the header (a block of columns per indicator, or a column each), then
    each entity's figures per measure; group rows that repeat the entities make a block of
    rows per indicator."""
    rows = grid.rows
    first = header.last + 1
    # Columns with no header word but figures under them are an indicator's values each.
    figure_cols: list[Column] = []
    for col in sorted(known + skipped, key=lambda c: c.index):
        if col.index == name_col.index:
            continue
        if col.role == "skip" and col.why:
            layout.skipped.append(col)
            continue
        if col.role in ("name", "unit", "skip"):
            if _mostly_text(rows, first, col.index):
                layout.skipped.append(_skip(col, "text"))
                continue
            col = replace(col, role="actual", why="")
        figure_cols.append(col)
    # Consecutive columns of one indicator make one measure (年投资计划 | 完成投资额 | 完成率;
    # 总量 | 增速 | 位次 under one block); a role seen again, or another indicator's name,
    # starts the next. Under year blocks (2008 | 2009) the latest year is the period, and the
    # year before's amount is its last_year.
    latest = max((c.year for c in figure_cols if c.year is not None), default=None)
    measures: dict[str, dict[ColumnRole, Column]] = {}
    more_ranks: dict[str, list[Column]] = {}
    aliases: dict[str, list[str]] = {}
    units: dict[str, str] = {}
    current = ""
    block = ""
    last_role: ColumnRole = "actual"
    leading: Column | None = None
    for col in figure_cols:
        role = col.role
        if latest is not None and col.year is not None and col.year != latest:
            if col.year == latest - 1 and role == "actual":
                role = "last_year"
            else:
                layout.skipped.append(_skip(col, f"a figure of {col.year}, not the period"))
                continue
        words = measure_words(col.top if col.top else col.header)
        if col.top and col.top != block:
            current, block = "", col.top
        if role == "rank" and not current and not col.top:
            leading = col  # GDP排行 | 区域 | 2021年GDP: the place by the figure after it
            continue
        if role == "rank":
            name = current or words or norm(col.header)
            rank_col = Column(
                col.index, "rank", col.header, col.ref, None, last_role, name, col.top
            )
            held = measures.setdefault(name, {})
            if "rank" in held:
                more_ranks.setdefault(name, []).append(rank_col)  # 数量 位次 | 增长率 位次
            else:
                held["rank"] = rank_col
            continue
        counted = re.search(r"个数|项目数|户数|家数", col.header)
        count = bool(counted)
        new_measure = (
            not current
            or count
            or role in measures.get(current, {})
            or not _same_measure(words, current)
            or "个数" in current
        )
        if new_measure:
            current = words or norm(UNIT_IN_PARENS.sub("", col.header))
            while current in measures:
                current += "'"
            measures[current] = {}
            if leading is not None and _same_measure(measure_words(leading.header), current):
                measures[current]["rank"] = Column(
                    leading.index, "rank", leading.header, leading.ref, None, role, current
                )
            leading = None
        measures[current][role] = Column(
            col.index, role, col.header, col.ref, col.unit, "", current, col.top, col.year
        )
        aliases.setdefault(current, []).append(
            norm(UNIT_IN_PARENS.sub("", col.header)).rstrip("%％")
        )
        if col.unit and role in ("actual", "target", "last_year") and current not in units:
            units[current] = col.unit
        elif counted and current not in units:
            # 项目个数 beside amounts in 亿元: a count, in no unit of the sheet's note.
            units[current] = {"户数": "户", "家数": "家"}.get(counted.group(), "个")
        last_role = role
    order = list(measures)
    if latest is not None:
        layout.period_texts.append(f"{latest}年全年")
    # Block per indicator: group rows above repeated entities name the measure.
    groups: list[str] = []
    entity_rows: list[tuple[int, str, str]] = []  # (row, name, group)
    group = ""
    blank = False
    for r in range(first, len(rows)):
        row = rows[r]
        t = text_of(row[name_col.index]) if name_col.index < len(row) else ""
        first_text = next((text_of(c) for c in row if text_of(c)), "")
        if not first_text:
            blank = True
            continue
        if blank and entity_rows and _text_row(row) and sum(bool(text_of(c)) for c in row) >= 2:
            # After a blank row, a row of words only: a second table (the city's years)
            # begins; its rows are not places.
            layout.unplaced.append(
                f"{cell_ref(r, 0)}-{cell_ref(len(rows) - 1, 0)} a second table below the first "
                f"({'、'.join(text_of(c) for c in row if text_of(c))}), not read"
            )
            break
        blank = False
        if NOTE.match(norm(first_text)):
            layout.notes.append(f"{cell_ref(r, 0)} {first_text}")
            continue
        has_figures = any(
            c.index < len(row) and text_of(row[c.index]) and not is_missing(row[c.index])
            for c in figure_cols
        )
        if not t:
            if has_figures:
                layout.unplaced.append(f"{cell_ref(r, 0)} a row of figures without a name")
            continue
        if not has_figures:
            group, _ = clean_name(t)
            groups.append(group)
            continue
        entity_rows.append((r, clean_name(t)[0], group))
    names_seen = [n for _, n, _ in entity_rows]
    by_block = len(groups) > 1 and len(set(names_seen)) < len(names_seen)
    result = League([], [], [])
    if by_block:
        roles = {role: col for m in measures.values() for role, col in m.items()}
        unit = units.get(next(iter(measures), ""), unit_note or "")
        for g in groups:
            cols = {
                k: Column(v.index, v.role, v.header, v.ref, v.unit, v.why, g)
                for k, v in roles.items()
            }
            result.measures.append(Measure(g, unit, cols, (norm(g),)))
    else:
        for name in order:
            cols = measures[name]
            if not any(role != "rank" for role in cols):
                continue
            rate_only = "actual" not in cols and "target" not in cols
            unit = units.get(name) or ("" if rate_only else unit_note or "")
            result.measures.append(
                Measure(
                    name,
                    unit,
                    cols,
                    tuple(dict.fromkeys([norm(name), *aliases.get(name, [])])),
                    tuple(more_ranks.get(name, [])),
                )
            )
    seen_entities: dict[str, Entity] = {}
    for r, name, group in entity_rows:
        row = rows[r]
        measures_here = [m for m in result.measures if (m.name == group) or not by_block]
        entity = seen_entities.get(name)
        if entity is None:
            entity = Entity(name, cell_ref(r, name_col.index), {})
            seen_entities[name] = entity
            (result.wholes if WHOLE.match(norm(name)) else result.entities).append(entity)
        for m in measures_here:
            figs, odd = _figures(row, r, list(m.columns.values()))
            layout.unplaced += odd
            if figs:
                entity.figures[m.name] = figs
            for extra in m.more_ranks:
                place, odd = _figures(row, r, [extra])
                layout.unplaced += odd
                if "rank" in place:
                    entity.more_ranks.setdefault(m.name, []).append(place["rank"])
    _whole_first(result)
    _places_by_what_they_follow(result, layout)
    layout.league = result
    layout.period_texts += [c.header for c in figure_cols] + groups
