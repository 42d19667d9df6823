"""check: recompute every stated figure and say how it relates to the printed one.

Verdicts, in the order they are tried (DESIGN.md §4):
consistent — the exact value, rounded half-up to the printed decimals, is the printed figure;
within-rounding — the inputs were printed rounded, and over the ranges they stand for the
    value can reach the printed figure (counts and ``exact`` inputs have no range; targets
    are set, not measured, so they are exact too);
rounding-differs — truncation or half-even reproduces it (a warning);
inconsistent — none of these: the recomputed value, the difference, and the range an input
    would have to lie in for the printed figure to hold.
A figure whose inputs are missing is not checkable; where one input is missing its implied
range is given instead.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Literal

from gxreport.periods import elapsed, to_decimal
from gxreport.snapshot import Indicator, ReportInfo, Snapshot
from gxreport.stated import StatedFigure
from gxreport.units import half_unit

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


@dataclass(frozen=True)
class Implied:
    """The range an input must lie in for the printed figure to hold."""

    input: str  # actual, target, stretch, last_year, whole, completion
    low: Decimal
    high: Decimal
    given: Decimal | None  # the snapshot's value, if it has one
    holds: bool | None  # whether the given value lies in the range


@dataclass(frozen=True)
class Finding:
    indicator: Indicator
    key: str  # a key of [indicator.stated], or "parts"
    stated_text: str
    stated: Decimal
    decimals: int
    kind: str  # percent | pp | amount
    verdict: Verdict
    recomputed: Decimal | None  # the exact value (28 significant digits)
    difference: Decimal | None  # printed − recomputed rounded to the printed decimals
    reached: tuple[Decimal, Decimal] | None  # recomputed range over the inputs' rounding
    rule: str | None  # for rounding-differs: "truncation" or "half-even"
    implied: tuple[Implied, ...]
    reason: str | None  # for not-checkable: a key of i18n.REASONS


@dataclass(frozen=True)
class Audit:
    source: str
    info: ReportInfo
    findings: tuple[Finding, ...]

    def count(self, verdict: Verdict) -> int:
        return sum(1 for f in self.findings if f.verdict == verdict)

    @property
    def inconsistent(self) -> bool:
        return any(f.verdict == "inconsistent" for f in self.findings)


# ── inputs with the range a printed value stands for ─────────────────────────


@dataclass(frozen=True)
class Input:
    name: str
    value: Fraction
    half: Fraction  # 0 for exact inputs

    @property
    def low(self) -> Fraction:
        return self.value - self.half

    @property
    def high(self) -> Fraction:
        return self.value + self.half


def measured(ind: Indicator, name: str, value: Decimal) -> Input:
    """A measured figure: printed rounded unless the indicator says its figures are exact.

    Counts are exact as typed in whole units; typed with a magnitude (7.17万户) they are not.
    """
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)
    if ind.exact is True or (ind.exact is None and ind.unit_info.is_count and exponent <= 0):
        return Input(name, Fraction(value), Fraction(0))
    return Input(name, Fraction(value), Fraction(half_unit(value)))


def set_figure(name: str, value: Decimal) -> Input:
    """A target: set by a plan, not measured, so exact. (Given the ±0.5 a printed 371
    would otherwise stand for, 213.9 ÷ 371 printed as 57.56 % — digits transposed — would
    pass as rounding; DESIGN.md's own examples take 371 and 270 as exact.)"""
    return Input(name, Fraction(value), Fraction(0))


def _corners(
    formula: Callable[..., Fraction], inputs: Sequence[Input]
) -> tuple[Fraction, Fraction]:
    """The range of a formula monotone in each input, over the inputs' ranges."""
    values = [formula(*combo) for combo in itertools.product(*((i.low, i.high) for i in inputs))]
    return min(values), max(values)


# ── rounding ────────────────────────────────────────────────────────────────


def _round(value: Fraction, decimals: int, mode: str) -> Decimal:
    exact = to_decimal(value)
    return exact.quantize(Decimal(1).scaleb(-decimals), rounding=mode)


def _same(a: Decimal, b: Decimal) -> bool:
    return a == b  # Decimal equality ignores trailing zeros: 92 == 92.0


def _stated_range(fig: Decimal, decimals: int) -> tuple[Fraction, Fraction]:
    half = Fraction(1, 2 * 10**decimals)
    return Fraction(fig) - half, Fraction(fig) + half


def _interval_text(low: Fraction, high: Fraction) -> tuple[Decimal, Decimal]:
    return to_decimal(low), to_decimal(high)


# ── the audit ───────────────────────────────────────────────────────────────


def audit(snapshot: Snapshot, source: str) -> Audit:
    by_id = {ind.id: ind for ind in snapshot.indicators}
    findings: list[Finding] = []
    for ind in snapshot.indicators:
        as_of = ind.as_of or snapshot.report.as_of
        t = elapsed(as_of, snapshot.report.basis)
        stated = ind.stated.items() if ind.stated else []
        for key, fig in stated:
            findings.append(_check(ind, key, fig, t, by_id, stated_completion(ind)))
        if ind.parts:
            findings.append(_check_parts(ind, by_id))
    return Audit(source, snapshot.report, tuple(findings))


def stated_completion(ind: Indicator) -> StatedFigure | None:
    return ind.stated.completion if ind.stated else None


def _formula(
    ind: Indicator,
    key: str,
    fig: StatedFigure,
    t: Fraction,
    by_id: dict[str, Indicator],
    completion: StatedFigure | None,
) -> tuple[Callable[..., Fraction], list[Input], list[str]] | str:
    """The formula for a stated figure and its inputs, or the reason it cannot be checked.

    The third item names inputs the snapshot lacks but whose implied range can be given.
    """
    a = ind.actual
    if key in ("completion", "stretch_completion"):
        goal = ind.target if key == "completion" else ind.stretch
        goal_name = "target" if key == "completion" else "stretch"
        if ind.better == "lower" and ind.kind != "cumulative":
            return "cap-target"
        if ind.kind == "reduction":
            if a is None or goal is None:
                return "no-actual" if a is None else "no-target"
            return (
                lambda x, p: (100 - x) / (100 - p) * 100,
                [measured(ind, "actual", a), set_figure(goal_name, goal)],
                [],
            )
        if a is None and goal is None:
            return "no-actual"
        if a is None:
            assert goal is not None
            return (lambda x, g: x / g * 100, [set_figure(goal_name, goal)], ["actual"])
        if goal is None:
            return (lambda x, g: x / g * 100, [measured(ind, "actual", a)], [goal_name])
        return (
            lambda x, g: x / g * 100,
            [measured(ind, "actual", a), set_figure(goal_name, goal)],
            [],
        )
    if key == "schedule_gap":
        elapsed_pct = t * 100
        if a is not None and ind.target is not None:
            return (
                lambda x, g: x / g * 100 - elapsed_pct,
                [measured(ind, "actual", a), set_figure("target", ind.target)],
                [],
            )
        if completion is not None:
            # No raw figures: check the printed gap against the printed completion rate.
            c_half = Fraction(1, 2 * 10**completion.decimals)
            c = Input("completion", Fraction(completion.value), c_half)
            return (lambda x: x - elapsed_pct, [c], [])
        return "no-actual" if a is None else "no-target"
    if key == "yoy":
        base = ind.last_year
        if a is None:
            return "no-actual"
        if base is None:
            return "no-last-year"
        # As printed: 个百分点 is a difference of rates, % a relative change, whatever the unit.
        if fig.kind == "pp":
            return (
                lambda x, b: x - b,
                [measured(ind, "actual", a), measured(ind, "last_year", base)],
                [],
            )
        if base <= 0:
            return "base-not-positive"
        return (
            lambda x, b: (x - b) / b * 100,
            [measured(ind, "actual", a), measured(ind, "last_year", base)],
            [],
        )
    if key == "share":
        if a is None:
            return "no-actual"
        whole_input: Input | None = None
        if ind.whole is not None:
            whole_input = measured(ind, "whole", ind.whole)
        elif ind.share_of is not None:
            other = by_id.get(ind.share_of)
            if other is not None and other.actual is not None:
                whole_input = measured(other, "whole", other.actual)
        if whole_input is None:
            return (lambda x, w: x / w * 100, [measured(ind, "actual", a)], ["whole"])
        if whole_input.low <= 0:
            return "whole-not-positive"
        return (lambda x, w: x / w * 100, [measured(ind, "actual", a), whole_input], [])
    if key == "remaining":
        if a is None or ind.target is None:
            return "no-actual" if a is None else "no-target"
        return (
            lambda x, g: g - x,
            [measured(ind, "actual", a), set_figure("target", ind.target)],
            [],
        )
    if key == "total":
        if ind.parts:
            parts = [by_id[p] for p in ind.parts if p in by_id]
            if any(p.actual is None for p in parts):
                return "no-actual"
            inputs = [measured(p, p.id, p.actual) for p in parts if p.actual is not None]
            return (lambda *xs: sum(xs, Fraction(0)), inputs, [])
        if a is None:
            return "no-actual"
        return (lambda x: x, [measured(ind, "actual", a)], [])
    return "no-actual"


def _check(
    ind: Indicator,
    key: str,
    fig: StatedFigure,
    t: Fraction,
    by_id: dict[str, Indicator],
    completion: StatedFigure | None,
) -> Finding:
    formula = _formula(ind, key, fig, t, by_id, completion)
    base = {
        "indicator": ind,
        "key": key,
        "stated_text": fig.text,
        "stated": fig.value,
        "decimals": fig.decimals,
        "kind": fig.kind,
    }
    if isinstance(formula, str):
        return _uncheckable(base, formula)
    func, inputs, missing = formula
    if missing:
        return _uncheckable(
            base, "input-missing", _implied_missing(ind, key, fig, inputs, missing[0])
        )
    finding = _judge(base, func, inputs, fig.value, fig.decimals)
    if (
        finding.verdict == "inconsistent"
        and key == "yoy"
        and fig.kind == "percent"
        and ind.unit_info.is_percent
        and ind.actual is not None
        and ind.last_year is not None
    ):
        # A rate's change printed with % where 个百分点 was meant: say so.
        change = Fraction(ind.actual) - Fraction(ind.last_year)
        if _same(_round(change, fig.decimals, ROUND_HALF_UP), fig.value):
            finding = dataclasses.replace(finding, rule="points-as-percent")
    return finding


def _uncheckable(
    base: dict[str, object], reason: str, implied: tuple[Implied, ...] = ()
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


def _judge(
    base: dict[str, object],
    func: Callable[..., Fraction],
    inputs: list[Input],
    stated: Decimal,
    decimals: int,
) -> Finding:
    try:
        exact = func(*(i.value for i in inputs))
    except ZeroDivisionError:
        return _uncheckable(base, "zero-target")
    recomputed = to_decimal(exact)
    shown = _round(exact, decimals, ROUND_HALF_UP)
    difference = stated - shown
    reached: tuple[Decimal, Decimal] | None = None
    verdict: Verdict
    rule = None
    implied: tuple[Implied, ...] = ()
    if _same(shown, stated):
        verdict = "consistent"
    else:
        low, high = _corners(func, inputs) if any(i.half for i in inputs) else (exact, exact)
        if low != high:
            reached = _interval_text(low, high)
        s_low, s_high = _stated_range(stated, decimals)
        if low != high and low <= s_high and high >= s_low:
            verdict = "within-rounding"
        elif _same(_round(exact, decimals, ROUND_HALF_EVEN), stated):
            # Tried first: at an exact tie half-even and truncation agree, and a tie printed
            # downwards is far more likely GB/T 8170 than cutting digits off.
            verdict, rule = "rounding-differs", "half-even"
        elif _same(_round(exact, decimals, ROUND_DOWN), stated):
            verdict, rule = "rounding-differs", "truncation"
        else:
            verdict = "inconsistent"
            implied = _implied_for_each(func, inputs, stated, decimals)
    return Finding(
        **base,  # type: ignore[arg-type]
        verdict=verdict,
        recomputed=recomputed,
        difference=difference,
        reached=reached,
        rule=rule,
        implied=implied,
        reason=None,
    )


def _solve(
    func: Callable[..., Fraction], inputs: list[Input], which: int, goal: Fraction
) -> Fraction | None:
    """The value of input ``which`` that makes the formula equal ``goal``.

    Every formula here is, in each input, either linear (y = m·x + c) or of the form
    y = m/x + c; three evaluations tell which and fix m and c. A solution is kept only if
    the formula really gives ``goal`` there.
    """
    values = [i.value for i in inputs]

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


def _implied_for_each(
    func: Callable[..., Fraction], inputs: list[Input], stated: Decimal, decimals: int
) -> tuple[Implied, ...]:
    s_low, s_high = _stated_range(stated, decimals)
    out = []
    for which, inp in enumerate(inputs):
        if inp.name == "total-rounding":
            continue
        ends = [_solve(func, inputs, which, s_low), _solve(func, inputs, which, s_high)]
        if any(e is None for e in ends):
            continue
        low, high = sorted(e for e in ends if e is not None)
        out.append(
            Implied(
                inp.name,
                to_decimal(low),
                to_decimal(high),
                to_decimal(inp.value),
                low <= inp.value <= high,
            )
        )
    return tuple(out)


def _implied_missing(
    ind: Indicator, key: str, fig: StatedFigure, inputs: list[Input], missing: str
) -> tuple[Implied, ...]:
    """A stated rate with one input missing: the range the missing one must lie in."""
    s_low, s_high = _stated_range(fig.value, fig.decimals)
    if not inputs or s_low <= 0:
        return ()
    known = inputs[0].value
    if missing in ("actual",):
        low, high = known * s_low / 100, known * s_high / 100  # actual = rate × target
    else:
        low, high = known * 100 / s_high, known * 100 / s_low  # target = actual ÷ rate
    return (Implied(missing, to_decimal(low), to_decimal(high), None, None),)


def _check_parts(ind: Indicator, by_id: dict[str, Indicator]) -> Finding:
    """The indicator's actual against the sum of its parts, within their rounding."""
    parts = [by_id[p] for p in ind.parts or [] if p in by_id]
    text = ind.actual if ind.actual is not None else Decimal(0)
    base = {
        "indicator": ind,
        "key": "parts",
        "stated_text": format(text, "f"),
        "stated": text,
        "decimals": max(0, -_exponent(text)),
        "kind": "amount",
    }
    if ind.actual is None or any(p.actual is None for p in parts):
        return _uncheckable(base, "no-actual")
    inputs = [measured(p, p.id, p.actual) for p in parts if p.actual is not None]
    own = measured(ind, "actual", ind.actual)
    # The total is printed rounded too: its own range widens what the parts may sum to.
    widened = [*inputs, Input("total-rounding", Fraction(0), own.half)]
    decimals = max(0, -_exponent(ind.actual))
    return _judge(base, lambda *xs: sum(xs, Fraction(0)), widened, ind.actual, decimals)


def _exponent(value: Decimal) -> int:
    exp = value.as_tuple().exponent
    return exp if isinstance(exp, int) else 0
