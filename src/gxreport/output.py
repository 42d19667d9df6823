"""Where output goes: stdout, or a file written atomically that is never the input."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from gxreport.errors import OutputError, Problem


def same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def check_target(output: Path, inputs: list[Path]) -> None:
    """Refuse, before any work, an output that would overwrite an input or cannot be made."""
    for source in inputs:
        if same_file(output, source) or output.resolve() == source.resolve():
            raise OutputError(
                Problem("refusing to overwrite the snapshot it reads", file=str(output))
            )
    parent = output.parent if str(output.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError(Problem(f"folder {str(parent)!r} does not exist", file=str(output)))
    if output.is_dir():
        raise OutputError(Problem("is a directory", file=str(output)))


Content = str | bytes | Iterable[str]


def write_atomic(output: Path, text: Content) -> None:
    """Write to a temporary file beside ``output``, then rename: never a half-written file.
    Text is written as UTF-8; bytes (an Office file) as they are."""
    parent = output.parent if str(output.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=parent)
    except OSError as exc:
        raise OutputError(Problem(f"cannot write here: {exc.strerror}", file=str(output))) from None
    try:
        if isinstance(text, bytes):
            with os.fdopen(fd, "wb") as raw:
                raw.write(text)
                raw.flush()
                os.fsync(raw.fileno())
        else:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                handle.writelines([text] if isinstance(text, str) else text)
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, output)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise OutputError(
                Problem(f"cannot be written: {exc.strerror}", file=str(output))
            ) from None
        raise


def write_stdout_spooled(text: str | Iterable[str]) -> None:
    """Write ``text`` to a temporary file as it is made, and to standard output only once
    it is all made: if making it fails, nothing was written."""
    with tempfile.TemporaryFile("w+", encoding="utf-8", newline="") as spool:
        spool.writelines([text] if isinstance(text, str) else text)
        spool.seek(0)
        write_stdout(iter(lambda: spool.read(1 << 20), ""))


def write_stdout(text: Content) -> None:
    if isinstance(text, bytes):
        sys.stdout.flush()
        sys.stdout.buffer.write(text)
        sys.stdout.buffer.flush()
        return
    sys.stdout.writelines([text] if isinstance(text, str) else text)
    sys.stdout.flush()
