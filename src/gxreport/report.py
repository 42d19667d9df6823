"""The report: every derived figure and every judgment, computed once (raw exact values).

Figures are exact fractions (rates in %, gaps in 个百分点). A figure that cannot be derived is
an ``NA`` carrying its reason; one the source printed but the tool cannot derive is a
``Printed``. Renderers choose words and layout only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property
from typing import Literal, Protocol, TypeAlias

from gxreport import formulas as fx
from gxreport.exact import Fraction
from gxreport.kinds import Behaviour
from gxreport.records import Indicator, ReportInfo
from gxreport.rounding import Precision
from gxreport.stated import StatedFigure, StatedKind

Reason = Literal[
    "no-actual",
    "no-target",
    "no-stretch",
    "no-last-year",
    "base-not-positive",
    "no-whole",
    "no-target-yoy",
    "no-period-target",
    "whole-not-positive",
    "units-differ",
    "not-cumulative",
    "not-average",
    "not-scheduled",
    "cap-target",
    "ceiling",
    "input-missing",
    "zero-target",
    "cut-of-100",
    "year-over",
    "target-met",
    "secured",
    "no-pace",
    "under-one",
    "under-a-quarter",
    "more-days-than-left",
    "average-below-zero",
    "share-above-100",
    "no-earlier",
    "against-last-year",
    "change-of-a-share",
    "not-shown",
    "no-value",
    "base-not-positive-then",
    "lengths-differ",
    "same-length",
]
Infeasible = Literal["more-days-than-left", "average-below-zero", "share-above-100"]


@dataclass(frozen=True, slots=True)
class NA:
    """Not derivable, and why."""

    reason: Reason


@dataclass(frozen=True, slots=True)
class Printed:
    """A figure as the source printed it, shown where the derived one would be (原文)."""

    text: str
    value: Decimal
    kind: StatedKind

    @classmethod
    def of(cls, fig: StatedFigure) -> Printed:
        return cls(fig.text, fig.value, fig.kind)


Maybe: TypeAlias = "Fraction | NA"
# A completion above this, in %, is flagged: no target is beaten tenfold by chance.
IMPLAUSIBLE_PCT = 1000
Shown: TypeAlias = "Fraction | Printed | NA"

PlanKind = Literal["target", "stretch", "custom"]
Status = Literal[
    "met",
    "ahead",
    "on-schedule",
    "behind",
    "not-met",
    "within-line",
    "above-line",
    "exceeded",
    "infeasible",
    "no-target",
    "no-actual",
    "above-expected",
    "at-expected",
    "below-expected",
]
YoyWords = Literal["new", "turnaround", "loss-narrowed", "loss-widened"]
# Where a scheduled indicator stands against 序时进度, by the gap as shown (a gap that shows
# as 0.00 is on schedule): the words 超/持平/低于 follow this, in every output.
Position = Literal["ahead", "on-schedule", "behind"]
AttentionKind = Literal[
    "infeasible",
    "behind",
    "behind-printed",
    "not-met",
    "over-cap",
    "exceeded",
    "above-line",
    "yoy",
    "share-above-100",
    "implausible",
    "below-expected",
]


@dataclass(frozen=True, slots=True)
class PeriodAmount:
    """What one remaining month or quarter must bring."""

    index: int  # month 1–12 or quarter 1–4
    amount: Fraction
    partial: bool  # the period had begun by as_of: it gets only its remaining share


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """Where the cumulative figure must stand at a quarter end to be on 序时进度."""

    quarter: int
    cumulative: Fraction
    in_quarter: Fraction  # the amount that quarter alone must bring to get there


@dataclass(frozen=True, slots=True)
class Plan:
    """One target (annual, stretch or ``--target X``) and what it asks of the rest of the year."""

    kind: PlanKind
    target: Decimal
    completion: Maybe  # % of the target done (for reduction: the completion index)
    schedule_gap_pp: Maybe  # completion − 序时进度, in 个百分点
    position: Position | None  # against 序时进度, by the gap as shown
    met: bool | None
    remaining: Maybe  # what is still needed (0 when met); a ceiling's headroom (尚余额度)
    surplus: Fraction | None  # beyond the target, when met
    usage: Maybe  # a ceiling: actual ÷ target (已用额度), in %
    line: Maybe  # a ceiling: target × 序时进度, the pro-rated line (序时额度)
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
    margin: Fraction | None  # inside the target (≥ 0) or short of it (< 0), in the unit
    infeasible: Infeasible | None
    status: Status  # where the indicator stands against this target


@dataclass(frozen=True)
class Row:
    """One indicator with everything derived from it."""

    indicator: Indicator
    behaviour: Behaviour
    as_of: dt.date
    elapsed: Fraction  # 序时进度 at this indicator's as_of, exactly
    days_left: int
    plans: tuple[Plan, ...]
    status: Status
    # No target given, but a printed 完成率: the status is judged on the printed figure.
    on_printed: bool
    completion: Shown  # the summary's 完成率 (annual target), or as printed
    schedule_gap_pp: Shown
    yoy: Shown  # % change, or 个百分点 when yoy_is_pp; or as printed
    yoy_is_pp: bool
    yoy_words: YoyWords | None
    yoy_improved: bool | None  # direction-aware: a fall is an improvement when better="lower"
    share: Shown  # % of the whole
    whole_name: str | None  # the indicator this is a share of, when named by share_of
    projection: Maybe  # year-end figure at the current pace (cumulative)
    yoy_vs_target_pp: Maybe  # 同比 less its target (target_yoy), in 个百分点
    period_completion: Maybe  # actual ÷ the period's own target (period_target), in %
    half_time_half_task: bool  # 时间过半、任务过半: at 30 June, half the annual target done

    @property
    def progress_pct(self) -> Fraction:
        """序时进度 at this row's as_of, in %."""
        return fx.time_progress_pct(self.elapsed)

    # Plain properties: a row holds at most three plans, and a cached_property takes a lock
    # on every first read (Python 3.11), which costs more than the search.
    @property
    def annual(self) -> Plan | None:
        return self._plan("target")

    @property
    def stretch(self) -> Plan | None:
        return self._plan("stretch")

    def _plan(self, kind: PlanKind) -> Plan | None:
        for plan in self.plans:
            if plan.kind == kind:
                return plan
        return None

    @property
    def judged(self) -> bool:
        """Has a status against a target: the annual one, a printed 完成率, or a growth
        target (target_yoy): what the overview counts."""
        return (
            self.annual is not None
            or self.on_printed
            or self.status in ("above-expected", "at-expected", "below-expected")
        )

    @property
    def implausible(self) -> bool:
        """A completion beyond belief (over 1000 %): most often a unit or a column mixed up
        (万元 typed against a target in 亿元)."""
        value = self.completion
        shown = value.value if isinstance(value, Printed) else value
        return not isinstance(shown, NA) and shown > IMPLAUSIBLE_PCT

    @property
    def usage(self) -> Maybe:
        """A ceiling's 已用额度 (actual ÷ target, in %): what it shows for a 完成率."""
        plan = self.annual
        if not self.behaviour.ceiling:
            return NA("not-cumulative")
        return plan.usage if plan is not None else NA("no-target")

    @property
    def has_printed(self) -> bool:
        return any(
            isinstance(x, Printed)
            for x in (self.completion, self.schedule_gap_pp, self.yoy, self.share)
        )


@dataclass(frozen=True, slots=True)
class Attention:
    """One item of the briefing's attention list: what it is about, and against which plan."""

    kind: AttentionKind
    row: Row
    plan: Plan | None


@dataclass(frozen=True)
class Report:
    info: ReportInfo
    source: str
    precision: Precision
    elapsed: Fraction  # 序时进度 at the report's as_of
    rows: tuple[Row, ...]
    groups: tuple[tuple[str, tuple[Row, ...]], ...]
    status_counts: tuple[tuple[Status, int], ...]  # rows with an annual target, in a fixed order
    without_target: int
    attention: tuple[Attention, ...]

    @property
    def progress_pct(self) -> Fraction:
        """序时进度 at the report's as_of, in %."""
        return fx.time_progress_pct(self.elapsed)

    def row(self, indicator_id: str) -> Row | None:
        return self._by_id.get(indicator_id)

    @cached_property
    def _by_id(self) -> dict[str, Row]:
        return {r.indicator.id: r for r in self.rows}

    @property
    def half_time_half_task(self) -> tuple[Row, ...]:
        return tuple(r for r in self.rows if r.half_time_half_task)

    @property
    def has_printed(self) -> bool:
        return any(r.has_printed for r in self.rows)


class RowsView(Protocol):
    """What the summary's JSON and CSV need: a report's head and its rows, in order."""

    @property
    def info(self) -> ReportInfo: ...

    @property
    def elapsed(self) -> Fraction: ...

    @property
    def progress_pct(self) -> Fraction: ...

    @property
    def rows(self) -> Iterable[Row]: ...


@dataclass(frozen=True)
class RowStream:
    """A report's rows made one at a time as they are written (a file too large to hold)."""

    info: ReportInfo
    source: str
    elapsed: Fraction
    rows: Iterable[Row]

    @property
    def progress_pct(self) -> Fraction:
        return fx.time_progress_pct(self.elapsed)
