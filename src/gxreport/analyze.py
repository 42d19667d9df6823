"""Pure derivations: Snapshot → Report. Every figure of DESIGN.md §3 is computed here, once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal
from fractions import Fraction

from gxreport.periods import (
    Slice,
    days_left,
    elapsed,
    remaining_months,
    remaining_quarters,
    to_decimal,
)
from gxreport.report import (
    NA,
    Checkpoint,
    Maybe,
    PeriodAmount,
    Plan,
    PlanKind,
    Report,
    Row,
    Status,
    YoyWords,
)
from gxreport.snapshot import Basis, Indicator, Snapshot

HUNDRED = Decimal(100)
ZERO = Decimal(0)


@dataclass(frozen=True)
class Timeline:
    """Everything about one as_of date that every indicator on it shares, computed once."""

    elapsed: Fraction  # 序时进度, exactly
    t: Decimal
    left_days: int
    months: list[Slice]
    quarters: list[Slice]
    # The share of what remains each remaining month and quarter takes, exactly; and the
    # share one calendar month, quarter or day takes (None when none is left).
    month_shares: tuple[Fraction, ...]
    quarter_shares: tuple[Fraction, ...]
    per_month: Fraction | None
    per_quarter: Fraction | None
    per_day: Fraction | None

    @classmethod
    def of(cls, as_of: dt.date, basis: Basis) -> Timeline:
        t = elapsed(as_of, basis)
        months = remaining_months(as_of, basis)
        quarters = remaining_quarters(as_of, basis)
        left = 1 - t
        left_days = days_left(as_of)
        month_count = sum((m.count for m in months), Fraction(0))
        quarter_count = sum((q.count for q in quarters), Fraction(0))
        return cls(
            elapsed=t,
            t=to_decimal(t),
            left_days=left_days,
            months=months,
            quarters=quarters,
            month_shares=tuple(m.weight / left for m in months) if left else (),
            quarter_shares=tuple(q.weight / left for q in quarters) if left else (),
            per_month=1 / month_count if month_count else None,
            per_quarter=1 / quarter_count if quarter_count else None,
            per_day=Fraction(1, left_days) if left_days else None,
        )


def analyze(
    snapshot: Snapshot,
    source: str = "<snapshot>",
    custom_targets: Mapping[str, Decimal] | None = None,
    detail: bool | Collection[str] = True,
) -> Report:
    """Derive every figure. ``custom_targets`` adds a ``--target X`` plan to named indicators.

    ``detail`` says for which indicators (all, none, or those ids) to lay out the plans month
    by month and quarter by quarter with checkpoints: what `gap` shows for one indicator.
    The summary, `gap --all` and the briefing need only the per-period rates.
    """
    info = snapshot.report
    custom_targets = custom_targets or {}
    by_id = {ind.id: ind for ind in snapshot.indicators}
    timelines: dict[dt.date, Timeline] = {}
    rows = []
    for ind in snapshot.indicators:
        as_of = ind.as_of or info.as_of
        timeline = timelines.get(as_of)
        if timeline is None:
            timeline = timelines[as_of] = Timeline.of(as_of, info.basis)
        whole = ind.whole
        if ind.share_of is not None and ind.share_of in by_id:
            whole = by_id[ind.share_of].actual
        rows.append(
            _row(
                ind,
                as_of,
                timeline,
                whole,
                custom_targets.get(ind.id),
                detail is True or (detail is not False and ind.id in detail),
            )
        )
    groups: dict[str, list[Row]] = {}
    for row in rows:
        groups.setdefault(row.indicator.group, []).append(row)
    return Report(
        info=info,
        source=source,
        time_progress=to_decimal(elapsed(info.as_of, info.basis)),
        rows=tuple(rows),
        groups=tuple((name, tuple(members)) for name, members in groups.items()),
    )


def _row(
    ind: Indicator,
    as_of: dt.date,
    timeline: Timeline,
    whole: Decimal | None,
    custom: Decimal | None,
    detail: bool,
) -> Row:
    targets: list[tuple[PlanKind, Decimal]] = []
    if ind.target is not None:
        targets.append(("target", ind.target))
    if ind.stretch is not None:
        targets.append(("stretch", ind.stretch))
    if custom is not None:
        targets.append(("custom", custom))
    plans = tuple(_plan(ind, kind, x, timeline, detail) for kind, x in targets)
    annual = plans[0] if plans and plans[0].kind == "target" else None
    yoy, yoy_is_pp, words, improved = _yoy(ind)
    return Row(
        indicator=ind,
        as_of=as_of,
        time_progress=timeline.t,
        days_left=timeline.left_days,
        plans=plans,
        status=annual.status if annual is not None else "no-target",
        yoy=yoy,
        yoy_is_pp=yoy_is_pp,
        yoy_words=words,
        yoy_improved=improved,
        share=_share(ind, whole),
        projection=_projection(ind, timeline.t),
    )


def _status(
    ind: Indicator, target: Decimal, met: bool, gap: Maybe, infeasible: str | None
) -> Status:
    assert ind.actual is not None
    if infeasible:
        return "infeasible"
    if ind.kind == "cumulative" and ind.better == "lower":
        # A cap used up over the year: staying at or under 序时进度 is good.
        if ind.actual > target:
            return "exceeded"
        return "ahead" if isinstance(gap, Decimal) and gap <= 0 else "behind"
    if met:
        return "met"
    if ind.kind == "cumulative":
        return "ahead" if isinstance(gap, Decimal) and gap >= 0 else "behind"
    return "not-met"


def _is_met(ind: Indicator, actual: Decimal, target: Decimal) -> bool:
    if ind.kind == "reduction":
        return actual >= target  # cut at least as much as planned
    if ind.better == "lower":
        return actual <= target
    return actual >= target


def _whole_things(ind: Indicator) -> bool:
    """Counted one by one (户, 个 …) and accumulated: what is required rounds up."""
    return ind.unit_info.is_count and ind.kind == "cumulative"


def _ceil_if_count(ind: Indicator, value: Decimal) -> Decimal:
    return value.to_integral_value(rounding=ROUND_CEILING) if _whole_things(ind) else value


def _spread(ind: Indicator, remaining: Decimal, share: Fraction) -> Decimal:
    """``remaining × share``, exactly; whole things (户, 个 …) round up, so the plan still
    covers what remains. Integer arithmetic: this runs for every month of every plan."""
    n, d = remaining.as_integer_ratio()
    num, den = n * share.numerator, d * share.denominator
    if _whole_things(ind):
        return Decimal(-(-num // den))
    return Decimal(num) / Decimal(den)


def _plan(
    ind: Indicator,
    kind: PlanKind,
    target: Decimal,
    timeline: Timeline,
    detail: bool,
) -> Plan:
    actual = ind.actual
    t = timeline.t
    time_left = 1 - t
    if actual is None:
        return Plan(
            kind=kind,
            target=target,
            completion=NA("no-actual"),
            schedule_gap_pp=NA("no-actual"),
            met=None,
            remaining=NA("no-actual"),
            surplus=None,
            per_month=NA("no-actual"),
            per_quarter=NA("no-actual"),
            per_day=NA("no-actual"),
            months=(),
            quarters=(),
            checkpoints=_checkpoints(ind, target, timeline.quarters, None) if detail else (),
            pace_ratio=NA("no-actual"),
            projected_completion=NA("no-actual"),
            reached_month=None,
            required_average=NA("no-actual"),
            margin=None,
            infeasible=None,
            status="no-actual",
        )

    met = _is_met(ind, actual, target)
    completion: Maybe
    if ind.kind == "reduction":
        # 降低率: a plan to cut by p %, achieved a %; index (1 − a) ÷ (1 − p), < 100 % is beaten.
        completion = (
            (HUNDRED - actual) / (HUNDRED - target) * HUNDRED
            if target < HUNDRED
            else NA("cut-of-100")
        )
    elif ind.better == "lower" and ind.kind != "cumulative":
        # A cap (PM2.5 ≤ 38): a ratio says nothing; the margin to the cap does.
        completion = NA("cap-target")
    elif target == 0:
        completion = NA("zero-target")
    else:
        completion = actual / target * HUNDRED
    gap: Maybe = NA("not-cumulative")
    if ind.kind == "cumulative" and isinstance(completion, Decimal):
        gap = completion - t * HUNDRED

    not_spreadable = ind.kind in ("average", "reduction")
    raw_remaining = target - actual
    remaining: Maybe
    surplus: Decimal | None = None
    if not_spreadable:
        remaining = NA("not-cumulative")
    elif ind.kind == "cumulative" and met:
        remaining = ZERO
        surplus = actual - target if ind.better == "higher" else target - actual
    else:
        remaining = raw_remaining

    per_month: Maybe
    per_quarter: Maybe
    per_day: Maybe
    month_plan: tuple[PeriodAmount, ...] = ()
    quarter_plan: tuple[PeriodAmount, ...] = ()
    if not isinstance(remaining, Decimal):
        per_month = per_quarter = per_day = remaining
    elif timeline.per_month is None or timeline.per_quarter is None:
        per_month = per_quarter = per_day = NA("year-over")
    elif remaining == 0:
        per_month = per_quarter = per_day = ZERO
        if detail:
            month_plan = tuple(PeriodAmount(s.index, ZERO, s.partial) for s in timeline.months)
            quarter_plan = tuple(PeriodAmount(s.index, ZERO, s.partial) for s in timeline.quarters)
    else:
        # Spread evenly over the time left: a full month is 1/12 of the year, and the month
        # or quarter that as_of falls in gets only the share of it still to run. The per-month
        # and per-quarter figures are per calendar period left (a partly elapsed one counts
        # for what is left of it); on the month basis that is remaining ÷ (12 × (1 − t)).
        per_month = _spread(ind, remaining, timeline.per_month)
        per_quarter = _spread(ind, remaining, timeline.per_quarter)
        per_day = _spread(ind, remaining, timeline.per_day) if timeline.per_day else NA("year-over")
        if detail:
            month_plan = tuple(
                PeriodAmount(s.index, _spread(ind, remaining, share), s.partial)
                for s, share in zip(timeline.months, timeline.month_shares, strict=True)
            )
            quarter_plan = tuple(
                PeriodAmount(s.index, _spread(ind, remaining, share), s.partial)
                for s, share in zip(timeline.quarters, timeline.quarter_shares, strict=True)
            )

    pace: Maybe = NA("not-cumulative")
    projected: Maybe = NA("not-cumulative")
    reached: int | None = None
    if ind.kind == "cumulative" and ind.better == "higher":
        projected = actual / t / target * HUNDRED
        if met:
            pace = NA("target-met")
        elif time_left <= 0:
            pace = NA("year-over")
        elif actual <= 0:
            pace = NA("no-pace")
        else:
            # required monthly rate ÷ achieved monthly rate; the 12s cancel.
            pace = raw_remaining * t / (actual * time_left)
            # The month the target is reached at this pace, exactly: ⌈12·t·target ÷ actual⌉.
            tn, td = target.as_integer_ratio()
            an, ad = actual.as_integer_ratio()
            e = timeline.elapsed
            whole_months = -(-(12 * e.numerator * tn * ad) // (e.denominator * td * an))
            reached = whole_months if whole_months <= 12 else None

    required_average: Maybe = NA("not-average")
    if ind.kind == "average":
        required_average = (target - actual * t) / time_left if time_left > 0 else NA("year-over")

    infeasible = _infeasible(ind, remaining, required_average, timeline.left_days)
    return Plan(
        kind=kind,
        target=target,
        completion=completion,
        schedule_gap_pp=gap,
        met=met,
        remaining=remaining,
        surplus=surplus,
        per_month=per_month,
        per_quarter=per_quarter,
        per_day=per_day,
        months=month_plan,
        quarters=quarter_plan,
        checkpoints=_checkpoints(ind, target, timeline.quarters, actual) if detail else (),
        pace_ratio=pace,
        projected_completion=projected,
        reached_month=reached,
        required_average=required_average,
        margin=target - actual if ind.better == "lower" else actual - target,
        infeasible=infeasible,
        status=_status(ind, target, met, gap, infeasible),
    )


def _checkpoints(
    ind: Indicator,
    target: Decimal,
    quarters: list[Slice],
    actual: Decimal | None,
) -> tuple[Checkpoint, ...]:
    """On 序时进度 at each remaining quarter end: q/4 of the target, cumulatively."""
    if ind.kind != "cumulative" or ind.better != "higher":
        return ()
    points = []
    previous = actual
    for q in quarters:
        cumulative = target * q.index / 4
        start = previous if previous is not None else target * (q.index - 1) / 4
        in_quarter = max(cumulative - start, ZERO)
        points.append(Checkpoint(q.index, cumulative, _ceil_if_count(ind, in_quarter)))
        previous = max(cumulative, start)
    return tuple(points)


def _infeasible(
    ind: Indicator, remaining: Maybe, required_average: Maybe, left_days: int
) -> str | None:
    unit = ind.unit_info
    if (
        ind.kind == "cumulative"
        and unit.base == "天"
        and unit.exponent == 0
        and isinstance(remaining, Decimal)
        and remaining > left_days
    ):
        return "more-days-than-left"
    if isinstance(required_average, Decimal):
        if ind.better == "lower" and required_average < 0:
            return "average-below-zero"
        if unit.is_percent and ind.better == "higher" and required_average > HUNDRED:
            return "share-above-100"
    if (
        unit.is_percent
        and ind.kind == "level"
        and isinstance(remaining, Decimal)
        and ind.actual is not None
        and ind.actual + remaining > HUNDRED
    ):
        return "share-above-100"
    return None


def _yoy(ind: Indicator) -> tuple[Maybe, bool, YoyWords | None, bool | None]:
    """同比: % change on a positive base; 个百分点 for rates; words for zero or negative bases."""
    actual, base = ind.actual, ind.last_year
    if actual is None:
        return NA("no-actual"), False, None, None
    if base is None:
        return NA("no-last-year"), False, None, None
    lower = ind.better == "lower"
    if ind.unit_info.is_percent:
        change = actual - base
        return change, True, None, _improved(change, lower)
    if base > 0:
        change = (actual - base) / base * HUNDRED
        return change, False, None, _improved(change, lower)
    words: YoyWords | None
    if base == 0:
        words = "new" if actual > 0 else None
    elif actual >= 0:
        words = "turnaround"
    elif actual > base:
        words = "loss-narrowed"
    elif actual < base:
        words = "loss-widened"
    else:
        words = None
    improved = None if actual == base else _improved(actual - base, lower)
    return NA("base-not-positive"), False, words, improved


def _improved(change: Decimal, lower: bool) -> bool | None:
    if change == 0:
        return None
    return (change < 0) if lower else (change > 0)


def _share(ind: Indicator, whole: Decimal | None) -> Maybe:
    if ind.whole is None and ind.share_of is None:
        return NA("no-whole")
    if ind.actual is None:
        return NA("no-actual")
    if whole is None or whole <= 0:
        return NA("whole-not-positive")
    return ind.actual / whole * HUNDRED


def _projection(ind: Indicator, t: Decimal) -> Maybe:
    if ind.kind != "cumulative":
        return NA("not-cumulative")
    if ind.actual is None:
        return NA("no-actual")
    return ind.actual / t
