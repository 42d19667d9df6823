"""The tables of a report (found by importers.grids and read by import's header logic) as
figures of the draft: each with its row as 原文, its role from its column's header."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from gxreport.importers.numerals import zh_int
from gxreport.importers.text import names
from gxreport.importers.text.read import RATES, Found, Unplaced
from gxreport.importers.text.subject import in_table
from gxreport.importers.text.tokens import Figure, Kind

if TYPE_CHECKING:
    from gxreport.importers.grids import Document, TableFigure, TextTable

# The roles of a table's columns that a draft holds.
ROLES = frozenset(
    {
        "actual",
        "target",
        "stretch",
        "last_year",
        "completion",
        "yoy",
        "yoy_change",
        "share",
        "schedule_gap",
    }
)


def found_in(document: Document) -> tuple[str, list[Found], list[Unplaced], list[str]]:
    """The report's prose with its tables taken out, the figures the tables give, the numbers
    they hold in no role, and their headers (a period such as 1-6月 may stand only there). A
    table whose header names no column is said as sentences in the prose instead."""
    from gxreport.importers.grids import figures_of

    text = document.text
    found: list[Found] = []
    unplaced: list[Unplaced] = []
    headers: list[str] = []
    for table in sorted(document.tables, key=lambda t: t.start, reverse=True):
        figures = figures_of(table)
        if not any(f.role for f in figures):
            said = "\n".join("，".join(c for c in row if c) + "。" for row in table.rows)
            text = text[: table.start] + "\n\n" + said + "\n\n" + text[table.end :]
            continue
        text = text[: table.start] + "\n\n" + text[table.end :]
        headers += [" ".join(table.rows[0]), table.caption]
        got, missed = _as_found(table, figures)
        found[:0] = got
        unplaced[:0] = missed
    return text, found, unplaced, headers


def _as_found(table: TextTable, figures: list[TableFigure]) -> tuple[list[Found], list[Unplaced]]:
    found: list[Found] = []
    unplaced: list[Unplaced] = []
    by_row: dict[int, Found] = {}
    where = table.caption or f"表{table.number}"
    for f in figures:
        sentence = f"{where}：" + " | ".join(c for c in table.rows[f.row] if c)
        named = in_table(names.standard(f.name), table.caption)
        name = f"{named}({f.entity})" if f.entity else named
        if f.role == "rank" and f.row in by_row:
            position = zh_int(re.sub(r"^第|[名位]$", "", f.value))
            if position:
                by_row[f.row].rank = (position, None, "", "")
                continue
        if f.role not in ROLES:
            why = f.why or f"a {f.role} the draft does not hold"
            unplaced.append(Unplaced(f.printed, f"{f.where}，{f.name}：{why}", why))
            continue
        role = f.role or ""
        unit = "%" if role in RATES else f.unit
        text = f.printed
        if role in RATES:
            text += "" if text.endswith(("%", "百分点")) else "%"
            if role == "yoy":
                word = re.search(r"增长|下降|减少", f.header)
                text = (word.group() if word else "") + text
            elif role == "schedule_gap" and not text.endswith("百分点"):
                text = text.removesuffix("%") + "个百分点"
        kind: Kind = "percent" if unit == "%" else "amount"
        figure = Figure(
            0, 0, f.printed + ("" if role in RATES else f.unit), f.value, "", unit, kind
        )
        one = Found(
            name, figure, role, text, sentence, "table", link="" if role == "actual" else "subject"
        )
        if role not in RATES:
            by_row.setdefault(f.row, one)
        found.append(one)
    return found, unplaced
