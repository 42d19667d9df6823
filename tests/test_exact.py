"""`gxreport.exact.Fraction` is the standard Fraction, faster: every operator gives the same
value, type of result and exception as the standard one, and every fraction in a report
is of the faster class (so `isinstance` checks against it hold everywhere)."""

from __future__ import annotations

import dataclasses
import fractions
import operator
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import EXAMPLES
from gxreport.exact import Fraction, exact

INTS = st.integers(-(10**30), 10**30)
SMALL = st.integers(-50, 50)
STANDARD = st.builds(fractions.Fraction, INTS, INTS.filter(bool))
OPERANDS = st.one_of(
    STANDARD,
    st.builds(lambda f: Fraction(f), STANDARD),
    INTS,
    st.decimals(allow_nan=False, allow_infinity=False, places=3, min_value=-9999, max_value=9999),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
)
BINARY = [
    operator.add, operator.sub, operator.mul, operator.truediv, operator.floordiv,
    operator.mod, divmod, operator.lt, operator.le, operator.gt, operator.ge, operator.eq,
    operator.ne,
]  # fmt: skip


def _outcome(op: Any, a: Any, b: Any) -> tuple[str, Any]:
    try:
        result = op(a, b)
    except Exception as exc:  # the same exception, whatever it is
        return "raises", type(exc)
    return "gives", result


def _same(ours: Any, standard: Any) -> None:
    assert ours[0] == standard[0], (ours, standard)
    if ours[0] == "raises":
        assert ours[1] is standard[1]
        return
    x, y = ours[1], standard[1]
    if isinstance(y, tuple):
        for p, q in zip(x, y, strict=True):
            _same(("gives", p), ("gives", q))
        return
    if isinstance(y, fractions.Fraction):
        assert type(x) is Fraction  # a fraction from one of ours is ours
        assert (x.numerator, x.denominator) == (y.numerator, y.denominator)
        assert hash(x) == hash(y)
    else:
        assert type(x) is type(y) and (x == y or (x != x and y != y)), (x, y)


@settings(max_examples=3000)
@given(a=STANDARD, b=OPERANDS, op=st.sampled_from(BINARY), mine_left=st.booleans())
def test_binary_operators_agree_with_the_standard_class(
    a: fractions.Fraction, b: Any, op: Any, mine_left: bool
) -> None:
    ours = Fraction(a)
    if mine_left:
        _same(_outcome(op, ours, b), _outcome(op, a, b))
    else:
        _same(_outcome(op, b, ours), _outcome(op, b, a))


@given(a=STANDARD, power=SMALL, places=st.integers(-3, 3))
def test_unary_operators_powers_and_rounding_agree(
    a: fractions.Fraction, power: int, places: int
) -> None:
    ours = Fraction(a)
    for op in (operator.neg, operator.pos, abs, round, int, bool, hash, str, repr):
        _same(("gives", op(ours)), ("gives", op(a)))
    _same(_outcome(operator.pow, ours, power), _outcome(operator.pow, a, power))
    _same(("gives", round(ours, places)), ("gives", round(a, places)))
    _same(("gives", ours.limit_denominator(100)), ("gives", a.limit_denominator(100)))


@given(value=st.one_of(INTS, st.decimals(allow_nan=False, allow_infinity=False), STANDARD))
def test_exact_is_the_constructor(value: Any) -> None:
    made = exact(value)
    assert type(made) is Fraction
    assert made == fractions.Fraction(value)
    assert made.denominator > 0 and fractions.Fraction(value).numerator == made.numerator


def _fractions_in(value: Any, seen: set[int]) -> list[Any]:
    """Every fraction reachable from ``value`` through dataclass fields and containers."""
    if id(value) in seen:
        return []
    seen.add(id(value))
    if isinstance(value, fractions.Fraction):
        return [value]
    found: list[Any] = []
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            found += _fractions_in(getattr(value, f.name), seen)
    elif isinstance(value, (list, tuple)):
        for item in value:
            found += _fractions_in(item, seen)
    elif isinstance(value, dict):
        for item in value.values():
            found += _fractions_in(item, seen)
    return found


@pytest.mark.parametrize("path", sorted(EXAMPLES.rglob("*.toml")), ids=lambda p: p.name)
def test_every_fraction_of_a_report_and_an_audit_is_ours(path: Any) -> None:
    from gxreport.analyze import analyze
    from gxreport.audit import audit
    from gxreport.load import load

    loaded = load(str(path))
    report = analyze(loaded.snapshot, loaded.source)  # every plan, every month
    found = _fractions_in(report, set()) + _fractions_in(audit(loaded.snapshot, "x"), set())
    assert len(found) >= 5  # the walk reached the figures
    assert {type(f) for f in found} == {Fraction}
    assert Decimal(1) < Fraction(3, 2)  # Decimal compares with it as with the standard one
