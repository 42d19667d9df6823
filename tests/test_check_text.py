"""`check REPORT.txt`: an account of the rates the report prints, out of how many, and no
"不一致0项" of nothing checked passed off as a clean audit (exit 2 when nothing was checked)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from gxreport.cli import app

runner = CliRunner()


def check(tmp_path: Path, text: str, *args: str) -> tuple[int, str, str, str]:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["check", str(path), "-f", "markdown", *args])
    return result.exit_code, result.stdout, result.stderr, str(path)


def note(path: str) -> str:
    return (
        f"note: {path} is a report's text: checking the draft snapshot extracted from it "
        f"(see it with: gxreport extract {path})\n"
    )


def test_a_report_whose_rates_are_all_checked(tmp_path: Path) -> None:
    # 150 ÷ 300 = 50%: printed as 50%, consistent.
    code, out, err, path = check(
        tmp_path, "2023年上半年，招商引资完成150亿元，全年目标为300亿元，完成率达到50%。"
    )
    assert code == 0
    assert err == note(path) + (
        f"note: {path}: 1 printed rate (% or 个百分点): 1 checked, 0 in the draft but not "
        "checkable (an input the text does not give), 0 not read as a stated rate\n"
    )
    assert "共核对1项：一致1项" in out


def test_rates_the_draft_does_not_hold_are_counted_not_hidden(tmp_path: Path) -> None:
    # Four rates printed: 50% checked; 增长8.1% has no base in the text; 58.3% is a figure of
    # its own (a level); 1.2个百分点 compares with another place.
    code, _, err, path = check(
        tmp_path,
        "2023年上半年，招商引资完成150亿元，全年目标为300亿元，完成率达到50%，同比增长8.1%。"
        "城镇化率58.3%，高于全市1.2个百分点。",
    )
    assert code == 0
    assert err == note(path) + (
        f"note: {path}: 4 printed rates (% or 个百分点): 1 checked, 1 in the draft but not "
        "checkable (an input the text does not give), 2 not read as a stated rate (see them "
        f"with: gxreport extract {path})\n"
    )


def test_nothing_checked_is_exit_2_and_said(tmp_path: Path) -> None:
    code, out, err, path = check(
        tmp_path, "2023年上半年，全县地区生产总值312.6亿元，同比增长4.8%。城镇化率58.3%。"
    )
    assert code == 2
    assert err == note(path) + (
        f"error: {path}: nothing checked: none of the 2 rates it prints could be recomputed "
        "(1 in the draft lack an input, 1 not read as a stated rate); this is no audit of the "
        f"report (see what was read with: gxreport extract {path})\n"
    )
    # The audit printed says so too: no "不一致0项" of 0 checked.
    assert "不一致0项" not in out
    assert "未核对任何一项：没有可以重新计算的数字；另有1项无法核对。" in out


def test_a_report_without_rates(tmp_path: Path) -> None:
    code, out, err, path = check(tmp_path, "2023年上半年，全县新增市场主体3016户。")
    assert code == 2
    assert err == note(path) + (
        f"error: {path}: nothing checked: the text prints no rate (% or 个百分点) to "
        f"recompute; this is no audit of the report (see what was read with: gxreport extract "
        f"{path})\n"
    )
    assert "未核对任何一项" in out


def test_an_inconsistent_rate_is_exit_1_with_the_account(tmp_path: Path) -> None:
    # 150 ÷ 300 = 50%, printed 55%.
    code, _, err, path = check(
        tmp_path, "2023年上半年，招商引资完成150亿元，全年目标为300亿元，完成率达到55%。"
    )
    assert code == 1
    assert err.startswith(note(path) + f"note: {path}: 1 printed rate (% or 个百分点): 1 checked")
    assert err.endswith("1 inconsistent figure: exit 1\n")


def test_rates_in_a_table_are_counted(tmp_path: Path) -> None:
    text = (
        "某县2023年1-6月主要指标\n\n"
        "| 指标 | 1-6月 | 全年目标 | 完成率% | 同比增长% |\n|---|---|---|---|---|\n"
        "| 招商引资 | 150 | 300 | 50 | 8.1 |\n"
        "| 新签约项目 | 23 | 40 | 57.5 | 4.5 |\n"
    )
    code, _, err, path = check(tmp_path, text)
    assert code == 0
    assert err == note(path) + (
        f"note: {path}: 4 printed rates (% or 个百分点): 2 checked, 2 in the draft but not "
        "checkable (an input the text does not give), 0 not read as a stated rate\n"
    )


def test_a_snapshot_with_nothing_stated_says_nothing_was_checked(tmp_path: Path) -> None:
    from conftest import snapshot_text

    path = tmp_path / "s.toml"
    path.write_text(
        snapshot_text('[[indicator]]\nid = "a"\nname = "招商引资"\nunit = "亿元"\nactual = 150\n'),
        encoding="utf-8",
    )
    result = runner.invoke(app, ["check", str(path), "-f", "markdown"])
    assert result.exit_code == 0  # a snapshot's own figures: nothing stated to recompute
    assert "未核对任何一项：没有可以重新计算的数字。" in result.stdout


# Rates whose inputs the text prints apart from them, each checked against its own (the
# arithmetic in each comment); the rows of the check table that say so.
LINKED = [
    pytest.param(
        # 5.10 ÷ 6.25 = 81.6%: 税收占比 after 其中 is a share of what 其中 parts; 48 ÷ 60 = 80%:
        # 开工率 is the share of the 60 projects that 48 started of.
        "2023年1-6月，全县地方一般公共预算收入完成6.25亿元。其中：税收收入5.10亿元，税收占比81.6%。"
        "全县60个重点项目已开工48个，开工率为80%。",
        ["| 税收收入 | 占比 | 81.6% |", "| 重点项目已开工 | 占比 | 80% |"],
        id="share-of-what-qizhong-parts-and-of-the-count-before",
    ),
    pytest.param(
        # 9.48 ÷ 16 = 59.25% and 7.12 ÷ 16 = 44.5%: the second 16亿元 is not the first again.
        "2023年1-6月，全县引进内资9.48亿元，完成全年任务16亿元的59.25%。"
        "其中市外内资7.12亿元，完成全年任务16亿元的44.5%。",
        ["| 引进内资 | 完成率 | 59.25% |", "| 市外内资 | 完成率 | 44.5% |"],
        id="two-targets-of-one-size",
    ),
    pytest.param(
        # 146.4 ÷ 183 = 80%: the plan of 省级重点项目投资 is neither that of 重点项目投资 nor
        # that of 市级重点项目投资 before it; 68% has no plan in the text.
        "一、市级重点项目推进情况\n2023年1-8月，全市重点项目完成投资410.6亿元，占年度投资计划的68%。\n"
        "二、省级重点项目推进情况\n本年全市列入省级重点项目共12个，年度计划投资183亿元。"
        "1-8月完成投资146.4亿元，占年计划的80%。",
        ["| 省级重点项目投资 | 完成率 | 80% | 80.00% | 0 | 一致 |"],
        id="a-plan-of-one-scope",
    ),
    pytest.param(
        # 78.2 ÷ 240.5 = 32.52%: 总投资 names no indicator; the parts after 其中 are of
        # 固定资产投资.
        "2023年1-6月，全市固定资产投资完成240.5亿元。其中工业投资78.2亿元(占总投资的32.5%)。",
        ["| 工业投资 | 占比 | 32.5% |"],
        id="a-whole-named-loosely-after-qizhong",
    ),
    pytest.param(
        # 8.19 ÷ 12.6 = 65%: the whole is 1-8月's 一般公共预算支出, not the month's said first.
        "2023年8月当月，一般公共预算支出1.84亿元。1-8月，一般公共预算支出12.6亿元。"
        "民生领域支出8.19亿元，占一般公共预算支出的比重达65%。",
        ["| 民生领域支出 | 占比 | 65% |"],
        id="the-whole-just-given",
    ),
    pytest.param(
        # 46 ÷ 190 = 24.21%: 规模以上企业总产值 is the 规模以上工业企业总产值 printed before it.
        "2023年上半年，规模以上工业企业完成总产值190亿元。"
        "电子信息产业完成产值46亿元，占全区规模以上企业总产值的24.2%。",
        ["| 电子信息产业产值 | 占比 | 24.2% |"],
        id="a-whole-said-a-little-otherwise",
    ),
    pytest.param(
        # 41,920 ÷ 52,400 = 80%: 计划额度 is a quota, no plan; 60,210 ÷ 80,280 = 75% with the
        # whole named at length; 60,210 ÷ 48,168 − 1 = 25% with the base named before it.
        "2023年1-6月，全县批复单位用款计划额度52,400万元，实际支用计划额度41,920万元，"
        "占总用款计划额度的80%。国库集中支付金额达60,210万元，占同期财政一般预算支出80,280万元的75%，"
        "比上年同期国库集中支付支出48,168万元增长25%。",
        [
            "| 实际支用计划额度 | 占比 | 80% |",
            "| 国库集中支付金额 | 同比 | 增长25% |",
            "| 国库集中支付金额 | 占比 | 75% |",
        ],
        id="a-quota-a-long-whole-a-named-base",
    ),
]


@pytest.mark.parametrize(("text", "rows"), LINKED)
def test_a_rate_is_checked_against_the_inputs_the_text_gives_apart(
    tmp_path: Path, text: str, rows: list[str]
) -> None:
    code, out, _, _ = check(tmp_path, text)
    assert code == 0
    assert f"共核对{len(rows)}项：一致{len(rows)}项" in out
    for row in rows:
        assert row in out, (row, out)


def test_a_report_without_its_year_is_checked_with_the_year_given(tmp_path: Path) -> None:
    # The text names no year: check asks for one, as extract does, and takes it the same way.
    # 96 ÷ 240 = 40%: consistent; 同比增长12% has no base here and is not read as stated.
    text = "上半年，规模以上工业增加值96亿元，年度目标240亿元，完成年度目标的40%，同比增长12%。"
    code, _, err, path = check(tmp_path, text)
    assert code == 2
    assert "no year in the text: give it with --year" in err
    code, out, err, path = check(tmp_path, text, "--year", "2024", "--as-of", "2024-06-30")
    assert code == 0, err
    assert "共核对1项：一致1项" in out
    assert "(see it with: gxreport extract " + path + " --year 2024 --as-of 2024-06-30)" in err
