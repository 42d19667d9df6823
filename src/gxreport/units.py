"""Units and numbers as people type them: 万/亿 magnitudes, separators, full-width digits, ％.

Every value is normalised to the indicator's own unit as an exact Decimal whose exponent keeps
the precision it was typed with (``"1.57万"`` in 户 is ``Decimal("1.57E+4")``: 15700, known to
the hundred), which is what the audit needs to know what range a printed figure stands for.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Literal

from gxreport.errors import BIDI

Category = Literal["count", "money", "percent", "area", "other"]

# Longest first, so 万亿 wins over 亿 and 百万 over 万.
MAGNITUDES: tuple[tuple[str, int], ...] = (
    ("万亿", 12),
    ("千万", 7),
    ("百万", 6),
    ("亿", 8),
    ("万", 4),
    ("千", 3),
)
COUNT_UNITS = frozenset(
    "个 户 家 项 件 次 人 人次 天 场 处 条 批 批次 座 所 台 套 辆 名 位 例 宗 起 份 "
    "栋 幢 张 只 头 棵 株 篇 本 门 期 届 支 对 间 床 单".split()
)
MONEY_UNITS = frozenset(["元", "美元", "欧元", "港元"])
AREA_UNITS = frozenset(["平方米", "平方公里", "亩", "公顷", "平方千米", "m²", "km²"])
PERCENT_UNITS = frozenset(["%", "％", "百分比"])
# Units of measure reports print after a figure (the magnitude before them is read apart).
MEASURE_UNITS = frozenset(
    "吨 吨标准煤 标准煤 千瓦时 千瓦 度 立方米 公里 千米 米 千克 公斤 标箱 架次 艘次 户次 倍".split()
)
UNIT_WORDS = (
    COUNT_UNITS | MONEY_UNITS | AREA_UNITS | MEASURE_UNITS | frozenset(["个百分点", "百分点"])
)
_MEASURED_IN_MAGNITUDES = (
    "平方米 吨 吨标准煤 标准煤 千瓦时 千瓦 人次 人 立方米 标箱 亩 公顷 千米 公里".split()
)
# A magnitude and a unit that together are the unit a report keeps an indicator in
# (213.9亿元, 1.5万人次); a magnitude before any other unit stays in the value (1.57万户).
COMPOUND_UNITS = frozenset(
    [m + u for m in ("万亿", "千万", "亿", "万", "千") for u in MONEY_UNITS]
    + [m + u for m in ("亿", "万") for u in _MEASURED_IN_MAGNITUDES]
    # 千公顷: the thousand hectares statistics releases keep sown areas in.
    + ["千公顷"]
)

# A value must stay below this in its own unit, and not be vanishingly small: anything
# else is a typing accident.
MAX_ABS = Decimal("1E15")
MAX_DECIMALS = 10

_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
_CONTROL_WS = re.compile(r"[\t\n\r\v\f\x1c-\x1f\x85\u2028\u2029]+")


@dataclass(frozen=True)
class Unit:
    """What a unit string means: its magnitude (a power of ten) and what it counts."""

    text: str
    exponent: int
    base: str
    category: Category

    @property
    def is_count(self) -> bool:
        """Whole things (户, 个 …) counted one by one: requirements round up to whole ones."""
        return self.category == "count" and self.exponent == 0

    @property
    def is_percent(self) -> bool:
        return self.category == "percent"


@lru_cache(maxsize=512)
def parse_unit(text: str) -> Unit:
    stripped = text.strip()
    exponent = 0
    base = stripped
    for prefix, exp in MAGNITUDES:
        if stripped in UNIT_WORDS:
            break  # 千瓦时, 千米: the 千 is part of the unit's own name
        if stripped.startswith(prefix) and len(stripped) > len(prefix):
            exponent, base = exp, stripped[len(prefix) :]
            break
    category: Category
    if base in PERCENT_UNITS:
        category = "percent"
    elif base in COUNT_UNITS:
        category = "count"
    elif base in MONEY_UNITS:
        category = "money"
    elif base in AREA_UNITS:
        category = "area"
    else:
        category = "other"
    return Unit(stripped, exponent, base, category)


def clean_text(text: str) -> str:
    """Text from a snapshot as it may safely reach a terminal, a table cell or a spreadsheet.

    Line breaks and tabs fold to one space; every other control character (C0, DEL, C1 —
    ESC and BEL among them) and the bidirectional overrides are dropped.
    """
    if text.isprintable():  # the common case, checked in C
        return text.strip()
    text = _CONTROL_WS.sub(" ", text)
    kept = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat == "Cc" or (cat == "Cf" and ch in BIDI):
            continue
        kept.append(ch)
    return "".join(kept).strip()


def normalise_typed(text: str) -> str:
    """Full-width digits, signs and ％ to ASCII (NFKC), separators and spaces out."""
    text = unicodedata.normalize("NFKC", text)
    return text.replace(",", "").replace("_", "").replace(" ", "").replace("\u3000", "")


def shown_number(value: Decimal) -> str:
    """A number for a message: as typed when short; 1E+400000000 or the first digits and
    their count when writing it out would fill the screen (or the memory)."""
    if not value.is_finite() or abs(value.adjusted()) > 40:
        return str(value)
    text = format(value, "f")
    return text if len(text) <= 40 else f"{text[:20]}… ({len(text)} characters)"


def check_range(value: Decimal) -> Decimal:
    if not value.is_finite():
        raise ValueError(f"must be a finite number, got {value}")
    if not -MAX_ABS < value < MAX_ABS:
        raise ValueError(f"is out of range: {shown_number(value)} is not below 10^15")
    if value and value.adjusted() < -MAX_DECIMALS:
        raise ValueError(f"is too small to be a figure (below 10^-{MAX_DECIMALS})")
    return value


def split_magnitude(text: str) -> tuple[str, int | None]:
    """``"1.57万"`` → ``("1.57", 4)``; no suffix → ``None``: the number is in the unit itself."""
    for suffix, exp in MAGNITUDES:
        if text.endswith(suffix):
            return text[: -len(suffix)], exp
    return text, None


def parse_quantity(raw: object, unit: Unit) -> Decimal:
    """A value from TOML (int, Decimal or typed string) in the indicator's unit, exactly."""
    if isinstance(raw, bool):
        raise ValueError(f"must be a number, got {str(raw).lower()}")
    if isinstance(raw, int):
        if -MAX_ABS < raw < MAX_ABS:  # the common case, without the Decimal checks
            return Decimal(raw)
        return check_range(Decimal(raw))
    if isinstance(raw, Decimal):
        return check_range(raw)
    if not isinstance(raw, str):
        raise ValueError(f"must be a number, got {type(raw).__name__}")
    text = normalise_typed(raw)
    # The unit may be typed after the number: "7141户", "213.9亿元", "87.2%".
    in_base = False
    for tail in (unit.text, unit.base):
        if tail and text.endswith(tail) and len(text) > len(tail):
            text = text[: -len(tail)]
            # "8559户" where the unit is 万户: typed in the base unit, not in 万户.
            in_base = tail == unit.base and unit.exponent != 0
            break
    if text.endswith("%") and unit.is_percent:
        text = text[:-1]
    number, exp = split_magnitude(text)
    if exp is None and in_base:
        exp = 0
    if not _NUMBER.fullmatch(number):
        raise ValueError(f'must be a number such as 213.9, "1.57万" or "7,141", got {raw!r}')
    value = Decimal(number)
    if exp is not None:
        value = value.scaleb(exp - unit.exponent)
    return check_range(value)


def exponent(value: Decimal) -> int:
    """The power of ten of a figure's last digit as typed: 213.9 → −1, 1.57万 in 户 → 2."""
    exp = value.as_tuple().exponent
    return exp if isinstance(exp, int) else 0  # NaN and infinities never pass check_range


def places(value: Decimal) -> int:
    """The decimal places a figure is shown with: 57.65 → 2, 15700 → 0."""
    return max(0, -exponent(value))


def half_unit(value: Decimal) -> Decimal:
    """Half of the last printed digit: a printed 213.9 stands for [213.85, 213.95)."""
    return Decimal(5).scaleb(exponent(value) - 1)
