"""One exception family for everything a user can get wrong; cli.py maps it to exit 2."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# Bidirectional overrides and isolates: they reorder what a terminal shows after them.
BIDI = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c")


def printable(text: str) -> str:
    """``text`` as it may reach a terminal or an output file: control characters (ESC, BEL,
    the C1 set), bidirectional overrides, line separators and the undecodable bytes of a file
    name (which Python carries as lone surrogates) shown as escapes, never acted on. Line
    breaks are kept; ideographic spaces and every other printable character too."""
    if text.isascii() and text.isprintable():
        return text
    out = []
    for ch in text:
        category = unicodedata.category(ch)
        if ch == "\n" or category not in ("Cc", "Cs", "Cf", "Zl", "Zp"):
            out.append(ch)
        elif category == "Cs":
            code = ord(ch)
            # surrogateescape keeps a byte that is not UTF-8 as U+DC80..U+DCFF
            out.append(f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else "\ufffd")
        elif category == "Cf" and ch not in BIDI:
            out.append(ch)  # a zero-width joiner or soft hyphen moves nothing
        else:
            out.append(ascii(ch)[1:-1])
    return "".join(out)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, located as precisely as it can be."""

    message: str
    file: str | None = None
    line: int | None = None
    indicator_id: str | None = None
    indicator_name: str | None = None
    field: str | None = None

    def __str__(self) -> str:
        if self.file is None and self.indicator_id is None and self.indicator_name is None:
            return f"{self.field}: {self.message}" if self.field else self.message
        # A file name may hold a line break: escaped, so no message line can be forged.
        where = (self.file or "").replace("\n", "\\n").replace("\r", "\\r")
        if self.line is not None:
            where += f":{self.line}"
        parts = [where] if where else []
        if self.indicator_id is not None:
            label = f'indicator "{self.indicator_id}"'
            if self.indicator_name:
                label += f" ({self.indicator_name})"
            parts.append(label)
        elif self.indicator_name:
            parts.append(f"indicator ({self.indicator_name})")
        if where:
            head = where + (": " + " ".join(parts[1:]) if len(parts) > 1 else "")
            located = len(parts) > 1
        else:
            head, located = " ".join(parts), True
        if self.field:
            head += f" {self.field}" if located else f": {self.field}"
        return f"{head}: {self.message}"


class GxError(Exception):
    """Base of every error that is the input's or the user's, not the program's."""

    def __init__(self, problems: list[Problem] | Problem | str) -> None:
        if isinstance(problems, str):
            problems = [Problem(problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class SnapshotError(GxError):
    """The snapshot cannot be read, parsed or validated."""


class UsageError(GxError):
    """An option or argument that cannot be honoured (an unknown --indicator, say)."""


class OutputError(GxError):
    """The output cannot be written where it was asked to go."""
