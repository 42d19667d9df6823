"""Figures as the source prints them: "57.65%", "下降2.27%", "超序时进度7.65个百分点", "8559户"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from gxreport.units import (
    MAGNITUDES,
    Unit,
    check_range,
    clean_text,
    exponent,
    normalise_typed,
    places,
)

StatedKind = Literal["percent", "pp", "amount"]

# Which kind of figure each key of [indicator.stated] holds; yoy may be either (a % change, or
# 个百分点 for indicators that are themselves rates).
StatedKey = Literal[
    "completion",
    "stretch_completion",
    "yoy",
    "schedule_gap",
    "share",
    "remaining",
    "total",
    "period_alone",
    "qoq",
    "yoy_change",
    "yoy_amount",
]
# Figures that compare this snapshot with an earlier one of the same entity and year.
ACROSS_PERIODS: frozenset[StatedKey] = frozenset({"period_alone", "qoq", "yoy_change"})
STATED_KEYS: dict[StatedKey, tuple[StatedKind, ...]] = {
    "completion": ("percent",),
    "stretch_completion": ("percent",),
    "yoy": ("percent", "pp"),
    "schedule_gap": ("pp",),
    "share": ("percent",),
    "remaining": ("amount",),
    "total": ("amount",),
    "period_alone": ("amount",),  # 单季/单月: this snapshot's value less the earlier one's
    "qoq": ("percent",),  # 环比 of the period-alone figures
    "yoy_change": ("pp",),  # 同比 now less 同比 then: 加快/回落 x 个百分点
    "yoy_amount": ("amount",),  # 增加/减收 x: the figure less last year's, both printed
}
# A completion printed as of the period's own target (完成上半年目标任务444.4%, 完成一季度
# 目标115.2%), not the year's: check judges it against period_target.
PERIOD_GOAL = re.compile(r"(?:上半年|[一二三四]季度|前三季度|本季度?|本期)(?:目标|任务|计划)")

# Checked in this order: "负增长" must be seen before "增长".
# 高, 低, 快, 慢 alone (比上半年低1.5个百分点) last, where no longer word said the direction;
# 放缓 (增速比一季度放缓0.3个百分点) and 慢了 (比时间进度慢了5.2个百分点) are falls too.
_NEGATIVE = tuple(
    "负增长 下降 减少 降低 回落 下滑 下跌 减 低于 落后 慢于 滞后 欠 短 放缓 低 慢".split()
)
_POSITIVE = tuple("超 增长 增加 提高 提升 高于 快于 上升 领先 加快 增 高 快".split())
_PP_TAILS = ("个百分点", "百分点", "pp", "个点")
_SHAPE = re.compile(
    r"(?P<words>[^\d.+-]*)(?P<num>[+-]?(?:\d+(?:\.\d*)?|\.\d+))(?P<tail>.*)", re.DOTALL
)


@dataclass(frozen=True)
class StatedFigure:
    """A printed figure: its value, what it is, and the precision it was printed to."""

    text: str
    value: Decimal
    kind: StatedKind
    # The sign the source gave in words or with + / − (1, −1), or 0 when it gave none: a
    # "低于序时进度0.00个百分点" still says the gap is below zero.
    direction: int = 0
    # A schedule gap printed with a bare % ("超进度27.45%"): read as 个百分点.
    percent_as_pp: bool = False
    # Words that say "at or above zero" with no number (达序时进度): any gap ≥ 0 holds.
    at_least: bool = False

    @property
    def decimals(self) -> int:
        return places(self.value)

    @property
    def exponent(self) -> int:
        return exponent(self.value)


def _direction(words: str) -> int:
    """−1 for a word of decrease, 1 for one of increase, 0 for none."""
    for word in _NEGATIVE:
        if word in words:
            return -1
    for word in _POSITIVE:
        if word in words:
            return 1
    return 0


# Figures worded without a number, as reports print them (时序进度 is 序时进度): a row is the
# keys it may stand for, its words, its direction, and whether it means "at least zero".
# 持平 is a figure that shows as 0 at whole units (the precision is not printed).
_WORDED: tuple[tuple[frozenset[StatedKey], re.Pattern[str], int, bool], ...] = (
    (
        frozenset({"schedule_gap"}),
        re.compile(r"(与|和)?(序时|时序)?进度持平|持平"),
        0,
        False,
    ),
    (frozenset({"schedule_gap"}), re.compile(r"(已)?达(到)?(序时|时序)进度(要求)?"), 1, True),
    (
        frozenset({"yoy", "qoq", "yoy_change"}),
        re.compile(r"(同比|环比|与上年同期|与上期|增速)?(基本)?持平"),
        0,
        False,
    ),
)


def _worded(
    key: StatedKey, text: str, kinds: tuple[StatedKind, ...]
) -> tuple[StatedKind, int, bool] | None:
    for keys, words, direction, at_least in _WORDED:
        if key in keys and words.fullmatch(text):
            return kinds[0], direction, at_least
    return None


def parse_stated(key: StatedKey, raw: object, unit: Unit) -> StatedFigure:
    """Read one stated figure for ``key``; raise ValueError with what was expected."""
    kinds = STATED_KEYS[key]
    if key == "yoy" and unit.is_percent:
        # A bare number against a rate is most often its change in 个百分点.
        kinds = ("pp", "percent")
    if isinstance(raw, bool) or not isinstance(raw, (str, int, Decimal)):
        raise ValueError(f'must be text as printed, such as "57.65%", got {raw!r}')
    if not isinstance(raw, str):
        # A bare number: a rate in % (or 个百分点 for a gap), an amount in the unit.
        value = check_range(Decimal(raw))
        return StatedFigure(str(raw), value, kinds[0])
    raw = clean_text(raw)  # the printed text is shown again: no control character in it
    text = normalise_typed(raw)
    match = _SHAPE.fullmatch(text)
    if match is None:
        worded = _worded(key, text, kinds)
        if worded is None:
            raise ValueError(f"cannot read {raw!r}: no number in it")
        return StatedFigure(raw, Decimal(0), worded[0], worded[1], at_least=worded[2])
    words, number, tail = match["words"], match["num"], match["tail"]
    exp: int | None = None
    for prefix, prefix_exp in MAGNITUDES:
        if tail.startswith(prefix):
            exp, tail = prefix_exp, tail[len(prefix) :]
            break
    kind: StatedKind
    percent_as_pp = False
    if kinds == ("amount",) and unit.is_percent and (tail == "%" or tail in _PP_TAILS):
        kind = "amount"  # an amount of a rate is in % (or 个百分点): "尚需提高0.7个百分点"
    elif tail == "%" and key == "schedule_gap":
        kind, percent_as_pp = "pp", True  # reports do print a gap in points with a bare %
    elif tail == "%":
        kind = "percent"
    elif tail in _PP_TAILS:
        kind = "pp"
    elif tail == "" and exp is None and kinds[0] != "amount":
        kind = kinds[0]
    elif tail in ("", unit.text, unit.base):
        kind = "amount"
        if exp is None and tail == unit.base and unit.exponent != 0:
            exp = 0  # "8559户" where the unit is 万户: typed in the base unit
    else:
        raise ValueError(f"cannot read {raw!r}: unexpected {tail!r} after the number")
    if kind not in kinds:
        expected = {"percent": "a rate in %", "pp": "个百分点", "amount": "an amount"}
        raise ValueError(
            f"{raw!r} is {expected[kind]}, but {key} takes "
            + " or ".join(expected[k] for k in kinds)
        )
    value = Decimal(number)
    if exp is not None:
        value = value.scaleb(exp - (unit.exponent if kind == "amount" else 0))
    word = _direction(words)
    value = check_range(value) * (-1 if word < 0 else 1)
    direction = 0
    if word or number[0] in "+-":
        direction = (-1 if word < 0 else 1) * (-1 if number[0] == "-" else 1)
    return StatedFigure(raw, value, kind, direction, percent_as_pp)
