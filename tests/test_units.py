"""Numbers as people type them, normalised to the indicator's unit, exactly."""

from __future__ import annotations

from decimal import Decimal

import pytest

from gxreport.stated import parse_stated
from gxreport.units import clean_text, half_unit, parse_quantity, parse_unit


@pytest.mark.parametrize(
    ("raw", "unit", "expected"),
    [
        ("1.57万", "户", Decimal("15700")),
        ("7,141", "户", Decimal("7141")),
        ("７１４１", "户", Decimal("7141")),  # full-width digits
        ("7141户", "户", Decimal("7141")),
        ("213.9亿", "亿元", Decimal("213.9")),
        ("2139000万", "亿元", Decimal("213.9")),
        ("213.9亿元", "亿元", Decimal("213.9")),
        ("87.2％", "%", Decimal("87.2")),
        (Decimal("213.9"), "亿元", Decimal("213.9")),
        (371, "亿元", Decimal("371")),
        ("1.5万", "人次", Decimal("15000")),
        ("-3.5", "亿元", Decimal("-3.5")),
        ("8559户", "万户", Decimal("0.8559")),
        ("0.85万户", "万户", Decimal("0.85")),
    ],
)
def test_quantities(raw: object, unit: str, expected: Decimal) -> None:
    assert parse_quantity(raw, parse_unit(unit)) == expected


def test_typed_precision_is_kept() -> None:
    # "1.57万" is known to the hundred: the audit reads that as ±50.
    value = parse_quantity("1.57万", parse_unit("户"))
    assert half_unit(value) == 50
    assert half_unit(Decimal("213.9")) == Decimal("0.05")


@pytest.mark.parametrize(
    "raw", ["abc", "1.2.3", "", True, Decimal("NaN"), Decimal("Infinity"), "1e400", [1], "12%"]
)
def test_bad_quantities(raw: object) -> None:
    with pytest.raises(ValueError):
        parse_quantity(raw, parse_unit("亿元"))


def test_absurd_magnitude() -> None:
    with pytest.raises(ValueError, match="out of range"):
        parse_quantity(Decimal("1E+20"), parse_unit("亿元"))


@pytest.mark.parametrize(
    ("unit", "category", "count"),
    [
        ("户", "count", True),
        ("万户", "count", False),
        ("亿元", "money", False),
        ("%", "percent", False),
        ("万平方米", "area", False),
        ("微克/立方米", "other", False),
    ],
)
def test_units(unit: str, category: str, count: bool) -> None:
    info = parse_unit(unit)
    assert info.category == category
    assert info.is_count is count


@pytest.mark.parametrize(
    ("key", "raw", "value", "kind", "decimals"),
    [
        ("completion", "57.65%", "57.65", "percent", 2),
        ("completion", "92%", "92", "percent", 0),
        ("completion", "５７.６５％", "57.65", "percent", 2),
        ("yoy", "下降2.27%", "-2.27", "percent", 2),
        ("yoy", "增长-8.7%", "-8.7", "percent", 1),
        ("yoy", "同比增长4.8%", "4.8", "percent", 1),
        ("yoy", "提高1.5个百分点", "1.5", "pp", 1),
        ("schedule_gap", "超序时进度7.65个百分点", "7.65", "pp", 2),
        ("schedule_gap", "低于序时进度4.52个百分点", "-4.52", "pp", 2),
        ("schedule_gap", "短平均进度3.7个百分点", "-3.7", "pp", 1),  # 短: short of it
        ("schedule_gap", "短序时进度0.45个百分点", "-0.45", "pp", 2),
        ("schedule_gap", "7.65个百分点", "7.65", "pp", 2),
        ("yoy_change", "低1.5个百分点", "-1.5", "pp", 1),  # 比上半年低: lower than then
        ("yoy_change", "慢0.4个百分点", "-0.4", "pp", 1),
        ("yoy_change", "高2.25个百分点", "2.25", "pp", 2),
        ("yoy_change", "高于上年同期增幅6.9个百分点", "6.9", "pp", 1),
        ("schedule_gap", "比时间进度慢了5.2个百分点", "-5.2", "pp", 1),
        ("yoy_change", "比一季度放缓0.3个百分点", "-0.3", "pp", 1),
        ("remaining", "8559户", "8559", "amount", 0),
        ("total", "86.4亿元", "86.4", "amount", 1),
        ("completion", Decimal("57.65"), "57.65", "percent", 2),
    ],
)
def test_stated_figures(key: str, raw: object, value: str, kind: str, decimals: int) -> None:
    unit = parse_unit("户" if key == "remaining" else "亿元")
    fig = parse_stated(key, raw, unit)
    assert fig.value == Decimal(value)
    assert fig.kind == kind
    assert fig.decimals == decimals


@pytest.mark.parametrize(
    ("key", "raw"),
    [
        ("completion", "7.65个百分点"),
        ("completion", "很好"),
        ("completion", True),
        ("share", "45.2%%"),
    ],
)
def test_stated_figures_that_do_not_fit(key: str, raw: object) -> None:
    with pytest.raises(ValueError):
        parse_stated(key, raw, parse_unit("亿元"))


def test_clean_text_drops_controls() -> None:
    assert clean_text("a\x1b[31mb\x07c") == "a[31mbc"
    assert clean_text("line\nbreak\ttab") == "line break tab"
    assert clean_text("x\u202ey\x9bz") == "xyz"
