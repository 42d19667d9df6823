"""序时进度 and the remaining months and quarters, against hand-counted calendars."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gxreport.periods import days_left, elapsed, remaining_months, remaining_quarters


@pytest.mark.parametrize(
    ("as_of", "basis", "expected"),
    [
        ("2022-06-30", "month", Fraction(6, 12)),  # H1 at a month end: 6 ÷ 12
        ("2022-03-31", "month", Fraction(3, 12)),
        ("2022-12-31", "month", Fraction(1)),
        ("2022-07-31", "month", Fraction(7, 12)),  # 截至7月31日
        ("2022-07-15", "month", (6 + Fraction(15, 31)) / 12),  # mid-month: elapsed days
        ("2022-02-14", "month", (1 + Fraction(14, 28)) / 12),
        ("2024-02-14", "month", (1 + Fraction(14, 29)) / 12),  # leap February
        ("2022-06-30", "day", Fraction(181, 365)),
        ("2024-06-30", "day", Fraction(182, 366)),  # leap year
        ("2023-09-30", "day", Fraction(273, 365)),
        ("2022-01-01", "day", Fraction(1, 365)),
    ],
)
def test_time_progress(as_of: str, basis: str, expected: Fraction) -> None:
    assert elapsed(dt.date.fromisoformat(as_of), basis) == expected  # type: ignore[arg-type]


def test_remaining_quarters_after_h1() -> None:
    quarters = remaining_quarters(dt.date(2022, 6, 30), "month")
    assert [(q.index, q.partial) for q in quarters] == [(3, False), (4, False)]
    assert [q.weight for q in quarters] == [Fraction(3, 12), Fraction(3, 12)]


def test_partly_elapsed_quarter_gets_its_share() -> None:
    # 截至7月31日: two of Q3's months are left, and all of Q4.
    quarters = remaining_quarters(dt.date(2022, 7, 31), "month")
    assert [q.index for q in quarters] == [3, 4]
    assert quarters[0].partial
    assert quarters[0].weight == Fraction(2, 12)


def test_year_end_has_nothing_left() -> None:
    assert remaining_months(dt.date(2022, 12, 31), "month") == []
    assert remaining_quarters(dt.date(2022, 12, 31), "day") == []
    assert days_left(dt.date(2022, 12, 31)) == 0


dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


@given(dates, st.sampled_from(["month", "day"]))
def test_elapsed_and_remaining_make_a_year(day: dt.date, basis: str) -> None:
    t = elapsed(day, basis)  # type: ignore[arg-type]
    months = remaining_months(day, basis)  # type: ignore[arg-type]
    quarters = remaining_quarters(day, basis)  # type: ignore[arg-type]
    assert 0 < t <= 1
    assert t + sum(m.weight for m in months) == 1
    assert sum(q.weight for q in quarters) == 1 - t


@given(dates)
def test_day_basis_is_day_of_year(day: dt.date) -> None:
    year_days = 366 if (day.year % 4 == 0 and day.year % 100 != 0) or day.year % 400 == 0 else 365
    day_of_year = (day - dt.date(day.year, 1, 1)).days + 1
    assert elapsed(day, "day") == Fraction(day_of_year, year_days)
    assert days_left(day) == year_days - day_of_year
