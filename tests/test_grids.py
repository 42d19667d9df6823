"""Tables in a report: the shapes published reports give them in (written anew, figures
changed; the page each shape was seen on is cited), read into rows and then into figures by
import's header logic."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gxreport.importers.grids import TextTable, figures_of, tables_in_text

Want = dict[tuple[str, str], str]  # (row name, role) → value


def read(text: str) -> tuple[list[TextTable], Want]:
    tables = tables_in_text(text)
    got: Want = {}
    for table in tables:
        for f in figures_of(table):
            if f.role is not None:
                name = f"{f.entity}/{f.name}" if f.entity else f.name
                got[(name, f.role)] = f.value + (f" {f.unit}" if f.unit else "")
    return tables, got


# Each shape: the text, and every figure it holds as a reader of the table names it.
SHAPES: dict[str, tuple[str, Want]] = {
    # A county's 主要经济指标 as a Markdown table: a caption, a 单位 line above, a blank
    # header over the name column, thousands separators.
    "pipe, blank name header, unit line, separators": (
        "某县2023年1-6月主要经济指标\n\n"
        "单位：亿元\n\n"
        "| | 1-6月 | 同比增长% | 全年目标 |\n"
        "|---|---:|---:|---:|\n"
        "| 地区生产总值 | 1,084.3 | 5.1 | 2,250 |\n"
        "| 一般公共预算收入 | 61.07 | -3.4 | 128 |\n",
        {
            ("地区生产总值", "actual"): "1084.3 亿元",
            ("地区生产总值", "yoy"): "5.1 %",
            ("地区生产总值", "target"): "2250 亿元",
            ("一般公共预算收入", "actual"): "61.07 亿元",
            ("一般公共预算收入", "yoy"): "-3.4 %",
            ("一般公共预算收入", "target"): "128 亿元",
        },
    ),
    # The unit in the top-left cell, a completion column.
    "pipe, unit in the corner, completion": (
        "| 单位：万元 | 全年目标 | 1-5月 | 完成率% |\n"
        "|---|---|---|---|\n"
        "| 一般公共预算收入 | 61,200 | 27,803 | 45.4 |\n"
        "| 税收收入 | 40,500 | 19,877 | 49.1 |\n",
        {
            ("一般公共预算收入", "target"): "61200 万元",
            ("一般公共预算收入", "actual"): "27803 万元",
            ("一般公共预算收入", "completion"): "45.4 %",
            ("税收收入", "target"): "40500 万元",
            ("税收收入", "actual"): "19877 万元",
            ("税收收入", "completion"): "49.1 %",
        },
    ),
    # A yearbook page's table keeps its caption and unit as rows of the table itself, and a
    # group row between (https://tjj.fujian.gov.cn/tongjinianjian/dz2015/cn/html/0203.htm).
    "pipe, caption and unit rows inside": (
        "| 表3 主要指标 | |||\n"
        "| 单位:亿元 | |||\n"
        "| 指标 | 1-6月 | 上年同期 | 增长% |\n"
        "| 按产业分 | |||\n"
        "| 第一产业 | 38.60 | 36.93 | 4.5 |\n"
        "| 第二产业 | 412.08 | 401.22 | 2.7 |\n",
        {
            ("第一产业", "actual"): "38.60 亿元",
            ("第一产业", "last_year"): "36.93 亿元",
            ("第一产业", "yoy"): "4.5 %",
            ("第二产业", "actual"): "412.08 亿元",
            ("第二产业", "last_year"): "401.22 亿元",
            ("第二产业", "yoy"): "2.7 %",
        },
    ),
    # Units in the name's brackets, a unit column left empty
    # (http://shiquanmuye.com/ndsfsj/moref19f2f4.shtml prints names such as 最终消费(亿元)).
    "pipe, unit in the name": (
        "| 指标 | 本年累计 | 比上年同期增长% |\n"
        "|---|---|---|\n"
        "| 社会消费品零售总额(亿元) | 233.5 | 6.2 |\n"
        "| 进出口总额(万美元) | 41,906 | -12.8 |\n",
        {
            ("社会消费品零售总额", "actual"): "233.5 亿元",
            ("社会消费品零售总额", "yoy"): "6.2 %",
            ("进出口总额", "actual"): "41906 万美元",
            ("进出口总额", "yoy"): "-12.8 %",
        },
    ),
    # 其中 rows under their total.
    "pipe, parts": (
        "| 指标名称 | 单位 | 1-6月 | 同比增长% |\n"
        "|---|---|---|---|\n"
        "| 固定资产投资 | 亿元 | 96.2 | 4.1 |\n"
        "| 其中：工业投资 | 亿元 | 35.8 | 12.6 |\n",
        {
            ("固定资产投资", "actual"): "96.2 亿元",
            ("固定资产投资", "yoy"): "4.1 %",
            ("工业投资", "actual"): "35.8 亿元",
            ("工业投资", "yoy"): "12.6 %",
        },
    ),
    # PDF-to-text: columns by runs of spaces, a cell's name wrapped under it (a top-aligned
    # cell), a 单位 line at the right of the caption, a missing value printed as —
    # (the layout of http://tjj.cq.gov.cn/zwgk_233/tjnj/2008/1/1-5.files/sheet001.htm).
    "aligned, wrapped name below": (
        "2023年1-6月主要经济指标                 单位：亿元\n"
        "指标名称            1-6月      同比增长%    全年目标\n"
        "规模以上工业增加值   47.3       8.1          98\n"
        "社会消费品零售总     91.6       5.7          176\n"
        "额\n"
        "固定资产投资         131.2      -2.2         —\n",
        {
            ("规模以上工业增加值", "actual"): "47.3 亿元",
            ("规模以上工业增加值", "yoy"): "8.1 %",
            ("规模以上工业增加值", "target"): "98 亿元",
            ("社会消费品零售总额", "actual"): "91.6 亿元",
            ("社会消费品零售总额", "yoy"): "5.7 %",
            ("社会消费品零售总额", "target"): "176 亿元",
            ("固定资产投资", "actual"): "131.2 亿元",
            ("固定资产投资", "yoy"): "-2.2 %",
        },
    ),
    # A vertically centred cell: the first part of the name comes on the line above its row.
    "aligned, wrapped name above": (
        "指标                 单位      本年累计    增长%\n"
        "规模以上工业\n"
        "企业营业收入         亿元      612.4       3.3\n"
        "利润总额             亿元      28.15       -9.6\n",
        {
            ("规模以上工业企业营业收入", "actual"): "612.4 亿元",
            ("规模以上工业企业营业收入", "yoy"): "3.3 %",
            ("利润总额", "actual"): "28.15 亿元",
            ("利润总额", "yoy"): "-9.6 %",
        },
    ),
    # Groups and parts in an aligned table, an empty cell inside a row.
    "aligned, groups and an empty cell": (
        "指标                 单位     1-6月     上年同期    同比增长%\n"
        "一、投资\n"
        "固定资产投资         亿元     88.4      80.1        10.4\n"
        "其中：民间投资       亿元     40.7                  6.0\n"
        "二、消费\n"
        "社会消费品零售总额   亿元     120.9     113.6       6.4\n",
        {
            ("固定资产投资", "actual"): "88.4 亿元",
            ("固定资产投资", "last_year"): "80.1 亿元",
            ("固定资产投资", "yoy"): "10.4 %",
            ("民间投资", "actual"): "40.7 亿元",
            ("民间投资", "yoy"): "6.0 %",
            ("社会消费品零售总额", "actual"): "120.9 亿元",
            ("社会消费品零售总额", "last_year"): "113.6 亿元",
            ("社会消费品零售总额", "yoy"): "6.4 %",
        },
    ),
    # A 目标任务完成情况 table: target, actual, completion, rank.
    "aligned, targets and ranks": (
        "项目名称          年度目标    1-6月完成    完成率%    排名\n"
        "招商引资到位资金   260         131.5        50.6       2\n"
        "新签约项目         40          23           57.5       1\n",
        {
            ("招商引资到位资金", "target"): "260",
            ("招商引资到位资金", "actual"): "131.5",
            ("招商引资到位资金", "completion"): "50.6 %",
            ("招商引资到位资金", "rank"): "2",
            ("新签约项目", "target"): "40",
            ("新签约项目", "actual"): "23",
            ("新签约项目", "completion"): "57.5 %",
            ("新签约项目", "rank"): "1",
        },
    ),
}


# A finance bureau's 预算执行 table (https://caizheng.puyang.gov.cn/pc/fwzx.asp?a=newsview-4516
# prints 为预算的%), and names that hold words of a header (单位) or brackets that are no unit.
SHAPES["pipe, budget words"] = (
    "单位:万元\n"
    "| 项目 | 年初预算 | 1-5月完成 | 完成预算% |\n"
    "|---|---|---|---|\n"
    "| 一般公共预算收入 | 61,200 | 27,803 | 45.4 |\n",
    {
        ("一般公共预算收入", "target"): "61200 万元",
        ("一般公共预算收入", "actual"): "27803 万元",
        ("一般公共预算收入", "completion"): "45.4 %",
    },
)
SHAPES["pipe, names with 单位 and brackets"] = (
    "| 指标 | 1-6月 | 同比增长% |\n|---|---|---|\n"
    "| 限额以上单位消费品零售额 | 74.2 | 3.9 |\n"
    "| 网上零售额（含跨境电商） | 12.6 | 15.1 |\n",
    {
        ("限额以上单位消费品零售额", "actual"): "74.2",
        ("限额以上单位消费品零售额", "yoy"): "3.9 %",
        ("网上零售额(含跨境电商)", "actual"): "12.6",
        ("网上零售额(含跨境电商)", "yoy"): "15.1 %",
    },
)


# A header of two rows: the period over the columns it spans, what each holds below.
SHAPES["pipe, two header rows"] = (
    "| 指标 | 1-6月 | |\n|---|---|---|\n| | 绝对值 | 增长% |\n"
    "| 地区生产总值 | 512.3 | 5.2 |\n| 固定资产投资 | 130.4 | -1.8 |\n",
    {
        ("地区生产总值", "actual"): "512.3",
        ("地区生产总值", "yoy"): "5.2 %",
        ("固定资产投资", "actual"): "130.4",
        ("固定资产投资", "yoy"): "-1.8 %",
    },
)
# A league table: places as rows, the whole (全市) among them, a rank column; the whole's
# figures are the report's own, of no place of the table.
SHAPES["pipe, places as rows"] = (
    "单位：亿元\n| 县区 | 地区生产总值 | 增速% | 位次 |\n|---|---|---|---|\n"
    "| 全市 | 1020.5 | 5.1 | |\n| 东城区 | 402.1 | 5.6 | 1 |\n| 西山县 | 211.7 | 4.2 | 2 |\n",
    {
        ("地区生产总值", "actual"): "1020.5 亿元",
        ("地区生产总值", "yoy"): "5.1 %",
        ("东城区/地区生产总值", "actual"): "402.1 亿元",
        ("东城区/地区生产总值", "yoy"): "5.6 %",
        ("东城区/地区生产总值", "rank"): "1",
        ("西山县/地区生产总值", "actual"): "211.7 亿元",
        ("西山县/地区生产总值", "yoy"): "4.2 %",
        ("西山县/地区生产总值", "rank"): "2",
    },
)
# Rows cut by pipes with none leading and no rule row under the header, a trailing pipe on
# each (https://gx-cm.com/www/zwgk/fdxxgknr/zdxm/202110/t20211018_1834042).
SHAPES["pipe, no leading pipe, no rule row"] = (
    "单位：个、亿元\n县 区 | 项目数 | 年计划投资 | 完成投资 | 投资完成率 |\n"
    "东山县 | 31 | 44.2 | 30.5 | 69.0% |\n西河区 | 18 | 27.6 | 21.9 | 79.3% |\n",
    {
        ("东山县/项目数", "actual"): "31 个",
        ("东山县/投资", "target"): "44.2 亿元",
        ("东山县/投资", "actual"): "30.5 亿元",
        ("东山县/投资", "completion"): "69.0 %",
        ("西河区/项目数", "actual"): "18 个",
        ("西河区/投资", "target"): "27.6 亿元",
        ("西河区/投资", "actual"): "21.9 亿元",
        ("西河区/投资", "completion"): "79.3 %",
    },
)
# A web page's table copied as text, a cell a line with "|" between, ― for a figure not
# published (http://qualipso.org/ifr6tp/detail.aspx?id=20200729151921-595828-00-000).
SHAPES["cells a line each"] = (
    "2023年1-6月某市主要经济指标\n指标\n|\n单位\n|\n累计\n|\n±%\n|\n"
    "规模以上工业增加值\n|\n亿元\n|\n―\n|\n4.1\n|\n"
    "社会消费品零售总额\n|\n亿元\n|\n702.56\n|\n-2.9\n|\n",
    {
        ("规模以上工业增加值", "yoy"): "4.1 %",
        ("社会消费品零售总额", "actual"): "702.56 亿元",
        ("社会消费品零售总额", "yoy"): "-2.9 %",
    },
)
# A web page's table copied with no marks at all: a cell a line, a cell merged down the rows
# printed once, so that some rows are short; a figure whose column their kinds do not tell is
# set apart, not placed (http://zxyzs.com/sichuan/zcsd/2016/36258.html).
SHAPES["cells a line each, no marks, merged cells"] = (
    "某县2023年度目标任务分解表\n指标名称\n权重\n目标值\n责任单位\n经济发展\n"
    "一般公共预算收入\n4\n12.5\n县财政局\n税收收入\n2\n9.8\n工业投资\n3\n40\n县工信局\n"
    "外贸进出口额增长率\n2\n年终按全市平均水平考核\n县商务局\n规上工业企业数\n1\n",
    {
        ("一般公共预算收入", "target"): "12.5",
        ("税收收入", "target"): "9.8",
        ("工业投资", "target"): "40",
    },
)
# A month's column beside the year to date: the month alone is listed, not placed.
SHAPES["aligned, a month beside the year to date"] = (
    "指标            单位      本月    1-6月    同比增长(%)\n"
    "工业用电量      亿千瓦时  4.1     23.6     6.2\n"
    "进出口总额      亿元      12.3    70.8     -4.4\n",
    {
        ("工业用电量", "actual"): "23.6 亿千瓦时",
        ("工业用电量", "yoy"): "6.2 %",
        ("进出口总额", "actual"): "70.8 亿元",
        ("进出口总额", "yoy"): "-4.4 %",
    },
)


def _scraped(*rows: tuple[str, ...], width: int) -> str:
    """Rows as a scraper prints a page's table: cells cut by pipes, no leading pipe, every
    line padded with empty cells to the table's width (表一 | 单位:万元 | ||||||)."""
    return "".join(" | ".join([*r, *[""] * (width - len(r))]) + " |\n" for r in rows)


# A finance bureau's monthly revenue table scraped as text: its title and 单位 line are rows
# of the run, and its header came apart over two lines, 累计 and 当月 each once over
# 本期 | 同期 | 增减率% (the shape of http://chengdu1688.com/html/mshtml2017-1076348.html).
MERGED_GROUPS = _scraped(
    ("某县2024年5月份财政收入完成情况表",),
    ("表一", "单位:万元"),
    ("科目", "年度预算", "累计", "当月", "累计为预算%"),
    ("本期", "同期", "增减率%", "本期", "同期", "增减率%"),
    ("一般公共预算收入", "52,400", "20,310", "19,870", "2.2", "4,105", "3,960", "3.7", "38.8"),
    ("税收收入", "37,000", "14,022", "14,905", "-5.9", "2,877", "3,010", "-4.4", "37.9"),
    width=9,
)
SHAPES["pipe, title and unit rows, merged groups over two header lines"] = (
    MERGED_GROUPS,
    {
        ("一般公共预算收入", "target"): "52400 万元",
        ("一般公共预算收入", "actual"): "20310 万元",
        ("一般公共预算收入", "last_year"): "19870 万元",
        ("一般公共预算收入", "yoy"): "2.2 %",
        ("一般公共预算收入", "completion"): "38.8 %",
        ("税收收入", "target"): "37000 万元",
        ("税收收入", "actual"): "14022 万元",
        ("税收收入", "last_year"): "14905 万元",
        ("税收收入", "yoy"): "-5.9 %",
        ("税收收入", "completion"): "37.9 %",
    },
)
# A district's 月报 table whose one header row was printed over three lines, its filled
# cells only; the whole's own 结构 100 is no figure of it (the shape of
# https://www.lg.gov.cn/bmzz/tjj/xxgk/tjsj/tjyb/2015n/3yf/content/post_2797787.html).
SHAPES["pipe, one header row broken over lines"] = (
    "| 项目名称 | 计算单位 |\n5月 | 1-5月累计 |\n累计比上年同期增长(%) | 结构(%) |\n"
    "| 一、营业收入 | 万元 | 20,114 | 96,530 | 7.2 | 100 |\n"
    "| 1、商品销售 | 万元 | 15,020 | 71,882 | 5.0 | 74.47 |\n"
    "| 2、服务收入 | 万元 | 5,094 | 24,648 | 14.1 | 25.53 |\n",
    {
        ("营业收入", "actual"): "96530 万元",
        ("营业收入", "yoy"): "7.2 %",
        ("商品销售", "actual"): "71882 万元",
        ("商品销售", "yoy"): "5.0 %",
        ("商品销售", "share"): "74.47 %",
        ("服务收入", "actual"): "24648 万元",
        ("服务收入", "yoy"): "14.1 %",
        ("服务收入", "share"): "25.53 %",
    },
)

# A city bureau's progress tables scraped as text: sections, each under its own header whose
# blank names' cell was dropped (6月 | 1-6月累计 | 累计 over 增长%, the last cell's words on
# the line below), "——" for none, a composition of GDP in 增减百分点, a month's own column
# (the shape of http://stats.zs.gov.cn/zwgk/tjxx/tjzl/content/post_2021077.html).
SECTIONS = _scraped(
    ("1-6月统计数据",),
    ("1、本地生产总值",),
    ("6月", "1-6月累计", "累计"),
    ("增长%",),
    ("本地生产总值(亿元)", "——", "1804.26", "6.2"),
    ("第一产业", "——", "41.08", "3.9"),
    ("第二产业", "——", "902.51", "7.4"),
    ("2、本地生产总值构成",),
    ("6月", "1-6月累计", "累计"),
    ("增减百分点",),
    ("本地生产总值(%)", "——", "100.0", "——"),
    ("第一产业", "——", "2.3", "-0.2"),
    ("第二产业", "——", "50.0", "0.6"),
    ("3、规模以上工业",),
    ("6月", "1-6月累计", "累计"),
    ("增长%",),
    ("规模以上工业增加值(亿元)", "131.05", "702.66", "8.1"),
    ("4、工业企业经济效益",),
    ("5月", "1-5月累计", "累计"),
    ("增长%",),
    ("利润总额(亿元)", "——", "88.20", "12.5"),
    ("营业成本(亿元)", "——", "610.42", "9.7"),
    ("企业个数(个)", "——", "1820", "1.1"),
    ("亏损企业(个)", "——", "364", "5.2"),
    ("亏损面(%)", "——", "20.00", "0.80个百分点"),
    width=4,
)
SHAPES["pipe, sections under headers whose names' cell was dropped"] = (
    SECTIONS,
    {
        ("本地生产总值", "actual"): "1804.26 亿元",
        ("本地生产总值", "yoy"): "6.2 %",
        ("第一产业增加值", "actual"): "41.08 亿元",
        ("第一产业增加值", "yoy"): "3.9 %",
        ("第二产业增加值", "actual"): "902.51 亿元",
        ("第二产业增加值", "yoy"): "7.4 %",
        ("第一产业增加值", "share"): "2.3 %",
        ("第一产业增加值", "yoy_change"): "-0.2 个百分点",
        ("第二产业增加值", "share"): "50.0 %",
        ("第二产业增加值", "yoy_change"): "0.6 个百分点",
        ("规模以上工业增加值", "actual"): "702.66 亿元",
        ("规模以上工业增加值", "yoy"): "8.1 %",
        ("利润总额", "actual"): "88.20 亿元",
        ("利润总额", "yoy"): "12.5 %",
        ("营业成本", "actual"): "610.42 亿元",
        ("营业成本", "yoy"): "9.7 %",
        ("企业个数", "actual"): "1820 个",
        ("企业个数", "yoy"): "1.1 %",
        ("亏损企业", "actual"): "364 个",
        ("亏损企业", "yoy"): "5.2 %",
        ("亏损面", "actual"): "20.00 %",
        ("亏损面", "yoy_change"): "0.80 个百分点",
    },
)


def test_a_composition_of_gdp_is_checked_against_it(tmp_path: Path) -> None:
    _, snapshot = extract_of("某市2024年进度数据\n\n" + SECTIONS, tmp_path, ".txt")
    got = {i.name: i for i in snapshot.indicators}  # type: ignore[attr-defined]
    first = got["第一产业增加值"]
    assert first.actual == Decimal("41.08") and first.stated.share.value == Decimal("2.3")
    assert first.share_of == "地区生产总值" and got["地区生产总值"].actual == Decimal("1804.26")
    assert first.stated.yoy_change.value == Decimal("-0.2")
    assert got["规模以上工业增加值(当月)"].actual == Decimal("131.05")
    assert got["工业企业利润总额"].actual == Decimal("88.20")  # a measure of its section's firms
    assert got["工业企业营业成本"].actual == Decimal("610.42")
    losing = got["亏损工业企业"]  # 亏损面 is the share of the firms losing money in all counted
    assert losing.actual == 364 and losing.stated.share.value == Decimal("20.00")
    assert losing.share_of == "工业企业个数" and got["工业企业个数"].actual == 1820
    assert losing.stated.yoy_change.value == Decimal("0.80")
    from gxreport.audit import audit

    found = audit(snapshot, "report.txt").findings  # type: ignore[arg-type]
    assert {f.verdict for f in found if f.indicator is losing and f.key == "share"} == {
        "consistent"
    }


# A town's budget execution table: columns that name their years (the year before's 决算数
# is the base of the growth), 执行数 once over 金额 | 占调整预算% | 比上年增长%, rows with no
# figures (the shape of http://www.yiyuan.gov.cn/gongkai/site_yyxzzzrmzf/channel_c_5f9f6cb074
# 4146b464b6e8b0_n_1605867390.5777/doc_61a2eb981ea4f4f1942fe639.html).
def _budget_table(number: str, what: str, *rows: tuple[str, ...]) -> str:
    return _scraped(
        (f"表{number}",),
        (f"2023年某镇一般公共预算{what}执行情况表",),
        ("单位:万元",),
        ("项 目", "2022年决算数", "2023年预算调整数", "2023年执行数"),
        ("金额", "占调整预算%", "比上年增长%"),
        *rows,
        width=6,
    )


SHAPES["pipe, years in the header, a merged column over its parts"] = (
    _budget_table(
        "1",
        "收入",
        ("一、税收收入", "820", "900", "873", "97.0", "6.46"),
        ("契税", "120", "150", "138", "92.0", "15.00"),
        ("二、非税收入",),
    ),
    {
        (name, role): value + (" 万元" if role not in ("completion", "yoy") else " %")
        for name, figures in {
            "税收收入": ("820", "900", "873", "97.0", "6.46"),
            "契税": ("120", "150", "138", "92.0", "15.00"),
        }.items()
        for role, value in zip(
            ("last_year", "target", "actual", "completion", "yoy"), figures, strict=True
        )
    },
)
# A district statistics bureau's table as page text: a cell a paragraph with no marks, a cell
# printed blank as a line of spaces, the period printed without its 年 and 月 (20231-9), a
# group row naming a measure over industries (the shape of
# http://www.bjmtg.gov.cn/bjmtg/zwxx/tjsj/gy/202209/5a0ee25d66be432cb20669c1a44500b0.shtml).
PARAGRAPHS = "\n\n".join(
    [
        "单位:万元",
        *("指标名称", "20231-9", "上年同期", "比上年±%"),
        *("规模以上工业企业", " ", " ", " "),
        *("工业总产值", "512610.4", "498233.0", "2.9"),
        *("主要行业产值", " ", " ", " "),
        *("纺织业", "80412.5", "88301.9", "-8.9"),
        *("金属制品业", "61277.0", "52104.6", "17.6"),
        "附注:统计范围为年主营业务收入2000万元及以上的工业法人企业,下同。",
    ]
)
SHAPES["cells a paragraph each, no marks, blank cells"] = (
    PARAGRAPHS,
    {
        (name, role): value + (" %" if role == "yoy" else " 万元")
        for name, figures in {
            "工业总产值": ("512610.4", "498233.0", "2.9"),
            "纺织业": ("80412.5", "88301.9", "-8.9"),
            "金属制品业": ("61277.0", "52104.6", "17.6"),
        }.items()
        for role, value in zip(("actual", "last_year", "yoy"), figures, strict=True)
    },
)
# A web page's table copied with a mark after each cell and two after a row's last; a group
# cell merged down its rows printed once, first; its names' header says it is a composition
# of 资金, whose parts are named with it (the shape of the 附表 of
# http://czt.gd.gov.cn/cstzgg/content/post_165886.html).
SHAPES["cells a line each, a mark after each, two after a row"] = (
    "资金构成 |\n金 额(万元) |\n比 例(%) | |\n"
    "按资金来源分 |\n财政拨款 |\n52,310 |\n64 |\n自筹资金 |\n29,425 |\n36 | |\n"
    "按用途分 |\n工程建设 |\n61,904 |\n76 |\n设备购置 |\n19,831 |\n24 |\n",
    {
        ("财政拨款资金", "actual"): "52310 万元",
        ("财政拨款资金", "share"): "64 %",
        ("自筹资金", "actual"): "29425 万元",
        ("自筹资金", "share"): "36 %",
        ("工程建设资金", "actual"): "61904 万元",
        ("工程建设资金", "share"): "76 %",
        ("设备购置资金", "actual"): "19831 万元",
        ("设备购置资金", "share"): "24 %",
    },
)

# A company's half-year summary as PDF-to-text gives it without its layout: cells one space
# apart, a name wrapped onto the next line, the header's words broken over lines in no
# column order (the shape of http://stock.stockstar.com/notice/JC2016082400003009.shtml).
SPACED_COMPANY = (
    "2.1 主要财务数据\n单位:元 币种:人民币\n"
    "本报告期末比上年度末\n本报告期末 上年度末\n增减(%)\n"
    "总资产 8,412,305,117.20 7,903,664,021.85 6.44\n"
    "归属于上市公司股 3,310,527,408.66 3,025,114,870.09 9.43\n东的净资产\n"
    "本报告期 本报告期比上年同期增\n上年同期\n(1-6月) 减(%)\n"
    "营业收入 1,205,774,310.52 1,388,020,417.96 -13.13\n"
    "归属于上市公司股 96,310,228.74 80,112,954.30 20.22\n东的净利润\n"
    "基本每股收益(元/ 0.31 0.26 19.23\n股)\n"
    "稀释每股收益(元/ 0.31 0.26 19.23\n股)\n"
)


def test_a_pdf_text_table_with_cells_one_space_apart() -> None:
    from gxreport.importers.text import script

    tables, got = read(script.characters(SPACED_COMPANY))
    assert len(tables) == 2
    assert got[("归属于上市公司股东的净资产", "actual")] == "3310527408.66 元"
    assert got[("归属于上市公司股东的净资产", "last_year")] == "3025114870.09 元"
    assert got[("总资产", "yoy")] == "6.44 %"
    assert got[("营业收入", "actual")] == "1205774310.52"
    assert got[("营业收入", "last_year")] == "1388020417.96"
    assert got[("营业收入", "yoy")] == "-13.13 %"
    assert got[("归属于上市公司股东的净利润", "yoy")] == "20.22 %"
    assert got[("稀释每股收益", "actual")] == "0.31 元/股"


def test_two_rows_of_one_table_alike_are_two_indicators(tmp_path: Path) -> None:
    _, snapshot = extract_of("某公司2016年半年度报告摘要\n\n" + SPACED_COMPANY, tmp_path, ".txt")
    got = {i.name: (i.actual, i.last_year) for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got["基本每股收益"] == got["稀释每股收益"] == (Decimal("0.31"), Decimal("0.26"))


def test_a_rates_change_in_a_growth_column_is_its_change_in_points(tmp_path: Path) -> None:
    # A company's table prints a ratio's change in its 增减(%) column in 个百分点 (the shape of
    # http://stock.stockstar.com/notice/JC2016082400003009.shtml).
    text = (
        "某公司2023年半年度报告摘要\n\n"
        "| 项目 | 本报告期 | 上年同期 | 本报告期比上年同期增减(%) |\n|---|---|---|---|\n"
        "| 营业收入 | 512.3 | 498.0 | 2.87 |\n"
        "| 加权平均净资产收益率(%) | 2.91 | 3.76 | 减少0.85个百分点 |\n"
    )
    _, snapshot = extract_of(text, tmp_path)
    got = {i.name: i for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got["营业收入"].stated.yoy.text == "2.87%"
    roe = got["加权平均净资产收益率"]
    assert (roe.actual, roe.last_year) == (Decimal("2.91"), Decimal("3.76"))
    assert roe.stated.yoy_change.text == "减少0.85个百分点"
    assert roe.stated.yoy is None


def test_a_broken_header_the_figures_do_not_order_is_no_header() -> None:
    # The same header words over rows whose change is no (this − last) / last: which column
    # is which is not known, so every number is listed, none placed.
    text = (
        "本报告期末比上年度末\n本报告期末 上年度末\n增减(%)\n"
        "总资产 8,412.3 7,903.7 1.5\n净资产 3,310.5 3,025.1 2.5\n"
    )
    (table,) = tables_in_text(text)
    assert [f.role for f in figures_of(table)] == [None] * 6


def test_a_header_whose_year_stands_apart() -> None:
    # 2020 年目标值: the year and its word one header cell; 预计值 is the year's outcome as far
    # as it is known (the shape of
    # https://dfz.zj.gov.cn/zlyz/ossfs/h5/NJ-K-330602-2022-001-0101/files/basic-html/page30.html).
    from gxreport.importers.text import script

    text = (
        "表2\n序号 指标名称 2022 年目标值 2022 年预计值 完成情况\n"
        "1 全县生产总值(亿元) 420 431.6 完成\n2 社会消费品零售总额(亿元) 180 174.2 未完成\n"
    )
    _, got = read(script.characters(text))
    assert got == {
        ("全县生产总值", "target"): "420 亿元",
        ("全县生产总值", "actual"): "431.6 亿元",
        ("社会消费品零售总额", "target"): "180 亿元",
        ("社会消费品零售总额", "actual"): "174.2 亿元",
    }


def test_a_short_row_places_only_what_its_kinds_tell() -> None:
    (table,) = tables_in_text(SHAPES["cells a line each, no marks, merged cells"][0])
    assert table.rows[2] == ("一般公共预算收入", "4", "12.5", "县财政局", "")
    assert table.rows[3] == ("税收收入", "2", "9.8", "", "")  # 县财政局 merged down
    assert table.rows[-1] == ("规上工业企业数", "", "", "", "1")  # 权重 or 目标值: not known
    listed = {f.printed for f in figures_of(table) if f.role is None}
    assert {"4", "2", "3", "1"} <= listed


def test_a_list_of_words_a_line_is_no_table() -> None:
    text = "项目\n进展\n目标\n情况\n\n全年完成投资80亿元。\n"
    assert tables_in_text(text) == []


def test_a_total_row_names_the_rows_it_totals() -> None:
    text = (
        "| 项目 | 全年目标 | 1-6月完成 | 完成率% |\n|---|---|---|---|\n"
        "| 工业项目 | 120 | 64.3 | 53.6 |\n| 服务业项目 | 80 | 38.1 | 47.6 |\n"
        "| 合计 | 200 | 102.4 | 51.2 |\n"
    )
    (table,) = tables_in_text(text)
    totals = {f.name: f.total_of for f in figures_of(table) if f.role == "actual"}
    assert totals == {"工业项目": (), "服务业项目": (), "合计": ("工业项目", "服务业项目")}


def test_the_parts_of_gdp_are_industries_value_added() -> None:
    # A 统计公报's GDP table prints the industries alone under 地区生产总值; each is that
    # industry's 增加值 (the shape of http://www.ilynn.cn/document_detail/133968.html).
    text = (
        "| 指标 | 绝对数(亿元) | 比上年增长% |\n|---|---|---|\n"
        "| 地区生产总值 | 1874.6 | 4.8 |\n| 其中:第一产业 | 203.1 | 3.0 |\n"
        "| 第二产业 | 655.2 | 5.5 |\n| 其中:工业 | 510.9 | 6.1 |\n"
        "| 交通运输、仓储和邮政业 | 88.4 | 7.2 |\n| 人均地区生产总值(元) | 61220 | 5.0 |\n"
    )
    (table,) = tables_in_text(text)
    names = [f.name for f in figures_of(table) if f.role == "actual"]
    assert names == [
        "地区生产总值",
        "第一产业增加值",
        "第二产业增加值",
        "工业增加值",
        "交通运输、仓储和邮政业增加值",
        "人均地区生产总值",
    ]


def test_a_table_captioned_gdp_names_its_rows_value_added() -> None:
    text = "表1 全县地区生产总值\n\n| 行业 | 2023年 | 占比% |\n|---|---|---|\n"
    text += "| 第一产业 | 41.20 | 12.5 |\n| 建筑业 | 30.05 | 9.1 |\n| 其他服务业 | 90.33 | 27.4 |\n"
    (table,) = tables_in_text(text)
    names = {f.name for f in figures_of(table) if f.role}
    assert names == {"第一产业增加值", "建筑业增加值", "其他服务业增加值"}


def test_parts_of_another_total_are_not_value_added() -> None:
    text = (
        "| 指标 | 1-6月 | 同比增长% |\n|---|---|---|\n| 地区生产总值 | 402.7 | 5.3 |\n"
        "| 固定资产投资 | 130.4 | -1.8 |\n| 其中:工业 | 51.6 | 4.4 |\n"
    )
    (table,) = tables_in_text(text)
    assert {f.name for f in figures_of(table) if f.role} == {"地区生产总值", "固定资产投资", "工业"}


def test_a_month_alone_is_listed_with_why() -> None:
    (table,) = tables_in_text(SHAPES["aligned, a month beside the year to date"][0])
    listed = [(f.printed, f.why) for f in figures_of(table) if f.role is None]
    assert [p for p, _ in listed] == ["4.1", "12.3"] and all(w for _, w in listed)


@pytest.mark.parametrize("shape", list(SHAPES))
def test_each_shape_reads_completely(shape: str) -> None:
    text, want = SHAPES[shape]
    tables, got = read(text)
    assert len(tables) == 1
    assert got == want


@pytest.mark.parametrize("shape", list(SHAPES))
def test_a_table_span_holds_the_table_and_its_unit_line(shape: str) -> None:
    text, _ = SHAPES[shape]
    (table,) = tables_in_text("上半年，经济平稳。\n\n" + text + "\n以上为快报数。")
    inside = ("上半年，经济平稳。\n\n" + text + "\n以上为快报数。")[table.start : table.end]
    assert "经济平稳" not in inside and "快报数" not in inside
    for row in table.rows:
        for cell in row:
            for number in re.findall(r"\d[\d,.]*", cell):
                assert number in inside


def test_a_unit_row_further_down_a_run_starts_the_next_table() -> None:
    text = SHAPES["pipe, years in the header, a merged column over its parts"][0] + _budget_table(
        "2", "支出", ("一、一般公共服务支出", "610", "640", "655", "102.3", "7.38")
    )
    first, second = tables_in_text(text)
    assert (first.unit, second.unit) == ("万元", "万元")
    assert first.caption.endswith("收入执行情况表") and second.caption.endswith("支出执行情况表")
    assert "表2" not in text[first.start : first.end]
    assert text[second.start : second.end].startswith("表2")
    got = {(f.name, f.role): f.value for f in figures_of(second) if f.role}
    assert got == {
        ("一般公共服务支出", "last_year"): "610",
        ("一般公共服务支出", "target"): "640",
        ("一般公共服务支出", "actual"): "655",
        ("一般公共服务支出", "completion"): "102.3",
        ("一般公共服务支出", "yoy"): "7.38",
    }


def test_a_header_that_came_apart_otherwise_is_left_as_printed() -> None:
    # Three lines of header words that neither fill a row nor stand over two levels: no
    # header is made up, and the figures are listed.
    text = _scraped(
        ("科目", "预算"),
        ("本期", "同期", "增减"),
        ("说明",),
        ("税收收入", "37,000", "14,022", "14,905", "-5.9"),
        ("非税收入", "15,400", "6,288", "4,965", "26.6"),
        width=5,
    )
    (table,) = tables_in_text(text)
    assert table.rows[0][:2] == ("科目", "预算")


def test_prose_between_tables_is_no_table() -> None:
    text = (
        "上半年，全县地区生产总值完成312.6亿元，同比增长4.8%。\n"
        "规模以上工业增加值增长7.1%，  高于全市1.2个百分点。\n"
    )
    assert tables_in_text(text) == []


def test_prose_holding_pipes_is_no_table() -> None:
    # Sentences that happen to hold pipes, and too short a run of bare pipe rows.
    sentences = (
        "上半年 | 全县地区生产总值完成312.6亿元，同比增长4.8% | 高于全市\n"
        "一季度 | 规模以上工业增加值增长7.1%，高于全市 | 居第二\n"
        "二季度 | 固定资产投资下降2.3%，低于全市 | 居第五\n"
    )
    short = "县区 | 完成 | 计划\n东山县 | 30.5 | 44.2\n\n上半年，经济平稳。\n"
    ragged = "县区 | 完成 | 计划\n东山县 | 30.5\n西河区 | 21.9 | 27.6\n北湖区 | 11.3 | 20.1\n"
    assert tables_in_text(sentences) == []
    assert tables_in_text(short) == []
    assert tables_in_text(ragged) == []


def test_a_header_without_roles_lists_its_numbers() -> None:
    text = "| 甲 | 乙 | 丙 |\n|---|---|---|\n| 地区生产总值(亿元) | 902.4 | 861.7 |\n"
    (table,) = tables_in_text(text)
    figures = figures_of(table)
    assert {f.printed for f in figures} == {"902.4", "861.7"}
    assert all(f.role is None and f.why for f in figures)


def test_where_names_the_table_row_and_column() -> None:
    text, _ = SHAPES["pipe, parts"]
    (table,) = tables_in_text(text)
    part = next(f for f in figures_of(table) if f.name == "工业投资" and f.role == "actual")
    assert (part.row, part.column, part.part_of) == (2, 2, "固定资产投资")
    assert part.where == "表1 第3行 “1-6月”列"


# ── Hypothesis: any table-like text gives tables or nothing, never a traceback ─────────

_CELLS = st.sampled_from(
    [
        "指标",
        "单位",
        "1-6月",
        "同比增长%",
        "全年目标",
        "完成率%",
        "排名",
        "其中：",
        "一、",
        "地区生产总值",
        "亿元",
        "—",
        "",
        "1,234.5",
        "-3.2",
        "57.65%",
        "第一",
        "单位：万元",
        "1.57万",
    ]
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.lists(_CELLS, min_size=1, max_size=6),
            st.sampled_from(["| ", "  ", "   ", "\t", " | "]),
            st.booleans(),
        ),
        max_size=8,
    )
)
def test_any_table_text_gives_tables_or_nothing(
    rows: list[tuple[list[str], str, bool]],
) -> None:
    lines = []
    for cells, sep, piped in rows:
        line = sep.join(cells)
        lines.append(f"| {line} |" if piped else line)
    text = "\n".join(lines)
    for table in tables_in_text(text):
        assert 0 <= table.start <= table.end <= len(text)
        for f in figures_of(table):
            # Every figure is a number the text prints, separators and all.
            assert f.printed in text
            if f.role == "rank":
                assert int(f.value) > 0  # 第一 → 1
                continue
            assert Decimal(f.value.rstrip("万亿")) == Decimal(
                re.sub(r"[,%万亿]", "", f.printed).replace("−", "-")
            )


def test_the_figures_of_a_docx_table_in_document_order(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    from gxreport.importers.grids import read_docx

    document = docx.Document()
    document.add_paragraph("某区2023年上半年经济运行情况")
    document.add_paragraph("表1 主要经济指标（单位：亿元）")
    first = document.add_table(rows=3, cols=3)
    for row, texts in zip(
        first.rows,
        [["指标", "1-6月", "同比增长%"], ["地区生产总值", "402.7", "5.3"], ["工业", "", ""]],
        strict=True,
    ):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    # A merged cell: 工业's row spans the figure columns (a group row), read once.
    merged = first.cell(2, 1).merge(first.cell(2, 2))
    merged.text = "（分行业）"
    document.add_paragraph("上半年，全区新增市场主体2.3万户。")
    second = document.add_table(rows=2, cols=3)
    for row, texts in zip(
        second.rows, [["项目", "全年目标", "完成率%"], ["招商引资", "300", "48.2"]], strict=True
    ):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    path = tmp_path / "r.docx"
    document.save(str(path))
    report = read_docx(path)
    assert [t.rows[0][0] for t in report.tables] == ["指标", "项目"]
    one, two = report.tables
    assert one.rows[2] == ("工业", "（分行业）", "")  # the merged cell once
    assert one.unit == "亿元" and one.caption == "表1 主要经济指标"
    # Each table stands where the body holds it: the first before the paragraph, the second
    # after it.
    between = report.text[one.start : two.start]
    assert "新增市场主体" in between and "新增市场主体" not in report.text[: one.start]
    got = {(f.name, f.role): f.value for t in report.tables for f in figures_of(t) if f.role}
    assert got == {
        ("地区生产总值", "actual"): "402.7",
        ("地区生产总值", "yoy"): "5.3",
        ("招商引资", "target"): "300",
        ("招商引资", "completion"): "48.2",
    }


# ── extract reads the tables of a report ────────────────────────────────────


def extract_of(text: str, tmp_path: Path, suffix: str = ".md") -> tuple[str, object]:
    from conftest import parse
    from gxreport.importers.text import extract

    path = tmp_path / f"report{suffix}"
    path.write_text(text, encoding="utf-8")
    draft, _ = extract(path)
    return draft, parse(draft)


def test_extract_reads_a_table_and_the_prose_around_it(tmp_path: Path) -> None:
    text = (
        "某县2023年上半年经济运行简况\n\n"
        "上半年，全县新增市场主体3016户，同比增长9.4%。\n\n"
        + SHAPES["pipe, blank name header, unit line, separators"][0]
        + "\n注：地区生产总值为初步核算数。\n"
    )
    draft, snapshot = extract_of(text, tmp_path)
    got = {i.name: i for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert set(got) == {"新增市场主体", "地区生产总值", "一般公共预算收入"}
    gdp = got["地区生产总值"]
    assert (gdp.actual, gdp.target, gdp.unit) == (Decimal("1084.3"), Decimal(2250), "亿元")
    assert gdp.stated.yoy.value == Decimal("5.1")
    assert got["一般公共预算收入"].stated.yoy.value == Decimal("-3.4")
    assert "# 原文: 某县2023年1-6月主要经济指标：地区生产总值 | 1,084.3 | 5.1 | 2,250" in draft


def test_each_place_of_a_table_keeps_its_own_target(tmp_path: Path) -> None:
    # A target column before the actual one: no place's target goes to the row above, nor
    # to the report's own figure of the same name.
    text = (
        "某市2023年重点项目简况\n\n上半年，累计完成投资52.4亿元，为年计划的72.5%。\n\n"
        + SHAPES["pipe, no leading pipe, no rule row"][0]
    )
    _, snapshot = extract_of(text, tmp_path)
    got = {i.name: (i.actual, i.target) for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got["投资"] == (Decimal("52.4"), None)
    assert got["投资(东山县)"] == (Decimal("30.5"), Decimal("44.2"))
    assert got["投资(西河区)"] == (Decimal("21.9"), Decimal("27.6"))


def test_a_table_rows_name_is_the_prose_name(tmp_path: Path) -> None:
    # A yearbook's table of the plan's targets names rows as offices once did: 全区生产总值,
    # 人均生产总值, 公共财政预算收入 (the shape of
    # https://dfz.zj.gov.cn/zlyz/ossfs/h5/NJ-K-330602-2022-001-0101/files/basic-html/page30.html).
    text = (
        "某区2022年年鉴\n\n| 指标名称 | 2022年目标值 | 2022年预计值 |\n|---|---|---|\n"
        "| 全区生产总值(亿元) | 760 | 771.3 |\n| 人均生产总值(元) | 98000 | 99210 |\n"
        "| 公共财政预算收入(亿元) | 55.4 | 56.02 |\n"
    )
    _, snapshot = extract_of(text, tmp_path)
    got = {i.name: (i.actual, i.target) for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got == {
        "地区生产总值": (Decimal("771.3"), Decimal(760)),
        "人均地区生产总值": (Decimal(99210), Decimal(98000)),
        "一般公共预算收入": (Decimal("56.02"), Decimal("55.4")),
    }


def test_a_months_own_columns_are_the_months_figures(tmp_path: Path) -> None:
    _, snapshot = extract_of("某县2024年5月份财政收入\n\n" + MERGED_GROUPS, tmp_path, ".txt")
    got = {i.name: i for i in snapshot.indicators}  # type: ignore[attr-defined]
    month = got["一般公共预算收入(当月)"]
    assert (month.actual, month.last_year) == (Decimal(4105), Decimal(3960))
    assert month.stated.yoy.value == Decimal("3.7")
    assert got["税收收入(当月)"].stated.yoy.value == Decimal("-4.4")
    assert got["一般公共预算收入"].actual == Decimal(20310)


def test_parts_printed_under_each_tax_are_named_with_it(tmp_path: Path) -> None:
    text = _scraped(
        ("某县2024年5月份财政收入完成情况表",),
        ("表一", "单位:万元"),
        ("科目", "年度预算", "累计", "当月", "累计为预算%"),
        ("本期", "同期", "增减率%", "本期", "同期", "增减率%"),
        ("1、增值税50%", "9,800", "4,120", "3,850", "7.0", "830", "790", "5.1", "42.0"),
        ("国税征收", "6,100", "2,700", "2,480", "8.9", "560", "515", "8.7", "44.3"),
        ("地税征收", "3,700", "1,420", "1,370", "3.6", "270", "275", "-1.8", "38.4"),
        ("2、企业所得税40%", "5,500", "2,260", "2,410", "-6.2", "402", "433", "-7.2", "41.1"),
        ("国税征收", "5,100", "2,260", "2,410", "-6.2", "402", "433", "-7.2", "44.3"),
        ("地税征收", "400", "", "", "", "", "", "", ""),
        width=9,
    )
    _, snapshot = extract_of("某县财政收入\n\n" + text, tmp_path, ".txt")
    got = {i.name: (i.actual, i.target) for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got["增值税(50%)"] == (Decimal(4120), Decimal(9800))
    assert got["增值税国税征收"] == (Decimal(2700), Decimal(6100))
    assert got["增值税地税征收"] == (Decimal(1420), Decimal(3700))
    assert got["企业所得税(40%)"] == (Decimal(2260), Decimal(5500))
    assert got["企业所得税国税征收"] == (Decimal(2260), Decimal(5100))
    assert got["企业所得税地税征收"] == (None, Decimal(400))
    assert not any(name == "国税征收" for name in got)


def test_a_row_whose_cells_moved_left_is_put_back_where_its_arithmetic_allows(
    tmp_path: Path,
) -> None:
    # The scraper dropped the rows' blank 本期 cells: 18 stands under 本期, -18 under 同期;
    # 18 − (−18) is not the -100.0 under 增减额. Put back, 96 stays the 年度预算 and 18 | -18 |
    # -100.0 are 同期 | 增减额 | 增减率 (none this year of last year's 18): the one way the
    # arithmetic allows. The next row's figures add up in no way, and are listed (the shape
    # of http://chengdu1688.com/html/mshtml2017-1076348.html).
    text = _scraped(
        ("某县2024年5月份税收完成情况表",),
        ("单位:万元",),
        ("科目", "年度预算", "累计", "本期累计为预算%"),
        ("本期", "同期", "增减额", "增减率%"),
        ("个人所得税", "1,250", "610", "575", "35", "6.1", "48.8"),
        ("国税征收", "96", "18", "-18", "-100.0"),
        ("房产税", "2,400", "1,310", "1,250", "60", "4.8", "54.6"),
        ("国税征收", "85", "18", "-20", "7.5"),
        width=7,
    )
    draft, snapshot = extract_of("某县税收\n\n" + text, tmp_path, ".txt")
    got = {i.name: i for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert (got["个人所得税"].actual, got["个人所得税"].last_year) == (Decimal(610), Decimal(575))
    back = got["个人所得税国税征收"]
    assert (back.target, back.actual, back.last_year) == (Decimal(96), None, Decimal(18))
    assert back.stated.yoy.value == Decimal("-100.0")
    assert not any(i.target == 85 for i in got.values())
    listed = [line for line in draft.splitlines() if "do not stand in their columns" in line]
    assert len(listed) == 4


def test_industries_under_a_measure_are_its_parts(tmp_path: Path) -> None:
    # The same industries under each measure, a ratio's rows of two cells only (the shape of
    # https://www.bjhr.gov.cn/zwgk/sj/tjsj/gy/202405/t20240524_3692831.html).
    text = "\n\n".join(
        [
            "2023年1-9月                单位:万元",
            *("项    目", "2023年1-9", "上年同期", "同比增长(%)"),
            *("工业总产值(现价)", "804112", "760935", "5.7"),
            *("  #纺织业", "90210", "85877", "5.0"),
            *("   造纸和纸制品业", "41877", "44620", "-6.1"),
            *("工业销售产值(现价)", "781540", "752004", "3.9"),
            *("  #纺织业", "88020", "86512", "1.7"),
            *("   造纸和纸制品业", "40116", "43388", "-7.5"),
            *("工业产销率(%)", "97.2", "98.8"),
            *("  #纺织业", "97.6", "100.7"),
            "注:产销率为销售产值与总产值之比。",
        ]
    )
    draft, snapshot = extract_of("某区工业\n\n" + text, tmp_path, ".txt")
    got = {i.name: (i.actual, i.last_year) for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got["纺织业工业总产值"] == (Decimal(90210), Decimal(85877))
    assert got["造纸和纸制品业工业总产值"] == (Decimal(41877), Decimal(44620))
    assert got["纺织业工业销售产值"] == (Decimal(88020), Decimal(86512))
    assert got["造纸和纸制品业工业销售产值"] == (Decimal(40116), Decimal(43388))
    # Two figures under three figure columns: which two cannot be told; each is listed.
    for figure in ("97.2", "98.8", "97.6", "100.7"):
        assert re.search(rf"^#   {re.escape(figure)}（", draft, re.M)
    assert not any("产销率" in name for name in got)


def test_an_industry_under_a_group_naming_a_measure_is_that_measure(tmp_path: Path) -> None:
    _, snapshot = extract_of("某区2023年1-9月工业\n\n" + PARAGRAPHS, tmp_path, ".txt")
    got = {i.name: i.actual for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got["纺织业产值"] == Decimal("80412.5")
    assert got["金属制品业产值"] == Decimal("61277.0")
    assert got["工业总产值"] == Decimal("512610.4")


def test_a_months_report_runs_to_the_end_of_that_month(tmp_path: Path) -> None:
    # A finance bureau's 月报 titled by its month (…2024年5月份财政收入完成情况表), its
    # figures the year to date; a period printed with spaces in it (1- 9 月).
    from datetime import date

    from gxreport.importers.text.when import report_as_of

    _, snapshot = extract_of(MERGED_GROUPS, tmp_path, ".txt")
    assert str(snapshot.report.as_of) == "2024-05-31"  # type: ignore[attr-defined]
    assert report_as_of("2023年1- 9 月工业主要数据", 2023) == (date(2023, 9, 30), "1- 9 月")


def test_extract_reads_a_pdf_text_table(tmp_path: Path) -> None:
    text = "某县2023年1-6月经济运行\n\n" + SHAPES["aligned, wrapped name below"][0]
    _, snapshot = extract_of(text, tmp_path, ".txt")
    got = {i.name: i for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got["社会消费品零售总额"].actual == Decimal("91.6")
    assert got["社会消费品零售总额"].target == 176
    assert got["固定资产投资"].target is None  # printed —


def test_a_table_period_in_its_header_gives_the_as_of(tmp_path: Path) -> None:
    text = (
        "2023年主要指标\n\n| 指标 | 1-5月 | 同比增长% |\n|---|---|---|\n| 税收收入 | 19.8 | 2.1 |\n"
    )
    _, snapshot = extract_of(text, tmp_path)
    assert str(snapshot.report.as_of) == "2023-05-31"  # type: ignore[attr-defined]


def test_what_a_table_holds_in_no_role_is_listed(tmp_path: Path) -> None:
    text = (
        "2023年上半年主要指标\n\n| 指标 | 1-6月 | 备注 |\n|---|---|---|\n| 税收收入 | 19.8 | 17 |\n"
    )
    draft, _ = extract_of(text, tmp_path)
    assert "#   17（表1 第2行 “备注”列，税收收入：text about the row）" in draft


# ── PDF: pages made here from a Word file, by LibreOffice ───────────────────


def _word_report(path: Path, pages: int, ruled: bool) -> None:
    """A county's half-year report, as benchmarks/pdf.py writes it: prose, then a table of
    indicators whose long names wrap in their cells, on each page."""
    import importlib.util

    from conftest import ROOT

    spec = importlib.util.spec_from_file_location("pdf", ROOT / "benchmarks" / "pdf.py")
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    bench.write_report(path, pages, ruled)


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    pytest.importorskip("docx")
    from conftest import libreoffice_convert

    folder = tmp_path_factory.mktemp("pdf")
    out = {}
    for name, pages, ruled in (("ruled", 2, True), ("unruled", 2, False), ("long", 30, True)):
        source = folder / f"{name}.docx"
        _word_report(source, pages, ruled)
        libreoffice_convert(source, "pdf", folder)
        out[name] = folder / f"{name}.pdf"
        assert out[name].is_file(), name
    return out


@pytest.mark.parametrize("layout", ["ruled", "unruled"])
def test_a_pdf_table_with_wrapped_names(pdfs: dict[str, Path], layout: str) -> None:
    pytest.importorskip("pdfplumber")
    from gxreport.importers.grids import read_pdf

    report = read_pdf(pdfs[layout])
    assert len(report.tables) == 2
    first = report.tables[0]
    assert first.unit == "亿元"
    got = {(f.name, f.role): f.value for f in figures_of(first) if f.role}
    assert got == {
        ("限额以上企业(含网上零售)消费品零售额第1项", "actual"): "1200.7",
        ("限额以上企业(含网上零售)消费品零售额第1项", "yoy"): "6.3",
        ("限额以上企业(含网上零售)消费品零售额第1项", "target"): "2410",
        ("规模以上工业企业营业收入第1项", "actual"): "300.15",
        ("规模以上工业企业营业收入第1项", "yoy"): "-2.4",
        ("规模以上工业企业营业收入第1项", "target"): "800",
        ("一般公共预算收入第1项", "actual"): "20.6",
        ("一般公共预算收入第1项", "yoy"): "3.9",
        ("一般公共预算收入第1项", "target"): "61",
    }
    assert "固定资产投资完成100.5亿元" in report.text


def test_thirty_pages_of_pdf_extract_in_under_two_seconds(pdfs: dict[str, Path]) -> None:
    pytest.importorskip("pdfplumber")
    import time

    from conftest import parse
    from gxreport.importers.text import extract

    # The processor time of this process: the tests share their machine, whose other work
    # would count in a wall clock; on a machine of its own the two are the same.
    start = time.process_time()
    draft, _ = extract(pdfs["long"])
    elapsed = time.process_time() - start
    snapshot = parse(draft)
    sales = [i for i in snapshot.indicators if i.name.startswith("限额以上企业")]
    assert {i.actual for i in sales} == {Decimal(f"1{200 + page}.7") for page in range(30)}
    assert elapsed < 2.0, elapsed


def test_a_pdf_without_the_pdf_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    from typer.testing import CliRunner

    from gxreport.cli import app

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name == "pdfplumber" else real(name, *a),
    )
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    result = CliRunner().invoke(app, ["extract", str(path)])
    assert result.exit_code == 2
    assert result.stderr == (
        'error: reading a .pdf report needs the pdf extra: pip install "gxreport[pdf]" '
        "(it brings pdfplumber)\n"
    )


def test_a_file_that_is_no_pdf(tmp_path: Path) -> None:
    pytest.importorskip("pdfplumber")
    from typer.testing import CliRunner

    from gxreport.cli import app

    path = tmp_path / "report.pdf"
    path.write_bytes(b"not a pdf at all")
    result = CliRunner().invoke(app, ["extract", str(path)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {path}: cannot be read as a PDF")


def test_a_table_in_traditional_script_with_pinyin_glosses(tmp_path: Path) -> None:
    # A statistical communiqué as a mirror prints it: traditional script, a pinyin gloss after
    # some characters, 絕對數 over the figures (the shape of corpus document a07).
    from gxreport.importers.text import read_report

    path = tmp_path / "r.md"
    path.write_text(
        "| 指標(biāo) | 絕對數(shù)(億元) | 比上年增長(zhǎng)% |\n"
        "| 地區(qū)生產(chǎn)總值 | 1842.6 | 4.7 |\n"
        "| 其中:第一產(chǎn)業(yè) | 203.4 | 3.1 |\n",
        encoding="utf-8",
    )
    (table,) = read_report(path).tables
    got = {(f.name, f.role): f.value + f.unit for f in figures_of(table) if f.role}
    assert got == {
        ("地区生产总值", "actual"): "1842.6亿元",
        ("地区生产总值", "yoy"): "4.7%",
        ("第一产业增加值", "actual"): "203.4亿元",  # a part of GDP: the industry's value added
        ("第一产业增加值", "yoy"): "3.1%",
    }


def test_check_of_a_pdf_report_accounts_for_its_table_rates(pdfs: dict[str, Path]) -> None:
    pytest.importorskip("pdfplumber")
    from typer.testing import CliRunner

    from gxreport.cli import app
    from gxreport.importers.grids import printed_rates, read_pdf

    # Two pages: each prints nine rates in its prose (three sentences of three) and three in
    # its table's 同比 column, whose cells print no % sign.
    assert printed_rates(read_pdf(pdfs["ruled"])) == 24
    result = CliRunner().invoke(app, ["check", str(pdfs["ruled"]), "-f", "json"])
    assert f"note: {pdfs['ruled']}: 24 printed rates (% or 个百分点): " in result.stderr


def test_ragged_rows_under_a_header_are_no_crash() -> None:
    # Found by the property above: a row longer than the header row above it (a text table's
    # rows, like a CSV's, are ragged) once stopped import's header search with an IndexError.
    text = "| 1-6月 | 指标 | 指标 | 指标 |\n| 单位 |\n| 单位 |\n指标 | 指标 | 指标 | 指标 | 指标\n"
    for table in tables_in_text(text):
        assert all(f.role is None for f in figures_of(table))


def test_a_table_without_a_header_says_why_in_short() -> None:
    (table,) = tables_in_text("| 东区 | 12011 |\n| 西县 | 9877 |\n")
    whys = {f.why for f in figures_of(table)}
    assert whys == {"no header naming the columns (指标, 1-6月, 同比增长% …)"}


# A key-project note's table of places: the city's row first, the sum of the counties' below
# it; each column a figure of one measure (年度投资计划, 一季度目标任务, 一季度完成投资) and the
# completion of the period's own target (the shape of
# http://www.dazhou.gov.cn/xxgk-show-34263.html).
PERIOD_LEAGUE = (
    "2024年1-6月全市重点项目推进情况表\n单位:万元\n"
    "县(区) | 年度投资计划 | 上半年目标任务 | 上半年 完成投资 | 完成上半年目标 任务占比(%) |\n"
    "某市 | 48000 | 22000 | 23100 | 105% |\n"
    "甲县 | 20000 | 9000 | 9900 | 110% |\n"
    "乙县 | 16000 | 8000 | 7600 | 95% |\n"
    "丙区 | 12000 | 5000 | 5600 | 112% |\n"
)


def test_columns_of_one_measure_by_period_and_a_whole_that_sums_the_places() -> None:
    (table,) = tables_in_text(PERIOD_LEAGUE)
    got = {(f.entity, f.name, f.role): f.value for f in figures_of(table) if f.role}
    assert {(e, n) for e, n, _ in got} == {(e, "投资") for e in ("", "甲县", "乙县", "丙区")}
    assert got["", "投资", "target"] == "48000" and got["", "投资", "period_target"] == "22000"
    assert got["乙县", "投资", "actual"] == "7600" and got["乙县", "投资", "completion"] == "95"


def test_a_first_row_that_is_not_the_sum_is_a_place() -> None:
    (table,) = tables_in_text(PERIOD_LEAGUE.replace("某市 | 48000", "丁县 | 41000"))
    assert "丁县" in {f.entity for f in figures_of(table)}


def test_a_completion_of_the_periods_target_is_checked_against_it(tmp_path: Path) -> None:
    _, snapshot = extract_of(PERIOD_LEAGUE, tmp_path, ".txt")
    got = {i.name: i for i in snapshot.indicators}  # type: ignore[attr-defined]
    city, county = got["重点项目投资"], got["重点项目投资(乙县)"]
    assert (city.target, city.period_target, city.actual) == (48000, 22000, 23100)
    assert county.stated.completion.value == 95 and county.period_target == 8000
    from gxreport.audit import audit

    found = audit(snapshot, "report.txt").findings  # type: ignore[arg-type]
    verdicts = {f.indicator.name: f.verdict for f in found if f.key == "completion"}
    assert verdicts and set(verdicts.values()) == {"consistent"}, verdicts


def test_a_whole_row_is_not_the_reports_own_where_the_report_is_one_of_the_places(
    tmp_path: Path,
) -> None:
    # A county's report (乙县) with the city's table of its counties: the 全市 row is the city's
    # figure, not the county's own, which the prose gives (86.4).
    text = (
        "乙县2024年1-9月经济运行情况\n\n1-9月，乙县规上工业增加值完成86.4亿元，同比增长7.2%。\n\n"
        "附表：1-9月全市各县区规上工业增加值\n单位:亿元\n"
        "地区 | 规上工业增加值 | 增速(%) | 位次 |\n"
        "全市 | 612.8 | 6.4 | |\n甲县 | 140.2 | 5.9 | 2 |\n乙县 | 86.4 | 7.2 | 1 |\n"
        "丙区 | 386.2 | 6.3 | 3 |\n"
    )
    _, snapshot = extract_of(text, tmp_path, ".txt")
    got = {i.name: i.actual for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got["规模以上工业增加值"] == Decimal("86.4")
    assert got["规模以上工业增加值(全市)"] == Decimal("612.8")
    assert got["规模以上工业增加值(乙县)"] == Decimal("86.4")
    # The city's own report keeps the table's whole as its own figure.
    _, city = extract_of(PERIOD_LEAGUE, tmp_path, ".txt")
    assert "重点项目投资" in {i.name for i in city.indicators}  # type: ignore[attr-defined]


# A district's trade table: parts of a whole of sales that name no measure of their own, a
# 在总额中 row before the kinds of goods the total breaks into, 结构% of each part (the shape of
# https://www.lg.gov.cn/bmzz/tjj/xxgk/tjsj/tjyb/2015n/3yf/content/post_2797787.html).
TRADE = (
    "某区2024年5月统计月报\n\n"
    "| 项目名称 | 计算单位 |\n5月 | 1-5月累计 |\n累计比上年同期增长(%) | 结构(%) |\n"
    "| 一、社会消费品零售总额 | 万元 | 40,210 | 190,500 | 4.1 | 100 |\n"
    "| 1、批发零售业 | 万元 | 36,050 | 171,450 | 3.6 | 90.00 |\n"
    "| 2、住宿餐饮业 | 万元 | 4,160 | 19,050 | 8.9 | 10.00 |\n"
    "| 二、限额以上批零企业商品销售总额 | 万元 | 52,300 | 240,800 | 2.2 | |\n"
    "| 在总额中: | |||||\n"
    "| 粮油食品类 | 万元 | 8,120 | 37,900 | 6.4 | |\n"
    "| 汽车类 | 万元 | 12,400 | 61,300 | -3.5 | |\n"
)


def test_parts_of_a_whole_of_sales_are_their_sales(tmp_path: Path) -> None:
    _, snapshot = extract_of(TRADE, tmp_path, ".txt")
    got = {i.name: i for i in snapshot.indicators}  # type: ignore[attr-defined]
    retail = got["批发零售业零售额"]
    assert retail.actual == 171450 and retail.share_of == "社会消费品零售总额"
    assert got["粮油食品类销售额"].actual == 37900 and got["汽车类销售额(当月)"].actual == 12400
    from gxreport.audit import audit

    found = audit(snapshot, "report.txt").findings  # type: ignore[arg-type]
    shares = {f.indicator.name: f.verdict for f in found if f.key == "share"}
    assert shares == {"批发零售业零售额": "consistent", "住宿餐饮业零售额": "consistent"}


def test_a_part_of_output_that_names_no_measure_is_that_output(tmp_path: Path) -> None:
    # 其中:中央市属 under 工业总产值: the centrally and city owned firms' output (the shape of
    # http://www.bjmtg.gov.cn/bjmtg/zwxx/tjsj/gy/202209/5a0ee25d66be432cb20669c1a44500b0.shtml).
    text = "\n\n".join(
        [
            "某区2024年1-5月规模以上工业总产值",
            "单位:万元",
            *("指标名称", "20241-5", "上年同期", "比上年±%"),
            *("规模以上工业企业", " ", " ", " "),
            *("工业总产值", "201440.5", "190322.8", "5.8"),
            *("其中:国有控股", "40120.3", "42210.9", "-5.0"),
        ]
    )
    _, snapshot = extract_of(text, tmp_path, ".txt")
    got = {i.name: i for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got["国有控股工业总产值"].actual == Decimal("40120.3")
    assert got["工业总产值"].last_year == Decimal("190322.8")


def test_a_league_tables_count_and_gap_to_the_schedule() -> None:
    # The table of places of a key-project note with a count of projects and a gap to the
    # schedule beside the measure's columns (after the shape of
    # http://www.dazhou.gov.cn/xxgk-show-34263.html): the count is in 个, not in the note's
    # 亿元, and the gap is the measure's.
    text = (
        "2024年1-6月各县区重点项目推进情况\n单位:亿元\n"
        "| 县区 | 项目个数 | 年度计划投资 | 1-6月完成投资 | 完成年度计划(%) "
        "| 超序时进度(百分点) |\n"
        "|---|---|---|---|---|---|\n"
        "| 甲县 | 30 | 50.0 | 28.0 | 56.0 | 6.0 |\n"
        "| 乙县 | 20 | 40.0 | 18.0 | 45.0 | -5.0 |\n"
        "| 丙区 | 25 | 30.0 | 16.5 | 55.0 | 5.0 |\n"
    )
    (table,) = tables_in_text(text)
    got = {(f.entity, f.name, f.role): (f.value, f.unit) for f in figures_of(table) if f.role}
    assert got["乙县", "项目个数", "actual"] == ("20", "个")
    assert got["乙县", "投资", "schedule_gap"] == ("-5.0", "")
    assert got["乙县", "投资", "completion"] == ("45.0", "%")


def test_a_header_whose_blank_names_cell_was_dropped_before_a_unit_column() -> None:
    # The names' cell blank and dropped, as on the bureau's page of section tables
    # (http://stats.zs.gov.cn/zwgk/tjxx/tjzl/content/post_2021077.html), with a column of
    # units first: 单位 heads the units, not the names, whose figures would else shift left.
    text = (
        "2024年1-6月主要经济指标\n"
        "单位 | 1-6月 | 同比增长(%) | |\n"
        "地区生产总值 | 亿元 | 512.3 | 5.2 |\n"
        "规模以上工业增加值 | 亿元 | 130.1 | 6.8 |\n"
        "工业用电量 | 万千瓦时 | 8120.5 | -1.3 |\n"
    )
    (table,) = tables_in_text(text)
    got = {(f.name, f.role): (f.value, f.unit) for f in figures_of(table) if f.role}
    assert got["地区生产总值", "actual"] == ("512.3", "亿元")
    assert got["地区生产总值", "yoy"] == ("5.2", "%")
    assert got["工业用电量", "actual"] == ("8120.5", "万千瓦时")


def test_rows_under_a_merged_group_cell_stand_in_their_columns(tmp_path: Path) -> None:
    # A province's quarterly monitoring table, its first column grouping the rows in pairs,
    # copied as text: the group's cell stands on the first row of each pair only and the
    # second row moves left, its last cell blank; each row names a rate it prints in % (the
    # shape of http://wap.qinghai.gov.cn/zfsj/zxsj/201805/t20180515_30528.html).
    text = (
        "某市2024年一季度主要指标监测表\n\n"
        "类别 | 指标名称 | 单位 | 1-3月 |\n"
        "稳增长 | 1.地区生产总值增长率(可比价) | % | 6.4 |\n"
        "2.农村居民人均可支配收入增速 | % | 7.9 | |\n"
        "调结构 | 3.第三产业增加值占GDP比重 | % | 48.25 |\n"
        "4.实物商品网上零售额 | 亿元 | 12.6 | |\n"
    )
    _, snapshot = extract_of(text, tmp_path)
    got = {i.name: i for i in snapshot.indicators}  # type: ignore[attr-defined]
    names = {"地区生产总值", "农村居民人均可支配收入", "第三产业增加值", "实物商品网上零售额"}
    assert set(got) == names
    assert got["地区生产总值"].stated.yoy.value == Decimal("6.4")
    assert got["农村居民人均可支配收入"].stated.yoy.value == Decimal("7.9")
    assert got["第三产业增加值"].stated.share.value == Decimal("48.25")
    assert got["实物商品网上零售额"].actual == Decimal("12.6")
