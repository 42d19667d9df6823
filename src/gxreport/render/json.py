"""JSON, schema 1: exact decimal numbers (never via float), null with a reason code in ``why``."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from gxreport import __version__
from gxreport.audit import VERDICTS, Audit
from gxreport.render._fmt import Style, rounded, shown_amount
from gxreport.report import NA, Gap, Maybe, Plan, Report, Row

SCHEMA = 1


def dumps(value: Any, indent: int = 0) -> str:
    """json.dumps, but Decimals are written as the exact numbers they are."""
    pad = "  " * (indent + 1)
    if isinstance(value, Decimal):
        text = format(value, "f")
        return "0" if text == "-0" else text
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [
            f"{pad}{json.dumps(k, ensure_ascii=False)}: {dumps(v, indent + 1)}"
            for k, v in value.items()
        ]
        return "{\n" + ",\n".join(items) + "\n" + "  " * indent + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [pad + dumps(v, indent + 1) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + "  " * indent + "]"
    return json.dumps(value, ensure_ascii=False)


class _Fields:
    """Collects one object's fields, recording why each null one is null."""

    def __init__(self, style: Style) -> None:
        self.style = style
        self.data: dict[str, Any] = {}
        self.why: dict[str, str] = {}

    def rate(self, key: str, value: Maybe) -> None:
        if isinstance(value, NA):
            self.data[key] = None
            self.why[key] = value.reason
        else:
            self.data[key] = rounded(value, self.style.decimals, self.style.rounding)

    def amount(self, key: str, value: Maybe) -> None:
        if isinstance(value, NA):
            self.data[key] = None
            self.why[key] = value.reason
        else:
            self.data[key] = shown_amount(value, self.style)

    def done(self) -> dict[str, Any]:
        if self.why:
            self.data["why"] = self.why
        return self.data


def report_head(report: Report, style: Style, command: str) -> dict[str, Any]:
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
            "time_progress_pct": rounded(
                report.time_progress * 100, style.decimals, style.rounding
            ),
        },
        "display": {"decimals": style.decimals, "rounding": style.rounding},
    }


def plan_object(plan: Plan, style: Style) -> dict[str, Any]:
    f = _Fields(style)
    f.data["kind"] = plan.kind
    f.data["target"] = plan.target
    f.data["met"] = plan.met
    f.rate("completion_pct", plan.completion)
    f.rate("schedule_gap_pp", plan.schedule_gap_pp)
    f.amount("remaining", plan.remaining)
    f.data["surplus"] = plan.surplus
    f.amount("per_month", plan.per_month)
    f.amount("per_quarter", plan.per_quarter)
    f.amount("per_day", plan.per_day)
    f.data["quarters"] = [
        {"quarter": q.index, "amount": shown_amount(q.amount, style), "partial": q.partial}
        for q in plan.quarters
    ]
    f.data["months"] = [
        {"month": m.index, "amount": shown_amount(m.amount, style), "partial": m.partial}
        for m in plan.months
    ]
    f.data["checkpoints"] = [
        {
            "quarter": c.quarter,
            "cumulative": shown_amount(c.cumulative, style),
            "in_quarter": shown_amount(c.in_quarter, style),
        }
        for c in plan.checkpoints
    ]
    f.rate("pace_ratio", plan.pace_ratio)
    f.rate("projected_completion_pct", plan.projected_completion)
    f.data["reached_month"] = plan.reached_month
    f.amount("required_average", plan.required_average)
    f.data["margin"] = plan.margin
    f.data["infeasible"] = plan.infeasible
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
        time_progress_pct=rounded(row.time_progress * 100, style.decimals, style.rounding),
        actual=ind.actual,
        target=ind.target,
        stretch=ind.stretch,
        last_year=ind.last_year,
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
    f.data["rank"] = (
        {"position": ind.rank.position, "of": ind.rank.of, "among": ind.rank.among}
        if ind.rank
        else None
    )
    if with_plans:
        f.data["plans"] = [plan_object(p, style) for p in row.plans]
    return f.done()


def render_summary(report: Report, style: Style) -> str:
    doc = report_head(report, style, "summary")
    doc["indicators"] = [row_object(row, style) for row in report.rows]
    return dumps(doc) + "\n"


def render_gap(gap: Gap, style: Style) -> str:
    doc = report_head(gap.report, style, "gap")
    doc["indicators"] = [
        {
            **row_object(row, style, with_plans=False),
            "plans": [plan_object(p, style) for p in gap.plans(row)],
        }
        for row in gap.rows
    ]
    return dumps(doc) + "\n"


def render_check(audits: list[Audit], style: Style) -> str:
    files = []
    for audit in audits:
        findings = []
        for f in audit.findings:
            findings.append(
                {
                    "id": f.indicator.id,
                    "name": f.indicator.name,
                    "figure": f.key,
                    "stated": f.stated_text,
                    "stated_value": f.stated,
                    "stated_decimals": f.decimals,
                    "kind": f.kind,
                    "verdict": f.verdict,
                    "recomputed": f.recomputed,
                    "difference": f.difference,
                    "reached": list(f.reached) if f.reached else None,
                    "rule": f.rule,
                    "implied": [
                        {
                            "input": i.input,
                            "low": i.low,
                            "high": i.high,
                            "given": i.given,
                            "holds": i.holds,
                        }
                        for i in f.implied
                    ],
                    "reason": f.reason,
                }
            )
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
        "files": files,
    }
    return dumps(doc) + "\n"
