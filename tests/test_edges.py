"""The edges of real reports, each a case that once went wrong, against independent arithmetic.

Every expected figure here is worked out by hand (exact fractions, ``arith.half_up``), not
read off the program's output.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction
from pathlib import Path

import pytest
from typer.testing import CliRunner

from arith import frac, half_up
from conftest import parse, report_of, snapshot_text
from gxreport.audit import Finding, audit
from gxreport.cli import app
from gxreport.report import NA, Printed, Row
from gxreport.rounding import Precision

runner = CliRunner()


def row_of(body: str, as_of: str = "2022-06-30", basis: str = "month") -> Row:
    return report_of(body, as_of, basis).rows[0]


def findings(body: str, as_of: str = "2022-06-30", rounding: str = "half-up") -> list[Finding]:
    return list(audit(parse(snapshot_text(body, as_of)), "t.toml", rounding).findings)  # type: ignore[arg-type]


def one(body: str, as_of: str = "2022-06-30", rounding: str = "half-up") -> Finding:
    (finding,) = findings(body, as_of, rounding)
    return finding


def cli(*args: str, input: str | None = None, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), input=input, env={"NO_COLOR": "1", **(env or {})})


def ind(id: str = "x", name: str = "某指标", **fields: object) -> str:
    lines = [f'[[indicator]]\nid = "{id}"\nname = "{name}"']
    stated = fields.pop("stated", None)
    for key, value in fields.items():
        lines.append(f"{key} = {value}")
    if stated:
        lines.append(f"[indicator.stated]\n{stated}")
    return "\n".join(lines) + "\n"


# ── parts: one interval test ─────────────────────────────────────────────────


def _parts(total: str, values: list[str]) -> str:
    ids = [f"p{i}" for i in range(len(values))]
    body = ind("all", "合计", unit='"亿元"', actual=total, parts=str(ids).replace("'", '"'))
    for pid, value in zip(ids, values, strict=True):
        body += ind(pid, pid, unit='"亿元"', actual=value)
    return body


@pytest.mark.parametrize(
    ("total", "values", "verdict"),
    [
        # [1.05, 1.15) twice is [2.1, 2.3): nowhere near [1.95, 2.05).
        ("2.0", ["1.1", "1.1"], "inconsistent"),
        # A real page: 6.50 + 2.74 + 8.19 = 17.43, whose parts stand for [17.415, 17.445);
        # 17.41 stands for [17.405, 17.415): the ranges touch at 17.415 and no more.
        ("17.41", ["6.50", "2.74", "8.19"], "inconsistent"),
        ("17.42", ["6.50", "2.74", "8.19"], "within-rounding"),
        ("17.43", ["6.50", "2.74", "8.19"], "consistent"),
    ],
)
def test_parts_total_is_one_interval_test(total: str, values: list[str], verdict: str) -> None:
    assert sum(frac(v) for v in values) == frac("17.43") or values == ["1.1", "1.1"]
    (parts,) = [f for f in findings(_parts(total, values)) if f.key == "parts"]
    assert parts.verdict == verdict


def test_parts_without_an_actual_show_no_stated_figure() -> None:
    body = ind("all", "合计", unit='"亿元"', parts='["a"]') + ind(
        "a", "甲", unit='"亿元"', actual="1"
    )
    (parts,) = findings(body)
    assert parts.verdict == "not-checkable" and parts.stated is None
    out = cli("check", "-", "-f", "markdown", input=snapshot_text(body)).stdout
    assert "| 合计 | 分项之和 | — | — | — | 无法核对 |" in out


# ── interval ends are half-open ──────────────────────────────────────────────


@pytest.mark.parametrize(
    ("stated", "verdict"),
    [("57.6%", "consistent"), ("57.5%", "inconsistent"), ("57.7%", "inconsistent")],
)
def test_interval_ends_are_half_open(stated: str, verdict: str) -> None:
    # 57.6 stands for [57.55, 57.65): 57.5 % stands for [57.45, 57.55) and 57.7 % for
    # [57.65, 57.75): each touches the actual's range at an end that neither holds.
    f = one(ind(unit='"亿元"', actual="57.6", target="100", stated=f'completion = "{stated}"'))
    assert f.verdict == verdict


# ── a cumulative ceiling ─────────────────────────────────────────────────────

CEILING = ind(
    id="accidents", name="安全事故起数", unit='"起"', better='"lower"', target="10", actual="{a}"
)


@pytest.mark.parametrize(
    ("actual", "status"),
    [("3", "within-line"), ("5", "within-line"), ("7", "above-line"), ("12", "exceeded")],
)
def test_a_ceiling_is_a_quota_not_a_completion(actual: str, status: str) -> None:
    row = row_of(CEILING.replace("{a}", actual))
    plan = row.annual
    assert plan is not None
    assert row.status == status == plan.status
    assert row.completion == NA("ceiling") and plan.schedule_gap_pp == NA("not-scheduled")
    assert plan.usage == Fraction(int(actual), 10) * 100
    assert plan.line == 5  # 10 × 6/12
    assert plan.remaining == max(10 - int(actual), 0)
    assert all(isinstance(x, NA) for x in (plan.per_month, plan.per_quarter, plan.per_day))
    text = "\n".join(
        cli(cmd, "-", "-f", "markdown", input=snapshot_text(CEILING.replace("{a}", actual))).stdout
        for cmd in ("summary", "gap", "briefing")
    )
    assert "超序时进度" not in text and "低于序时进度" not in text
    assert "-" + "1" not in text.replace("2022-", "")  # no negative requirement anywhere


def test_a_zero_ceiling() -> None:
    zero = ind(id="z", name="零事故", unit='"起"', better='"lower"', target="0", actual="{a}")
    assert row_of(zero.replace("{a}", "0")).status == "within-line"
    broken = row_of(zero.replace("{a}", "1"))
    assert broken.status == "exceeded"
    assert broken.annual is not None and broken.annual.usage == NA("zero-target")


# ── a gap that shows as zero ─────────────────────────────────────────────────


@pytest.mark.parametrize("actual", ["499.97", "500.03"])
def test_a_gap_that_shows_as_zero_is_on_schedule_everywhere(actual: str) -> None:
    body = ind(unit='"亿元"', actual=actual, target="1000")
    row = row_of(body)
    assert isinstance(row.schedule_gap_pp, Fraction) and row.schedule_gap_pp != 0
    assert half_up(row.schedule_gap_pp, 2) == "0.00"
    assert row.status == "on-schedule"
    brief = cli("briefing", "-", "-f", "markdown", input=snapshot_text(body)).stdout
    assert "与序时进度持平" in brief
    assert "低于序时进度" not in brief and "超序时进度" not in brief
    summary = cli("summary", "-", "-f", "markdown", input=snapshot_text(body)).stdout
    assert "| 0.00 |" in summary and "与序时进度持平" in summary


@pytest.mark.parametrize(
    ("actual", "stated", "verdict"),
    [
        ("500.03", "低于序时进度0.00个百分点", "inconsistent"),  # the gap is above zero
        ("499.97", "低于序时进度0.00个百分点", "consistent"),
        ("500.03", "超序时进度0.00个百分点", "consistent"),
        ("500.03", "0.00个百分点", "consistent"),
    ],
)
def test_a_direction_word_is_part_of_a_zero(actual: str, stated: str, verdict: str) -> None:
    body = ind(unit='"个"', actual=actual.replace(".", ""), target="100000")
    f = one(body + f'[indicator.stated]\nschedule_gap = "{stated}"\n')
    assert f.verdict == verdict


# ── ties round exactly ───────────────────────────────────────────────────────


def test_pace_at_a_tie() -> None:
    # As of 31 July t = 7/12; 56 done of 935: (935 − 56)·7 ÷ (56·5) = 21.975 exactly.
    plan = row_of(ind(unit='"亿元"', actual="56", target="935"), "2022-07-31").annual
    assert plan is not None and plan.pace_ratio == Fraction(879 * 7, 56 * 5) == frac("21.975")
    out = cli(
        "gap",
        "-",
        "-f",
        "markdown",
        input=snapshot_text(ind(unit='"亿元"', actual="56", target="935"), "2022-07-31"),
    )
    assert "21.98×" in out.stdout


def test_projected_completion_at_a_tie() -> None:
    # 301903 ÷ (7/12) ÷ 240000 = 2.15645 exactly: 215.645 % prints 215.65 %.
    plan = row_of(ind(unit='"亿元"', actual="301903", target="240000"), "2022-07-31").annual
    assert plan is not None
    assert plan.projected_completion == Fraction(301903 * 12 * 100, 7 * 240000) == frac("215.645")
    assert half_up(frac("215.645"), 2) == "215.65"
    body = snapshot_text(ind(unit='"亿元"', actual="301903", target="240000"), "2022-07-31")
    assert "215.65%" in cli("gap", "-", "-f", "markdown", input=body).stdout


def test_projection_at_a_tie_on_day_basis() -> None:
    # 6.825 ÷ (273/365) = 9.125 exactly.
    row = row_of(ind(unit='"亿元"', actual="6.825"), "2023-09-30", "day")
    assert row.projection == frac("9.125")
    body = snapshot_text(ind(unit='"亿元"', actual="6.825"), "2023-09-30", "day")
    doc = cli("summary", "-", "-f", "json", input=body).stdout
    assert '"projection": 9.13' in doc


def test_required_average_at_a_tie() -> None:
    # (88.125 − 60 × 7/12) ÷ (5/12) = 127.5 exactly: 128 at --decimals 0.
    body = ind(unit='"微克/立方米"', kind='"average"', actual="60", target="88.125")
    plan = row_of(body, "2022-07-31").annual
    assert plan is not None and plan.required_average == frac("127.5")
    out = cli(
        "gap", "-", "-f", "markdown", "--decimals", "0", input=snapshot_text(body, "2022-07-31")
    )
    assert "| 128 |" in out.stdout


def test_reached_month_on_day_basis_is_not_a_month_early() -> None:
    # 31 done by 31 January (day basis): one a day, so 60 is reached on day 60, 1 March.
    # Months of equal length would say ⌈12 × 60/365⌉ = 2, February.
    assert math.ceil(Fraction(12 * 60, 365)) == 2
    plan = row_of(ind(unit='"个"', actual="31", target="60"), "2023-01-31", "day").annual
    assert plan is not None and plan.reached_month == 3


# ── met, for every kind ──────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("fields", "surplus"),
    [
        ({"kind": '"level"', "unit": '"%"', "actual": "11", "target": "9.1"}, frac("1.9")),
        (
            {"kind": '"level"', "unit": '"%"', "better": '"lower"', "actual": "4.7", "target": "5"},
            frac("0.3"),
        ),
        (
            {"kind": '"cumulative"', "unit": '"亿元"', "actual": "400", "target": "371"},
            Fraction(29),
        ),
        ({"kind": '"average"', "unit": '"天"', "actual": "90", "target": "85"}, Fraction(5)),
        (
            {
                "kind": '"average"',
                "unit": '"微克/立方米"',
                "better": '"lower"',
                "actual": "35",
                "target": "38",
            },
            Fraction(3),
        ),
    ],
)
def test_met_asks_for_nothing_more(fields: dict[str, str], surplus: Fraction) -> None:
    body = ind(**fields)  # type: ignore[arg-type]
    row = row_of(body)
    plan = row.annual
    assert plan is not None and plan.met and plan.status == "met"
    assert plan.remaining in (Fraction(0), NA("not-cumulative"))
    assert all(isinstance(x, NA) for x in (plan.per_month, plan.per_quarter))
    assert plan.months == () and plan.quarters == ()
    assert plan.surplus == surplus
    gap = cli("gap", "-", "-f", "markdown", input=snapshot_text(body)).stdout
    # What remains reads 0 where it is shown at all; nothing negative, nothing still asked.
    assert not re.search(r"尚需(完成|降低) \| (?!0 \|)", gap)
    assert not re.search(r"\| -\d", gap)
    assert "已完成" in gap


def test_a_stated_zero_remaining_for_a_met_target_is_consistent() -> None:
    f = one(ind(unit='"亿元"', actual="400", target="371", stated='remaining = "0亿元"'))
    assert f.verdict == "consistent"


def test_a_reduction_has_no_schedule_gap_in_check_either() -> None:
    body = ind(unit='"%"', kind='"reduction"', actual="2.1", target="3")
    f = one(body + '[indicator.stated]\nschedule_gap = "1.5个百分点"\n')
    assert (f.verdict, f.reason) == ("not-checkable", "not-scheduled")


# ── counts ───────────────────────────────────────────────────────────────────


def test_counts_round_up_in_a_level_plan() -> None:
    # A level of 20 firms against 31: 11 more over six months is 1.83 a month: 2.
    plan = row_of(ind(unit='"家"', kind='"level"', actual="20", target="31")).annual
    assert plan is not None
    assert plan.per_month == 2 and plan.per_quarter == math.ceil(Fraction(11, 2)) == 6


def test_one_project_left_is_not_one_a_month() -> None:
    body = ind(unit='"个"', actual="11", target="12")
    plan = row_of(body).annual
    assert plan is not None and plan.remaining == 1
    assert plan.per_month == NA("under-one") and plan.per_quarter == NA("under-one")
    gap = cli("gap", "-", "-f", "markdown", input=snapshot_text(body)).stdout
    assert "余下时间内完成即可" in gap and "每月需完成1个" not in gap
    assert [q.amount for q in plan.quarters] == [1, 0]


# ── share_of across units ────────────────────────────────────────────────────


def test_share_of_a_whole_in_another_unit() -> None:
    body = ind("part", "部分", unit='"亿元"', actual="4.35", share_of='"all"') + ind(
        "all", "全部", unit='"万亿元"', actual="17.23"
    )
    row = report_of(body).rows[0]
    expected = frac("4.35") / (frac("17.23") * 10**4) * 100
    assert row.share == expected
    assert half_up(expected, 4) == "0.0025"
    f = one(
        body.replace('share_of = "all"', 'share_of = "all"\n[indicator.stated]\nshare = "0.0025%"')
    )
    assert f.verdict == "consistent"


# ── implied ranges ───────────────────────────────────────────────────────────


def test_implied_ranges_print_outward_with_the_input_as_typed() -> None:
    # 64.90 % of 10 stands for [6.4895, 6.4905): two digits would print 6.49 to 6.49, so
    # three: 6.489 to 6.491, outward; the actual is shown as typed, 6.50.
    body = ind(unit='"亿元"', actual="6.50", target="10", stated='completion = "64.90%"')
    out = cli("check", "-", "-f", "markdown", input=snapshot_text(body)).stdout
    assert "实际完成需在6.489亿元至6.491亿元之间（现为6.50）" in out
    assert "6.49亿元至6.49亿元" not in out
    assert "| -0.10个百分点 |" in out  # the difference of a rate is in 个百分点


def test_implied_counts_are_whole_numbers() -> None:
    # 45.2 % of 15700 stands for [7088.55, 7104.25): the whole numbers 7089 to 7104.
    body = ind(unit='"户"', target="15700", stated='completion = "45.2%"')
    out = cli("check", "-", "-f", "markdown", input=snapshot_text(body)).stdout
    assert "据此推算实际完成应在7089户至7104户之间" in out


# ── --rounding governs check ─────────────────────────────────────────────────


def test_rounding_option_decides_what_is_consistent() -> None:
    body = ind(unit='"户"', actual="1", target="8", stated='completion = "12%"')
    assert one(body).verdict == "rounding-differs"
    assert one(body, rounding="half-even").verdict == "consistent"
    default = cli("check", "-", "-f", "json", input=snapshot_text(body)).stdout
    even = cli("check", "-", "-f", "json", "--rounding", "half-even", input=snapshot_text(body))
    assert '"verdict": "rounding-differs"' in default and '"verdict": "consistent"' in even.stdout


# ── printed figures without a base ───────────────────────────────────────────


def test_a_printed_growth_rate_without_a_base_is_shown_and_implies_one() -> None:
    body = ind(unit='"亿元"', actual="312.6", stated='yoy = "增长5.4%"')
    row = row_of(body)
    assert isinstance(row.yoy, Printed) and row.yoy.value == frac("5.4")
    text = snapshot_text(body)
    assert "+5.4%\\*" in cli("summary", "-", "-f", "markdown", input=text).stdout
    assert "同比增长5.4%" in cli("briefing", "-", "-f", "markdown", input=text).stdout
    assert '"yoy_pct": 5.4' in cli("summary", "-", "-f", "json", input=text).stdout
    f = one(body)
    (implied,) = f.implied
    # last year = 312.6 ÷ (1 + g), g in [5.35 %, 5.45 %).
    assert implied.input == "last_year"
    assert implied.range.low == frac("312.6") / frac("1.0545")
    assert implied.range.high == frac("312.6") / frac("1.0535")


# ── messages ─────────────────────────────────────────────────────────────────


def test_messages_never_name_a_placeholder(tmp_path: Path) -> None:
    seed = str(Path(__file__).parent.parent / "examples" / "zhengzhou-gaoxin-2022-h1.toml")
    bad_target = cli("gap", seed, "--target", "很多")
    assert bad_target.exit_code == 2
    assert bad_target.stderr.startswith("error: --target ") and "<input>" not in bad_target.stderr
    missing = cli("summary", env={"GXREPORT_SNAPSHOT": str(tmp_path / "gone.toml")})
    assert missing.exit_code == 2
    assert "gone.toml: no such file (the name came from $GXREPORT_SNAPSHOT)" in missing.stderr
    import os

    here = os.getcwd()
    os.chdir(tmp_path)
    try:
        nothing = cli("summary", env={"GXREPORT_SNAPSHOT": ""})
    finally:
        os.chdir(here)
    assert nothing.exit_code == 2
    assert "$GXREPORT_SNAPSHOT is not set" in nothing.stderr and "./snapshot.toml" in nothing.stderr
    assert "<input>" not in nothing.stderr


# ── formats a command cannot give ────────────────────────────────────────────


@pytest.mark.parametrize("name", ["x.pdf", "out.xlsx"])
def test_an_office_name_is_refused_before_any_work(tmp_path: Path, name: str) -> None:
    out = tmp_path / name
    result = cli("briefing", str(tmp_path / "does-not-exist.toml"), "-o", str(out))
    assert result.exit_code == 2
    assert "`gxreport briefing` gives table, markdown, docx" in result.stderr
    assert "does-not-exist" not in result.stderr
    assert not out.exists()


# ── CSV ──────────────────────────────────────────────────────────────────────


def test_gap_csv_target_column_holds_the_plan_target() -> None:
    seed = str(Path(__file__).parent.parent / "examples" / "zhengzhou-gaoxin-2022-h1.toml")
    rows = cli("gap", seed, "-f", "csv").stdout.splitlines()
    assert rows[0].split(",")[4] == "目标值"
    assert [r.split(",")[4] for r in rows[1:]] == ["371", "400"]


# ── the precision the report was analysed at ─────────────────────────────────


def test_on_schedule_depends_on_the_decimals_shown() -> None:
    body = ind(unit='"亿元"', actual="499.97", target="1000")
    snap = parse(snapshot_text(body))
    from gxreport.analyze import analyze

    assert analyze(snap, precision=Precision(2)).rows[0].status == "on-schedule"
    assert analyze(snap, precision=Precision(3)).rows[0].status == "behind"
