"""check: recompute every stated figure with the analysis' own formulas and judge it.

Verdicts, in the order they are tried (DESIGN.md §4):
consistent — the exact value, rounded by ``--rounding`` to the printed precision, is the
    printed figure (and a printed direction word agrees with its sign);
within-rounding — the inputs were printed rounded, and over the half-open ranges they stand
    for the value reaches the range the printed figure stands for (one interval test);
    counts, ``exact`` inputs and targets have no range;
rounding-differs — another rounding rule (half-even, half-up, truncation) reproduces it;
inconsistent — none of these: the recomputed value, the difference, and the range each input
    would have to lie in for the printed figure to hold.
A figure whose inputs are missing is not checkable; where one input is missing its implied
range is given instead. No formula is written here: each is one of ``formulas``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from gxreport import formulas as fx
from gxreport.exact import Fraction
from gxreport.intervals import Interval, image, stands_for
from gxreport.kinds import Behaviour, behaviour
from gxreport.periods import elapsed
from gxreport.records import Indicator, ReportInfo, Snapshot
from gxreport.report import Reason
from gxreport.rounding import Rounding, round_exact
from gxreport.stated import ACROSS_PERIODS, PERIOD_GOAL, StatedFigure, StatedKey, StatedKind
from gxreport.units import exponent

Verdict = Literal[
    "consistent", "within-rounding", "rounding-differs", "inconsistent", "not-checkable"
]
VERDICTS: tuple[Verdict, ...] = (
    "consistent",
    "within-rounding",
    "rounding-differs",
    "inconsistent",
    "not-checkable",
)
Rule = Literal["half-up", "half-even", "truncation", "points-as-percent"]
InputName = Literal[
    "actual",
    "target",
    "stretch",
    "period_target",
    "last_year",
    "yoy_amount",
    "whole",
    "completion",
    "part",
    "earlier",
    "yoy",
    "target_yoy",
]


@dataclass(frozen=True)
class Implied:
    """The range an input must lie in for the printed figure to hold."""

    input: InputName
    range: Interval
    given: Decimal | None  # the snapshot's value as typed, if it has one
    holds: bool | None  # whether the given value lies in the range
    whole_units: bool  # a count: the range is shown in whole units
    unit: str  # the input's own unit


@dataclass(frozen=True)
class Finding:
    indicator: Indicator
    key: StatedKey | Literal["parts"]  # a key of [indicator.stated], or the parts' sum
    stated_text: str  # as printed; "" where the snapshot gives no figure (a parts total)
    stated: Decimal | None
    exponent: int  # the printed precision: 10^exponent (−2 for 57.65)
    kind: StatedKind
    verdict: Verdict
    recomputed: Fraction | None  # the exact value
    difference: Decimal | None  # printed − recomputed rounded as printed (个百分点 for rates)
    reached: Interval | None  # recomputed range over the inputs' rounding
    rule: Rule | None  # for rounding-differs (and points-as-percent): what reproduces it
    implied: tuple[Implied, ...]
    reason: Reason | None  # for not-checkable
    percent_as_pp: bool = False  # a schedule gap printed with %, read as 个百分点

    @property
    def decimals(self) -> int:
        return max(0, -self.exponent)


@dataclass(frozen=True)
class OtherRule:
    """Another way of counting 序时进度 that every printed gap of a report fits."""

    rule: ProgressRule
    progress_pct: Fraction  # 序时进度 by it at the report's as_of, in %


@dataclass(frozen=True)
class Audit:
    source: str
    info: ReportInfo
    findings: tuple[Finding, ...]
    rounding: Rounding
    other_rule: OtherRule | None = None

    def count(self, verdict: Verdict) -> int:
        return sum(1 for f in self.findings if f.verdict == verdict)

    @property
    def inconsistent(self) -> bool:
        return any(f.verdict == "inconsistent" for f in self.findings)


# ── inputs with the range a printed value stands for ─────────────────────────


@dataclass(frozen=True)
class Input:
    name: InputName
    given: Decimal | None  # None: missing, its implied range is what can be said
    range: Interval | None
    whole_units: bool = False
    factor: Fraction = Fraction(1)  # into the unit of the figure it enters (万亿元 → 亿元)
    unit: str = ""

    @property
    def value(self) -> Fraction:
        assert self.given is not None
        return Fraction(self.given) * self.factor


def measured(ind: Indicator, name: InputName, value: Decimal | None, scale: int = 0) -> Input:
    """A measured figure: printed rounded unless the indicator says its figures are exact.

    Counts are exact as typed in whole units; typed with a magnitude (0.71万户) they are not.
    ``scale`` converts it to the unit of the figure it enters (亿元 against 万亿元).
    """
    # A count typed with decimals (2.6个) is shown in decimals, not as whole numbers.
    whole_units = ind.unit_info.is_count and (value is None or exponent(value) >= 0)
    if value is None:
        return Input(name, None, None, whole_units, unit=ind.unit)
    factor = Fraction(10) ** scale
    last_digit = exponent(value)
    # Only a count typed in whole units is exact: 2.6 个 stands for [2.55, 2.65), and 0.71万户
    # (7.1E+3) for [7050, 7150).
    if ind.exact is True or (ind.exact is None and whole_units and last_digit == 0):
        point = Interval.point(Fraction(value) * factor)
        return Input(name, value, point, whole_units, factor, ind.unit)
    iv = stands_for(value, last_digit)
    return Input(
        name,
        value,
        Interval(iv.low * factor, iv.high * factor, iv.low_closed, iv.high_closed),
        whole_units,
        factor,
        ind.unit,
    )


def set_figure(ind: Indicator, name: InputName, value: Decimal | None) -> Input:
    """A target: set by a plan, not measured, so exact. (Given the ±0.5 a printed 371
    would otherwise stand for, 213.9 ÷ 371 printed as 57.56 % — digits transposed — would
    pass as rounding; DESIGN.md's own examples take 371 and 270 as exact.)"""
    point = Interval.point(Fraction(value)) if value is not None else None
    return Input(name, value, point, ind.unit_info.is_count, unit=ind.unit)


def printed_rate(fig: StatedFigure, name: InputName = "completion") -> Input:
    return Input(name, fig.value, stands_for(fig.value, fig.exponent))


Formula = Callable[..., Fraction]


# ── the audit ───────────────────────────────────────────────────────────────


def audit(
    snapshot: Snapshot,
    source: str,
    rounding: Rounding = "half-up",
    earlier: Sequence[Snapshot] = (),
) -> Audit:
    """Every stated figure of ``snapshot``; those across periods (period_alone, qoq,
    yoy_change) against ``earlier`` snapshots of the same entity and year, oldest first."""
    by_id = {ind.id: ind for ind in snapshot.indicators}
    before = [{ind.id: ind for ind in s.indicators} for s in earlier]
    info = snapshot.report
    findings: list[Finding] = []
    for ind in snapshot.indicators:
        t = fx.schedule_elapsed(
            ind.time_progress if ind.time_progress is not None else info.time_progress,
            elapsed(ind.as_of or info.as_of, info.basis),
        )
        history = [ids[ind.id] for ids in before if ind.id in ids]
        for key, fig in ind.stated.items() if ind.stated else []:
            findings.append(_check(ind, key, fig, t, by_id, rounding, history))
        if ind.parts:
            findings.append(_check_parts(ind, by_id, rounding))
    other = _other_rule(snapshot, findings, by_id, rounding)
    return Audit(source, snapshot.report, tuple(findings), rounding, other)


# Ways offices count 序时进度 other than the snapshot's: by months, by days, or 10 % a month
# (a year of ten working months). Each gives 序时进度 at a date, exactly.
ProgressRule = Literal["month", "day", "ten-a-month"]
_RULES: dict[ProgressRule, Callable[[dt.date], Fraction]] = {
    "month": lambda day: elapsed(day, "month"),
    "day": lambda day: elapsed(day, "day"),
    "ten-a-month": lambda day: min(elapsed(day, "month") * 12 / 10, Fraction(1)),
}
_FITS: frozenset[Verdict] = frozenset({"consistent", "within-rounding"})


def _other_rule(
    snapshot: Snapshot,
    findings: Sequence[Finding],
    by_id: Mapping[str, Indicator],
    rounding: Rounding,
) -> OtherRule | None:
    """When the printed gaps do not all fit the snapshot's 序时进度 but every one fits another
    rule, that rule: the report's office counts 序时进度 that way."""
    gaps = [f for f in findings if f.key == "schedule_gap" and f.verdict != "not-checkable"]
    if not gaps or all(f.verdict in _FITS for f in gaps):
        return None
    info = snapshot.report
    for rule, progress in _RULES.items():
        fits = True
        for f in gaps:
            ind = f.indicator
            assert ind.stated is not None and ind.stated.schedule_gap is not None
            t = progress(ind.as_of or info.as_of)
            again = _check(ind, "schedule_gap", ind.stated.schedule_gap, t, by_id, rounding)
            if again.verdict not in _FITS:
                fits = False
                break
        if fits:
            # 序时进度 at the date the gaps run to, where they share one (1-5月 figures in a
            # half-year report), else at the report's.
            days = {f.indicator.as_of or info.as_of for f in gaps}
            day = days.pop() if len(days) == 1 else info.as_of
            return OtherRule(rule, fx.time_progress_pct(progress(day)))
    return None


def _whole_input(ind: Indicator, by_id: Mapping[str, Indicator]) -> Input | Reason:
    if ind.whole is not None:
        return measured(ind, "whole", ind.whole)
    other = by_id.get(ind.share_of or "")
    if other is None or other.actual is None:
        return Input("whole", None, None, unit=ind.unit)
    mine, theirs = ind.unit_info, other.unit_info
    if mine.base != theirs.base and not (mine.is_percent and theirs.is_percent):
        return "units-differ"
    return measured(other, "whole", other.actual, theirs.exponent - mine.exponent)


def _formula(
    ind: Indicator,
    b: Behaviour,
    key: StatedKey,
    fig: StatedFigure,
    t: Fraction,
    by_id: Mapping[str, Indicator],
) -> tuple[Formula, list[Input]] | Reason:
    """The formula for a stated figure and its inputs (a missing one has no value), or the
    reason it cannot be checked."""
    actual = measured(ind, "actual", ind.actual)
    if key in ("completion", "stretch_completion"):
        name: InputName = "target" if key == "completion" else "stretch"
        goal = set_figure(ind, name, ind.target if key == "completion" else ind.stretch)
        if key == "completion" and PERIOD_GOAL.search(fig.text):
            # 完成一季度目标任务115.2%: of the period's own target, not the year's.
            goal = set_figure(ind, "period_target", ind.period_target)
        if b.cap:
            return "cap-target"
        if ind.actual is None and goal.given is None:
            return "no-actual"
        if b.kind == "reduction":
            return fx.reduction_index, [actual, goal]
        return fx.completion, [actual, goal]  # for a ceiling, the same ratio is 已用额度
    if key == "schedule_gap":
        if not b.schedule:
            return "not-scheduled"
        target = set_figure(ind, "target", ind.target)
        if ind.actual is not None and ind.target is not None:
            return (lambda x, g: fx.schedule_gap_pp(fx.completion(x, g), t)), [actual, target]
        completion = ind.stated.completion if ind.stated else None
        if completion is not None:
            # No raw figures: the printed gap against the printed completion rate.
            return (lambda c: fx.schedule_gap_pp(c, t)), [printed_rate(completion)]
        return "no-actual" if ind.actual is None else "no-target"
    if key == "yoy":
        # As printed: 个百分点 is a difference of rates, % a relative change, whatever the unit.
        return _yoy_formula(ind, fig.kind == "pp")
    if key == "yoy_amount":
        # The change printed beside both of its inputs (比上年同期4000万元增加900万元).
        if ind.actual is None or ind.last_year is None:
            return "no-actual" if ind.actual is None else "no-last-year"
        return fx.change, [actual, measured(ind, "last_year", ind.last_year)]
    if key == "share":
        whole = _whole_input(ind, by_id)
        if isinstance(whole, str):
            return whole
        if ind.actual is None and whole.given is None:
            return "no-actual"
        if whole.range is not None and whole.range.low <= 0:
            return "whole-not-positive"
        return fx.share_pct, [actual, whole]
    if key == "remaining":
        if ind.actual is None or ind.target is None:
            if not (b.spreads or b.ceiling):
                return "not-cumulative"
            return "no-actual" if ind.actual is None else "no-target"
        # Other kinds have a remaining only once met, and it is 0 (DESIGN.md §3).
        if not (b.spreads or b.ceiling or b.met(Fraction(ind.actual), Fraction(ind.target))):
            return "not-cumulative"
        return (lambda x, g: fx.remaining(b, x, g)), [actual, set_figure(ind, "target", ind.target)]
    if key == "total":
        if ind.parts:
            return _sum_of_parts(ind, by_id)
        if ind.actual is None:
            return "no-actual"
        return (lambda x: x), [actual]
    return "no-actual"


# Words that compare a growth with last year's rather than with an earlier period's.
_LAST_YEAR_WORDS = re.compile(r"同比|上年|去年")
# Words that compare a growth with the growth its target asks for (高于预期目标, 年度目标增幅).
_TARGET_WORDS = re.compile(r"目标")
# Words of a share's change (比重提高1.2个百分点): no change of a growth at all.
_SHARE_WORDS = re.compile(r"比重|占比")


def _across(
    ind: Indicator, key: StatedKey, history: Sequence[Indicator]
) -> tuple[Formula, list[Input]] | Reason:
    """A figure across periods, against the earlier snapshots' values of this indicator."""
    fig = ind.stated.yoy_change if ind.stated is not None else None
    if key == "yoy_change" and fig is not None and _SHARE_WORDS.search(fig.text):
        # 比重较上年同期提高1.2个百分点: the share then, which no snapshot's 同比 gives.
        return "change-of-a-share"
    if key == "yoy_change" and fig is not None and _TARGET_WORDS.search(fig.text):
        # 高于预期目标0.4个百分点: the 同比 less its target (target_yoy), in this snapshot; a
        # target not given is the input whose implied value check says.
        current = _yoy_term(ind)
        if current is None:
            return "no-last-year"
        f_now, in_now = current
        goal = ind.target_yoy.value if ind.target_yoy is not None else None
        point = Interval.point(Fraction(goal)) if goal is not None else None
        n = len(in_now)
        return (lambda *xs: fx.change(f_now(*xs[:n]), xs[n])), [
            *in_now,
            Input("target_yoy", goal, point),
        ]
    if key == "yoy_change" and fig is not None and _LAST_YEAR_WORDS.search(fig.text):
        # 增速同比提高0.8个百分点, 高于上年同期增幅: against last year's growth at this date,
        # which is in no snapshot of this year — not against the earlier snapshot's.
        return "against-last-year"
    if not history:
        return "no-earlier"
    now = measured(ind, "actual", ind.actual)
    prev = measured(history[-1], "earlier", history[-1].actual)
    if key == "yoy_change":
        then, current = _yoy_term(history[-1]), _yoy_term(ind)
        if then is None or current is None:
            return "no-last-year"
        (f_now, in_now), (f_then, in_then) = current, then
        n = len(in_now)
        return (lambda *xs: fx.change(f_now(*xs[:n]), f_then(*xs[n:]))), [*in_now, *in_then]
    if ind.kind != "cumulative":
        return "not-cumulative"
    if ind.actual is None or history[-1].actual is None:
        return "no-value"
    if key == "period_alone":
        return fx.period_alone, [now, prev]
    # 环比: this period alone against the one before it (the first runs from 1 January).
    if len(history) >= 2 and history[-2].actual is not None:
        older = measured(history[-2], "earlier", history[-2].actual)
        return (lambda a, b, c: fx.qoq_pct(fx.period_alone(a, b), fx.period_alone(b, c))), [
            now,
            prev,
            older,
        ]
    return (lambda a, b: fx.qoq_pct(fx.period_alone(a, b), b)), [now, prev]


def _yoy_formula(ind: Indicator, pp: bool) -> tuple[Formula, list[Input]] | Reason:
    """同比 as a formula over the printed inputs: actual against last year's figure, or, where
    the snapshot gives only the change over last year, against actual − change (each input
    with the range its printed precision stands for)."""
    actual = measured(ind, "actual", ind.actual)
    grow = fx.yoy_pp if pp else fx.yoy_pct
    if ind.last_year is None and ind.yoy_amount is not None and ind.actual is not None:
        change = measured(ind, "yoy_amount", ind.yoy_amount)
        if not pp and ind.actual - ind.yoy_amount <= 0:
            return "base-not-positive"
        return (lambda x, d: grow(x, fx.base_from_change(x, d))), [actual, change]
    if ind.actual is None and ind.last_year is None:
        return "no-last-year"
    if not pp and ind.last_year is not None and ind.last_year <= 0:
        return "base-not-positive"
    return grow, [actual, measured(ind, "last_year", ind.last_year)]


def _yoy_term(ind: Indicator) -> tuple[Formula, list[Input]] | None:
    """同比 of one snapshot as a formula: from last year's figure, else as printed."""
    if ind.actual is not None and (ind.last_year is not None or ind.yoy_amount is not None):
        term = _yoy_formula(ind, ind.unit_info.is_percent)
        return None if isinstance(term, str) else term
    printed = ind.stated.yoy if ind.stated is not None else None
    if printed is not None:
        return (lambda y: y), [printed_rate(printed, "yoy")]
    return None


def _sum_of_parts(
    ind: Indicator, by_id: Mapping[str, Indicator]
) -> tuple[Formula, list[Input]] | Reason:
    parts = [by_id[p] for p in ind.parts or [] if p in by_id]
    if not parts or any(p.actual is None for p in parts):
        return "no-actual"
    return (lambda *xs: sum(xs, Fraction(0))), [measured(p, "part", p.actual) for p in parts]


def _base(
    ind: Indicator, key: StatedKey | Literal["parts"], fig: StatedFigure | None
) -> dict[str, object]:
    return {
        "indicator": ind,
        "key": key,
        "stated_text": fig.text if fig else "",
        "stated": fig.value if fig else None,
        "exponent": fig.exponent if fig else 0,
        "kind": fig.kind if fig else "amount",
        "percent_as_pp": fig.percent_as_pp if fig else False,
    }


def _check(
    ind: Indicator,
    key: StatedKey,
    fig: StatedFigure,
    t: Fraction,
    by_id: Mapping[str, Indicator],
    rounding: Rounding,
    history: Sequence[Indicator] = (),
) -> Finding:
    b = behaviour(ind.kind, ind.better)
    base = _base(ind, key, fig)
    formula = (
        _across(ind, key, history)
        if key in ACROSS_PERIODS
        else _formula(ind, b, key, fig, t, by_id)
    )
    if isinstance(formula, str):
        return _uncheckable(base, formula)
    func, inputs = formula
    missing = [i for i, inp in enumerate(inputs) if inp.given is None]
    if missing:
        return _uncheckable(base, "input-missing", _implied_missing(func, inputs, missing[0], fig))
    finding = _judge(base, func, inputs, fig, rounding)
    if (
        finding.verdict == "inconsistent"
        and key == "yoy"
        and fig.kind == "percent"
        and ind.unit_info.is_percent
    ):
        # A rate's change printed with % where 个百分点 was meant: say so.
        points = _yoy_formula(ind, True)
        if not isinstance(points, str):
            change = points[0](*(i.value for i in points[1]))
            if round_exact(change, fig.decimals, rounding) == fig.value:
                finding = _replace(finding, rule="points-as-percent")
    return finding


def _replace(finding: Finding, **changes: object) -> Finding:
    import dataclasses

    return dataclasses.replace(finding, **changes)  # type: ignore[arg-type]


def _uncheckable(
    base: dict[str, object], reason: Reason, implied: tuple[Implied, ...] = ()
) -> Finding:
    return Finding(
        **base,  # type: ignore[arg-type]
        verdict="not-checkable",
        recomputed=None,
        difference=None,
        reached=None,
        rule=None,
        implied=implied,
        reason=reason,
    )


_OTHER_RULES: dict[Rounding, tuple[Rounding, ...]] = {
    # At an exact tie half-even and truncation agree; a tie printed downwards is far more
    # likely GB/T 8170 than cutting digits off, so half-even is tried first.
    "half-up": ("half-even", "truncation"),
    "half-even": ("half-up", "truncation"),
    "truncation": ("half-up", "half-even"),
}


# The top of "at least zero" (达序时进度): beyond any figure a snapshot can hold (10^15).
AT_LEAST_HIGH = Fraction(10) ** 16


def words_range(fig: StatedFigure, rule: Rounding) -> Interval:
    """The exact values that make the printed words true: the range the digits stand for, and
    on a figure that shows as zero the side its direction word names (超序时进度0个百分点 is
    [0, 0.5); an exact 0 contradicts no word, as ≥ 0 is 超 and DESIGN.md §4 says)."""
    iv = stands_for(fig.value, fig.exponent, rule)
    zero = Fraction(0)
    if fig.at_least:
        return Interval(zero, AT_LEAST_HIGH, True, True)
    if fig.direction == 0 or fig.value != 0:
        return iv
    if fig.direction > 0:
        return Interval(zero, iv.high, True, iv.high_closed)
    return Interval(iv.low, zero, iv.low_closed, True)


def _judge(
    base: dict[str, object],
    func: Formula,
    inputs: Sequence[Input],
    fig: StatedFigure,
    rounding: Rounding,
) -> Finding:
    try:
        exact = func(*(i.value for i in inputs))
    except ZeroDivisionError:
        return _uncheckable(base, "zero-target")
    shown = round_exact(exact, -fig.exponent, rounding)
    difference = fig.value - shown
    ranges = [i.range for i in inputs if i.range is not None]
    reached = image(func, ranges) if len(ranges) == len(inputs) else None
    if reached is not None and reached.is_point:
        reached = None
    verdict: Verdict
    rule: Rule | None = None
    implied: tuple[Implied, ...] = ()
    target = words_range(fig, rounding)
    if fig.at_least and target.contains(exact):
        difference = Decimal(0)  # 达序时进度 is any gap at or above zero
    if (fig.at_least or shown == fig.value) and target.contains(exact):
        verdict = "consistent"
    elif reached is not None and reached.overlaps(target):
        verdict = "within-rounding"
    else:
        other = next(
            (
                r
                for r in _OTHER_RULES[rounding]
                if round_exact(exact, -fig.exponent, r) == fig.value
                and words_range(fig, r).contains(exact)
            ),
            None,
        )
        if other is not None:
            verdict, rule = "rounding-differs", other
        else:
            verdict = "inconsistent"
            implied = _implied_for_each(func, inputs, target)
    return Finding(
        **base,  # type: ignore[arg-type]
        verdict=verdict,
        recomputed=exact,
        difference=difference,
        reached=reached,
        rule=rule,
        implied=implied,
        reason=None,
    )


def _solve(func: Formula, values: list[Fraction], which: int, goal: Fraction) -> Fraction | None:
    """The value of input ``which`` that makes the formula equal ``goal``.

    Every formula here is, in each input, either linear (y = m·x + c) or of the form
    y = m/x + c; three evaluations tell which and fix m and c. A solution is kept only if
    the formula really gives ``goal`` there.
    """

    def at(x: Fraction) -> Fraction:
        trial = list(values)
        trial[which] = x
        return func(*trial)

    x0, x1, x2 = Fraction(1), Fraction(2), Fraction(3)
    try:
        y0, y1, y2 = at(x0), at(x1), at(x2)
    except ZeroDivisionError:
        return None
    solution: Fraction | None
    if (y1 - y0) == (y2 - y1):
        slope = y1 - y0
        solution = None if slope == 0 else x0 + (goal - y0) / slope
    else:
        m = (y0 - y1) / (Fraction(1) / x0 - Fraction(1) / x1)
        c = y0 - m / x0
        solution = None if goal == c else m / (goal - c)
    try:
        return solution if solution is not None and at(solution) == goal else None
    except ZeroDivisionError:
        return None


def _implied_range(
    func: Formula, values: list[Fraction], which: int, target: Interval
) -> Interval | None:
    low = _solve(func, values, which, target.low)
    high = _solve(func, values, which, target.high)
    if low is None or high is None:
        return None
    # The ends keep the target's open or closed ends (a falling formula swaps them), so a
    # value on an open end is outside: never a range that holds the current value beside a
    # verdict of inconsistent.
    if low <= high:
        return Interval(low, high, target.low_closed, target.high_closed)
    return Interval(high, low, target.high_closed, target.low_closed)


def _implied_for_each(
    func: Formula, inputs: Sequence[Input], target: Interval
) -> tuple[Implied, ...]:
    values = [i.value for i in inputs]
    out = []
    for which, inp in enumerate(inputs):
        if inp.name == "part":
            continue
        found = _implied_range(func, values, which, target)
        if found is None:
            continue
        holds = found.contains(inp.value)
        # Shown in the input's own unit, beside its value as typed.
        own = Interval(
            found.low / inp.factor, found.high / inp.factor, found.low_closed, found.high_closed
        )
        out.append(Implied(inp.name, own, inp.given, holds, inp.whole_units, inp.unit))
    return tuple(out)


def _implied_missing(
    func: Formula, inputs: Sequence[Input], which: int, fig: StatedFigure
) -> tuple[Implied, ...]:
    """A stated figure with one input missing: the range the missing one must lie in."""
    if any(i.given is None for k, i in enumerate(inputs) if k != which):
        return ()
    values = [i.value if i.given is not None else Fraction(1) for i in inputs]
    found = _implied_range(func, values, which, words_range(fig, "half-up"))
    if found is None or found.high <= 0 and inputs[which].name in ("target", "last_year", "whole"):
        return ()
    missing = inputs[which]
    return (Implied(missing.name, found, None, None, missing.whole_units, missing.unit),)


def _check_parts(ind: Indicator, by_id: Mapping[str, Indicator], rounding: Rounding) -> Finding:
    """The indicator's actual against the sum of its parts: the range the rounded parts
    stand for against the range the printed total stands for — one interval test."""
    total = None
    if ind.actual is not None:
        total = StatedFigure(format(ind.actual, "f"), ind.actual, "amount")
    base = _base(ind, "parts", total)
    formula = _sum_of_parts(ind, by_id)
    if total is None or isinstance(formula, str):
        return _uncheckable(base, "no-actual")
    func, inputs = formula
    return _judge(base, func, inputs, total, rounding)
