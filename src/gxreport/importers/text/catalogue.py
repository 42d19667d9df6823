"""The wordings extract reads, as data: each row a pattern over a sentence's shape and the roles
it gives the figures it covers, with a sentence of its own (the row's test).

A sentence's shape is its text with each figure replaced by one mark of its kind (tokens.MARK).
A pattern is a regular expression over the shape, written with these abbreviations:

    {A} an amount (a figure with a unit or 万/亿)   {P} a rate in %      {G} 个百分点
    {B} a bare number                                {N} an amount or a bare number
    {R} a rate: % or 个百分点                          {F} any figure
    {w} a character of the same clause that is not a figure
    {zh} a small number in Chinese or Arabic numerals (ranks: 第一, 前三, 四个开发区)

Named groups say what the covered figures are: ``actual``, ``target``, ``stretch``,
``last_year``, ``yoy_amount`` (the change over last year), ``target_yoy``, ``whole``
(levels), ``completion``, ``yoy``, ``share``,
``schedule_gap``, ``yoy_change`` (printed rates: the group holds the words printed with the
figure, 下降2.95%), ``list`` (figures mapped in order onto the names listed before 分别),
``skip`` (figures that are no figure of a snapshot: a plan, a modifier, another place's rate),
``name`` (the indicator's name where the row knows it), and for ranks ``pos``, ``of``,
``among``, ``by``. Rows are tried in order; a figure keeps the first role a row gives it.
``when`` limits a row to reports of part of a year (全年完成… is an aim in a half-year report).

Sentences are written for these rows in the shape of the real report cited (``source``),
with another subject and other figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from gxreport.importers.text.tokens import MARK, MARKS

When = Literal["always", "partial-year"]


@dataclass(frozen=True)
class Row:
    name: str
    pattern: str
    example: str  # a sentence written for the row
    # What the example gives: (indicator name, role, figure as written in the draft).
    expect: tuple[tuple[str, str, str], ...]
    source: str = ""  # where a report words it so
    when: When = "always"
    role: str = ""  # for `list` rows: the role the listed figures take
    # The row applies only after these words earlier in the sentence (力争A，B: B is an aim too).
    after: str = ""
    # For `list` rows whose names are not printed but standard (三次产业结构 → the three
    # sectors' 增加值), and the whole their shares are of.
    names: tuple[str, ...] = ()
    whole: str = ""
    regex: re.Pattern[str] = field(init=False, repr=False, compare=False)
    after_regex: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "regex", compile_pattern(self.pattern))
        object.__setattr__(self, "after_regex", compile_pattern(self.after) if self.after else None)


_NOT_FIGURE = f"[^{MARKS},;:。!?]"
_ZH_NUM = "(?:[一二三四五六七八九十两]{1,3}|\\d{1,2})"
_ABBREVIATIONS = {
    "{A}": MARK["amount"],
    "{P}": MARK["percent"],
    "{G}": MARK["points"],
    "{B}": MARK["bare"],
    "{N}": f"[{MARK['amount']}{MARK['bare']}]",
    "{R}": f"[{MARK['percent']}{MARK['points']}]",
    "{F}": f"[{MARKS[:4]}]",
    "{w}": _NOT_FIGURE,
    "{zh}": _ZH_NUM,
}
_ABBREVIATION = re.compile("|".join(re.escape(k) for k in _ABBREVIATIONS))


@cache
def compile_pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(_ABBREVIATION.sub(lambda m: _ABBREVIATIONS[m.group()], pattern))


# Words of direction printed with a rate: part of the figure (下降2.95% is −2.95%).
UP_DOWN = "(?:增长|下降|减少|增加|提高|降低|上升|下滑|回落|上涨|下跌|增|降|减|负增长|回升)了?"
# An amount of change against last year (增收2140万元): the figure's yoy_amount.
CHANGE = "(?:增收|减收|增支|减支|多收|少收|增加|减少|多支|少支|多完成|少完成)"
# Against the same period of last year, said before a rate.
OVER_LAST_YEAR = r"(?:同比|比上年同期|比去年同期|较上年同期|较去年同期|比上年|比去年|较上年|较去年)"
# An earlier period a rate is compared with (比一季度加快…, 低于去年同期…).
EARLIER = (
    r"(?:一季度|上季度|一季|[1-4一二三]季度|上半年|年初|上月|前期|1-\d{1,2}月(?:份)?"
    r"|1—\d{1,2}月(?:份)?|前\d{1,2}个?月|去年同期|上年同期|上年|去年|去年末|上年末)"
)
# How a rate moved against an earlier one, in points.
CHANGE_OF_A_RATE = "(?:加快|回落|提高|下降|收窄|扩大|提升|回升|放缓)了?"
# Ahead of or behind a schedule (超序时进度, 高出时序进度, 落后于时间进度).
AGAINST_SCHEDULE = "(?:超出|超过|超|高出|高于|快于|领先|低于|落后于|落后|慢于|滞后|欠)"
# 序时进度 and its synonyms: 时序进度, 时间进度, 均衡进度, 计划进度, 进度.
SCHEDULE = "(?:序时|时序|时间|平均|均衡|任务|目标|计划)?进度"
# Places a rank or another place's rate is among.
AMONG = (
    "(?:全国|全省|全市|全州|全区|全县|全盟|省内|市内|同类[^\\d,;。]{0,6}"
    "|[^\\d,;。增幅速在]{0,4}(?:地区|县区|县市区|区县|开发区|园区|城市|城区))"
)

# A part of the year or a time still to come: a plan of it is not the year's (下半年计划完成…).
LATER = r"(?:上半年|下半年|[一二三四1-4]季度|下一步|下阶段|下步|明年|今后)"
# Words that only mean to reach what follows them (确保完成全年目标任务).
AIM = r"(?:确保|力争|争取|努力|力求|奋力|全力|坚决)"

ROWS: tuple[Row, ...] = (
    # ── a target inside the completion phrase ──────────────────────────────────────────
    Row(
        "completion-of-stated-target",
        r"(?:完成|占|达到|为|是)(?:了)?{w}{0,12}?(?:目标任务数|目标任务|目标|任务数|任务|预算|计划)"
        # 的 left out (为三季度目标33.2亿元101.7%): the rate right after the target is of it.
        r"(?:数)?(?:为)?(?P<target>{A})的?(?P<completion>{P})",
        "1-6月，全县完成固定资产投资215.6亿元，完成年度目标任务468亿元的46.07%。",
        (("固定资产投资", "target", "468"), ("固定资产投资", "completion", "46.07%")),
        source="https://www.qinan.gov.cn/info/10882/375331.htm",
    ),
    # 完成年度计划投资120亿元的56.8%: the plan named by what it plans (投资, 资金) before its
    # figure, the target of what was done.
    Row(
        "completion-of-a-plan-of-a-measure",
        r"(?:完成|占|达到|为|是)(?:了)?{w}{0,12}?(?:目标任务|目标|任务|计划)(?:投资|资金|金额)"
        r"(?:数)?(?:为)?(?P<target>{A})的(?P<completion>{P})",
        "1-9月，全市重点项目完成投资142.5亿元，完成年度计划投资260亿元的54.8%。",
        (
            ("重点项目投资", "actual", "142.5"),
            ("重点项目投资", "target", "260"),
            ("重点项目投资", "completion", "54.8%"),
        ),
        source="http://minhou.gov.cn/xjwz/zwgk/zdlyxxgk/zdxm/xmjz/202307/t20230712_4636205.htm",
    ),
    # 完成年度指标86.4亿元的61.2%, 完成市下达指标…的…: the quota (指标) measured against is
    # the target.
    Row(
        "completion-of-a-quota",
        r"(?:完成|占|达到|为)(?:了)?{w}{0,10}?指标(?:数)?(?:为)?"
        r"(?P<target>{A})的(?P<completion>{P})",
        "1-4月，开发区完成税收48.6亿元，同比增长9.1%，完成年度指标120亿元的40.5%。",
        (
            ("开发区税收", "actual", "48.6"),
            ("开发区税收", "target", "120"),
            ("开发区税收", "completion", "40.5%"),
        ),
        source="https://jinshan-sh.com/node/114?page=4",
    ),
    # 为县人民代表大会批准全县全年预算79,231万元的13.76%: the budget as the body that approved
    # it says, a name too long for the row above; the figure measured against is its target.
    Row(
        "completion-of-an-approved-budget",
        r"(?:完成|占|达到|为)(?:了)?{w}{0,16}?批准{w}{0,8}?(?:预算|计划)(?:数)?(?:为)?"
        r"(?P<target>{A})的(?P<completion>{P})",
        "1-6月，全区税收收入完成12,460万元，为区人民代表大会批准全区全年预算25,300万元的49.2%，"
        "比上年同期11,870万元增收590万元，增长5%。",
        (
            ("税收收入", "actual", "12460"),
            ("税收收入", "target", "25300"),
            ("税收收入", "completion", "49.2%"),
            ("税收收入", "last_year", "11870"),
        ),
        source="http://mdx.gov.cn/info/2069/42656.htm",
    ),
    # A budget figure measured against (完成了年度预算指标730万元的62.9%) is its target.
    Row(
        "completion-of-budget-figure",
        r"(?:完成|占)(?:了)?{w}{0,8}?预算指标(?:为)?(?P<target>{A})的(?P<completion>{P})",
        "上半年公司实现营业收入3650万元，完成全年预算指标8000万元的45.63%。",
        (("营业收入", "target", "8000"), ("营业收入", "completion", "45.63%")),
        source="http://5p9vjchr7weadzq.com/news/member-news/14640.html",
    ),
    Row(
        "completion-of-target-said-before",
        r"(?:完成|占|达到|为)(?:了)?{w}{0,8}?(?P<target>{A})(?:的)?"
        r"(?:目标任务|目标|任务|预算|计划)(?:数)?的(?P<completion>{P})",
        "实际到位资金52.3亿元，完成全年60亿目标任务的87.17%。",
        (("实际到位资金", "target", "60亿元"), ("实际到位资金", "completion", "87.17%")),
        source="http://tz.panzhihua.gov.cn/tzfw/zwgk/tzsj/512937.shtml",
    ),
    Row(
        "completion-of-target-in-brackets",
        r"(?:完成|占|达到|为)(?:了)?{w}{0,16}?(?:目标任务|目标|任务|预算|计划){w}{0,8}?(?:的)?"
        r"[(（](?P<target>{A})[)）]的(?P<completion>{P})",
        "县外到位资金18.36亿元，完成市下达全年任务(30.5亿元)的60.2%；完成县定全年任务(35亿元)的52.46%。",
        (
            ("县外到位资金", "target", "30.5"),
            ("县外到位资金", "completion", "60.2%"),
            ("县外到位资金", "stretch", "35"),
            ("县外到位资金", "stretch_completion", "52.46%"),
        ),
        source="http://hmzj666.com/sichuan/info/149480.html",
    ),
    Row(
        "target-in-brackets",
        r"[(（](?:年度|全年|年)?(?:任务数|目标任务|目标数|目标|任务|计划数|计划)(?:占比)?(?:为|是)?"
        r"(?P<target>[{A}{P}])[)）]",
        "新引进规上企业17家(任务数15家)，招商到位资金28亿元(任务数30亿元)。",
        (("新引进规上企业", "target", "15"), ("招商到位资金", "target", "30")),
        source="https://www.bjq.gov.cn/qdmz/tzbj/zsyzsj/202401/t20240124_86096331.html",
    ),
    # 市上下达我县新谋划项目任务12个: a task handed down is the target of what it names.
    Row(
        "task-handed-down",
        r"下达{w}{0,24}?任务(?:数)?(?:为|是)?(?P<target>{A})",
        "2023年市上下达我县新引进企业任务16个，现已完成18个，完成市上任务的112.5%。",
        (
            ("新引进企业", "target", "16"),
            ("新引进企业", "actual", "18"),
            ("新引进企业", "completion", "112.5%"),
        ),
        source="http://hmzj666.com/sichuan/info/149480.html",
    ),
    Row(
        "share-of-budget",
        r"占(?:年初|全年|年度)?(?:预算|计划)(?P<target>{A})的(?P<completion>{P})",
        "一般公共预算支出8.6亿元，占年初预算15.2亿元的56.6%。",
        (("一般公共预算支出", "target", "15.2"), ("一般公共预算支出", "completion", "56.6%")),
        source="https://www.tianshui.gov.cn/jkq/info/1912/135482.htm",
    ),
    # ── a year-on-year rate with its base printed inline ─────────────────────────────
    Row(
        "yoy-with-base",
        r"(?:比|较)(?:上年|去年)(?:同期)?(?:的)?{w}{0,12}?(?P<last_year>{A})"
        r"(?:" + CHANGE + r"(?P<yoy_amount>{A})[,，、]?)?(?P<yoy>" + UP_DOWN + r"{P})",
        "税收收入完成3456万元，比上年同期2987万元增长15.7%。",
        (("税收收入", "last_year", "2987"), ("税收收入", "yoy", "增长15.7%")),
        source="https://www.qinan.gov.cn/info/10882/375331.htm",
    ),
    # 分别比上年增加3.2亿元、1.1亿元: how much each listed figure changed over last year.
    Row(
        "yoy-amount-list",
        r"分别" + OVER_LAST_YEAR + r"(?P<dir>" + CHANGE + r")(?P<list>{A}(?:[、和]{A})+)",
        "上半年，增值税、企业所得税分别比上年同期增收1.6亿元、0.9亿元。",
        (("增值税", "yoy_amount", "1.6亿元"), ("企业所得税", "yoy_amount", "0.9亿元")),
        role="yoy_amount",
        source="http://district.ce.cn/newarea/roll/201607/09/t20160709_13663397.shtml",
    ),
    Row(
        "change-against-last-year",
        r"(?:同比|比上年同期|比去年同期|较上年同期|较去年同期|(?:比|较)(?:上年|去年)同月|比上年|较上年|比去年|较去年)"
        # 多/少 alone (比上年同期多12个): more or fewer than last year, as 增加/减少.
        + r"(?:"
        + CHANGE
        + r"|多|少)"
        + r"(?P<yoy_amount>{A})",
        "非税收入6210万元，比上年减收830万元，下降11.8%。",
        (
            ("非税收入", "actual", "6210"),
            ("非税收入", "yoy_amount", "-830"),
            ("非税收入", "yoy", "下降11.8%"),
        ),
        source="http://www.changzhou.gov.cn/ns_news/323151116772529",
    ),
    # 较去年同期增长126.8亿元: the change over last year said with the verb of a growth
    # rate (the figure's yoy_amount).
    Row(
        "growth-as-an-amount",
        r"(?:比上年同期|比去年同期|较上年同期|较去年同期|比上年|较上年|比去年|较去年)"
        r"(?:增长|下降)了?(?P<yoy_amount>{A})",
        "全市重点建设项目完成投资286.4亿元，较去年同期增长97.2亿元，同比增长51.38%。",
        (
            ("重点建设项目投资", "actual", "286.4"),
            ("重点建设项目投资", "yoy_amount", "97.2"),
            ("重点建设项目投资", "yoy", "增长51.38%"),
        ),
        source="https://456150.com.cn/bmpd/jmsfzhggj/zdlyxxgk/zdjsxmxxgk/zdxmjz/content/post_2314420.html",
    ),
    # 增加4120万元, after the figure it changes and before its growth: how much the figure
    # changed against last year, its yoy_amount (the growth after it is the figure's too).
    Row(
        "change-after-a-figure",
        r"(?<=[{A}][,，])" + CHANGE + r"(?P<yoy_amount>{A})(?=[,，]?" + UP_DOWN + r"{P})",
        "截至9月底，契税完成8254万元，增加1317万元，增长18.99%；印花税完成963万元，减少52万元，"
        "下降5.12%。",
        (
            ("契税", "actual", "8254"),
            ("契税", "yoy_amount", "1317"),
            ("契税", "yoy", "增长18.99%"),
            ("印花税", "actual", "963"),
            ("印花税", "yoy_amount", "-52"),
            ("印花税", "yoy", "下降5.12%"),
        ),
        source="http://www.lukou.gov.cn/c18753/20200703/i1539799.html",
    ),
    # 增收2.85亿元、增长9.4%: the change and the growth joined by 、 after the figure they are
    # of, its yoy_amount and 同比 both.
    Row(
        "change-joined-to-its-growth",
        r"(?<=[{A}][,，])" + CHANGE + r"(?P<yoy_amount>{A})(?=、" + UP_DOWN + r"{P})",
        "一季度，全县一般公共预算收入24.16亿元，增收2.85亿元、增长13.4%，完成年度预算的27.9%。",
        (
            ("一般公共预算收入", "actual", "24.16"),
            ("一般公共预算收入", "yoy_amount", "2.85"),
            ("一般公共预算收入", "yoy", "增长13.4%"),
            ("一般公共预算收入", "completion", "27.9%"),
        ),
        source="http://m.hangkong.rexun.cn/gz/2023/0425/11705.html",
    ),
    # 同比增长48.0%，增收9586万元: the change against last year said after the growth, the
    # figure's yoy_amount as well, where the two go the same way (增长15.7%，减少1200万元 is of
    # something else).
    Row(
        "change-after-its-growth",
        r"(?:(?<=(?:增长|提高|上升|增加)[{P}][,，])(?:增收|增支|多收|多支|增加|多完成)"
        r"|(?<=(?:下降|降低|减少)[{P}][,，])(?:减收|减支|少收|少支|减少|少完成))"
        r"(?P<yoy_amount>{A})",
        "1至5月，全镇税收收入完成31870万元，同比增长12.4%，增收3512万元，总量居全区第三位。",
        (
            ("税收收入", "actual", "31870"),
            ("税收收入", "yoy", "增长12.4%"),
            ("税收收入", "yoy_amount", "3512"),
            ("税收收入", "rank", "3"),
        ),
        source="http://zhld.com/zkrb/html/2013-09/30/content_1027378.htm",
    ),
    # 同比增长9.6%，减收420万元: a change the other way than the growth is no change of that
    # figure, and names nothing: listed.
    Row(
        "change-against-its-growth",
        r"(?:(?<=(?:增长|提高|上升|增加)[{P}][,，])(?:减收|减支|少收|少支|减少|少完成)"
        r"|(?<=(?:下降|降低|减少)[{P}][,，])(?:增收|增支|多收|多支|增加|多完成))"
        r"(?P<skip>{A})",
        "1-6月，全镇非税收入2860万元，同比增长9.6%，减收420万元。",
        (("非税收入", "yoy", "增长9.6%"),),
    ),
    # 同比增长44.83%，累计净增开票销售13.84亿元: the net increase said after the growth, with the
    # figure's name again, is its yoy_amount too. Only the figure's own name, or none, between
    # 净增 and the amount: 净增贷款余额 after 存款余额 is another figure.
    Row(
        "net-increase-after-its-growth",
        r"(?P<measure>{w}{2,10}?){A}[,，](?:同比)?(?:增长|提高|上升|增加){P}[,，]"
        r"(?:累计)?净增(?:(?P=measure))?(?P<yoy_amount>{A})",
        "上半年，全县实现外贸进出口额36.80亿元，同比增长8.50%，净增进出口额2.88亿元。",
        (
            ("外贸进出口额", "actual", "36.80"),
            ("外贸进出口额", "yoy", "增长8.50%"),
            ("外贸进出口额", "yoy_amount", "2.88"),
        ),
        source="https://www.jintan.gov.cn/html/czjt/2019/JFIDQAOP_0708/121337.html",
    ),
    # 超月进度3260万元, 短平均进度870万元: what the income is above or below its budget's
    # share to date, an amount of no snapshot's field.
    Row(
        "amount-beyond-progress",
        r"(?:超出|超过|超|短|低于|高于)(?:月|季|年|平均|序时|时序|时间|计划)?进度(?:目标)?(?P<change>{A})",
        "5月份，全区税收收入完成3120万元，占年初预算月进度的86.4%，短月进度491万元，"
        "较上年同月增收206万元，增长7.1%。",
        (
            ("税收收入", "actual", "3120"),
            ("税收收入", "completion", "86.4%"),
            ("税收收入", "yoy_amount", "206"),
            ("税收收入", "yoy", "增长7.1%"),
        ),
        source="https://www.tianshui.gov.cn/jkq/info/1912/135482.htm",
    ),
    # (剔除上年一次性因素5400万元的影响): a figure in an aside that says what a comparison leaves
    # out, no figure of a snapshot.
    Row(
        "a-figure-left-out",
        r"[(（](?:剔除|扣除|不含|不包括)[^)）,;。]{0,20}?(?P<skip>{A})[^)）,;。]{0,10}[)）]",
        "一般公共预算收入完成9870万元。同口径(剔除上年资产处置因素2650万元的影响)较上年同期增长6.2%。",
        (("一般公共预算收入", "actual", "9870"), ("一般公共预算收入", "yoy", "增长6.2%")),
        source="https://www.tianshui.gov.cn/jkq/info/1912/135482.htm",
    ),
    # ── completion rates ─────────────────────────────────────────────────────────────
    # 分别占年计划的47.5%、52.3%, 投资完成率分别为…: each listed figure against its own plan.
    Row(
        "completion-list",
        r"(?:分别(?:占|为|完成|达到|达)(?:了)?(?:全年|年度|年|本年|今年)?"
        r"(?:预算|预期)?(?:目标任务|目标|任务|预算|计划)(?:投资|资金|数)?(?:的)?"
        r"|(?:完成率|完成进度)分别(?:为|是|达到|达)?)"
        r"(?P<list>{P}(?:[、和]{P})+)",
        "按类别分，12个农业项目完成投资8.6亿元，40个工业项目完成投资31.2亿元，"
        "分别占年计划的47.5%、52.3%。",
        (("农业项目投资", "completion", "47.5%"), ("工业项目投资", "completion", "52.3%")),
        role="completion",
        source="http://www.hunan.gov.cn/hnszf/xxgk/zdxm/201408/t20140805_4865520.html",
    ),
    # 分别占全市的31.2%和28.4%: each listed figure's share of one whole.
    Row(
        "share-list",
        r"(?:分别占(?P<of>{w}{1,16}?)(?:的)?(?:比重|比例|份额)?(?:为|达到|达)?"
        r"|(?:占比|比重)分别(?:为|是|达到|达)?)"
        r"(?P<list>{P}(?:[、和]{P})+)",
        "全县实际利用外资2.6亿美元，外贸进出口总额4.1亿美元，分别占全市的31.2%和28.4%。",
        (("实际利用外资", "share", "31.2%"), ("外贸进出口总额", "share", "28.4%")),
        role="share",
        source="http://www.abcjf.cn/html/news/taixing/2008/0214/7558.html",
    ),
    # 对工业增长的贡献率分别为24.6%和13.2%: each listed thing's contribution, a rate that
    # is the figure itself.
    Row(
        "contribution-list",
        r"对{w}{1,12}?贡献率分别(?:为|是|达到|达)?(?P<list>{P}(?:[、和]{P})+)",
        "高端装备产业产值增长21.3%，新材料产业产值增长16.8%，对工业增长的贡献率分别为"
        "24.6%和13.2%。",
        (
            ("高端装备产业对工业增长的贡献率", "actual", "24.6"),
            ("新材料产业对工业增长的贡献率", "actual", "13.2"),
        ),
        role="actual",
        source="https://www.fanchang.gov.cn/sjfb/tjgb/12037029.html",
    ),
    # 开工率、履约率和资金到位率分别为…: rates named by their words, each the share of the
    # figure its words name in the sentence (履约项目, 开工项目, 到位资金).
    Row(
        "rates-named-list",
        r"(?<=率)(?<!增长率)分别(?:为|是|达到|达)?(?P<list>{P}(?:[、和]{P})+)",
        "全市新签约项目120个，履约项目108个，开工项目96个，履约率、开工率分别为90%、80%。",
        (("履约项目", "share", "90%"), ("开工项目", "share", "80%")),
        role="share",
        source="http://m.chinacrane.net/news/201712/09/126218.html",
    ),
    Row(
        "completion-of-plan",
        # 占总任务的6% is a share of all the tasks, not a completion against a plan.
        r"(?:完成|占|达到|达|为|是)(?:了)?(?:全年|年度|年|本年|今年)?(?!总){w}{0,10}?"
        r"(?<!总)(?:目标任务|目标|任务|预算|计划)(?:投资|资金|数|值|指标)?"
        # 占目标任务(不含契税)的46%, 为预算的(包括本级预算和上级专项)92.8%: what the target
        # leaves out or takes in, said in brackets before 的 or after it.
        r"(?:[(（][^()（）]{1,16}[)）])?(?:的)?(?:[(（][^()（）]{1,16}[)）])?"
        r"(?:比例|比重|(?:月|季|序时|时序)?进度)?(?:的)?(?:为|达到|达)?"
        r"(?P<completion>{P})",
        "项目开工38个，完成年度计划的52.8%。",
        (("项目已开工", "completion", "52.8%"),),
        source="https://www9599116.com/tjj/html/tjj/2013/OPOEMFCL_0801/10405.html",
    ),
    # 占市级下达政府性基金支出预计数(数据来源于《…通报》)的42.6%: a completion against an
    # estimate whose figure is not printed; the aside (brackets inside it too) says where the
    # estimate comes from.
    Row(
        "completion-of-an-estimate",
        r"占{w}{0,24}?(?:预计数|预算数|计划数|目标数)(?:[(（](?:[^()（）]|[(（][^()（）]{0,20}[)）]){0,160}[)）])?的"
        r"(?P<completion>{P})",
        "政府性基金支出完成18240万元，占市级下达政府性基金支出预计数(数据来源于《市财政局"
        "2022年上半年各县(市)财政运行情况通报》,市财〔2022〕12号)的42.6%，落后序时进度要求7.4个百分点。",
        (
            ("政府性基金支出", "completion", "42.6%"),
            ("政府性基金支出", "schedule_gap", "落后序时进度要求7.4个百分点"),
        ),
        source="http://cz.sm.gov.cn/xxgk/tjxx/201807/t20180724_1180501.htm",
    ),
    # 超出计划进度12.4%: ahead of (or behind) the plan's share to date, a schedule gap even
    # where printed with a bare % (read as 个百分点); not a part's progress (保运转进度58.2%).
    Row(
        "schedule-gap-against-the-plan",
        r"(?P<schedule_gap>" + AGAINST_SCHEDULE + r"计划进度{w}{0,2}?{R})",
        "1-9月，全县引进市外到位资金41.6亿元，完成市下达任务的87.4%，超出计划进度目标5.7亿元，"
        "超出计划进度12.4%。",
        (
            ("引进市外到位资金", "actual", "41.6"),
            ("引进市外到位资金", "completion", "87.4%"),
            ("引进市外到位资金", "schedule_gap", "超出计划进度12.4%"),
        ),
        source="https://www.cinic.org.cn/xy/zs/123904.html",
    ),
    # 其中，保运转进度58.2%、保基本民生进度61.9%: how far each part of the figure before has
    # come against its budget (read.py gives each the figure's measure: 保运转支出); not how far
    # works have come (形象进度, 工程进度).
    Row(
        "progress-of-a-part",
        r"(?<=[\u4e00-\u9fff]{2})(?<!序时|时序|时间|平均|月度|季度|形象|工程|建设|施工)进度(?:为|达到|达|是)?"
        r"(?P<completion>{P})",
        "全县民生支出完成6.2亿元，支出进度61.5%。其中，保教育进度64.2%、保医疗进度58.9%。",
        (("保教育支出", "completion", "64.2%"), ("保医疗支出", "completion", "58.9%")),
        source="http://datalyticsgroup.com/zwgk/zdgkxx/czzj/zfyjsgk/zfysgk/202409/t20240924_3084319.htm",
    ),
    Row(
        "completion-rate",
        r"(?:完成率|完成进度|完成比例|完成比率|完成度|执行进度|执行率|支出进度)(?:为|达到|达|是)?"
        r"(?P<completion>{P})",
        "引进市外资金45.2亿元，年度目标完成率为61.3%。",
        (("引进市外资金", "completion", "61.3%"),),
        source="http://zsfgw.zhoushan.gov.cn/art/2019/10/22/art_1297631_39137965.html",
    ),
    # 围绕地区生产总值年度增长6.5%目标任务: a growth the year's task asks for, its target_yoy.
    Row(
        "growth-target-as-a-task",
        r"(?:增长|增速|增幅)(?P<target_yoy>{P})(?:左右|以上)?(?:的)?(?:年度)?(?:目标任务|预期目标)",
        "围绕规模以上工业增加值年度增长8%目标任务，全力抓好企业扩能增效。",
        (("规模以上工业增加值", "target_yoy", "8%"),),
        source="https://www.gongwenku1.com/index.php?id=52292",
    ),
    Row(
        "growth-target-named",
        r"(?:增长|增速|增幅)?(?P<target_yoy>{P})(?:左右)?的(?:年度)?(?:预期目标|增长目标|增速目标)",
        "地区生产总值增长6.9%，高于年初确定的6.5%左右的预期目标。",
        (("地区生产总值", "yoy", "增长6.9%"), ("地区生产总值", "target_yoy", "6.5%")),
        source="http://epaper.gmw.cn/gmrb/html/2012-07/14/nw.D110000gmrb_20120714_3-01.htm",
    ),
    # 失业率控制在4%目标以内: a ceiling the year's target sets (the figure itself is not
    # printed); 控制在51万元以内, without 目标, is what was spent, at most so much.
    Row(
        "ceiling-target",
        r"控制在(?P<target>[{A}{P}])(?:的)?(?:年度|全年)?(?:预期目标|目标任务|目标)(?:以内|之内|内)?",
        "1-10月，新增城镇就业1.2万人，期末城镇调查失业率控制在5.5%目标以内。",
        (("新增城镇就业", "actual", "1.2万"), ("城镇调查失业率", "target", "5.5")),
        source="http://www.czwzw.com/html/tzcz/8397.html",
    ),
    Row(
        "named-target",
        r"(?P<target>{F})(?:、{w}{0,24}?(?P<target2>{F}))?的(?:目标|任务|预期目标)",
        "要完成全年新增就业岗位1.2万个的目标。",
        (("新增就业岗位", "target", "1.2万"),),
        source="examples/zhengzhou-gaoxin-2022-h1.txt (the seed article)",
    ),
    # 分别超时序进度2.7、49、57.2个百分点: each listed figure's gap to the schedule, in the
    # order of the names (or the list) before.
    Row(
        "schedule-gap-list",
        r"分别(?P<dir>" + AGAINST_SCHEDULE + SCHEDULE + r")"
        r"(?P<list>(?:(?:{N}|{G})[、和])+{G})",
        "上半年，区属国企营业收入、利润总额等指标分别完成年度预算目标56.2%、61.8%，"
        "分别超时序进度6.2、11.8个百分点。",
        (
            ("区属国企营业收入", "completion", "56.2%"),
            ("利润总额", "completion", "61.8%"),
            ("区属国企营业收入", "schedule_gap", "超时序进度6.2"),
            ("利润总额", "schedule_gap", "超时序进度11.8个百分点"),
        ),
        role="schedule_gap",
        source="http://lcrb.lcxw.cn/paper/pc/content/content_54807.html",
    ),
    # ── 序时进度 ────────────────────────────────────────────────────────────────────
    # 低于时序进度(41.67%)6.15个百分点: the schedule's own share printed in brackets, no
    # figure of a snapshot (the date gives it); the gap is the rate.
    Row(
        "schedule-gap-with-the-schedule",
        r"(?P<schedule_gap>"
        + AGAINST_SCHEDULE
        + SCHEDULE
        + r"[(（](?P<skip>{P})[)）]{w}{0,2}?{R})",
        "全县38个重点项目累计完成投资9.6亿元，完成年度计划的21.3%，低于时间进度(25%)3.7个百分点。",
        (
            ("重点项目投资", "completion", "21.3%"),
            ("重点项目投资", "schedule_gap", "低于时间进度3.7个百分点"),
        ),
        source="http://www.wjjyp.cn/hygk/jjfz/content/post_4990140.html",
    ),
    # 欠市级目标任务(23.9亿元)8.9个百分点: how far progress falls short of the time elapsed,
    # against a target printed in brackets; against a higher aim (奋斗目标) the target is a
    # stretch and its gap no figure of a snapshot.
    Row(
        "gap-to-a-stretch-in-brackets",
        r"欠{w}{0,12}?(?:奋斗|力争|争取)(?:目标任务|目标|任务)[(（](?P<stretch>{A})[)）](?P<skip>{G})",
        "乡镇规模以上工业完成增加值6.2亿元，欠区级目标任务(9.4亿元)0.7个百分点，"
        "欠区级奋斗目标任务(10.1亿元)5.3个百分点。",
        (
            ("乡镇规模以上工业增加值", "target", "9.4"),
            ("乡镇规模以上工业增加值", "schedule_gap", "欠区级目标任务0.7个百分点"),
            ("乡镇规模以上工业增加值", "stretch", "10.1"),
        ),
        source="http://12380.maomin.org/tzfw/zwgk/tzsj/513009.shtml",
    ),
    Row(
        "gap-to-a-target-in-brackets",
        r"(?P<schedule_gap>欠{w}{0,24}?(?:目标任务|目标|任务|计划)[(（](?P<target>{A})[)）]{G})",
        "乡镇规模以上工业完成增加值6.2亿元，欠区级目标任务(9.4亿元)0.7个百分点。",
        (
            ("乡镇规模以上工业增加值", "target", "9.4"),
            ("乡镇规模以上工业增加值", "schedule_gap", "欠区级目标任务0.7个百分点"),
        ),
        source="http://12380.maomin.org/tzfw/zwgk/tzsj/513009.shtml",
    ),
    Row(
        "schedule-gap",
        r"(?P<schedule_gap>" + AGAINST_SCHEDULE + SCHEDULE + r"(?:要求)?{w}{0,2}?{R})",
        "招商到位资金32.5亿元，超时序进度6.3个百分点。",
        (("招商到位资金", "schedule_gap", "超时序进度6.3个百分点"),),
        source="https://gxj.changzhou.gov.cn/new/36259_28651",
    ),
    Row(
        "schedule-gap-short",
        # 短收: what the income falls short of the average's, no figure of a snapshot.
        r"(?P<schedule_gap>短" + SCHEDULE + r"{w}{0,2}?{G})(?:,短收(?P<skip>{A}))?",
        "契税完成1.86亿元，占年初预算的58.4%，短平均进度8.3个百分点，短收0.97亿元。",
        (
            ("契税", "actual", "1.86亿"),
            ("契税", "completion", "58.4%"),
            ("契税", "schedule_gap", "短平均进度8.3个百分点"),
        ),
        source="https://www.tianshui.gov.cn/jkq/info/1912/135482.htm",
    ),
    # 短收/超收: what the income falls short of (or beyond) its budget's share to date, an
    # amount of no snapshot's field; the growth and a rank after it are the income's.
    Row(
        "shortfall-against-budget",
        r"(?:短收|超收)(?P<change>{A})",
        "1-6月，一般预算财政收入完成8412万元，占年预算20150万元的41.75%，短收236万元，"
        "比上年同期增长5.17%，增幅全市排名第4。",
        (
            ("一般公共预算收入", "actual", "8412万元"),
            ("一般公共预算收入", "yoy", "增长5.17%"),
            ("一般公共预算收入", "rank", "4"),
        ),
        source="https://www.qinan.gov.cn/info/10882/375331.htm",
    ),
    Row(
        "schedule-gap-compared",
        r"(?P<schedule_gap>(?:比|较)" + SCHEDULE + r"(?:慢了|快了|慢|快|低了|高了|低|高|落后|超出)"
        r"{w}{0,2}?{R})",
        "技改投资4.1亿元，比时间进度慢了5.2个百分点。",
        (("技改投资", "schedule_gap", "比时间进度慢了5.2个百分点"),),
    ),
    # ── a growth-rate target and the gap to it ──────────────────────────────────────
    Row(
        "growth-target",
        r"(?:增长|增速|增幅)?(?:预期目标|目标)(?:为|是)?(?:增长)?(?P<target_yoy>{P})",
        "全区规模以上工业增加值增长7.1%，年度增长目标为9%。",
        (("规模以上工业增加值", "target_yoy", "9%"),),
    ),
    # 高于年度目标增幅3.1个百分点: the 同比 less the growth its target asks for, a change of a
    # rate in points (yoy_change), judged against target_yoy (DESIGN.md §2).
    Row(
        "gap-to-growth-target",
        r"(?P<yoy_change>(?:高于|低于|超过|超出|快于|慢于)(?:年度|全年)?(?:预期目标|目标)"
        r"(?:增速|增幅)?{G})",
        "一季度，全县税收收入41.2亿元，增收4.3亿元、增长11.7%，高于年度目标增幅3.1个百分点。",
        (
            ("税收收入", "yoy", "增长11.7%"),
            ("税收收入", "yoy_change", "高于年度目标增幅3.1个百分点"),
        ),
        source="http://m.hangkong.rexun.cn/gz/2023/0425/11705.html",
    ),
    # 6月环比增长12.4%: against the month before, no 同比 and no figure of a snapshot's.
    Row(
        "month-on-month",
        r"(?P<skip>环比(?:" + UP_DOWN + r")?-?{R})",
        "上半年全市固定资产投资完成86.2亿元，同比增长9.4%，6月环比增长31.5%，完成半年目标的104%。",
        (("固定资产投资", "yoy", "增长9.4%"), ("固定资产投资", "completion", "104%")),
        source="http://sxworker.com/xinwen/sx/2017-08-02/51713.html",
    ),
    Row(
        "two-year-average",
        r"(?:两年|三年|近两年|近三年)(?:平均|年均)(?:增长|下降|增速)(?:为)?(?P<skip>-?{P})",
        "全县农业总产值6.1亿元，同比增长8.2%，两年平均增长4.4%。",
        (("农业总产值", "yoy", "增长8.2%"),),
        source="http://m.hqbet6098.com/zfxxgk/fdzdgknr/tjxx/1651147889510850562.html",
    ),
    Row(
        "other-places-in-brackets",
        r"(?:比|较|高于|低于|快于|慢于)(?:全国|全省|全市|全州)(?P<skip>[^,;。]{0,60}?{G}(?!、)|[^,;。]{0,60})",
        "全市工业增加值增长9.3%，比全省(7.1%)和全国(6.0%)分别高2.2、3.3个百分点。",
        (("工业增加值", "yoy", "增长9.3%"),),
        source="http://news.xna8.com/mz/201507/35261.html",
    ),
    Row(
        "change-of-growth",
        r"(?:增速|增幅|涨幅|降幅|增长速度|增长率)"
        r"(?:同比|比上年同期|比去年同期|比上年|比去年|较上年|较去年)"
        r"(?P<yoy_change>(?:提高|加快|回落|下降|放缓|提升|收窄|扩大|回升)了?{G})",
        "全区地区生产总值增长7.2%，增速同比提高0.6个百分点。",
        (("地区生产总值", "yoy_change", "同比提高0.6个百分点"),),
        source="http://news.xna8.com/mz/201507/35261.html",
    ),
    # 与上年同期增幅相比低46.8个百分点: the growth against last year's, said the other way round.
    Row(
        "growth-compared-with-last-year's",
        r"与(?:上年同期|去年同期|上年|去年)(?:的)?(?:增幅|增速)(?:相比|相比较|比较)(?:[,，])?"
        r"(?P<yoy_change>(?:提高|加快|回落|下降|放缓|提升|回升|高|低|快|慢)了?{G})",
        "上半年全县地区生产总值完成58.3亿元，同比增长8.9%，与上年同期增幅相比高1.6个百分点。",
        (
            ("地区生产总值", "yoy", "增长8.9%"),
            ("地区生产总值", "yoy_change", "与上年同期增幅相比高1.6个百分点"),
        ),
        source="https://www.xiaomilidoc.com/p-509120.html",
    ),
    # A share's move in points, with or without the year it is set against (服务业比重下降0.6个
    # 百分点, 非税比重较上年同期降低1.4个百分点): a share changed over last year, in points
    # (read.py names whose share it is).
    Row(
        "change-of-a-share",
        # The words of the share stay with the figure: check reads them (a share's change is no
        # change of a growth).
        r"(?P<yoy_change>(?:比重|占比)(?:" + OVER_LAST_YEAR + r")?"
        r"(?:上升|下降|提高|回落|降低|提升|扩大|缩小)了?{G})",
        "2022年三次产业结构为14.2:38.5:47.3，与上年比，第一产业占地区生产总值的比重下降0.6个百分点。"
        "税收收入8.2亿元，占比为81%，税收比重较上年提高1.4个百分点。",
        (
            ("第一产业增加值", "yoy_change", "比重下降0.6个百分点"),
            ("税收收入", "yoy_change", "比重较上年提高1.4个百分点"),
        ),
        source="https://www.qdndz.gov.cn/zwgk/zfsj/tjxx/tjgb/202303/t20230321_78642252.html",
    ),
    Row(
        "yoy-list",
        # A growth only where the words say so: 分别增长…, or 增速分别为…; 履约率、开工率分别为…
        # are rates of their own, not growths.
        # 分别同比增长, 分别比上年同期增长: the same growths, against last year said once; each
        # figure may print its own direction (分别增长5.2%、下降1.7%).
        # 增幅最大，分别为…: the growths of the names before, said apart from them.
        r"(?:(?:(?<=增速|增幅|涨幅|降幅)|(?<=增长率)|(?<=(?:增速|增幅)(?:最大|最快|较快|较大|最高)[,，]))"
        r"分别(?:为|是|达到|达)?"
        r"|分别" + OVER_LAST_YEAR + r"?(?:为|是)?(?=" + UP_DOWN + r"))"
        r"(?P<dir>" + UP_DOWN + r")?(?P<list>-?{P}(?:[、和](?:" + UP_DOWN + r")?-?{P})+)",
        "农产品加工业和建材业增速较快，分别增长14.2%和9.6%。",
        (("农产品加工业", "yoy", "增长14.2%"), ("建材业", "yoy", "增长9.6%")),
        role="yoy",
        source="http://news.xna8.com/mz/201507/35261.html",
    ),
    # 分别达到21360元、9870元，增长6.1%、7.4%: growths listed in the clause after a list, of
    # its names (without 分别 again).
    Row(
        "yoy-list-after-a-list",
        r"(?:(?<=[,，])|(?<=同比))(?P<dir>" + UP_DOWN + r")"
        r"(?P<list>-?{P}(?:[、和](?:" + UP_DOWN + r")?-?{P})+)",
        "上半年，城镇、农村居民人均可支配收入分别达到21360元、9870元，增长6.1%、7.4%。",
        (
            ("城镇居民人均可支配收入", "yoy", "增长6.1%"),
            ("农村居民人均可支配收入", "yoy", "增长7.4%"),
        ),
        role="yoy",
        source="http://szb.jinrifangxian.com/content/2018-11/16/022258.html",
    ),
    # 增速分别比一季度加快0.8个、2.4个百分点, 增幅分别低于上年同期3.5和4.7个百分点: how much
    # each listed growth (or share) changed, in points.
    Row(
        "yoy-change-list",
        r"(?:(?<=增速|增幅|涨幅|降幅|比重|占比)分别(?:(?:比|较)" + EARLIER + r")?"
        r"|分别(?:比|较)" + EARLIER + r"(?=" + CHANGE_OF_A_RATE + r")"
        r"|分别(?=(?:低于|高于)" + EARLIER + r"))"
        r"(?P<dir>" + CHANGE_OF_A_RATE + r"|(?:低于|高于)" + EARLIER + r")"
        r"(?P<list>(?:(?:{N}|{G})[、和])+{G})",
        "上半年，全区规上工业增加值、社会消费品零售总额增速分别比一季度加快0.8个、2.4个百分点。",
        (
            ("规模以上工业增加值", "yoy_change", "比一季度加快0.8"),
            ("社会消费品零售总额", "yoy_change", "比一季度加快2.4个百分点"),
        ),
        role="yoy_change",
        source="http://epaper.sxrb.com/shtml/sxjjrb/20240810/1001879.shtml",
    ),
    # ── 同比 ─────────────────────────────────────────────────────────────────────────
    Row(
        "yoy",
        r"(?:同比|比上年同期|比去年同期|较上年同期|较去年同期|与上年同期相比|(?:比|较)(?:上年|去年)同月"
        r"|比上年|较上年|比去年|较去年)"
        r"(?:分别)?(?P<yoy>" + UP_DOWN + r"-?[{P}{G}{B}])",
        "进出口总额12.7亿元，较上年同期下降3.1%。",
        (("进出口总额", "yoy", "下降3.1%"),),
        source="https://www.qinan.gov.cn/info/10882/375331.htm",
    ),
    Row(
        "yoy-after-figure",
        r"[{A}{B}{P}](?:[,，])?(?P<yoy>(?:同比)?" + UP_DOWN + r"-?{R})",
        "第一产业增加值24.3亿元，增长3.9%。",
        (("第一产业增加值", "yoy", "增长3.9%"),),
        source="https://www.qinan.gov.cn/info/10882/375331.htm",
    ),
    Row(
        "growth-rate",
        r"(?:增速|增幅|增长率)(?:为|达到|达|是)?(?P<yoy>{P})",
        "社会消费品零售总额57.3亿元，增速为6.2%。",
        (("社会消费品零售总额", "yoy", "6.2%"),),
    ),
    # 存贷款余额加权平均增长速度9.7%: the growth of two balances taken together, weighted by
    # their size, said in full words; the growth of what is named before it. Not a growth of
    # years on average (年均增长速度) nor one aimed at (预期/目标/计划增长速度): no actual growth.
    Row(
        "growth-rate-in-full-words",
        r"(?<!年均)(?<!平均)(?<!预期)(?<!预计)(?<!目标)(?<!计划)(?<!力争)(?:加权平均)?增长速度"
        r"(?:为|达到|达|是)?(?P<yoy>{P})",
        "9月末，全市本外币存贷款余额加权平均增长速度为8.3%。",
        (("本外币存贷款余额", "yoy", "8.3%"),),
        source="http://www.skymaimai.com.cn/News/download/1601734.html",
    ),
    Row(
        "yoy-of-a-name",
        r"(?P<yoy>(?:同比)?" + UP_DOWN + r"-?[{P}{B}])",
        "全县规模以上工业增加值同比增长7.3%。",
        (("规模以上工业增加值", "yoy", "增长7.3%"),),
        source="https://www.qinan.gov.cn/info/10882/375331.htm",
    ),
    # 其中，教育支出增长12.1%，卫生健康支出增长8.4%，农林水支出20.7%: the last of a run of
    # growths printed without its verb is a growth too.
    Row(
        "yoy-last-of-a-run",
        r"(?:(?<=支出|收入|投资|产值)|(?<=增加值|零售额|销售额))(?P<yoy>{P})(?=[。;；]|$)",
        "1-9月，全市一般公共预算支出96.3亿元。其中，教育支出增长12.1%，卫生健康支出增长8.4%，"
        "交通运输支出5.6%。",
        (("教育支出", "yoy", "增长12.1%"), ("交通运输支出", "yoy", "5.6%")),
        source="http://www.cs0799.com/portal.php?aid=43663&mod=view",
        # The last name is of a figure, not of a share (工业投资占固定资产投资35.6%).
        after=r"(?:增长|下降){P}[,，、][^,，;；。\d]{2,12}?(?:增长|下降){P}[,，、]"
        r"[^,，;；。\d占比为是]{2,12}$",
    ),
    Row(
        "yoy-change",
        r"(?:比|较)"
        + EARLIER
        # 较一季度(-10.8%)回升…: that period's own rate in brackets, no figure of this one.
        + r"(?:[(（]-?{P}[)）])?{w}{0,4}?(?P<yoy_change>(?:"
        + CHANGE_OF_A_RATE
        # 比上半年高0.8个百分点: higher (or lower) than the growth of then.
        + r"|[高低快慢])了?{G})",
        "地区生产总值增长5.7%，比一季度加快0.6个百分点。",
        (("地区生产总值", "yoy_change", "比一季度加快0.6个百分点"),),
        source="http://www.contigotg.com/bm/qtjj_75268/zwgk_73772/fdzdgknr_73775/tjxx_tjj/sjjd_tjj/202307/t20230728_12192363.html",
    ),
    # 高于上年同期增幅3.2个百分点: this growth against last year's; against an earlier period
    # of this year (高于一季度累计增幅) it is no change over last year, and is listed.
    Row(
        "above-last-year's-growth",
        r"(?P<yoy_change>(?:高于|低于|快于|慢于)(?:上年同期|去年同期|上年|去年)(?:累计)?(?:增幅|增速){G})",
        "全县税收收入增长9.2%，高于一季度累计增幅1.6个百分点，高于上年同期增幅4.3个百分点。",
        (("税收收入", "yoy_change", "高于上年同期增幅4.3个百分点"),),
        source="http://district.ce.cn/newarea/roll/201607/09/t20160709_13663397.shtml",
    ),
    # 增幅快于上年同期0.7个百分点 or 进度落后于去年同期3.2个百分点: points against the same period
    # of last year, the growth (or progress) of then left unsaid, are how much the rate printed
    # before changed.
    Row(
        "above-last-year-in-points",
        r"(?P<yoy_change>(?:高于|低于|快于|慢于|超过|超出|落后于|落后)(?:上年同期|去年同期)"
        r"(?:水平)?{G})",
        "1-9月，全县建材企业累计完成产值同比增长4.3%，增速低于去年同期6.8个百分点。",
        (
            ("建材企业产值", "yoy", "增长4.3%"),
            ("建材企业产值", "yoy_change", "低于去年同期6.8个百分点"),
        ),
        source="https://tljq.gov.cn/openness/OpennessContent/show/1121315.html",
    ),
    Row(
        "another-place's-rate",
        r"(?P<skip>(?:高于|低于|快于|慢于|超过|超出|领先)"
        + AMONG
        + r"(?:平均水平|平均)?{w}{0,4}?{R})",
        "城镇居民人均可支配收入增长5.2%，高于全市0.7个百分点。",
        (("城镇居民人均可支配收入", "yoy", "增长5.2%"),),
        source="http://www.guzhen.gov.cn/sjtj/tjyb/81158351.html",
    ),
    # ── shares ─────────────────────────────────────────────────────────────────────
    Row(
        "share-with-whole",
        r"占(?:全省|全市|全区|全县|全国)?{w}{0,16}?(?P<whole>{A})的(?:比重|比例)?(?:为)?(?P<share>{P})",
        "民间投资18.4亿元，占全部投资42.5亿元的43.3%。",
        (("民间投资", "whole", "42.5"), ("民间投资", "share", "43.3%")),
        source="https://www.qinan.gov.cn/info/10882/375331.htm",
    ),
    Row(
        "share",
        r"占(?!比){w}{1,14}?(?:的)?(?:比重|比例|份额)?(?:为|达到|达)?(?P<share>{P})",
        "高新技术产业投资9.7亿元，占工业投资的比重为38.1%。",
        (("高新技术产业投资", "share", "38.1%"),),
        source="http://www.contigotg.com/bm/qtjj_75268/zwgk_73772/fdzdgknr_73775/tjxx_tjj/sjjd_tjj/202307/t20230728_12192363.html",
    ),
    # 占园区规模以上企业总产值的61.2: a share some reports print without its %.
    Row(
        "share-without-its-percent",
        r"占{w}{1,20}?的(?P<share>{B})(?=[,，;；。]|$)",
        "电子信息产业完成产值46亿元，占园区规模以上企业总产值的38.2，增长12.4。",
        (("电子信息产业产值", "share", "38.2"), ("电子信息产业产值", "yoy", "增长12.4")),
        source="http://www.hongzhai.cn/jingmeisanwen/2021/0225/40925.html",
    ),
    # 资金到位率: the share of the funds in place said just before in what the projects are
    # to put in (their 总投资 or 协议资金, printed earlier in the sentence; read.py finds it).
    Row(
        "rate-of-funds-in-place",
        r"(?:资金到位率|到位率)(?:为|达到|达|是)?(?P<share>{P})",
        "全县新签约招商项目24个，总投资86.5亿元，已开工15个，累计到位资金12.1亿元，资金到位率14%。",
        (("新签约招商项目到位资金", "share", "14%"),),
        source="http://www.yaan.gov.cn/htm/articview.htm?id=20180719111752783",
    ),
    # 开工率, 履约率: the share of a count of projects that started (or were honoured) in the
    # count the sentence gave first (read.py finds that whole).
    Row(
        "rate-of-a-count",
        r"(?:开复工率|复工率|开工率|履约率|竣工率|投产率|落地率|亏损面|增长面)(?:为|达到|达|是)?"
        r"(?P<share>{P})",
        "全县86个重点项目已开工79个，开工率为91.9%。",
        (("重点项目已开工", "share", "91.9%"),),
        source="http://sd.sdnews.com.cn/yw/202105/t20210518_2906770.htm",
    ),
    # 税收占比86.3%, 占比为88%: the share of the figure the sentence is about (税收 is its
    # 税收收入); an indicator of its own when another name comes before 占比 or its target
    # follows in brackets (工业到位资金占比58.3%(任务数占比55%)), as read.py decides.
    Row(
        "share-of-the-subject",
        r"(?:占比重|占比|所占比重|(?:^|(?<=[,，;；]))占)(?:为|达到|达|是)?(?P<share>{P})(?![(（])",
        "其中：契税收入1.26亿元，同比增长8.1%，契税占比23.5%。",
        (("契税收入", "share", "23.5%"),),
        source="http://www.zetdz.gov.cn/wz/zwgk/tjxx/content/post_1069158.html",
    ),
    # 新签约亿元以上项目31个，其中20亿元以上2个、10亿元以上5个: counts by size class of the things
    # counted before 其中 (the size is part of each count's name, no figure of its own).
    Row(
        "count-by-size",
        r"(?:(?<=其中)|(?<=其中[,，:：])|(?<=[、,，]))(?P<skip>{A})(?P<actual>{A})(?=[、,，;；。]|$)",
        "全年新签约亿元以上项目31个，其中20亿元以上2个、10亿元以上5个。",
        (
            ("新签约亿元以上项目", "actual", "31"),
            ("新签约20亿元以上项目", "actual", "2"),
            ("新签约10亿元以上项目", "actual", "5"),
        ),
        after="其中",
        source="https://fensifuwu.com/emotion/me/2f268907d1f1201c68cdefad0183fdd4.html",
    ),
    # ── the base ─────────────────────────────────────────────────────────────────────
    Row(
        "last-year",
        r"(?:上年同期|去年同期|上年|去年)(?:为|是|完成|实现)?(?P<last_year>{A})",
        "住宿餐饮业营业额3.2亿元，上年同期为2.9亿元。",
        (("住宿餐饮业营业额", "last_year", "2.9"),),
        source="https://www.qinan.gov.cn/info/10882/375331.htm",
    ),
    # ── figures that are no figure of a snapshot ─────────────────────────────────────
    Row(
        "a-figure-of-a-modifier",
        r"(?:总投资|投资|规模|金额|面积|产值){w}{0,2}?(?P<skip>{A})的",
        "总投资18亿元的智能装备产业园项目开工建设。",
        (),
        source="http://epaper.hbnews.net/epaper/hbrb/pc/content/202207/06/content_115324.html",
    ),
    # 年度投资计划6.25亿元: the year's plan, a target (not a plan of what is to be done).
    Row(
        "investment-plan-of-the-year",
        r"(?:全年|年度|当年|本年|今年)投资计划(?:为|是|达)?(?P<target>{A})",
        "全县重点项目42个，年度投资计划15.36亿元，1-5月完成投资5.02亿元，完成率32.68%。",
        (
            ("重点项目投资", "target", "15.36"),
            ("重点项目投资", "actual", "5.02"),
            ("重点项目投资", "completion", "32.68%"),
        ),
        source="http://www.liannan.gov.cn/ztzl/zdlyxxgkzl/zdxmjs/content/post_1958172.html",
    ),
    # 计划投资41.20亿元 where the sentence goes on to a completion against the plan: the plan of
    # the year (alone, 计划投资 may be what a project will cost in all).
    Row(
        "planned-investment-completed",
        r"(?<!总)计划投资(?:为|是|达)?(?P<target>{A})"
        r"(?=[^。]*?(?:完成率|(?:占|为|完成)(?:全年|年度|年|本年|今年)?(?:投资)?计划))",
        "市重点项目68个，计划投资85.2亿元，完成投资40.51亿元，占年度计划的47.5%。",
        (
            ("市重点项目投资", "target", "85.2"),
            ("市重点项目投资", "actual", "40.51"),
            ("市重点项目投资", "completion", "47.5%"),
        ),
        source="https://159sucan.com/ShowInfo.aspx?id=157667",
    ),
    # 一产固定资产投资计划达到86亿元 where the sentence goes on to what was done against the
    # year's task (超额完成全年任务): the plan of the year, a target, not an aim still to come.
    # Not a plan of a part of the year or of what is to come (下半年…计划完成50亿元), nor one the
    # sentence only means to meet (确保完成全年目标任务, 力争完成年度目标).
    Row(
        "planned-then-met",
        rf"^(?:(?!{LATER})[^。])*?(?<=[\u4e00-\u9fff]{{2}})计划(?:达到|达|为|完成|实现)"
        r"(?P<target>{A})"
        rf"(?=(?:(?!{AIM})[^。])*?(?:超额完成|提前完成|完成了?)(?:全年|年度|本年|今年)"
        r"(?:目标任务|目标|任务|计划))",
        "今年，全区农业招商到位资金计划达到12亿元，截至9月底，农业招商到位资金已达13.6亿元，"
        "超额完成全年任务。",
        (
            ("农业招商到位资金", "target", "12"),
            ("农业招商到位资金", "actual", "13.6"),
        ),
        source="http://news.72177.com/2020/1217/4545814.shtml",
    ),
    # 谋划 alone, or 全年谋划实施, is what is to come; 谋划实施 of a year said is what is in hand.
    # 重点推进项目 and 加快建设项目 are classes of projects, not a plan.
    Row(
        "a-plan",
        r"(?:将|拟|(?<![年度划])计划(?!投资|总投资|任务|数|(?:年内|当年|本年|今年)?(?:新开工|开工|完工|完成|投产|竣工|建成)|额度)|预计|争取|推动|推进(?!项目|工程)|加快(?!(?:建设|推进)项目)|启动"
        # “谋划一批”: in quotes, the name of a drive (谋划一批、签约一批、开工一批), no plan.
        r"|(?<=全年|年内)谋划|(?<![“\"])谋划(?!实施)|下半年)"
        # 推动上半年实现…: what a past period did, no aim.
        r"(?!(?:一季度|上半年|前三季度|1-\d{1,2}月)?(?:完成|实现))(?P<skip>[^,;:。]{0,60})",
        "下半年将加快推进3个安置小区建设。",
        (),
        source="http://yhg994208.cn/news/qa/2013042419393538769.htm",
    ),
    Row(
        "structure-of-three-sectors",
        r"三次产业(?:占(?:GDP|地区生产总值|生产总值)的)?(?:的)?(?:结构|比例|构成|比重)?(?:比|之比)?(?:为|是)?"
        r"(?:由[^。]{0,24}?(?:调整为|变为))?"
        r"(?P<list>{N}:{N}:{N})",
        "全县三次产业结构比为18.26:35.41:46.33。",
        (("第一产业增加值", "share", "18.26"), ("第三产业增加值", "share", "46.33")),
        role="share",
        names=("第一产业增加值", "第二产业增加值", "第三产业增加值"),
        whole="地区生产总值",
        source="https://www.qdndz.gov.cn/zwgk/zfsj/tjxx/tjgb/202303/t20230321_78642252.html",
    ),
    # 二三次产业比重为2.4:97.6: a place with no farming to speak of gives two sectors' shares.
    Row(
        "structure-of-two-sectors",
        r"二三次产业(?:的)?(?:结构|比例|构成|比重)?(?:比|之比)?(?:为|是)?(?P<list>{N}:{N})(?!:)",
        "全区第二产业增加值61.2亿元，第三产业增加值2488.6亿元，二三次产业比重为2.4:97.6。",
        (("第二产业增加值", "share", "2.4"), ("第三产业增加值", "share", "97.6")),
        role="share",
        names=("第二产业增加值", "第三产业增加值"),
        whole="地区生产总值",
        source="http://www.dekahost.com/zwgk/sjfb/gqsj/content/post_9325363.html",
    ),
    # 一、二、三产业投资占比分别为6.2:51.3:42.5: the shares of the names listed, as a ratio.
    Row(
        "shares-as-a-ratio",
        r"(?:占比|比重|比例|结构)(?:分别)?(?:为|是)?(?P<list>{N}:{N}(?::{N})*)",
        "上半年，全县一、二、三产业投资占比分别为6.2:51.3:42.5。",
        (("第一产业投资", "share", "6.2"), ("第三产业投资", "share", "42.5")),
        role="share",
        source="https://yyx.gov.cn/54892/54894/content_1731494.html",
    ),
    # ── aims ───────────────────────────────────────────────────────────────────────
    Row(
        "stretch-list",
        r"力争{w}{0,30}?分别(?:达到|达|为|突破|完成|实现)?(?P<list>{N}(?:[、和]{N})+)",
        "力争全年工业投资、技改投资、民间投资分别达95、40、60亿元。",
        (
            ("工业投资", "stretch", "95"),
            ("技改投资", "stretch", "40"),
            ("民间投资", "stretch", "60"),
        ),
        role="stretch",
        source="http://bid.caigoupt.com/info-164443023.html",
    ),
    Row(
        "target-list",
        r"(?:目标|任务|计划)[:：]?{w}{0,30}?分别(?:为|是|达到|达)?(?P<list>{N}(?:[、和]{N})+)",
        "全年目标：农业、工业、服务业增加值分别为40、120、150亿元。",
        (("农业增加值", "target", "40"),),
        role="target",
    ),
    # ── what is left: the figures of the period ──────────────────────────────────────
    Row(
        "stretch",
        r"力争(?:全年|年内)?(?:{w}{0,20}?)(?:突破|超过|达到|达|完成|实现|增至|新增)?(?P<stretch>{A})",
        "固定资产投资86.4亿元，力争全年突破150亿元。",
        (("固定资产投资", "stretch", "150"),),
        source="examples/zhengzhou-gaoxin-2022-h1.txt (the seed article)",
    ),
    Row(
        "stretch-continued",
        r"(?:突破|超过|达到|达)(?P<stretch>{A})",
        "力争全年招商引资突破300亿元，新开工项目突破50个。",
        (("招商引资", "stretch", "300"), ("新开工项目", "stretch", "50")),
        after="力争",
        source="examples/zhengzhou-gaoxin-2022-h1.txt (the seed article)",
    ),
    # 确保全年新增内资…亿元以上、利用外资…亿美元以上: what the place undertakes to reach,
    # the year's target, and each amount after it in the same clause (to the semicolon) an
    # undertaking too, unless the clause turns to what is done (已, 累计, 截至 …).
    Row(
        "assured",
        r"确保(?:全年|年内|今年)?(?:{w}{0,20}?)(?:突破|超过|达到|达|完成|实现)?(?P<target>{A})",
        "确保全年完成外贸进出口额8.5亿美元以上，新增市场主体2.6万户以上；上半年外贸进出口额4.1亿美元。",
        (
            ("外贸进出口额", "target", "8.5"),
            ("新增市场主体", "target", "2.6万"),
            ("外贸进出口额", "actual", "4.1"),
        ),
        source="http://m.szweitang.cn/dujia/zixun/20220805/47658.html",
    ),
    Row(
        "assured-continued",
        r"(?P<target>{A})",
        "确保全年实际利用外资3亿美元，新增注册资金120亿元。",
        (("实际利用外资", "target", "3"), ("新增注册资金", "target", "120")),
        after="确保(?:(?!已|累计|截至|截止|实际完成|上半年|前三季度|[1１]-\\d|[1１]至)[^。；;])*$",
        source="http://m.szweitang.cn/dujia/zixun/20220805/47658.html",
    ),
    # 未达到序时进度7项，为…完成投资35亿元、…覆盖率达90%: the tasks counted behind schedule,
    # each named by what it is to reach in the year (未达时序进度，主要原因为… counts none).
    Row(
        "tasks-behind-schedule",
        r"(?P<target>[{A}{P}])",
        "未达到序时进度3项，为新建保障性住房1200套、农村自来水普及率达95%、新增城镇就业8000人。",
        (
            ("新建保障性住房", "target", "1200"),
            ("农村自来水普及率", "target", "95"),
            ("新增城镇就业", "target", "8000"),
        ),
        after="未(?:达到|达)(?:序时|时序|时间)进度[^。为]{0,4}?{A}[^。为]{0,12}?为",
        source="https://www.xuancheng.gov.cn/OpennessContent/show/2044556.html",
    ),
    Row(
        "targets-after-the-cue",
        r"(?P<target>{A})",
        "今年的目标任务为地区生产总值达到520亿元；新增市场主体9000户。",
        (("地区生产总值", "target", "520"), ("新增市场主体", "target", "9000")),
        # The list ends where what was done is said (全年任务为6133户，实际改造7882户), not
        # at a name (实际到位资金) nor at the verb of the first target (目标任务为完成…).
        after="(?:目标任务|目标|任务)(?:为|是|:)(?:完成|实现)?"
        "(?:(?!实际(?!到位|利用|使用|引进)|已|完成|截至)[^。])*$",
        source="http://m.4fhk.cn/content/2017-09/30/content_224998.htm",
    ),
    Row(
        "target-is",
        r"(?:目标任务|目标|任务|计划)(?:数)?(?:为|是)(?:完成|实现|达到)?{w}{0,16}?(?P<target>{A})",
        "全年目标任务是完成招商引资260亿元。",
        (("招商引资", "target", "260"),),
        source="http://m.4fhk.cn/content/2017-09/30/content_224998.htm",
    ),
    # “三保”预算可执行指标9.6亿元，1-9月支出6.3亿元: the budget's allotment is the target of
    # what is spent of it (read.py gives it the measure the sentence goes on to).
    Row(
        "budget-allotted",
        r"预算(?:可执行|可用)?指标(?:为|是|达)?(?P<target>{A})",
        "“保基本”预算可执行指标8.2亿元，1-6月支出4.51亿元，支出进度55%。",
        (
            ("保基本支出", "target", "8.2"),
            ("保基本支出", "actual", "4.51"),
            ("保基本支出", "completion", "55%"),
        ),
        source="http://datalyticsgroup.com/zwgk/zdgkxx/czzj/zfyjsgk/zfysgk/202409/t20240924_3084319.htm",
    ),
    # 固定资产入库目标216亿元: a name, its target word, its figure.
    Row(
        "name-then-target-word",
        r"(?<=[\u4e00-\u9fff]{2})(?:目标任务|目标)(?P<target>{A})",
        "全年谋划重点项目320个，年度技改投资目标96亿元。",
        (("技改投资", "target", "96"),),
        source="http://te-ch.tech/news/show-61073.html",
    ),
    Row(
        "year-target",
        # 年度计划新开项目实际开工64个: what was done (实际) of things planned, not the plan;
        # 92个年度计划新开项目: which things were counted; 计划实施: put in hand.
        r"(?<!{N})(?:全年|年度|年内|年)(?:目标任务|目标|任务|计划(?!实施))(?:数)?(?:为|是)?"
        r"(?:(?!实际){w}){0,14}?(?P<target>{A})",
        "新增市场主体6200户，全年目标1.35万户。",
        (("新增市场主体", "target", "1.35万"),),
        source="http://m.news.wmxa.cn/n/201604/315237.html",
    ),
    Row(
        "year's-aim-named",
        r"全年(?:完成|实现){w}{1,14}?(?P<target>{A})",
        "上半年工业投资35亿元。全年完成工业投资80亿元。",
        (("工业投资", "actual", "35"), ("工业投资", "target", "80")),
        when="partial-year",
        source="http://gy.scol.com.cn/sdxwtt/201803/56103323.html",
    ),
    Row(
        "actual-list",
        r"分别(?:完成|实现|达到|达|为|是)?(?P<list>{N}(?:[、和]{N})+)",
        "工业投资、技改投资分别完成23.5、9.8亿元。",
        (("工业投资", "actual", "23.5"), ("技改投资", "actual", "9.8")),
        role="actual",
        source="http://szb.jinrifangxian.com/content/2018-11/16/022258.html",
    ),
    Row(
        # 城镇、乡村消费品零售额各为…和…: 各为 before two figures or more is 分别为, each name's
        # own in order (before one figure it says each is that much, and no row reads it).
        "actual-list-each",
        r"各为(?P<list>{N}(?:[、和]{N})+)",
        "前三季度，全区城镇、农村居民人均消费支出各为18650元和9420元。",
        (("城镇居民人均消费支出", "actual", "18650"), ("农村居民人均消费支出", "actual", "9420")),
        role="actual",
        source="http://www.lwx.gov.cn/tjxxtjfx/content_3227672.html",
    ),
    # 申报省级、市级孵化器12家、20家: names listed by 、 and as many figures after them, in
    # order, without 分别 (too few or too many names: each figure is listed, none guessed).
    # Not one thing's two measures (发放低保1300户、4200人): no names listed before them.
    Row(
        "actual-list-paired",
        r"(?:^|(?<=[,;:，；：]))(?:(?!分别|各)[^,;:，；：、]){1,20}、"
        r"(?:(?!分别|各)[^,;:，；：]){1,30}?(?<=[\u4e00-\u9fff])"
        r"(?P<list>{N}(?:、{N})+)(?![、和]?[{P}{G}])",
        "上半年，全区认定国家级、省级专精特新企业6家、21家。",
        (("认定国家级专精特新企业", "actual", "6"), ("认定省级专精特新企业", "actual", "21")),
        role="actual",
        source="http://m.szweitang.cn/dujia/zixun/20220805/47658.html",
    ),
    # 化工、医药、家居分别实现产值…, 甲、乙分别出栏…: what is measured, printed once after 分别,
    # is each name's (not a change: 分别增加…, 分别比上年…; 增加值 is a measure), without the
    # verb before it (分别完成增加值…).
    Row(
        "actual-list-of-a-measure",
        r"分别(?:完成|实现|达到|达)?"
        r"(?P<measure>(?!比|较|同比|占|增(?!加值)|减|下降|降|提高|提升|上升|回落|多|少|高|低|快|慢|超"
        r"|完成|实现)"
        r"[\u4e00-\u9fff]{1,5}?)(?:为|达到|达)?"
        r"(?P<list>{N}(?:[、和]{N})+)(?![、和]?[{P}{G}])",
        "上半年，纺织、机械、食品分别实现产值42.1亿元、35.6亿元、18亿元。",
        (
            ("纺织产值", "actual", "42.1"),
            ("机械产值", "actual", "35.6"),
            ("食品产值", "actual", "18"),
        ),
        role="actual",
        source="http://www.contigotg.com/bm/qtjj_75268/zwgk_73772/fdzdgknr_73775/tjxx_tjj/sjjd_tjj/202307/t20230728_12192363.html",
    ),
    # 对经济增长的贡献率为43.2%, 拉动GDP增长1.3个百分点: a share of growth, and the points of
    # growth it gives, each the figure of an indicator of its own (subject.contribution).
    Row(
        "share-of-growth",
        r"贡献(?:率)?(?:合计)?(?:为|达到|达|是)?(?P<actual>{P})",
        "上半年，全县第三产业增加值41.2亿元，增长6.3%，对经济增长的贡献达到48.7%。",
        (("第三产业对经济增长贡献率", "actual", "48.7"),),
        source="http://www.contigotg.com/bm/qtjj_75268/zwgk_73772/fdzdgknr_73775/tjxx_tjj/sjjd_tjj/202307/t20230728_12192363.html",
    ),
    # 三次产业分别拉动经济增长0.6个、4.8个、5.9个百分点: each listed thing's pull on growth.
    Row(
        "points-of-growth-list",
        r"分别(?P<measure>拉动{w}{1,12}?增长)(?P<list>(?:(?:{N}|{G})[、和])+{G})",
        "上半年，工业、服务业分别拉动经济增长2.2个、3.4个百分点。",
        (("工业拉动经济增长", "actual", "2.2"), ("服务业拉动经济增长", "actual", "3.4")),
        role="actual",
        source="https://www.hhky.gov.cn/info/5701/419422.htm",
    ),
    Row(
        "points-of-growth",
        r"拉动{w}{1,12}?增长(?P<actual>{G})",
        "前三季度，第二产业对全区地区生产总值的贡献率为52.3%，拉动GDP增长3.1个百分点。",
        (("第二产业对GDP增长贡献率", "actual", "52.3"), ("第二产业拉动GDP增长", "actual", "3.1")),
        source="https://71584.cn/yuanling/c108871/202011/375661bd509d4f249b4616824e88f241.shtml",
    ),
    # 城乡收入比由上年同期的2.31:1缩小为2.27:1: a ratio to one, its base last year and now
    # (the 1 is no figure of a snapshot).
    Row(
        "ratio-to-one",
        r"由(?:上年同期|去年同期|上年|去年)的?(?P<last_year>{B}):(?P<skip>{B}){w}{0,4}?"
        r"(?:为|到|至)(?P<actual>{B}):(?P<skip2>{B})",
        "城乡居民收入比稳步缩小，由上年同期的2.31:1缩小为2.27:1。",
        (("城乡居民收入比", "last_year", "2.31"), ("城乡居民收入比", "actual", "2.27")),
        source="https://youyang.gov.cn/bmjz_sites/bm/tjj/zwgk_104134/fdzdgknr_104136/tjxx/jjyxqk/202505/t20250522_14646961.html",
    ),
    Row(
        "an-index",
        r"指数(?:为|是|达到|达)?(?P<actual>{B})",
        "空气质量综合指数3.86。",
        (("空气质量综合指数", "actual", "3.86"),),
        source="examples/zhengzhou-gaoxin-2022-h1.txt (the seed article)",
    ),
    Row(
        "a-rate-that-is-the-figure",
        r"(?:率|比重|占比|比例|覆盖率|贡献率)(?:为|达到|达|是|控制在)?(?P<actual>{P})",
        "城镇化率61.4%。",
        (("城镇化率", "actual", "61.4"),),
        source="http://www.contigotg.com/bm/qtjj_75268/zwgk_73772/fdzdgknr_73775/tjxx_tjj/sjjd_tjj/202307/t20230728_12192363.html",
    ),
    # 甲、乙分别增加1.2亿元、0.8亿元 with no row of its wording: figures listed after 分别 are
    # each one name's, and which is not said here, so none goes to the words before them all.
    Row(
        "a-list-no-row-reads",
        r"分别{w}{0,8}?(?P<skip>{N}(?:[、和]{N})+)",
        "上半年，纺织、机械分别增加1.2亿元、0.8亿元。",
        (),
    ),
    Row(
        "actual",
        r"(?P<actual>{A})",
        "全区实现地区生产总值128.6亿元。",
        (("地区生产总值", "actual", "128.6"),),
        source="https://www.qinan.gov.cn/info/10882/375331.htm",
    ),
)

# Ranks: a place among others, in words (第一, 前三, 四个开发区中).
RANKS: tuple[Row, ...] = (
    Row(
        "rank-among-n",
        r"(?P<of>{zh})个?(?P<among>{w}{1,6}?)中?(?:排名|排位|排|居|位居|位列|列|名列)(?:第)(?P<pos>{zh})",
        "签约额9.6亿元，五个开发区中排名第二。",
        (("签约额", "rank", "2"),),
        source="https://www.jintan.gov.cn/html/czjt/2019/JFIDQAOP_0708/121337.html",
    ),
    Row(
        "rank-verb-among-n",
        r"(?:排名|排位|居|位居|位列|名列)(?P<of>{zh})个?(?P<among>[^\d,;。第]{1,6}?)中?第(?P<pos>{zh})",
        "上半年，规模以上工业增加值增长6.2%，增速位居9县(区)第二。",
        (("规模以上工业增加值", "rank", "2"),),
    ),
    Row(
        "rank-among-place",
        r"(?P<among>"
        + AMONG
        + r")(?:{w}{0,6}?)(?:排名|排位|排|居|位居|位列|列|名列)(?:第)(?P<pos>{zh})",
        "规模以上工业增加值增长9.1%，增幅全市排名第一。",
        (("规模以上工业增加值", "rank", "1"),),
        source="https://www.qinan.gov.cn/info/10882/375331.htm",
    ),
    Row(
        "rank-place-after",
        r"(?:排名|排位|排|居|位居|位列|列|名列)(?P<among>" + AMONG + r")(?:第)(?P<pos>{zh})",
        "税收收入增长12.3%，增幅位居全省第三。",
        (("税收收入", "rank", "3"),),
        source="http://www.guzhen.gov.cn/sjtj/tjyb/81158351.html",
    ),
    Row(
        "rank-without-a-verb",
        r"(?:增幅|增速|总量|规模)?(?P<among>" + AMONG + r")第(?P<pos>{zh})位",
        "软件业务收入增长18.2%，全省第4位。",
        (("软件业务收入", "rank", "4"),),
        source="http://www.guzhen.gov.cn/sjtj/tjyb/81158351.html",
    ),
    Row(
        "rank-growth-without-a-verb",
        r"(?:增幅|增速)(?P<among>" + AMONG + r")第(?P<pos>{zh})(?!位)",
        "税收收入、工业投资2项指标增速全市第一，规上工业增加值增长8.1%。",
        (("税收收入", "rank", "1"), ("工业投资", "rank", "1")),
        source="http://szb.jinrifangxian.com/content/2018-11/16/022258.html",
    ),
    # 位次由第二位下滑到第五位, 排名升至第52位: where the place stands now.
    Row(
        "rank-moved",
        r"(?P<among>)(?:位次|排名|排位)?(?:由第{zh}位?)?(?:上升|提升|前移|跃升|升|下滑|下降|后移|回落|降)"
        r"(?:到|至|为)第(?P<pos>{zh})",
        "上半年，全县规上工业增加值19.6亿元，增长7.1%，位次由第二位上升到第一位。",
        (("规模以上工业增加值", "rank", "1"),),
        source="http://fzmq.gov.cn/xjwz/zwgk/tjxx/tjjd/201707/t20170705_1372399.htm",
    ),
    # 位于全省七大新区首位: the first place, said as 首位.
    Row(
        "rank-first-place",
        r"(?:位于|位居|居于|居|位列|名列|排名|排在|列)(?P<among>" + AMONG + r"[^\d,;。]{0,6}?)"
        r"(?P<pos>首)位",
        "前三季度，全区实现地区生产总值512.3亿元，同比增长7.6%，位居全市五个城区首位。",
        (("地区生产总值", "rank", "1"),),
        source="https://sxbh.sx.gov.cn/art/2023/11/13/art_1479193_58888510.html",
    ),
    Row(
        "rank-top-n",
        r"(?:排名|居|位居|位列|列|名列|进入)(?P<among>" + AMONG + r")前(?P<pos>{zh})",
        "外贸进出口总额增长21%，位列全省前三。",
        (("外贸进出口总额", "rank", "3"),),
        source="http://epaper.sxrb.com/shtml/sxjjrb/20240810/1001879.shtml",
    ),
)
