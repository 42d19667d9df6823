"""The summary's cells as text, shared by the table and Markdown renderers (format only)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import ROUND_DOWN, Decimal

from gxreport.audit import VERDICTS, Audit, Finding
from gxreport.i18n import (
    CHECK_TEXT,
    INPUT_NAMES,
    PLAN_NAMES,
    ROUNDING_NAMES,
    SENTENCES,
    STATED_NAMES,
    VERDICT_NAMES,
    YOY_WORDS,
    Lang,
    label,
    month_name,
    quarter_name,
    reason,
    status,
    with_unit,
)
from gxreport.render._fmt import (
    DASH,
    Style,
    amount,
    given,
    number,
    plain,
    rate,
    ratio,
    rounded,
)
from gxreport.report import NA, PeriodAmount, Plan, Report, Row

SUMMARY_KEYS = (
    "indicator",
    "unit",
    "actual",
    "target",
    "completion",
    "schedule_gap_pp",
    "yoy",
    "rank",
    "status",
)
# Columns of the summary that hold numbers (right-aligned).
NUMERIC = frozenset({"actual", "target", "completion", "schedule_gap_pp", "yoy"})


def headers(style: Style) -> list[str]:
    return [label(key, style.lang) for key in SUMMARY_KEYS]


def yoy_text(row: Row, style: Style) -> str:
    """同比 as a cell: ``+3.2%``, ``-1.5个百分点``, or words for a zero or negative base."""
    if row.yoy_words is not None:
        return YOY_WORDS[row.yoy_words][style.lang]
    if isinstance(row.yoy, NA):
        return DASH
    text = number(row.yoy, style, signed=True)
    if row.yoy_is_pp:
        return text + ("个百分点" if style.lang == "zh" else " pp")
    return text + "%"


def date_text(day: dt.date, lang: Lang, with_year: bool = True) -> str:
    if lang == "zh":
        return f"{day.year}年{day.month}月{day.day}日" if with_year else f"{day.month}月{day.day}日"
    return day.isoformat()


def heading_line(report: Report, style: Style) -> str:
    """The line under a title: the as-of date and 序时进度."""
    return label("heading_line", style.lang).format(
        date=date_text(report.info.as_of, style.lang),
        progress=rate(report.time_progress * 100, style),
    )


def gap_heading(row: Row, style: Style) -> list[str]:
    """A gap section's title and its line: where the indicator stands, as of when."""
    lang = style.lang
    ind = row.indicator
    key = "gap_line" if ind.kind == "cumulative" else f"gap_line_{ind.kind}"
    if ind.actual is None:
        key = "gap_line_no_actual"
    line = label(key, lang).format(
        date=date_text(row.as_of, lang),
        actual=given(ind.actual),
        unit=ind.unit,
        progress=rate(row.time_progress * 100, style),
    )
    return [label("gap_title", lang).format(name=ind.name), line]


def name_text(row: Row, report_as_of: dt.date, style: Style) -> str:
    """The indicator's name, with its own as-of date when it differs from the report's."""
    name = row.indicator.name
    if row.as_of != report_as_of:
        if style.lang == "zh":
            return f"{name}（截至{date_text(row.as_of, 'zh', with_year=False)}）"
        return f"{name} (to {row.as_of.isoformat()})"
    return name


def rank_text(row: Row, style: Style) -> str:
    """A place as stated: ``全市第1``, ``4个开发区第1``; ``#1 of 4 (开发区)``."""
    rank = row.indicator.rank
    if rank is None:
        return ""
    among = rank.among or ""
    if style.lang == "zh":
        field = f"{rank.of}个{among}" if rank.of is not None else among
        return f"{field}第{rank.position}"
    text = f"#{rank.position}" + (f" of {rank.of}" if rank.of is not None else "")
    return text + (f" ({among})" if among else "")


def summary_cells(row: Row, report_as_of: dt.date, style: Style) -> list[str]:
    ind = row.indicator
    return [
        name_text(row, report_as_of, style),
        ind.unit,
        given(ind.actual),
        given(ind.target),
        rate(row.completion, style),
        number(row.schedule_gap_pp, style, signed=True),
        yoy_text(row, style),
        rank_text(row, style),
        status(row.status, style.lang),
    ]


def rounding_note(style: Style) -> str:
    return label("rounding_note", style.lang).format(
        decimals=style.decimals, rounding=ROUNDING_NAMES[style.rounding][style.lang]
    )


# ── gap ──────────────────────────────────────────────────────────────────────


def plan_header(row: Row, plan: Plan, style: Style) -> str:
    name = PLAN_NAMES[plan.kind][style.lang]
    return f"{name} {with_unit(given(plan.target), row.indicator.unit, style.lang)}"


def gap_matrix(row: Row, plans: tuple[Plan, ...], style: Style) -> list[tuple[str, list[str]]]:
    """The gap table for one indicator: a label, then one cell per plan, for each figure."""
    lang = style.lang
    lines: list[tuple[str, list[str]]] = []

    def add(key: str, cells: list[str], text: str | None = None) -> None:
        if any(c != DASH for c in cells):
            lines.append((text or label(key, lang), cells))

    add("completion", [rate(p.completion, style) for p in plans])
    add("schedule_gap_pp", [number(p.schedule_gap_pp, style, signed=True) for p in plans])
    if row.indicator.kind in ("average", "level") or row.indicator.better == "lower":
        add("margin", [given(p.margin) for p in plans])
    add("remaining", [amount(p.remaining, style) for p in plans])
    add("surplus", [given(p.surplus) if p.surplus is not None else DASH for p in plans])
    add("per_quarter", [amount(p.per_quarter, style) for p in plans])
    add("per_month", [amount(p.per_month, style) for p in plans])
    if row.indicator.unit_info.base == "天" or row.days_left < 31:
        add("per_day", [amount(p.per_day, style) for p in plans])
    quarters = sorted({q.index: q.partial for p in plans for q in p.quarters}.items())
    for index, partial in quarters:
        key = "quarter_needs_partial" if partial else "quarter_needs"
        text = label(key, lang).format(quarter=quarter_name(index, lang))
        cells = [_period_amount(p.quarters, index, style) for p in plans]
        add(key, cells, text)
    add("pace_ratio", [ratio(p.pace_ratio, style) for p in plans])
    add("projected_completion", [rate(p.projected_completion, style) for p in plans])
    add(
        "reached_month",
        [month_name(p.reached_month, lang) if p.reached_month else DASH for p in plans],
    )
    checkpoint_quarters = sorted({c.quarter for p in plans for c in p.checkpoints})
    for index in checkpoint_quarters:
        text = label("checkpoint_at", lang).format(quarter=quarter_name(index, lang))
        cells = [
            next((amount(c.cumulative, style) for c in p.checkpoints if c.quarter == index), DASH)
            for p in plans
        ]
        add("checkpoint_at", cells, text)
    add("required_average", [amount(p.required_average, style) for p in plans])
    add(
        "feasibility",
        [
            reason(p.infeasible, lang)
            if p.infeasible
            else status("met", lang)
            if p.met
            else label("feasible", lang)
            for p in plans
            if p.met is not None
        ]
        or [DASH] * len(plans),
    )
    return lines


def _period_amount(periods: tuple[PeriodAmount, ...], index: int, style: Style) -> str:
    return next((amount(p.amount, style) for p in periods if p.index == index), DASH)


def gap_sentences(row: Row, plans: tuple[Plan, ...], style: Style) -> list[str]:
    """A paragraph a plan: what is left, at what pace, and when it is reached."""
    lang = style.lang
    unit = row.indicator.unit
    if not plans:
        return [label("gap_no_target", lang)]
    paragraphs = []
    for plan in plans:
        out: list[str] = []
        if plan.met is None:
            continue
        fields = {
            "plan": PLAN_NAMES[plan.kind][lang],
            "plan_lower": PLAN_NAMES[plan.kind][lang].lower(),
            "target": with_unit(given(plan.target), unit, lang),
            "remaining": with_unit(amount(plan.remaining, style), unit, lang),
            "per_quarter": with_unit(amount(plan.per_quarter, style), unit, lang),
            "per_month": with_unit(amount(plan.per_month, style), unit, lang),
            "pace": ratio(plan.pace_ratio, style).rstrip("×"),
            "surplus": with_unit(
                given(plan.surplus) if plan.surplus is not None else DASH, unit, lang
            ),
            "projected": rate(plan.projected_completion, style),
            "month": str(plan.reached_month),
            "required": with_unit(amount(plan.required_average, style), unit, lang),
            "why": reason(plan.infeasible, lang) if plan.infeasible else "",
        }
        kind = row.indicator.kind
        if kind == "average":
            key = "average-lower" if row.indicator.better == "lower" else "average-higher"
            if isinstance(plan.required_average, Decimal):
                out.append(SENTENCES[key][lang].format(**fields))
        elif plan.surplus is not None:
            out.append(SENTENCES["met"][lang].format(**fields))
        elif isinstance(plan.per_month, Decimal):
            key = "pace" if isinstance(plan.pace_ratio, Decimal) else "no-pace"
            out.append(SENTENCES[key][lang].format(**fields))
            if plan.reached_month is not None:
                out.append(SENTENCES["reached"][lang].format(**fields))
            elif isinstance(plan.projected_completion, Decimal):
                out.append(SENTENCES["not-reached"][lang].format(**fields))
        if plan.infeasible:
            out.append(SENTENCES["infeasible"][lang].format(**fields))
        if out:
            paragraphs.append((" " if lang == "en" else "").join(out))
    return paragraphs


COMPACT_KEYS = (
    "indicator",
    "target",
    "completion",
    "remaining",
    "per_quarter",
    "per_month",
    "pace_ratio",
    "status",
)
COMPACT_NUMERIC = frozenset(COMPACT_KEYS[1:-1])


def compact_headers(style: Style) -> list[str]:
    return [label(key, style.lang) for key in COMPACT_KEYS]


def compact_cells(row: Row, plan: Plan, report_as_of: dt.date, style: Style) -> list[str]:
    unit = row.indicator.unit
    return [
        name_text(row, report_as_of, style),
        with_unit(given(plan.target), unit, style.lang),
        rate(plan.completion, style),
        amount(plan.remaining, style),
        amount(plan.per_quarter, style),
        amount(plan.per_month, style),
        ratio(plan.pace_ratio, style),
        status(plan.status, style.lang),
    ]


# ── check ────────────────────────────────────────────────────────────────────


def _kind_unit(kind: str, unit: str, lang: Lang) -> str:
    if kind == "percent":
        return "%"
    if kind == "pp":
        return "个百分点" if lang == "zh" else " pp"
    return unit


def _figure(value: Decimal, kind: str, unit: str, decimals: int, style: Style) -> str:
    text = plain(rounded(value, decimals, style.rounding))
    if kind == "percent":
        return text + "%"
    if kind == "pp":
        return text + ("个百分点" if style.lang == "zh" else " pp")
    return with_unit(text, unit, style.lang)


def finding_note(f: Finding, style: Style) -> str:
    lang = style.lang
    unit = f.indicator.unit
    show = max(style.decimals, f.decimals + 1)

    def fig(value: Decimal, kind: str = f.kind) -> str:
        return _figure(value, kind, unit, show, style)

    if f.verdict == "within-rounding" and f.reached is not None:
        return CHECK_TEXT["reached"][lang].format(low=fig(f.reached[0]), high=fig(f.reached[1]))
    if f.rule is not None:
        return CHECK_TEXT[f.rule][lang]
    parts = []
    for imp in f.implied:
        name = INPUT_NAMES.get(imp.input, {"zh": imp.input, "en": imp.input})[lang]
        kind = "percent" if imp.input == "completion" else "amount"
        low = _figure(imp.low, kind, unit, style.decimals, style)
        high = _figure(imp.high, kind, unit, style.decimals, style)
        if imp.given is None:
            key = "implied-missing"
        else:
            key = "implied-given"
        parts.append(
            CHECK_TEXT[key][lang].format(
                input=name,
                low=low,
                high=high,
                given=given(imp.given) if imp.given is not None else "",
            )
        )
    if parts:
        return ("；" if lang == "zh" else "; ").join(parts)
    if f.verdict == "not-checkable" and f.reason:
        return reason(f.reason, lang)
    return ""


def finding_cells(f: Finding, style: Style) -> list[str]:
    lang = style.lang
    unit = f.indicator.unit
    recomputed = DASH
    if f.recomputed is not None:
        # Two digits beyond the printed ones, cut off rather than rounded, so that every digit
        # shown is a true one (57.6549…, not a 57.655 that looks like it rounds up).
        cut = f.recomputed.quantize(Decimal(1).scaleb(-(f.decimals + 2)), rounding=ROUND_DOWN)
        recomputed = _figure(cut, f.kind, unit, f.decimals + 2, style)
    if f.difference is None:
        difference = DASH
    else:
        text = plain(f.difference)
        difference = ("+" + text if f.difference > 0 else text) + _kind_unit(f.kind, "", lang)
        if f.difference == 0:
            difference = "0"
    return [
        f.indicator.name,
        STATED_NAMES[f.key][lang],
        f.stated_text,
        recomputed,
        difference,
        VERDICT_NAMES[f.verdict][lang],
        finding_note(f, style),
    ]


def check_headers(style: Style) -> list[str]:
    return CHECK_TEXT["columns"][style.lang].split("|")


CHECK_NUMERIC = frozenset({3, 4})


def closing_line(audits: Sequence[Audit], style: Style) -> str:
    lang = style.lang
    counts = {v: sum(a.count(v) for a in audits) for v in VERDICTS}
    checked = sum(counts[v] for v in VERDICTS if v != "not-checkable")
    line = CHECK_TEXT["closing"][lang].format(
        n=checked,
        a=counts["consistent"],
        b=counts["within-rounding"],
        c=counts["rounding-differs"],
        d=counts["inconsistent"],
    )
    if counts["not-checkable"]:
        line += CHECK_TEXT["closing-more"][lang].format(e=counts["not-checkable"])
    return line + ("。" if lang == "zh" else ".")
