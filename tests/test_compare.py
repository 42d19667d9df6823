"""compare and the checks across periods, on the National Bureau of Statistics' own figures
for 2023 (examples/china-2023: 一季度 and 上半年 releases) and on generated series.

Every expected figure is independent arithmetic on the published numbers.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from arith import frac, half_up
from conftest import EXAMPLES, parse
from gxreport.audit import audit
from gxreport.cli import app
from gxreport.compare import compare, yoy_trend
from gxreport.load import load
from gxreport.rounding import Precision

runner = CliRunner()
Q1 = EXAMPLES / "china-2023" / "2023-q1.toml"
H1 = EXAMPLES / "china-2023" / "2023-h1.toml"


def loaded(*paths: Path) -> list[tuple[object, str]]:
    return [(load(str(p)).snapshot, str(p)) for p in paths]


def series(comparison: object, indicator_id: str):  # type: ignore[no-untyped-def]
    return next(s for s in comparison.series if s.indicator.id == indicator_id)  # type: ignore[attr-defined]


def test_the_second_quarter_alone_and_its_growth() -> None:
    c = compare(loaded(Q1, H1), Precision())  # type: ignore[arg-type]
    gdp = series(c, "gdp")
    q1, h1 = gdp.steps
    assert q1.period_alone == 284997  # the first period runs from 1 January
    assert h1.period_alone == 593034 - 284997 == 308037
    assert h1.qoq_pct == (Fraction(308037, 284997) - 1) * 100
    assert half_up(h1.qoq_pct, 2) == "8.08"
    # 同比 as printed: 5.5 % against 4.5 %, 1.0 个百分点 faster (the release's own words).
    assert h1.yoy_change_pp == frac("5.5") - frac("4.5")
    assert h1.yoy_trend == "faster"
    for sector, q, h in [("primary", 11575, 30416), ("secondary", 107947, 230682)]:
        assert series(c, sector).steps[1].period_alone == h - q
    investment = series(c, "investment").steps[1]
    assert (
        investment.yoy_change_pp == frac("3.8") - frac("5.1") and investment.yoy_trend == "slower"
    )
    assert investment.period_alone.reason == "no-value"  # the release prints only the rate


def test_the_releases_own_changes_in_growth_check_as_consistent() -> None:
    audits = loaded(Q1, H1)
    result = audit(audits[1][0], str(H1), earlier=[audits[0][0]])  # type: ignore[arg-type]
    across = {f.indicator.id: f.verdict for f in result.findings if f.key == "yoy_change"}
    assert across == {
        "gdp": "consistent",
        "tertiary": "consistent",
        "industry": "consistent",
        "retail": "consistent",
    }
    # The three sectors add up to one more than the GDP printed: within their rounding.
    parts = next(f for f in result.findings if f.key == "parts")
    assert 30416 + 230682 + 331937 == 593035
    assert parts.verdict == "within-rounding"


def test_check_of_two_snapshots_checks_across_them_and_alone_cannot() -> None:
    both = runner.invoke(app, ["check", str(Q1), str(H1), "-f", "json"])
    assert both.exit_code == 0, both.stderr
    files = json.loads(both.stdout)["files"]
    h1 = {(f["id"], f["figure"]): f for f in files[1]["findings"]}
    assert h1[("gdp", "yoy_change")]["verdict"] == "consistent"
    alone = runner.invoke(app, ["check", str(H1), "-f", "json"])
    findings = json.loads(alone.stdout)["files"][0]["findings"]
    lone = next(f for f in findings if f["figure"] == "yoy_change")
    assert (lone["verdict"], lone["reason"]) == ("not-checkable", "no-earlier")


def _pair(q1: str, h1: str, stated: str) -> tuple[str, str]:
    head = '[report]\ntitle = "{t}"\nentity = "甲区"\nyear = 2023\nas_of = {d}\n'
    ind = '[[indicator]]\nid = "gdp"\nname = "地区生产总值"\nunit = "亿元"\nactual = {a}\n'
    first = head.format(t="一季度", d="2023-03-31") + ind.format(a=q1)
    second = head.format(t="上半年", d="2023-06-30") + ind.format(a=h1)
    return first, second + f"[indicator.stated]\n{stated}\n"


@pytest.mark.parametrize(
    ("stated", "verdict"),
    [
        ('period_alone = "308037亿元"', "consistent"),
        # 593034 and 284997 each stand for ±0.5: their difference for ±1.
        ('period_alone = "308038亿元"', "within-rounding"),
        ('period_alone = "308040亿元"', "inconsistent"),
        ('qoq = "8.08%"', "consistent"),
        ('qoq = "8.8%"', "inconsistent"),
    ],
)
def test_q1_plus_q2_is_h1(stated: str, verdict: str) -> None:
    first, second = _pair("284997", "593034", stated)
    result = audit(parse(second), "h1", earlier=[parse(first)])
    (finding,) = result.findings
    assert finding.verdict == verdict


@pytest.mark.parametrize(
    ("stated", "verdict", "reason"),
    [
        # Against the first quarter's growth, as the contract defines it: 5.5 − 4.5 = 1.0.
        ('yoy_change = "比一季度加快1.0个百分点"', "consistent", None),
        # Against last year's growth at this date, which neither snapshot holds: the earlier
        # snapshot's 4.5 % is no base for it (5.5 − 4.5 = 1.0 would call 2.3 inconsistent).
        ('yoy_change = "增速同比提高2.3个百分点"', "not-checkable", "against-last-year"),
        ('yoy_change = "高于上年同期增幅2.3个百分点"', "not-checkable", "against-last-year"),
        # A share that moved is no growth that moved: the earlier share is in no snapshot here.
        ('yoy_change = "比重较一季度提高1.0个百分点"', "not-checkable", "change-of-a-share"),
    ],
)
def test_a_change_of_growth_is_judged_only_against_the_period_it_names(
    stated: str, verdict: str, reason: str | None
) -> None:
    first, second = _pair("284997", "593034", stated)
    first += '[indicator.stated]\nyoy = "4.5%"\n'
    second = second.replace("[indicator.stated]\n", '[indicator.stated]\nyoy = "5.5%"\n')
    result = audit(parse(second), "h1", earlier=[parse(first)])
    (finding,) = [f for f in result.findings if f.key == "yoy_change"]
    assert (finding.verdict, finding.reason) == (verdict, reason)


@pytest.mark.parametrize(
    ("target", "stated", "verdict"),
    [
        # 5.5 − 5.0 = 0.5: against the growth the target asks for, in this snapshot alone.
        ('target_yoy = "5%"', "高于预期目标0.5个百分点", "consistent"),
        ('target_yoy = "5%"', "高于年度目标增幅0.8个百分点", "inconsistent"),
        # No target given: the growth it implies is what check can say (5.5 − 0.5 = 5.0).
        ("", "高于预期目标0.5个百分点", "not-checkable"),
    ],
)
def test_a_growth_against_its_target_is_judged_against_target_yoy(
    target: str, stated: str, verdict: str
) -> None:
    first, second = _pair("284997", "593034", f'yoy_change = "{stated}"')
    second = second.replace("[indicator.stated]\n", f'{target}\n[indicator.stated]\nyoy = "5.5%"\n')
    # The earlier snapshot's growth (4.5 %) is no base for a gap to the target.
    first += '[indicator.stated]\nyoy = "4.5%"\n'
    for earlier in ([], [parse(first)]):
        result = audit(parse(second), "h1", earlier=earlier)
        (finding,) = [f for f in result.findings if f.key == "yoy_change"]
        assert finding.verdict == verdict, (earlier, finding)


def test_retail_month_by_month() -> None:
    """1—2月 77067, 1—4月 149833, 1—6月 227588亿元 (国家统计局 2023): each two months alone."""
    texts = []
    for as_of, value in [("2023-02-28", 77067), ("2023-04-30", 149833), ("2023-06-30", 227588)]:
        texts.append(
            f'[report]\ntitle = "社零"\nentity = "全国"\nyear = 2023\nas_of = {as_of}\n'
            f'[[indicator]]\nid = "retail"\nname = "社会消费品零售总额"\nunit = "亿元"\n'
            f"actual = {value}\n"
        )
    c = compare([(parse(t), f"p{i}") for i, t in enumerate(texts)], Precision())
    steps = series(c, "retail").steps
    assert [s.period_alone for s in steps] == [77067, 149833 - 77067, 227588 - 149833]
    assert steps[2].qoq_pct == (Fraction(227588 - 149833, 149833 - 77067) - 1) * 100
    assert not c.lengths_differ  # two months each


def test_periods_of_different_lengths_get_per_month_rates() -> None:
    texts = [(d, v) for d, v in [("2023-03-31", 300), ("2023-04-30", 420), ("2023-06-30", 660)]]
    snapshots = [
        (
            parse(
                f'[report]\ntitle = "x"\nentity = "甲"\nyear = 2023\nas_of = {d}\n'
                f'[[indicator]]\nid = "a"\nname = "甲"\nunit = "亿元"\nactual = {v}\n'
            ),
            d,
        )
        for d, v in texts
    ]
    c = compare(snapshots, Precision())
    assert c.lengths_differ
    april, may_june = series(c, "a").steps[1:]
    # April alone 120 against Q1's 300 (100 a month): +20 % a month, and no 环比 of a month
    # against a quarter (that would be −60 %).
    assert april.qoq_pct.reason == "lengths-differ"
    assert april.per_month_qoq_pct == (Fraction(120, 1) / Fraction(300, 3) - 1) * 100
    # May–June 240 (120 a month) against April's 120: 0 % a month.
    assert may_june.per_month_qoq_pct == 0


@pytest.mark.parametrize(
    ("then", "now", "trend"),
    [
        ("4.5", "5.5", "faster"),
        ("5.1", "3.8", "slower"),
        ("-3.2", "-1.5", "fall-narrowed"),  # 降幅收窄
        ("-1.5", "-3.2", "fall-widened"),  # 降幅扩大
        ("-2.0", "1.0", "turned-up"),  # 由降转升
        ("2.0", "-1.0", "turned-down"),
        ("3.7", "3.7", "flat"),
    ],
)
def test_yoy_trend_words(then: str, now: str, trend: str) -> None:
    assert yoy_trend(frac(now), frac(then), Precision()) == trend


cumulative = st.lists(st.integers(min_value=0, max_value=10**6), min_size=2, max_size=6)


@settings(max_examples=150, deadline=None)
@given(cumulative, st.integers(min_value=2019, max_value=2026))
def test_periods_alone_add_back_up_to_the_last_value(increments: list[int], year: int) -> None:
    months = sorted({2 + i * 2 for i in range(len(increments))})[: len(increments)]
    values = [sum(increments[: i + 1]) for i in range(len(months))]
    snapshots = []
    for month, value in zip(months, values, strict=True):
        day = (
            dt.date(year, month % 12 + 1, 1) if month < 12 else dt.date(year + 1, 1, 1)
        ) - dt.timedelta(days=1)
        text = (
            f'[report]\ntitle = "x"\nentity = "甲"\nyear = {year}\nas_of = {day.isoformat()}\n'
            f'[[indicator]]\nid = "a"\nname = "甲"\nunit = "亿元"\nactual = {value}\n'
        )
        snapshots.append((parse(text), day.isoformat()))
    c = compare(snapshots, Precision())
    steps = series(c, "a").steps
    assert sum(s.period_alone for s in steps) == values[-1]
    assert [s.value for s in steps] == [Decimal(v) for v in values]


def _two(tmp_path: Path, first: str, second: str) -> list[str]:
    a, b = tmp_path / "a.toml", tmp_path / "b.toml"
    a.write_text(first, encoding="utf-8")
    b.write_text(second, encoding="utf-8")
    return [str(a), str(b)]


BASE = '[report]\ntitle = "x"\nentity = "{e}"\nyear = {y}\nas_of = {d}\n'
IND = '[[indicator]]\nid = "{i}"\nname = "甲"\nunit = "亿元"\nactual = 1\n'


@pytest.mark.parametrize(
    ("first", "second", "message"),
    [
        (("甲", 2023, "2023-03-31", "a"), ("乙", 2023, "2023-06-30", "a"), "different entities"),
        (("甲", 2022, "2022-03-31", "a"), ("甲", 2023, "2023-06-30", "a"), "different years"),
        (("甲", 2023, "2023-06-30", "a"), ("甲", 2023, "2023-03-31", "a"), "in date order"),
        (("甲", 2023, "2023-03-31", "a"), ("甲", 2023, "2023-06-30", "b"), "compare matches"),
    ],
)
def test_what_compare_refuses(tmp_path: Path, first: tuple, second: tuple, message: str) -> None:  # type: ignore[type-arg]
    texts = [BASE.format(e=e, y=y, d=d) + IND.format(i=i) for e, y, d, i in (first, second)]
    result = runner.invoke(app, ["compare", *_two(tmp_path, *texts), "-f", "json", "--strict"])
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    if message == "compare matches":
        assert 'a.toml: indicator "a" (甲): is not in ' in result.stderr


def test_compare_json_follows_design_section_7() -> None:
    result = runner.invoke(app, ["compare", str(Q1), str(H1), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout, parse_float=Decimal)
    assert doc["command"] == "compare"
    assert [p["as_of"] for p in doc["periods"]] == ["2023-03-31", "2023-06-30"]
    assert set(doc["periods"][0]) >= {"source", "as_of"}
    gdp = next(i for i in doc["indicators"] if i["id"] == "gdp")
    for key in (
        "id",
        "name",
        "unit",
        "kind",
        "values",
        "period_alone",
        "qoq_pct",
        "completion_pct",
        "completion_gain_pp",
        "yoy_pct",
        "yoy_change_pp",
    ):
        assert key in gdp, key
    assert gdp["values"] == [284997, 593034]
    assert gdp["period_alone"] == [284997, 308037]
    assert gdp["qoq_pct"] == [None, Decimal("8.08")] and gdp["why"]["qoq_pct"][0] == "no-earlier"
    assert gdp["yoy_change_pp"] == [None, Decimal("1.00")]


def test_briefing_since_an_earlier_snapshot() -> None:
    result = runner.invoke(app, ["briefing", str(H1), "--since", str(Q1), "-f", "markdown"])
    assert result.exit_code == 0, result.stderr
    assert "## 四、与1—3月比较" in result.stdout
    assert "其中4—6月308037亿元" in result.stdout
    assert "比1—3月加快1.00个百分点" in result.stdout


def test_a_change_of_growth_read_from_text_keeps_what_it_is_against() -> None:
    # 较上年同期提高0.9个百分点 read from a report keeps its words, so check never judges it
    # against an earlier snapshot's growth (6.2 − 4.5 = 1.7 would call it inconsistent).
    from gxreport.importers.text import extract_text

    draft, _ = extract_text(
        "1-6月，甲区地区生产总值593034亿元，增长6.2%，增速较上年同期提高0.9个百分点。",
        "h1.txt",
        2023,
        dt.date(2023, 6, 30),
    )
    first, _ = _pair("284997", "593034", "")
    first += '[indicator.stated]\nyoy = "4.5%"\n'
    (finding,) = [
        f
        for f in audit(parse(draft), "h1", earlier=[parse(first)]).findings
        if f.key == "yoy_change"
    ]
    assert (finding.verdict, finding.reason) == ("not-checkable", "against-last-year")
