"""One small matcher: the catalogue's rows over each sentence's shape, then names.

For each sentence: figures are tokenized, the shape is built, the rows are tried in order (a
figure keeps the first role given), and each placed figure gets its indicator's name — the
row's, else the words before it in its clause (names.clean), else the sentence's subject (the
indicator named last). A rate's indicator is the name before its cue, else the subject.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from decimal import Decimal

from gxreport.importers.numerals import zh_int
from gxreport.importers.text import names
from gxreport.importers.text import subject as measured
from gxreport.importers.text.catalogue import (
    AIM,
    CHANGE,
    EARLIER,
    OVER_LAST_YEAR,
    RANKS,
    ROWS,
    UP_DOWN,
    Row,
)
from gxreport.importers.text.tokens import CEILINGS, MARKS, Figure, figures, shape
from gxreport.importers.text.when import figure_as_of

LEVELS = (
    "actual", "target", "stretch", "last_year", "yoy_amount", "target_yoy", "whole", "period_target"
)  # fmt: skip
RATES = ("completion", "yoy", "share", "schedule_gap", "yoy_change", "stretch_completion")
ROLES = LEVELS + RATES
_SENTENCE_END = re.compile(r"(?<=[。！？!?])|\n")
# A sentence longer than this is cut at clause ends: no report sentence is, and the rows'
# patterns then run over pieces of bounded length whatever the input.
_MAX_SENTENCE = 2000
# A sentence longer than this is quoted around its figure.
_LONG_QUOTE = 300
_AROUND = 60
# Words printed without a figure that state one (a gap of 0).
_WORDED_GAP = re.compile(
    r"(?:与|和)(?:序时|时序|时间)进度持平|(?<![未不])达(?:到)?(?:序时|时序|时间)进度(?!的)"
)
# Rows whose share is of the sentence's subject only where no other name comes before them.
_OF_THE_SUBJECT = ("share-of-the-subject", "rate-of-a-count")
# A verb alone before a count whose things are named after it (新增25个项目).
_COUNTING_VERB = re.compile(
    r"(?:新增|新签约|签约|新引进|引进|新开工|开工|竣工|投产|建成|落地|新入库|入库|谋划|储备)+"
)
# Words before a count whose name follows it (给14家企业, 细化为190个具体事项).
_NAME_FOLLOWS = re.compile(r"(?:对|向|给|把|(?:细化|分解|划分|拆分)为|等)$")
# 其中 closing the clause before a figure's: what follows are parts (其中，亿元以上项目…).
_PARTS_OPEN = re.compile(r"其中[,，:：]$")
# A total to the end of a year before the report's (截至2020年底累计完成投资, 截至上年底累计…).
_SINCE_BEFORE = re.compile(r"(?:截至|截止)到?(?:(?P<year>(?:19|20)\d{2})年|上年|去年)(?:底|末)累计")
# A verb of what was done, opening a clause before its measure (完成投资, 累计完成投资): done
# by what was said before.
_DONE_SO = re.compile(r"(?:累计|共)?(?:完成|实现)")
# Words that open a clause before what it counts (截至目前已开工…, 其中已履约…).
_LEADING = re.compile(rf"^(?:{names.PERIOD}|{names.PLACE}|其中|目前)+")
# How a growth was measured, said after the name (按可比价格计算): no part of it.
_MEASURED_SO = re.compile(r"按(?:可比价格?|不变价格?|现价|同口径|可比口径)计算$")
# A share's whole said as all of the things (总任务, 项目总数, 全部项目).
_ALL_OF = re.compile(r"^(?:总|全部)|总数$")
# Rows of a contribution to growth: named by subject.contribution.
_OF_GROWTH = ("share-of-growth", "points-of-growth")
# An aside in brackets, figures included.
_ASIDE = re.compile(r"[(（][^()（）]*[)）]")
_CONTEXT = re.compile(r"^(?P<ctx>[^\d,，]{2,14}?)中$")
# Projects at a stage counted before 中 (14个在建项目中): the stage those of a kind after
# it are at.
_AMONG_AT_STAGE = re.compile(
    rf"[{MARKS}](?P<stage>未开工|已开工|在建|续建|新开工|已竣工|竣工)项目$"
)
# Names that say what is measured but not of what: the sentence's subject (or the clause's
# context, 制造业招商项目中) is what they measure (新签约项目22个，签约总额… → 新签约项目签约额).
# What a name measures, when a list prints it once for all (农业、工业、服务业增加值).
_MEASURE = re.compile(
    r"(?P<measure>增加值|总产值|产值|投资|营业收入|主营业务收入|销售收入|收入|支出|销售额|零售额|营业额|利润"
    r"|产量|总额)$"
)

# A bracket opened right after a figure and still open at the one read: what it lists are
# parts of what that figure counted.
_BRACKETED = re.compile(rf"[{MARKS}][(（][^()（）]*$")
# Trades above the threshold (限额以上批发业), and a trade's name (零售业, 餐饮业).
_ABOVE_THRESHOLD = re.compile(r"^(限额以上|限上)[\u4e00-\u9fff]{1,8}业")
_SECTOR_NAME = re.compile(r"^[\u4e00-\u9fff]{1,8}业")
_OF_GDP = re.compile(r"占(?:全[省市州县区])?(?:GDP|地区生产总值|生产总值)")
# 园区 after 其中: the parks, a part of the whole (园区 elsewhere stands for the report's place).
_PART_ZONE = re.compile(r"其中[,，:：]?园区")
# A sector, of which a figure is a part of what the sentence before measured (not 就业).
_SECTOR = re.compile(r"(?<![就创毕失营企])业$")
# A class of goods (粮油食品类, 石油及制品类): a part of what is sold.
_GOODS_CLASS = re.compile(r"[\u4e00-\u9fff]{2}类$")
GENERIC = {
    "签约总额": "签约额",
    "签约金额": "签约额",
    "签约额": "签约额",
    "总额": "额",
    "金额": "额",
    "签约": "",
}


# Words before a figure in 倍 that say it is a growth (增长3.9倍; 分别增长1.5倍、2.7倍).
_GROWN_BY = re.compile(
    rf"(?:(?:增长|增加|提高|扩大|上升|下降)了?|分别(?:增长|增加|提高)了?[^{MARKS},;:。，；]*"
    rf"(?:[{MARKS}][、和])+)$"
)
# The words of a fall before an amount of change over last year (减收830万元 is −830).
_LESS = re.compile(r"(?:减收|减支|减少|少收|少支|少完成|下降|降低|(?<=[年期月])少)了?$")
# The word of change printed just before it, kept with the figure where it is checked.
_CHANGE_WORD = re.compile(CHANGE + r"(?=了?$)")


@dataclass
class Found:
    """One figure with the role a row gave it."""

    name: str
    figure: Figure
    role: str
    text: str  # as written into [indicator.stated] for rates: 下降2.95%
    sentence: str
    row: str
    as_of: dt.date | None = None
    review: list[str] = field(default_factory=list)
    rank: tuple[int, int | None, str, str] | None = None
    # "subject": tied to the indicator the sentence is about; "own": a rate the reader named
    # itself, or a rank of a name a list prints, of no other indicator however alike
    # (已开工项目 beside 竣工项目).
    link: str = ""
    whole: str = ""  # for a share: the name of what it is a share of (占GDP比重 → 地区生产总值)
    parent: str = ""  # what the parts after 其中 are parts of: a share's whole if none is named
    whole_of: tuple[str, ...] = ()  # a table's whole row (全市): its name, the places it sums

    @property
    def quote(self) -> str:
        return window(self.sentence, self.figure.start, self.figure.end)


def window(sentence: str, start: int, end: int) -> str:
    """The sentence for 原文; a long one (a table's text, a run-on line) around the figure."""
    if len(sentence) <= _LONG_QUOTE:
        return sentence
    if end == 0:
        return sentence[:_LONG_QUOTE] + "…"
    at = max(0, start - _AROUND)
    return ("…" if at else "") + sentence[at : end + _AROUND] + "…"


@dataclass
class Unplaced:
    printed: str
    sentence: str
    why: str


def sentences(text: str) -> list[str]:
    out = []
    for piece in _SENTENCE_END.split(text):
        piece = piece.strip().strip('“”"')
        at = 0
        while len(piece) - at > _MAX_SENTENCE:
            end = at + _MAX_SENTENCE
            cut = max(piece.rfind(c, at, end) for c in ",;，；、 ")
            cut = cut + 1 if cut > at else end
            out.append(piece[at:cut])
            at = cut
        if piece[at:]:
            out.append(piece[at:])
    return out


@dataclass
class Context:
    year: int
    partial_year: bool
    entities: tuple[str, ...]
    # What the last sentence's figures measured (投资, 产值 …): 分行业看，冶金行业增长17.3% is
    # the growth of 冶金行业投资 after a sentence on investment.
    measure: str = ""
    # What the last sentence of the paragraph was about: a sentence that opens with a rate and
    # no name of its own (较上年同期增收1180万元，增长5.7%) goes on about it.
    subject: str = ""
    # What the last numbered heading is about (一、市级重点项目进展情况 → 市级重点项目): the
    # owner of a bare measure whose sentence names none.
    topic: str = ""
    # The things the paragraph counted last (190个具体工作内容): what a count named only by a
    # stage counts (。欠进度的有12个).
    things: str = ""
    # What the paragraph's first sentence counts, where it counts one kind of things only
    # (省级重点工程6项，概算投资…。完成投资…: the investment is theirs); None before it.
    about: str | None = None
    # What the paragraphs after one that ends in 其中: are parts of (重点工程, after
    # 全县重点工程…完成投资…。其中:): 省级6项 there is 省级重点工程.
    parts_of: str = ""
    # The date the report's figures run to: a target of a part of the year ending then
    # (三季度目标 in a report to 30 September) is the period's own.
    as_of: dt.date | None = None
    # The place a clause of the paragraph opened with (其中，某高新区签约项目41个): the figures
    # after it that name no place of their own are that place's, until a clause opens with
    # another place or the whole's (全区, 我县).
    place: str = ""
    own: tuple[str, ...] = ()  # the report's own place, as its title or text says it
    # The names of the levels the paragraph gave so far, and the paragraph before: a clause
    # that opens with a period and what was done of a bare measure (6月当月，完成投资…) goes on
    # about the one thing they measured so (全省重点工程完成投资…).
    named: list[str] = field(default_factory=list)
    said_before: list[str] = field(default_factory=list)


# Figures run together with nothing between (a table's cells glued by a copy: 152.36103.82.5 is
# 164.27 | 104.1 | 2.7, or another cut): no figure can be read from them, so they are listed.
_GLUED = re.compile(r"(?<![\d.])\d+(?:\.\d+){2,}(?![\d.])")


def _glued(sentence: str) -> list[Unplaced]:
    return [
        Unplaced(m.group(), window(sentence, m.start(), m.end()), _GLUED_WHY)
        for m in _GLUED.finditer(sentence)
        if any(len(part) >= 4 for part in m.group().split(".")[1:-1])
    ]


_GLUED_WHY = "figures run together: where one ends and the next begins is not printed"
# A figure printed with two points (下降12..6%): 14.3 or a digit lost, which the text does
# not say, so it is listed.
_DOUBLED = re.compile(r"(?<![\d.])\d+\.{2,}\d+(?:%|个百分点)?")
_DOUBLED_WHY = "printed with two points: which figure was meant is not printed"


def _unreadable(sentence: str) -> list[Unplaced]:
    """Figures no reading can take without a guess: run together, or with two points."""
    doubled = [
        Unplaced(m.group(), window(sentence, m.start(), m.end()), _DOUBLED_WHY)
        for m in _DOUBLED.finditer(sentence)
    ]
    return _glued(sentence) + doubled


def read_sentence(sentence: str, ctx: Context) -> tuple[list[Found], list[Unplaced]]:
    figs = figures(sentence)
    heading = measured.heading(sentence)
    if heading is not None:
        ctx.topic = heading
    worded = _WORDED_GAP.search(sentence)
    if not figs and not worded:
        alone: list[Found] = []
        _ranks(alone, sentence, ctx)  # 复产指数位列全市第一: a rank with no figure of its own
        return alone, _unreadable(sentence)
    form = shape(sentence, figs)
    clauses = Clauses(form)
    where = [i for i, ch in enumerate(form) if ch in MARKS]  # the shape index of each figure
    at = {pos: n for n, pos in enumerate(where)}
    role: dict[int, tuple[str, Row, tuple[int, int], int]] = {}
    lists: list[tuple[Row, re.Match[str]]] = []
    for row in ROWS:
        if row.when == "partial-year" and not ctx.partial_year:
            continue
        for m in row.regex.finditer(form):
            if row.after_regex is not None and not row.after_regex.search(form, 0, m.start()):
                continue
            covered = [(group, at[p]) for group, span in _spans(m) for p in range(*span) if p in at]
            if set(m.groupdict()) == {"skip"}:
                covered = [(g, n) for g, n in covered if n not in role]
            if not covered or any(n in role for _, n in covered):
                continue
            if "list" in m.groupdict() and m.group("list"):
                lists.append((row, m))
            for group, n in covered:
                role[n] = (group, row, m.span(group), m.start())
    found: list[Found] = []
    unplaced: list[Unplaced] = []
    subject = ""
    parent = ""  # what the parts after 其中 are parts of
    parts_from: int | None = None  # where the figures of those parts begin among the found
    stage_of_all = ""  # 14个在建项目中: the stage of the projects those after it are among
    context = ""
    topic = ""  # 世界传感器大会力争…, …: what the aims of the sentence are of
    noun = ""  # the last name printed whole, not made from a generic one
    whole_noun = ""  # the noun before 其中 opened its parts
    whole = ""  # what the parts whose shares the sentence gives are parts of
    counted_from: dict[str, str] = {}  # a count named by its stage → the things counted
    as_of = figure_as_of(sentence, ctx.year)
    aside: tuple[str, str] | None = None  # the subject and things before a bracket's aside
    for n, fig in enumerate(figs):
        pos = where[n]
        clause_start = clauses.start(pos)
        if aside is not None and not _IN_ASIDE.search(form, 0, pos):
            subject, noun = aside
            aside = None
        ctx_match = (
            _CONTEXT.match(form[clauses.start(clause_start - 1) : clause_start - 1])
            if clause_start
            else None
        )
        if (
            ctx_match
            and ("项目" in ctx_match.group("ctx") or "指标" in ctx_match.group("ctx"))
            # 36个产业项目中，已开工33个: things counted, whose stages the clauses give.
            and not any(ch in MARKS for ch in ctx_match.group("ctx"))
        ):
            context = names.clean(ctx_match.group("ctx"), ctx.entities)
        # 14个在建项目中，市级项目5个: projects at a stage counted, then those of a kind.
        among_at = _AMONG_AT_STAGE.search(ctx_match.group("ctx")) if ctx_match else None
        stage_of_all = among_at.group("stage") if among_at else stage_of_all
        if fig.kind == "words":
            # 四个开发区: a count of places, said in a rank (read with it); any other figure in
            # words (新引进项目五个) is listed, not dropped.
            if not (fig.unit == "个" and _in_a_rank(sentence, fig)):
                unplaced.append(
                    Unplaced(fig.printed, window(sentence, fig.start, fig.end), "written in words")
                )
            continue
        if fig.unit == "倍" and _GROWN_BY.search(form, 0, pos):
            # 产量增长3.9倍: a growth said as a multiple, no figure of the thing itself, and no
            # rate in % either: listed for the reader.
            unplaced.append(
                Unplaced(fig.printed, window(sentence, fig.start, fig.end), "a growth in 倍")
            )
            continue
        if n not in role:
            unplaced.append(
                Unplaced(fig.printed, window(sentence, fig.start, fig.end), "no wording read")
            )
            if fig.kind == "bare" and _GROWTH_NEXT.match(form, pos + 1):
                # A bare figure (园区税收61.7，增长2.9%): a number printed without its unit is
                # listed, and the rates after it are still of what its clause names, not of the
                # name before.
                subject = names.clean(form[clause_start:pos], ctx.entities) or subject
            continue
        if form.startswith("其中", clause_start) or _PARTS_OPEN.search(form, 0, clause_start):
            parent = parent or subject or ctx.subject
            parts_from = len(found) if parts_from is None else parts_from
            whole_noun = whole_noun or noun
        elif (
            whole_noun
            and parts_from is not None
            and form.endswith(("；", ";"), 0, clause_start)
            and sum(
                f.role == "actual" and measured.counted(f.figure.unit) for f in found[parts_from:]
            )
            >= 2
        ):
            # 开工项目120个，其中工业项目41个，农业项目9个…；累计实现到位资金…: a list of parts
            # ends at the semicolon, and what follows is of the whole again (one part alone,
            # 其中亿元以上项目336个；计划总投资…, is what follows).
            noun, parent, whole_noun = whole_noun, "", ""
        group, row, span, row_at = role[n]
        kind = group.rstrip("0123456789")
        if kind in ("skip", "change"):
            unplaced.append(Unplaced(fig.printed, window(sentence, fig.start, fig.end), row.name))
            continue
        if kind == "completion" and _AIMED.search(form, clause_start, row_at):
            # 确保完成全年目标任务的100%: what is meant to be done, no rate of what was.
            unplaced.append(Unplaced(fig.printed, window(sentence, fig.start, fig.end), _AN_AIM))
            continue
        if kind == "list":
            continue  # mapped below, in order
        text = fig.printed
        if kind == "yoy_amount":
            word = _CHANGE_WORD.search(form, 0, pos)
            text = (word.group() if word else "") + fig.printed
            if _LESS.search(form, 0, pos):
                fig = replace(fig, number="-" + fig.number.lstrip("+"))  # 减收830万元
        if kind in RATES:
            text = _printed(form[span[0] : span[1]], fig)
            text = re.sub(r"^(?:同比|分别)", "", text)
            # 低于时序进度(41.67%)6.15个百分点: the aside's figure is another; the rate is the gap.
            text = _ASIDE.sub("", text) if _ASIDE.search(form, span[0], span[1]) else text
        if kind == "completion" and (goal := _PERIOD_RATE.search(form, row_at, span[0])):
            # 完成一季度目标任务的112%: of the period's own target, not the year's (check reads
            # the period from the words, stated.PERIOD_GOAL).
            text = f"完成{goal.group('period')}目标{text}"
        # The name: the words before the figure (or before the row's match), else the subject.
        # A rate, or a growth target (增长目标为6.5%), is named by the words before its wording.
        row_start = min(row_at, span[0]) if kind in RATES or kind == "target_yoy" else pos
        before = form[clause_start:row_start]
        if kind in RATES:
            before = _ASIDE.sub("", before)  # 同口径(剔除…0.6亿元的影响)较上年同期增长6.2%
        own = names.clean(
            before[_last_mark(before, 0, len(before)) :],
            ctx.entities,
            rate=kind in RATES or kind in ("target", "stretch", "target_yoy"),
        )
        lead_in = _BREAKDOWN.search(form, 0, row_start) if not own else None
        lead_measure = _MEASURE.search(lead_in.group("by")) if lead_in else None
        last_word = before[_last_mark(before, 0, len(before)) :].strip(" ,，、:：;；")
        if lead_measure and re.fullmatch(r"[\u4e00-\u9fff]", last_word):
            # 从主要产品产量看，纱增长31.6%: a product of one character, with what is measured.
            own = last_word + lead_measure.group()
        if own and _PART_ZONE.match(form, clause_start) and not own.startswith("园区"):
            own = "园区" + own  # 其中园区增加值: the parks' part, not the report's own place
        # 采矿业增加值占比…，制造业增加值占比…: parts of one whole, said before them.
        whole_of_part = ""
        if row.name == "rate-of-a-count" and _THING_ONLY.fullmatch(own):
            own = ""  # 项目开工率: the rate of the things counted, not a name of its own
        if row.name in _OF_THE_SUBJECT:
            whole_of_part = next((w for w in (whole, subject, ctx.measure) if _part_of(own, w)), "")
            whole = whole_of_part or whole
        if (
            row.name in _OF_THE_SUBJECT
            and own
            and not subject.startswith(own)
            and not whole_of_part
        ):
            # 工业到位资金占比58.3%, 三年重大项目落地履约率92%: not the subject's share, an
            # indicator in % of its own.
            kind = "actual"
            own = names.clean(form[max(clause_start, _last_mark(form, clause_start, pos)) : pos])
        by_itself = False  # 开工率 after 竣工项目: of all those started, an indicator of its own
        things_after = False  # 竣工投产3个工业项目: the things counted are named after the count
        if (
            kind in RATES
            or (kind in ("target", "last_year", "whole") and _has_rate(row))
            or kind in ("target_yoy", "yoy_amount")
        ):
            # A growth target said first, before any figure (围绕…增长8%目标任务): its own name.
            named = kind in RATES or (kind == "target_yoy" and not subject)
            name = own if named and own and not _cue_only(own) else subject
            if name == own and subject.startswith(own):
                name = subject  # 税收占比 of 税收收入: the name said short
            if (
                kind == "schedule_gap"
                and name == subject
                and found
                and found[-1].role == "completion"
            ):
                # 8个重点项目完成投资…，占年度投资计划46.1%，超时序进度4.4个百分点: the gap is of
                # the completion just printed (重点项目投资), not of the things counted.
                name = found[-1].name
            if row.name == "rate-of-a-count" and name == subject:
                # 已开工项目42个，未开工项目14个，开工率75%: the count its word names.
                name = _count_at_stage(found, form[row_at : span[0]]) or name
                started = _started_of(name, form[row_at : span[0]])
                by_itself, name = started != name, started
                if any(g.role == "target" and g.name == name for g in found):
                    kind = "completion"  # 计划新开工项目80项，实际已开工52项，开工率65%
            if not name and kind in RATES and not found:
                # 建筑业增加值按可比价格计算，同比增长5.3%: the clause before names it.
                name = _named_before(form, clauses, clause_start, ctx)
            if (
                not name
                and (kind in RATES or kind == "yoy_amount")
                and all(f.role == "yoy_amount" and f.name == ctx.subject for f in found)
            ):
                # 较上年同期增收18240万元，增长81.4%: the figures of the sentence before.
                name = ctx.subject
            if row.name == "rate-of-a-count" and not by_itself and kind != "completion":
                # 签约项目中，开工率达88.5%: no count of those started is printed, and the rate
                # is the share of them among the projects (新签项目已开工), not of the projects.
                at_stage = _of_those_at_its_stage(name, form[row_at : span[0]])
                by_itself, name = at_stage != name, at_stage
            link = "own" if by_itself else "subject"
        else:
            name = own
            link = ""
            raw_before = form[clause_start:pos]
            if row.name in _OF_GROWTH:
                # Who contributes: named in the clause, else the group the clause before sums
                # up (A、B等优势行业), the sentence's subjects, the last sentence's where this
                # one opens with the contribution.
                said = raw_before[_last_mark(raw_before, 0, len(raw_before)) :]
                clause_before = form[clauses.start(clause_start - 1) : clause_start]
                owners = [measured.group_named(clause_before)]
                owners += [f.name for f in reversed(found)]
                owners += [ctx.subject] if clause_start == 0 else []
                name = measured.contribution(said, owners, ctx.entities)
                if not name:
                    quote = window(sentence, fig.start, fig.end)
                    unplaced.append(Unplaced(fig.printed, quote, "a contribution of no one named"))
                    continue
            elif _DONE_ONLY.fullmatch(name) and any(
                f.name == subject and f.role == "target" and f.figure.unit == fig.unit
                for f in found
            ):
                # 全年任务为6133户，实际改造7882户: what was done of the target just said.
                name = own = subject
            elif (
                not name
                and kind == "target"
                and (cue := _TARGET_CUE.search(form, clause_start, pos))
                and (cued := names.clean(form[clause_start : cue.start()], ctx.entities))
            ):
                # 全市重点项目目标任务为933.4亿元: the name said before the target's words; a
                # target of projects in money is what they are to invest, unless the projects
                # are named by another money of theirs (招商引资签约项目: what they sign).
                projects = (
                    cued.endswith(("项目", "工程"))
                    and fig.unit.endswith("元")
                    and not _OTHER_MONEY.search(cued)
                )
                name = own = cued + "投资" if projects else cued
            elif (
                kind == "actual"
                and measured.counted(fig.unit)
                and _COUNTING_VERB.fullmatch(name)
                and (after := _name_after(sentence, fig, ctx))
            ):
                # 新增25个项目, 新开工8个工业项目: the verb alone before the count, the things
                # counted after it; the verb says which of them (新增项目, 新开工工业项目).
                name = after if after.startswith(name) else name + after
                things_after = True
            elif not name and kind == "last_year" and subject:
                # 农林水事务支出77562万元，比上年同期63456万元增支…: last year's figure of what
                # the clause before gave, not of the words after it.
                name = subject
            elif not name and row.name == "ceiling-target":
                # 失业率为5.2%，控制在5.5%目标以内: the ceiling of the rate just said (in its
                # unit); of nothing else the words after it might seem to name.
                if not any(f.name == subject and f.figure.unit == fig.unit for f in found):
                    quote = window(sentence, fig.start, fig.end)
                    unplaced.append(Unplaced(fig.printed, quote, "a ceiling of nothing named"))
                    continue
                name = own = subject
            elif not name or len(name) < 2 or _NAME_FOLLOWS.search(raw_before):
                name = (
                    _name_after(sentence, fig, ctx)
                    or (
                        _trade_before(form[:clause_start], subject, ctx, fig)
                        if kind == "actual"
                        else ""
                    )
                    or _named_before(form, clauses, clause_start, ctx)
                    or subject
                )
            if row.name == "count-by-size" and (parent or subject):
                name = _sized(parent or subject, figs[n - 1].printed)
        if kind == "completion" and name and name == subject:
            # (省市重点项目共54宗，完成率49.91%) after 市重点项目7宗…完成投资…完成年度计划21.85%:
            # the completion of things counted is of what their fellows' completions measure.
            name = _measured_as_fellows(found, name) or name
        if row.name == "change-of-a-share":
            # A share that moved (某类商品占零售额的比重下降…): whose share changed.
            name = _whose_share(form[clause_start:row_at], found, ctx) or name
        if row.name == "ratio-to-one" and found and found[-1].row == row.name:
            name = found[-1].name  # 由上年同期的2.31:1缩小为2.27:1: both of one ratio
        broken_down = _BREAKDOWN.match(sentence)
        measure = _measure_of(broken_down, subject, ctx)
        if (
            measure
            and name
            and name != subject
            and kind in ("yoy", "share", "actual")
            and (kind != "actual" or fig.kind == "amount" and not measured.counted(fig.unit))
            # a sector of what was measured (冶金行业, 第一产业), a class of goods sold
            # (粮油食品类), or a part of a breakdown
            and (
                _SECTOR.search(name)
                or _GOODS_CLASS.search(name)
                or kind == "yoy"
                and _a_part(broken_down, name)
            )
        ):
            # 冶金行业 (of 投资) → 冶金行业投资; a sector's share of GDP is of its 增加值.
            of_gdp = kind == "share" and _OF_GDP.search(form, row_at, span[1])
            name += "增加值" if of_gdp else _firms_measure(name, measure, subject, ctx.measure)
        elif (
            kind == "yoy"
            and parent
            and name == own
            and not measured.ends_in_measure(name)
            and not _QUANTITY.search(name)
            and not names.place(name)
            and (kin := _measure_of_siblings(found[parts_from or 0 :]))
        ):
            # 其中，制造业投资增长35.2%，民间投资增长27.7%，建安增长9.9%: a part said without the
            # measure its fellow parts all say is of that measure; not a figure that says what
            # it measures itself (商品房销售面积增长9.9% is no 投资).
            name += kin
        elif (
            measure
            and name == own
            and name != subject
            and kind in ("yoy", "share", "actual")
            and (kind != "actual" or fig.kind == "amount")
        ):
            # 湖塘区完成301.2亿元 after 工业投资: the place's 工业投资.
            name = measured.at_place(name, measure.string, fig.unit if kind == "actual" else "")
        part_measure = _MEASURE.search(ctx.measure)
        if row.name == "progress-of-a-part" and name == own and part_measure:
            if not _MEASURE.search(name):
                name += part_measure.group()  # 保民生进度 (of 三保支出) → 保民生支出
        parts = measured.PARTS.search(form, 0, pos)
        if parts and name and name == own and kind in ("actual", "target") and fig.kind == "amount":
            # 一般公共预算收入…。其中：税务部门完成…: the part is of what the whole measures.
            wholes = (subject, form[: parts.start()], ctx.subject, ctx.measure)
            whole = next((w for w in wholes if measured.measure_of(w)), "")
            if parts.group("by_after"):
                # 地方收入按构成分：税收收入…: 地方税收收入, not the whole county's.
                name = measured.kind_of(name, names.clean(form[: parts.start()], ctx.entities))
            by = parts.group("by") or parts.group("by_after") or ""
            name = measured.part(name, whole, fig.unit, by)
        if kind in ("actual", "target") and fig.kind == "amount":
            name = measured.produced(name, fig.unit)  # 产茶450吨: the tea's output
        if noun and name and not link:
            # 重点建设项目640项，项目总投资…: the projects just counted.
            name = measured.under(name, noun, shortest=2)
        staged = ""
        if (
            kind == "actual"
            and fig.kind == "amount"
            and measured.counted(fig.unit)
            and not context
            and not things_after
        ):
            # 新签约项目31个，已履约26个: the projects at that stage (of those counted before).
            words = _LEADING.sub("", form[_last_mark(form, clause_start, pos) : pos])
            staged = _planned_at_stage(found, words, fig) or measured.at_stage(
                words, noun or ctx.things
            )
            if staged:
                counted_from[staged] = noun or ctx.things
            name = staged or name
        if parent and kind in LEVELS and name == own and measured.counted(fig.unit):
            # 在建项目2150个，其中亿元以上项目174个: a kind of the things counted before.
            name = measured.kind_of_counted(name, measured.owner(parent))
            whole = measured.owner(parent)
            if _INDUSTRY_ALONE.fullmatch(name) and _COUNTED_BY_INDUSTRY.search(whole):
                # 新增入库企业56家，其中工业4家、建筑业12家: the firms of each industry, not
                # the industry's output.
                name = f"{whole}({name})"
        if stage_of_all and kind == "actual" and name == own and measured.counted(fig.unit):
            name = _of_those_at_stage(name, stage_of_all)
        if ctx.parts_of and kind in LEVELS and name == own and measured.counted(fig.unit):
            name = measured.qualified(name, ctx.parts_of)
        listed_in = _BRACKETED.search(form, 0, pos)
        if listed_in and kind in LEVELS and name == own:
            # 建设项目24项(省级5项、市级7项): each a level of the things counted before.
            counts = [f for f in found if f.figure is figs[at[listed_in.start()]]]
            if counts and counts[-1].role == "actual":
                name = measured.qualified(name, counts[-1].name)
        base = (
            context
            or noun
            or subject
            or measured.lead(form[:clause_start])
            or ctx.topic
            or (ctx.about or "")
            or (
                measured.of_same_measure(ctx.named or ctx.said_before, name)
                if _DONE_SO.match(_LEADING.sub("", form[clause_start:pos]))
                else ""
            )
        )
        if base in counted_from and fig.kind == "amount" and not measured.counted(fig.unit):
            # 新建项目185个…开工建设160个，累计完成投资…: what is spent is of all the things
            # counted, not of those at the stage (a share of them is: 占…的).
            base = counted_from[base]
        generic = bool(base) and (name in GENERIC or measured.bare(name))
        if generic and name in GENERIC:
            name = base + GENERIC[name] if not base.endswith(GENERIC[name] or "\0") else base
        elif generic and not _said(found, measured.of(base, name), kind):
            # 产业发展项目158个，完成投资… → 产业发展项目投资; not where the sentence gave that
            # name this figure already (工业增加值增长3%，其中园区增加值增长6.8%: a part).
            name = measured.of(base, name)
        if (
            kind in ("actual", "target")
            and name == own
            and fig.unit.endswith("元")
            and _PROJECTS_SPENT.search(form, clause_start, pos)
        ):
            name += "投资"  # 水利项目累计完成9.3亿元: what the projects spent, their 投资
        if (
            kind == "completion"
            and name.endswith(("项目", "工程"))
            and _OF_INVESTMENT_PLAN.search(form, clause_start, pos)
        ):
            name += "投资"  # 重点项目完成年度投资计划71.4%: of what the projects are to invest
        count_of = _COUNT_OF.fullmatch(name) if kind in RATES and own else None
        if count_of and noun.endswith(count_of[1]):
            # 新签约项目225个，总投资…，项目数同比增长9.2%: the count of the things counted.
            name = noun
        if ctx.topic and name:
            name = measured.under(name, ctx.topic)
        if "力争" in form[clause_start:pos]:
            aims = names.clean(form[clause_start:pos].split("力争")[0], ctx.entities)
            if aims and aims != topic:
                noun = ""  # 北斗年会力争…, 项目签约个数…: the new topic's, not the last one's
            topic = aims
        elif topic and kind in LEVELS and name and not name.startswith(topic) and not link:
            name = topic + name
        review: list[str] = []
        if fig.qualifier:
            what = "a ceiling" if fig.qualifier.endswith(CEILINGS) else "an approximate figure"
            review.append(f"“{fig.printed}” is qualified ({fig.qualifier}): {what}")
        if not fig.known_unit:
            review.append(f"“{fig.unit}” is a unit extract does not know: kept as printed")
        if kind == "actual" and fig.kind == "percent":
            text = fig.printed
        if name == own and not parent and form.endswith(("；", ";"), 0, clause_start):
            # 限额以上批发业完成销售额…；零售业完成销售额…: the qualifier of the first trade.
            first = next((q for f0 in found if (q := _ABOVE_THRESHOLD.match(f0.name))), None)
            if first and _SECTOR_NAME.match(name) and not name.startswith(first.group(1)):
                name = first.group(1) + name
        since = _SINCE_BEFORE.search(form, clause_start, pos)
        if (
            since
            and kind == "actual"
            and name.endswith("投资")
            and int(since.group("year") or ctx.year - 1) < ctx.year
        ):
            # 截至2020年底累计完成投资…, in a report of 2017: what the projects had put in
            # before this year, a figure of its own, not this year's investment.
            name = name.removesuffix("投资") + "累计完成投资"
        shown = name
        opened = names.opening_place(form[clause_start:pos], ctx.own, ctx.entities)
        if opened is not None:
            ctx.place = opened
        elif ctx.place and name and names.opening_place(name) is None:
            # 签约资金 after 某高新区签约项目41个: the zone's (what follows is still named as
            # printed, and read as the zone's in turn).
            shown = ctx.place + name
        if (
            kind in LEVELS
            and name == own
            and measured.counted(fig.unit)
            and measured.of_a_kind(name, ctx.topic)
        ):
            # 一、市级重点项目…：列入市级重点项目40项，新建项目22项: the section's new ones (the
            # measures after them are still of all the section's projects).
            shown = ctx.topic + shown
        f = Found(shown, fig, kind, text, sentence, row.name, as_of, review, link=link)
        if kind == "share":
            of = re.search(
                r"占(.{1,16}?)(?:的)?(?:比重|比例|份额|[\ue001\ue003]|$)", form[row_at : span[1]]
            )
            f.whole = names.clean(of.group(1), ctx.entities) if of else ""
            if _ALL_OF.search(f.whole):
                # 欠进度的有9个，占总任务的6%: of all the things counted.
                f.whole = counted_from.get(name) or _all_counted(found, name, f.whole) or f.whole
            if not f.whole and row.name == "rate-of-a-count":
                f.whole = _counted_whole(found, name)
            things = noun or ctx.things
            if not f.whole and row.name == "rate-of-a-count" and _at_a_stage_of(name, things):
                # 列入重点项目40项。…共开复工38项，开复工率为95%: of the things the paragraph
                # counted, whose stage the rate's count is named by.
                f.whole = things
            if not f.whole and row.name == "rate-of-funds-in-place":
                # 总投资202.02亿元…累计到位资金41.87亿元，资金到位率2.5%: of what is promised.
                promised = [
                    g.name for g in found if _PROMISED.search(g.name) and g.role == "actual"
                ]
                f.whole = promised[-1] if promised else ""
            f.parent = parent  # 其中：税收收入…，税收占比86.2%: of what 其中 parts
            if not f.whole and parent:
                f.whole = _count_of_parent(found, name)
            if not f.whole:
                f.whole = parent
            if not f.whole:
                f.whole = whole_of_part  # 采矿业增加值占比96% (of 规模以上工业增加值)
            if not f.whole:
                f.whole = _of_those_among(sentence, name)
        found.append(f)
        if aside is None and _IN_ASIDE.search(form, 0, pos):
            # 农业项目21个(其中新签约项目13个)，到位资金…: what the aside names is its own; after
            # it, the figures are again of what was named before it.
            aside = (subject, noun)
        if name and (kind in ("actual", "target", "stretch") or (kind in RATES and own)):
            subject = name
            if not generic and not staged and kind in LEVELS and measured.counted(fig.unit):
                # 县级重点项目共260项: what 总投资, 完成投资 … that follow are of (and still,
                # after 开工331个 of them); an amount (外贸进出口总额5.1亿元) owns no figure
                # after it (其中出口总额…).
                about = noun or ctx.about or ""
                if not parent and measured.in_hand(about, name):
                    noun = about  # 在建项目95个 of the projects counted before, at a stage
                else:
                    noun = measured.counted_again(noun, name)
                if context and noun == name:
                    # 在已实施的项目中，新建项目91个，到位资金…: of those, not all among.
                    context = ""
            if _MEASURE.search(name):
                ctx.measure = name
    in_form = {fig.start: where[n] for n, fig in enumerate(figs)}
    for row, m in sorted(lists, key=lambda x: x[1].start("list")):
        listed = _listed(form, clauses, figs, at, row, m, sentence, ctx, as_of, found, in_form)
        broken_down = _BREAKDOWN.match(sentence)
        measure = _measure_of(broken_down, subject, ctx, form[: m.start("list")])
        by_kind = _BY_KIND.match(sentence)
        for f in listed:
            share_of = _A_SHARE.fullmatch(f.name) if f.role == "yoy_change" else None
            if share_of:
                # 甲、乙两类企业占营收的比重分别下降…: each kind's share changed.
                f.name = _whose_share(share_of.group(1), [], ctx) or f.name
            if (
                (measure or by_kind)
                and f.role in ("yoy", "share", "actual")
                and (f.role != "actual" or f.figure.kind == "amount")
                and (
                    _SECTOR.search(f.name)
                    or by_kind
                    or f.role == "yoy"
                    and _a_part(broken_down, f.name)
                )
                and not _MEASURE.search(f.name)
            ):
                # 三大支柱行业中，医药制造业…分别增长…; 按行业分产值…：建陶、电瓷分别增长…
                f.name += (by_kind or measure).group("measure")  # type: ignore[union-attr]
        if not listed:  # names and figures not as many: each figure listed, none guessed
            unplaced += [
                Unplaced(fig.printed, window(sentence, fig.start, fig.end), _UNMAPPED)
                for fig in (figs[at[p]] for p in range(*m.span("list")) if p in at)
            ]
        found += listed
    if worded and found:
        last = [f for f in found if f.role in LEVELS]
        if last:
            found.append(
                Found(
                    last[-1].name,
                    last[-1].figure,
                    "schedule_gap",
                    worded.group(),
                    sentence,
                    "schedule-gap-in-words",
                    as_of,
                    link="subject",
                )
            )
    if ctx.about is None:
        # 民生工程共12项，其中：新建9项…。总投资…: the counts that end the sentence after
        # 其中 are parts of the things counted before it, which the sentences after are about.
        is_count = [f.role in LEVELS and measured.counted(f.figure.unit) for f in found]
        parts_end = parts_from is not None and all(is_count[parts_from:])
        tallied = [f.name for f, c in zip(found, is_count, strict=True) if c]
        if parts_end:
            tallied = [f.name for f, c in zip(found[:parts_from], is_count, strict=False) if c]
            noun = tallied[-1] if tallied else noun
        one = all(measured.counted_again(noun, t) == noun for t in tallied)
        ctx.about = noun if one and measured.things(noun) else ""
    _change_of_a_rate(found)
    _said_against(found)
    unplaced += _of_a_period(found, ctx)
    _two_targets(found)
    unplaced += _against_a_target_not_printed(found, sentence)
    _target_of_its_measure(found)
    _growth_of_a_target(found)
    _ranks(found, sentence, ctx)
    ctx.subject = subject or ctx.subject
    ctx.things = noun or ctx.things
    ctx.named += [f.name for f in found if f.role in ("actual", "target")]
    return found, unplaced + _unreadable(sentence)


# Words that only mean to reach what follows (确保, 力争 …) and the reason a rate after them is
# listed.
_AIMED = re.compile(AIM)
_AN_AIM = "a rate aimed at, not reached"
# A bracket still open: what it holds is an aside.
_IN_ASIDE = re.compile(r"[(（][^()（）]*$")
# The count of things said by their word alone (项目数, 企业个数, 项目).
_COUNT_OF = re.compile(r"(项目|企业|工程)(?:个数|数)?")
_SIZE_CLASS = re.compile(r"(?:\d+(?:\.\d+)?)?(?:万|亿)?元(?:以上|以下)?")


def _count_of_parent(found: list[Found], part: str) -> str:
    """项目649个，总投资4406.26亿元，其中亿元以上项目548个，占比91.3%: a count's share after
    其中 is of the count of the things the parts are of (签约招商项目, the owner of 签约招商项目
    总投资), in its unit and no smaller: the nearest count whose name the part's extends
    (亿元以上签约招商项目 of 签约招商项目); nothing where no such count is (开工项目 after 重点项目
    and 新建项目 is of neither by its name)."""
    mine = [f for f in found if f.role == "actual" and f.name == part]
    if not mine or not measured.counted(mine[-1].figure.unit):
        return ""
    size = _in_base(mine[-1].figure)
    for f in reversed(found):
        whole = _in_base(f.figure)
        if (
            f.role == "actual"
            and f.name != part
            and f.name
            and part.endswith(f.name)
            and f.figure.unit == mine[-1].figure.unit
            and whole is not None
            and size is not None
            and whole >= size
        ):
            return f.name
    return ""


def _measured_as_fellows(found: list[Found], things: str) -> str:
    """``things`` counted in the sentence (a count is their last figure), whose fellow things'
    completions are of what those measure (市重点项目 → 市重点项目投资): ``things`` with that
    measure, or nothing."""
    mine = [f for f in found if f.name == things and f.role == "actual"]
    if not mine or not measured.counted(mine[-1].figure.unit):
        return ""
    counts = {f.name for f in found if f.role == "actual" and measured.counted(f.figure.unit)}
    for f in reversed(found):
        if f.role != "completion" or f.name == things:
            continue
        fellow = next((c for c in counts if c != things and f.name.startswith(c)), "")
        measure = f.name[len(fellow) :] if fellow else ""
        if measure and _MEASURE.fullmatch(measure):
            return things + measure
    return ""


def _sized(things: str, size: str) -> str:
    """新签约亿元以上项目 of 20亿元: 新签约20亿元项目, the size printed in place of the class of
    the things counted (or before them where they print none)."""
    if _SIZE_CLASS.search(things):
        return _SIZE_CLASS.sub(size, things, count=1)
    return size + things


# What was done, said without what (实际改造, 实际完成): of the target said before.
_DONE_ONLY = re.compile(r"实际(?:完成|改造|建成|新建|新增|实现|开工|到位|引进)?")
# Projects named by a money that is not their investment (签约项目, 招商引资项目, 到位资金).
_OTHER_MONEY = re.compile(r"签约|招商|引资|引进|到位|协议|合同|履约|外资")
# An industry named alone (工业, 建筑业, 批发和零售业), and firms or units that industries
# classify (企业, 单位): the firms after 其中 are of that industry.
_INDUSTRY_ALONE = re.compile(r"[\u4e00-\u9fff]{0,10}(?<!企)(?:业|产业)")
_COUNTED_BY_INDUSTRY = re.compile(r"(?:企业|单位|法人)(?:入库)?$")
# The words that say a figure is a target, after its name (重点项目目标任务为…).
_TARGET_CUE = re.compile(r"(?:目标任务|目标|任务)(?:数)?(?:为|是)$")
# The plan of the year's investment a completion is of (完成年度投资计划, 完成投资任务的).
_OF_INVESTMENT_PLAN = re.compile(r"投资(?:计划|任务|目标)[^,;:。，；：]{0,4}$")
# Projects (or works) that 完成 an amount of money with no measure between: what they spent.
_PROJECTS_SPENT = re.compile(r"(?:项目|工程)(?:累计|共|已)?完成了?$")
# A growth that opens the clause after a figure (61.7，增长2.9%).
_GROWTH_NEXT = re.compile(r"[,，](?:同比)?" + UP_DOWN + f"[{MARKS}]")


# A name that is a share of something else (第三产业占地区生产总值的比重).
_A_SHARE = re.compile(r"(.+占.+?)(?:比重|占比)")


def _whose_share(said: str, found: list[Found], ctx: Context) -> str:
    """Whose share a change of a share is: the part before 占 (a sector's share of GDP is of
    its 增加值), else the last figure of the sentence whose share was printed (税收…占比为93%，
    税性比重…提高…), else nothing."""
    m = re.fullmatch(r"(.*?)占(.+?)的?", said)
    if m:
        part = names.clean(m.group(1), ctx.entities)
        if part and _SECTOR.search(part) and _OF_GDP.match("占" + m.group(2)):
            part += "增加值"
        return part
    shares = [f.name for f in found if f.role == "share" and f.name]
    return shares[-1] if shares else ""


def _named_before(form: str, clauses: Clauses, clause_start: int, ctx: Context) -> str:
    """建筑业增加值按可比价格计算，同比增长5.3%; 纺织行业投资稳步增长，完成12.3亿元: a
    figure that opens its clause in a sentence with no name yet is of what the clause before
    names, where that clause holds no figure (what it says of the name is no part of it)."""
    if not clause_start:
        return ""
    said = form[clauses.start(clause_start - 1) : clause_start - 1]
    if any(ch in MARKS for ch in said):
        return ""
    return names.clean(_SAID_OF.split(_MEASURED_SO.sub("", said), maxsplit=1)[0], ctx.entities)


# What a clause says of a name before a figure of it: no part of the name (纺织行业投资快速增长,
# 建材行业下滑明显).
_SAID_OF = re.compile(
    r"(?<=..)(?:也|还|均|都|保持|继续|持续|实现|快速|稳步|平稳|较快|大幅|明显|增长|下滑|下降|回落|回升"
    r"|缩小|扩大"
    r"|增速|增幅|总量)"
)


def _change_of_a_rate(found: list[Found]) -> None:
    """增长5.1%，较去年同期下降4.2个百分点: points against last year printed after the figure's
    growth (or completion, or share) are how much that rate changed, not the figure's 同比."""
    for i, f in enumerate(found):
        if f.role != "yoy" or f.figure.kind != "points":
            continue
        if any(
            g.name == f.name
            and g.role in ("yoy", "completion", "share")
            and g.figure.kind == "percent"
            for g in found[:i]
        ):
            f.role = "yoy_change"


# What a change of a rate is against, said before it in its clause (同比, 较上年同期, 比一季度,
# 与上年同期增幅相比), once for a list of them; without a digit, so the words stay apart from
# the figure.
_AGAINST = re.compile(rf"(?:同比|(?:比|较|与){EARLIER}(?:的?(?:增幅|增速)相比)?)(?=[^,，;；。]*$)")
_AGAINST_SAID = re.compile(rf"同比|(?:比|较|与|于){EARLIER}")


def _said_against(found: list[Found]) -> None:
    """增速较上年同期提高1.2个百分点: the words of what the change is against stay with the
    figure, as check reads them (against last year's growth, which no snapshot of the year
    holds, it is not judged against the earlier snapshot's)."""
    for f in found:
        if f.role != "yoy_change" or _AGAINST_SAID.search(f.text):
            continue
        clause = re.split(r"[,，;；:：。]", f.sentence[: f.figure.start])[-1]
        said = _AGAINST.search(clause)
        if said and not re.search(r"\d", said.group()):
            f.text = said.group() + f.text


# Stages whose rate is the share of the things that reached them (开工率, 履约率).
_STAGE_REACHED = ("开复工", "复工", "开工", "履约", "竣工", "投产")
# A stage alone, as a count of things at it is named by (已开复工, 开工, 已履约, 已落地).
_STAGE_ONLY = re.compile(rf"(?:已)?(?:{'|'.join(_STAGE_REACHED)}|落地)")


def _at_a_stage_of(name: str, things: str) -> bool:
    """Whether ``name`` is ``things`` at a stage (重点项目已开复工, 开复工重点项目 of 重点项目)."""
    if not things or name == things:
        return False
    if name.startswith(things):
        stage = name[len(things) :]
    elif name.endswith(things):
        stage = name[: -len(things)]
    else:
        return False
    return bool(_STAGE_ONLY.fullmatch(stage))


def _counted_whole(found: list[Found], part: str) -> str:
    """86个重点项目已开工79个，开工率91.9%: the count of which the rate's subject (the last
    count) is a part: one printed just before it in its clause, else the sentence's first
    count (for 已开工19个); nothing when that count is smaller."""
    counts = [f for f in found if f.role == "actual" and f.figure.kind == "amount"]
    mine = [f for f in counts if f.name == part]
    if not mine:
        return ""
    last = mine[-1]
    size = _in_base(last.figure)
    before = [
        f
        for f in counts
        if f.figure.end <= last.figure.start
        and f.name != part
        and f.figure.unit == last.figure.unit
    ]
    near = [
        f
        for f in before
        if not re.search(r"[,;:，；：。]", f.sentence[f.figure.end : last.figure.start])
    ]
    # The sentence's first count is the whole only of a part said without a noun of its own
    # (新签约项目31个，已开工19个, not 在建项目148个，竣工项目37个).
    clause = re.split(r"[,;:，；：]", last.sentence[: last.figure.start])[-1]
    first = before[:1] if re.match(r"(?:现|均|共|累计)?已", clause) else []
    for f in near[-1:] or first:
        whole = _in_base(f.figure)
        if whole is not None and size is not None and whole >= size:
            return f.name
    return ""


# The stage a rate of a count is named by (开工率: 开工), and a count's name that says its
# things have not reached it (未开工项目).
_RATE_STAGE = re.compile(r"(开复工|复工|开工|履约|竣工|投产|落地|亏损|增长)(?:率|面)")
_THING_ONLY = re.compile(r"项目|企业")


def _count_at_stage(found: list[Found], rate: str) -> str:
    """The last count of the sentence whose name holds the stage its rate is named by
    (开工项目 for 开工率, not 未开工项目), or nothing."""
    m = _RATE_STAGE.search(rate)
    if not m:
        return ""
    stage = m.group(1)
    named = [
        f.name
        for f in found
        if f.role == "actual"
        and f.figure.kind == "amount"
        and re.search(f"(?<![未不没]){stage}", f.name)
    ]
    return named[-1] if named else ""


# A count of things done at a stage, said without the things (实际已开工, 已完工或基本完工).
_DONE_AT_STAGE = re.compile(
    r"(?:按[\u4e00-\u9fff]{1,6}?)?(?:实际)?(?:已)?(开复工|复工|开工|完工|竣工|投产|建成|履约|落地)"
    r"(?:或基本\1)?(?:项目)?"
)


_LATER_STAGE = re.compile(r"^(?:已)?(?:竣工投产|竣工|投产|完工|建成)(?P<things>项目|工程|企业)$")


def _of_those_at_its_stage(name: str, rate: str) -> str:
    """Projects counted (新签项目) and the rate of a stage of theirs (开工率), with no count at
    that stage printed: those at the stage (新签项目开工, in its one form 新签项目已开工); a
    name that says a stage itself, or no projects, as it is."""
    m = _RATE_STAGE.search(rate)
    if not m or m.group(1) not in _STAGE_REACHED or not name.endswith("项目"):
        return name
    if _STATUS_IN.search(name):
        return name
    return name + m.group(1)


# A stage reached said in a name (已开工项目, 竣工项目); 新开工 is a kind of project, those to
# start this year.
_STATUS_IN = re.compile(r"开复工|复工|(?<!新)开工|履约|竣工|投产|完工|建成|在建|未开")


def _started_of(subject: str, rate: str) -> str:
    """在建项目148个，竣工项目37个，开工率77.08%: a rate of those started, printed after a
    count of those at a later stage, is of all started (已开工项目), not of that count; else
    ``subject``."""
    m = _RATE_STAGE.search(rate)
    later = _LATER_STAGE.match(subject)
    if m and later and m.group(1) in ("开工", "开复工", "复工"):
        return "已" + m.group(1) + later.group("things")
    return subject


def _planned_at_stage(found: list[Found], words: str, fig: Figure) -> str:
    """计划新开工项目80项，实际已开工52项: a count of things done at a stage, after a plan of
    things at that stage in its sentence (a target in the same unit, or a count of things
    计划 to reach it: 计划年内完工项目45个，已完工21个), is that plan's actual: the plan's name,
    or nothing. A count of things planned becomes the target of those done."""
    m = _DONE_AT_STAGE.fullmatch(words)
    if not m:
        return ""
    planned = [
        f
        for f in found
        if (f.role == "target" or (f.role == "actual" and f.name.startswith("计划")))
        and f.figure.unit == fig.unit
        and m.group(1) in f.name
    ]
    if not planned:
        return ""
    plan = planned[-1]
    if any(f.role == "actual" and f.name == plan.name for f in found if f is not plan):
        return ""
    if plan.role == "actual":
        plan.role = "target"
        plan.review.append("things planned to reach a stage, before a count of those that did")
    return plan.name


def _all_counted(found: list[Found], part: str, words: str) -> str:
    """180个县重点项目中，亿元以上项目117个，占项目总数的65%: the first count of the sentence
    of the things ``words`` say all of (项目总数: 项目), in the part's unit and no smaller;
    nothing where none is."""
    things = _ALL_OF.sub("", words)
    mine = [f for f in found if f.role == "actual" and f.name == part]
    if len(things) < 2 or not mine:
        return ""
    size = _in_base(mine[-1].figure)
    for f in found:
        if f.role != "actual" or f.name == part or not f.name.endswith(things):
            continue
        whole = _in_base(f.figure)
        if f.figure.unit != mine[-1].figure.unit or whole is None or size is None:
            continue
        if whole >= size:
            return f.name
    return ""


def _trade_before(before: str, subject: str, ctx: Context, fig: Figure) -> str:
    """纺织行业投资稳步增长，完成42.6亿元: an amount named by nothing, after a clause that
    names a trade and how it fares, is that trade's part of what is measured (the sentence's
    subject's measure, else the last one said)."""
    led = measured.lead(before)
    measure = _MEASURE.search(subject) or _MEASURE.search(ctx.measure)
    if not led or not measure or fig.kind != "amount" or not _SECTOR.search(led):
        return ""
    return led + measure.group()


def _said(found: list[Found], name: str, role: str) -> bool:
    """Whether the sentence gave ``name`` a figure in ``role`` already."""
    return any(f.name == name and f.role == role for f in found)


def _in_base(fig: Figure) -> Decimal | None:
    from gxreport.units import parse_quantity, parse_unit

    try:
        unit = parse_unit(fig.unit)
        return parse_quantity(fig.value, unit).scaleb(unit.exponent)
    except (ValueError, ArithmeticError):
        return None


# A target or a goal said as of a part of the year (市下三季度目标, 上半年目标任务): what comes
# after it is of that part, not of the year.
_PERIOD_GOAL = r"(?P<period>上半年|前三季度|[一二三四1-4]季度)(?:的)?(?:目标任务|目标|任务|计划)"
_PERIOD_TARGET = re.compile(_PERIOD_GOAL + r"(?:数)?(?:为|是)?$")
_PERIOD_RATE = re.compile(_PERIOD_GOAL)
# The month each part runs to from 1 January; 二季度 and 四季度 alone are no such part.
_PERIOD_MONTH = {"一": 3, "1": 3, "上": 6, "前": 9, "三": 9, "3": 9}
_OTHER_PERIOD = "a target of another part of the year than the report's, none of the year's"
# A clause that opens with a plan of a part of the year (三季度计划完成投资18亿元).
_PLAN_OF_A_PERIOD = re.compile(
    r"(?:^|[,，;；:：。])(?:其中)?(?P<period>上半年|下半年|前三季度|[一二三四1-4]季度)(?:的)?"
    r"(?:计划|目标任务|目标|任务)[^,，;；:：。]*$"
)


def _of_a_period(found: list[Found], ctx: Context) -> list[Unplaced]:
    """为三季度目标28.6亿元的103.2%, 完成上半年目标任务的104%: a target of a part of the year
    is no annual target, nor a rate against it a completion of the year. Of the part the
    report runs to, the target is the period's own (period_target) and the rate is judged
    against it; of another part both are listed."""

    def own(period: str) -> bool:
        month = _PERIOD_MONTH.get(period[0])
        return ctx.as_of is not None and (ctx.as_of.year, ctx.as_of.month) == (ctx.year, month)

    out: list[Unplaced] = []
    for f in list(found):
        if f.row == "table" or f not in found:
            continue
        if f.role == "completion" and (said := _PERIOD_RATE.match(f.text.removeprefix("完成"))):
            if not own(said.group("period")):
                found.remove(f)
                out.append(Unplaced(f.figure.printed, f.quote, _OTHER_PERIOD))
            continue
        plan = _PLAN_OF_A_PERIOD.search(f.sentence, 0, f.figure.start)
        if f.role in ("actual", "target") and plan and not own(plan.group("period")):
            # 三季度计划完成投资18亿元 in a report to June: neither done nor the year's aim.
            found.remove(f)
            out.append(Unplaced(f.figure.printed, f.quote, _OTHER_PERIOD))
            continue
        words = _PERIOD_TARGET.search(f.sentence, 0, f.figure.start)
        if f.role != "target" or words is None:
            continue
        after = found[found.index(f) + 1 : found.index(f) + 2]
        rate = next((g for g in after if g.role == "completion" and g.row == f.row), None)
        if own(words.group("period")):
            f.role = "period_target"
            if rate is not None and not _PERIOD_RATE.match(rate.text.removeprefix("完成")):
                # check reads the period from the words (stated.PERIOD_GOAL).
                rate.text = f"完成{words.group('period')}目标{rate.text}"
            continue
        for g in (f, rate):
            if g is not None and g in found:
                found.remove(g)
                out.append(Unplaced(g.figure.printed, g.quote, _OTHER_PERIOD))
    return out


def _two_targets(found: list[Found]) -> None:
    """完成市上任务(30亿元)的62%，完成县上任务(37.2亿元)的50%: one figure against two
    targets in one sentence; the higher is its stretch, and the rate against it the stretch's
    completion."""
    pairs: dict[str, list[tuple[Found, Found | None]]] = {}
    for i, f in enumerate(found):
        if f.role == "target" and f.link == "subject":
            after = found[i + 1] if i + 1 < len(found) else None
            rate = after if after and after.role == "completion" and after.row == f.row else None
            pairs.setdefault(f.name, []).append((f, rate))
    for two in pairs.values():
        values = [_in_base(t.figure) for t, _ in two]
        if len(two) != 2 or None in values or values[0] == values[1]:
            continue
        stretch, rate = two[0] if values[0] > values[1] else two[1]  # type: ignore[operator]
        stretch.role = "stretch"
        stretch.review.append("the higher of two targets printed for one figure: its stretch")
        if rate is not None:
            rate.role = "stretch_completion"


def _against_a_target_not_printed(found: list[Found], sentence: str) -> list[Unplaced]:
    """One figure set against two targets, of which the sentence prints one (say 完成区定任务的
    132.4%，超进度57.2%，完成上级任务(3.6亿元)的288.3%). The rate against the one it
    does not print, and the gap said with it, are no rates of the printed target: listed, not
    put beside it (where check would judge them against it)."""
    out: list[Unplaced] = []
    for name in {f.name for f in found if f.role == "target"}:
        mine = [f for f in found if f.name == name]
        targets = [f for f in mine if f.role == "target"]
        rates = [f for f in mine if f.role == "completion"]
        paired = [r for r in rates if any(t.row == r.row for t in targets)]
        if not paired or len(paired) == len(rates):
            continue
        for r in rates:
            if r in paired:
                continue
            after = mine[mine.index(r) + 1 :]
            gap = after[0] if after and after[0].role == "schedule_gap" else None
            for f in (r, gap):
                if f is not None:
                    found.remove(f)
                    out.append(Unplaced(f.figure.printed, f.quote, _OTHER_TARGET))
    return out


_OTHER_TARGET = "a rate against a target the text does not print, beside one it does"


def _target_of_its_measure(found: list[Found]) -> None:
    """“三保”预算可执行指标9.6亿元，1-9月支出6.3亿元: a target of money named by what it
    is of alone (三保) is of the measure its sentence then gives that thing (三保支出)."""
    for i, t in enumerate(found):
        if t.role != "target" or not t.figure.unit.endswith("元") or measured.measure_of(t.name):
            continue
        done = next(
            (
                f.name
                for f in found[i + 1 :]
                if f.role == "actual"
                and f.name.startswith(t.name)
                and measured.bare(f.name[len(t.name) :])
            ),
            "",
        )
        if done:
            t.review.append(f"target of what its sentence measures: “{t.name}” → “{done}”")
            t.name = done


def _growth_of_a_target(found: list[Found]) -> None:
    """目标任务是引进内资420亿元，同比增长8%: a growth printed after a target, in a
    sentence that gives its indicator no actual, is the growth the target asks for."""
    for i, f in enumerate(found):
        if f.role != "yoy" or f.figure.kind != "percent":
            continue
        same = [g for g in found[:i] if g.name == f.name]
        if any(g.role == "target" for g in same) and not any(
            g.role == "actual" for g in found if g.name == f.name
        ):
            f.role = "target_yoy"
            f.review.append("a growth printed with a target and no actual: the target's")


def _spans(m: re.Match[str]) -> list[tuple[str, tuple[int, int]]]:
    return [
        (g, m.span(g))
        for g, v in m.groupdict().items()
        if v is not None and g not in ("name", "of", "among", "pos", "by", "measure")
    ]


def _part_of(name: str, whole: str) -> bool:
    """采矿业增加值 of 规模以上工业增加值: a part measured as its whole is (its 占比 is its
    share of that whole, not an indicator of its own)."""
    of_whole = _MEASURE.search(re.sub(r"(?<=投资)额$", "", whole))  # 投资额 is 投资
    if not of_whole or name == whole:
        return False
    measure = _MEASURE.search(name)
    if measure:
        return measure.group() == of_whole.group()
    return bool(_SECTOR.search(name))  # 煤炭开采和洗选业 (of 增加值)


def _has_rate(row: Row) -> bool:
    return any(f"(?P<{r}>" in row.pattern for r in RATES)


class Clauses:
    """Where each clause of a sentence's shape starts, found once (a sentence may be long)."""

    def __init__(self, form: str) -> None:
        self.starts = [0] + [i + 1 for i, ch in enumerate(form) if ch in ",;:，；："]

    def start(self, pos: int) -> int:
        """The start of the clause that holds ``pos`` (0 before the first boundary)."""
        if pos <= 0:
            return 0
        return self.starts[bisect_right(self.starts, pos) - 1]


def _last_mark(form: str, start: int, end: int) -> int:
    """Just after the last figure or list comma between ``start`` and ``end``, outside an aside
    (新签约项目(工业项目、其他项目)161个: what the bracket lists is no list of names)."""
    depth = 0
    for i in range(end - 1, start - 1, -1):
        if form[i] in ")）":
            depth += 1
        elif form[i] in "(（" and depth:
            depth -= 1
        elif depth:
            continue
        elif form[i] in MARKS or (form[i] == "、" and not names.joins(form, i)):
            return i + 1
    return start


def _cue_only(name: str) -> bool:
    return bool(re.fullmatch(r"(?:增速|增幅|涨幅|降幅|完成率|占比|比重|进度|完成进度|总量)", name))


def _printed(span_text: str, fig: Figure) -> str:
    out = span_text
    for mark in MARKS:
        out = out.replace(mark, fig.printed)
    return out


_AFTER = re.compile(
    # 省、市重点项目: levels of government joined by 、 are one name; another 、 ends it (5个省级
    # 重点项目、12个市级重点项目全部开工).
    r"((?:[省市县区州]、)*[\u4e00-\u9fffA-Za-z]{2,10}?)"
    r"(?:和|与|的|,|，|、|。|$|\d|[(（]|完成|实现|达到|达|共|累计|增长|下降|同比|占|中"
    # what the counted things do is no part of their name (150个新开项目已开工118个,
    # 240个省重大项目开工175个, 138个前期项目有序推进)
    r"|已|实际|开工|有序|顺利|稳步|全面|全部|正在|细化|分解"
    # what they measure, before its figure (9个重点项目总投资26亿元): the measure's name
    r"|(?:总投资|投资|总产值|产值|收入|资金)(?=\d))"
)


def _name_after(sentence: str, fig: Figure, ctx: Context) -> str:
    """14家涉水企业: a count whose name follows it. Projects said with what they are doing
    (10个项目建成投用, 246个项目正在紧张建设, 27个项目正在进行前期工作) are the projects at that
    stage (建成投用项目, 在建项目, 前期工作项目)."""
    m = _AFTER.match(sentence, fig.end)
    if not m:
        return ""
    name = names.clean(m.group(1), ctx.entities)
    done = _DONE_AFTER.fullmatch(name)
    if done:
        return done.group("stage") + done.group("things")
    if name in ("项目", "工程"):
        for doing, stage in _DOING:
            if doing.match(sentence, m.end(1)):
                return stage + name
        done = _DONE_ALREADY.match(sentence, m.end(1))
        if done:
            return done.group() + name  # 21个项目已完工: the projects already finished
    return name


# Things counted, then the stage they reached said after them (项目建成投用).
_DONE_AFTER = re.compile(r"(?P<things>项目|工程)(?P<stage>建成投用|建成投产|竣工投产|竣工验收)")
# What projects promise to put in, the whole of the funds in place (资金到位率).
_PROMISED = re.compile(
    r"(?:总投资|协议资金|协议投资|合同资金|合同投资|签约资金|签约额|计划总投资)$"
)
# The stage counted projects have reached, said after them with 已 (项目已完工).
_DONE_ALREADY = re.compile(r"已(?:完工|竣工|开工|投产|签约|落地|建成)(?![\u4e00-\u9fff]*\d)")
# What counted projects are doing, said after them, and the stage it names.
_DOING = (
    (re.compile(r"正在(?:紧张|加紧|加快|抓紧|有序)?(?:施工|建设)"), "在建"),
    (re.compile(r"正在(?:进行|开展|推进|办理)前期(?:工作|手续)"), "前期工作"),
)


def _listed(
    form: str,
    clauses: Clauses,
    figs: list[Figure],
    at: dict[int, int],
    row: Row,
    m: re.Match[str],
    sentence: str,
    ctx: Context,
    as_of: dt.date | None,
    found: list[Found],
    in_form: dict[int, int],
) -> list[Found]:
    """工业投资、技改投资分别完成23.5、9.8亿元: the figures onto the names, in order."""
    items = [at[p] for p in range(*m.span("list")) if p in at]
    start = clauses.start(m.start("list"))
    # 利润总额、营业收入、净利润等指标分别…: 等指标 closes the names, no part of the last.
    head = _AND_OTHER_INDICATORS.sub("", re.split("分别|各为", form[start : m.start("list")])[0])
    done_of_planned = head == "实际"
    # 对规模工业增长贡献率: what each listed thing contributes to, printed once after them.
    to = _CONTRIBUTION.search(head) if row.name == "contribution-list" else None
    if to:
        head = head[: to.start()]
    # 同比 alone before 分别 names nothing: the names are before, as where nothing is printed.
    # So does a rate's word alone (…普遍回落，增速分别低于上年同期…).
    # So does 实际 (计划A 80个、B 271个，实际分别完成…): what was done of those planned.
    head_from_before = not re.search(
        r"[\u4e00-\u9fff]",
        re.sub(
            r"^(?:实际|" + OVER_LAST_YEAR + r"?(?:增速|增幅|涨幅|降幅)?(?:" + UP_DOWN + ")?)$",
            "",
            head,
        ),
    )
    if head_from_before:
        head = form[clauses.start(start - 1) : start].split("分别")[0].rstrip(",;:，；：")
        head = _HOW_THEY_FARED.sub("", head)  # 施工面积、竣工面积普遍下降，增幅分别…
    # 投资占比 is of 投资, 投资完成率 of 投资.
    head = _RATE_WORD.get(row.role, _NOTHING).sub("", head)
    if head.endswith("三次产业") and len(items) == 3:  # 三次产业对全区经济增长的贡献率分别为…
        head = head.removesuffix("三次产业") + "第一产业、第二产业、第三产业"
    ordinals = _ORDINALS.search(head)
    if ordinals:  # 一、二、三产业投资占比 → 第一产业投资占比、第二产业投资占比、…
        tail = head[ordinals.end() :]
        if not tail.startswith("产业"):
            tail = "产业" + tail.removeprefix("产")  # 一、二、三产投资: 三产 is 第三产业
        each = re.findall(r"[一二三]", ordinals.group())
        head = head[: ordinals.start()] + "、".join(f"第{o}{tail}" for o in each)
    # Names listed by 、 alone where that gives as many as there are figures: 和, 及 and 与
    # may stand inside a name (石油及制品类, 文化体育和娱乐业) as well as between two.
    said_once = m.group("measure") if "measure" in m.groupdict() else ""
    # A name of one character is a name with what is measured (生猪、牛、羊分别出栏…).
    # A、B、C和D: 、 between the names and 和 before the last (交通运输仓储和邮政业、其他服务业和
    # 金融业 is three).
    for cut, joined in (
        (r"、", ""),
        (r"、|[和及与](?!.*[、和及与])", ""),
        (r"[、和及与]", ""),
        (r"、", said_once),
    ):
        printed = names.split(head, cut)
        if "[和及与](" in cut and not all(map(_TRADE_WITH_AND.fullmatch, printed[:-1])):
            continue  # 和 is left inside a name only where the name is a trade's
        cleaned = (names.clean(x + joined, ctx.entities, rate=row.role in RATES) for x in printed)
        listed = [x for x in cleaned if x]
        if len(listed) == len(items):
            break
    if len(listed) == 1 and len(items) == 2 and listed[0].startswith("城乡"):
        # 城乡居民人均消费支出分别为…: of 城镇 and of 农村, in that order.
        listed = [f"{where}{listed[0][2:]}" for where in ("城镇", "农村")]
    if len(listed) < len(items):
        listed = _one_character_names(head, len(items), ctx, row.role in RATES) or listed
    listed = _shared_tail(listed, printed[-1])
    # The names the list of the clause before was given.
    listed_before = [
        f.name
        for f in found
        if f.row in LIST_ROWS
        and clauses.start(start - 1) <= in_form.get(f.figure.start, -1) < start
    ]
    if head_from_before:
        before = listed_before  # 化工、医药分别实现产值…，分别下降…
        if len(before) != len(items):
            # 规模以上工业实现总产值…、增加值…，同比增长…和…: the names the figures before
            # were given, each its subject's (not 增加值 alone).
            before = [
                f.name
                for f in found
                if f.role == "actual"
                and not measured.counted(f.figure.unit)
                and clauses.start(start - 1) <= in_form.get(f.figure.start, -1) < start
            ]
        if len(before) == len(items):
            listed = before
    elif len(listed) == 1 != len(items) == len(listed_before) and (
        measured.bare(listed[0]) or len(listed[0]) == 2
    ):
        # 猪、羊出栏分别…，存栏分别…: the same things, another measure of each.
        listed = _measured_again(listed_before, listed[0]) or listed
    if len(listed) == 1 != len(items) and measured.bare(listed[0]):
        # 5个省级项目、12个市级项目均已开工，投资完成率分别为…: the measure of each thing counted
        # in the clause before.
        counted = [
            f.name
            for f in found
            if f.role == "actual"
            and measured.counted(f.figure.unit)
            and clauses.start(start - 1) <= in_form.get(f.figure.start, -1) < start
        ]
        if len(counted) == len(items):
            listed = [measured.of(x, listed[0]) for x in counted]
    if len(listed) != len(items) and not row.names and head_from_before:
        listed = _named_by_clauses(
            form, clauses, start, len(items), found, in_form, ctx, row.role in RATES
        )
    if row.name == "rates-named-list":
        return _rates_named(listed, [figs[n] for n in items], sentence, found, row, as_of)
    listed = list(row.names) or listed
    if to:
        listed = [measured.owner(x) + to.group() for x in listed]
    if said_once:
        listed = [x if x.endswith(said_once) else x + said_once for x in listed]
    if len(listed) != len(items):
        return []
    # A unit printed once after the last figure is every figure's (95、40、60亿元).
    unit_of = figs[items[-1]]
    out = []
    for name, n in zip(listed, items, strict=True):
        fig = figs[n]
        # 加快0.8个、2.4个百分点: the first in 个百分点, printed short.
        said_short = fig.kind == "points" and not fig.printed.endswith("百分点")
        if not fig.unit and unit_of.unit:
            fig = Figure(
                fig.start,
                fig.end,
                fig.printed,
                fig.number,
                fig.magnitude,
                unit_of.unit,
                unit_of.kind,
            )
        role = row.role or "actual"
        if role == "yoy_amount" and _LESS.search(m.group("dir")):
            fig = replace(fig, number="-" + fig.number.lstrip("+"))  # 分别减收…: each a fall
        text = fig.number if said_short else fig.printed
        if role in RATES and "dir" in m.groupdict():
            # 分别下降3.1%、2.4%: each is a fall; 分别增长5.2%、下降1.7%: each as printed.
            own = _DIRECTION.search(form, m.start(), in_form[figs[n].start])
            text = (own.group() if own else m.group("dir") or "") + text
        one = Found(name, fig, role, text, sentence, row.name, as_of, ["mapped in order"])
        one.whole = row.whole
        if "of" in m.groupdict() and m.group("of"):
            one.whole = names.clean(m.group("of"), ctx.entities)  # 分别占全市总量的…
        out.append(one)
    if done_of_planned and row.role == "actual":
        _planned_before(found, out)
    return out


# A name that may hold 和 (批发和零售业, 交通运输仓储和邮政业): a trade's, or one without it.
_TRADE_WITH_AND = re.compile(r"[^和及与]*|.*[业类]")


def _measured_again(names_before: list[str], measure: str) -> list[str]:
    """猪出栏、羊出栏 then 存栏: each name before with the measure said now in place of the
    one they share (猪存栏, 羊存栏); nothing where they share none."""
    shared = os.path.commonprefix([x[::-1] for x in names_before])[::-1]
    if len(shared) < 2 or any(len(x) == len(shared) for x in names_before):
        return []
    return [x[: -len(shared)] + measure for x in names_before]


def _one_character_names(head: str, count: int, ctx: Context, rate: bool) -> list[str]:
    """猪、羊出栏分别…: names of one character each, the last printed with what is measured of
    each (猪出栏, 羊出栏); nothing where the names are not so."""
    printed = names.split(head, "、")
    last = names.clean(printed[-1], ctx.entities, rate=rate)
    if len(printed) != count or len(last) < 3:
        return []
    # Not the numeral of a heading (四、城乡居民收入…).
    heads = [re.search(r"[^\W\d_一二三四五六七八九十第]$", x) for x in printed[:-1]]
    if not all(heads) or any(names.clean(x, ctx.entities, rate=rate) for x in printed[:-1]):
        return []
    return [h.group() + last[1:] for h in heads if h] + [last]


def _planned_before(found: list[Found], done: list[Found]) -> None:
    """计划新创建A 80个，新增B 271个，实际分别完成95个、310个: what 实际 sets the figures
    after it against, the same things' figures before it in their unit, were planned: their
    targets."""
    for f in done:
        for g in found:
            if g.name == f.name and g.role == "actual" and g.figure.unit == f.figure.unit:
                g.role = "target"
                g.review.append("planned: set against what was done (实际) after it")


# What a clause says of the things it lists before a list of their rates (普遍下降, 均有增长,
# 增幅最大, 等项目完成度较高).
_HOW_THEY_FARED = re.compile(
    r"\s*(?:(?:普遍|均|都|全部|大多|有所|明显|大幅)(?:有所|出现)?(?:" + UP_DOWN + r")"
    r"|(?:等[\u4e00-\u9fff]{0,4}?(?:项目|企业|行业|产业))?"
    r"(?:增速|增幅|完成度|完成率|进度)(?:最大|最快|较快|较大|最高|较高|较好))$"
)
# The sectors by their ordinals alone, the rest printed once (一、二、三产业投资占比, and
# 一、二、三产投资 said short).
_ORDINALS = re.compile(r"第?([一二三])((?:、?第?[一二三])+)(?=产业|产(?![品值量]))")
# Two characters that may be a name alone: a sector (工业), a kind (家电类), what is measured
# (税收, 国税, 投资, 出口额), so the tail after another name is not theirs (税收、土地出让收入).
_NAMES_ALONE = re.compile(r"[业类收税入额值资量费款金]$")
# A name that measures itself: no shared measure is added to it (地区生产总值, 项目个数).
_WHOLE_MEASURE = re.compile(r"(?:总值|总额|总量|指数|率|个数|数量)$")


def _shared_tail(listed: list[str], printed: str) -> list[str]:
    """The part printed once after the last name that each name of the list shares: after
    names of two characters that name nothing alone (养老、医疗、失业保险; 第二、第三产业比重;
    城镇、农村居民收入), the rest of the last name after as many characters, where the last
    is printed so (not 乙县上半年签约项目金额, whose first characters are a place and not a
    name); else a measure (农业、工业、服务业增加值 → 农业增加值 …). Names stand as printed
    where neither is clear."""
    if len(listed) < 2:
        return listed
    heads, last = listed[:-1], listed[-1]
    if (
        all(len(x) == 2 and not _NAMES_ALONE.search(x) for x in heads)
        and len(last) >= 4
        and printed.strip(" ,，:：").startswith(last[:2])
    ):
        return [x + last[2:] for x in heads] + [last]
    levels = [_LEVEL_END.search(x) for x in heads]
    first = _LEVEL_START.match(last)
    if first and all(levels) and len(last) > first.end() + 1:
        # 申报省级、市级众创空间: the things each level counts, and the verb said once before.
        lead = heads[0][: levels[0].start()] if levels[0] else ""
        tail = last[first.end() :]
        return [x + tail for x in heads] + [last if last.startswith(lead) else lead + last]
    measure = _SCOPED_MEASURE.search(last)
    if measure:
        return [
            x if _MEASURE.search(x) or _WHOLE_MEASURE.search(x) else x + measure.group()
            for x in listed
        ]
    return listed


# A level of government that ranks a thing (国家级, 省级, 市级): at a listed name's end, and at
# the start of the last, which names the things the list counts.
_LEVEL_END = re.compile(r"(?:国家|省|市|州|县|区)级$")
_LEVEL_START = re.compile(r"(?:国家|省|市|州|县|区)级")
# A measure with the scope it is counted in, printed once after a list (装备制造和新材料规上
# 工业增加值: 装备制造规上工业增加值).
_SCOPED_MEASURE = re.compile(
    r"(?:(?:规上|规模以上|限上|限额以上)(?:工业|服务业|企业)?)?" + _MEASURE.pattern
)


# A sentence that opens by saying how a whole is broken down (分经济类型看，…; 从产品产量看，…):
# a part named alone is a part of the measure the lead names, else of the last one said.
_BREAKDOWN = re.compile(
    r"(?:[一二三四五六七八九十]+、)?(?:分|从|按)(?P<by>[\u4e00-\u9fff]{1,8}?)看[,，:：]"
)


def _measure_of(
    broken_down: re.Match[str] | None, subject: str, ctx: Context, before: str = ""
) -> re.Match[str] | None:
    """What a part in the sentence measures: the breakdown's own measure (从产品产量看 → 产量),
    else the last one the sentence says before its list (10个行业产值增速超过30%，其中：…),
    else the subject's, else the last one said."""
    said = _MEASURE.search(broken_down.group("by")) if broken_down else None
    here = list(_SAID_MEASURE.finditer(before))
    return (
        said
        or (here[-1] if here else None)
        or _MEASURE.search(subject)
        or _MEASURE.search(ctx.measure)
    )


# A measure said anywhere in a clause (行业产值同比增速…).
_SAID_MEASURE = re.compile(_MEASURE.pattern.removesuffix("$"))


# Firms of a kind, and the scope of the firms a whole counts (规模以上工业增加值).
_FIRMS = re.compile(r"企业$")
# A name ending in a quantity of its own, of no measure of money (销售面积, 接待游客人次).
_QUANTITY = re.compile(r"(?:面积|人次|人数|户数|套数|价格|指数|里程|容量|用电|客运|货运)$")
_SCOPE = re.compile(r"^(?:规模以上|限额以上)")


def _measure_of_siblings(parts: list[Found]) -> str:
    """The measure the growths of parts said before all end in (制造业投资, 民间投资 → 投资),
    or nothing."""
    grown = [f.name for f in parts if f.role == "yoy"]
    said = _MEASURE.search(grown[-1]) if grown else None
    if said is None or not all(g.endswith(said.group()) for g in grown):
        return ""
    return said.group()


def _firms_measure(name: str, measure: re.Match[str], subject: str, whole: str) -> str:
    """What firms of a kind in a breakdown grow in: the measure as a part before them said it
    (国有控股企业增加值 → 增加值); where none did, the whole's without the scope of the firms
    it counts (规模以上工业增加值 → 工业增加值: 股份制企业工业增加值). Any other part: the
    measure."""
    if not _FIRMS.search(name):
        total = measure.string[max(0, measure.end() - 4) : measure.end()]  # 零售总额, not 总额
        return measured.part_of_sales(total) or measure.group()
    said = re.search(rf"企业(?P<measure>[\u4e00-\u9fff]{{0,4}}{measure.group()})$", subject)
    if said:
        return said.group("measure")
    if _MEASURE.search(subject) or not _SCOPE.match(whole) or not whole.endswith(measure.group()):
        return measure.group()
    return _SCOPE.sub("", whole)


def _of_those_at_stage(name: str, stage: str) -> str:
    """省重点项目 among the 未开工 projects counted before: 未开工省重点项目; a name that says a
    stage of its own, or no projects, as it is."""
    if not name.endswith("项目") or re.search(r"开工|在建|续建|竣工|投产|完工", name):
        return name
    return stage + name


def _a_part(broken_down: re.Match[str] | None, name: str) -> bool:
    """Whether ``name`` is a part in a breakdown (股份制企业 under 分经济类型看) that does not say
    what it measures (国有控股企业增加值, 亏损面 do; 外商投资企业 does not), nor is a place
    (at_place names its part) or things counted (项目)."""
    return (
        broken_down is not None
        and not measured.ends_in_measure(name)
        and not names.place(name)
        and not re.search(r"(?:项目|工程)$", name)
    )


# A sentence that opens by saying what it gives by kind (按行业分产值完成情况：…): that measure
# is each listed kind's.
_BY_KIND = re.compile(
    r"(?:[一二三四五六七八九十]+、)?按[\u4e00-\u9fff]{1,4}?分(?:看)?"
    r"(?P<measure>产值|增加值|投资|营业收入|主营业务收入|销售额|零售额|利润)"
)
_CONTRIBUTION = re.compile(r"对[^、,，]{1,12}?贡献率$")
# The word of a rate printed after the names of a list, by the rate.
_RATE_WORD = {
    "share": re.compile(r"(?:的)?(?:占比|所占比重|比重|比例|结构)$"),
    "completion": re.compile(r"(?:完成率|完成进度)$"),
}
_NOTHING = re.compile(r"(?!)")
# 新签项目中市内项目60个: the things the sentence's parts are among.
_AMONG_THINGS = re.compile(
    r"^(?P<things>[\u4e00-\u9fff]{0,8}?(?P<noun>项目|企业))中(?=[\u4e00-\u9fff])"
)


def _of_those_among(sentence: str, name: str) -> str:
    """新签项目中市内项目60个，到位资金6.7亿元，占比72.8%: a share of a part of the things the
    sentence opens among is of their measure (新签项目到位资金), or nothing."""
    among = _AMONG_THINGS.match(sentence)
    if not among or among.group("noun") not in name:
        return ""
    measure = name.rsplit(among.group("noun"), 1)[1]
    return among.group("things") + measure if len(measure) >= 2 else ""


_AND_OTHER_INDICATORS = re.compile(r"等(?:[一二三四五六七八九十\d]{1,2}项)?(?:主要)?指标$")
LIST_ROWS = frozenset(row.name for row in ROWS if "(?P<list>" in row.pattern)
_UNMAPPED = "a list of figures whose names are not printed one for each"
# The words of a direction printed right before a listed rate (分别增长5.2%、下降1.7%).
_DIRECTION = re.compile("(?:" + UP_DOWN + ")$")


def _rates_named(
    listed: list[str],
    figs: list[Figure],
    sentence: str,
    found: list[Found],
    row: Row,
    as_of: dt.date | None,
) -> list[Found]:
    """项目开工率、履约率和资金到位率分别为88%、95%和46%: each rate is the share of the
    figure of its sentence whose name holds the rate's own words (开工项目, 履约项目, 到位资金),
    of the whole counted first; nothing where any rate names no such figure."""
    levels = [f for f in found if f.role == "actual" and f.name]
    out = []
    for word, fig in zip(listed, figs, strict=False):
        stem = word.removesuffix("率")[-2:]
        named = [f for f in levels if len(stem) == 2 and stem in f.name]
        if len(listed) != len(figs) or not named:
            return []
        part = min(named, key=lambda f: len(f.name))  # 开工项目, not 开工项目到位资金
        one = Found(part.name, fig, "share", fig.printed, sentence, row.name, as_of)
        one.review.append(f"“{word}” of “{part.name}”, by its words")
        one.link = "subject"
        size = _in_base(part.figure)
        # Of the sentence's first figure in the same unit, no smaller (新签约项目150个 of
        # 履约项目132个): for review.
        whole = next((f for f in levels if f.figure.unit == part.figure.unit), None)
        big = _in_base(whole.figure) if whole else None
        if whole and whole is not part and size is not None and big is not None and big >= size:
            one.whole = whole.name
            one.review.append(f"share of “{whole.name}”, the sentence's first figure in its unit")
        out.append(one)
    return out


def _named_by_clauses(
    form: str,
    clauses: Clauses,
    start: int,
    count: int,
    found: list[Found],
    in_form: dict[int, int],
    ctx: Context,
    rate: bool,
) -> list[str]:
    """财政总收入20.4亿元,其中一般预算收入9.2亿元,分别增长12.3%和8.1%: a list that opens its
    clause is of the names the clauses just before give each a figure of its own, one a
    clause (the last such figure of each: 40个…项目完成投资31.2亿元 names 项目投资); none where
    fewer clauses do so."""
    ends = [start]
    for _ in range(count):
        if ends[-1] <= 0:
            return []
        ends.append(clauses.start(ends[-1] - 1))
    out = []
    for begin, end in zip(ends[:0:-1], ends[-2::-1], strict=True):
        clause = form[begin:end].rstrip(",;:，；：")
        if not any(ch in MARKS for ch in clause):
            return []
        here = [f for f in found if f.name and begin <= in_form.get(f.figure.start, -1) < end]
        amounts = [f.name for f in here if f.role == "actual" and f.figure.kind == "amount"]
        # A rate printed as the clause's figure (产值占比18.4%) is of what the clause names.
        rates = [_RATE_WORD["share"].sub("", f.name) for f in here if f.figure.kind == "percent"]
        name = (amounts or rates or [""])[-1] or names.clean(clause, ctx.entities, rate=rate)
        if not name:
            return []
        out.append(name)
    return out


# Words after an indicator's name in a clause that ranks it without a figure of its own
# (税收收入也有较快增长，增幅居全市第2位).
_RANK_NAME_END = re.compile(r"(?<=..)(?:也|还|均|都|保持|继续|实现|快速|稳步|增长|增速|增幅|总量)")


def _ranked_names(before: str, ctx: Context, each: bool = False) -> list[str]:
    """The indicator the clauses before a rank name, nearest first; each of those listed
    before 均 (A、B增速均位居…), or before a place among the first few (``each``: A、B、C增速排名
    全省前3位). None where no clause names one."""
    for clause in reversed(re.split(r"[,;，；]", before)):
        head = _RANK_NAME_END.split(clause, maxsplit=1)[0]
        listed = names.split(head, "、") if each or "均" in clause[len(head) :] else [head]
        named = [names.clean(x, ctx.entities) for x in listed]
        named = [x for x in named if len(x) >= 2 and not _cue_only(x)]
        if named:
            return named
    return []


_COUNTED = re.compile(
    r"([^,;，；:：]+?)(?:[\d一二三四五六七八九十两]+)项(?:主要)?(?:经济)?指标(?:的)?(?:增速|增幅)?$"
)


def _counted_in_clause(sentence: str, end: int, ctx: Context) -> list[str]:
    """The indicators a rank's clause lists and counts (A、B、C3项指标增幅全省第二)."""
    start = max(sentence.rfind(c, 0, end) for c in ",;，；") + 1
    counted = _COUNTED.search(sentence, start, end)
    if not counted:
        return []
    listed = [names.clean(x, ctx.entities) for x in names.split(counted.group(1), "[、和及与]")]
    return [x for x in listed if len(x) >= 2] if len(listed) > 1 else []


_RANK_OF = re.compile(
    r"([^,;，；、]{2,}?)(?:增幅|增速|总量|在(?=全|省内|市内|同类|[^,;，；]{1,8}中))"
)


def _named_in_clause(sentence: str, end: int, found: list[Found], ctx: Context) -> str:
    """The indicator a rank's own clause names before it, where that clause has no figure
    and whose growth or size it ranks (…增长6.4%，社会消费品零售总额增幅在各县区排位第四); else
    nothing."""
    start = max(sentence.rfind(c, 0, end) for c in ",;，；") + 1
    if any(start <= f.figure.start < end for f in found):
        return ""
    said = _RANK_OF.match(sentence, start, end + 2)
    name = names.clean(said.group(1), ctx.entities) if said else ""
    return name if len(name) >= 2 and not _cue_only(name) else ""


# A name that says only a completion (投资占年度目标的比例, 完成率): of what, the text said before.
_OF_ITS_TARGET = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,4}?)(?:占(?:年度|全年|年|本年)?(?:目标任务|目标|任务|计划)的?(?:比例|比重|进度)"
    r"|完成率|完成进度|完成比例)$"
)


def _told_apart(sentence: str, f: Found, end: int) -> bool:
    """…新增绿地面积34.65万平方米，较好地保障了…，特别是今年以来，在全市…考核中，…排名全市第一:
    clauses without a figure or a place between a figure and a rank tell of something else,
    whose rank it is (one such clause, 超过全市平均水平, still speaks of the figure)."""
    between = re.split(r"[,;，；]", sentence[f.figure.end : end])[1:-1]
    told = [c for c in between if not figures(c) and not _A_PLACE.search(c)]
    return len(told) >= 2


# A place in a ranking (第三, 前五): a clause that ranks goes on about the figures before it.
_A_PLACE = re.compile(r"[第前][一二三四五六七八九十两\d]")


def _rank_alone(name: str, m: re.Match[str], sentence: str, row: Row, why: str) -> Found:
    """A rank with no figure of its indicator to hang on: its own entry, for review."""
    at = Figure(m.start(), m.end(), m.group(), m.group("pos"), "", "", "amount")
    one = Found(name, at, "rank", m.group(), sentence, row.name, None, [why])
    one.link = "subject"
    return one


def _in_a_rank(sentence: str, fig: Figure) -> bool:
    """Whether ``fig`` is printed inside a rank (第一 among 四个开发区)."""
    return any(
        m.start() <= fig.start and fig.end <= m.end()
        for row in RANKS
        for m in row.regex.finditer(sentence)
    )


def _ranks(found: list[Found], sentence: str, ctx: Context) -> None:
    """A rank given after a figure is its indicator's; 均列 gives it to each one named; a
    rank with no figure before it goes to the indicator its sentence names, for review."""
    taken: list[tuple[int, int]] = []
    for row in RANKS:
        for m in row.regex.finditer(sentence):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append(m.span())
            pos = 1 if m.group("pos") == "首" else zh_int(m.group("pos"))  # 首位: the first
            if not pos:
                continue
            of = zh_int(m.group("of")) if "of" in m.groupdict() and m.group("of") else None
            among = (m.group("among") or "").removesuffix("中")
            if of is not None and re.search(r"[一二三四五六七八九十两\d]", among):
                among, of = m.group("of") + among, None  # 五区一市: two counts, no one size
            words = sentence[max(0, m.start() - 8) : m.start() + 6]
            by = "yoy" if re.search("增幅|增速", words) else ""
            by = by or ("schedule_gap" if re.search("(?:序时|时序|时间)进度", words) else "")
            by = by or ("completion" if re.search("完成率|进度", words) else "")
            listed = _counted_in_clause(sentence, m.start(), ctx)
            if listed:
                for name in listed:  # A、B、C3项指标增幅全省第二: each of them
                    same = [f for f in found if f.name == name and f.rank is None]
                    if not same:
                        why = f"rank of “{name}”, one of the indicators its clause counts"
                        same = [_rank_alone(name, m, sentence, row, why)]
                        # Named in full in a list: of no other indicator however alike
                        # (工业增加值 is not 规模以上工业增加值).
                        same[0].link = "own"
                        found.append(same[0])
                    same[-1].rank = (pos, None, among, by)
                continue
            before = [f for f in found if f.figure.start <= m.start() and f.rank is None]
            alone = not before and not any(f.figure.start <= m.start() for f in found)
            if alone:
                named = _ranked_names(sentence[: m.start()], ctx, row.name == "rank-top-n")
                if ctx.subject and named and all(_OF_ITS_TARGET.search(x) for x in named):
                    # 完成投资占年度目标的比例位居…第三: a place by the completion of what
                    # the sentence before was about.
                    named, by = [ctx.subject], "completion"
                if row.name == "rank-moved":
                    # 位次由第二位下滑到第五位 opening its sentence: the place of what the
                    # sentence before was about; after other words, of nothing it names.
                    opens = not re.search(r"[\u4e00-\u9fff]", sentence[: m.start()])
                    named = [ctx.subject] if opens and ctx.subject else []
                for name in named:
                    why = f"rank of “{name}”, the name its sentence gives: no figure of its own"
                    if name == ctx.subject:
                        why = f"rank of “{name}”, what the sentence before was about"
                    before.append(_rank_alone(name, m, sentence, row, why))
                found += before
            if not before or (not alone and _told_apart(sentence, before[-1], m.start())):
                continue
            targets = before if alone and row.name == "rank-top-n" else before[-1:]
            named_here = "" if alone else _named_in_clause(sentence, m.start(), found, ctx)
            if named_here and named_here != targets[0].name:
                # 税收收入增长6.4%，社会消费品零售总额增幅排位第四: the clause names whose rank.
                same = [f for f in before if f.name == named_here]
                if not same:
                    why = f"rank of “{named_here}”, the name its clause gives"
                    same = [_rank_alone(named_here, m, sentence, row, why)]
                    found.append(same[0])
                targets = same[-1:]
            if "均" in sentence[max(0, m.start() - 3) : m.start() + 3]:
                # …增幅排名全市第三；申报A、B 19家、35家，均列全市第一: each figure of its own
                # part of the sentence (after the last semicolon or rank), not those before.
                part = max(
                    [sentence.rfind(c, 0, m.start()) for c in ";；"]
                    + [e for s, e in taken if e <= m.start()]
                )
                targets = [
                    f
                    for f in before
                    if f.role in ("actual", "yoy", "rank") and f.figure.start >= part
                ]
            for f in targets:
                f.rank = (pos, of if of and of >= pos else None, among, by)
                if row.name == "rank-top-n":
                    f.review.append(f"“前{m.group('pos')}”: among the first {pos}, not its place")
