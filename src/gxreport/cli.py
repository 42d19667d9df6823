"""The command line: each command is one pipeline, load → analyze → render → write.

This is the only module that maps errors to exit codes: 0 success, 1 `check` found an
inconsistent figure, 2 bad usage or input, 70 an internal error (a bug).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import os
import re
import sys
import warnings
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar, cast

import typer

from gxreport import __version__
from gxreport.errors import GxError, Problem, SnapshotError, UsageError, printable
from gxreport.output import Content, silence_stdout, write_stdout
from gxreport.render import (
    BRIEFING,
    CHECK,
    COMPARE,
    GAP,
    RANK,
    SUMMARY,
    Bundle,
    Command,
    Format,
)

if TYPE_CHECKING:
    from gxreport.audit import Finding
    from gxreport.load import Loaded
    from gxreport.render._fmt import Style
    from gxreport.render.grid import Drawing
    from gxreport.views import RateAccount

ENV_SNAPSHOT = "GXREPORT_SNAPSHOT"
EXIT_BUG = 70  # EX_SOFTWARE
INTERRUPTED = "gxreport: interrupted; no output file was written or changed"


class Terminated(KeyboardInterrupt):
    """SIGTERM (kill, a closing terminal's session manager): stopped as Ctrl-C stops a
    run, temporaries removed, and exit 143 (128 + 15) as a shell expects."""


def _terminate(signum: int, frame: object) -> None:
    raise Terminated


DEFAULT_SNAPSHOT = "snapshot.toml"


class LangChoice(str, Enum):
    zh = "zh"
    en = "en"


class RankByChoice(str, Enum):
    actual = "actual"
    completion = "completion"
    yoy = "yoy"
    schedule_gap = "schedule_gap"
    share = "share"


class TiesChoice(str, Enum):
    competition = "competition"
    dense = "dense"


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
        "gxreport briefing snapshot.toml -o 简报.docx\n\n"
        "gxreport check report.toml           (exit 1 when a printed rate is wrong)\n\n"
        "gxreport compare q1.toml h1.toml\n\n"
        "gxreport rank counties/ -i gdp --by yoy\n\n"
        "gxreport import 主要指标.xlsx -o snapshot.toml"
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


def _format_option(command: Command[Any]) -> Any:
    """--format as the command's help shows it: only the formats this command gives (from
    the registry), so `summary --help` does not offer docx."""
    return typer.Option(
        "--format",
        "-f",
        metavar="<" + "|".join(["auto", *(f.value for f in command.formats)]) + ">",
        help="auto: a table on a terminal, Markdown when piped (or by --output's extension).",
    )


SummaryFormat = Annotated[Format, _format_option(SUMMARY)]
GapFormat = Annotated[Format, _format_option(GAP)]
CheckFormat = Annotated[Format, _format_option(CHECK)]
BriefingFormat = Annotated[Format, _format_option(BRIEFING)]
CompareFormat = Annotated[Format, _format_option(COMPARE)]
RankFormat = Annotated[Format, _format_option(RANK)]
UnitOpt = Annotated[
    str | None,
    typer.Option(
        "--unit",
        help="Show amounts in this unit (亿元 for figures kept in 万元), exactly; indicators "
        "counted in another base are left as they are.",
        show_default=False,
    ),
]
ThousandsOpt = Annotated[
    bool,
    typer.Option(
        "--thousands",
        help="Amounts with thousands separators (6,917,678); data formats keep plain numbers.",
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
        except KeyboardInterrupt as exc:
            # Typer would turn it into a silent exit 130: say what happened to the output.
            err(INTERRUPTED)
            raise typer.Exit(143 if isinstance(exc, Terminated) else 130) from None
        except (typer.Exit, typer.Abort):
            raise
        except Exception as exc:  # a bug: say so plainly, and how to get the traceback
            if os.environ.get("GXREPORT_DEBUG"):
                raise
            err(
                f"gxreport: internal error ({type(exc).__name__}: {exc}). "
                "This is a bug: please report it with the command and the snapshot; "
                "GXREPORT_DEBUG=1 shows the traceback."
            )
            raise typer.Exit(EXIT_BUG) from None

    return wrapper  # type: ignore[return-value]


def err(text: str) -> None:
    # A file name or a cell may hold ESC or BEL: shown as escapes, never acted on.
    sys.stderr.write(printable(text) + "\n")
    sys.stderr.flush()


def exit_inconsistent(found: list[tuple[str, Finding]]) -> None:
    """Exit 1 when a stated figure is inconsistent, saying which on stderr (an exit code
    always comes with its reason, whatever the output went to)."""
    if not found:
        return
    for source, f in found:
        err(
            f'inconsistent: {source}: indicator "{f.indicator.id}" ({f.indicator.name}) '
            f"{f.key} = {f.stated_text or format(f.stated, 'f')}"
        )
    err(f"{len(found)} inconsistent figure{'s' if len(found) > 1 else ''}: exit 1")
    raise typer.Exit(1)


def extract_command(source: str, year: int | None = None, as_of: str | None = None) -> str:
    """The command that shows the draft `check` read from a report, with the options given."""
    given = "".join(
        f" {flag} {value}"
        for flag, value in (("--year", year), ("--as-of", as_of))
        if value is not None
    )
    return f"gxreport extract {source}{given}"


def say_account(account: RateAccount, command: str) -> None:
    """What check did with the rates a report prints, on stderr: out of how many."""
    if account.nothing_checked:
        return  # said by exit_nothing_checked
    err(
        f"note: {account.source}: {account.printed} printed rate"
        f"{'s' if account.printed != 1 else ''} (% or 个百分点): {account.checked} checked, "
        f"{account.not_checkable} in the draft but not checkable (an input the text does not "
        f"give), {account.not_read} not read as a stated rate"
        + (f" (see them with: {command})" if account.not_read else "")
        + (
            f"; {account.amounts} printed amount{'s' if account.amounts != 1 else ''} checked"
            if account.amounts
            else ""
        )
    )


def exit_nothing_checked(accounts: list[RateAccount], commands: dict[str, str]) -> None:
    """Exit 2 when a report's text gave nothing to recompute: no rate it prints was checked.
    "不一致0项" of 0 checked is no clean audit, and an exit code of 0 would read as one."""
    empty = [a for a in accounts if a.nothing_checked]
    if not empty:
        return
    for a in empty:
        if a.printed == 0:
            why = "the text prints no rate (% or 个百分点) to recompute"
        else:
            why = (
                f"none of the {a.printed} rates it prints could be recomputed "
                f"({a.not_checkable} in the draft lack an input, {a.not_read} not read as a "
                "stated rate)"
            )
        err(
            f"error: {a.source}: nothing checked: {why}; this is no audit of the report "
            f"(see what was read with: {commands[a.source]})"
        )
    raise typer.Exit(2)


def report_problems(problems: list[Problem]) -> None:
    for problem in problems:
        err(f"error: {problem}")
    if len(problems) > 1:
        err(f"{len(problems)} problems found; nothing was written.")


def resolve_snapshot(given: str | None) -> tuple[str, str | None]:
    """The snapshot to read, and where its name came from when it was not given."""
    if given:
        return given, None
    from_env = os.environ.get(ENV_SNAPSHOT)
    if from_env:
        return from_env, f"${ENV_SNAPSHOT}"
    if Path(DEFAULT_SNAPSHOT).is_file():
        return DEFAULT_SNAPSHOT, None
    raise UsageError(
        f"no snapshot given, ${ENV_SNAPSHOT} is not set, and there is no ./{DEFAULT_SNAPSHOT}: "
        "name a snapshot file, set the variable, or write a starter with `gxreport init`"
    )


def load_one(given: str | None) -> Loaded:
    """Load the named snapshot, or the default one (see resolve_snapshot)."""
    from gxreport.load import load

    loaded = read_named(given, load)
    for warning in loaded.warnings:
        err(f"warning: {warning}")
    return loaded


R = TypeVar("R")


def read_named(given: str | None, read: Callable[[str], R]) -> R:
    """``read`` the named snapshot or the default one; a problem with a default names where
    the name came from."""
    source, origin = resolve_snapshot(given)
    try:
        return read(source)
    except GxError as exc:
        if origin is None:
            raise
        from dataclasses import replace

        named = [
            replace(p, message=f"{p.message} (the name came from {origin})") for p in exc.problems
        ]
        raise type(exc)(named) from None


def make_style(
    lang: LangChoice | None,
    snapshot_lang: str,
    decimals: int,
    rounding: RoundingChoice,
    thousands: bool = False,
) -> Style:
    from gxreport.render._fmt import Style

    chosen = lang.value if lang is not None else snapshot_lang
    return Style(lang=chosen, decimals=decimals, rounding=rounding.value, thousands=thousands)  # type: ignore[arg-type]


V = TypeVar("V")


def plan_output(
    command: Command[V], fmt: Format, output: Path | None, inputs: list[Path]
) -> tuple[Format, Path | None]:
    """Settle the format and the output file before any work: what cannot be given is
    refused now, not after the snapshot has been read and analysed."""
    from gxreport.output import check_target

    if output is not None and str(output) == "-":
        output = None  # `-o -`: standard output, as for the snapshot
    to_terminal = sys.stdout is not None and sys.stdout.isatty()  # None: closed (>&-)
    chosen = command.choose(fmt, output, to_terminal=to_terminal)
    if output is not None:
        check_target(output, inputs)
    return chosen, output


def emit(rendered: Content | Drawing | Bundle, output: Path | None) -> None:
    """Write what a renderer gave: to the terminal (a drawing at its width), or a file, with
    the files that go beside it."""
    from gxreport.output import write_atomic

    if isinstance(rendered, Bundle):
        if output is None:
            raise UsageError(
                "the charts are image files written beside the Markdown: give --output FILE.md"
            )
        written = []
        try:
            for name, data in rendered.files:
                write_atomic(output.parent / name, data)
                written.append(output.parent / name)
            _emit_main(rendered.main, output)
        except BaseException:
            for path in written:  # no charts left behind for a Markdown never written
                with contextlib.suppress(OSError):
                    path.unlink()
            raise
        return
    _emit_main(rendered, output)


def _emit_main(rendered: Content | Drawing, output: Path | None) -> None:
    from gxreport.output import write_atomic

    content: Content
    # Only the table backend makes a Drawing; a JSON or CSV run never loads its module.
    grid = sys.modules.get("gxreport.render.grid")
    if grid is not None and isinstance(rendered, grid.Drawing):
        text = draw(rendered, to_terminal=output is None)
        if text is None:
            return
        content = text
    else:
        content = cast("Content", rendered)
    if output is None:
        write_stdout(content)
    else:
        write_atomic(output, content)


def draw(drawing: Drawing, to_terminal: bool) -> str | None:
    """A table drawing printed to the terminal at its width (returning None), or its text."""
    from gxreport.console import make_console
    from gxreport.render.grid import ansi_painter

    if not to_terminal:
        return drawing.render(120)
    console = make_console()
    colour = None if console.no_color else console.color_system
    write_stdout(drawing.render(console.width, ansi_painter(colour)))
    return None


def load_many(
    sources: list[str],
    only: str | None = None,
    reports: bool = False,
    printed: dict[str, int] | None = None,
    year: int | None = None,
    as_of: str | None = None,
) -> list[Loaded]:
    """Every snapshot named, with every problem in any of them reported at once.
    ``reports``: a report (.txt, .md, .docx, .pdf) is extracted first (with ``year`` and
    ``as_of`` where its text lacks them), and that is said; ``printed`` receives how many
    rates each such report prints."""
    from gxreport.load import load

    loaded = []
    problems: list[Problem] = []
    for source in sources:
        try:
            if reports and Path(source).suffix.lower() in REPORT_SUFFIXES:
                err(
                    f"note: {source} is a report's text: checking the draft snapshot extracted "
                    f"from it (see it with: {extract_command(source, year, as_of)})"
                )
                _, item, rates = extracted(source, year, as_of)
                if printed is not None:
                    printed[item.source] = rates
            else:
                item = load(source, only=only) if only else load_one(source)
        except GxError as exc:
            problems.extend(exc.problems)
            continue
        loaded.append(item)
    if problems:
        raise SnapshotError(problems)
    return loaded


def _paths(*loaded: Loaded) -> list[Path]:
    return [item.path for item in loaded if item.path is not None]


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
    fmt: SummaryFormat = Format.auto,
    lang: LangOpt = None,
    decimals: DecimalsOpt = 2,
    rounding: RoundingOpt = RoundingChoice.half_up,
    output: OutputOpt = None,
    unit: UnitOpt = None,
    thousands: ThousandsOpt = False,
) -> None:
    """Every indicator: actual, target, 完成率, gap to 序时进度, 同比, rank, status."""
    from gxreport.views import in_unit, summary_view

    chosen, output = plan_output(SUMMARY, fmt, output, [])
    if chosen in (Format.json, Format.csv) and _large(snapshot) and unit is None:
        _summary_streamed(snapshot, chosen, lang, decimals, rounding, output)
        return
    loaded = load_one(snapshot)
    _, output = plan_output(SUMMARY, chosen, output, _paths(loaded))
    style = make_style(lang, loaded.snapshot.report.language, decimals, rounding, thousands)
    view = summary_view(in_unit(loaded.snapshot, unit), loaded.source, style.precision)
    emit(SUMMARY.render(view, chosen, style), output)


# A snapshot file larger than this many bytes is summarised as JSON or CSV a row at a time
# (the same output, in a fraction of the memory).
STREAM_BYTES = 4_000_000


def _large(given: str | None) -> bool:
    source, _ = resolve_snapshot(given)
    if source == "-":
        return False  # standard input is read whole
    limit = os.environ.get("GXREPORT_STREAM_BYTES")
    try:
        threshold = int(limit) if limit else STREAM_BYTES
        return Path(source).stat().st_size > threshold
    except (OSError, ValueError):
        return False  # the ordinary path reports what is wrong with the file


def _summary_streamed(
    given: str | None,
    chosen: Format,
    lang: LangChoice | None,
    decimals: int,
    rounding: RoundingChoice,
    output: Path | None,
) -> None:
    from gxreport.analyze import report_elapsed, rows_of
    from gxreport.load import load_stream
    from gxreport.render import summary_rows
    from gxreport.report import RowStream

    stream = read_named(given, load_stream)
    for warning in stream.warnings:
        err(f"warning: {warning}")
    _, output = plan_output(SUMMARY, chosen, output, [stream.path] if stream.path else [])
    style = make_style(lang, stream.info.language, decimals, rounding)
    info = stream.info
    rows = rows_of(
        info,
        stream.indicators(),
        stream.wholes,
        detail=False,
        precision=style.precision,
        plans=False,
    )
    view = RowStream(info, stream.source, report_elapsed(info), rows)
    content = summary_rows(view, chosen, style)
    if output is not None:
        emit(content, output)  # a temporary file, renamed only once every row is written
        return
    # An indicator found invalid half-way stops the run with every problem: nothing of it
    # may have reached standard output by then.
    from gxreport.output import write_stdout_spooled

    write_stdout_spooled(content)


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
            help='Plan against this target too: in the indicator\'s unit (400, "400亿", '
            '"1.2万"), or a share of the annual target ("120%").',
            show_default=False,
        ),
    ] = None,
    stretch: Annotated[
        bool, typer.Option("--stretch", help="Plan against the stretch target (力争目标) only.")
    ] = False,
    all_indicators: Annotated[
        bool, typer.Option("--all", "-a", help="One compact row per indicator with a target.")
    ] = False,
    fmt: GapFormat = Format.auto,
    lang: LangOpt = None,
    decimals: DecimalsOpt = 2,
    rounding: RoundingOpt = RoundingChoice.half_up,
    output: OutputOpt = None,
    unit: UnitOpt = None,
    thousands: ThousandsOpt = False,
) -> None:
    """What the rest of the year must deliver: per remaining quarter and month, pace, projection."""
    from gxreport.views import gap_view, in_unit

    chosen, output = plan_output(GAP, fmt, output, [])
    loaded = load_one(snapshot)
    _, output = plan_output(GAP, chosen, output, _paths(loaded))
    style = make_style(lang, loaded.snapshot.report.language, decimals, rounding, thousands)
    view = gap_view(
        in_unit(loaded.snapshot, unit),
        loaded.source,
        style.precision,
        indicator=indicator,
        target=target,
        stretch=stretch,
        all_indicators=all_indicators,
    )
    if view.note:
        err(f"note: {view.note}")
    emit(GAP.render(view, chosen, style), output)


YearOpt = Annotated[
    int | None,
    typer.Option(
        "--year",
        min=1,
        max=9999,
        help="The report's year, when the source does not say.",
        show_default=False,
    ),
]
AsOfOpt = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        help="The date the figures run to (2022-06-30), when the source does not say "
        "(1-6月, 上半年, 截至…).",
        show_default=False,
    ),
]


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
    fmt: CheckFormat = Format.auto,
    lang: LangOpt = None,
    decimals: DecimalsOpt = 2,
    rounding: Annotated[
        RoundingChoice,
        typer.Option(
            "--rounding",
            help="The rounding the report used: a figure that rounds to the printed one by "
            "this rule is consistent; half-up (四舍五入) or half-even (GB/T 8170 修约).",
        ),
    ] = RoundingChoice.half_up,
    output: OutputOpt = None,
    year: YearOpt = None,
    as_of: AsOfOpt = None,
) -> None:
    """Recompute every stated figure from the raw ones; exit 1 if any is inconsistent.

    A report's own text (.txt, .md, .docx, .pdf) is read as `extract` reads it, and its
    printed rates are checked against its printed figures."""
    from gxreport.views import check_view, rate_account

    chosen, output = plan_output(CHECK, fmt, output, [])
    printed: dict[str, int] = {}
    if snapshots:
        loaded_all = load_many(
            list(snapshots), reports=True, printed=printed, year=year, as_of=as_of
        )
    else:
        loaded_all = [load_one(None)]
    _, output = plan_output(CHECK, chosen, output, _paths(*loaded_all))
    style = make_style(lang, loaded_all[0].snapshot.report.language, decimals, rounding)
    audits = check_view([(x.snapshot, x.source) for x in loaded_all], style.precision)
    emit(CHECK.render(audits, chosen, style), output)
    accounts = [
        rate_account(audit, item.snapshot, printed[item.source])
        for audit, item in zip(audits, loaded_all, strict=True)
        if item.source in printed
    ]
    commands = {a.source: extract_command(a.source, year, as_of) for a in accounts}
    for account in accounts:
        say_account(account, commands[account.source])
    exit_inconsistent(
        [(a.source, f) for a in audits for f in a.findings if f.verdict == "inconsistent"]
    )
    exit_nothing_checked(accounts, commands)


# (Rich reads [briefing] as markup: the backslash keeps it as typed.)
MASTHEAD_PANEL = "The 简报's masthead and end block (over the snapshot's \\[briefing])"


@app.command()
@guarded
def briefing(
    snapshot: SnapshotArg = None,
    template: Annotated[
        Path | None,
        typer.Option(
            "--template",
            help="A Jinja2 template of your own layout (Markdown); it receives the same parts "
            "as the built-in one, whose source is templates/briefing.md.j2 in the package.",
            show_default=False,
        ),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(
            "--since",
            help="An earlier snapshot of the same entity and year: adds how each figure moved "
            "since then (period alone, 环比, 同比 change) and checks the stated figures "
            "across periods.",
            show_default=False,
        ),
    ] = None,
    charts: Annotated[
        bool,
        typer.Option(
            "--charts",
            help="A chart per group (completion against 序时进度): in the .docx, or as PNG "
            "files beside a Markdown --output. Needs the charts extra.",
        ),
    ] = False,
    font: Annotated[
        Path | None,
        typer.Option("--font", help="A CJK font file for the charts.", show_default=False),
    ] = None,
    sections: Annotated[
        str | None,
        typer.Option(
            "--sections",
            help="The parts to give, comma-separated: overview, groups, attention, gap, check "
            "(default: all).",
            show_default=False,
        ),
    ] = None,
    annex: Annotated[
        str | None,
        typer.Option(
            "--annex",
            help="Parts to put in annexes (附件) at the end, each on its own page: tables, "
            "gap, check; or none. Default auto: all three for a report of more than 20 "
            "indicators with a target, whose group prose then names the first few and the "
            "tables the rest.",
            show_default=False,
        ),
    ] = None,
    series: Annotated[
        str | None,
        typer.Option(
            "--series",
            help="The 简报's name for its masthead (经济运行简报).",
            rich_help_panel=MASTHEAD_PANEL,
            show_default=False,
        ),
    ] = None,
    issue: Annotated[
        int | None,
        typer.Option(
            "--issue",
            min=1,
            help="The issue number (第N期).",
            rich_help_panel=MASTHEAD_PANEL,
            show_default=False,
        ),
    ] = None,
    issuer: Annotated[
        str | None,
        typer.Option(
            "--issuer",
            help="Who compiles it (编印单位).",
            rich_help_panel=MASTHEAD_PANEL,
            show_default=False,
        ),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            help="The date it is issued (2022-08-01).",
            rich_help_panel=MASTHEAD_PANEL,
            show_default=False,
        ),
    ] = None,
    to: Annotated[
        str | None,
        typer.Option("--to", help="报：", rich_help_panel=MASTHEAD_PANEL, show_default=False),
    ] = None,
    copy_to: Annotated[
        str | None,
        typer.Option("--copy-to", help="送：", rich_help_panel=MASTHEAD_PANEL, show_default=False),
    ] = None,
    send_to: Annotated[
        str | None,
        typer.Option("--send-to", help="发：", rich_help_panel=MASTHEAD_PANEL, show_default=False),
    ] = None,
    copies: Annotated[
        int | None,
        typer.Option(
            "--copies",
            min=1,
            help="Copies printed (共印N份).",
            rich_help_panel=MASTHEAD_PANEL,
            show_default=False,
        ),
    ] = None,
    fmt: BriefingFormat = Format.auto,
    lang: LangOpt = None,
    decimals: DecimalsOpt = 2,
    rounding: RoundingOpt = RoundingChoice.half_up,
    output: OutputOpt = None,
    unit: UnitOpt = None,
    thousands: ThousandsOpt = False,
) -> None:
    """A briefing (简报): prose, tables, attention list and data check.

    Markdown, or a Word 公文 with -o 简报.docx.

    Pipe it into a document: gxreport briefing snapshot.toml | pandoc -o briefing.docx
    """
    from gxreport.views import briefing_view, in_unit

    if template is not None and fmt is Format.auto:
        fmt = Format.markdown  # a template writes Markdown
    chosen, output = plan_output(BRIEFING, fmt, output, [])
    if charts:
        from gxreport.render import require_extra

        require_extra("matplotlib", "charts", "--charts")
        if chosen is Format.markdown and output is None:
            raise UsageError(
                "--charts writes the charts as image files beside the Markdown: give "
                "--output FILE.md (or write a .docx)"
            )
    loaded = load_one(snapshot)
    earlier = load_many([since])[0] if since is not None else None
    _, output = plan_output(
        BRIEFING,
        chosen,
        output,
        _paths(loaded, *([earlier] if earlier else [])) + [p for p in (template, font) if p],
    )
    style = make_style(lang, loaded.snapshot.report.language, decimals, rounding, thousands)
    view = briefing_view(
        in_unit(loaded.snapshot, unit),
        loaded.source,
        style.precision,
        template,
        (in_unit(earlier.snapshot, unit), earlier.source) if earlier is not None else None,
        charts,
        output.stem if output is not None else "chart",
        font,
        sections,
        annex,
        {
            "series": series,
            "issue": issue,
            "issuer": issuer,
            "date": date,
            "to": to,
            "copy_to": copy_to,
            "send_to": send_to,
            "copies": copies,
        },
    )
    emit(BRIEFING.render(view, chosen, style), output)


SnapshotsArg = Annotated[
    list[str],
    typer.Argument(
        metavar="SNAPSHOT...",
        help="Snapshot files, folders of them (*.toml) or glob patterns.",
        show_default=False,
    ),
]


@app.command()
@guarded
def compare(
    snapshots: Annotated[
        list[str],
        typer.Argument(
            metavar="SNAPSHOT SNAPSHOT...",
            help="Two or more snapshots of one entity and year, earliest first "
            "(for example 1—3月 then 1—6月).",
            show_default=False,
        ),
    ],
    fmt: CompareFormat = Format.auto,
    lang: LangOpt = None,
    decimals: DecimalsOpt = 2,
    rounding: RoundingOpt = RoundingChoice.half_up,
    output: OutputOpt = None,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict",
            help="Refuse indicators present in some snapshots only, instead of leaving them "
            "out and listing them.",
        ),
    ] = False,
    unit: UnitOpt = None,
    thousands: ThousandsOpt = False,
) -> None:
    """Period over period: each period alone (Q2 = H1 − Q1), 环比, 同比 change.

    Also 完成率 gained and the change of the schedule gap, in 个百分点 (加快/回落,
    降幅收窄/扩大). Stated figures across periods are checked; an inconsistent one exits 1,
    as in `check`."""
    from gxreport.views import compare_view, expand_sources, in_unit

    chosen, output = plan_output(COMPARE, fmt, output, [])
    loaded = load_many(expand_sources(snapshots))
    _, output = plan_output(COMPARE, chosen, output, _paths(*loaded))
    style = make_style(lang, loaded[0].snapshot.report.language, decimals, rounding, thousands)
    view = compare_view(
        [(in_unit(x.snapshot, unit), x.source) for x in loaded], style.precision, strict
    )
    emit(COMPARE.render(view, chosen, style), output)
    exit_inconsistent(view.inconsistent)


@app.command()
@guarded
def rank(
    snapshots: SnapshotsArg,
    indicator: Annotated[
        str,
        typer.Option(
            "--indicator",
            "-i",
            help="The indicator's id, the same in every snapshot.",
            show_default=False,
        ),
    ],
    by: Annotated[
        RankByChoice | None,
        typer.Option(
            "--by",
            help="The figure to rank by. Default: the one the snapshots hold (actual where "
            "they have it); for a league table, the figure --indicator names "
            "(规上工业增加值增速: its growth).",
            show_default=False,
        ),
    ] = None,
    ties: Annotated[
        TiesChoice,
        typer.Option(
            "--ties", help="competition: 1, 1, 3 (as league tables print); dense: 1, 1, 2."
        ),
    ] = TiesChoice.competition,
    fmt: RankFormat = Format.auto,
    lang: LangOpt = None,
    decimals: DecimalsOpt = 2,
    rounding: RoundingOpt = RoundingChoice.half_up,
    output: OutputOpt = None,
    year: YearOpt = None,
    as_of: AsOfOpt = None,
) -> None:
    """A league table of one indicator across entities, one snapshot each — or the rows of a
    league table sheet (a row per county, district or zone).

    Lower is better where the indicator says so; ties on the figures as printed; each
    entity's stated place (a 排名 or 位次 column) is checked."""
    from gxreport.views import expand_sources, rank_view

    chosen, output = plan_output(RANK, fmt, output, [])
    sources = expand_sources(snapshots)
    sheets = [s for s in sources if Path(s).suffix.lower() in SHEET_SUFFIXES]
    if sheets:
        wanted_by = by.value if by is not None else None
        period = (year, _date_option("--as-of", as_of))
        pairs, indicator, ranked_by = _league_sheets(sources, indicator, wanted_by, period)
        language = "zh"
    else:
        loaded = load_many(sources, only=indicator)
        pairs = [(x.snapshot, x.source) for x in loaded]
        language, ranked_by = loaded[0].snapshot.report.language, None
    _, output = plan_output(RANK, chosen, output, [Path(s) for s in sources if s != "-"])
    style = make_style(lang, language, decimals, rounding)
    view = rank_view(
        pairs,
        indicator,
        by.value if by is not None else ranked_by,  # type: ignore[arg-type]
        ties.value,
        style.precision,
    )
    emit(RANK.render(view, chosen, style), output)


SHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")


def _league_sheets(
    sources: list[str],
    indicator: str,
    by: str | None,
    period: tuple[int | None, dt.date | None],
) -> tuple[list[Any], str, str]:
    """The places of league table sheets as snapshots of the one figure --indicator names;
    that figure's id, and what to rank it by."""
    from gxreport.importers.sheet import SPREADSHEETS, league_snapshots, read
    from gxreport.render import require_extra

    if any(Path(s).suffix.lower() not in SHEET_SUFFIXES for s in sources):
        raise UsageError("rank reads snapshots or league table sheets, not both at once")
    pairs: list[Any] = []
    ident = ranked_by = ""
    for source in sources:
        path = Path(source)
        if path.suffix.lower() in SPREADSHEETS:
            require_extra("python_calamine", "xlsx", f"ranking {path.suffix}")
        if not path.is_file():
            raise UsageError(Problem("no such file", file=source))
        loaded, ident, ranked_by, said = league_snapshots(
            read(path, None), source, indicator, by, *period
        )
        for item in said:
            err(item)
        pairs += loaded
    if not pairs:
        raise UsageError(
            Problem(f"--indicator: no place has a figure {indicator!r}", file=sources[0])
        )
    return pairs, ident, ranked_by


def _date_option(name: str, text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{name} must be a date such as 2022-06-30, got {text!r}") from None


SnapshotOutOpt = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="Write the snapshot here (default: standard output).",
        show_default=False,
    ),
]


@app.command("import")
@guarded
def import_(
    sheet: Annotated[
        Path,
        typer.Argument(
            metavar="SHEET",
            help="A spreadsheet (.xlsx, .xls, .ods) or a .csv (UTF-8 or GBK) of the figures.",
            show_default=False,
        ),
    ],
    output: SnapshotOutOpt = None,
    sheet_name: Annotated[
        str | None,
        typer.Option("--sheet", help="The sheet to read. Default: the first.", show_default=False),
    ] = None,
    year: YearOpt = None,
    as_of: AsOfOpt = None,
    split_to: Annotated[
        Path | None,
        typer.Option(
            "--split",
            help="A league table (a row per county, district or zone): write one snapshot "
            "per place into this folder, ready for rank and compare.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """A snapshot from the spreadsheet where the figures are kept.

    Each figure is commented with its cell; what cannot be placed is listed, never
    dropped. A league table of places is split with --split DIR, or ranked directly with
    `gxreport rank SHEET -i NAME`."""

    from gxreport.importers.sheet import SPREADSHEETS
    from gxreport.load import validate
    from gxreport.render import require_extra

    suffix = sheet.suffix.lower()
    if suffix in REPORT_SUFFIXES:
        raise UsageError(
            Problem(
                f"is a report, not a spreadsheet: `gxreport extract {sheet}` reads its figures",
                file=str(sheet),
            )
        )
    if suffix in SPREADSHEETS:
        require_extra("python_calamine", "xlsx", f"importing {sheet.suffix}")
    output = _draft_target(output, sheet)
    day = _date_option("--as-of", as_of)
    if not sheet.exists():
        raise UsageError(Problem("no such file", file=str(sheet)))
    from gxreport.importers.sheet import read, split, to_snapshot
    from gxreport.load import parse_toml

    grid = read(sheet, sheet_name)
    if split_to is not None:
        if output is not None:
            raise UsageError("give --split DIR or --output FILE, not both")
        drafts, said = split(grid, str(sheet), year, day)
        _write_split(drafts, said, split_to)
        return
    text, said = to_snapshot(grid, str(sheet), year, day)
    # Never write a snapshot gxreport itself would refuse; what is wrong is said at the
    # sheet's cell, not at a line of a draft the user has not seen.
    try:
        validate(parse_toml(text, "<import>"), text, "<import>")
    except GxError as exc:
        raise SnapshotError(at_cells(exc.problems, text, str(sheet), grid.name)) from None
    for item in said:
        err(item)
    _write_draft(text, output, "review it, then run")


_CELL_COMMENT = re.compile(r"#\s*([A-Z]{1,3}[0-9]{1,7})\s*$")


def at_cells(problems: list[Problem], draft: str, source: str, sheet: str) -> list[Problem]:
    """Problems found in an imported draft, placed at the sheet's cells: each figure's line
    in the draft ends with the cell it came from (``actual = 10  # C5``)."""
    from dataclasses import replace

    lines = draft.splitlines()
    placed = []
    for problem in problems:
        where = f"{source} (sheet {sheet!r})"
        if problem.line is not None and 0 < problem.line <= len(lines):
            cell = _CELL_COMMENT.search(lines[problem.line - 1])
            if cell is not None:
                where = f"{source} (sheet {sheet!r}, cell {cell.group(1)})"
        placed.append(replace(problem, file=where, line=None))
    return placed


def _write_split(drafts: list[tuple[str, str]], said: list[str], folder: Path) -> None:
    """One snapshot per place of a league table, each validated before any is written."""
    import re

    from gxreport.load import parse_toml, validate
    from gxreport.output import write_atomic

    if folder.exists() and not folder.is_dir():
        raise UsageError(Problem("--split: is a file, not a folder", file=str(folder)))
    named: dict[str, str] = {}
    for entity, text in drafts:
        stem = re.sub(r'[\\/:*?"<>|\s]+', "_", entity).strip("._") or "entity"
        while f"{stem}.toml" in named:
            stem += "_"
        target = f"{stem}.toml"
        validate(parse_toml(text, target), text, str(folder / target))
        named[target] = text
    folder.mkdir(parents=True, exist_ok=True)
    for target, text in named.items():
        write_atomic(folder / target, text)
    for item in said:
        err(item)
    err(f"wrote {len(named)} snapshots into {folder}; next: gxreport rank {folder} -i ID")


def _draft_target(output: Path | None, source: Path) -> Path | None:
    """Where a draft snapshot goes: a file (checked before any work), or None for stdout."""
    from gxreport.output import check_target

    if output is None or str(output) == "-":
        return None
    check_target(output, [source])
    return output


def _write_draft(text: str, output: Path | None, next_step: str) -> None:
    from gxreport.output import write_atomic

    if output is None:
        write_stdout(text)
        return
    write_atomic(output, text)
    err(f"wrote {output}; {next_step}: gxreport check {output}")


@app.command()
@guarded
def chart(
    snapshot: SnapshotArg = None,
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            help="FILE.png (300 dpi) or FILE.svg (text as paths).",
            show_default=False,
        ),
    ] = Path("chart.png"),
    font: Annotated[
        Path | None,
        typer.Option(
            "--font",
            help="A CJK font file (.ttf, .otf, .ttc). Default: one found on the system.",
            show_default=False,
        ),
    ] = None,
    lang: LangOpt = None,
    decimals: DecimalsOpt = 2,
    rounding: RoundingOpt = RoundingChoice.half_up,
) -> None:
    """Completion against the 序时进度 line: a bar per indicator with a target, by group."""
    from gxreport.output import check_target, write_atomic
    from gxreport.render import require_extra

    suffix = output.suffix.lower().lstrip(".")
    if suffix not in ("png", "svg"):
        raise UsageError(f"--output {output}: a chart is written as .png or .svg")
    require_extra("matplotlib", "charts", "gxreport chart")
    loaded = load_one(snapshot)
    check_target(output, _paths(loaded) + ([font] if font else []))
    style = make_style(lang, loaded.snapshot.report.language, decimals, rounding)
    from gxreport.render.chart import chart as draw_chart
    from gxreport.views import summary_view

    report = summary_view(loaded.snapshot, loaded.source, style.precision)
    write_atomic(output, draw_chart(report, style, font, suffix))  # type: ignore[arg-type]
    err(f"wrote {output}")


@app.command("reference-docx")
@guarded
def reference_docx(
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Where to write the .docx.")
    ] = Path("gxreport-reference.docx"),
    lang: LangOpt = None,
) -> None:
    """The briefing's 公文 styles as a reference .docx for pandoc.

    pandoc briefing.md --shift-heading-level-by=-1 --reference-doc gxreport-reference.docx
    -o 简报.docx"""
    from gxreport.output import check_target, write_atomic
    from gxreport.render import require_extra

    require_extra("docx", "docx", "gxreport reference-docx")
    check_target(output, [])
    from gxreport.render.docx import reference

    write_atomic(output, reference(lang.value if lang is not None else "zh"))
    err(
        f"wrote {output}; use it with: pandoc FILE.md --shift-heading-level-by=-1 "
        f"--reference-doc {output} -o FILE.docx"
    )


REPORT_SUFFIXES = (".txt", ".md", ".markdown", ".docx", ".pdf")


def extracted(
    source: str, year: int | None = None, as_of: str | None = None
) -> tuple[str, Loaded, int]:
    """A report as the draft snapshot extract writes, validated; and how many rates the
    report prints (what `check` of it can at most judge)."""
    from gxreport.importers.grids import printed_rates
    from gxreport.importers.text import extract as extract_text
    from gxreport.importers.text import read_report
    from gxreport.load import Loaded, parse_toml, validate

    path = Path(source)
    if not path.exists():
        raise UsageError(Problem("no such file", file=source))
    document = read_report(path)
    text, _ = extract_text(path, year, _date_option("--as-of", as_of), document)
    try:
        snapshot = validate(parse_toml(text, "<draft>"), text, "<draft>")
    except GxError as exc:
        # The line is the draft's, which the report does not have: say so, and how to see it.
        from dataclasses import replace

        draft = f"{source} (the draft `gxreport extract` writes from it"
        raise SnapshotError(
            [
                replace(p, file=f"{draft}, line {p.line})" if p.line else f"{draft})", line=None)
                for p in exc.problems
            ]
        ) from None
    return text, Loaded(snapshot, printable(source), path, []), printed_rates(document)


@app.command()
@guarded
def extract(
    report: Annotated[
        str,
        typer.Argument(
            metavar="REPORT",
            help="A report: .txt or .md (UTF-8 or GBK), .docx (the docx extra) or .pdf (the "
            "pdf extra); its tables are read too.",
            show_default=False,
        ),
    ],
    output: SnapshotOutOpt = None,
    year: YearOpt = None,
    as_of: AsOfOpt = None,
) -> None:
    """A draft snapshot from a report's own text, for review.

    Every figure as printed, the sentence it came from (# 原文:), every inferred link
    marked (# 待核:); nothing invented."""
    output = _draft_target(output, Path(report))
    text, _, _ = extracted(report, year, as_of)
    _write_draft(text, output, "review it (# 待核 marks what was inferred), then")


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


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: object = None,
    line: str | None = None,
) -> None:
    err(f"warning: {message}")


def main() -> None:
    """Console-script entry point."""
    # A run lives for a second and frees nothing it builds: the cyclic collector would scan
    # every exact figure again and again (a third of a 10,000-indicator run), so it runs
    # only on far larger heaps than its default 700 allocations.
    gc.set_threshold(200_000, 50, 1000)
    # gxreport uses no pydantic plugin; finding none costs an entry-point scan each run.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    # A library's warning (a glyph the chart's font lacks) as one line, without the
    # library's source path.
    warnings.showwarning = _show_warning
    import signal

    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, _terminate)
    if sys.stderr is None:  # closed (2>&-): messages are lost, exit codes still say
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    try:
        app(prog_name="gxreport")
    except BrokenPipeError:
        silence_stdout()
        sys.exit(0)
    except KeyboardInterrupt as exc:
        err(INTERRUPTED)
        sys.exit(143 if isinstance(exc, Terminated) else 130)
    except OSError as exc:  # --help or --version to a full or closed standard output
        silence_stdout()
        err(f"gxreport: standard output cannot be written: {exc.strerror or exc}")
        sys.exit(2)
