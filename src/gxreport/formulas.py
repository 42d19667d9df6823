"""Every derived figure, defined once, over exact fractions (DESIGN.md §3).

The analysis calls these with the snapshot's values; the audit calls the same functions at
the ends of the ranges printed inputs stand for. Rates are in %, gaps in 个百分点.
"""

from __future__ import annotations

from decimal import Decimal

from gxreport.exact import Fraction
from gxreport.kinds import Behaviour

HUNDRED = Fraction(100)
ZERO = Fraction(0)


def completion(actual: Fraction, target: Fraction) -> Fraction:
    """完成率: actual ÷ target, in % (for a ceiling the same ratio is 已用额度)."""
    return actual / target * HUNDRED


def reduction_index(actual: Fraction, planned: Fraction) -> Fraction:
    """降低率 completion index: cut planned p %, achieved a %: (1 − a) ÷ (1 − p), in %;
    below 100 % means the plan is beaten."""
    return (HUNDRED - actual) / (HUNDRED - planned) * HUNDRED


def schedule_elapsed(stated_pct: Decimal | None, elapsed: Fraction) -> Fraction:
    """The 序时进度 gaps are measured against: the one the report states it used
    (time_progress = "58.3%", its office counting another way), else the calendar's."""
    return Fraction(stated_pct) / HUNDRED if stated_pct is not None else elapsed


def time_progress_pct(elapsed: Fraction) -> Fraction:
    """序时进度: the share of the year elapsed, in %."""
    return elapsed * HUNDRED


def schedule_gap_pp(completion_pct: Fraction, elapsed: Fraction) -> Fraction:
    """序时进度差: completion − time elapsed, in 个百分点."""
    return completion_pct - time_progress_pct(elapsed)


def base_from_change(actual: Fraction, change: Fraction) -> Fraction:
    """上年同期 from the figure and its printed change over last year (增加4120万元)."""
    return actual - change


def last_year(
    given: Fraction | None, actual: Fraction | None, change: Fraction | None
) -> Fraction | None:
    """上年同期: as given, else the figure less its change over last year; None without both."""
    if given is not None:
        return given
    if actual is None or change is None:
        return None
    return base_from_change(actual, change)


def yoy_pct(actual: Fraction, last_year: Fraction) -> Fraction:
    """同比 on a positive base, in %."""
    return (actual - last_year) / last_year * HUNDRED


def yoy_pp(actual: Fraction, last_year: Fraction) -> Fraction:
    """同比 of a rate: the change in 个百分点."""
    return actual - last_year


def share_pct(actual: Fraction, whole: Fraction) -> Fraction:
    """占比: part ÷ whole, in %."""
    return actual / whole * HUNDRED


def remaining(b: Behaviour, actual: Fraction, target: Fraction) -> Fraction:
    """What is still needed to reach the target; 0 once it is met (never negative). For a
    ceiling: the headroom left (尚余额度), 0 once broken; for a cap: the cut still needed."""
    if b.lower and b.kind != "reduction":
        need = target - actual if b.ceiling else actual - target
    else:
        need = target - actual
    return max(need, ZERO)


def surplus(b: Behaviour, actual: Fraction, target: Fraction) -> Fraction:
    """How far beyond the target in the better direction (≥ 0 when met, < 0 when short)."""
    return target - actual if b.lower and b.kind != "reduction" else actual - target


def pro_rated(target: Fraction, elapsed: Fraction) -> Fraction:
    """A ceiling's line on 序时进度: the share of the year's quota that time has used."""
    return target * elapsed


def spread(amount: Fraction, share: Fraction) -> Fraction:
    """One period's part of what remains, exactly."""
    return amount * share


def pace_ratio(remaining_amount: Fraction, actual: Fraction, elapsed: Fraction) -> Fraction:
    """Required monthly rate for the rest ÷ monthly rate so far (the 12s cancel)."""
    return remaining_amount * elapsed / (actual * (1 - elapsed))


def projection(actual: Fraction, elapsed: Fraction) -> Fraction:
    """The year-end figure at the current pace."""
    return actual / elapsed


def required_average(target: Fraction, actual: Fraction, elapsed: Fraction) -> Fraction:
    """What the rest of the year must average for the year to average the target."""
    return (target - actual * elapsed) / (1 - elapsed)


# ── across periods (DESIGN.md §7) ───────────────────────────────────────────


def period_alone(now: Fraction, before: Fraction) -> Fraction:
    """单季/单月: a cumulative figure less the earlier one (Q2 = H1 − Q1)."""
    return now - before


def qoq_pct(alone: Fraction, alone_before: Fraction) -> Fraction:
    """环比 of period-alone figures, in %."""
    return (alone / alone_before - 1) * HUNDRED


def per_month(alone: Fraction, months: Fraction) -> Fraction:
    """A period-alone figure per month, to compare periods of different lengths."""
    return alone / months


def change(now: Fraction, before: Fraction) -> Fraction:
    """A figure now less the figure then: 个百分点 for rates, the unit for levels."""
    return now - before
