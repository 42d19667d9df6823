"""check: each verdict on cases built by hand and from the seed, with exit codes."""

from __future__ import annotations

import json
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from arith import frac, half_up
from conftest import ILLUSTRATIVE, SEED, parse, snapshot_text
from gxreport.audit import Finding, audit
from gxreport.cli import app

runner = CliRunner()


def findings(body: str, as_of: str = "2022-06-30") -> list[Finding]:
    return list(audit(parse(snapshot_text(body, as_of)), "t.toml").findings)


def one(body: str, as_of: str = "2022-06-30") -> Finding:
    (finding,) = findings(body, as_of)
    return finding


def indicator(unit: str, actual: str, target: str = "", extra: str = "", stated: str = "") -> str:
    lines = [f'[[indicator]]\nid = "x"\nname = "某指标"\nunit = "{unit}"\nactual = {actual}']
    if target:
        lines.append(f"target = {target}")
    if extra:
        lines.append(extra)
    lines.append(f"[indicator.stated]\n{stated}")
    return "\n".join(lines) + "\n"


def test_every_seed_rate_is_consistent_and_83_percent_implies_an_actual() -> None:
    result = audit(parse(SEED.read_text(encoding="utf-8")), "seed")
    verdicts = {(f.indicator.id, f.key): f.verdict for f in result.findings}
    assert verdicts == {
        ("signed-amount", "completion"): "consistent",
        ("new-start-investment", "completion"): "not-checkable",
        ("manufacturing-projects", "completion"): "consistent",
        ("manufacturing-amount", "completion"): "consistent",
        ("manufacturing-amount", "share"): "consistent",
        ("out-of-province-funds", "completion"): "not-checkable",
    }
    implied = next(f for f in result.findings if f.indicator.id == "new-start-investment")
    (actual,) = implied.implied
    # 83 % stands for [82.5 %, 83.5 %) of 270亿.
    assert actual.input == "actual"
    assert actual.range.low == frac("0.825") * 270 and actual.range.high == frac("0.835") * 270


def test_tie_at_the_rounding_boundary_is_half_up() -> None:
    # 227 ÷ 400 = 56.75 % exactly: 四舍五入 prints 56.8.
    assert half_up(Fraction(227, 400) * 100, 1) == "56.8"
    assert one(indicator("个", "227", "400", stated='completion = "56.8%"')).verdict == "consistent"
    cut = one(indicator("个", "227", "400", stated='completion = "56.7%"'))
    assert (cut.verdict, cut.rule) == ("rounding-differs", "truncation")


def test_half_even_is_a_rounding_difference() -> None:
    # 1 ÷ 8 = 12.5 %: half-up gives 13, half-even (GB/T 8170) 12.
    f = one(indicator("户", "1", "8", stated='completion = "12%"'))
    assert (f.verdict, f.rule) == ("rounding-differs", "half-even")


def test_counts_are_exact_but_amounts_stand_for_a_range() -> None:
    # The same 56.7 %: a count of 227 is exact, an amount of 227亿 stands for [226.5, 227.5).
    count = one(indicator("个", "227", "400", stated='completion = "56.6%"'))
    amount = one(indicator("亿元", "227", "400", stated='completion = "56.6%"'))
    assert count.verdict == "inconsistent"
    assert amount.verdict == "within-rounding"
    assert amount.reached is not None
    assert (amount.reached.low, amount.reached.high) == (frac("56.625"), frac("56.875"))


def test_within_input_rounding_for_a_growth_rate() -> None:
    # 213.9 and 180.0 were printed rounded: the exact 18.83 % rounds to 18.8, but over
    # [213.85, 213.95] and [179.95, 180.05] the rate reaches 18.85.
    f = one(indicator("亿元", "213.9", extra="last_year = 180.0", stated='yoy = "增长18.9%"'))
    assert half_up(frac("213.9") / frac("180.0") * 100 - 100, 1) == "18.8"
    assert f.verdict == "within-rounding"


def test_transposed_digits_are_inconsistent_with_the_interval_that_would_hold() -> None:
    f = one(indicator("亿元", "213.9", "371", stated='completion = "57.56%"'))
    assert f.verdict == "inconsistent"
    assert f.difference == Decimal("-0.09")
    implied = {i.input: i for i in f.implied}
    # 57.56 % stands for [57.555 %, 57.565 %): the actual would be 213.53–213.57, the target
    # 371.58–371.65; neither holds.
    assert implied["actual"].range.low == frac("0.57555") * 371
    assert implied["target"].range.high == frac("213.9") / frac("0.57555")
    assert implied["actual"].holds is False and implied["target"].holds is False
    result = runner.invoke(
        app,
        ["check", "-", "-f", "markdown"],
        input=snapshot_text(indicator("亿元", "213.9", "371", stated='completion = "57.56%"')),
    )
    assert result.exit_code == 1
    assert "| 某指标 | 完成率 | 57.56% | 57.6549% | -0.09个百分点 | 不一致 |" in result.stdout
    # Printed outward: 213.52905 down, 213.56615 up.
    assert "实际完成需在213.52亿元至213.57亿元之间（现为213.9）" in result.stdout


@pytest.mark.parametrize(
    ("stated", "verdict"),
    [
        ('yoy = "下降2.27%"', "consistent"),
        ('yoy = "增长-2.27%"', "consistent"),
        ('yoy = "-2.27%"', "consistent"),
        ('yoy = "增长2.27%"', "inconsistent"),  # the sign is wrong
        ('yoy = "下降2.72%"', "inconsistent"),  # transposed digits
    ],
)
def test_negative_growth(stated: str, verdict: str) -> None:
    # 87.73 against 89.77: (87.73 − 89.77) ÷ 89.77 = −2.2725…%
    assert half_up((frac("87.73") - frac("89.77")) / frac("89.77") * 100, 2) == "-2.27"
    f = one(indicator("个", "8773", extra="last_year = 8977", stated=stated))
    assert f.verdict == verdict


@pytest.mark.parametrize(
    ("actual", "stated", "verdict"),
    [
        ("213.9", '"超序时进度7.65个百分点"', "consistent"),
        ("213.9", '"7.65个百分点"', "consistent"),
        ("213.9", '"低于序时进度7.65个百分点"', "inconsistent"),
        ("168.7", '"低于序时进度4.53个百分点"', "consistent"),  # 168.7 ÷ 371 = 45.47 %
    ],
)
def test_schedule_gap_in_percentage_points(actual: str, stated: str, verdict: str) -> None:
    f = one(indicator("亿元", actual, "371", stated=f"schedule_gap = {stated}"))
    assert f.verdict == verdict


def test_schedule_gap_against_a_stated_completion_when_raw_figures_are_absent() -> None:
    body = '[[indicator]]\nid = "x"\nname = "x"\n[indicator.stated]\ncompletion = "57.65%"\n'
    good = findings(body + 'schedule_gap = "超序时进度7.65个百分点"')
    assert [f.verdict for f in good] == ["not-checkable", "consistent"]
    bad = findings(body + 'schedule_gap = "超序时进度17.65个百分点"')
    assert bad[1].verdict == "inconsistent"


def test_target_implied_by_an_actual_and_a_rate() -> None:
    f = one(
        '[[indicator]]\nid = "x"\nname = "x"\nunit = "亿元"\nactual = 213.9\n'
        '[indicator.stated]\ncompletion = "57.65%"\n'
    )
    (implied,) = f.implied
    assert implied.input == "target"
    # DESIGN.md §4: 213.9亿 at 57.65 % → target 370.99–371.06亿.
    assert implied.range.low == frac("213.9") / frac("0.57655")
    assert implied.range.high == frac("213.9") / frac("0.57645")


@pytest.mark.parametrize(
    ("total", "verdict"),
    [("86.4", "consistent"), ("86.5", "within-rounding"), ("87.4", "inconsistent")],
)
def test_parts_add_up_within_their_rounding(total: str, verdict: str) -> None:
    body = (
        f'[[indicator]]\nid = "all"\nname = "合计"\nunit = "亿元"\nactual = {total}\n'
        'parts = ["a", "b", "c"]\n'
        + "".join(
            f'[[indicator]]\nid = "{i}"\nname = "{i}"\nunit = "亿元"\nactual = {v}\n'
            for i, v in (("a", "31.2"), ("b", "28.9"), ("c", "26.3"))
        )
    )
    (f,) = findings(body)
    assert f.key == "parts" and f.verdict == verdict


def test_exit_codes_and_closing_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", str(SEED), str(ILLUSTRATIVE), "-f", "markdown"])
    assert result.exit_code == 0
    assert (
        "共核对10项：一致10项，在输入修约范围内0项，修约方式不同0项，不一致0项；另有2项无法核对。"
        in result.stdout
    )
    en = runner.invoke(app, ["check", str(SEED), "-f", "markdown", "--lang", "en"])
    assert (
        "4 figures checked: 4 consistent, 0 within input rounding, 0 rounding differs, "
        "0 inconsistent; 2 not checkable." in en.stdout
    )
    bad = tmp_path / "bad.toml"
    bad.write_text(
        snapshot_text(indicator("亿元", "213.9", "371", stated='completion = "75.65%"')),
        encoding="utf-8",
    )
    result = runner.invoke(app, ["check", str(SEED), str(bad), "-f", "json"])
    assert result.exit_code == 1
    doc = json.loads(result.stdout, parse_float=Decimal)
    assert doc["inconsistent"] is True and doc["counts"]["inconsistent"] == 1
    broken = tmp_path / "broken.toml"
    broken.write_text("[report\n", encoding="utf-8")
    result = runner.invoke(app, ["check", str(SEED), str(broken)])
    assert result.exit_code == 2 and "broken.toml:1" in result.stderr


def test_check_without_a_name_reads_the_default_snapshot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GXREPORT_SNAPSHOT", raising=False)
    result = runner.invoke(app, ["check"])
    assert result.exit_code == 2
    assert "GXREPORT_SNAPSHOT" in result.stderr and "snapshot.toml" in result.stderr
    (tmp_path / "snapshot.toml").write_bytes(SEED.read_bytes())
    result = runner.invoke(app, ["check", "-f", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["counts"]["consistent"] == 4


@pytest.mark.parametrize(
    ("stated", "verdict"),
    [
        ('yoy = "提高0.7个百分点"', "consistent"),  # 58.3 % against 57.6 %
        ('yoy = "0.7"', "consistent"),  # a bare number on a rate: 个百分点
        ('yoy = "增长1.2%"', "consistent"),  # 58.3 ÷ 57.6 − 1 = 1.215… %: a relative change
        ('yoy = "增长0.7%"', "inconsistent"),  # % printed where 个百分点 was meant
    ],
)
def test_rate_indicators_yoy_as_printed(stated: str, verdict: str) -> None:
    assert half_up((frac("58.3") / frac("57.6") - 1) * 100, 1) == "1.2"
    body = indicator("%", "58.3", extra='kind = "level"\nlast_year = 57.6', stated=stated)
    assert one(body).verdict == verdict


def test_points_printed_as_percent_are_named() -> None:
    body = indicator(
        "%", "58.3", extra='kind = "level"\nlast_year = 57.6', stated='yoy = "增长0.7%"'
    )
    finding = one(body)
    assert (finding.verdict, finding.rule) == ("inconsistent", "points-as-percent")


@pytest.mark.parametrize(
    ("unit", "actual", "change", "stated", "verdict"),
    [
        # 52310 − 6517 = 45793; 6517 ÷ 45793 = 14.2314…%
        ("万元", "52310", "6517", "增长14.2%", "consistent"),
        ("万元", "52310", "6517", "增长14.23%", "consistent"),
        # 0.65 ÷ 4.58 = 14.19…% prints 14.2, but 5.23 and 0.65 stand for [5.225, 5.235) and
        # [0.645, 0.655): the rate runs from 0.645 ÷ 4.59 = 14.05% to 0.655 ÷ 4.57 = 14.33%.
        ("亿元", "5.23", "0.65", "增长14.3%", "within-rounding"),
        ("亿元", "5.23", "0.65", "增长14.4%", "inconsistent"),
        # 减收830万元: −830 ÷ (6210 + 830) = −11.789…%
        ("万元", "6210", "-830", "下降11.8%", "consistent"),
        ("万元", "6210", "-830", "下降10.8%", "inconsistent"),
    ],
)
def test_growth_against_the_base_its_printed_change_implies(
    unit: str, actual: str, change: str, stated: str, verdict: str
) -> None:
    extra = f"yoy_amount = {change}"
    f = one(indicator(unit, actual, extra=extra, stated=f'yoy = "{stated}"'))
    assert f.verdict == verdict


def test_a_change_over_a_base_of_zero_or_less_has_no_growth_rate() -> None:
    f = one(indicator("万元", "500", extra="yoy_amount = 500", stated='yoy = "增长100%"'))
    assert f.verdict == "not-checkable"


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=1, max_value=10**7),
    st.integers(min_value=-(10**7), max_value=10**7),
    st.integers(min_value=-3, max_value=0),
    st.decimals(min_value=-99, max_value=999, places=1),
    st.booleans(),
)
def test_a_change_judges_as_the_last_year_it_implies(
    actual: int, change: int, places: int, printed: Decimal, exact: bool
) -> None:
    a, d = Decimal(actual).scaleb(places), Decimal(change).scaleb(places)
    assume(a - d > 0)
    stated = f'yoy = "{printed}%"'
    flag = "\nexact = true" if exact else ""
    by_change = one(indicator("亿元", str(a), extra=f"yoy_amount = {d}{flag}", stated=stated))
    by_base = one(indicator("亿元", str(a), extra=f"last_year = {a - d}{flag}", stated=stated))
    assert by_change.recomputed == by_base.recomputed
    if exact:
        assert by_change.verdict == by_base.verdict
    else:
        # Rounded inputs stand for ranges: the change's and last year's are not the same
        # range, so only what the exact value decides must agree.
        assert (by_change.verdict == "consistent") == (by_base.verdict == "consistent")


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=0, max_value=10**6),
    st.integers(min_value=0, max_value=10**6),
    st.integers(min_value=-3, max_value=3),
)
def test_a_printed_change_beside_its_base_holds_only_when_it_is_their_difference(
    actual: int, last: int, off: int
) -> None:
    # Counts typed in whole units are exact: the change printed must be actual − last_year
    # to the unit, and one unit off is inconsistent.
    change = actual - last + off
    word = "减少" if change < 0 else "增加"
    f = one(
        indicator(
            "户",
            str(actual),
            extra=f"last_year = {last}",
            stated=f'yoy_amount = "{word}{abs(change)}户"',
        )
    )
    assert f.recomputed == actual - last
    assert f.verdict == ("consistent" if off == 0 else "inconsistent")
