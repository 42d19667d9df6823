"""The snapshot as pydantic models: strict keys (DESIGN.md §2 names them), exact Decimals.

These models define the format: its JSON Schema (`gxreport schema`) and its Python API. The
commands validate through `gxreport.records`, the same core schema without the cost of
building the models; both use the rules in `records`, and the tests hold them equal.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from gxreport import records as rules
from gxreport.kinds import Better, Kind
from gxreport.records import QUANTITIES, Basis, Language, RankBy
from gxreport.stated import STATED_KEYS, StatedFigure, StatedKey
from gxreport.units import Unit, parse_unit

# What editors are told (gxreport schema): numbers may be typed as text ("1.57万", "7,141").
Quantity = Annotated[
    Decimal,
    WithJsonSchema(
        {"type": ["number", "string"], "description": 'A number, or text such as "1.57万"'}
    ),
]
Printed = Annotated[
    StatedFigure,
    WithJsonSchema(
        {"type": ["string", "number"], "description": 'As printed, e.g. "57.65%", "下降2.27%"'}
    ),
]
Progress = Annotated[
    Decimal,
    BeforeValidator(rules.progress),
    WithJsonSchema(
        {"type": ["number", "string"], "description": 'A share of the year, e.g. "58.3%"'}
    ),
]
Text = Annotated[str, BeforeValidator(rules.text)]
Name = Annotated[str, BeforeValidator(rules.text), AfterValidator(rules.non_empty)]
Date = Annotated[dt.date, BeforeValidator(rules.date)]

_STRICT = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)


class ReportInfo(BaseModel):
    """``[report]``: what the snapshot is about and the date its cumulative figures run to."""

    model_config = _STRICT

    title: Name
    entity: Text | None = None
    year: Annotated[int, Field(ge=1, le=9999, strict=True)]
    as_of: Date
    basis: Basis = "month"
    language: Language = "zh"
    source: Text | None = None
    # The 序时进度 the report itself used ("58.3%"), when its office counts another way.
    time_progress: Progress | None = None

    _as_of_in_year = model_validator(mode="after")(rules.as_of_in_year)


class BriefingInfo(BaseModel):
    """``[briefing]``: the 简报's masthead (报头) and end block (版记), as an office prints them:
    the series name, the issue number, who compiles it, the date, who it goes to (报：,
    送：, 发：) and how many copies."""

    model_config = _STRICT

    series: Text | None = None
    issue: Annotated[int, Field(ge=1, strict=True)] | None = None
    issuer: Text | None = None
    date: Date | None = None
    to: Text | None = None
    copy_to: Text | None = None
    send_to: Text | None = None
    copies: Annotated[int, Field(ge=1, strict=True)] | None = None


class Rank(BaseModel):
    """``[indicator.rank]``: a place as the source states it (四个开发区排名第一)."""

    model_config = _STRICT

    position: Annotated[int, Field(ge=1, strict=True)]
    of: Annotated[int, Field(ge=1, strict=True)] | None = None
    among: Text | None = None
    # What the place is by, when the source says (rank compares it only under that --by).
    by: RankBy | None = None

    _position_within = model_validator(mode="after")(rules.position_within)


class Stated(BaseModel):
    """``[indicator.stated]``: the figures as printed, which `check` recomputes."""

    model_config = _STRICT

    completion: Printed | None = None
    stretch_completion: Printed | None = None
    yoy: Printed | None = None
    schedule_gap: Printed | None = None
    share: Printed | None = None
    remaining: Printed | None = None
    total: Printed | None = None
    period_alone: Printed | None = None
    qoq: Printed | None = None
    yoy_change: Printed | None = None
    yoy_amount: Printed | None = None

    _parsed = field_validator(*STATED_KEYS, mode="before")(rules.readable)

    def items(self) -> list[tuple[StatedKey, StatedFigure]]:
        figures: list[tuple[StatedKey, StatedFigure | None]] = [
            ("completion", self.completion),
            ("stretch_completion", self.stretch_completion),
            ("yoy", self.yoy),
            ("schedule_gap", self.schedule_gap),
            ("share", self.share),
            ("remaining", self.remaining),
            ("total", self.total),
            ("period_alone", self.period_alone),
            ("qoq", self.qoq),
            ("yoy_change", self.yoy_change),
            ("yoy_amount", self.yoy_amount),
        ]
        return [(key, fig) for key, fig in figures if fig is not None]


class Indicator(BaseModel):
    """One ``[[indicator]]``. Values are Decimals in the indicator's own unit."""

    model_config = _STRICT

    id: Name
    name: Name
    group: Text = ""
    unit: Text = ""
    kind: Kind = "cumulative"
    better: Better = "higher"
    actual: Quantity | None = None
    target: Quantity | None = None
    stretch: Quantity | None = None
    last_year: Quantity | None = None
    # The change over last year as printed (增加4120万元): 上年同期 is actual − it.
    yoy_amount: Quantity | None = None
    whole: Quantity | None = None
    # The target of the snapshot's own period (上半年目标610亿元): completion against it too.
    period_target: Quantity | None = None
    # A 同比 target (地区生产总值增长6%左右): the 同比 is judged against it in 个百分点.
    target_yoy: Printed | None = None
    share_of: Text | None = None
    parts: list[Name] | None = None
    exact: Annotated[bool, Field(strict=True)] | None = None
    headline: Annotated[bool, Field(strict=True)] = False
    as_of: Date | None = None
    time_progress: Progress | None = None
    stated: Stated | None = None
    rank: Rank | None = None

    _quantity = field_validator(*QUANTITIES, mode="before")(rules.quantity)
    _stated = field_validator("stated", mode="before")(rules.stated)
    _positive_target = field_validator("target", "stretch", "period_target")(rules.positive_target)
    _growth_target = field_validator("target_yoy", mode="before")(rules.growth_target)
    _positive_whole = field_validator("whole")(rules.positive_whole)
    _inputs_agree = model_validator(mode="after")(rules.inputs_agree)

    @property
    def unit_info(self) -> Unit:
        return parse_unit(self.unit)


class Snapshot(BaseModel):
    """A whole snapshot file: ``[report]``, an optional ``[briefing]`` and its
    ``[[indicator]]`` tables, in file order."""

    model_config = _STRICT

    report: ReportInfo
    briefing: BriefingInfo | None = None
    indicator: list[Indicator] = Field(default_factory=list)

    @property
    def indicators(self) -> list[Indicator]:
        return self.indicator
