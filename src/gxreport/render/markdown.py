"""GFM Markdown: pipe tables that pandoc and CommonMark parsers read as tables."""

from __future__ import annotations

import re

from gxreport.i18n import label
from gxreport.render._cells import (
    NUMERIC,
    SUMMARY_KEYS,
    date_text,
    headers,
    rounding_note,
    summary_cells,
)
from gxreport.render._fmt import Style, rate
from gxreport.report import Report

# The ASCII punctuation that can open inline Markdown, HTML, an entity, a table cell, or pandoc's
# math, sub- and superscript is backslash-escaped (CommonMark allows it for any ASCII
# punctuation), so a name cannot inject markup; the rest is left readable.
_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&$^])")


NUMERIC_COLUMNS = {i for i, key in enumerate(SUMMARY_KEYS) if key in NUMERIC}


def escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", text)


def table(head: list[str], rows: list[list[str]], numeric: set[int] | None = None) -> str:
    """A GFM pipe table; the columns numbered in ``numeric`` are right-aligned."""
    align = ["---:" if numeric and i in numeric else "---" for i in range(len(head))]
    lines = [
        "| " + " | ".join(escape(h) for h in head) + " |",
        "| " + " | ".join(align) + " |",
    ]
    lines.extend("| " + " | ".join(escape(c) for c in row) + " |" for row in rows)
    return "\n".join(lines)


def heading_line(report: Report, style: Style) -> str:
    info = report.info
    when = date_text(info.as_of, style.lang)
    progress = rate(report.time_progress * 100, style)
    if style.lang == "zh":
        return f"截至{when}，序时进度{progress}。"
    return f"As of {when}; time elapsed {progress} of the year."


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
