"""Reading an input file whole, whatever it turns out to be: a regular file within a size
limit, a pipe, or something that is not a file at all (a FIFO nobody writes to, /dev/zero, a
terminal), which is refused with what it is instead of hanging or filling memory."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from gxreport.errors import Problem, SnapshotError, printable

# The largest input read whole (a snapshot, a sheet, a report's text): a province's
# snapshot of 10,000 indicators is about 2 MB, so this is far past any real one while
# keeping a run under about 1 GB (a 20 MB snapshot of 100,000 indicators peaks at 200 MB).
# GXREPORT_MAX_INPUT_MB raises it.
MAX_INPUT_MB = 64
ENV_MAX_INPUT = "GXREPORT_MAX_INPUT_MB"


def max_input_bytes() -> int:
    given = os.environ.get(ENV_MAX_INPUT, "")
    return (int(given) if given.isdigit() else MAX_INPUT_MB) << 20


def _kind(mode: int) -> str | None:
    """What a file that cannot be read as a document is, or None for one that can."""
    if stat.S_ISDIR(mode):
        return "is a directory, not a file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device, not a file"
    if stat.S_ISSOCK(mode):
        return "is a socket, not a file"
    return None


def _too_large(limit: int) -> str:
    return (
        f"is larger than {limit >> 20} MB, the most gxreport reads; set "
        f"{ENV_MAX_INPUT} to a larger number of MB to read it anyway"
    )


def read_input(path: Path, limit: int | None = None) -> bytes:
    """The bytes of ``path``, or a SnapshotError saying why it cannot be read: missing,
    unreadable, a directory or a device, larger than ``limit``. A FIFO is read as a pipe:
    with no writer it reads as empty (the open does not wait for one)."""
    limit = max_input_bytes() if limit is None else limit
    name = printable(str(path))
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise SnapshotError(Problem("no such file", file=name)) from None
    except IsADirectoryError:
        raise SnapshotError(Problem("is a directory, not a file", file=name)) from None
    except PermissionError:
        raise SnapshotError(Problem("permission denied", file=name)) from None
    except OSError as exc:
        raise SnapshotError(Problem(f"cannot be read: {exc.strerror}", file=name)) from None
    try:
        info = os.fstat(fd)
        kind = _kind(info.st_mode)
        if kind is not None:
            raise SnapshotError(Problem(kind, file=name))
        if stat.S_ISREG(info.st_mode) and info.st_size > limit:
            raise SnapshotError(Problem(_too_large(limit), file=name))
        os.set_blocking(fd, True)
        chunks = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise SnapshotError(Problem(_too_large(limit), file=name))
        return b"".join(chunks)
    except OSError as exc:
        raise SnapshotError(Problem(f"cannot be read: {exc.strerror}", file=name)) from None
    finally:
        os.close(fd)


def check_readable(path: Path, limit: int | None = None) -> None:
    """Refuse, before a library opens it by name, a file that is not a regular file within
    ``limit`` (a library would hang on a FIFO or read /dev/zero until memory runs out)."""
    limit = max_input_bytes() if limit is None else limit
    name = printable(str(path))
    try:
        info = path.stat()
    except FileNotFoundError:
        raise SnapshotError(Problem("no such file", file=name)) from None
    except OSError as exc:
        raise SnapshotError(Problem(f"cannot be read: {exc.strerror}", file=name)) from None
    if not stat.S_ISREG(info.st_mode):
        raise SnapshotError(Problem(_kind(info.st_mode) or "is a FIFO, not a file", file=name))
    if info.st_size > limit:
        raise SnapshotError(Problem(_too_large(limit), file=name))
    if not os.access(path, os.R_OK):
        raise SnapshotError(Problem("permission denied", file=name))


# The most an Office file's parts may unpack to: a sheet of 2,000,000 cells is well under
# it; a deflated gigabyte of one character is not. A Word report's text is read in less.
MAX_UNPACKED_MB = 200
MAX_UNPACKED_DOCX_MB = 100


def check_unpacked(path: Path, what: str, advice: str, limit_mb: int = MAX_UNPACKED_MB) -> None:
    """Refuse a zip (.xlsx, .docx, .ods) whose parts would unpack past ``limit_mb``, before
    a library unpacks it; a file that is no zip is left to the library to refuse."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as z:
            unpacked = sum(info.file_size for info in z.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return
    if unpacked > limit_mb << 20:
        raise SnapshotError(
            Problem(
                f"unpacks to {unpacked >> 20:,} MB, more than the {limit_mb} MB a "
                f"{what} is read from: {advice}",
                file=printable(str(path)),
            )
        )
