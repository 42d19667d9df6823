"""The period a report's figures run to, from its own words (1至5月, 前5个月, 1-5月份, 上半年,
截至7月末, 截至7月31日), and the year (2016年, 2016 年)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from gxreport.periods import month_end

_RANGE = r"(?:-|—|–|~|～|至|到)"
# Each row: a wording of a period and the month it ends with (a group "m" gives it).
PERIODS: tuple[tuple[str, re.Pattern[str], int], ...] = tuple(
    (name, re.compile(pattern), month)
    for name, pattern, month in (
        ("上半年", r"上半年", 6),
        ("一季度", r"(?:一季度|第一季度|1季度)", 3),
        ("前三季度", r"前三季度", 9),
        ("1至N月", rf"(?<!\d)1\s?{_RANGE}\s?(?P<m>\d{{1,2}})\s?月", 0),
        ("一至N月", rf"一{_RANGE}(?P<zh>[二三四五六七八九十]|十一|十二)月", 0),
        ("前N个月", r"前(?P<m>\d{1,2})个月", 0),
        ("截至N月末", r"截[至止]到?(?:\d{4}年)?(?P<m>\d{1,2})月(?:底|末|份)", 0),
        # 至9月底 with no 截 (not the end of a range, 1至9月): the same.
        ("至N月末", r"(?<![\d截])至(?:\d{4}年)?(?P<m>\d{1,2})月(?:底|末)", 0),
        ("截至N月N日", r"截[至止]到?(?:\d{4}年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日", 0),
        # A month's report of what was done so far (2017年9月份财政收入完成情况表).
        ("N月份…完成情况", r"(?<!\d)(?P<m>\d{1,2})月份[^。\n，,]{0,16}(?:完成|执行)情况", 0),
        ("N月…累计", r"(?:^|\n)(?P<m>\d{1,2})月(?:份)?[,:][^。\n]{0,24}累计", 0),
    )
)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:年|(?=上半年|一季度|前三季度|全年))")
# A date printed with the page (发布日期:2017-11-20): the year when the text names none.
_DATED = re.compile(r"(?<!\d)((?:19|20)\d{2})-\d{1,2}-\d{1,2}(?!\d)")
_ZH_MONTH = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)} | {"十一": 11, "十二": 12}


def _month_of(m: re.Match[str], month: int) -> int | None:
    if month:
        return month
    if "zh" in m.groupdict() and m.group("zh"):
        return _ZH_MONTH.get(m.group("zh"))
    value = int(m.group("m"))
    return value if 1 <= value <= 12 else None


def _end(m: re.Match[str], month: int, year: int) -> dt.date | None:
    mo = _month_of(m, month)
    if mo is None:
        return None
    if "d" in m.groupdict() and m.group("d"):
        try:
            return dt.date(year, mo, int(m.group("d")))
        except ValueError:
            return None
    return month_end(year, mo)


_ZH_YEAR = re.compile(r"([一二][〇零○oO一二三四五六七八九]{3})年")
_ZH_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {
    "零": "0",
    "○": "0",
    "o": "0",
    "O": "0",
}


def report_year(text: str) -> tuple[int, str] | None:
    """The report's year: the year the text names most (a title can name the year before, as
    a 成绩单 of the past year does), the title's on a tie."""
    years = Counter(int(y) for y in _YEAR.findall(text[:200_000]))
    if not years:
        zh = _ZH_YEAR.search(text[:200_000])
        if zh:
            return int("".join(_ZH_DIGIT[c] for c in zh.group(1))), ""
        dated = _DATED.search(text[:20_000])
        return (
            (int(dated.group(1)), f"year from the page's date {dated.group()}") if dated else None
        )
    head = [int(y) for y in _YEAR.findall("\n".join(text.split("\n", 3)[:3]))]
    top = max(years.values())
    tied = [y for y, n in years.items() if n == top]
    return next((y for y in head if y in tied), tied[0]), ""


def report_as_of(text: str, year: int) -> tuple[dt.date, str] | None:
    """The period of the report: the title's wording (by the order of PERIODS), else the one
    the text uses most; a period compared with (较上半年) or in a cited title is neither."""
    head = "\n".join(text.split("\n", 3)[:3])
    in_head = sorted(_own_periods(head, year), key=lambda p: (p[1], p[0]))
    if in_head:
        _, _, end, word = in_head[0]
        return end, word
    seen: Counter[tuple[dt.date, str]] = Counter()
    first: dict[dt.date, int] = {}
    for start, _, end, word in _own_periods(text[:200_000], year):
        seen[(end, word)] += 1
        first[end] = min(first.get(end, start), start)
    if not seen:
        return None
    by_end: Counter[dt.date] = Counter()
    words: dict[dt.date, str] = {}
    for (end, word), count in seen.items():
        by_end[end] += count
        words.setdefault(end, word)
    best = max(by_end, key=lambda e: (by_end[e], -first[e]))
    return best, words[best]


# The title of a document cited: its periods are its own, not the sentence's figures'.
_CITED = re.compile(r"《[^》]*》")
# A period a figure is compared with (增速较上半年提高…, 比一季度加快…), not the one it runs to.
_COMPARED = ("比", "较", "于", "同", "与")


def _own_periods(text: str, year: int) -> list[tuple[int, int, dt.date, str]]:
    """The periods a text's figures run to, as (where, which wording, end, words): not one it
    compares with, nor one in the title of a document it cites."""
    cited = [m.span() for m in _CITED.finditer(text)]
    out = []
    for order, (_, pattern, month) in enumerate(PERIODS):
        for m in pattern.finditer(text):
            if text[max(0, m.start() - 1) : m.start()] in _COMPARED:
                continue
            if any(start < m.start() < end for start, end in cited):
                continue
            if end := _end(m, month, year):
                out.append((m.start(), order, end, m.group()))
    return out


def figure_as_of(sentence: str, year: int) -> dt.date | None:
    """A date a sentence's own figures run to (截至7月末, 1-5月), where it says one; a period
    it compares with (增速较1季度提高…) or one in the title of a document it cites
    (《…1-5月…通报》) is not one."""
    own = _own_periods(sentence, year)
    return min(own, key=lambda p: p[1])[2] if own else None
