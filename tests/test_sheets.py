"""Spreadsheets in and out: `gxreport import` on sheets built here with the writer libraries,
in the layouts bureaus use, and `-f xlsx` read back with openpyxl and, where it is installed,
converted by LibreOffice."""

from __future__ import annotations

import csv
import io
import os
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES, ROOT, libreoffice_convert, parse
from gxreport.audit import audit
from gxreport.cli import app
from gxreport.load import load

pytest.importorskip("python_calamine")
xlsxwriter = pytest.importorskip("xlsxwriter")
openpyxl = pytest.importorskip("openpyxl")

runner = CliRunner()
SEED = EXAMPLES / "zhengzhou-gaoxin-2022-h1.toml"
SHEET = EXAMPLES / "zhengzhou-gaoxin-2022-h1.xlsx"


def imported(path: Path, *args: str) -> str:
    result = runner.invoke(app, ["import", str(path), *args])
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_the_example_sheet_imports_to_its_golden_snapshot() -> None:
    golden = ROOT / "tests" / "golden" / "zhengzhou-gaoxin-2022-h1.imported.toml"
    text = imported(SHEET.relative_to(ROOT) if Path.cwd() == ROOT else SHEET)
    if os.environ.get("GXREPORT_REGOLD"):
        golden.write_text(text, encoding="utf-8", newline="")
    assert text.replace(str(SHEET), "examples/zhengzhou-gaoxin-2022-h1.xlsx") == golden.read_text(
        encoding="utf-8"
    )


def test_every_figure_of_the_example_sheet_is_the_articles() -> None:
    seed = {ind.name: ind for ind in load(str(SEED)).snapshot.indicators}
    got = parse(imported(SHEET)).indicators
    assert len(got) == len(seed) == 27
    for ind in got:
        want = seed[ind.name]
        assert (ind.actual, ind.target, ind.stretch, ind.unit, ind.group) == (
            want.actual,
            want.target,
            want.stretch,
            want.unit,
            want.group,
        ), ind.name
        mine = ind.stated.completion if ind.stated else None
        theirs = want.stated.completion if want.stated else None
        assert (mine and mine.value) == (theirs and theirs.value), ind.name
        assert (ind.rank and ind.rank.position) == (want.rank and want.rank.position), ind.name
    # 213.9 is 213.9 (the float the reader hands over is 213.9000000000000056843…).
    assert str(got[0].actual) == "213.9"


def test_summary_of_the_imported_sheet_reproduces_the_seed_rates(tmp_path: Path) -> None:
    out = tmp_path / "snapshot.toml"
    result = runner.invoke(app, ["import", str(SHEET), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    summary = runner.invoke(app, ["summary", str(out), "-f", "markdown"]).stdout
    for figure in ("57.65%", "+7.65", "91.67%", "60.44%", "45.48%", "-4.52"):
        assert figure in summary


def _book(path: Path, build) -> Path:  # type: ignore[no-untyped-def]
    book = xlsxwriter.Workbook(str(path))
    build(book, book.add_worksheet("Sheet1"))
    book.close()
    return path


def test_two_header_rows_under_merged_cells(tmp_path: Path) -> None:
    def build(book, ws) -> None:  # type: ignore[no-untyped-def]
        ws.merge_range("A1:E1", "某县2023年1-9月主要经济指标")
        ws.merge_range("A2:A3", "指标")
        ws.merge_range("B2:B3", "单位")
        ws.merge_range("C2:D2", "1-9月")
        ws.write("C3", "绝对值（亿元）")
        ws.write("D3", "比上年同期增长%")
        ws.write("E2", "全年目标")
        ws.write_row(3, 0, ["地区生产总值", "亿元", 312.6, 4.8, 420])
        ws.write_row(4, 0, ["一般公共预算收入", "亿元", 18.75, -2.95, 26])

    text = imported(_book(tmp_path / "two.xlsx", build))
    snap = parse(text)
    assert snap.report.as_of.isoformat() == "2023-09-30" and snap.report.year == 2023
    gdp, revenue = snap.indicators
    assert (gdp.actual, gdp.target) == (Decimal("312.6"), Decimal(420))
    assert gdp.stated is not None and gdp.stated.yoy is not None
    assert gdp.stated.yoy.value == Decimal("4.8")
    assert revenue.stated is not None and revenue.stated.yoy is not None
    assert revenue.stated.yoy.value == Decimal("-2.95")
    assert "# C4" in text and "# D5" in text  # every figure names its cell


def test_gbk_csv_with_parts_that_add_up(tmp_path: Path) -> None:
    rows = [
        ["2023年上半年固定资产投资"],
        ["指标名称", "计量单位", "本年累计", "上年同期", "比上年同期增长(%)"],
        ["固定资产投资", "亿元", "86.4", "80.1", "7.9"],
        ["其中：工业投资", "亿元", "31.2", "29.0", "7.6"],
        ["　　基础设施投资", "亿元", "28.9", "—", "…"],
        ["　　房地产开发投资", "亿元", "26.3", "-", ""],
        ["注：本表为示意数据。"],
    ]
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    path = tmp_path / "投资.csv"
    path.write_bytes(buffer.getvalue().encode("gbk"))
    text = imported(path)
    snap = parse(text)
    total, *parts = snap.indicators
    assert total.parts == [p.id for p in parts]
    assert [p.actual for p in parts] == [Decimal("31.2"), Decimal("28.9"), Decimal("26.3")]
    assert parts[1].last_year is None and parts[1].stated is None  # — and … are missing
    assert snap.report.as_of.isoformat() == "2023-06-30"
    verdicts = {(f.indicator.id, f.key): f.verdict for f in audit(snap, "t").findings}
    assert verdicts[(total.id, "parts")] == "consistent"  # 31.2 + 28.9 + 26.3 = 86.4
    assert "注：本表为示意数据。" in text


def test_a_partial_breakdown_is_not_a_parts_check(tmp_path: Path) -> None:
    def build(book, ws) -> None:  # type: ignore[no-untyped-def]
        ws.write_row(0, 0, ["2022年1-6月招商", ""])
        ws.write_row(1, 0, ["指标", "单位", "1-6月"])
        ws.write_row(2, 0, ["新签约项目", "个", 22])
        ws.write_row(3, 0, ["其中：制造业项目", "个", 11])

    text = imported(_book(tmp_path / "p.xlsx", build))
    assert "# 待核: 其中 rows that do not add up to the total" in text
    assert all(ind.parts is None for ind in parse(text).indicators)


def test_shown_precision_is_the_cells_number_format(tmp_path: Path) -> None:
    def build(book, ws) -> None:  # type: ignore[no-untyped-def]
        two = book.add_format({"num_format": "0.00"})
        pct = book.add_format({"num_format": "0.00%"})
        ws.write_row(0, 0, ["2022年上半年"])
        ws.write_row(1, 0, ["指标", "单位", "1-6月", "全年目标", "完成率"])
        ws.write(2, 0, "甲")
        ws.write(2, 1, "亿元")
        ws.write_number(2, 2, 213.9, two)  # typed 213.9, shown 213.90
        ws.write_number(2, 3, 371)
        ws.write_number(2, 4, 213.9 / 371, pct)  # a formula's result, shown 57.65%

    ind = parse(imported(_book(tmp_path / "f.xlsx", build))).indicators[0]
    assert str(ind.actual) == "213.90"
    assert ind.stated is not None and ind.stated.completion is not None
    assert ind.stated.completion.text == "57.65%"


def test_no_header_says_what_it_looked_for(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    result = runner.invoke(app, ["import", str(path)])
    assert result.exit_code == 2
    assert "no header row found" in result.stderr and "指标" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_missing_extra_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    hidden = {"python_calamine", "xlsxwriter"}
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name in hidden else real(name, *a)
    )
    result = runner.invoke(app, ["import", str(SHEET)])
    assert result.exit_code == 2
    assert 'pip install "gxreport[xlsx]"' in result.stderr
    out = runner.invoke(app, ["summary", str(SEED), "-o", "x.xlsx"])
    assert out.exit_code == 2 and 'pip install "gxreport[xlsx]"' in out.stderr


def test_xlsx_output_is_real_numbers(tmp_path: Path) -> None:
    out = tmp_path / "summary.xlsx"
    result = runner.invoke(app, ["summary", str(SEED), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    book = openpyxl.load_workbook(out)
    sheet = book[book.sheetnames[0]]
    header = [c.value for c in sheet[1]]
    assert header[:6] == ["类别", "指标", "单位", "实际完成", "年度目标", "完成率"]
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref is not None
    rows = {r[1].value: r for r in sheet.iter_rows(min_row=2)}
    signed = rows["新签约项目签约额"]
    assert signed[3].value == 213.9 and signed[4].value == 371
    assert signed[5].value == pytest.approx(0.5765) and signed[5].number_format == "0.00%"
    assert signed[6].value == pytest.approx(7.65) and signed[6].number_format == "0.00"
    assert rows["新签约项目"][4].value is None  # no target: an empty cell, not "—"
    assert "说明" in book.sheetnames


def test_xlsx_cells_carry_the_terminal_tones_as_font_colours(tmp_path: Path) -> None:
    out = tmp_path / "summary.xlsx"
    assert runner.invoke(app, ["summary", str(SEED), "-o", str(out)]).exit_code == 0
    sheet = openpyxl.load_workbook(out).worksheets[0]
    rows = {r[1].value: r for r in sheet.iter_rows(min_row=2)}

    def colour(cell: object) -> str | None:
        font_colour = cell.font.color  # type: ignore[attr-defined]
        return font_colour.rgb if font_colour is not None and font_colour.type == "rgb" else None

    ahead, behind = rows["新签约项目签约额"], rows["新增市场主体"]
    # 完成率, 序时进度差 and 状态 take the status's tone; the figures stay numbers.
    assert [colour(c) for c in (ahead[5], ahead[6], ahead[9])] == ["FF007A33"] * 3
    assert [colour(c) for c in (behind[5], behind[6], behind[9])] == ["FFC00000"] * 3
    assert behind[5].value == pytest.approx(0.4548) and behind[5].number_format == "0.00%"
    assert colour(ahead[3]) is None and colour(ahead[1]) is None  # inputs and names: plain


def test_round_trip_through_libreoffice(tmp_path: Path) -> None:
    snapshot = tmp_path / "snapshot.toml"
    assert runner.invoke(app, ["import", str(SHEET), "-o", str(snapshot)]).exit_code == 0
    book = tmp_path / "summary.xlsx"
    assert runner.invoke(app, ["summary", str(snapshot), "-o", str(book)]).exit_code == 0
    done = libreoffice_convert(book, "csv:Text - txt - csv (StarCalc):44,34,76", tmp_path)
    assert done.returncode == 0, done.stderr
    rows = list(csv.reader((tmp_path / "summary.csv").read_text(encoding="utf-8").splitlines()))
    by_name = {r[1]: r for r in rows[1:]}
    assert rows[0][:3] == ["类别", "指标", "单位"]
    assert by_name["新签约项目签约额"][3:7] == ["213.9", "371", "57.65%", "7.65"]
    assert by_name["新增市场主体"][3:7] == ["7141", "15700", "45.48%", "-4.52"]
    assert by_name["新开工项目投资额"][5] == "83%"  # printed, shown as printed
    assert "郑州高新区" not in by_name  # the Chinese text came through as text
    assert {r[0] for r in rows[1:]} >= {"招商引资", "市场主体", "生态环境"}


def test_a_monthly_table_takes_the_year_to_date_columns(tmp_path: Path) -> None:
    """A city statistics bureau's 2023年3月 社会消费品零售总额 table, as published: 本月 and
    1-本月 side by side, each with its growth; the unit in the first name; # for 其中."""
    path = tmp_path / "社零.csv"
    path.write_text(
        "2023年3月社会消费品零售总额\n"
        "指标,本月,比去年同月增长(%),1-本月,比去年同期增长(%)\n"
        "社会消费品零售总额(亿元),1545.21,25.5,4611.01,5.2\n"
        "# 批发零售业,1412.17,21.6,4248.47,4.5\n"
        "住宿餐饮业,133.04,88.7,362.54,14.3\n",
        encoding="utf-8",
    )
    text = imported(path)
    snap = parse(text)
    assert snap.report.as_of.isoformat() == "2023-03-31"
    total, trade, catering = snap.indicators
    assert (total.name, total.unit, total.actual) == (
        "社会消费品零售总额",
        "亿元",
        Decimal("4611.01"),
    )
    assert total.stated is not None and total.stated.yoy is not None
    assert total.stated.yoy.text == "5.2%"  # the year to date's growth, not the month's 25.5
    assert (trade.name, trade.unit, trade.actual) == ("批发零售业", "亿元", Decimal("4248.47"))
    assert catering.actual == Decimal("362.54")
    assert "B3 1545.21" in text  # the month alone is listed, not dropped


@pytest.mark.parametrize(
    "rows",
    [
        [["指标", "1-6月"], ["甲", "很多"]],
        [["指标名称", "单位", "本年累计"], ["", "亿元", "1"], ["乙", "", ""]],
        [["指标", "单位", "1-6月", "完成率%"], ["丙", "亿元", "1e5", "abc"]],
        [["标题"], [], ["指标", "全年目标"], ["丁", "-5"]],
    ],
)
def test_odd_sheets_give_a_snapshot_or_a_message(tmp_path: Path, rows: list[list[str]]) -> None:
    path = tmp_path / "odd.csv"
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    result = runner.invoke(app, ["import", str(path), "--year", "2023", "--as-of", "2023-06-30"])
    assert result.exit_code in (0, 2), result.stderr
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
