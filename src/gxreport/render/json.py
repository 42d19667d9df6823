"""JSON, schema 1: exact decimal numbers (never via float), null with a reason code in ``why``."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from decimal import Decimal
from json.encoder import encode_basestring as _string  # the C version where there is one
from typing import TYPE_CHECKING, Any

from gxreport import __version__
from gxreport.exact import Fraction
from gxreport.intervals import Interval
from gxreport.render._fmt import Style, outward, rounded, shown_amount
from gxreport.render.layout._common import printed_keys
from gxreport.report import NA, Maybe, Plan, Printed, Row, RowsView, Shown
from gxreport.rounding import to_decimal
from gxreport.views import CompareView, Gap

if TYPE_CHECKING:
    from gxreport.across import League
    from gxreport.audit import Audit, Finding  # the audit is loaded only by `check`

SCHEMA = 1


# Decimals travel through the C encoder as marked strings and lose their quotes after:
# exact numbers at the encoder's speed. Snapshot text can hold neither mark (controls are
# removed when a snapshot is read).
_OPEN, _CLOSE = "\x00", "\x01"


def num(value: Decimal | None) -> str | None:
    """A Decimal as it will appear in the JSON: the exact number, never a float."""
    if value is None:
        return None
    text = format(value, "f")
    return _OPEN + ("0" if text == "-0" else text) + _CLOSE


_ENCODER = json.JSONEncoder(ensure_ascii=False)  # one encoder for every value, not one a call


def _compact(value: Any) -> str:
    text = _ENCODER.encode(value)
    return text.replace('"\\u0000', "").replace('\\u0001"', "")


def _is_table(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _holds_table(value: Any) -> bool:
    # Most objects hold no list at all: that is asked of the values' types at C speed.
    return (
        isinstance(value, dict)
        and list in map(type, value.values())
        and any(isinstance(v, list) and _is_table(v) for v in value.values())
    )


def dumps(value: Any, level: int = 0) -> str:
    """Objects that hold lists of objects are laid out a key a line and an item a line;
    everything else is written compactly on its line."""
    if not _holds_table(value):
        return _compact(value)
    pad = "  " * (level + 1)
    lines = []
    for key, item in value.items():
        if _is_table(item):
            inner = "  " * (level + 2)
            items = (",\n" + inner).join(dumps(v, level + 2) for v in item)
            shown = f"[\n{inner}{items}\n{pad}]"
        else:
            shown = _compact(item)
        lines.append(f"{pad}{_string(key)}: {shown}")
    return "{\n" + ",\n".join(lines) + "\n" + "  " * level + "}"


def stream(head: dict[str, Any], key: str, items: Iterable[dict[str, Any]]) -> Iterator[str]:
    """``head`` with ``key`` holding ``items``, laid out as ``dumps`` would, but written an
    item at a time: a 100,000-indicator report is never held as one document."""
    yield "{\n"
    for name, value in head.items():
        yield f"  {_string(name)}: {dumps(value, 1) if _is_table(value) else _compact(value)},\n"
    yield f"  {_string(key)}: ["
    lead = "\n    "
    for item in items:
        yield lead + dumps(item, 2)
        lead = ",\n    "
    yield "\n  ]\n}\n" if lead != "\n    " else "]\n}\n"


class _Fields:
    """Collects one object's fields, recording why each null one is null."""

    def __init__(self, style: Style) -> None:
        self.style = style
        self.data: dict[str, Any] = {}
        self.why: dict[str, str] = {}

    def rate(self, key: str, value: Shown) -> None:
        if isinstance(value, NA):
            self.data[key] = None
            self.why[key] = value.reason
        elif isinstance(value, Printed):
            self.data[key] = num(value.value)  # as printed, listed under "printed"
        else:
            self.data[key] = num(rounded(value, self.style))

    def amount(self, key: str, value: Maybe | None) -> None:
        if value is None:
            self.data[key] = None
        elif isinstance(value, NA):
            self.data[key] = None
            self.why[key] = value.reason
        else:
            self.data[key] = num(shown_amount(value, self.style))

    def done(self) -> dict[str, Any]:
        if self.why:
            self.data["why"] = self.why
        return self.data


def report_head(report: RowsView, style: Style, command: str) -> dict[str, Any]:
    info = report.info
    return {
        "schema": SCHEMA,
        "generator": f"gxreport {__version__}",
        "command": command,
        "report": {
            "title": info.title,
            "entity": info.entity,
            "year": info.year,
            "as_of": info.as_of.isoformat(),
            "basis": info.basis,
            "source": info.source,
            "time_progress_pct": num(rounded(report.progress_pct, style)),
        },
        "display": {"decimals": style.decimals, "rounding": style.rounding},
    }


def plan_object(plan: Plan, style: Style, detail: bool = True) -> dict[str, Any]:
    f = _Fields(style)
    f.data["kind"] = plan.kind
    f.data["target"] = num(plan.target)
    f.data["met"] = plan.met
    f.rate("completion_pct", plan.completion)
    f.rate("schedule_gap_pp", plan.schedule_gap_pp)
    f.data["position"] = plan.position
    f.amount("remaining", plan.remaining)
    f.amount("surplus", plan.surplus)
    f.rate("usage_pct", plan.usage)
    f.amount("line", plan.line)
    f.amount("per_month", plan.per_month)
    f.amount("per_quarter", plan.per_quarter)
    f.amount("per_day", plan.per_day)
    f.rate("pace_ratio", plan.pace_ratio)
    f.rate("projected_completion_pct", plan.projected_completion)
    f.data["reached_month"] = plan.reached_month
    f.amount("required_average", plan.required_average)
    f.amount("margin", plan.margin)
    f.data["infeasible"] = plan.infeasible
    f.data["status"] = plan.status
    if detail:
        f.data["quarters"] = [
            {"quarter": q.index, "amount": num(shown_amount(q.amount, style)), "partial": q.partial}
            for q in plan.quarters
        ]
        f.data["months"] = [
            {"month": m.index, "amount": num(shown_amount(m.amount, style)), "partial": m.partial}
            for m in plan.months
        ]
        f.data["checkpoints"] = [
            {
                "quarter": c.quarter,
                "cumulative": num(shown_amount(c.cumulative, style)),
                "in_quarter": num(shown_amount(c.in_quarter, style)),
            }
            for c in plan.checkpoints
        ]
    return f.done()


def row_object(row: Row, style: Style, with_plans: bool = True) -> dict[str, Any]:
    ind = row.indicator
    f = _Fields(style)
    f.data.update(
        id=ind.id,
        name=ind.name,
        group=ind.group,
        unit=ind.unit,
        kind=ind.kind,
        better=ind.better,
        as_of=row.as_of.isoformat(),
        time_progress_pct=num(rounded(row.progress_pct, style)),
        actual=num(ind.actual),
        target=num(ind.target),
        stretch=num(ind.stretch),
        last_year=num(ind.last_year),
        yoy_amount=num(ind.yoy_amount),  # the change as printed, where 同比 is taken from it
        status=row.status,
    )
    f.rate("completion_pct", row.completion)
    f.rate("schedule_gap_pp", row.schedule_gap_pp)
    stretch = row.stretch
    f.rate("stretch_completion_pct", stretch.completion if stretch else NA("no-stretch"))
    if row.yoy_is_pp:
        f.rate("yoy_pp", row.yoy)
        f.data["yoy_pct"] = None
    else:
        f.rate("yoy_pct", row.yoy)
        f.data["yoy_pp"] = None
    f.data["yoy_words"] = row.yoy_words
    f.data["yoy_improved"] = row.yoy_improved
    f.rate("share_pct", row.share)
    f.amount("projection", row.projection)
    printed = printed_keys(row)
    if printed:
        f.data["printed"] = printed
    f.data["rank"] = (
        {"position": ind.rank.position, "of": ind.rank.of, "among": ind.rank.among}
        if ind.rank
        else None
    )
    annual = row.annual
    f.amount("remaining", annual.remaining if annual else NA("no-target"))
    usage = row.usage
    f.data["usage_pct"] = num(rounded(usage, style)) if isinstance(usage, Fraction) else None
    f.data["share_above_whole"] = isinstance(row.share, Fraction) and row.share > 100
    f.data["implausible"] = row.implausible
    f.data["target_yoy"] = num(ind.target_yoy.value) if ind.target_yoy is not None else None
    f.rate("yoy_vs_target_pp", row.yoy_vs_target_pp)
    f.data["period_target"] = num(ind.period_target)
    f.rate("period_completion_pct", row.period_completion)
    if with_plans:
        f.data["plans"] = [plan_object(p, style, detail=False) for p in row.plans]
    return f.done()


def render_summary(report: RowsView, style: Style) -> Iterator[str]:
    rows = (row_object(row, style, with_plans=False) for row in report.rows)
    return stream(report_head(report, style, "summary"), "indicators", rows)


def render_gap(gap: Gap, style: Style) -> Iterator[str]:
    rows = (
        {
            **row_object(row, style, with_plans=False),
            "plans": [plan_object(p, style) for p in gap.plans(row)],
        }
        for row in gap.rows
    )
    return stream(report_head(gap.report, style, "gap"), "indicators", rows)


def exact_text(value: Fraction) -> str:
    """An exact value as text: the decimal where it ends ("57.65"), else the fraction
    ("125/3"), so that no reader has to take a rounded or binary number for it."""
    denominator = value.denominator
    for prime in (2, 5):
        while denominator % prime == 0:
            denominator //= prime
    if denominator == 1:
        return format(to_decimal(value).normalize(), "f")
    return f"{value.numerator}/{value.denominator}"


def _finding(f: Finding, style: Style) -> dict[str, Any]:
    """A finding as the table shows it: the recomputed value cut two digits beyond the
    printed ones (and exactly, as text), ranges printed outward; decimals, never floats."""
    from gxreport.render.layout.check import reached_decimals, recomputed_shown

    def ends(iv: Interval, decimals: int, outside: Decimal | None = None) -> list[str | None]:
        low, high, _ = outward(iv, decimals, Fraction(outside) if outside is not None else None)
        return [num(low), num(high)]

    return {
        "id": f.indicator.id,
        "name": f.indicator.name,
        "figure": f.key,
        "stated": f.stated_text or None,
        "stated_value": num(f.stated),
        "stated_decimals": f.decimals,
        "kind": f.kind,
        "verdict": f.verdict,
        "recomputed": num(recomputed_shown(f)) if f.recomputed is not None else None,
        "recomputed_exact": exact_text(f.recomputed) if f.recomputed is not None else None,
        "difference": num(f.difference),
        "reached": ends(f.reached, reached_decimals(f, style)) if f.reached else None,
        "rule": f.rule,
        "implied": [
            {
                "input": i.input,
                **dict(
                    zip(
                        ("low", "high"),
                        ends(i.range, style.decimals, i.given if i.holds is False else None),
                        strict=True,
                    )
                ),
                "given": num(i.given),
                "holds": i.holds,
            }
            for i in f.implied
        ],
        "reason": f.reason,
    }


def render_check(audits: list[Audit], style: Style) -> str:
    from gxreport.audit import VERDICTS

    files = []
    for audit in audits:
        findings = []
        for f in audit.findings:
            findings.append(_finding(f, style))
        files.append(
            {
                "source": audit.source,
                "title": audit.info.title,
                "counts": {v: audit.count(v) for v in VERDICTS},
                "findings": findings,
            }
        )
    doc = {
        "schema": SCHEMA,
        "generator": f"gxreport {__version__}",
        "command": "check",
        "inconsistent": any(a.inconsistent for a in audits),
        "counts": {v: sum(a.count(v) for a in audits) for v in VERDICTS},
        "rounding": audits[0].rounding if audits else "half-up",
        "files": files,
    }
    return dumps(doc) + "\n"


def _list(
    style: Style, key: str, values: list[Shown], as_rate: bool, why: dict[str, list[str | None]]
) -> list[Any]:
    out: list[Any] = []
    reasons: list[str | None] = []
    for value in values:
        if isinstance(value, NA):
            out.append(None)
            reasons.append(value.reason)
        elif isinstance(value, Printed):
            out.append(num(value.value))
            reasons.append(None)
        else:
            shown = rounded(value, style) if as_rate else shown_amount(value, style)
            out.append(num(shown))
            reasons.append(None)
    if any(r is not None for r in reasons):
        why[key] = reasons
    return out


def render_compare(view: CompareView, style: Style) -> str:
    from gxreport.render.layout.compare import across_findings, alone_amount

    comparison = view.comparison
    indicators = []
    for series in comparison.series:
        ind = series.indicator
        steps = series.steps
        why: dict[str, list[str | None]] = {}
        item: dict[str, Any] = {
            "id": ind.id,
            "name": ind.name,
            "unit": ind.unit,
            "kind": ind.kind,
            "values": [num(s.value) for s in steps],
            "period_alone": [
                num(Decimal(alone_amount(s, style)))
                if isinstance(s.period_alone, Fraction)
                else None
                for s in steps
            ],
            "qoq_pct": _list(style, "qoq_pct", [s.qoq_pct for s in steps], True, why),
            "completion_pct": _list(
                style, "completion_pct", [s.completion for s in steps], True, why
            ),
            "completion_gain_pp": _list(
                style, "completion_gain_pp", [s.completion_gain_pp for s in steps], True, why
            ),
            "schedule_gap_pp": _list(
                style, "schedule_gap_pp", [s.schedule_gap_pp for s in steps], True, why
            ),
            "schedule_gap_change_pp": _list(
                style,
                "schedule_gap_change_pp",
                [s.schedule_gap_change_pp for s in steps],
                True,
                why,
            ),
        }
        yoy_key = "yoy_pp" if series.yoy_is_pp else "yoy_pct"
        item[yoy_key] = _list(style, yoy_key, [s.yoy for s in steps], True, why)
        if series.yoy_is_pp:
            item["yoy_pct"] = [None] * len(steps)
        item["yoy_change_pp"] = _list(
            style, "yoy_change_pp", [s.yoy_change_pp for s in steps], True, why
        )
        item["yoy_trend"] = [s.yoy_trend for s in steps]
        item["change"] = _list(style, "change", [s.change for s in steps], False, why)
        if comparison.lengths_differ:
            item["per_month_qoq_pct"] = _list(
                style, "per_month_qoq_pct", [s.per_month_qoq_pct for s in steps], True, why
            )
        item["targets"] = [num(s.target) for s in steps]
        alone_why: list[str | None] = [
            s.period_alone.reason if isinstance(s.period_alone, NA) else None for s in steps
        ]
        if any(alone_why):
            why["period_alone"] = alone_why
        if why:
            item["why"] = why
        indicators.append(item)
    findings = [
        {"source": a.source, **_finding(f, style)} for a in view.audits for f in across_findings(a)
    ]
    doc = {
        "schema": SCHEMA,
        "generator": f"gxreport {__version__}",
        "command": "compare",
        "entity": comparison.entity,
        "year": comparison.year,
        "display": {"decimals": style.decimals, "rounding": style.rounding},
        "periods": [{"source": p.source, "as_of": p.as_of.isoformat()} for p in comparison.periods],
        "lengths_differ": comparison.lengths_differ,
        "indicators": indicators,
        "left_out": [
            {"id": x.id, "name": x.name, "present_in": list(x.present_in)}
            for x in comparison.left_out
        ],
        "findings": findings,
    }
    return dumps(doc) + "\n"


def render_rank(league: League, style: Style) -> str:
    entities = []
    for p in league.entities:
        entities.append(
            {
                "entity": p.entity,
                "source": p.source,
                "value": num(p.shown),
                "rank": p.rank,
                "tied": p.tied,
                "stated_rank": p.stated_rank,
                "agrees": None if p.agreement is None else p.agreement == "agrees",
                "agreement": p.agreement,
                **({"why": p.value.reason} if isinstance(p.value, NA) else {}),
                **({"printed": True} if isinstance(p.value, Printed) else {}),
            }
        )
    doc = {
        "schema": SCHEMA,
        "generator": f"gxreport {__version__}",
        "command": "rank",
        "indicator": league.indicator_id,
        "name": league.name,
        "unit": league.unit,
        "by": league.by,
        "ties": league.ties,
        "lower_is_better": league.lower_is_better,
        "display": {"decimals": style.decimals, "rounding": style.rounding},
        "entities": entities,
    }
    return dumps(doc) + "\n"
