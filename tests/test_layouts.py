"""Layouts bureaus keep their sheets in, each built here with the writer libraries: the header
found by scoring, units from a unit row or a note, group rows, 其中 and 合计, 责任单位, ranks in
words, and league tables of places that `rank` reads directly and `import --split` splits."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from conftest import parse
from gxreport.cli import app
from gxreport.importers.words import HEADER_WORDS, column_role

pytest.importorskip("python_calamine")
xlsxwriter = pytest.importorskip("xlsxwriter")

runner = CliRunner()
Rows = list[list[Any]]


def book(path: Path, rows: Rows, percent: set[tuple[int, int]] | None = None) -> Path:
    """An .xlsx of ``rows`` (None: an empty cell); cells in ``percent`` formatted 0.00%."""
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Sheet1")
    pct = wb.add_format({"num_format": "0.00%"})
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is None:
                continue
            if percent and (r, c) in percent:
                ws.write_number(r, c, value, pct)
            else:
                ws.write(r, c, value)
    wb.close()
    return path


def run(*args: str) -> Any:
    return runner.invoke(app, [str(a) for a in args])


def imported(path: Path, *args: str) -> tuple[str, str]:
    result = run("import", path, *args)
    assert result.exit_code == 0, result.stderr
    return result.stdout, result.stderr


def checked(snapshot: Path) -> dict[str, int]:
    """`check`'s verdicts on a snapshot, counted (the kinds that occur)."""
    result = run("check", snapshot, "-f", "json")
    assert result.exit_code in (0, 1), result.stderr
    counts = json.loads(result.stdout)["counts"]
    return {k: v for k, v in counts.items() if v}


def by_name(text: str) -> dict[str, Any]:
    return {ind.name: ind for ind in parse(text).indicators}


@pytest.mark.parametrize("word", HEADER_WORDS, ids=lambda w: w.example)
def test_each_header_word_reads_its_example(word: Any) -> None:
    found = column_role(word.example.replace(" ", ""))
    assert found is not None and found.role == word.role


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("完成投资占年度投资目标的比例(%)", "completion"),
        ("年度投资目标（万元）", "target"),
        ("比序时进度±个百分点", "schedule_gap"),
        ("序时进度差", "schedule_gap"),
        ("序时进度", "time_progress"),
        ("责任单位", "skip"),
        ("1-本月", "actual"),
        ("本月", "skip"),
        ("比上年同期增长%", "yoy"),
        ("上年同期", "last_year"),
        ("全省位次", "rank"),
        ("占年度目标%", "completion"),
        ("完成年度目标%", "completion"),
        ("占全市比重（%）", "share"),
        ("项目总投资", "skip"),
        ("计量单位", "unit"),
    ],
)
def test_header_words(header: str, role: str) -> None:
    found = column_role(header)
    assert found is not None and found.role == role


def qianxinan(path: Path) -> Path:
    """A unit row between the title and the header, a title holding 指标, 序号 and 责任单位
    columns, a group row whose name holds 完成, a bare 其中 row and a 合计 row."""
    return book(
        path,
        [
            ["黔西南州2020年1-6月主要指标完成情况"],
            [None, None, None, None, None, None, "单位：万元、%"],
            [
                "序号",
                "指标",
                "全年目标",
                "1-6月完成",
                "完成率（%）",
                "比序时进度±个百分点",
                "责任单位",
            ],  # fmt: skip
            ["一", "总体完成情况"],
            [1, "固定资产投资", 1000000, 480000, 48, -2, "发改局"],
            [2, "招商引资到位资金", 300000, 160000, 53.33, 3.33, "投资促进局"],
            [None, "其中："],
            [None, "  省外到位资金", 200000, 100000, 50, 0, "投资促进局"],
            [None, "  外资到位资金", 100000, 60000, 60, 10, "商务局"],
            [None, "合计", 1300000, 640000, 49.23, -0.77],
            ["注：数据为示意。"],
        ],
    )


def test_unit_row_group_row_parts_total_and_responsible_office(tmp_path: Path) -> None:
    text, stderr = imported(qianxinan(tmp_path / "黔西南.xlsx"))
    snap = parse(text)
    assert (snap.report.year, snap.report.as_of.isoformat()) == (2020, "2020-06-30")
    got = by_name(text)
    assert list(got) == ["固定资产投资", "招商引资到位资金", "省外到位资金", "外资到位资金", "合计"]
    assert {i.unit for i in got.values()} == {"万元"}  # never 投资促进局
    assert {i.group for i in got.values()} == {"总体完成情况"}
    fixed = got["固定资产投资"]
    assert (fixed.actual, fixed.target) == (Decimal(480000), Decimal(1000000))
    assert fixed.stated.schedule_gap.value == Decimal(-2)
    assert got["招商引资到位资金"].parts == ["省外到位资金", "外资到位资金"]
    assert got["合计"].parts == ["固定资产投资", "招商引资到位资金"]
    assert "skipped column G3 责任单位" in stderr and "skipped column A3 序号" in stderr
    assert "注：数据为示意。" in text
    out = tmp_path / "s.toml"
    assert run("import", tmp_path / "黔西南.xlsx", "-o", out).exit_code == 0
    # 5 completions, 5 gaps, 2 parts sums: all as the sheet prints them.
    assert checked(out) == {"consistent": 12}


def test_investment_sheet_share_of_target_is_a_completion(tmp_path: Path) -> None:
    """重点项目 sheets: 年度投资目标, 完成投资, its ratio to the target, 到位资金 beside it."""
    path = book(
        tmp_path / "项目.xlsx",
        [
            ["2022年1-6月重点项目进展情况表"],
            ["单位：万元"],
            ["序号", "项目名称", "总投资", "年度投资目标", "1-6月完成投资",
             "完成投资占年度投资目标的比例(%)", "到位资金", "责任单位"],
            [1, "产业园标准厂房", 52000, 12000, 7020, 58.5, 6000, "工信局"],
            [2, "污水处理厂扩建", 18000, 6000, 2160, 36, 2000, "住建局"],
        ],
    )  # fmt: skip
    text, stderr = imported(path)
    got = by_name(text)
    park = got["产业园标准厂房"]
    assert (park.actual, park.target, park.unit) == (Decimal(7020), Decimal(12000), "万元")
    assert park.stated.completion.value == Decimal("58.5")
    assert "skipped column G3 到位资金" in stderr and "D4 6000" not in stderr
    assert "G4 6000" in stderr and "C4 52000" in stderr  # listed, with their cells
    out = tmp_path / "p.toml"
    assert run("import", path, "-o", out).exit_code == 0
    summary = run("summary", out, "-f", "json")
    rows = {r["name"]: r for r in json.loads(summary.stdout)["indicators"]}
    assert Decimal(str(rows["产业园标准厂房"]["completion_pct"])) == Decimal("58.50")
    assert run("check", out).exit_code == 0


def test_a_title_without_a_year_asks_for_it(tmp_path: Path) -> None:
    path = book(
        tmp_path / "x.xlsx",
        [["主要指标完成情况"], ["项目", "年度计划", "累计完成"], ["新开工项目", 40, 22]],
    )
    result = run("import", path)
    assert result.exit_code == 2
    assert f"{path}: no year in the title (主要指标完成情况)" in result.stderr
    text, _ = imported(path, "--year", "2021", "--as-of", "2021-06-30")
    assert by_name(text)["新开工项目"].actual == Decimal(22)


def test_no_header_row_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "无表头.csv"
    path.write_text("地区生产总值,亿元,312.6,4.8\n财政收入,亿元,18.75,-2.95\n", encoding="utf-8")
    result = run("import", path)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {path}: no header row found")
    assert "add such a header row" in result.stderr and "地区生产总值" in result.stderr


def test_a_header_without_rows_is_refused_with_what_was_read(tmp_path: Path) -> None:
    path = tmp_path / "空.csv"
    path.write_text("2023年1-6月\n指标,1-6月,全年目标\n注：无数据\n", encoding="utf-8")
    result = run("import", path)
    assert result.exit_code == 2
    assert f"{path}: no indicator found: the header is row 2" in result.stderr
    assert "B2 1-6月→actual" in result.stderr


def test_ranks_in_words_and_percent_cells(tmp_path: Path) -> None:
    path = book(
        tmp_path / "r.xlsx",
        [
            ["某区2023年1-9月主要指标"],
            ["指标", "单位", "1-9月", "全年目标", "完成率", "全市排名"],
            ["规上工业产值", "亿元", 96.3, 200, 0.4815, "全市第一"],
            ["社会消费品零售总额", "亿元", 41.2, 60, 0.6867, "第3位"],
        ],
        percent={(2, 4), (3, 4)},
    )
    got = by_name(imported(path)[0])
    assert got["规上工业产值"].stated.completion.value == Decimal("48.15")
    assert got["规上工业产值"].rank.position == 1
    assert got["社会消费品零售总额"].rank.position == 3


def county_league(path: Path) -> Path:
    """A league table: two header rows (a block per indicator: 总量, 增速, 位次), the whole
    first, four places; a rank in words."""
    return book(
        path,
        [
            ["2023年1-6月各县（市、区）主要经济指标"],
            ["县（市、区）", "地区生产总值", None, None, "规上工业增加值增速", None],
            [None, "总量（亿元）", "增速（%）", "位次", "增速（%）", "位次"],
            ["全市", 1200.5, 5.1, None, 6.2, None],
            ["甲县", 300.1, 5.5, 2, 7.1, "全市第一"],
            ["乙区", 420.0, 4.9, 3, 6.0, 2],
            ["丙市", 280.2, 6.0, 1, 5.2, 3],
            ["丁开发区", 200.2, 4.0, 4, 4.1, 4],
        ],
    )


def test_a_league_table_ranks_directly(tmp_path: Path) -> None:
    path = county_league(tmp_path / "表1.xlsx")
    result = run("rank", path, "-i", "规上工业增加值增速", "-f", "json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["by"] == "yoy"
    assert [(e["entity"], e["rank"], e["agrees"]) for e in doc["entities"]] == [
        ("甲县", 1, True),
        ("乙区", 2, True),
        ("丙市", 3, True),
        ("丁开发区", 4, True),
    ]
    gdp = json.loads(run("rank", path, "-i", "地区生产总值", "--by", "yoy", "-f", "json").stdout)
    assert [e["entity"] for e in gdp["entities"]] == ["丙市", "甲县", "乙区", "丁开发区"]
    assert all(e["agrees"] for e in gdp["entities"])
    amounts = json.loads(run("rank", path, "-i", "地区生产总值", "-f", "json").stdout)
    assert [e["entity"] for e in amounts["entities"]][0] == "乙区"
    assert all(e["stated_rank"] is None for e in amounts["entities"])  # 位次 is by growth


def test_a_league_table_is_split_for_rank_and_compare(tmp_path: Path) -> None:
    path = county_league(tmp_path / "表1.xlsx")
    refused = run("import", path)
    assert refused.exit_code == 2 and "--split DIR" in refused.stderr
    result = run("import", path, "--split", tmp_path / "places")
    assert result.exit_code == 0, result.stderr
    assert "A4 全市 (the whole, not one of the places)" in result.stderr
    files = sorted(p.name for p in (tmp_path / "places").glob("*.toml"))
    assert files == sorted(["甲县.toml", "乙区.toml", "丙市.toml", "丁开发区.toml"])
    snap = parse((tmp_path / "places" / "甲县.toml").read_text(encoding="utf-8"))
    assert snap.report.entity == "甲县" and snap.report.as_of.isoformat() == "2023-06-30"
    gdp = {i.id: i for i in snap.indicators}["地区生产总值"]
    assert (gdp.actual, gdp.unit) == (Decimal("300.1"), "亿元")
    assert gdp.stated.yoy.value == Decimal("5.5")
    ranked = run("rank", tmp_path / "places", "-i", "规上工业增加值", "--by", "yoy", "-f", "json")
    assert ranked.exit_code == 0, ranked.stderr
    entities = json.loads(ranked.stdout)["entities"]
    assert [e["entity"] for e in entities] == ["甲县", "乙区", "丙市", "丁开发区"]
    assert all(e["agrees"] for e in entities)


WORDS = (
    "指标 单位 1-6月 全年目标 完成率% 增速 位次 合计 其中： 一、招商 甲县 乙区 亿元 % — "
    "注：说明 责任单位 2023年 （一）工业"
).split() + [""]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.lists(
            st.one_of(
                st.sampled_from(WORDS),
                st.decimals(min_value=-1000, max_value=100000, places=2, allow_nan=False),
            ),
            max_size=7,
        ),
        max_size=12,
    )
)
def test_any_grid_is_read_or_refused_with_a_message(rows: list[list[Any]]) -> None:
    """Whatever the cells, the recogniser and the writer give a snapshot gxreport takes or a
    message naming the sheet; never another exception."""
    from gxreport.errors import GxError
    from gxreport.importers.sheet import Grid, split, to_snapshot
    from gxreport.load import parse_toml, validate

    grid = Grid("表", [[str(c) if isinstance(c, str) else c for c in r] for r in rows])
    try:
        text, _ = to_snapshot(grid, "表.xlsx", 2023, None)
        validate(parse_toml(text, "x"), text, "x")
    except GxError as exc:
        assert exc.problems and all(p.file == "表.xlsx" for p in exc.problems if p.file)
        try:
            split(grid, "表.xlsx", 2023)
        except GxError:
            pass


def test_a_completion_written_as_a_fraction_in_a_csv(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_text(
        "2023年1-6月\n指标,单位,1-6月,全年目标,完成率%\n甲,亿元,96.3,200,0.4815\n乙,亿元,41.2,60,68.67\n",
        encoding="utf-8",
    )
    text, _ = imported(path)
    got = by_name(text)
    assert got["甲"].stated.completion.text == "48.15%"  # 96.3 ÷ 200: the cell is a fraction
    assert got["乙"].stated.completion.text == "68.67%"
    assert "E3 0.4815 read as 48.15%" in text


def test_a_league_table_with_a_block_of_rows_per_indicator(tmp_path: Path) -> None:
    """The places repeated under a row naming each indicator: 县区 | 完成值 | 增速 | 位次."""
    path = book(
        tmp_path / "blocks.xlsx",
        [
            ["2023年1-9月各县区主要指标"],
            ["县区", "完成值（亿元）", "增速（%）", "位次"],
            ["规上工业增加值"],
            ["甲县", 52.1, 8.2, 1],
            ["乙区", 60.3, 6.5, 2],
            ["丙县", 33.0, 4.1, 3],
            ["社会消费品零售总额"],
            ["甲县", 40.2, 5.0, 2],
            ["乙区", 71.9, 6.1, 1],
            ["丙县", 22.4, 3.3, 3],
        ],
    )
    ranked = run("rank", path, "-i", "社会消费品零售总额", "--by", "yoy", "-f", "json")
    assert ranked.exit_code == 0, ranked.stderr
    entities = json.loads(ranked.stdout)["entities"]
    assert [(e["entity"], e["rank"], e["agrees"]) for e in entities] == [
        ("乙区", 1, True),
        ("甲县", 2, True),
        ("丙县", 3, True),
    ]
    result = run("import", path, "--split", tmp_path / "places")
    assert result.exit_code == 0, result.stderr
    snap = parse((tmp_path / "places" / "甲县.toml").read_text(encoding="utf-8"))
    got = {i.name: i for i in snap.indicators}
    assert got["规上工业增加值"].actual == Decimal("52.1")
    assert got["社会消费品零售总额"].stated.yoy.value == Decimal("5.0")
