"""Snapshot → Report: every figure of DESIGN.md §3 through ``formulas``, every judgment here.

What a kind means is asked of ``kinds``; what a figure is, of ``formulas``. The report also
holds the judgments renderers would otherwise make: status (on schedule when the gap shows
as 0 at the chosen precision), status counts and the attention list.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from gxreport import formulas as fx
from gxreport.exact import Fraction, exact
from gxreport.kinds import Behaviour, behaviour
from gxreport.periods import (
    Slice,
    days_in_year,
    days_left,
    elapsed,
    month_of_day,
    remaining_months,
    remaining_quarters,
)
from gxreport.records import Basis, Indicator, ReportInfo, Snapshot
from gxreport.report import (
    NA,
    Attention,
    Checkpoint,
    Infeasible,
    Maybe,
    PeriodAmount,
    Plan,
    PlanKind,
    Position,
    Printed,
    Report,
    Row,
    Shown,
    Status,
    YoyWords,
)
from gxreport.rounding import Precision, shows_zero
from gxreport.stated import StatedFigure
from gxreport.units import Unit

ZERO = Fraction(0)
HUNDRED = Fraction(100)

# The order the briefing counts statuses in.
STATUS_ORDER: tuple[Status, ...] = (
    "ahead",
    "on-schedule",
    "behind",
    "met",
    "not-met",
    "within-line",
    "above-line",
    "exceeded",
    "infeasible",
    "above-expected",
    "at-expected",
    "below-expected",
    "no-actual",
)


@dataclass(frozen=True)
class Timeline:
    """Everything about one as_of date that every indicator on it shares, computed once."""

    as_of: dt.date
    basis: Basis
    elapsed: Fraction  # 序时进度, exactly
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
    month_count: Fraction
    quarter_count: Fraction

    @classmethod
    def of(cls, as_of: dt.date, basis: Basis) -> Timeline:
        t = elapsed(as_of, basis)
        months = remaining_months(as_of, basis)
        quarters = remaining_quarters(as_of, basis)
        left = 1 - t
        left_days = days_left(as_of)
        month_count = sum((m.count for m in months), ZERO)
        quarter_count = sum((q.count for q in quarters), ZERO)
        return cls(
            as_of=as_of,
            basis=basis,
            elapsed=t,
            left_days=left_days,
            months=months,
            quarters=quarters,
            month_shares=tuple(m.weight / left for m in months) if left else (),
            quarter_shares=tuple(q.weight / left for q in quarters) if left else (),
            per_month=1 / month_count if month_count else None,
            per_quarter=1 / quarter_count if quarter_count else None,
            per_day=Fraction(1, left_days) if left_days else None,
            month_count=month_count,
            quarter_count=quarter_count,
        )


def analyze(
    snapshot: Snapshot,
    source: str = "<snapshot>",
    custom_targets: Mapping[str, Decimal] | None = None,
    detail: bool | Collection[str] = True,
    precision: Precision | None = None,
    plans: bool = True,
) -> Report:
    """Derive every figure and judgment. ``custom_targets`` adds a ``--target X`` plan to
    named indicators; ``precision`` is what figures will be shown at (a gap that shows as 0
    is 与序时进度持平).

    ``detail`` says for which indicators (all, none, or those ids) to lay out the plans month
    by month and quarter by quarter with checkpoints: what `gap` shows for one indicator.
    ``plans=False`` leaves out what only the rest-of-year plans show (per period, pace, the
    projection and the month a target is reached): the summary, compare and rank show none,
    and they are most of the arithmetic.
    """
    info = snapshot.report
    precision = precision or Precision()
    by_id = {ind.id: ind for ind in snapshot.indicators}
    rows = list(rows_of(info, snapshot.indicators, by_id, custom_targets, detail, precision, plans))
    groups: dict[str, list[Row]] = {}
    for row in rows:
        groups.setdefault(row.indicator.group, []).append(row)
    with_target = [r for r in rows if r.judged]
    return Report(
        info=info,
        source=source,
        precision=precision,
        elapsed=report_elapsed(info),
        rows=tuple(rows),
        groups=tuple((name, tuple(members)) for name, members in groups.items()),
        status_counts=status_counts(with_target),
        without_target=len(rows) - len(with_target),
        attention=tuple(item for row in rows for item in _attention(row)),
    )


def status_counts(rows: Iterable[Row]) -> tuple[tuple[Status, int], ...]:
    """How many of ``rows`` have each status, in the fixed order (those with a target: the
    overview counts the report's, the briefing's short form a group's)."""
    counts = Counter(r.status for r in rows if r.judged)
    return tuple((s, counts[s]) for s in STATUS_ORDER if counts[s])


def report_elapsed(info: ReportInfo) -> Fraction:
    """序时进度 at the report's as_of: as the report states it, else the calendar's."""
    return fx.schedule_elapsed(info.time_progress, elapsed(info.as_of, info.basis))


class Whole(Protocol):
    """What a share needs of the indicator that is its whole."""

    @property
    def actual(self) -> Decimal | None: ...

    @property
    def name(self) -> str: ...

    @property
    def unit_info(self) -> Unit: ...


@dataclass(frozen=True, slots=True)
class WholeOf:
    """A whole kept without its indicator (a row at a time: see ``rows_of``)."""

    actual: Decimal | None
    name: str
    unit_info: Unit


def rows_of(
    info: ReportInfo,
    indicators: Iterable[Indicator],
    wholes: Mapping[str, Whole],
    custom_targets: Mapping[str, Decimal] | None = None,
    detail: bool | Collection[str] = True,
    precision: Precision | None = None,
    plans: bool = True,
) -> Iterator[Row]:
    """Each indicator's row, one at a time: the figures of one indicator need no other but
    the whole of a share (``wholes``, by id)."""
    precision = precision or Precision()
    custom_targets = custom_targets or {}
    timelines: dict[dt.date, Timeline] = {}
    for ind in indicators:
        as_of = ind.as_of or info.as_of
        timeline = timelines.get(as_of)
        if timeline is None:
            timeline = timelines[as_of] = Timeline.of(as_of, info.basis)
        yield _row(
            ind,
            timeline,
            fx.schedule_elapsed(
                ind.time_progress if ind.time_progress is not None else info.time_progress,
                timeline.elapsed,
            ),
            whole_of(ind, wholes),
            custom_targets.get(ind.id),
            detail is True or (detail is not False and ind.id in detail),
            precision,
            wholes,
            plans,
        )


def whole_of(ind: Indicator, by_id: Mapping[str, Whole]) -> Fraction | NA:
    """The whole this indicator is a share of, in this indicator's unit (4.35 亿元 of 17.23
    万亿元 is 4.35 of 172300)."""
    if ind.whole is not None:
        return exact(ind.whole)
    if ind.share_of is None:
        return NA("no-whole")
    other = by_id.get(ind.share_of)
    if other is None or other.actual is None:
        return NA("whole-not-positive")
    mine, theirs = ind.unit_info, other.unit_info
    if mine.base != theirs.base and not (mine.category == theirs.category == "percent"):
        return NA("units-differ")
    return exact(other.actual) * Fraction(10) ** (theirs.exponent - mine.exponent)


def _or_printed(derived: Maybe, fig: StatedFigure | None) -> Shown:
    """The derived figure; where it cannot be derived, the source's own, marked as printed."""
    if isinstance(derived, NA) and fig is not None:
        return Printed.of(fig)
    return derived


def _row(
    ind: Indicator,
    timeline: Timeline,
    progress: Fraction,
    whole: Fraction | NA,
    custom: Decimal | None,
    detail: bool,
    precision: Precision,
    by_id: Mapping[str, Whole],
    plans: bool = True,
) -> Row:
    b = behaviour(ind.kind, ind.better)
    targets: list[tuple[PlanKind, Decimal]] = []
    if ind.target is not None:
        targets.append(("target", ind.target))
    if ind.stretch is not None:
        targets.append(("stretch", ind.stretch))
    if custom is not None:
        targets.append(("custom", custom))
    made = tuple(
        _plan(ind, b, kind, x, timeline, progress, detail, precision, plans) for kind, x in targets
    )
    annual = made[0] if made and made[0].kind == "target" else None
    yoy, yoy_is_pp, words = _yoy(ind)
    stated = ind.stated
    yoy_shown = _or_printed(yoy, stated.yoy if stated else None)
    if isinstance(yoy_shown, Printed):
        yoy_is_pp = yoy_shown.kind == "pp"
    completion = annual.completion if annual is not None else NA("no-target")
    gap = annual.schedule_gap_pp if annual is not None else NA("no-target")
    t = progress  # 序时进度 as the report counts it (the calendar's unless stated)
    status: Status = annual.status if annual is not None else "no-target"
    printed_completion = stated.completion if stated else None
    on_printed = False
    if annual is None and printed_completion is not None and b.schedule:
        # A printed 完成率 is a figure though the target is not given: judged against 序时进度
        # all the same, and marked as printed wherever it is shown.
        gap = fx.schedule_gap_pp(exact(printed_completion.value), t)
        status = _position(gap, precision) or "no-target"
        on_printed = True
    against_yoy = _against_target_yoy(ind, yoy_shown)
    if status == "no-target" and isinstance(against_yoy, Fraction):
        # A growth-rate target (增长6%左右) is judged on the 同比, never as a level.
        status = (
            "at-expected"
            if shows_zero(against_yoy, precision)
            else "above-expected"
            if against_yoy > 0
            else "below-expected"
        )
    return Row(
        indicator=ind,
        behaviour=b,
        as_of=timeline.as_of,
        elapsed=t,
        days_left=timeline.left_days,
        plans=made,
        status=status,
        on_printed=on_printed,
        completion=_or_printed(completion, printed_completion),
        schedule_gap_pp=_or_printed(gap, stated.schedule_gap if stated and b.schedule else None),
        yoy=yoy_shown,
        yoy_is_pp=yoy_is_pp,
        yoy_words=words,
        yoy_improved=_improved(ind, yoy_shown, words),
        share=_or_printed(_share(ind, whole), stated.share if stated else None),
        whole_name=by_id[ind.share_of].name
        if ind.share_of is not None and ind.share_of in by_id
        else None,
        projection=(
            fx.projection(exact(ind.actual), t)
            if ind.kind == "cumulative" and ind.actual is not None and t
            else NA("not-cumulative" if ind.kind != "cumulative" else "no-actual")
        ),
        yoy_vs_target_pp=against_yoy,
        period_completion=(
            fx.completion(exact(ind.actual), exact(ind.period_target))
            if ind.period_target is not None and ind.actual is not None and ind.period_target
            else NA("no-period-target" if ind.period_target is None else "no-actual")
        ),
        half_time_half_task=(
            (timeline.as_of.month, timeline.as_of.day) == (6, 30)
            and b.schedule
            and annual is not None
            and isinstance(annual.completion, Fraction)
            and annual.completion >= 50
        ),
    )


def _against_target_yoy(ind: Indicator, yoy: Shown) -> Maybe:
    """同比 less the 同比 target, in 个百分点 (6.4% against 增长6%左右: 0.4 above)."""
    if ind.target_yoy is None:
        return NA("no-target-yoy")
    if isinstance(yoy, NA):
        return yoy
    value = yoy if isinstance(yoy, Fraction) else exact(yoy.value)
    return fx.change(value, exact(ind.target_yoy.value))


def _position(gap: Maybe, precision: Precision) -> Position | None:
    if not isinstance(gap, Fraction):
        return None
    if shows_zero(gap, precision):
        return "on-schedule"
    return "ahead" if gap > 0 else "behind"


def _status(
    b: Behaviour,
    actual: Fraction,
    target: Fraction,
    met: bool,
    position: Position | None,
    infeasible: Infeasible | None,
    t: Fraction,
) -> Status:
    if infeasible:
        return "infeasible"
    if b.ceiling:
        if actual > target:
            return "exceeded"
        return "within-line" if actual <= fx.pro_rated(target, t) else "above-line"
    if met:
        return "met"
    return position or "not-met"


def _spread_amounts(
    amount: Fraction, slices: list[Slice], shares: tuple[Fraction, ...], whole_things: bool
) -> tuple[PeriodAmount, ...]:
    """What each remaining period must bring. Whole things (户, 个 …) are laid out so that by
    the end of each period the cumulative plan is rounded up: whole numbers that add up to
    what remains, never a fraction of a project."""
    out = []
    done_share = ZERO
    done = ZERO
    for s, share in zip(slices, shares, strict=True):
        if whole_things:
            done_share += share
            upto = _ceil(fx.spread(amount, done_share))
            out.append(PeriodAmount(s.index, upto - done, s.partial))
            done = upto
        else:
            out.append(PeriodAmount(s.index, fx.spread(amount, share), s.partial))
    return tuple(out)


def _ceil(value: Fraction) -> Fraction:
    return Fraction(-(-value.numerator // value.denominator))


def _per_period(
    amount: Fraction, share: Fraction | None, periods: Fraction, whole_things: bool
) -> Maybe:
    """An even rate per calendar period left; whole things round up, and fewer of them than
    periods left is "under one a period", not "1 a month" (which would ask for too many)."""
    if share is None:
        return NA("year-over")
    if whole_things:
        if amount < periods:
            return NA("under-one")
        return _ceil(fx.spread(amount, share))
    return fx.spread(amount, share)


def _plan(
    ind: Indicator,
    b: Behaviour,
    kind: PlanKind,
    target_d: Decimal,
    timeline: Timeline,
    progress: Fraction,
    detail: bool,
    precision: Precision,
    plans: bool = True,
) -> Plan:
    t = timeline.elapsed
    target = exact(target_d)
    ceiling_na = NA("ceiling")
    if ind.actual is None:
        missing = NA("no-actual")
        return Plan(
            kind=kind,
            target=target_d,
            completion=missing,
            schedule_gap_pp=missing,
            position=None,
            met=None,
            remaining=missing,
            surplus=None,
            usage=missing if b.ceiling else ceiling_na,
            line=fx.pro_rated(target, progress) if b.ceiling else ceiling_na,
            per_month=missing,
            per_quarter=missing,
            per_day=missing,
            months=(),
            quarters=(),
            checkpoints=_checkpoints(ind, b, target, timeline, None) if detail else (),
            pace_ratio=missing,
            projected_completion=missing,
            reached_month=None,
            required_average=missing,
            margin=None,
            infeasible=None,
            status="no-actual",
        )
    actual = exact(ind.actual)
    met = b.met(actual, target)
    completion: Maybe
    if b.ceiling:
        completion = ceiling_na
    elif b.cap:
        # A cap (PM2.5 ≤ 38): a ratio says nothing; the margin to the cap does.
        completion = NA("cap-target")
    elif b.kind == "reduction":
        completion = fx.reduction_index(actual, target) if target < HUNDRED else NA("cut-of-100")
    elif target == 0:
        completion = NA("zero-target")
    else:
        completion = fx.completion(actual, target)
    gap: Maybe = NA("not-scheduled")
    if b.schedule and isinstance(completion, Fraction):
        gap = fx.schedule_gap_pp(completion, progress)

    remaining: Maybe = NA("not-cumulative")
    if b.spreads or b.ceiling or met:
        # Once met nothing remains, for every kind (DESIGN.md §3): 0 by the same formula.
        remaining = fx.remaining(b, actual, target)
    surplus = fx.surplus(b, actual, target)
    whole_things = ind.unit_info.is_count

    per_month: Maybe
    per_quarter: Maybe
    per_day: Maybe
    month_plan: tuple[PeriodAmount, ...] = ()
    quarter_plan: tuple[PeriodAmount, ...] = ()
    if b.ceiling:
        per_month = per_quarter = per_day = ceiling_na
    elif not plans:
        per_month = per_quarter = per_day = NA("not-shown")
    elif not isinstance(remaining, Fraction):
        per_month = per_quarter = per_day = remaining
    elif met:
        per_month = per_quarter = per_day = NA("target-met")
    elif timeline.per_month is None or timeline.per_quarter is None:
        per_month = per_quarter = per_day = NA("year-over")
    else:
        # Spread evenly over the time left: a full month is 1/12 of the year, and the month
        # or quarter that as_of falls in gets only the share of it still to run.
        per_month = _per_period(remaining, timeline.per_month, timeline.month_count, whole_things)
        # With less than a quarter left, a rate per quarter would ask for more than remains
        # (18.4亿 over the last two months is not 27.6亿 a quarter): the months say it.
        per_quarter = (
            _per_period(remaining, timeline.per_quarter, timeline.quarter_count, whole_things)
            if timeline.quarter_count >= 1
            else NA("under-a-quarter")
        )
        per_day = _per_period(
            remaining, timeline.per_day, Fraction(timeline.left_days), whole_things
        )
        if detail:
            month_plan = _spread_amounts(
                remaining, timeline.months, timeline.month_shares, whole_things
            )
            quarter_plan = _spread_amounts(
                remaining, timeline.quarters, timeline.quarter_shares, whole_things
            )

    pace: Maybe = NA("not-cumulative")
    projected: Maybe = NA("not-cumulative")
    reached: int | None = None
    if b.schedule and not plans:
        pace = projected = NA("not-shown")
    elif b.schedule:
        projected = fx.completion(fx.projection(actual, t), target) if target else NA("zero-target")
        if met:
            pace = NA("target-met")
        elif t >= 1:
            pace = NA("year-over")
        elif actual <= 0:
            pace = NA("no-pace")
        else:
            pace = fx.pace_ratio(target - actual, actual, t)
            reached = _reached_month(actual, target, timeline)

    required: Maybe = NA("not-average")
    if b.required_average:
        if t >= 1:
            required = NA("year-over")
        else:
            required = fx.required_average(target, actual, t)
            if not b.lower and required <= 0:
                required = NA("secured")  # the year's average is safe whatever comes
    infeasible = _infeasible(ind, b, remaining, required, timeline.left_days)
    position = _position(gap, precision)
    return Plan(
        kind=kind,
        target=target_d,
        completion=completion,
        schedule_gap_pp=gap,
        position=position,
        met=met,
        remaining=remaining,
        surplus=surplus if met and not b.ceiling else None,
        usage=(fx.completion(actual, target) if target else NA("zero-target"))
        if b.ceiling
        else ceiling_na,
        line=fx.pro_rated(target, progress) if b.ceiling else ceiling_na,
        per_month=per_month,
        per_quarter=per_quarter,
        per_day=per_day,
        months=month_plan,
        quarters=quarter_plan,
        checkpoints=_checkpoints(ind, b, target, timeline, actual) if detail else (),
        pace_ratio=pace,
        projected_completion=projected,
        reached_month=reached,
        required_average=required,
        margin=surplus if b.margin else None,
        infeasible=infeasible,
        status=_status(b, actual, target, met, position, infeasible, progress),
    )


def _reached_month(actual: Fraction, target: Fraction, timeline: Timeline) -> int | None:
    """The month the target is reached at the pace so far. Month basis: ⌈12·t·target ÷
    actual⌉; day basis: the month of the first day whose cumulative figure reaches it."""
    t = timeline.elapsed
    if timeline.basis == "day":
        year_days = days_in_year(timeline.as_of.year)
        day = _ceil(target * t * year_days / actual)
        return month_of_day(timeline.as_of.year, int(day)) if day <= year_days else None
    months = _ceil(12 * t * target / actual)
    return int(months) if months <= 12 else None


def _checkpoints(
    ind: Indicator, b: Behaviour, target: Fraction, timeline: Timeline, actual: Fraction | None
) -> tuple[Checkpoint, ...]:
    """On 序时进度 at each remaining quarter end: q/4 of the target, cumulatively."""
    if not b.schedule:
        return ()
    whole_things = ind.unit_info.is_count
    points = []
    previous = actual
    for q in timeline.quarters:
        cumulative = target * q.index / 4
        if whole_things:
            cumulative = _ceil(cumulative)
        start = previous if previous is not None else target * (q.index - 1) / 4
        in_quarter = max(cumulative - start, ZERO)
        points.append(
            Checkpoint(q.index, cumulative, _ceil(in_quarter) if whole_things else in_quarter)
        )
        previous = max(cumulative, start)
    return tuple(points)


def _infeasible(
    ind: Indicator, b: Behaviour, remaining: Maybe, required: Maybe, left_days: int
) -> Infeasible | None:
    unit = ind.unit_info
    if (
        b.spreads
        and ind.kind == "cumulative"
        and unit.base == "天"
        and unit.exponent == 0
        and isinstance(remaining, Fraction)
        and remaining > left_days
    ):
        return "more-days-than-left"
    if isinstance(required, Fraction):
        if b.lower and required < 0:
            return "average-below-zero"
        if unit.is_percent and not b.lower and required > HUNDRED:
            return "share-above-100"
    if (
        unit.is_percent
        and ind.kind == "level"
        and not b.lower
        and ind.target is not None
        and ind.target > 100
    ):
        return "share-above-100"
    return None


def last_year(ind: Indicator) -> Fraction | None:
    """上年同期 of an indicator: as given, else actual − its printed change (DESIGN.md §3)."""
    return fx.last_year(
        *(None if v is None else exact(v) for v in (ind.last_year, ind.actual, ind.yoy_amount))
    )


def _yoy(ind: Indicator) -> tuple[Maybe, bool, YoyWords | None]:
    """同比: % change on a positive base; 个百分点 for rates; words for zero or negative bases."""
    if ind.actual is None:
        return NA("no-actual"), False, None
    base = last_year(ind)
    if base is None:
        return NA("no-last-year"), ind.unit_info.is_percent, None
    actual = exact(ind.actual)
    if ind.unit_info.is_percent:
        return fx.yoy_pp(actual, base), True, None
    if base > 0:
        return fx.yoy_pct(actual, base), False, None
    words: YoyWords | None = None
    if base == 0:
        words = "new" if actual > 0 else None
    elif actual >= 0:
        words = "turnaround"
    elif actual > base:
        words = "loss-narrowed"
    elif actual < base:
        words = "loss-widened"
    return NA("base-not-positive"), False, words


def _improved(ind: Indicator, yoy: Shown, words: YoyWords | None) -> bool | None:
    """Whether 同比 moved the good way: a fall is an improvement when better = "lower"."""
    lower = ind.better == "lower" and ind.kind != "reduction"
    if isinstance(yoy, Fraction):
        change = yoy
    elif isinstance(yoy, Printed):
        change = exact(yoy.value)
    elif words is not None and ind.actual is not None and (base := last_year(ind)) is not None:
        change = exact(ind.actual) - base
    else:
        return None
    if change == 0:
        return None
    return (change < 0) if lower else (change > 0)


def _share(ind: Indicator, whole: Fraction | NA) -> Maybe:
    if ind.whole is None and ind.share_of is None:
        return NA("no-whole")
    if ind.actual is None:
        return NA("no-actual")
    if isinstance(whole, NA):
        return whole
    if whole <= 0:
        return NA("whole-not-positive")
    return fx.share_pct(exact(ind.actual), whole)


def _attention(row: Row) -> list[Attention]:
    """Behind schedule, short of a target, over a ceiling or a cap, infeasible, or 同比
    moving the wrong way."""
    plan = row.annual
    items = []
    if row.on_printed and row.status == "behind":
        items.append(Attention("behind-printed", row, None))
    if row.implausible:
        items.append(Attention("implausible", row, None))
    if row.status == "below-expected":
        items.append(Attention("below-expected", row, None))
    if isinstance(row.share, Fraction) and row.share > HUNDRED:
        # A part above its whole: a unit or a whole mixed up (DESIGN.md §3 feasibility).
        items.append(Attention("share-above-100", row, None))
    if plan is not None:
        kind: Attention | None = None
        if plan.infeasible:
            kind = Attention("infeasible", row, plan)
        elif plan.status == "behind":
            kind = Attention("behind", row, plan)
        elif plan.status == "exceeded":
            kind = Attention("exceeded", row, plan)
        elif plan.status == "above-line":
            kind = Attention("above-line", row, plan)
        elif plan.status == "not-met":
            kind = Attention("over-cap" if row.behaviour.cap else "not-met", row, plan)
        if kind is not None:
            items.append(kind)
    if row.yoy_improved is False:
        items.append(Attention("yoy", row, None))
    return items
