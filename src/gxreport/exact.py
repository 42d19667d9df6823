"""Exact rationals: `fractions.Fraction` with its arithmetic done on the integers directly.

Every derived figure is a fraction until it is printed, and the standard class spends most of
its time outside the arithmetic: an abstract-base check per operand, a dispatching wrapper,
property reads and a keyword-checked constructor per result. This subclass does the same
sums on the numerators and denominators, and returns results in lowest terms with a positive
denominator, as the standard class does; any other operand (a float, a Decimal, another
subclass) goes to the standard method. tests/test_exact.py holds every operator equal to
the standard one.
"""

from __future__ import annotations

import fractions
from decimal import Decimal
from math import gcd
from typing import TYPE_CHECKING, Any, cast

_Base = fractions.Fraction
_new = object.__new__

if TYPE_CHECKING:
    # To the type checker this is the standard class, which it behaves as.
    from fractions import Fraction as Fraction
else:

    def _cast(value: Any) -> Any:
        return _raw(value._numerator, value._denominator) if type(value) is _Base else value

    def _ours(method: Any) -> Any:
        def wrapped(*args: Any) -> Any:
            return _cast(method(*args))

        wrapped.__name__ = method.__name__
        wrapped.__doc__ = method.__doc__
        return wrapped

    def _make(n: int, d: int) -> Fraction:
        """n/d in lowest terms, given d > 0."""
        g = gcd(n, d)
        r = _new(Fraction)
        if g == 1:
            r._numerator, r._denominator = n, d
        else:
            r._numerator, r._denominator = n // g, d // g
        return r

    def _divide(na: int, da: int, nb: int, db: int) -> Fraction:
        """(na/da) / (nb/db), as the standard class divides: by zero raises."""
        if nb == 0:
            raise ZeroDivisionError(f"Fraction({na * db}, 0)")
        if nb < 0:
            nb, db = -nb, -db
        return _make(na * db, da * nb)

    def _plus(a: Fraction, nb: int, db: int) -> Fraction:
        """a + nb/db (a common denominator is kept as it is)."""
        da = a._denominator
        if da == db:
            return _make(a._numerator + nb, da)
        return _make(a._numerator * db + nb * da, da * db)

    def _diff(a: Fraction, nd: tuple[int, int]) -> int:
        """An int with the sign of a − n/d."""
        return a._numerator * nd[1] - nd[0] * a._denominator

    def _ratio(b: Any) -> tuple[int, int] | None:
        """(numerator, denominator) of an int or a Fraction of either class, else None: the
        operand is then left to the standard method."""
        kind = type(b)
        if kind is Fraction or kind is _Base:
            return b._numerator, b._denominator
        if kind is int:
            return b, 1
        return None

    class Fraction(fractions.Fraction):
        __slots__ = ()

        def __add__(a, b: Any) -> Any:
            nd = _ratio(b)
            return _Base.__add__(a, b) if nd is None else _plus(a, *nd)

        __radd__ = __add__

        def __sub__(a, b: Any) -> Any:
            nd = _ratio(b)
            return _Base.__sub__(a, b) if nd is None else _plus(a, -nd[0], nd[1])

        def __rsub__(a, b: Any) -> Any:
            nd = _ratio(b)
            if nd is None:
                return _Base.__rsub__(a, b)
            nb, db = nd
            return _make(nb * a._denominator - a._numerator * db, a._denominator * db)

        def __mul__(a, b: Any) -> Any:
            nd = _ratio(b)
            if nd is None:
                return _Base.__mul__(a, b)
            return _make(a._numerator * nd[0], a._denominator * nd[1])

        __rmul__ = __mul__

        def __truediv__(a, b: Any) -> Any:
            nd = _ratio(b)
            if nd is None:
                return _Base.__truediv__(a, b)
            return _divide(a._numerator, a._denominator, *nd)

        def __rtruediv__(a, b: Any) -> Any:
            nd = _ratio(b)
            if nd is None:
                return _Base.__rtruediv__(a, b)
            return _divide(*nd, a._numerator, a._denominator)

        def __neg__(a) -> Fraction:
            return _raw(-a._numerator, a._denominator)

        def __lt__(a, b: Any) -> bool:
            nd = _ratio(b)
            return _Base.__lt__(a, b) if nd is None else _diff(a, nd) < 0

        def __le__(a, b: Any) -> bool:
            nd = _ratio(b)
            return _Base.__le__(a, b) if nd is None else _diff(a, nd) <= 0

        def __gt__(a, b: Any) -> bool:
            nd = _ratio(b)
            return _Base.__gt__(a, b) if nd is None else _diff(a, nd) > 0

        def __ge__(a, b: Any) -> bool:
            nd = _ratio(b)
            return _Base.__ge__(a, b) if nd is None else _diff(a, nd) >= 0

        def __eq__(a, b: object) -> bool:
            nd = _ratio(b)
            if nd is None:
                return _Base.__eq__(a, b)
            return a._numerator == nd[0] and a._denominator == nd[1]

        __hash__ = _Base.__hash__

        # The standard methods left build the standard class; their results are made ours,
        # so that every fraction derived from one of ours is ours (a test walks the reports).
        __pow__ = _ours(_Base.__pow__)
        __rpow__ = _ours(_Base.__rpow__)
        __abs__ = _ours(_Base.__abs__)
        __pos__ = _ours(_Base.__pos__)
        __mod__ = _ours(_Base.__mod__)
        __rmod__ = _ours(_Base.__rmod__)
        __round__ = _ours(_Base.__round__)
        limit_denominator = _ours(_Base.limit_denominator)

        def __divmod__(a, b: Any) -> Any:
            q, r = _Base.__divmod__(a, b)
            return q, _cast(r)

        def __rdivmod__(a, b: Any) -> Any:
            q, r = _Base.__rdivmod__(a, b)
            return q, _cast(r)


def exact(value: int | Decimal | fractions.Fraction) -> Fraction:
    """``value`` as an exact Fraction (a Decimal's own ratio is in lowest terms already)."""
    if type(value) is int:
        return _raw(value, 1)
    if type(value) is Decimal:
        return _raw(*value.as_integer_ratio())
    return Fraction(value)


def _raw(n: int, d: int) -> Fraction:
    r: Any = _new(Fraction)
    r._numerator, r._denominator = n, d
    return cast(Fraction, r)
