"""What each ``kind`` × ``better`` means, asked by the analysis, the audit and the layouts.

One row per pair instead of branches on strings: does a 完成率 mean anything, is it compared
with 序时进度, is what remains spread over the months left, is the target a ceiling?
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from gxreport.exact import Fraction

Kind = Literal["cumulative", "average", "level", "reduction"]
Better = Literal["higher", "lower"]


@dataclass(frozen=True)
class Behaviour:
    kind: Kind
    better: Better
    completion: bool  # actual ÷ target is a 完成率 (for reduction: the completion index)
    schedule: bool  # compared with 序时进度: 超/低于/持平, checkpoints, pace and projection
    spreads: bool  # what remains is spread over the months and quarters left
    ceiling: bool  # a quota used up over the year (事故起数控制在10起以内): 已用额度, 尚余额度
    cap: bool  # a level or average that must stay at or under the target (PM2.5 ≤ 38)
    margin: bool  # the distance to the target in the unit is worth showing
    required_average: bool  # what the rest of the year must average

    @property
    def lower(self) -> bool:
        return self.better == "lower"

    def met(self, actual: Fraction, target: Fraction) -> bool:
        """Whether the target is reached: at or beyond it in the better direction. For a
        ceiling this says only that it is not broken yet."""
        if self.kind == "reduction" or not self.lower:
            return actual >= target
        return actual <= target


def _b(kind: Kind, better: Better, **flags: bool) -> Behaviour:
    names = ("completion", "schedule", "spreads", "ceiling", "cap", "margin", "required_average")
    unknown = set(flags) - set(names)
    assert not unknown, unknown
    return Behaviour(kind, better, *(flags.get(n, False) for n in names))


BEHAVIOURS: dict[tuple[Kind, Better], Behaviour] = {
    ("cumulative", "higher"): _b(
        "cumulative", "higher", completion=True, schedule=True, spreads=True
    ),
    ("cumulative", "lower"): _b("cumulative", "lower", ceiling=True, margin=True),
    ("average", "higher"): _b(
        "average", "higher", completion=True, margin=True, required_average=True
    ),
    ("average", "lower"): _b("average", "lower", cap=True, margin=True, required_average=True),
    ("level", "higher"): _b("level", "higher", completion=True, spreads=True, margin=True),
    ("level", "lower"): _b("level", "lower", cap=True, spreads=True, margin=True),
    # A 降低率 is a cut: a bigger cut is better whatever `better` says.
    ("reduction", "higher"): _b("reduction", "higher", completion=True),
    ("reduction", "lower"): _b("reduction", "lower", completion=True),
}


def behaviour(kind: Kind, better: Better) -> Behaviour:
    return BEHAVIOURS[(kind, better)]
