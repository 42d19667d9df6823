"""Cells and lines more than one layout shows: names, dates, 同比, ranks, status, the rounding
note. Words come from i18n; numbers from _fmt."""

from __future__ import annotations

import datetime as dt

from gxreport.exact import Fraction
from gxreport.i18n import YOY_WORDS, LabelKey, Lang, label, status
from gxreport.render._fmt import (
    DASH,
    PRINTED_MARK,
    Style,
    given_cell,
    number,
    number_cell,
    pp_unit,
    rate,
    rate_cell,
)
from gxreport.render.document import Bar, Cell, Column, Figure, Note, Text, Tone
from gxreport.report import NA, Printed, Report, Row, Status

STATUS_TONE: dict[Status, Tone | None] = {
    "met": "good",
    "ahead": "good",
    "on-schedule": "good",
    "behind": "bad",
    "not-met": "bad",
    "within-line": "good",
    "above-line": "warn",
    "exceeded": "bad",
    "infeasible": "bad",
    "no-target": "dim",
    "no-actual": "dim",
    "above-expected": "good",
    "at-expected": "good",
    "below-expected": "bad",
}


def yoy_text(row: Row, style: Style) -> str:
    """同比 as a cell: ``+3.2%``, ``-1.5个百分点``, or words for a zero or negative base."""
    if row.yoy_words is not None:
        return YOY_WORDS[row.yoy_words][style.lang]
    if isinstance(row.yoy, NA):
        return DASH
    text = number(row.yoy, style, signed=True)
    mark = ""
    if text.endswith(PRINTED_MARK):
        text, mark = text[: -len(PRINTED_MARK)], PRINTED_MARK
    return text + (pp_unit(style.lang) if row.yoy_is_pp else "%") + mark


def yoy_cell(row: Row, style: Style) -> Cell:
    """同比 as a typed cell where it is a figure; words stay words."""
    text = yoy_text(row, style)
    if row.yoy_words is not None or isinstance(row.yoy, NA):
        return text
    cell = rate_cell(row.yoy, style) if not row.yoy_is_pp else number_cell(row.yoy, style)
    return Figure(text, cell.value, cell.decimals, cell.percent)


def date_text(day: dt.date, lang: Lang, with_year: bool = True) -> str:
    if lang == "zh":
        return f"{day.year}年{day.month}月{day.day}日" if with_year else f"{day.month}月{day.day}日"
    return day.isoformat()


def heading_line(report: Report, style: Style) -> str:
    """The line under a title: the as-of date and 序时进度."""
    return label("heading_line", style.lang).format(
        date=date_text(report.info.as_of, style.lang),
        progress=rate(report.progress_pct, style),
    )


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


def status_cell(state: Status, lang: Lang) -> Text:
    return Text(status(state, lang), STATUS_TONE[state])


def bar_cell(row: Row) -> Cell:
    """Completion against the 序时进度 mark, where the indicator runs on a schedule."""
    if not row.behaviour.schedule or not isinstance(row.completion, Fraction):
        return None
    return Bar(row.completion, row.elapsed, STATUS_TONE[row.status])


SUMMARY_COLUMNS: tuple[LabelKey, ...] = (
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
_NUMERIC = frozenset({"actual", "target", "completion", "schedule_gap_pp", "yoy"})


def summary_columns(
    style: Style, with_bar: bool = True, in_prose: bool = False
) -> tuple[Column, ...]:
    """The summary's columns. ``in_prose``: beside prose that says the rank and the status
    already, so a narrow page (a 公文's table) may leave both out."""
    columns = [
        Column(
            label(key, style.lang),
            numeric=key in _NUMERIC,
            folds=key == "indicator",
            optional=key == "rank" or (in_prose and key == "status"),
        )
        for key in SUMMARY_COLUMNS
    ]
    if with_bar:
        columns.append(Column(label("progress", style.lang), optional=True, graphic=True))
    return tuple(columns)


def summary_row(
    row: Row, report_as_of: dt.date, style: Style, with_bar: bool = True
) -> tuple[Cell, ...]:
    ind = row.indicator
    tone = STATUS_TONE[row.status]
    completion = rate_cell(row.completion, style, tone)
    if isinstance(row.usage, Fraction):
        # A ceiling has no 完成率: its column shows the quota used (已用30.00%).
        used = rate_cell(row.usage, style, tone)
        completion = Figure(
            label("used", style.lang).format(rate=used.text), used.value, used.decimals, True, tone
        )
    gap = number_cell(row.schedule_gap_pp, style, signed=True, tone=tone)
    state = status_cell(row.status, style.lang)
    if row.on_printed:
        # Judged on the printed 完成率: the gap and the status are marked as it is.
        gap = Figure(gap.text + PRINTED_MARK, gap.value, gap.decimals, gap.percent, tone)
        state = Text(state.text + PRINTED_MARK, state.tone)
    cells: list[Cell] = [
        name_text(row, report_as_of, style),
        ind.unit,
        given_cell(ind.actual, style=style),
        given_cell(ind.target, style=style),
        completion,
        gap,
        yoy_cell(row, style),
        rank_text(row, style),
        state,
    ]
    if with_bar:
        cells.append(bar_cell(row))
    return tuple(cells)


def rounding_note(style: Style) -> Note:
    from gxreport.i18n import ROUNDING_NAMES

    return Note(
        label("rounding_note", style.lang).format(
            decimals=style.decimals, rounding=ROUNDING_NAMES[style.rounding][style.lang]
        )
    )


def printed_note(style: Style) -> Note:
    return Note(label("printed_note", style.lang).format(mark=PRINTED_MARK))


def printed_keys(row: Row) -> list[str]:
    """The JSON keys whose value is the source's own figure, not a derived one."""
    pairs = (
        ("completion_pct", row.completion),
        ("schedule_gap_pp", row.schedule_gap_pp),
        ("yoy_pp" if row.yoy_is_pp else "yoy_pct", row.yoy),
        ("share_pct", row.share),
    )
    keys = [key for key, value in pairs if isinstance(value, Printed)]
    if row.on_printed:
        # Derived from the printed 完成率, so as good as it is.
        keys += ["schedule_gap_pp", "status"]
    return keys


def implausible_note(row: Row, style: Style) -> str:
    """完成率为12345.67%，超过1000%，请核对单位或数据列: beyond belief, said where it shows."""
    from gxreport.i18n import BRIEFING

    return BRIEFING["attention_implausible"][style.lang].format(
        name=row.indicator.name, rate=rate(row.completion, style)
    )
