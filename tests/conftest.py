from __future__ import annotations

import subprocess
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest

from gxreport.analyze import analyze
from gxreport.load import validate
from gxreport.records import Snapshot
from gxreport.report import Report

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEED = EXAMPLES / "zhengzhou-gaoxin-2022-h1.toml"
ILLUSTRATIVE = EXAMPLES / "illustrative-county-2023-q3.toml"

HEAD = """\
[report]
title = "测试"
year = {year}
as_of = {as_of}
basis = "{basis}"
"""


def snapshot_text(body: str, as_of: str = "2022-06-30", basis: str = "month") -> str:
    return HEAD.format(as_of=as_of, basis=basis, year=as_of[:4]) + textwrap.dedent(body)


def parse(text: str, name: str = "test.toml") -> Snapshot:
    import tomli

    snapshot: Snapshot = validate(tomli.loads(text, parse_float=Decimal), text, name)
    return snapshot


def drafted(text: str, year: int = 2023) -> tuple[str, Snapshot]:
    """The draft ``extract`` writes of a report's text, and that draft read as a snapshot."""
    from gxreport.importers.text import extract_text

    out, _ = extract_text(text, "report.txt", year)
    return out, parse(out)


def report_of(
    body: str,
    as_of: str = "2022-06-30",
    basis: str = "month",
    custom: dict[str, Decimal] | None = None,
) -> Report:
    return analyze(parse(snapshot_text(body, as_of, basis)), "test.toml", custom)


@pytest.fixture
def seed_report() -> Report:
    from gxreport.load import load

    loaded = load(str(SEED))
    return analyze(loaded.snapshot, loaded.source)


# The tools some tests run; CI sets the variable so that a missing one fails, not skips.
_REQUIRED_BY = {
    "pandoc": "GXREPORT_REQUIRE_PANDOC",
    "soffice": "GXREPORT_REQUIRE_LIBREOFFICE",
    "pdftotext": "GXREPORT_REQUIRE_LIBREOFFICE",
}


def need(tool: str) -> str:
    """The tool's path; where it is not installed, skip (or fail where CI requires it)."""
    import os
    import shutil

    found = shutil.which(tool)
    if found is None:
        if os.environ.get(_REQUIRED_BY[tool]):
            pytest.fail(f"{tool} is required here ({_REQUIRED_BY[tool]} is set) but not installed")
        pytest.skip(f"{tool} is not installed")
    return found


# The LibreOffice component a conversion needs, by the library each installs beside soffice
# (Debian splits them: libreoffice-writer, libreoffice-calc).
_COMPONENTS = {"writer": "libswlo.so", "calc": "libsclo.so"}


def need_libreoffice(component: str) -> str:
    """soffice with ``component`` (writer, calc); where either is missing, skip (or fail
    where CI requires LibreOffice): Writer alone cannot convert a spreadsheet."""
    import os

    soffice = need("soffice")
    program = Path(os.path.realpath(soffice)).parent
    library = _COMPONENTS[component]
    if not any(program.glob(library.replace(".so", "*"))):
        message = (
            f"LibreOffice {component.capitalize()} is not installed ({library} not in {program})"
        )
        if os.environ.get(_REQUIRED_BY["soffice"]):
            pytest.fail(f"{message}, and {_REQUIRED_BY['soffice']} is set")
        pytest.skip(message)
    return soffice


def libreoffice_convert(
    source: Path, to: str, outdir: Path, component: str | None = None
) -> subprocess.CompletedProcess[str]:
    """``soffice --headless --convert-to TO``, with a profile of its own in ``outdir``; the
    component it needs (writer, calc) is asked for by itself, from the file's kind."""
    if component is None:
        component = (
            "calc" if source.suffix.lower() in (".xlsx", ".xls", ".ods", ".csv") else "writer"
        )
    return subprocess.run(
        [
            need_libreoffice(component),
            f"-env:UserInstallation=file://{outdir / 'profile'}",
            "--headless",
            "--convert-to",
            to,
            "--outdir",
            str(outdir),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
