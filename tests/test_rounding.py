"""round_exact against the decimal module's own rounding, which is independent arithmetic."""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Context, Decimal
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from gxreport.rounding import round_exact

RULES = {"half-up": ROUND_HALF_UP, "half-even": ROUND_HALF_EVEN, "truncation": ROUND_DOWN}
WIDE = Context(prec=200)

decimals_in = st.decimals(
    min_value=Decimal("-1e9"), max_value=Decimal("1e9"), places=6, allow_nan=False
)


def expected(value: Decimal, decimals: int, rule: str) -> Decimal:
    shown = value.quantize(Decimal(1).scaleb(-decimals), rounding=RULES[rule], context=WIDE)
    return shown.copy_abs() if shown.is_zero() else shown  # never a negative zero


@given(decimals_in, st.integers(min_value=-3, max_value=4), st.sampled_from(sorted(RULES)))
def test_a_decimal_rounds_as_the_decimal_module_rounds_it(
    value: Decimal, decimals: int, rule: str
) -> None:
    got = round_exact(value, decimals, rule)  # type: ignore[arg-type]
    want = expected(value, decimals, rule)
    assert got == want
    assert not (got.is_zero() and got.is_signed())
    assert got.as_tuple().exponent == want.as_tuple().exponent


@given(
    st.integers(min_value=-(10**12), max_value=10**12),
    st.integers(min_value=1, max_value=10**6),
    st.integers(min_value=0, max_value=4),
    st.sampled_from(sorted(RULES)),
)
def test_a_fraction_rounds_as_its_exact_decimal_expansion(
    num: int, den: int, decimals: int, rule: str
) -> None:
    value = Fraction(num, den)
    # The quotient cut (toward zero) at 200 digits decides the same way as the exact one: a
    # terminating quotient is exact there, and a non-terminating one with den ≤ 10**6 cannot
    # show 190 zeros after a 5, so it is never read as a tie or as a boundary.
    cut = Context(prec=200, rounding=ROUND_DOWN).divide(Decimal(num), Decimal(den))
    got = round_exact(value, decimals, rule)  # type: ignore[arg-type]
    assert got == expected(cut, decimals, rule)


@given(
    st.integers(min_value=-(10**9), max_value=10**9),
    st.integers(min_value=-3, max_value=4),
    st.sampled_from(sorted(RULES)),
)
def test_a_tie_goes_the_way_its_rule_says(k: int, decimals: int, rule: str) -> None:
    tie = Decimal(k).scaleb(-decimals) + Decimal(5).scaleb(-decimals - 1)  # 21.975 at 2 places
    got = round_exact(tie, decimals, rule)  # type: ignore[arg-type]
    assert got == expected(tie, decimals, rule)
