"""The snapshot as the commands hold it: plain records, validated by pydantic-core directly.

`gxreport.snapshot` defines the format as pydantic models: its JSON Schema, its Python API.
Building those models costs pydantic's model machinery on every start (about 50 ms, more than
a small report takes to compute), so the commands validate through the same core schema
written out here, into records with the same fields. Both use the rules below, and
tests/test_records.py holds the two schemas equal node by node and their verdicts equal on
every example, so a field added to a model and not here fails the tests.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, get_args

from gxreport.kinds import Better, Kind
from gxreport.stated import STATED_KEYS, StatedFigure, StatedKey, StatedKind, parse_stated
from gxreport.units import (
    Unit,
    clean_text,
    exponent,
    normalise_typed,
    parse_quantity,
    parse_unit,
)

if TYPE_CHECKING:
    from pydantic_core import SchemaValidator
    from pydantic_core.core_schema import CoreSchema, ValidationInfo

Basis = Literal["month", "day"]
RankBy = Literal["actual", "completion", "yoy", "schedule_gap", "share"]
Language = Literal["zh", "en"]
QUANTITIES = (
    "actual", "target", "stretch", "last_year", "yoy_amount", "whole", "period_target"
)  # fmt: skip


# ── the rules, shared with the models ───────────────────────────────────────


def text(value: object) -> object:
    return clean_text(value) if isinstance(value, str) else value


def non_empty(value: str) -> str:
    if not value:
        raise ValueError("must not be empty")
    return value


def date(value: object) -> object:
    if isinstance(value, dt.datetime):
        raise ValueError(f"must be a date such as 2022-06-30 (no time of day), got {value}")
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"must be a date such as 2022-06-30, got {value!r}") from None
    return value


@dataclass(frozen=True)
class Unreadable:
    """A stated figure that did not parse, carried to its own field so the error names it."""

    message: str


def readable(value: object) -> object:
    if isinstance(value, Unreadable):
        raise ValueError(value.message)
    return value


def quantity(value: object, info: ValidationInfo) -> object:
    if value is None:
        return None
    return parse_quantity(value, parse_unit(str(info.data.get("unit", ""))))


def stated(value: object, info: ValidationInfo) -> object:
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
            parsed[key] = Unreadable(str(exc))
    return parsed


def growth_target(value: object, info: ValidationInfo) -> object:
    """``target_yoy``: a 同比 target as reports word it ("6%", "6%左右", "9%以上"); for an
    indicator that is itself a rate, in 个百分点. Read as a printed 同比 is."""
    if value is None:
        return None
    if isinstance(value, str):
        value = value.strip()
        for qualifier in ("左右", "以上", "上下", "以内"):
            value = value.removesuffix(qualifier)
    unit = parse_unit(str(info.data.get("unit", "")))
    try:
        return parse_stated("yoy", value, unit)
    except ValueError as exc:
        raise ValueError(str(exc).replace("yoy takes", "target_yoy takes")) from None


def progress(value: object) -> object:
    """``time_progress``: the 序时进度 a report states it used ("58.3%", 58.3), in %."""
    if value is None:
        return None
    text = normalise_typed(value) if isinstance(value, str) else value
    if isinstance(text, str):
        text = text.removesuffix("%")
    number = parse_quantity(text, parse_unit("%"))
    if not 0 <= number <= 100:
        raise ValueError(f"must be a share of the year from 0% to 100%, got {value}")
    return number


def positive_target(value: Decimal | None, info: ValidationInfo) -> Decimal | None:
    if value is None or info.data.get("kind", "cumulative") != "cumulative":
        return value
    # A ceiling may be zero (安全事故控制在0起, 零事故); any other target must be > 0.
    if value < 0 or (value == 0 and info.data.get("better") != "lower"):
        raise ValueError(f"must be > 0, got {format(value, 'f')}")
    return value


def positive_whole(value: Decimal | None) -> Decimal | None:
    if value is not None and value <= 0:
        raise ValueError(f"must be > 0, got {format(value, 'f')}")
    return value


def as_of_in_year(info: Any) -> Any:
    if info.as_of.year != info.year:
        raise ValueError(f"as_of {info.as_of} is not in the report's year {info.year}")
    return info


def position_within(rank: Any) -> Any:
    if rank.of is not None and rank.position > rank.of:
        raise ValueError(f"position {rank.position} is beyond of = {rank.of}")
    return rank


def one_whole(indicator: Any) -> Any:
    if indicator.whole is not None and indicator.share_of is not None:
        raise ValueError("give either whole or share_of, not both")
    return indicator


def inputs_agree(indicator: Any) -> Any:
    """The rules across an indicator's fields: one whole, one 上年同期."""
    return one_last_year(one_whole(indicator))


def one_last_year(indicator: Any) -> Any:
    """last_year and yoy_amount both given must tell one 上年同期: last_year = actual −
    yoy_amount, to the precision each was typed to (an exact indicator: exactly)."""
    given = (indicator.actual, indicator.yoy_amount, indicator.last_year)
    if any(v is None for v in given):
        return indicator
    actual, change, last = given
    slack = Decimal(0)
    if indicator.exact is not True:
        slack = sum((Decimal(1).scaleb(exponent(v)) / 2 for v in given), Decimal(0))
    if abs(actual - change - last) > slack:
        raise ValueError(
            f"last_year {last} and yoy_amount {change} disagree: actual {actual} − yoy_amount "
            f"{change} = {actual - change}, not {last}"
        )
    return indicator


# ── the records ─────────────────────────────────────────────────────────────


R = TypeVar("R", bound="Record")


class Record:
    """Fields set by the validator; read-only, equal when their fields are."""

    # The attributes pydantic-core sets on what it builds; kept out of the fields' dict.
    __slots__ = (
        "__dict__",
        "__pydantic_fields_set__",
        "__pydantic_extra__",
        "__pydantic_private__",
    )
    FIELDS: ClassVar[tuple[str, ...]] = ()

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.__dict__ == self.__dict__

    def __hash__(self) -> int:
        return hash((type(self), *self.__dict__.values()))

    def __repr__(self) -> str:
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{type(self).__name__}({fields})"

    @classmethod
    def build(cls: type[R], **fields: object) -> R:
        """A record of already valid fields (the validator is what makes them valid)."""
        record = object.__new__(cls)
        record.__dict__.update(fields)
        return record

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # copy, deepcopy and pickle rebuild a record from its fields (the default would set
        # the slots above through __setattr__, which refuses).
        return _rebuild, (type(self), self.__dict__)


def _rebuild(cls: type[R], fields: dict[str, Any]) -> R:
    return cls.build(**fields)


class ReportInfo(Record):
    """``[report]``: what the snapshot is about and the date its cumulative figures run to."""

    FIELDS = ("title", "entity", "year", "as_of", "basis", "language", "source", "time_progress")
    title: str
    entity: str | None
    year: int
    as_of: dt.date
    basis: Basis
    language: Language
    source: str | None
    time_progress: Decimal | None  # the 序时进度 the report used, in % (58.3), when stated


class BriefingInfo(Record):
    """``[briefing]``: the 简报's masthead (报头) and end block (版记)."""

    FIELDS = ("series", "issue", "issuer", "date", "to", "copy_to", "send_to", "copies")
    series: str | None
    issue: int | None
    issuer: str | None
    date: dt.date | None
    to: str | None  # 报：
    copy_to: str | None  # 送：
    send_to: str | None  # 发：
    copies: int | None


class Rank(Record):
    """``[indicator.rank]``: a place as the source states it (四个开发区排名第一)."""

    FIELDS = ("position", "of", "among", "by")
    position: int
    of: int | None
    among: str | None
    by: RankBy | None  # what the place is by, when the source says


class Stated(Record):
    """``[indicator.stated]``: the figures as printed, which `check` recomputes."""

    FIELDS: ClassVar[tuple[StatedKey, ...]] = tuple(STATED_KEYS)
    completion: StatedFigure | None
    stretch_completion: StatedFigure | None
    yoy: StatedFigure | None
    schedule_gap: StatedFigure | None
    share: StatedFigure | None
    remaining: StatedFigure | None
    total: StatedFigure | None
    period_alone: StatedFigure | None
    qoq: StatedFigure | None
    yoy_change: StatedFigure | None
    yoy_amount: StatedFigure | None

    def items(self) -> list[tuple[StatedKey, StatedFigure]]:
        values = self.__dict__
        return [(key, values[key]) for key in self.FIELDS if values[key] is not None]


class Indicator(Record):
    """One ``[[indicator]]``. Values are Decimals in the indicator's own unit."""

    FIELDS = (
        "id", "name", "group", "unit", "kind", "better", *QUANTITIES, "target_yoy", "share_of",
        "parts", "exact", "headline", "as_of", "time_progress", "stated", "rank",
    )  # fmt: skip
    id: str
    name: str
    group: str
    unit: str
    kind: Kind
    better: Better
    actual: Decimal | None
    target: Decimal | None
    stretch: Decimal | None
    last_year: Decimal | None
    yoy_amount: Decimal | None  # the change over last year as printed (增加4120万元)
    whole: Decimal | None
    period_target: Decimal | None  # the target of the snapshot's own period (上半年目标)
    target_yoy: StatedFigure | None  # a 同比 target (增长6%左右), judged in 个百分点
    share_of: str | None
    parts: list[str] | None
    exact: bool | None
    headline: bool
    as_of: dt.date | None
    time_progress: Decimal | None  # this indicator's own stated 序时进度, in %
    stated: Stated | None
    rank: Rank | None

    @property
    def unit_info(self) -> Unit:
        return parse_unit(self.unit)


class Snapshot(Record):
    """A whole snapshot file: ``[report]``, an optional ``[briefing]`` and its
    ``[[indicator]]`` tables, in file order."""

    FIELDS = ("report", "briefing", "indicator")
    report: ReportInfo
    briefing: BriefingInfo | None
    indicator: list[Indicator]

    @property
    def indicators(self) -> list[Indicator]:
        return self.indicator


# ── the core schema: what pydantic generates for the models, with records for models ──


def core_schema(of: Literal["snapshot", "indicator"] = "snapshot") -> CoreSchema:
    """The schema of a whole snapshot or of one ``[[indicator]]`` table (tests compare them
    with the models' own)."""
    from pydantic_core import core_schema as cs

    def model(cls: type[Record], fields: dict[str, cs.CoreSchema], after: Any) -> cs.CoreSchema:
        inner = cs.model_fields_schema(
            {name: cs.model_field(schema) for name, schema in fields.items()},
            model_name=cls.__name__,
        )
        schema = cs.model_schema(
            cls, inner, config=cs.CoreConfig(title=cls.__name__, extra_fields_behavior="forbid")
        )
        return cs.no_info_after_validator_function(after, schema) if after else schema

    def optional(schema: cs.CoreSchema) -> cs.CoreSchema:
        return cs.with_default_schema(cs.nullable_schema(schema), default=None)

    def literal(expected: tuple[str, ...], default: str | None = None) -> cs.CoreSchema:
        schema = cs.literal_schema(list(expected))
        return schema if default is None else cs.with_default_schema(schema, default=default)

    txt = cs.no_info_before_validator_function(text, cs.str_schema())
    share = optional(cs.no_info_before_validator_function(progress, cs.decimal_schema()))
    name = cs.no_info_after_validator_function(non_empty, txt)
    day = cs.no_info_before_validator_function(date, cs.date_schema())
    strict_int = cs.int_schema(ge=1, strict=True)
    figure_ref = "gxreport.stated.StatedFigure"
    figure = cs.dataclass_schema(
        StatedFigure,
        cs.dataclass_args_schema(
            "StatedFigure",
            [
                cs.dataclass_field("text", cs.str_schema(), init=True, kw_only=False),
                cs.dataclass_field("value", cs.decimal_schema(), init=True, kw_only=False),
                cs.dataclass_field("kind", cs.literal_schema(list(get_args(StatedKind))),
                                   init=True, kw_only=False),
                cs.dataclass_field("direction", cs.with_default_schema(cs.int_schema(),
                                   default=0), init=True, kw_only=False),
                cs.dataclass_field("percent_as_pp", cs.with_default_schema(cs.bool_schema(),
                                   default=False), init=True, kw_only=False),
                cs.dataclass_field("at_least", cs.with_default_schema(cs.bool_schema(),
                                   default=False), init=True, kw_only=False),
            ],
        ),
        ["text", "value", "kind", "direction", "percent_as_pp", "at_least"],
        frozen=True,
        ref=figure_ref,
        config=cs.CoreConfig(title="StatedFigure", extra_fields_behavior="forbid"),
    )  # fmt: skip
    printed = cs.no_info_before_validator_function(
        readable, cs.nullable_schema(cs.definition_reference_schema(figure_ref))
    )
    stated_schema = model(
        Stated, {key: cs.with_default_schema(printed, default=None) for key in Stated.FIELDS}, None
    )
    rank = model(
        Rank,
        {
            "position": strict_int,
            "of": optional(strict_int),
            "among": optional(txt),
            "by": optional(cs.literal_schema(list(get_args(RankBy)))),
        },
        position_within,
    )  # fmt: skip

    def amount(after: Any = None, check: Any = None) -> cs.CoreSchema:
        """A quantity in the indicator's unit; ``after(check, …)`` checks it once read."""
        schema = cs.with_info_before_validator_function(
            quantity, cs.nullable_schema(cs.decimal_schema())
        )
        if after is not None:
            schema = after(check, schema)
        return cs.with_default_schema(schema, default=None)

    indicator = model(
        Indicator,
        {
            "id": name,
            "name": name,
            "group": cs.with_default_schema(txt, default=""),
            "unit": cs.with_default_schema(txt, default=""),
            "kind": literal(get_args(Kind), "cumulative"),
            "better": literal(get_args(Better), "higher"),
            "actual": amount(),
            "target": amount(cs.with_info_after_validator_function, positive_target),
            "stretch": amount(cs.with_info_after_validator_function, positive_target),
            "last_year": amount(),
            "yoy_amount": amount(),
            "whole": amount(cs.no_info_after_validator_function, positive_whole),
            "period_target": amount(cs.with_info_after_validator_function, positive_target),
            "target_yoy": cs.with_default_schema(
                cs.with_info_before_validator_function(
                    growth_target, cs.nullable_schema(cs.definition_reference_schema(figure_ref))
                ),
                default=None,
            ),
            "share_of": optional(txt),
            "parts": optional(cs.list_schema(name)),
            "exact": optional(cs.bool_schema(strict=True)),
            "headline": cs.with_default_schema(cs.bool_schema(strict=True), default=False),
            "as_of": optional(day),
            "time_progress": share,
            "stated": cs.with_default_schema(
                cs.with_info_before_validator_function(stated, cs.nullable_schema(stated_schema)),
                default=None,
            ),
            "rank": optional(rank),
        },
        inputs_agree,
    )
    report = model(
        ReportInfo,
        {
            "title": name,
            "entity": optional(txt),
            "year": cs.int_schema(ge=1, le=9999, strict=True),
            "as_of": day,
            "basis": literal(get_args(Basis), "month"),
            "language": literal(get_args(Language), "zh"),
            "source": optional(txt),
            "time_progress": share,
        },
        as_of_in_year,
    )
    briefing = model(
        BriefingInfo,
        {
            "series": optional(txt),
            "issue": optional(strict_int),
            "issuer": optional(txt),
            "date": optional(day),
            "to": optional(txt),
            "copy_to": optional(txt),
            "send_to": optional(txt),
            "copies": optional(strict_int),
        },
        None,
    )
    snapshot = model(
        Snapshot,
        {
            "report": report,
            "briefing": optional(briefing),
            "indicator": cs.with_default_schema(cs.list_schema(indicator), default_factory=list),
        },
        None,
    )
    return cs.definitions_schema(snapshot if of == "snapshot" else indicator, [figure])


_VALIDATORS: dict[str, SchemaValidator] = {}


def validator(of: Literal["snapshot", "indicator"]) -> SchemaValidator:
    """The validator of a whole snapshot, or of one ``[[indicator]]`` table."""
    found = _VALIDATORS.get(of)
    if found is None:
        from pydantic_core import SchemaValidator

        found = _VALIDATORS[of] = SchemaValidator(core_schema(of))
    return found
