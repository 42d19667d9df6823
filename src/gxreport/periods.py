"""序时进度 and what is left of the year, as statistics bureaus count them."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from gxreport.exact import Fraction
from gxreport.records import Basis


def days_in_year(year: int) -> int:
    return 366 if calendar.isleap(year) else 365


def days_in_month(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month: where 1-6月 or 上半年 runs to."""
    return dt.date(year, month, days_in_month(year, month))


def elapsed(as_of: dt.date, basis: Basis) -> Fraction:
    """The share of the year elapsed by the end of ``as_of``, as a fraction.

    Month basis: completed months ÷ 12, a month end counting its month whole and a mid-month
    date its elapsed days; day basis: day of the year ÷ days in the year (leap-aware).
    """
    if basis == "day":
        return Fraction(as_of.timetuple().tm_yday, days_in_year(as_of.year))
    dim = days_in_month(as_of.year, as_of.month)
    if as_of.day == dim:
        return Fraction(as_of.month, 12)
    return (as_of.month - 1 + Fraction(as_of.day, dim)) / 12


def month_of_day(year: int, day_of_year: int) -> int:
    """The month that day ``day_of_year`` (1-based) of ``year`` falls in."""
    return (dt.date(year, 1, 1) + dt.timedelta(days=max(day_of_year, 1) - 1)).month


def days_left(as_of: dt.date) -> int:
    return days_in_year(as_of.year) - as_of.timetuple().tm_yday


@dataclass(frozen=True)
class Slice:
    """A remaining month or quarter, with the share of the year still to run in it."""

    index: int  # month 1–12 or quarter 1–4
    weight: Fraction  # fraction of the whole year left inside this period, exactly
    partial: bool  # the period had started by as_of
    count: Fraction  # how much of one calendar month or quarter is left: 1 for a whole one


def remaining_months(as_of: dt.date, basis: Basis) -> list[Slice]:
    """Each month after ``as_of`` and the rest of the current one, weighted by time left."""
    slices: list[Slice] = []
    year_days = days_in_year(as_of.year)
    for month in range(as_of.month, 13):
        dim = days_in_month(as_of.year, month)
        if month == as_of.month:
            left_days = dim - as_of.day
            if left_days == 0:
                continue
        else:
            left_days = dim
        if basis == "day":
            weight = Fraction(left_days, year_days)
        else:
            weight = Fraction(left_days, dim * 12)
        slices.append(Slice(month, weight, month == as_of.month, Fraction(left_days, dim)))
    return slices


def remaining_quarters(as_of: dt.date, basis: Basis) -> list[Slice]:
    quarters: dict[int, list[Slice]] = {}
    for month in remaining_months(as_of, basis):
        quarters.setdefault((month.index - 1) // 3 + 1, []).append(month)
    # Only the quarter as_of falls in can be partly elapsed and still have time left.
    current = quarter_of(as_of)
    slices = []
    for q, ms in quarters.items():
        quarter_days = sum(days_in_month(as_of.year, m) for m in range(3 * q - 2, 3 * q + 1))
        left = sum(m.count * days_in_month(as_of.year, m.index) for m in ms)
        count = Fraction(left, quarter_days) if basis == "day" else sum(m.count for m in ms) / 3
        slices.append(
            Slice(q, sum((m.weight for m in ms), Fraction(0)), q == current, Fraction(count))
        )
    return slices


def quarter_of(as_of: dt.date) -> int:
    return (as_of.month - 1) // 3 + 1
