"""summary: one table per group, the as-of line, the rounding note."""

from __future__ import annotations

from gxreport.i18n import label
from gxreport.render._fmt import Style
from gxreport.render.document import Document, Heading, Note, Paragraph, Table, Title
from gxreport.render.layout._common import (
    heading_line,
    implausible_note,
    printed_note,
    rounding_note,
    summary_columns,
    summary_row,
)
from gxreport.report import Report


def layout(report: Report, style: Style) -> Document:
    doc = Document([Title(report.info.title), Paragraph(heading_line(report, style))])
    columns = summary_columns(style)
    for group, rows in report.groups:
        doc.add(
            Heading(group or label("ungrouped", style.lang)),
            Table(columns, [summary_row(r, report.info.as_of, style) for r in rows]),
        )
    for row in report.rows:
        if row.implausible:  # beyond belief: most often a unit or a column mixed up
            doc.add(Note(implausible_note(row, style)))
    doc.add(rounding_note(style))
    if report.has_printed:
        doc.add(printed_note(style))
    return doc
