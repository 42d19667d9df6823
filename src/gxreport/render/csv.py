"""CSV for spreadsheets: UTF-8 with BOM (Excel on Chinese Windows), formula cells neutralised."""

from __future__ import annotations

import csv
import io

from gxreport.audit import Audit
from gxreport.i18n import PLAN_NAMES, label, quarter_name, status
from gxreport.render._cells import (
    check_headers,
    finding_cells,
    yoy_text,
)
from gxreport.render._fmt import Style, amount, given, number
from gxreport.report import Gap, Report

BOM = "\ufeff"
_FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")


def text_cell(value: str) -> str:
    """Text from a snapshot, never read by a spreadsheet as a formula."""
    return "'" + value if value.startswith(_FORMULA_LEADS) else value


def write(header: list[str], rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([text_cell(h) for h in header])
    writer.writerows(rows)
    return BOM + buffer.getvalue()


def render_summary(report: Report, style: Style) -> str:
    lang = style.lang
    header = [
        label("id", lang),
        label("indicator", lang),
        label("group", lang),
        label("unit", lang),
        label("actual", lang),
        label("target", lang),
        label("stretch", lang),
        label("completion", lang) + " (%)",
        label("schedule_gap_pp", lang),
        label("yoy", lang),
        label("share", lang) + " (%)",
        label("projection", lang),
        label("status", lang),
    ]
    rows = []
    for row in report.rows:
        ind = row.indicator
        stretch_value = ind.stretch
        rows.append(
            [
                text_cell(ind.id),
                text_cell(ind.name),
                text_cell(ind.group),
                text_cell(ind.unit),
                given(ind.actual),
                given(ind.target),
                given(stretch_value),
                number(row.completion, style),
                number(row.schedule_gap_pp, style),
                yoy_text(row, style),
                number(row.share, style),
                amount(row.projection, style),
                status(row.status, lang),
            ]
        )
    return write(header, rows)


def render_gap(gap: Gap, style: Style) -> str:
    """One row per indicator and target: what remains and what each period must bring."""
    lang = style.lang
    header = [
        label("id", lang),
        label("indicator", lang),
        label("unit", lang),
        label("plan", lang),
        label("target", lang),
        label("completion", lang) + " (%)",
        label("remaining", lang),
        label("per_quarter", lang),
        label("per_month", lang),
        *(label("quarter_needs", lang).format(quarter=quarter_name(q, lang)) for q in (1, 2, 3, 4)),
        label("pace_ratio", lang),
        label("projected_completion", lang) + " (%)",
        label("required_average", lang),
        label("status", lang),
    ]
    rows = []
    for row in gap.rows:
        ind = row.indicator
        for plan in gap.plans(row):
            by_quarter = {q.index: amount(q.amount, style) for q in plan.quarters}
            rows.append(
                [
                    text_cell(ind.id),
                    text_cell(ind.name),
                    text_cell(ind.unit),
                    PLAN_NAMES[plan.kind][lang],
                    given(plan.target),
                    number(plan.completion, style),
                    amount(plan.remaining, style),
                    amount(plan.per_quarter, style),
                    amount(plan.per_month, style),
                    *(by_quarter.get(q, "") for q in (1, 2, 3, 4)),
                    number(plan.pace_ratio, style),
                    number(plan.projected_completion, style),
                    amount(plan.required_average, style),
                    status(plan.status, lang),
                ]
            )
    return write(header, rows)


def render_check(audits: list[Audit], style: Style) -> str:
    header = [label("id", style.lang), *check_headers(style)]
    rows = []
    for audit in audits:
        for f in audit.findings:
            cells = finding_cells(f, style)
            rows.append(
                [
                    text_cell(f.indicator.id),
                    text_cell(cells[0]),
                    cells[1],
                    text_cell(cells[2]),
                    *cells[3:6],
                    text_cell(cells[6]),
                ]
            )
    return write(header, rows)
