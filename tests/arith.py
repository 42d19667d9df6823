"""Independent arithmetic for the tests: exact fractions and a hand-written half-up."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction


def half_up(value: Fraction, decimals: int) -> str:
    """Round half away from zero (四舍五入) to ``decimals`` places, as text."""
    scaled = abs(value) * 10**decimals
    whole = math.floor(scaled + Fraction(1, 2))
    sign = "-" if value < 0 and whole != 0 else ""
    digits = str(whole).rjust(decimals + 1, "0")
    if decimals == 0:
        return sign + digits
    return f"{sign}{digits[:-decimals]}.{digits[-decimals:]}"


def frac(value: Decimal | int | str) -> Fraction:
    return Fraction(Decimal(value))
