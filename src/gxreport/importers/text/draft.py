"""From figures to indicators, and the draft snapshot written for review.

Figures join the indicator they name: a rate the one its sentence is about, a target stated
elsewhere the indicator whose name is like its own (marked 待核), the same figure said again (a
headline and its paragraph) the one it was first read into. Every string and comment goes
through tomltext; every number written is one the text prints.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from gxreport import formulas as fx
from gxreport.importers.text import names
from gxreport.importers.text.read import LEVELS, LIST_ROWS, RATES, Found, Unplaced, _in_base
from gxreport.importers.text.subject import bare, counted, says_measure
from gxreport.importers.tomltext import comment, string
from gxreport.stated import PERIOD_GOAL
from gxreport.units import parse_unit

# How far back a target looks for the indicator it belongs to: a report's indicators, not
# every figure of a text of any length.
_LOOK_BACK = 400
# How many unplaced figures the draft lists one by one (a text of numbers alone has
# thousands: a person reviews a list, not a dump).
_LISTED = 1000
# What a name measures, by its last words: names that measure different things never link.
_MEASURED = re.compile(
    r"(?:总投资|投资|增加值|总产值|产值|收入|支出|零售额|销售额|营业额|利润|产量)$"
)
# Names of amounts of money: a figure of theirs printed with 万 or 亿 alone is in 元.
_MONEY = re.compile(r"(?:资金|投资|收入|支出|产值|增加值|销售额|零售额|营业额|利润|税收|生产总值)$")
# …unless it is money from or to abroad, often counted in 美元 (实际利用外资资金1.6亿).
_FOREIGN = re.compile(r"外资|外商|外汇|外贸|出口|进口|境外|港澳台|侨资|美元")
# What a count or a size is of, by its unit: households, people, an area.
_UNIT_MEASURE = (
    (re.compile(r"户$"), "户数"),
    (re.compile(r"(?<!次)[人名]$"), "人数"),
    (re.compile(r"(?:平方米|平方公里|亩|公顷)$"), "面积"),
)
# A number TOML reads as one: no leading zero (01 is no TOML number; "01" is written as text).
_PLAIN = re.compile(r"[+-]?(?:0|[1-9]\d{0,14})(\.\d{1,10})?")


@dataclass
class Draft:
    name: str
    unit: str
    figures: dict[str, Found] = field(default_factory=dict)
    rank: tuple[int, int | None, str, str] | None = None
    sentences: list[str] = field(default_factory=list)
    as_of: dt.date | None = None
    review: list[str] = field(default_factory=list)
    worded: dict[str, str] = field(default_factory=dict)


def _core(name: str) -> str:
    """A name without what does not name it: brackets, numbers, 总/金 before 额, target words."""
    name = re.sub(r"[（(][^）)]*[）)]", "", name)
    # 规模以上企业, said alone, are those of industry (规模以上工业, its 企业 or not).
    name = re.sub(r"规模以上(?:工业)?企业", "规模以上工业", name)
    name = re.sub(r"^.*以[上下]", "", name)  # 亿元以上制造业项目: a size class of 制造业项目
    name = re.sub(r"\d+(\.\d+)?", "", name)
    name = re.sub(r"(年度|全年|年内|年)?(目标任务|目标|任务|计划)(数)?", "", name)
    return name.replace("总额", "额").replace("金额", "额")


# A league table's row: the indicator with its place in brackets, 投资(东山县).
_PLACE = re.compile(r"[（(]([^（(）)]*[省市县区州旗镇乡直])[）)]$")


def _place(name: str) -> str:
    match = _PLACE.search(name)
    return match.group(1) if match else ""


def similar(a: str, b: str) -> float:
    """How alike two names are: the characters they share over the shorter one's, less when
    one is much longer (制造业项目 ~ 签约1亿元以上制造业项目数; 新签约项目 ≁ 大会项目签约个数).
    Names of two places (投资(东山县), 投资(西河区), 投资) are not alike."""
    if _place(a) != _place(b):
        return 0.0
    a, b = _core(a), _core(b)
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    measures = _MEASURED.search(a), _MEASURED.search(b)
    if measures[0] and measures[1] and measures[0].group() != measures[1].group():
        return 0.0  # 项目投资 is not 项目总投资, 工业增加值 not 工业总产值
    if measures[0] and measures[1] and a[: measures[0].start()] and b[: measures[1].start()]:
        # One measure of two owners: alike as the owners are (税收收入 ≁ 税务部门收入).
        a, b = a[: measures[0].start()], b[: measures[1].start()]
    common = sum(min(a.count(ch), b.count(ch)) for ch in set(a))
    return common / min(len(a), len(b)) * min(1.0, 2 * min(len(a), len(b)) / max(len(a), len(b)))


def _smaller(whole: Draft, part: Draft) -> bool:
    """Whether ``whole``'s actual is smaller than ``part``'s, both printed in one unit."""
    a, b = whole.figures.get("actual"), part.figures.get("actual")
    if a is None or b is None or not _same_base(a.figure.unit, b.figure.unit):
        return False
    big, small = _in_base(a.figure), _in_base(b.figure)
    return big is not None and small is not None and big < small


def _like_whole(before: list[Draft], whole: str, unit: str, part: str = "") -> int | None:
    """占园区规模以上企业总产值的61.2 after 规模以上工业企业总产值190亿元: the whole a share
    names, said a little otherwise, among the indicators before it (the nearest most alike)."""
    best, score = None, 0.8
    # 总用款计划额度 is all of 市级财政下达单位用款计划额度.
    all_of = whole.removeprefix("总")
    all_said = whole != all_of and len(all_of) > 1
    sibling = False  # another's amount of that measure said, not as a part of something
    for i in range(len(before) - 1, max(-1, len(before) - _LOOK_BACK - 1), -1):
        d = before[i]
        if "actual" not in d.figures or not _same_base(d.unit, unit):
            continue
        s = 1.0 if len(all_of) > 1 and d.name.endswith(all_of) else similar(whole, d.name)
        things = d.name.removesuffix(all_of)
        of_its_things = bool(things) and part.removesuffix(all_of).endswith(things)
        if s == 1.0 and part != d.name and of_its_things:
            # 四大园区新签项目到位资金，占总到位资金的38%: all of the new projects' (新签项目
            # 到位资金), of which these are some, before a sibling's said nearer.
            s = 1.1
        elif s == 1.0 and part != d.name and "share" not in d.figures:
            sibling = True  # (工业项目到位资金，占比64.8% is a part, said as such)
        if s > score:
            best, score = i, s
    if all_said and score == 1.1 and sibling:
        # …续建项目到位资金…, then 新签项目中…占总到位资金的16%: 总 is all of them, not the
        # new projects' alone, and is no figure printed: no whole.
        return None
    return best


# A share's whole named by no indicator's name, only as all of the place's or the budget's
# (占全市比重, 占全市总量, 占财政收入比重, 占财政总收入的, 占比): owner words and no more.
# Not 全省, 全国: a place above the report's, whose whole a report of its own place rarely gives.
_ALL_OWNER = re.compile(r"(?:全[市县区州旗盟]|本[市县区]|财政)?(?P<total>总)?(?:量|额)?")


# Projects named by a stage alone (已开工项目, 竣工项目): of whichever projects were counted.
_STAGE_ONLY = re.compile(r"(?:已|未)?(?:新开工|开工|竣工|完工|签约|履约|投产|在建)项目")


def _total_before(before: list[Draft], part: Draft, whole: str, as_of: dt.date) -> int | None:
    """东城区工业投资246.0亿元，占全市比重30.0% after 全市完成工业投资820.0亿元; 税收32.6亿元，
    占比81.5% after 一般公共预算收入40.0亿元: a share whose whole is said only as the whole of
    what it measures is of the nearest indicator before it that measures the same (总收入 when
    it says 总收入) in the same period, is larger, and is no part given a share itself."""
    said = _MEASURED.search(whole)
    owner = _ALL_OWNER.fullmatch(whole[: said.start()] if said else whole)
    mine = _MEASURED.search(part.name)
    measure = mine.group() if mine else ("收入" if part.name.endswith("税收") else "")
    size = _actual(part)
    if owner is None or size is None:
        return None
    if not measure and counted(part.unit) and not said:
        # 达到序时进度的任务27项，占比75% after 任务共36项: those things at a stage, of all of them.
        return next(
            (
                i
                for i in range(len(before) - 1, max(-1, len(before) - _LOOK_BACK - 1), -1)
                if (big := _actual(before[i])) is not None
                and big > size
                and "share" not in before[i].figures
                and before[i].unit == part.unit
                and len(before[i].name) >= 2
                and (
                    part.name.endswith(before[i].name)
                    # 开工项目33个，开工率66% after 重点项目50个: projects at a stage, of all the
                    # projects counted before, whatever they were called.
                    or _STAGE_ONLY.fullmatch(part.name) is not None
                    and before[i].name.endswith("项目")
                    and _STAGE_ONLY.fullmatch(before[i].name) is None
                )
            ),
            None,
        )
    if not measure or (said and said.group() != measure):
        return None
    total = ("总" if said and owner.group("total") else "") + measure  # 总量 is all, 总收入 a name
    for i in range(len(before) - 1, max(-1, len(before) - _LOOK_BACK - 1), -1):
        d = before[i]
        big = _actual(d)
        if (
            big is not None
            and big > size
            and "share" not in d.figures
            and (d.as_of or as_of) == (part.as_of or as_of)
            and _same_base(d.unit, part.unit)
            and (m := _MEASURED.search(d.name)) is not None
            and m.group() == measure
            and d.name.endswith(total)
        ):
            return i
    return None


def _actual(d: Draft) -> Decimal | None:
    actual = d.figures.get("actual")
    return _in_base(actual.figure) if actual is not None else None


def _measure_of_counted(name: str, d: Draft) -> bool:
    """省级重点项目投资 against 省级重点项目 counted in 个: the rate of a measure (投资, 产值)
    is never that of a count of things."""
    return bool(_MEASURED.search(name)) and not _MEASURED.search(d.name) and counted(d.unit)


def _narrower(name: str, other: str) -> bool:
    """省级重点项目投资 of 项目投资: ``name`` is ``other`` with a qualifier before it."""
    return len(name) > len(other) and name.endswith(other)


def _siblings(a: str, b: str) -> bool:
    """市级重点项目投资 and 省级重点项目投资: one measure of two scopes said in their first
    characters."""
    return a != b and len(a) == len(b) > 3 and a[2:] == b[2:]


# What a project costs over its whole life (总投资, 概算投资): no year's plan is a target of it.
_LIFETIME = re.compile(r"(?:总投资|概算投资|累计完成投资)$")


def _lifetime(name: str, plan: str) -> bool:
    """省级重点工程概算投资 and the plan 省级重点工程投资: a project's whole cost and a year's
    plan of its investment, two indicators; so are what the projects had put in before the
    year (重点项目累计完成投资) and that plan."""
    return bool(_LIFETIME.search(name)) and not _LIFETIME.search(plan)


def _same_base(a: str, b: str) -> bool:
    return not a or not b or a == b or parse_unit(a).base == parse_unit(b).base


def _other_row(said: Found, f: Found) -> bool:
    """Two rows of one table are two figures, however alike their names and values
    (基本每股收益 and 稀释每股收益 both 0.52): a table says each figure once."""
    return said.row == f.row == "table" and said.sentence != f.sentence


def _completion_disagrees(d: Draft, plan: Found) -> bool:
    """A plan linked by name to an indicator whose actual and printed completion it does not
    give (完成年度计划的62.4% of 153.7 against a plan of 253.9): another indicator's plan. The
    completion may be printed rounded or cut: one unit of its last digit is allowed."""
    actual, completion = d.figures.get("actual"), d.figures.get("completion")
    if actual is None or completion is None or completion.figure.unit != "%":
        return False
    if not _same_base(actual.figure.unit, plan.figure.unit):
        return False
    done, aim = _in_base(actual.figure), _in_base(plan.figure)
    printed = completion.figure.number.replace(",", "")
    if done is None or aim is None or aim <= 0 or not re.fullmatch(r"\d+(?:\.\d+)?", printed):
        return False
    step = Fraction(Decimal(1).scaleb(-len(printed.partition(".")[2])))
    return abs(fx.completion(Fraction(done), Fraction(aim)) - Fraction(printed)) > step


def _awaits_target(d: Draft) -> bool:
    """An indicator done against a target its text has not yet given: an actual and a
    completion, no target."""
    return "actual" in d.figures and "completion" in d.figures and "target" not in d.figures


def _other_print(said: Found, f: Found) -> bool:
    """Two prints of one number in one sentence are two figures (“签约一批”项目2个，…“增资一批”
    项目2个): a sentence does not say its figure twice."""
    return said.sentence == f.sentence and said.figure.start != f.figure.start


def _said_again(d: Draft, f: Found) -> None:
    """A figure said again (a headline, then its paragraph): its sentence, and a rank the
    second saying adds (…增长12.4%，增速全市排名第二位)."""
    d.sentences.append(f.quote)
    if f.rank and d.rank is None:
        d.review += f.review
    _ranked(d, f)


def _ranked(d: Draft, f: Found) -> None:
    """The place printed with a figure; a second place of one indicator (进度居全省第三位,
    增速居全省第六位) is said for review: a snapshot holds one, the first, as import keeps."""
    if not f.rank or f.rank == d.rank:
        return
    if d.rank is None:
        d.rank = f.rank
        return
    position, _, among, by = f.rank
    by = f" by {by}" if by else ""
    d.review.append(f"placed {position} {among}{by} as well: one place is kept, the first")


def _beside_the_other_goal(f: Found, named: list[Draft], new: Callable[[str, str], Draft]) -> bool:
    """完成一季度目标38亿元的106.1%，完成年度目标160亿元的25.2%: one figure's completions of the
    period's own target and of the year's. An indicator holds one: the
    year's stays with the figure, and the period's is judged in a second indicator of the
    figure with its actual and the period's target (both printed, neither guessed)."""
    if f.role != "completion":
        return False
    held = next(
        (d for d in reversed(named[-_LOOK_BACK:]) if "completion" in d.figures),
        None,
    )
    if held is None or "actual" not in held.figures:
        return False
    other = held.figures["completion"]
    if bool(PERIOD_GOAL.search(other.text)) == bool(PERIOD_GOAL.search(f.text)):
        return False
    period = f if PERIOD_GOAL.search(f.text) else other
    held.figures["completion"] = other if period is f else f
    second = new(f.name, held.unit)
    for role in ("actual", "period_target"):
        if role in held.figures:
            second.figures[role] = held.figures[role]
    second.figures["completion"] = period
    second.as_of = held.as_of
    second.sentences.append(f.quote)
    second.review.append("the completion of the period's own target, beside the year's")
    return True


def assemble(found: list[Found]) -> list[Draft]:
    for f in found:  # a name made of a count's subject and a measure, in its standard form too
        f.name = names.standard_form(f.name)
    drafts: list[Draft] = []
    by_name: dict[str, list[Draft]] = {}
    by_figure: dict[tuple[str, str, str], list[Draft]] = {}  # (role, value, unit) → drafts
    planned: list[Draft] = []  # drafts with a target or stretch and no actual yet

    def new(name: str, unit: str) -> Draft:
        d = Draft(name, unit)
        drafts.append(d)
        by_name.setdefault(name, []).append(d)
        return d

    def like(
        f: Found, free: tuple[str, ...], threshold: float, among: list[Draft] | None = None
    ) -> Draft | None:
        best, score = None, threshold
        for d in reversed((drafts if among is None else among)[-_LOOK_BACK:]):
            if any(r in d.figures for r in free) or (f.role == "share" and d.name == f.whole):
                continue  # a share is not its whole's
            if f.rank and f.rank[3] and f.rank[3] not in d.figures:
                continue  # a place by growth is of a figure whose growth is printed
            if f.role in LEVELS and not _same_base(f.figure.unit, d.unit):
                continue
            if _measure_of_counted(f.name, d):
                continue  # 省级项目投资's completion is not that of the count of 省级项目
            if any(_other_row(said, f) for said in d.figures.values()):
                continue  # a table says each row's figures on that row, none of another's
            s = similar(f.name, d.name)
            if s > score:
                best, score = d, s
        return best

    # Names whose actual their own sentence gives: a target said with one is that name's, not
    # another indicator's of a like name (任务12个，现已完成9个).
    stated = {(f.sentence, f.name) for f in found if f.role == "actual"}
    # Targets linked by name to an indicator of another name: what their sentence says of them
    # after (the growth a target asks for) goes there too.
    joined: dict[tuple[str, str], Draft] = {}

    def free_named(f: Found) -> Draft | None:
        """The latest indicator of the figure's very name that lacks its role."""
        named = by_name.get(f.name, [])[-_LOOK_BACK:]
        return next((d for d in reversed(named) if f.role not in d.figures), None)

    for f in found:
        if not f.name:
            continue
        target: Draft | None = None
        if f.role in RATES:
            said = next(
                (
                    d
                    for d in reversed(by_name.get(f.name, [])[-_LOOK_BACK:])
                    if f.role in d.figures and d.figures[f.role].text == f.text
                ),
                None,
            )
            if said is not None:  # the same rate said again
                _said_again(said, f)
                continue
            target = free_named(f)
            if target is None and _beside_the_other_goal(f, by_name.get(f.name, []), new):
                continue
            if target is None and f.row not in LIST_ROWS and f.link != "own":
                # A name a list prints is each one's own, as is one the reader gave a rate
                # because no figure holds it (已开工项目 beside 竣工项目).
                target = like(f, (f.role,), 0.7)
            target = target or new(f.name, "")
        else:
            key = (f.role, f.figure.value, f.figure.unit)
            again = next(
                (
                    d
                    for d in reversed(by_figure.get(key, [])[-8:])
                    # A target its sentence ties to a subject (完成目标任务16亿元的44.5%) is
                    # that subject's; another of a like name may have a target of the same size.
                    if (
                        (similar(d.name, f.name) >= 0.5 and f.link != "subject")
                        or d.name.endswith(f.name)
                        or f.name.endswith(d.name)
                    )
                    and not _other_row(d.figures[f.role], f)
                    and not _other_print(d.figures[f.role], f)
                ),
                None,
            )
            if again is not None:
                _said_again(again, f)
                continue
            if f.link in ("subject", "own"):
                target = free_named(f)
                went = joined.get((f.sentence, f.name))
                if target is None and went is not None and f.role not in went.figures:
                    target = went  # 同比增长10% of the target linked by name before it
            if target is None and f.role != "actual" and (f.sentence, f.name) in stated:
                target = free_named(f) or new(f.name, f.figure.unit)
            if target is None and f.role != "actual" and f.link != "own":
                target = like(f, (f.role,), 0.7)
                if target is None and f.role == "target" and bare(f.name):
                    # A target said by its measure alone (目标任务是实际到位资金240亿元) after the
                    # completion of an indicator of that measure that printed none (省外到位资金
                    # …，完成目标任务的53.5%): that indicator's.
                    waiting = [d for d in drafts if _awaits_target(d)]
                    target = like(f, (f.role,), 0.6, waiting)
                if target is not None and (
                    _narrower(f.name, target.name)
                    or _siblings(f.name, target.name)
                    or _lifetime(target.name, f.name)
                    or (f.role == "target" and _completion_disagrees(target, f))
                ):
                    # 省级重点项目投资's plan is not that of 项目投资 or 市级重点项目投资 before it.
                    target = None
                if target is not None and target.name != f.name:
                    f.review.append(f"{f.role} linked by name: “{f.name}” → “{target.name}”")
                    joined[(f.sentence, f.name)] = target
            elif target is None:
                target = next(
                    (d for d in by_name.get(f.name, [])[-8:] if "actual" not in d.figures), None
                )
                if target is None and planned:
                    # A plan stated before the figure (全年目标…; later 完成…).
                    target = like(f, ("actual",), 0.85, planned)
                    if target is not None and target.name != f.name:
                        f.review.append(f"target linked by name: “{target.name}” → “{f.name}”")
                        if _narrower(f.name, target.name):
                            # 项目投资 (the plan) of 重点建设项目投资: the fuller name.
                            by_name[target.name].remove(target)
                            target.name = f.name
                            by_name.setdefault(f.name, []).append(target)
            # A growth target's % is no unit of the figure it is of (地区生产总值 in 亿元).
            unit = f.figure.unit if f.role in LEVELS and f.role != "target_yoy" else ""
            target = target or new(f.name, unit)
        if f.role in target.figures:
            continue  # a second figure of one role: left for the reader, not overwritten
        target.figures[f.role] = f
        if f.role in LEVELS:
            by_figure.setdefault((f.role, f.figure.value, f.figure.unit), []).append(target)
        if f.role in ("target", "stretch") and "actual" not in target.figures:
            planned.append(target)
        elif f.role == "actual" and target in planned[-_LOOK_BACK:]:
            planned.remove(target)
        if f.role in LEVELS and f.role != "target_yoy" and not target.unit and f.figure.unit:
            target.unit = f.figure.unit
        elif (
            f.role in LEVELS
            and not target.unit
            and f.figure.magnitude
            and _MONEY.search(f.name)
            and not _FOREIGN.search(f.name)
        ):
            # 到位资金9.2亿: an amount of money printed without 元 is still in 元.
            target.unit = f.figure.magnitude + "元"

        _ranked(target, f)
        if f.as_of and target.as_of is None:
            target.as_of = f.as_of
        target.sentences.append(f.quote)
        target.review += f.review
    _target_by_its_completion(drafts)
    _by_unit(drafts)
    return drafts


def _target_by_its_completion(drafts: list[Draft]) -> None:
    """本年计划投资180.4亿元 … 重点项目完成投资97.6亿元，完成投资目标的54.1%: a figure done
    with its completion printed and no target, after a plan of a like name (重大项目投资) that
    nothing was done against: the plan is its target where the printed completion says so
    (97.6 ÷ 180.4 = 54.10 %, within one unit of its last digit)."""
    for d in drafts:
        if "target" in d.figures or not _awaits_target(d):
            continue
        plans = [
            p
            for p in drafts[: drafts.index(d)]
            if set(p.figures) == {"target"}
            and similar(p.name, d.name) > 0.5
            and _same_base(p.figures["target"].figure.unit, d.figures["actual"].figure.unit)
        ]
        fits = [p for p in plans if not _completion_disagrees(d, p.figures["target"])]
        if len(fits) != 1:
            continue  # none, or more than one the arithmetic cannot tell apart
        plan = fits[0]
        d.figures["target"] = plan.figures["target"]
        d.sentences[:0] = plan.sentences
        d.review.append(f"target linked by its completion: “{plan.name}” → “{d.name}”")
        drafts.remove(plan)


def _unit_measure(unit: str) -> str:
    return next((said for pattern, said in _UNIT_MEASURE if pattern.search(unit)), "")


def _by_unit(drafts: list[Draft]) -> None:
    """One name that says no measure, printed with figures of different kinds (发放低保1300户、
    4200人; 拆迁380户、2.1万平方米): each is a measure of its own, named by its unit (低保户数,
    低保人数, 拆迁面积), where every one of them has such a unit."""
    by_name: dict[str, list[Draft]] = {}
    for d in drafts:
        by_name.setdefault(d.name, []).append(d)
    for name, same in by_name.items():
        if len(same) < 2 or says_measure(name):
            continue
        said = [_unit_measure(d.unit) for d in same]
        if not all(said) or len(set(said)) != len(said):
            continue
        for d, measure in zip(same, said, strict=True):
            d.review.append(f"named by its unit: “{name}” → “{name + measure}”")
            d.name = name + measure


def _value(f: Found, unit: str) -> str | None:
    """The figure as TOML: a number, or a string that keeps 万/亿, separators or another unit;
    None for a figure the indicator's unit cannot hold (283亿元 of a count of 个)."""
    from gxreport.units import parse_quantity

    fig = f.figure
    value = fig.value
    if fig.unit and unit and fig.unit != unit and fig.kind != "percent":
        value += fig.unit  # 1234万元 in an indicator kept in 亿元
    elif fig.magnitude and not fig.unit and unit.endswith("元"):
        value += "元"  # 80亿 of an amount of money: 80亿元, not 80亿 of its unit
    elif _PLAIN.fullmatch(value):
        return value.lstrip("+")
    try:
        parse_quantity(value, parse_unit(unit))
    except ValueError:
        return None
    if _PLAIN.fullmatch(value):
        return value.lstrip("+")
    return string(value)


def _stated_ok(key: str, text: str, unit: str) -> bool:
    from gxreport.stated import parse_stated

    try:
        parse_stated(key, text, parse_unit(unit))  # type: ignore[arg-type]
    except ValueError:
        return False
    return True


def _has_field(name: str) -> bool:
    from gxreport.snapshot import Indicator

    return name in Indicator.model_fields


def write(
    drafts: list[Draft],
    unplaced: list[Unplaced],
    head: list[str],
    year: int,
    as_of: dt.date,
) -> str:
    out = list(head)
    ids: dict[str, int] = {}
    idents: list[str] = []
    for d in drafts:
        base = names.ident(d.name)
        ids[base] = ids.get(base, 0) + 1
        idents.append(base if ids[base] == 1 else f"{base}-{ids[base]}")
    by_name: dict[str, list[int]] = {}
    for i, d in enumerate(drafts):
        by_name.setdefault(d.name, []).append(i)

    def named(name: str, at: int) -> int | None:
        """The indicator of that name nearest before ``at`` (else the first): a share's whole
        is the one its paragraph has just given (一般公共预算支出 of 1-8月, not of 8月)."""
        found = by_name.get(name, [])
        return max((i for i in found if i < at), default=found[0] if found else None)

    for at, (d, ident) in enumerate(zip(drafts, idents, strict=True)):
        out.append("")
        for s in dict.fromkeys(d.sentences):
            out.append(f"# 原文: {comment(s)}")
        out += [f"# 待核: {comment(r)}" for r in dict.fromkeys(d.review)]
        later: list[str] = []
        out += ["[[indicator]]", f"id   = {string(ident)}", f"name = {string(d.name)}"]
        unit = d.unit
        if unit:
            out.append(f"unit = {string(unit)}")
        if unit in ("%", "‰"):
            out.append('kind = "level"')
        if d.as_of is not None and d.as_of != as_of:
            out.append(f"as_of = {d.as_of.isoformat()}")
        share = d.figures.get("share")
        whole_at = None
        how = "by its name"
        if share is not None:
            # 其中工业投资68.4亿元(占总投资的29.8%): a whole named as no indicator is, of the parts
            # after 其中, what they are parts of.
            whole_at = named(share.whole, at)
            if whole_at is None:
                whole_at = named(share.parent, at)
            if whole_at is None and share.whole:
                whole_at = _like_whole(drafts[:at], share.whole, unit, d.name)
            if whole_at is None and not share.parent:
                whole_at = _total_before(drafts[:at], d, share.whole, as_of)
                how = "the larger figure before it of what it is a part of"
        if share is not None and whole_at is not None and "whole" not in d.figures:
            whole = drafts[whole_at]
            if (
                whole is not d
                and _same_base(whole.unit, unit)
                and "actual" in whole.figures
                # 工业投资…占全县投资比重40% after 在库项目141个: an amount is no share of a count.
                and not _measure_of_counted(d.name, whole)
                # 已开复工38项 is no part of 续建项目18项: a whole is no smaller than its part.
                and not _smaller(whole, d)
            ):
                out.append(f"share_of = {string(idents[whole_at])}")
                later.append(f"# 待核: share of “{comment(whole.name)}”, {how}")
        # A change printed beside last year's figure is a third figure of the report's own,
        # which check recomputes; only a change printed alone is an input (the base from it).
        checked = "last_year" in d.figures and "yoy_amount" in d.figures
        for role in (
            "actual", "target", "stretch", "period_target", "last_year", "yoy_amount", "whole"
        ):  # fmt: skip
            f = d.figures.get(role)
            if role == "yoy_amount" and checked:
                continue
            if f is not None:
                value = _value(f, unit)
                if value is None:
                    later.append(
                        f"# 待核: {role} printed as “{comment(f.figure.printed)}”, not in {unit}"
                    )
                else:
                    out.append(f"{role} = {value}  # {comment(f.figure.printed)}")
        f = d.figures.get("target_yoy")
        if f is not None:
            if _has_field("target_yoy"):
                out.append(f"target_yoy = {string(f.figure.printed)}")
            else:
                later.append(f"# 待核: a growth target printed as {comment(f.figure.printed)}")
        stated = [(r, d.figures[r].text) for r in RATES if r in d.figures]
        if checked:
            stated.append(("yoy_amount", d.figures["yoy_amount"].text))
        kept = [(r, t) for r, t in stated if _stated_ok(r, t, unit)]
        later += [
            f"# 待核: {r} printed as “{comment(t)}”: not a figure check reads"
            for r, t in stated
            if (r, t) not in kept
        ]
        if kept:
            out.append("[indicator.stated]")
            out += [f"{r} = {string(t)}" for r, t in kept]
        if d.rank is not None:
            position, of, among, by = d.rank
            out += ["[indicator.rank]", f"position = {position}"]
            if of:
                out.append(f"of = {of}")
            if among:
                out.append(f"among = {string(among)}")
            if by:
                out.append(f"by = {string(by)}")
        out += later
    if unplaced:
        seen = list({(u.printed, u.sentence): u for u in unplaced}.values())
        out += ["", "# Figures seen but not placed (plans, qualifiers, figures of a modifier):"]
        out += [f"#   {comment(u.printed)}（{comment(u.sentence)}）" for u in seen[:_LISTED]]
        if len(seen) > _LISTED:
            out.append(f"#   … and {len(seen) - _LISTED} more figures not placed")
    return "\n".join(out) + "\n"
