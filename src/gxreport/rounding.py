"""The one rounding rule set, over exact values: what a figure shows at ``decimals`` places.

Display (``render/_fmt``), the judgments that depend on what is shown (a gap that shows as 0
is 持平) and the audit's verdicts all round here, so they cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from gxreport.exact import Fraction, exact

Rounding = Literal["half-up", "half-even", "truncation"]
Exact = Fraction | Decimal | int


@dataclass(frozen=True)
class Precision:
    """How rates and 个百分点 are shown: decimals and the rounding rule (四舍五入 by default)."""

    decimals: int = 2
    rounding: Rounding = "half-up"


def to_fraction(value: Exact) -> Fraction:
    return value if isinstance(value, Fraction) else exact(value)


def round_exact(value: Exact, decimals: int, rule: Rounding = "half-up") -> Decimal:
    """``value`` rounded to ``decimals`` places by ``rule``, exactly (integer arithmetic, so
    a tie such as 21.975 is a tie); never a negative zero. Half-up is away from zero, as
    四舍五入 is."""
    frac = to_fraction(value)
    num, den = frac.numerator, frac.denominator
    negative = num < 0  # on the integers: a Fraction comparison costs ten times more
    if negative:
        num = -num
    if decimals >= 0:
        num *= 10**decimals
    else:  # to tens, hundreds …: a figure printed as "1.57万" in 户 is rounded to hundreds
        den *= 10**-decimals
    whole, rest = divmod(num, den)
    twice = 2 * rest
    if rule == "half-up":
        whole += twice >= den
    elif rule == "half-even":
        whole += twice > den or (twice == den and whole % 2 == 1)
    if negative and whole:
        whole = -whole
    return Decimal(whole).scaleb(-decimals)


def shows_zero(value: Exact, precision: Precision) -> bool:
    """Whether ``value`` is printed as 0 (0.00) at this precision."""
    return round_exact(value, precision.decimals, precision.rounding).is_zero()


def to_decimal(value: Fraction) -> Decimal:
    """An exact fraction as a Decimal to the context's 28 significant digits (for JSON and
    the audit's recomputed value; never for a judgment)."""
    return Decimal(value.numerator) / Decimal(value.denominator)


def floor_to(value: Fraction, decimals: int) -> Decimal:
    """The largest figure at ``decimals`` places not above ``value`` (a range's low end,
    printed outward)."""
    scale = Fraction(10) ** decimals
    return Decimal((value * scale).__floor__()).scaleb(-decimals)


def ceil_to(value: Fraction, decimals: int) -> Decimal:
    """The smallest figure at ``decimals`` places not below ``value``."""
    scale = Fraction(10) ** decimals
    return Decimal((value * scale).__ceil__()).scaleb(-decimals)
