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
CASES = [
    (example, fmt, lang)
    for example in sorted(EXAMPLES.glob("*.toml"))
    for fmt, lang in [
        ("markdown", "zh"),
        ("markdown", "en"),
        ("json", "zh"),
        ("csv", "zh"),
        ("table", "zh"),
    ]
]
SUFFIX = {"markdown": "md", "json": "json", "csv": "csv", "table": "txt"}


@pytest.mark.parametrize(
    ("example", "fmt", "lang"), CASES, ids=[f"{e.stem}-{f}-{la}" for e, f, la in CASES]
)
def test_summary_golden(example: Path, fmt: str, lang: str) -> None:
    result = CliRunner().invoke(
        app,
        ["summary", str(example.relative_to(ROOT)), "-f", fmt, "--lang", lang],
        env={"GXREPORT_WIDTH": "140", "NO_COLOR": "1"},
    )
    assert result.exit_code == 0, result.stderr
    golden = GOLDEN / f"{example.stem}.summary.{lang}.{SUFFIX[fmt]}"
    if os.environ.get("GXREPORT_REGOLD"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(result.stdout, encoding="utf-8", newline="")
    assert result.stdout == golden.read_text(encoding="utf-8")
