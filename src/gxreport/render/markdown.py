"""GFM Markdown: pipe tables that pandoc and CommonMark parsers read as tables."""

from __future__ import annotations

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
from gxreport.report import Briefing, Gap, Report

# The ASCII punctuation that can open inline Markdown, HTML, an entity, a table cell, or pandoc's
# math, sub- and superscript is backslash-escaped (CommonMark allows it for any ASCII
# punctuation), so a name cannot inject markup; the rest is left readable.
_ESCAPES = str.maketrans({ch: "\\" + ch for ch in "\\`*_[]<>#|~&$^"})


NUMERIC_COLUMNS = {i for i, key in enumerate(SUMMARY_KEYS) if key in NUMERIC}


def escape(text: str) -> str:
    return text.translate(_ESCAPES)


def table(head: list[str], rows: list[list[str]], numeric: set[int] | None = None) -> str:
    """A GFM pipe table; the columns numbered in ``numeric`` are right-aligned."""
    align = ["---:" if numeric and i in numeric else "---" for i in range(len(head))]
    lines = [
        "| " + " | ".join(escape(h) for h in head) + " |",
        "| " + " | ".join(align) + " |",
    ]
    lines.extend("| " + " | ".join(escape(c) for c in row) + " |" for row in rows)
    return "\n".join(lines)


def render_summary(report: Report, style: Style) -> str:
    out = [f"# {escape(report.info.title)}", "", escape(heading_line(report, style)), ""]
    head = headers(style)
    for group, rows in report.groups:
        out.append(f"## {escape(group or label('ungrouped', style.lang))}")
        out.append("")
        out.append(
            table(head, [summary_cells(r, report.info.as_of, style) for r in rows], NUMERIC_COLUMNS)
        )
        out.append("")
    out.append(escape(rounding_note(style)))
    return "\n".join(out) + "\n"


def render_gap(gap: Gap, style: Style) -> str:
    lang = style.lang
    out = [f"# {escape(gap.report.info.title)}", ""]
    if gap.compact:
        out += [f"## {escape(label('gap_all_title', lang))}", ""]
        out.append(escape(heading_line(gap.report, style)))
        out.append("")
        rows = []
        for row in gap.rows:
            for plan in gap.plans(row):
                rows.append(compact_cells(row, plan, gap.report.info.as_of, style))
        numeric = {i for i, key in enumerate(COMPACT_KEYS) if key in COMPACT_NUMERIC}
        out.append(table(compact_headers(style), rows, numeric))
        out.append("")
        return "\n".join(out)
    for row in gap.rows:
        plans = gap.plans(row)
        title, line = gap_heading(row, style)
        out += [f"## {escape(title)}", "", escape(line), ""]
        head = [label("plan", lang)] + [plan_header(row, p, style) for p in plans]
        matrix = gap_matrix(row, plans, style)
        if matrix:
            numeric = set(range(1, len(head)))
            out.append(table(head, [[name, *cells] for name, cells in matrix], numeric))
            out.append("")
        if row.indicator.unit:
            out += [escape(label("unit_line", lang).format(unit=row.indicator.unit)), ""]
        for paragraph in gap_sentences(row, plans, style):
            out += [escape(paragraph), ""]
    return "\n".join(out)


def render_check(audits: list[Audit], style: Style) -> str:
    lang = style.lang
    out: list[str] = []
    for audit in audits:
        title = CHECK_TEXT["title"][lang].format(title=audit.info.title)
        out += [f"# {escape(title)}", "", escape(audit.source), ""]
        if audit.findings:
            rows = [finding_cells(f, style) for f in audit.findings]
            out += [table(check_headers(style), rows, set(CHECK_NUMERIC)), ""]
        out += [escape(closing_line([audit], style)), ""]
    if len(audits) > 1:
        out += [escape(closing_line(audits, style)), ""]
    return "\n".join(out)


def render_briefing(briefing: Briefing, style: Style) -> str:
    from gxreport.render.briefing import render_markdown

    return render_markdown(briefing, style)
