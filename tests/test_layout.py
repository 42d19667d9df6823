"""Layouts and the format registry: what every command gives, in every format it gives, and
terminal tables that fit 80 columns. Commands and formats come from the app's own registry."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES
from gxreport.cli import app
from gxreport.load import load
from gxreport.render import COMMANDS, EXTENSIONS, Format
from gxreport.render._fmt import Style
from gxreport.render.grid import _width
from gxreport.render.table import draw
from gxreport.rounding import Precision
from gxreport.views import (
    briefing_view,
    check_view,
    compare_view,
    gap_view,
    rank_view,
    summary_view,
)

runner = CliRunner()
SEED = str(EXAMPLES / "zhengzhou-gaoxin-2022-h1.toml")
PERIODS = [str(EXAMPLES / "china-2023" / f"2023-{p}.toml") for p in ("q1", "h1")]
LEAGUE = str(EXAMPLES / "provinces-2017")
# What each command is given: the registry says which formats, this which inputs.
ARGS = {"compare": PERIODS, "rank": [LEAGUE, "-i", "tertiary", "--by", "yoy"]}
REGISTERED = sorted(c.name or c.callback.__name__ for c in app.registered_commands)  # type: ignore[union-attr]


def test_every_report_command_is_in_the_format_registry() -> None:
    assert set(COMMANDS) <= set(REGISTERED)
    assert set(REGISTERED) - set(COMMANDS) == {
        "init",
        "schema",
        "import",
        "extract",
        "chart",
        "reference-docx",
    }


def _views(path: Path, style: Style) -> dict[str, object]:
    loaded = load(str(path))
    p = Precision(style.decimals, style.rounding)
    periods = [(x.snapshot, x.source) for x in map(load, PERIODS)]
    league = [(load(str(f)).snapshot, str(f)) for f in sorted(Path(LEAGUE).glob("*.toml"))]
    return {
        "summary": summary_view(loaded.snapshot, loaded.source, p),
        "gap": gap_view(loaded.snapshot, loaded.source, p),
        "check": check_view([(loaded.snapshot, loaded.source)], p),
        "briefing": briefing_view(loaded.snapshot, loaded.source, p, None),
        "compare": compare_view(periods, p),
        "rank": rank_view(league, "tertiary", "yoy", "competition", p),
    }


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.toml")), ids=lambda p: p.stem)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_terminal_tables_fit_80_columns(example: Path, lang: str) -> None:
    style = Style(lang)  # type: ignore[arg-type]
    for name, view in _views(example, style).items():
        layout = COMMANDS[name].layout(view, style)  # type: ignore[arg-type]
        for line in draw(layout).render(80).splitlines():
            if line[:1] in "┏┃┡│└":  # table lines; prose wraps in the terminal
                assert _width(line) <= 80, (name, line)


def test_gap_all_fits_80_columns_too() -> None:
    style = Style()
    loaded = load(str(EXAMPLES / "zhengzhou-gaoxin-2022-h1.toml"))
    view = gap_view(loaded.snapshot, loaded.source, Precision(), all_indicators=True)
    for line in draw(COMMANDS["gap"].layout(view, style)).render(80).splitlines():  # type: ignore[arg-type]
        assert _width(line) <= 80 or line[:1] not in "┏┃┡│└", line


CASES = [(name, fmt) for name, command in COMMANDS.items() for fmt in command.formats]


@pytest.mark.parametrize(("command", "fmt"), CASES, ids=[f"{c}-{f.value}" for c, f in CASES])
def test_every_format_a_command_gives_is_written(command: str, fmt: Format, tmp_path: Path) -> None:
    inputs = ARGS.get(command, [SEED])
    result = runner.invoke(app, [command, *inputs, "-f", fmt.value], env={"NO_COLOR": "1"})
    assert result.exit_code == 0, result.stderr
    if fmt in (Format.xlsx, Format.docx):
        assert result.stdout_bytes.startswith(b"PK")  # a zip: an Office file
    else:
        assert result.stdout.strip()
    ext = next((e for e, f in EXTENSIONS.items() if f is fmt), None)
    if ext is not None:
        out = tmp_path / f"out{ext}"
        again = runner.invoke(app, [command, *inputs, "-o", str(out)])
        assert again.exit_code == 0, again.stderr
        data = out.read_bytes()
        office = fmt in (Format.xlsx, Format.docx)
        assert data.startswith(b"PK") if office else data.decode("utf-8-sig").strip()


MISSING = [
    (name, fmt)
    for name, command in COMMANDS.items()
    for fmt in Format
    if fmt is not Format.auto and fmt not in command.formats
]


@pytest.mark.parametrize(("command", "fmt"), MISSING, ids=[f"{c}-{f.value}" for c, f in MISSING])
def test_a_format_a_command_cannot_give_is_refused_before_reading(
    command: str, fmt: Format
) -> None:
    required = ["-i", "x"] if command == "rank" else []  # what Typer asks for first
    result = runner.invoke(app, [command, "no-such-file.toml", *required, "-f", fmt.value])
    assert result.exit_code == 2
    given = ", ".join(f.value for f in COMMANDS[command].formats)
    assert result.stderr == f"error: --format {fmt.value}: `gxreport {command}` gives {given}\n"
