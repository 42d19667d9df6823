"""A property of every sentence gxreport writes (the briefing's prose, gap's sentences,
compare's and ``--since``'s): a direction word is never paired with a signed number
("提高+9.80个百分点", "下降-3%"), and 环比 is never said of periods of different length.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from fractions import Fraction

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import parse
from gxreport.analyze import analyze
from gxreport.audit import audit
from gxreport.compare import compare
from gxreport.render._fmt import Style
from gxreport.render.layout import briefing, gap
from gxreport.render.layout import compare as compare_layout
from gxreport.rounding import Precision
from gxreport.views import Briefing
from test_roundtrip import _toml, snapshots

# Words that say which way a figure went, in both languages; a number after one (before the
# clause ends) must carry no sign: the word gives it.
DIRECTION = (
    "增长|下降|提高|降低|减少|增加|回落|加快|放缓|收窄|扩大|高于|低于|超|快于|慢于|"
    r"\bup\b|\bdown\b|ahead|behind|more than|less than|faster|slower|narrower|wider"
)
SIGNED = re.compile(rf"(?:{DIRECTION})[^，。；;,.\d+\-−]{{0,12}}[+\-−]\d")


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[。.])\s*", text) if s]


def _assert_unsigned(text: str) -> None:
    for sentence in _sentences(text):
        assert not SIGNED.search(sentence), sentence


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(snapshots(), st.sampled_from(["zh", "en"]), st.sampled_from([0, 1, 2]))
def test_briefing_and_gap_prose_never_sign_a_directed_number(
    case: tuple[str, str], lang: str, decimals: int
) -> None:
    text, _ = case
    style = Style(lang, decimals)  # type: ignore[arg-type]
    snapshot = parse(text)
    report = analyze(snapshot, precision=style.precision)
    parts = briefing.parts(Briefing(report, audit(snapshot, "x")), style)
    for group in parts.groups:
        _assert_unsigned(group.prose)
    for item in parts.attention:
        _assert_unsigned(item)
    _assert_unsigned(parts.overview)
    for row in report.rows:
        for paragraph in gap.sentences(row, row.plans, style):
            _assert_unsigned(paragraph)


values = st.integers(min_value=0, max_value=10**6).map(lambda n: Decimal(n).scaleb(-1))


@st.composite
def series(draw: st.DrawFn) -> list[str]:
    """Two or three snapshots of one entity and year at month ends, cumulative figures
    growing (or not), targets that may change, 同比 printed or derived."""
    year = draw(st.integers(min_value=2019, max_value=2026))
    months = sorted(draw(st.sets(st.integers(min_value=1, max_value=12), min_size=2, max_size=3)))
    total = Decimal(0)
    texts = []
    for month in months:
        end = dt.date(year, month % 12 + 1, 1) if month < 12 else dt.date(year + 1, 1, 1)
        as_of = end - dt.timedelta(days=1)
        total += draw(values)
        fields: dict[str, object] = {"id": "a", "name": "指标", "unit": "亿元", "actual": total}
        if draw(st.booleans()):
            fields["target"] = draw(values.filter(lambda v: v > 0))
        if draw(st.booleans()):
            fields["last_year"] = draw(values.filter(lambda v: v > 0))
        text = _toml(year, as_of, "month", [fields], {}).replace(
            'title = "往返"', 'title = "往返"\nentity = "甲"'
        )
        texts.append(text)
    return texts


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(series(), st.sampled_from(["zh", "en"]), st.sampled_from([0, 1, 2]))
def test_compare_prose_never_signs_a_directed_number_nor_compares_unlike_periods(
    texts: list[str], lang: str, decimals: int
) -> None:
    style = Style(lang, decimals)  # type: ignore[arg-type]
    c = compare([(parse(t), f"p{i}") for i, t in enumerate(texts)], Precision(decimals))
    for s in c.series:
        sentence = compare_layout.sentence(s, c, style)
        _assert_unsigned(sentence)
        last, before = c.periods[-1], c.periods[-2]
        if "环比" in sentence or "previous period" in sentence:
            assert last.span == before.span, (sentence, last, before)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.integers(min_value=1, max_value=10**6),
    st.integers(min_value=1, max_value=10**4),
    st.integers(min_value=-3000, max_value=3000),
    st.sampled_from([0, 1, 2]),
    st.sampled_from(["超序时进度", "低于序时进度", ""]),
)
def test_an_inconsistent_figure_never_prints_a_range_that_holds_the_current_value(
    actual_tenths: int, target: int, stated_hundredths: int, places: int, words: str
) -> None:
    """DESIGN.md §4: implied ranges make the stated words true, and are printed with the
    digits it takes to show the current value outside them."""
    from gxreport.render._fmt import outward
    from gxreport.render.layout.check import note

    actual = Decimal(actual_tenths).scaleb(-1)
    stated = Decimal(abs(stated_hundredths)).scaleb(-2).quantize(Decimal(1).scaleb(-places))
    text = (
        '[report]\ntitle = "x"\nyear = 2023\nas_of = 2023-06-30\n'
        '[[indicator]]\nid = "a"\nname = "甲"\nunit = "亿元"\n'
        f"actual = {actual}\ntarget = {target}\n"
        f'[indicator.stated]\nschedule_gap = "{words}{stated}个百分点"\n'
    )
    (finding,) = audit(parse(text), "x").findings
    if finding.verdict != "inconsistent":
        return
    style = Style()
    for implied in finding.implied:
        assert implied.holds is False, implied
        low, high, on_open_end = outward(implied.range, style.decimals, Fraction(implied.given))
        assert on_open_end or not low <= implied.given <= high, (implied, low, high)
    assert note(finding, style)
