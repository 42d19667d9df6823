"""The one place consoles are made, so tests can pin width and colour (Rich loads lazily)."""

from __future__ import annotations

import os
import sys
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console


def make_console(file: IO[str] | None = None, width: int | None = None) -> Console:
    from rich.console import Console

    env_width = os.environ.get("GXREPORT_WIDTH")
    if width is None and env_width and env_width.isdigit():
        width = int(env_width)
    return Console(
        file=file or sys.stdout,
        width=width,
        highlight=False,
        emoji=False,
        markup=False,
        soft_wrap=False,
    )
