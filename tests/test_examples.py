"""Golden files: each example renders to its committed output, in every format.

A changed output is a reviewed diff: regenerate with GXREPORT_REGOLD=1 and read the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES, ROOT
from gxreport.cli import app

GOLDEN = ROOT / "tests" / "golden"
SUFFIX = {"markdown": "md", "json": "json", "csv": "csv", "table": "txt"}
CASES = [
    (example, command, fmt, lang)
    for example in sorted(EXAMPLES.glob("*.toml"))
    for command, fmt, lang in [
        ("summary", "markdown", "zh"),
        ("summary", "markdown", "en"),
        ("summary", "json", "zh"),
        ("summary", "csv", "zh"),
        ("summary", "table", "zh"),
        ("gap", "markdown", "zh"),
        ("gap", "table", "en"),
        ("gap --all", "markdown", "zh"),
        ("gap --all", "csv", "en"),
        ("check", "markdown", "zh"),
        ("check", "table", "en"),
        ("check", "json", "zh"),
    ]
]


@pytest.mark.parametrize(
    ("example", "command", "fmt", "lang"),
    CASES,
    ids=[f"{e.stem}-{c.replace(' --', '-')}-{f}-{la}" for e, c, f, la in CASES],
)
def test_golden(example: Path, command: str, fmt: str, lang: str) -> None:
    result = CliRunner().invoke(
        app,
        [*command.split(), str(example.relative_to(ROOT)), "-f", fmt, "--lang", lang],
        env={"GXREPORT_WIDTH": "140", "NO_COLOR": "1"},
    )
    assert result.exit_code == 0, result.stderr
    name = command.replace(" --", "-")
    golden = GOLDEN / f"{example.stem}.{name}.{lang}.{SUFFIX[fmt]}"
    if os.environ.get("GXREPORT_REGOLD"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(result.stdout, encoding="utf-8", newline="")
    assert result.stdout == golden.read_text(encoding="utf-8")


BRIEFINGS = [
    (example, lang) for example in sorted(EXAMPLES.glob("*.toml")) for lang in ("zh", "en")
]


@pytest.mark.parametrize(
    ("example", "lang"), BRIEFINGS, ids=[f"{e.stem}-{la}" for e, la in BRIEFINGS]
)
def test_briefing_beside_each_example(example: Path, lang: str) -> None:
    """examples/NAME.md (and NAME.en.md) is the briefing of examples/NAME.toml."""
    result = CliRunner().invoke(
        app, ["briefing", str(example.relative_to(ROOT)), "--lang", lang, "-f", "markdown"]
    )
    assert result.exit_code == 0, result.stderr
    golden = example.with_suffix(".md" if lang == "zh" else ".en.md")
    if os.environ.get("GXREPORT_REGOLD"):
        golden.write_text(result.stdout, encoding="utf-8", newline="")
    assert result.stdout == golden.read_text(encoding="utf-8")


SERIES = [
    ("compare", ["examples/china-2023/2023-q1.toml", "examples/china-2023/2023-h1.toml"], fmt, lang)
    for fmt, lang in [
        ("markdown", "zh"),
        ("markdown", "en"),
        ("json", "zh"),
        ("csv", "zh"),
        ("table", "zh"),
    ]
] + [
    ("rank", ["examples/provinces-2017", "-i", "tertiary", "--by", "yoy"], fmt, lang)
    for fmt, lang in [("markdown", "zh"), ("json", "zh"), ("csv", "en"), ("table", "en")]
]


@pytest.mark.parametrize(
    ("command", "args", "fmt", "lang"), SERIES, ids=[f"{c}-{f}-{la}" for c, _, f, la in SERIES]
)
def test_golden_across_snapshots(command: str, args: list[str], fmt: str, lang: str) -> None:
    result = CliRunner().invoke(
        app, [command, *args, "-f", fmt, "--lang", lang], env={"NO_COLOR": "1"}
    )
    assert result.exit_code == 0, result.stderr
    stem = "china-2023" if command == "compare" else "provinces-2017"
    golden = GOLDEN / f"{stem}.{command}.{lang}.{SUFFIX[fmt]}"
    if os.environ.get("GXREPORT_REGOLD"):
        golden.write_text(result.stdout, encoding="utf-8", newline="")
    assert result.stdout == golden.read_text(encoding="utf-8")
