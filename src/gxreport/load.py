"""bytes → text (BOM, GB18030) → TOML (Decimal floats) → Snapshot, with every error at once."""

from __future__ import annotations

import codecs
import datetime as dt
import difflib
import re
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gxreport.errors import Problem, SnapshotError, printable

if TYPE_CHECKING:
    from collections.abc import Iterator

    from gxreport.analyze import WholeOf
    from gxreport.records import Indicator, ReportInfo, Snapshot

STDIN = "-"


@dataclass(frozen=True)
class Loaded:
    """A validated snapshot, where it came from, and what was noticed on the way."""

    snapshot: Snapshot
    source: str
    path: Path | None
    warnings: list[str] = field(default_factory=list)


def read_bytes(source: str) -> tuple[bytes, Path | None]:
    from gxreport.inputs import read_input

    if source == STDIN:
        from gxreport.inputs import max_input_bytes

        limit = max_input_bytes()
        data = sys.stdin.buffer.read(limit + 1)
        if len(data) > limit:
            raise SnapshotError(
                Problem(f"is larger than {limit >> 20} MB, the most gxreport reads", file="<stdin>")
            )
        return data, None
    path = Path(source)
    return read_input(path), path


_WIDE = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)


def _wide_without_bom(data: bytes) -> str | None:
    """UTF-16 or UTF-32 saved without a byte-order mark, told by where its zero bytes fall
    (text of ASCII and CJK has a zero in every other or in two of four bytes) and by the
    text it then reads as; None for anything else (a binary file)."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    zeros = [sample[i::4].count(0) / len(sample[i::4]) for i in range(4)]
    halves = [sample[i::2].count(0) / len(sample[i::2]) for i in range(2)]
    # UTF-32 holds a character of the Basic Multilingual Plane in four bytes, the two high
    # ones zero; UTF-16 has the high byte of ASCII (digits, newlines) zero, on one side.
    if zeros[2] > 0.9 and zeros[3] > 0.9:
        guess = ("UTF-32", "utf-32-le", 4)
    elif zeros[0] > 0.9 and zeros[1] > 0.9:
        guess = ("UTF-32", "utf-32-be", 4)
    elif max(halves) > 0.05 and min(halves) < max(halves) / 4:
        guess = ("UTF-16", "utf-16-le" if halves[1] > halves[0] else "utf-16-be", 2)
    else:
        return None
    label, codec, width = guess
    text = sample[: len(sample) // width * width].decode(codec, errors="replace")
    readable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text)
    return label if readable >= 0.95 * len(text) else None


def decode(data: bytes, name: str) -> tuple[str, list[str]]:
    """UTF-8 with or without BOM; UTF-16, UTF-32 (with a BOM) and GB18030 (Chinese Windows
    tools) with a warning; UTF-16 or UTF-32 without a BOM is refused with what to do."""
    warnings: list[str] = []
    boms = 0
    while data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
        boms += 1
    if boms > 1:
        warnings.append(
            f"{name}: starts with {boms} byte-order marks; read past them. Save it as UTF-8 "
            "to silence this warning"
        )
    for bom, codec, label in _WIDE:
        if boms == 0 and data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                raise SnapshotError(
                    Problem(f"is not valid {label} text; save it as UTF-8", file=name)
                ) from None
            warnings.append(f"{name}: read as {label}; save it as UTF-8 to silence this warning")
            return text.lstrip("\ufeff"), warnings
    if b"\x00" in data:
        wide = _wide_without_bom(data)
        if wide is not None:
            raise SnapshotError(
                Problem(
                    f"looks like {wide} text without a byte-order mark: save it as UTF-8 "
                    "(in Notepad: 另存为 → 编码 UTF-8)",
                    file=name,
                )
            )
        raise SnapshotError(Problem("is a binary file, not text (expected UTF-8 text)", file=name))
    try:
        return data.decode("utf-8"), warnings
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise SnapshotError(
            Problem("is neither UTF-8 nor GB18030 text; save it as UTF-8", file=name)
        ) from None
    warnings.append(
        f"{name}: not UTF-8; read as GB18030 (GBK). Save it as UTF-8 "
        "(in Notepad: 另存为 → 编码 UTF-8) to silence this warning"
    )
    return text, warnings


def parse_toml(text: str, name: str) -> dict[str, Any]:
    import tomli

    try:
        return tomli.loads(text, parse_float=Decimal)
    except tomli.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)
        col = getattr(exc, "colno", None)
        msg = getattr(exc, "msg", str(exc))
        where = f" (column {col})" if col is not None else ""
        raise SnapshotError(
            Problem(f"TOML syntax error{where}: {msg}", file=name, line=line)
        ) from None
    except RecursionError:
        raise SnapshotError(
            Problem("TOML nesting is too deep to be a snapshot", file=name)
        ) from None
    except ValueError:
        # Python reads at most 4,300 digits into an integer; no figure has a tenth of them.
        most = sys.get_int_max_str_digits() or 4300
        long_number = re.search(rf"\d{{{most},}}", text)
        line = text.count("\n", 0, long_number.start()) + 1 if long_number else None
        raise SnapshotError(
            Problem(
                f"a number of more than {most:,} digits is no figure",
                file=name,
                line=line,
            )
        ) from None


def load(source: str, display_name: str | None = None, only: str | None = None) -> Loaded:
    """Read and validate ``source`` (a path, or ``-`` for standard input).

    ``only`` names the one indicator a caller needs (a league table of thousands of files):
    the rest of the file is blanked out before it is parsed, lines kept where they were, so a
    message still names the right line. Where that cannot be done safely, the whole file is
    read.
    """
    name = display_name or ("<stdin>" if source == STDIN else printable(source))
    data, path = read_bytes(source)
    text, warnings = decode(data, name)
    if only is not None:
        text = only_indicator(text, only) or text
    if not text.strip():
        raise SnapshotError(
            Problem(
                "is empty: a snapshot needs a [report] table and [[indicator]] tables "
                "(`gxreport init` writes a starter)",
                file=name,
            )
        )
    raw = parse_toml(text, name)
    return Loaded(validate(raw, text, name), name, path, warnings)


def validate(raw: dict[str, Any], text: str, name: str) -> Snapshot:
    """The TOML document as a Snapshot, or every problem in it at once.

    Indicators are validated one by one and each raw table is dropped once it has become a
    model, so a province-sized file is never held twice over.
    """
    from gxreport.records import Snapshot

    head, indicators = _validated(raw, text, name, keep=True)
    return Snapshot.build(report=head.report, briefing=head.briefing, indicator=indicators)


@dataclass
class Stream:
    """A snapshot too large to hold as models: the report and the cross-references checked
    first, then each indicator validated as it is analysed and written, its raw table
    dropped once used. An invalid indicator stops the rows; the rest are still validated,
    and every problem is raised at the end, as the whole file would report them (the
    caller writes to a spool or a temporary file, so nothing reaches its output)."""

    info: ReportInfo
    source: str
    path: Path | None
    warnings: list[str]
    wholes: dict[str, WholeOf]  # what a share needs of its whole, by id
    items: list[Any]
    text: str  # kept to say where a problem is

    def indicators(self) -> Iterator[Indicator]:
        from pydantic_core import ValidationError

        from gxreport.records import validator

        validate = validator("indicator").validate_python
        raw = {"indicator": self.items}
        index = LazyLineIndex(self.text)
        problems: list[Problem] = []
        for i, item in enumerate(self.items):
            try:
                record = validate(item)
            except ValidationError as exc:
                problems += _located(exc, i, raw, index, self.source)
                continue
            self.items[i] = None
            if not problems:
                yield record
        if problems:
            problems.sort(key=lambda p: p.line or 0)
            raise SnapshotError(_dedupe(problems))


def load_stream(source: str) -> Stream:
    """Read ``source`` and check its report and cross-references, keeping the raw indicator
    tables to be validated one at a time (see Stream); what a share needs of its whole is
    validated now. A file with a problem there is validated whole at once instead, so that
    every problem is reported together, as ``load`` reports them."""
    from pydantic_core import ValidationError

    from gxreport.analyze import WholeOf
    from gxreport.records import validator
    from gxreport.units import clean_text

    name = "<stdin>" if source == STDIN else printable(source)
    data, path = read_bytes(source)
    text, warnings = decode(data, name)
    del data
    raw = parse_toml(text, name)
    items = raw.get("indicator")
    head, problems = _head(raw, LazyLineIndex(text), name)
    wholes = {}
    if head is not None and not problems and isinstance(items, list):
        needed = {
            clean_text(whole)
            for item in items
            if isinstance(item, dict) and isinstance(whole := item.get("share_of"), str)
        }
        try:
            for item in items:
                if (
                    isinstance(item, dict)
                    and isinstance(this_id := item.get("id"), str)
                    and clean_text(this_id) in needed
                ):
                    ind = validator("indicator").validate_python(item)
                    wholes[ind.id] = WholeOf(ind.actual, ind.name, ind.unit_info)
        except ValidationError:
            head = None
    if head is None or problems or not isinstance(items, list):
        head = _validated(raw, text, name, keep=False)[0]  # raises with every problem
    return Stream(head.report, name, path, warnings, wholes, items or [], text)


def _head(
    raw: dict[str, Any], index: LazyLineIndex, name: str
) -> tuple[Snapshot | None, list[Problem]]:
    """The snapshot without its indicators (``[report]``, the top-level keys), and the
    problems of it and of the references between indicators."""
    from pydantic_core import ValidationError

    from gxreport.records import validator

    problems = _cross_check(raw, index, name)
    items = raw.get("indicator")
    shell = {**raw, "indicator": []} if isinstance(items, list) else raw
    try:
        shell_record: Snapshot = validator("snapshot").validate_python(shell)
        return shell_record, problems
    except ValidationError as exc:
        problems += [_problem(err, raw, index, name) for err in exc.errors(include_url=False)]
        return None, problems


def _located(
    exc: Any, i: int, raw: dict[str, Any], index: LazyLineIndex, name: str
) -> list[Problem]:
    """The errors of indicator ``i``'s table, placed in the file."""
    return [
        _problem({**err, "loc": ("indicator", i, *err["loc"])}, raw, index, name)
        for err in exc.errors(include_url=False)
    ]


def _validated(
    raw: dict[str, Any], text: str, name: str, keep: bool
) -> tuple[Snapshot, list[Indicator]]:
    """The snapshot without its indicators, and (``keep``) the indicators as records; or
    every problem at once."""
    from pydantic_core import ValidationError

    from gxreport.records import validator

    index = LazyLineIndex(text)
    head, problems = _head(raw, index, name)
    items = raw.get("indicator")
    indicators = []
    if isinstance(items, list):
        validate = validator("indicator").validate_python
        for i, item in enumerate(items):
            try:
                model = validate(item)
            except ValidationError as exc:
                problems += _located(exc, i, raw, index, name)
                continue
            if keep:
                indicators.append(model)
                if not problems:
                    items[i] = None  # this table is a record now; keep only one copy
    if problems or head is None:
        problems.sort(key=lambda p: p.line or 0)
        raise SnapshotError(_dedupe(problems))
    return head, indicators


def _dedupe(problems: list[Problem]) -> list[Problem]:
    seen = set()
    out = []
    for p in problems:
        if p not in seen:
            seen.add(p)
            out.append(p)
    return out


class LazyLineIndex:
    """Builds the LineIndex only when an error needs a line: a valid file never pays for it."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._index: LineIndex | None = None

    def line(self, loc: tuple[Any, ...]) -> int | None:
        if self._index is None:
            self._index = LineIndex(self._text)
        return self._index.line(loc)


class LineIndex:
    """Where each key stands in the source, since the TOML parser does not keep lines."""

    _HEADER = re.compile(r"\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
    _KEY = re.compile(r"""\s*("[^"]*"|'[^']*'|[A-Za-z0-9_-]+)\s*(?:\.\s*[^=]*)?=""")

    def __init__(self, text: str) -> None:
        self.report: dict[str, int] = {}
        self.briefing: dict[str, int] = {}
        self.indicators: list[dict[str, int]] = []
        section: dict[str, int] | None = None
        prefix = ""
        in_multiline = False
        for lineno, line in enumerate(text.splitlines(), start=1):
            if in_multiline:
                if line.count('"""') % 2 == 1 or line.count("'''") % 2 == 1:
                    in_multiline = False
                continue
            header = self._HEADER.match(line)
            if header and line.lstrip().startswith("["):
                table = header.group(1).replace(" ", "")
                prefix = ""
                if table in ("report", "briefing"):
                    section = self.report if table == "report" else self.briefing
                    section.setdefault("", lineno)
                elif table == "indicator" and line.lstrip().startswith("[["):
                    section = {"": lineno}
                    self.indicators.append(section)
                elif table.startswith("indicator.") and self.indicators:
                    section = self.indicators[-1]
                    prefix = table.split(".", 1)[1] + "."
                    section.setdefault(prefix[:-1], lineno)
                else:
                    section = None
                continue
            key = self._KEY.match(line)
            if key and section is not None:
                section.setdefault(prefix + key.group(1).strip("\"'"), lineno)
            if line.count('"""') % 2 == 1 or line.count("'''") % 2 == 1:
                in_multiline = True

    def line(self, loc: tuple[Any, ...]) -> int | None:
        if not loc:
            return None
        if loc[0] in ("report", "briefing"):
            table = self.report if loc[0] == "report" else self.briefing
            if len(loc) > 1:
                found = table.get(str(loc[1]))
                if found is not None:
                    return found
            return table.get("", None) if table else None
        if loc[0] == "indicator" and len(loc) > 1 and isinstance(loc[1], int):
            if loc[1] >= len(self.indicators):
                return None
            block = self.indicators[loc[1]]
            keys = [str(part) for part in loc[2:] if not isinstance(part, int)]
            while keys:
                found = block.get(".".join(keys))
                if found is not None:
                    return found
                keys.pop()
            return block[""]
        return None


def _known_keys(loc: tuple[Any, ...]) -> list[str]:
    from gxreport.records import BriefingInfo, Indicator, Rank, ReportInfo, Snapshot, Stated

    path = [p for p in loc[:-1] if not isinstance(p, int)]
    model: Any = {
        (): Snapshot,
        ("report",): ReportInfo,
        ("briefing",): BriefingInfo,
        ("indicator",): Indicator,
        ("indicator", "stated"): Stated,
        ("indicator", "rank"): Rank,
    }.get(tuple(path))
    return list(model.FIELDS) if model is not None else []


def _indicator_of(raw: dict[str, Any], loc: tuple[Any, ...]) -> tuple[str | None, str | None]:
    if len(loc) >= 2 and loc[0] == "indicator" and isinstance(loc[1], int):
        items = raw.get("indicator")
        if isinstance(items, list) and loc[1] < len(items) and isinstance(items[loc[1]], dict):
            item = items[loc[1]]
            ind_id = item.get("id")
            ind_name = item.get("name")
            return (
                _short(ind_id) if isinstance(ind_id, str) else f"#{loc[1] + 1}",
                _short(ind_name) if isinstance(ind_name, str) else None,
            )
        return f"#{loc[1] + 1}", None
    return None, None


def _short(text: str) -> str:
    from gxreport.units import clean_text

    text = clean_text(text)
    return text if len(text) <= 60 else text[:57] + "..."


def _shown(value: Any) -> str:
    if isinstance(value, Decimal):
        return format(value, "f") if value.is_finite() else str(value)
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "an array"
    text = repr(value)
    return _short(text)


def _problem(err: Any, raw: dict[str, Any], index: LazyLineIndex, name: str) -> Problem:
    loc = tuple(err["loc"])
    kind = err["type"]
    ind_id, ind_name = _indicator_of(raw, loc)
    field_path = [str(p) for p in loc if not isinstance(p, int)]
    if len(loc) > 1 and loc[0] == "indicator" and isinstance(loc[1], int):
        field_path = field_path[1:]
    if kind == "extra_forbidden":
        key = str(loc[-1])
        guess = difflib.get_close_matches(key, _known_keys(loc), n=1, cutoff=0.6)
        hint = f"; did you mean {guess[0]!r}?" if guess else ""
        message = f"unknown key {key!r}{hint}"
        field_path = field_path[:-1]
    elif loc == ("indicator",) and kind == "list_type":
        message = "must be [[indicator]] tables (double brackets), not a single [indicator]"
    elif kind == "missing":
        message = "is required but missing"
        if loc == ("report",):
            message = "the [report] table is missing (title, year, as_of)"
            field_path = []
    else:
        msg = str(err["msg"])
        for lead in ("Value error, ", "Assertion failed, "):
            if msg.startswith(lead):
                msg = msg[len(lead) :]
        msg = msg.replace("Input should be", "must be")
        if kind not in ("value_error",) and "input" in err and not msg.endswith("got"):
            msg += f", got {_shown(err['input'])}"
        message = msg
    return Problem(
        message,
        file=name,
        line=index.line(loc),
        indicator_id=ind_id,
        indicator_name=ind_name,
        field=".".join(field_path) or None,
    )


def _cross_check(raw: dict[str, Any], index: LazyLineIndex, name: str) -> list[Problem]:
    """What no single table can see: duplicate ids, dangling share_of and parts, headlines."""
    items = raw.get("indicator")
    if not isinstance(items, list):
        return []
    from gxreport.units import clean_text

    problems = []
    seen: dict[str, tuple[int, str]] = {}
    # Ids are compared as the records will hold them, cleaned of spaces at the ends and of
    # invisible and control characters: "a" and "a\u200e" are one id to every reader after
    # cleaning, so two indicators so named are a duplicate, not two wholes to choose from.
    ids = {
        clean_text(i)
        for item in items
        if isinstance(item, dict) and isinstance(i := item.get("id"), str)
    }
    headlines = []
    report = raw.get("report")
    year = report.get("year") if isinstance(report, dict) else None
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            continue

        def problem(message: str, key: str, i: int = i) -> Problem:
            ind_id, ind_name = _indicator_of(raw, ("indicator", i))
            return Problem(
                message,
                file=name,
                line=index.line(("indicator", i, key)),
                indicator_id=ind_id,
                indicator_name=ind_name,
                field=key,
            )

        raw_id = item.get("id")
        this_id = clean_text(raw_id) if isinstance(raw_id, str) else raw_id
        if isinstance(raw_id, str) and isinstance(this_id, str):
            if this_id in seen:
                first, first_raw = seen[this_id]
                alike = (
                    f" ({first_raw!r} and {raw_id!r} differ only by spaces or invisible characters)"
                    if first_raw != raw_id
                    else ""
                )
                problems.append(
                    problem(f"duplicate id: indicator #{first + 1} has it too{alike}", "id")
                )
            else:
                seen[this_id] = (i, raw_id)
        share_of = item.get("share_of")
        if isinstance(share_of, str):
            share_of = clean_text(share_of)
            if share_of not in ids:
                problems.append(problem(f"names no indicator: {_short(share_of)!r}", "share_of"))
            elif share_of == this_id:
                problems.append(problem("an indicator cannot be a share of itself", "share_of"))
        parts = item.get("parts")
        if isinstance(parts, list):
            for part in parts:
                if not isinstance(part, str):
                    continue
                if clean_text(part) not in ids:
                    problems.append(problem(f"names no indicator: {_short(part)!r}", "parts"))
                elif clean_text(part) == this_id:
                    problems.append(problem("an indicator cannot be a part of itself", "parts"))
        own_date = item.get("as_of")
        if (
            isinstance(year, int)
            and isinstance(own_date, dt.date)
            and not isinstance(own_date, dt.datetime)
            and own_date.year != year
        ):
            problems.append(problem(f"{own_date} is not in the report's year {year}", "as_of"))
        if item.get("headline") is True:
            headlines.append(i)
    if len(headlines) > 1:
        first = headlines[0]
        for i in headlines[1:]:
            ind_id, ind_name = _indicator_of(raw, ("indicator", i))
            other = _indicator_of(raw, ("indicator", first))[0]
            problems.append(
                Problem(
                    f"only one indicator can be the headline, and {other!r} is already",
                    file=name,
                    line=index.line(("indicator", i, "headline")),
                    indicator_id=ind_id,
                    indicator_name=ind_name,
                    field="headline",
                )
            )
    return problems


_TABLE = re.compile(r"^[ \t]*\[", re.MULTILINE)
_INDICATOR = re.compile(r"^[ \t]*\[\[[ \t]*indicator[ \t]*\]\]", re.MULTILINE)
_REPORT = re.compile(r"^[ \t]*\[[ \t]*report[ \t]*\]", re.MULTILINE)


def only_indicator(text: str, indicator_id: str) -> str | None:
    """``text`` with everything but ``[report]`` and the one ``[[indicator]]`` whose id is
    ``indicator_id`` blanked out, line for line; None where that is not safe (multi-line
    strings, an indicator that names others, the id not found exactly once)."""
    if '"""' in text or "'''" in text:
        return None
    quoted = re.escape(indicator_id)
    found = list(
        re.finditer(rf"^[ \t]*id[ \t]*=[ \t]*([\"']){quoted}\1[ \t]*(?:#.*)?$", text, re.MULTILINE)
    )
    report = _REPORT.search(text)
    if len(found) != 1 or report is None:
        return None
    at = found[0].start()
    start = max((m.start() for m in _INDICATOR.finditer(text, 0, at)), default=-1)
    if start < 0:
        return None
    after = _INDICATOR.search(text, at)
    end = after.start() if after else len(text)
    block = text[start:end]
    if re.search(r"^[ \t]*(share_of|parts)[ \t]*=", block, re.MULTILINE):
        return None
    report_end_match = _TABLE.search(text, report.end())
    report_end = report_end_match.start() if report_end_match else len(text)
    if report_end > start:  # [report] after the indicators: read the whole file
        return None

    def blank(part: str) -> str:
        return "\n" * part.count("\n")

    return (
        blank(text[: report.start()])
        + text[report.start() : report_end]
        + blank(text[report_end:start])
        + block
        + blank(text[end:])
    )
