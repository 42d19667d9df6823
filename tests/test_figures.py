"""Figures an analyst can put their name to: the cases real 重点项目 and 经济运行 reports gave.

Each expected figure is hand arithmetic on the published numbers (1—10月 18.4亿 still to do of
118.9亿; 1—7月 118.6亿 and 1—8月 134.9亿 against a target raised from 116.7亿 to 118.9亿).
"""

from __future__ import annotations

import json
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from typer.testing import CliRunner

from arith import half_up
from conftest import parse, report_of, snapshot_text
from gxreport.cli import app
from gxreport.compare import compare
from gxreport.render._fmt import Style
from gxreport.render.layout import briefing as briefing_layout
from gxreport.render.layout import compare as compare_layout
from gxreport.render.layout import gap as gap_layout
from gxreport.rounding import Precision

runner = CliRunner()

KEY_PROJECTS = """
[[indicator]]
id = "inv"
name = "重点项目完成投资"
unit = "亿元"
actual = 100.5
target = 118.9

[[indicator]]
id = "starts"
name = "新开工项目"
unit = "项"
actual = 151
target = 200
"""


# ── 1. the last quarter: what the months left need, never a quarter's rate ─────


def test_with_less_than_a_quarter_left_no_rate_per_quarter_is_printed() -> None:
    report = report_of(KEY_PROJECTS, as_of="2023-10-31")
    inv = report.row("inv")
    assert inv is not None and inv.annual is not None
    plan = inv.annual
    assert plan.remaining == Fraction("118.9") - Fraction("100.5") == Fraction("18.4")
    # Two months left: 9.2亿 a month; the old 27.6亿 "a quarter" was more than remains.
    assert plan.per_month == Fraction("9.2")
    assert plan.per_quarter.reason == "under-a-quarter"  # type: ignore[union-attr]
    text = "".join(gap_layout.sentences(inv, inv.plans, Style()))
    assert "余下时间每月需完成9.2亿元" in text
    assert "每季度" not in text and "27.6" not in text
    starts = report.row("starts")
    assert starts is not None and starts.annual is not None
    assert starts.annual.remaining == 49 and starts.annual.per_month == 25  # ⌈49 ÷ 2⌉
    items = [briefing_layout.attention_item(a, Style()) for a in report.attention]
    assert any("余下时间每月需完成25项" in item for item in items), items
    assert not any("74" in item or "季" in item for item in items), items


def test_at_the_end_of_september_a_whole_quarter_is_left() -> None:
    report = report_of(KEY_PROJECTS, as_of="2023-09-30")
    inv = report.row("inv")
    assert inv is not None and inv.annual is not None
    assert inv.annual.per_quarter == inv.annual.remaining


# ── 2. feasible is not on course ────────────────────────────────────────────


def _cells(row):  # type: ignore[no-untyped-def]
    return {
        name: [str(getattr(c, "text", c)) for c in cells]
        for name, cells in gap_layout.figures(row, row.plans, Style())
    }


def test_feasibility_says_whether_the_current_pace_reaches_the_target() -> None:
    report = report_of(KEY_PROJECTS, as_of="2023-10-31")
    starts = report.row("starts")
    assert starts is not None and starts.annual is not None
    projected = starts.annual.projected_completion
    assert projected == Fraction(151, 200) / Fraction(10, 12) * 100
    assert half_up(projected, 2) == "90.60"  # type: ignore[arg-type]
    cells = _cells(starts)
    assert cells["可行性"] == ["可以完成，按当前进度仅完成90.60%"]
    inv = report.row("inv")
    assert inv is not None
    cells = _cells(inv)
    assert cells["可行性"] == ["按当前进度可以完成"]  # 101.43 % at the current pace


# ── 3, 5, 8, 11, 27: compare ────────────────────────────────────────────────

JULY = """
[report]
title = "某区1-7月重点项目"
entity = "某区"
year = 2023
as_of = 2023-07-31

[[indicator]]
id = "inv"
name = "重点项目完成投资"
unit = "亿元"
actual = 118.6
target = 116.7

[[indicator]]
id = "dropped"
name = "7月后不再发布的分项"
unit = "亿元"
actual = 1.2
"""
AUGUST = """
[report]
title = "某区1-8月重点项目"
entity = "某区"
year = 2023
as_of = 2023-08-31

[[indicator]]
id = "inv"
name = "重点项目完成投资"
unit = "亿元"
actual = 134.9
target = 118.9
"""


def _file(tmp_path: Path, text: str, name: str = "x.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _files(tmp_path: Path, *texts: str) -> list[str]:
    return [str(_file(tmp_path, text, f"p{i}.toml")) for i, text in enumerate(texts)]


def test_a_month_is_not_compared_with_seven_as_a_qoq(tmp_path: Path) -> None:
    c = compare([(parse(JULY), "7"), (parse(AUGUST), "8")], Precision())
    step = c.series[0].steps[1]
    assert step.period_alone == Fraction("16.3")
    # August alone against January–July: −86.26 % is no 环比; per month 16.3 against 118.6 ÷ 7.
    assert step.qoq_pct.reason == "lengths-differ"  # type: ignore[union-attr]
    per_month = (Fraction("16.3") / (Fraction("118.6") / 7) - 1) * 100
    assert step.per_month_qoq_pct == per_month and half_up(-per_month, 2) == "3.79"
    text = compare_layout.sentence(c.series[0], c, Style())
    assert "环比" not in text and "86.26" not in text
    assert "其中8月16.3亿元，月均比1—7月月均下降3.79%" in text
    result = runner.invoke(
        app, ["briefing", _files(tmp_path, JULY, AUGUST)[1], "--since", str(tmp_path / "p0.toml")]
    )
    assert result.exit_code == 0, result.stderr
    assert "86.26" not in result.stdout and "月均比1—7月月均下降3.79%" in result.stdout


def test_a_qoq_across_two_months_against_one_is_per_month() -> None:
    kept = JULY.split('[[indicator]]\nid = "dropped"')[0]
    may = kept.replace("2023-07-31", "2023-05-31").replace("118.6", "100")
    july = kept.replace("118.6", "122.30")
    august = AUGUST.replace("134.9", "135.76")
    c = compare([(parse(may), "5"), (parse(july), "7"), (parse(august), "8")], Precision())
    step = c.series[0].steps[2]
    # 8月13.46 against 6—7月22.30 (11.15 a month): +20.72 % a month, never "下降39.64%".
    assert step.period_alone == Fraction("13.46")
    assert half_up(step.per_month_qoq_pct, 2) == "20.72"  # type: ignore[arg-type]
    text = compare_layout.sentence(c.series[0], c, Style())
    assert "月均比6—7月月均增长20.72%" in text and "39.64" not in text


def test_completion_gained_across_a_change_of_target_says_so() -> None:
    c = compare([(parse(JULY), "7"), (parse(AUGUST), "8")], Precision())
    text = compare_layout.sentence(c.series[0], c, Style())
    gain = Fraction("134.9") / Fraction("118.9") * 100 - Fraction("118.6") / Fraction("116.7") * 100
    assert f"比1—7月提高{half_up(gain, 2)}个百分点（年度目标由116.7亿元调整为118.9亿元）" in text
    assert "+" not in text  # a direction word never beside a signed number


def test_a_fall_of_completion_is_worded_not_signed() -> None:
    lower = AUGUST.replace("118.9", "200")
    c = compare([(parse(JULY), "7"), (parse(lower), "8")], Precision())
    text = compare_layout.sentence(c.series[0], c, Style())
    assert "下降" in text and "+" not in text and "提高-" not in text


def test_a_value_typed_with_a_trailing_zero_keeps_it(tmp_path: Path) -> None:
    first = JULY.replace("118.6", "20.0")
    second = AUGUST.replace("134.9", "36.3")
    result = runner.invoke(app, ["compare", *_files(tmp_path, first, second), "-f", "markdown"])
    assert result.exit_code == 0, result.stderr
    assert "| 1—7月 | 20.0亿元 |" in result.stdout and "| 8月 | 16.3亿元 |" in result.stdout
    assert "| 20亿元 |" not in result.stdout


def test_an_item_in_one_period_only_is_left_out_and_listed(tmp_path: Path) -> None:
    paths = _files(tmp_path, JULY, AUGUST)
    result = runner.invoke(app, ["compare", *paths, "-f", "json"])
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout, parse_float=Decimal)
    assert [i["id"] for i in doc["indicators"]] == ["inv"]
    assert doc["left_out"] == [
        {"id": "dropped", "name": "7月后不再发布的分项", "present_in": [paths[0]]}
    ]
    md = runner.invoke(app, ["compare", *paths, "-f", "markdown"])
    assert "7月后不再发布的分项（仅见于" in md.stdout
    strict = runner.invoke(app, ["compare", *paths, "--strict"])
    assert strict.exit_code == 2 and "dropped" in strict.stderr


def test_compare_findings_name_their_snapshot_and_an_exit_says_why(tmp_path: Path) -> None:
    # Three snapshots; the last one states a period alone the figures do not give.
    june = JULY.replace("2023-07-31", "2023-06-30").replace("118.6", "100.0")
    august = AUGUST + '[indicator.stated]\nperiod_alone = "15.3亿元"\n'
    paths = _files(tmp_path, june, JULY, august)
    result = runner.invoke(app, ["compare", *paths, "-f", "json"])
    assert result.exit_code == 1
    assert "inconsistent" in result.stderr and paths[2] in result.stderr
    assert '"inv"' in result.stderr and "period_alone" in result.stderr
    doc = json.loads(result.stdout, parse_float=Decimal)
    assert [(f["source"], f["figure"], f["verdict"]) for f in doc["findings"]] == [
        (paths[2], "period_alone", "inconsistent")
    ]


def test_compare_does_not_exit_1_on_what_it_does_not_show(tmp_path: Path) -> None:
    # A wrong 完成率 inside one snapshot is check's to report; compare shows none of it.
    july = JULY.replace("target = 116.7", 'target = 116.7\n[indicator.stated]\ncompletion = "90%"')
    result = runner.invoke(app, ["compare", *_files(tmp_path, july, AUGUST), "-f", "json"])
    assert result.exit_code == 0, result.stderr


def test_check_exit_1_names_the_figure_on_stderr(tmp_path: Path) -> None:
    text = snapshot_text(KEY_PROJECTS + '[indicator.stated]\ncompletion = "76.5%"\n', "2023-10-31")
    path = _file(tmp_path, text)
    result = runner.invoke(app, ["check", str(path), "-o", str(tmp_path / "out.md")])
    assert result.exit_code == 1
    assert 'indicator "starts"' in result.stderr and "76.5%" in result.stderr


# ── 6, 9, 23: a printed rate is judged, a ceiling shows its quota, a share above 100 % ──


def test_a_printed_completion_without_a_target_is_judged_against_the_schedule() -> None:
    body = """
    [[indicator]]
    id = "industry-investment"
    name = "工业投资"
    unit = "亿元"
    actual = 30
    [indicator.stated]
    completion = "50.4%"
    """
    report = report_of(body, as_of="2023-10-31")
    row = report.row("industry-investment")
    assert row is not None and row.on_printed
    gap = Fraction("50.4") - Fraction(10, 12) * 100
    assert row.schedule_gap_pp == gap and half_up(-gap, 2) == "32.93"
    assert row.status == "behind"
    assert dict(report.status_counts) == {"behind": 1} and report.without_target == 0
    items = [briefing_layout.attention_item(a, Style()) for a in report.attention]
    assert items == ["工业投资年度目标完成率为50.4%（原文数据），低于序时进度32.93个百分点。"]
    sentence = briefing_layout.indicator_sentence(row, report, Style())
    assert "年度目标完成率为50.4%（原文数据），低于序时进度32.93个百分点" in sentence


def test_a_ceiling_shows_the_quota_used_in_the_summary_and_in_json(tmp_path: Path) -> None:
    text = snapshot_text(
        """
        [[indicator]]
        id = "accidents"
        name = "生产安全事故"
        unit = "起"
        better = "lower"
        actual = 3
        target = 10
        """
    )
    path = _file(tmp_path, text)
    md = runner.invoke(app, ["summary", str(path), "-f", "markdown"])
    assert "已用30.00%" in md.stdout
    doc = json.loads(runner.invoke(app, ["summary", str(path), "-f", "json"]).stdout)
    assert doc["indicators"][0]["usage_pct"] == 30


def test_a_share_above_its_whole_is_flagged() -> None:
    body = """
    [[indicator]]
    id = "part"
    name = "高新技术产业增加值"
    unit = "亿元"
    actual = 12
    whole = 10
    """
    report = report_of(body)
    row = report.row("part")
    assert row is not None and row.share == 120
    assert [a.kind for a in report.attention] == ["share-above-100"]
    assert "占比120.00%，超过100%" in briefing_layout.attention_item(report.attention[0], Style())


# ── 26: once met, nothing remains, for every kind ───────────────────────────


def test_a_met_average_or_reduction_has_nothing_remaining() -> None:
    body = """
    [[indicator]]
    id = "good-days"
    name = "空气质量优良天数比例"
    unit = "%"
    kind = "average"
    actual = 90
    target = 85

    [[indicator]]
    id = "energy"
    name = "单位GDP能耗降低率"
    unit = "%"
    kind = "reduction"
    actual = 3
    target = 2.5
    """
    report = report_of(body)
    for row in report.rows:
        assert row.annual is not None
        assert row.status == "met" and row.annual.remaining == 0, row.indicator.id


# ── 7, 22, 24, 25, 26: the audit ────────────────────────────────────────────


def _audit(body: str, as_of: str = "2022-06-30"):  # type: ignore[no-untyped-def]
    from gxreport.audit import audit

    return audit(parse(snapshot_text(body, as_of)), "x.toml")


def _note(finding) -> str:  # type: ignore[no-untyped-def]
    from gxreport.render.layout.check import note

    return note(finding, Style())


def test_a_direction_word_on_a_zero_gap_sets_the_implied_ranges() -> None:
    # 49.58亿 of 100亿 at 30 June is 0.42 points behind: "超序时进度0个百分点" is wrong, and the
    # ranges that make it true are gap ∈ [0, 0.5): actual ∈ [50, 50.5), target ∈ (98.17…, 99.16].
    (f,) = _audit(
        """
        [[indicator]]
        id = "signed"
        name = "签约额"
        unit = "亿元"
        actual = 49.58
        target = 100
        [indicator.stated]
        schedule_gap = "超序时进度0个百分点"
        """
    ).findings
    assert f.verdict == "inconsistent"
    actual, target = f.implied
    assert (actual.range.low, actual.range.high) == (50, Fraction("50.5"))
    assert actual.holds is False and target.holds is False
    assert target.range.high == Fraction("49.58") / Fraction("0.5") * 100 / 100
    text = _note(f)
    assert "实际完成需在50.00亿元至50.50亿元之间（现为49.58）" in text
    assert "年度目标需在98.17亿元至99.16亿元之间（现为100）" in text
    assert "100.17" not in text  # the range of a gap in (−0.5, 0.5), which ignored 超


def test_a_range_shows_the_digits_that_keep_the_current_value_out() -> None:
    # 8.19亿 of 10亿 is 81.9 %, not the printed 81.8 %: the actual must lie in [8.175, 8.185),
    # which at two decimals would print as 8.17至8.19 beside a current 8.19.
    (f,) = _audit(
        """
        [[indicator]]
        id = "x"
        name = "固定资产投资"
        unit = "亿元"
        actual = 8.19
        target = 10
        [indicator.stated]
        completion = "81.8%"
        """
    ).findings
    assert f.verdict == "inconsistent"
    text = _note(f)
    assert "8.17亿元至8.19亿元" not in text
    assert "实际完成需在8.175亿元至8.185亿元之间（现为8.19）" in text


# Six new projects against 上年同期2.6个 (a count typed with a decimal), with a printed 同比.
_SIX_AGAINST_2_6 = """
[[indicator]]
id = "projects"
name = "新引进项目"
unit = "个"
actual = 6
last_year = 2.6
[indicator.stated]
yoy = "{yoy}"
"""


def test_a_count_typed_with_decimals_stands_for_its_rounding() -> None:
    # 上年同期2.6个 stands for [2.55, 2.65): 6 against it grows 126.4 %–135.3 %, so "增长133%"
    # is within input rounding, not inconsistent.
    (f,) = _audit(_SIX_AGAINST_2_6.format(yoy="增长133%")).findings
    assert f.verdict == "within-rounding"
    assert f.reached is not None
    assert f.reached.low == (6 - Fraction("2.65")) / Fraction("2.65") * 100
    assert f.reached.high == (6 - Fraction("2.55")) / Fraction("2.55") * 100


def test_a_zero_with_a_direction_word_against_an_exact_zero_is_consistent() -> None:
    # ≥ 0 is 超 (DESIGN.md §3), and an exact 0 contradicts no word (§4): one reading everywhere.
    findings = _audit(
        """
        [[indicator]]
        id = "flat"
        name = "营业收入"
        unit = "亿元"
        actual = 10
        last_year = 10
        exact = true
        [indicator.stated]
        yoy = "增长0.0%"

        [[indicator]]
        id = "on-line"
        name = "签约额"
        unit = "亿元"
        actual = 50
        target = 100
        exact = true
        [indicator.stated]
        schedule_gap = "超序时进度0.0个百分点"

        [[indicator]]
        id = "down"
        name = "税收收入"
        unit = "亿元"
        actual = 10
        last_year = 10
        exact = true
        [indicator.stated]
        yoy = "下降0.0%"
        """
    ).findings
    assert [f.verdict for f in findings] == ["consistent"] * 3


def test_check_json_numbers_are_as_shown_and_exact_as_text(tmp_path: Path) -> None:
    text = snapshot_text(
        """
        [[indicator]]
        id = "projects"
        name = "签约项目"
        unit = "个"
        actual = 5
        target = 12
        [indicator.stated]
        completion = "41.67%"
        """
    )
    path = _file(tmp_path, text)
    result = runner.invoke(app, ["check", str(path), "-f", "json"])
    (f,) = json.loads(result.stdout)["files"][0]["findings"]
    # Read with the default parser: no binary approximation of 125/3 such as 41.666666666666664.
    assert f["recomputed"] == 41.6666 and f["recomputed_exact"] == "125/3"
    doc = json.loads(result.stdout, parse_float=Decimal)
    assert doc["files"][0]["findings"][0]["recomputed"] == Decimal("41.6666")


# ── 10: figures worded without a number ─────────────────────────────────────


def test_worded_figures_with_no_number_are_read_and_checked() -> None:
    findings = _audit(
        """
        [[indicator]]
        id = "on-line"
        name = "签约额"
        unit = "亿元"
        actual = 50
        target = 100
        exact = true
        [indicator.stated]
        schedule_gap = "与序时进度持平"

        [[indicator]]
        id = "reached"
        name = "固定资产投资"
        unit = "亿元"
        actual = 53.2
        target = 100
        [indicator.stated]
        schedule_gap = "达时序进度"

        [[indicator]]
        id = "short"
        name = "工业投资"
        unit = "亿元"
        actual = 48
        target = 100
        exact = true
        [indicator.stated]
        schedule_gap = "达到序时进度"

        [[indicator]]
        id = "flat"
        name = "营业收入"
        unit = "亿元"
        actual = 10
        last_year = 10
        exact = true
        [indicator.stated]
        yoy = "持平"
        """
    ).findings
    assert [f.verdict for f in findings] == [
        "consistent",
        "consistent",
        "inconsistent",
        "consistent",
    ]
    # 48 of 100 at 30 June is 2 points behind: 达序时进度 needs an actual of at least 50.
    assert "实际完成需不低于50.00亿元（现为48）" in _note(findings[2])


def test_the_tools_own_wording_reads_back() -> None:
    # A gap that shows as 0.00 is printed 与序时进度持平; written back, it checks.
    report = report_of(
        """
        [[indicator]]
        id = "x"
        name = "签约额"
        unit = "亿元"
        actual = 50.001
        target = 100
        """
    )
    row = report.row("x")
    assert row is not None and row.status == "on-schedule"
    sentence = briefing_layout.indicator_sentence(row, report, Style())
    assert "与序时进度持平" in sentence
    (f,) = _audit(
        """
        [[indicator]]
        id = "x"
        name = "签约额"
        unit = "亿元"
        actual = 50.001
        target = 100
        [indicator.stated]
        schedule_gap = "与序时进度持平"
        """
    ).findings
    assert f.verdict == "consistent"


# ── 15: --target as a share of the annual target, or with a magnitude ────────


def test_target_as_a_share_of_the_annual_one_and_with_a_magnitude() -> None:
    from conftest import SEED

    result = runner.invoke(
        app, ["gap", str(SEED), "--target", "120%", "-f", "json", "-i", "signed-amount"]
    )
    assert result.exit_code == 0, result.stderr
    plans = json.loads(result.stdout, parse_float=Decimal)["indicators"][0]["plans"]
    custom = next(p for p in plans if p["kind"] == "custom")
    assert custom["target"] == Decimal(371) * Decimal("1.2") == Decimal("445.2")
    result = runner.invoke(
        app, ["gap", str(SEED), "--target", "1.2万", "-f", "json", "-i", "new-market-entities"]
    )
    plans = json.loads(result.stdout, parse_float=Decimal)["indicators"][0]["plans"]
    assert next(p for p in plans if p["kind"] == "custom")["target"] == 12000
    result = runner.invoke(app, ["gap", str(SEED), "--target", "120%", "-i", "signed-projects"])
    assert result.exit_code == 2 and "has none" in result.stderr


# ── 16: a completion beyond belief ──────────────────────────────────────────


def test_a_completion_beyond_belief_is_flagged(tmp_path: Path) -> None:
    # 2139000 typed in 万元 against a target of 371 (亿元 meant): 576,549.87 %.
    text = snapshot_text(
        """
        [[indicator]]
        id = "signed"
        name = "新签约项目签约额"
        unit = "亿元"
        actual = 2139000
        target = 371
        """
    )
    path = _file(tmp_path, text)
    md = runner.invoke(app, ["summary", str(path), "-f", "markdown"])
    assert "新签约项目签约额完成率为576549.87%，超过1000%，请核对单位或数据列。" in md.stdout
    doc = json.loads(runner.invoke(app, ["summary", str(path), "-f", "json"]).stdout)
    assert doc["indicators"][0]["implausible"] is True
    report = report_of(text.split("\n", 5)[5])
    assert [a.kind for a in report.attention] == ["implausible"]


# ── 18: files written keep the mode a colleague can open ────────────────────


def test_written_files_get_the_umask_mode_and_keep_an_existing_one(tmp_path: Path) -> None:
    import os
    import stat

    from conftest import SEED

    old = os.umask(0o022)
    try:
        out = tmp_path / "summary.md"
        result = runner.invoke(app, ["summary", str(SEED), "-o", str(out)])
        assert result.exit_code == 0, result.stderr
        assert stat.S_IMODE(out.stat().st_mode) == 0o644  # not mkstemp's 0600
        out.chmod(0o664)  # a shared drive's group-writable file
        runner.invoke(app, ["summary", str(SEED), "-o", str(out)])
        assert stat.S_IMODE(out.stat().st_mode) == 0o664
        starter = tmp_path / "snapshot.toml"
        assert runner.invoke(app, ["init", str(starter)]).exit_code == 0
        assert stat.S_IMODE(starter.stat().st_mode) == 0o644
    finally:
        os.umask(old)


# ── 19: an extra that is installed but broken ───────────────────────────────


def test_an_extra_that_fails_to_import_is_said_and_exits_2(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from conftest import ROOT, SEED

    # A matplotlib whose import fails as one built against another numpy does.
    broken = tmp_path / "site" / "matplotlib"
    broken.mkdir(parents=True)
    (broken / "__init__.py").write_text(
        'raise ImportError("numpy.core.multiarray failed to import")\n', encoding="utf-8"
    )
    env = {**os.environ, "PYTHONPATH": f"{tmp_path / 'site'}{os.pathsep}{ROOT / 'src'}"}
    result = subprocess.run(
        [sys.executable, "-m", "gxreport", "chart", str(SEED), "-o", str(tmp_path / "c.png")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 2, result.stderr
    assert "charts extra" in result.stderr and "fails to import" in result.stderr
    assert "numpy.core.multiarray failed to import" in result.stderr
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr


# ── 20: machine-readable outputs hold numbers, every column, the output's language ──


def test_compare_csv_and_xlsx_hold_numbers_and_the_schedule_gap(tmp_path: Path) -> None:
    import csv
    import io

    paths = _files(tmp_path, JULY, AUGUST)
    result = runner.invoke(app, ["compare", *paths, "-f", "csv"])
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    august = rows[-1]
    assert august["单期"] == "8月" and august["单期值"] == "16.3"
    assert august["月均环比 (%)"] == "-3.79" and august["环比 (%)"] == ""
    gap_then = Fraction("118.6") / Fraction("116.7") * 100 - Fraction(7, 12) * 100
    gap_now = Fraction("134.9") / Fraction("118.9") * 100 - Fraction(8, 12) * 100
    assert august["序时进度差（个百分点）"] == half_up(gap_now, 2)
    assert august["序时进度差变化（个百分点）"] == half_up(gap_now - gap_then, 2)
    assert august["完成率变化（个百分点）"] == "11.83"  # a number, not "+11.83个百分点"
    assert august["原文数据"] == ""  # every figure derived here
    from openpyxl import load_workbook

    out = tmp_path / "c.xlsx"
    assert runner.invoke(app, ["compare", *paths, "-o", str(out)]).exit_code == 0
    values = [c.value for row in load_workbook(out).worksheets[0].iter_rows() for c in row]
    assert Decimal("16.3") in [Decimal(str(v)) for v in values if isinstance(v, int | float)]
    assert not any(isinstance(v, str) and v.startswith("8月 ") for v in values)


def test_rank_csv_speaks_the_outputs_language_and_help_lists_what_a_command_gives() -> None:
    from conftest import EXAMPLES

    result = runner.invoke(
        app,
        ["rank", str(EXAMPLES / "provinces-2017"), "-i", "tertiary", "--by", "yoy", "-f", "csv"],
    )
    head, first = result.stdout.lstrip("\ufeff").splitlines()[:2]
    assert "source" not in head and first.endswith(",一致")
    summary_help = runner.invoke(app, ["summary", "--help"], env={"COLUMNS": "200"}).stdout
    assert "docx" not in summary_help and "xlsx" in summary_help
    briefing_help = runner.invoke(app, ["briefing", "--help"], env={"COLUMNS": "200"}).stdout
    assert "docx" in briefing_help


# ── 21: a test asks for the LibreOffice component it needs ─────────────────


def test_a_spreadsheet_conversion_skips_where_only_writer_is_installed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from conftest import libreoffice_convert, need_libreoffice

    program = tmp_path / "program"
    program.mkdir()
    soffice = program / "soffice"
    soffice.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    soffice.chmod(0o755)
    (program / "libswlo.so").write_bytes(b"")  # Writer, and no Calc
    monkeypatch.setenv("PATH", str(program))
    monkeypatch.delenv("GXREPORT_REQUIRE_LIBREOFFICE", raising=False)
    assert need_libreoffice("writer") == str(soffice)
    with pytest.raises(pytest.skip.Exception, match="Calc is not installed"):
        libreoffice_convert(tmp_path / "book.xlsx", "csv", tmp_path)
    monkeypatch.setenv("GXREPORT_REQUIRE_LIBREOFFICE", "1")
    with pytest.raises(pytest.fail.Exception, match="Calc is not installed"):
        need_libreoffice("calc")


# ── 13, 14: a growth-rate target and a target for the period ────────────────


def test_a_growth_target_is_judged_on_the_yoy_in_points() -> None:
    # 地区生产总值增长6%左右, achieved 6.4 %: 0.4 points above, not a "完成率" of 106.67 %.
    body = """
    [[indicator]]
    id = "gdp"
    name = "地区生产总值"
    unit = "亿元"
    actual = 2660.5
    target_yoy = "6%左右"
    [indicator.stated]
    yoy = "增长6.4%"

    [[indicator]]
    id = "fai"
    name = "固定资产投资"
    unit = "亿元"
    actual = 880
    target_yoy = "9%"
    [indicator.stated]
    yoy = "增长5.4%"
    """
    report = report_of(body)
    gdp, fai = report.rows
    assert gdp.yoy_vs_target_pp == Fraction("6.4") - 6 and gdp.status == "above-expected"
    assert fai.yoy_vs_target_pp == Fraction("5.4") - 9 and fai.status == "below-expected"
    assert isinstance(gdp.completion, type(gdp.yoy_vs_target_pp)) is False  # no 完成率
    text = briefing_layout.indicator_sentence(gdp, report, Style())
    assert "同比增长6.4%，高于预期目标0.40个百分点" in text
    items = [briefing_layout.attention_item(a, Style()) for a in report.attention]
    assert items == ["固定资产投资同比增长5.4%，低于预期目标3.60个百分点。"]
    assert dict(report.status_counts) == {"above-expected": 1, "below-expected": 1}
    overview, _ = briefing_layout.overview(report, Style())
    assert overview.startswith(
        "2项设有目标（含增速目标）的指标中，1项高于预期目标，1项低于预期目标"
    )


def test_a_period_target_beside_the_annual_one(tmp_path: Path) -> None:
    # 上半年目标610亿元, annual 1200亿元, 1—6月 586.3亿元.
    text = snapshot_text(
        """
        [[indicator]]
        id = "fai"
        name = "固定资产投资"
        unit = "亿元"
        actual = 586.3
        target = 1200
        period_target = 610
        """
    )
    report = report_of(text.split("\n", 5)[5])
    row = report.rows[0]
    assert row.period_completion == Fraction("586.3") / 610 * 100
    assert row.completion == Fraction("586.3") / 1200 * 100
    sentence = briefing_layout.indicator_sentence(row, report, Style())
    assert f"完成本期目标610亿元的{half_up(row.period_completion, 2)}%" in sentence  # type: ignore[arg-type]
    path = _file(tmp_path, text)
    doc = json.loads(runner.invoke(app, ["summary", str(path), "-f", "json"]).stdout)
    assert doc["indicators"][0]["period_completion_pct"] == 96.11


# ── 12: the 序时进度 a report states, and the rule its gaps fit ─────────────────

TEN_A_MONTH = """
[[indicator]]
id = "investment"
name = "重点项目完成投资"
unit = "亿元"
actual = 70.4
target = 100
exact = true
[indicator.stated]
schedule_gap = "超序时进度10.4个百分点"

[[indicator]]
id = "projects"
name = "新开工项目"
unit = "个"
actual = 27
target = 50
[indicator.stated]
schedule_gap = "低于序时进度6个百分点"
"""


def test_check_says_when_every_gap_fits_ten_percent_a_month(tmp_path: Path) -> None:
    # At 30 June an office counting 10 % a month has 60 %: 70.4 % is 10.4 points ahead and
    # 54 % is 6 behind. By months (50 %) both are inconsistent, and check says why.
    result = _audit(TEN_A_MONTH)
    assert [f.verdict for f in result.findings] == ["inconsistent", "inconsistent"]
    assert result.other_rule is not None and result.other_rule.rule == "ten-a-month"
    assert result.other_rule.progress_pct == 60
    path = tmp_path / "x.toml"
    path.write_text(snapshot_text(TEN_A_MONTH), encoding="utf-8")
    out = runner.invoke(app, ["check", str(path), "-f", "markdown"]).stdout
    assert "各项序时进度差均与按每月10%计算的序时进度（60.00%）相符" in out


def test_the_other_rule_is_told_at_the_date_the_gaps_run_to() -> None:
    # The same figures dated 31 May in a half-year report: 10 % a month gives 50 % there, not
    # the 60 % of 30 June. 70.4 − 50 = 20.4 and 54 − 50 = 4 points: printed as such, both fit
    # ten a month and neither fits by months (5 ÷ 12 = 41.67 %).
    body = (
        TEN_A_MONTH.replace("[[indicator]]", "[[indicator]]\nas_of = 2022-05-31")
        .replace("超序时进度10.4个百分点", "超序时进度20.4个百分点")
        .replace("低于序时进度6个百分点", "超序时进度4个百分点")
    )
    result = _audit(body)
    assert [f.verdict for f in result.findings] == ["inconsistent", "inconsistent"]
    assert result.other_rule is not None and result.other_rule.rule == "ten-a-month"
    assert result.other_rule.progress_pct == 50


def test_a_stated_time_progress_is_what_gaps_are_measured_against() -> None:
    from gxreport.audit import audit

    text = snapshot_text(TEN_A_MONTH).replace(
        'basis = "month"', 'basis = "month"\ntime_progress = "60%"'
    )
    result = audit(parse(text), "x")
    assert [f.verdict for f in result.findings] == ["consistent", "consistent"]
    assert result.other_rule is None
    # One indicator's own 序时进度, as printed beside it ("序时进度为58.3%").
    own = TEN_A_MONTH.replace("[[indicator]]", '[[indicator]]\ntime_progress = "58.3%"', 1)
    row = report_of(own).rows[0]
    assert row.schedule_gap_pp == Fraction("70.4") - Fraction("58.3")
    assert row.progress_pct == Fraction("58.3")


# ── 17: amounts shown in another unit, exactly ──────────────────────────────


def test_amounts_kept_in_wan_yuan_are_shown_in_yi_yuan_exactly(tmp_path: Path) -> None:
    # 一般公共预算收入 6917678万元 of 12000000万元: 691.7678亿元 of 1200亿元, the same 57.65 %,
    # and what remains 508.2322亿元 (5082322万元), every digit kept.
    text = snapshot_text(
        """
        [[indicator]]
        id = "revenue"
        name = "一般公共预算收入"
        unit = "万元"
        actual = 6917678
        target = 12000000
        [indicator.stated]
        remaining = "5082322万元"

        [[indicator]]
        id = "firms"
        name = "新增市场主体"
        unit = "户"
        actual = 7141
        """
    )
    path = _file(tmp_path, text)
    result = runner.invoke(app, ["summary", str(path), "--unit", "亿元", "-f", "json"])
    assert result.exit_code == 0, result.stderr
    revenue, firms = json.loads(result.stdout, parse_float=Decimal)["indicators"]
    assert revenue["unit"] == "亿元" and revenue["actual"] == Decimal("691.7678")
    assert revenue["target"] == 1200 and revenue["completion_pct"] == Decimal("57.65")
    assert firms["unit"] == "户" and firms["actual"] == 7141  # another base: left as it is
    md = runner.invoke(app, ["briefing", str(path), "--unit", "亿元", "-f", "markdown"]).stdout
    assert "一般公共预算收入691.7678亿元" in md and "| 1200亿元 |" in md
    assert "508.2322亿元 | 0 | 一致" in md
    bad = runner.invoke(app, ["summary", str(path), "--unit", "%"])
    assert bad.exit_code == 2 and "--unit" in bad.stderr


def test_thousands_separators_in_what_people_read_and_not_in_data(tmp_path: Path) -> None:
    text = snapshot_text(
        """
        [[indicator]]
        id = "revenue"
        name = "一般公共预算收入"
        unit = "万元"
        actual = 6917678
        target = 12000000
        """
    )
    path = _file(tmp_path, text)
    md = runner.invoke(app, ["briefing", str(path), "--thousands", "-f", "markdown"]).stdout
    assert "一般公共预算收入6,917,678万元" in md and "| 6,917,678 | 12,000,000 |" in md
    assert "| 5,082,322 |" in md  # what remains, derived
    csv_text = runner.invoke(app, ["summary", str(path), "--thousands", "-f", "csv"]).stdout
    assert "6917678,12000000" in csv_text and "6,917,678" not in csv_text
    both = runner.invoke(
        app, ["summary", str(path), "--thousands", "--unit", "亿元", "-f", "markdown"]
    ).stdout
    assert "| 691.7678 | 1,200 |" in both


def test_a_count_typed_with_decimals_gets_its_implied_range_in_decimals() -> None:
    (f,) = _audit(_SIX_AGAINST_2_6.format(yoy="增长150%")).findings
    assert f.verdict == "inconsistent"
    text = _note(f)
    # (6 − x) ÷ x ∈ [149.5 %, 150.5 %) puts x in (2.3952…, 2.4048…]: not "no whole number".
    assert "上年同期需在2.395个至2.405个之间（现为2.6）" in text, text
