"""Opening a Word file with python-docx (the ``docx`` extra), the one place its failures
become located messages.

A .docx is a zip of XML parts. What python-docx and lxml raise for a file they cannot open
(not a zip, a part missing, XML cut short, an entity it refuses) is the file's problem, not
gxreport's; and a part that unpacks to more than a report's text could be (a deflated
gigabyte of one character) is refused before lxml builds it.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from gxreport.errors import Problem, SnapshotError, printable

if TYPE_CHECKING:
    from docx.document import Document

# The most a Word file's parts may unpack to: a 300-page report is a few MB of XML.
MAX_UNPACKED_MB = 100


def open_document(path: Path) -> Document:
    from gxreport.inputs import check_readable
    from gxreport.render import require_extra

    require_extra("docx", "docx", "reading a .docx report")
    name = printable(str(path))
    check_readable(path)
    try:
        with zipfile.ZipFile(path) as z:
            unpacked = sum(info.file_size for info in z.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise SnapshotError(
            Problem(f"cannot be read as a Word file: not a .docx ({exc})", file=name)
        ) from None
    if unpacked > MAX_UNPACKED_MB << 20:
        raise SnapshotError(
            Problem(
                f"unpacks to {unpacked >> 20} MB, more than the {MAX_UNPACKED_MB} MB a report's "
                "text is read from: save the report's text as .txt and extract that",
                file=name,
            )
        )
    import docx

    try:
        return docx.Document(str(path))
    except Exception as exc:  # python-docx and lxml raise many kinds for a file they refuse
        reason = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        raise SnapshotError(
            Problem(f"cannot be read as a Word file: {reason}", file=name)
        ) from None
