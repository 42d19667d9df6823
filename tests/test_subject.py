"""A figure whose printed name is only a measure (完成投资, 实现利润, 概算总投资) is named after
what the text says it measures: subject + measure, composed only of words the text prints."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import drafted
from gxreport.importers.text import subject


def indicators(text: str) -> dict[str, object]:
    return {i.name: i for i in drafted(text)[1].indicators}


def test_a_measure_after_a_count_is_the_counted_things() -> None:
    # In the shape of http://www.changzhou.gov.cn/ns_news/323151116772529: projects
    # counted, then their planned total said by its measure alone.
    got = indicators("1-9月，全县在建项目1260个，计划总投资2450.6亿元，增长21.4%。")
    assert set(got) == {"在建项目", "在建项目计划总投资"}
    total = got["在建项目计划总投资"]
    assert total.actual == Decimal("2450.6")  # type: ignore[attr-defined]
    assert total.stated.yoy.text == "增长21.4%"  # type: ignore[attr-defined]


def test_a_measure_after_another_of_the_same_owner() -> None:
    # In the shape of https://www.fanchang.gov.cn/sjfb/tjgb/12037029.html: 利税 then 利润 of
    # the same enterprises; each keeps its own figure and growth.
    got = indicators(
        "上半年，全县规模以上工业企业实现利税8.2亿元，同比增长6.1%；实现利润5.4亿元，同比增长4.3%。"
    )
    assert set(got) == {"规模以上工业企业利税", "规模以上工业企业利润"}
    profit = got["规模以上工业企业利润"]
    assert profit.actual == Decimal("5.4")  # type: ignore[attr-defined]
    assert profit.stated.yoy.text == "增长4.3%"  # type: ignore[attr-defined]
    assert got["规模以上工业企业利税"].actual == Decimal("8.2")  # type: ignore[attr-defined]


def test_sales_after_the_area_sold() -> None:
    got = indicators("1-6月，商品房销售面积21.4万平方米，销售额9.8亿元。")
    assert got["商品房销售额"].actual == Decimal("9.8")  # type: ignore[attr-defined]


def test_a_target_and_its_actual_said_by_the_measure_stay_linked() -> None:
    # In the shape of http://xcszjj.xuchang.gov.cn/gzdt/20210708/10c27b20-68ae-423d-8c17-90f6a39e7473.html.
    got = indicators(
        "上半年，城乡更新项目210个，概算总投资812.4亿元，年度计划投资166亿元，"
        "完成投资97.3亿元，占年度计划的58.6%。"
    )
    assert got["城乡更新项目概算总投资"].actual == Decimal("812.4")  # type: ignore[attr-defined]
    invest = got["城乡更新项目投资"]
    assert (invest.actual, invest.target) == (Decimal("97.3"), 166)  # type: ignore[attr-defined]
    assert invest.stated.completion.text == "58.6%"  # type: ignore[attr-defined]


def test_a_rate_is_no_owner_of_what_follows() -> None:
    got = indicators("上半年，在建项目223个，开工率达73.3%，完成投资27.1亿元。")
    assert got["在建项目投资"].actual == Decimal("27.1")  # type: ignore[attr-defined]


def test_names_printed_whole_are_not_composed() -> None:
    got = indicators("上半年，全口径税收收入8.5亿元，增长3.3%；工业总产值48.3亿元，增长6.6%。")
    assert set(got) == {"全口径税收收入", "工业总产值"}
    got = indicators("上半年，总投资50亿元，完成投资20亿元。")
    assert set(got) == {"总投资", "投资"}  # a bare measure owns nothing


@pytest.mark.parametrize(
    ("base", "measure", "want"),
    [
        ("产业发展项目", "投资", "产业发展项目投资"),
        ("规模以上工业企业利税", "利润", "规模以上工业企业利润"),
        ("在建项目", "计划总投资", "在建项目计划总投资"),
        ("一般公共预算收入", "支出", "一般公共预算支出"),
        ("商品房销售面积", "销售额", "商品房销售额"),
        ("概算总投资", "投资", "投资"),
    ],
)
def test_of(base: str, measure: str, want: str) -> None:
    assert subject.of(base, measure) == want


@given(st.text(alphabet="项目企业工业投资利润产值总概算计划收入支出面积销售额", max_size=12))
def test_a_composed_name_holds_only_printed_words(base: str) -> None:
    # What is composed is the base's own leading words and the measure, nothing else.
    name = subject.of(base, "投资")
    assert name.endswith("投资") and base.startswith(name[: -len("投资")])


def test_each_section_heading_owns_the_measures_under_it() -> None:
    # In the shape of http://www.hanzhong.gov.cn/hzszf/zwgk/zdjsxm/201809/t20180919_538245.shtml:
    # one section per level; the measures of each section are its own, two sections' figures
    # stay two indicators, and each target stays with its actual.
    got = indicators(
        "一、市级重点项目进展情况\n"
        "今年全市安排重点项目312个，年度计划投资540亿元。1-6月完成投资301.2亿元，占年度计划的55.8%。\n"
        "二、省级重点项目进展情况\n"
        "今年列入省级重点项目共21个，年度计划投资160亿元。1-6月完成投资92.7亿元，占年计划的57.9%。\n"
    )
    city, province = got["市级重点项目投资"], got["省级重点项目投资"]
    assert (city.actual, city.target) == (Decimal("301.2"), 540)  # type: ignore[attr-defined]
    assert (province.actual, province.target) == (Decimal("92.7"), 160)  # type: ignore[attr-defined]
    assert city.stated.completion.text == "55.8%"  # type: ignore[attr-defined]
    assert province.stated.completion.text == "57.9%"  # type: ignore[attr-defined]


def test_a_numbered_paragraph_names_what_its_figures_measure() -> None:
    # In the shape of http://www.hongzhai.cn/jingmeisanwen/2021/0225/40925.html: the numbered
    # lead-in names the industry, the next sentence only its output.
    got = indicators(
        "1、新材料产业保持较快增长，重点企业订单饱满。1-6月预计完成产值45亿元，增长12.5%。\n"
        "2、装备制造产业稳步回升。1-6月预计完成产值31亿元，增长6.2%。\n"
    )
    assert got["新材料产业产值"].actual == 45  # type: ignore[attr-defined]
    assert got["装备制造产业产值"].stated.yoy.text == "增长6.2%"  # type: ignore[attr-defined]


def test_a_heading_that_names_no_things_owns_nothing() -> None:
    got = indicators("一、经济运行总体平稳\n上半年完成投资20亿元。")
    assert set(got) == {"投资"}


def test_a_tables_caption_says_what_its_columns_measure() -> None:
    # In the shape of the table of https://gx-cm.com/www/zwgk/fdxxgknr/zdxm/202110/t20211018_1834042
    # (rows, figures and places changed).
    got = indicators(
        "2023年1-6月份市重点项目投资完成情况汇总表\n"
        "单位:个、亿元\n"
        "县 别 | 项目个数 | 年投资计划 | 完成投资额 | 年计划投资完成率 |\n"
        "甲山县 | 31 | 40.0 | 22.0 | 55.0% |\n"
        "乙水县 | 18 | 25.0 | 15.0 | 60.0% |\n"
    )
    first = got["市重点项目投资(甲山县)"]
    assert (first.actual, first.target) == (22, 40)  # type: ignore[attr-defined]
    assert got["市重点项目(乙水县)"].actual == 18  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("1-9月份县重点项目投资完成情况汇总表", "县重点项目"),
        ("一般公共预算收支情况表", ""),
        ("2023年全市规模以上工业企业主要指标", "规模以上工业企业"),
    ],
)
def test_topic(title: str, want: str) -> None:
    assert subject.topic(title) == want


@pytest.mark.parametrize(
    ("name", "about", "want"),
    [
        ("重点项目总投资", "市级重点项目", "市级重点项目总投资"),
        ("重点项目", "市级重点项目", "市级重点项目"),
        ("项目投资", "市级重点项目", "项目投资"),  # too short an owner to be the topic's
        ("工业投资", "市级重点项目", "工业投资"),
    ],
)
def test_under(name: str, about: str, want: str) -> None:
    assert subject.under(name, about) == want


def test_one_measure_of_two_owners_is_two_indicators() -> None:
    # A rate said alone goes to the indicator its name is like; 税收收入 is not like
    # 税务部门收入 for sharing 收入 (the measure), only their owners would make them alike.
    from gxreport.importers.text.draft import similar

    assert similar("税收收入", "税务部门收入") < 0.7
    assert similar("规模以上工业增加值", "规上工业增加值") >= 0.7
    got = indicators(
        "上半年，税务部门收入完成18.4亿元，同比增长6.2%。税收收入占一般公共预算收入的比重为71.5%。"
    )
    assert got["税务部门收入"].stated.share is None  # type: ignore[attr-defined]
    assert got["税收收入"].stated.share.text == "71.5%"  # type: ignore[attr-defined]


def test_the_parts_of_a_whole_are_of_what_it_measures() -> None:
    # In the shape of https://www.qinan.gov.cn/info/10882/375331.htm: the income, then
    # 其中 the departments that collected it, named without the measure.
    got = indicators(
        "上半年，全县一般公共预算收入完成8.6亿元，同比增长5.1%。"
        "其中：税务部门完成5.2亿元，同比增长3.3%；财政部门完成3.4亿元，同比增长8.0%。"
    )
    tax, finance = got["税务部门收入"], got["财政部门收入"]
    assert (tax.actual, tax.stated.yoy.text) == (Decimal("5.2"), "增长3.3%")  # type: ignore[attr-defined]
    assert (finance.actual, finance.stated.yoy.text) == (Decimal("3.4"), "增长8.0%")  # type: ignore[attr-defined]
    assert got["一般公共预算收入"].actual == Decimal("8.6")  # type: ignore[attr-defined]


def test_a_breakdown_by_department_names_departments() -> None:
    # In the shape of https://www.tianshui.gov.cn/jkq/info/1912/135482.htm and
    # http://www.lukou.gov.cn/c18753/20200703/i1539799.html.
    got = indicators(
        "1-6月，一般公共预算收入完成6380万元，增长4.4%。\n"
        "分部门完成情况：税务完成4120万元，增长2.1%；财政完成2260万元，增长9.4%。\n"
        "三、分征收部门完成情况为：国税局完成2010万元，增长1.5%。\n"
    )
    assert got["税务部门收入"].actual == 4120  # type: ignore[attr-defined]
    assert got["财政部门收入"].stated.yoy.text == "增长9.4%"  # type: ignore[attr-defined]
    # 国税局收入 in the form the state tax office's revenue is published in (names.STANDARD)
    assert got["国税部门收入"].actual == 2010  # type: ignore[attr-defined]


def test_products_are_of_the_output_their_lead_in_names() -> None:
    # In the shape of
    # http://www.fl.gov.cn/bm/tjj/zwgk_46564/tjxxbf/sjjd/202511/t20251103_15134696.html.
    got = indicators(
        "前三季度，主要工业产品产量增长较快，其中：水泥累计实现312.5万吨，增长4.2%；"
        "钢材18.6万吨，增长7.7%。"
    )
    assert got["水泥产量"].actual == Decimal("312.5")  # type: ignore[attr-defined]
    assert got["钢材产量"].stated.yoy.text == "增长7.7%"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("name", "whole", "unit", "want"),
    [
        ("亿元以上项目", "固定资产投资", "个", "亿元以上项目"),  # a count
        ("工业用电量", "一般公共预算支出", "万千瓦时", "工业用电量"),  # its own measure
        ("签约资金", "到位资金", "亿元", "签约资金"),
        ("钢材", "一般公共预算收入", "万吨", "钢材"),  # not money
        ("园区", "主要工业产品产量", "亿元", "园区"),  # money is no output
        ("税务", "一般公共预算收入", "万元", "税务收入"),
        ("县属企业", "原煤产量", "万吨", "县属企业原煤产量"),  # its producers
        ("变压器", "主要工业产品产量", "万台", "变压器产量"),  # a product
    ],
)
def test_part(name: str, whole: str, unit: str, want: str) -> None:
    assert subject.part(name, whole, unit) == want


def test_a_name_of_the_things_just_counted_is_theirs() -> None:
    # In the shape of
    # https://456150.com.cn/bmpd/jmsfzhggj/zdlyxxgk/zdjsxmxxgk/zdxmjz/content/post_2314420.html:
    # 项目总投资 right after the projects counted is their total; the year's plan by its
    # measure alone stays with their actual.
    got = indicators(
        "2023年安排全县重点建设项目210项，项目总投资880亿元，年度投资计划150亿元。"
        "全县重点建设项目1-6月累计完成投资82.5亿元，为年度投资计划的55%。"
    )
    assert got["重点建设项目总投资"].actual == 880  # type: ignore[attr-defined]
    invest = got["重点建设项目投资"]
    assert (invest.actual, invest.target) == (Decimal("82.5"), 150)  # type: ignore[attr-defined]
    assert invest.stated.completion.text == "55%"  # type: ignore[attr-defined]


def test_a_part_that_names_its_own_stock_or_total_keeps_its_name() -> None:
    # In the shape of https://www.hhky.gov.cn/info/5701/419422.htm (heads of livestock under an
    # output) and of http://www.cnheaven.com/xgxxxgk/c116822/202206/188db2af2f0d410eaf221906f25b325e.shtml
    # (exports under the trade total): neither takes the whole's measure or name.
    got = indicators(
        "上半年，全县肉类总产量2.7万吨，增长4.4%。其中，生猪存栏18万头，增长11.2%。"
        "全县外贸进出口总额4.4亿元，同比增长17.9%，其中出口总额2.1亿元，同比增长26.5%。"
    )
    # 肉类总产量 is the output of meat, 肉类产量 (names.STANDARD)
    assert set(got) == {"肉类产量", "生猪存栏", "进出口总额", "出口总额"}
    assert got["生猪存栏"].actual == Decimal("180000")  # type: ignore[attr-defined]
    assert got["出口总额"].actual == Decimal("2.1")  # type: ignore[attr-defined]
    assert got["进出口总额"].actual == Decimal("4.4")  # type: ignore[attr-defined]


def test_a_threshold_in_a_name_is_no_figure_even_without_a_unit() -> None:
    # In the shape of http://www.cnheaven.com/xgxxxgk/c116822/202206/188db2af2f0d410eaf221906f25b325e.shtml
    # and https://yyx.gov.cn/54892/54894/content_1731494.html: 2000万以上, 5000万以上 inside the
    # name print no 元.
    got = indicators(
        "上半年，全县利用省外3000万以上项目资金9.6亿元，同比增长7.3%。"
        "全县1000万以上投资项目41个，计划总投资88.2亿元。"
    )
    assert set(got) == {
        "利用省外3000万以上项目资金",
        "1000万以上投资项目",
        "1000万以上投资项目计划总投资",
    }
    assert got["利用省外3000万以上项目资金"].actual == Decimal("9.6")  # type: ignore[attr-defined]
    assert got["1000万以上投资项目"].actual == Decimal("41")  # type: ignore[attr-defined]


def test_trades_listed_after_the_measure_their_sentence_says_take_that_measure() -> None:
    # In the shape of http://hyxw.com.cn/redianjujiao/3215.html: the sentence before speaks of
    # 增加值, this one of the trades' 产值 before its list.
    got = indicators(
        "1-9月，全县规模以上工业增加值同比增长8.6%。"
        "全县12个行业大类中有7个行业产值增速超过20%，其中：纺织业、造纸和纸制品业分别同比增长"
        "22.4%、27.9%。"
    )
    assert "纺织业产值" in got
    assert "造纸和纸制品业产值" in got


def test_sectors_said_short_by_their_ordinals_are_the_three_sectors() -> None:
    # In the shape of http://hyxw.com.cn/redianjujiao/3215.html: 一、二、三产 is 第一产业 …
    got = indicators(
        "上半年，全区固定资产投资同比增长8.1%，分产业看：一、二、三产投资分别增长5.2%、3.4%、11.6%。"
    )
    assert {"第一产业投资", "第二产业投资", "第三产业投资"} <= set(got)


def test_a_size_class_said_as_a_range_is_no_figure() -> None:
    # In the shape of https://hfjyddjzmc.com/html/.zhengwuzdxm.201711t20171108_2035652.html:
    # both bounds of 3000万元—5亿元 name the projects, and the count is theirs.
    got = indicators("今年，列入县级3000万元—5亿元重点项目86项，总投资41.2亿元。")
    assert got["县级3000万元—5亿元重点项目"].actual == Decimal("86")  # type: ignore[attr-defined]
    assert all(i.unit != "万元" for i in got.values())  # type: ignore[attr-defined]


def test_levels_of_government_listed_in_a_name_stay_in_it() -> None:
    # In the shape of http://pyrb.pyxww.com/content/202009/01/c66986.html.
    got = indicators("全市列入省、市重点项目215个，完成投资431.6亿元，占年度计划的58.2%。")
    assert set(got) == {"省、市重点项目", "省、市重点项目投资"}
    assert got["省、市重点项目投资"].stated.completion.text == "58.2%"  # type: ignore[attr-defined]


def test_what_a_total_is_taken_over_is_no_part_of_its_name() -> None:
    # In the shape of http://cz.sm.gov.cn/xxgk/tjxx/201807/t20180724_1180501.htm.
    got = indicators("纳入预算管理的政府性基金收入完成15,230万元，增长21.4%。")
    assert set(got) == {"政府性基金收入"}


def test_words_of_listing_and_counting_are_no_part_of_a_name() -> None:
    # In the shape of http://fgw.jiaozuo.gov.cn/jzfgw/detail/4096 and
    # http://yhser.com/hdxwz/zwgk/wgk/jggk/lsqkgk/content/post_5263735.html: 确定 lists the
    # projects, 截止上半年 is a period, 有 counts, and 计划投产项目 is a name, not a plan.
    got = indicators(
        "今年共确定县重点建设项目120个，年度计划完成投资95.5亿元，截止上半年已完成全年计划的47.2%。"
        "计划投产项目12宗，完成投资8.4亿元。未开工项目中，省重点项目有3宗。"
    )
    assert set(got) == {
        "县重点建设项目",
        "县重点建设项目投资",
        "计划投产项目",
        "计划投产项目投资",
        "省重点项目",
    }
    investment = got["县重点建设项目投资"]
    assert investment.target == Decimal("95.5")  # type: ignore[attr-defined]
    assert investment.stated.completion.text == "47.2%"  # type: ignore[attr-defined]
    assert got["计划投产项目"].actual == Decimal("12")  # type: ignore[attr-defined]


def test_things_counted_at_a_stage_are_still_those_things() -> None:
    # In the shape of http://sd.sdnews.com.cn/yw/202105/t20210518_2906770.htm: the projects,
    # how many have started, then the investment, which is all the projects'.
    got = indicators(
        "截至6月底，420个市重大项目开工286个，完成投资612.4亿元。其中，310个实施类项目开工271个，"
        "开工率87.4%，完成投资580.2亿元，占年度计划的52.1%。"
    )
    assert got["市重大项目投资"].actual == Decimal("612.4")  # type: ignore[attr-defined]
    invest = got["实施类项目投资"]
    assert invest.actual == Decimal("580.2")  # type: ignore[attr-defined]
    assert invest.stated.completion.text == "52.1%"  # type: ignore[attr-defined]


def test_things_counted_anew_own_what_follows() -> None:
    got = indicators(
        "上半年，全县工业项目50个，总投资100亿元；其中亿元以上项目20个，总投资80亿元。"
    )
    assert got["工业项目总投资"].actual == 100  # type: ignore[attr-defined]
    assert got["亿元以上项目总投资"].actual == 80  # type: ignore[attr-defined]


def test_a_lead_in_clause_names_what_the_figure_after_it_measures() -> None:
    # In the shape of
    # http://xxgk.qinshui.gov.cn/xzf/qsfgj/fdzdgknr/zdxmjsly/zdxmxx/202201/t20220121_1543736.shtml:
    # the clause says how the works fare, a period, then their investment by its measure.
    got = indicators("截至目前，全市重点工程进展顺利，1-9月，完成投资56.2亿元，投资完成率81.3%。")
    invest = got["重点工程投资"]
    assert invest.actual == Decimal("56.2")  # type: ignore[attr-defined]
    assert invest.stated.completion.text == "81.3%"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        "记者从市重点项目办获悉，1-9月，完成投资56.2亿元。",  # who said it, not of what
        "全市重点工程进展顺利，各项工作有序推进，完成投资56.2亿元。",  # not the nearest
    ],
)
def test_a_lead_in_that_is_no_subject_owns_nothing(text: str) -> None:
    assert "投资" in indicators(text)


@pytest.mark.parametrize(
    ("name", "whole", "unit"),
    [
        ("实际利用外资", "国税开票销售收入", "亿美元"),  # 外资 is a measure of its own
        ("新增产值超亿元企业", "新增产值", "亿元"),  # prints a measure inside
    ],
)
def test_a_part_that_names_a_measure_keeps_its_name(name: str, whole: str, unit: str) -> None:
    assert subject.part(name, whole, unit) == name


def test_a_stage_alone_is_still_the_things_counted() -> None:
    # 亿元以上招商项目25个，已履约20个，已开工14个，累计到位资金…: the funds are the projects'.
    assert subject.counted_again("亿元以上招商项目", "开工") == "亿元以上招商项目"
    assert subject.counted_again("亿元以上招商项目", "省外项目") == "省外项目"


def test_levels_listed_in_brackets_are_levels_of_the_things_counted() -> None:
    # In the shape of
    # http://xxgk.qinshui.gov.cn/xzf/qsfgj/fdzdgknr/zdxmjsly/zdxmxx/202201/t20220121_1543736.shtml.
    got = indicators(
        "2023年，全县重点项目共24项，其中：续建项目18项(省级4项、市级6项、县级8项)，"
        "新建项目6项(市级2项、县级4项)。"
    )
    assert got["省级续建项目"].actual == 4  # type: ignore[attr-defined]
    assert got["县级续建项目"].actual == 8  # type: ignore[attr-defined]
    assert got["市级新建项目"].actual == 2  # type: ignore[attr-defined]
    assert got["续建项目"].actual == 18  # type: ignore[attr-defined]


def test_a_measure_in_brackets_is_no_level() -> None:
    got = indicators("上半年，新签约亿元以上项目25个(总投资168.4亿元)。")
    assert "总投资" in "".join(got)
    assert not any(name.startswith("总投资新签约") for name in got)


def test_a_company_speaking_of_itself_and_its_currency_are_no_part_of_a_name() -> None:
    # In the shape of http://stock.3news.cn/ghkstock/2021/0728/560757.html (a listed power
    # company's half-year results).
    got = indicators(
        "上半年，公司及其子公司实现合并营业收入人民币612.4亿元，比上年同期增长9.8%；"
        "归属于公司股东的净利润人民币21.7亿元，比上年同期下降4.1%。"
    )
    assert set(got) == {"合并营业收入", "归属于公司股东的净利润"}
    assert got["合并营业收入"].actual == Decimal("612.4")  # type: ignore[attr-defined]
    assert got["归属于公司股东的净利润"].stated.yoy.text == "下降4.1%"  # type: ignore[attr-defined]


def test_the_amount_agreed_after_projects_counted_is_theirs() -> None:
    # In the shape of https://10fang.com/news-content/710005.html: two counts of projects, each
    # followed by 协议总金额; two indicators, not one name twice. The projects above 1亿元 are
    # of those newly signed, as the page names them (亿元以上新签约项目).
    got = indicators(
        "上半年，全市新签约项目96个，协议总金额612.3亿元，同比增长22.4%。"
        "其中亿元以上项目71个，协议总金额590.8亿元，同比增长23.5%。"
    )
    assert set(got) == {
        "新签约项目",
        "新签约项目协议总金额",
        "亿元以上新签约项目",
        "亿元以上新签约项目协议总金额",
    }
    assert got["亿元以上新签约项目协议总金额"].actual == Decimal("590.8")  # type: ignore[attr-defined]


def test_a_count_named_by_its_stage_alone_counts_the_things_counted_before() -> None:
    # In the shape of http://www.yaan.gov.cn/htm/articview.htm?id=20180719111752783: the
    # things counted, then how many of them reached each stage, each with its share.
    got = indicators(
        "上半年，全县新签约5000万元以上工业项目24个，已履约21个，履约率87.5%，已开工15个，"
        "开工率62.5%。"
    )
    assert got["5000万元以上工业项目已履约"].actual == 21  # type: ignore[attr-defined]
    started = got["5000万元以上工业项目已开工"]
    assert started.actual == 15  # type: ignore[attr-defined]
    assert started.stated.share.text == "62.5%"  # type: ignore[attr-defined]
    assert started.share_of == "新签约5000万元以上工业项目"  # type: ignore[attr-defined]


def test_stages_counted_in_the_next_sentence_are_of_the_things_counted_before() -> None:
    # In the shape of https://www.ahjinzhai.gov.cn/public/6596281/38062166.html: tasks broken
    # down into items, then a sentence of how many items stand at each stage.
    got = indicators(
        "今年确定的86项重点任务细化为190个具体事项。经核查，欠进度的有12个，占总数的6.3%；"
        "已完成和提前完成30个，占总数的15.8%；其它类8个，占总数的4.2%。"
    )
    assert got["重点任务"].actual == 86  # type: ignore[attr-defined]
    assert got["具体事项"].actual == 190  # type: ignore[attr-defined]
    assert got["欠进度事项"].actual == 12  # type: ignore[attr-defined]
    # 总数 is all the items counted: each share is checkable against the 190.
    assert got["欠进度事项"].share_of == "具体事项"  # type: ignore[attr-defined]
    assert got["已完成和提前完成事项"].stated.share.text == "15.8%"  # type: ignore[attr-defined]
    assert got["其它类事项"].actual == 8  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("words", "things"),
    [
        ("在建项目", "重点项目"),  # a stage with its thing word names those things itself
        ("工业项目", "重点项目"),
        ("竣工", ""),  # no things counted before
        ("签约", "重点项目"),  # what was done in the period, not a stage
        ("完成投资", "重点项目"),
    ],
)
def test_a_count_that_names_things_keeps_its_name(words: str, things: str) -> None:
    assert subject.at_stage(words, things) == ""


def test_value_added_after_output_is_of_the_same_firms() -> None:
    # In the shape of https://www.fanchang.gov.cn/sjfb/tjgb/12037029.html: the firms counted,
    # their output's growth, then 增加值 alone.
    got = indicators("1-9月，全县156家规模以上工业产值同比增长12.4%，增加值增长9.6%。")
    assert got["规模以上工业增加值"].stated.yoy.text == "增长9.6%"  # type: ignore[attr-defined]


def test_a_part_said_by_the_wholes_measure_does_not_join_the_whole() -> None:
    # In the shape of https://yyx.gov.cn/54892/54894/content_1731494.html: the part's name was
    # lost with its place word; it must not become a second growth of the whole.
    got = indicators("1-6月，规模工业增加值同比增长4.3%，其中园区增加值同比增长6.6%。")
    assert got["规模以上工业增加值"].stated.yoy.text == "增长4.3%"  # type: ignore[attr-defined]


def test_a_place_printed_alone_before_an_amount_is_its_part_of_the_measure() -> None:
    # In the shape of http://www.changzhou.gov.cn/ns_news/323151116772529: the city's total,
    # then a district's share of it, said with the district's name alone.
    got = indicators(
        "1-8月，全市工业投资完成820.5亿元，增长6.2%。从占比来看，湖塘区完成301.2亿元，"
        "占全市比重达到36.7%。全省11个设区市全部完成任务。"
    )
    part = got["湖塘区工业投资"]
    assert part.actual == Decimal("301.2")  # type: ignore[attr-defined]
    assert part.stated.share.text == "36.7%"  # type: ignore[attr-defined]
    assert not [name for name in got if name.startswith("设区市") and name != "设区市"]


@pytest.mark.parametrize(
    ("name", "whole", "unit", "want"),
    [
        ("湖塘区", "全市工业投资", "亿元", "湖塘区工业投资"),
        ("某县", "一般公共预算收入", "", "某县一般公共预算收入"),
        ("设区市", "一般公共预算收入", "个", "设区市"),
        ("冶金行业", "工业投资", "亿元", "冶金行业"),
    ],
)
def test_at_place(name: str, whole: str, unit: str, want: str) -> None:
    assert subject.at_place(name, whole, unit) == want


def test_paragraphs_after_a_list_opened_by_a_colon_are_its_parts() -> None:
    # In the shape of
    # http://xxgk.qinshui.gov.cn/xzf/qsfgj/fdzdgknr/zdxmjsly/zdxmxx/202201/t20220121_1543736.shtml:
    # a paragraph on the works' investment ends in 其中:, and each paragraph after it opens with
    # a level and its count, then that level's figures.
    got = indicators(
        "全县重点工程进展顺利，1-6月份，完成投资41.2亿元，投资完成率61.5%。其中：\n"
        "省级4项，概算投资88.3亿元，当年计划投资12亿元。1-6月份完成投资7.9亿元，投资完成率65.8%。\n"
        "市级7项，概算投资120.4亿元，当年计划投资15.5亿元。1-6月份完成投资9.1亿元，投资完成率58.7%。\n"
        "全县新增市场主体1200户。"
    )
    province = got["省级重点工程投资"]
    assert (province.actual, province.target) == (Decimal("7.9"), 12)  # type: ignore[attr-defined]
    assert province.stated.completion.text == "65.8%"  # type: ignore[attr-defined]
    city = got["市级重点工程投资"]
    assert (city.actual, city.target) == (Decimal("9.1"), Decimal("15.5"))  # type: ignore[attr-defined]
    assert got["市级重点工程"].actual == 7  # type: ignore[attr-defined]
    whole_cost = got["省级重点工程概算投资"]
    assert (whole_cost.actual, whole_cost.target) == (Decimal("88.3"), None)  # type: ignore[attr-defined]
    assert "新增市场主体" in got


def test_a_paragraph_that_counts_several_things_lends_none_of_them_on() -> None:
    # The paragraph's first sentence counts two kinds of projects: the funds after it are
    # said of neither.
    got = indicators("上半年，全市履约项目300个，新签约项目150个。实际到位资金80亿元，增长12%。")
    assert got["到位资金"].actual == 80  # type: ignore[attr-defined]


def test_a_breakdown_printed_after_its_whole_is_of_that_whole() -> None:
    # In the shape of
    # http://www.qidianzhan.cn/lbxzf/czysszzxqkfx/202406/ce3c99ac9cf047c79ccc3521e18a7edd.shtml:
    # the county's revenue, then its local part broken down twice (按构成分, 按部门分) after
    # the local whole's name.
    got = indicators(
        "1-9月，全县完成财政总收入6120万元，增长3.1%。其中：税收收入4800万元。\n"
        "地方收入按构成分：税收收入1620万元，占年初预算3000万元的54.0%，同比增长4.2%；"
        "非税收入510万元，同比下降6.3%。\n"
        "地方收入按征收部门分：税务部门完成1400万元，同比增长2.2%；财政部门完成730万元，同比下降1.5%。"
    )
    local = got["地方税收收入"]
    assert (local.actual, local.target) == (1620, 3000)  # type: ignore[attr-defined]
    assert got["税收收入"].actual == 4800  # type: ignore[attr-defined]
    assert got["地方非税收入"].stated.yoy.text == "下降6.3%"  # type: ignore[attr-defined]
    assert got["税务部门收入"].actual == 1400  # type: ignore[attr-defined]
    assert got["财政部门收入"].stated.yoy.text == "下降1.5%"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("name", "whole", "want"),
    [
        ("税收收入", "地方收入", "地方税收收入"),
        ("地方税收收入", "地方收入", "地方税收收入"),
        ("收入", "地方收入", "收入"),
        ("税务部门", "地方收入", "税务部门"),
        ("税收收入", "收入", "税收收入"),
    ],
)
def test_kind_of(name: str, whole: str, want: str) -> None:
    assert subject.kind_of(name, whole) == want


def test_projects_at_a_stage_are_the_projects_the_paragraph_counted() -> None:
    # In the shape of
    # http://xcszjj.xuchang.gov.cn/gzdt/20210708/10c27b20-68ae-423d-8c17-90f6a39e7473.html: the
    # paragraph counts one kind of projects, then how many are in hand and done, then their
    # investment.
    got = indicators(
        "2022年，全市谋划实施城市更新项目210个，概算总投资980.5亿元，年度计划投资260亿元。"
        "截至目前，在建项目150个，竣工项目38个，开工率达71.4%，完成投资150.2亿元，"
        "占年度计划投资的57.8%。\n"
        "全县重点项目120项，总投资800亿元，其中：续建项目70项，总投资500亿元，完成投资90亿元。"
    )
    invest = got["城市更新项目投资"]
    assert (invest.actual, invest.target) == (Decimal("150.2"), 260)  # type: ignore[attr-defined]
    assert invest.stated.completion.text == "57.8%"  # type: ignore[attr-defined]
    assert got["在建项目"].actual == 150  # type: ignore[attr-defined]
    # Parts after 其中 own what follows them.
    assert got["续建项目总投资"].actual == 500  # type: ignore[attr-defined]
    assert got["续建项目投资"].actual == 90  # type: ignore[attr-defined]


def test_projects_at_a_stage_in_the_sentence_that_counts_them() -> None:
    # In the shape of http://m.chinacrane.net/news/201712/09/126218.html: the projects signed,
    # how many are under way and started, then the funds in place, which are all theirs.
    got = indicators(
        "前三季度，全市新签约招商引资项目180个，履约项目170个，开工项目150个，到位资金260亿元。"
    )
    assert got["新签约招商引资项目到位资金"].actual == 260  # type: ignore[attr-defined]


def test_producers_under_an_output_are_of_that_product() -> None:
    # In the shape of http://liulin.gov.cn/zjll/lljf2/tjsjj/202409/t20240909_1895482.shtml:
    # each product's output, then how much of it the county's own firms produced.
    got = indicators(
        "分产品产量看，原煤产量820.4万吨，同比增长3.1%；其中，市属企业完成512.6万吨，同比增长2.2%；\n"
        "精煤产量402.3万吨，同比下降1.5%；其中，市属企业完成260.8万吨，同比下降3.4%。"
    )
    assert got["市属企业原煤产量"].actual == Decimal("512.6")  # type: ignore[attr-defined]
    coking = got["市属企业精煤产量"]
    assert coking.actual == Decimal("260.8")  # type: ignore[attr-defined]
    assert coking.stated.yoy.text == "下降3.4%"  # type: ignore[attr-defined]


def test_projects_counted_in_zong_own_what_follows() -> None:
    # In the shape of http://yhser.com/hdxwz/zwgk/wgk/jggk/lsqkgk/content/post_5263735.html:
    # projects counted in 宗, their name after the figure and a bracket of how many started.
    got = indicators(
        "其中续建项目20宗，完成投资30.2亿元；45宗新开工项目(已开工12宗)，完成投资18.6亿元，"
        "完成年度计划投资的40.2%。"
    )
    assert got["新开工项目"].actual == 45  # type: ignore[attr-defined]
    invest = got["新开工项目投资"]
    assert invest.actual == Decimal("18.6")  # type: ignore[attr-defined]
    assert invest.stated.completion.text == "40.2%"  # type: ignore[attr-defined]
    assert got["续建项目投资"].actual == Decimal("30.2")  # type: ignore[attr-defined]


def test_a_count_of_a_sector_takes_no_measure_said_before() -> None:
    # A count of firms by sector after a sentence on investment: 7家 is no 工业投资.
    got = indicators("1-6月，全县固定资产投资增长8.2%。新增入库企业29家，其中工业7家，建筑业15家。")
    assert "工业投资" not in got
    assert got["固定资产投资"].stated.yoy.text == "增长8.2%"  # type: ignore[attr-defined]


def test_trades_listed_after_one_above_the_threshold_are_above_it_too() -> None:
    # In the shape of http://www.cxs.gov.cn/info/1011/102806.htm: 限额以上
    # is printed once, before the first of the trades whose sales follow clause by clause.
    got = indicators(
        "1-6月，全县社会消费品零售总额完成40.2亿元，增长3.6%；限额以上批发业完成销售额20.1亿元，"
        "增长1.2%；零售业完成销售额9.8亿元，增长2.9%；餐饮业完成营业额0.9亿元，增长8.8%。"
        "规模以上工业增加值增长8.1%；工业用电量增长5.2%。"
    )
    assert got["限额以上零售业销售额"].actual == Decimal("9.8")  # type: ignore[attr-defined]
    assert got["限额以上餐饮业营业额"].stated.yoy.text == "增长8.8%"  # type: ignore[attr-defined]
    assert "工业用电量" in got


def test_an_amount_after_a_clause_on_a_trade_is_that_trades() -> None:
    # In the shape of http://www.changzhou.gov.cn/ns_news/323151116772529: a clause names the
    # trade and how it fares, the next prints only 完成 and the amount of what the paragraph
    # measures.
    got = indicators(
        "1-10月，全市工业投资完成900亿元。从行业看，机械行业完成投资300亿元，增长8%。"
        "电子行业投资快速增长，完成80.5亿元，增长20.1%；其中化工行业下滑明显，完成60.2亿元，"
        "下降12.3%。"
    )
    electronics = got["电子行业投资"]
    assert electronics.actual == Decimal("80.5")  # type: ignore[attr-defined]
    assert electronics.stated.yoy.text == "增长20.1%"  # type: ignore[attr-defined]
    assert got["化工行业投资"].actual == Decimal("60.2")  # type: ignore[attr-defined]


def test_a_sectors_share_of_gdp_is_of_its_value_added() -> None:
    # In the shape of https://m.wenke99.com/p-4734446.html: a revenue
    # said just before does not make the service sector's share of GDP a share of revenue.
    got = indicators("上半年，税收收入3460万元，同比增长13%；服务业占GDP比重达到41%。")
    assert got["服务业增加值"].stated.share.text == "41%"  # type: ignore[attr-defined]


def test_a_paragraph_that_counts_no_things_lends_nothing_on() -> None:
    # Market entities counted first are not what the investment after them is of.
    got = indicators("上半年，全县新增市场主体1200户。完成投资20亿元，增长5%。")
    assert "新增市场主体投资" not in got


def test_the_parks_after_qizhong_are_a_part_of_the_whole() -> None:
    # In the shape of https://yyx.gov.cn/54892/54894/content_1731494.html: the county's value
    # added, then its parks' part of it, named by 园区, which elsewhere stands for the report's
    # own place.
    got = indicators(
        "1-6月，规模工业增加值同比增长4.4%，其中园区增加值同比增长6.2%，占规模工业比重达64.5%。"
    )
    assert got["规模以上工业增加值"].stated.yoy.text == "增长4.4%"  # type: ignore[attr-defined]
    parks = got["园区增加值"]
    assert parks.stated.yoy.text == "增长6.2%"  # type: ignore[attr-defined]
    assert parks.stated.share.text == "64.5%"  # type: ignore[attr-defined]


def test_a_part_of_a_breakdown_named_alone_is_a_part_of_the_measure() -> None:
    # In the shapes of http://tjj.smx.gov.cn/327/615875328/906292.html and
    # http://www.guzhen.gov.cn/sjtj/tjyb/81158351.html: 分…看 opens a breakdown; a part named
    # alone grows in what the lead names (从主要产品产量看 → 产量), else in what was said before.
    got = indicators(
        "1-9月，规模以上工业增加值同比增长6.4%。分登记注册类型看，集体企业增加值同比增长2.1%；"
        "股份合作企业增长5.7%，港澳台商投资企业增长3.2%。从主要产品产量看，水泥增长8.9%，"
        "平板玻璃下降4.6%。"
    )
    assert {n: i.stated.yoy.text for n, i in got.items()} == {  # type: ignore[attr-defined]
        "规模以上工业增加值": "增长6.4%",
        "集体企业增加值": "增长2.1%",
        "股份合作企业增加值": "增长5.7%",
        "港澳台商投资企业增加值": "增长3.2%",
        "水泥产量": "增长8.9%",
        "平板玻璃产量": "下降4.6%",
    }


def test_a_place_or_projects_in_a_breakdown_keep_their_own_names() -> None:
    # A place's part is named by at_place, projects counted are no part of a measure: neither
    # takes the measure from a breakdown's lead.
    got = indicators(
        "上半年，全市工业投资完成210.4亿元，增长7.5%。分区域看，东湖区完成88.2亿元，增长9.1%；"
        "从项目看，新开工项目增长12%。"
    )
    assert "东湖区工业投资" in got and "新开工项目" in got


def test_a_count_that_names_its_own_things_owns_what_follows_it() -> None:
    # In the shape of http://qhjssh.com/newsshow.asp?id=228: the clause says what the counts
    # are among; each count then names its own things, whose money is said after it.
    got = indicators(
        "1-5月，在已签约的项目中，新建项目12个，本月到位资金3.1亿元；续建项目30个，本月到位资金9.4亿元。"
    )
    assert {n: i.actual for n, i in got.items()} == {  # type: ignore[attr-defined]
        "新建项目": 12,
        "新建项目到位资金": Decimal("3.1"),
        "续建项目": 30,
        "续建项目到位资金": Decimal("9.4"),
    }


def test_projects_of_a_stage_counted_after_qizhong_are_at_that_stage() -> None:
    # In the shapes of http://www.changzhou.gov.cn/ns_news/323151116772529 (在建项目…其中，
    # 亿元以上项目…), http://m.airmangenerator.com/zsyz/zcfg/11258985811.html (新开工工业项目…
    # 其中，投资1亿元以上工业项目…) and http://www.yaan.gov.cn/htm/articview.htm?id=20180719111752783
    # (执行招商项目…(其中，新建项目…)): a kind of projects at a stage is at that stage; one
    # that names its own stage keeps it; a whole at no stage leaves the part as printed.
    got = indicators(
        "1-10月，全市在建项目3120个，计划总投资2890.5亿元；其中，亿元以上项目286个，"
        "计划总投资1520.8亿元。\n"
        "1-6月，新开工工业项目64个，完成年度目标任务120个的53.3%。"
        "其中，投资1亿元以上工业项目41个，完成年度目标任务60个的68.3%。\n"
        "上半年，全市共执行招商项目198个(其中，新建项目37个)；引进到位资金120.5亿元。\n"
        "全县安排重点项目85宗。其中续建项目30宗，完成投资40.2亿元。"
    )
    assert {
        "亿元以上在建项目",
        "亿元以上在建项目计划总投资",
        "投资1亿元以上新开工工业项目",
        "新建招商项目",
        "续建项目",
        "续建项目投资",
    } <= set(got)
    assert got["投资1亿元以上新开工工业项目"].target == 60  # type: ignore[attr-defined]


def test_what_follows_counts_broken_down_after_qizhong_is_of_the_whole_counted() -> None:
    # In the shape of
    # http://xxgk.qinshui.gov.cn/xzf/qsfgj/fdzdgknr/zdxmjsly/zdxmxx/202201/t20220121_1543736.shtml:
    # the key works counted, their kinds after 其中, then their total investment alone.
    got = indicators(
        "2023年，全县重点工程项目共42项，其中：建设项目38项，前期项目4项。"
        "总投资311.8亿元，当年计划投资58.6亿元。"
    )
    assert got["重点工程总投资"].actual == Decimal("311.8")  # type: ignore[attr-defined]
    assert got["重点工程投资"].target == Decimal("58.6")  # type: ignore[attr-defined]


def test_firms_of_a_kind_grow_in_the_whole_without_its_scope_where_no_part_said_it() -> None:
    # In the shape of http://www.guzhen.gov.cn/sjtj/tjyb/81158351.html: the whole's growth,
    # then firms by kind with no measure at all.
    got = indicators(
        "1-9月，全县规模以上工业增加值同比增长8.6%。"
        "分经济类型看，集体企业增长3.1%，私营企业增长12.5%。"
    )
    assert got["集体企业工业增加值"].stated.yoy.text == "增长3.1%"  # type: ignore[attr-defined]
    assert got["私营企业工业增加值"].stated.yoy.text == "增长12.5%"  # type: ignore[attr-defined]


def test_projects_of_a_kind_among_those_at_a_stage_are_at_that_stage() -> None:
    # In the shape of http://yhser.com/hdxwz/zwgk/wgk/jggk/lsqkgk/content/post_5263735.html:
    # the projects not yet started counted, then how many of them are of each level.
    got = indicators("截至6月底，24个未开工项目中，省重点项目有5个，县重点项目有19个。")
    assert got["省重点项目未开工"].actual == 5  # type: ignore[attr-defined]
    assert got["县重点项目未开工"].actual == 19  # type: ignore[attr-defined]


def test_projects_counted_with_what_they_are_doing_are_the_projects_at_that_stage() -> None:
    # In the shape of http://pyrb.pyxww.com/content/202009/01/c66986.html: the count first,
    # then the projects and what they are doing.
    got = indicators(
        "1-8月，全县重点项目285个，其中：12个项目建成投用，231个项目正在紧张建设，"
        "42个项目正在进行前期工作。"
    )
    counts = {n: i.actual for n, i in got.items()}  # type: ignore[attr-defined]
    assert counts == {"重点项目": 285, "建成投用项目": 12, "在建项目": 231, "前期工作项目": 42}


def test_a_clause_that_names_who_leads_names_the_figures_after_it() -> None:
    # In the shape of http://fzmq.gov.cn/xjwz/zwgk/tjxx/tjjd/201707/t20170705_1372399.htm: a
    # breakdown by trade whose first clause says which trade contributes most, then that
    # trade's output by its measure alone.
    got = indicators(
        "按行业分产值完成情况：陶瓷贡献最大，1-9月累计完成产值8.6亿元，增长21.3%；"
        "建材、电机分别增长6.2%、4.1%。"
    )
    assert got["陶瓷产值"].actual == Decimal("8.6")  # type: ignore[attr-defined]
    assert got["陶瓷产值"].stated.yoy.text == "增长21.3%"  # type: ignore[attr-defined]


def test_contracted_funds_after_a_count_are_the_counted_projects() -> None:
    # In the shape of http://www.cnfl.com.cn/news/cs/2015/0721/105607.html: each kind of
    # project counted, then the funds contracted and in place for it.
    got = indicators(
        "上半年，新签项目中省内项目31个，协议资金26.4亿元，到位资金4.1亿元；"
        "省外项目8个，协议资金12.2亿元，到位资金1.9亿元。"
    )
    assert got["省内项目协议资金"].actual == Decimal("26.4")  # type: ignore[attr-defined]
    assert got["省外项目协议资金"].actual == Decimal("12.2")  # type: ignore[attr-defined]


def test_growths_listed_after_figures_of_one_subject_are_of_those_figures() -> None:
    # In the shape of http://info1.texnet.com.cn/content/2007-11-02/140973.html: two measures
    # of one subject, then their growths in a list that prints no name: each growth is of the
    # figure in its place, subject included (not of 利润总额 alone).
    got = indicators(
        "前三季度，全县规模以上工业企业实现营业收入58.2亿元、利润总额3.6亿元，同比增长12.7%和8.1%。"
    )
    assert set(got) == {"规模以上工业企业营业收入", "规模以上工业企业利润总额"}
    assert got["规模以上工业企业营业收入"].stated.yoy.text == "增长12.7%"  # type: ignore[attr-defined]
    profit = got["规模以上工业企业利润总额"]
    assert profit.actual == Decimal("3.6")  # type: ignore[attr-defined]
    assert profit.stated.yoy.text == "增长8.1%"  # type: ignore[attr-defined]


def test_a_place_said_without_its_level_and_an_aside_before_the_verb_are_no_names() -> None:
    # In the shape of
    # https://static.cdsb.com/micropub/Articles/202207/27876a3b63947d35684acd66e362991c.html:
    # the prefecture named in full once (after its province) and then short, GDP printed
    # right before its figure, and a sector whose aside and a space stand before 实现增加值.
    got = indicators(
        "8月2日，记者从贵州省黔南州统计局获悉，上半年黔南州经济平稳运行。"
        "上半年黔南实现GDP812.35亿元，同比增长4.2%。"
        "其中，第一产业(不含农林牧渔服务业) 实现增加值95.60亿元，增长3.8%。"
    )
    assert set(got) == {"地区生产总值", "第一产业增加值"}
    gdp = got["地区生产总值"]
    assert gdp.actual == Decimal("812.35")  # type: ignore[attr-defined]
    assert gdp.stated.yoy.text == "增长4.2%"  # type: ignore[attr-defined]
    assert got["第一产业增加值"].actual == Decimal("95.60")  # type: ignore[attr-defined]


def test_a_zone_that_opens_a_clause_owns_the_figures_after_it() -> None:
    # In the shape of the zone's part after the district's whole in
    # https://www.bjq.gov.cn/qdmz/tzbj/zsyzsj/202401/t20240124_86096331.html: the zone named
    # once, then its funds, firms and their target by their measure alone; the whole's place
    # (全区) ends the zone's part.
    got = indicators(
        "2023年，全区签约项目120个，签约资金70.2亿元。其中，云岭高新区签约项目45个，"
        "签约资金25.6亿元；引进优强企业9家，完成全年目标任务8家的112.5%；"
        "全区上报到位资金36.1亿元。"
    )
    assert set(got) == {
        "签约项目",
        "签约资金",
        "云岭高新区签约项目",
        "云岭高新区签约资金",
        "云岭高新区引进优强企业",
        "上报到位资金",
    }
    firms = got["云岭高新区引进优强企业"]
    assert firms.actual == Decimal("9") and firms.target == Decimal("8")  # type: ignore[attr-defined]
    assert firms.stated.completion.text == "112.5%"  # type: ignore[attr-defined]
    assert got["签约资金"].actual == Decimal("70.2")  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("words", "want"),
    [
        ("其中云岭高新区签约项目", "云岭高新区"),
        ("上半年甲县完成", "甲县"),  # a place the text names again and again
        ("改造县乡公路", None),  # county roads, no county
        ("引进市外资金", None),  # from outside the city
        ("高新区产值", ""),  # a zone said by its kind: not the last zone's
        ("全区签约项目", ""),  # the whole's again
    ],
)
def test_opening_place(words: str, want: str | None) -> None:
    from gxreport.importers.text import names

    assert names.opening_place(words, ("乙市",), ("乙市", "甲县")) == want


def test_things_counted_at_a_stage_all_told_or_not_yet_are_of_the_things_before() -> None:
    # In the shape of https://hfjyddjzmc.com/html/.zhengwuzdxm.201711t20171108_2035652.html:
    # 共开工 (all told) and 未开工项目 (those not started) count the projects just counted, and
    # what is spent after them is of all those projects.
    got = indicators(
        "截至9月底，全县重点项目86个，共开工71个，未开工项目15个，开工率82.6%，完成投资45.2亿元。"
    )
    assert set(got) == {"重点项目", "重点项目已开工", "重点项目未开工", "重点项目投资"}
    started = got["重点项目已开工"]
    assert started.actual == Decimal("71")  # type: ignore[attr-defined]
    assert started.stated.share.text == "82.6%"  # type: ignore[attr-defined]
    assert got["重点项目未开工"].actual == Decimal("15")  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("已开工重点项目", "重点项目已开工"),
        ("未开复工旗级重点项目", "旗级重点项目未开复工"),
        ("重点项目开工", "重点项目已开工"),
        ("重点项目未开工项目", "重点项目未开工"),
        ("建成投用项目", "建成投用项目"),  # one stage of two words
        ("已开工项目", "已开工项目"),  # projects of no list
    ],
)
def test_a_count_at_a_stage_has_one_form(name: str, want: str) -> None:
    from gxreport.importers.text.names import standard_form

    assert standard_form(name) == want


def test_each_numbered_section_owns_the_counts_of_its_projects_by_stage() -> None:
    # In the shape of https://hfjyddjzmc.com/html/.zhengwuzdxm.201711t20171108_2035652.html:
    # one numbered section per list of projects (a size class among its words, with a
    # hyphen), each counting its new and continuing projects by their stage alone.
    got = indicators(
        "一、县级5000万元-2亿元重点项目推进情况\n"
        "全年列入县级5000万元-2亿元重点项目36项，新建项目20项，续建项目16项；总投资52.6亿元。"
        "截至9月底，共开复工30项，未开复工6项，完成投资18.4亿元。\n"
        "二、乡镇重点项目推进情况\n"
        "全年列入乡镇重点项目48项，新建项目31项，续建项目17项。"
    )
    county = "县级5000万元-2亿元重点项目"
    assert set(got) == {
        county,
        f"{county}新建项目",
        f"{county}续建项目",
        f"{county}总投资",
        f"{county}已开复工",
        f"{county}未开复工",
        f"{county}投资",
        "乡镇重点项目",
        "乡镇重点项目新建项目",
        "乡镇重点项目续建项目",
    }
    assert got[f"{county}新建项目"].actual == Decimal("20")  # type: ignore[attr-defined]
    assert got["乡镇重点项目新建项目"].actual == Decimal("31")  # type: ignore[attr-defined]
    assert got[f"{county}投资"].actual == Decimal("18.4")  # type: ignore[attr-defined]


def test_an_output_said_alone_after_a_crops_area_is_that_crops() -> None:
    # In the shape of http://m.hqbet6098.com/zfxxgk/fdzdgknr/tjxx/1651147889510850562.html:
    # the crop named with its area only, then 产量 alone.
    got = indicators(
        "上半年，全县油菜播种面积12.6万亩，产量1.9万吨，增长3.3%；"
        "茶叶种植面积8.4万亩，产量达到1860吨。"
    )
    assert set(got) == {"油菜播种面积", "油菜产量", "茶叶种植面积", "茶叶产量"}
    rape = got["油菜产量"]
    assert rape.actual == Decimal("1.9") and rape.stated.yoy.text == "增长3.3%"  # type: ignore[attr-defined]
    assert got["茶叶产量"].actual == Decimal("1860")  # type: ignore[attr-defined]


def test_what_was_done_after_a_period_alone_is_of_what_the_sentence_before_measured() -> None:
    # In the shape of
    # http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2017-08/01/content_5215261.htm:
    # the month's investment said by its verb and measure alone after the half-year's.
    snapshot = drafted(
        "全市重点工程上半年完成投资862.5亿元，完成率41.2%。\n"
        "6月当月，完成投资301.6亿元，占全年计划的14.4%。"
    )[1]
    done = {i.actual: i for i in snapshot.indicators}
    assert {i.name for i in done.values()} == {"重点工程投资"}
    assert done[Decimal("301.6")].stated.completion.text == "14.4%"  # type: ignore[union-attr]


def test_funds_said_after_a_period_alone_are_not_of_the_sentence_before() -> None:
    # …but a measure printed as a name of its own, with no verb of what was done
    # (2023年累计到位资金…), is the whole's, not the projects' just counted.
    got = indicators(
        "前9个月，全市新签约招商引资项目130个，开工项目112个，到位资金210亿元。"
        "2023年累计到位资金305亿元。"
    )
    assert got["到位资金"].actual == Decimal("305")  # type: ignore[attr-defined]


def test_the_citys_core_named_once_owns_the_counts_of_the_sentence_after() -> None:
    # In the shape of
    # http://xcszjj.xuchang.gov.cn/gzdt/20210708/10c27b20-68ae-423d-8c17-90f6a39e7473.html:
    # the city's core counted first, then its projects at each stage by their stage alone.
    got = indicators(
        "其中，主城区谋划实施城市更新项目120个，概算总投资860.5亿元，年度计划投资210.3亿元。"
        "截至目前，在建项目80个，竣工项目16个，开工率80%，完成投资118.6亿元，"
        "占年度计划的56.4%。"
    )
    assert got["主城区在建项目"].actual == Decimal("80")  # type: ignore[attr-defined]
    assert got["主城区竣工项目"].actual == Decimal("16")  # type: ignore[attr-defined]
    assert got["主城区已开工项目"].stated.share.text == "80%"  # type: ignore[attr-defined]
    spent = got["主城区城市更新项目投资"]
    assert spent.actual == Decimal("118.6") and spent.target == Decimal("210.3")  # type: ignore[attr-defined]
    assert spent.stated.completion.text == "56.4%"  # type: ignore[attr-defined]


def test_a_list_of_parts_ends_at_a_semicolon_and_the_whole_owns_what_follows() -> None:
    # In the shape of http://qhjssh.com/newsshow.asp?id=228: projects counted, then 其中
    # their parts by kind; after the semicolon the funds are of all of them, not of the last
    # kind. One part alone (其中亿元以上项目…；计划总投资…) is what follows it.
    got = indicators(
        "截至6月底，全县招商引资开工项目120个，其中工业项目40个，农业项目25个，商贸项目55个；"
        "累计实现到位资金36.5亿元，完成年度目标任务的52.1%。"
    )
    funds = got["招商引资开工项目到位资金"]
    assert funds.actual == Decimal("36.5")  # type: ignore[attr-defined]
    assert funds.stated.completion.text == "52.1%"  # type: ignore[attr-defined]
    assert "商贸项目到位资金" not in got
    got = indicators("全县在建项目410个，其中亿元以上项目96个，同比增加12个；计划总投资820.4亿元。")
    assert got["亿元以上在建项目计划总投资"].actual == Decimal("820.4")  # type: ignore[attr-defined]


def test_an_average_size_of_investment_is_of_the_things_counted() -> None:
    # In the shape of http://app.chuzhou.cn/print.php?contentid=278246: projects started,
    # counted, their total investment, then their average size by its measure alone.
    got = indicators("全县新开工5000万元以上项目46个，总投资82.8亿元，平均投资规模1.8亿元。")
    average = got["新开工5000万元以上项目平均投资规模"]
    assert average.actual == Decimal("1.8")  # type: ignore[attr-defined]


def test_what_projects_put_in_before_the_year_is_no_figure_of_the_years_investment() -> None:
    # In the shape of https://hfjyddjzmc.com/html/.zhengwuzdxm.201711t20171108_2035652.html:
    # the projects' total to the end of last year, then this year's plan and what was done.
    _, snapshot = drafted(
        "2024年，列入县级重点项目30项，总投资96.5亿元，截至2023年底累计完成投资41.2亿元，"
        "本年度计划投资22.8亿元。截至目前，完成投资12.6亿元，完成投资目标的55.3%。",
        year=2024,
    )
    got = {i.name: i for i in snapshot.indicators}
    assert got["县级重点项目累计完成投资"].actual == Decimal("41.2")  # type: ignore[attr-defined]
    year = got["县级重点项目投资"]
    assert year.target == Decimal("22.8") and year.actual == Decimal("12.6")  # type: ignore[attr-defined]
    assert year.stated.completion.text == "55.3%"  # type: ignore[attr-defined]


def test_a_rate_of_a_stage_with_no_count_at_it_is_of_those_at_the_stage() -> None:
    # In the shape of https://www.cinic.org.cn/xy/zs/123904.html: the projects counted, then
    # the share of them started with no count of those started: the share is of 已开工 ones.
    got = indicators("上半年，全县新签约项目28个，协议资金96.4亿元。新签约项目中，开工率达82.1%。")
    assert got["新签约项目已开工"].stated.share.text == "82.1%"  # type: ignore[attr-defined]
    assert got["新签约项目"].actual == Decimal("28")  # type: ignore[attr-defined]


def test_a_zone_said_by_its_kind_is_no_place_of_the_report() -> None:
    # In the shape of http://www.abcjf.cn/html/news/taixing/2008/0214/7558.html: 经济开发区 is
    # named by its kind, not by a place; it is a part of the city's figures, not the
    # report's own place, and stays in the names of its figures.
    got = indicators(
        "2023年，全市工业开票销售收入820亿元。其中经济开发区实现开票销售收入312亿元，"
        "占全市总量的38%。经济开发区实际利用外资1.2亿美元。"
    )
    assert set(got) == {"工业开票销售收入", "经济开发区开票销售收入", "经济开发区实际利用外资"}
    assert got["经济开发区开票销售收入"].stated.share.text == "38%"  # type: ignore[attr-defined]
