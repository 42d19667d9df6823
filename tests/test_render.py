"""Renderers as exact strings: the table layout, escaping, number formatting."""

from __future__ import annotations

from decimal import Decimal

from rich.cells import cell_len

from gxreport.render._fmt import Style, amount, number, rate, ratio
from gxreport.render.csv import text_cell
from gxreport.render.grid import Column, Drawing, Grid, Line, ansi_painter
from gxreport.render.markdown import escape, table


def test_grid_aligns_cjk_and_right_justifies_numbers() -> None:
    grid = Grid(
        [Column("指标", folds=True), Column("完成率", "right")],
        [["新签约项目签约额", "57.65%"], ["户数", "9%"]],
        title="招商引资",
    )
    text = Drawing([Line("标题"), grid]).render(80)
    assert text == (
        "标题\n"
        "招商引资\n"
        "┏━━━━━━━━━━━━━━━━━━┳━━━━━━━━┓\n"
        "┃ 指标             ┃ 完成率 ┃\n"
        "┡━━━━━━━━━━━━━━━━━━╇━━━━━━━━┩\n"
        "│ 新签约项目签约额 │ 57.65% │\n"
        "│ 户数             │     9% │\n"
        "└──────────────────┴────────┘\n"
    )


def test_grid_folds_the_first_column_and_drops_optional_ones_when_narrow() -> None:
    grid = Grid(
        [
            Column("指标", folds=True, min_width=4),
            Column("值", "right"),
            Column("进度", optional=True),
        ],
        [["新签约项目签约额", "57.65%", "██████│░░░░░"]],
    )
    lines = Drawing([grid]).render(22).splitlines()
    assert all(cell_len(line) <= 22 for line in lines)
    assert "进度" not in "".join(lines)
    assert {cell_len(line) for line in lines} == {cell_len(lines[0])}  # a straight box
    assert "".join(line.split("│")[1].strip() for line in lines[3:-1]) == "新签约项目签约额"


def test_colour_only_on_a_colour_terminal() -> None:
    grid = Grid([Column("a")], [[("ok", "green")]])
    assert "\x1b[" not in Drawing([grid]).render(40)
    coloured = Drawing([grid]).render(40, ansi_painter("truecolor"))
    assert "\x1b[32mok\x1b[0m" in coloured


def test_markdown_escaping_and_tables() -> None:
    assert escape("a|b <i>*x*</i> [l](u) `c` $m$ ~s~ &amp;") == (
        "a\\|b \\<i\\>\\*x\\*\\</i\\> \\[l\\](u) \\`c\\` \\$m\\$ \\~s\\~ \\&amp;"
    )
    assert table(["指标", "值"], [["a|b", "1"]], {1}) == (
        "| 指标 | 值 |\n| --- | ---: |\n| a\\|b | 1 |"
    )


def test_number_formats() -> None:
    style = Style()
    assert rate(Decimal("57.654986"), style) == "57.65%"
    assert number(Decimal("7.654986"), style, signed=True) == "+7.65"
    assert number(Decimal("-0.001"), style, signed=True) == "0.00"
    assert amount(Decimal("186.10"), style) == "186.1"
    assert amount(Decimal("31.016666"), style) == "31.02"
    assert amount(Decimal("4280"), style) == "4280"
    assert ratio(Decimal("0.8700"), style) == "0.87×"
    assert rate(Decimal("56.75"), Style(decimals=1)) == "56.8%"
    assert rate(Decimal("56.65"), Style(decimals=1, rounding="half-even")) == "56.6%"


def test_csv_text_cells() -> None:
    assert text_cell("=SUM(A1)") == "'=SUM(A1)"
    assert text_cell("@cmd") == "'@cmd"
    assert text_cell("新签约") == "新签约"
