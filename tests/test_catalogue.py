"""Every wording extract reads is a row of the catalogue with its own sentence; each sentence
gives what its row says. Sentences are written anew in the shape of the report each row cites."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from conftest import parse
from gxreport.importers.text import extract_text
from gxreport.importers.text.catalogue import RANKS, ROWS, Row
from gxreport.importers.text.tokens import figures
from gxreport.stated import parse_stated
from gxreport.units import parse_quantity, parse_unit

LEVELS = ("actual", "target", "stretch", "last_year", "whole")


def draft_of(sentence: str, as_of: dt.date = dt.date(2023, 6, 30)) -> object:
    text, _ = extract_text(sentence, "row.txt", as_of.year, as_of)
    return parse(text)


def _holds(snapshot: object, name: str, role: str, want: str) -> bool:
    for ind in snapshot.indicators:  # type: ignore[attr-defined]
        if ind.name != name:
            continue
        if role in LEVELS:
            value = getattr(ind, role)
            if value is not None and value == parse_quantity(want, ind.unit_info):
                return True
        elif role == "rank":
            if ind.rank is not None and ind.rank.position == int(want):
                return True
        elif role == "target_yoy":
            return True  # written where the snapshot has the field, else as 待核
        else:
            stated = getattr(ind.stated, role, None) if ind.stated else None
            if stated is not None and stated.text == want:
                return True
    return False


@pytest.mark.parametrize("row", ROWS + RANKS, ids=[r.name for r in ROWS + RANKS])
def test_each_row_reads_its_sentence(row: Row) -> None:
    as_of = dt.date(2023, 6, 30)
    snapshot = draft_of(row.example, as_of)
    for name, role, want in row.expect:
        assert _holds(snapshot, name, role, want), (row.name, name, role, want, snapshot)


@pytest.mark.parametrize("row", ROWS + RANKS, ids=[r.name for r in ROWS + RANKS])
def test_each_row_matches_its_own_sentence(row: Row) -> None:
    """The row's pattern matches the shape of its sentence (not only a later row)."""
    from gxreport.importers.text.tokens import shape

    text = row.example
    for sentence in text.split("。"):
        if row.regex.search(shape(sentence, figures(sentence)) if row in ROWS else sentence):
            return
    raise AssertionError(f"{row.name} does not match its sentence {row.example!r}")


@pytest.mark.parametrize(
    ("text", "number", "magnitude", "unit", "qualifier"),
    [
        ("出口12.5亿美元", "12.5", "", "亿美元", ""),
        ("实际利用外资3560万美元", "3560", "", "万美元", ""),
        ("全社会用电量8.6亿千瓦时", "8.6", "", "亿千瓦时", ""),
        ("能耗总量46.2万吨标准煤", "46.2", "", "万吨标准煤", ""),
        ("接待游客320.5万人次", "320.5", "", "万人次", ""),
        ("新增市场主体1.57万户", "1.57", "万", "户", ""),
        ("税收收入7,141万元", "7,141", "", "万元", ""),
        ("完成投资约71.5亿元", "71.5", "", "亿元", "约"),
        ("引进项目近30个", "30", "", "个", "近"),
        ("带动就业超过1200人", "1200", "", "人", "超过"),
        ("认定标准40余项", "40", "", "项", "余"),
        ("增长10%以上", "10", "", "%", "以上"),
        ("发电量12.3亿度", "12.3", "亿", "度", ""),
        ("新增贷款2.6万亿元", "2.6", "", "万亿元", ""),
        ("城镇化率提高1.2个百分点", "1.2", "", "个百分点", ""),
    ],
)
def test_figures_as_printed(
    text: str, number: str, magnitude: str, unit: str, qualifier: str
) -> None:
    (fig,) = [f for f in figures(text) if f.kind != "words"]
    assert (fig.number, fig.magnitude, fig.unit, fig.qualifier) == (
        number,
        magnitude,
        unit,
        qualifier,
    )


@pytest.mark.parametrize(
    "text",
    [
        "2023年1-6月",  # a period
        "1至5月份",
        "前5个月",
        "7月31日",
        "第3季度",
        "签约1亿元(含1亿)以上制造业项目",  # figures inside a name
        "10亿元以上项目",
        "G4高速",
        "1+4+N招商体系",
    ],
)
def test_what_is_no_figure(text: str) -> None:
    assert [f for f in figures(text) if f.kind != "words"] == [], text


def test_an_unknown_unit_is_kept_as_printed() -> None:
    snapshot = draft_of("上半年，全县完成造林面积3.6万亩，新建沼气池420口。")
    got = {i.name: (i.actual, i.unit) for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got["新建沼气池"] == (Decimal(420), "口")


def test_a_printed_rate_keeps_its_words() -> None:
    snapshot = draft_of("上半年，税收收入完成3456万元，比上年同期2987万元增长15.7%。")
    (ind,) = snapshot.indicators  # type: ignore[attr-defined]
    assert ind.stated.yoy.text == "增长15.7%"
    assert parse_stated("yoy", "增长15.7%", parse_unit("万元")).value == Decimal("15.7")
