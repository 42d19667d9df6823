"""Where a line of a document may break: how wide a text is in its font, the pieces nothing
may break inside (a figure with its sign and %), and names folded into even lines at the
places a name may fold — never one character alone, never inside a word of the names'
vocabulary below (规模以上, 零售, 增加值 …), never inside a figure."""

from __future__ import annotations

import re
from functools import lru_cache

# How wide a character is, in ems of its font. 仿宋_GB2312 and the other GB2312 faces set
# Latin letters and digits at half an em; where such a face is missing, the one that
# stands in is wider (LibreOffice sets Latin text in DejaVu Sans: a digit 0.64 em, % 0.95).
# The widths below are DejaVu Sans's, the widest of them, so that a figure measured here
# fits in any of them. A CJK character, or one East Asian text sets full width (— “ ”),
# is one em.
_LATIN = {
    **dict.fromkeys("0123456789$_`*{}", 0.64),
    **dict.fromkeys("+−×=<>#^~", 0.84),
    **dict.fromkeys(r".,:;|'/\ ilIjJ!", 0.34),
    **dict.fromkeys("()[]-ftr", 0.41),
    **dict.fromkeys("%mwMW@&", 1.0),
    "‰": 1.35,
}


def em_width(text: str) -> float:
    """``text``'s width in ems of its font (see ``_LATIN``)."""
    import unicodedata

    return sum(
        1.0
        if unicodedata.east_asian_width(ch) in "WFA"
        else _LATIN.get(ch, 0.79 if ch.isupper() else 0.64)
        for ch in text
    )


# A figure and what sticks to it: sign, digits, decimal point, % and the like. Nothing
# inside one may be broken across lines.
_ATOM = re.compile(
    r"[+\-−]?\d[\d.,]*(?:[%‰×*]|个百分点|[年月日]|[万亿]?元|[万亿])?"  # 57.65%, 2022年, 1亿元
    r"|[A-Za-z][\w.\-]*"  # a Latin word (PM2.5)
    r"|\S"  # any other character
)
# A cell that is a figure as a whole (with a short unit or mark): kept on one line.
_FIGURE_CELL = re.compile(r"^.{0,2}?[+\-−]?\d[\d.,]*\s?[^\s\d]{0,4}$|^[—–-]$")


def atoms(text: str) -> list[str]:
    """``text`` as the pieces a line may break between: each CJK character, each figure
    (sign, digits and its % together), each Latin word."""
    return _ATOM.findall(text)


def whole(text: str) -> bool:
    return bool(_FIGURE_CELL.match(text))


# Where a name may fold: after these (、 and closing brackets, the conjunctions 和 及 与 并,
# 的), or before an opening bracket; a Latin name at its spaces.
_AFTER = set("、，：）)》”和及与并的")
_BEFORE = set("（(《“")
# 禁则: a line never ends with an opening bracket nor starts with a closing one or a comma.
_NEVER_LAST = set("（(《“‘[")
_NEVER_FIRST = set("）)》”’]、，。；：！？,.;:!?%")


# Widths are sums of the table above; this much is the error of adding them, not room.
_SLACK = 1e-9


def fold(text: str, room: float, lines_at_most: int = 6) -> list[str]:
    """``text`` in lines no wider than ``room`` ems, as few as it takes and as even as they
    can be, each break where a name may fold if one is near; never one character alone on
    a line, never inside a figure."""
    pieces = atoms(text) if " " not in text else re.findall(r"\S+\s*", text)
    widths = [em_width(p) for p in pieces]
    total = sum(widths)
    if total <= room + _SLACK or len(pieces) < 2:
        return [text]
    lines = max(2, -int(-total // room))
    while lines <= lines_at_most and lines < len(pieces):
        out = _balanced(pieces, widths, lines, room)
        if out is not None:
            # One line more, if that keeps the words whole where the fewest lines cannot.
            more = _balanced(pieces, widths, lines + 1, room) if lines < lines_at_most else None
            if more is not None and _split_words(out) and not _split_words(more):
                return more
            return out
        lines += 1
    # Too narrow to be even: full lines, as a typesetter would fill them.
    out, line, used = [], "", 0.0
    for piece, w in zip(pieces, widths, strict=True):
        if line and used + w > room:
            out.append(line)
            line, used = "", 0.0
        line, used = line + piece, used + w
    return [*out, line]


def _split_words(lines: list[str]) -> int:
    """How many of the breaks between ``lines`` fall inside a word."""
    inside = inside_words("".join(lines))
    at, count = 0, 0
    for line in lines[:-1]:
        at += len(line)
        count += at in inside
    return count


def _balanced(pieces: list[str], widths: list[float], lines: int, room: float) -> list[str] | None:
    """``pieces`` cut into ``lines`` lines, each within ``room`` and none a lone character,
    as even as they can be, a cut inside a word costing and a cut where a name may fold
    gaining (least total cost, over every way to cut); None when there is no such way."""
    n = len(pieces)
    inside = inside_words("".join(pieces))
    starts = [0.0]
    offsets = [0]
    for piece, w in zip(pieces, widths, strict=True):
        starts.append(starts[-1] + w)
        offsets.append(offsets[-1] + len(piece))
    goal = starts[-1] / lines
    inf = float("inf")

    def cut_cost(i: int) -> float:
        """A line ending before piece ``i``."""
        if i == n:
            return 0.0
        before, after = pieces[i - 1], pieces[i]
        if before[-1:] in _NEVER_LAST or after[:1] in _NEVER_FIRST:
            return inf
        if before[-1:] in _AFTER or after[:1] in _BEFORE or before.endswith(" "):
            return -2.0
        return 4.0 if offsets[i] in inside else 0.0

    # best[k][i]: the least cost of pieces[:i] in k lines; back[k][i]: where line k starts.
    best = [[inf] * (n + 1) for _ in range(lines + 1)]
    back = [[0] * (n + 1) for _ in range(lines + 1)]
    best[0][0] = 0.0
    for k in range(1, lines + 1):
        for i in range(1, n + 1):
            for j in range(i - 1, -1, -1):
                width = starts[i] - starts[j]
                if width > room + _SLACK:
                    break
                if best[k - 1][j] == inf or offsets[i] - offsets[j] < 2:  # a lone character
                    continue
                cost = best[k - 1][j] + (width - goal) ** 2 + cut_cost(i)
                if cost == inf:
                    break
                if cost < best[k][i]:
                    best[k][i], back[k][i] = cost, j
    if best[lines][n] == inf:
        return None
    bounds = [n]
    for k in range(lines, 0, -1):
        bounds.append(back[k][bounds[-1]])
    bounds.reverse()
    return ["".join(pieces[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]


# Words of indicator names that a fold should keep whole: a break inside one (零|售,
# 以|上) reads badly. The longest match wins; a name may still fold inside a word when no
# other place keeps its lines even enough.
NAME_WORDS = (
    "地区生产总值", "国内生产总值", "规模以上", "规上", "工业", "企业", "增加值", "利润总额",
    "营业收入", "固定资产", "投资", "基础设施", "房地产", "开发", "项目", "重点", "建设",
    "完成", "年度", "计划", "社会", "消费品", "零售", "总额", "限额以上", "单位",
    "一般公共预算", "收入", "税收", "实际", "使用", "利用", "外资", "外贸", "进出口",
    "出口", "进口", "招商引资", "到位", "资金", "签约", "新签约", "新开工", "制造业",
    "服务业", "战略性", "新兴产业", "高新技术", "高技术", "科技型", "中小企业", "研发",
    "经费", "专利", "发明", "市场主体", "新增", "新设", "城镇", "农村", "居民", "人均",
    "可支配", "就业", "失业", "劳动力", "转移", "人员", "常住人口", "城镇化率",
    "空气质量", "优良天数", "综合指数", "细颗粒物", "平均", "浓度", "能耗", "降低率",
    "单位", "占比", "比例", "面积", "绿地", "垃圾", "分类", "考核", "安全", "事故",
    "应急", "演练", "培训", "防汛", "预案", "整改", "督察", "交办", "案件", "批次",
    "履约率", "落地", "金融机构", "存款", "贷款", "余额", "商品房", "销售", "产业",
    "第一产业", "第二产业", "第三产业", "认定", "入库", "数量", "口径", "商务部",
    "技术改造", "技改", "主要", "指标", "情况", "经济", "运行", "发展", "国民经济",
    "开发区", "高新区", "上半年", "下半年", "前三季度", "季度", "全年", "全市", "全区",
    "以上", "以下", "以内", "亿元", "万元", "个百分点",
)  # fmt: skip
_LONGEST = max(len(w) for w in NAME_WORDS)
_WORDS = frozenset(NAME_WORDS)


@lru_cache(maxsize=4096)
def inside_words(text: str) -> frozenset[int]:
    """The offsets in ``text`` that fall inside a word of the vocabulary (longest match
    first, left to right): a break there splits the word."""
    inside: set[int] = set()
    i = 0
    while i < len(text):
        for n in range(min(_LONGEST, len(text) - i), 1, -1):
            if text[i : i + n] in _WORDS:
                inside.update(range(i + 1, i + n))
                i += n
                break
        else:
            i += 1
    return frozenset(inside)
