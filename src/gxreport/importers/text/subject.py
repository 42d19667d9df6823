"""What a bare measure measures. A report prints only the measure before a figure (完成投资,
实现利润, 概算总投资, 到位资金) and says of what elsewhere: earlier in the sentence (产业发展项目
158个，完成投资…), in the name of the figure before (规模以上工业企业实现利税…；实现利润…). The
indicator's name is then that subject and the measure, as an analyst writes it
(产业发展项目投资, 规模以上工业企业利润): composed only of words the text prints.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from gxreport.importers.text import names
from gxreport.importers.text.tokens import MARKS

if TYPE_CHECKING:
    from collections.abc import Sequence

    from gxreport.importers.text.read import Found

# What a figure measures, when a name says only that (the longest first).
MEASURE = (
    r"(?:平均投资规模|平均投资额|计划总投资|概算总投资|总投资|投资额|投资|总产值|产值|增加值|到位资金|利润总额|利润|利税"
    r"|主营业务收入|营业收入|销售收入|营业成本|产成品存货|支出|销售额|营业额|零售额|亏损额|协议总金额"
    r"|协议金额|协议资金|合同总金额|合同金额|合同资金)"
)
# …and an output said alone (产量达8163吨 after 蔬菜种植面积…: the vegetables' output).
_BARE = re.compile(rf"(?:概算|计划|实际|完成){{0,2}}(?:{MEASURE}|总?产量)")
# What a bare measure says before its measure (计划投资 is a plan of 投资).
_MEASURE_ONLY = re.compile(r"^(?:概算|计划|实际|完成){0,2}")
_TRAILING = re.compile(rf"(?:{MEASURE}|收入|增加值|销售面积|(?:种植|播种|收获)?面积)$")


def bare(name: str) -> bool:
    """Whether ``name`` says only what is measured, not of what (概算总投资, 利润)."""
    return bool(_BARE.fullmatch(name))


def trailing_measure(name: str) -> str:
    """The measure ``name`` ends in (主要行业产值 → 产值), or nothing."""
    m = _TRAILING.search(name)
    return m.group() if m and m.start() >= 2 else ""


# A whole of sales (社会消费品零售总额, 商品销售总额): a part of it that names no measure of its
# own (批发零售贸易业, 餐饮业, 食品饮料烟酒类) is that part's sales (餐饮业零售额, not 餐饮业总额).
_SALES_TOTAL = re.compile(r"(零售|销售|营业|成交)总额$")


def part_of_sales(whole: str) -> str:
    """What a part of a whole of sales measures (社会消费品零售总额 → 零售额), or nothing where
    ``whole`` is no total of sales."""
    m = _SALES_TOTAL.search(whole)
    return m.group(1) + "额" if m else ""


def states_measure(name: str) -> bool:
    """Whether ``name`` says what it measures (工业总产值, 工业产销率), not only of what
    (食品制造业, 企业所得税)."""
    return bool(_WHOLE.search(name) or _OWN_MEASURE.search(name))


def owner(name: str) -> str:
    """What ``name`` measures something of: 规模以上工业企业利税 → 规模以上工业企业; a name
    without a measure is itself the owner (产业发展项目)."""
    m = _TRAILING.search(name)
    return name[: m.start()] if m and m.start() >= 2 else name


def of(base: str, measure: str) -> str:
    """The name of ``measure`` of what ``base`` names: 产业发展项目 + 投资, 规模以上工业企业利税
    + 利润 → 规模以上工业企业利润; a base that is itself a bare measure names no owner."""
    return measure if bare(base) else owner(base) + measure


def at_place(name: str, whole: str, unit: str = "") -> str:
    """A place's part of what ``whole`` measures, where the place alone is printed before the
    figure (全市工业投资…，湖塘区完成301.2亿元 → 湖塘区工业投资); ``unit``: the figure's, which
    must be an amount, not a count (11个设区市). Any other name as it is."""
    if not names.place(name) or counted(unit):
        return name
    return name + names.without_place(whole)


# A share of growth (对经济增长的贡献率为43.2%) and the points of growth it gives (拉动GDP增长1.3
# 个百分点): each an indicator of its own, named as analysts name them: who, then 对…增长贡献率 or
# 拉动…增长, the whole's place left out and 地区生产总值 said GDP.
_WHOLE_PLACE = r"(?:全[省市州县区旗盟]|本[省市县区州]|我[省市县区州])?"
_OF_GROWTH = re.compile(
    rf"^(?P<who>.*?)对{_WHOLE_PLACE}(?P<what>[\u4e00-\u9fffA-Za-z]{{1,12}}?)(?:增长)?的?贡献(?:率)?"
)
_PULLED = re.compile(
    rf"^(?P<who>.*?)拉动{_WHOLE_PLACE}(?P<what>[\u4e00-\u9fffA-Za-z]{{1,12}}?)增长"
)
_GDP = re.compile(r"^(?:地区生产总值|生产总值|地区GDP|GDP)$")


def contribution(before: str, owners: list[str], entities: tuple[str, ...] = ()) -> str:
    """The name of a contribution to growth from the words before its figure; who contributes
    is named there (第一产业对…的贡献率), else is the first of ``owners`` (what the sentence
    is about, nearest first) that names an owner (第二产业增加值…，对经济增长的贡献达到48.7%:
    第二产业). Nothing where the words say no contribution or no owner is named."""
    for pattern, said in ((_OF_GROWTH, "对{}增长贡献率"), (_PULLED, "拉动{}增长")):
        m = pattern.search(before)
        if m is None:
            continue
        what = "GDP" if _GDP.match(m.group("what")) else m.group("what")
        who = names.clean(m.group("who"), entities)
        if not who:
            candidates = [owner(re.sub(r"(?:对|拉动).*$", "", o)) for o in owners if o]
            who = next((c for c in candidates if not bare(c) and not _TRAILING.fullmatch(c)), "")
        return who + said.format(what) if who else ""
    return ""


# 软件业、物流业等现代服务行业…: the group a list is summed up by.
_GROUP = re.compile(r"等([\u4e00-\u9fff]{2,8}?(?:行业|产业|企业|领域|项目))")


def group_named(clause: str) -> str:
    """The group a clause sums a list up by (A、B、C等优势行业 → 优势行业), else nothing."""
    m = _GROUP.search(clause)
    return m.group(1) if m else ""


# What a heading or a table's caption is about: the things it names first (市级重点项目 in
# 一、市级重点项目进展情况, 新能源装备产业 in 2、新能源装备产业继续保持较快增长).
_THING = r"(?:项目|工程|企业|产业|行业)"
_NUMBERED = (
    r"(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]"
    r"|\d{1,2}[、．](?!\d))"
)
_ENUMERATOR = re.compile(rf"^\s*{_NUMBERED}")
# …a size class among its words too (旗级500万元-1亿元重点项目).
_TOPIC = re.compile(rf"(?:[\u4e00-\u9fff]|\d+(?:\.\d+)?[万亿]?元[-—–~至]?){{2,12}}?{_THING}")
_BEFORE_TOPIC = re.compile(rf"^(?:\s|(?:19|20)\d{{2}}年(?:度)?|{names.PERIOD}|{names.PLACE}|其中)+")
# A column that counts the things a caption names: 项目个数, 企业数.
_COUNT = re.compile(r"^(.{2,6}?)(?:个数|数)$")


def things(name: str) -> bool:
    """Whether ``name`` names things a report counts and invests in (项目, 工程, 企业 …), not
    people or market entities (新增市场主体)."""
    return bool(re.search(_THING, name))


def topic(title: str) -> str:
    """The things ``title`` is about (1-9月份县重点项目投资完成情况汇总表 → 县重点项目), or
    nothing where it names none first."""
    title = _BEFORE_TOPIC.sub("", title)
    m = _TOPIC.match(title)
    return m.group() if m else ""


def heading(sentence: str) -> str | None:
    """The topic of a numbered heading that opens ``sentence`` ("" where it names no things);
    None when the sentence opens with no heading."""
    m = _ENUMERATOR.match(sentence)
    return topic(sentence[m.end() :]) if m else None


# Firms of a kind (亏损企业, 亏损企业亏损额): the kind, 企业, and a measure of theirs.
_KIND_OF_FIRMS = re.compile(r"([\u4e00-\u9fff]{0,4}?)企业(.*)")


def in_table(name: str, caption: str) -> str:
    """A table column's name with what its caption is about: a bare measure is the topic's
    (投资 under 县重点项目投资完成情况汇总表 → 县重点项目投资), a count of the topic's things is
    the topic (项目个数 → 州重点项目), firms of a kind or a measure of firms are of the
    topic's firms (亏损企业, 企业个数 under 工业企业经济效益 → 亏损工业企业, 工业企业个数); any
    other name as it is."""
    about = topic(caption)
    if not about:
        return name
    if bare(name):
        return of(about, name)
    kind = _KIND_OF_FIRMS.fullmatch(name)
    if kind and (kind[1] or kind[2]) and about.endswith("企业") and about not in name:
        # 亏损企业 under 工业企业经济效益: 亏损工业企业; 企业个数 there: 工业企业个数
        return kind[1] + about + kind[2]
    counted = _COUNT.match(name)
    return about if counted and about.endswith(counted.group(1)) else name


# Projects of a kind by their stage (新建项目, 续建项目, 新开工项目): a part of any list of them.
_PROJECTS_OF_A_STAGE = re.compile(r"(?:新建|续建|新开工|新开|在建|竣工|投产)(?:类)?项目")


def of_a_kind(name: str, about: str) -> bool:
    """Whether ``name`` counts projects of a stage (新建项目) that are part of the projects a
    heading is ``about`` (市级重点项目) and does not say so itself."""
    return (
        about.endswith("项目")
        and bool(_PROJECTS_OF_A_STAGE.fullmatch(name))
        and not name.startswith(about)
    )


def of_same_measure(said: Sequence[str], name: str) -> str:
    """The one owner the names ``said`` give the measure ``name`` says bare (完成投资 after
    重点工程投资 → 重点工程), else nothing: none, or two (重大项目 and 民生项目 investing)."""
    if not bare(name):
        return ""
    owners = set()
    for each in said:
        m = _TRAILING.search(each)
        if m and m.start() >= 2 and _MEASURE_ONLY.sub("", name) == m.group():
            owners.add(each[: m.start()])
    return owners.pop() if len(owners) == 1 else ""


def under(name: str, about: str, shortest: int = 3) -> str:
    """``name`` as its heading's topic says it: 重点项目总投资 under 一、市级重点项目进展情况 is
    市级重点项目总投资 (the name's owner, of ``shortest`` characters at least, is the end of
    the topic); a bare measure (composed by ``of``) and any other name as it is."""
    own = owner(name)
    if bare(own):
        return name
    if len(own) >= shortest and about.endswith(own) and about != own:
        return about + name[len(own) :]
    return name


# What a whole measures, as its name says it (一般公共预算收入, 主要工业产品产量): an amount of
# money, or an output of things.
_MONEY = re.compile(rf"{MEASURE}|收入|增加值|零售额")
_WHOLE = re.compile(rf"{_MONEY.pattern}|产量")
# A name that says what it measures itself (签约资金, 工业用电量, 开工率).
_OWN_MEASURE = re.compile(rf"(?:{_WHOLE.pattern}|资金|资|金|额|量|值|数|率|比重|占比)$")
# Words that open the parts of a whole: 其中, or a breakdown's lead (分部门完成情况:).
PARTS = re.compile(
    rf"其中|^\s*{_NUMBERED}?分(?P<by>[\u4e00-\u9fff]{{1,6}}?)(?:完成情况|情况|看)?(?:为)?[:：]"
    # …or the whole, then how it is broken down (全县收入按征收部门分：税务部门完成…).
    r"|按(?P<by_after>[\u4e00-\u9fff]{1,6}?)分[:：]"
    # …or a list after the output it gives (主要产品产量：水泥…、砖…).
    r"|(?<=产量)[:：]"
)
# The end of an office's name (税务部门, 国税局): a department named as such.
_OFFICE = re.compile(r"(?:部门|局|厅|委|办|处|中心|所)$")
# Units of things counted (heads of livestock too: 生猪存栏21万头 is a stock, not an output):
# a count of a whole's parts is no part of its measure.
_COUNTED = re.compile(r"[个家户项宗件人名条座所处批次头只羽匹]$")


def says_measure(name: str) -> bool:
    """Whether ``name`` says what it measures (工业增加值, 签约资金, 开工率), not only whose."""
    return bool(_WHOLE.search(name) or _OWN_MEASURE.search(name))


def ends_in_measure(name: str) -> bool:
    """Whether ``name`` ends in what it measures (股份制企业增加值, 开工率), not in whose
    (外商投资企业: 投资 is who they are)."""
    return bool(_OWN_MEASURE.search(name))


def counted(unit: str) -> bool:
    """Whether ``unit`` counts things (个, 项, 家, 万头) rather than measuring an amount."""
    return bool(_COUNTED.search(unit))


# What a part of an output says it measures itself (发电量, 产值): a quantity, a value, a rate;
# a good's name may end as a measure of money does (合金, 黄金: no 资金).
_OUTPUT_OWN = re.compile(r"(?:量|值|率|数|额|比重|占比)$")
# Those that produce (县属企业, 规上单位): a part of an output that is of its producers.
_PRODUCER = re.compile(r"(?:企业|单位)$")
# The longest a whole can be and still be a name, not a clause.
_NAME_LENGTH = 12


# The regional product (地区生产总值, GDP): the sum of its industries' value added, each part
# by industry (一产, 第二产业) the value added of that industry.
_PRODUCT = re.compile(r"生产总值|GDP")


def measure_of(whole: str) -> str:
    """What ``whole`` measures (the last measure its words print; the regional product's
    parts measure 增加值), or nothing."""
    found: list[str] = _WHOLE.findall(whole)
    if found:
        return found[-1]
    return "增加值" if _PRODUCT.search(whole) else ""


def part(name: str, whole: str, unit: str, by: str = "") -> str:
    """A part of a whole that is named without the measure: 税务部门 under 一般公共预算收入 is
    税务部门收入, 变压器 under 主要工业产品产量 is 变压器产量. A name that says its own
    measure, a count, a figure whose unit is not of the measure (no 元 for money, 元 for an
    output) or a whole that names no measure leave the name as it is. In a breakdown by
    department (分部门完成情况：税务完成…) the part is the department's: 税务部门收入."""
    measure = measure_of(whole)
    if not measure or counted(unit):
        return name
    if _OUTPUT_OWN.search(name) if measure == "产量" else says_measure(name):
        return name
    if bool(_MONEY.fullmatch(measure)) != unit.endswith("元"):
        return name
    if by.endswith("部门") and not _OFFICE.search(name):
        name += "部门"
    if measure == "产量" and _PRODUCER.search(name) and len(whole) <= _NAME_LENGTH:
        # 县属企业 under 原煤产量: 县属企业原煤产量, not any output of theirs.
        return name + names.without_place(whole)
    return name + measure


# A good named after the verb that produces it (产茶450吨, 生产原煤12万吨), by weight: its
# output (产值, 产量, 产能 … are measures, not goods).
_PRODUCED = re.compile(r"^生?产(?![值量能出业品销])(?P<good>[\u4e00-\u9fff]{1,6})$")
_WEIGHT = re.compile(r"(?:吨|公斤|千克|斤)$")


def produced(name: str, unit: str) -> str:
    """The output of the good ``name`` says it produced (产茶 in 吨 → 茶产量); any other name
    as it is."""
    m = _PRODUCED.match(name)
    return m.group("good") + "产量" if m and _WEIGHT.search(unit) else name


def kind_of(name: str, whole: str) -> str:
    """A part of ``whole`` that is a kind of its measure, in a breakdown printed after the
    whole's name (地方收入按构成分：税收收入…): the whole's qualifier and the part
    (地方税收收入). Any other name as it is."""
    measure = measure_of(whole)
    qualifier = owner(whole)
    if not measure or qualifier == whole or name == measure or not name.endswith(measure):
        return name
    return name if name.startswith(qualifier) else qualifier + name


# How far things counted have come (240个省重大项目开工175个): still those things.
_STATUS = re.compile(
    r"(?:已|累计)?(?:开复工|开工建设|开工|复工|竣工投产|竣工|投产|完工|建成|履约|签约)"
)


# How far things have come, as a count of them says it alone (已履约21个, 欠进度的有12个,
# 已完成和提前完成30个, 其它类8个): stages joined by 和; 签约 (or 立项) alone is what was done in
# the period (签约11个), not a stage. A stage with its thing word (在建项目, 履约项目) names those
# things itself.
_STAGE = (
    r"(?:已签约|已立项|(?:已|未|累计|实际)?(?:开复工|开工建设|开工|复工|竣工投产|竣工|投产|完工|建成|履约"
    r"|在建|(?:提前)?完成|(?:超|欠|达到|达|未达到|未达)(?:序时|时序|时间)?进度))"
)
_AT_STAGE = re.compile(rf"{_STAGE}(?:和{_STAGE})*|其[它他]类")
# The words of a count's own that end before its figure (欠进度的有, 其它类共).
_COUNT_TAIL = re.compile(r"(?:的)?(?:有|共|共有|为|达)?$")
# …and before it (共开复工38项: all told).
_COUNT_HEAD = re.compile(r"^(?:共有|共计|共|合计)(?=[\u4e00-\u9fff]{2})")
# What the things counted were said to be before a stage of theirs replaces it (新签约亿元以上
# 招商项目 → 亿元以上招商项目 已履约): their own stage or the manner of their counting.
_OWN_STAGE = re.compile(rf"^(?:新签约|新引进|引进|新开工|具体|{_STAGE})(?=[\u4e00-\u9fff\d]{{2}})")


def at_stage(words: str, things: str) -> str:
    """A count named only by a stage of the things counted before it (全市新签约亿元以上招商项目
    24个，已履约21个 → 已履约亿元以上招商项目; 190个具体工作内容…欠进度的有12个 →
    欠进度工作内容): the stage as printed and those things; nothing where ``words`` name
    things of their own (工业项目) or no things were counted."""
    words = _COUNT_HEAD.sub("", _COUNT_TAIL.sub("", words))
    m = _AT_STAGE.fullmatch(words)
    if not m and words.startswith(("已", "未")) and things.endswith("项目"):
        # 签约文旅项目46个，已开工项目29个 (未开工项目17个): 已 (未) says they are of those
        # just counted.
        m = _AT_STAGE.fullmatch(words.removesuffix("项目"))
    return m.group() + _OWN_STAGE.sub("", things) if m and things else ""


# What says which projects: their size (亿元以上, 投资1亿元以上), their stage (在建, 新开工,
# 新签约, 执行), their kind (工业, 招商), in that order.
_SIZE = re.compile(r"^[\u4e00-\u9fff]{0,4}?\d*(?:\.\d+)?[万亿]?元?(?:以上|以下)")
_STAGE_WORD = re.compile(
    r"^(?:计划)?(?:新签约|已签约|签约|新开工|已开工|开工|新建|新设|新增|续建|在建|竣工|投产|建成|已完工|完工"
    r"|前期|执行)"
)


def _which(qualifier: str) -> tuple[str, str, str, bool]:
    """The size, stage and kind a qualifier of projects says (投资1亿元以上工业 → 投资1亿元以上,
    "", 工业), and whether its stage comes before its size (新签约亿元以上)."""
    first = _STAGE_WORD.match(qualifier)
    sized = _SIZE.match(qualifier[first.end() :]) if first else None
    if first and sized:
        return sized.group(), first.group(), qualifier[first.end() + sized.end() :], True
    size = _SIZE.match(qualifier)
    rest = qualifier[size.end() :] if size else qualifier
    stage = _STAGE_WORD.match(rest)
    return (
        size.group() if size else "",
        stage.group() if stage else "",
        rest[stage.end() :] if stage else rest,
        False,
    )


def kind_of_counted(name: str, whole: str) -> str:
    """Projects of the ``whole`` counted just before them (其中…) where those are at a stage:
    at that stage too, unless they name their own (在建项目 …其中亿元以上项目 → 亿元以上在建项目;
    新签约项目 …其中工业项目 → 新签约工业项目; 执行招商项目 …其中新建项目 → 新建招商项目;
    新签约亿元以上项目 …其中10亿元以上项目 → 新签约10亿元以上项目: a size of their own, said
    alone, is narrower than the whole's). ``name`` as printed where the whole names no stage
    (重点项目 …其中续建项目), is of a level of government, or the two say which by two kinds,
    or by two sizes and more."""
    if not (name.endswith("项目") and whole.endswith("项目")) or name == whole:
        return name
    mine, theirs = name[:-2], whole[:-2]
    if not mine or re.search(r"[省市县区州]|级", theirs):
        return name
    (s1, t1, k1, _), (s2, t2, k2, stage_first) = _which(mine), _which(theirs)
    if not t2 or (s1 and s2 and (t1 or k1)) or (k1 and k2 and k1 != k2):
        return name
    size, stage = s1 or s2, t1 or t2
    which = stage + size if stage_first and not t1 else size + stage
    return which + (k1 or k2) + "项目"


def counted_again(noun: str, name: str) -> str:
    """The things later bare measures are of, after ``name`` is counted: ``noun`` still when
    ``name`` is those things at a stage (省重大项目 then 省重大项目开工: 完成投资 is
    省重大项目投资), else ``name``."""
    if noun and _STATUS.fullmatch(name.removeprefix(noun).lstrip("(（")):
        return noun  # 省重大项目开工, or 开工 alone
    return name


# Projects named by their stage alone (在建项目, 竣工项目).
_PROJECTS_AT = re.compile(rf"(?:在建|续建|新建|新开工|{_STATUS.pattern})项目")


def in_hand(things: str, name: str) -> bool:
    """Whether ``name`` counts projects at a stage (在建项目, 竣工项目), which may be the
    projects ``things`` names (not themselves projects at a stage)."""
    if not things.endswith("项目") or _PROJECTS_AT.fullmatch(things):
        return False
    return bool(_PROJECTS_AT.fullmatch(name))


# Words no subject of a lead-in holds (记者从…, 在…中): the clause says something else.
_NOT_SUBJECT = re.compile(r"[从在对向据经由把被将我的了]")
_PERIOD_ONLY = re.compile(rf"^(?:\s|{names.PERIOD}|{names.PLACE}|目前)*$")


def lead(before: str) -> str:
    """The things named by the clause nearest before a figure's own, where that clause has no
    figure and says how they fare (全县重点工程稳步推进，1-9月份，完成投资… → 重点工程); a
    clause of a period alone is passed over."""
    for clause in reversed(re.split(r"[,，;；:：]", before)):
        if _PERIOD_ONLY.match(clause):
            continue
        if any(mark in clause for mark in MARKS):
            return ""
        about = topic(clause) or _foremost(clause)
        return "" if _NOT_SUBJECT.search(about) else about
    return ""


# A clause that names who leads (水口贡献最大, 电子行业增长最快): who the figures after it are of.
_FOREMOST = re.compile(
    r"(?P<who>[\u4e00-\u9fff]{2,8}?)(?:贡献|拉动|增长|增速|增幅)(?:最大|最快|最高|最多)"
)


def _foremost(clause: str) -> str:
    m = _FOREMOST.fullmatch(clause.strip())
    return m.group("who") if m and not _PERIOD_ONLY.match(m.group("who")) else ""


def qualified(name: str, things: str) -> str:
    """A qualifier alone (省级, 市级) listed in brackets after ``things`` were counted: those
    things of that qualifier (省级 under 建设项目27项 → 省级建设项目); a name of things or of
    a measure (总投资), or things that are no things counted, leave the name as it is."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{1,4}", name) or re.search(_THING, name):
        return name
    if says_measure(name):
        return name
    return name + things if re.search(rf"{_THING}$", things) else name


_LIST_OPENS = re.compile(r"其中[:：]\s*$")


def parts_after(paragraph: str, about: str, parts_of: str, placed: list[Found]) -> str:
    """What the paragraphs after ``paragraph`` are parts of: the owner of what it was
    ``about`` where it ends in 其中: (全县重点工程…完成投资…。其中: → 重点工程), still
    ``parts_of`` while each paragraph opens with a part of it (省级6项…), else nothing."""
    if _LIST_OPENS.search(paragraph):
        return owner(about)
    first = next((f for f in placed if f.role in ("actual", "target")), None)
    if parts_of and first is not None and first.name.endswith(parts_of):
        return parts_of
    return ""


# Rows that state a completion against a target the sentence need not print.
_AGAINST_A_PLAN = ("completion-of-plan", "completion-rate")


def plan_before(
    before: Sequence[Found], placed: Sequence[Found], earlier: Sequence[Found] = ()
) -> None:
    """A measure done against a plan (完成投资58.5亿元，完成年度计划投资的45%) whose plan is
    stated before it in the paragraph (安排重点项目…，年度投资计划130亿元), else in the paragraph
    just ``earlier``, and not in its own sentence: the two are one indicator. A bare measure
    takes the plan's name (重点项目投资); a plan said by its measure alone (当年计划投资47.8亿元)
    takes the name of what was done against it (重点工程完成投资…，投资完成率…). Only where
    exactly one plan of that measure has no actual of its own; else the names stay as printed.
    Each link is marked for review."""
    for name in dict.fromkeys(f.name for f in placed if f.role == "actual"):
        own = [f for f in placed if f.name == name]
        if not any(f.role == "completion" and f.row in _AGAINST_A_PLAN for f in own):
            continue
        if any(f.role in ("target", "stretch") for f in own):
            continue  # the sentence states its own plan
        done = name if bare(name) else ""
        plans: set[str] = set()
        for pool in (before, earlier):
            plans = _plans(pool, done) if done else _bare_plans(pool, name)
            if plans:
                break
        if len(plans) != 1:
            continue
        (plan,) = plans
        if done:
            for f in own:
                f.review.append(f"{f.role} linked to the plan before it: “{name}” → “{plan}”")
                f.name = plan
        else:
            for f in (f for f in [*before, *earlier] if f.name == plan):
                f.review.append(f"{f.role} linked to what was done of it: “{plan}” → “{name}”")
                f.name = name


def _plans(pool: Sequence[Found], measure: str) -> set[str]:
    """The plans in ``pool`` of something's ``measure`` (重点项目投资) with no actual."""
    actual = {f.name for f in pool if f.role == "actual"}
    return {
        f.name
        for f in pool
        if f.role == "target"
        and f.name.endswith(measure)
        and not bare(f.name)
        and f.name not in actual
    }


def _bare_plans(pool: Sequence[Found], name: str) -> set[str]:
    """The plans in ``pool`` said by the measure of ``name`` alone (计划投资 of 重点工程投资)
    with no actual."""
    m = _TRAILING.search(name)
    if m is None:
        return set()
    actual = {f.name for f in pool if f.role == "actual"}
    return {
        f.name
        for f in pool
        if f.role == "target"
        and bare(f.name)
        and _MEASURE_ONLY.sub("", f.name) == m.group()
        and f.name not in actual
    }
