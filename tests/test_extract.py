"""extract on the seed article (examples/zhengzhou-gaoxin-2022-h1.txt, the report the shipped
example was typed from) and on sentences of each wording reports use."""

from __future__ import annotations

import json
import os
import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from conftest import EXAMPLES, ROOT, drafted, parse
from gxreport.audit import audit
from gxreport.cli import app
from gxreport.importers.text import extract, normalise
from gxreport.load import load

runner = CliRunner()
ARTICLE = EXAMPLES / "zhengzhou-gaoxin-2022-h1.txt"
HAND_MADE = EXAMPLES / "zhengzhou-gaoxin-2022-h1.toml"


@pytest.fixture(scope="module")
def draft() -> str:
    text, _ = extract(ARTICLE.relative_to(ROOT) if Path.cwd() == ROOT else ARTICLE)
    return text


def in_base_units(value: Decimal | None, unit: str) -> Decimal | None:
    """A figure in its unit's base (7.17万户 → 71700, 34.65万平方米 → 346500)."""
    if value is None:
        return None
    for prefix, exp in (("万", 4), ("亿", 8)):
        if unit.startswith(prefix) and len(unit) > 1:
            return value.scaleb(exp)
    return value


def figures(snapshot, key: str) -> set[Decimal]:  # type: ignore[no-untyped-def]
    out = set()
    for ind in snapshot.indicators:
        value = getattr(ind, key)
        if value is not None:
            out.add(in_base_units(value, ind.unit).normalize())
    return out


def test_golden(draft: str) -> None:
    golden = ROOT / "tests" / "golden" / "zhengzhou-gaoxin-2022-h1.extract.toml"
    text = draft.replace(str(ARTICLE), "examples/zhengzhou-gaoxin-2022-h1.txt")
    if os.environ.get("GXREPORT_REGOLD"):
        golden.write_text(text, encoding="utf-8", newline="")
    assert text == golden.read_text(encoding="utf-8")


def test_every_actual_of_the_hand_made_example(draft: str) -> None:
    mine, theirs = parse(draft), load(str(HAND_MADE)).snapshot
    wanted = figures(theirs, "actual")
    assert len(wanted) == 22  # 23 actuals, two of them 20 (家 and 个)
    assert wanted <= figures(mine, "actual")


def test_targets_are_linked_to_their_indicators(draft: str) -> None:
    mine = parse(draft)
    by_target = {i.target: i for i in mine.indicators if i.target is not None}
    # (target, the actual or printed rate it belongs with), from the hand-made example.
    pairs = [
        (Decimal(371), Decimal("213.9")),
        (Decimal(12), Decimal(11)),
        (Decimal(160), Decimal("96.7")),
        (Decimal(15700), Decimal(7141)),
    ]
    linked = sum(1 for t, a in pairs if t in by_target and by_target[t].actual == a)
    assert linked == 4
    new_start = by_target[Decimal(270)]
    assert new_start.stated is not None and new_start.stated.completion is not None
    assert new_start.stated.completion.text == "83%"
    assert Decimal(30) in by_target  # 通过一件事平台申请占新设企业的比例30%


def test_each_printed_rate_is_on_its_indicator(draft: str) -> None:
    rates = {
        i.stated.completion.text: i.actual
        for i in parse(draft).indicators
        if i.stated is not None and i.stated.completion is not None
    }
    assert rates == {
        "57.65%": Decimal("213.9"),
        "83%": None,
        "92%": Decimal(11),
        "60.4%": Decimal("96.7"),
        "54%": None,
    }


def test_check_gives_the_hand_made_examples_verdicts(draft: str) -> None:
    def verdicts(snapshot) -> dict[str, str]:  # type: ignore[no-untyped-def]
        return {
            f.stated_text: f.verdict for f in audit(snapshot, "x").findings if f.key == "completion"
        }

    assert verdicts(parse(draft)) == verdicts(load(str(HAND_MADE)).snapshot)


def _figure_lines(text: str) -> list[str]:
    """The lines that carry figures (not comments, not the report's year and date)."""
    return [
        line
        for line in text.splitlines()
        if not line.startswith(("#", "year", "as_of", "source", "title", "id "))
    ]


def test_every_number_written_is_in_the_article(draft: str) -> None:
    article = normalise(ARTICLE.read_text(encoding="utf-8"))
    for line in _figure_lines(draft):
        for number in re.findall(r"\d+(?:\.\d+)?", line.split("#")[0]):
            assert number in article, (number, line)


def test_each_indicator_says_where_it_came_from(draft: str) -> None:
    heads = draft.split("[[indicator]]")[:-1]
    assert heads
    for head in heads:
        comments = []
        for line in reversed(head.rstrip().splitlines()):
            if not line.startswith("#"):
                break
            comments.append(line)
        assert any(c.startswith("# 原文:") for c in comments), head[-200:]
    assert "# 待核: target linked by name" in draft


def one(text: str, year: int = 2023) -> tuple[str, object]:
    return drafted(text, year)


def unplaced_of(text: str, year: int = 2023) -> list[str]:
    """The figures the draft of ``text`` lists as not placed (not the draft's text, which
    quotes every sentence and so holds every figure)."""
    from gxreport.importers.text import extract_text

    return extract_text(text, "t.txt", year)[1]


@pytest.mark.parametrize(
    ("sentence", "key", "value"),
    [
        ("上半年，全区地区生产总值完成312.6亿元。", "actual", Decimal("312.6")),
        ("上半年，实现一般公共预算收入18.75亿元。", "actual", Decimal("18.75")),
        ("上半年，新增市场主体7141户，全年目标1.57万户。", "target", Decimal("1.57E+4")),
        ("上半年，城镇新增就业9860人，年度目标为12000人。", "target", Decimal(12000)),
        ("上半年，固定资产投资86.4亿元，力争全年突破120亿元。", "stretch", Decimal(120)),
    ],
)
def test_wordings_of_actuals_and_targets(sentence: str, key: str, value: Decimal) -> None:
    _, snapshot = one(sentence)
    assert any(getattr(i, key) == value for i in snapshot.indicators), sentence  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("sentence", "key", "text"),
    [
        ("上半年，地区生产总值312.6亿元，同比增长4.8%。", "yoy", "增长4.8%"),
        ("上半年，一般公共预算收入18.75亿元，同比下降2.95%。", "yoy", "下降2.95%"),
        ("上半年，规上工业增加值45.1亿元，同比增长-8.7%。", "yoy", "增长-8.7%"),
        ("上半年，签约额213.9亿元，年度目标完成率为57.65%。", "completion", "57.65%"),
        ("上半年，签约额213.9亿元，完成年度目标的57.65%。", "completion", "57.65%"),
        ("上半年，实现利润860万元，完成全年预算指标1500万元的57.33%。", "completion", "57.33%"),
        # what the budget takes in, in brackets after 的
        # (http://www.nankok.cn/32415/57873/57874/57875/content_1366026.html)
        ("上半年，完成一般公共预算支出6.2亿元，为预算的(含上级补助)58.4%。", "completion", "58.4%"),
        # 高出, another word for 超 before a schedule
        (
            "上半年，固定资产投资完成45.6亿元，完成年度目标任务的52.1%，高出时序进度2.1个百分点。",
            "schedule_gap",
            "高出时序进度2.1个百分点",
        ),
        # 是, another verb before the target the rate is of
        ("1-6月，外贸进出口额完成41.5亿元，是年度目标80亿元的51.9%。", "completion", "51.9%"),
        # the base, the change and the growth joined by 、
        (
            "1-6月，非税收入完成3.62亿元，比上年同期3.41亿元增收0.21亿元、增长6.2%。",
            "yoy",
            "增长6.2%",
        ),
        # the budget's quota, its figure not printed
        ("1-6月，全镇税收收入完成1.36亿元，完成年度预算指标的48.6%。", "completion", "48.6%"),
        # a quota handed down (指标) is the target the rate is of
        ("1-5月，园区税收完成12.4亿元，完成市下达指标30亿元的41.3%。", "completion", "41.3%"),
        # 计划进度, another word for 序时进度, with 落后 and 个百分点
        (
            "1-9月，技改投资完成18.2亿元，落后计划进度3.6个百分点。",
            "schedule_gap",
            "落后计划进度3.6个百分点",
        ),
        # 均衡进度, another word for 序时进度 (http://amzrylc.com/fgj/tjxx/content/post_1212354.html)
        (
            "1-8月，重点项目完成投资41.2亿元，超均衡进度2.4个百分点。",
            "schedule_gap",
            "超均衡进度2.4个百分点",
        ),
    ],
)
def test_wordings_of_printed_rates(sentence: str, key: str, text: str) -> None:
    _, snapshot = one(sentence)
    stated = [getattr(i.stated, key) for i in snapshot.indicators if i.stated]  # type: ignore[attr-defined]
    assert [s.text for s in stated if s is not None] == [text], sentence


def test_the_three_sectors_said_as_shares_of_gdp() -> None:
    # In the shape of https://www.hhky.gov.cn/info/5701/419422.htm.
    _, snapshot = one("上半年，三次产业占GDP的比重为7.2:42.5:50.3。")
    shares = {i.name: i.stated.share.text for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert shares == {"第一产业增加值": "7.2", "第二产业增加值": "42.5", "第三产业增加值": "50.3"}
    # 三次产业的比例为…, in the shape of https://www.xiaomilidoc.com/p-509120.html (written anew)
    _, snapshot = one("上半年，全区三次产业的比例为2.1:61.4:36.5。")
    shares = {i.name: i.stated.share.text for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert shares == {"第一产业增加值": "2.1", "第二产业增加值": "61.4", "第三产业增加值": "36.5"}


def test_the_three_sectors_by_their_ordinals_run_together() -> None:
    # In the shape of http://218.76.156.215:8011/infogov/govInfo?id=3039&lib_num=1807&task_year=2015
    # (written anew): 一二三产业 with no 、 between the ordinals, the last of a list of amounts
    # after 和.
    _, snapshot = one(
        "1-5月，全县一二三产业增加值分别实现12.6亿元、48.9亿元和57.3亿元，"
        "同比分别增长2.7%、5.2%和6.6%。"
    )
    got = {
        i.name: (i.actual, i.stated.yoy.text if i.stated else None)  # type: ignore[attr-defined]
        for i in snapshot.indicators  # type: ignore[attr-defined]
    }
    assert got == {
        "第一产业增加值": (Decimal("12.6"), "增长2.7%"),
        "第二产业增加值": (Decimal("48.9"), "增长5.2%"),
        "第三产业增加值": (Decimal("57.3"), "增长6.6%"),
    }


def test_what_was_done_against_the_tasks_listed_before() -> None:
    # In the shape of http://news.72177.com/2020/1217/4545814.shtml (written anew): each
    # item's task, then what was done (实际…): the task is the target, what was done the
    # actual of the same item, also where a list maps them in order (实际分别完成).
    _, snapshot = one(
        "5项指标提前完成全年任务:农村道路硬化,全年任务为460公里,实际完成512公里;"
        "新建村级卫生室,全年任务为38个,实际新建41个;特色产业“千村万户”工程,"
        "全年计划新培育示范合作社60个,新增种植大户215个,实际分别完成72个、238个。"
    )
    got = {i.name: (i.actual, i.target) for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got == {
        "农村道路硬化": (Decimal(512), Decimal(460)),
        "新建村级卫生室": (Decimal(41), Decimal(38)),
        "新培育示范合作社": (Decimal(72), Decimal(60)),
        "新增种植大户": (Decimal(238), Decimal(215)),
    }


def test_one_name_with_figures_of_different_units_is_named_by_each_unit() -> None:
    # In the shape of https://www.qinan.gov.cn/info/10882/375331.htm and
    # http://www.abcjf.cn/html/news/taixing/2010/0113/19034.html (written anew): one name
    # printed with a count of households, of people or an area says a measure by each unit.
    _, snapshot = one(
        "1-8月,发放特困救助2310户、5127人,累计发放救助金318.6万元;全年征收拆迁915户、12.4万平方米。"
    )
    got = {i.name: (i.actual, i.unit) for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got["特困救助户数"] == (Decimal(2310), "户")
    assert got["特困救助人数"] == (Decimal(5127), "人")
    assert got["征收拆迁户数"] == (Decimal(915), "户")
    assert got["征收拆迁面积"] == (Decimal("12.4"), "万平方米")
    # A name printed once keeps its name: no measure added to a single figure.
    _, alone = one("全年征收拆迁915户。")
    assert [i.name for i in alone.indicators] == ["征收拆迁"]  # type: ignore[attr-defined]


def test_sizes_of_things_counted_at_a_stage_after_their_count_said_again() -> None:
    # In the shape of http://app.chuzhou.cn/print.php?contentid=278246 (written anew): the
    # growth of 项目数 is that of the things counted; a size of their own after 其中 is of
    # those things at their stage.
    _, snapshot = one(
        "全县新签约亿元以上项目46个,总投资138.2亿元,项目数同比增长12.5%,"
        "其中10亿以上项目4个,农业项目9个。"
    )
    got = {i.name: i for i in snapshot.indicators}  # type: ignore[attr-defined]
    counted = got["新签约亿元以上项目"]
    assert counted.actual == Decimal(46)
    assert counted.stated is not None and counted.stated.yoy is not None
    assert counted.stated.yoy.text == "增长12.5%"
    assert got["新签约10亿以上项目"].actual == Decimal(4)
    # A kind of its own keeps the whole's stage and size: of the 46, not of all projects.
    assert got["新签约亿元以上农业项目"].actual == Decimal(9)


def test_a_count_in_a_bracket_aside_names_nothing_after_the_bracket() -> None:
    # In the shape of http://tz.panzhihua.gov.cn/tzfw/zwgk/tzsj/512937.shtml (written anew):
    # the money after the bracket is of the projects counted before it, not of the aside's;
    # an aside that says its own rate (省市项目共9宗，完成率…) keeps its own subject.
    _, snapshot = one(
        "服务业签约项目36个(其中外资项目5个),到位资金4210万元,完成目标任务的91.5%;"
        "县项目6宗,完成投资3.1亿元(县乡项目共9宗,完成率38.2%),乡项目3宗,完成投资1.2亿元。"
    )
    got = {i.name: i for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got["服务业签约项目到位资金"].actual == Decimal(4210)
    assert got["外资项目"].actual == Decimal(5)
    assert not any(name.startswith("外资项目") and name != "外资项目" for name in got)
    assert got["县乡项目"].actual == Decimal(9)


def test_a_target_is_of_the_name_said_before_its_target_words() -> None:
    # In the shape of http://fgw.dazhou.gov.cn/news-show-148.html (written anew): a decision
    # before the target's clause is no name; the projects' target in money is their investment,
    # beside the investment they made (26.3 of 118.4).
    _, snapshot = one(
        "县委、县政府决定今年继续开展项目建设提速年活动，2022年全县重点项目目标任务为118.4亿元。"
        "一季度，86个重点项目完成投资26.3亿元。"
    )
    got = {i.name: (i.actual, i.target) for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got["重点项目投资"] == (Decimal("26.3"), Decimal("118.4"))
    assert got["重点项目"] == (Decimal(86), None)


def test_a_target_of_projects_named_by_what_they_sign_is_no_investment() -> None:
    # The signed projects' target in money is what they sign, not what they invest: no 投资
    # the text does not say.
    _, snapshot = one(
        "全年招商引资签约项目目标任务为220亿元，1-9月已签约项目41个，签约金额163.2亿元。"
    )
    got = {i.name: (i.actual, i.target) for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert not any(name.endswith("投资") for name in got)
    assert got["招商引资签约项目"] == (None, Decimal(220))


def test_counts_at_stages_of_the_things_counted_in_the_clause_before() -> None:
    # In the shape of http://www.swcszx.com/article-14987-1.html (written anew): N个things中
    # counts the things whose stages the clauses after it count (已立项, 已开工), not a
    # context that names them.
    _, snapshot = one(
        "今年全区确定的36个产业项目中，截至目前已立项29个，已开工33个，开工率91.7%；"
        "列入省重点项目的12个，累计完成投资8.4亿元，完成年度计划的64.6%。"
    )
    got = {i.name: i.actual for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got == {
        "产业项目": Decimal(36),
        "已立项产业项目": Decimal(29),
        "产业项目已开工": Decimal(33),
        "省重点项目": Decimal(12),
        "省重点项目投资": Decimal("8.4"),
    }
    # 33 ÷ 36 = 91.67 %: the started are a share of the 36 counted before.
    assert _share_verdicts(snapshot) == {"产业项目已开工": ("产业项目", "consistent")}


def test_a_growth_after_a_number_without_its_unit_is_of_what_that_clause_names() -> None:
    # In the shape of https://tljq.gov.cn/openness/OpennessContent/show/1121315.html (written
    # anew): the number printed without a unit is listed, not read, and the growth after it is
    # not the first sector's.
    text = "上半年，第一产业增加值3.1亿元，增长2.6%；第二产业增加值15.2，增长5.4%。"
    _, snapshot = one(text)
    got = {i.name: (i.actual, i.stated.yoy.text) for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got == {
        "第一产业增加值": (Decimal("3.1"), "增长2.6%"),
        "第二产业增加值": (None, "增长5.4%"),
    }
    assert "15.2" in unplaced_of(text)


def test_ranks_in_their_words() -> None:
    _, snapshot = one("上半年，签约额213.9亿元，四个开发区中排名第一。")
    (ind,) = snapshot.indicators  # type: ignore[attr-defined]
    assert (ind.rank.position, ind.rank.of, ind.rank.among) == (1, 4, "开发区")


def test_a_count_in_words_is_listed_unless_a_rank_reads_it() -> None:
    # 四个开发区 is read with the rank it is printed in; a count in words that no row reads
    # (五个) is listed among the figures not placed, not dropped.
    assert unplaced_of("上半年，签约额213.9亿元，四个开发区中排名第一。") == []
    assert unplaced_of("上半年，全县新引进工业项目五个，完成投资3.2亿元。") == ["五个"]


def test_a_rank_without_a_figure_of_its_own_goes_to_the_indicator_named() -> None:
    # In the shape of http://news.xna8.com/mz/201507/35261.html: the growth is said in
    # words, the rank alone is printed; the link is inferred, so it is marked for review.
    text, snapshot = one("上半年，全县税收收入也有较快增长，增幅居全市第4位；物价总体平稳。")
    (ind,) = snapshot.indicators  # type: ignore[attr-defined]
    got = (ind.name, ind.rank.position, ind.rank.among, ind.actual)
    assert got == ("税收收入", 4, "全市", None)
    assert "# 待核: rank of “税收收入”" in text
    _, snapshot = one("上半年，发电指数位列全省第一。")
    assert [(i.name, i.rank.position) for i in snapshot.indicators] == [("发电指数", 1)]  # type: ignore[attr-defined]


def test_a_rank_said_of_each_indicator_listed_before_it() -> None:
    # 均位居N县(市)第一 after two names: each takes the rank, among that many places.
    _, snapshot = one("上半年，工业投资、民间投资增速均位居9县(区)第一。")
    got = [(i.name, i.rank.position, i.rank.of) for i in snapshot.indicators]  # type: ignore[attr-defined]
    assert got == [("工业投资", 1, 9), ("民间投资", 1, 9)]


def test_a_rank_said_of_each_is_of_the_figures_of_its_own_part_of_the_sentence() -> None:
    # In the shape of http://m.szweitang.cn/dujia/zixun/20220805/47658.html (written anew):
    # 均列全市第一 after a semicolon ranks the figures after it, not the figure before, whose
    # rank is its own.
    _, snapshot = one(
        "上半年，全区实现地区生产总值512.4亿元，增长4.2%，增幅排名全市第二；"
        "进出口总额86.1亿美元，增长7.9%，增幅排名全市第四；"
        "认定省级、市级专精特新企业8家、15家，均列全市第一。"
    )
    got = {i.name: i.rank.position for i in snapshot.indicators if i.rank}  # type: ignore[attr-defined]
    assert got == {
        "地区生产总值": 2,
        "进出口总额": 4,
        "认定省级专精特新企业": 1,
        "认定市级专精特新企业": 1,
    }


def test_a_rank_goes_to_the_indicator_its_clause_names() -> None:
    # In the shape of
    # http://cqbn.gov.cn/zwgk_252/fdzdgknr/czyjs/qtczgkxx/202107/t20210727_9511455_wap.html:
    # two growths, then each one's rank in a clause that names it again.
    _, snapshot = one(
        "4月，全区一般公共预算收入完成18630万元，增长8.3%，其中：非税收入累计完成4210万元，"
        "增长4.6%，一般公共预算收入增速在中心城区排位第二；非税收入增速在中心城区中排位第四。"
    )
    got = {i.name: (i.rank.position, i.rank.among) for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got == {"一般公共预算收入": (2, "中心城区"), "非税收入": (4, "中心城区")}


def test_a_rank_of_a_name_a_list_prints_is_not_of_a_narrower_indicator() -> None:
    # In the shape of http://szb.jinrifangxian.com/content/2018-11/16/022258.html: the figures
    # of 规上工业增加值, then 工业增加值 listed among the indicators a clause ranks. Value added of
    # all industry is not that of the industry above the size: the rank is its own entry.
    _, snapshot = one(
        "1-9月，全县规上工业增加值20.5亿元，增长9.1%；社会消费品零售总额38.2亿元，增长10.4%。"
        "主要指标中，工业增加值、社会消费品零售总额2项指标增速全市第一。"
    )
    got = {i.name: i.rank.position if i.rank else None for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got == {"规模以上工业增加值": None, "社会消费品零售总额": 1, "工业增加值": 1}


def test_a_place_among_the_first_few_is_each_listed_indicators() -> None:
    # In the shape of http://epaper.sxrb.com/shtml/sxjjrb/20240810/1001879.shtml:
    # 前3位 is no figure of its own; each indicator listed is among the first three.
    _, snapshot = one("上半年，工业投资、民间投资、税收收入增速排名全市前4位。")
    got = [(i.name, i.rank.position, i.actual) for i in snapshot.indicators]  # type: ignore[attr-defined]
    assert got == [("工业投资", 4, None), ("民间投资", 4, None), ("税收收入", 4, None)]


def test_a_count_after_its_verb_is_of_the_things_named_after_it() -> None:
    # In the shape of a county's 重点项目 progress note (corpus b26) and a province's 招商
    # release (corpus b25): the verb, the count, then the things counted. The verb says which
    # of the things are counted (新增项目, 签约先进制造业项目).
    _, snapshot = one("截至6月底，新增18个项目，签约260个先进制造业项目。")
    got = [(i.name, i.actual) for i in snapshot.indicators]  # type: ignore[attr-defined]
    assert got == [("新增项目", 18), ("签约先进制造业项目", 260)]


def test_a_count_after_a_verb_of_a_stage_keeps_the_stage() -> None:
    # Projects newly started, or finished, are not all the projects of that kind: the stage is
    # part of the name, and what they invest is theirs (not of all 文旅项目).
    _, snapshot = one(
        "1-9月，全市新开工12个文旅项目，总投资36.4亿元；竣工投产5个文旅项目。全市在库文旅项目88个。"
    )
    got = [(i.name, i.actual) for i in snapshot.indicators]  # type: ignore[attr-defined]
    assert got == [
        ("新开工文旅项目", 12),
        ("新开工文旅项目总投资", Decimal("36.4")),
        ("文旅项目已竣工投产", 5),
        ("在库文旅项目", 88),
    ]


def test_projects_counted_then_said_already_started_are_the_started_projects() -> None:
    # In the shape of http://fgw.dazhou.gov.cn/news-show-148.html: projects named, then
    # N个项目已开工建设 and the rate they make; the count is of those started.
    _, snapshot = one("截至5月底，城东污水处理厂、滨江路改造等17个项目已开工建设，开工率68%。")
    got = [(i.name, i.actual, i.stated.share.text) for i in snapshot.indicators]  # type: ignore[attr-defined]
    assert got == [("已开工项目", 17, "68%")]


def test_last_years_figure_said_after_a_figure_is_of_that_figures_name() -> None:
    # In the shape of http://mdx.gov.cn/info/2069/42656.htm, whose copy breaks off after
    # 增支 and a bare number: last year's figure is of the expenditure before it, not of 增支.
    _, snapshot = one("1-6月，卫生健康支出8,120万元，比上年同期6,950万元增支1,170")
    got = [(i.name, i.actual, i.last_year) for i in snapshot.indicators]  # type: ignore[attr-defined]
    assert got == [("卫生健康支出", 8120, 6950)]


def test_who_vetted_a_figure_is_no_part_of_its_name() -> None:
    # In the shape of http://www.czjxsdjg.com/content/2012/10/30/8523425.html.
    _, snapshot = one("1-6月，12个县级重点项目经县发改局审核完成投资9.35亿元。")
    assert [i.name for i in snapshot.indicators] == ["县级重点项目投资"]  # type: ignore[attr-defined]


def test_a_count_of_places_in_figures_is_the_ranks_not_a_figure() -> None:
    # In the shape of http://www.czjxsdjg.com/content/2012/10/30/8523425.html.
    _, snapshot = one("1-6月，县级重点项目完成投资9.35亿元，完成占比9个县区中排名第二。")
    got = [(i.name, i.rank.position, i.rank.of) for i in snapshot.indicators]  # type: ignore[attr-defined]
    assert got == [("县级重点项目投资", 2, 9)]


def test_a_rank_said_with_a_figure_said_again_is_kept() -> None:
    # In the shape of http://gj-led.com/hdxwz/zwgk/sjfb/sjfx/content/post_4355896.html: the
    # headline gives the figure and its growth, the paragraph says them again with the
    # growth's change and its rank; the change is of the growth (降幅 names no indicator),
    # the rank the indicator's.
    _, snapshot = one(
        "上半年主要指标：规上工业增加值28.6亿元，同比增长12.4%。\n"
        "上半年，全县规模以上工业增加值28.6亿元，同比增长12.4%，降幅比上月收窄2.3个百分点，"
        "增速全市排名第二位。"
    )
    (ind,) = snapshot.indicators  # type: ignore[attr-defined]
    got = (ind.name, ind.actual, ind.stated.yoy_change.text, ind.rank.position, ind.rank.among)
    assert got == ("规模以上工业增加值", Decimal("28.6"), "比上月收窄2.3个百分点", 2, "全市")


def test_a_rank_of_what_its_clause_names_before_where_it_stands() -> None:
    # In the shape of https://10fang.com/news-content/710005.html: a count, then the rank
    # of the work its clause names (X在全省…排名第N位), not of the count.
    _, snapshot = one("上半年，我市新开工项目128个，项目建设工作在全省市州排名第五位。")
    got = {i.name: (i.actual, i.rank.position if i.rank else None) for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got == {"新开工项目": (128, None), "项目建设工作": (None, 5)}


def test_a_rank_told_apart_from_the_figure_by_clauses_of_something_else() -> None:
    # In the shape of the seed article: a figure, then clauses on other work, then the
    # district's place in an assessment; the place is not the figure's.
    _, snapshot = one(
        "上半年，新增停车泊位1260个，有力缓解了停车难问题，特别是今年以来，在全市文明城市月考核中，"
        "本区连续3个月均排名全市第一。"
    )
    got = {i.name: i.rank for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got == {"新增停车泊位": None}


def test_a_rank_by_growth_goes_to_the_like_named_figure_whose_growth_is_printed() -> None:
    # In the shape of https://www.jintan.gov.cn/html/czjt/2019/JFIDQAOP_0708/121337.html:
    # the rank names the figure short, after a figure of a like name that has
    # no growth; 四县一区 counts two kinds of place, so no one number of places is read.
    _, snapshot = one(
        "上半年，全区实现工业应税销售512.4亿元，同比增长9.6%，净增应税销售44.9亿元。"
        "应税销售增幅在全市四县一区中排名第三，高于全市平均水平2.1个百分点。"
    )
    got = {i.name: i.rank for i in snapshot.indicators}  # type: ignore[attr-defined]
    # 净增应税销售 after the growth is the sales' change over last year, no figure of its own.
    assert set(got) == {"工业应税销售"}
    rank = got["工业应税销售"]
    assert (rank.position, rank.of, rank.among) == (3, None, "四县一区")


def test_a_contribution_to_growth_is_of_who_contributes() -> None:
    # In the shape of http://anhui.3158.cn/info/20150728/n86394335113796.html and
    # http://www.handmsg.com/page/2016/0514/8631699.shtml: the contributor is the sentence's
    # subject without its measure, or the group a list before is summed up by (A、B等X行业);
    # where nothing names one, the figure is listed, not given to the sentence before.
    _, snapshot = one(
        "上半年，电子信息产业增加值96.4亿元，增长12.8%，拉动工业增长3.2个百分点。"
        "软件业、物流业、金融业等现代服务行业保持较快增长，对全县经济增长的贡献率合计为38.6%。"
    )
    got = {i.name: (i.actual, i.unit) for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got["电子信息产业拉动工业增长"] == (Decimal("3.2"), "个百分点")
    assert got["现代服务行业对经济增长贡献率"] == (Decimal("38.6"), "%")
    text, snapshot = one("上半年，全县经济运行总体平稳，对全市经济增长的贡献率为12.1%。")
    assert snapshot.indicators == []  # type: ignore[attr-defined]
    assert "12.1%" in text


def test_a_figure_printed_with_two_points_is_listed_not_read() -> None:
    # In the shape of http://liulin.gov.cn/zjll/lljf2/tjsjj/202409/t20240909_1895482.shtml:
    # 12..6% is 12.6% or a digit lost; the text does not say which, so nothing is read of it.
    text, snapshot = one(
        "上半年，原油产量826.4万吨，同比下降12..6%；天然气产量3.1亿立方米，增长4.2%。"
    )
    got = {i.name: i.stated for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got["原油产量"] is None or got["原油产量"].yoy is None
    assert got["天然气产量"].yoy.text == "增长4.2%"
    assert "12..6%" in text


def test_a_place_by_completion_of_what_the_sentence_before_was_about() -> None:
    # In the shape of http://120.194.211.226/contents/1033/15493.html: the place of a completion
    # named only as such (投资占年度目标的比例) is of the projects the sentence before counted.
    _, snapshot = one(
        "上半年，市级重点项目12个，1-6月累计完成投资18.4亿元，占年度目标的56.2%。"
        "累计完成投资占年度目标的比例位居9县(区)第三。"
    )
    (ind,) = [i for i in snapshot.indicators if i.rank]  # type: ignore[attr-defined]
    assert (ind.name, ind.rank.position, ind.rank.of, ind.rank.by) == (
        "市级重点项目投资",
        3,
        9,
        "completion",
    )


def test_a_second_place_of_one_indicator_is_said_for_review() -> None:
    # In the shape of http://m.chinacrane.net/news/201712/09/126218.html: a place by
    # completion, then one by growth; a snapshot holds one place, the first (as import keeps).
    text, snapshot = one(
        "前10个月，全市实际利用外资5.6亿美元，完成全年目标的72.4%，进度居全省第三位，"
        "同比增长9.1%，增速居全省第六位。"
    )
    (ind,) = snapshot.indicators  # type: ignore[attr-defined]
    assert (ind.rank.position, ind.rank.by) == (3, "completion")
    assert "# 待核: placed 6 全省 by yoy as well" in text


def test_counts_named_after_them_in_a_list_and_levels_joined_in_one_name() -> None:
    # In the shape of https://fensifuwu.com/emotion/me/2f268907d1f1201c68cdefad0183fdd4.html
    # and http://pyrb.pyxww.com/content/202009/01/c66986.html: counts whose names follow
    # them, listed by 、; 省、市 joins two levels of government in one name.
    _, snapshot = one(
        "上半年，5个省级重点项目、12个市级重点项目全部开工；全市46个省、市重点项目完成投资38.2亿元。"
    )
    got = {i.name: i.actual for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got == {
        "省级重点项目": 5,
        "市级重点项目": 12,
        "省、市重点项目": 46,
        "省、市重点项目投资": Decimal("38.2"),
    }


def test_a_place_moved_is_where_it_stands_now() -> None:
    # In the shape of http://fzmq.gov.cn/xjwz/zwgk/tjxx/tjjd/201707/t20170705_1372399.htm: a
    # sentence of its own says where the figure before now stands; after words that name no
    # indicator (a county among the hundred best), no place is given to anything.
    _, snapshot = one("上半年，规上工业增加值31.8亿元，增长7.4%。位次由第二位下滑到第五位。")
    (ind,) = snapshot.indicators  # type: ignore[attr-defined]
    assert (ind.name, ind.rank.position) == ("规模以上工业增加值", 5)
    _, snapshot = one("上半年，地区生产总值215.6亿元。连续五年跻身全国百强县行列，排名升至第38位。")
    assert [(i.name, i.rank) for i in snapshot.indicators] == [("地区生产总值", None)]  # type: ignore[attr-defined]


def test_a_figure_opening_its_clause_is_of_what_the_clause_before_names() -> None:
    # In the shape of http://www.changzhou.gov.cn/ns_news/323151116772529: a clause names a
    # trade and says how it did, the next gives its figures without a name; what the clause
    # says of the trade (快速增长, 下滑明显) is no part of its name.
    _, snapshot = one(
        "1-6月，全县工业投资完成86.4亿元，增长9.2%。纺织行业投资快速增长，完成12.3亿元，"
        "增长18.6%；建材行业下滑明显，完成8.1亿元，下降12.4%。"
    )
    got = {i.name: (i.actual, i.stated.yoy.text) for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got == {
        "工业投资": (Decimal("86.4"), "增长9.2%"),
        "纺织行业投资": (Decimal("12.3"), "增长18.6%"),
        "建材行业投资": (Decimal("8.1"), "下降12.4%"),
    }


def test_a_growth_after_a_comparison_run_on_without_a_comma() -> None:
    # In the shape of http://www.guzhen.gov.cn/sjtj/tjyb/81158351.html: the copy lost the
    # comma after 个百分点 and the place before 固定资产投资.
    _, snapshot = one(
        "1-4月份，全固定资产投资同比增长9.4%，高于全市平均增速3.1个百分点"
        "工业投资同比增长12.7%全市第6位，低于全市平均增速0.8个百分点。"
    )
    got = {i.name: (i.stated.yoy.text, i.rank) for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got["固定资产投资"] == ("增长9.4%", None)
    assert got["工业投资"][0] == "增长12.7%" and got["工业投资"][1].position == 6


OLD_BUDGET_NAMES = ["一般公共财政预算收入", "一般预算财政收入", "公共财政预算收入"]


@pytest.mark.parametrize("printed", OLD_BUDGET_NAMES)
def test_old_names_of_the_budget_income_are_todays(printed: str) -> None:
    _, snapshot = one(f"上半年，{printed}完成5.6亿元，增长7.2%。")
    assert [i.name for i in snapshot.indicators] == ["一般公共预算收入"]  # type: ignore[attr-defined]


# In the shapes of https://tcxq.investchn.com/news/detail/id/16119.html (规上工业产值) and
# https://tljq.gov.cn/openness/OpennessContent/show/1121315.html (规模以上工业企业完成产值,
# 限上批发零售业): one indicator each, however the office shortens it.
ABOVE_SIZE_NAMES = [
    ("规上工业产值", "规模以上工业总产值"),
    ("规模以上工业企业产值", "规模以上工业总产值"),
    ("规模工业总产值", "规模以上工业总产值"),
    ("规模以上工业企业总产值", "规模以上工业总产值"),
    ("规模工业增加值", "规模以上工业增加值"),
    ("限上零售业销售额", "限额以上零售业销售额"),
    # …and the parts of the retail sales of consumer goods said without 消费品, in the shape of
    # https://www.fanchang.gov.cn/sjfb/tjgb/12037029.html (从城乡看，城镇实现零售额…).
    ("城镇零售额", "城镇消费品零售额"),
    ("乡村零售额", "乡村消费品零售额"),
    ("限额以上单位零售额", "限额以上单位消费品零售额"),
]


@pytest.mark.parametrize(("printed", "standard"), ABOVE_SIZE_NAMES)
def test_short_names_of_the_above_size_statistics_are_the_full_ones(
    printed: str, standard: str
) -> None:
    _, snapshot = one(f"1-5月，{printed}完成86.3亿元，同比增长4.9%。")
    assert [i.name for i in snapshot.indicators] == [standard]  # type: ignore[attr-defined]


def test_a_share_of_the_above_size_enterprises_output_is_of_industry() -> None:
    # In the shape of http://www.hongzhai.cn/jingmeisanwen/2021/0225/40925.html: the whole
    # named with 工业企业 first, then as 规模以上企业 in the part's share.
    _, snapshot = one(
        "上半年，规模以上工业企业完成总产值240亿元，增长8.5%。"
        "装备制造业完成产值96亿元，占园区规模以上企业总产值的40%，增长11.2%。"
    )
    got = {i.name: i for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got["装备制造业产值"].share_of == "规模以上工业总产值"
    findings = {(f.indicator.name, f.key): f.verdict for f in audit(snapshot, "t").findings}  # type: ignore[arg-type]
    assert findings[("装备制造业产值", "share")] == "consistent"  # 96 ÷ 240 = 40 %


def test_projects_named_as_pushed_ahead_are_a_class_not_a_plan() -> None:
    # In the shape of http://enteach.net/webdiceng.php?id=69195 (written anew): 重点推进项目 names
    # projects; 将推进 before a count is a plan, listed.
    text = (
        "1-5月，全市26个重点推进项目累计完成投资74.5亿元，占全市重点项目投资总额的31%。"
        "下半年将推进项目签约9个。"
    )
    _, snapshot = one(text)
    got = {i.name: i.actual for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got == {"重点推进项目": Decimal(26), "重点推进项目投资": Decimal("74.5")}
    assert unplaced_of(text) == ["9个"]


def test_projects_named_as_sped_up_are_a_class_not_a_plan() -> None:
    # In the shape of http://fgw.dazhou.gov.cn/news-show-148.html (written anew): 加快建设项目
    # names projects at a stage, each class with its completion of the quarter's target.
    _, snapshot = one(
        "一季度，新开工项目完成投资12.3亿元，完成一季度目标任务98%；"
        "加快建设项目完成投资40.6亿元，完成一季度目标任务112%。"
    )
    got = {
        i.name: (i.actual, i.stated.completion.value)  # type: ignore[attr-defined]
        for i in snapshot.indicators  # type: ignore[attr-defined]
    }
    assert got == {
        "新开工项目投资": (Decimal("12.3"), Decimal(98)),
        "加快建设项目投资": (Decimal("40.6"), Decimal(112)),
    }


def test_what_projects_complete_in_money_is_their_investment() -> None:
    # In the shape of http://enteach.net/webdiceng.php?id=69195 (written anew): 项目完成 an
    # amount of money says what they spent; a count they complete stays a count.
    _, snapshot = one(
        "上半年，全省水利工程完成16.4亿元，占全年计划58%。新能源项目完成投资9.2亿元，签约项目完成12个。"
    )
    got = {i.name: i.actual for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got == {
        "水利工程投资": Decimal("16.4"),
        "新能源项目投资": Decimal("9.2"),
        "签约项目": Decimal(12),
    }


@pytest.mark.parametrize(
    "sentence",
    ["1-9月，全县家电销售业累计完成家电销售额3.2亿元。", "9月，全县家电销售业完成销售额0.4亿元。"],
)
def test_the_sales_of_a_trade_keep_the_trade_said_once(sentence: str) -> None:
    # In the shape of https://tljq.gov.cn/openness/OpennessContent/show/1121315.html (written
    # anew): a trade's sales (by trade) are not its good's sales (a series by commodity), and the
    # good said again before 销售额 is said once.
    _, snapshot = one(sentence)
    assert [i.name for i in snapshot.indicators] == ["家电销售业销售额"]  # type: ignore[attr-defined]


def test_changes_of_the_sectors_shares_listed_are_each_sectors() -> None:
    # In the shape of
    # https://www.qdndz.gov.cn/zwgk/zfsj/tjxx/tjgb/202303/t20230321_78642252.html (written
    # anew): the shares of GDP changed over last year, in points, of each sector listed.
    _, snapshot = one("与上年比，第二、第三产业占地区生产总值的比重分别回落1.2和0.8个百分点。")
    got = {i.name: i.stated.yoy_change.value for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got == {"第二产业增加值": Decimal("-1.2"), "第三产业增加值": Decimal("-0.8")}


def test_page_break_artefacts_are_joined() -> None:
    text = (
        "上半年，引进省外资金有关工作进展顺利，各项指标稳步推进，引进省外资金完成\n\n"
        "率为54%，超过全市平均水平，四个开发区排名第一。"
    )
    _, snapshot = one(text)
    (ind,) = snapshot.indicators  # type: ignore[attr-defined]
    assert ind.stated.completion.text == "54%"


def test_a_byline_in_brackets_leaves_the_story_after_it() -> None:
    # The shape of http://sxworker.com/xinwen/sx/2017-08-02/51713.html: 本报讯(记者 某某)
    # opens the paragraph whose figures follow on the same line.
    text, snapshot = one(
        "晨报讯(记者 李明 通讯员 王芳)5月8日，记者从县商务局获悉，"
        "1-4月，全区社会消费品零售总额达52.7亿元，同比增长6.8%。"
    )
    (ind,) = snapshot.indicators  # type: ignore[attr-defined]
    assert ind.name == "社会消费品零售总额" and ind.actual == Decimal("52.7")
    assert "李明" not in text


def test_traditional_script_is_read() -> None:
    _, snapshot = one("上半年，新簽約項目簽約額213.9億元，年度目標完成率為57.65%。")
    (ind,) = snapshot.indicators  # type: ignore[attr-defined]
    assert ind.name == "新签约项目签约额" and ind.actual == Decimal("213.9")


def test_figures_of_plans_are_listed_not_placed() -> None:
    text, snapshot = one("上半年，新增绿地面积34.65万平方米。下半年将加快推进2个应急避难场所建设。")
    assert [i.actual for i in snapshot.indicators] == [Decimal("34.65")]  # type: ignore[attr-defined]
    assert "#   2个（" in text


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["地区生产总值", "新增市场主体", "签约额", "固定资产投资"]),
            st.decimals(min_value=1, max_value=99999, places=1),
            st.sampled_from(["亿元", "户", "个", "万元"]),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_every_number_in_the_output_is_in_the_input(items: list[tuple[str, Decimal, str]]) -> None:
    body = "上半年，" + "，".join(f"{n}{v}{u}" for n, v, u in items) + "。"
    out, _ = one(body)
    for line in _figure_lines(out):
        for number in re.findall(r"\d+(?:\.\d+)?", line.split("#")[0]):
            assert number in body, (number, line)


def test_check_of_a_report_text_extracts_first() -> None:
    result = runner.invoke(app, ["check", str(ARTICLE), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    assert "is a report's text: checking the draft snapshot extracted" in result.stderr


NBS_2023_H1 = (
    "2023年上半年国民经济运行情况\n\n"
    "初步核算，上半年国内生产总值593034亿元，按不变价格计算，同比增长5.5%，比一季度加快"
    "1.0个百分点。分产业看，第一产业增加值30416亿元，同比增长3.7%；第二产业增加值230682亿元，"
    "增长4.3%；第三产业增加值331937亿元，增长6.4%。上半年，社会消费品零售总额227588亿元，同比"
    "增长8.2%，比一季度加快2.4个百分点。"
)


def test_a_statistics_bureau_release() -> None:
    """国家统计局, 2023年上半年国民经济运行情况 (2023-07-17), as published."""
    _, snapshot = one(NBS_2023_H1)
    got = {
        i.name: (i.actual, i.stated.yoy.text if i.stated and i.stated.yoy else None)
        for i in snapshot.indicators  # type: ignore[attr-defined]
    }
    assert got == {
        "国内生产总值": (Decimal(593034), "增长5.5%"),
        "第一产业增加值": (Decimal(30416), "增长3.7%"),
        "第二产业增加值": (Decimal(230682), "增长4.3%"),
        "第三产业增加值": (Decimal(331937), "增长6.4%"),
        "社会消费品零售总额": (Decimal(227588), "增长8.2%"),
    }
    changes = {
        i.name: i.stated.yoy_change.text
        for i in snapshot.indicators  # type: ignore[attr-defined]
        if i.stated and i.stated.yoy_change
    }
    assert changes == {
        "国内生产总值": "比一季度加快1.0个百分点",
        "社会消费品零售总额": "比一季度加快2.4个百分点",
    }


COUNTY = (
    "某县2023年上半年经济运行\n\n"
    "1-6月，全县规上工业增加值同比增长8.7%，增速高于全市1.2个百分点。全县完成固定资产投资"
    "86.4亿元，占年度目标的73.2%，超序时进度23.2个百分点。实现一般公共预算收入18.75亿元，下降"
    "2.95%。城镇新增就业9860人，完成全年目标任务的82.2%。引进省外资金45.3亿元，欠进度12.92%。"
)


def test_a_county_passage_in_its_usual_words() -> None:
    text, snapshot = one(COUNTY)
    got = {i.name: i for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert set(got) == {
        "规模以上工业增加值",
        "固定资产投资",
        "一般公共预算收入",
        "城镇新增就业",
        "引进省外资金",
    }
    assert got["规模以上工业增加值"].stated.yoy.text == "增长8.7%"
    investment = got["固定资产投资"]
    assert investment.actual == Decimal("86.4")
    assert investment.stated.completion.text == "73.2%"  # 占年度目标的
    assert investment.stated.schedule_gap.value == Decimal("23.2")
    assert got["一般公共预算收入"].stated.yoy.value == Decimal("-2.95")
    assert got["城镇新增就业"].stated.completion.text == "82.2%"  # 完成全年目标任务的
    gap = got["引进省外资金"].stated.schedule_gap
    assert (gap.value, gap.percent_as_pp) == (Decimal("-12.92"), True)  # 欠进度 with a bare %
    assert "1.2个百分点" in text.split("not placed")[-1]  # 高于全市: another place's rate


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            list(
                "上半年全县新增完成实现目标力争突破同比增长下降占比其中，,。；:：%亿万元个户家0123456789.-"
            )
            + ["\n", "\n\n", "完成率为", "排名第一", "四个开发区中", "截至7月31日", "2023年"]
        ),
        max_size=60,
    ).map("".join)
)
def test_any_text_gives_a_draft_or_a_message(text: str) -> None:
    import tempfile

    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write(text)
    try:
        result = runner.invoke(app, ["extract", f.name, "--year", "2023", "--as-of", "2023-06-30"])
    finally:
        Path(f.name).unlink()
    assert result.exit_code in (0, 2), (result.exit_code, result.stderr, text)
    assert "internal error" not in result.stderr


WORDINGS = [
    ("全市实现地区生产总值7008.6亿元", "地区生产总值", "actual", "7008.6"),
    ("规模以上工业增加值达到1234.5亿元", "规模以上工业增加值", "actual", "1234.5"),
    ("社会消费品零售总额累计完成2805.7亿元", "社会消费品零售总额", "actual", "2805.7"),
    ("接待国内游客7991万人次", "接待国内游客", "actual", "7991"),
    ("截至6月底，全区市场主体总数达到7.17万户", "市场主体", "actual", "7.17E+4"),
    ("地区生产总值完成312.6亿元，全年目标为420亿元", "地区生产总值", "target", "420"),
    ("全年目标任务是完成招商引资300亿元。上半年，招商引资完成150亿元", "招商引资", "target", "300"),
    ("招商引资完成150亿元，完成率达到50%", "招商引资", "completion", "50%"),
    ("招商引资完成150亿元，完成全年任务的50%", "招商引资", "completion", "50%"),
    ("招商引资完成150亿元，占全年目标的50%", "招商引资", "completion", "50%"),
    ("地区生产总值312.6亿元，比上年同期增长5.4%", "地区生产总值", "yoy", "增长5.4%"),
    ("地区生产总值312.6亿元，增速为6.1%", "地区生产总值", "yoy", "6.1%"),
    ("一般公共预算收入18.75亿元，同比下降2.95%", "一般公共预算收入", "yoy", "下降2.95%"),
    ("新增市场主体7141户，同比增长12.3%", "新增市场主体", "yoy", "增长12.3%"),
    ("城镇化率58.3%，同比提高1.2个百分点", "城镇化率", "yoy", "提高1.2个百分点"),
    (
        "招商引资完成150亿元，低于时间进度4.52个百分点",
        "招商引资",
        "schedule_gap",
        "低于时间进度4.52个百分点",
    ),
    (
        "招商引资完成150亿元，快于序时进度2.1个百分点",
        "招商引资",
        "schedule_gap",
        "快于序时进度2.1个百分点",
    ),
    ("工业投资31.2亿元，占全部投资的比重为36.1%", "工业投资", "share", "36.1%"),
    ("地区生产总值312.6亿元，居全省第三", "地区生产总值", "rank", "3"),
    ("地区生产总值312.6亿元，在全市排名第二", "地区生产总值", "rank", "2"),
    # In the shape of http://www.changzhou.gov.cn/ns_news/323151116772529: the completion,
    # said with 序时进度.
    (
        "技改投资42.6亿元，完成全年目标序时进度达到81.2%",
        "技改投资",
        "completion",
        "81.2%",
    ),
    # In the shape of http://www.handmsg.com/page/2016/0514/8631699.shtml: the name in the
    # clause before, with how the growth was measured after it.
    ("全区建筑业增加值按可比价格计算，同比增长4.6%", "建筑业增加值", "yoy", "增长4.6%"),
]


@pytest.mark.parametrize(
    ("sentence", "name", "key", "want"), WORDINGS, ids=[w[0][:14] for w in WORDINGS]
)
def test_each_wording(sentence: str, name: str, key: str, want: str) -> None:
    _, snapshot = one(("" if sentence.startswith("截至") else "上半年，") + sentence + "。")
    ind = {i.name: i for i in snapshot.indicators}[name]  # type: ignore[attr-defined]
    if key in ("actual", "target"):
        assert getattr(ind, key) == Decimal(want)
    elif key == "rank":
        assert ind.rank is not None and ind.rank.position == int(want)
    else:
        assert getattr(ind.stated, key).text == want


def test_a_table_in_the_text() -> None:
    text = (
        "某县2023年1-6月主要指标\n\n"
        "| 指标 | 单位 | 1-6月 | 同比增长% | 全年目标 |\n"
        "|---|---|---:|---:|---:|\n"
        "| 地区生产总值 | 亿元 | 312.6 | 4.8 | 420 |\n"
        "| 一般公共预算收入 | 亿元 | 18.75 | -2.95 | 26 |\n"
    )
    _, snapshot = one(text)
    got = {i.name: i for i in snapshot.indicators}  # type: ignore[attr-defined]
    gdp, revenue = got["地区生产总值"], got["一般公共预算收入"]
    assert (gdp.actual, gdp.target, gdp.stated.yoy.value) == (Decimal("312.6"), 420, Decimal("4.8"))
    assert (revenue.actual, revenue.stated.yoy.value) == (Decimal("18.75"), Decimal("-2.95"))


def test_a_word_report_with_a_table(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("某区2023年上半年经济运行情况")
    document.add_paragraph("上半年，全区新增市场主体7141户，同比增长12.3%。")
    table = document.add_table(rows=2, cols=3)
    rows = [["指标名称", "本年累计（亿元）", "比上年同期增长(%)"], ["固定资产投资", "86.4", "7.9"]]
    for row, texts in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    path = tmp_path / "report.docx"
    document.save(str(path))
    text, _ = extract(path)
    snapshot = parse(text)
    got = {i.name: i for i in snapshot.indicators}
    assert got["新增市场主体"].actual == 7141
    assert got["固定资产投资"].actual == Decimal("86.4") and got["固定资产投资"].unit == "亿元"
    assert got["固定资产投资"].stated.yoy.text == "增长7.9%"


def test_units_of_different_magnitudes_side_by_side() -> None:
    _, snapshot = one(
        "上半年，地区生产总值312.6亿元，一般公共预算收入18750万元，新增市场主体1.2万户。"
    )
    got = {i.name: (i.actual, i.unit) for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got["地区生产总值"] == (Decimal("312.6"), "亿元")
    assert got["一般公共预算收入"] == (Decimal(18750), "万元")
    assert got["新增市场主体"] == (Decimal("1.2E+4"), "户")  # 1.2万 kept as printed, in 户


def test_a_fall_printed_negative_is_a_rise() -> None:
    # 下降-6.5%: the words say fall, the number is negative: a rise of 6.5%.
    _, snapshot = one("上半年，地区生产总值312.6亿元，同比下降-6.5%。")
    (ind,) = snapshot.indicators  # type: ignore[attr-defined]
    assert ind.stated.yoy.text == "下降-6.5%" and ind.stated.yoy.value == Decimal("6.5")


def test_a_bare_share_after_each_part_is_of_what_the_parts_make_up() -> None:
    # In the shape of https://www.hhky.gov.cn/info/5701/419422.htm: 其中 parts, each followed
    # by 占N% alone.
    _, snapshot = one(
        "上半年，全县农林牧渔业总产值30.0亿元，其中：农业产值15.3亿元，占51%；林业产值3.0亿元，占10%。"
    )
    parts = {i.name: i for i in snapshot.indicators if i.stated and i.stated.share}  # type: ignore[attr-defined]
    assert {n: p.stated.share.text for n, p in parts.items()} == {
        "农业产值": "51%",
        "林业产值": "10%",
    }  # type: ignore[attr-defined]
    assert {p.share_of for p in parts.values()} == {"农林牧渔业总产值"}  # type: ignore[attr-defined]
    findings = {(f.indicator.name, f.key): f.verdict for f in audit(snapshot, "t").findings}  # type: ignore[arg-type]
    # 15.3 ÷ 30.0 = 51 %, 3.0 ÷ 30.0 = 10 %.
    assert findings[("农业产值", "share")] == "consistent"
    assert findings[("林业产值", "share")] == "consistent"


def _share_verdicts(snapshot: object) -> dict[str, tuple[str | None, str]]:
    findings = {(f.indicator.name, f.key): f.verdict for f in audit(snapshot, "t").findings}  # type: ignore[arg-type]
    return {
        i.name: (i.share_of, findings[(i.name, "share")])
        for i in snapshot.indicators  # type: ignore[attr-defined]
        if i.stated and i.stated.share
    }


def test_the_plan_of_projects_listed_by_name_is_of_the_things_counted() -> None:
    # In the shape of http://m.news.wmxa.cn/n/201604/315237.html: A、B等N个things, their plan,
    # then what they did against it (占年任务的…).
    _, snapshot = one(
        "开发区牵头的金桥电子、滨河仓储中心等4个市重点项目总投资3.6亿元，2023年计划投资1.2亿元，"
        "到6月末，累计完成投资0.54亿元，占年任务的45.0%。"
    )
    got = {i.name: i for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got["市重点项目"].actual == 4
    plan = got["市重点项目投资"]
    assert (plan.actual, plan.target) == (Decimal("0.54"), Decimal("1.2"))
    findings = {(f.indicator.name, f.key): f.verdict for f in audit(snapshot, "t").findings}  # type: ignore[arg-type]
    assert Decimal("0.54") / Decimal("1.2") * 100 == Decimal("45.0")
    assert findings[("市重点项目投资", "completion")] == "consistent"


def test_projects_already_started_after_a_count_are_those_projects() -> None:
    # In the shape of http://m.4fhk.cn/content/2017-09/30/content_224998.htm:
    # a count of projects signed, then 已开工项目 (已: of those) and the rate of them.
    _, snapshot = one("截至11月底，全县新签约文旅项目48个，已开工项目36个，开工率为75%。")
    got = {i.name: i.actual for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got == {"新签约文旅项目": 48, "文旅项目已开工": 36}
    assert Decimal(36) / Decimal(48) * 100 == Decimal(75)
    assert _share_verdicts(snapshot) == {"文旅项目已开工": ("新签约文旅项目", "consistent")}


def test_a_rate_against_a_target_not_printed_is_listed_beside_one_against_a_printed_one() -> None:
    # In the shape of http://tz.panzhihua.gov.cn/tzfw/zwgk/tzsj/512937.shtml: one figure against the
    # district's target (not printed) and the city's (printed in brackets), each with its gap.
    text = (
        "1-9月，新签约外资项目27个，实际利用外资为6.12亿美元，完成区下达目标任务的138.6%，"
        "超进度63.6%，完成市下达目标任务(2.40亿美元)的255.0%，超进度180.0%。"
    )
    _, snapshot = one(text)
    got = {i.name: i for i in snapshot.indicators}  # type: ignore[attr-defined]
    money = got["实际利用外资"]
    assert (money.target, money.stated.completion.text) == (Decimal("2.40"), "255.0%")
    findings = {(f.indicator.name, f.key): f.verdict for f in audit(snapshot, "t").findings}  # type: ignore[arg-type]
    # The printed target's rate, not the other (138.6 %, whose target is not printed).
    assert Decimal("6.12") / Decimal("2.40") * 100 == Decimal("255.0")
    assert findings[("实际利用外资", "completion")] == "consistent"
    assert {"138.6%", "63.6%"} <= set(unplaced_of(text))
    assert got["新签约外资项目"].stated is None  # no rate of money on the count


def test_a_share_of_all_the_place_is_of_the_total_given_before() -> None:
    # In the shape of http://www.changzhou.gov.cn/ns_news/323151116772529 and
    # http://cmstop.ndsww.com/p/26048.html: the place's total first, then each part 占全市比重 /
    # 占全市总量, the whole named only as all of the place's.
    _, snapshot = one(
        "上半年，全市完成固定资产投资600.0亿元，同比增长3.8%。青山区完成固定资产投资174.0亿元，"
        "占全市比重为29.0%，白河县完成固定资产投资93.0亿元，占全市总量15.5%。"
    )
    # Each of the city's total, not of the part given before it (白河县 is no share of 青山区).
    assert Decimal("174.0") / Decimal("600.0") * 100 == Decimal("29.0")
    assert Decimal("93.0") / Decimal("600.0") * 100 == Decimal("15.5")
    assert _share_verdicts(snapshot) == {
        "青山区固定资产投资": ("固定资产投资", "consistent"),
        "白河县固定资产投资": ("固定资产投资", "consistent"),
    }


def test_a_share_of_things_at_a_stage_is_of_all_those_things() -> None:
    # In the shape of https://www.xuancheng.gov.cn/OpennessContent/show/2044556.html: the tasks
    # counted, then those at each stage with 占比 and no whole named.
    _, snapshot = one(
        "本季度督办的民生实事共16项。到9月底，达到序时进度12项、占比75.0%。"
        "未达到序时进度4项、占比25.0%。"
    )
    # 未达到… is no part of 达到… (it has a share itself).
    assert Decimal(12) / Decimal(16) * 100 == Decimal("75.0")
    assert Decimal(4) / Decimal(16) * 100 == Decimal("25.0")
    by_id = {i.id: i for i in snapshot.indicators}  # type: ignore[attr-defined]
    shares = {
        i.actual: (by_id[i.share_of].actual, verdict)
        for i in snapshot.indicators  # type: ignore[attr-defined]
        for name, (_, verdict) in _share_verdicts(snapshot).items()
        if i.name == name
    }
    assert shares == {12: (16, "consistent"), 4: (16, "consistent")}


def test_a_whole_of_money_printed_with_yi_alone_takes_the_shares_of_its_parts() -> None:
    # In the shape of http://www.cnfl.com.cn/news/cs/2015/0721/105607.html: the new
    # projects' funds in place first (printed 亿 without 元), then
    # 新签项目中 each kind's funds with 占比 and no whole named: of all the new projects' funds.
    _, snapshot = one(
        "其中新签项目50个，到位资金8.0亿，同比增长12.5%。"
        "新签项目中工业项目30个，到位资金5.0亿元，占比62.5%；商贸项目20个，到位资金3.0亿元，占比37.5%。"
    )
    assert Decimal("5.0") / Decimal("8.0") * 100 == Decimal("62.5")
    assert Decimal("3.0") / Decimal("8.0") * 100 == Decimal("37.5")
    assert _share_verdicts(snapshot) == {
        "工业项目到位资金": ("新签项目到位资金", "consistent"),
        "商贸项目到位资金": ("新签项目到位资金", "consistent"),
    }
    (funds,) = [i for i in snapshot.indicators if i.name == "新签项目到位资金"]  # type: ignore[attr-defined]
    assert funds.unit == "亿元"


def test_money_from_abroad_printed_with_yi_alone_is_in_no_unit_the_text_does_not_say() -> None:
    # Foreign funds are often counted in 美元: 亿 alone says no 元.
    _, snapshot = one("1-9月，全县实际利用外资资金2.4亿，同比增长6.5%。")
    (funds,) = [i for i in snapshot.indicators if i.name == "实际利用外资资金"]  # type: ignore[attr-defined]
    assert funds.unit != "亿元"


def test_a_rate_of_projects_at_a_stage_is_of_all_the_projects_counted_before() -> None:
    # In the shape of http://www.liannan.gov.cn/ztzl/zdlyxxgkzl/zdxmjs/content/post_1958172.html:
    # all the projects counted, then under a heading of their own those started and not, and
    # the rate: of all the projects (30 ÷ 40 = 75%), whatever they were called.
    _, snapshot = one(
        "一、总体情况\n全镇重点项目40个，总投资88.2亿元，1-5月完成投资5.1亿元。\n"
        "二、项目开工情况\n从项目开工情况看，已开工项目30个，未开工项目10个，开工率为75%。"
    )
    assert Decimal(30) / Decimal(40) * 100 == Decimal(75)
    assert _share_verdicts(snapshot) == {"开工项目": ("重点项目", "consistent")}


def test_a_share_of_the_revenue_is_of_the_larger_revenue_given_before() -> None:
    # In the shape of http://www.lukou.gov.cn/c18753/20200703/i1539799.html and
    # http://datalyticsgroup.com/zwgk/zdgkxx/czzj/zfyjsgk/zfysgk/202409/t20240924_3084319.htm:
    # 税收占财政总收入的比重, 税收…占比为: the whole is the revenue given before, the 总收入
    # where the words say 总收入.
    _, snapshot = one(
        "1-7月，一般公共预算总收入18000万元，地方一般公共预算收入14000万元。"
        "累计完成税收收入13500万元，税收占财政总收入的比重为75.00%。"
    )
    # 13500 ÷ 18000 = 75 %; the 地方 revenue (14000) is larger than the taxes but is no 总收入.
    assert _share_verdicts(snapshot) == {"税收收入": ("一般公共预算总收入", "consistent")}
    _, snapshot = one(
        "1-5月，一般公共预算收入40.0亿元。从收入结构看，1-5月税收32.6亿元，占比为81.5%。"
    )
    # 32.6 ÷ 40.0 = 81.5 %.
    assert _share_verdicts(snapshot) == {"税收收入": ("一般公共预算收入", "consistent")}


@pytest.mark.parametrize(
    "sentence",
    [
        "上半年，建材业和食品业增速分别为12.1%和7.4%。",
        "上半年，建材业、食品业分别增长12.1%、7.4%。",
        "上半年，建材业、食品业增长率分别为12.1%、7.4%。",
    ],
)
def test_a_list_of_growths_is_read_where_the_words_say_growth(sentence: str) -> None:
    _, snapshot = one(sentence)
    yoy = {i.name: i.stated.yoy.value for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert yoy == {"建材业": Decimal("12.1"), "食品业": Decimal("7.4")}, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # In the shape of http://www.abcjf.cn/html/news/taixing/2010/0113/19034.html (written
        # anew): each name printed with its own figure, one a clause, the growths after.
        "全年完成税收收入36.2亿元，其中增值税收入11.4亿元，分别增长9.6%和4.1%。",
        "全年税收收入达36.2亿元，增值税收入达11.4亿元，分别增长9.6%和4.1%。",
        # 同比 before 分别 names nothing (in the shape of
        # https://www.fanchang.gov.cn/sjfb/tjgb/12037029.html).
        "全年税收收入达36.2亿元，增值税收入达11.4亿元，同比分别增长9.6%和4.1%。",
    ],
)
def test_growths_listed_after_clauses_that_each_name_a_figure_go_to_those_names(
    sentence: str,
) -> None:
    _, snapshot = one(sentence)
    got = {
        i.name: (i.actual, i.stated.yoy.text)  # type: ignore[attr-defined]
        for i in snapshot.indicators  # type: ignore[attr-defined]
    }
    assert got == {
        "税收收入": (Decimal("36.2"), "增长9.6%"),
        "增值税收入": (Decimal("11.4"), "增长4.1%"),
    }, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # In the shape of http://district.ce.cn/newarea/roll/201607/09/t20160709_13663397.shtml
        # (written anew): against last year said once after 分别.
        "上半年，如教育支出、卫生健康支出、交通运输支出分别比上年同期增长12%、11.8%、下降4.8%。",
        "上半年，教育支出、卫生健康支出、交通运输支出分别同比增长12%、增长11.8%、下降4.8%。",
    ],
)
def test_a_list_of_growths_said_against_last_year_keeps_each_direction(sentence: str) -> None:
    _, snapshot = one(sentence)
    yoy = {i.name: i.stated.yoy.text for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert yoy == {"教育支出": "增长12%", "卫生健康支出": "增长11.8%", "交通运输支出": "下降4.8%"}


def test_a_list_after_clauses_that_count_and_measure_goes_to_what_they_measure() -> None:
    # In the shape of http://www.hunan.gov.cn/hnszf/xxgk/zdxm/201212/t20121229_4865243.html
    # (written anew): each clause counts projects and gives their investment; the shares of
    # the plan are of the investment, not of the count.
    _, snapshot = one(
        "按类别分，9个交通项目完成投资40.5亿元，21个水利项目完成投资12.6亿元，"
        "分别占年计划的81.2%、96.4%。"
    )
    done = {i.name: i.stated.completion.text for i in snapshot.indicators if i.stated}  # type: ignore[attr-defined]
    assert done == {"交通项目投资": "81.2%", "水利项目投资": "96.4%"}


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # A tail printed once after names of two characters (the shape of
        # https://www.qdndz.gov.cn/zwgk/zfsj/tjxx/tjgb/202303/t20230321_78642252.html, written
        # anew).
        ("上半年，第二、第三产业增加值分别增长5.1%和6.2%。", ["第二产业增加值", "第三产业增加值"]),
        (
            "上半年，城镇、农村居民人均可支配收入分别增长5.1%和6.2%。",
            ["城镇居民人均可支配收入", "农村居民人均可支配收入"],
        ),
        (
            "上半年，养老、医疗、失业保险参保人数分别增长5.1%、3%和6.2%。",
            ["养老保险参保人数", "医疗保险参保人数", "失业保险参保人数"],
        ),
        # A measure with its scope, printed once after the last name.
        (
            "上半年，装备制造和新材料规上工业增加值分别增长8.2%和11.5%。",
            ["装备制造规上工业增加值", "新材料规上工业增加值"],
        ),
        # A count takes no measure listed after it (not 重点项目个数总投资).
        ("上半年，重点项目个数、总投资分别增长12%、15%。", ["重点项目个数", "总投资"]),
        # A name of two characters that names something alone keeps only the measure.
        ("上半年，税收、土地出让收入分别增长5.1%和6.2%。", ["税收收入", "土地出让收入"]),
        ("上半年，工业、服务业增加值分别增长5.1%和6.2%。", ["工业增加值", "服务业增加值"]),
        # A name that measures itself takes no measure of the others.
        (
            "上半年，地区生产总值、规上服务业营业收入增速分别比一季度加快1.2个、2.5个百分点。",
            ["地区生产总值", "规模以上服务业营业收入"],
        ),
    ],
)
def test_a_part_printed_once_after_a_list_of_names_is_each_names(
    sentence: str, names: list[str]
) -> None:
    _, snapshot = one(sentence)
    assert [i.name for i in snapshot.indicators] == names  # type: ignore[attr-defined]


def test_what_is_measured_said_once_after_a_list_is_each_names() -> None:
    # In the shape of
    # http://www.contigotg.com/bm/qtjj_75268/zwgk_73772/fdzdgknr_73775/tjxx_tjj/sjjd_tjj/202307/t20230728_12192363.html
    # (written anew): 分别实现产值 names what each figure measures, and the growths listed
    # next are of the same names.
    _, snapshot = one(
        "上半年，纺织、机械、食品分别实现产值42.1亿元、35.6亿元、18亿元，分别增长6%、下降2.4%、增长1.1%。"
        "全县生猪、牛、羊分别出栏3100头、820头、1400只。"
    )
    got = {
        i.name: (i.actual, i.stated.yoy.text if i.stated else None)  # type: ignore[attr-defined]
        for i in snapshot.indicators  # type: ignore[attr-defined]
    }
    assert got == {
        "纺织产值": (Decimal("42.1"), "增长6%"),
        "机械产值": (Decimal("35.6"), "下降2.4%"),
        "食品产值": (Decimal("18"), "增长1.1%"),
        "生猪出栏": (Decimal("3100"), None),
        "牛出栏": (Decimal("820"), None),
        "羊出栏": (Decimal("1400"), None),
    }


def test_names_of_one_character_and_a_measure_said_again_for_the_same_things() -> None:
    # In the shape of a county's nine-month report (corpus z01, written anew): one-character
    # names share the measure printed once after the last; the clause after lists another
    # measure of the same things, in the same order, each in its own unit.
    _, snapshot = one(
        "前三季度，全县鸭、鹅出栏分别达到86.3万羽和12.4万只，存栏分别达到40.2万羽和5.1万只。"
    )
    got = {i.name: (i.actual, i.unit) for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got == {
        "鸭出栏": (Decimal("863000"), "羽"),
        "鹅出栏": (Decimal("124000"), "只"),
        "鸭存栏": (Decimal("402000"), "羽"),
        "鹅存栏": (Decimal("51000"), "只"),
    }
    # Pigs are counted as 生猪.
    _, snapshot = one("上半年，全县猪、羊出栏分别达到4.6万头和2.2万只。")
    assert [i.name for i in snapshot.indicators] == ["生猪出栏", "羊出栏"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # In the shape of a prefecture's half-year release (corpus z04, written anew): 、 between
        # the names, 和 before the last; a trade's name may hold 和 itself.
        (
            "上半年，交通运输仓储和邮政业、住宿和餐饮业和房地产业分别增长7.1%、5.6%和2.3%。",
            {"交通运输仓储和邮政业": "7.1", "住宿和餐饮业": "5.6", "房地产业": "2.3"},
        ),
        # 和 inside a name that is no trade's: as many names as figures by no sure cut, so
        # each figure is listed, none guessed.
        ("上半年，建材和食品、纺织和机械分别增长7.1%、5.6%和2.3%。", {}),
    ],
)
def test_names_listed_with_commas_and_and_before_the_last(
    sentence: str, want: dict[str, str]
) -> None:
    _, snapshot = one(sentence)
    got = {i.name: str(i.stated.yoy.value) for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got == want


def test_aims_listed_with_and_before_the_last_are_each_names() -> None:
    # In the shape of http://m.szweitang.cn/dujia/zixun/20220805/47658.html (written anew):
    # 和 before the last figure of an aim's list, as before the last name; read so, each name
    # takes its own figure (not the first name the first, and the rest one name of two).
    _, snapshot = one(
        "上半年，全区工业投资完成42亿元。力争全年工业投资、技改投资和民间投资分别达95亿元、"
        "40亿元和60亿元。"
    )
    got = {i.name: i.stretch for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got == {"工业投资": Decimal(95), "技改投资": Decimal(40), "民间投资": Decimal(60)}


def test_a_count_of_the_names_listed_before_it_is_no_figure_of_the_last() -> None:
    # In the shape of http://m.szweitang.cn/dujia/zixun/20220805/47658.html (written anew):
    # 3个新兴产业 counts the names listed before it, as many; a count of something else stays.
    from gxreport.importers.text.tokens import figures

    assert figures("做大做强智能装备、生物医药、新材料3个新兴产业") == []
    assert [f.printed for f in figures("新签约智能装备、新材料2个项目，生物医药5个项目")] == [
        "2个",
        "5个",
    ]
    _, snapshot = one("上半年，培育智能装备、生物医药、新材料3个新兴产业，新材料产业产值24.1亿元。")
    got = {i.name: i.actual for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got == {"新材料产业产值": Decimal("24.1")}
    assert [f.printed for f in figures("生物医药、新材料等5个新兴产业")] == ["5个"]


def test_what_the_clause_says_of_the_things_listed_is_no_part_of_the_last_name() -> None:
    # In the shape of http://enteach.net/webdiceng.php?id=69195 (written anew): 等项目完成度
    # 较高 says how the projects listed fared; the rates after 分别 are each project's.
    _, snapshot = one(
        "上半年，20个重点项目完成投资109亿元。其中，甲乙装备产业园、丙丁数据中心等项目完成度较高，"
        "分别占年度计划的86%和81%。"
    )
    got = {i.name: i.stated.completion.value for i in snapshot.indicators if i.stated}  # type: ignore[attr-defined]
    assert got == {"甲乙装备产业园": Decimal(86), "丙丁数据中心": Decimal(81)}


def test_value_added_printed_once_after_a_list_and_its_verb_is_each_names() -> None:
    # 增加值 is a measure, not a change (增加); the verb before it is no part of it.
    _, snapshot = one("上半年，纺织、机械分别完成增加值4.2亿元、3.5亿元。")
    got = {i.name: i.actual for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got == {"纺织增加值": Decimal("4.2"), "机械增加值": Decimal("3.5")}


def test_changes_over_last_year_listed_are_each_names() -> None:
    # In the shape of http://district.ce.cn/newarea/roll/201607/09/t20160709_13663397.shtml
    # (written anew): 减收 makes each a fall.
    _, snapshot = one("上半年，契税、印花税分别比上年同期减收0.8亿元、0.2亿元。")
    got = {i.name: i.yoy_amount for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got == {"契税": Decimal("-0.8"), "印花税": Decimal("-0.2")}


def test_a_figure_read_without_a_name_is_listed() -> None:
    import datetime as dt

    from gxreport.importers.text import extract_text

    # A change over last year that opens a report: nothing names it, so it is listed.
    _, unplaced = extract_text(
        "经济运行\n比上年同期增加3.2亿元。", "t.txt", 2023, dt.date(2023, 6, 30)
    )
    assert unplaced == ["3.2亿元"]


def test_completions_of_a_measure_listed_after_counts_are_of_each_things_measure() -> None:
    # In the shape of
    # https://fensifuwu.com/emotion/me/2f268907d1f1201c68cdefad0183fdd4.html
    # (written anew): the things counted in the clause before, each one's 投资 completed; a
    # rate of 投资 never lands on a count of projects.
    _, snapshot = one("5个省级重点项目、12个市级重点项目均已开工，投资完成率分别为112%、96.5%。")
    got = {
        i.name: (i.actual, i.stated.completion.text if i.stated else None)  # type: ignore[attr-defined]
        for i in snapshot.indicators  # type: ignore[attr-defined]
    }
    assert got == {
        "省级重点项目": (Decimal("5"), None),
        "市级重点项目": (Decimal("12"), None),
        "省级重点项目投资": (None, "112%"),
        "市级重点项目投资": (None, "96.5%"),
    }


def test_growths_said_apart_from_the_names_they_are_of() -> None:
    # In the shape of http://news.xna8.com/mz/201507/35261.html (written anew): 增幅最大
    # between the names and their growths.
    _, snapshot = one("分行业看，纺织业和食品制造业增幅最大，分别为18.2%和15.6%。")
    yoy = {i.name: i.stated.yoy.text for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert yoy == {"纺织业": "18.2%", "食品制造业": "15.6%"}


def test_parts_of_a_breakdown_said_with_an_take_the_measure_of_what_is_broken_down() -> None:
    # In the shape of http://qualipso.org/ifr6tp/detail.aspx?id=20200729151921-595828-00-000:
    # 按构成看 opens a breakdown as 分…看 does; its parts are parts of the investment.
    _, snapshot = one(
        "1-9月，全县固定资产投资增长8.1%。按构成看：设备工器具购置增长12.4%，其他费用下降3.5%。"
    )
    yoy = {i.name: i.stated.yoy.text for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert yoy == {
        "固定资产投资": "增长8.1%",
        "设备工器具购置投资": "增长12.4%",
        "其他费用投资": "下降3.5%",
    }


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # In the shape of http://www.cs0799.com/portal.php?aid=43663&mod=view: classes of
        # goods after the total of retail sales.
        (
            "前三季度全县社会消费品零售总额86.5亿元，同比增长6.2%。"
            "基本生活类商品销售较快增长，粮油食品类增长12.3%、家用电器类下降4.1%。",
            {"粮油食品类零售额": "增长12.3%", "家用电器类零售额": "下降4.1%"},
        ),
        # In the shape of http://qualipso.org/ifr6tp/detail.aspx?id=20200729151921-595828-00-000:
        # trades of retail sales, 零售额 each, not 总额.
        (
            "1-6月，全县社会消费品零售总额86.5亿元，同比增长6.2%。分行业看，住宿业下降3.4%，"
            "餐饮业增长9.8%。",
            {"住宿业零售额": "下降3.4%", "餐饮业零售额": "增长9.8%"},
        ),
    ],
)
def test_parts_of_retail_sales_are_their_retail_sales(text: str, want: dict[str, str]) -> None:
    _, snapshot = one(text)
    yoy = {i.name: i.stated.yoy.text for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert yoy == {"社会消费品零售总额": "增长6.2%", **want}


def test_a_part_said_without_the_measure_its_fellow_parts_say_is_of_that_measure() -> None:
    # In the shape of https://sxbh.sx.gov.cn/art/2023/11/13/art_1479193_58888510.html: after
    # 其中, parts of the investment each said with 投资, then 建安 without it.
    _, snapshot = one(
        "1-8月，全区固定资产投资增长6.4%，其中，工业投资增长15.2%，基础设施投资下降3.1%，建安增长7.7%。"
    )
    yoy = {i.name: i.stated.yoy.text for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert yoy["建安投资"] == "增长7.7%" and "建安" not in yoy


def test_a_part_that_says_its_own_measure_takes_none_of_its_fellows() -> None:
    # After 其中, parts of the investment each said with 投资, then a figure of its own measure
    # (an area sold): it is no 投资.
    _, snapshot = one(
        "1-9月，全县固定资产投资增长8.1%。其中，工业投资增长21.4%，基础设施投资增长6.3%，"
        "商品房施工面积下降4.6%。"
    )
    yoy = {i.name: i.stated.yoy.text for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert yoy["商品房施工面积"] == "下降4.6%" and "商品房施工面积投资" not in yoy


def test_rates_listed_by_their_words_are_shares_of_what_their_words_name() -> None:
    # In the shape of http://m.chinacrane.net/news/201712/09/126218.html (written anew):
    # 105 ÷ 150 = 70 %, 132 ÷ 150 = 88 %, 41 ÷ 205 = 20 % (printed 21%: wrong).
    _, snapshot = one(
        "1-9月，全市新签约项目150个，合同资金205亿元，履约项目132个，开工项目105个，"
        "到位资金41亿元，项目开工率、履约率和资金到位率分别为70%、88%和21%。"
    )
    verdicts = {
        (f.indicator.name, f.indicator.stated.share.text): f.verdict  # type: ignore[union-attr]
        for f in audit(snapshot, "t").findings  # type: ignore[arg-type]
        if f.key == "share"
    }
    assert verdicts.pop(("履约项目", "88%")) == "consistent"
    assert verdicts.pop(("开工项目", "70%")) == "consistent"
    assert list(verdicts.values()) == ["inconsistent"]  # 到位资金's, of 合同资金


def test_a_name_a_list_prints_is_its_own_and_not_a_like_ones() -> None:
    # In the shape of https://szb.ismx.cn/smxrb/html/2025-08/04/content_845511.htm?div=-1
    # (written anew): the whole's rank is printed alone, its parts' growths in a list; a
    # part's growth is not the whole's, however alike their names.
    _, snapshot = one(
        "全县规上服务业营业收入增幅位居全市第5位。"
        "其中，租赁和商务服务业、科学研究和技术服务业营业收入分别增长35.2%、22.6%。"
    )
    yoy = {i.name: i.stated.yoy.text if i.stated else None for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert yoy == {
        "规模以上服务业营业收入": None,
        "租赁和商务服务业营业收入": "增长35.2%",
        "科学研究和技术服务业营业收入": "增长22.6%",
    }


def test_growths_after_clauses_of_two_measures_go_to_each_as_named() -> None:
    # A measure named after the first clause's (销售额 of 商品房) is no tail of the first name.
    _, snapshot = one("全县商品房销售面积12.5万平方米，销售额8.1亿元，分别增长20.4%和18.2%。")
    yoy = {i.name: i.stated.yoy.text for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert yoy == {"商品房销售面积": "增长20.4%", "商品房销售额": "增长18.2%"}


def test_town_and_country_listed_as_one_name_are_two() -> None:
    # In the shape of http://szb.jinrifangxian.com/content/2018-11/16/022258.html
    # (written anew): 城乡 before two figures is 城镇 then 农村.
    _, snapshot = one("1-9月，城乡居民人均消费支出分别达到16240元、9310元，增长5.4%、8.1%。")
    got = {i.name: (i.actual, i.stated.yoy.text) for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got == {
        "城镇居民人均消费支出": (Decimal("16240"), "增长5.4%"),
        "农村居民人均消费支出": (Decimal("9310"), "增长8.1%"),
    }


def test_growths_listed_after_one_name_of_town_and_country_are_each_ones() -> None:
    # In the shape of a heading of
    # https://yyx.gov.cn/54892/54894/content_1731494.html
    # (written anew): no 分别, the list right after 同比.
    _, snapshot = one("四、城乡居民收入同比增长4.1%、6.3%。")
    yoy = {i.name: i.stated.yoy.text for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert yoy == {"城镇居民收入": "增长4.1%", "农村居民收入": "增长6.3%"}


def test_points_printed_short_before_the_last_of_a_list_are_points() -> None:
    # In the shape of https://www.hhky.gov.cn/info/5701/419422.htm
    # (written anew): 0.6个 is 0.6个百分点, said in full once at the end; each sector's pull on
    # growth, none written as a count of 个.
    from gxreport.importers.text.tokens import figures

    _, snapshot = one("上半年，三次产业分别拉动经济增长0.6个、4.8个、5.9个百分点。")
    got = {i.name: (i.actual, i.unit) for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got == {
        "第一产业拉动经济增长": (Decimal("0.6"), "个百分点"),
        "第二产业拉动经济增长": (Decimal("4.8"), "个百分点"),
        "第三产业拉动经济增长": (Decimal("5.9"), "个百分点"),
    }
    assert [f.kind for f in figures("加快0.8个、2.4个百分点")] == ["points", "points"]


def test_bare_figures_before_the_last_of_a_list_in_points_are_in_points() -> None:
    # In the shape of a district's project report (corpus y11, written anew): 个百分点 said
    # once after the last of the list is every figure's; a 、 alone joins them.
    from gxreport.importers.text.tokens import figures

    assert [f.kind for f in figures("分别加快0.8、2.4和1.1个百分点")] == ["points"] * 3
    assert [f.kind for f in figures("增长3，下降2.4个百分点")] == ["bare", "points"]
    _, snapshot = one(
        "上半年，全区规上工业增加值、社会消费品零售总额增速分别比一季度加快0.8、2.4个百分点。"
    )
    got = {i.name: i.stated.yoy_change.value for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got == {"规模以上工业增加值": Decimal("0.8"), "社会消费品零售总额": Decimal("2.4")}


def test_contributions_of_the_three_sectors_listed() -> None:
    _, snapshot = one("上半年，三次产业对经济增长的贡献率分别为4.1%、62.3%和33.6%。")
    got = {i.name: i.actual for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got == {
        "第一产业对经济增长的贡献率": Decimal("4.1"),
        "第二产业对经济增长的贡献率": Decimal("62.3"),
        "第三产业对经济增长的贡献率": Decimal("33.6"),
    }


def test_kinds_listed_under_what_a_sentence_gives_by_kind_take_its_measure() -> None:
    # In the shape of http://fzmq.gov.cn/xjwz/zwgk/tjxx/tjjd/201707/t20170705_1372399.htm
    # (written anew): 按行业分产值 says what the kinds listed after it measure.
    _, snapshot = one("按行业分产值完成情况：陶瓷、茶叶、竹木分别增长6.1%、12.4%、9%。")
    yoy = {i.name: i.stated.yoy.text for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert yoy == {"陶瓷产值": "增长6.1%", "茶叶产值": "增长12.4%", "竹木产值": "增长9%"}


def test_a_list_whose_names_cannot_be_counted_is_listed_whole() -> None:
    # In the shape of https://code.fabao365.com/law_588623_2.html (written anew): two
    # comparisons of one growth, no name for each; both figures are listed for review, none
    # dropped or guessed.
    import datetime as dt

    from gxreport.importers.text import extract_text

    text, unplaced = extract_text(
        "上半年，全县地区生产总值增长7.9%，与去年同期和一季度相比，增幅分别下降2.6和1.4个百分点。",
        "t.txt",
        2023,
        dt.date(2023, 6, 30),
    )
    assert unplaced == ["2.6", "1.4个百分点"]
    assert "yoy_change" not in text


def test_growths_listed_after_a_clause_without_a_figure_are_not_guessed() -> None:
    # Only one clause before the list prints a figure: two growths cannot be placed on it.
    sentence = "全年税收形势平稳，增值税收入11.4亿元，分别增长9.6%和4.1%。"
    _, snapshot = one(sentence)
    assert not [i for i in snapshot.indicators if i.stated and i.stated.yoy]  # type: ignore[attr-defined]
    # The draft quotes the sentence itself; the list of figures not placed is what must hold them.
    assert unplaced_of(sentence) == ["9.6%", "4.1%"]


def test_a_list_of_rates_named_as_rates_is_no_list_of_growths() -> None:
    # In the shape of http://m.chinacrane.net/news/201712/09/126218.html: 开工率, 履约率 and
    # 资金到位率 given together are no growths; what cannot be placed is listed.
    sentence = "1-9月，项目开工率、履约率和资金到位率分别为84%、91.2%和29%。"
    _, snapshot = one(sentence)
    assert not [i for i in snapshot.indicators if i.stated and i.stated.yoy]  # type: ignore[attr-defined]
    assert unplaced_of(sentence) == ["84%", "91.2%", "29%"]  # listed, none dropped


def test_a_change_over_last_year_is_read_as_printed_and_lets_check_judge_the_growth() -> None:
    import datetime as dt

    from gxreport.importers.text import extract_text

    # Written for this test: 38640 − 4120 = 34520, 4120 ÷ 34520 = 11.935…%; 9370 + 615 =
    # 9985, −615 ÷ 9985 = −6.159…% (printed 6.3%: wrong); 2026 − 188 = 1838, 188 ÷ 1838 =
    # 10.228…%.
    text, _ = extract_text(
        "1-6月，全县一般公共预算收入完成38640万元，比上年同期增加4120万元，增长11.9%；"
        "非税收入完成9370万元，减收615万元，下降6.3%。城镇新增就业2026人，较上年同期增加188人，"
        "增长10.2%。",
        "t.txt",
        2024,
        dt.date(2024, 6, 30),
    )
    assert "yoy_amount = 4120  # 4120万元" in text
    assert "yoy_amount = -615  # 615万元" in text  # 减收: a fall, the digits as printed
    # Never last year's figure, which no sentence prints: 34520, 9985, 1838.
    assert not re.search(r"34520|9985|1838", text)
    assert "last_year" not in text
    snapshot = parse(text)
    verdicts = {(f.indicator.name, f.key): f.verdict for f in audit(snapshot, "t").findings}  # type: ignore[arg-type]
    assert verdicts[("一般公共预算收入", "yoy")] == "consistent"
    assert verdicts[("非税收入", "yoy")] == "inconsistent"
    assert verdicts[("城镇新增就业", "yoy")] == "consistent"


def test_a_report_whose_printed_change_contradicts_its_base_is_a_finding(tmp_path: Path) -> None:
    # Written for this test, in the shape of a county finance release that prints the base,
    # the change and the rate: 8240 − 7150 = 1090, printed 增加1190 (a digit off); 1090 ÷ 7150
    # = 15.24…%, printed 15.2% (right). 减收: 3310 − 3530 = −220, printed 减收220 (right).
    path = tmp_path / "report.txt"
    path.write_text(
        "2024年1-6月，全县税收收入完成8240万元，比上年同期7150万元增加1190万元，增长15.2%；"
        "非税收入完成3310万元，比上年同期3530万元减收220万元，下降6.2%。",
        encoding="utf-8",
    )
    drafted = CliRunner().invoke(app, ["extract", str(path)])
    assert drafted.exit_code == 0, drafted.stderr
    assert 'yoy_amount = "增加1190万元"' in drafted.stdout
    assert 'yoy_amount = "减收220万元"' in drafted.stdout
    checked = CliRunner().invoke(app, ["check", str(path), "--format", "json"])
    assert checked.exit_code == 1, checked.stderr
    findings = {
        (f["name"], f["figure"]): f["verdict"]
        for f in json.loads(checked.stdout)["files"][0]["findings"]
    }
    assert findings[("税收收入", "yoy_amount")] == "inconsistent"
    assert findings[("税收收入", "yoy")] == "consistent"
    assert findings[("非税收入", "yoy_amount")] == "consistent"
    # −220 ÷ 3530 = −6.23…%: 下降6.2% holds.
    assert findings[("非税收入", "yoy")] == "consistent"
    assert "2 printed amounts checked" in checked.stderr


def test_check_refuses_a_last_year_its_change_contradicts(tmp_path: Path) -> None:
    body = (
        '[report]\ntitle = "t"\nyear = 2024\nas_of = 2024-06-30\n\n[[indicator]]\nid = "r"\n'
        'name = "税收收入"\nunit = "万元"\nactual = 52310\nyoy_amount = 6517\nlast_year = {}\n'
    )
    path = tmp_path / "s.toml"
    path.write_text(body.format(45800), encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(path)])
    assert result.exit_code == 2
    assert "税收收入" in result.stderr and "last_year" in result.stderr
    assert "yoy_amount" in result.stderr
    path.write_text(body.format(45793), encoding="utf-8")  # 52310 − 6517
    assert CliRunner().invoke(app, ["check", str(path)]).exit_code == 0


def test_a_bare_measure_done_against_a_plan_is_of_the_plan_stated_before_it() -> None:
    # In the shape of http://yhser.com/hdxwz/zwgk/wgk/jggk/lsqkgk/content/post_5263735.html:
    # the plan in one sentence, what was done of it (a bare 完成投资) in the next.
    # Written for this test: 118.25 ÷ 215 = 55 %.
    _, snapshot = one(
        "2025年，全市安排重大项目64个，总投资820.5亿元，年度投资计划215亿元。1-6月，"
        "完成投资118.25亿元，完成年度计划投资的55%，高于序时进度5个百分点。",
        year=2025,
    )
    (ind,) = [i for i in snapshot.indicators if i.name == "重大项目投资"]  # type: ignore[attr-defined]
    assert (ind.target, ind.actual) == (Decimal("215"), Decimal("118.25"))
    assert ind.stated.completion.text == "55%" and ind.stated.schedule_gap is not None
    assert not [i for i in snapshot.indicators if i.name == "投资"]  # type: ignore[attr-defined]
    findings = {(f.indicator.name, f.key): f.verdict for f in audit(snapshot, "t").findings}  # type: ignore[arg-type]
    assert findings[("重大项目投资", "completion")] == "consistent"


def test_a_plan_said_by_its_measure_alone_is_of_what_was_done_against_it() -> None:
    # In the shape of http://xxgk.qinshui.gov.cn/xzf/qsfgj/fdzdgknr/zdxmjsly/zdxmxx/202201/t20220121_1543736.shtml:
    # the plan by its measure alone at the end of one paragraph (of the works counted before
    # their kinds after 其中), what was done and its rate in the next. Written for this test:
    # 48.6 ÷ 40 = 121.5 %.
    draft, snapshot = one(
        "2024年，我县重点工程项目共24项，其中：建设项目20项，前期项目4项。"
        "总投资310.2亿元，当年计划投资40亿元。\n"
        "截至目前，全县重点工程推进有序，1-12月份，完成投资48.6亿元，投资完成率121.5%。",
        year=2024,
    )
    (ind,) = [i for i in snapshot.indicators if i.name == "重点工程投资"]  # type: ignore[attr-defined]
    assert (ind.target, ind.actual) == (40, Decimal("48.6"))
    findings = {(f.indicator.name, f.key): f.verdict for f in audit(snapshot, "t").findings}  # type: ignore[arg-type]
    assert findings[("重点工程投资", "completion")] == "consistent"
    totals = {i.name: i.actual for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert totals["重点工程总投资"] == Decimal("310.2")


def test_a_count_planned_to_reach_a_stage_is_the_target_of_those_that_did() -> None:
    # In the shape of http://zsfgw.zhoushan.gov.cn/art/2019/10/22/art_1297631_39137965.html:
    # 计划 before a stage of the year is no plan to come, and the count done after it is its
    # actual.
    draft, snapshot = one("其中，计划年内竣工项目28个，按形象进度已竣工或基本竣工12个。", year=2024)
    (ind,) = snapshot.indicators  # type: ignore[attr-defined]
    assert (ind.name, ind.target, ind.actual) == ("计划年内竣工项目", 28, 12)
    assert "# 待核: things planned to reach a stage" in draft


def test_a_count_that_reached_a_stage_is_no_plan_of_it() -> None:
    # 已开工项目 names its things: those started, not the plan's (引进项目95个，已开工项目80个).
    _, snapshot = one("今年引进区外投资项目95个，已开工项目80个，开工率达84.2%。", year=2024)
    assert all(i.target is None for i in snapshot.indicators)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        # In the shape of http://120.194.211.226/contents/1033/15493.html: 计划实施 puts the
        # projects in hand, as 谋划实施 does; the count is the year's, not a plan of it.
        ("2023年计划实施亿元以上重点项目52个，总投资210亿元。", [52, 210]),
        # In the shape of http://fgw.jiaozuo.gov.cn/jzfgw/detail/4096: a count of the year's
        # planned projects, then how many of them started: 年度计划 after a count says
        # which things were counted.
        ("今年128个年度计划新开项目实际开工96个。", [96, 128]),
    ],
)
def test_a_count_of_projects_on_the_years_plan_is_no_target(text: str, printed: list[int]) -> None:
    _, snapshot = one(text, year=2023)
    assert all(i.target is None for i in snapshot.indicators)  # type: ignore[attr-defined]
    # Every figure the sentence prints is an actual (none dropped, none a plan).
    assert sorted(i.actual for i in snapshot.indicators) == printed  # type: ignore[attr-defined]


def test_a_reason_given_for_falling_behind_schedule_is_no_task() -> None:
    # Only tasks counted behind schedule and then listed are named by their targets.
    _, snapshot = one("契税收入未达时序进度，主要原因为减收300万元。", year=2023)
    assert all(i.target is None for i in snapshot.indicators)  # type: ignore[attr-defined]


def test_a_target_said_by_its_measure_after_the_completion_is_of_that_indicator() -> None:
    # In the shape of http://m.4fhk.cn/content/2017-09/30/content_224998.htm: the actual and
    # its completion against a target not yet given, then the year's target said by its
    # measure alone with the growth it asks for. Written for this test: 128.4 ÷ 240 = 53.5 %.
    draft, snapshot = one(
        "1至6月，全县完成招商引资省外到位资金128.4亿元，完成目标任务的53.5%。\n"
        "会上明确，今年全县招商引资目标任务是实际到位资金240亿元，同比增长7%。",
        year=2024,
    )
    (ind,) = snapshot.indicators  # type: ignore[attr-defined]
    assert (ind.name, ind.actual, ind.target) == ("招商引资省外到位资金", Decimal("128.4"), 240)
    assert ind.target_yoy is not None and ind.target_yoy.value == Decimal("7")
    findings = {f.key: f.verdict for f in audit(snapshot, "t").findings}  # type: ignore[arg-type]
    assert findings["completion"] == "consistent"
    assert "# 待核: target linked by name: “到位资金” → “招商引资省外到位资金”" in draft


def test_a_target_of_its_own_things_waits_for_their_actual() -> None:
    # In the shape of http://www.czjxsdjg.com/content/2012/10/30/8523425.html: 市级重点项目's
    # plan is theirs, not the plan the projects of the county before it did not print.
    _, snapshot = one(
        "全县重点建设项目1-10月完成投资40.2亿元，占年度目标任务的66%。\n"
        "2024年我县市级重点项目12个，年度计划投资18.5亿元。1-10月完成投资15.1亿元。",
        year=2024,
    )
    got = {i.name: i for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got["重点建设项目投资"].target is None
    assert got["市级重点项目投资"].target == Decimal("18.5")


def test_a_bare_measure_after_two_plans_keeps_its_printed_name() -> None:
    # Two plans before it: whose the investment is, the text does not say.
    _, snapshot = one(
        "2025年，全市安排重大项目64个，年度投资计划215亿元；民生项目20个，年度投资计划40亿元。"
        "1-6月，完成投资118.25亿元，完成年度计划投资的55%。",
        year=2025,
    )
    names = {i.name for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert "投资" in names
    assert [i.actual for i in snapshot.indicators if i.name == "重大项目投资"] in ([], [None])  # type: ignore[attr-defined]


@pytest.mark.parametrize("dateline", ["东川网讯：", "本报讯:", ""])
def test_a_dateline_ending_in_a_colon_is_no_title(dateline: str) -> None:
    # Written for this test, in the shape of a news mirror that prints its service's name on
    # a line of its own before the story (h14 in the corpus).
    import datetime as dt

    from gxreport.importers.text import extract_text

    body = "2024年上半年临河县经济运行情况\n1-6月，全县地区生产总值完成86.4亿元，增长5.2%。\n"
    text, _ = extract_text(
        (dateline + "\n" if dateline else "") + body, "t.txt", 2024, dt.date(2024, 6, 30)
    )
    assert 'title  = "2024年上半年临河县经济运行情况"' in text
    assert 'entity = "临河县"' in text


def test_a_period_in_the_title_of_a_cited_document_is_not_the_figures() -> None:
    # Written for this test, in the shape of a finance bureau's half-year release that cites
    # the province's notice for its estimates (u07 in the corpus): the figures are the
    # half-year's, and 1-4月 names the notice. 51.6 − 50 (half a year) = 1.6 points.

    from gxreport.audit import audit
    from gxreport.importers.text import extract_text

    text, _ = extract_text(
        "2024年上半年财政收支情况\n一般公共预算支出完成82,460万元，占省定预计数"
        "(预计数取自《某省财政厅关于2024年1-4月财政收支情况的通报》)的51.6%，"
        "超过序时进度要求1.6个百分点。",
        "t.txt",
        None,
        None,
    )
    assert "as_of = 2024-04-30" not in text
    snapshot = parse(text)
    (gap,) = [f for f in audit(snapshot, "t").findings if f.key == "schedule_gap"]
    assert gap.verdict == "consistent"


def test_a_title_on_projects_under_way_names_no_place() -> None:
    # In the shape of http://cmstop.ndsww.com/p/26048.html (written anew): 在建市重点项目 in the
    # title counts the city's projects under way; 在建市 is no place, so the name keeps it.
    import datetime as dt

    from gxreport.importers.text import extract_text

    text, _ = extract_text(
        "前三季度在建市重点项目进展顺利\n截至9月末，全市86个在建市重点项目累计完成投资132.4亿元，"
        "完成年度计划的68.5%。\n",
        "t.txt",
        2024,
        dt.date(2024, 9, 30),
    )
    assert "entity =" not in text
    snapshot = parse(text)
    got = {i.name: i.actual for i in snapshot.indicators}  # type: ignore[attr-defined]
    # What key projects under way put in is the key projects' investment (names.STANDARD).
    assert got == {"在建市重点项目": Decimal(86), "市重点项目投资": Decimal("132.4")}


def test_a_month_end_said_with_to_alone_is_the_period_the_figures_run_to() -> None:
    # In the shape of https://www.wj.gov.cn/html/czwj/2017/BENMPFPJ_1019/102703.html: 至…月底
    # with no 截 before it still dates the figures; 1至…月 stays a range.
    import datetime as dt

    from gxreport.importers.text import when

    assert when.report_as_of("至10月底，全镇技改项目累计完成投资6.2亿元。", 2019) == (
        dt.date(2019, 10, 31),
        "至10月底",
    )
    assert when.report_as_of("截止到4月20日，新增市场主体812户。", 2021) == (
        dt.date(2021, 4, 20),
        "截止到4月20日",
    )
    got = when.report_as_of("1至10月，税收收入增长3.1%。", 2019)
    assert got is not None and got[0] == dt.date(2019, 10, 31)


def test_a_period_the_first_line_compares_with_is_not_the_reports() -> None:
    # Written for this test: a one-line release of 1-9月 that compares its growth with the
    # half-year's. The report runs to September; 上半年 after 较 is the period compared with.
    import datetime as dt

    from gxreport.importers.text import when

    text = "2024年1-9月，全县规模以上工业增加值增长8.1%，增速较上半年提高1.4个百分点。"
    assert when.report_as_of(text, 2024) == (dt.date(2024, 9, 30), "1-9月")
    # …and in the body, a period compared with is not counted as the figures' own.
    body = "工业概况\n1-9月，出口增长3.2%，比上半年加快0.5个百分点，比上半年回落的进口好。"
    assert when.report_as_of(body, 2024) == (dt.date(2024, 9, 30), "1-9月")


def test_a_list_of_numbered_lines_gives_each_its_name_and_lists_no_enumerator() -> None:
    # Written for this test, in the shape of a finance bureau's monthly release that numbers
    # each tax on a line of its own.
    import datetime as dt

    from gxreport.importers.text import extract_text

    text, unplaced = extract_text(
        "1-5月，税收收入完成48210万元。\n1.资源税2310万元,同比增长6.4%。\n"
        "2.房产税1875万元,同比下降3.1%。\n",
        "t.txt",
        2025,
        dt.date(2025, 5, 31),
    )
    got = {i.name: i.actual for i in parse(text).indicators}  # type: ignore[attr-defined]
    assert got["资源税"] == Decimal(2310)
    assert got["房产税"] == Decimal(1875)
    assert unplaced == []


@pytest.mark.parametrize(
    "chrome",
    [
        "您现在的当前位置:首页> 信息公开> 统计数据",
        "发布时间:2025-04-12 09:15 信息来源:县统计局 点击数:318",
        "首页 > 政务公开 > 财政预决算",
        "(资料图)",
        "【图片新闻】",
    ],
)
def test_a_line_of_page_chrome_is_no_title(chrome: str) -> None:
    # Written for this test: a web page's path to the report and its posting line printed
    # above the report's own title.
    import datetime as dt

    from gxreport.importers.text import extract_text

    body = "2025年一季度城西区财政收支情况\n1-3月，全区一般公共预算收入完成5.82亿元，增长4.1%。\n"
    text, _ = extract_text(chrome + "\n" + body, "t.txt", 2025, dt.date(2025, 3, 31))
    assert 'title  = "2025年一季度城西区财政收支情况"' in text


def test_these_before_a_name_points_back_and_is_no_part_of_it() -> None:
    # Written for this test: 这些/上述 name the things the sentence before counted, so the
    # investment is theirs, and no indicator is called 这些项目….
    import datetime as dt

    from gxreport.importers.text import extract_text

    text, _ = extract_text(
        "上半年，全镇新签约工业项目12个，这些项目计划总投资48.6亿元。\n上述项目完成投资7.2亿元。\n",
        "t.txt",
        2025,
        dt.date(2025, 6, 30),
    )
    got = {i.name: i.actual for i in parse(text).indicators}  # type: ignore[attr-defined]
    assert got["新签约工业项目计划总投资"] == Decimal("48.6")
    assert not any(name.startswith(("这些", "上述")) for name in got)


def test_a_share_of_a_part_among_the_things_the_sentence_opens_with() -> None:
    # In the shape of http://www.cnfl.com.cn/news/cs/2015/0721/105607.html (written anew):
    # 新开工项目中A项目…，占比…: each part's share is of what all those things measure
    # (18.6 ÷ 30 = 62%; 11.4 ÷ 30 = 38%), not the larger figure said last (续建项目投资).
    _, snapshot = one(
        "上半年，全县新开工项目67个，完成投资30亿元；续建项目40个，完成投资80亿元。"
        "新开工项目中工业项目42个，完成投资18.6亿元，占比62%；服务业项目25个，完成投资11.4亿元，占比38%。"
    )
    assert _share_verdicts(snapshot) == {
        "工业项目投资": ("新开工项目投资", "consistent"),
        "服务业项目投资": ("新开工项目投资", "consistent"),
    }


def test_a_counts_share_after_its_things_measure_is_of_the_count() -> None:
    # In the shape of http://www.cs0799.com/portal.php?aid=43663&mod=view (written anew): things
    # counted, what they measure, then 其中 a kind of them and its share: of the count
    # (12 ÷ 58 = 20.69%), not of the amount said last.
    _, snapshot = one(
        "上半年，全区新签约项目58个，总投资326.5亿元，其中10亿元以上项目12个，占比20.7%。"
    )
    assert _share_verdicts(snapshot) == {"10亿元以上新签约项目": ("新签约项目", "consistent")}


def test_a_counts_share_after_its_things_is_not_of_a_count_its_name_does_not_extend() -> None:
    # 开工项目 after 重大项目 and 续建项目 (of the latter, as the text says: 续建项目中): not of
    # the count of all the projects, which gives 20 ÷ 64 = 31.25%, not the printed 80%. The
    # right whole is 续建项目 (20 ÷ 25 = 80%); where the draft cannot say so, no whole at all.
    assert Decimal(20) / Decimal(25) * 100 == Decimal(80)
    _, snapshot = one(
        "1-9月，全市重大项目64个，总投资218亿元；其中续建项目25个，续建项目中开工项目20个，"
        "开工率80%。"
    )
    assert _share_verdicts(snapshot)["开工项目"] in (
        ("续建项目", "consistent"),
        (None, "not-checkable"),
    )


def test_a_drive_named_in_quotes_is_no_plan() -> None:
    # In the shape of https://159sucan.com/ShowInfo.aspx?id=157667: the drives “谋划一批”,
    # “开工一批” name what was done; 谋划 alone is still what is to come.
    text = "截至6月底，“谋划一批”重点项目12个，“开工一批”项目5个。下半年谋划重点项目20个。"
    _, snapshot = one(text)
    got = [(i.name, i.actual) for i in snapshot.indicators]  # type: ignore[attr-defined]
    assert got == [("“谋划一批”重点项目", 12), ("“开工一批”项目", 5)]
    assert "20个" in unplaced_of(text)


def test_a_part_of_investment_said_as_投资额_has_a_share_not_a_rate_of_its_own() -> None:
    # In the shape of http://xiaoxianw.com/xczx/sj/11176.html (written anew): 投资额 measures
    # what 投资 does, so 工业投资占比 is the share of a part of it, not an indicator in %.
    _, snapshot = one(
        "上半年，全区在库项目上报完成固定资产投资额86.4亿元，同比增长7.2%，工业投资占比41.5%，"
        "民间投资占比38.2%。"
    )
    shares = {
        i.name: i.stated.share.text for i in snapshot.indicators if i.stated and i.stated.share
    }  # type: ignore[attr-defined]
    assert shares == {"工业投资": "41.5%", "民间投资": "38.2%"}


def test_a_share_of_all_the_funds_is_of_all_those_things_not_a_sibling_said_nearer() -> None:
    # In the shape of http://www.cnfl.com.cn/news/cs/2015/0721/105607.html (written anew): the
    # key blocks' new projects' funds are a share of all new projects' funds (5 ÷ 12.5 = 40%), not
    # of the services projects' funds said just before.
    _, snapshot = one(
        "上半年，新签项目42个，到位资金12.5亿元。"
        "新签项目中工业项目30个，到位资金8.1亿元，占比64.8%；服务业项目12个，到位资金4.4亿元，占比35.2%。"
        "重点板块新签项目15个，到位资金5亿元，占总到位资金的40%。"
    )
    verdicts = _share_verdicts(snapshot)
    assert verdicts["重点板块新签项目到位资金"] == ("新签项目到位资金", "consistent")


def test_the_rate_of_funds_in_place_is_their_share_of_what_the_projects_promise() -> None:
    # In the shape of http://www.yaan.gov.cn/htm/articview.htm?id=20180719111752783 (written
    # anew): 资金到位率 is the funds in place against the projects' 总投资 (12.1 ÷ 86.5 = 13.99%).
    _, snapshot = one(
        "全县新签约招商项目24个，总投资86.5亿元，已开工15个，累计到位资金12.1亿元，资金到位率14%。"
    )
    assert _share_verdicts(snapshot) == {
        "新签约招商项目到位资金": ("新签约招商项目总投资", "consistent")
    }


def test_a_completion_of_things_counted_is_of_what_their_fellows_completions_measure() -> None:
    # In the shape of http://www.wjjyp.cn/hygk/jjfz/content/post_4990140.html (written anew):
    # the projects of two levels counted together and their completion, among levels whose
    # completions are of their investment: of their investment too, not of their count.
    _, snapshot = one(
        "市重点项目12个，年度计划投资20亿元，完成投资11亿元，完成年度计划的55%"
        "(省市重点项目共30个，完成率48.2%)；区重点项目18个，年度计划投资9亿元，完成投资4亿元，"
        "完成年度计划的44.4%。"
    )
    stated = {
        i.name: i.stated.completion.text  # type: ignore[attr-defined]
        for i in snapshot.indicators  # type: ignore[attr-defined]
        if i.stated and i.stated.completion
    }
    assert stated == {
        "市重点项目投资": "55%",
        "省市重点项目投资": "48.2%",
        "区重点项目投资": "44.4%",
    }


def test_a_share_of_all_the_funds_is_of_no_sub_total_where_a_sibling_has_funds_too() -> None:
    # New and continuing projects' funds, then a part of the new ones' as a share of all the
    # funds: 6.3 ÷ (21.5 + 13.5) = 18.0%, not of the new ones' alone (6.3 ÷ 21.5 = 29.3%). No
    # figure of all is printed: the share is listed with no whole, not judged inconsistent.
    assert Decimal("6.3") / (Decimal("21.5") + Decimal("13.5")) * 100 == Decimal(18)
    _, snapshot = one(
        "1-9月，全市新签项目36个，到位资金21.5亿元；续建项目25个，到位资金13.5亿元。"
        "新签项目中，开发区新签项目到位资金6.3亿元，占总到位资金的18.0%。"
    )
    assert _share_verdicts(snapshot)["开发区新签项目到位资金"] == (None, "not-checkable")


def test_an_amount_is_no_share_of_a_count_of_projects() -> None:
    # In the shape of http://www.lwx.gov.cn/tjxxtjfx/content_3227672.html: the projects in the
    # register counted, then each kind of investment 占全县投资比重 — of all the investment,
    # which no figure of the text gives, never of the 96 projects.
    _, snapshot = one(
        "1-9月，全县固定资产投资同比增长6.2%。全县在库项目96个，其中亿元以上的31个；"
        "工业投资同比增长12.4%，占全县投资比重为37.6%；民间投资同比增长2.8%，"
        "占全县投资比重为55.1%。"
    )
    got = {i.name: i for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got["工业投资"].stated.share.text == "37.6%"
    assert got["民间投资"].stated.share.text == "55.1%"
    assert {got["工业投资"].share_of, got["民间投资"].share_of} == {None}


def test_the_lead_in_of_a_breakdown_is_no_name() -> None:
    # In the shape of http://m.fqjz1.com/gongkai/show/b537f184e2d45f3e4c51725f0f77e5ad.html and
    # http://www.lwx.gov.cn/tjxxtjfx/content_3227672.html: a part of one character (钢), or
    # parts said after 分…看, never take the lead-in's words as their name.
    text = (
        "1-8月，从主要产品产量看，钢增长7.4%。"
        "分区域看，全区城镇、农村消费品零售额各为8.6亿元和3.1亿元。"
    )
    _, snapshot = one(text)
    named = {i.name: i.actual for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert not [n for n in named if n.endswith("看")]
    assert named == {
        "钢产量": None,  # one character, with what the lead-in says is measured
        "城镇消费品零售额": Decimal("8.6"),
        "农村消费品零售额": Decimal("3.1"),
    }
    growth = {i.name: i.stated.yoy for i in snapshot.indicators if i.stated}  # type: ignore[attr-defined]
    assert growth["钢产量"].text == "增长7.4%"


def test_projects_under_way_are_named_so_not_after_the_projects_counted_before() -> None:
    # In the shape of http://3g.qdn.cn/news/qdnyw/201104/56867.shtml: 实施项目 is a kind of
    # projects of its own (those being carried out), not the verb 实施 before bare 项目 that
    # would make them the new-signed ones counted just before.
    _, snapshot = one(
        "上半年，全县新签约项目64个，协议资金210.6亿元；实施项目51个，到位资金38.2亿元。"
    )
    got = {(i.name, i.actual) for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert ("实施项目", Decimal("51")) in got
    assert ("实施项目到位资金", Decimal("38.2")) in got
    assert ("新签约项目", Decimal("51")) not in got


def test_the_park_is_a_part_of_a_county_but_the_place_of_its_own_report() -> None:
    # In the shape of http://www.lwx.gov.cn/tjxxtjfx/content_3227672.html: a county's report
    # gives its park's growth after its own; the park's is not the county's indicator.
    _, county = one(
        "1-8月，全县规模工业增加值同比增长6.6%。园区规模工业增加值同比增长7.9%，"
        "占规模工业增加值比重为68.5%。"
    )
    growths = {i.name: i.stated.yoy.text for i in county.indicators}  # type: ignore[attr-defined]
    assert growths.pop("规模以上工业增加值") == "增长6.6%"
    [(park_name, park_growth)] = growths.items()
    assert park_name.startswith("园区") and park_growth == "增长7.9%"
    # A park's own report calls itself 园区, as a county's says 全县.
    _, park = one("1-8月，园区实现规模以上工业总产值86.4亿元，同比增长9.2%。")
    assert [i.name for i in park.indicators] == ["规模以上工业总产值"]  # type: ignore[attr-defined]


def test_a_schedule_gap_is_of_the_completion_printed_before_it() -> None:
    # In the shape of the county report annotated as z06 (written anew): the projects counted
    # are one indicator, what they invested against the plan another; the gap after the
    # completion is the investment's (44.6 − 5/12 = 3.0 个百分点), not the count's.
    _, snapshot = one(
        "截至5月底，6个省级重点项目累计完成投资12.8亿元，占年度投资计划44.6%，超时序进度3个百分点。"
    )
    got = {i.name: i for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert got["省级重点项目"].actual == Decimal(6)
    assert got["省级重点项目"].stated is None or got["省级重点项目"].stated.schedule_gap is None
    stated = got["省级重点项目投资"].stated
    assert stated.completion.text == "44.6%"
    assert stated.schedule_gap.text == "超时序进度3个百分点"


def test_a_target_of_the_reports_own_quarter_is_its_period_target() -> None:
    # In the shape of the district budget report annotated as y06 (written anew): to 30
    # September, 三季度目标 is the period's own target, and the rate is judged against it
    # (27.48 ÷ 26.9 = 102.16 %), not against an annual target.
    _, snapshot = one(
        "1-9月，全区税收收入累计完成27.48亿元，同比增长6.1%，为市下三季度目标26.9亿元的102.16%。"
    )
    (ind,) = [i for i in snapshot.indicators if i.name == "税收收入"]  # type: ignore[attr-defined]
    assert (ind.actual, ind.period_target, ind.target) == (Decimal("27.48"), Decimal("26.9"), None)
    verdicts = {f.key: f.verdict for f in audit(snapshot, "t").findings if f.indicator is ind}  # type: ignore[arg-type]
    assert verdicts["completion"] == "consistent"


def test_a_target_of_a_later_quarter_is_no_target_of_the_year() -> None:
    # To 30 June, a third quarter's target is neither the year's nor the period's: listed with
    # the rate against it.
    text = "1-6月，全区税收收入累计完成17.4亿元，为三季度目标26.9亿元的64.68%。"
    _, snapshot = one(text)
    (ind,) = [i for i in snapshot.indicators if i.name == "税收收入"]  # type: ignore[attr-defined]
    assert (ind.target, ind.period_target) == (None, None)
    assert ind.stated is None or ind.stated.completion is None
    listed = " ".join(unplaced_of(text))
    assert "26.9亿元" in listed and "64.68%" in listed


def test_a_completion_of_the_periods_target_is_not_judged_against_the_years() -> None:
    # 完成上半年目标任务的103% with the year's target of 150 printed: 79.3 ÷ 150 = 52.9 % is no
    # test of 103 %; the rate is of the half-year's target, which the text does not print.
    text = (
        "2023年全县固定资产投资目标150亿元。"
        "上半年，全县固定资产投资完成79.3亿元，完成上半年目标任务的103%。"
    )
    _, snapshot = one(text)
    (ind,) = [i for i in snapshot.indicators if i.name == "固定资产投资"]  # type: ignore[attr-defined]
    assert ind.target == Decimal(150)
    (finding,) = [f for f in audit(snapshot, "t").findings if f.key == "completion"]  # type: ignore[arg-type]
    assert finding.verdict == "not-checkable"
    # Of a quarter the report has not reached: no rate of this snapshot at all.
    later = "1-6月，全县固定资产投资完成79.3亿元，完成三季度目标任务的68.4%。"
    _, snapshot = one(later)
    assert all(i.stated is None or i.stated.completion is None for i in snapshot.indicators)  # type: ignore[attr-defined]
    assert "68.4%" in " ".join(unplaced_of(later))


def test_a_growth_target_said_in_its_own_sentence_judges_the_gap_to_it() -> None:
    # 增长目标为6.5% names what it is the target of before its words; the gap printed with the
    # growth is then judged against it: 7.2 − 6.5 = 0.7 个百分点.
    _, snapshot = one(
        "全年规上工业增加值增长目标为6.5%。一季度，全县规上工业增加值增长7.2%，高于年度目标0.7个百分点。"
    )
    (ind,) = snapshot.indicators  # type: ignore[attr-defined]
    assert ind.name == "规模以上工业增加值"
    assert ind.target_yoy.value == Decimal("6.5")
    (finding,) = [f for f in audit(snapshot, "t").findings if f.key == "yoy_change"]  # type: ignore[arg-type]
    assert finding.verdict == "consistent"


def test_completions_of_the_periods_target_and_of_the_years_are_both_judged() -> None:
    # 40.3 ÷ 38 = 106.05 % of the quarter's target and 40.3 ÷ 160 = 25.19 % of the year's: every
    # input printed, so neither rate is left unjudged, in either order.
    for text in (
        "一季度，全县固定资产投资完成40.3亿元，完成一季度目标任务38亿元的106.1%，"
        "完成年度目标160亿元的25.2%。",
        "一季度，全县固定资产投资完成40.3亿元，完成年度目标160亿元的25.2%，"
        "完成一季度目标任务38亿元的106.1%。",
    ):
        _, snapshot = one(text)
        verdicts = sorted(
            (f.stated_text, f.verdict)
            for f in audit(snapshot, "t").findings  # type: ignore[arg-type]
            if f.key == "completion"
        )
        assert verdicts == [("25.2%", "consistent"), ("完成一季度目标106.1%", "consistent")]


def test_a_rate_only_aimed_at_is_no_completion() -> None:
    # 力争/确保 … 的110%: what the year is meant to reach, not what was done: listed.
    for text in (
        "1-6月，全镇工业投资完成12.4亿元，确保完成全年目标任务的100%。",
        "1-6月，全镇税收收入完成1.36亿元，力争全年完成年度预算的110%。",
    ):
        _, snapshot = one(text)
        assert all(i.stated is None or i.stated.completion is None for i in snapshot.indicators)  # type: ignore[attr-defined]
        assert any(u.endswith("%") for u in unplaced_of(text)), text


def test_a_plan_of_a_later_quarter_is_neither_done_nor_the_years() -> None:
    # To 30 June, 三季度计划完成投资 is what the third quarter is to do: listed, not an actual of
    # a 计划投资 nor a target of the year.
    text = "1-6月，全县重点项目完成投资35.2亿元。三季度计划完成投资18.6亿元。"
    _, snapshot = one(text)
    amounts = {(i.actual, i.target) for i in snapshot.indicators}  # type: ignore[attr-defined]
    assert amounts == {(Decimal("35.2"), None)}
    assert "18.6亿元" in unplaced_of(text)


@pytest.mark.parametrize(("printed", "linked"), [("52.3%", True), ("61.2%", False)])
def test_a_plan_of_a_like_name_is_its_completions_target(printed: str, linked: bool) -> None:
    # In the shape of the banner's key-project report annotated as y05 (written anew): the plan
    # is said of 重大项目, the investment done of 重点项目; 45.2 ÷ 86.4 = 52.31 % ties them, 61.2 %
    # would not, and then the plan stays apart.
    _, snapshot = one(
        "2023年实施重大项目120项，当年计划投资86.4亿元。"
        f"截至目前，全县重点项目完成投资45.2亿元，完成投资目标的{printed}。"
    )
    got = {i.name: (i.actual, i.target) for i in snapshot.indicators}  # type: ignore[attr-defined]
    if linked:
        assert got["重点项目投资"] == (Decimal("45.2"), Decimal("86.4"))
        assert "重大项目投资" not in got
    else:
        assert got["重点项目投资"] == (Decimal("45.2"), None)
        assert got["重大项目投资"] == (None, Decimal("86.4"))


def test_a_rate_of_a_count_at_a_stage_is_of_the_things_its_paragraph_counted() -> None:
    # In the shape of the banner's key-project report annotated as y05 (written anew): the
    # projects are counted in one sentence, those started in the next; 30 ÷ 36 = 83.33 %.
    _, snapshot = one(
        "2023年，全县列入市级重点项目36项，新建项目20项，续建项目16项。"
        "截至目前，共开工30项，未开工6项，开工率为83.3%。"
    )
    assert _share_verdicts(snapshot) == {"市级重点项目已开工": ("市级重点项目", "consistent")}


def test_a_whole_smaller_than_its_part_is_not_linked() -> None:
    # 已开工38项 cannot be a share of 续建项目18项, whatever the words say: no whole is better
    # than a wrong one (check would call the rate inconsistent).
    _, snapshot = one("全县续建项目18项。已开工项目38项，占续建项目的95%。")
    assert all(i.share_of is None for i in snapshot.indicators)  # type: ignore[attr-defined]
