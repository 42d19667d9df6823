"""A snapshot from the spreadsheet where the figures are kept (DESIGN.md §8).

Reads .xlsx, .xls and .ods with python-calamine (the ``xlsx`` extra) and .csv (UTF-8, with or
without BOM, or GBK) laid out as statistics bureaus print them: title rows, a header row
found by its names (a second header row under merged cells is joined to the first), group
rows, "其中：" rows as parts, 注： rows skipped, "—"/"-"/"…"/blank as missing.

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
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Literal
from xml.etree import ElementTree

from gxreport.errors import Problem, SnapshotError, UsageError
from gxreport.importers.tomltext import comment, string
from gxreport.periods import month_end
from gxreport.units import half_unit

Role = Literal[
    "name", "unit", "actual", "last_year", "yoy", "target", "stretch", "completion", "rank"
]
# What python-calamine reads (the xlsx extra); .csv is read without it.
SPREADSHEETS = (".xlsx", ".xlsm", ".xls", ".ods")
MISSING = frozenset({"", "—", "-", "--", "——", "…", "...", "/", "－", "–"})
_MONTHS = re.compile(r"(\d{1,2})\s*[-—~～至到]\s*(\d{1,2})\s*月")
_PERIODS = {
    "上半年": (6, 30),
    "一季度": (3, 31),
    "1季度": (3, 31),
    "前三季度": (9, 30),
    "全年": (12, 31),
}
_UNIT_IN_HEADER = re.compile(r"[（(]\s*([^）)]+?)\s*[）)]")
_NOTE = re.compile(r"^(注|说明|备注|资料来源)\s*[0-9①②③]?\s*[：:]")
_GROUP_NUMBER = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、])\s*"
)


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace(" ", "").replace("\u3000", "")


def role_of(header: str) -> Role | None:
    """What a column holds, from its header (with the synonyms bureaus use)."""
    h = _norm(header)
    if not h:
        return None
    if any(k in h for k in ("指标", "项目", "名称")) and "目标" not in h:
        return "name"
    if "单位" in h:
        return "unit"
    if "力争" in h:
        return "stretch"
    if any(k in h for k in ("完成率", "完成年度目标", "完成进度", "完成全年")):
        return "completion"
    if any(k in h for k in ("排名", "位次", "排序")):
        return "rank"
    if any(k in h for k in ("增长", "增速", "增减", "±", "同比")):
        # 比去年同月增长: the month alone's growth, beside a month's value gxreport skips.
        return None if "同月" in h else "yoy"
    if any(k in h for k in ("上年同期", "去年同期", "上年")):
        return "last_year"
    if any(k in h for k in ("目标", "计划", "任务")):
        return "target"
    if (
        any(k in h for k in ("累计", "实际", "完成", "绝对值", "本期", "金额", "数值", "总量"))
        or _MONTHS.search(h)
        or re.search(r"1\s*[-—~至]\s*本月|年初至今", h)
        or any(k in h for k in _PERIODS)
    ):
        return "actual"
    return None


@dataclass(frozen=True)
class Grid:
    """A sheet as rows of cells: text or exact decimals; and where each cell is."""

    name: str
    rows: list[list[str | Decimal]]
    percent: set[tuple[int, int]] = field(default_factory=set)  # cells formatted as %


def cell_ref(row: int, col: int) -> str:
    letters = ""
    col += 1
    while col:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{row + 1}"


# ── reading ─────────────────────────────────────────────────────────────────


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
    from python_calamine import CalamineError, CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(path))
    except (CalamineError, OSError, ValueError) as exc:
        raise SnapshotError(
            Problem(f"cannot be read as a spreadsheet: {exc}", file=str(path))
        ) from None
    names = book.sheet_names
    if sheet is not None and sheet not in names:
        raise UsageError(
            Problem(
                f"--sheet: no sheet {sheet!r}; the sheets are {', '.join(names)}", file=str(path)
            )
        )
    name = sheet or names[0]
    raw = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
    formats = _xlsx_formats(path, name) if suffix in (".xlsx", ".xlsm") else {}
    rows: list[list[str | Decimal]] = []
    percent: set[tuple[int, int]] = set()
    for r, values in enumerate(raw):
        row: list[str | Decimal] = []
        for c, value in enumerate(values):
            code = formats.get((r, c))
            cell, is_percent = _from_reader(value, code)
            if is_percent:
                percent.add((r, c))
            row.append(cell)
        rows.append(row)
    return Grid(name, rows, percent)


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
        if code is not None:
            places, is_percent = _places(code)
            if is_percent:
                shown = shown.scaleb(2)
            if places is not None:
                shown = shown.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
            return shown, is_percent
        if shown == shown.to_integral_value():
            shown = shown.quantize(Decimal(1))
        return shown, False
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat(), False
    return ("" if value is None else str(value)), False


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


def _xlsx_formats(path: Path, sheet: str) -> dict[tuple[int, int], str]:
    """Each numeric cell's number format, read from the workbook's own XML (calamine gives
    values, not formats)."""
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
                return {}
            out: dict[tuple[int, int], str] = {}
            with z.open(target) as handle:
                for _, elem in ElementTree.iterparse(handle):
                    if elem.tag == f"{_NS}c":
                        s = elem.get("s")
                        ref = elem.get("r")
                        if s is not None and ref is not None and int(s) < len(codes):
                            code = codes[int(s)]
                            if code:
                                out[_parse_ref(ref)] = code
                        elem.clear()
            return out
    except (KeyError, zipfile.BadZipFile, ElementTree.ParseError, ValueError):
        return {}


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


def _parse_ref(ref: str) -> tuple[int, int]:
    match = re.fullmatch(r"([A-Z]+)(\d+)", ref)
    if match is None:
        raise ValueError(ref)
    col = 0
    for ch in match.group(1):
        col = col * 26 + ord(ch) - 64
    return int(match.group(2)) - 1, col - 1


def _read_csv(path: Path) -> Grid:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise SnapshotError(Problem("is neither UTF-8 nor GBK text", file=str(path)))
    rows: list[list[str | Decimal]] = [
        [_typed(cell) for cell in row] for row in csv.reader(io.StringIO(text))
    ]
    return Grid(path.stem, rows)


_PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")


def _typed(cell: str) -> str | Decimal:
    """A CSV cell that is a plain number, as the exact decimal typed; anything else as text
    ("1.57万" is read by the snapshot's own parser)."""
    text = unicodedata.normalize("NFKC", cell).strip().replace(",", "")
    return Decimal(text) if _PLAIN_NUMBER.fullmatch(text) else cell


# ── recognising the layout ───────────────────────────────────────────────────


@dataclass
class Column:
    index: int
    role: Role
    header: str
    unit: str | None


@dataclass
class Entry:
    """One indicator as found in the sheet, each value with the cell it came from."""

    name: str
    name_ref: str
    group: str
    values: dict[Role, tuple[str | Decimal, str]] = field(default_factory=dict)
    unit: str = ""
    parent: int | None = None  # the entry this is a 其中 part of


def _text(cell: str | Decimal) -> str:
    return cell.strip() if isinstance(cell, str) else format(cell, "f")


def find_header(grid: Grid) -> tuple[int, list[Column], int]:
    """The header row (and the row after it, when it carries sub-headers), and the columns
    recognised in it; exit 2 saying what was looked for when there is none."""
    for r, row in enumerate(grid.rows[:40]):
        texts = [_text(c) for c in row]
        roles = [role_of(t) for t in texts]
        if "name" not in roles:
            continue
        below = [_text(c) for c in grid.rows[r + 1]] if r + 1 < len(grid.rows) else []
        use_below = any(role_of(t) for t in below) and not any(role_of(t) == "name" for t in below)
        columns: list[Column] = []
        top = ""
        for c in range(max(len(texts), len(below) if use_below else 0)):
            head = texts[c] if c < len(texts) else ""
            if head:
                top = head
            sub = below[c] if use_below and c < len(below) else ""
            label = (top if sub and not head else head) + (sub if sub else "")
            if not head and not sub:
                continue
            role = role_of(sub) if sub and role_of(sub) not in (None, "actual") else role_of(label)
            if role is None and sub:
                role = role_of(sub)
            if role is None:
                continue
            unit_match = _UNIT_IN_HEADER.search(label)
            columns.append(Column(c, role, label, unit_match.group(1) if unit_match else None))
        if any(col.role == "name" for col in columns) and any(
            col.role != "name" for col in columns
        ):
            return r, columns, r + (2 if use_below else 1)
    raise SnapshotError(
        Problem(
            "no header row found: looked in the first 40 rows for a row naming the indicator "
            "column (指标, 指标名称, 项目) beside figure columns (1-6月, 本年累计, 上年同期, "
            "同比增长%, 全年目标, 完成率%, 排名)",
            file=grid.name,
        )
    )


@dataclass
class Imported:
    title: str | None
    title_ref: str | None
    entries: list[Entry]
    unplaced: list[str]
    notes: list[str]
    period_header: str | None


def recognise(grid: Grid) -> Imported:
    header_row, columns, first = find_header(grid)
    title = None
    title_ref = None
    for r in range(header_row):
        texts = [(c, _text(v)) for c, v in enumerate(grid.rows[r]) if _text(v)]
        if len(texts) == 1 and title is None and not texts[0][1].startswith(("单位", "注")):
            title, title_ref = texts[0][1], cell_ref(r, texts[0][0])
    by_role = {col.role: col for col in reversed(columns)}  # the first of each role wins
    actual = by_role.get("actual")
    growth = [col for col in columns if col.role == "yoy"]
    if actual is not None and len(growth) > 1:
        # Several growth columns (本月, 1-本月 …): the one that follows the year-to-date value.
        after = [col for col in growth if col.index > actual.index]
        keep = after[0] if after else growth[0]
        columns = [col for col in columns if col.role != "yoy" or col is keep]
        by_role["yoy"] = keep
    name_col = by_role["name"]
    known = {col.index for col in columns}
    entries: list[Entry] = []
    unplaced: list[str] = []
    notes: list[str] = []
    group = ""
    top: int | None = None
    in_parts = False
    for r in range(first, len(grid.rows)):
        row = grid.rows[r]

        def at(col: Column, row: list[str | Decimal] = row) -> str | Decimal:
            return row[col.index] if col.index < len(row) else ""

        raw_name = at(name_col)
        name = _text(raw_name)
        values: dict[Role, tuple[str | Decimal, str]] = {
            col.role: (at(col), cell_ref(r, col.index))
            for col in columns
            if col.role != "name" and _text(at(col)) not in MISSING
        }
        if _NOTE.match(name):
            notes.append(f"{cell_ref(r, name_col.index)} {name}")
            continue
        if not name:
            for c, v in enumerate(row):
                if _text(v) and c not in known:
                    unplaced.append(f"{cell_ref(r, c)} {_text(v)}")
            if values:
                unplaced += [
                    f"{ref} {_text(v)} (no indicator name on its row)" for v, ref in values.values()
                ]
            continue
        figures = {k: v for k, v in values.items() if k != "unit"}
        if not figures:
            group = _GROUP_NUMBER.sub("", name)
            in_parts = False
            continue
        part = False
        # A unit in the name: 社会消费品零售总额(亿元).
        named_unit = _UNIT_IN_HEADER.search(name)
        if named_unit and name.endswith((")", "）")):
            name = name[: named_unit.start()].strip()
        for lead in ("其中：", "其中:", "其中", "#", "＃"):
            if name.startswith(lead):
                name, part, in_parts = name[len(lead) :].strip(), True, True
                break
        else:
            indented = isinstance(raw_name, str) and raw_name[:1] in (" ", "\u3000", "\t")
            part = in_parts and indented
            if not part:
                in_parts = False
        for c, v in enumerate(row):
            if _text(v) and c not in known:
                unplaced.append(f"{cell_ref(r, c)} {_text(v)} (column without a recognised header)")
        entry = Entry(name, cell_ref(r, name_col.index), group, values)
        unit_cell = values.get("unit")
        unit = _text(unit_cell[0]) if unit_cell else ""
        actual_col = by_role.get("actual")
        entry.unit = (
            unit
            or (named_unit.group(1) if named_unit else "")
            or (actual_col.unit or "" if actual_col else "")
        )
        if part and top is not None:
            entry.parent = top
            entry.unit = entry.unit or entries[top].unit  # a part is in its total's unit
        else:
            top = len(entries)
        entries.append(entry)
    period = by_role["actual"].header if "actual" in by_role else None
    return Imported(title, title_ref, entries, unplaced, notes, period)


# ── the snapshot ─────────────────────────────────────────────────────────────


def period_end(texts: Sequence[str], year: int) -> dt.date | None:
    for text in texts:
        t = _norm(text)
        match = _MONTHS.search(t) or re.search(r"(?:\d{4}年)()(\d{1,2})月(?!\d)", t)
        if match:
            month = int(match.group(2))
            if 1 <= month <= 12:
                return month_end(year, month)
        for word, (month, day) in _PERIODS.items():
            if word in t:
                return dt.date(year, month, day)
    return None


def _value(cell: str | Decimal) -> str:
    if isinstance(cell, Decimal):
        return format(cell, "f")
    return string(cell.strip())


def _rate(cell: str | Decimal, words: tuple[str, str] | None = None) -> str:
    """A rate as the sheet prints it, for [indicator.stated]: 57.65 → "57.65%"."""
    if isinstance(cell, Decimal):
        return string(format(cell, "f") + "%")
    text = cell.strip()
    return string(text if text.endswith(("%", "％")) else text + "%")


def _ids(entries: list[Entry]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for e in entries:
        base = re.sub(r"[\s\"'\\（）()、，,：:]+", "", e.name) or "indicator"
        n = seen.get(base, 0)
        seen[base] = n + 1
        out.append(base if n == 0 else f"{base}-{n + 1}")
    return out


def to_snapshot(
    grid: Grid,
    source: str,
    year: int | None = None,
    as_of: dt.date | None = None,
) -> tuple[str, list[str]]:
    """The snapshot's TOML text, each figure commented with its cell; and what could not be
    placed (said on stderr too)."""
    found = recognise(grid)
    texts = [found.title or "", found.period_header or "", source]
    if year is None:
        match = re.search(r"(19|20)\d{2}", " ".join(texts))
        year = int(match.group(0)) if match else None
    if year is None:
        raise UsageError(
            Problem("no year in the title or the file name: give it with --year", file=source)
        )
    as_of = as_of or period_end(texts, year)
    if as_of is None:
        raise UsageError(
            Problem(
                "no period in the headers or the title (1-6月, 上半年, 截至…): give --as-of",
                file=source,
            )
        )
    where = f"{source}（工作表“{grid.name}”）"
    out = [
        f"# gxreport import: {comment(where)}",
        "# Each figure is followed by the cell it came from; review, then run gxreport check.",
    ]
    if found.unplaced:
        out.append("# Not placed (not in the snapshot):")
        out += [f"#   {comment(u)}" for u in found.unplaced]
    if found.notes:
        out.append("# Notes in the sheet, skipped:")
        out += [f"#   {n}" for n in found.notes]
    title = found.title or f"{grid.name}"
    out += [
        "",
        "[report]",
        f"title  = {string(title)}" + (f"  # {found.title_ref}" if found.title_ref else ""),
        f"year   = {year}",
        f"as_of  = {as_of.isoformat()}",
        f"source = {string(where)}",
    ]
    ids = _ids(found.entries)
    parts: dict[int, list[str]] = {}
    for i, e in enumerate(found.entries):
        if e.parent is not None:
            parts.setdefault(e.parent, []).append(ids[i])
    for i, e in enumerate(found.entries):
        out += ["", "[[indicator]]", f"id     = {string(ids[i])}"]
        out.append(f"name   = {string(e.name)}  # {e.name_ref}")
        if e.group:
            out.append(f"group  = {string(e.group)}")
        if e.unit:
            out.append(f"unit   = {string(e.unit)}")
        if _norm(e.unit) in ("%", "％", "百分比") and "降低" not in e.name:
            out.append('kind   = "level"')
        elif "降低" in e.name and _norm(e.unit) in ("%", "％"):
            out.append('kind   = "reduction"')
        for role in ("actual", "target", "stretch", "last_year"):
            if role in e.values:
                cell, ref = e.values[role]
                out.append(f"{role} = {_value(cell)}  # {ref}")
        if i in parts:
            listed = "parts  = [" + ", ".join(string(p) for p in parts[i]) + "]"
            members = [found.entries[j] for j, pid in enumerate(ids) if pid in parts[i]]
            if _adds_up(e, members):
                out.append(listed)
            else:
                # 其中 rows are often a few of the parts, not all of them: only a breakdown
                # that adds up to the total is a parts check.
                out.append(f"# 待核: 其中 rows that do not add up to the total: {listed}")
        stated = [
            (key, role)
            for key, role in (("completion", "completion"), ("yoy", "yoy"))
            if role in e.values
        ]
        if stated:
            out.append("[indicator.stated]")
            for key, role in stated:
                cell, ref = e.values[role]
                out.append(f"{key} = {_rate(cell)}  # {ref}")
        if "rank" in e.values:
            cell, ref = e.values["rank"]
            position = _rank(cell)
            if position is not None:
                out += ["[indicator.rank]", f"position = {position}  # {ref}"]
            else:
                found.unplaced.append(f"{ref} {_text(cell)} (a rank gxreport cannot read)")
    return "\n".join(out) + "\n", found.unplaced


def _adds_up(total: Entry, members: list[Entry]) -> bool:
    """Whether the parts add up to the total within the half-units they were printed to."""
    cells = [m.values.get("actual") for m in members]
    whole = total.values.get("actual")
    if (
        whole is None
        or not isinstance(whole[0], Decimal)
        or any(c is None or not isinstance(c[0], Decimal) for c in cells)
    ):
        return False
    values = [c[0] for c in cells if c is not None and isinstance(c[0], Decimal)]
    slack = sum((half_unit(v) for v in [*values, whole[0]]), Decimal(0))
    return abs(sum(values, Decimal(0)) - whole[0]) <= slack


_ZH = {c: i for i, c in enumerate("零一二三四五六七八九")}


def _rank(cell: str | Decimal) -> int | None:
    if isinstance(cell, Decimal):
        return int(cell) if cell == cell.to_integral_value() and cell > 0 else None
    text = _norm(cell).removeprefix("第").removesuffix("名").removesuffix("位")
    if text.isdigit():
        return int(text) or None
    if text and all(ch in _ZH or ch == "十" for ch in text):
        if text == "十":
            return 10
        if "十" in text:
            tens, _, ones = text.partition("十")
            return (_ZH[tens] if tens else 1) * 10 + (_ZH[ones] if ones else 0)
        return _ZH.get(text) or None
    return None
