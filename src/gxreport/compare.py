"""Snapshots of one entity and year, in date order → Comparison (DESIGN.md §7).

Each snapshot is analysed as it would be alone (the same figures, the same judgments); what
is added here is how each figure moved: the period alone (Q2 = H1 − Q1), 环比, and the
change of 完成率, 序时进度差 and 同比 in 个百分点.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from gxreport import formulas as fx
from gxreport.across import Comparison, LeftOut, Period, Series, Step, YoyTrend
from gxreport.analyze import analyze
from gxreport.errors import Problem, UsageError
from gxreport.exact import Fraction
from gxreport.periods import elapsed
from gxreport.records import Snapshot
from gxreport.report import NA, Maybe, Printed, Row, Shown
from gxreport.rounding import Precision, shows_zero
from gxreport.units import places


def entity_of(snapshot: Snapshot) -> str:
    return snapshot.report.entity or snapshot.report.title


def check_series(
    loaded: Sequence[tuple[Snapshot, str]], strict: bool = False
) -> tuple[LeftOut, ...]:
    """Refuse, with what was seen, snapshots that are not one entity and year in date order.
    Indicators present in some snapshots only are returned, to be listed (a release adds and
    drops items); with ``strict`` they are refused."""
    if len(loaded) < 2:
        raise UsageError("compare needs two or more snapshots of one entity and year")
    problems = []
    entities = {entity_of(s) for s, _ in loaded}
    if len(entities) > 1:
        seen = "; ".join(f"{src}: {entity_of(s)}" for s, src in loaded)
        problems.append(Problem(f"the snapshots are of different entities ({seen})"))
    years = {s.report.year for s, _ in loaded}
    if len(years) > 1:
        seen = "; ".join(f"{src}: {s.report.year}" for s, src in loaded)
        problems.append(Problem(f"the snapshots are of different years ({seen})"))
    dates = [s.report.as_of for s, _ in loaded]
    if any(b <= a for a, b in zip(dates, dates[1:], strict=False)):
        seen = ", ".join(f"{src} {s.report.as_of}" for s, src in loaded)
        problems.append(
            Problem(f"give the snapshots in date order, each later than the last: {seen}")
        )
    ids = [{ind.id for ind in s.indicators} for s, _ in loaded]
    left_out: dict[str, LeftOut] = {}
    for snapshot, source in loaded:
        for ind in snapshot.indicators:
            missing = [
                src for (_, src), theirs in zip(loaded, ids, strict=True) if ind.id not in theirs
            ]
            if not missing or ind.id in left_out:
                continue
            present = tuple(
                src for (_, src), theirs in zip(loaded, ids, strict=True) if ind.id in theirs
            )
            left_out[ind.id] = LeftOut(ind.id, ind.name, present)
            if strict:
                problems.append(
                    Problem(
                        f"is not in {', '.join(missing)}: compare matches indicators by id "
                        "(without --strict it is left out and listed)",
                        file=source,
                        indicator_id=ind.id,
                        indicator_name=ind.name,
                    )
                )
    if problems:
        raise UsageError(problems)
    return tuple(left_out.values())


def compare(
    loaded: Sequence[tuple[Snapshot, str]], precision: Precision, strict: bool = False
) -> Comparison:
    left_out = check_series(loaded, strict)
    reports = tuple(
        analyze(snapshot, source, detail=False, precision=precision, plans=False)
        for snapshot, source in loaded
    )
    periods = []
    before = Fraction(0)
    for snapshot, source in loaded:
        # The span a period alone covers, counted in months whatever the 序时进度 basis: a
        # quarter is a quarter, though its days differ.
        t = elapsed(snapshot.report.as_of, "month")
        periods.append(Period(source, snapshot.report.as_of, t, t - before))
        before = t
    spans = {p.span for p in periods}
    # Rows match by id: the latest snapshot's order, each earlier report's row with that id;
    # an indicator some snapshots lack is left out (and listed).
    skip = {item.id for item in left_out}
    by_id = [{row.indicator.id: row for row in report.rows} for report in reports]
    series = tuple(
        _series([rows[row.indicator.id] for rows in by_id], periods, precision)
        for row in reports[-1].rows
        if row.indicator.id not in skip
    )
    first = loaded[0][0]
    return Comparison(
        entity=entity_of(first),
        year=first.report.year,
        periods=tuple(periods),
        series=series,
        reports=reports,
        lengths_differ=len(spans) > 1,
        left_out=left_out,
    )


def _value(row: Row) -> Fraction | None:
    actual = row.indicator.actual
    return Fraction(actual) if actual is not None else None


def _exact(figure: Shown) -> Fraction | None:
    if isinstance(figure, Fraction):
        return figure
    if isinstance(figure, Printed):
        return Fraction(figure.value)
    return None


def _difference(now: Shown, then: Shown) -> Maybe:
    a, b = _exact(now), _exact(then)
    if a is None or b is None:
        return NA("no-value")
    return fx.change(a, b)


def yoy_trend(now: Fraction, then: Fraction, precision: Precision) -> YoyTrend:
    """加快/回落 while growing, 降幅收窄/扩大 while falling, 由降转升 / 由升转降 across zero;
    持平 when the change shows as zero."""
    change = fx.change(now, then)
    if then < 0 <= now and now > 0:
        return "turned-up"
    if then > 0 > now:
        return "turned-down"
    if shows_zero(change, precision):
        return "flat"
    if now < 0 and then < 0:
        return "fall-narrowed" if change > 0 else "fall-widened"
    return "faster" if change > 0 else "slower"


def _places(*values: Decimal | None) -> int | None:
    """The decimals a difference of typed figures is exact at: the finest of them (36.3 −
    20.0 is 16.3; a first period alone typed 20.0 stays 20.0)."""
    if any(v is None for v in values):
        return None
    return max(places(v) for v in values if v is not None)


def _series(rows: list[Row], periods: list[Period], precision: Precision) -> Series:
    latest = rows[-1]
    cumulative = latest.indicator.kind == "cumulative"
    steps = []
    previous_value: Fraction | None = None
    previous_alone: Maybe = NA("no-earlier")
    previous: Row | None = None
    previous_span: Fraction | None = None
    for row, period in zip(rows, periods, strict=True):
        value = _value(row)
        alone: Maybe
        if not cumulative:
            alone = NA("not-cumulative")
        elif value is None:
            alone = NA("no-value")
        elif previous is None:
            alone = value  # a year-to-date figure: the first period alone starts on 1 January
        elif previous_value is None:
            alone = NA("no-value")
        else:
            alone = fx.period_alone(value, previous_value)
        qoq: Maybe = NA("no-earlier")
        per_month: Maybe = NA("no-earlier")
        if isinstance(alone, Fraction) and isinstance(previous_alone, Fraction):
            assert previous_span is not None
            if previous_alone <= 0:
                qoq = per_month = NA("base-not-positive-then")
            elif period.span == previous_span:
                # 环比 compares like with like: a month with a month, a quarter with a quarter.
                qoq = fx.qoq_pct(alone, previous_alone)
                per_month = NA("same-length")
            else:
                qoq = NA("lengths-differ")
                per_month = fx.qoq_pct(
                    fx.per_month(alone, period.span * 12),
                    fx.per_month(previous_alone, previous_span * 12),
                )
        elif isinstance(alone, NA) and previous is not None:
            qoq = per_month = alone
        trend: YoyTrend | None = None
        if previous is None:
            gain: Maybe = NA("no-earlier")
            gap_change: Maybe = NA("no-earlier")
            yoy_change: Maybe = NA("no-earlier")
            level_change: Maybe = NA("no-earlier")
        else:
            gain = _difference(row.completion, previous.completion)
            gap_change = _difference(row.schedule_gap_pp, previous.schedule_gap_pp)
            yoy_change = _difference(row.yoy, previous.yoy)
            now_yoy, then_yoy = _exact(row.yoy), _exact(previous.yoy)
            if now_yoy is not None and then_yoy is not None:
                trend = yoy_trend(now_yoy, then_yoy, precision)
            level_change = (
                fx.change(value, previous_value)
                if not cumulative and value is not None and previous_value is not None
                else NA("no-value" if not cumulative else "not-cumulative")
            )
        then = previous.indicator if previous is not None else None
        steps.append(
            Step(
                value=row.indicator.actual,
                period_alone=alone,
                qoq_pct=qoq,
                per_month_qoq_pct=per_month,
                completion=row.completion,
                completion_gain_pp=gain,
                schedule_gap_pp=row.schedule_gap_pp,
                schedule_gap_change_pp=gap_change,
                yoy=row.yoy,
                yoy_change_pp=yoy_change,
                yoy_trend=trend,
                change=level_change,
                target=row.indicator.target,
                places=_places(row.indicator.actual, then.actual if then else None)
                if then is not None
                else _places(row.indicator.actual),
            )
        )
        previous, previous_value, previous_alone, previous_span = row, value, alone, period.span
    return Series(latest.indicator, latest.behaviour, latest.yoy_is_pp, tuple(steps))
