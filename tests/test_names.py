"""Indicator names as extract reads them: the words before a figure without what is no part
of the name (a place or 'this place', a verb that puts the indicator on a list or in hand, a
word of estimate or sum after it). Each sentence is written for its rule, in the shape of the
reports cited."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from conftest import drafted, parse
from gxreport.importers.text import extract, names


def named(text: str, year: int = 2023) -> dict[str, object]:
    return {i.name: i for i in drafted(text, year)[1].indicators}


LEAD_INS = [
    # 'this place' before the indicator: https://szb.ismx.cn/smxrb/html/2025-08/04/content_845511.htm,
    # https://www.gangcha.gov.cn/html/2172/104265.html, http://m.news.wmxa.cn/n/201604/315237.html
    ("上半年，该县地区生产总值同比增长5.2%。", "地区生产总值"),
    ("1-6月，我州共集中签约招商项目23个。", "集中签约招商项目"),
    ("1-3月，园区实现工业总产值21.4亿元，同比增长7.7%。", "工业总产值"),
    # a verb that puts indicators on a list or in hand:
    # http://www.hanzhong.gov.cn/hzszf/zwgk/zdjsxm/201809/t20180919_538245.shtml,
    # https://code.fabao365.com/law_588623_2.html, http://120.194.211.226/contents/1033/15493.html,
    # http://czt.gd.gov.cn/cstzgg/content/post_165886.html,
    # https://www.qinan.gov.cn/info/10882/375331.htm, http://hmzj666.com/sichuan/info/149480.html,
    # https://www.bjq.gov.cn/qdmz/tzbj/zsyzsj/202401/t20240124_86096331.html
    ("今年我市列入省级重点项目共21个。", "省级重点项目"),
    ("2023年安排全市重点建设项目520项。", "重点建设项目"),
    ("1-6月，落实5亿元以上农产品加工项目9个。", "5亿元以上农产品加工项目"),
    ("1-6月，建设800亩以上蔬菜基地12个。", "800亩以上蔬菜基地"),
    ("2022年计划实施千万元以上重点项目64个。", "千万元以上重点项目"),
    # 谋划实施 (planned and under way) puts projects in hand:
    # http://xcszjj.xuchang.gov.cn/gzdt/20210708/10c27b20-68ae-423d-8c17-90f6a39e7473.html
    ("2023年，全县谋划实施乡村振兴示范项目142个。", "乡村振兴示范项目"),
    ("此外，加上代发工资支出15320万元。", "代发工资支出"),
    ("1-5月，累计办理集中支付业务4215笔。", "集中支付业务"),
    # 明确 (made plain) puts tasks on the year's list; the tasks are named after their count:
    # https://www.ahjinzhai.gov.cn/public/6596281/38062166.html
    ("今年《工作要点》明确68项重点工作。", "重点工作"),
    ("全年明确民生实事项目12个。", "民生实事项目"),
    ("1-5月，全镇创旅游收入3.25亿元。", "旅游收入"),
    ("上半年，全县共有签约项目45个。", "签约项目"),
    ("2023年，我县完成情况(包括经开区)签约项目37个。", "签约项目"),
    # words of estimate, sum or concession after the name:
    # http://www.hongzhai.cn/jingmeisanwen/2021/0225/40925.html,
    # http://www.ruyuan.gov.cn/zwgk/tjxx/content/post_2243237.html
    ("上半年，全区商品销售总额预计完成80亿元。", "商品销售总额"),
    ("上半年，预计完成工业投资共计26亿元，同比增长18%。", "工业投资"),
    ("1-5月，建筑业总产值预计同比下降3.5%。", "建筑业总产值"),
    ("上半年，两县一区工业增加值虽然增长4.5%，但增幅回落。", "两县一区工业增加值"),
    # how a growth is measured is not what grew (按可比价计算, 同口径, 与去年同期相比):
    # http://dsnews.zjol.com.cn/dsnews/system/2025/08/01/035018506.shtml,
    # http://www.fl.gov.cn/bm/tjj/zwgk_46564/tjxxbf/sjjd/202511/t20251103_15134696.html
    ("上半年，全县实现地区生产总值88.6亿元，按可比价计算同比增长5.3%。", "地区生产总值"),
    ("1-9月，全区税收收入21.3亿元，同口径下降4.4%。", "税收收入"),
    ("上半年，工业总产值95亿元，与去年同期相比增长12.2%。", "工业总产值"),
    # the same said short after the name (可比价), and 共 before the verb inside a name (共完成):
    # https://tljq.gov.cn/openness/OpennessContent/show/1121315.html
    ("1-9月，全县建材工业增加值可比价增长3.6%。", "建材工业增加值"),
    ("上半年，限上批发零售企业共完成销售额12.4亿元，同比增长6.1%。", "限额以上批发零售企业销售额"),
    # 共 before other verbs of a sum (共到位): http://20fsw.com/html/articleshow-81338.html
    ("1-9月，全县工业项目共到位资金18.6亿元，同比增长12.5%。", "工业项目到位资金"),
    # 总的 (all told) inside a name: http://qhjssh.com/newsshow.asp?id=228
    ("截止9月底，全县招商引资总的签约项目86个。", "招商引资签约项目"),
    # …but 总 ending a word before 的 (汇总的, 统总的) is that word's, not "all told".
    ("截止9月底，各乡镇汇总的签约项目86个。", "乡镇汇总的签约项目"),
    # the year's end before the name, and a rate held at (控制在) after it:
    # http://www.abcjf.cn/html/news/taixing/2010/0113/19034.html
    ("年末全县城镇登记失业率控制在3.2%。", "城镇登记失业率"),
    # the month is a period (本月完成财政支出): https://www.tianshui.gov.cn/jkq/info/1912/135482.htm
    ("本月完成财政支出7350万元，较上年同月多支1200万元，增长19.5%。", "财政支出"),
    # 其他 is a word, not 其 + 他: http://www.guzhen.gov.cn/sjtj/tjyb/81158351.html
    ("分经济类型看，其他经济类型企业增长6.4%。", "其他经济类型企业"),
    # who, summed or before the period, is not what (“三园一区”共完成…, 省属企业上半年…):
    # http://www.abcjf.cn/html/news/taixing/2008/0214/7558.html,
    # http://sxworker.com/xinwen/sx/2017-08-02/51713.html
    ("2022年“三园一区”共完成外贸进出口额12.5亿美元。", "进出口总额"),
    ("记者获悉，省属企业上半年完成营业收入862.4亿元。", "营业收入"),
    # a rank before a name, and where a figure is counted among, are not what:
    # http://www.changzhou.gov.cn/ns_news/323151116772529,
    # https://www.fanchang.gov.cn/sjfb/tjgb/12037029.html
    ("从行业看，第一大行业电子行业完成投资520.3亿元。", "电子行业投资"),
    ("上半年，规模以上工业中高新技术产业完成产值186.5亿元。", "高新技术产业产值"),
    # the bureau's own name of investment is investment:
    # http://www.ruyuan.gov.cn/zwgk/tjxx/content/post_2243237.html
    ("1-5月，固定资产投资完成额同比增长4.1%。", "固定资产投资"),
    # whose figures and on what basis, before the name (各运行电厂按合并报表口径售电量):
    # http://stock.3news.cn/ghkstock/2021/0728/560757.html
    ("上半年，境内各风电场按权益口径发电量为86.3亿千瓦时。", "发电量"),
    # and the output of farming by its statistical name, as printed short:
    # https://youyang.gov.cn/bmjz_sites/bm/tjj/zwgk_104134/fdzdgknr_104136/tjxx/jjyxqk/202505/t20250522_14646961.html,
    # https://71584.cn/yuanling/c108871/202011/375661bd509d4f249b4616824e88f241.shtml
    ("上半年，实现农林牧渔总产值12.3亿元。", "农林牧渔业总产值"),
    ("上半年，实现农林牧渔业产值12.3亿元。", "农林牧渔业总产值"),
    # what was actually achieved, and a cost held under its ceiling, are the figure's verbs:
    # http://5p9vjchr7weadzq.com/news/member-news/14640.html
    ("截至6月底，公司实际实现净利润860万元。", "净利润"),
    ("上半年，销售费用控制在38万元以内。", "销售费用"),
    # the period's end (期末) and what may be reached (可实现) are no part of the name:
    # http://www.czwzw.com/html/tzcz/8397.html, https://www.xiaomilidoc.com/p-509120.html
    ("1-10月，期末城镇调查失业率5.1%。", "城镇调查失业率"),
    ("据测算，1-6月全县可实现地区生产总值46.2亿元，比上年同期增长8.3%。", "地区生产总值"),
    # 从事 (engaged in) is a verb before what the firms do, not the start of a name:
    # http://www.suizhou.gov.cn/zt/zwzt/lszt/xxsbdzcxyj/202001/t20200104_630849.shtml
    ("截至6月底，全县从事跨境电商企业达27家。", "跨境电商企业"),
    # 超 before a figure is a floor, no part of the name (the shape of
    # http://m.szweitang.cn/dujia/zixun/20220805/47658.html):
    ("1-6月，全县盘活存量土地超3000亩。", "盘活存量土地"),
]


@pytest.mark.parametrize(("sentence", "name"), LEAD_INS, ids=[s[1] for s in LEAD_INS])
def test_lead_in_words_are_no_part_of_the_name(sentence: str, name: str) -> None:
    assert set(named(sentence)) == {name}, sentence


_VERB_LIKE = ["实施类项目", "创新创业孵化载体", "建设用地", "其他收入", "实际利用外资"]
_VERB_LIKE += ["实际到位资金", "建成项目", "新建成项目"]
# 再生 (recycled) and 建成投产/建成投运 (a stage) are words of a name: http://xiaoxianw.com/xczx/sj/11176.html,
# http://yn.touzi888.net/news/view.html?id=6938
_VERB_LIKE += ["再生资源产业", "建成投产企业", "建成投运项目"]


@pytest.mark.parametrize("name", _VERB_LIKE)
def test_names_that_begin_like_a_verb_are_kept(name: str) -> None:
    # kept whole, in the one form of what they name (实际到位资金 is 到位资金: funds in place)
    assert names.clean(name) == names.standard_form(name)
    assert len(names.clean(name)) >= len(name) - 2


def test_projects_built_are_a_stage_and_building_is_a_verb() -> None:
    # In the shape of
    # http://www.hanzhong.gov.cn/hzszf/zwgk/zdjsxm/201809/t20180919_538245.shtml: projects by
    # stage, the built ones with what they put in against the year's plan.
    got = named(
        "1-9月，其中98个续建项目完成投资210.5亿元，占年度计划的71%；"
        "36个建成项目完成投资18.2亿元，占年度计划的88%。全年新建成5G基站1200个。"
    )
    assert got["建成项目"].actual == 36  # type: ignore[attr-defined]
    assert got["建成项目投资"].stated.completion.text == "88%"  # type: ignore[attr-defined]
    assert got["5G基站"].actual == 1200  # type: ignore[attr-defined]


def test_projects_planned_and_under_way_are_done_and_the_years_plan_is_not() -> None:
    # 谋划实施 of a year gone by counts projects in hand, and what they cost is theirs
    # (http://xcszjj.xuchang.gov.cn/gzdt/20210708/10c27b20-68ae-423d-8c17-90f6a39e7473.html);
    # 全年谋划 is what the year is to bring (http://te-ch.tech/news/show-61073.html).
    got = named(
        "2022年，全区谋划实施城市更新项目215个，概算总投资731.4亿元，年度计划投资96.5亿元。"
    )
    roles = {n: (ind.actual, ind.target) for n, ind in got.items()}  # type: ignore[attr-defined]
    assert roles == {
        "城市更新项目": (215, None),
        "城市更新项目概算总投资": (Decimal("731.4"), None),
        "城市更新项目投资": (None, Decimal("96.5")),
    }
    assert named("全年谋划实施产业项目88个。") == {}


def test_the_verb_of_a_change_is_no_indicator() -> None:
    # In the shape of http://www.lukou.gov.cn/c18753/20200703/i1539799.html and
    # http://www.czjxsdjg.com/content/2012/10/30/8523425.html: 增加/减少/多完成 an amount, then
    # the growth; both are the figure's before them.
    got = named(
        "其中：契税完成2150万元，增加310万元，增长16.8%；耕地占用税完成640万元，减少25万元，"
        "下降3.8%。重点项目完成投资12.6亿元，比去年同期多完成2.1亿元，同比增长20%。"
    )
    assert set(got) == {"契税", "耕地占用税", "重点项目投资"}
    yoy = {name: ind.stated.yoy.text for name, ind in got.items()}  # type: ignore[attr-defined]
    assert yoy == {"契税": "增长16.8%", "耕地占用税": "下降3.8%", "重点项目投资": "增长20%"}


def test_the_aims_of_two_events_are_each_their_own() -> None:
    # In the shape of the seed article (examples/zhengzhou-gaoxin-2022-h1.txt): two events, each
    # with its aims; the count after the second is the second's, not the first's said again.
    got = named(
        "今年农博会力争总签约金额突破80亿元，项目签约个数突破30个；"
        "茶博会力争总签约金额突破12亿元，项目签约个数突破30个。"
    )
    assert {n: i.stretch for n, i in got.items()} == {  # type: ignore[attr-defined]
        "农博会总签约金额": 80,
        "农博会项目签约个数": 30,
        "茶博会总签约金额": 12,
        "茶博会项目签约个数": 30,
    }


def test_the_place_a_report_names_without_the_words_around_it() -> None:
    # In the shape of http://epaper.sxrb.com/shtml/sxjjrb/20240810/1001879.shtml: the city is
    # named after 从 and 年, never alone; 位居全市 and 增速全市 are no places.
    text = (
        "记者从临河市统计局了解到，上半年临河市经济运行平稳。\n"
        "上半年，临河市地区生产总值完成512.3亿元，同比增长4.1%，增速位居全市第2位。\n"
        "规模以上工业增加值增长5.2%，增速全市第3位。"
    )
    assert names.main_place(text) == "临河市"
    assert "地区生产总值" in named(text)
    around = "增速位居全市第2位；增速位居全市第3位；产值占全市的12%，占全市的9%。"
    assert names.main_place(around) is None
    # A verb that puts things on a level's list (列入市级, 纳入县级) is no place: in the shape
    # of https://hfjyddjzmc.com/html/.zhengwuzdxm.201711t20171108_2035652.html.
    listed = "列入市级重点项目12项，纳入县级重点项目30项；列入市级调度的项目12项。"
    assert names.places(listed) == ()


def test_a_place_named_once_in_full_and_once_short_is_the_report_s_place() -> None:
    # In the shape of http://hyxw.com.cn/redianjujiao/3215.html: the county is named in full
    # once, and short where a phrase opens; a word that only ends like a place is none.
    text = (
        "今年上半年，平利稳中求进，经济运行持续向好。\n"
        "上半年平利县生产总值为48.6亿元，同比增长6.2%。"
    )
    assert names.main_place(text) == "平利县"
    assert "地区生产总值" in named(text)
    assert names.main_place("全年招商引资州外到位资金12亿元，招商引资成效明显。") is None


def test_a_stray_space_between_a_name_and_its_verb_keeps_the_name() -> None:
    # In the shape of http://qualipso.org/ifr6tp/detail.aspx?id=20200729151921-595828-00-000
    # (written anew): a space the page left before 增长 starts no new phrase, so the growth is
    # the name's and not the one before it.
    text = "工业运行\n五大重点产业产值增长2.4%。其中：智能装备产业增长9.5%，生物医药产业 增长6.2%。"
    yoy = {n: i.stated.yoy.text for n, i in named(text).items()}  # type: ignore[attr-defined]
    assert yoy["生物医药产业产值"] == "增长6.2%"
    assert yoy["智能装备产业产值"] == "增长9.5%"


def test_who_set_a_target_and_for_when_is_no_name() -> None:
    # In the shape of http://guanshanhu.gov.cn/GSHGOV/F/czygs/129488.shtml: 市下 (set by the
    # city) and the year's or a quarter's target words name no indicator of their own.
    got = drafted(
        "1-9月，全县税收收入完成12.6亿元，为人大预算数20亿元的63%，"
        "为市下三季度目标12亿元105%，为市下全年目标24亿元的52.5%。",
        2023,
    )[1].indicators
    assert {i.name for i in got} == {"税收收入"}


def test_a_zone_is_counted_whole() -> None:
    # 包括铜仁高新区 (https://www.bjq.gov.cn/qdmz/tzbj/zsyzsj/202401/t20240124_86096331.html):
    # the zone, not its last three characters.
    text = "全区(包括安顺高新区)签约项目52个，其中安顺高新区签约项目20个。"
    assert names.places(text) == ("安顺高新区",)


@pytest.mark.parametrize(
    ("sentence", "name", "count"),
    [
        # http://www.hanzhong.gov.cn/hzszf/zwgk/zdjsxm/201809/t20180919_538245.shtml
        ("其中，45个前期项目有序推进。", "前期项目", 45),
        # http://sd.sdnews.com.cn/yw/202105/t20210518_2906770.htm
        ("截至5月底，300个省重点项目开工210个，完成投资618亿元。", "省重点项目", 300),
        # https://gx-cm.com/www/zwgk/fdxxgknr/zdxm/202110/t20211018_1834042
        ("其中，85个新开工项目已开工62个。", "新开工项目", 85),
        # https://fensifuwu.com/emotion/me/2f268907d1f1201c68cdefad0183fdd4.html
        ("其中，8个省级技改示范项目全部完工。", "省级技改示范项目", 8),
        # A、B等N个things: the things counted follow the number, not the names listed before
        # it; what they measure is no part of their name: http://m.news.wmxa.cn/n/201604/315237.html
        ("全镇负责的云岭药业、东港冷链基地等7个县重点项目总投资18.3亿元。", "县重点项目", 7),
    ],
)
def test_what_counted_things_do_is_no_part_of_their_name(
    sentence: str, name: str, count: int
) -> None:
    assert named(sentence)[name].actual == count  # type: ignore[attr-defined]


def test_a_part_measured_as_its_whole_has_a_share_not_a_name_with_share_in_it() -> None:
    # In the shape of http://liulin.gov.cn/zjll/lljf2/tjsjj/202409/t20240909_1895482.shtml: after
    # the whole's growth, each industry's 占比 is its share of the whole, and the growth after it
    # is the industry's.
    got = named(
        "上半年，全市规模以上工业增加值同比增长6.2%。分行业看，化学原料制造业增加值占比达41.5%，"
        "同比增长8.3%，特别是电子设备制造业占比为22.4%，同比增长12.1%。"
    )
    rates = {
        name: (ind.stated.share.text, ind.stated.yoy.text)  # type: ignore[attr-defined]
        for name, ind in got.items()
        if ind.stated and ind.stated.share  # type: ignore[attr-defined]
    }
    assert rates == {
        "化学原料制造业增加值": ("41.5%", "增长8.3%"),
        "电子设备制造业增加值": ("22.4%", "增长12.1%"),
    }


def test_a_count_of_enterprises_is_not_what_they_produce() -> None:
    # In the shape of http://fzmq.gov.cn/xjwz/zwgk/tjxx/tjjd/201707/t20170705_1372399.htm: after
    # a sentence on 产值, a count of 企业 is no 产值 of theirs.
    got = named(
        "上半年，全县工业总产值完成86亿元。全县资质内建筑企业85家，完成建筑业总产值160.2亿元。"
    )
    assert got["资质内建筑企业"].actual == 85  # type: ignore[attr-defined]


def test_a_task_handed_down_is_the_target_of_what_it_names() -> None:
    # In the shape of http://hmzj666.com/sichuan/info/149480.html: who handed the task down and
    # 现已 are no part of the name; the target is that name's, not a like-named one's before it.
    got = named(
        "上半年，开工项目16个，开工率80%。"
        "2023年市上下达我县新落地亿元以上项目任务12个，现已完成9个，完成市上任务的75%。"
    )
    new = got["新落地亿元以上项目"]
    assert (new.target, new.actual, new.stated.completion.text) == (12, 9, "75%")  # type: ignore[attr-defined]
    assert got["开工项目"].target is None  # type: ignore[attr-defined]


def test_the_name_of_a_trade_holds_its_commas() -> None:
    # In the shape of https://youyang.gov.cn/bmjz_sites/bm/tjj/zwgk_104134/fdzdgknr_104136/tjxx/jjyxqk/202505/t20250522_14646961.html,
    # http://www.handmsg.com/page/2016/0514/8631699.shtml and
    # https://www.hhky.gov.cn/info/5701/419422.htm: a section of the industry classification
    # is one name, its 、 no list comma; a list of trades is still cut between them.
    got = named(
        "上半年，电力、热力、燃气及水生产和供应业增加值下降6.2%。"
        "交通运输、仓储和邮政业投资增长21%，水利、环境和公共设施管理业投资增长9%。"
        "规模以上电力、热力及水生产供应业增加值增长3.5%。"
    )
    assert set(got) == {
        "电力、热力、燃气及水生产和供应业增加值",
        "交通运输、仓储和邮政业投资",
        "水利、环境和公共设施管理业投资",
        "规模以上电力、热力及水生产供应业增加值",
    }
    listed = named("1-5月，交通运输、仓储和邮政业、建筑业投资分别增长12.4%、7.5%。")
    assert {n: i.stated.yoy.text for n, i in listed.items()} == {  # type: ignore[attr-defined]
        "交通运输、仓储和邮政业投资": "增长12.4%",
        "建筑业投资": "增长7.5%",
    }


def test_all_revenue_is_a_name_and_all_done_is_not() -> None:
    # In the shape of http://district.ce.cn/newarea/roll/201607/09/t20160709_13663397.shtml:
    # 全部财政收入 and 全部工业 are what the statistics call them; 全部 before a verb is how many.
    got = named(
        "上半年，全县全部财政收入完成12.6亿元，同比增长5.1%。1-5月，全部工业增加值增长6.3%。"
        "其中，12个市级重点项目全部完工。"
    )
    assert set(got) == {"全部财政收入", "全部工业增加值", "市级重点项目"}


def test_a_name_holds_both_marks_of_a_pair_or_neither() -> None:
    # In the shape of https://159sucan.com/ShowInfo.aspx?id=157667,
    # http://datalyticsgroup.com/zwgk/zdgkxx/czzj/zfyjsgk/zfysgk/202409/t20240924_3084319.htm and
    # http://stock.3news.cn/ghkstock/2021/0728/560757.html: a quoted group keeps both quotes,
    # an aside left open by the words cut after it goes, a document's title is no name.
    got = named(
        "1-9月，“民生实事”项目完成投资6.3亿元，每股净资产(不含永续债及其他权益工具)为人民币3.82元。"
        "《实施方案》确定重点项目42个。"
    )
    assert {n: i.actual for n, i in got.items()} == {  # type: ignore[attr-defined]
        "“民生实事”项目投资": Decimal("6.3"),
        "每股净资产": Decimal("3.82"),
        "重点项目": 42,
    }


def test_one_number_printed_twice_in_a_sentence_is_two_figures() -> None:
    # In the shape of https://159sucan.com/ShowInfo.aspx?id=157667 and
    # http://hmzj666.com/sichuan/info/149480.html: two groups of like names with the same count.
    got = named("截至6月底，“招商一批”项目3个，“引进一批”项目3个，“投产一批”项目5个。")
    assert {n: i.actual for n, i in got.items()} == {  # type: ignore[attr-defined]
        "“招商一批”项目": 3,
        "“引进一批”项目": 3,
        "“投产一批”项目": 5,
    }


def test_what_an_aside_lists_is_no_list_of_names() -> None:
    # In the shape of http://m.airmangenerator.com/zsyz/zcfg/11258985811.html: a bracket after
    # the name says what it holds, its 、 no comma between names.
    got = named(
        "上半年，新增入库项目(5000万元以上工业项目、1亿元以上服务业项目)58个，其中工业项目40个。"
    )
    assert {n: i.actual for n, i in got.items()} == {  # type: ignore[attr-defined]
        "新增入库项目": 58,
        "工业项目": 40,
    }


def test_a_city_said_short_is_the_same_city() -> None:
    # In the shape of http://m.4fhk.cn/content/2017-09/30/content_224998.htm: the city is named
    # 柳州 as often as 柳州市, and its 市 is no part of what it counts.
    got = named(
        "2023年柳州招商引资成效明显。记者从柳州市投资促进局获悉，上半年柳州市引进区外投资项目86个。"
    )
    assert set(got) == {"引进区外投资项目"}


def test_only_and_but_are_no_part_of_a_name() -> None:
    # In the shape of http://www.changzhou.gov.cn/ns_news/323151116772529: 只, 仅 and 但 say how
    # little, not who.
    got = named("1-6月，其中东坪区只完成全年目标的41.2%，但北山县仅完成全年目标的38.6%。")
    assert set(got) == {"东坪区", "北山县"}


def test_two_words_that_share_a_noun_name_one_count() -> None:
    # In the shape of http://www.abcjf.cn/html/news/taixing/2010/0113/19034.html: 改建、新建 share
    # the bridges they count; a list with 分别 still gives each name its figure.
    got = named("上半年，改建、新建乡村公路桥梁46座，新增、续建招商项目共计38项。")
    assert {n: i.actual for n, i in got.items()} == {  # type: ignore[attr-defined]
        "改建、新建乡村公路桥梁": 46,
        "新增、续建招商项目": 38,
    }
    listed = named("1-5月，税收、非税收入分别增长8%、5%。")
    assert set(listed) == {"税收收入", "非税收入"}


def test_projects_in_hand_inside_a_name_are_the_projects() -> None:
    # In the shape of http://xcszjj.xuchang.gov.cn/gzdt/20210708/10c27b20-68ae-423d-8c17-90f6a39e7473.html:
    # after the part of the city, 谋划实施 and 共实施 say the projects are in hand, not what.
    got = named("2022年，东城片区谋划实施城市更新项目86个，西城片区共实施城市更新项目40个。")
    assert set(got) == {"东城片区城市更新项目", "西城片区城市更新项目"}


def test_all_kinds_of_inside_a_name_is_no_part_of_it() -> None:
    # In the shape of http://yhg994208.cn/news/qa/2013042419393538769.htm: 各类 says how many
    # kinds, not which.
    got = named("上半年，全镇新增各类市场主体1260户，栽植各类果树12.5万株。")
    assert set(got) == {"新增市场主体", "栽植果树"}


def test_two_words_that_share_a_noun_after_the_place() -> None:
    # In the shape of https://www.gangcha.gov.cn/html/2172/104265.html: the place before the
    # two words is no word of the name, and does not keep them apart.
    assert set(named("1-6月，全州新建、续建文旅项目共计27项。")) == {"新建、续建文旅项目"}


def test_a_count_inside_a_bracket_is_of_the_name_before_it() -> None:
    # In the shape of http://yhser.com/hdxwz/zwgk/wgk/jggk/lsqkgk/content/post_5263735.html: a
    # count in a bracket still open at it is of what the name before the bracket counts.
    got = named("上半年，45宗新建项目(已竣工12宗)，完成投资8.6亿元。")
    assert {n: i.actual for n, i in got.items()} == {  # type: ignore[attr-defined]
        "新建项目": 45,
        "新建项目已竣工": 12,
        "新建项目投资": Decimal("8.6"),
    }


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("如期开工项目", "开工项目"),  # 如期: on schedule, how, not what
        ("如港口吞吐量", "港口吞吐量"),  # 如: "such as", leading into a name
        ("如东县工业投资", "如东县工业投资"),  # a place whose name begins with 如, with its level
        ("如意纺织产值", "如意纺织产值"),  # 如意 is a word, not "such as"
    ],
)
def test_ru_leads_into_a_name_only_where_it_means_such_as(words: str, name: str) -> None:
    assert names.clean(words) == name


def test_a_sum_said_inside_a_name_is_no_part_of_it() -> None:
    # In the shapes of http://20fsw.com/html/articleshow-81338.html (…项目共到位资金) and
    # https://tljq.gov.cn/openness/OpennessContent/show/1121315.html (…企业共完成营业额):
    # 共 says the figure is a sum, not what it is of; 公共 and 一共 keep their characters.
    got = named(
        "1-9月，全区外资项目共到位资金12.6亿元，同比增长8%；"
        "限上批发企业共完成销售额同比增长5.3%；公共服务项目完成投资3.1亿元。"
    )
    assert set(got) == {"外资项目到位资金", "限额以上批发企业销售额", "公共服务项目投资"}


def test_things_named_by_examples_are_the_things() -> None:
    # In the shape of http://enteach.net/webdiceng.php?id=69195: two projects named as examples,
    # then 等 and the kind of project the figure is of; 高等 is a word of its own.
    got = named(
        "上半年，东岭隧道、滨江大道等续建项目完成投资35.6亿元，占年度计划58.2%。"
        "高等职业教育项目完成投资2.4亿元。"
    )
    assert set(got) == {"续建项目投资", "高等职业教育项目投资"}
    assert got["续建项目投资"].stated.completion.text == "58.2%"  # type: ignore[attr-defined]


def test_a_ceiling_is_kept_as_printed_and_marked_for_review(tmp_path: Path) -> None:
    # 控制在…以内 states a bound the figure stayed under, not the figure: the draft keeps the
    # bound as printed and says so (待核), as it does of 约 or 超过.
    path = tmp_path / "r.txt"
    path.write_text("2024年上半年，差旅费用控制在12万元以内。", encoding="utf-8")
    out, _ = extract(path)
    assert "# 待核: “12万元以内” is qualified (以内): a ceiling" in out
    (fee,) = parse(out).indicators
    assert (fee.name, fee.actual) == ("差旅费用", Decimal("12"))


# Wordings that name one indicator, written in one form on both sides (names.STANDARD), so that
# two periods of a series compare: http://www.hongzhai.cn/jingmeisanwen/2021/0225/40925.html,
# https://tcxq.investchn.com/news/detail/id/16119.html,
# http://www.hunan.gov.cn/hnszf/xxgk/zdxm/201408/t20140805_4865520.html,
# https://fensifuwu.com/emotion/me/2f268907d1f1201c68cdefad0183fdd4.html,
# https://www.fanchang.gov.cn/sjfb/tjgb/12037029.html, http://m.news.wmxa.cn/n/201604/315237.html,
# http://xxgk.qinshui.gov.cn/xzf/qsfgj/fdzdgknr/zdxmjsly/zdxmxx/202201/t20220121_1543736.shtml,
# http://www.17zgb.com/news/show-19115.html, http://m.4x4salist.com/lwsj/sjfx/content/post_2477216.html,
# http://szb.jinrifangxian.com/content/2018-11/16/022258.html,
# http://liulin.gov.cn/zjll/lljf2/tjsjj/202409/t20240909_1895482.shtml
ONE_INDICATOR = [
    ("1-9月，规模以上工业企业完成总产值86.3亿元，增长9.4%。", "规模以上工业总产值"),
    ("1-9月，规上工业产值212.7亿元，增长5.1%。", "规模以上工业总产值"),
    ("1-9月，全市58个在建重点项目完成投资311.6亿元，为年计划的71%。", "重点项目投资"),
    ("1-9月，在建市级重点项目完成投资41.2亿元。", "市级重点项目投资"),
    ("1-9月，完成实物工作量13.08亿元。", "实物工作量"),
    ("截至9月底，全区市场主体存量为21478户。", "市场主体"),
    ("1-9月，全县亏损企业数41户。", "亏损企业"),
    ("1-9月，全区在建项目数216个。", "在建项目"),
    ("1-9月，出口额2847万美元，同比增长21.3%。", "出口总额"),
    ("2023年，全县省市县重点工程项目共42项。", "重点工程"),
    ("1-9月，全镇实现税收2.18亿元，增长6.5%。", "税收收入"),
    ("1-9月，纺织服装制造业总产值12.4亿元，增长3.3%。", "纺织服装制造业产值"),
    ("1-9月，城镇常住居民人均可支配收入28416元，增长5.9%。", "城镇居民人均可支配收入"),
    ("1-9月，限额以上消费品零售额9.62亿元，增长8.1%。", "限额以上单位消费品零售额"),
    ("1-9月，猪牛羊禽四种肉产量2846.3吨，增长4.4%。", "猪牛羊禽肉产量"),
    # Funds in place from outside, with 实际 or 引进 or neither (in the shape of
    # http://xianggelila.gov.cn/zwxx/yw/201407/20140707_71212.html), and the budget's spending
    # said with 财政 (http://luoshan.gov.cn/department_news.php?cid=43&id=36940).
    ("1-9月，全市实际到位市外资金48.6亿元，增长7.2%。", "市外到位资金"),
    ("1-9月，实际引进省外到位资金21.3亿元。", "省外到位资金"),
    ("1-9月，全县财政一般公共预算支出16.8亿元，增长3.1%。", "一般公共预算支出"),
    # A class of goods' retail sales with or without 商品, and the firms' industrial figure
    # (https://szb.ismx.cn/smxrb/html/2025-08/04/content_845511.htm?div=-1,
    # https://www.jintan.gov.cn/html/czjt/2019/JFIDQAOP_0708/121337.html).
    ("1-9月，书报杂志类、饮料类商品零售额同比分别增长4.2%、9.8%。", "饮料类零售额"),
    ("1-9月，全县316家规模工业企业累计实现工业开票销售86.4亿元。", "规模以上工业开票销售"),
    # A size class with 的, output at current prices, a balance at the month's end, a period
    # said with 到, a count said with 数量: http://www.abcjf.cn/html/news/taixing/2008/0214/7558.html,
    # https://www.xiaomilidoc.com/p-509120.html, http://www.czwzw.com/html/tzcz/8397.html,
    # http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2017-08/01/content_5215261.htm
    ("1-9月，全区共实施5000万元以上的项目64个。", "5000万元以上项目"),
    ("1-9月，全县现价工业总产值86.2亿元。", "工业总产值"),
    ("9月末，全市金融机构本外币月末贷款余额812.4亿元，增长6.2%。", "金融机构本外币贷款余额"),
    (
        "全县扩面成效明显，到9月底全县养老、医疗、失业保险分别净增8120人、21034人、3310人。",
        "养老保险净增",
    ),
    ("上半年，全市产业转型项目数量为43个。", "产业转型项目"),
    # The budget's revenue said without 一般, deposits and loans said with 各项 (in the shape
    # of https://www.wuhua.gov.cn/xxgk/sjfb/tjfx/content/post_317976.html).
    ("1-9月，全区实现地方公共预算收入3.82亿元，同比增长9.6%。", "地方一般公共预算收入"),
    ("9月末，全县金融机构本外币各项贷款余额96.4亿元。", "金融机构本外币贷款余额"),
    # Foreign trade's value as customs names it (in the shape of
    # http://www.dekahost.com/zwgk/sjfb/gqsj/content/post_9325363.html).
    ("1-9月，全市外贸进出口总值126.5亿元，同比下降3.1%。", "进出口总额"),
    # Retail sales over public networks, the statistical definition of online retail sales
    # (https://public.zhongyuan.gov.cn/D1003X/8874511.jhtml).
    ("1-9月，限额以上单位通过公共网络实现的商品零售额增长12.4%。", "限额以上单位网上零售额"),
]


# A measure printed under another of its names, and the name the statistics bureaus publish it
# by (in the shapes of http://info1.texnet.com.cn/content/2007-11-02/140973.html,
# https://jinshan-sh.com/node/114?page=4,
# http://www.suizhou.gov.cn/zt/zwzt/lszt/xxsbdzcxyj/202001/t20200104_630849.shtml,
# http://big5.china.com.cn/gate/big5/hb.china.com.cn/2020-07/25/content_41232817.htm,
# https://www.wuhua.gov.cn/xxgk/sjfb/tjfx/content/post_317976.html and
# http://www.wjjyp.cn/hygk/jjfz/content/post_4990140.html; the annotations name 出口 and
# 出口总额, 贷款余额 and 金融机构本外币贷款余额 as one measure each).
ONE_MEASURE = [
    ("上半年，全市累计实现合同外资8630万美元，同比增长41%。", "合同利用外资"),
    ("上半年，全区注册协议外资1.27亿美元。", "注册协议利用外资"),
    ("上半年，全市累计吸收外商投资5215万美元，同比增长37%。", "实际利用外资"),
    ("1-9月，全县实际使用外资3410万美元。", "实际利用外资"),
    ("今年，全县夏粮总产4.12万吨，油菜总产6.8万吨。", "夏粮产量"),
    ("今年，全县夏粮总产4.12万吨，油菜总产6.8万吨。", "油菜产量"),
    ("全年粮食总产量36.5万吨，增长2.1%。", "粮食产量"),
    ("1-9月，原国税收入完成5.12亿元，同比增长9.3%。", "国税部门收入"),
    ("1-9月，地税局收入完成3.06亿元，同比增长4.8%。", "地税部门收入"),
    ("9月末，全县贷款余额218.6亿元，增长7.4%。", "金融机构本外币贷款余额"),
    ("9月末，全市本外币存款余额612.3亿元，增长5.2%。", "金融机构本外币存款余额"),
    ("9月末，全市人民币存款余额588.1亿元。", "金融机构人民币存款余额"),
    ("1-9月，外贸出口6120万美元，增长11.2%。", "出口总额"),
    ("1-9月，出口总值4.8亿元，进口1.9亿元。", "进口总额"),
    ("1-9月，全市茶叶累计出口2316万美元，同比增长18.5%。", "茶叶出口额"),
    ("1-9月，全县资质以上建筑业总产值12.4亿元，下降3.2%。", "建筑业总产值"),
    ("今年以来，全镇新建茶园600亩，产茶叶620吨，同比增长5.1%。", "茶叶产量"),
    ("今年以来，全镇发放蚕种3200张，产茧950吨。", "蚕茧产量"),
    ("1-9月，完成主要产品产量：水泥32万吨、石灰石86吨、铁合金2150吨。", "水泥产量"),
    ("1-9月，完成主要产品产量：水泥32万吨、石灰石86吨、铁合金2150吨。", "铁合金产量"),
    ("1-9月，社会消费品零售额18.6亿元，增长6.1%。", "社会消费品零售总额"),
    ("1-9月，全市城镇市场增长5.8%，乡村市场增长7.2%。", "乡村消费品零售额"),
    ("1-9月，全区限额以上社会消费品零售额6.2亿元。", "限额以上单位消费品零售额"),
    ("上半年，公司管理费用总额控制在36万元以内。", "管理费用"),
]


@pytest.mark.parametrize(("sentence", "name"), ONE_MEASURE)
def test_a_measure_printed_under_another_name_takes_its_published_name(
    sentence: str, name: str
) -> None:
    assert name in named(sentence)


# Names the annotations or the bureaus give one measure in several wordings: each pair in one
# form, so that a report's wording and an analyst's meet.
SAME_MEASURE = [
    ("公共财政收入", "一般公共预算收入"),
    ("一般公共财政支出", "一般公共预算支出"),
    ("CPI", "居民消费价格指数"),
    ("居民消费价格总指数", "居民消费价格"),
    ("PPI", "工业生产者出厂价格指数"),
    ("工业生产者购进价格", "工业生产者购进价格指数"),
    ("新增城镇就业人员", "城镇新增就业人数"),
    ("城镇市场", "城镇消费品零售额"),
    ("全社会消费品零售额", "社会消费品零售总额"),
    ("日常费用总额", "日常费用"),
    ("居民人均可支配收入", "全体居民人均可支配收入"),
    ("农民人均可支配收入", "农村居民人均可支配收入"),
    ("城镇居民可支配收入", "城镇居民人均可支配收入"),
    ("城镇社会消费品零售总额", "城镇消费品零售额"),
    ("乡村市场", "乡村消费品零售额"),
    ("社零总额", "社会消费品零售总额"),
    ("固投", "固定资产投资"),
    ("二产投资", "第二产业投资"),
]


@pytest.mark.parametrize(("one", "other"), SAME_MEASURE)
def test_two_wordings_of_one_measure_have_one_form(one: str, other: str) -> None:
    assert names.standard_form(one) == names.standard_form(other)


def test_a_measures_acronym_against_its_amount_is_read() -> None:
    # 实现GDP961.4亿元 (in the shape of the prefecture's release annotated as z04): the
    # figure is the product's; a road's or a pollutant's letters before a number are no
    # figure (G4, PM2.5).
    got = named("某州2023年上半年经济运行\n\n上半年，全州实现GDP512.36亿元，同比增长5.8%。")
    assert got["地区生产总值"].actual == Decimal("512.36")  # type: ignore[attr-defined]
    assert named("上半年，S215省道改建31公里。").keys() == {"S215省道改建"}


def test_the_parts_of_a_regional_product_by_industry_are_their_value_added() -> None:
    # 一产, 二产, 三产 after the product, in the shape of
    # http://info1.texnet.com.cn/content/2007-11-02/140973.html.
    got = named(
        "1-9月全县生产总值完成9.25亿元，增长11.2%。其中：一产2.81亿元，同比增长6.4%；"
        "二产3.02亿元，同比增长15.1%；三产3.42亿元，同比增长10.7%。"
    )
    assert {"第一产业增加值", "第二产业增加值", "第三产业增加值"} <= set(got)
    assert got["第二产业增加值"].actual == Decimal("3.02")  # type: ignore[attr-defined]


def test_only_a_good_produced_by_weight_is_an_output() -> None:
    from gxreport.importers.text import subject

    assert subject.produced("产茶叶", "吨") == "茶叶产量"
    assert subject.produced("生产原煤", "万吨") == "原煤产量"
    # a capacity, a value, a count of goods are no output by weight
    for name, unit in (("产能", "万吨"), ("产值", "万元"), ("产茶叶", "万元"), ("产业", "吨")):
        assert subject.produced(name, unit) == name
    # a good whose name ends as money's measure does (合金) is still a good
    assert "硅锰合金产量" in named("1-9月，主要产品产量：原煤12万吨、硅锰合金3100吨。")
    # what projects put in, with or without 完成; since they began (累计) is another figure
    assert names.standard_form("亿元以上项目完成投资") == "亿元以上项目投资"
    assert names.standard_form("重点项目累计完成投资") == "重点项目累计完成投资"


def test_a_places_national_product_is_its_regional_product() -> None:
    # A county's report that prints 国内生产总值 (in the shape of
    # http://info1.texnet.com.cn/content/2007-11-02/140973.html); the nation's own release
    # keeps the word (test_extract.test_a_statistics_bureau_release).
    got = named("某县2023年前三季度经济运行\n\n1-9月，全县国内生产总值完成12.46亿元，增长8.2%。")
    assert "地区生产总值" in got
    assert "国内生产总值" not in got
    assert names.of_region("人均国内生产总值") == "人均地区生产总值"


def test_other_measures_keep_their_names() -> None:
    # 总产值 is a value, not an output; the nation's deposits in renminbi are no balance of
    # all currencies; 进出口 is the trade as a whole, not its exports; a tax office's figure
    # said with its tax (企业所得税国税征收) is that tax's, not the office's revenue.
    for name in ("农业总产值", "住户储蓄存款余额", "个人所得税国税征收", "一产项目到位资金"):
        assert names.standard_form(name) == name
    assert names.standard_form("人民币贷款余额") != names.standard_form("贷款余额")
    # farmers' net income (纯收入) is another measure than the disposable income
    assert names.standard_form("农民人均纯收入") == "农民人均纯收入"
    assert names.standard_form("外贸进出口") == "进出口总额"
    assert names.standard_form("合同外资") != names.standard_form("实际使用外资")


@pytest.mark.parametrize(("sentence", "name"), ONE_INDICATOR)
def test_wordings_of_one_indicator_are_written_in_one_form(sentence: str, name: str) -> None:
    assert name in named(sentence)


def test_what_those_being_built_count_or_cost_in_all_is_not_what_all_do() -> None:
    got = names.clean("在建重点项目总投资"), names.clean("在建重点项目")
    assert got == ("在建重点项目总投资", "在建重点项目")


def test_a_zone_that_never_names_itself_in_full_is_the_place_its_kind_names() -> None:
    # The shape of http://www.cxs.gov.cn/info/1011/102806.htm: a zone's report that calls
    # itself 高新区 alone; a city's report that names its zones (经开区, 高新区) as parts.
    got = named(
        "今年以来，高新区稳中求进。1-9月，高新区市场主体存量为21478户，"
        "高新区规上工业增加值增长6.1%。"
    )
    assert set(got) == {"市场主体", "规模以上工业增加值"}
    got = named(
        "上半年，运城市规上工业总产值512.6亿元，增长4.1%，其中，经开区产值301.2亿元、增长5.3%，"
        "高新区产值88.4亿元、下降1.2%。运城市固定资产投资增长3.3%。"
    )
    assert {"经开区产值", "高新区产值"} <= set(got)


def test_projects_at_a_stage_are_one_count_with_or_without_yi() -> None:
    # The shape of http://sd.sdnews.com.cn/yw/202105/t20210518_2906770.htm: projects of a
    # kind counted, then how many started (annotated 续建类项目已开工) and the rate.
    said = named("截至9月底，260个续建类项目开工214个，开工率82.3%。")
    assert "续建类项目已开工" in said
    assert names.standard_form("续建类项目开工") == "续建类项目已开工"
    assert names.standard_form("新开工项目") == "新开工项目"


def test_key_works_of_one_or_two_levels_keep_their_levels() -> None:
    assert names.standard_form("省市重点项目投资") == "省市重点项目投资"
    assert names.standard_form("省、市、县重点项目") == names.standard_form("重点项目")


def test_other_output_keeps_its_wording() -> None:
    for name in ("钢铁企业产值", "新材料产业产值", "农业总产值", "建筑业总产值"):
        assert names.standard_form(name) == name
    assert names.standard_form("规模以上工业总产值") == "规模以上工业总产值"


def test_the_own_level_of_a_government_is_a_scope_after_the_name() -> None:
    # In the shape of http://cz.sm.gov.cn/xxgk/tjxx/201807/t20180724_1180501.htm: the whole
    # city's revenue, then the city's own level's.
    got = named(
        "上半年，全市一般公共预算总收入完成51.2亿元，增长8.3%。"
        "上半年，市本级一般公共预算总收入完成18.6亿元，增长11.4%。"
    )
    assert got["一般公共预算总收入"].actual == Decimal("51.2")  # type: ignore[attr-defined]
    assert got["一般公共预算总收入(市本级)"].actual == Decimal("18.6")  # type: ignore[attr-defined]


def test_whose_bare_measure_is_said_before_its_period() -> None:
    # Who, then when, then only what is measured (重点工程上半年完成投资): the measure is theirs.
    # In the shape of http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2017-08/01/content_5215261.htm
    assert "重点工程投资" in named("1-9月，全省重点工程前三季度完成投资412.6亿元，完成率71.2%。")
    # …and a measure that names more stays alone (省国资委监管企业上半年固定资产投资).
    assert "固定资产投资" in named("省国资委监管企业上半年固定资产投资同比增长6.3%。")
    # A heading run into its paragraph, then the period, then the whole's place: the name is
    # what follows the place (in the shape of http://hyxw.com.cn/redianjujiao/3215.html).
    got = named("二、畜牧生产稳中有升上半年全区畜牧业总产值6.21亿元，同比增长3.4%。")
    assert "畜牧业总产值" in got


def test_now_before_a_name_is_no_part_of_it() -> None:
    # In the shape of http://www.lwx.gov.cn/tjxxtjfx/content_3227672.html: 目前 says when the
    # projects are counted, as 截至目前 does, not which.
    assert names.clean("目前全区在建重点项目") == "在建重点项目"
    assert names.clean("目前标准厂房") == "标准厂房"


def test_according_to_is_no_part_of_a_place() -> None:
    # In the shape of https://gwyoo.com/article/zhongjibaogao/gzhb/202107/743644.html: 依据区
    # 人代会目标, said on every line, is no place called 依据区.
    text = "工业投资：增长9%（依据区人代会目标设置）；税收收入：增长5%（依据区人代会目标设置）。"
    assert names.main_place(text) is None
    assert names.main_place("据南河县统计，南河县工业投资增长9%。") == "南河县"


def test_what_is_spent_after_a_count_at_a_stage_is_of_all_those_counted() -> None:
    # 续建项目共92个，年内计划投资…；开工建设80个，累计完成投资…: the stage names the count,
    # not the money, which the year's plan measures for all of them (the shape of
    # https://www.wj.gov.cn/html/czwj/2017/BENMPFPJ_1019/102703.html).
    got = named(
        "续建项目共92个，年内计划投资120.5亿元。至9月底，开工建设80个，开工率为87.0%，"
        "累计完成投资88.1亿元，完成年度计划的73.1%。"
    )
    assert got["续建项目投资"].actual == Decimal("88.1")  # type: ignore[attr-defined]
    assert got["续建项目投资"].target == Decimal("120.5")  # type: ignore[attr-defined]
    assert "开工建设续建项目投资" not in got


def test_industries_after_a_count_of_firms_are_those_firms_of_each_industry() -> None:
    # 新入库规上企业…家，其中工业…家、建筑业…家: counts of firms by industry, not the
    # industries' output; a stage of the firms (亏损企业) stays a name of its own (the shape of
    # http://www.cnheaven.com/xgxxxgk/c116822/202206/188db2af2f0d410eaf221906f25b325e.shtml and
    # https://public.zhongyuan.gov.cn/D1003X/8874511.jhtml).
    got = named("1-9月，全县新入库规上企业41家。其中工业9家、批发和零售业15家。")
    assert got["新入库规上企业(工业)"].actual == Decimal(9)  # type: ignore[attr-defined]
    assert got["新入库规上企业(批发和零售业)"].actual == Decimal(15)  # type: ignore[attr-defined]
    got = named("1-9月，全县规模以上工业企业320家，其中亏损企业41家。")
    assert "亏损企业" in got


def test_a_name_does_not_open_with_de() -> None:
    # 占比…%的汽车制造业同比增长…: the share said before the name ends at 的, which is no part
    # of it (the shape of https://public.zhongyuan.gov.cn/D1003X/8874511.jhtml).
    got = named("1-9月，全县规上工业增加值同比增长5.1%。其中，占比41.2%的汽车制造业同比增长8.3%。")
    assert got["汽车制造业增加值"].stated.yoy.value == Decimal("8.3")  # type: ignore[attr-defined]
    assert not any(name.startswith("的") for name in got)


def test_a_completion_of_an_investment_plan_is_of_the_projects_investment() -> None:
    # 市重点项目完成年度投资计划…%, 省重大项目全部开工并完成年度投资计划…%: what the projects
    # were to invest, not the projects (the shape of
    # http://m.szweitang.cn/dujia/zixun/20220805/47658.html).
    got = named(
        "1-7月，全县5个省重点项目全部开工，完成年度投资计划58.2%；"
        "28个市重点项目完成年度投资计划61.5%。"
    )
    assert got["省重点项目投资"].stated.completion.value == Decimal("58.2")  # type: ignore[attr-defined]
    assert got["市重点项目投资"].stated.completion.value == Decimal("61.5")  # type: ignore[attr-defined]


def test_new_projects_among_new_foreign_projects_are_foreign_too() -> None:
    # 新增外资项目(含增资)…个，其中新设项目…个: the new ones of the foreign projects counted
    # (the shape of http://m.szweitang.cn/dujia/zixun/20220805/47658.html).
    got = named("1-6月，全县新增外资项目(含增资)21个，其中新设项目13个。")
    assert got["新设外资项目"].actual == Decimal(13)  # type: ignore[attr-defined]
