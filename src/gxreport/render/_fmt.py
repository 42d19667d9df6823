"""The one place that rounds for display (half-up unless asked otherwise) and writes numbers."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from typing import Literal

from gxreport.i18n import Lang, reason
from gxreport.report import NA, Maybe

Rounding = Literal["half-up", "half-even"]
DASH = "—"
_MODES = {"half-up": ROUND_HALF_UP, "half-even": ROUND_HALF_EVEN}


@dataclass(frozen=True)
class Style:
    """How figures are shown: language, decimals for rates and 个百分点, rounding rule."""

    lang: Lang = "zh"
    decimals: int = 2
    rounding: Rounding = "half-up"


def rounded(value: Decimal, decimals: int, rounding: Rounding = "half-up") -> Decimal:
    """``value`` to ``decimals`` places by the named rule; never a negative zero."""
    result = value.quantize(Decimal(1).scaleb(-decimals), rounding=_MODES[rounding])
    return result.copy_abs() if result.is_zero() else result


def plain(value: Decimal) -> str:
    """A Decimal in positional notation, as typed (``1.57E+4`` → ``15700``)."""
    text = format(value, "f")
    return "0" if text in ("-0", "0E0") else text


def given(value: Decimal | None) -> str:
    """An input figure, exactly as precise as it was typed."""
    return DASH if value is None else plain(value)


def rate(value: Maybe, style: Style) -> str:
    """A percentage: ``57.65%``."""
    if isinstance(value, NA):
        return DASH
    return plain(rounded(value, style.decimals, style.rounding)) + "%"


def number(value: Maybe, style: Style, signed: bool = False) -> str:
    """A rate-like number at the chosen decimals (个百分点, %), without its sign of unit."""
    if isinstance(value, NA):
        return DASH
    text = plain(rounded(value, style.decimals, style.rounding))
    if signed and _nonzero(text) and not text.startswith("-"):
        return "+" + text
    return text


def _nonzero(text: str) -> bool:
    return any(ch not in "0.-" for ch in text)


def shown_amount(value: Decimal, style: Style) -> Decimal:
    """A derived amount as shown: to the chosen decimals, trailing zeros dropped."""
    result = rounded(value, style.decimals, style.rounding)
    if result == result.to_integral_value():
        return result.quantize(Decimal(1))
    return result.normalize()


def amount(value: Maybe, style: Style) -> str:
    """A derived amount: ``186.1``, ``93.05``, ``4280``."""
    if isinstance(value, NA):
        return DASH
    return plain(shown_amount(value, style))


def ratio(value: Maybe, style: Style) -> str:
    """A pace ratio: ``0.87×``."""
    if isinstance(value, NA):
        return DASH
    return plain(rounded(value, style.decimals, style.rounding)) + "×"


def why(value: Maybe, style: Style) -> str | None:
    """The reason a figure is "—", in the chosen language; None when it has a value."""
    return reason(value.reason, style.lang) if isinstance(value, NA) else None
