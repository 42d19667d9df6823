"""The words sheets are laid out with, as data: header words → column roles, and the words that
mark a row as a group, a part, a total, a note or an entity (DESIGN.md §8).

Each row of a table is a pattern over the header as normalised (NFKC, no spaces), the role it
gives and a header it reads — its test case, run by ``tests/test_sheets.py``. The first row
that matches decides; the order goes from the most specific wording to the most general
(比序时进度 before 序时进度, 完成…占年度目标的比例 before 完成, 总投资 before 投资目标). A new
wording is a new row here, not a branch in the reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, get_args

# What a column holds. "skip": a column that is no figure of a snapshot, named as skipped
# with its reason.
FigureRole = Literal[
    "actual",
    "last_year",
    "yoy",
    "target",
    "stretch",
    "completion",
    "schedule_gap",
    "share",
    "rank",
    "target_yoy",
    "period_target",
    "time_progress",
]
ColumnRole = Literal[FigureRole, "name", "unit", "skip"]
FIGURE_ROLES: tuple[ColumnRole, ...] = get_args(FigureRole)


@dataclass(frozen=True)
class HeaderWord:
    pattern: re.Pattern[str]
    role: ColumnRole
    example: str  # a header this row reads: its test case
    why: str = ""  # for a skipped column: what it holds, said when it is named
    weak: bool = False  # a second choice: used only where no other column has the role


def _row(
    pattern: str, role: ColumnRole, example: str, why: str = "", weak: bool = False
) -> HeaderWord:
    return HeaderWord(re.compile(pattern), role, example, why, weak)


_PROGRESS = r"(?:序时|时序|时间)进度"
# The pace a gap is measured against: 序时进度, or the plan's (比计划进度±个百分点).
_PACE = rf"(?:{_PROGRESS}|计划进度)"
# A gap said as a shortfall (塌计划进度 17个百分点 is 17 behind): its figures are negated.
BEHIND = re.compile(rf"(?:塌|落后于?|慢于|低于){_PACE}")
_YEAR_GOAL = r"(?:年度|全年|年|计划|目标|任务|预算)"
CHANGE_IN_AMOUNT = "a change in amount"
# A month's own columns beside the year to date (本月, 当月, 比去年同月增长%): import reads the
# year to date and skips them; a report's table gives them as the month's figures.
MONTH_WORDS = r"同月|(?<![-—~～至到])本月|当月|单月"
MONTH_ALONE = "a month alone, beside the year to date"
# The budget as it stands when the rate is taken: 占调整预算%, 为年初预算%.
_BUDGET_AS = r"(?:调整后?|年初|变动后?)?"
_SPAN = r"\d{1,2}[-—~～至到]\d{1,2}月|1[-—~～至到]本月|[1一]至本月|年初至今"

OFFICE = "the office responsible"

HEADER_WORDS: tuple[HeaderWord, ...] = (
    # Who answers for the row, and text about it: never a figure, never the unit.
    _row(
        r"责任|牵头|配合|主管|承办|分管|联系人|业主|建设单位|实施单位",
        "skip",
        "责任单位",
        OFFICE,
    ),
    _row(
        r"^[^\d%％()（）]{1,20}(?:局|委员会|委|办公室|办|工会|妇联|团市委|公司|中心|集团)$",
        "skip",
        "市人力资源社会保障局",
        OFFICE,
    ),
    _row(r"^(?:序号|编号|序|行次|栏次|代码)$", "skip", "序号", "row numbers"),
    # The names' column, where its header holds a word of another role (预算科目, 项目名称).
    # 用款计划额度构成: a composition's header over the names of its parts.
    _row(r"科目$|名称$|构成$", "name", "预算科目"),
    # A change in amount (增减额, 增收额): not a figure a snapshot keeps.
    _row(r"增减额|增收额|增加额|减少额|增减数|增长额", "skip", "比上年增减额", CHANGE_IN_AMOUNT),
    _row(
        r"备注|说明|存在问题|进展情况|进度情况|形象进度|工作措施|主要内容|建设内容|建设规模|"
        r"建设地点|建设性质|建设年限|起止年限|开工时间|竣工时间|完成时限|时间节点",
        "skip",
        "建设内容及规模",
        "text about the row",
    ),
    # A project's whole cost and what it has taken since it began: not this year's figures.
    _row(
        r"总投资|概算|累计完成投资.*开工|开工以来|自开工",
        "skip",
        "项目总投资（万元）",
        "a project's whole cost or its spending since it began, not this year's",
    ),
    # The gap to 序时进度, before 序时进度 itself.
    _row(
        rf"(?:比|较|与|超|超过|快于|慢于|高于|低于|相比){_PACE}|{_PACE}(?:差|±|\+-|增减|快慢|比较)",
        "schedule_gap",
        "比序时进度±个百分点",
    ),
    # 塌计划进度, 落后序时进度: the gap said as a shortfall, printed without its minus.
    _row(rf"{BEHIND.pattern}", "schedule_gap", "塌计划进度（个百分点）"),
    # 序时进度 itself, as the report counted it (11个月 of 12 = 91.7%): time_progress.
    _row(_PROGRESS, "time_progress", "序时进度（%）"),
    # A growth-rate target (目标增速, 预期增速, 增长目标%): target_yoy, judged on 同比.
    _row(
        r"(?:目标|预期|计划)(?:增速|增长)|(?:增速|增长)(?:目标|预期)",
        "target_yoy",
        "目标增速（%）",
    ),
    # Completion: a rate of the year's goal (完成投资占年度投资目标的比例, 完成年度目标%).
    _row(
        rf"完成率|完成进度|执行率|执行进度|到位率|达成率|完成比例|完成百分比|"
        rf"占{_BUDGET_AS}{_YEAR_GOAL}|^完成(?:年度|全年)|"
        rf"(?:完成|为|达){_BUDGET_AS}{_YEAR_GOAL}.{{0,8}}(?:%|比例|百分比|进度)$|"
        rf"完成.{{0,8}}占.{{0,8}}{_YEAR_GOAL}",
        "completion",
        "完成投资占年度投资目标的比例(%)",
    ),
    # Completion of a period's target (完成一季度目标任务占比%): a rate, not the target.
    _row(
        rf"^完成(?:上半年|[一二三1-3]季度|前三季度|本期|{_SPAN})(?:计划|目标|任务)+"
        r"(?:占比|比例|百分比|进度|[(（]?%)",
        "completion",
        "完成一季度目标任务占比(%)",
    ),
    # The target of a period within the year (上半年目标, 1-6月目标, 一季度目标, 本期目标):
    # period_target, kept where its period is the sheet's own (importers/sheet.py).
    _row(
        rf"(?:上半年|[一二三1-3]季度|前三季度|本期|{_SPAN})(?:计划|目标|任务)",
        "period_target",
        "上半年目标",
    ),
    _row(
        r"占.{0,10}(?:比重|比例)|占比|比重|^结构|^比例(?:[(（]%[)）])?$", "share", "占全市比重（%）"
    ),
    _row(r"排名|位次|排序|名次|排位|排行", "rank", "GDP排行"),
    _row(r"力争|奋斗|挑战", "stretch", "力争目标"),
    _row(
        r"为上年|=100|为100|指数[(（]|^指数$",
        "skip",
        "2011年为上年%",
        "an index (上年=100), not a growth rate",
    ),
    _row(MONTH_WORDS, "skip", "比去年同月增长（%）", MONTH_ALONE),
    _row(
        r"同比|增长|增速|增幅|增减|比增|±|\+-|\+/-|比上年|比去年|较上年",
        "yoy",
        "比上年同期增长（%）",
    ),
    _row(r"上年|去年|同期", "last_year", "上年同期"),
    _row(r"目标|计划|任务|预算数|预算|预期|考核数", "target", "年度投资目标"),
    # 招商 and 重点项目 sheets keep 到位资金 beside 签约额 or 完成投资 (1-6月底累计到位资金): the
    # year to date where nothing else is, else a second measure, named as skipped.
    _row(r"到位", "actual", "1-6月底累计到位资金（万元）", weak=True),
    # What was done in the period: the year to date.
    _row(
        rf"{_SPAN}|累计|实际|实绩|绝对值|绝对数|绝对额|本期|本年|执行数|决算数|完成数|完成值|完成额|完成|"
        r"本报告期|预计(?:值|数|完成)|总量|金额|数值|数量|上半年|一季度|前三季度|全年|^\d{4}年$|^\d{1,2}月$|实现|^进度$|"
        # The year to date with its 月 lost (2024年1-4, 20221-8 for 2022年1-8月).
        r"^(?:19|20)\d{2}年?\d{1,2}[-—~～至到]\d{1,2}$|^额度",
        "actual",
        "1-6月",
    ),
    _row(r"^(?:计量|计算)?单位$|^单位[(（]|^计[量算]单位", "unit", "计量单位"),
    _row(
        r"指标|项目|名称|内容|类别|^地区$|区域|^县|^各|县区|区县|县市|^市|^区$|^单位$|省份|城市|"
        r"乡镇|镇街|园区$|开发区$|企业|行业",
        "name",
        "指标名称",
    ),
)


def column_role(header: str) -> HeaderWord | None:
    """The first row of HEADER_WORDS that reads ``header`` (already normalised), or None."""
    if not header:
        return None
    for word in HEADER_WORDS:
        if word.pattern.search(header):
            return word
    return None


# ── rows ────────────────────────────────────────────────────────────────────

# A group's number: 一、 （一） 1. 1、 (1) ① …
GROUP_NUMBER = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．](?!\d)|"
    r"[①②③④⑤⑥⑦⑧⑨⑩])\s*"
)
# The cue that the rows below (or the rest of this name) are parts of the row above.
PARTS_CUE = re.compile(r"^\s*(?:其中|内含|含|在总[额计数]中)\s*[:：]?\s*|^\s*[#＃]\s*")
# A 其中 row's name that only qualifies the row above (其中:规模以上 under 工业总产值): named
# with its parent's name.
QUALIFIER = re.compile(r"(?:规模|限额)以[上下](?:企业)?|规[上下]|限[上下]")
# A row that totals the rows of its block.
TOTAL = re.compile(r"^(?:.{0,16}(?:合计|总计)|小计|汇总)$")
# Notes under a table.
NOTE = re.compile(r"^(?:注|说明|备注|资料来源|数据来源|填报说明|附注)\s*[0-9①②③：:]")
# A unit stated for the table: 单位：万元、% (also 金额单位、计量单位).
UNIT_NOTE = re.compile(r"(?:计量|金额|数量)?单位\s*[:：]\s*(?P<units>[^；;。\s]+)")
UNIT_IN_PARENS = re.compile(r"[（(]\s*(?P<unit>[^（()）]{1,12}?)\s*[）)]")

# A row name that is a place or a zone: a league table's entities (DESIGN.md §8).
ENTITY = re.compile(
    r"(?:省|市|县|区|旗|州|盟|镇|乡|街道|开发区|新区|园区|高新区|经开区|示范区|试验区|保税区|"
    r"片区|管委会|自治区|特区|林区)$|^(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|"
    r"安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|"
    r"西藏|宁夏|新疆|香港|澳门|台湾)$"
)
# The whole of a league table's entities: a row that is not one of them.
WHOLE = re.compile(
    r"^(?:全省|全市|全州|全县|全区|全盟|全国|合计|总计|全省合计|全市合计|平均|全省平均)"
)
# The place a title names first, after its period (2025年前三季度涪陵区主要经济指标); of a run
# (重庆市涪陵区) the most local. Not 全区 or 各县, nor a word such as 地区 (two characters at
# least before 县/区/市).
TITLE_PLACE = re.compile(
    r"^(?:(?:19|20)\d{2}年度?|\d{1,2}[-—~～至到]\d{1,2}(?:月份|月(?!份))|\d{1,2}(?:月份|月(?!份))|"
    r"上半年|前三季度|[一二三四1-4]季度)*(?P<run>(?:(?![全各本])[\u4e00-\u9fff](?:(?![各全])[\u4e00-\u9fff]){1,5}?"
    r"(?:自治州|自治县|自治区|高新区|开发区|新区|省|市|州|盟|县|区|旗))+)"
)
# A province or city before the place it holds (重庆市 of 重庆市涪陵区).
PLACE_PREFIX = re.compile(r"^[\u4e00-\u9fff]{2,3}?(?:省|市)(?=[\u4e00-\u9fff]{3})")


# Header words of a name column that holds places.
PLACE_HEADER = re.compile(
    r"地区|区域|县|区划|省份|地市|城市|乡镇|镇街|园区|开发区|单位名称|各市|各区"
)
# Words of an indicator's role inside a league table's header (规上工业增加值增速 → 增速).
ROLE_TAIL = re.compile(
    r"(?:同比)?(?:增长|增速|增幅|增减)(?:率)?$|完成率$|(?:累计)?(?:完成|总量|绝对值)$|位次$|排名$"
)

# A name that says its figure is a ceiling: lower is better (城镇登记失业率低于, 控制在…以内).
CEILING = re.compile(r"低于|控制在|以内|不超过|以下$")
