"""Figures as reports print them: a number, its magnitude, its unit, and the words that qualify it.

A figure is a token; the text around it stays text. The tokenizer reads Arabic numerals (with
thousands separators), 万/亿/万亿 and the other magnitudes, the units of ``UNIT_WORDS`` (with their
magnitudes: 亿美元, 万千瓦时, 万吨标准煤 …), a unit it does not know kept as printed (one
character: 12.3亿度), and the qualifiers 约/近/超过/逾/突破 before and 余/多/以上/左右 after, which
mark a figure as approximate (待核), and 以内/以下 after, which mark it as a ceiling (待核).
Chinese numerals are read where a count follows (二十二个), but such a figure is only listed,
never written: the draft writes digits the text prints.
What is not a figure (a year, a month, a date, an ordinal, a figure inside a name such as
10亿元以上项目, and a page's chrome: a timestamp, a page count, a count of characters shown,
the enumerator that opens a line) is left as text. Two passes of regular expressions: linear in
the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from gxreport.importers.numerals import zh_int
from gxreport.units import COMPOUND_UNITS, UNIT_WORDS

Kind = Literal["amount", "percent", "points", "bare", "words"]

# One character of the private use area stands for each figure in a sentence's shape, by kind:
# the catalogue's patterns match over these and the text between them.
MARK: dict[Kind, str] = {
    "amount": "\ue000",
    "percent": "\ue001",
    "points": "\ue002",
    "bare": "\ue003",
    "words": "\ue004",
}
MARKS = "".join(MARK.values())

_UNITS = "|".join(re.escape(u) for u in sorted(UNIT_WORDS, key=len, reverse=True))
_ZH_DIGITS = "零〇一二两三四五六七八九十百千"
# Words after a number that make it a date, a duration, an age or an ordinal, not a figure.
_NOT_AFTER = (
    r"(?:年|月|日|号|时|点(?!\d)|分(?!别|之)|秒|季度|季|岁|周年|周|个月|个季度|届|期|版|楼|层"
    r"|[A-Za-z]|\+|-\d|—\d|~\d|/\d|\.\d|\.\.|至\d|到\d)"
)
# A character that cannot be a unit: function words and the cue words that follow a figure.
_NOT_UNIT = (
    "的和与及或同比较增降下上以左右之后前中内至到占为是在了将并其且而等个共合计全省市县区州镇乡新"
    "目任预"  # 80亿目标任务, 20亿任务, 5亿预算: the figure's words, not its unit
    "调变缩扩"  # 12.8:33.1:54.1调整为…, 54.1变为…, 2.05:1缩小为…: the verb after a figure
    "实建用兴修购投引"  # 投资8000万实施…, 3亿建设…, 500万用于…: the verb after an amount
)
_FIGURE = re.compile(
    rf"(?P<sign>(?<![\d.])[+-])?"
    rf"(?P<num>(?<![\d.])(?:\d{{1,3}}(?:,\d{{3}})+(?![\d,])(?:\.\d+)?|\d+(?:\.\d+)?))"
    rf"(?P<q1>余|多)?"
    rf"(?P<mag>万亿|千万|百万|亿|万|千(?!瓦|米|克|伏))?"
    rf"(?P<q2>余|多)?"
    rf"(?P<unit>{_UNITS}|%|‰|(?P<unknown>[\u4e00-\u9fff](?<![{_NOT_UNIT}{_ZH_DIGITS}])))?"
    rf"(?P<post>以上(?![\u4e00-\u9fff])|左右|以内|以下(?![\u4e00-\u9fff]))?"
)
_ZH_FIGURE = re.compile(
    rf"(?<![第{_ZH_DIGITS}])(?P<num>[{_ZH_DIGITS}]{{2,}}|[二两三四五六七八九十])"
    rf"(?P<mag>万亿|亿|万)?(?P<unit>个|户|家|项|件|人|名|条|座|所)(?![月季])"
)
# Words after a figure that make it a ceiling, not the figure (控制在4.5%以内).
CEILINGS = ("以内", "以下")
# Words before a figure that make it approximate; they stay in the text (突破 is also a cue).
_QUALIFIED = re.compile(r"(?:(?<![签合预节制公条契履])约|近|超过|逾|突破)$")


@dataclass(frozen=True)
class Figure:
    """One figure as printed, and what the tokenizer read of it."""

    start: int
    end: int
    printed: str  # exactly as in the text: "约1.57万户"
    number: str  # the digits with sign, as printed: "1.57", "-8.7", "7,141"
    magnitude: str  # "万", "亿" … or "" (kept in the value unless the unit holds it)
    unit: str  # "亿元", "户", "%", "个百分点", an unknown unit as printed, or ""
    kind: Kind
    qualifier: str = ""  # 约/近/超过/余/以上 …: an approximate figure; 以内/以下: a ceiling
    known_unit: bool = True

    @property
    def value(self) -> str:
        """The figure for a snapshot: "1.57万" (in 户), "213.9" (in 亿元)."""
        return self.number + self.magnitude


# Things a size said before them names (产值超10亿元企业, 投资超5000万元项目).
_SIZED_THINGS = re.compile(r"企业|项目|工程")


# A size class said as a range (500万元—1亿元重点项目, 5000万元至1亿元的项目): its lower bound
# before a range mark and an upper bound in 元, its upper bound after a range mark.
_SIZED_AFTER = re.compile(r"(?:的)?[\u4e00-\u9fff]{0,4}?(?:企业|项目|工程)")
_SIZE_RANGE_FROM = re.compile(rf"(?:—|-|–|~|至|到)\d*(?:\.\d+)?[万亿]?元{_SIZED_AFTER.pattern}")
_SIZE_RANGE_TO = re.compile(r"\d[万亿]?元(?:—|-|–|~|至|到)$")


def _in_a_name(text: str, start: int, end: int) -> bool:
    """1亿元(含1亿)以上制造业项目, 10亿元以上项目, 产值超10亿元企业: a figure that is part of
    a name."""
    if text[start - 1 : start] == "超" and _SIZED_THINGS.match(text, end):
        return True
    if _SIZE_RANGE_FROM.match(text, end) or (
        _SIZE_RANGE_TO.search(text, 0, start) and _SIZED_AFTER.match(text, end)
    ):
        return True  # 500万元—1亿元重点项目: a size class of the things, both its bounds
    tail = text[end : end + 4]
    return tail.startswith(("(含", "（含", "以上", "以下", "及以上")) and bool(
        re.match(
            r"(?:\(含[^)]{0,6}\)|（含[^）]{0,6}）)?(?:及)?以[上下][\u4e00-\u9fff]",
            tail + text[end + 4 : end + 12],
        )
    )


# The number that opens a line of a list (3.增值税…, 2、续建项目…): an enumerator, not a figure.
ENUMERATOR = r"[ \t\u3000]*\d{1,2}[.．、](?=[\u4e00-\u9fff])"
# A page's chrome, never a report's figure: a timestamp (2024-03-05 08:30:00), a page count
# (第2页共5页), a count of the characters a page shows (全文共3120字,当前显示640字), and the
# enumerator that opens a line of a list (3.增值税…, 2、续建项目…).
_CHROME = re.compile(
    r"(?<![\d.])\d{4}([-/.])\d{1,2}\1\d{1,2}(?!\d)(?:\s*\d{1,2}:\d{2}(?::\d{2})?(?!\d))?"
    r"|第\s*\d+\s*页\s*[,，/]?\s*共\s*\d+\s*页"
    r"|(?:全文|显示|字数)[^\d,，。;；]{0,3}\d+字"
    rf"|(?:^|(?<=\n)){ENUMERATOR}"
)


def _chrome(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds page chrome (see ``_CHROME``)."""
    return [m.span() for m in _CHROME.finditer(text)]


_AMONG_N = re.compile(
    r"个(?:县市区|县区|区县|县市|县|区|市|开发区|园区|城市|城区|地区|乡镇|镇)(?:中|之中)?"
    r"(?:排名|排位|位居|位列|名列|居|列|排)"
)


# A measure's acronym printed against its amount (实现GDP961.4亿元).
_ACRONYM = re.compile(r"(?<![A-Za-z])GDP$")


# A count of things named right before it, of as many as it says (A、B、C3个新兴产业).
_COUNT_OF_KINDS = re.compile(
    r"[个项大类](?:[\u4e00-\u9fff]{0,4})(?:产业|行业|领域|板块|类别|方面|指标)"
)
_CLAUSE_START = re.compile(r"[,，;；:：。!?！？\n]")


def _counts_the_list(text: str, start: int, m: re.Match[str]) -> bool:
    """Whether the figure at ``start`` counts the names listed right before it by 、, as many
    as it says (医疗器械、集成电路、新材料3个新兴产业): no figure of the last name."""
    if not m.group("num").isdigit() or not _COUNT_OF_KINDS.match(text, m.end("num")):
        return False
    opened = max(
        (c.end() for c in _CLAUSE_START.finditer(text, max(0, start - 80), start)), default=0
    )
    listed = text[max(opened, start - 80) : start].split("、")
    return len(listed) >= 2 and len(listed) == int(m.group("num"))


def figures(text: str) -> list[Figure]:
    """Every figure of ``text``, in order."""
    found: list[Figure] = []
    chrome = _chrome(text)
    for m in _FIGURE.finditer(text):
        start, end = m.start("num") - len(m.group("sign") or ""), m.end()
        if any(s <= start < e for s, e in chrome):
            continue
        if m.group("post") is None and m.group("unit") is None:
            end = m.end("q2") if m.group("q2") else m.end("mag") if m.group("mag") else end
        if re.match(_NOT_AFTER, text[m.end("num") : m.end("num") + 3]) or (
            start > 0 and text[start - 1] in "第#No"
        ):
            continue
        if text[start - 1 : start] == "前" and text[m.end("num") : m.end("num") + 1] in "位名":
            continue  # 排名全省前3位: a rank, read as one
        if re.match(r"项(?:主要)?(?:经济)?指标", text[m.end("num") : m.end("num") + 7]):
            continue  # A、B、C3项指标增幅全省第二: a count of the indicators a rank is of
        if _counts_the_list(text, start, m):
            continue  # 医疗器械、集成电路、新材料3个新兴产业: how many things are named
        if _AMONG_N.match(text, m.end("num")):
            continue  # 11个县区中排名第一: how many places a rank is among
        if (
            start > 0
            and text[start - 1].isascii()
            and text[start - 1].isalpha()
            and not (_ACRONYM.search(text, 0, start) and (m.group("unit") or m.group("mag")))
        ):
            continue  # G4, S312: a road or a model, not a figure (GDP961亿元 is one)
        # 2000万以上项目资金: the threshold ends after its magnitude when it prints no unit.
        threshold_end = max(m.end("num"), m.end("mag"), m.end("unit"))
        # (500万元-1亿元重点项目: the hyphen of a range is no minus sign.)
        if text[max(0, start - 2) : start] in ("(含", "（含") or _in_a_name(
            text, m.start("num"), threshold_end
        ):
            continue
        unit = m.group("unit") or ""
        mag = m.group("mag") or ""
        if unit == "个" and text[end : end + 1] in ("月", "季"):
            continue
        if mag + unit in COMPOUND_UNITS:
            mag, unit = "", mag + unit
        kind: Kind
        if unit in ("%", "‰"):
            kind = "percent"
        elif unit in ("个百分点", "百分点"):
            kind = "points"
        elif unit or mag:
            kind = "amount"
        else:
            kind = "bare"
        before = _QUALIFIED.search(text, max(0, start - 2), start)
        qualifier = (before.group() if before else "") + (m.group("q1") or m.group("q2") or "")
        qualifier += m.group("post") or ""
        end = m.end() if m.group("post") else end
        found.append(
            Figure(
                start=start,
                end=end,
                printed=text[start:end],
                number=(m.group("sign") or "") + m.group("num"),
                magnitude=mag,
                unit=unit,
                kind=kind,
                qualifier=qualifier,
                known_unit=m.group("unknown") is None,
            )
        )
    return _with_words(text, _points_said_short(text, found))


def _points_said_short(text: str, found: list[Figure]) -> list[Figure]:
    """加快0.8个、2.4个百分点: a figure printed with 个 alone before others of a list that ends
    in 个百分点 is in 个百分点 too (the unit said once in full, at the end)."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        f, after = out[i], out[i + 1]
        if (
            (f.unit == "个" or f.kind == "bare")
            and not f.magnitude
            and after.kind == "points"
            and text[f.end : after.start] in (("、", "和", ",", "，") if f.unit else ("、", "和"))
        ):
            out[i] = Figure(
                f.start, f.end, f.printed, f.number, "", after.unit, "points", f.qualifier
            )
    return out


def _with_words(text: str, found: list[Figure]) -> list[Figure]:
    """Add the figures written in Chinese numerals (二十二个), which are listed, not written."""
    if not any(ch in text for ch in "二两三四五六七八九十"):
        return found
    taken = [(f.start, f.end) for f in found]
    extra = []
    for m in _ZH_FIGURE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        if zh_int(m.group("num")) is None:
            continue
        extra.append(
            Figure(
                m.start(),
                m.end(),
                m.group(),
                m.group("num"),
                m.group("mag") or "",
                m.group("unit"),
                "words",
            )
        )
    return sorted(found + extra, key=lambda f: f.start) if extra else found


def shape(text: str, found: list[Figure]) -> str:
    """``text`` with each figure replaced by the one character that marks its kind."""
    out, at = [], 0
    for f in found:
        out.append(text[at : f.start])
        out.append(MARK[f.kind])
        at = f.end
    out.append(text[at:])
    return "".join(out)
