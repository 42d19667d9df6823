"""More published layouts, rebuilt here with the writer libraries (figures as published, the
layout is what matters): each test names the page the layout was seen on."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from conftest import parse
from test_layouts import Rows, book, imported, run


def gbk_csv(path: Path, rows: list[list[str]]) -> Path:
    """A CSV in GBK, as offices save them."""
    path.write_bytes("".join(",".join(r) + "\r\n" for r in rows).encode("gbk"))
    return path


# A county's 乡镇企业 targets, 2010年1—11月: completion as % cells and the gap to the plan's pace
# (https://finance.sina.cn/sa/2010-12-14/detail-ikftpnnx9897673.d.html?from=wap).
TOWNSHIP = [
    ("营业收入", 212071, 0.75, -17),
    ("乡镇企业增加值", 60493, 0.776, -14.1),
    ("乡镇工业增加值", 42637, 0.814, -10.3),
    ("农产品加工业产值", 24005, 0.741, -17.6),
]


@pytest.mark.parametrize(
    ("header", "sign"), [("比计划进度±个百分点", 1), ("塌计划进度（个百分点）", -1)]
)
def test_a_gap_to_the_plans_pace_is_a_schedule_gap(tmp_path: Path, header: str, sign: int) -> None:
    rows: Rows = [
        ["富宁县乡镇企业2010年1—11月各项考核指标完成情况"],
        ["指标", "单位", "1—11月完成", "占目标考核%", header],
    ]
    rows += [[n, "万元", a, c, sign * g] for n, a, c, g in TOWNSHIP]
    path = book(tmp_path / "t.xlsx", rows, {(r, 3) for r in range(2, 6)})
    out = tmp_path / "t.toml"
    imported(path, "-o", out)
    got = parse(out.read_text(encoding="utf-8")).indicators
    assert [i.stated.yoy for i in got] == [None] * 4
    assert [i.stated.schedule_gap.value for i in got] == [
        Decimal(str(g)) for _, _, _, g in TOWNSHIP
    ]
    # 序时进度 at 11-30 is 91.67%: 75% is 16.67 behind, printed -17; every gap agrees.
    checked = json.loads(run("check", out, "-f", "json").stdout)["counts"]
    assert (checked["inconsistent"], checked["consistent"]) == (0, 4)


def test_a_shortfall_printed_with_a_minus_is_listed(tmp_path: Path) -> None:
    rows: Rows = [
        ["富宁县乡镇企业2010年1—11月各项考核指标完成情况"],
        ["指标", "单位", "1—11月完成", "落后序时进度（个百分点）"],
        ["营业收入", "万元", 212071, -17],
    ]
    _, said = imported(book(tmp_path / "t.xlsx", rows))
    assert "D3 -17 (落后序时进度（个百分点）" in said and "比序时进度±" in said


# A prefecture's 重点项目, 2020年1-8月: a count of projects beside the investment
# (http://paper.kbcmw.com/pc/202009/25/content_28302.html).
def test_a_count_of_projects_is_a_skipped_column(tmp_path: Path) -> None:
    rows: Rows = [
        ["2020年甘孜州重点项目1-8月投资完成情况"],
        [None, None, None, None, "单位：个、亿元、%"],
        ["项目名称", "项目个数", "年度计划投资", "1-8月累计完成投资", "占年度计划%"],
        ["全州重点项目", 250, 307.05, 210.88, 68.68],
        ["重大基础设施项目", None, None, 89.86, 64.44],
    ]
    text, said = imported(book(tmp_path / "p.xlsx", rows))
    assert "skipped column B3 项目个数: the number of projects" in said
    assert "without a header" not in said
    whole = parse(text).indicators[0]
    assert (whole.actual, whole.target) == (Decimal("210.88"), Decimal("307.05"))


# A province's cities, 2012年1-4月: four growth rates per city, a 全省 row, no amounts and no
# rank (http://gxt.hunan.gov.cn/gxt/xxgk_71033/gzdt/jxyw/201205/t20120515_2083491.html).
def test_split_snapshots_of_growth_rates_rank_by_their_growth(tmp_path: Path) -> None:
    rows: Rows = [
        ["2012年1-4月全省各市州工业主要指标增长情况"],
        ["单位：%"],
        ["地区", "规模工业增加值增长速度", "工业固定资产投资增长速度"],
        ["全  省", 15.9, 25.1],
        ["长沙市", 14.4, 0.2],
        ["株洲市", 14.1, 78.0],
        ["常德市", 20.3, 55.1],
        ["娄底市", 14.1, 24.5],
        ["湘西自治州", 7.9, 28.0],
    ]
    path = book(tmp_path / "市州.xlsx", rows)
    imported(path, "--split", tmp_path / "places")
    ranked = run("rank", tmp_path / "places", "-i", "规模工业增加值增长速度", "-f", "json")
    assert ranked.exit_code == 0, ranked.stderr
    doc = json.loads(ranked.stdout)
    assert doc["by"] == "yoy"
    assert [(e["entity"], e["rank"]) for e in doc["entities"]] == [
        ("常德市", 1),
        ("长沙市", 2),
        ("娄底市", 3),
        ("株洲市", 3),
        ("湘西自治州", 5),
    ]
    by_amount = run("rank", tmp_path / "places", "-i", "规模工业增加值增长速度", "--by", "actual")
    assert by_amount.exit_code == 2 and "--by yoy" in by_amount.stderr


# The place a title names is the snapshot's entity: a district's quarterly table
# (http://www.fl.gov.cn/bm/tjj/zwgk_46564/tjxxbf/sjjd/202511/t20251103_15134696.html), a
# county's targets (the page of the first test), a city's projects
# (https://hnmdtv.com/community/2021/0701/77892.html); 全区 names none.
@pytest.mark.parametrize(
    ("title", "entity"),
    [
        ("2025年前三季度涪陵区主要经济指标", "涪陵区"),
        ("重庆市涪陵区2025年1-9月主要经济指标", "涪陵区"),
        ("富宁县乡镇企业2010年1—11月各项考核指标完成情况", "富宁县"),
        ("2021年商丘市重点建设项目1~6月份投资完成情况", "商丘市"),
        ("2021年1-6月份全区一般公共预算收入执行情况", None),
        ("2021年1-6月地区生产总值", None),
    ],
)
def test_the_entity_is_the_place_the_title_names(
    tmp_path: Path, title: str, entity: str | None
) -> None:
    rows: Rows = [[title], ["指标", "1-6月", "同比增长%"], ["地区生产总值", 1291.92, 5.1]]
    text, _ = imported(book(tmp_path / "t.xlsx", rows))
    assert parse(text).report.entity == entity


# A city's counties by 2021 GDP, republished as a CSV: the place (GDP排行) before the names,
# the year alone in the title and the header, and the city's years in a second table below
# (http://hbzqbyyxgs.com/news/614691.html).
def test_a_league_of_the_whole_year_with_a_second_table_below(tmp_path: Path) -> None:
    rows = [
        ["长治各区县2021年GDP排行榜"],
        ["GDP排行", "区域", "2021年GDP(亿元)", "增速(%)"],
        ["1", "潞州区", "565.7", "8"],
        ["2", "襄垣县", "320.7", "9.9"],
        ["3", "上党区", "305.2", "9.8"],
        ["4", "长子县", "252.5", "11.5"],
        [],
        ["年份", "GDP(亿元)", "增速(%)"],
        ["2021年", "2311.1", "11"],
        ["2020年", "1711.6", "5.1"],
    ]
    path = gbk_csv(tmp_path / "长治.csv", rows)
    ranked = run("rank", path, "-i", "2021年GDP", "-f", "json")
    assert ranked.exit_code == 0, ranked.stderr
    doc = json.loads(ranked.stdout)
    assert doc["by"] == "actual"
    assert [(e["entity"], e["rank"], e["stated_rank"], e["agrees"]) for e in doc["entities"]] == [
        ("潞州区", 1, 1, True),
        ("襄垣县", 2, 2, True),
        ("上党区", 3, 3, True),
        ("长子县", 4, 4, True),
    ]
    assert "a second table below the first" in ranked.stderr
    imported(path, "--split", tmp_path / "places")
    assert sorted(p.stem for p in (tmp_path / "places").glob("*.toml")) == sorted(
        ["潞州区", "襄垣县", "上党区", "长子县"]
    )
    snap = parse((tmp_path / "places" / "上党区.toml").read_text(encoding="utf-8"))
    assert snap.report.as_of.isoformat() == "2021-12-31"


# A county's industry table, 2010.6: the period in a title cell of its own, one unit row for
# counts and amounts, 其中:规模以上 under every item, then the items again for 开发区
# (http://www.pjckts.cn/forum.php?action=printable&mod=viewthread&tid=3110).
def test_a_qualifier_under_every_item_and_a_unit_row_of_two_units(tmp_path: Path) -> None:
    rows: Rows = [
        ["工业生产销售总量指标", None, "全县", None, "2010.6"],
        ["单位:个、万元"],
        ["指标名称", "本月", "同比%", "累计", "同比%"],
        ["企业单位数", 4326, 5.5, 4326, 5.5],
        ["其中:规模以上", 501, 7.1, 501, 7.1],
        ["工业总产值", 309748, 3.3, 1618573, 16.2],
        ["其中:规模以上", 206713, -3.4, 1086976, 18.7],
        ["销售产值", 299736, 3.4, 158996, 15.4],
        ["其中:规模以上", 200036, -1.7, 1051024, 18.4],
        ["其中:开发区"],
        ["工业总产值", 114339, -19.1, 629432, 7.7],
        ["其中:规模以上", 102355, -15.6, 579912, 12.5],
    ]
    text, said = imported(book(tmp_path / "县.xlsx", rows))
    snap = parse(text)
    assert snap.report.as_of.isoformat() == "2010-06-30"
    # Printed so: 销售产值 累计 158996, its 规模以上 1051024 (a typo of the source, kept).
    assert "销售产值 158996 (D8) < 销售产值·规模以上 1051024 (D9): a part larger" in said
    got = [(i.name, i.unit, i.group, i.actual) for i in snap.indicators]
    assert got == [
        ("企业单位数", "个", "", Decimal(4326)),
        ("企业单位数·规模以上", "个", "", Decimal(501)),
        ("工业总产值", "万元", "", Decimal(1618573)),
        ("工业总产值·规模以上", "万元", "", Decimal(1086976)),
        ("销售产值", "万元", "", Decimal(158996)),
        ("销售产值·规模以上", "万元", "", Decimal(1051024)),
        ("工业总产值", "万元", "开发区", Decimal(629432)),
        ("工业总产值·规模以上", "万元", "开发区", Decimal(579912)),
    ]
    # Each 规模以上 is the one 其中 of the item above it, never of 企业单位数.
    assert 'parts  = ["企业单位数·规模以上"]' in text
    assert '"工业总产值", "' not in text


# The same counties with 排名 after 增速: the places are those of the amounts (565.7 > 320.7 >
# 305.2 > 252.5) and not of the growth, so they are places by the amount.
def test_a_place_after_the_growth_that_orders_the_amounts(tmp_path: Path) -> None:
    rows = [
        ["长治各区县2021年1-12月GDP"],
        ["区域", "GDP(亿元)", "增速(%)", "排名"],
        ["潞州区", "565.7", "8", "1"],
        ["襄垣县", "320.7", "9.9", "2"],
        ["上党区", "305.2", "9.8", "3"],
        ["长子县", "252.5", "11.5", "4"],
    ]
    path = gbk_csv(tmp_path / "长治.csv", rows)
    doc = json.loads(run("rank", path, "-i", "GDP", "-f", "json").stdout)
    assert doc["by"] == "actual"
    assert [(e["stated_rank"], e["agrees"]) for e in doc["entities"]] == [
        (n, True) for n in range(1, 5)
    ]


# An average is no sum: 城镇 per-capita income above the whole's is no part larger than it
# (the district's quarterly table of the entity test).
def test_a_part_above_an_average_is_not_said_larger(tmp_path: Path) -> None:
    rows: Rows = [
        ["2025年前三季度涪陵区主要经济指标"],
        ["指标", "1-9月", "同比增长(%)"],
        ["居民人均可支配收入", 36591, 5.1],
        ["其中:城镇常住居民人均可支配收入", 42689, 4.3],
    ]
    _, said = imported(book(tmp_path / "t.xlsx", rows))
    assert "larger than its whole" not in said
