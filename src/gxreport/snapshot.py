"""The snapshot as pydantic models: strict keys (DESIGN.md §2 names them), exact Decimals."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from gxreport.kinds import Better, Kind
from gxreport.stated import STATED_KEYS, StatedFigure, StatedKey, parse_stated
from gxreport.units import Unit, clean_text, parse_quantity, parse_unit

Basis = Literal["month", "day"]
RankBy = Literal["actual", "completion", "yoy", "schedule_gap", "share"]
Language = Literal["zh", "en"]


def _text(value: object) -> object:
    return clean_text(value) if isinstance(value, str) else value


def _non_empty(value: str) -> str:
    if not value:
        raise ValueError("must not be empty")
    return value


def _date(value: object) -> object:
    if isinstance(value, dt.datetime):
        raise ValueError(f"must be a date such as 2022-06-30 (no time of day), got {value}")
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"must be a date such as 2022-06-30, got {value!r}") from None
    return value


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
Text = Annotated[str, BeforeValidator(_text)]
Name = Annotated[str, BeforeValidator(_text), AfterValidator(_non_empty)]
Date = Annotated[dt.date, BeforeValidator(_date)]

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

    @model_validator(mode="after")
    def _as_of_in_year(self) -> ReportInfo:
        if self.as_of.year != self.year:
            raise ValueError(f"as_of {self.as_of} is not in the report's year {self.year}")
        return self


class Rank(BaseModel):
    """``[indicator.rank]``: a place as the source states it (四个开发区排名第一)."""

    model_config = _STRICT

    position: Annotated[int, Field(ge=1, strict=True)]
    of: Annotated[int, Field(ge=1, strict=True)] | None = None
    among: Text | None = None
    # What the place is by, when the source says (rank compares it only under that --by).
    by: RankBy | None = None

    @model_validator(mode="after")
    def _position_within(self) -> Rank:
        if self.of is not None and self.position > self.of:
            raise ValueError(f"position {self.position} is beyond of = {self.of}")
        return self


@dataclass(frozen=True)
class _Unreadable:
    """A stated figure that did not parse, carried to its own field so the error names it."""

    message: str


def _readable(value: object) -> object:
    if isinstance(value, _Unreadable):
        raise ValueError(value.message)
    return value


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

    _parsed = field_validator(*STATED_KEYS, mode="before")(_readable)

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
        ]
        return [(key, fig) for key, fig in figures if fig is not None]


_QUANTITIES = ("actual", "target", "stretch", "last_year", "whole")


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
    whole: Quantity | None = None
    share_of: Text | None = None
    parts: list[Name] | None = None
    exact: Annotated[bool, Field(strict=True)] | None = None
    headline: Annotated[bool, Field(strict=True)] = False
    as_of: Date | None = None
    stated: Stated | None = None
    rank: Rank | None = None

    @field_validator(*_QUANTITIES, mode="before")
    @classmethod
    def _quantity(cls, value: object, info: ValidationInfo) -> object:
        if value is None:
            return None
        return parse_quantity(value, parse_unit(str(info.data.get("unit", ""))))

    @field_validator("stated", mode="before")
    @classmethod
    def _stated(cls, value: object, info: ValidationInfo) -> object:
        if not isinstance(value, dict):
            return value
        unit = parse_unit(str(info.data.get("unit", "")))
        parsed: dict[str, Any] = {}
        known = {k: k for k in STATED_KEYS}
        for key, raw in value.items():
            stated_key = known.get(key)
            # Unknown keys pass through untouched so that extra="forbid" names them.
            if stated_key is None:
                parsed[key] = raw
                continue
            try:
                parsed[key] = parse_stated(stated_key, raw, unit)
            except ValueError as exc:
                parsed[key] = _Unreadable(str(exc))
        return parsed

    @field_validator("target", "stretch")
    @classmethod
    def _positive_target(cls, value: Decimal | None, info: ValidationInfo) -> Decimal | None:
        if value is None or info.data.get("kind", "cumulative") != "cumulative":
            return value
        # A ceiling may be zero (安全事故控制在0起, 零事故); any other target must be > 0.
        if value < 0 or (value == 0 and info.data.get("better") != "lower"):
            raise ValueError(f"must be > 0, got {format(value, 'f')}")
        return value

    @field_validator("whole")
    @classmethod
    def _positive_whole(cls, value: Decimal | None) -> Decimal | None:
        if value is not None and value <= 0:
            raise ValueError(f"must be > 0, got {format(value, 'f')}")
        return value

    @model_validator(mode="after")
    def _one_whole(self) -> Indicator:
        if self.whole is not None and self.share_of is not None:
            raise ValueError("give either whole or share_of, not both")
        return self

    @property
    def unit_info(self) -> Unit:
        return parse_unit(self.unit)


class Snapshot(BaseModel):
    """A whole snapshot file: ``[report]`` and its ``[[indicator]]`` tables, in file order."""

    model_config = _STRICT

    report: ReportInfo
    indicator: list[Indicator] = Field(default_factory=list)

    @property
    def indicators(self) -> list[Indicator]:
        return self.indicator
