"""CSV for spreadsheets: UTF-8 with BOM (Excel on Chinese Windows), formula cells neutralised,
a missing figure an empty cell (so the column stays numeric), every column the table has."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import TYPE_CHECKING

from gxreport.i18n import PLAN_NAMES, RANK, label, quarter_name, status
from gxreport.render._fmt import DASH, Style, amount, given, number
from gxreport.render.document import Cell, Figure, cell_text
from gxreport.render.layout._common import printed_keys, rank_text, yoy_text
from gxreport.report import Printed, RowsView
from gxreport.views import CompareView, Gap

if TYPE_CHECKING:
    from gxreport.across import League
    from gxreport.audit import Audit  # the audit is loaded only by `check`

BOM = "\ufeff"
_FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")


def text_cell(value: str) -> str:
    """Text from a snapshot, never read by a spreadsheet as a formula."""
    return "'" + value if value.startswith(_FORMULA_LEADS) else value


def figure(text: str) -> str:
    """A figure's cell: empty where there is none."""
    return "" if text == DASH else text


def write(header: list[str], rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([text_cell(h) for h in header])
    writer.writerows(rows)
    return BOM + buffer.getvalue()


def render_summary(report: RowsView, style: Style) -> str:
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
        label("rank", lang),
        label("status", lang),
        label("printed", lang),
    ]
    rows = []
    for row in report.rows:
        ind = row.indicator
        rows.append(
            [
                text_cell(ind.id),
                text_cell(ind.name),
                text_cell(ind.group),
                text_cell(ind.unit),
                figure(given(ind.actual)),
                figure(given(ind.target)),
                figure(given(ind.stretch)),
                figure(number(row.completion, style).rstrip("*")),
                figure(number(row.schedule_gap_pp, style).rstrip("*")),
                figure(yoy_text(row, style).rstrip("*")),
                figure(number(row.share, style).rstrip("*")),
                figure(amount(row.projection, style)),
                text_cell(rank_text(row, style)),
                status(row.status, lang),
                " ".join(printed_keys(row)),
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
        label("plan_target", lang),
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
                    figure(number(plan.completion, style)),
                    figure(amount(plan.remaining, style)),
                    figure(amount(plan.per_quarter, style)),
                    figure(amount(plan.per_month, style)),
                    *(by_quarter.get(q, "") for q in (1, 2, 3, 4)),
                    figure(number(plan.pace_ratio, style)),
                    figure(number(plan.projected_completion, style)),
                    figure(amount(plan.required_average, style)),
                    status(plan.status, lang),
                ]
            )
    return write(header, rows)


def render_check(audits: Sequence[Audit], style: Style) -> str:
    from gxreport.render.layout import check

    heads = [c.header for c in check.columns(style)]
    header = [label("id", style.lang), *heads]
    rows = []
    for audit in audits:
        for f in audit.findings:
            cells = [cell_text(c) for c in check.finding_row(f, style)]
            rows.append(
                [
                    text_cell(f.indicator.id),
                    text_cell(cells[0]),
                    cells[1],
                    text_cell(f.stated_text),
                    figure(cells[3]),
                    figure(cells[4]),
                    cells[5],
                    text_cell(cells[6]),
                ]
            )
    return write(header, rows)


def render_compare(view: CompareView, style: Style) -> str:
    """One row per indicator and period, the columns of the compare table; figures as
    numbers (the shown ones), their unit in the header or the unit column."""
    from gxreport.render.layout import compare as layout

    lang = style.lang
    suffix = {"percent": " (%)", "pp": "（个百分点）" if lang == "zh" else " (pp)"}
    heads = [label("id", lang), label("indicator", lang), label("unit", lang), "as_of"]
    heads += [
        c.header + suffix.get(kind, "")
        for c, kind in zip(layout.columns(style), layout.COLUMN_KINDS, strict=True)
    ]
    heads.append(label("printed", lang))
    rows = []
    comparison = view.comparison
    for series in comparison.series:
        for index, step in enumerate(series.steps):
            cells = layout.row_cells(series, step, index, comparison, style)
            rows.append(
                [
                    text_cell(series.indicator.id),
                    text_cell(series.indicator.name),
                    text_cell(series.indicator.unit),
                    comparison.periods[index].as_of.isoformat(),
                    *(_number_or_text(c) for c in cells),
                    # Figures as the source printed them (marked * in the tables).
                    " ".join(
                        key
                        for key, value in (
                            ("completion", step.completion),
                            ("schedule_gap", step.schedule_gap_pp),
                            ("yoy", step.yoy),
                        )
                        if isinstance(value, Printed)
                    ),
                ]
            )
    return write(heads, rows)


def _number_or_text(cell: Cell) -> str:
    """A figure as its number (57.65 for 57.65%, empty where there is none); text as text."""
    if isinstance(cell, Figure):
        return "" if cell.value is None else format(cell.value, "f")
    return text_cell(figure(cell_text(cell)))


def render_rank(league: League, style: Style) -> str:
    from gxreport.render.layout import rank as layout

    heads = [c.header for c in layout.columns(league, style) if not c.graphic]
    heads.insert(2, label("source", style.lang))
    rows = []
    for p in league.entities:
        rows.append(
            [
                str(p.rank) if p.rank is not None else "",
                text_cell(p.entity),
                text_cell(p.source),
                format(p.shown, "f") if p.shown is not None else "",
                str(p.stated_rank) if p.stated_rank is not None else "",
                RANK[p.agreement][style.lang] if p.agreement else "",
            ]
        )
    return write(heads, rows)
