"""A 目标任务完成情况表's target columns read into the snapshot's keys (DESIGN.md §2): a growth
target (目标增速) as ``target_yoy``, the target of the sheet's own period (上半年目标) as
``period_target``, and the 序时进度 the sheet prints as ``time_progress``. Each sheet is built
with xlsxwriter, imported, and its figures checked against arithmetic done here by hand."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from test_layouts import book, by_name, checked, imported, run

pytest.importorskip("python_calamine")
pytest.importorskip("xlsxwriter")


def summary(snapshot: Path) -> dict[str, dict[str, Any]]:
    result = run("summary", snapshot, "-f", "json")
    assert result.exit_code == 0, result.stderr
    return {i["name"]: i for i in json.loads(result.stdout, parse_float=Decimal)["indicators"]}


def snapshot_of(tmp_path: Path, rows: list[list[Any]]) -> tuple[Path, str, str]:
    text, said = imported(book(tmp_path / "sheet.xlsx", rows))
    out = tmp_path / "snapshot.toml"
    out.write_text(text, encoding="utf-8")
    return out, text, said


@pytest.mark.parametrize("header", ["目标增速（%）", "预期增速", "增长目标(%)"])
def test_a_growth_target_column_is_target_yoy(tmp_path: Path, header: str) -> None:
    # 地区生产总值 grew 5.2% against a 6% target: 0.8 个百分点 short; 规上工业增加值 grew 9.1%
    # against 8%: 1.1 个百分点 over.
    snapshot, text, said = snapshot_of(
        tmp_path,
        [
            ["某县2024年1-6月主要经济指标完成情况"],
            ["指标", "单位", "年度目标", header, "1-6月完成", "同比增长（%）"],
            ["地区生产总值", "亿元", 420, 6, 210.5, 5.2],
            ["规上工业增加值", "亿元", None, 8, None, 9.1],
        ],
    )
    assert "growth target" not in said
    inds = by_name(text)
    assert inds["地区生产总值"].target_yoy.value == Decimal(6)
    rows = summary(snapshot)
    assert rows["地区生产总值"]["yoy_vs_target_pp"] == Decimal("5.2") - Decimal(6)
    assert rows["规上工业增加值"]["yoy_vs_target_pp"] == Decimal("9.1") - Decimal(8)


def test_the_target_of_the_sheets_own_period_is_period_target(tmp_path: Path) -> None:
    # 1-6月: 210.5 of a 上半年目标 of 200 is 105.25%, of the year's 420 50.12% (4210/84).
    snapshot, text, _ = snapshot_of(
        tmp_path,
        [
            ["某县2024年1-6月主要经济指标完成情况"],
            ["指标", "单位", "年度目标", "上半年目标", "1-6月完成"],
            ["地区生产总值", "亿元", 420, 200, 210.5],
            ["一般公共预算收入", "亿元", 26, 12, 12.6],
        ],
    )
    inds = by_name(text)
    assert inds["地区生产总值"].period_target == 200
    rows = summary(snapshot)
    assert rows["地区生产总值"]["period_completion_pct"] == Decimal("105.25")
    assert rows["一般公共预算收入"]["period_completion_pct"] == Decimal("105.00")
    assert rows["地区生产总值"]["completion_pct"] == Decimal("50.12")


def test_another_periods_target_stays_skipped_with_why(tmp_path: Path) -> None:
    _, text, said = snapshot_of(
        tmp_path,
        [
            ["某县2024年1-6月主要经济指标完成情况"],
            ["指标", "单位", "年度目标", "一季度目标", "1-6月完成"],
            ["地区生产总值", "亿元", 420, 95, 210.5],
        ],
    )
    assert by_name(text)["地区生产总值"].period_target is None
    assert "D2 一季度目标: the target of another period" in said
    # The same header in a sheet of 1-3月 is its own period's target.
    _, text, _ = snapshot_of(
        tmp_path,
        [
            ["某县2024年1-3月主要经济指标完成情况"],
            ["指标", "单位", "年度目标", "一季度目标", "1-3月完成"],
            ["地区生产总值", "亿元", 420, 95, 101.3],
        ],
    )
    assert by_name(text)["地区生产总值"].period_target == 95


# The shape of https://www.xuancheng.gov.cn/OpennessContent/show/2044556.html (a city's 1-11月
# 目标任务完成情况): its 序时进度 is 11 months of 12, 91.7%, not the calendar's 335/366 = 91.53%.
def test_one_schedule_for_every_row_is_the_reports_time_progress(tmp_path: Path) -> None:
    # 完成率 92.5% (370/400) and 88% (22/25); the gaps printed against 91.7%: 0.8 and -3.7.
    snapshot, text, _ = snapshot_of(
        tmp_path,
        [
            ["某市2020年1-11月目标任务完成情况"],
            ["指标", "年度目标", "1-11月完成", "完成率（%）", "序时进度（%）", "比序时进度±"],
            ["战略性新兴产业产值", 400, 370, 92.5, 91.7, 0.8],
            ["财政收入", 25, 22, 88, 91.7, -3.7],
        ],
    )
    assert 'time_progress = "91.7%"' in text.split("[[indicator]]")[0]
    assert parse_report(text).time_progress == Decimal("91.7")
    assert checked(snapshot) == {"consistent": 4}
    rows = summary(snapshot)
    assert rows["战略性新兴产业产值"]["schedule_gap_pp"] == Decimal("92.50") - Decimal("91.7")
    assert rows["财政收入"]["schedule_gap_pp"] == Decimal("88.00") - Decimal("91.7")


def test_schedules_that_differ_by_row_are_each_indicators(tmp_path: Path) -> None:
    # A project counted by its own months: 60 of 100 against 50%, +10; the other 91.7%.
    snapshot, text, _ = snapshot_of(
        tmp_path,
        [
            ["某市2020年1-11月目标任务完成情况"],
            ["指标", "年度目标", "1-11月完成", "序时进度（%）"],
            ["战略性新兴产业产值", 400, 370, 91.7],
            ["新建安置区", 100, 60, 50],
        ],
    )
    assert parse_report(text).time_progress is None
    inds = by_name(text)
    assert inds["新建安置区"].time_progress == Decimal(50)
    rows = summary(snapshot)
    assert rows["新建安置区"]["schedule_gap_pp"] == Decimal(60) - Decimal(50)
    assert rows["战略性新兴产业产值"]["schedule_gap_pp"] == Decimal("92.50") - Decimal("91.7")


def parse_report(text: str) -> Any:
    from conftest import parse

    return parse(text).report
