"""A draft snapshot from a report's own text, for a person to review (DESIGN.md §8).

Rules, not a model: each clause's figures (a number and its unit, 万/亿 kept as printed) are
given the name that stands before them (or, for "14家涉水企业", after), a role from the words
around them (完成/实现 → actual; 目标/任务 → target; 力争…突破 → stretch; 完成率/完成年度目标的
→ completion; 同比增长/下降 → yoy; 占比 → share; 排名第一/居全市第三 → rank), and the sentence it
came from. Names carry across clauses (新签约项目22个,签约总额213.9亿元 → 新签约项目签约额;
制造业招商项目中,…签约11个); targets stated elsewhere are linked by name, marked 待核. It never
invents a figure: every number written is one the text prints, and what it cannot place is
listed.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from gxreport.errors import Problem, UsageError
from gxreport.importers.grids import Document, TableFigure, TextTable, figures_of
from gxreport.importers.tomltext import comment, string
from gxreport.periods import month_end
from gxreport.units import parse_unit

Role = Literal[
    "actual", "target", "stretch", "completion", "yoy", "share", "schedule_gap", "yoy_change"
]
# The words of a rate that are not its indicator's name (…年度目标完成率, 比一季度加快, 增长).
RATE_WORDS = re.compile(
    r"((年度目标)?(完成率|完成进度)|(完成|占)?(全年|年度)?(目标)?(任务)?的|同比.*|占比"
    r"|(比上年同期|比去年同期|较上年).*|增速|增幅|占.{0,12}的(比重|比例)|比重"
    r"|比.{1,6}(加快|回落|提高|下降|收窄|扩大)|(超|低于|落后|欠|快于|慢于|高于)(序时|时间)?进度"
    r"|增长|下降|增|降)$"
)
RATES: tuple[Role, ...] = ("completion", "yoy", "share", "schedule_gap", "yoy_change")

# Traditional characters common in statistical reports, to simplified (measured on the
# vocabulary of the shipped examples: enough for a report's figures and their names).
_TRAD = str.maketrans(
    "億萬個項實現進標單計劃場點總資設務經濟發開與為數較時間過達頭號簽約額帶級環區產業長"
    "廣東濱縣財稅貿營銷負責規劃構建築園務員會議議論較彙匯層應對變將幣證監導稱積極"
    "規範質檢測調查統衛態勢險淨額兩門買賣費貨運輸電車輛營運養錄續預計劃劃達標準線",
    "亿万个项实现进标单计划场点总资设务经济发开与为数较时间过达头号签约额带级环区产业长"
    "广东滨县财税贸营销负责规划构建筑园务员会议议论较汇汇层应对变将币证监导称积极"
    "规范质检测调查统卫态势险净额两门买卖费货运输电车辆营运养录续预计划划达标准线",
)
UNITS = (
    "个百分点 百分点 万平方米 平方公里 平方米 亿美元 万美元 亿元 万元 元 人次 批次 万吨 "
    "吨 公里 千米 "
    "个 户 家 项 件 次 人 天 场 处 条 批 座 所 台 套 辆 名 位 例 宗 起 份 栋 篇 本 期 届 支 "
    "床 %"
).split()
_UNIT = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
_FIGURE = re.compile(
    rf"(?P<sign>[+-])?(?P<num>\d+(?:\.\d+)?)(?P<mag>万亿|亿|万|千)?(?P<qual>余|多)?"
    rf"(?P<unit>{_UNIT})?"
)
COMPOUND = frozenset({"亿元", "万元", "万平方米", "万美元", "亿美元", "万吨", "万人次", "万人"})
_NOT_A_FIGURE = re.compile(r"^(年|月份?|日|号|季度|个月|时|岁|周年|类|\+|-\d)")
_AFTER_NAME = re.compile(r"^(以上|以下|（含|\(含)")
# Words that lead into a figure but are not its name.
_LEADS = (
    "全年力争",
    "力争",
    "要完成全年",
    "要完成",
    "今年以来",
    "今年上半年",
    "上半年",
    "今年",
    "全年",
    "截至目前",
    "特别是",
    "其中",
    "共计",
    "累计完成",
    "完成了",
    "实现了",
    "开展了",
    "全县",
    "全省",
    "全镇",
    "实现",
    "完成",
    "郑州高新区",
    "高新区",
    "城区",
    "全区",
    "全市",
    "在重点招商指标上",
    "在主要招商指标中",
    "主要招商指标中",
    "主要指标中",
    "共",
    "达到",
    "达",
    "为",
    "是",
    "了",
)
_TAILS = ("达到", "达", "为", "是", "完成", "实现", "突破", "增长", "共", "累计", "高新区", "全区")
_PLAN = re.compile(r"(力争|确保|要|将|计划|推动|推进|加快|尽快|谋划|争取|预计|启动)")
_TARGET_CUE = re.compile(r"(目标任务为|目标为|任务为|目标|计划|任务)")
_RANK = re.compile(
    # 四个开发区中排名第一, 全市排名第四 … or 居全省第三, 位居全市第一.
    r"(?:(?P<of>[一二三四五六七八九十两\d]+)个(?P<among1>[^\d，,。；;排居位中]{1,6})中?"
    r"|(?P<among2>全市|全省|全区|全国))[^，,。；;]{0,6}?(?:排名|居|位居|位列|列)第"
    r"(?P<pos>[一二三四五六七八九十\d]+)"
    r"|(?:居|位居|位列)(?P<among3>全市|全省|全区|全国)第(?P<pos3>[一二三四五六七八九十\d]+)"
)
_ZH = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}
_AS_OF = re.compile(r"截至(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
_YEAR = re.compile(r"((?:19|20)\d{2})年")
_PERIOD = re.compile(
    r"(上半年|一季度|前三季度|1-(\d{1,2})月|1—(\d{1,2})月|截至(\d{1,2})月(?:底|末))"
)


def zh_int(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_ZH.get(tens, 1) if tens else 1) * 10 + (_ZH.get(ones, 0) if ones else 0)
    return _ZH.get(text)


@dataclass
class Found:
    """One figure as printed, with what the text says of it."""

    name: str
    text: str  # the figure exactly as printed: "1.57万户"
    value: str  # for the snapshot: "1.57万" or 213.9
    unit: str
    role: Role
    sentence: str
    as_of: dt.date | None = None
    review: list[str] = field(default_factory=list)
    rank: tuple[int, int | None, str] | None = None


# ── reading the text ─────────────────────────────────────────────────────────


def read_text(path: Path) -> str:
    """A report's text as it stands, tables included (their figures are read by
    ``read_report``)."""
    return read_report(path).text


def read_report(path: Path) -> Document:
    """A report's text and its tables: .txt/.md (tables found in the text), .docx, .pdf."""
    from gxreport.importers import grids

    suffix = path.suffix.lower()
    if suffix == ".docx":
        return grids.read_docx(path)
    if suffix == ".pdf":
        return grids.read_pdf(path)
    if suffix not in (".txt", ".md", ".markdown", ""):
        raise UsageError(Problem("extract reads .txt, .md, .docx and .pdf reports", file=str(path)))
    from gxreport.errors import printable
    from gxreport.inputs import read_input
    from gxreport.load import decode

    text = decode(read_input(path), printable(str(path)))[0].replace("\r\n", "\n")
    return grids.Document(text, grids.tables_in_text(text))


def normalise(text: str) -> str:
    """NFKC (full-width digits and punctuation), traditional to simplified, and paragraphs a
    page break cut in two (引进省外资金完成 / 率为54%) joined again."""
    text = unicodedata.normalize("NFKC", text).translate(_TRAD)
    text = tables_as_sentences(text.replace("\r", ""))
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n|\n", text) if p.strip()]
    joined: list[str] = []
    for p in paragraphs:
        p = re.sub(r"^[#>*\-\s]+", "", p)  # Markdown marks
        p = re.sub(r"\s*记者\s.*$", "", p) if re.search(r"记者\s+\S+", p) else p  # a byline
        # A page break cuts a sentence: the first part has no end, the second reads on as
        # prose (a clause, an end); a short unpunctuated line is a headline, not a half.
        broken = joined and not re.search(r"[。！？!?；;：:”\"）)】」]$", joined[-1])
        reads_on = re.match(r"[\u4e00-\u9fff%]", p) and re.search(r"[，,。；;]", p)
        if broken and reads_on and len(joined[-1]) > 30:
            joined[-1] += p
        else:
            joined.append(p)
    return "\n".join(joined)


def tables_as_sentences(text: str) -> str:
    """A table in the text (Markdown pipes, or a Word table's rows) said as sentences, one a
    row, in the words the rest of extract reads: 地区生产总值312.6亿元，同比增长4.8%。
    The columns are recognised by the same header names a spreadsheet's are."""
    from gxreport.importers.sheet import _UNIT_IN_HEADER, role_of

    out: list[str] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if not lines[i].lstrip().startswith("|"):
            out.append(lines[i])
            i += 1
            continue
        block = []
        while i < len(lines) and lines[i].lstrip().startswith("|"):
            cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
            if not all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c):
                block.append(cells)
            i += 1
        out += _table_sentences(block, role_of, _UNIT_IN_HEADER)
    return "\n".join(out)


def _table_sentences(
    block: list[list[str]], role_of: object, unit_re: re.Pattern[str]
) -> list[str]:
    if len(block) < 2:
        return [" ".join(c for row in block for c in row)]
    header = block[0]
    roles = [role_of(h) for h in header]  # type: ignore[operator]
    if "name" not in roles:
        return ["，".join(row) + "。" for row in block]
    name_at = roles.index("name")
    said = []
    for row in block[1:]:
        name = row[name_at] if name_at < len(row) else ""
        unit_match = unit_re.search(name)
        unit = unit_match.group(1) if unit_match else ""
        name = unit_re.sub("", name).strip()
        if "unit" in roles and roles.index("unit") < len(row):
            unit = row[roles.index("unit")] or unit
        clauses = []
        for head, role, cell in zip(header, roles, row, strict=False):
            if role in (None, "name", "unit") or not re.fullmatch(r"[+-]?\d+(\.\d+)?", cell):
                continue
            column_unit = unit_re.search(head)
            u = column_unit.group(1) if column_unit and role == "actual" else unit
            if role == "actual":
                clauses.append(f"{name}{cell}{u}")
            elif role == "target":
                clauses.append(f"全年目标为{cell}{u}")
            elif role == "stretch":
                clauses.append(f"力争突破{cell}{u}")
            elif role == "last_year":
                continue  # a base: the rate beside it is what a report states
            elif role == "yoy":
                clauses.append(f"同比增长{cell}%")
            elif role == "completion":
                clauses.append(f"完成年度目标的{cell}%")
        if clauses:
            said.append("，".join(clauses) + "。")
    return said


def sentences(text: str) -> list[str]:
    out = []
    for paragraph in text.split("\n"):
        for s in re.split(r"(?<=[。！？!?])", paragraph):
            s = s.strip().strip('“”"')
            if s:
                out.append(s)
    return out


def _clean_name(name: str) -> str:
    name = name.strip(' ，,、：:；;“”"（）()')
    name = name.split()[-1] if name.split() else ""  # a headline's last phrase
    name = re.split(r"(?:目标任务[为是]|任务[为是]|目标[为是]|主要有)", name)[-1]
    if name in _LEADS:
        return ""
    changed = True
    while changed:
        changed = False
        for lead in _LEADS:
            if name.startswith(lead) and len(name) > len(lead):
                name, changed = name[len(lead) :], True
        for tail in _TAILS:
            if name.endswith(tail) and len(name) > len(tail):
                name, changed = name[: -len(tail)], True
        name = name.strip(' ，,、：:；;“”"（）()')
    return name


# ── finding figures ──────────────────────────────────────────────────────────


def _role(before: str, clause: str, sentence: str, unit: str) -> Role | None:
    """What a figure is, from the words just before it and its clause."""
    near = before[-12:]
    if re.search(
        r"(完成率|(完成|占)(全年|年度)?(目标)?(任务)?的|目标完成率|完成进度)(为|达到|达)?$",
        near,
    ):
        return "completion"
    if re.search(r"(高于|低于|快于|慢于)(全市|全省|全国|全区)(平均水平)?$", near):
        return None  # a comparison with another place's rate: not this indicator's figure
    if re.search(r"(同比|比上年同期|比去年同期|较上年)(增长|下降|减少|提高)(了)?$", near):
        return "yoy"
    if re.search(r"(增速|增幅)(为|达到|达)?$", near) and unit == "%":
        return "yoy"
    if re.fullmatch(r"\s*(增长|下降|增|降)", before):
        return "yoy"  # 第二产业增加值230682亿元，增长4.3%: the figure just named, 同比
    if unit in ("个百分点", "百分点") and re.search(
        r"比(一季度|上季度|上月|一季|上年|去年|1-\d+月|1—\d+月)[^，,]{0,4}?"
        r"(加快|回落|提高|下降|收窄|扩大)$",
        near,
    ):
        return "yoy_change"
    if re.search(r"(占比|比重|占[^，,]{0,12}的比例)(为|达)?$", near) and unit == "%":
        return "share"
    if re.search(r"(超|低于|落后|高于|欠|快于|慢于)(序时|时间)?进度$", near):
        return "schedule_gap"
    if "力争" in sentence[: sentence.find(clause) + len(before) + 1] and near.endswith(
        ("突破", "超过", "达到")
    ):
        return "stretch"
    if re.search(r"(目标|任务)(任务)?[为是]", before):
        return "target"  # 全年目标任务是完成招商引资300亿元
    if (
        _TARGET_CUE.search(sentence)
        and re.search(r"(目标任务为|目标为|任务为|达到|目标|全年)[^，,。]*$", before)
        and not re.search(r"(完成|实现)[^，,]*$", before[-6:])
        and ("目标" in sentence or "任务" in sentence)
    ):
        return "target"
    lead_in = clause[: clause.find(before) + len(before)] if before else clause[:0]
    if _PLAN.search(lead_in) and not re.search(r"(完成|实现|新增|累计|达到)", lead_in):
        return None  # a plan (加快推进2个…, 力争…), not a result
    return "actual"


def find_figures(text: str) -> tuple[list[Found], list[str]]:
    """Every figure of every clause, and those seen but not placed."""
    found: list[Found] = []
    unplaced: list[str] = []
    for sentence in sentences(text):
        as_of_match = _AS_OF.search(sentence)
        subject = ""  # the name carried across clauses
        subject_event = ""  # 世界传感器大会: what the 力争 figures of this sentence are of
        context = ""  # 制造业招商项目中, … : what the clauses after it are about
        # 目标任务为A；B；C: the figures after such a cue are targets, those before it are not.
        cue = re.search(r"(目标任务为|的目标|目标为|任务为)", sentence)
        targets_from = cue.start() if cue else len(sentence) + 1
        for clause in re.split(r"[，,；;]", sentence):
            head = re.match(r"^(?P<ctx>[^\d，,]{2,14}?)中(?=[^\d]*\d|$)", clause)
            if head and ("项目" in head.group("ctx") or "指标" in head.group("ctx")):
                context = _clean_name(head.group("ctx"))
            rank = _RANK.search(clause)
            pos = 0
            for m in _FIGURE.finditer(clause):
                if m.start() < pos:
                    continue
                rest = clause[m.end() :]
                before = clause[pos : m.start()]
                unit = m.group("unit") or ""
                # A date, a duration or an ordinal is no figure; nor is a bare number, unless
                # it is an index (空气质量综合指数4.75).
                if _NOT_A_FIGURE.match(rest) or (not unit and not re.search(r"指数$", before)):
                    continue
                if unit == "个" and rest.startswith("月"):
                    continue
                if _AFTER_NAME.match(rest):
                    continue  # "1亿元(含1亿)以上制造业项目": part of a name
                mag = m.group("mag") or ""
                printed = (
                    (m.group("sign") or "") + m.group("num") + mag + (m.group("qual") or "") + unit
                )
                if mag + unit in COMPOUND:
                    unit, mag = mag + unit, ""  # 213.9亿元: the unit is 亿元
                shown = (m.group("sign") or "") + m.group("num") + mag
                role = _role(before, clause, sentence, unit)
                after_cue = sentence.find(clause) + m.start() > targets_from
                if after_cue and role == "actual" and "完成" not in before[-4:]:
                    role = "target"
                name = _clean_name(before)
                if re.search(r"(对|向|给|把)$", before) or name in _LEADS:
                    name = ""
                after = re.match(r"^([\u4e00-\u9fffA-Za-z]{2,10}?)(?:和|与|的|，|,|$|\d)", rest)
                if (not name or len(name) < 2) and after:
                    name = _clean_name(after.group(1))
                if re.match(r"的(目标|任务)", rest):
                    role = "target"  # 完成全年…1.57万户、…30%的目标
                elif rest.startswith("的"):
                    role = None  # 总投资30亿元的…项目: a figure of a modifier
                if role is None:
                    unplaced.append(f"{printed}（{sentence}）")
                    pos = m.end()
                    continue
                if name in ("签约总额", "签约金额", "总额", "金额", "签约额") and (
                    subject or context
                ):
                    base = context or subject
                    name = (
                        base.removesuffix("项目") if base.endswith("项目") and context else base
                    ) + "签约额"
                    if context:
                        name = context.removesuffix("招商项目") + "项目签约额"
                elif name in ("签约", "上半年签约") and context:
                    name = context.removesuffix("招商项目") + "项目"
                elif not name and subject:
                    name = subject
                if role == "share" and unit == "%" and not re.search(r"占.{1,12}的", before):
                    role = "actual"  # 战略性新兴产业项目占比87.2%: a rate that is itself the figure
                    name = name if name.endswith(("占比", "比重")) else name + "占比"
                if "力争" in name:  # 世界传感器大会力争总签约金额: the event, then the figure
                    event, _, metric = name.partition("力争")
                    name, subject_event = event + metric, event
                elif role == "stretch" and subject_event and not name.startswith(subject_event):
                    name = subject_event + name
                if role in RATES or not name:
                    # A rate is about the indicator just named (or carried).
                    own = re.sub(r"(为|达到|达|是)$", "", before.strip(" ，,"))
                    name = _clean_name(re.sub(RATE_WORDS, "", own)) or subject
                review = []
                if m.group("qual") or re.search(r"(近|超过|突破|以上)$", before):
                    review.append(
                        f"“{printed}” is qualified (近/超过/余/以上): an approximate figure"
                    )
                if role in ("yoy", "schedule_gap", "yoy_change"):
                    # The direction is part of the figure: 下降2.27%, 低于序时进度4.52个百分点.
                    words = re.search(
                        r"(增长|下降|减少|提高|降低|加快|回落|收窄|扩大|超序时进度|低于序时进度|欠进度|超进度"
                        r"|快于序时进度|慢于序时进度|超|低于|落后|欠|快于|慢于)"
                        r"[^，,\d]{0,6}$",
                        before,
                    )
                    if words:
                        printed = words.group(0) + printed
                f = Found(
                    name=name,
                    text=printed,
                    value=shown,
                    unit=unit
                    if unit != "%" or role not in ("completion", "yoy", "share", "schedule_gap")
                    else "%",
                    role=role,
                    sentence=sentence,
                    as_of=None,
                    review=review,
                )
                if as_of_match:
                    f.as_of = dt.date(
                        2000, int(as_of_match.group("m")), int(as_of_match.group("d"))
                    )
                if rank and rank.start() >= m.start():
                    f.rank = _rank_of(rank)
                    rank = None
                found.append(f)
                if role in ("actual", "target", "stretch") and name:
                    subject = name
                pos = m.end()
            if rank is not None and found and found[-1].sentence == sentence:
                found[-1].rank = found[-1].rank or _rank_of(rank)
    return found, unplaced


def _rank_of(match: re.Match[str]) -> tuple[int, int | None, str]:
    position = zh_int(match.group("pos") or match.group("pos3")) or 0
    of = zh_int(match.group("of")) if match.group("of") else None
    among = match.group("among1") or match.group("among2") or match.group("among3") or ""
    among = among.removesuffix("中")
    return position, of, among


# ── from figures to indicators ───────────────────────────────────────────────


@dataclass
class Draft:
    name: str
    unit: str
    figures: dict[Role, Found] = field(default_factory=dict)
    rank: tuple[int, int | None, str] | None = None
    sentences: list[str] = field(default_factory=list)
    as_of: dt.date | None = None
    review: list[str] = field(default_factory=list)


def _core(name: str) -> str:
    """A name without what does not name it: brackets, numbers, 总/金 before 额."""
    name = re.sub(r"[（(][^）)]*[）)]|\d+(\.\d+)?", "", name)
    return name.replace("总额", "额").replace("金额", "额")


def _similar(a: str, b: str) -> float:
    """How alike two names are: the characters they share over the shorter one's, less when
    one is much longer (制造业项目 ~ 签约1亿元以上制造业项目数; 新签约项目 ≁ 大会项目签约个数)."""
    a, b = _core(a), _core(b)
    if not a or not b:
        return 0.0
    common = sum(min(a.count(ch), b.count(ch)) for ch in set(a))
    return common / min(len(a), len(b)) * min(1.0, 2 * min(len(a), len(b)) / max(len(a), len(b)))


def assemble(found: list[Found]) -> list[Draft]:
    drafts: list[Draft] = []

    def match(f: Found, roles: tuple[Role, ...], threshold: float) -> Draft | None:
        best, score = None, threshold
        for d in drafts:
            if any(r in d.figures for r in roles):
                continue
            if f.unit and d.unit and f.role not in ("completion", "yoy", "share", "schedule_gap"):
                if parse_unit(f.unit).base != parse_unit(d.unit).base and f.unit != d.unit:
                    continue
            s = 1.0 if f.name == d.name else _similar(f.name, d.name)
            if s > score or (s == score and best is not None and d is drafts[-1]):
                best, score = d, s
        return best

    for f in found:
        if f.role in RATES:
            target = next((d for d in reversed(drafts) if d.name == f.name), None)
            if target is None:
                target = match(f, (f.role,), 0.7)
            if target is None:
                target = Draft(f.name, "")
                drafts.append(target)
        else:
            same = next(
                (
                    d
                    for d in drafts
                    if f.role in d.figures
                    and d.figures[f.role].value == f.value
                    and (
                        _similar(d.name, f.name) >= 0.5
                        or d.name.endswith(f.name)
                        or f.name.endswith(d.name)
                    )
                ),
                None,
            )
            if same is not None:  # the same figure said again (a headline and its paragraph)
                same.sentences.append(f.sentence)
                continue
            target = None
            if f.role in ("target", "stretch"):
                target = match(f, (f.role,), 0.7)
                if target is not None and target.name != f.name:
                    f.review.append(f"{f.role} linked by name: “{f.name}” → “{target.name}”")
            else:
                target = next(
                    (d for d in drafts if d.name == f.name and "actual" not in d.figures), None
                )
            if target is None:
                target = Draft(f.name, f.unit)
                drafts.append(target)
        target.figures.setdefault(f.role, f)
        if (
            f.unit
            and not target.unit
            and f.role not in ("completion", "yoy", "share", "schedule_gap")
        ):
            target.unit = f.unit
        if f.rank and target.rank is None:
            target.rank = f.rank
        if f.as_of and target.as_of is None:
            target.as_of = f.as_of
        target.sentences.append(f.sentence)
        target.review += f.review
    return drafts


# ── the snapshot ─────────────────────────────────────────────────────────────


def _period(text: str, year: int | None, as_of: dt.date | None) -> tuple[int, dt.date, list[str]]:
    notes = []
    if year is None:
        years = [int(y) for y in _YEAR.findall(text)]
        year = max(set(years), key=years.count) if years else None
    if year is None:
        raise UsageError("no year in the text: give it with --year")
    if as_of is None:
        m = _PERIOD.search(text)
        if m:
            month = {"上半年": 6, "一季度": 3, "前三季度": 9}.get(m.group(1)) or int(
                m.group(2) or m.group(3) or m.group(4)
            )
            as_of = month_end(year, month)
            notes.append(f"as_of from “{m.group(1)}”")
        else:
            raise UsageError("no period in the text (上半年, 1-6月, 截至…): give it with --as-of")
    return year, as_of, notes


def _table_found(
    document: Document,
) -> tuple[str, list[Found], list[str], list[str]]:
    """The report's prose with its tables taken out, the figures the tables give (read by
    import's header logic), the numbers they hold in no role, and their headers (a period
    such as 1-6月 may stand only there). A table whose header names no column is said as
    sentences in the prose instead, for the prose reading."""
    text = document.text
    found: list[Found] = []
    unplaced: list[str] = []
    headers: list[str] = []
    for table in sorted(document.tables, key=lambda t: t.start, reverse=True):
        figures = figures_of(table)
        if not any(f.role for f in figures):
            said = "\n".join("，".join(c for c in row if c) + "。" for row in table.rows)
            text = text[: table.start] + "\n\n" + said + "\n\n" + text[table.end :]
            continue
        text = text[: table.start] + "\n\n" + text[table.end :]
        headers += [" ".join(table.rows[0]), table.caption]
        got, missed = _as_found(table, figures)
        found[:0] = got
        unplaced[:0] = missed
    return text, found, unplaced, headers


_FOUND_ROLES: dict[str, Role] = {
    "actual": "actual",
    "target": "target",
    "stretch": "stretch",
    "completion": "completion",
    "yoy": "yoy",
    "share": "share",
    "schedule_gap": "schedule_gap",
}


def _as_found(table: TextTable, figures: list[TableFigure]) -> tuple[list[Found], list[str]]:
    """A table's figures as the prose reader's: each with its row for 原文."""
    found: list[Found] = []
    unplaced: list[str] = []
    by_row: dict[int, Found] = {}
    where = table.caption or f"表{table.number}"
    for f in figures:
        row = " | ".join(c for c in table.rows[f.row] if c)
        sentence = f"{where}：{row}"
        role = _FOUND_ROLES.get(f.role or "")
        if f.role == "rank" and f.row in by_row:
            position = zh_int(f.value.removeprefix("第").removesuffix("名").removesuffix("位"))
            if position:
                by_row[f.row].rank = (position, None, "")
                continue
        if role is None:
            why = f.why or f"a {f.role} gxreport's draft does not hold yet"
            unplaced.append(f"{f.printed}（{f.where}，{f.name}：{why}）")
            continue
        printed = f.printed
        if role in ("completion", "yoy", "share") and not printed.endswith("%"):
            printed += "%"
        if role == "yoy":
            word = re.search(r"(增长|下降|减少)", f.header)
            printed = (word.group(1) if word else "") + printed
        elif role == "schedule_gap" and not printed.endswith(("%", "百分点")):
            printed += "个百分点"
        elif role not in RATES:
            printed += f.unit
        one = Found(f.name, printed, f.value, f.unit, role, sentence)
        if role not in RATES:
            by_row.setdefault(f.row, one)
        found.append(one)
    return found, unplaced


def extract(
    path: Path, year: int | None = None, as_of: dt.date | None = None
) -> tuple[str, list[str]]:
    prose, table_found, table_unplaced, headers = _table_found(read_report(path))
    text = normalise(prose)
    year, as_of, period_notes = _period(
        "\n".join([text, *(unicodedata.normalize("NFKC", h) for h in headers)]), year, as_of
    )
    found, unplaced = find_figures(text)
    found += table_found
    unplaced += table_unplaced
    drafts = [d for d in assemble(found) if d.name]
    out = [
        f"# gxreport extract: {comment(str(path))} — a draft for review;"
        " every figure is as printed.",
        "# 原文: the sentence each indicator came from; 待核: a link the tool inferred.",
    ]
    out += [f"# 待核: {n}" for n in period_notes]
    first = text.split("\n", 1)[0].strip()
    title = first if 0 < len(first) <= 60 else path.stem
    out += [
        "",
        "[report]",
        f"title  = {string(title)}",
        f"year   = {year}",
        f"as_of  = {as_of.isoformat()}",
        f"source = {string(str(path))}",
    ]
    ids: dict[str, int] = {}
    for d in drafts:
        base = re.sub(r"[\s\"'\\（）()、，,：:]+", "", d.name)[:40] or "indicator"
        ids[base] = ids.get(base, 0) + 1
        ident = base if ids[base] == 1 else f"{base}-{ids[base]}"
        out += [""]
        for s in dict.fromkeys(d.sentences):
            out.append(f"# 原文: {comment(s)}")
        out += [f"# 待核: {comment(r)}" for r in dict.fromkeys(d.review)]
        out += ["[[indicator]]", f"id   = {string(ident)}", f"name = {string(d.name)}"]
        unit = d.unit
        if unit:
            out.append(f"unit = {string(unit)}")
        if unit == "%":
            out.append('kind = "level"')
        if d.as_of is not None:
            out.append(f"as_of = {dt.date(year, d.as_of.month, d.as_of.day).isoformat()}")
        for role in ("actual", "target", "stretch"):
            f = d.figures.get(role)
            if f is not None:
                value = f.value
                if value.replace(".", "").lstrip("+-").isdigit() and not re.search(
                    "[万亿千]", value
                ):
                    out.append(f"{role} = {value}  # {comment(f.text)}")
                else:
                    out.append(f"{role} = {string(value)}  # {comment(f.text)}")
        stated = [(r, d.figures[r]) for r in RATES if r in d.figures]
        if stated:
            out.append("[indicator.stated]")
            for role, f in stated:
                out.append(f"{role} = {string(f.text)}")
        if d.rank is not None:
            position, of, among = d.rank
            out += ["[indicator.rank]", f"position = {position}"]
            if of:
                out.append(f"of = {of}")
            if among:
                out.append(f"among = {string(among)}")
    if unplaced:
        out += ["", "# Figures seen but not placed (plans, qualifiers, figures of a modifier):"]
        out += [f"#   {comment(u)}" for u in dict.fromkeys(unplaced)]
    return "\n".join(out) + "\n", unplaced
