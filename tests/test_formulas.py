"""Each formula against arithmetic written out independently, on exact fractions; and the
kinds table against what DESIGN.md §3 says each kind means.

A change to any one formula (a sign, a factor of 100, the wrong base) fails here; the round
trip in test_roundtrip.py then shows that the analysis and the audit still agree.
"""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from gxreport import formulas as fx
from gxreport.kinds import BEHAVIOURS, behaviour

positive = st.fractions(min_value=Fraction(1, 1000), max_value=Fraction(10**7))
anything = st.fractions(min_value=Fraction(-(10**7)), max_value=Fraction(10**7))
elapsed = st.fractions(min_value=Fraction(1, 366), max_value=Fraction(365, 366))


@given(anything, positive)
def test_completion(actual: Fraction, target: Fraction) -> None:
    assert fx.completion(actual, target) * target == actual * 100


@given(st.fractions(min_value=0, max_value=99), st.fractions(min_value=0, max_value=99))
def test_reduction_index(achieved: Fraction, planned: Fraction) -> None:
    # A cut of a % leaves (100 − a) of every 100; the plan left (100 − p).
    index = fx.reduction_index(achieved, planned)
    assert index * (100 - planned) == (100 - achieved) * 100
    assert (index < 100) == (achieved > planned)


@given(anything, elapsed)
def test_schedule_gap(completion: Fraction, t: Fraction) -> None:
    assert fx.schedule_gap_pp(completion, t) + 100 * t == completion


@given(anything, positive)
def test_yoy_pct(actual: Fraction, last_year: Fraction) -> None:
    assert last_year * (1 + fx.yoy_pct(actual, last_year) / 100) == actual


@given(anything, anything)
def test_yoy_pp(actual: Fraction, last_year: Fraction) -> None:
    assert last_year + fx.yoy_pp(actual, last_year) == actual


@given(anything, positive)
def test_share(part: Fraction, whole: Fraction) -> None:
    assert fx.share_pct(part, whole) / 100 * whole == part


@pytest.mark.parametrize(("kind", "better"), list(BEHAVIOURS))
@given(actual=anything, target=anything)
def test_remaining_is_never_negative_and_zero_once_met(
    kind: str, better: str, actual: Fraction, target: Fraction
) -> None:
    b = behaviour(kind, better)  # type: ignore[arg-type]
    left = fx.remaining(b, actual, target)
    assert left >= 0
    if b.met(actual, target) and not b.ceiling:
        assert left == 0
    elif b.ceiling:
        assert left == max(target - actual, 0)  # headroom under the ceiling
    elif b.lower and kind != "reduction":
        assert left == actual - target  # the cut still needed
    else:
        assert left == target - actual


@given(positive, positive, elapsed)
def test_pace_ratio(actual: Fraction, target: Fraction, t: Fraction) -> None:
    assume(target > actual)
    so_far = actual / (12 * t)  # a month so far
    needed = (target - actual) / (12 * (1 - t))  # a month from now on
    assert fx.pace_ratio(target - actual, actual, t) == needed / so_far


@given(positive, elapsed)
def test_projection(actual: Fraction, t: Fraction) -> None:
    assert fx.projection(actual, t) * t == actual


@given(positive, positive, elapsed)
def test_required_average(target: Fraction, actual: Fraction, t: Fraction) -> None:
    # The year's average is the time-weighted mean of the part gone and the part to come.
    rest = fx.required_average(target, actual, t)
    assert actual * t + rest * (1 - t) == target


@given(positive, elapsed)
def test_pro_rated_line(target: Fraction, t: Fraction) -> None:
    assert fx.pro_rated(target, t) / target == t


def test_kinds_table_says_what_design_says() -> None:
    cumulative = behaviour("cumulative", "higher")
    assert cumulative.completion and cumulative.schedule and cumulative.spreads
    ceiling = behaviour("cumulative", "lower")
    assert ceiling.ceiling and not ceiling.completion and not ceiling.schedule
    assert not ceiling.spreads  # no per-period requirement under a ceiling
    for kind in ("average", "level"):
        assert behaviour(kind, "lower").cap and not behaviour(kind, "lower").completion  # type: ignore[arg-type]
        assert not behaviour(kind, "higher").schedule  # type: ignore[arg-type]
    assert behaviour("average", "higher").required_average
    assert not behaviour("reduction", "higher").schedule
    # A bigger cut is better, whatever `better` says.
    assert behaviour("reduction", "lower").met(Fraction(4), Fraction(3))
    assert behaviour("level", "lower").met(Fraction(3), Fraction(4))
    assert not behaviour("level", "higher").met(Fraction(3), Fraction(4))


def test_last_year_from_its_printed_change() -> None:
    # 收入52310万元，增加6517万元: last year 52310 − 6517 = 45793, and 6517 ÷ 45793 = 14.23…%.
    base = fx.last_year(None, Fraction(52310), Fraction(6517))
    assert base == Fraction(45793)
    assert fx.yoy_pct(Fraction(52310), Fraction(45793)) == Fraction(6517 * 100, 45793)
    # A fall: 6210万元，减收830万元 → 7040, −830 ÷ 7040.
    assert fx.last_year(None, Fraction(6210), Fraction(-830)) == Fraction(7040)
    # Given, last year's figure is used as it is; without either input there is none.
    assert fx.last_year(Fraction(45000), Fraction(52310), Fraction(6517)) == Fraction(45000)
    assert fx.last_year(None, None, Fraction(6517)) is None
    assert fx.last_year(None, Fraction(52310), None) is None


@given(anything, anything)
def test_growth_on_the_base_a_change_implies_is_the_change_over_it(
    actual: Fraction, change: Fraction
) -> None:
    base = fx.base_from_change(actual, change)
    assume(base > 0)
    assert fx.yoy_pct(actual, base) * base == change * 100
