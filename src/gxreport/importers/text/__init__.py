"""A draft snapshot from a report's own text, for a person to review (DESIGN.md §8).

The wording is data: tokens.py reads figures, catalogue.py holds the wordings (each with its
sentence), read.py is the one matcher over them, names.py and when.py read names and periods
by general rules, draft.py puts figures together into indicators and writes the draft. It
never invents a figure: every number written is one the text prints, and what it cannot place
is listed.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

from gxreport.errors import Problem, UsageError
from gxreport.importers.text import draft, names, read, script, subject, tables, when
from gxreport.importers.tomltext import comment, string

if TYPE_CHECKING:
    from gxreport.importers.grids import Document

__all__ = ["extract", "extract_text", "normalise", "read_text"]

# Where an entity's name ends in a title: 郑州高新区, 黔西南州, 某县.
_ENTITY = re.compile(
    r"([\u4e00-\u9fff]{1,12}(?:高新技术产业开发区|经济技术开发区|高新区|开发区|经开区|新区|自治州|自治县"
    r"|省|市|县|区|州|盟|旗|镇|乡))"
)
_SHORT = ("高新区", "开发区", "经开区", "新区")


def normalise(text: str) -> str:
    """The text as extract reads it: one script and one set of digits, one paragraph a line."""
    return script.paragraphs(script.characters(text))


# A line of a web page's chrome, no title: the site's path to the page (当前位置:首页>…), its
# posting time, source, hit count and type size, its page count.
_PAGE_CHROME = re.compile(
    r"当前的?位置|^首页\s*[>＞»]|发布时间|信息来源|点击数|浏览次数|字号\s*[:：]"
    r"|^第\s*\d+\s*页\s*[,，/]?\s*共\s*\d+\s*页$"
    # A picture's caption in brackets above the headline: (资料图), 【图片】.
    r"|^[(（【\[][^)）】\]]{1,12}[)）】\]]$"
)


def entity_of(title: str) -> str | None:
    """The entity a report is about, from its title: 郑州高新区 in 2021年郑州高新区环境成绩单."""
    from gxreport.importers.text.tokens import figures

    if re.search(r"[。;；]", title) or any(f.kind != "bare" for f in figures(title)):
        return None  # a sentence, not a title
    head = re.sub(rf"^(?:关于|\d{{4}}年(?:度)?|{names.PERIOD})+", "", title.strip())
    m = _ENTITY.match(head)
    if m is None:
        return None
    found = m.group(1)
    # 在 opens no place's name: 在建市重点项目 counts projects under way, 在某市 says where.
    if re.match(names.PLACE + "$", found) or found.startswith(("全", "我", "本", "各", "在")):
        return None
    # 安徽省蚌埠市, 新疆阿克苏市: the report is about the last, most local place.
    inner = re.match(r"^(?:[\u4e00-\u9fff]{2,3}省|新疆|西藏|内蒙古|广西|宁夏)(.{2,})$", found)
    return inner.group(1) if inner else found


_A_COUNTY_OR_CITY = re.compile(r"全[县市州旗盟]")


def _entities(entity: str | None) -> tuple[str, ...]:
    if not entity:
        return ()
    out = [entity]
    out += [s for s in _SHORT if entity.endswith(s) and entity != s]
    # 凉山州 says itself 凉山 too (上半年凉山实现…): the place without its level, where that
    # leaves a name of two characters at least.
    stem = re.fullmatch(r"([\u4e00-\u9fff]{2,})[省市州县区旗盟]", entity)
    if stem and not stem.group(1).endswith(_SHORT):
        out.append(stem.group(1))
    m = re.match(r"^[\u4e00-\u9fff]{2,3}省(.+)$", entity)
    if m:
        out.append(m.group(1))
    return tuple(out)


def read_text(path: Path) -> str:
    """A report's text as it stands, tables included (their figures are read by
    ``read_report``)."""
    return read_report(path).text


def read_report(path: Path) -> Document:
    """A report's text and its tables: .txt/.md (tables found in the text), .docx, .pdf."""
    from gxreport.importers import grids

    suffix = path.suffix.lower()
    if suffix == ".docx":
        return grids.read_docx(path, script.characters)
    if suffix == ".pdf":
        return grids.read_pdf(path, script.characters)
    if suffix not in (".txt", ".md", ".markdown", ""):
        raise UsageError(Problem("extract reads .txt, .md, .docx and .pdf reports", file=str(path)))
    from gxreport.errors import printable
    from gxreport.inputs import read_input
    from gxreport.load import decode

    return _document(decode(read_input(path), printable(str(path)))[0])


def _document(text: str) -> Document:
    from gxreport.importers import grids

    # One script and one set of digits before the tables are found: a table's header words
    # in traditional script or with pinyin glosses (絕對(duì)數(shù)) are then import's words.
    text = script.characters(text)
    return grids.Document(text, grids.tables_in_text(text))


def extract_text(
    raw: str, source: str, year: int | None = None, as_of: dt.date | None = None
) -> tuple[str, list[str]]:
    """The draft snapshot of a report's text (tables in it included), and the figures it
    could not place."""
    return _extract(_document(raw), source, year, as_of)


def extract(
    path: Path,
    year: int | None = None,
    as_of: dt.date | None = None,
    document: Document | None = None,
) -> tuple[str, list[str]]:
    """The draft of a report file; ``document``: the report as ``read_report`` gave it, where
    the caller has read it already."""
    return _extract(document or read_report(path), str(path), year, as_of)


def _extract(
    document: Document, source: str, year: int | None, as_of: dt.date | None
) -> tuple[str, list[str]]:
    prose, table_found, table_unplaced, headers = tables.found_in(document)
    text = normalise(prose)
    dated = "\n".join([text, *(script.characters(h) for h in headers)])
    notes: list[str] = []
    if year is None and as_of is not None:
        year = as_of.year
    if year is None:
        named = when.report_year(dated)
        if named is None:
            raise UsageError(Problem("no year in the text: give it with --year", file=source))
        year, how = named
        if how:
            notes.append(how)
    if as_of is None:
        period = when.report_as_of(dated, year)
        if period is None:
            # A report that names a year and no part of it (a 统计公报, a year's 目标任务).
            as_of = dt.date(year, 12, 31)
            notes.append(f"as_of: the text names no part of {year}, so the whole year")
        else:
            as_of, words = period
            notes.append(f"as_of from “{words}”")
    # A first line that ends in a colon (a news service's dateline, 某某网讯:) leads into
    # what follows and is no title; nor is a line of no word (control characters, rules), nor
    # a line of the page's chrome (where the page sits on the site, when it was posted, a
    # picture's caption).
    lines = [line.strip() for line in text.split("\n") if any(c.isalnum() for c in line)]
    while lines and (lines[0][-1] in ":：" or _PAGE_CHROME.search(lines[0])):
        lines.pop(0)
    first = lines[0] if lines else ""
    title = first if 0 < len(first) <= 60 else Path(source).stem or "report"
    entity = (entity_of(title) if first == title else None) or names.main_place(text)
    # A zone's report that never names itself in full calls itself by its kind (高新区锚定…):
    # that word is the report's own place, as 全区 is.
    itself = () if entity else names.zone_alone(text)
    # 园区 is the report's own place, as 全区 is, unless the report is a county's or a city's
    # (全县…；园区规模工业增加值…: then the park is one part of it).
    if not _A_COUNTY_OR_CITY.search(text):
        itself += ("园区",)
    ctx = read.Context(year, as_of.month < 12, _entities(entity) + itself + names.places(text))
    ctx.as_of = as_of
    ctx.own = _entities(entity) + itself
    found: list[read.Found] = []
    unplaced: list[read.Unplaced] = []
    earlier: list[read.Found] = []  # the figures of the paragraph before
    for paragraph in text.split("\n"):
        ctx.said_before, ctx.named = ctx.named or ctx.said_before, []
        ctx.subject = ctx.things = ctx.place = ""  # a new paragraph is about what it names
        ctx.about = None
        before: list[read.Found] = []
        for sentence in read.sentences(paragraph):
            placed, seen = read.read_sentence(sentence, ctx)
            subject.plan_before(before, placed, earlier)
            before += placed
            found += placed
            unplaced += seen
            # A figure read in a role with no name printed for it: listed, not dropped.
            unplaced += [
                read.Unplaced(f.figure.printed, f.quote, "no name printed for it")
                for f in placed
                if not f.name
            ]
        ctx.parts_of = subject.parts_after(paragraph, ctx.subject, ctx.parts_of, before)
        earlier = before or earlier
    ours = set(_entities(entity) + itself)
    for f in table_found:
        if f.whole_of and ours.intersection(f.whole_of[1:]):
            # A county's report with the city's table of its counties: the 全市 row is the
            # city's, not the report's own figure.
            f.name = f"{f.name}({f.whole_of[0]})"
    found += table_found
    unplaced += table_unplaced
    if entity:
        for f in found:  # a place's report: its 国内生产总值 is its 地区生产总值
            f.name = names.of_region(f.name)
    drafts = [d for d in draft.assemble(found) if d.name]
    head = [
        f"# gxreport extract: {comment(source)} — a draft for review; every figure is as printed.",
        "# 原文: the sentence each indicator came from; 待核: a link the tool inferred.",
    ]
    head += [f"# 待核: {comment(n)}" for n in notes]
    head += ["", "[report]", f"title  = {string(title)}"]
    if entity:
        head.append(f"entity = {string(entity)}")
    head += [f"year   = {year}", f"as_of  = {as_of.isoformat()}", f"source = {string(source)}"]
    out = draft.write(drafts, unplaced, head, year, as_of)
    return out, [u.printed for u in unplaced]
