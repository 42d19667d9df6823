"""Ranges of exact values with open or closed ends: what a printed figure stands for, and
what a formula reaches when its inputs range over theirs (DESIGN.md §4).

A figure printed 213.9 under 四舍五入 stands for [213.85, 213.95): half-open, so a value
exactly on an end belongs to one printed figure only.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from gxreport.exact import Fraction
from gxreport.rounding import Rounding


@dataclass(frozen=True)
class Interval:
    low: Fraction
    high: Fraction
    low_closed: bool = True
    high_closed: bool = True

    @classmethod
    def point(cls, value: Fraction) -> Interval:
        return cls(value, value)

    @property
    def is_point(self) -> bool:
        return self.low == self.high

    def overlaps(self, other: Interval) -> bool:
        below = self.low < other.high or (
            self.low == other.high and self.low_closed and other.high_closed
        )
        above = other.low < self.high or (
            other.low == self.high and other.low_closed and self.high_closed
        )
        return below and above

    def contains(self, value: Fraction) -> bool:
        return self.overlaps(Interval.point(value))


def stands_for(value: Decimal, exponent: int, rule: Rounding = "half-up") -> Interval:
    """The exact values that print as ``value`` when rounded to 10^exponent by ``rule``."""
    v = Fraction(value)
    step = Fraction(10) ** exponent
    if rule == "truncation":  # toward zero
        if v > 0:
            return Interval(v, v + step, True, False)
        if v < 0:
            return Interval(v - step, v, False, True)
        return Interval(-step, step, False, False)
    half = step / 2
    if rule == "half-even":
        digit = int(abs(v) / step) % 2
        closed = digit == 0
        return Interval(v - half, v + half, closed, closed)
    # half-up: halves go away from zero
    if v > 0:
        return Interval(v - half, v + half, True, False)
    if v < 0:
        return Interval(v - half, v + half, False, True)
    return Interval(-half, half, False, False)


def image(formula: Callable[..., Fraction], inputs: Sequence[Interval]) -> Interval | None:
    """The range ``formula`` reaches over ``inputs`` — every formula here is monotone in each
    input, so its ends are at the corners; an end is reached only from a corner of closed
    ends. None where the formula is undefined at a corner (a range that reaches zero)."""
    best_low: tuple[Fraction, bool] | None = None
    best_high: tuple[Fraction, bool] | None = None
    ends = [((i.low, i.low_closed), (i.high, i.high_closed)) for i in inputs]
    for corner in itertools.product(*ends):
        try:
            value = formula(*(x for x, _ in corner))
        except ZeroDivisionError:
            return None
        closed = all(c for _, c in corner)
        if best_low is None or value < best_low[0] or (value == best_low[0] and closed):
            best_low = (value, closed)
        if best_high is None or value > best_high[0] or (value == best_high[0] and closed):
            best_high = (value, closed)
    assert best_low is not None and best_high is not None
    return Interval(best_low[0], best_high[0], best_low[1], best_high[1])
