"""Opening a Word file with python-docx (the ``docx`` extra), the one place its failures
become located messages.

A .docx is a zip of XML parts. What python-docx and lxml raise for a file they cannot open
(not a zip, a part missing, XML cut short, an entity it refuses) is the file's problem, not
gxreport's; and a part that unpacks to more than a report's text could be (a deflated
gigabyte of one character) is refused before lxml builds it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from gxreport.errors import Problem, SnapshotError, printable

if TYPE_CHECKING:
    from docx.document import Document


def open_document(path: Path) -> Document:
    from gxreport.inputs import MAX_UNPACKED_DOCX_MB, check_readable, check_unpacked
    from gxreport.render import require_extra

    require_extra("docx", "docx", "reading a .docx report")
    name = printable(str(path))
    check_readable(path)
    check_unpacked(
        path,
        "report's text",
        "save the report's text as .txt and extract that",
        MAX_UNPACKED_DOCX_MB,
    )
    import docx

    try:
        return docx.Document(str(path))
    except Exception as exc:  # python-docx and lxml raise many kinds for a file they refuse
        reason = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        raise SnapshotError(
            Problem(f"cannot be read as a Word file: {reason}", file=name)
        ) from None
