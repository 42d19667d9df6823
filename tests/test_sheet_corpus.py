"""Layouts of published tables (corpus/sheets/*.toml), rebuilt with the writer libraries and
imported: each to the snapshot its facts expect, with `check` and `rank` agreeing with the rates
and places the table prints (see corpus/README.md for the format)."""

from __future__ import annotations

import csv
import io
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import tomli
from typer.testing import CliRunner

from conftest import ROOT, parse
from gxreport.cli import app

pytest.importorskip("python_calamine")
xlsxwriter = pytest.importorskip("xlsxwriter")

runner = CliRunner()
CORPUS = ROOT / "corpus" / "sheets"
LAYOUTS = sorted(CORPUS.glob("*.toml"))
_NUMBER = re.compile(r"[+-]?\d+(?:\.(\d+))?(%?)")


def facts(path: Path) -> dict[str, Any]:
    return tomli.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)


def build(layout: dict[str, Any], folder: Path, stem: str) -> Path:
    """The sheet as the office keeps it: figures as numbers shown at their printed decimals
    (48.15% as 0.4815 formatted 0.00%), or a CSV of the printed text (GBK where said)."""
    rows: list[list[Any]] = layout["rows"]
    kind = layout.get("file", "xlsx")
    if kind.startswith("csv"):
        path = folder / f"{stem}.csv"
        buffer = io.StringIO()
        csv.writer(buffer).writerows([["" if c is None else str(c) for c in r] for r in rows])
        path.write_bytes(buffer.getvalue().encode("gbk" if kind == "csv-gbk" else "utf-8"))
        return path
    path = folder / f"{stem}.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet(layout.get("sheet", "Sheet1"))
    formats: dict[str, Any] = {}

    def fmt(code: str) -> Any:
        if code not in formats:
            formats[code] = book.add_format({"num_format": code})
        return formats[code]

    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell is None or cell == "":
                continue
            text = str(cell)
            match = _NUMBER.fullmatch(text)
            if match is None or layout.get("numbers_as_text"):
                sheet.write_string(r, c, text)
                continue
            places = len(match.group(1) or "")
            code = "0" + ("." + "0" * places if places else "")
            if match.group(2):
                value = Decimal(text[:-1]) / 100
                sheet.write_number(r, c, float(value), fmt(code + "%"))
            else:
                sheet.write_number(r, c, float(Decimal(text)), fmt(code))
    book.close()
    return path


def run(*args: Any) -> Any:
    return runner.invoke(app, [str(a) for a in args])


@pytest.mark.parametrize("path", LAYOUTS, ids=[p.stem for p in LAYOUTS])
def test_layout(path: Path, tmp_path: Path) -> None:
    doc = facts(path)
    layout = doc["layout"]
    sheet = build(layout, tmp_path, path.stem)
    args = layout.get("args", [])
    if layout.get("refused"):
        result = run("import", sheet, *args)
        assert result.exit_code == 2, result.stdout
        assert layout["refused"] in result.stderr
        assert result.stderr.startswith(f"error: {sheet}: ")
        return
    if layout.get("league"):
        league(doc, sheet, args, tmp_path)
        return
    out = tmp_path / "snapshot.toml"
    result = run("import", sheet, "-o", out, *args)
    assert result.exit_code == 0, result.stderr
    snap = parse(out.read_text(encoding="utf-8"))
    if "as_of" in layout:
        assert snap.report.as_of.isoformat() == str(layout["as_of"])
    expected(doc.get("expect", []), snap.indicators)
    for said in layout.get("stderr", []):
        assert said in result.stderr
    verdicts(doc, [out])


def league(doc: dict[str, Any], sheet: Path, args: list[str], tmp_path: Path) -> None:
    folder = tmp_path / "places"
    result = run("import", sheet, "--split", folder, *args)
    assert result.exit_code == 0, result.stderr
    files = sorted(folder.glob("*.toml"))
    by_entity = {}
    for f in files:
        snap = parse(f.read_text(encoding="utf-8"))
        by_entity[snap.report.entity] = snap
    layout = doc["layout"]
    if "entities" in layout:
        assert sorted(by_entity) == sorted(layout["entities"])
    for want in doc.get("expect", []):
        snap = by_entity[want["entity"]]
        expected([want], snap.indicators)
    verdicts(doc, files)
    for ranking in doc.get("rank", []):
        extra = ["--by", ranking["by"]] if "by" in ranking else []
        got = run("rank", sheet, "-i", ranking["indicator"], *extra, *args, "-f", "json")
        assert got.exit_code == 0, got.stderr
        entities = json.loads(got.stdout)["entities"]
        if "order" in ranking:
            assert [e["entity"] for e in entities][: len(ranking["order"])] == ranking["order"]
        if "ranks" in ranking:
            assert {e["entity"]: e["rank"] for e in entities} == ranking["ranks"]
        if ranking.get("stated"):
            stated = [e for e in entities if e["stated_rank"] is not None]
            assert len(stated) == ranking["stated"]
            assert all(e["agrees"] for e in stated), [e for e in stated if not e["agrees"]]


def expected(wanted: list[dict[str, Any]], indicators: list[Any]) -> None:
    by_name = {ind.name: ind for ind in indicators}
    by_id = {ind.id: ind for ind in indicators}
    for want in wanted:
        ind = by_name.get(want["name"])
        assert ind is not None, f"{want['name']} not in {list(by_name)}"
        for key in ("unit", "group", "kind", "better"):
            if key in want:
                assert getattr(ind, key) == want[key], (ind.name, key)
        for key in ("actual", "target", "stretch", "last_year"):
            if key in want:
                assert getattr(ind, key) == Decimal(str(want[key])), (ind.name, key)
            elif key in ("actual", "target") and not want.get("partial"):
                assert getattr(ind, key) is None, (ind.name, key)
        for key in ("completion", "yoy", "schedule_gap", "share"):
            figure = getattr(ind.stated, key) if ind.stated is not None else None
            if key in want:
                assert figure is not None and figure.value == Decimal(str(want[key])), (
                    ind.name,
                    key,
                )
        if "rank" in want:
            assert ind.rank is not None and ind.rank.position == want["rank"], ind.name
        if "parts" in want:
            assert [by_id[p].name for p in ind.parts or []] == want["parts"], ind.name
        if "share_of" in want:
            assert by_id[ind.share_of].name == want["share_of"], ind.name
        if "as_of" in want:
            assert str(ind.as_of) == str(want["as_of"]), ind.name


def verdicts(doc: dict[str, Any], files: list[Path]) -> None:
    """`check` on the imported snapshots: the printed rates and totals as the facts expect."""
    want = doc.get("check")
    if want is None:
        return
    result = run("check", *files, "-f", "json")
    assert result.exit_code in (0, 1), result.stderr
    counts = {k: v for k, v in json.loads(result.stdout)["counts"].items() if v}
    assert counts == want
