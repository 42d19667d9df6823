"""The report: every derived figure, computed once, as raw Decimals (rates in %).

A figure that cannot be derived is an ``NA`` carrying the reason; renderers print "—".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeAlias

from gxreport.snapshot import Indicator, ReportInfo

if TYPE_CHECKING:
    from gxreport.audit import Audit


@dataclass(frozen=True, slots=True)
class NA:
    """Not derivable; ``reason`` is a key of ``i18n.REASONS``."""

    reason: str


Maybe: TypeAlias = "Decimal | NA"

PlanKind = Literal["target", "stretch", "custom"]
Status = Literal[
    "met", "ahead", "behind", "not-met", "exceeded", "infeasible", "no-target", "no-actual"
]
YoyWords = Literal["new", "turnaround", "loss-narrowed", "loss-widened"]


@dataclass(frozen=True, slots=True)
class PeriodAmount:
    """What one remaining month or quarter must bring."""

    index: int  # month 1–12 or quarter 1–4
    amount: Decimal
    partial: bool  # the period had begun by as_of: it gets only its remaining share


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """Where the cumulative figure must stand at a quarter end to be on 序时进度."""

    quarter: int
    cumulative: Decimal
    in_quarter: Decimal  # the amount that quarter alone must bring to get there


@dataclass(frozen=True, slots=True)
class Plan:
    """One target (annual, stretch or ``--target X``) and what it asks of the rest of the year."""

    kind: PlanKind
    target: Decimal
    completion: Maybe  # % of the target done (for reduction: the completion index)
    schedule_gap_pp: Maybe  # completion − 序时进度, in 个百分点
    met: bool | None
    remaining: Maybe  # what is still needed (0 when met)
    surplus: Decimal | None  # beyond the target, when met
    per_month: Maybe
    per_quarter: Maybe
    per_day: Maybe
    months: tuple[PeriodAmount, ...]
    quarters: tuple[PeriodAmount, ...]
    checkpoints: tuple[Checkpoint, ...]
    pace_ratio: Maybe  # required monthly rate ÷ monthly rate so far
    projected_completion: Maybe  # run-rate year-end figure ÷ target, in %
    reached_month: int | None  # month the target is reached at the current pace
    required_average: Maybe  # average kind: what the rest of the year must average
    margin: Decimal | None  # how far inside the target (≥ 0) or short of it (< 0), in the unit
    infeasible: str | None  # a reason key when the requirement cannot be met
    status: Status  # where the indicator stands against this target


@dataclass(frozen=True)
class Row:
    """One indicator with everything derived from it."""

    indicator: Indicator
    as_of: dt.date
    time_progress: Decimal  # fraction of the year elapsed at this indicator's as_of
    days_left: int
    plans: tuple[Plan, ...]
    status: Status
    yoy: Maybe  # % change, or 个百分点 when yoy_is_pp
    yoy_is_pp: bool
    yoy_words: YoyWords | None
    yoy_improved: bool | None  # direction-aware: a fall is an improvement when better="lower"
    share: Maybe  # % of the whole
    projection: Maybe  # year-end figure at the current pace (cumulative)

    @cached_property
    def annual(self) -> Plan | None:
        return self._plan("target")

    @cached_property
    def stretch(self) -> Plan | None:
        return self._plan("stretch")

    def _plan(self, kind: PlanKind) -> Plan | None:
        return next((p for p in self.plans if p.kind == kind), None)

    @property
    def completion(self) -> Maybe:
        """完成率 against the annual target (the summary's figure)."""
        plan = self.annual
        return plan.completion if plan is not None else NA("no-target")

    @property
    def schedule_gap_pp(self) -> Maybe:
        plan = self.annual
        return plan.schedule_gap_pp if plan is not None else NA("no-target")

    @property
    def half_time_half_task(self) -> bool:
        """时间过半、任务过半: at the half year (as of 30 June), half the annual target done."""
        plan = self.annual
        return (
            (self.as_of.month, self.as_of.day) == (6, 30)
            and plan is not None
            and isinstance(plan.completion, Decimal)
            and plan.completion >= 50
            and self.indicator.kind == "cumulative"
            and self.indicator.better == "higher"
        )


@dataclass(frozen=True)
class Gap:
    """What `gap` shows: one indicator's plans side by side, or every indicator compactly."""

    report: Report
    rows: tuple[Row, ...]
    focus: PlanKind | None  # show only this plan (``--stretch``); None: all of them
    compact: bool  # ``--all``: one row per indicator

    def plans(self, row: Row) -> tuple[Plan, ...]:
        if self.focus is None:
            return row.plans
        return tuple(p for p in row.plans if p.kind == self.focus)


@dataclass(frozen=True)
class Briefing:
    """What `briefing` renders: the report, its data check, and the template to use."""

    report: Report
    audit: Audit
    template: Path | None = None


@dataclass(frozen=True)
class Report:
    info: ReportInfo
    source: str
    time_progress: Decimal
    rows: tuple[Row, ...]
    groups: tuple[tuple[str, tuple[Row, ...]], ...] = field(default=())

    def row(self, indicator_id: str) -> Row | None:
        return self._by_id.get(indicator_id)

    @cached_property
    def _by_id(self) -> dict[str, Row]:
        # A dict, not a scan: the briefing looks up the whole of every share_of row.
        return {r.indicator.id: r for r in self.rows}
