"""Figures across snapshots (compare: one entity over periods) and across entities (rank: a
league table), DESIGN.md §7. Kept apart from the report of one snapshot, which every other
command builds, so that those commands do not build these classes at every start."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from gxreport.exact import Fraction
from gxreport.kinds import Behaviour
from gxreport.records import Indicator
from gxreport.report import Maybe, Report, Row, Shown

# ── across snapshots (DESIGN.md §7) ─────────────────────────────────────────

# How 同比 moved between two periods, in the words reports use.
YoyTrend = Literal[
    "faster", "slower", "flat", "fall-narrowed", "fall-widened", "turned-up", "turned-down"
]


@dataclass(frozen=True, slots=True)
class Period:
    """One snapshot of a comparison: where it came from and the span it alone covers."""

    source: str
    as_of: dt.date
    elapsed: Fraction  # year to date, as a fraction of the year
    span: Fraction  # the period alone: since the previous snapshot (the first: since 1 January)


@dataclass(frozen=True, slots=True)
class Step:
    """One indicator at one snapshot, and how it moved since the previous one."""

    value: Decimal | None  # the cumulative actual at that snapshot's as_of
    period_alone: Maybe  # 单季/单月 (cumulative kinds)
    qoq_pct: Maybe  # 环比 of the period-alone figures
    per_month_qoq_pct: Maybe  # the same per month, when the periods differ in length
    completion: Shown
    completion_gain_pp: Maybe
    schedule_gap_pp: Shown
    schedule_gap_change_pp: Maybe
    yoy: Shown
    yoy_change_pp: Maybe
    yoy_trend: YoyTrend | None
    change: Maybe  # levels and averages: the change in their unit (个百分点 for %)
    target: Decimal | None  # the annual target at that snapshot (a target may change mid-year)
    places: int | None  # the decimals the value and period alone are exact at, as typed


@dataclass(frozen=True)
class Series:
    """One indicator across the snapshots, matched by id."""

    indicator: Indicator  # as in the latest snapshot
    behaviour: Behaviour
    yoy_is_pp: bool
    steps: tuple[Step, ...]


@dataclass(frozen=True, slots=True)
class LeftOut:
    """An indicator present in some snapshots only: left out of the comparison and listed."""

    id: str
    name: str
    present_in: tuple[str, ...]  # the sources that have it


@dataclass(frozen=True)
class Comparison:
    entity: str
    year: int
    periods: tuple[Period, ...]
    series: tuple[Series, ...]
    reports: tuple[Report, ...]
    lengths_differ: bool  # the periods alone are not all of one length: per-month rates shown
    left_out: tuple[LeftOut, ...] = ()


# ── across entities ─────────────────────────────────────────────────────────

Ties = Literal["competition", "dense"]
RankAgreement = Literal["agrees", "rounding", "differs"]


@dataclass(frozen=True, slots=True)
class Placed:
    """One entity in a league table."""

    entity: str
    source: str
    row: Row
    value: Shown  # the figure ranked by, exact (or as printed)
    shown: Decimal | None  # that figure as printed, which ties are decided on
    rank: int | None  # None: the figure cannot be had
    tied: bool
    stated_rank: int | None
    agreement: (
        RankAgreement | None
    )  # stated against computed; "rounding": unrounded values explain it


@dataclass(frozen=True)
class League:
    indicator_id: str
    name: str
    unit: str
    by: str
    ties: Ties
    lower_is_better: bool
    entities: tuple[Placed, ...]  # in rank order, unranked last
