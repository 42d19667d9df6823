"""Terminal tables: one per group, CJK-aligned, colours for ahead and behind, and a bar of
completion against the 序时进度 mark. Laid out by ``grid`` (Rich's cell widths and look);
only the briefing goes through Rich's own Markdown renderer."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from gxreport.audit import Audit
from gxreport.i18n import CHECK_TEXT, label
from gxreport.render._cells import (
    CHECK_NUMERIC,
    COMPACT_KEYS,
    COMPACT_NUMERIC,
    NUMERIC,
    SUMMARY_KEYS,
    check_headers,
    closing_line,
    compact_cells,
    compact_headers,
    finding_cells,
    gap_heading,
    gap_matrix,
    gap_sentences,
    headers,
    heading_line,
    plan_header,
    rounding_note,
    summary_cells,
)
from gxreport.render._fmt import Style
from gxreport.render.grid import Cell, Column, Drawing, Grid, Line, Segment
from gxreport.report import Briefing, Gap, Report, Row

if TYPE_CHECKING:
    from rich.console import RenderableType

BAR_CELLS = 12
GOOD = "green"
BAD = "red"
_STATUS_STYLE = {
    "met": "bold green",
    "ahead": GOOD,
    "behind": BAD,
    "not-met": BAD,
    "exceeded": BAD,
    "infeasible": "bold red",
    "no-target": "dim",
    "no-actual": "dim",
}
_VERDICT_STYLE = {
    "consistent": "green",
    "within-rounding": "green",
    "rounding-differs": "yellow",
    "inconsistent": "bold red",
    "not-checkable": "dim",
}


def bar(row: Row) -> list[Segment]:
    """Completion as BAR_CELLS cells with │ at the 序时进度 mark (capped at 100 %)."""
    completion = row.completion
    if not isinstance(completion, Decimal) or row.indicator.kind != "cumulative":
        return []
    filled = int(min(max(completion, Decimal(0)), Decimal(100)) * BAR_CELLS / 100)
    mark = min(int(row.time_progress * BAR_CELLS), BAR_CELLS - 1)
    colour = _STATUS_STYLE.get(row.status)
    return [
        ("█" * min(filled, mark), colour),
        ("░" * (mark - min(filled, mark)), "dim"),
        ("│", "bold"),
        ("█" * max(filled - mark - 1, 0), colour),
        ("░" * (BAR_CELLS - mark - 1 - max(filled - mark - 1, 0)), "dim"),
    ]


def _columns(keys: tuple[str, ...], heads: list[str], numeric: frozenset[str]) -> list[Column]:
    return [
        Column(head, "right" if key in numeric else "left", folds=i == 0)
        for i, (key, head) in enumerate(zip(keys, heads, strict=True))
    ]


def render_summary(report: Report, style: Style) -> Drawing:
    drawing = Drawing([Line(report.info.title, "bold"), Line(heading_line(report, style))])
    columns = _columns(SUMMARY_KEYS, headers(style), NUMERIC)
    columns.append(Column(label("progress", style.lang), optional=True))
    columns[SUMMARY_KEYS.index("rank")] = Column(
        columns[SUMMARY_KEYS.index("rank")].header, optional=True
    )
    coloured = {SUMMARY_KEYS.index(k) for k in ("completion", "schedule_gap_pp", "status")}
    for group, rows in report.groups:
        grid = Grid(columns, title=group or label("ungrouped", style.lang))
        for row in rows:
            colour = _STATUS_STYLE.get(row.status)
            cells: list[Cell] = [
                (text, colour) if i in coloured else text
                for i, text in enumerate(summary_cells(row, report.info.as_of, style))
            ]
            cells.append(bar(row))
            grid.rows.append(cells)
        drawing.blocks += [Line(""), grid]
    drawing.blocks.append(Line(rounding_note(style), "dim"))
    return drawing


def render_gap(gap: Gap, style: Style) -> Drawing:
    lang = style.lang
    drawing = Drawing([Line(gap.report.info.title, "bold")])
    if gap.compact:
        drawing.blocks.append(Line(heading_line(gap.report, style)))
        grid = Grid(
            _columns(COMPACT_KEYS, compact_headers(style), COMPACT_NUMERIC),
            title=label("gap_all_title", lang),
        )
        grid.rows = [
            list(compact_cells(row, plan, gap.report.info.as_of, style))
            for row in gap.rows
            for plan in gap.plans(row)
        ]
        drawing.blocks += [Line(""), grid]
        return drawing
    for row in gap.rows:
        plans = gap.plans(row)
        title, line = gap_heading(row, style)
        drawing.blocks += [Line(""), Line(title, "bold"), Line(line)]
        matrix = gap_matrix(row, plans, style)
        if matrix:
            columns = [Column(label("plan", lang), folds=True)] + [
                Column(plan_header(row, p, style), "right") for p in plans
            ]
            drawing.blocks.append(Grid(columns, [[name, *cells] for name, cells in matrix]))
        if row.indicator.unit:
            unit_line = label("unit_line", lang).format(unit=row.indicator.unit)
            drawing.blocks.append(Line(unit_line, "dim"))
        drawing.blocks += [Line(p) for p in gap_sentences(row, plans, style)]
    return drawing


def render_check(audits: list[Audit], style: Style) -> Drawing:
    drawing = Drawing()
    heads = check_headers(style)
    columns = [
        Column(h, "right" if i in CHECK_NUMERIC else "left", folds=i in (0, 6))
        for i, h in enumerate(heads)
    ]
    for audit in audits:
        title = CHECK_TEXT["title"][style.lang].format(title=audit.info.title)
        drawing.blocks += [Line(title, "bold"), Line(audit.source, "dim")]
        if audit.findings:
            grid = Grid(columns)
            for finding in audit.findings:
                cells: list[Cell] = list(finding_cells(finding, style))
                cells[5] = (str(cells[5]), _VERDICT_STYLE[finding.verdict])
                grid.rows.append(cells)
            drawing.blocks.append(grid)
        drawing.blocks.append(Line(closing_line([audit], style)))
    if len(audits) > 1:
        drawing.blocks.append(Line(closing_line(audits, style), "bold"))
    return drawing


def render_briefing(briefing: Briefing, style: Style) -> RenderableType:
    """The briefing's Markdown, laid out for the terminal by Rich."""
    from rich.markdown import Markdown

    from gxreport.render.briefing import render_markdown

    return Markdown(render_markdown(briefing, style))
