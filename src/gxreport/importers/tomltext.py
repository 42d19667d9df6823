"""Text that gxreport writes into a TOML draft (import, extract, init), escaped in one place.

A cell or a report's sentence may hold anything: quotes, backslashes, newlines, control
characters, a line that looks like ``[[indicator]]``. Strings go out as TOML basic strings
with every control character escaped; comments go out on one line with control characters
dropped, so nothing of the input can start a line of its own in the written file.
"""

from __future__ import annotations

import re

# Control characters (C0, DEL, C1) and the line and paragraph separators; TOML allows none
# of them raw in a basic string, and a comment must not hold a newline.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_NAMED = {"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    return _NAMED.get(char) or f"\\u{ord(char):04X}"


def string(text: str) -> str:
    """``text`` as a TOML basic string that reads back as exactly ``text``."""
    body = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + _CONTROL.sub(_escape, body) + '"'


def comment(text: str) -> str:
    """``text`` fit to follow ``#`` on one line: each run of control characters and line
    breaks becomes one space."""
    return re.sub(r"\s+", " ", _CONTROL.sub(" ", text)).strip()
