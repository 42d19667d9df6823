"""A snapshot from the spreadsheet where the figures are kept (DESIGN.md §8).

Reads .xlsx, .xls and .ods with python-calamine (the ``xlsx`` extra) and .csv (UTF-8, with or
without BOM, or GBK) into a ``Grid``; ``gxreport.importers.layout`` recognises its layout
(header, column roles, groups, parts, totals; or a league table of places), and this module
writes what it found as snapshot TOML — one snapshot, or one per entity of a league table —
each figure commented with its cell, and what it could not place listed.

Numbers are read as the sheet shows them. A reader hands over binary floats; each becomes a
decimal at this edge: for .xlsx the cell's own number format is read from the file (0.00 →
two decimals, 0.0% → a rate), elsewhere the shortest decimal that is the same float
(213.9 stays 213.9, never 213.90000000000001).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal, localcontext
from pathlib import Path
from typing import TYPE_CHECKING
from xml.etree import ElementTree

from gxreport.errors import Problem, SnapshotError, UsageError, printable
from gxreport.importers.layout import (
    cell_ref,
    measure_words,
    norm,
    rank_position,
    recognise,
    text_of,
)
from gxreport.importers.tomltext import comment, string
from gxreport.importers.words import BEHIND, CEILING, PLACE_PREFIX, TITLE_PLACE, column_role
from gxreport.periods import month_end
from gxreport.units import MAX_ABS, MAX_DECIMALS, half_unit, parse_unit

if TYPE_CHECKING:
    from gxreport.importers.layout import Column, Entity, Figure, Layout, Measure
    from gxreport.importers.words import ColumnRole
    from gxreport.records import Snapshot
    from gxreport.units import Unit

# What python-calamine reads (the xlsx extra); .csv is read without it.
SPREADSHEETS = (".xlsx", ".xlsm", ".xls", ".ods")
SHEETS = (*SPREADSHEETS, ".csv")
_MONTHS = re.compile(r"(\d{1,2})\s*[-—~～至到]\s*(\d{1,2})\s*月")
_PERIODS = {
    "上半年": (6, 30),
    "一季度": (3, 31),
    "1季度": (3, 31),
    "前三季度": (9, 30),
    "全年": (12, 31),
}


@dataclass(frozen=True)
class Grid:
    """A sheet as rows of cells: text or exact decimals; and where each cell is."""

    name: str
    rows: list[list[str | Decimal]]
    percent: set[tuple[int, int]] = field(default_factory=set)  # cells formatted as %


__all__ = ["Grid", "cell_ref", "read", "to_snapshot", "split", "league_snapshots"]


# ── reading ─────────────────────────────────────────────────────────────────


# The largest sheet read, as rows × columns from A1 to its farthest cell: a bureau's table is
# a few thousand cells; a stray cell at XFD1048576 would make the reader allocate the whole
# grid (half a terabyte) before a single value is seen.
MAX_SHEET_CELLS = 2_000_000


def read(path: Path, sheet: str | None) -> Grid:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _read_csv(path)
    if suffix not in SPREADSHEETS:
        raise UsageError(
            Problem(
                "is not a spreadsheet gxreport reads (.xlsx, .xls, .ods or .csv)", file=str(path)
            )
        )
    from gxreport.inputs import check_readable, check_unpacked

    check_readable(path)
    if suffix != ".xls":  # .xlsx, .xlsm and .ods are zips of XML
        check_unpacked(path, "sheet", "copy the table into a new workbook")
    name, raw, cells = _calamine(path, sheet, suffix)
    rows: list[list[str | Decimal]] = []
    percent: set[tuple[int, int]] = set()
    for r, values in enumerate(raw):
        row: list[str | Decimal] = []
        for c, value in enumerate(values):
            error = cells.errors.get((r, c))
            cell, is_percent = (
                (error, False) if error else _from_reader(value, cells.formats.get((r, c)))
            )
            if is_percent:
                percent.add((r, c))
            row.append(cell)
        rows.append(row)
    _no_endless_numbers(rows, printable(str(path)))
    return Grid(name, rows, percent)


# Python reads at most this many digits into an integer, and no figure has a hundredth of
# them: a cell holding such a run is refused at the cell, before anything reads it.
MAX_DIGITS = 4300
_ENDLESS = re.compile(rf"\d{{{MAX_DIGITS},}}")


def _no_endless_numbers(rows: list[list[str | Decimal]], where: str) -> None:
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            endless = (
                _ENDLESS.search(cell) is not None
                if isinstance(cell, str)
                else len(cell.as_tuple().digits) >= MAX_DIGITS
            )
            if endless:
                raise SnapshotError(
                    Problem(
                        f"cell {cell_ref(r, c)} holds a number of more than {MAX_DIGITS:,} "
                        "digits, which is no figure",
                        file=where,
                    )
                )


def _calamine(
    path: Path, sheet: str | None, suffix: str
) -> tuple[str, Sequence[Sequence[object]], Cells]:
    """The sheet's name and its values as python-calamine reads them, and (for .xlsx) what
    the reader does not give: number formats and error cells. Whatever the reader raises for
    a file it cannot read is said as the file's problem."""
    from python_calamine import CalamineWorkbook

    where = printable(str(path))

    def unreadable(exc: BaseException) -> SnapshotError:
        reason = (str(exc).splitlines() or [""])[0][:200] or type(exc).__name__
        return SnapshotError(Problem(f"cannot be read as a spreadsheet: {reason}", file=where))

    if suffix == ".ods":  # the reader unpacks every sheet as it opens the file
        for table, last in _ods_extents(path).items():
            _refuse_far_cells(last, table, where)
    try:
        book = CalamineWorkbook.from_path(str(path))
        names = list(book.sheet_names)
    except Exception as exc:  # CalamineError, XmlError, ZipError, OSError …: the file's
        raise unreadable(exc) from None
    if not names:
        raise SnapshotError(Problem("has no sheets", file=where))
    if sheet is not None and sheet not in names:
        raise UsageError(
            Problem(f"--sheet: no sheet {sheet!r}; the sheets are {', '.join(names)}", file=where)
        )
    name = sheet or names[0]
    cells = _xlsx_formats(path, name) if suffix in (".xlsx", ".xlsm") else Cells()
    _refuse_far_cells(cells.last, name, where)
    try:
        raw = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
    except Exception as exc:
        raise unreadable(exc) from None
    return name, raw, cells


def _refuse_far_cells(last: tuple[int, int], name: str, where: str) -> None:
    extent = (last[0] + 1) * (last[1] + 1)
    if extent > MAX_SHEET_CELLS:
        raise SnapshotError(
            Problem(
                f"sheet {name!r} reaches cell {cell_ref(*last)}: {extent:,} cells "
                f"from A1, more than the {MAX_SHEET_CELLS:,} gxreport reads. Delete what stands "
                "far from the table (Ctrl+End goes to the last cell) or copy the table into a "
                "new workbook",
                file=where,
            )
        )


def _from_reader(value: object, code: str | None) -> tuple[str | Decimal, bool]:
    """A reader's value as gxreport keeps it: text as text, numbers as the exact decimal the
    cell shows."""
    if isinstance(value, bool):
        return str(value), False
    if isinstance(value, int):
        return Decimal(value), False
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return "", False
        shown = Decimal(repr(value))  # the shortest decimal that is this float
        if abs(shown) >= FAR_BEYOND:
            return shown, False  # no figure: validation says it is out of range, at its cell
        if code is not None:
            places, is_percent = _places(code)
            if is_percent:
                shown = shown.scaleb(2)
            if places is not None:
                # Excel shows at most 30 decimals; the context holds every digit of them.
                with localcontext() as context:
                    context.prec = MAX_FORMAT_PLACES + 30
                    shown = shown.quantize(
                        Decimal(1).scaleb(-min(places, MAX_FORMAT_PLACES)), rounding=ROUND_HALF_UP
                    )
            return shown, is_percent
        if shown == shown.to_integral_value():
            shown = shown.quantize(Decimal(1))
        return shown, False
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat(), False
    return ("" if value is None else str(value)), False


# Past this no cell holds a report's figure (the snapshot refuses 10^15 and more); a float
# such as 1e308 is kept as it is and refused there, at its cell.
FAR_BEYOND = Decimal("1E20")
MAX_FORMAT_PLACES = 30


def _places(code: str) -> tuple[int | None, bool]:
    """Decimals a number format shows (None for General) and whether it is a percentage."""
    section = code.split(";")[0]
    section = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", section)
    is_percent = "%" in section
    if not re.search(r"[0#?]", section):
        return None, is_percent
    match = re.search(r"\.([0#?]+)", section)
    return (len(match.group(1)) if match else 0), is_percent


_BUILTIN = {1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00"}
_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


@dataclass
class Cells:
    """What an .xlsx sheet's XML says of its cells beyond their values: each numeric cell's
    number format, each error cell's error (#DIV/0!, #N/A, #REF!: the reader gives them as
    blanks), and the farthest cell (row, column)."""

    formats: dict[tuple[int, int], str] = field(default_factory=dict)
    errors: dict[tuple[int, int], str] = field(default_factory=dict)
    last: tuple[int, int] = (0, 0)


def _xlsx_formats(path: Path, sheet: str) -> Cells:
    """Each numeric cell's number format and each error cell's error, read from the
    workbook's own XML (calamine gives values, not formats, and errors as blanks)."""
    out = Cells()
    try:
        with zipfile.ZipFile(path) as z:
            styles = ElementTree.fromstring(z.read("xl/styles.xml"))
            custom = {
                int(n.get("numFmtId", "0")): n.get("formatCode", "")
                for n in styles.iter(f"{_NS}numFmt")
            }
            xfs = styles.find(f"{_NS}cellXfs")
            codes = [
                custom.get(int(x.get("numFmtId", "0")), _BUILTIN.get(int(x.get("numFmtId", "0"))))
                for x in (xfs if xfs is not None else [])
            ]
            target = _sheet_target(z, sheet)
            if target is None:
                return out
            with z.open(target) as handle:
                for _, elem in ElementTree.iterparse(handle):
                    if elem.tag == f"{_NS}c":
                        ref = elem.get("r")
                        at = _parse_ref(ref) if ref is not None else None
                        if at is not None:
                            out.last = (max(out.last[0], at[0]), max(out.last[1], at[1]))
                            s = elem.get("s")
                            if s is not None and s.isdigit() and int(s) < len(codes):
                                code = codes[int(s)]
                                if code:
                                    out.formats[at] = code
                            if elem.get("t") == "e":
                                shown = elem.findtext(f"{_NS}v") or "#VALUE!"
                                out.errors[at] = shown.strip() or "#VALUE!"
                        elem.clear()
    except (KeyError, zipfile.BadZipFile, ElementTree.ParseError, ValueError, OSError):
        pass
    return out


_ODS_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_ODS_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def _ods_extents(path: Path) -> dict[str, tuple[int, int]]:
    """Each .ods sheet's farthest cell that holds something, repeats counted (a row or a
    cell may stand for a million of itself); the empty repeats every .ods ends with are not
    counted. Empty when the file cannot be read: the reader says why."""
    lasts: dict[str, tuple[int, int]] = {}
    try:
        with zipfile.ZipFile(path) as z, z.open("content.xml") as handle:
            name = ""
            last: tuple[int, int] = (0, 0)
            row = col = row_last_col = 0
            row_repeat = 1
            for event, elem in ElementTree.iterparse(handle, events=("start", "end")):
                tag = elem.tag
                if tag == f"{_ODS_TABLE}table":
                    if event == "start":
                        name, last, row = elem.get(f"{_ODS_TABLE}name", ""), (0, 0), 0
                    else:
                        lasts[name] = last
                        elem.clear()
                elif tag == f"{_ODS_TABLE}table-row":
                    if event == "start":
                        row_repeat = int(elem.get(f"{_ODS_TABLE}number-rows-repeated", "1"))
                        col, row_last_col = 0, -1
                    else:
                        if row_last_col >= 0:
                            last = (max(last[0], row + row_repeat - 1), max(last[1], row_last_col))
                        row += row_repeat
                        elem.clear()
                elif event == "end" and tag in (
                    f"{_ODS_TABLE}table-cell",
                    f"{_ODS_TABLE}covered-table-cell",
                ):
                    repeat = int(elem.get(f"{_ODS_TABLE}number-columns-repeated", "1"))
                    if elem.get(f"{_ODS_OFFICE}value-type") is not None or len(elem):
                        row_last_col = col + repeat - 1
                    col += repeat
                    elem.clear()
    except (KeyError, zipfile.BadZipFile, ElementTree.ParseError, ValueError, OSError):
        return {}
    return lasts


def _sheet_target(z: zipfile.ZipFile, sheet: str) -> str | None:
    book = ElementTree.fromstring(z.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    by_id = {r.get("Id"): r.get("Target", "") for r in rels}
    for s in book.iter(f"{_NS}sheet"):
        if s.get("name") == sheet:
            target = by_id.get(s.get(f"{_REL}id"), "")
            target = target.lstrip("/")
            return target if target.startswith("xl/") else f"xl/{target}"
    return None


def _parse_ref(ref: str) -> tuple[int, int] | None:
    match = re.fullmatch(r"([A-Z]{1,3})(\d{1,7})", ref)
    if match is None:
        return None
    col = 0
    for ch in match.group(1):
        col = col * 26 + ord(ch) - 64
    return int(match.group(2)) - 1, col - 1


def _read_csv(path: Path) -> Grid:
    from gxreport.inputs import read_input
    from gxreport.load import decode

    where = printable(str(path))
    text = decode(read_input(path), where)[0]
    reader = csv.reader(io.StringIO(text), strict=True)
    rows: list[list[str | Decimal]] = []
    cells = 0
    try:
        for row in reader:
            rows.append([_typed(cell) for cell in row])
            cells += max(len(row), 1)
            if cells > MAX_SHEET_CELLS:
                raise SnapshotError(
                    Problem(
                        f"has more than {MAX_SHEET_CELLS:,} cells, more than gxreport reads "
                        "from a sheet: keep the table and delete the rest",
                        file=where,
                        line=reader.line_num,
                    )
                )
    except csv.Error as exc:
        start = _row_start(text, len(rows))
        if "end of data" in str(exc):
            raise SnapshotError(
                Problem(
                    "a quote opened here is never closed, so the rest of the file would be one "
                    'cell: close it (a quote inside a cell is written "")',
                    file=where,
                    line=start,
                )
            ) from None
        if "field larger" in str(exc):
            raise SnapshotError(
                Problem(
                    f"a cell is longer than {csv.field_size_limit():,} characters, the most a "
                    "CSV cell is read to",
                    file=where,
                    line=start,
                )
            ) from None
        # Other slips (text after a closing quote) are read as spreadsheets read them.
        rows = [[_typed(cell) for cell in row] for row in csv.reader(io.StringIO(text))]
    _no_endless_numbers(rows, where)
    return Grid(path.stem, rows)


def _row_start(text: str, index: int) -> int:
    """The line on which CSV record ``index`` starts (records may span lines)."""
    reader = csv.reader(io.StringIO(text))
    line = 1
    try:
        for _ in range(index):
            next(reader)
            line = reader.line_num + 1
    except (csv.Error, StopIteration):
        pass
    return line


_PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")


def _typed(cell: str) -> str | Decimal:
    """A CSV cell that is a plain number, as the exact decimal typed; anything else as text
    ("1.57万" is read by the snapshot's own parser)."""
    text = unicodedata.normalize("NFKC", cell).strip().replace(",", "")
    return Decimal(text) if _PLAIN_NUMBER.fullmatch(text) else cell


# ── the period ──────────────────────────────────────────────────────────────


def period_end(texts: Sequence[str], year: int) -> dt.date | None:
    for text in texts:
        t = norm(text)
        dotted = re.fullmatch(r"(?:19|20)\d{2}[.．/](\d{1,2})", t)  # 2010.6: June 2010
        if dotted and 1 <= int(dotted.group(1)) <= 12:
            return month_end(year, int(dotted.group(1)))
        if re.fullmatch(r"(?:19|20)\d{2}年?", t):
            return dt.date(year, 12, 31)  # a column of the year itself (2011年): the whole year
        match = _MONTHS.search(t) or re.search(r"(?:\d{4}年)()(\d{1,2})月(?!\d)", t)
        if match:
            month = int(match.group(2))
            if 1 <= month <= 12:
                return month_end(year, month)
        for word, (month, day) in _PERIODS.items():
            if word in t:
                return dt.date(year, month, day)
    return None


def _period(
    layout: Layout, source: str, year: int | None, as_of: dt.date | None
) -> tuple[int, dt.date]:
    texts = [*layout.period_texts, Path(source).stem]
    if year is None:
        for text in texts:
            match = re.search(r"(?<!\d)(19|20)\d{2}(?!\d)", text)
            if match:
                year = int(match.group(0))
                break
    if year is None:
        title = f"the title ({layout.title})" if layout.title else "no title"
        raise UsageError(
            Problem(
                f"no year in {title}, the headers or the file name: give it with --year",
                file=source,
            )
        )
    as_of = as_of or period_end(texts, year) or _whole_year(layout, year)
    if as_of is None:
        raise UsageError(
            Problem(
                "no period in the headers, the title or the file name (1-6月, 上半年, "
                "2023年3月): give --as-of",
                file=source,
            )
        )
    return year, as_of


def _whole_year(layout: Layout, year: int) -> dt.date | None:
    """The year's end where the column of figures is headed by the year alone (2021年GDP:
    an annual table), and nothing names a shorter period."""
    columns = list(layout.columns)
    if layout.league is not None:
        columns += [c for m in layout.league.measures for c in m.columns.values()]
    for col in columns:
        if col.role == "actual" and re.match(
            rf"{year}年(?!\d|度?[上下前一二三四1-4]|.*[月季])", norm(col.header)
        ):
            return dt.date(year, 12, 31)
    return None


# ── figures as a snapshot writes them ───────────────────────────────────────


def _value(cell: str | Decimal) -> str:
    if isinstance(cell, Decimal):
        return format(cell, "f")
    return string(cell.strip())


def _stated_text(key: str, cell: str | Decimal, header: str = "") -> str:
    """A printed figure for [indicator.stated] as the sheet prints it: 57.65 → "57.65%", a gap
    of −4.52 → "-4.52个百分点" (and so any figure under a header in 百分点)."""
    text = format(cell, "f") if isinstance(cell, Decimal) else norm(cell)
    if key == "schedule_gap" or "百分点" in header:
        if not re.search(r"(%|百分点)$", text):
            text += "个百分点"
        return text
    if not text.endswith(("%", "％", "百分点")):
        text += "%"
    return text


_STATED: tuple[tuple[str, ColumnRole], ...] = (
    ("completion", "completion"),
    ("yoy", "yoy"),
    ("schedule_gap", "schedule_gap"),
    ("share", "share"),
)
_QUANTITIES: tuple[ColumnRole, ...] = ("actual", "target", "stretch", "last_year")
# Targets and the 序时进度 a sheet prints beside its figures (DESIGN.md §2), each written as its
# snapshot key: period_target an amount, target_yoy a growth as printed ("6%"), time_progress
# in % ([report] where every row prints the same, else per indicator).
_OF_TARGETS: tuple[ColumnRole, ...] = ("period_target", "target_yoy", "time_progress")


def _of_target(role: ColumnRole, fig: Figure, unit: Unit) -> str:
    """The snapshot's text of a period_target, target_yoy or time_progress cell; ValueError
    where it is none (a negative target, a growth in words)."""
    from gxreport.records import progress
    from gxreport.stated import parse_stated
    from gxreport.units import parse_quantity

    if role == "period_target":
        if parse_quantity(fig.value, unit) < 0:
            raise ValueError("a negative target")
        return _value(fig.value)
    text = _stated_text("yoy", fig.value, fig.column.header)
    if role == "target_yoy":
        parse_stated("yoy", re.sub(r"(?:左右|以上|上下|以内)$", "", text), unit)
    else:
        progress(text)
    return string(text)


# Roles whose figure, a number in its cell, is kept as it is (a rank must be a whole place).
_PLAIN: frozenset[ColumnRole] = frozenset(
    ("actual", "target", "stretch", "last_year", "completion", "yoy", "schedule_gap", "share")
)


def _checked(
    figures: dict[ColumnRole, Figure], unit: str, unplaced: list[str]
) -> dict[ColumnRole, Figure]:
    """The figures a snapshot can hold as they are; the others listed with their cells."""
    from gxreport.stated import parse_stated
    from gxreport.units import parse_quantity

    parsed = parse_unit(unit)
    keep: dict[ColumnRole, Figure] = {}
    for role, fig in figures.items():
        if role == "schedule_gap" and BEHIND.search(norm(fig.column.header)):
            behind = _behind(fig)
            if behind is None:
                unplaced.append(
                    f"{fig.ref} {text_of(fig.value)} ({fig.column.header}: a shortfall printed "
                    "with a sign, ahead or behind? head the column 比序时进度± and print the "
                    "gap with its sign)"
                )
                continue
            fig = behind
        if (
            isinstance(fig.value, Decimal)
            and role in _PLAIN
            and (fig.value >= 0 or role not in ("target", "stretch"))
            and -MAX_ABS < fig.value < MAX_ABS
            and (not fig.value or fig.value.adjusted() >= -MAX_DECIMALS)
        ):
            keep[role] = fig  # a number as the cell holds it: nothing to read
            continue
        try:
            if role in _QUANTITIES:
                parse_quantity(fig.value, parsed)
                if (
                    role in ("target", "stretch")
                    and isinstance(fig.value, Decimal)
                    and fig.value < 0
                ):
                    raise ValueError("a negative target")
            elif role == "rank":
                if rank_position(fig.value) is None:
                    raise ValueError("not a place")
            elif role in _OF_TARGETS:
                _of_target(role, fig, parsed)
            else:
                key = {r: k for k, r in _STATED}[role]
                text = _stated_text(key, fig.value, fig.column.header)
                parse_stated(key, text, parsed)  # type: ignore[arg-type]
        except ValueError as exc:
            unplaced.append(f"{fig.ref} {text_of(fig.value)} ({fig.column.header}: {exc})")
            continue
        keep[role] = fig
    return keep


def _behind(fig: Figure) -> Figure | None:
    """A gap under 塌计划进度 or 落后序时进度 as the signed gap (17 behind is −17); None for
    a figure whose sign cannot be read so (a minus under 落后)."""
    value = fig.value if isinstance(fig.value, Decimal) else None
    if value is None and _PLAIN_NUMBER.fullmatch(norm(str(fig.value))):
        value = Decimal(norm(str(fig.value)))
    if value is None or value < 0:
        return None
    return replace(fig, value=-value)


def _slug(name: str) -> str:
    return re.sub(r"[\s\"'\\（）()、，,：:;；/]+", "", name) or "indicator"


def _ids(names: Sequence[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for name in names:
        base = _slug(name)
        n = seen.get(base, 0)
        seen[base] = n + 1
        out.append(base if n == 0 else f"{base}-{n + 1}")
    return out


def _kind(name: str, unit: str) -> str | None:
    if norm(unit) in ("%", "％", "百分比"):
        return "reduction" if "降低" in name else "level"
    return None


def _indicator(
    out: list[str],
    ident: str,
    name: str,
    ref: str,
    group: str,
    unit: str,
    figures: dict[ColumnRole, Figure],
    parts: str | None = None,
    rank_by: str | None = None,
    as_of: dt.date | None = None,
    share_of: str | None = None,
    own_progress: bool = True,
) -> None:
    out += ["", "[[indicator]]", f"id     = {string(ident)}", f"name   = {string(name)}  # {ref}"]
    if group:
        out.append(f"group  = {string(group)}")
    if unit:
        out.append(f"unit   = {string(unit)}")
    kind = _kind(name, unit)
    if kind:
        out.append(f'kind   = "{kind}"')
    if kind != "reduction" and CEILING.search(name):
        out.append('better = "lower"')
    if as_of is not None:
        out.append(f"as_of  = {as_of.isoformat()}")
    for role in _QUANTITIES:
        if role in figures:
            fig = figures[role]
            out.append(f"{role} = {_value(fig.value)}  # {fig.ref}")
    for role in _OF_TARGETS:
        if role in figures and (role != "time_progress" or own_progress):
            fig = figures[role]
            out.append(f"{role} = {_of_target(role, fig, parse_unit(unit))}  # {fig.ref}")
    if parts:
        out.append(parts)
    if share_of and "share" in figures:
        out.append(f"share_of = {string(share_of)}")
    stated = [(key, figures[role]) for key, role in _STATED if role in figures]
    if stated:
        out.append("[indicator.stated]")
        for key, fig in stated:
            text = _stated_text(key, fig.value, fig.column.header)
            out.append(f"{key} = {string(text)}  # {fig.ref}")
    if "rank" in figures:
        fig = figures["rank"]
        out += ["[indicator.rank]", f"position = {rank_position(fig.value)}  # {fig.ref}"]
        if rank_by:
            out.append(f'by       = "{rank_by}"')


def _head(source: str, sheet: str, unplaced: list[str], layout: Layout) -> list[str]:
    where = f"{source}（工作表“{sheet}”）"
    out = [
        f"# gxreport import: {comment(where)}",
        "# Each figure is followed by the cell it came from; review, then run gxreport check.",
    ]
    named = [c for c in layout.skipped if c.header]
    if named:
        out.append("# Columns skipped (no figure of a snapshot):")
        out += [f"#   {c.ref} {comment(c.header)}: {comment(_why(c))}" for c in named]
    if unplaced:
        out.append("# Not placed (not in the snapshot):")
        out += [f"#   {comment(u)}" for u in unplaced]
    if layout.notes:
        out.append("# Notes in the sheet, skipped:")
        out += [f"#   {comment(n)}" for n in layout.notes]
    return out


def _report(
    layout: Layout,
    source: str,
    year: int,
    as_of: dt.date,
    entity: str | None = None,
    progress: str | None = None,
) -> list[str]:
    where = f"{source}（工作表“{layout.sheet}”）"
    title = layout.title or layout.sheet
    out = [
        "",
        "[report]",
        f"title  = {string(title)}" + (f"  # {layout.title_ref}" if layout.title_ref else ""),
    ]
    entity = entity or title_place(norm(title))
    if entity is not None:
        out.append(f"entity = {string(entity)}")
    out += [f"year   = {year}", f"as_of  = {as_of.isoformat()}", f"source = {string(where)}"]
    if progress is not None:
        out.append(f"time_progress = {progress}")
    return out


def title_place(title: str) -> str | None:
    """The place a title names (涪陵区 of 2025年前三季度涪陵区主要经济指标), or None."""
    match = TITLE_PLACE.match(title)
    if match is None:
        return None
    run = match.group("run")
    while (inner := PLACE_PREFIX.sub("", run, count=1)) != run:
        run = inner
    return run


def _why(column: Column) -> str:
    return column.why or "a header gxreport does not know"


def messages(layout: Layout, unplaced: list[str]) -> list[str]:
    """What import says on stderr: the columns it skipped and every figure it did not place."""
    said = [f"skipped column {c.ref} {c.header}: {_why(c)}" for c in layout.skipped if c.header]
    return said + [f"not placed: {u}" for u in unplaced]


def _no_indicator(layout: Layout) -> SnapshotError:
    cols = "、".join(f"{c.ref} {c.header}→{c.role}" for c in layout.columns if c.header) or "none"
    skipped = "、".join(f"{c.ref} {c.header}" for c in layout.skipped) or "none"
    top, bottom = layout.header_rows
    rows = f"{top + 1}" if top == bottom else f"{top + 1}-{bottom + 1}"
    first = bottom + 2
    return SnapshotError(
        Problem(
            f"no indicator found: the header is row {rows}"
            f" (columns read: {cols}; skipped: {skipped}), but no row from {first} on has a "
            "name and a figure in those columns; looked for rows with the indicator's name "
            "and at least one of 1-6月/累计, 全年目标, 上年同期, 同比%, 完成率%, 排名"
            + (f"; not placed: {'; '.join(layout.unplaced[:5])}" if layout.unplaced else ""),
            file=layout.source,
        )
    )


def to_snapshot(
    grid: Grid,
    source: str,
    year: int | None = None,
    as_of: dt.date | None = None,
) -> tuple[str, list[str]]:
    """The snapshot's TOML text, each figure commented with its cell; and what import says on
    stderr (skipped columns, figures not placed)."""
    layout = recognise(grid, source)
    if layout.league is not None:
        raise UsageError(_league_hint(layout, source))
    if not layout.lines:
        raise _no_indicator(layout)
    year, as_of = _period(layout, source, year, as_of)
    layout = _own_period_targets(layout, year, as_of)
    unplaced = list(layout.unplaced)
    lines = layout.lines
    checked = [_checked(line.figures, line.unit, unplaced) for line in lines]
    progress = _one_progress(checked)
    ids = _ids([line.name for line in lines])
    parts: dict[int, str] = {}
    warned: list[str] = []  # a part larger than its whole (销售产值 158996, 其中 1051024)
    # Each 其中 block under a row is one breakdown of it (其中：三次产业 …, 其中：农林牧渔业 …).
    blocks: dict[int, dict[int, list[int]]] = {}
    for i, line in enumerate(lines):
        if line.part_of is not None:
            blocks.setdefault(line.part_of, {}).setdefault(line.parts_block, []).append(i)
        if line.totals:
            blocks[i] = {-2: line.totals}
    for i, by_block in blocks.items():
        kept: list[str] = []
        for members in by_block.values():
            listed = "parts  = [" + ", ".join(string(ids[j]) for j in members) + "]"
            adds_up = lines[i].total_row or _adds_up(checked[i], [checked[j] for j in members])
            same_unit = all(norm(lines[j].unit) == norm(lines[i].unit) for j in members)
            if adds_up and same_unit and not any(k.startswith("parts") for k in kept):
                kept.append(listed)
            elif adds_up and not same_unit:
                kept.append(f"# 待核: 合计 over rows of other units: {listed}")
            else:
                # 其中 rows are often a few of the parts, not all of them: only a breakdown
                # that adds up to the total is a parts check.
                kept.append(f"# 待核: 其中 rows that do not add up to the total: {listed}")
                larger = _larger_parts(checked[i], [(ids[j], checked[j]) for j in members])
                # An average (人均可支配收入: 城镇 above the whole) or a rate is no sum.
                if larger and same_unit and not _NOT_A_SUM.search(lines[i].name):
                    said = f"{ids[i]} {larger}: a part larger than its whole, as printed"
                    kept.append(f"# 待核: {said}")
                    warned.append(f"check: {said}")
        parts[i] = "\n".join(kept)
    body: list[str] = []
    periods: dict[str, dt.date | None] = {}
    for i, line in enumerate(lines):
        if line.period not in periods:
            periods[line.period] = period_end([line.period], year) if line.period else None
        own = periods[line.period]
        _indicator(
            body, ids[i], line.name, line.ref, line.group, line.unit, checked[i], parts.get(i),
            as_of=own if own is not None and own != as_of else None,
            share_of=ids[line.share_of] if line.share_of is not None else None,
            own_progress=progress is None,
        )  # fmt: skip
    out = _head(source, layout.sheet, unplaced, layout)
    out += _report(layout, source, year, as_of, progress=progress) + body
    return "\n".join(out) + "\n", messages(layout, unplaced) + warned


_NOT_A_SUM = re.compile(r"人均|平均|均价|价格|指数|率|比重|占比")


def _larger_parts(
    total: dict[ColumnRole, Figure], members: list[tuple[str, dict[ColumnRole, Figure]]]
) -> str:
    """The parts whose figure of the year is larger than the total's, said with their cells
    (158996 at D8 < 其中 1051024 at D9); '' where none is."""
    whole = total.get("actual")
    if whole is None or not isinstance(whole.value, Decimal) or whole.value < 0:
        return ""
    said = [
        f"{whole.value} ({whole.ref}) < {ident} {fig.value} ({fig.ref})"
        for ident, figs in members
        if (fig := figs.get("actual")) is not None
        and isinstance(fig.value, Decimal)
        and fig.value > whole.value
    ]
    return "; ".join(said)


def _own_period_targets(layout: Layout, year: int, as_of: dt.date) -> Layout:
    """The layout with a period target kept only where its header's period (上半年目标,
    1-6月目标) is the sheet's own or unstated (本期目标); another period's is named as skipped."""
    other = {
        c.index
        for c in layout.columns
        if c.role == "period_target" and period_end([c.header], year) not in (None, as_of)
    }
    if not other:
        return layout
    skipped = [
        replace(c, role="skip", why=f"the target of another period than the sheet's (to {as_of})")
        for c in layout.columns
        if c.index in other
    ]
    lines = [
        replace(line, figures={r: f for r, f in line.figures.items() if r != "period_target"})
        for line in layout.lines
    ]
    columns = [c for c in layout.columns if c.index not in other]
    return replace(layout, columns=columns, skipped=[*layout.skipped, *skipped], lines=lines)


def _one_progress(checked: Sequence[dict[ColumnRole, Figure]]) -> str | None:
    """The 序时进度 every row prints alike, for [report]; None where rows differ or print none."""
    printed = [figs["time_progress"] for figs in checked if "time_progress" in figs]
    texts = {_of_target("time_progress", f, parse_unit("%")) for f in printed}
    return texts.pop() if len(texts) == 1 else None


def _adds_up(total: dict[ColumnRole, Figure], members: list[dict[ColumnRole, Figure]]) -> bool:
    """Whether the parts add up to the total within the half-units they were printed to: by
    the year's figures, or by the targets where the table has no figure of the year yet (a
    budget)."""
    role: ColumnRole = "actual" if "actual" in total else "target"
    whole = total.get(role)
    if whole is None or not isinstance(whole.value, Decimal):
        return False
    numbers: list[Decimal] = []
    for member in members:
        v = member.get(role)
        if v is None or not isinstance(v.value, Decimal):
            return False
        numbers.append(v.value)
    slack = sum((half_unit(v) for v in [*numbers, whole.value]), Decimal(0))
    return abs(sum(numbers, Decimal(0)) - whole.value) <= slack


# ── league tables: one snapshot per entity ──────────────────────────────────


def _league_hint(layout: Layout, source: str) -> Problem:
    assert layout.league is not None
    names = "、".join(e.name for e in layout.league.entities[:5])
    measures = "、".join(m.name for m in layout.league.measures[:6])
    return Problem(
        f"is a league table: its rows are places ({names}…, {len(layout.league.entities)} in "
        f"all) and its figures {measures}; `gxreport import {source} --split DIR` writes one "
        f"snapshot per place, and `gxreport rank {source} -i NAME` ranks them directly",
        file=source,
    )


def _league_of(grid: Grid, source: str) -> Layout:
    layout = recognise(grid, source)
    if layout.league is None:
        raise UsageError(
            Problem(
                "is not a league table: its rows are indicators, not places (县、区、开发区); "
                "`gxreport import` reads it as one snapshot",
                file=source,
            )
        )
    if not layout.league.entities or not layout.league.measures:
        raise _no_indicator(layout)
    return layout


def _rank_by(rank: Column | None) -> str | None:
    """What a rank column is a place by: the figure it follows."""
    if rank is None:
        return None
    return rank.why if rank.why in _BY_ROLE else None


def _entity_text(
    layout: Layout,
    source: str,
    year: int,
    as_of: dt.date,
    entity: Entity,
    measures: Sequence[Measure],
    ids: Sequence[str],
    unplaced: list[str],
    by: str | None = None,
) -> str:
    """One place's snapshot; where the table prints places by several figures, the place by
    ``by`` (else the first), the others listed."""
    out = _report(layout, source, year, as_of, entity.name)
    for measure, ident in zip(measures, ids, strict=True):
        figs = dict(entity.figures.get(measure.name, {}))
        if not figs:
            continue
        places = [f for f in [figs.get("rank")] if f is not None]
        places += entity.more_ranks.get(measure.name, [])
        chosen = next(
            (f for f in places if _rank_by(f.column) == by), places[0] if places else None
        )
        for place in places:
            if place is not chosen:
                unplaced.append(
                    f"{place.ref} {text_of(place.value)} ({entity.name}: a place by "
                    f"{place.column.why} as well; rank --by {place.column.why} reads it)"
                )
        if chosen is not None:
            figs["rank"] = chosen
        unit = measure.unit
        actual = figs.get("actual")
        if actual is not None and actual.column.unit and not unit:
            unit = actual.column.unit
        checked = _checked(figs, unit, unplaced)
        if not any(role != "rank" for role in checked):
            continue
        first = next(iter(checked.values()))
        rank_by = _rank_by(chosen.column) if chosen is not None else None
        _indicator(out, ident, measure.name, first.ref, "", unit, checked, None, rank_by)
    return "\n".join(out) + "\n"


def split(
    grid: Grid, source: str, year: int | None = None, as_of: dt.date | None = None
) -> tuple[list[tuple[str, str]], list[str]]:
    """A league table as one snapshot per entity: (entity, TOML text), and what import says."""
    layout = _league_of(grid, source)
    assert layout.league is not None
    year, as_of = _period(layout, source, year, as_of)
    unplaced = list(layout.unplaced)
    for whole in layout.league.wholes:
        said = "; ".join(
            f"{f.ref} {f.value}" for figs in whole.figures.values() for f in figs.values()
        )
        unplaced.append(f"{whole.ref} {whole.name} (the whole, not one of the places): {said}")
    measures = layout.league.measures
    ids = _ids([m.name for m in measures])
    texts = []
    for entity in layout.league.entities:
        body = _entity_text(layout, source, year, as_of, entity, measures, ids, unplaced)
        if "[[indicator]]" not in body:
            unplaced.append(f"{entity.ref} {entity.name}: no figure of it, no snapshot written")
            continue
        texts.append((entity.name, body))
    head = _head(source, layout.sheet, [], layout)
    return [(name, "\n".join(head) + "\n" + body) for name, body in texts], messages(
        layout, unplaced
    )


_BY_ROLE = {
    "actual": "actual",
    "completion": "completion",
    "yoy": "yoy",
    "schedule_gap": "schedule_gap",
    "share": "share",
}


def pick_measure(layout: Layout, wanted: str) -> tuple[Measure, str, str]:
    """The league table's measure ``wanted`` names (its id, its name, or a header it was read
    from: 规上工业增加值增速), its id, and the figure to rank it by."""
    assert layout.league is not None
    measures = layout.league.measures
    ids = _ids([m.name for m in measures])
    key = norm(wanted)
    for measure, ident in zip(measures, ids, strict=True):
        for role, col in measure.columns.items():
            if role != "rank" and key == norm(re.sub(r"[（(][^）)]*[）)]", "", col.header)).rstrip(
                "%％"
            ):
                return measure, ident, _BY_ROLE.get(role, "actual")
    named = measure_words(wanted)
    word = column_role(key)
    implied = _BY_ROLE.get(word.role) if word is not None else None
    for measure, ident in zip(measures, ids, strict=True):
        if named and named == norm(measure.name) and implied in measure.columns:
            return measure, ident, implied
    for measure, ident in zip(measures, ids, strict=True):
        if key in (ident, norm(measure.name), *measure.aliases):
            roles = [
                r
                for r in ("actual", "yoy", "completion", "schedule_gap", "share")
                if r in measure.columns
            ]
            return measure, ident, _BY_ROLE[roles[0]] if roles else "actual"
    names = "、".join(f"{m.name} ({i})" for m, i in zip(measures, ids, strict=True))
    raise UsageError(
        Problem(
            f"--indicator: no figure {wanted!r} in this league table; it has {names}",
            file=layout.source,
        )
    )


def league_snapshots(
    grid: Grid,
    source: str,
    wanted: str,
    by_wanted: str | None = None,
    year: int | None = None,
    as_of: dt.date | None = None,
) -> tuple[list[tuple[Snapshot, str]], str, str, list[str]]:
    """A league table's entities as snapshots holding the one figure ``wanted``: the
    snapshots with where each row is, the indicator's id, the figure to rank by, and what
    could not be placed."""
    from gxreport.load import parse_toml, validate

    layout = _league_of(grid, source)
    assert layout.league is not None
    year, as_of = _period(layout, source, year, as_of)
    measure, ident, by = pick_measure(layout, wanted)
    unplaced = list(layout.unplaced)
    loaded = []
    for entity in layout.league.entities:
        if measure.name not in entity.figures:
            continue
        other_places: list[str] = []  # a place by another figure than the ranked one
        text = _entity_text(
            layout, source, year, as_of, entity, [measure], [ident], other_places, by_wanted or by
        )
        unplaced += [u for u in other_places if "a place by" not in u]
        where = f"{source}:{entity.ref}"
        loaded.append((validate(parse_toml(text, where), text, where), where))
    return loaded, ident, by, [f"not placed: {u}" for u in unplaced]
