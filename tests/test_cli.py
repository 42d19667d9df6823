"""The command line through Typer's CliRunner and as a real subprocess."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import SEED
from gxreport import __version__
from gxreport.cli import app

runner = CliRunner()


def run(*args: str, input: str | None = None, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), input=input, env=env)


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"gxreport {__version__}"


def test_help_explains_every_command() -> None:
    result = run("--help")
    assert result.exit_code == 0
    for command in ("summary", "gap", "briefing", "check", "init", "schema"):
        assert command in result.stdout
        sub = run(command, "--help")
        assert sub.exit_code == 0 and "Usage" in sub.stdout


def test_summary_markdown_carries_the_seed_rates() -> None:
    result = run("summary", str(SEED), "-f", "markdown")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "| 新签约项目签约额 | 亿元 | 213.9 | 371 | 57.65% | +7.65 |" in out
    assert "| 签约1亿元以上制造业项目 | 个 | 11 | 12 | 91.67% |" in out
    assert "| 亿元以上制造业项目签约额 | 亿元 | 96.7 | 160 | 60.44% |" in out
    assert "| 新增市场主体 | 户 | 7141 | 15700 | 45.48% | -4.52 |" in out


def test_summary_json_is_exact_and_versioned() -> None:
    result = run("summary", str(SEED), "-f", "json")
    assert result.exit_code == 0
    doc = json.loads(result.stdout, parse_float=Decimal)
    assert doc["schema"] == 1
    rows = {r["id"]: r for r in doc["indicators"]}
    assert rows["signed-amount"]["completion_pct"] == Decimal("57.65")
    assert rows["signed-amount"]["schedule_gap_pp"] == Decimal("7.65")
    assert rows["manufacturing-projects"]["completion_pct"] == Decimal("91.67")
    assert rows["manufacturing-amount"]["completion_pct"] == Decimal("60.44")
    assert rows["new-market-entities"]["completion_pct"] == Decimal("45.48")
    assert rows["new-market-entities"]["schedule_gap_pp"] == Decimal("-4.52")
    # No amount is given, so no rate can be derived: the article's own 83 % stands in its
    # place, listed as printed.
    assert rows["new-start-investment"]["completion_pct"] == 83
    assert rows["new-start-investment"]["printed"] == ["completion_pct"]
    assert rows["signed-projects"]["completion_pct"] is None
    assert rows["signed-projects"]["why"]["completion_pct"] == "no-target"


def test_summary_json_gives_the_change_a_growth_is_taken_from(tmp_path: Path) -> None:
    # Written for this test: 52310 − 6517 = 45793 last year; 6517 ÷ 45793 = 14.231…%.
    path = tmp_path / "s.toml"
    path.write_text(
        '[report]\ntitle = "t"\nyear = 2024\nas_of = 2024-06-30\n\n[[indicator]]\n'
        'id = "tax"\nname = "税收收入"\nunit = "万元"\nactual = 52310\nyoy_amount = 6517\n',
        encoding="utf-8",
    )
    result = run("summary", str(path), "-f", "json")
    assert result.exit_code == 0, result.stderr
    (row,) = json.loads(result.stdout, parse_float=Decimal)["indicators"]
    assert row["last_year"] is None  # as given: no sentence printed it
    assert row["yoy_amount"] == 6517
    assert row["yoy_pct"] == Decimal("14.23")


def test_summary_csv_opens_in_excel() -> None:
    result = run("summary", str(SEED), "-f", "csv")
    assert result.exit_code == 0
    assert result.stdout.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    by_id = {r[0]: r for r in rows[1:]}
    assert by_id["signed-amount"][7] == "57.65"
    assert by_id["new-market-entities"][8] == "-4.52"  # a negative number stays a number


def test_summary_table_carries_the_same_figures() -> None:
    result = run("summary", str(SEED), "-f", "table", env={"GXREPORT_WIDTH": "160"})
    assert result.exit_code == 0
    for figure in ("57.65%", "+7.65", "91.67%", "60.44%", "45.48%", "-4.52"):
        assert figure in result.stdout


def test_auto_is_markdown_when_piped() -> None:
    result = run("summary", str(SEED))
    assert result.stdout.startswith("# 郑州高新区2022年上半年经济运行")


def test_english_labels() -> None:
    result = run("summary", str(SEED), "-f", "markdown", "--lang", "en")
    assert "| Indicator | Unit | Actual | Target | Completion |" in result.stdout


def test_decimals_and_rounding_options() -> None:
    result = run("summary", str(SEED), "-f", "markdown", "--decimals", "1")
    assert "| 57.7% | +7.7 |" in result.stdout


def test_snapshot_from_stdin() -> None:
    result = run("summary", "-", "-f", "json", input=SEED.read_text(encoding="utf-8"))
    assert result.exit_code == 0
    assert json.loads(result.stdout)["report"]["entity"] == "郑州高新区"


def test_snapshot_from_environment_or_current_folder(tmp_path: Path) -> None:
    result = run("summary", "-f", "json", env={"GXREPORT_SNAPSHOT": str(SEED)})
    assert result.exit_code == 0
    (tmp_path / "snapshot.toml").write_bytes(SEED.read_bytes())
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        result = run("summary", "-f", "json")
        assert result.exit_code == 0
        os.remove("snapshot.toml")
        result = run("summary", "-f", "json")
    finally:
        os.chdir(cwd)
    assert result.exit_code == 2
    assert "GXREPORT_SNAPSHOT" in result.stderr and "snapshot.toml" in result.stderr


def test_bad_snapshot_names_file_line_indicator_and_field(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(
        '[report]\ntitle = "x"\nyear = 2022\nas_of = 2022-06-30\n\n'
        '[[indicator]]\nid = "new-entities"\nname = "新增市场主体"\nunit = "户"\n'
        "actual = 7141\ntarget = 0\ntagret = 5\n",
        encoding="utf-8",
    )
    result = run("summary", str(path))
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr
    assert (
        f'{path}:11: indicator "new-entities" (新增市场主体) target: must be > 0' in result.stderr
    )
    assert "unknown key 'tagret'; did you mean 'target'?" in result.stderr
    assert result.stdout == ""


def test_output_is_written_and_never_over_the_input(tmp_path: Path) -> None:
    snapshot = tmp_path / "s.toml"
    snapshot.write_bytes(SEED.read_bytes())
    out = tmp_path / "out.json"
    result = run("summary", str(snapshot), "-o", str(out))
    assert result.exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["schema"] == 1  # format from extension
    result = run("summary", str(snapshot), "-o", str(snapshot))
    assert result.exit_code == 2
    assert "no format writes .toml files" in result.stderr
    same = tmp_path / "s.md"  # a snapshot under a name an output could have
    same.write_bytes(SEED.read_bytes())
    result = run("summary", str(same), "-o", str(same))
    assert result.exit_code == 2
    assert "refusing to overwrite" in result.stderr
    assert snapshot.read_bytes() == SEED.read_bytes() == same.read_bytes()
    same.unlink()
    result = run("summary", str(snapshot), "-o", str(tmp_path / "missing" / "x.md"))
    assert result.exit_code == 2 and "does not exist" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json", "s.toml"]


@pytest.mark.parametrize(
    "args",
    [
        ["summary", "--decimals", "-1"],
        ["summary", "-f", "xml"],
        ["nonsense"],
        ["summary", "a", "b"],
    ],
)
def test_bad_usage_exits_2(args: list[str]) -> None:
    result = run(*args[:1], str(SEED), *args[1:]) if args[0] == "summary" else run(*args)
    assert result.exit_code == 2


def test_as_a_subprocess() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "gxreport", "summary", str(SEED), "-f", "markdown"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "57.65%" in proc.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "gxreport", "summary", "no-such-file.toml"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert bad.returncode == 2
    assert bad.stderr.strip() == "error: no-such-file.toml: no such file"


def test_init_writes_a_starter_that_works(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("init")
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "snapshot.toml").is_file()
    again = run("init")
    assert again.exit_code == 2 and "already exists" in again.stderr
    summary = run("summary", "-f", "json")
    rows = {r["id"]: r for r in json.loads(summary.stdout, parse_float=Decimal)["indicators"]}
    assert rows["signed-amount"]["completion_pct"] == Decimal("57.65")
    assert rows["new-entities"]["target"] == 15700
    assert run("check").exit_code == 0


def test_schema_describes_the_snapshot_keys() -> None:
    result = run("schema")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    indicator = doc["$defs"]["Indicator"]["properties"]
    for key in (
        "id",
        "name",
        "group",
        "unit",
        "kind",
        "better",
        "actual",
        "target",
        "stretch",
        "last_year",
        "whole",
        "share_of",
        "parts",
        "exact",
        "headline",
        "as_of",
        "stated",
        "rank",
    ):
        assert key in indicator
    assert doc["$defs"]["Indicator"]["additionalProperties"] is False
    assert "string" in indicator["target"]["anyOf"][0]["type"]


def test_a_reader_that_stops_early_is_not_an_error(tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "generate", SEED.parent.parent / "benchmarks" / "generate.py"
    )
    assert spec and spec.loader
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    big = tmp_path / "big.toml"
    big.write_text(generate.generate(3000), encoding="utf-8")
    for fmt in ("markdown", "json", "table"):
        proc = subprocess.Popen(
            [sys.executable, "-m", "gxreport", "summary", str(big), "-f", fmt],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.readline()
        proc.stdout.close()  # as `| head -1` does
        errors = proc.stderr.read()
        proc.stderr.close()
        assert proc.wait() == 0
        assert errors == b""


STREAMED = [
    SEED,
    Path("examples/illustrative-county-2023-q3.toml"),
    Path("examples/china-2023/2023-h1.toml"),
    Path("examples/provinces-2017/anhui.toml"),
]


@pytest.mark.parametrize("snapshot", STREAMED, ids=lambda p: p.stem)
@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_a_large_file_is_summarised_a_row_at_a_time_to_the_same_bytes(
    snapshot: Path, fmt: str
) -> None:
    held = run("summary", str(snapshot), "-f", fmt)
    streamed = run("summary", str(snapshot), "-f", fmt, env={"GXREPORT_STREAM_BYTES": "0"})
    assert held.exit_code == streamed.exit_code == 0, streamed.stderr
    assert streamed.stdout == held.stdout
    assert streamed.stderr == held.stderr


def test_a_share_listed_before_its_whole_streams_like_the_held_file(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    head, _, rest = text.partition("[[indicator]]")
    tables = ["[[indicator]]" + t for t in rest.split("[[indicator]]")]
    flipped = tmp_path / "flipped.toml"
    flipped.write_text(head + "".join(reversed(tables)), encoding="utf-8")
    held = run("summary", str(flipped), "-f", "json")
    streamed = run("summary", str(flipped), "-f", "json", env={"GXREPORT_STREAM_BYTES": "0"})
    assert held.exit_code == 0, held.stderr
    assert streamed.stdout == held.stdout
    rows = {r["id"]: r for r in json.loads(held.stdout)["indicators"]}
    assert any(r.get("share_pct") is not None for r in rows.values())


def test_a_large_invalid_file_reports_every_problem_before_writing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    text = SEED.read_text(encoding="utf-8")
    broken = text.replace("actual   = 213.9", 'actual   = "lots"', 1)
    broken = broken.replace("actual = 22", 'actual = "many"', 1)
    assert broken.count('"lots"') == 1 and broken.count('"many"') == 1
    bad.write_text(broken, encoding="utf-8")
    held = run("summary", str(bad), "-f", "json")
    streamed = run("summary", str(bad), "-f", "json", env={"GXREPORT_STREAM_BYTES": "0"})
    assert held.exit_code == streamed.exit_code == 2
    assert streamed.stdout == ""
    assert streamed.stderr == held.stderr
    assert ":22:" in held.stderr and ":34:" in held.stderr, held.stderr


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("actual = 21\n", 'actual = "twenty-one"\n'),  # the last indicator: rows already made
        ('id     = "signed-projects"', 'id     = "signed-amount"'),  # a duplicate id
        ("actual   = 213.9", "actual   = -5\ntarget   = 0"),  # the whole of a share
    ],
    ids=["last-indicator", "cross-reference", "whole-of-a-share"],
)
def test_a_large_file_invalid_anywhere_writes_nothing_and_says_what_the_held_file_says(
    tmp_path: Path, old: str, new: str
) -> None:
    text = SEED.read_text(encoding="utf-8")
    assert text.count(old) == 1
    bad = tmp_path / "bad.toml"
    bad.write_text(text.replace(old, new), encoding="utf-8")
    held = run("summary", str(bad), "-f", "json")
    streamed = run("summary", str(bad), "-f", "json", env={"GXREPORT_STREAM_BYTES": "0"})
    assert held.exit_code == streamed.exit_code == 2, held.stdout
    assert streamed.stdout == ""
    assert streamed.stderr == held.stderr
    out = tmp_path / "out.csv"
    to_file = run("summary", str(bad), "-o", str(out), env={"GXREPORT_STREAM_BYTES": "0"})
    assert to_file.exit_code == 2 and to_file.stderr == held.stderr
    assert list(tmp_path.iterdir()) == [bad]  # neither the file nor a temporary one


def test_a_large_default_snapshot_says_where_its_name_came_from(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(
        SEED.read_text(encoding="utf-8").replace("actual   = 213.9", 'actual   = "lots"', 1),
        encoding="utf-8",
    )
    held = run("summary", "-f", "csv", env={"GXREPORT_SNAPSHOT": str(bad)})
    streamed = run(
        "summary",
        "-f",
        "csv",
        env={"GXREPORT_SNAPSHOT": str(bad), "GXREPORT_STREAM_BYTES": "0"},
    )
    assert held.exit_code == streamed.exit_code == 2
    assert "(the name came from $GXREPORT_SNAPSHOT)" in held.stderr
    assert streamed.stderr == held.stderr


def test_import_names_extract_for_text_and_the_extra_only_for_spreadsheets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the xlsx extra: a report's text points to `extract`, another file is not a
    spreadsheet, and only a spreadsheet asks for the extra."""
    import importlib.util

    find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name == "python_calamine" else find_spec(name, *a),
    )
    report = SEED.with_suffix(".txt")
    result = run("import", str(report))
    assert result.exit_code == 2
    assert f"gxreport extract {report}" in result.stderr
    assert "needs the xlsx extra" not in result.stderr
    pdf = tmp_path / "figures.pdf"  # a report, read by extract
    pdf.write_bytes(b"%PDF-1.4")
    result = run("import", str(pdf))
    assert result.exit_code == 2
    assert f"gxreport extract {pdf}" in result.stderr
    other = tmp_path / "figures.pptx"
    other.write_bytes(b"PK")
    result = run("import", str(other))
    assert result.exit_code == 2
    assert "is not a spreadsheet gxreport reads" in result.stderr
    assert "needs the xlsx extra" not in result.stderr
    result = run("import", str(SEED.with_suffix(".xlsx")))
    assert result.exit_code == 2
    assert 'importing .xlsx needs the xlsx extra: pip install "gxreport[xlsx]"' in result.stderr
