"""The tables of a report (found by importers.grids and read by import's header logic) as
figures of the draft: each with its row as 原文, its role from its column's header."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

from gxreport.importers.layout import norm
from gxreport.importers.numerals import zh_int
from gxreport.importers.text import names
from gxreport.importers.text.read import _RATE_STAGE, RATES, Found, Unplaced
from gxreport.importers.text.subject import in_table
from gxreport.importers.text.tokens import Figure, Kind
from gxreport.importers.words import CHANGE_IN_AMOUNT, MONTH_ALONE, MONTH_WORDS, column_role
from gxreport.stated import PERIOD_GOAL

if TYPE_CHECKING:
    from gxreport.importers.grids import Document, TableFigure, TextTable

# The roles of a table's columns that a draft holds.
ROLES = frozenset(
    {
        "actual",
        "target",
        "period_target",
        "stretch",
        "last_year",
        "completion",
        "yoy",
        "yoy_change",
        "share",
        "schedule_gap",
    }
)


def found_in(document: Document) -> tuple[str, list[Found], list[Unplaced], list[str]]:
    """The report's prose with its tables taken out, the figures the tables give, the numbers
    they hold in no role, and their headers (a period such as 1-6月 may stand only there). A
    table whose header names no column is said as sentences in the prose instead."""
    from gxreport.importers.grids import figures_of

    text = document.text
    found: list[Found] = []
    unplaced: list[Unplaced] = []
    headers: list[str] = []
    for table in sorted(document.tables, key=lambda t: t.start, reverse=True):
        figures = figures_of(table)
        if not any(f.role for f in figures):
            said = "\n".join("，".join(c for c in row if c) + "。" for row in table.rows)
            text = text[: table.start] + "\n\n" + said + "\n\n" + text[table.end :]
            continue
        text = text[: table.start] + "\n\n" + text[table.end :]
        headers += [" ".join(table.rows[0]), table.caption]
        got, missed = _as_found(table, _placed_again(figures))
        found[:0] = got
        unplaced[:0] = missed
    return text, found, unplaced, headers


def _as_found(table: TextTable, figures: list[TableFigure]) -> tuple[list[Found], list[Unplaced]]:
    found: list[Found] = []
    unplaced: list[Unplaced] = []
    by_row: dict[int, Found] = {}
    where = table.caption or f"表{table.number}"
    row_names = _row_names(figures)
    shifted = _shifted_rows(figures)
    # A month's own columns (3月, 当月 over 本期 | 同期 | 增减率%) are the month's figures of
    # the row, in the unit of its amount: an indicator of its own, name(当月).
    amounts = {f.row: f.unit for f in figures if f.role == "actual"}

    def name_of(f: TableFigure) -> str:
        named = names.standard(row_names.get(f.row, f.name))
        return in_table(in_table(named, f.group), table.caption)

    staged = _rates_of_counts(figures)
    for f in figures:
        month = f.role is None and f.why == MONTH_ALONE and f.row in amounts
        if month:
            role = _month_role(f.header)
            if role is None:
                month = False
            else:
                f = replace(f, role=role, unit=amounts[f.row])
        sentence = f"{where}：" + " | ".join(c for c in table.rows[f.row] if c)
        named, whole = name_of(f), ""
        if f.row in staged and f.role in ("actual", "yoy_change"):
            # 亏损面 after 亏损企业: the share of those firms in all the section counts.
            count, total = staged[f.row]
            named, whole = name_of(count), name_of(total) if total else ""
            f = replace(f, role="share", share_of="") if f.role == "actual" else f
        if f.role == "actual" and f.unit == "%" and (rate := _RATE_NAMED.fullmatch(named)):
            # 居民收入增长率 | % | 8.1, 服务业增加值占GDP比重 | % | 52.3: the row names its rate.
            named = rate["of"]
            role_named = "yoy" if rate["growth"] else "share"
            f = replace(f, role=role_named, share_of=rate["whole"] or "")
        named += f"({MONTH})" if month else ""
        name = f"{named}({f.entity})" if f.entity else named
        if f.role == "rank" and f.row in by_row:
            position = zh_int(re.sub(r"^第|[名位]$", "", f.value))
            if position:
                by_row[f.row].rank = (position, None, "", "")
                continue
        if f.row in shifted:
            why = SHIFTED
            unplaced.append(Unplaced(f.printed, f"{f.where}，{f.name}：{why}", why))
            continue
        if f.role not in ROLES:
            why = f.why or f"a {f.role} the draft does not hold"
            unplaced.append(Unplaced(f.printed, f"{f.where}，{f.name}：{why}", why))
            continue
        role = f.role or ""
        unit = "%" if role in RATES else f.unit
        text = f.printed
        if role in RATES:
            text += "" if text.endswith(("%", "百分点")) else "%"
            if role == "yoy":
                word = re.search(r"增长|下降|减少", f.header)
                text = (word.group() if word else "") + text
            elif role == "completion" and (goal := PERIOD_GOAL.search(norm(f.header))):
                text = f"完成{goal.group()}{text}"  # of the period's own target (check reads it)
            elif role in ("schedule_gap", "yoy_change") and not text.endswith("百分点"):
                text = text.removesuffix("%") + "个百分点"
        kind: Kind = "percent" if unit == "%" else "amount"
        figure = Figure(
            0, 0, f.printed + ("" if role in RATES else f.unit), f.value, "", unit, kind
        )
        one = Found(
            name, figure, role, text, sentence, "table", link="" if role == "actual" else "subject",
            whole=whole or names.standard(f.share_of), whole_of=f.whole_of,
        )  # fmt: skip
        if role not in RATES and not month:
            by_row.setdefault(f.row, one)
        found.append(one)
    return found, unplaced


# A row whose name is a rate of a measure (…增长率, …涨幅(CPI), …占GDP比重) printed in %.
_RATE_NAMED = re.compile(
    r"(?P<of>[\u4e00-\u9fffA-Za-z()（）]{2,}?)"
    r"(?:(?P<growth>增长率|增速|增幅|涨幅)|占(?P<whole>[\u4e00-\u9fffA-Za-z]{2,})的?比重)"
    r"(?:[(（][^()（）]*[)）])?"
)


def _rates_of_counts(
    figures: list[TableFigure],
) -> dict[int, tuple[TableFigure, TableFigure | None]]:
    """Rows that print a rate of a count at a stage (亏损面(%) after 亏损企业(个)): the row
    counting those at the stage, and the section's first count (企业个数), the whole."""
    out: dict[int, tuple[TableFigure, TableFigure | None]] = {}
    counts: list[TableFigure] = []
    for f in figures:
        if f.role != "actual":
            continue
        rate = _RATE_STAGE.fullmatch(f.name)  # 亏损面, 开工率: of those at the stage
        if rate and f.unit == "%":
            same = [c for c in counts if c.group == f.group]
            at = [c for c in same if re.search(rf"(?<![未不没]){rate[1]}", c.name)]
            rest = [c for c in same if c not in at]
            if at:
                out[f.row] = (at[-1], rest[0] if rest else None)
        elif f.unit in ("个", "家", "户", "项"):
            counts.append(f)
    return out


SHIFTED = "the row's cells do not stand in their columns: 本期 − 同期 is not its 增减额"


def _shifted_rows(figures: list[TableFigure]) -> set[int]:
    """Rows whose figures do not stand under their headers. A page's table scraped as text
    loses a row's empty cells, and the figures after the gap move left (国税征收 | 124 | 21 |
    -21 | -100.0, its 本期 blank); where the table prints the figure, last year's and their
    difference, a row whose three do not add up is such a row, and none of its figures is
    placed where they stand (``_placed_again`` puts back those only one way fits)."""
    rows: dict[int, dict[str, TableFigure]] = {}
    for f in figures:
        key = "change" if f.role is None and f.why == CHANGE_IN_AMOUNT else f.role
        if key in ("actual", "last_year", "change"):
            rows.setdefault(f.row, {}).setdefault(key, f)
    out: set[int] = set()
    for row, got in rows.items():
        if len(got) == 3:
            now, then, change = (Decimal(got[k].value) for k in ("actual", "last_year", "change"))
            if now - then != change:
                out.add(row)
    return out


def _placed_again(figures: list[TableFigure]) -> list[TableFigure]:
    """The figures with each row whose cells moved left (see ``_shifted_rows``) put back in
    the one way their arithmetic allows: the figures in their printed order, in columns such
    that each block (累计, 当月) holds now − then = change and change ÷ then = its rate, a
    blank now standing for none (21 | -21 | -100.0: none this year of last year's 21), a
    month only beside a year to date, and every figure either so checked or in its printed
    column (the 年度预算 before the gap). A row two ways allow, or none, stays listed."""
    shifted = _shifted_rows(figures)
    if not shifted:
        return figures
    columns: dict[int, tuple[str, str, TableFigure]] = {}
    for f in figures:
        if f.row in shifted or f.column in columns:
            continue
        key = _column_key(f)
        if key is not None:
            columns[f.column] = (*key, f)
    out = [f for f in figures if f.row not in shifted]
    for row in sorted(shifted):
        own = sorted((f for f in figures if f.row == row), key=lambda f: f.column)
        ways = [
            cols
            for cols in itertools.combinations(sorted(columns), len(own))
            if _adds_up(own, cols, columns)
        ]
        if len(ways) != 1:
            out += own
            continue
        named = next((f for f in own if f.role), own[0])
        for f, col in zip(own, ways[0], strict=True):
            template = columns[col][2]
            out.append(
                replace(
                    template, row=row, printed=f.printed, value=f.value, name=named.name,
                    group=named.group, part_of=named.part_of, entity=named.entity,
                )
            )  # fmt: skip
    return sorted(out, key=lambda f: (f.row, f.column))


def _column_key(f: TableFigure) -> tuple[str, str] | None:
    """A column's block (累计 or the month's) and what it holds, from a figure placed in it."""
    if f.role in ("target", "actual", "last_year", "yoy", "completion"):
        return "year", f.role
    if f.role is None and f.why == CHANGE_IN_AMOUNT:
        return "year", "change"
    if f.role is None and f.why == MONTH_ALONE:
        role = _month_role(f.header)
        if role is None and "增减额" in norm(f.header):
            role = "change"
        return ("month", role) if role else None
    return None


def _adds_up(
    own: list[TableFigure], cols: tuple[int, ...], columns: dict[int, tuple[str, str, TableFigure]]
) -> bool:
    """Whether the row's figures in these columns are each checked or where they were printed."""
    at: dict[tuple[str, str], Decimal] = {}
    for f, col in zip(own, cols, strict=True):
        block, what, _ = columns[col]
        at[block, what] = Decimal(f.value)
    checked: set[tuple[str, str]] = set()
    for block in ("year", "month"):
        now, then = at.get((block, "actual")), at.get((block, "last_year"))
        change, rate = at.get((block, "change")), at.get((block, "yoy"))
        if then is not None and change is not None:
            if (now if now is not None else Decimal(0)) - then != change:
                return False
            checked |= {(block, "last_year"), (block, "change"), (block, "actual")}
        if rate is not None:
            moved = change if change is not None else (now - then if now and then else None)
            if moved is None or not then:
                return False
            if not _rounds_to(moved / then * 100, rate):
                return False
            checked.add((block, "yoy"))
    to_date = {w for b, w in at if b == "year" and w not in ("target", "completion")}
    if any(block == "month" for block, _ in at) and not to_date:
        return False  # a month's figures with nothing of the year to date
    target, done, rate = (
        at.get(("year", "target")),
        at.get(("year", "actual")),
        at.get(("year", "completion")),
    )
    if rate is not None:
        if not target or done is None:
            return False
        if not _rounds_to(done / target * 100, rate):
            return False
        checked |= {("year", "completion"), ("year", "target")}
    return all(
        (columns[col][0], columns[col][1]) in checked or col == f.column
        for f, col in zip(own, cols, strict=True)
    )


def _rounds_to(exact: Decimal, printed: Decimal) -> bool:
    """Whether ``exact`` printed to ``printed``'s digits could read ``printed``."""
    places = printed.as_tuple().exponent
    return isinstance(places, int) and abs(exact - printed) <= Decimal(5).scaleb(places - 1)


# A share printed after a row's name (增值税50%, the part of the tax the place keeps): an aside
# of the name, not the name.
_SHARE_IN_NAME = re.compile(r"\s*[(（]?(\d+(?:\.\d+)?%)[)）]?$")


def _row_names(figures: list[TableFigure]) -> dict[int, str]:
    """Each row's name as the draft holds it, where the row's own printed name is not all of
    it. A name printed on several rows (国税征收 under 企业所得税, again under 个人所得税; 食品
    制造业 under 工业总产值, again under 工业销售产值), none of them a part the table says of,
    is of the row above it whose name is printed once: that row's part (企业所得税国税征收), or,
    where that row names a measure, the measure's part (食品制造业工业总产值). An industry
    under a group row naming a measure is that measure's (通用设备制造业 under 主要行业产值:
    通用设备制造业产值). A part of a whole of sales is its sales, of a whole of output its
    output (see ``subject.part_of_sales``, ``_OUTPUT``)."""
    from gxreport.importers.grids import industry
    from gxreport.importers.text.subject import part_of_sales, states_measure, trailing_measure

    printed: dict[int, TableFigure] = {}
    for f in figures:
        if f.entity or f.role is None:
            continue  # a number in no role keeps its row's name as printed (一、…)
        printed.setdefault(f.row, f)
    counts: dict[tuple[str, str], int] = {}  # by section: each repeats the rows it has
    for f in printed.values():
        counts[f.group, f.name] = counts.get((f.group, f.name), 0) + 1
    out: dict[int, str] = {}
    owner = owned = ""
    for row in sorted(printed):
        name, group = printed[row].name, printed[row].group
        if group != owned:
            owner, owned = "", group  # a section of its own (2、…构成): its rows are not parts
        bare = _SHARE_IN_NAME.sub("", name)
        share = _SHARE_IN_NAME.search(name)
        out[row] = name
        if counts[group, name] == 1:
            owner = _ASIDE.sub("", bare)
            if share and bare:
                out[row] = f"{bare}({share.group(1)})"
            elif group and industry(name) and trailing_measure(group):
                out[row] = name + trailing_measure(group)
            elif (whole := printed[row].part_of or "") and not states_measure(name):
                sales = part_of_sales(whole)
                if sales:
                    out[row] = name + sales
                elif _OUTPUT.search(_ASIDE.sub("", whole)):
                    out[row] = name + _ASIDE.sub("", whole)  # 其中:中央市属 under 工业总产值
        elif owner:
            out[row] = name + owner if states_measure(owner) else owner + name
    return out


_ASIDE = re.compile(r"[(（][^()（）]*[)）]$")  # 工业总产值(现价): the price it is taken at
# A whole of output (工业总产值, 规模以上工业增加值): a part of it that names no measure of its
# own (其中:中央市属) is that part's output, named with the whole (中央市属工业总产值).
_OUTPUT = re.compile(r"(?:总产值|产值|增加值)$")


MONTH = "当月"
_MONTH_HEAD = re.compile(rf"{MONTH_WORDS}|\d{{1,2}}月份?")


def _month_role(header: str) -> str | None:
    """The role of a month's own column (3月, 当月 over 本期 | 同期 | 增减率%, 比去年同月增长%):
    the month's figure, its base a year before, its growth; a change in amount has none."""
    rest = _MONTH_HEAD.sub("", header).strip()
    if not rest:
        return "actual"
    word = column_role(norm(rest))
    return word.role if word is not None and word.role in ("actual", "last_year", "yoy") else None
