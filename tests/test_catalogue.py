"""Every wording extract reads is a row of the catalogue with its own sentence; each sentence
gives what its row says. Sentences are written anew in the shape of the report each row cites."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest

from conftest import parse
from gxreport.importers.text import extract_text
from gxreport.importers.text.catalogue import RANKS, ROWS, Row
from gxreport.importers.text.names import standard_form
from gxreport.importers.text.tokens import figures
from gxreport.stated import parse_stated
from gxreport.units import parse_quantity, parse_unit

LEVELS = ("actual", "target", "stretch", "last_year", "yoy_amount", "whole")


def draft_of(sentence: str, as_of: dt.date = dt.date(2023, 6, 30)) -> object:
    text, _ = extract_text(sentence, "row.txt", as_of.year, as_of)
    return parse(text)


def _holds(snapshot: object, name: str, role: str, want: str) -> bool:
    # A row's names are as printed; the draft writes each in its one form (names.STANDARD).
    for ind in snapshot.indicators:  # type: ignore[attr-defined]
        if ind.name != standard_form(name):
            continue
        if role in LEVELS:
            value = getattr(ind, role)
            if value is not None and value == parse_quantity(want, ind.unit_info):
                return True
        elif role == "rank":
            if ind.rank is not None and ind.rank.position == int(want):
                return True
        elif role == "target_yoy":
            stated = getattr(ind, "target_yoy", None)
            if stated is not None and getattr(stated, "text", str(stated)) == want:
                return True
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


# What a row does not read: sentences near a row's shape that say something else, each with a
# figure the draft must not hold (on the indicator named, or on any: *) and one it must.
NOT_READ = [
    # a-list-no-row-reads: figures listed after 分别 in a wording no row reads are no figure of
    # the words before them all (纺织、机械分别增加…).
    (
        "a-list-no-row-reads",
        "上半年，化纤、五金分别增加2.3亿元、1.6亿元。",
        ("*", "actual", "2.3"),
        None,
    ),
    # planned-then-met: a plan of a later part of the year, one only meant to be met.
    (
        "plan-of-the-second-half",
        "上半年，全区工业投资完成28.4亿元。下半年工业投资计划完成35亿元，确保完成全年目标任务。",
        ("工业投资", "target", "35"),
        ("工业投资", "actual", "28.4"),
    ),
    (
        "plan-of-a-quarter",
        "1-6月，全区技改投资完成6.2亿元；四季度技改投资计划达到3亿元，力争完成年度目标。",
        ("技改投资", "target", "3"),
        ("技改投资", "actual", "6.2"),
    ),
    # growth-rate-in-full-words: a growth of years on average, a growth aimed at.
    (
        "growth-on-average-over-years",
        "2023年1-9月，全区规上工业增加值完成54.8亿元。近三年，全区规上工业增加值年均增长速度为8.6%。",
        ("*", "yoy", "8.6%"),
        ("规上工业增加值", "actual", "54.8"),
    ),
    (
        "growth-expected",
        "今年全区一般公共预算收入预期增长速度为5.5%，前三季度实现一般公共预算收入18.4亿元。",
        ("*", "yoy", "5.5%"),
        ("一般公共预算收入", "actual", "18.4"),
    ),
    (
        "growth-aimed-at",
        "全区社会消费品零售总额完成42.6亿元，增长5.2%，全年目标增长速度为8%。",
        ("*", "yoy", "8%"),
        ("社会消费品零售总额", "yoy", "增长5.2%"),
    ),
    # yoy-last-of-a-run: a share printed last, after a run of growths.
    (
        "share-after-a-run-of-growths",
        "1-9月，民生支出增长8.2%，教育支出增长5.1%，卫生健康支出增长6.7%，教育支出占民生支出24.6%。",
        ("*", "yoy", "24.6%"),
        ("卫生健康支出", "yoy", "增长6.7%"),
    ),
    # net-increase-after-its-growth: the net increase of another thing, of things counted.
    (
        "net-increase-of-another-figure",
        "9月末，全县金融机构贷款余额412.5亿元，同比增长11.6%，净增存款余额35.8亿元。",
        ("金融机构贷款余额", "yoy_amount", "35.8"),
        ("净增存款余额", "actual", "35.8"),
    ),
    (
        "net-increase-of-things-counted",
        "1-6月，全区规上工业增加值46.3亿元，同比增长7.4%，净增规上工业企业12家。",
        ("规上工业增加值", "yoy_amount", "12"),
        ("净增规上工业企业", "actual", "12"),
    ),
    # ceiling-target: a ceiling with no name before it is the rate's just said, or nothing's.
    (
        "ceiling-of-the-rate-said-before",
        "1-9月，全县城镇登记失业率为3.1%，控制在4%目标以内。",
        ("目标以内", "target", "4"),
        ("城镇登记失业率", "target", "4"),
    ),
    (
        "ceiling-of-nothing-named",
        "1-9月，全县新增城镇就业0.8万人，控制在4%目标以内。",
        ("*", "target", "4"),
        ("新增城镇就业", "actual", "0.8万"),
    ),
    # change-after-its-growth: a change the other way than the growth is not the growth's.
    (
        "change-against-the-growth",
        "1-9月，全区契税收入1.84亿元，同比增长11.2%，减少860万元。",
        ("契税收入", "yoy_amount", "-0.086"),
        ("契税收入", "yoy", "增长11.2%"),
    ),
    # change-of-growth: the change of a growth said in full words is no growth of a name 增长速度.
    (
        "change-of-a-growth-in-full-words",
        "全区规上工业增加值完成52.4亿元，增长速度比上年同期回落0.8个百分点。",
        ("增长速度", "yoy", "回落0.8个百分点"),
        ("规上工业增加值", "yoy_change", "比上年同期回落0.8个百分点"),
    ),
]


@pytest.mark.parametrize(
    ("why", "text", "not_held", "held"), NOT_READ, ids=[t[0] for t in NOT_READ]
)
def test_what_a_row_does_not_read(
    why: str, text: str, not_held: tuple[str, str, str], held: tuple[str, str, str] | None
) -> None:
    snapshot = draft_of(text)
    name, role, want = not_held
    names = [i.name for i in snapshot.indicators] if name == "*" else [name]  # type: ignore[attr-defined]
    assert not any(_holds(snapshot, n, role, want) for n in names), (why, snapshot)
    if held is not None:
        assert _holds(snapshot, *held), (why, snapshot)


@pytest.mark.parametrize(
    ("text", "number", "magnitude", "unit", "qualifier"),
    [
        ("出口12.5亿美元", "12.5", "", "亿美元", ""),
        ("实际利用外资3560万美元", "3560", "", "万美元", ""),
        ("全社会用电量8.6亿千瓦时", "8.6", "", "亿千瓦时", ""),
        ("能耗总量46.2万吨标准煤", "46.2", "", "万吨标准煤", ""),
        # a sown area in thousands of hectares, in the shape of
        # http://218.76.156.215:8011/infogov/govInfo?id=3039&lib_num=1807&task_year=2015
        ("油菜播种面积41.6千公顷", "41.6", "", "千公顷", ""),
        ("道路里程12.4千米", "12.4", "", "千米", ""),
        ("接待游客320.5万人次", "320.5", "", "万人次", ""),
        ("新增市场主体1.57万户", "1.57", "万", "户", ""),
        ("税收收入7,141万元", "7,141", "", "万元", ""),
        ("完成投资约71.5亿元", "71.5", "", "亿元", "约"),
        ("引进项目近30个", "30", "", "个", "近"),
        ("带动就业超过1200人", "1200", "", "人", "超过"),
        ("认定标准40余项", "40", "", "项", "余"),
        ("增长10%以上", "10", "", "%", "以上"),
        # a ceiling, not the figure: kept, and said (待核)
        ("登记失业率控制在4.5%以内", "4.5", "", "%", "以内"),
        ("管理费用压减到26万元以下，", "26", "", "万元", "以下"),
        ("发电量12.3亿度", "12.3", "亿", "度", ""),
        ("新增贷款2.6万亿元", "2.6", "", "万亿元", ""),
        ("城镇化率提高1.2个百分点", "1.2", "", "个百分点", ""),
        ("完成全年60亿目标任务", "60", "亿", "", ""),
        ("签约项目已履约12个", "12", "", "个", ""),
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
        # a size said before the things it names (https://gxj.changzhou.gov.cn/new/36259_28651)
        "产值超20亿元企业",
        "投资超5000万元项目",
        # a size class said as a range (https://hfjyddjzmc.com/html/.zhengwuzdxm.201711t20171108_2035652.html)
        "县级3000万元—5亿元重点项目",
        "5000万元至1亿元的工业项目",
        "G4高速",
        "S312国道",  # letters before a number with no unit: a road, a pollutant
        "PM2.5浓度",
        "1+4+N招商体系",
        # a page's posting time, printed above the report
        "更新时间:2025-04-12 09:15:30 来源:统计局",
        "发布日期:2019/6/30",
        "2021.11.07 16:40",
    ],
)
def test_what_is_no_figure(text: str) -> None:
    assert [f for f in figures(text) if f.kind != "words"] == [], text


def test_counts_of_things_above_a_size_are_one_each() -> None:
    # In the shape of https://gxj.changzhou.gov.cn/new/36259_28651: the size is part of each
    # count's name, no figure of its own, and each count its own indicator.
    snapshot = draft_of("上半年，新增产值超亿元企业达42家；新增产值超10亿元企业有5家，超过去年。")
    got = {i.name: i.actual for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got == {"新增产值超亿元企业": 42, "新增产值超10亿元企业": 5}


def test_an_unknown_unit_is_kept_as_printed() -> None:
    snapshot = draft_of("上半年，全县完成造林面积3.6万亩，新建沼气池420口。")
    got = {i.name: (i.actual, i.unit) for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got["新建沼气池"] == (Decimal(420), "口")


def test_a_structure_changed_from_last_years_gives_this_years_shares() -> None:
    # 由上年的…调整为…: the figure before 调整为 is last year's, and 调 is no unit of it (the
    # shape of http://www.ilynn.cn/document_detail/133968.html).
    snapshot = draft_of("全市三次产业结构由上年的9.8:41.2:49.0调整为9.1:40.6:50.3。")
    assert _holds(snapshot, "第一产业增加值", "share", "9.1")
    assert _holds(snapshot, "第三产业增加值", "share", "50.3")
    assert not _holds(snapshot, "第一产业增加值", "share", "9.8")


def test_a_footnote_mark_is_no_part_of_a_name() -> None:
    # A mirror of a 统计公报 keeps its footnote marks: 第三产业[3]增加值, (GDP)[2].
    snapshot = draft_of("全市地区生产总值(GDP)[2]1987亿元，第三产业[3]增加值1044.5亿元，增长4.9%。")
    assert _holds(snapshot, "地区生产总值", "actual", "1987")
    assert _holds(snapshot, "第三产业增加值", "actual", "1044.5")
    assert _holds(snapshot, "第三产业增加值", "yoy", "增长4.9%")


def test_listed_names_may_hold_and_inside_them() -> None:
    # 和 and 及 inside the names of a list (住宿和餐饮业, 石油及制品类), a measure printed once
    # after the last (the shape of
    # https://szb.ismx.cn/smxrb/html/2025-08/04/content_845511.htm?div=-1).
    snapshot = draft_of(
        "上半年，全区批发和零售业、交通运输及仓储业、住宿和餐饮业营业收入分别增长12.4%、8.7%、"
        "5.9%；石油及制品类、汽车类零售额同比分别增长3.3%、9.2%。"
    )
    assert _holds(snapshot, "批发和零售业营业收入", "yoy", "增长12.4%")
    assert _holds(snapshot, "交通运输及仓储业营业收入", "yoy", "增长8.7%")
    assert _holds(snapshot, "住宿和餐饮业营业收入", "yoy", "增长5.9%")
    assert _holds(snapshot, "汽车类零售额", "yoy", "增长9.2%")
    assert _holds(snapshot, "石油及制品类零售额", "yoy", "增长3.3%")


def test_figures_run_together_are_listed_not_read() -> None:
    # A yearbook's table copied with its cells glued (82.14 | 103.5 | 4.1 printed
    # 82.14103.54.1; the shape of http://www.yrdcpcn.com/c31890/index.phtml): it can be cut more
    # than one way, so no figure is read from it and the run is listed.
    text = "全县生产总值\n\n第一产业82.14103.54.1\n建筑业30.0596.81.5\n"
    draft, unplaced = extract_text(text, "row.txt", 2023, dt.date(2023, 12, 31))
    assert "82.14103.54.1" in unplaced and "30.0596.81.5" in unplaced
    assert "[[indicator]]" not in draft
    # A date or a section number is no such run.
    _, unplaced = extract_text("2023.07.28发布。1.2.3节。", "row.txt", 2023)
    assert unplaced == []


def test_a_printed_rate_keeps_its_words() -> None:
    snapshot = draft_of("上半年，税收收入完成3456万元，比上年同期2987万元增长15.7%。")
    (ind,) = snapshot.indicators  # type: ignore[attr-defined]
    assert ind.stated.yoy.text == "增长15.7%"
    assert parse_stated("yoy", "增长15.7%", parse_unit("万元")).value == Decimal("15.7")


def test_points_after_a_growth_are_its_change_and_after_a_level_its_yoy() -> None:
    # In the shape of http://fzmq.gov.cn/xjwz/zwgk/tjxx/tjjd/201707/t20170705_1372399.htm:
    # 增长5.2%，较去年同期下降3.1个百分点 is how much the growth fell; a rate that is the
    # figure itself changes in points as its 同比.
    snapshot = draft_of(
        "上半年，全县第二产业增加值完成21.4亿元，增长5.2%，较去年同期下降3.1个百分点。"
        "城镇化率58.6%，较去年同期提高1.3个百分点。"
    )
    got = {i.name: i for i in snapshot.indicators}  # type: ignore[attr-defined]
    industry, urban = got["第二产业增加值"], got["城镇化率"]
    assert industry.stated.yoy.text == "增长5.2%"
    assert industry.stated.yoy_change.text == "较去年同期下降3.1个百分点"
    assert urban.stated.yoy.text == "提高1.3个百分点" and urban.stated.yoy_change is None


def test_a_share_of_all_the_tasks_is_no_completion() -> None:
    # In the shape of https://www.ahjinzhai.gov.cn/public/6596281/38062166.html: 总任务 is
    # the count of all the tasks, the whole of a share, not a plan the figure completes.
    snapshot = draft_of("经督查核实，按期完成的工作内容86个，占总任务的71.7%。")
    (ind,) = snapshot.indicators  # type: ignore[attr-defined]
    assert ind.stated.share.text == "71.7%" and ind.stated.completion is None


def test_a_rate_of_a_count_takes_its_whole_only_where_the_text_says_which() -> None:
    # 开工率 of 在建、竣工 projects is of a whole not printed here; of 已开工, the count before.
    apart = draft_of("截至目前，在建项目146个，竣工项目38个，开工率达81.6%。")
    said = draft_of("全市新签约招商项目40个，已履约30个，履约率75%，已开工22个，开工率55%。")
    assert all(i.share_of is None for i in apart.indicators)  # type: ignore[attr-defined]
    # …and of all the projects started, those under way and those done: not of 竣工项目 alone.
    shares = {i.name: i.stated.share for i in apart.indicators if i.stated}  # type: ignore[attr-defined]
    assert set(shares) == {"已开工项目"} and shares["已开工项目"].text == "81.6%"
    wholes = {i.stated.share.text: i.share_of for i in said.indicators if i.stated}  # type: ignore[attr-defined]
    assert wholes == {"75%": "新签约招商项目", "55%": "新签约招商项目"}


def test_a_rate_of_a_count_is_of_the_count_its_word_names() -> None:
    # In the shape of http://www.liannan.gov.cn/ztzl/zdlyxxgkzl/zdxmjs/content/post_1958172.html:
    # 开工率 after 已开工 and 未开工 counts is of those that started.
    snapshot = draft_of("从项目进展看，已开工项目41个，未开工项目9个，开工率为82%。")
    got = {i.name: i for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got["开工项目"].stated.share.text == "82%"
    assert got["未开工项目"].stated is None


def test_things_done_against_a_plan_of_them_are_its_actual_and_the_rate_its_completion() -> None:
    # In the shape of https://456150.com.cn/bmpd/jmsfzhggj/zdlyxxgk/zdjsxmxxgk/zdxmjz/content/post_2314420.html:
    # a plan of projects to start, how many did, and 开工率.
    snapshot = draft_of("今年计划新开工项目120项，实际已开工66项，开工率达55%。")
    (ind,) = snapshot.indicators  # type: ignore[attr-defined]
    assert (ind.name, ind.target, ind.actual) == ("新开工项目", 120, 66)
    assert ind.stated.completion.text == "55%" and ind.stated.share is None


def test_a_rate_of_the_things_counted_is_their_share_and_what_was_done_no_plan() -> None:
    # In the shape of http://fgw.jiaozuo.gov.cn/jzfgw/detail/4096: things planned, how many
    # of them were actually started (实际), and 项目开工率: no plan of 96, no indicator named
    # 项目开工率.
    snapshot = draft_of("120个年度计划新建项目实际开工96个，项目开工率达80%，为近年最高。")
    got = {i.name: i for i in snapshot.indicators}  # type: ignore[attr-defined]
    started = got["计划新建项目实际开工"]
    assert started.actual == 96 and started.target is None
    assert started.stated.share.text == "80%"
    assert started.share_of == "计划新建项目"


def test_a_share_of_all_the_things_is_of_the_count_of_them() -> None:
    # In the shape of http://fgw.jiaozuo.gov.cn/jzfgw/detail/4096: 项目总数 is the count of
    # the projects the sentence counted first.
    snapshot = draft_of("全县150个县重点项目中，5000万元以上项目96个，占项目总数的64%。")
    got = {i.name: i for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got["5000万元以上项目"].share_of == "县重点项目"


def test_a_growth_lower_than_an_earlier_one_changed_by_minus_points() -> None:
    # In the shape of https://71584.cn/yuanling/c108871/202011/375661bd509d4f249b4616824e88f241.shtml:
    # 比上半年低0.8个百分点 is how much the growth fell since then.
    snapshot = draft_of("三季度全县地区生产总值98.7亿元，同比增长4.2%，比上半年低0.8个百分点。")
    (ind,) = snapshot.indicators  # type: ignore[attr-defined]
    assert ind.stated.yoy_change.text == "比上半年低0.8个百分点"
    assert ind.stated.yoy_change.value == Decimal("-0.8")


def test_a_completion_against_a_target_value() -> None:
    # In the shape of http://sxworker.com/xinwen/sx/2017-08-02/51713.html: 目标值 is the target.
    snapshot = draft_of("上半年全市技改投资完成42.6亿元，完成半年目标值的106%。")
    (ind,) = snapshot.indicators  # type: ignore[attr-defined]
    assert ind.stated.completion.text == "106%"


def test_a_growth_whose_name_is_in_the_clause_before() -> None:
    # In the shape of http://www.handmsg.com/page/2016/0514/8631699.shtml:
    # the name, how the growth was measured, then the growth alone.
    snapshot = draft_of("上半年，全县建筑业增加值按可比价格计算，同比增长4.6%。")
    (ind,) = snapshot.indicators  # type: ignore[attr-defined]
    assert ind.name == "建筑业增加值" and ind.stated.yoy.text == "增长4.6%"


def test_a_share_of_losses_is_of_the_firms_counted() -> None:
    # In the shape of https://www.fanchang.gov.cn/sjfb/tjgb/12037029.html: 亏损面 is the
    # share of loss-making firms, said after their count.
    snapshot = draft_of("1-6月，全县规模以上工业企业实现利润8.6亿元，亏损企业25户，亏损面12.4%。")
    got = {i.name: i for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got["亏损企业"].stated.share.text == "12.4%"


def test_a_share_of_the_subject_said_as_its_weight() -> None:
    # In the shape of http://m.4x4salist.com/lwsj/sjfx/content/post_2477216.html: 占比重为
    # after a part's income is its share, not a level.
    snapshot = draft_of(
        "分行业看，软件和信息技术服务业营业收入45.3亿元，同比增长12.2%，占比重为61.4%。"
    )
    (ind,) = snapshot.indicators  # type: ignore[attr-defined]
    assert ind.stated.share.text == "61.4%" and ind.unit == "亿元"


def test_a_change_of_growth_with_the_earlier_rate_in_brackets() -> None:
    # In the shape of http://liulin.gov.cn/zjll/lljf2/tjsjj/202409/t20240909_1895482.shtml:
    # the earlier quarter's rate in brackets is listed, not read as this quarter's; the
    # change in points is the growth's.
    text, unplaced = extract_text(
        "二季度全县地区生产总值85620万元，比上年同期增长-3.4%，较一季度(-6.2%)回升2.8个百分点。",
        "row.txt",
        2023,
        dt.date(2023, 6, 30),
    )
    (ind,) = parse(text).indicators
    assert ind.stated.yoy_change.text == "较一季度回升2.8个百分点"
    assert ind.stated.yoy.text == "增长-3.4%"
    assert unplaced == ["-6.2%"]


# ── properties ────────────────────────────────────────────────────────────────────────────

from hypothesis import HealthCheck, example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from gxreport.errors import GxError  # noqa: E402
from gxreport.importers.text import normalise  # noqa: E402

_WORDS = [r.example for r in ROWS + RANKS] + [
    "上半年",
    "1至5月",
    "截至7月末",
    "2016 年",
    "同比增长",
    "完成年度目标任务",
    "的",
    "分别达",
    "、",
    "，",
    "。",
    "：",
    "\n",
    "| 指标 | 1-6月 |\n|---|---|\n| 税收 | 12 |\n",
    "增長(zhǎng)",
    "億元",
]
_TEXTS = st.lists(
    st.one_of(
        st.sampled_from(_WORDS),
        st.text(max_size=12),
        st.decimals(min_value=0, max_value=10**9, places=2).map(str),
        st.sampled_from(["\x00", "\x1b[31m", "\u2028", "\r", "\t", '"', "\\", "[[indicator]]"]),
    ),
    max_size=25,
).map("".join)


def _written_numbers(draft: str) -> list[str]:
    """The numbers of the draft's figures: values and printed rates (not comments, not the
    report's year and date, not a rank read from words such as 第一)."""
    out = []
    in_rank = False
    for line in draft.splitlines():
        if line.startswith("["):
            in_rank = line == "[indicator.rank]"
            continue
        ids = ("id ", "share_of")  # an id is a name, not a figure
        if in_rank or line.startswith(("#", "year", "as_of", "source", "title", "name", *ids)):
            continue
        value = line.split("#")[0].split("=", 1)[-1]
        # 11,870 as printed is the number 11870 (the text is read without its separators too)
        out += [n.replace(",", "") for n in re.findall(r"\d+(?:,\d{3})*(?:\.\d+)?", value)]
    return out


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS)
# a first line of control characters only is no title (it gave an empty one)
@example("\x08\r支出完成820万元，占预算的41.0%。")
def test_any_text_gives_a_draft_or_a_located_message(text: str) -> None:
    try:
        draft, _ = extract_text(text, "report.txt", None, None)
    except GxError as exc:
        assert all(p.file == "report.txt" for p in exc.problems), exc.problems
        return
    parse(draft)  # valid TOML and a valid snapshot, whatever the text held


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS)
def test_every_number_written_occurs_in_the_text(text: str) -> None:
    draft, _ = extract_text(text, "report.txt", 2023, dt.date(2023, 6, 30))
    printed = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", normalise(text))  # 7,141 is written 7141
    for number in _written_numbers(draft):
        assert re.search(rf"(?<![\d.]){re.escape(number)}", printed), (number, draft)


# ── speed ─────────────────────────────────────────────────────────────────────────────────


def _report(size: int) -> str:
    body = "".join(r.example for r in ROWS + RANKS)
    return ("某县2023年上半年经济运行情况\n" + "\n".join([body] * (size // len(body) + 1)))[:size]


def test_thirty_pages_extract_in_under_two_seconds() -> None:
    import time

    text = _report(60_000)  # about 30 pages of a report
    # The processor time of this process, as for the PDF: the machine's other work would
    # count in a wall clock (`benchmarks/pdf.py` times whole processes, wall and processor).
    start = time.process_time()
    draft, _ = extract_text(text, "report.txt")
    assert time.process_time() - start < 2.0
    assert draft.count("[[indicator]]") > 20


@pytest.mark.parametrize(
    "text",
    [
        " ".join(str(i) for i in range(100_000)),  # a hundred thousand numbers
        "上半年完成" + "7" * 1_000_000 + "亿元。",  # a line of a million digits
    ],
    ids=["numbers", "digits"],
)
def test_extract_is_linear(text: str) -> None:
    import time

    start = time.perf_counter()
    extract_text(text, "report.txt", 2023, dt.date(2023, 6, 30))
    assert time.perf_counter() - start < 30  # seconds, where it once took minutes


def test_a_figure_printed_with_a_leading_zero_is_written_as_text() -> None:
    # TOML has no number 05: the figure is kept as printed, as a string.
    text, _ = extract_text("上半年，新开工项目05个。", "report.txt", 2023, dt.date(2023, 6, 30))
    (ind,) = parse(text).indicators  # type: ignore[attr-defined]
    assert ind.actual == 5 and 'actual = "05"' in text


def test_a_plan_said_to_fall_within_the_year_is_the_years_target() -> None:
    # In the shape of https://www.wj.gov.cn/html/czwj/2017/BENMPFPJ_1019/102703.html: the
    # year's planned investment said 年内, then, in the next sentence, what was done and the
    # share of the plan it makes.
    snapshot = draft_of(
        "技改类项目56个，年内计划投资38.4亿元。截至8月底，累计完成投资27.1亿元，完成年度计划的70.6%。"
    )
    got = {i.name: i for i in snapshot.indicators}  # type: ignore[attr-defined]
    ind = got["技改类项目投资"]
    assert (ind.actual, ind.target) == (Decimal("27.1"), Decimal("38.4"))
    assert ind.stated.completion.text == "70.6%"
    assert "技改类项目计划投资" not in got


def test_more_or_fewer_than_last_year_said_alone_is_the_change_over_last_year() -> None:
    # In the shape of http://hbrb.hebiw.com/old/html/2010-10/14/content_34871.htm: a count,
    # then 比去年同期多…个 with no 增加: how many more than last year, not a figure of its own.
    snapshot = draft_of("全县新签约项目41个，比上年同期多6个；投产项目13个，比去年少2个。")
    got = {i.name: i for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert (got["新签约项目"].actual, got["新签约项目"].yoy_amount) == (41, 6)
    assert (got["投产项目"].actual, got["投产项目"].yoy_amount) == (13, -2)
    assert not any(name.startswith("比") for name in got)


def test_a_share_said_of_the_total_alone_is_the_share_of_the_figure_before_it() -> None:
    # In the shape of http://www.amberdms.com/zzgxqgwhmhwz/zwgk/wgk/jggk/lsqkgk/content/post_4998595.html:
    # a part's growth, then 总量占…: the part's share of the whole, no indicator named 总量.
    snapshot = draft_of(
        "全区完成规上工业增加值64.8亿元，同比增长5.2%。其中完成医药制造业增加值同比增长8.7%，"
        "总量占全区规上工业增加值23.4%。"
    )
    got = {i.name: i for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert "总量" not in got
    part = got["医药制造业增加值"]
    assert (part.stated.yoy.text, part.stated.share.text) == ("增长8.7%", "23.4%")


def test_a_plan_linked_by_name_must_give_the_completion_printed_with_the_actual() -> None:
    # In the shape of https://www.wj.gov.cn/html/czwj/2017/BENMPFPJ_1019/102703.html: the
    # whole's investment and completion with no plan printed, then classes of projects each
    # with its plan and, in the next sentence, what was done and the share of the plan.
    # 41.2 / 60.5 = 68.1 %, 50.4 / 80.0 = 63.0 %; 210.6 / 60.5 is no 70.2 %.
    snapshot = draft_of(
        "至8月底，全市重点建设工程累计完成投资210.6亿元，完成年度计划的70.2%。\n"
        "新建工程共42个，年内计划投资60.5亿元。至8月底，开工建设38个，累计完成投资41.2亿元，"
        "完成年度计划的68.1%。\n"
        "续建工程共30个，年内计划投资80.0亿元。至8月底，累计完成投资50.4亿元，"
        "完成年度计划的63.0%。"
    )
    by_actual = {i.actual: i for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert by_actual[Decimal("210.6")].target is None
    assert by_actual[Decimal("41.2")].target == Decimal("60.5")
    assert by_actual[Decimal("50.4")].target == Decimal("80.0")


def test_what_a_past_period_did_after_a_verb_of_aim_is_no_plan() -> None:
    # In the shape of https://regpowell.com/gzjg/qzfgwhgzbm/qtjj/xxgk/content/post_9620394.html:
    # 推动 then a period gone by and 实现: what was done, not an aim.
    snapshot = draft_of("全区加力推动上半年实现地区生产总值512.6亿元，增长4.8%。")
    (ind,) = snapshot.indicators  # type: ignore[attr-defined]
    assert (ind.name, ind.actual, ind.stated.yoy.text) == (
        "地区生产总值",
        Decimal("512.6"),
        "增长4.8%",
    )


def test_a_date_said_with_cut_off_to_is_no_part_of_a_name() -> None:
    # In the shape of https://www.xiaomilidoc.com/p-4385426.html: 截止到 and a day, then what
    # was done: the name is what was done.
    snapshot = draft_of("截止到5月20日完成税收收入412万元，占目标任务的41%。")
    assert [i.name for i in snapshot.indicators] == ["税收收入"]  # type: ignore[attr-defined]


def test_a_growth_said_in_multiples_is_listed_not_read_as_the_things_own_figure() -> None:
    # In the shape of https://regpowell.com/gzjg/qzfgwhgzbm/qtjj/xxgk/content/post_9620394.html:
    # products' output grown 2.6 and 1.8 times: 2.6倍 is no output of 2.6 (倍 is no unit of
    # the product), so each is listed, not read as the product's own figure.
    draft, unplaced = extract_text(
        "从主要产品看，工业机器人产量增长2.6倍，集成电路、光伏组件产量分别增长1.8倍和38.4%。",
        "row.txt",
        2023,
        dt.date(2023, 6, 30),
    )
    assert "2.6倍" in unplaced and "1.8倍" in unplaced
    assert not any(
        line.startswith(("unit", "actual")) and "倍" in line for line in draft.splitlines()
    )


def test_a_completion_whose_target_says_in_brackets_what_it_leaves_out_is_a_completion() -> None:
    # In the shape of https://www.xiaomilidoc.com/p-4385426.html: 占目标任务, then in brackets
    # what the target is counted without, then 的 and the rate: a completion, not a share.
    snapshot = draft_of("全镇完成税收收入512万元，占目标任务（不含契税）的46%。")
    (ind,) = snapshot.indicators  # type: ignore[attr-defined]
    assert ind.stated.completion.text == "46%" and ind.stated.share is None


def test_a_page_count_is_no_figure() -> None:
    # A page's footer run into the last sentence of a copied report.
    text = "组织志愿者入户走访第2页共3页"
    assert [f for f in figures(text) if f.kind != "words"] == []
    # A count of pages that is a report's figure is one.
    assert [f.number for f in figures("编印宣传资料共1200页")] == ["1200"]


def test_a_count_of_the_characters_a_page_shows_is_no_figure() -> None:
    text = "(未完,全文共3560字,当前显示702字)"
    assert [f for f in figures(text) if f.kind != "words"] == []


def test_an_enumerator_opening_a_line_is_no_figure() -> None:
    got = [f.printed for f in figures("4.城镇新增就业1260人,同比增长3.2%。")]
    assert got == ["1260人", "3.2%"]
    assert [f.printed for f in figures("12、改建项目。")] == []
    # A figure that opens a line is still one, and so is a number after another's 、.
    assert [f.printed for f in figures("4.5亿元用于改建项目。")] == ["4.5亿元"]
    assert [f.printed for f in figures("走访企业36家,\n2.6万户受益。")] == ["36家", "2.6万户"]


def test_a_completion_whose_budget_says_in_brackets_after_de_what_it_takes_in() -> None:
    # In the shape of http://www.nankok.cn/32415/57873/57874/57875/content_1366026.html: 为预算的,
    # then in brackets what the budget takes in, then the rate: a completion, not a share.
    snapshot = draft_of("上半年，全县完成公共财政预算支出51230万元，为预算的（含上级补助）47.3%。")
    (ind,) = snapshot.indicators  # type: ignore[attr-defined]
    assert ind.stated.completion.text == "47.3%" and ind.stated.share is None


def test_a_verb_after_an_amount_is_not_its_unit() -> None:
    # In the shape of http://6dgww.com/Article/15076453.html: 万 or 亿 alone, then the verb of
    # what the money went to (实施, 建设, 用于): the amount ends at its magnitude.
    text = "引进甲公司投资4500万实施管网改造，乙公司2.5亿建设仓储中心，另300万用于培训。"
    got = [(f.number, f.magnitude, f.unit) for f in figures(text)]
    assert got == [("4500", "万", ""), ("2.5", "亿", ""), ("300", "万", "")]


@pytest.mark.parametrize("schedule", ["任务进度", "目标进度"])
def test_the_tasks_schedule_is_a_schedule(schedule: str) -> None:
    # 完成全年出口目标任务的…%，超任务进度…个百分点; 超目标进度: the schedule of the year's
    # task, the same as 序时进度 (the shape of
    # http://www.suizhou.gov.cn/zt/zwzt/lszt/xxsbdzcxyj/202001/t20200104_630849.shtml).
    sentence = f"上半年，全县出口3.2亿美元，完成全年出口目标任务的55.5%，超{schedule}5.5个百分点。"
    assert _holds(draft_of(sentence), "出口", "schedule_gap", f"超{schedule}5.5个百分点")
