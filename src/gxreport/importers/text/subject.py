"""What a bare measure measures. A report prints only the measure before a figure (完成投资,
实现利润, 概算总投资, 到位资金) and says of what elsewhere: earlier in the sentence (产业发展项目
172个，完成投资…), in the name of the figure before (规模以上工业企业实现利税…；实现利润…). The
indicator's name is then that subject and the measure, as an analyst writes it
(产业发展项目投资, 规模以上工业企业利润): composed only of words the text prints.
"""

from __future__ import annotations

import re

# What a figure measures, when a name says only that (the longest first).
MEASURE = (
    r"(?:计划总投资|概算总投资|总投资|投资额|投资|总产值|产值|到位资金|利润总额|利润|利税"
    r"|主营业务收入|营业收入|销售收入|支出|销售额|营业额|零售额|亏损额)"
)
_BARE = re.compile(rf"(?:概算|计划|实际|完成){{0,2}}{MEASURE}")
_TRAILING = re.compile(rf"(?:{MEASURE}|收入|增加值|销售面积|面积)$")


def bare(name: str) -> bool:
    """Whether ``name`` says only what is measured, not of what (概算总投资, 利润)."""
    return bool(_BARE.fullmatch(name))


def owner(name: str) -> str:
    """What ``name`` measures something of: 规模以上工业企业利税 → 规模以上工业企业; a name
    without a measure is itself the owner (产业发展项目)."""
    m = _TRAILING.search(name)
    return name[: m.start()] if m and m.start() >= 2 else name


def of(base: str, measure: str) -> str:
    """The name of ``measure`` of what ``base`` names: 产业发展项目 + 投资, 规模以上工业企业利税
    + 利润 → 规模以上工业企业利润; a base that is itself a bare measure names no owner."""
    return measure if bare(base) else owner(base) + measure
