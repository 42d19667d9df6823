"""compare: for each indicator, a sentence in 公文 wording and a row per period — the value,
the period alone, 环比, 完成率 and its gain, 同比 and its change."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from gxreport.across import Comparison, Period, Series, Step
from gxreport.audit import Audit, Finding
from gxreport.exact import Fraction
from gxreport.i18n import COMPARE, YOY_TREND, CompareKey, Lang, with_unit
from gxreport.render._fmt import (
    DASH,
    PRINTED_MARK,
    Style,
    amount,
    amount_cell,
    given,
    given_cell,
    grouped,
    number,
    number_cell,
    plain,
    pp_unit,
    rate,
    rate_cell,
)
from gxreport.render.document import (
    Cell,
    Column,
    Document,
    Figure,
    Heading,
    Note,
    Paragraph,
    Table,
    Title,
    cell_text,
)
from gxreport.render.layout import check
from gxreport.render.layout._common import date_text, printed_note
from gxreport.report import Printed, Shown
from gxreport.rounding import shows_zero, to_decimal
from gxreport.stated import ACROSS_PERIODS
from gxreport.units import places
from gxreport.views import CompareView


def _month_end(day: dt.date) -> bool:
    return (day + dt.timedelta(days=1)).day == 1


def cumulative_label(period: Period, lang: Lang) -> str:
    """1—6月 (Jan–Jun); to a mid-month date, 截至7月15日."""
    day = period.as_of
    if _month_end(day):
        if lang == "zh":
            return f"1—{day.month}月" if day.month > 1 else "1月"
        return f"Jan–{day.strftime('%b')}" if day.month > 1 else "Jan"
    return COMPARE["to_date"][lang].format(date=date_text(day, lang, with_year=False))


def alone_label(periods: tuple[Period, ...], index: int, lang: Lang) -> str:
    """The span a period alone covers: 4—6月 (Apr–Jun); the first runs from 1 January."""
    period = periods[index]
    if index == 0:
        return cumulative_label(period, lang)
    start = periods[index - 1].as_of + dt.timedelta(days=1)
    end = period.as_of
    if start.day == 1 and _month_end(end):
        if start.month == end.month:
            return f"{end.month}月" if lang == "zh" else end.strftime("%b")
        if lang == "zh":
            return f"{start.month}—{end.month}月"
        return f"{start.strftime('%b')}–{end.strftime('%b')}"
    return f"{date_text(start, lang, False)}—{date_text(end, lang, False)}"


def _signed_pp(value: Shown, style: Style) -> Cell:
    """A change in 个百分点: its text, and the number itself for spreadsheets."""
    return number_cell(value, style, signed=True, suffix=pp_unit(style.lang))


def _yoy_cell(value: Shown, series: Series, style: Style) -> Cell:
    unit = pp_unit(style.lang) if series.yoy_is_pp else "%"
    if isinstance(value, Printed):
        unit = pp_unit(style.lang) if value.kind == "pp" else "%"
        text = plain(value.value)
        return Figure(text + unit + PRINTED_MARK, value.value, places(value.value))
    return number_cell(value, style, signed=True, suffix=unit)


def alone_amount(step: Step, style: Style) -> str:
    """A period alone as exact as the figures it is the difference of: typed 20.0, shown
    20.0; 36.3 − 20.0 is 16.3 (never rounded to the display decimals, never padded)."""
    alone = step.period_alone
    if isinstance(alone, Fraction) and step.places is not None:
        return plain(to_decimal(alone).quantize(Decimal(1).scaleb(-step.places)))
    return amount(alone, style)


def _alone_cell(step: Step, unit: str, style: Style) -> Cell:
    if not isinstance(step.period_alone, Fraction):
        return DASH
    text = alone_amount(step, style)
    shown = grouped(text) if style.thousands else text
    return Figure(with_unit(shown, unit, style.lang), Decimal(text), places(Decimal(text)))


# What each compare column holds: text, an amount in the unit, a rate in %, or 个百分点
# (CSV headers say which; xlsx and CSV write the numbers).
COLUMN_KINDS: tuple[str, ...] = (
    *("text", "amount", "text", "amount", "percent", "percent", "percent", "pp"),
    *("pp", "pp", "rate", "pp", "change"),
)


def columns(style: Style) -> tuple[Column, ...]:
    keys = COMPARE["columns"][style.lang].split("|")
    return tuple(
        Column(k, numeric=kind != "text", folds=i == 0)
        for i, (k, kind) in enumerate(zip(keys, COLUMN_KINDS, strict=True))
    )


def row_cells(
    series: Series, step: Step, index: int, comparison: Comparison, style: Style
) -> tuple[Cell, ...]:
    unit = series.indicator.unit
    lang = style.lang
    periods = comparison.periods
    change: Cell = DASH
    if isinstance(step.change, Fraction):
        change = (
            _signed_pp(step.change, style)
            if series.indicator.unit_info.is_percent
            else amount_cell(step.change, style, with_unit("", unit, lang), signed=True)
        )
    alone = isinstance(step.period_alone, Fraction)
    return (
        cumulative_label(periods[index], lang),
        given_cell(step.value, with_unit("", unit, lang), style=style),
        alone_label(periods, index, lang) if alone else DASH,
        _alone_cell(step, unit, style),
        rate_cell(step.qoq_pct, style),
        # Periods of different length: only the per-month rates compare.
        rate_cell(step.per_month_qoq_pct, style),
        rate_cell(step.completion, style),
        _signed_pp(step.completion_gain_pp, style),
        _signed_pp(step.schedule_gap_pp, style),
        _signed_pp(step.schedule_gap_change_pp, style),
        _yoy_cell(step.yoy, series, style),
        _signed_pp(step.yoy_change_pp, style),
        change,
    )


def sentence(series: Series, comparison: Comparison, style: Style) -> str:
    """地区生产总值1—6月593034亿元，其中4—6月308037亿元，环比增长8.09%；同比增长5.5%，
    比1—3月加快1.0个百分点。"""
    lang = style.lang
    unit = series.indicator.unit
    periods = comparison.periods
    last, first = len(periods) - 1, series.steps[-1]
    previous = series.steps[-2]
    clauses = []
    if first.value is not None:
        clauses.append(
            COMPARE["value"][lang].format(
                name=series.indicator.name,
                period=cumulative_label(periods[last], lang),
                value=with_unit(given(first.value, style), unit, lang),
            )
        )
    prefix = ""
    if first.value is None:  # no value: the name and period run into what follows
        prefix = series.indicator.name + cumulative_label(periods[last], lang)
        prefix += "" if lang == "zh" else " "
    if isinstance(first.period_alone, Fraction):
        alone = COMPARE["alone"][lang].format(
            period=alone_label(periods, last, lang),
            value=with_unit(
                grouped(alone_amount(first, style))
                if style.thousands
                else alone_amount(first, style),
                unit,
                lang,
            ),
        )
        if isinstance(first.qoq_pct, Fraction):
            key: CompareKey = _direction_key(first.qoq_pct, style, "qoq")
            alone += COMPARE[key][lang].format(rate=rate(abs(first.qoq_pct), style))
        elif isinstance(first.per_month_qoq_pct, Fraction):
            # A month against seven is no 环比: the periods' monthly averages compare.
            key = _direction_key(first.per_month_qoq_pct, style, "per_month")
            alone += COMPARE[key][lang].format(
                rate=rate(abs(first.per_month_qoq_pct), style),
                period=alone_label(periods, last - 1, lang),
            )
        clauses.append(alone)
    if isinstance(first.completion_gain_pp, Fraction) and isinstance(
        previous.completion, Fraction | Printed
    ):
        key = _direction_key(first.completion_gain_pp, style, "gain")
        gain = COMPARE[key][lang].format(
            rate=rate(first.completion, style),
            pp=number(abs(first.completion_gain_pp), style),
            period=cumulative_label(periods[last - 1], lang),
        )
        if (
            first.target is not None
            and previous.target is not None
            and first.target != previous.target
        ):
            # Completion against a changed target is not progress alone: say so beside it.
            gain += COMPARE["target_changed"][lang].format(
                then=with_unit(given(previous.target, style), unit, lang),
                now=with_unit(given(first.target, style), unit, lang),
            )
        clauses.append(gain)
    if first.yoy_trend is not None and isinstance(first.yoy_change_pp, Fraction):
        now = first.yoy
        shown = plain(now.value) if isinstance(now, Printed) else number(now, style)
        clauses.append(
            YOY_TREND[first.yoy_trend][lang].format(
                yoy=shown if first.yoy_trend == "flat" else shown.lstrip("-"),
                unit="个百分点" if series.yoy_is_pp and lang == "zh" else "%",
                period=cumulative_label(periods[last - 1], lang),
                pp=number(abs(first.yoy_change_pp), style),
            )
        )
    sep = "，" if lang == "zh" else "; "
    return prefix + sep.join(clauses) + ("。" if lang == "zh" else ".")


def across_findings(audit: Audit) -> list[Finding]:
    """What compare checks of a snapshot: the figures it states across periods."""
    return [f for f in audit.findings if f.key in ACROSS_PERIODS]


def _direction_key(value: Fraction, style: Style, what: str) -> CompareKey:
    """增长/下降/持平 by the figure as shown: a change that shows as 0 is 持平."""
    if shows_zero(value, style.precision):
        return f"{what}_flat"  # type: ignore[return-value]
    return f"{what}_up" if value > 0 else f"{what}_down"  # type: ignore[return-value]


def layout(view: CompareView, style: Style) -> Document:
    comparison = view.comparison
    lang = style.lang
    periods = "、".join if lang == "zh" else ", ".join
    doc = Document(
        [
            Title(COMPARE["title"][lang].format(entity=comparison.entity, year=comparison.year)),
            Paragraph(
                COMPARE["periods"][lang].format(
                    periods=periods(
                        f"{cumulative_label(p, lang)}（{p.source}）"
                        if lang == "zh"
                        else f"{cumulative_label(p, lang)} ({p.source})"
                        for p in comparison.periods
                    )
                )
            ),
        ]
    )
    if comparison.lengths_differ:
        doc.add(Note(COMPARE["lengths_differ"][lang]))
    if comparison.left_out:
        sources = "、" if lang == "zh" else ", "
        items = [
            COMPARE["left_out_item"][lang].format(
                name=item.name, sources=sources.join(item.present_in)
            )
            for item in comparison.left_out
        ]
        doc.add(Note(COMPARE["left_out"][lang].format(items=sources.join(items))))
    heads = columns(style)
    for series in comparison.series:
        name = series.indicator.name
        heading = (
            f"{name}（{series.indicator.unit}）" if series.indicator.unit and lang == "zh" else name
        )
        rows = [
            row_cells(series, step, i, comparison, style) for i, step in enumerate(series.steps)
        ]
        keep = [
            i for i in range(len(heads)) if i == 0 or any(cell_text(r[i]) != DASH for r in rows)
        ]
        table = Table(tuple(heads[i] for i in keep), [tuple(r[i] for i in keep) for r in rows])
        doc.add(Heading(heading), Paragraph(sentence(series, comparison, style)), table)
    by_period = [
        (period, across_findings(a))
        for period, a in zip(comparison.periods, view.audits, strict=True)
    ]
    findings = [f for _, found in by_period for f in found]
    if findings:
        doc.add(Heading(COMPARE["data_check"][lang]))
        # Each stated figure under the snapshot it is printed in.
        for period, found in by_period:
            if found:
                doc.add(
                    Paragraph(
                        COMPARE["check_period"][lang].format(
                            period=cumulative_label(period, lang), source=period.source
                        )
                    ),
                    check.findings_table(found, style),
                )
        doc.add(Paragraph(check.closing_for(findings, style)))
    doc.add(Note(COMPARE["note"][lang]))
    if any(r.has_printed for report in comparison.reports for r in report.rows):
        doc.add(printed_note(style))
    return doc
