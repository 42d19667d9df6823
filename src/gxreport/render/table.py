"""Rich tables for the terminal: one per group, CJK-aligned, a bar against 序时进度."""

from __future__ import annotations

from collections.abc import Iterable
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
    gap_matrix,
    gap_sentences,
    headers,
    plan_header,
    rounding_note,
    summary_cells,
)
from gxreport.render._fmt import Style
from gxreport.render.markdown import gap_heading, heading_line
from gxreport.report import Briefing, Gap, Report, Row

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.text import Text

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


def bar(row: Row) -> Text:
    """Completion as a bar of BAR_CELLS cells with │ at the 序时进度 mark (capped at 100 %)."""
    from rich.text import Text

    completion = row.completion
    if not isinstance(completion, Decimal) or row.indicator.kind != "cumulative":
        return Text("")
    filled = int(min(max(completion, Decimal(0)), Decimal(100)) * BAR_CELLS / 100)
    mark = min(int(row.time_progress * BAR_CELLS), BAR_CELLS - 1)
    colour = _STATUS_STYLE.get(row.status, "")
    text = Text()
    for cell in range(BAR_CELLS):
        if cell == mark:
            text.append("│", style="bold")
        elif cell < filled:
            text.append("█", style=colour)
        else:
            text.append("░", style="dim")
    return text


def _group_table(title: str, rows: Iterable[Row], report: Report, style: Style) -> RenderableType:
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(title), title_justify="left", title_style="bold", expand=False)
    for key, head in zip(SUMMARY_KEYS, headers(style), strict=True):
        numeric = key in NUMERIC
        table.add_column(
            Text(head),
            justify="right" if numeric else "left",
            overflow="fold",
            no_wrap=key != "indicator",
            min_width=8 if key == "indicator" else None,
        )
    table.add_column(Text(label("progress", style.lang)), no_wrap=True)
    for row in rows:
        cells = summary_cells(row, report.info.as_of, style)
        colour = _STATUS_STYLE.get(row.status, "")
        rendered = [Text(c) for c in cells]
        for key in ("completion", "schedule_gap_pp", "status"):
            rendered[SUMMARY_KEYS.index(key)].stylize(colour)
        table.add_row(*rendered, bar(row))
    return table


def render_summary(report: Report, style: Style) -> RenderableType:
    from rich.console import Group
    from rich.text import Text

    parts: list[RenderableType] = [
        Text(report.info.title, style="bold"),
        Text(heading_line(report, style)),
        Text(""),
    ]
    for group, rows in report.groups:
        parts.append(_group_table(group or label("ungrouped", style.lang), rows, report, style))
    parts.append(Text(rounding_note(style), "dim"))
    return Group(*parts)


def _plain_table(
    title: str | None, head: list[str], rows: list[list[str]], numeric: set[int]
) -> RenderableType:
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(title) if title else None, title_justify="left", title_style="bold")
    for i, name in enumerate(head):
        table.add_column(
            Text(name), justify="right" if i in numeric else "left", no_wrap=i in numeric
        )
    for cells in rows:
        table.add_row(*(Text(c) for c in cells))
    return table


def render_gap(gap: Gap, style: Style) -> RenderableType:
    from rich.console import Group
    from rich.text import Text

    lang = style.lang
    parts: list[RenderableType] = [Text(gap.report.info.title, style="bold")]
    if gap.compact:
        parts.append(Text(heading_line(gap.report, style)))
        rows = [
            compact_cells(row, plan, gap.report.info.as_of, style)
            for row in gap.rows
            for plan in gap.plans(row)
        ]
        numeric = {i for i, key in enumerate(COMPACT_KEYS) if key in COMPACT_NUMERIC}
        parts.append(
            _plain_table(label("gap_all_title", lang), compact_headers(style), rows, numeric)
        )
        return Group(*parts)
    for row in gap.rows:
        plans = gap.plans(row)
        title, line = gap_heading(gap, row, style)
        parts += [Text(""), Text(title, style="bold"), Text(line)]
        head = [label("plan", lang)] + [plan_header(row, p, style) for p in plans]
        matrix = gap_matrix(row, plans, style)
        if matrix:
            parts.append(
                _plain_table(
                    None,
                    head,
                    [[name, *cells] for name, cells in matrix],
                    set(range(1, len(head))),
                )
            )
        if row.indicator.unit:
            parts.append(Text(label("unit_line", lang).format(unit=row.indicator.unit), "dim"))
        parts.extend(Text(paragraph) for paragraph in gap_sentences(row, plans, style))
    return Group(*parts)


_VERDICT_STYLE = {
    "consistent": "green",
    "within-rounding": "green",
    "rounding-differs": "yellow",
    "inconsistent": "bold red",
    "not-checkable": "dim",
}


def render_check(audits: list[Audit], style: Style) -> RenderableType:
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    parts: list[RenderableType] = []
    for audit in audits:
        title = CHECK_TEXT["title"][style.lang].format(title=audit.info.title)
        parts += [Text(title, style="bold"), Text(audit.source, style="dim")]
        if audit.findings:
            table = Table()
            for i, head in enumerate(check_headers(style)):
                table.add_column(
                    Text(head),
                    justify="right" if i in CHECK_NUMERIC else "left",
                    no_wrap=i in CHECK_NUMERIC,
                    overflow="fold",
                )
            for finding in audit.findings:
                cells = [Text(c) for c in finding_cells(finding, style)]
                cells[5].stylize(_VERDICT_STYLE[finding.verdict])
                table.add_row(*cells)
            parts.append(table)
        parts.append(Text(closing_line([audit], style)))
    if len(audits) > 1:
        parts.append(Text(closing_line(audits, style), style="bold"))
    return Group(*parts)


def render_briefing(briefing: Briefing, style: Style) -> RenderableType:
    """The briefing's Markdown, laid out for the terminal by Rich."""
    from rich.markdown import Markdown

    from gxreport.render.briefing import render_markdown

    return Markdown(render_markdown(briefing, style))
