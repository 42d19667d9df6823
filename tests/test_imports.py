"""Heavy imports stay lazy: the markdown, json and csv paths never load Rich, Jinja2 or an
optional extra's library; each extra is loaded only on its own path."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SEED
from gxreport.render.template import STARTER

PROBE = """
import sys
from gxreport.cli import app
try:
    app({args!r})
except SystemExit:
    pass
heavy = {{"rich", "jinja2", "markdown_it", "python_calamine", "xlsxwriter", "docx", "matplotlib",
         "pdfplumber"}}
loaded = sorted({{m.split(".")[0] for m in sys.modules}} & heavy)
sys.stderr.write("LOADED " + ",".join(loaded) + "\\n")
ours = sorted(m for m in sys.modules if m.startswith("gxreport"))
sys.stderr.write("MODULES " + ",".join(ours) + "\\n")
models = sorted(m for m in sys.modules if m.startswith("pydantic."))
sys.stderr.write("PYDANTIC " + ",".join(models) + "\\n")
"""


def _probe(args: tuple[str, ...], tag: str) -> set[str]:
    proc = subprocess.run(
        [sys.executable, "-c", PROBE.format(args=list(args))],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    line = next(x for x in proc.stderr.splitlines() if x.startswith(tag + " "))
    return set(filter(None, line.removeprefix(tag + " ").split(",")))


def loaded_by(*args: str) -> set[str]:
    """The heavy libraries a command loads."""
    return _probe(args, "LOADED")


def gxreport_modules(*args: str) -> set[str]:
    """gxreport's own modules a command loads."""
    return _probe(args, "MODULES")


def pydantic_modules(*args: str) -> set[str]:
    """The modules of pydantic a command loads (its package itself is lazy)."""
    return _probe(args, "PYDANTIC")


@pytest.mark.parametrize("fmt", ["markdown", "json", "csv"])
@pytest.mark.parametrize("command", ["summary", "check", "gap"])
def test_text_formats_load_neither_rich_nor_jinja(command: str, fmt: str) -> None:
    assert loaded_by(command, str(SEED), "-f", fmt) == set()


def test_table_loads_rich_and_only_a_template_loads_jinja() -> None:
    assert loaded_by("summary", str(SEED), "-f", "table") == {"rich"}
    assert loaded_by("briefing", str(SEED), "-f", "markdown") == set()
    template = str(STARTER)
    assert loaded_by("briefing", str(SEED), "-f", "markdown", "--template", template) == {"jinja2"}


def test_spreadsheets_load_only_on_their_paths(tmp_path: Path) -> None:
    out = tmp_path / "s.xlsx"
    assert loaded_by("summary", str(SEED), "-o", str(out)) == {"xlsxwriter"}
    sheet = SEED.parent / "zhengzhou-gaoxin-2022-h1.xlsx"
    assert loaded_by("import", str(sheet)) == {"python_calamine"}


@pytest.mark.parametrize("fmt", ["markdown", "json", "csv"])
def test_a_summary_loads_neither_the_audit_nor_the_comparisons(fmt: str) -> None:
    loaded = gxreport_modules("summary", str(SEED), "-f", fmt)
    assert "gxreport.analyze" in loaded  # the probe sees what a summary does load
    assert not loaded & {
        "gxreport.across",
        "gxreport.audit",
        "gxreport.compare",
        "gxreport.league",
        "gxreport.render.grid",
    }


@pytest.mark.parametrize(
    "args",
    [
        ("summary", str(SEED), "-f", "json"),
        ("check", str(SEED), "-f", "markdown"),
        ("gap", str(SEED), "-f", "csv"),
        ("briefing", str(SEED), "-f", "markdown"),
        ("compare", str(SEED), str(SEED.parent / "illustrative-county-2023-q3.toml")),
    ],
)
def test_commands_validate_without_building_the_models(args: tuple[str, ...]) -> None:
    """The commands validate through pydantic-core (gxreport.records); pydantic's model
    machinery is loaded only by what needs the models, such as `gxreport schema`."""
    assert "pydantic.main" not in pydantic_modules(*args)
    assert "pydantic.main" in pydantic_modules("schema")
