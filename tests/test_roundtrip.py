"""The round trip (DESIGN.md §4): the report's own printed figures, written back into the
snapshot as ``[indicator.stated]``, all check as consistent — for every kind, unit and date.

The figures are printed by the same functions every output uses (the summary's cells, the
briefing's clauses), so a formula that the analysis and the audit define differently, or a
display that rounds one way and a check that rounds another, fails here.
"""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal
from fractions import Fraction

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import parse
from gxreport.analyze import analyze
from gxreport.audit import audit
from gxreport.records import QUANTITIES
from gxreport.render._fmt import Style, amount, rate
from gxreport.render.layout.briefing import yoy_clause
from gxreport.report import Row
from gxreport.rounding import Precision

EXAMPLES = int(os.environ.get("GXREPORT_FUZZ_EXAMPLES", "300"))

UNITS = ["亿元", "万元", "户", "个", "%", "天", "微克/立方米"]


def _decimal(places: int, low: int, high: int) -> st.SearchStrategy[Decimal]:
    return st.integers(min_value=low, max_value=high).map(lambda n: Decimal(n).scaleb(-places))


@st.composite
def indicators(draw: st.DrawFn, index: int) -> dict[str, object]:
    unit = draw(st.sampled_from(UNITS))
    kind = draw(st.sampled_from(["cumulative", "cumulative", "average", "level", "reduction"]))
    better = draw(st.sampled_from(["higher", "lower"]))
    places = 0 if unit in ("户", "个", "天") else draw(st.integers(min_value=0, max_value=2))
    top = 100 if unit == "%" or kind == "reduction" else 10**6
    value = _decimal(places, 1, top * 10**places)
    fields: dict[str, object] = {"id": f"i{index}", "name": f"指标{index}", "unit": unit}
    fields["kind"] = kind
    fields["better"] = better
    fields["actual"] = draw(value)
    if draw(st.booleans()):
        fields["target"] = draw(value)
        if draw(st.booleans()):
            fields["stretch"] = draw(value)
    if draw(st.booleans()):
        fields["last_year"] = draw(value)
    if unit != "%" and draw(st.booleans()):
        fields["whole"] = draw(value)
    return fields


@st.composite
def snapshots(draw: st.DrawFn) -> tuple[str, str]:
    year = draw(st.integers(min_value=2019, max_value=2026))
    as_of = draw(st.dates(min_value=dt.date(year, 1, 1), max_value=dt.date(year, 12, 30)))
    basis = draw(st.sampled_from(["month", "day"]))
    count = draw(st.integers(min_value=1, max_value=4))
    rows = [draw(indicators(i)) for i in range(count)]
    return _toml(year, as_of, basis, rows, {}), basis


def _toml(
    year: int,
    as_of: dt.date,
    basis: str,
    rows: list[dict[str, object]],
    stated: dict[str, dict[str, str]],
) -> str:
    out = [
        f'[report]\ntitle = "往返"\nyear = {year}\nas_of = {as_of.isoformat()}\nbasis = "{basis}"\n'
    ]
    for fields in rows:
        out.append("[[indicator]]")
        for key, value in fields.items():
            shown = f'"{value}"' if isinstance(value, str) else format(value, "f")
            out.append(f"{key} = {shown}")
        figures = stated.get(str(fields["id"]))
        if figures:
            out.append("[indicator.stated]")
            out += [f'{key} = "{text}"' for key, text in figures.items()]
        out.append("")
    return "\n".join(out)


def printed(row: Row, style: Style) -> dict[str, str]:
    """The figures the report prints for one row, as a source would print them."""
    figures: dict[str, str] = {}
    plan, stretch = row.annual, row.stretch
    if plan is not None and isinstance(plan.completion, Fraction):
        figures["completion"] = rate(plan.completion, style)
    if plan is not None and isinstance(plan.usage, Fraction):
        figures["completion"] = rate(plan.usage, style)  # a ceiling's 已用额度
    if stretch is not None and isinstance(stretch.completion, Fraction):
        figures["stretch_completion"] = rate(stretch.completion, style)
    if plan is not None and isinstance(plan.schedule_gap_pp, Fraction):
        gap = plan.schedule_gap_pp
        shown = rate(abs(gap), style).rstrip("%")
        words = {"ahead": "超序时进度", "behind": "低于序时进度"}.get(plan.position or "", "")
        figures["schedule_gap"] = (
            f"{words}{shown}个百分点" if words else "与序时进度持平"  # the tool's own wording
        )
    if plan is not None and isinstance(plan.remaining, Fraction):
        figures["remaining"] = amount(plan.remaining, style) + row.indicator.unit
    clause = yoy_clause(row, style)
    if clause and any(ch.isdigit() for ch in clause):
        figures["yoy"] = clause
    if isinstance(row.share, Fraction):
        figures["share"] = rate(row.share, style)
    return figures


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(snapshots(), st.sampled_from([0, 1, 2, 3]), st.sampled_from(["half-up", "half-even"]))
def test_printed_figures_check_as_consistent(
    case: tuple[str, str], decimals: int, rounding: str
) -> None:
    text, _ = case
    style = Style("zh", decimals, rounding)  # type: ignore[arg-type]
    snapshot = parse(text)
    report = analyze(snapshot, precision=Precision(decimals, rounding))  # type: ignore[arg-type]
    stated = {row.indicator.id: printed(row, style) for row in report.rows}
    # Written back with the stated figures; the inputs exactly as they were.
    head = text.split("[[indicator]]")[0]
    info = snapshot.report
    rows = [
        {
            k: v
            for k, v in vars(ind).items()
            if v is not None and k in ("id", "name", "unit", "kind", "better", *QUANTITIES)
        }
        for ind in snapshot.indicators
    ]
    assert head
    back = parse(_toml(info.year, info.as_of, info.basis, rows, stated))
    result = audit(back, "roundtrip", rounding)  # type: ignore[arg-type]
    wrong = [
        (f.indicator.id, f.key, f.stated_text, f.verdict, str(f.recomputed))
        for f in result.findings
        if f.verdict != "consistent"
    ]
    assert not wrong, (wrong, text)
