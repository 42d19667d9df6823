"""Folding a name or a title into lines: never inside a figure, never a lone character,
inside a word only where nothing else fits, every line within its room."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from gxreport.render.fold import atoms, em_width, fold, inside_words, whole


def cuts(lines: list[str]) -> list[int]:
    out, at = [], 0
    for line in lines[:-1]:
        at += len(line)
        out.append(at)
    return out


def atom_bounds(text: str) -> set[int]:
    out, at = {0}, 0
    for a in atoms(text):
        at += len(a)
        out.add(at)
    return out


NAMES = st.text(
    alphabet=st.sampled_from(
        list("规模以上工业增加值社会消费品零售总额（）、和0123456789.%+-亿元")
    ),
    min_size=1,
    max_size=40,
)


@example("+%%%（0-%%、%000", 6.046875)  # lines of 6.05 em had passed as within 6.047
@example("00、%00", 3.2734375)
@example("、++）++、%%%", 5.671875)
@given(NAMES, st.floats(3, 24))
def test_a_fold_keeps_the_text_and_every_figure_whole(text: str, room: float) -> None:
    lines = fold(text, room)
    assert "".join(lines) == text
    assert set(cuts(lines)) <= atom_bounds(text)  # no cut inside a figure
    if all(em_width(a) <= room for a in atoms(text)) and len(lines) <= 6:
        assert all(em_width(line) <= room + 1e-6 for line in lines)


@pytest.mark.parametrize(
    ("text", "room"),
    [
        ("某市高新技术产业开发区2023年1—6月国民经济和社会发展主要指标完成情况", 19.6),
        ("综合全市规模以上工业企业技术改造投资完成额", 7.4),
        ("社会消费品零售总额（限额以上单位）", 7.4),
        ("近三年重大项目落地履约率", 8),
        ("签约1亿元以上制造业项目", 6),
        ("新签约项目签约额", 5),
        ("细颗粒物（PM2.5）平均浓度", 8),
    ],
)
def test_names_fold_between_words_evenly_and_never_leave_a_character_alone(
    text: str, room: float
) -> None:
    lines = fold(text, room)
    assert len(lines) > 1 and all(em_width(line) <= room for line in lines)
    assert all(len(line) > 1 for line in lines)
    assert not set(cuts(lines)) & inside_words(text), lines  # 零|售, 以|上 …
    for line in lines:
        assert line[-1] not in "（(" and line[0] not in "）)、，"  # 禁则
    widths = [em_width(line) for line in lines]
    assert max(widths) - min(widths) <= max(4.0, room / 2)  # even, not full-then-scraps


def test_a_line_that_fits_is_not_folded_and_latin_folds_at_spaces() -> None:
    assert fold("郑州高新区2022年上半年经济运行", 19.6) == ["郑州高新区2022年上半年经济运行"]
    assert fold("Newly registered market entities", 14) == ["Newly registered ", "market entities"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("57.65%", True), ("+7.65", True), ("371亿元", True), ("15700 户", True), ("—", True),
     ("0.73×", True), ("83%*", True), ("新签约项目", False),
     ("据此推算实际完成应在222.75亿元至", False)],
)  # fmt: skip
def test_a_figure_cell_is_kept_on_one_line(text: str, expected: bool) -> None:
    assert whole(text) is expected


def test_widths_are_measured_for_the_widest_face_that_may_stand_in() -> None:
    # DejaVu Sans (LibreOffice's stand-in for the Latin of 仿宋_GB2312): a digit 0.636 em,
    # % 0.95 em; a GB2312 face sets both at 0.5 em. The measure is never below either.
    assert em_width("57.65%") >= 4 * 0.636 + 0.318 + 0.95
    assert em_width("完成率") == 3.0


def test_a_text_too_long_for_six_even_lines_is_filled_at_once() -> None:
    """A name of 100,000 characters (a hostile snapshot) takes as long as its length, not
    the even layout's search, and still keeps every line within its room."""
    import time

    started = time.perf_counter()
    lines = fold("规模以上" * 25_000, 19.6)
    assert time.perf_counter() - started < 5
    assert "".join(lines) == "规模以上" * 25_000
    assert all(em_width(line) <= 19.6 for line in lines)
