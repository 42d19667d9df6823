"""Figures as text: the one place that turns an exact value into printed digits (rounding
itself is ``gxreport.rounding``)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from gxreport.exact import Fraction
from gxreport.i18n import Lang, reason
from gxreport.intervals import Interval
from gxreport.render.document import Figure, Tone
from gxreport.report import NA, Printed, Shown
from gxreport.rounding import Exact, Precision, Rounding, ceil_to, floor_to, round_exact
from gxreport.units import places

DASH = "—"
# Marks a figure shown as the source printed it, where its inputs are not given.
PRINTED_MARK = "*"


@dataclass(frozen=True)
class Style:
    """How figures are shown: language, decimals for rates and 个百分点, rounding rule."""

    lang: Lang = "zh"
    decimals: int = 2
    rounding: Rounding = "half-up"
    thousands: bool = False  # amounts with thousands separators (6,917,678万元)

    @property
    def precision(self) -> Precision:
        return Precision(self.decimals, self.rounding)


def rounded(value: Exact, style: Style) -> Decimal:
    """A derived rate, 个百分点 or ratio as shown: at the style's decimals, by its rule."""
    return round_exact(value, style.decimals, style.rounding)


def outward(
    iv: Interval, decimals: int, outside: Fraction | None = None
) -> tuple[Decimal, Decimal, bool]:
    """A range's ends printed outward (low end down, high end up) with at least ``decimals``
    digits and as many more as it takes to show two different ends, and to show ``outside``
    (a value that does not hold) outside them; and whether ``outside`` sits on an open end,
    where no number of digits can show it outside."""
    on_open_end = outside is not None and (
        (outside == iv.low and not iv.low_closed) or (outside == iv.high and not iv.high_closed)
    )
    while decimals < 12:
        lo, hi = floor_to(iv.low, decimals), ceil_to(iv.high, decimals)
        distinct = round_exact(iv.low, decimals) != round_exact(iv.high, decimals)
        shown_out = outside is None or on_open_end or not Fraction(lo) <= outside <= Fraction(hi)
        if distinct and shown_out:
            break
        decimals += 1
    return floor_to(iv.low, decimals), ceil_to(iv.high, decimals), on_open_end


def plain(value: Decimal) -> str:
    """A Decimal in positional notation, as typed (``1.57E+4`` → ``15700``)."""
    text = format(value, "f")
    return "0" if text in ("-0", "0E0") else text


def grouped(text: str) -> str:
    """Thousands separators in a number's whole part: 6917678.5 → 6,917,678.5."""
    sign = "-" if text.startswith("-") else ""
    whole, dot, fraction = text.lstrip("-").partition(".")
    if len(whole) <= 3 or not whole.isdigit():
        return text
    head = len(whole) % 3 or 3
    parts = [whole[:head]] + [whole[i : i + 3] for i in range(head, len(whole), 3)]
    return sign + ",".join(parts) + dot + fraction


def given(value: Decimal | None, style: Style | None = None) -> str:
    """An input figure, exactly as precise as it was typed (grouped when the style says)."""
    if value is None:
        return DASH
    text = plain(value)
    return grouped(text) if style is not None and style.thousands else text


def _signed(text: str) -> str:
    return "+" + text if _nonzero(text) and not text.startswith("-") else text


def _nonzero(text: str) -> bool:
    return any(ch not in "0.-" for ch in text)


def rate(value: Shown, style: Style) -> str:
    """A percentage: ``57.65%``; as printed: ``83%*``."""
    if isinstance(value, NA):
        return DASH
    if isinstance(value, Printed):
        return plain(value.value) + "%" + PRINTED_MARK
    return plain(rounded(value, style)) + "%"


def number(value: Shown, style: Style, signed: bool = False) -> str:
    """A rate-like number at the chosen decimals (个百分点, %), without its sign of unit."""
    if isinstance(value, NA):
        return DASH
    if isinstance(value, Printed):
        text = plain(value.value)
        return (_signed(text) if signed else text) + PRINTED_MARK
    text = plain(rounded(value, style))
    return _signed(text) if signed else text


def shown_amount(value: Exact, style: Style) -> Decimal:
    """A derived amount as shown: to the chosen decimals, trailing zeros dropped."""
    result = rounded(value, style)
    if result == result.to_integral_value():
        return result.quantize(Decimal(1))
    return result.normalize()


def amount(value: Fraction | Decimal | NA | None, style: Style) -> str:
    """A derived amount: ``186.1``, ``93.05``, ``4280``."""
    if value is None or isinstance(value, NA):
        return DASH
    text = plain(shown_amount(value, style))
    return grouped(text) if style.thousands else text


def ratio(value: Shown, style: Style) -> str:
    """A pace ratio: ``0.87×``."""
    if isinstance(value, (NA, Printed)):
        return DASH
    return plain(rounded(value, style)) + "×"


def pp_unit(lang: Lang, prose: bool = False) -> str:
    """个百分点 after a number; in English "pp" in a table, the words in a sentence."""
    if lang == "zh":
        return "个百分点"
    return " percentage points" if prose else " pp"


def why(value: object, style: Style) -> str | None:
    """The reason a figure is "—", in the chosen language; None when it has a value."""
    return reason(value.reason, style.lang) if isinstance(value, NA) else None


# ── the same figures as typed cells, for backends that write numbers ───────────


def _figure(
    text: str, value: Decimal | None, percent: bool = False, tone: Tone | None = None
) -> Figure:
    return Figure(text, value, places(value) if value is not None else 0, percent, tone)


def given_cell(value: Decimal | None, suffix: str = "", style: Style | None = None) -> Figure:
    return _figure(given(value, style) + (suffix if value is not None else ""), value)


def rate_cell(value: Shown, style: Style, tone: Tone | None = None) -> Figure:
    return _figure(rate(value, style), _shown(value, style), True, tone)


def number_cell(
    value: Shown, style: Style, signed: bool = False, suffix: str = "", tone: Tone | None = None
) -> Figure:
    text = number(value, style, signed)
    if text != DASH:
        if text.endswith(PRINTED_MARK):
            text = text[: -len(PRINTED_MARK)] + suffix + PRINTED_MARK
        else:
            text += suffix
    return _figure(text, _shown(value, style), False, tone)


def amount_cell(
    value: Fraction | Decimal | NA | None, style: Style, suffix: str = "", signed: bool = False
) -> Figure:
    if value is None or isinstance(value, NA):
        return _figure(DASH, None)
    shown = shown_amount(value, style)
    text = grouped(plain(shown)) if style.thousands else plain(shown)
    return _figure((_signed(text) if signed else text) + suffix, shown)


def ratio_cell(value: Shown, style: Style) -> Figure:
    return _figure(
        ratio(value, style), _shown(value, style) if not isinstance(value, Printed) else None
    )


def _shown(value: Shown, style: Style) -> Decimal | None:
    if isinstance(value, NA):
        return None
    if isinstance(value, Printed):
        return value.value
    return rounded(value, style)
