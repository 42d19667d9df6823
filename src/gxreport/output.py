"""Where output goes: stdout, or a file written atomically that is never the input."""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from gxreport.errors import OutputError, Problem, printable

# Every input this run reads (snapshots, a report's text, a template, a font), as real paths:
# no write of this run may land on one, whatever name or link it is given.
_INPUTS: set[str] = set()


def protect(inputs: Iterable[Path]) -> None:
    """Name files this run reads, which no output of it may replace."""
    for source in inputs:
        with contextlib.suppress(OSError, ValueError):
            _INPUTS.add(os.path.realpath(source))


def same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def _is_input(output: Path) -> bool:
    real = os.path.realpath(output)
    return real in _INPUTS or any(same_file(Path(real), Path(source)) for source in _INPUTS)


def check_target(output: Path, inputs: list[Path]) -> None:
    """Refuse, before any work, an output that would overwrite an input or cannot be made."""
    protect(inputs)
    name = printable(str(output))
    if _is_input(output):
        raise OutputError(Problem("refusing to overwrite a file this command reads", file=name))
    parent = output.parent if str(output.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError(Problem(f"folder {printable(str(parent))!r} does not exist", file=name))
    if output.is_dir():
        raise OutputError(Problem("is a directory", file=name))


Content = str | bytes | Iterable[str]


def _chunks(text: Content) -> Iterable[bytes]:
    if isinstance(text, bytes):
        yield text
        return
    for piece in [text] if isinstance(text, str) else text:
        # A lone surrogate (a file name that is not UTF-8) cannot be UTF-8: shown as U+FFFD.
        yield piece.encode("utf-8", "replace")


def write_atomic(output: Path, text: Content) -> None:
    """Write to a temporary file beside ``output``, then rename: never a half-written file.
    Text is written as UTF-8; bytes (an Office file) as they are.

    A symbolic link is written through (the file it names is replaced, the link stays); a
    FIFO or a device (/dev/null, /dev/stdout) is written to as it is, since a rename would
    replace the node itself. An input of this run is never the target, by any name."""
    name = printable(str(output))
    if _is_input(output):
        raise OutputError(Problem("refusing to overwrite a file this command reads", file=name))
    target = Path(os.path.realpath(output))
    with contextlib.suppress(OSError):
        if not stat.S_ISREG(target.stat().st_mode):
            _write_through(target, text, name)
            return
    parent = target.parent
    try:
        fd, tmp = _temporary(target)
    except OSError as exc:
        raise OutputError(Problem(f"cannot write here: {exc.strerror}", file=name)) from None
    try:
        # mkstemp makes a 0600 file: give it the mode the file it replaces had, or a new
        # file's under the umask, so that colleagues on a shared drive can open the 简报.
        os.fchmod(fd, _mode_for(target))
        with os.fdopen(fd, "wb") as raw:
            for chunk in _chunks(text):
                raw.write(chunk)
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise OutputError(Problem(f"cannot be written: {exc.strerror}", file=name)) from None
        raise
    _sweep(parent, target.name)


def _mode_for(target: Path) -> int:
    """The permission bits the written file gets: the existing file's, else 0666 less the
    umask (what ``open`` would give a new file)."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def _temporary(target: Path) -> tuple[int, str]:
    """A hidden ``.NAME.PID.xxxx.tmp`` beside ``target`` to write into; a run killed before
    its rename leaves it, and the next write of the same file removes it (its process is
    gone)."""
    return tempfile.mkstemp(
        prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp", dir=target.parent
    )


def _sweep(parent: Path, name: str) -> None:
    """Remove the temporaries of ``name`` that runs killed before their rename left (their
    process id is in the name, and that process is gone)."""
    for leftover in parent.glob(f".{glob.escape(name)}.*.tmp"):
        pid = leftover.name[len(name) + 2 :].split(".", 1)[0]
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            with contextlib.suppress(OSError):
                leftover.unlink()
        except (PermissionError, OverflowError, OSError):
            continue


def _write_through(target: Path, text: Content, name: str) -> None:
    """Write into a FIFO or a device as it is (nothing to rename over): a FIFO nobody reads
    is refused, not waited on."""
    try:
        fd = os.open(target, os.O_WRONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        reason = "nothing reads from it" if exc.errno == errno.ENXIO else exc.strerror
        raise OutputError(Problem(f"cannot be written: {reason}", file=name)) from None
    try:
        os.set_blocking(fd, True)
        with os.fdopen(fd, "wb") as raw:
            for chunk in _chunks(text):
                raw.write(chunk)
    except OSError as exc:
        raise OutputError(Problem(f"cannot be written: {exc.strerror}", file=name)) from None


def write_stdout_spooled(text: str | Iterable[str]) -> None:
    """Write ``text`` to a temporary file as it is made, and to standard output only once
    it is all made: if making it fails, nothing was written."""
    with tempfile.TemporaryFile("w+", encoding="utf-8", newline="") as spool:
        spool.writelines([text] if isinstance(text, str) else text)
        spool.seek(0)
        write_stdout(iter(lambda: spool.read(1 << 20), ""))


def write_stdout(text: Content) -> None:
    """Write to standard output; a closed or full one is said as the output's problem."""
    stdout = sys.stdout
    if stdout is None:
        raise OutputError(
            Problem("standard output is closed: give --output FILE to write to a file")
        )
    try:
        if isinstance(text, bytes):
            stdout.flush()
            stdout.buffer.write(text)
            stdout.buffer.flush()
            return
        stdout.writelines([text] if isinstance(text, str) else text)
        stdout.flush()
    except BrokenPipeError:
        raise  # a reader such as `head` stopped early: not an error
    except OSError as exc:
        silence_stdout()  # what is left in the buffer must not fail again at exit
        raise OutputError(
            Problem(f"standard output cannot be written: {exc.strerror or exc}")
        ) from None


def silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's last flush cannot fail again."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
