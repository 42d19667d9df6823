"""The command line: each command is one pipeline, load → analyze → render → write.

This is the only module that maps errors to exit codes: 0 success, 1 `check` found an
inconsistent figure, 2 bad usage or input.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import io
import os
import sys
from collections.abc import Callable
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from gxreport import __version__
from gxreport.errors import GxError, Problem, SnapshotError, UsageError
from gxreport.output import write_stdout

ENV_SNAPSHOT = "GXREPORT_SNAPSHOT"
DEFAULT_SNAPSHOT = "snapshot.toml"


class OutputFormat(str, Enum):
    auto = "auto"
    table = "table"
    markdown = "markdown"
    json = "json"
    csv = "csv"


class LangChoice(str, Enum):
    zh = "zh"
    en = "en"


class RoundingChoice(str, Enum):
    half_up = "half-up"
    half_even = "half-even"


app = typer.Typer(
    name="gxreport",
    help=(
        "Exact figures for half-year work reports: 完成率, 序时进度 and the gap to it, 同比, "
        "what the rest of the year must deliver, and an audit of the rates a report prints.\n\n"
        "SNAPSHOT is a TOML file of the figures; when it is left out, $GXREPORT_SNAPSHOT is "
        "read, else ./snapshot.toml. '-' reads standard input."
    ),
    epilog=(
        "Examples:\n\n"
        "gxreport summary snapshot.toml\n\n"
        "gxreport gap --target 400            (in a folder holding snapshot.toml)\n\n"
        "gxreport briefing snapshot.toml | pandoc -o briefing.docx\n\n"
        "gxreport check report.toml           (exit 1 when a printed rate is wrong)"
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

SnapshotArg = Annotated[
    str | None,
    typer.Argument(
        metavar="[SNAPSHOT]",
        help="Snapshot file (TOML); '-' for standard input. Default: $GXREPORT_SNAPSHOT, "
        "else ./snapshot.toml.",
        show_default=False,
    ),
]
FormatOpt = Annotated[
    OutputFormat,
    typer.Option(
        "--format",
        "-f",
        help="auto: a table on a terminal, Markdown when piped (or by --output's extension).",
    ),
]
LangOpt = Annotated[
    LangChoice | None,
    typer.Option("--lang", help="Language of labels and prose. Default: the snapshot's, else zh."),
]
DecimalsOpt = Annotated[
    int,
    typer.Option("--decimals", min=0, max=10, help="Decimal places for rates and 个百分点."),
]
RoundingOpt = Annotated[
    RoundingChoice,
    typer.Option("--rounding", help="half-up (四舍五入) or half-even (GB/T 8170 修约)."),
]
OutputOpt = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="Write to this file (atomically) instead of standard output.",
        show_default=False,
    ),
]

F = TypeVar("F", bound=Callable[..., Any])


def guarded(command: F) -> F:
    """Turn every input or usage error into its message on stderr and exit code 2."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except GxError as exc:
            report_problems(exc.problems)
            raise typer.Exit(2) from None
        except BrokenPipeError:
            # A reader such as `head` stopped early: not an error of ours, nor an exit 1.
            silence_stdout()
            raise typer.Exit(0) from None
        except (typer.Exit, typer.Abort, KeyboardInterrupt):
            raise
        except Exception as exc:  # a bug: say so plainly, and how to get the traceback
            if os.environ.get("GXREPORT_DEBUG"):
                raise
            err(
                f"gxreport: internal error ({type(exc).__name__}: {exc}). "
                "This is a bug; run again with GXREPORT_DEBUG=1 to see the traceback."
            )
            raise typer.Exit(2) from None

    return wrapper  # type: ignore[return-value]


def silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's last flush cannot fail again."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def err(text: str) -> None:
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


def report_problems(problems: list[Problem]) -> None:
    for problem in problems:
        err(f"error: {problem}")
    if len(problems) > 1:
        err(f"{len(problems)} problems found; nothing was written.")


def resolve_snapshot(given: str | None) -> str:
    if given:
        return given
    from_env = os.environ.get(ENV_SNAPSHOT)
    if from_env:
        return from_env
    if Path(DEFAULT_SNAPSHOT).is_file():
        return DEFAULT_SNAPSHOT
    raise UsageError(
        f"no snapshot given: name one, set ${ENV_SNAPSHOT}, or put a {DEFAULT_SNAPSHOT} "
        "in this folder (`gxreport init` writes a starter)"
    )


def load_one(given: str | None) -> Any:
    """Load the named snapshot, or the default one (see resolve_snapshot)."""
    from gxreport.load import load

    loaded = load(resolve_snapshot(given))
    for warning in loaded.warnings:
        err(f"warning: {warning}")
    return loaded


def make_style(
    lang: LangChoice | None, snapshot_lang: str, decimals: int, rounding: RoundingChoice
) -> Any:
    from gxreport.render._fmt import Style

    chosen = lang.value if lang is not None else snapshot_lang
    return Style(lang=chosen, decimals=decimals, rounding=rounding.value)  # type: ignore[arg-type]


_BY_EXTENSION = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".json": "json",
    ".csv": "csv",
    ".txt": "table",
}


def pick_format(fmt: OutputFormat, output: Path | None) -> str:
    if fmt is not OutputFormat.auto:
        return str(fmt.value)
    if output is not None:
        return _BY_EXTENSION.get(output.suffix.lower(), "markdown")
    return "table" if sys.stdout.isatty() else "markdown"


def emit(
    what: str,
    subject: Any,
    fmt: OutputFormat,
    style: Any,
    output: Path | None,
    inputs: list[Path],
) -> None:
    """Render ``subject`` with ``render_<what>`` of the chosen format and write it."""
    from gxreport.output import check_target, write_atomic

    if output is not None and str(output) == "-":
        output = None  # `-o -`: standard output, as for the snapshot
    if output is not None:
        check_target(output, inputs)
    chosen = pick_format(fmt, output)
    module = importlib.import_module(f"gxreport.render.{chosen}")
    rendered = getattr(module, f"render_{what}")(subject, style)
    if chosen == "table":
        rendered = draw(rendered, to_terminal=output is None)
        if rendered is None:
            return
    if output is None:
        write_stdout(rendered)
    else:
        write_atomic(output, rendered)


def draw(rendered: Any, to_terminal: bool) -> str | None:
    """Print a table-format result to the terminal (returning None), or return its text."""
    from gxreport.console import make_console
    from gxreport.render.grid import Drawing, ansi_painter

    if isinstance(rendered, Drawing):
        if not to_terminal:
            return rendered.render(120)
        console = make_console()
        colour = None if console.no_color else console.color_system
        write_stdout(rendered.render(console.width, ansi_painter(colour)))
        return None
    if not to_terminal:
        buffer = io.StringIO()
        make_console(file=buffer, width=120).print(rendered)
        return buffer.getvalue()
    make_console().print(rendered)
    return None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"gxreport {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """gxreport: exact figures for half-year work reports."""


@app.command()
@guarded
def summary(
    snapshot: SnapshotArg = None,
    fmt: FormatOpt = OutputFormat.auto,
    lang: LangOpt = None,
    decimals: DecimalsOpt = 2,
    rounding: RoundingOpt = RoundingChoice.half_up,
    output: OutputOpt = None,
) -> None:
    """Every indicator: actual, target, 完成率, gap to 序时进度, 同比, status."""
    from gxreport.analyze import analyze

    loaded = load_one(snapshot)
    report = analyze(loaded.snapshot, loaded.source, detail=False)
    style = make_style(lang, loaded.snapshot.report.language, decimals, rounding)
    emit("summary", report, fmt, style, output, [loaded.path] if loaded.path else [])


@app.command()
@guarded
def gap(
    snapshot: SnapshotArg = None,
    indicator: Annotated[
        str | None,
        typer.Option(
            "--indicator",
            "-i",
            help="The indicator's id. Default: the snapshot's headline indicator.",
            show_default=False,
        ),
    ] = None,
    target: Annotated[
        str | None,
        typer.Option(
            "--target",
            "-t",
            help='Plan against this target too (in the indicator\'s unit; 400, "400亿").',
            show_default=False,
        ),
    ] = None,
    stretch: Annotated[
        bool, typer.Option("--stretch", help="Plan against the stretch target (力争目标) only.")
    ] = False,
    all_indicators: Annotated[
        bool, typer.Option("--all", "-a", help="One compact row per indicator with a target.")
    ] = False,
    fmt: FormatOpt = OutputFormat.auto,
    lang: LangOpt = None,
    decimals: DecimalsOpt = 2,
    rounding: RoundingOpt = RoundingChoice.half_up,
    output: OutputOpt = None,
) -> None:
    """What the rest of the year must deliver: per remaining quarter and month, pace, projection."""
    from gxreport.analyze import analyze
    from gxreport.report import Gap

    if stretch and target is not None:
        raise UsageError("give --target or --stretch, not both")
    if all_indicators and (target is not None or indicator is not None):
        raise UsageError("--all shows every indicator: it takes neither --target nor --indicator")
    loaded = load_one(snapshot)
    indicators = loaded.snapshot.indicators
    custom: dict[str, Decimal] = {}
    if all_indicators:
        chosen_ids = [
            ind.id
            for ind in indicators
            if ind.target is not None or (stretch and ind.stretch is not None)
        ]
    else:
        chosen = pick_indicator(indicators, indicator)
        chosen_ids = [chosen.id]
        if target is not None:
            custom[chosen.id] = parse_target(target, chosen)
        if stretch and chosen.stretch is None:
            raise UsageError(f'indicator "{chosen.id}" ({chosen.name}) has no stretch target')
    report = analyze(
        loaded.snapshot, loaded.source, custom, detail=True if all_indicators else chosen_ids
    )
    wanted = set(chosen_ids)
    view = Gap(
        report=report,
        rows=tuple(r for r in report.rows if r.indicator.id in wanted),
        focus="stretch" if stretch else None if not all_indicators else "target",
        compact=all_indicators,
    )
    style = make_style(lang, loaded.snapshot.report.language, decimals, rounding)
    emit("gap", view, fmt, style, output, [loaded.path] if loaded.path else [])


@app.command()
@guarded
def check(
    snapshots: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[SNAPSHOT]...",
            help="One or more snapshot files ('-' for standard input). Default: "
            "$GXREPORT_SNAPSHOT, else ./snapshot.toml.",
            show_default=False,
        ),
    ] = None,
    fmt: FormatOpt = OutputFormat.auto,
    lang: LangOpt = None,
    decimals: DecimalsOpt = 2,
    rounding: RoundingOpt = RoundingChoice.half_up,
    output: OutputOpt = None,
) -> None:
    """Recompute every stated figure from the raw ones; exit 1 if any is inconsistent."""
    from gxreport.audit import audit

    loaded_all = []
    problems: list[Problem] = []
    sources: list[str | None] = list(snapshots) if snapshots else [None]
    for source in sources:
        try:
            loaded_all.append(load_one(source))
        except GxError as exc:
            problems.extend(exc.problems)
    if problems:
        raise SnapshotError(problems)
    audits = [audit(item.snapshot, item.source) for item in loaded_all]
    style = make_style(lang, loaded_all[0].snapshot.report.language, decimals, rounding)
    inputs = [item.path for item in loaded_all if item.path is not None]
    emit("check", audits, fmt, style, output, inputs)
    if any(a.inconsistent for a in audits):
        raise typer.Exit(1)


@app.command()
@guarded
def briefing(
    snapshot: SnapshotArg = None,
    template: Annotated[
        Path | None,
        typer.Option(
            "--template",
            help="A Jinja2 template of your own layout; it receives the same report.",
            show_default=False,
        ),
    ] = None,
    fmt: FormatOpt = OutputFormat.auto,
    lang: LangOpt = None,
    decimals: DecimalsOpt = 2,
    rounding: RoundingOpt = RoundingChoice.half_up,
    output: OutputOpt = None,
) -> None:
    """A Markdown briefing (简报): prose, tables, attention list and data check.

    Pipe it into a document: gxreport briefing snapshot.toml | pandoc -o briefing.docx
    """
    from gxreport.analyze import analyze
    from gxreport.audit import audit
    from gxreport.report import Briefing

    if fmt in (OutputFormat.json, OutputFormat.csv):
        raise UsageError(
            f"a briefing is Markdown: use -f markdown (or table on a terminal); "
            f"for {fmt.value}, use `gxreport summary` or `gxreport check`"
        )
    loaded = load_one(snapshot)
    subject = Briefing(
        analyze(loaded.snapshot, loaded.source, detail=False),
        audit(loaded.snapshot, loaded.source),
        template,
    )
    style = make_style(lang, loaded.snapshot.report.language, decimals, rounding)
    if output is not None and fmt is OutputFormat.auto:
        fmt = OutputFormat.markdown
    emit("briefing", subject, fmt, style, output, [loaded.path] if loaded.path else [])


@app.command()
@guarded
def init(
    path: Annotated[Path, typer.Argument(help="Where to write the starter snapshot.")] = Path(
        DEFAULT_SNAPSHOT
    ),
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a commented starter snapshot to fill in."""
    from importlib.resources import files

    from gxreport.output import check_target, write_atomic

    if path.exists() and not force:
        raise UsageError(Problem("already exists; use --force to overwrite it", file=str(path)))
    check_target(path, [])
    write_atomic(path, files("gxreport").joinpath("templates/starter.toml").read_text("utf-8"))
    err(f"wrote {path}; fill in your figures, then run: gxreport summary {path}")


@app.command()
@guarded
def schema() -> None:
    """Print the snapshot's JSON Schema (for editor completion and checking)."""
    import json

    from gxreport.snapshot import Snapshot

    doc = Snapshot.model_json_schema()
    doc["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    doc["title"] = "gxreport snapshot"
    write_stdout(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")


def pick_indicator(indicators: list[Any], wanted: str | None) -> Any:
    if wanted is not None:
        for ind in indicators:
            if ind.id == wanted:
                return ind
        ids = [ind.id for ind in indicators]
        shown = ", ".join(ids[:30]) + (f", … ({len(ids)} in all)" if len(ids) > 30 else "")
        import difflib

        guess = difflib.get_close_matches(wanted, ids, n=1)
        hint = f" Did you mean {guess[0]!r}?" if guess else ""
        raise UsageError(f"--indicator: no indicator {wanted!r}.{hint} Valid ids: {shown}")
    if not indicators:
        raise UsageError("the snapshot has no [[indicator]] tables")
    for ind in indicators:
        if ind.headline:
            return ind
    with_target = [ind for ind in indicators if ind.target is not None]
    chosen = with_target[0] if with_target else indicators[0]
    err(f'note: no headline indicator; showing "{chosen.id}" (set headline = true to choose)')
    return chosen


def parse_target(text: str, indicator: Any) -> Decimal:
    from gxreport.units import parse_quantity

    try:
        value = parse_quantity(text, indicator.unit_info)
    except ValueError as exc:
        raise UsageError(f"--target {exc}") from None
    if value <= 0:
        raise UsageError(f"--target must be > 0, got {text}")
    return value


def main() -> None:
    """Console-script entry point."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    try:
        app(prog_name="gxreport")
    except BrokenPipeError:
        silence_stdout()
        sys.exit(0)
    except KeyboardInterrupt:
        err("interrupted")
        sys.exit(130)
