"""The summary's cells as text, shared by the table and Markdown renderers (format only)."""

from __future__ import annotations

import datetime as dt

from gxreport.i18n import ROUNDING_NAMES, YOY_WORDS, Lang, label, status
from gxreport.render._fmt import DASH, Style, given, number, rate
from gxreport.report import NA, Row

SUMMARY_KEYS = (
    "indicator",
    "unit",
    "actual",
    "target",
    "completion",
    "schedule_gap_pp",
    "yoy",
    "rank",
    "status",
)
# Columns of the summary that hold numbers (right-aligned).
NUMERIC = frozenset({"actual", "target", "completion", "schedule_gap_pp", "yoy"})


def headers(style: Style) -> list[str]:
    return [label(key, style.lang) for key in SUMMARY_KEYS]


def yoy_text(row: Row, style: Style) -> str:
    """同比 as a cell: ``+3.2%``, ``-1.5个百分点``, or words for a zero or negative base."""
    if row.yoy_words is not None:
        return YOY_WORDS[row.yoy_words][style.lang]
    if isinstance(row.yoy, NA):
        return DASH
    text = number(row.yoy, style, signed=True)
    if row.yoy_is_pp:
        return text + ("个百分点" if style.lang == "zh" else " pp")
    return text + "%"


def date_text(day: dt.date, lang: Lang, with_year: bool = True) -> str:
    if lang == "zh":
        return f"{day.year}年{day.month}月{day.day}日" if with_year else f"{day.month}月{day.day}日"
    return day.isoformat()


def name_text(row: Row, report_as_of: dt.date, style: Style) -> str:
    """The indicator's name, with its own as-of date when it differs from the report's."""
    name = row.indicator.name
    if row.as_of != report_as_of:
        if style.lang == "zh":
            return f"{name}（截至{date_text(row.as_of, 'zh', with_year=False)}）"
        return f"{name} (to {row.as_of.isoformat()})"
    return name


def rank_text(row: Row, style: Style) -> str:
    """A place as stated: ``全市第1``, ``4个开发区第1``; ``#1 of 4 (开发区)``."""
    rank = row.indicator.rank
    if rank is None:
        return ""
    among = rank.among or ""
    if style.lang == "zh":
        field = f"{rank.of}个{among}" if rank.of is not None else among
        return f"{field}第{rank.position}"
    text = f"#{rank.position}" + (f" of {rank.of}" if rank.of is not None else "")
    return text + (f" ({among})" if among else "")


def summary_cells(row: Row, report_as_of: dt.date, style: Style) -> list[str]:
    ind = row.indicator
    return [
        name_text(row, report_as_of, style),
        ind.unit,
        given(ind.actual),
        given(ind.target),
        rate(row.completion, style),
        number(row.schedule_gap_pp, style, signed=True),
        yoy_text(row, style),
        rank_text(row, style),
        status(row.status, style.lang),
    ]


def rounding_note(style: Style) -> str:
    return label("rounding_note", style.lang).format(
        decimals=style.decimals, rounding=ROUNDING_NAMES[style.rounding][style.lang]
    )
