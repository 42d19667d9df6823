"""Derived figures against published rates and independent (Fraction) arithmetic."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from arith import frac, half_up
from conftest import report_of
from gxreport.report import NA, Printed, Report
from gxreport.rounding import round_exact

# Every rate the seed article prints next to the raw figures it comes from:
# (indicator id, actual, target, the rate as printed).
SEED_RATES = [
    ("signed-amount", "213.9", "371", "57.65"),  # 年度目标完成率为57.65%
    ("manufacturing-projects", "11", "12", "92"),  # 年度目标完成率为92%
    ("manufacturing-amount", "96.7", "160", "60.4"),  # 完成率为60.4%
]


@pytest.mark.parametrize(("ind_id", "actual", "target", "printed"), SEED_RATES)
def test_seed_rates_reproduced(
    seed_report: Report, ind_id: str, actual: str, target: str, printed: str
) -> None:
    decimals = len(printed.split(".")[1]) if "." in printed else 0
    # The article's own figures give its printed rate …
    assert half_up(frac(actual) / frac(target) * 100, decimals) == printed
    # … and so does the tool, from the example snapshot.
    row = seed_report.row(ind_id)
    assert row is not None and row.indicator.actual == Decimal(actual)
    assert isinstance(row.completion, Fraction)
    assert str(round_exact(row.completion, decimals)) == printed


def test_seed_manufacturing_share(seed_report: Report) -> None:
    # 制造业招商占比45.2%: 96.7亿 of the 213.9亿 signed in all.
    row = seed_report.row("manufacturing-amount")
    assert row is not None and isinstance(row.share, Fraction)
    assert half_up(frac("96.7") / frac("213.9") * 100, 1) == "45.2"
    assert str(round_exact(row.share, 1)) == "45.2"


def test_design_worked_example_signed_amount(seed_report: Report) -> None:
    row = seed_report.row("signed-amount")
    assert row is not None and row.annual and row.stretch
    assert str(round_exact(row.annual.completion, 2)) == "57.65"  # type: ignore[arg-type]
    assert str(round_exact(row.annual.schedule_gap_pp, 2)) == "7.65"  # type: ignore[arg-type]
    assert row.status == "ahead"
    stretch = row.stretch
    assert str(round_exact(stretch.completion, 2)) == "53.48"  # type: ignore[arg-type]
    assert stretch.remaining == Decimal("186.1")
    assert stretch.per_quarter == Decimal("93.05")
    assert str(round_exact(stretch.per_month, 2)) == "31.02"  # type: ignore[arg-type]
    assert str(round_exact(stretch.pace_ratio, 2)) == "0.87"  # type: ignore[arg-type]
    assert [q.amount for q in stretch.quarters] == [Decimal("93.05"), Decimal("93.05")]
    assert row.annual.remaining == Decimal("157.1")
    assert row.annual.per_quarter == Decimal("78.55")


def test_design_worked_example_market_entities(seed_report: Report) -> None:
    row = seed_report.row("new-market-entities")
    assert row is not None and row.annual
    plan = row.annual
    assert str(round_exact(plan.completion, 2)) == "45.48"  # type: ignore[arg-type]
    assert str(round_exact(plan.schedule_gap_pp, 2)) == "-4.52"  # type: ignore[arg-type]
    assert row.status == "behind"
    assert plan.remaining == 15700 - 7141 == 8559
    # 8559 ÷ 2 = 4279.5: counts round up, so the plan still covers what remains; quarter by
    # quarter the cumulative plan rounds up, whole numbers that add up to 8559.
    assert plan.per_quarter == 4280
    assert [q.amount for q in plan.quarters] == [4280, 4279]
    assert plan.per_month == math.ceil(Fraction(8559, 6)) == 1427


def test_missing_figures_are_reasons_not_zero(seed_report: Report) -> None:
    row = seed_report.row("new-start-investment")  # 83%: the article gives no amount
    assert row is not None
    # The derived figure cannot be had; the summary shows the article's own 83 %, marked.
    assert row.annual is not None and row.annual.completion == NA("no-actual")
    assert isinstance(row.completion, Printed) and row.completion.text == "83%"
    no_target = seed_report.row("signed-projects")
    assert no_target is not None and no_target.completion == NA("no-target")
    assert no_target.yoy == NA("no-last-year")


def test_air_quality_uses_its_own_as_of(seed_report: Report) -> None:
    row = seed_report.row("good-air-days")
    assert row is not None
    assert row.as_of.isoformat() == "2022-07-31"
    assert row.elapsed == Fraction(7, 12)


@pytest.mark.parametrize(
    ("unit", "actual", "last_year", "expected", "is_pp"),
    [
        ("亿元", "312.6", "298.4", frac("312.6") / frac("298.4") * 100 - 100, False),
        ("亿元", "18.75", "19.32", frac("18.75") / frac("19.32") * 100 - 100, False),
        ("%", "58.3", "57.6", frac("0.7"), True),  # a rate's change is in 个百分点
    ],
)
def test_yoy(unit: str, actual: str, last_year: str, expected: Fraction, is_pp: bool) -> None:
    report = report_of(
        f"""
        [[indicator]]
        id = "x"
        name = "x"
        unit = "{unit}"
        kind = "level"
        actual = {actual}
        last_year = {last_year}
        """
    )
    row = report.rows[0]
    assert isinstance(row.yoy, Fraction)
    assert row.yoy_is_pp is is_pp
    assert abs(Fraction(row.yoy) - expected) < Fraction(1, 10**20)


@pytest.mark.parametrize(
    ("actual", "last_year", "words", "improved"),
    [
        ("5", "0", "new", True),
        ("2.4", "-0.8", "turnaround", True),
        ("-0.3", "-0.8", "loss-narrowed", True),
        ("-1.2", "-0.8", "loss-widened", False),
    ],
)
def test_yoy_on_zero_or_negative_base_is_words(
    actual: str, last_year: str, words: str, improved: bool
) -> None:
    report = report_of(
        f"""
        [[indicator]]
        id = "profit"
        name = "利润"
        unit = "亿元"
        actual = {actual}
        last_year = {last_year}
        """
    )
    row = report.rows[0]
    assert row.yoy == NA("base-not-positive")
    assert row.yoy_words == words
    assert row.yoy_improved is improved


def test_lower_is_better_fall_is_improvement() -> None:
    report = report_of(
        """
        [[indicator]]
        id = "pm25"
        name = "PM2.5"
        unit = "微克/立方米"
        kind = "average"
        better = "lower"
        actual = 41
        target = 38
        last_year = 44
        """,
        as_of="2023-09-30",
        basis="day",
    ).rows[0]
    assert report.yoy_improved is True
    plan = report.annual
    assert plan is not None
    assert plan.completion == NA("cap-target")
    assert plan.margin == -3
    assert plan.met is False
    # (target × T − actual × t) ÷ (T − t), T = 1, t = 273/365
    t = Fraction(273, 365)
    expected = (38 - 41 * t) / (1 - t)
    assert isinstance(plan.required_average, Fraction)
    assert abs(Fraction(plan.required_average) - expected) < Fraction(1, 10**20)
    assert plan.infeasible is None


def test_average_that_would_need_to_go_below_zero_is_infeasible() -> None:
    row = report_of(
        """
        [[indicator]]
        id = "pm25"
        name = "PM2.5"
        kind = "average"
        better = "lower"
        actual = 80
        target = 30
        """,
        as_of="2022-09-30",
    ).rows[0]
    assert row.annual is not None
    assert row.annual.infeasible == "average-below-zero"
    assert row.status == "infeasible"


def test_more_good_days_than_days_left_is_infeasible() -> None:
    row = report_of(
        """
        [[indicator]]
        id = "days"
        name = "优良天数"
        unit = "天"
        actual = 150
        target = 300
        """,
        as_of="2022-09-30",
        basis="day",
    ).rows[0]
    assert row.annual is not None and row.days_left == 92
    assert row.annual.remaining == 150
    assert row.annual.infeasible == "more-days-than-left"


def test_reduction_completion_index() -> None:
    # A plan to cut by 3 %, achieved 2.1 %: (1 − 0.021) ÷ (1 − 0.03) = 100.93 %, not beaten.
    row = report_of(
        """
        [[indicator]]
        id = "energy"
        name = "能耗降低率"
        unit = "%"
        kind = "reduction"
        actual = 2.1
        target = 3
        """
    ).rows[0]
    plan = row.annual
    assert plan is not None and isinstance(plan.completion, Fraction)
    assert half_up(Fraction(979, 970) * 100, 2) == str(round_exact(plan.completion, 2)) == "100.93"
    assert plan.met is False


def test_year_end_divides_by_nothing() -> None:
    row = report_of(
        """
        [[indicator]]
        id = "x"
        name = "x"
        unit = "亿元"
        actual = 300
        target = 400
        """,
        as_of="2022-12-31",
    ).rows[0]
    plan = row.annual
    assert plan is not None
    assert plan.remaining == 100
    assert plan.per_month == NA("year-over")
    assert plan.pace_ratio == NA("year-over")
    assert plan.quarters == ()
    assert plan.schedule_gap_pp == Decimal(-25)


def test_met_target_asks_for_nothing_and_reports_the_surplus() -> None:
    row = report_of(
        """
        [[indicator]]
        id = "x"
        name = "x"
        unit = "亿元"
        actual = 420
        target = 400
        stretch = 450
        """
    ).rows[0]
    assert row.status == "met"
    assert row.annual is not None and row.stretch is not None
    assert row.annual.remaining == 0 and row.annual.surplus == 20
    assert all(q.amount == 0 for q in row.annual.quarters)
    assert row.stretch.remaining == 30


def test_share_of_another_indicator() -> None:
    row = report_of(
        """
        [[indicator]]
        id = "all"
        name = "全部"
        unit = "亿元"
        actual = 213.9

        [[indicator]]
        id = "part"
        name = "部分"
        unit = "亿元"
        actual = 96.7
        share_of = "all"
        """
    ).rows[1]
    assert isinstance(row.share, Fraction)
    assert abs(Fraction(row.share) - frac("96.7") / frac("213.9") * 100) < Fraction(1, 10**20)


# ── properties ───────────────────────────────────────────────────────────────

amounts = st.decimals(min_value="0.1", max_value="99999", places=2, allow_nan=False)
counts = st.integers(min_value=0, max_value=10**6)
as_of_dates = st.dates(
    min_value=__import__("datetime").date(2022, 1, 1),
    max_value=__import__("datetime").date(2022, 12, 30),
)


def _cumulative(actual: object, target: object, unit: str, as_of: object, basis: str) -> Report:
    return report_of(
        f"""
        [[indicator]]
        id = "x"
        name = "x"
        unit = "{unit}"
        actual = {actual}
        target = {target}
        """,
        as_of=str(as_of),
        basis=basis,
    )


@settings(max_examples=150, deadline=None)
@given(amounts, amounts, as_of_dates, st.sampled_from(["month", "day"]))
def test_completion_times_target_is_actual(
    actual: Decimal, target: Decimal, as_of: object, basis: str
) -> None:
    plan = _cumulative(actual, target, "亿元", as_of, basis).rows[0].annual
    assert plan is not None and isinstance(plan.completion, Fraction)
    assert plan.completion * frac(target) / 100 == frac(actual)


@settings(max_examples=150, deadline=None)
@given(amounts, amounts, as_of_dates, st.sampled_from(["month", "day"]))
def test_amount_plans_add_up_to_what_remains(
    actual: Decimal, target: Decimal, as_of: object, basis: str
) -> None:
    plan = _cumulative(actual, target, "亿元", as_of, basis).rows[0].annual
    assert plan is not None and isinstance(plan.remaining, Fraction)
    expected = max(frac(target) - frac(actual), Fraction(0))
    assert plan.remaining == expected
    for periods in (plan.quarters, plan.months):
        if expected and periods:
            assert sum((p.amount for p in periods), Fraction(0)) == expected


@settings(max_examples=150, deadline=None)
@given(counts, st.integers(min_value=1, max_value=10**6), as_of_dates)
def test_count_plans_are_whole_numbers_that_add_up_to_what_remains(
    actual: int, target: int, as_of: object
) -> None:
    plan = _cumulative(actual, target, "户", as_of, "month").rows[0].annual
    assert plan is not None and isinstance(plan.remaining, Fraction)
    remaining = max(target - actual, 0)
    for periods in (plan.quarters, plan.months):
        assert all(p.amount.denominator == 1 and p.amount >= 0 for p in periods)
        if remaining and periods:
            assert sum(p.amount for p in periods) == remaining


@settings(max_examples=100, deadline=None)
@given(amounts, amounts, as_of_dates)
def test_checkpoints_are_monotone_and_met_targets_ask_nothing(
    actual: Decimal, target: Decimal, as_of: object
) -> None:
    plan = _cumulative(actual, target, "亿元", as_of, "month").rows[0].annual
    assert plan is not None
    cumulative = [c.cumulative for c in plan.checkpoints]
    assert cumulative == sorted(cumulative)
    assert all(c.in_quarter >= 0 for c in plan.checkpoints)
    if actual >= target:
        assert plan.met and plan.remaining == 0
        assert all(p.amount == 0 for p in plan.quarters + plan.months)
        assume(True)


@given(st.integers(min_value=-(10**9), max_value=10**9), st.integers(min_value=0, max_value=4))
def test_display_rounding_is_half_up(units: int, decimals: int) -> None:
    value = Decimal(units).scaleb(-decimals - 1)  # one digit more than shown: ties happen
    assert str(round_exact(value, decimals)) == half_up(Fraction(value), decimals)


@pytest.mark.parametrize(
    ("value", "decimals", "up", "even"),
    [
        ("56.75", 1, "56.8", "56.8"),
        ("56.65", 1, "56.7", "56.6"),
        ("-4.515", 2, "-4.52", "-4.52"),
        ("0.125", 2, "0.13", "0.12"),
        ("-0.004", 2, "0.00", "0.00"),
    ],
)
def test_rounding_rules_at_ties(value: str, decimals: int, up: str, even: str) -> None:
    assert str(round_exact(Decimal(value), decimals, "half-up")) == up
    assert str(round_exact(Decimal(value), decimals, "half-even")) == even


@settings(max_examples=100, deadline=None)
@given(amounts, amounts, as_of_dates, st.sampled_from(["month", "day"]))
def test_per_period_rates_times_periods_left_give_what_remains(
    actual: Decimal, target: Decimal, as_of: object, basis: str
) -> None:
    import datetime as dt

    from gxreport.periods import elapsed, remaining_months, remaining_quarters

    assume(actual < target)
    day = dt.date.fromisoformat(str(as_of))
    plan = _cumulative(actual, target, "亿元", as_of, basis).rows[0].annual
    assert plan is not None
    assert isinstance(plan.per_month, Fraction)
    left = frac(target) - frac(actual)
    months = sum(m.count for m in remaining_months(day, basis))  # type: ignore[arg-type]
    quarters = sum(q.count for q in remaining_quarters(day, basis))  # type: ignore[arg-type]
    assert plan.per_month * months == left
    if quarters < 1:  # less than a quarter left: a quarter's rate would exceed what remains
        assert plan.per_quarter == NA("under-a-quarter")
    else:
        assert isinstance(plan.per_quarter, Fraction)
        assert plan.per_quarter * quarters == left
    if basis == "month":  # remaining ÷ (12 × (1 − t)), as DESIGN.md §3 states it
        t = elapsed(day, "month")
        assert plan.per_month == left / (12 * (1 - t))
