"""gap: for one indicator, its plans side by side with what each remaining period must bring;
with ``--all``, one compact row per indicator."""

from __future__ import annotations

import datetime as dt

from gxreport.exact import Fraction
from gxreport.i18n import (
    PLAN_NAMES,
    SENTENCES,
    LabelKey,
    SentenceKey,
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
    amount_cell,
    given,
    given_cell,
    number_cell,
    rate,
    rate_cell,
    ratio,
    ratio_cell,
)
from gxreport.render.document import (
    Cell,
    Column,
    Document,
    Heading,
    Note,
    Paragraph,
    Table,
    Title,
    cell_text,
)
from gxreport.render.layout._common import (
    date_text,
    heading_line,
    name_text,
    status_cell,
)
from gxreport.report import NA, PeriodAmount, Plan, Row
from gxreport.views import Gap


def layout(gap: Gap, style: Style) -> Document:
    doc = Document([Title(gap.report.info.title)])
    if gap.compact:
        doc.add(
            Heading(label("gap_all_title", style.lang)), Paragraph(heading_line(gap.report, style))
        )
        table = Table(compact_columns(style))
        table.rows = [
            compact_row(row, plan, gap.report.info.as_of, style)
            for row in gap.rows
            for plan in gap.plans(row)
        ]
        doc.add(table)
        return doc
    for row in gap.rows:
        plans = gap.plans(row)
        title, line = heading(row, style)
        doc.add(Heading(title), Paragraph(line))
        matrix = figures(row, plans, style)
        if matrix:
            columns = (Column(label("plan", style.lang), folds=True),) + tuple(
                Column(plan_header(row, p, style), numeric=True) for p in plans
            )
            doc.add(Table(columns, [(name, *cells) for name, cells in matrix]))
        if row.indicator.unit:
            doc.add(Note(label("unit_line", style.lang).format(unit=row.indicator.unit)))
        doc.add(*(Paragraph(p) for p in sentences(row, plans, style)))
    return doc


def heading(row: Row, style: Style) -> tuple[str, str]:
    """A section's title and its line: where the indicator stands, as of when."""
    lang = style.lang
    ind = row.indicator
    key = {
        "cumulative": "gap_line",
        "average": "gap_line_average",
        "level": "gap_line_level",
        "reduction": "gap_line_reduction",
    }[ind.kind]
    if ind.actual is None:
        key = "gap_line_no_actual"
    line = label(key, lang).format(  # type: ignore[arg-type]
        date=date_text(row.as_of, lang),
        actual=given(ind.actual, style),
        unit=ind.unit,
        progress=rate(row.progress_pct, style),
    )
    return label("gap_title", lang).format(name=ind.name), line


def plan_header(row: Row, plan: Plan, style: Style) -> str:
    name = PLAN_NAMES[plan.kind][style.lang]
    return f"{name} {with_unit(given(plan.target, style), row.indicator.unit, style.lang)}"


def _feasibility(plan: Plan, row: Row, style: Style) -> str:
    lang = style.lang
    if plan.infeasible:
        return reason(plan.infeasible, lang)
    if row.behaviour.ceiling or plan.status == "met":
        return status(plan.status, lang)
    # Reachable is not on course: where the run-rate falls short, say so beside it.
    projected = plan.projected_completion
    if isinstance(projected, Fraction):
        if projected < 100:
            return label("feasible_off_pace", lang).format(projected=rate(projected, style))
        return label("feasible_on_pace", lang)
    return label("feasible", lang)


def figures(row: Row, plans: tuple[Plan, ...], style: Style) -> list[tuple[str, list[Cell]]]:
    """The gap table for one indicator: a label, then one cell per plan, for each figure that
    applies to the indicator's kind (a figure no plan has is left out)."""
    lang = style.lang
    b = row.behaviour
    lines: list[tuple[str, list[Cell]]] = []

    def add(text: str, cells: list[Cell]) -> None:
        if any(cell_text(c) != DASH for c in cells):
            lines.append((text, cells))

    add(label("completion", lang), [rate_cell(p.completion, style) for p in plans])
    add(
        label("schedule_gap_pp", lang),
        [number_cell(p.schedule_gap_pp, style, signed=True) for p in plans],
    )
    add(label("usage", lang), [rate_cell(p.usage, style) for p in plans])
    add(label("line", lang), [amount_cell(p.line, style) for p in plans])
    if b.margin:
        add(label("margin", lang), [amount_cell(p.margin, style) for p in plans])
    remaining_key: LabelKey = "headroom" if b.ceiling else "remaining_cut" if b.cap else "remaining"
    add(label(remaining_key, lang), [amount_cell(p.remaining, style) for p in plans])
    add(label("surplus", lang), [amount_cell(p.surplus, style) for p in plans])
    add(label("per_quarter", lang), [amount_cell(p.per_quarter, style) for p in plans])
    add(label("per_month", lang), [amount_cell(p.per_month, style) for p in plans])
    if row.indicator.unit_info.base == "天" or row.days_left < 31:
        add(label("per_day", lang), [amount_cell(p.per_day, style) for p in plans])
    quarters = sorted({q.index: q.partial for p in plans for q in p.quarters}.items())
    for index, partial in quarters:
        key: LabelKey = "quarter_needs_partial" if partial else "quarter_needs"
        text = label(key, lang).format(quarter=quarter_name(index, lang))
        add(text, [_period_amount(p.quarters, index, style) for p in plans])
    add(label("pace_ratio", lang), [ratio_cell(p.pace_ratio, style) for p in plans])
    add(
        label("projected_completion", lang),
        [rate_cell(p.projected_completion, style) for p in plans],
    )
    add(
        label("reached_month", lang),
        [month_name(p.reached_month, lang) if p.reached_month else DASH for p in plans],
    )
    for index in sorted({c.quarter for p in plans for c in p.checkpoints}):
        text = label("checkpoint_at", lang).format(quarter=quarter_name(index, lang))
        cells: list[Cell] = [
            next(
                (amount_cell(c.cumulative, style) for c in p.checkpoints if c.quarter == index),
                DASH,
            )
            for p in plans
        ]
        add(text, cells)
    add(label("required_average", lang), [amount_cell(p.required_average, style) for p in plans])
    add(
        label("feasibility", lang),
        [_feasibility(p, row, style) if p.met is not None else DASH for p in plans],
    )
    return lines


def _period_amount(periods: tuple[PeriodAmount, ...], index: int, style: Style) -> Cell:
    return next((amount_cell(p.amount, style) for p in periods if p.index == index), DASH)


def _sentence_key(row: Row, plan: Plan) -> SentenceKey | None:
    b = row.behaviour
    if b.ceiling:
        return {
            "exceeded": "ceiling-exceeded",
            "above-line": "ceiling-above",
        }.get(plan.status, "ceiling-within")  # type: ignore[return-value]
    if b.required_average:
        if isinstance(plan.required_average, Fraction):
            return "average-lower" if b.lower else "average-higher"
        return "met" if plan.met else None
    if plan.met:
        return "met"
    if isinstance(plan.remaining, Fraction):
        months_only = isinstance(plan.per_quarter, NA) and plan.per_quarter.reason == (
            "under-a-quarter"
        )
        if b.cap:
            return "cut-months" if months_only else "cut"
        few = isinstance(plan.per_month, NA) and plan.per_month.reason == "under-one"
        paced = isinstance(plan.pace_ratio, Fraction)
        if few:
            return "pace-few" if paced else "no-pace-few"
        if isinstance(plan.per_month, Fraction):
            if months_only:
                return "pace-months" if paced else "no-pace-months"
            return "pace" if paced else "no-pace"
    return None


def sentences(row: Row, plans: tuple[Plan, ...], style: Style) -> list[str]:
    """A paragraph a plan: what is left, at what pace, and when it is reached."""
    lang = style.lang
    ind = row.indicator
    unit = ind.unit
    if not plans:
        return [label("gap_no_target", lang)]
    paragraphs = []
    for plan in plans:
        if plan.met is None:
            continue
        fields = {
            "plan": PLAN_NAMES[plan.kind][lang],
            "plan_lower": PLAN_NAMES[plan.kind][lang].lower(),
            "target": with_unit(given(plan.target, style), unit, lang),
            "remaining": with_unit(amount(plan.remaining, style), unit, lang),
            "per_quarter": with_unit(amount(plan.per_quarter, style), unit, lang),
            "per_month": with_unit(amount(plan.per_month, style), unit, lang),
            "pace": ratio(plan.pace_ratio, style).rstrip("×"),
            "surplus": with_unit(amount(plan.surplus, style), unit, lang),
            "projected": rate(plan.projected_completion, style),
            "month": str(plan.reached_month),
            "required": with_unit(amount(plan.required_average, style), unit, lang),
            "usage": rate(plan.usage, style),
            "line": with_unit(amount(plan.line, style), unit, lang),
            "over": with_unit(
                amount(-plan.margin if plan.margin is not None else None, style), unit, lang
            ),
            "why": reason(plan.infeasible, lang) if plan.infeasible else "",
        }
        out: list[str] = []
        key = _sentence_key(row, plan)
        if key is not None:
            out.append(SENTENCES[key][lang].format(**fields))
        if key in ("pace", "no-pace", "pace-few", "no-pace-few", "pace-months", "no-pace-months"):
            if plan.reached_month is not None:
                out.append(SENTENCES["reached"][lang].format(**fields))
            elif isinstance(plan.projected_completion, Fraction):
                out.append(SENTENCES["not-reached"][lang].format(**fields))
        if plan.infeasible:
            out.append(SENTENCES["infeasible"][lang].format(**fields))
        if out:
            paragraphs.append((" " if lang == "en" else "").join(out))
    return paragraphs


COMPACT_COLUMNS: tuple[LabelKey, ...] = (
    "indicator",
    "target",
    "completion",
    "remaining",
    "per_quarter",
    "per_month",
    "pace_ratio",
    "status",
)


def compact_columns(style: Style, in_prose: bool = False) -> tuple[Column, ...]:
    """``in_prose``: beside prose that gives the status (the briefing), which a narrow page
    may then leave out."""
    return tuple(
        Column(
            label(key, style.lang),
            numeric=key not in ("indicator", "status"),
            folds=key == "indicator",
            optional=in_prose and key == "status",
        )
        for key in COMPACT_COLUMNS
    )


def compact_row(row: Row, plan: Plan, report_as_of: dt.date, style: Style) -> tuple[Cell, ...]:
    unit = row.indicator.unit
    return (
        name_text(row, report_as_of, style),
        given_cell(plan.target, with_unit("", unit, style.lang), style=style),
        rate_cell(plan.completion, style),
        amount_cell(plan.remaining, style),
        amount_cell(plan.per_quarter, style),
        amount_cell(plan.per_month, style),
        ratio_cell(plan.pace_ratio, style),
        status_cell(plan.status, style.lang),
    )
