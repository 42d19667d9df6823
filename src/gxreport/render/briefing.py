"""The briefing (简报): 公文 prose, tables, attention list and data check, through Jinja2.

The built-in layout is itself a template (templates/briefing.md.j2); ``--template`` swaps
in an organisation's own, which receives the same context. Everything a template prints
is escaped for Markdown unless it is one of the ready-made parts built here.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from gxreport.errors import Problem, UsageError
from gxreport.i18n import (
    BRIEFING,
    LABELS,
    PLAN_NAMES,
    ROUNDING_NAMES,
    YOY_WORDS,
    Lang,
    reason,
    status,
    with_unit,
    zh_number,
)
from gxreport.render._cells import (
    CHECK_NUMERIC,
    COMPACT_KEYS,
    COMPACT_NUMERIC,
    check_headers,
    closing_line,
    compact_cells,
    compact_headers,
    date_text,
    finding_cells,
    headers,
    name_text,
    summary_cells,
)
from gxreport.render._fmt import DASH, Style, amount, given, number, rate
from gxreport.render.markdown import NUMERIC_COLUMNS, escape, table
from gxreport.report import Briefing, Maybe, Report, Row

TEMPLATE = Path(__file__).resolve().parent.parent / "templates" / "briefing.md.j2"


class Safe(str):
    """Markdown built here, already escaped: printed by a template as it is."""


def phrase(key: str, lang: Lang, **fields: str) -> str:
    return BRIEFING[key][lang].format(**fields)


def _join(clauses: list[str], lang: Lang, bare_name: bool = False) -> str:
    """Clauses into one sentence; a bare name runs straight into what follows it
    (新开工项目投资额年度目标完成率为83%), in English after a colon."""
    kept = [c for c in clauses if c]
    if bare_name and len(kept) > 1:
        kept[:2] = [kept[0] + ("" if lang == "zh" else ": ") + kept[1]]
    body = ("，" if lang == "zh" else ", ").join(kept)
    return body + ("。" if lang == "zh" else ".")


def _period(row: Row, lang: Lang) -> str:
    """Who must deliver: 下半年每季度 after 30 June, 第四季度 after 30 September."""
    at = (row.as_of.month, row.as_of.day)
    key = {(6, 30): "period_h2", (9, 30): "period_q4"}.get(at, "period_rest")
    return phrase(key, lang)


def _yoy_clause(row: Row, style: Style) -> str:
    lang = style.lang
    if row.yoy_words is not None:
        words = YOY_WORDS[row.yoy_words][lang]
        return "同比" + words if lang == "zh" and row.yoy_words != "new" else words
    if not isinstance(row.yoy, Decimal):
        return ""
    text = number(abs(row.yoy), style)
    if text.strip("0.") == "":
        return phrase("yoy_flat", lang)
    up = row.yoy > 0
    if row.yoy_is_pp:
        return phrase("yoy_pp_up" if up else "yoy_pp_down", lang, x=text)
    return phrase("yoy_up" if up else "yoy_down", lang, x=text)


def _rank_clause(row: Row, lang: Lang) -> str:
    rank = row.indicator.rank
    if rank is None:
        return ""
    position = zh_number(rank.position) if lang == "zh" else str(rank.position)
    among = rank.among or ""
    if rank.of is not None:
        of = zh_number(rank.of) if lang == "zh" else str(rank.of)
        return phrase("rank_of", lang, of=of, among=among, position=position)
    return phrase("rank", lang, among=among, position=position).strip()


def indicator_sentence(row: Row, report: Report, style: Style) -> str:
    """One sentence on one indicator, in 公文 order: amount, completion, schedule, 同比,
    what the stretch target still asks, rank."""
    lang = style.lang
    ind = row.indicator
    unit = ind.unit

    def u(text: str) -> str:
        return with_unit(text, unit, lang)

    clauses: list[str] = []
    name = name_text(row, report.info.as_of, style)
    if ind.actual is not None:
        key = "actual" if ind.kind == "cumulative" else "actual_level"
        clauses.append(phrase(key, lang, name=name, actual=u(given(ind.actual))))
    else:
        clauses.append(name)
    plan = row.annual
    target = u(given(plan.target)) if plan is not None else ""
    if plan is not None and plan.met is not None:
        if ind.kind == "cumulative" and ind.better == "higher":
            if plan.surplus is not None:
                clauses.append(phrase("met", lang, target=target, surplus=u(given(plan.surplus))))
            else:
                clauses.append(phrase("completion", lang, rate=rate(plan.completion, style)))
                gap = plan.schedule_gap_pp
                if isinstance(gap, Decimal):
                    shown = number(abs(gap), style)
                    if shown.strip("0.") == "":
                        clauses.append(phrase("on_schedule", lang))
                    else:
                        clauses.append(phrase("ahead" if gap > 0 else "behind", lang, pp=shown))
        elif ind.kind == "reduction":
            clauses.append(
                phrase(
                    "reduction",
                    lang,
                    target=target,
                    index=rate(plan.completion, style),
                )
            )
        elif ind.kind == "average" and ind.better == "lower":
            if plan.met:
                clauses.append(phrase("cap_within", lang, target=target))
            else:
                clauses.append(
                    phrase(
                        "cap_over",
                        lang,
                        target=target,
                        required=u(amount(plan.required_average, style)),
                    )
                )
        elif plan.met:
            clauses.append(phrase("level_met", lang, target=target))
        elif plan.margin is not None:
            # A rate's distance to its target is in 个百分点, at the passage's decimals.
            gap_text = (
                number(abs(plan.margin), style)
                + ("个百分点" if lang == "zh" else " percentage points")
                if ind.unit_info.is_percent
                else u(given(abs(plan.margin)))
            )
            clauses.append(phrase("short_of_level", lang, target=target, gap=gap_text))
    elif ind.stated is not None and ind.stated.completion is not None:
        clauses.append(phrase("completion_stated", lang, rate=ind.stated.completion.text))
    elif plan is not None:
        clauses.append(phrase("target_only", lang, target=target))
    clauses.append(_yoy_clause(row, style))
    if isinstance(row.share, Decimal):
        whole = report.row(ind.share_of) if ind.share_of else None
        if whole is not None:
            clauses.append(
                phrase("share", lang, whole=whole.indicator.name, share=rate(row.share, style))
            )
        else:
            clauses.append(phrase("share_plain", lang, share=rate(row.share, style)))
    stretch = row.stretch
    # What the stretch target still asks; a missed annual target is for the attention list.
    short = stretch if stretch is not None and not stretch.met else None
    if short is not None and isinstance(short.remaining, Decimal) and ind.kind == "cumulative":
        clauses.append(
            phrase(
                "short_of_stretch",
                lang,
                target=u(given(short.target)),
                remaining=u(amount(short.remaining, style)),
                period=_period(row, lang),
                per_quarter=u(amount(short.per_quarter, style)),
            )
        )
    clauses.append(_rank_clause(row, lang))
    return _join(clauses, lang, bare_name=ind.actual is None)


def overview(report: Report, style: Style) -> tuple[str, str | None]:
    lang = style.lang
    with_target = [r for r in report.rows if r.annual is not None]
    counts: dict[str, int] = {}
    for row in with_target:
        counts[row.status] = counts.get(row.status, 0) + 1
    order = ["ahead", "behind", "met", "not-met", "exceeded", "infeasible", "no-actual"]
    parts = [
        phrase("count_part", lang, count=str(counts[key]), status=status(key, lang))
        for key in order
        if counts.get(key)
    ]
    sentences = []
    if with_target:
        sentences.append(
            phrase("counted", lang, n=str(len(with_target)), parts="")
            + ("，" if lang == "zh" else ", ").join(parts)
            + ("。" if lang == "zh" else ".")
        )
    without = len(report.rows) - len(with_target)
    if without:
        sentences.append(phrase("no_target_count", lang, count=str(without)))
    halves = [r.indicator.name for r in report.rows if r.half_time_half_task]
    half = (
        phrase("half_half", lang, names=("、" if lang == "zh" else ", ").join(halves))
        if halves
        else None
    )
    return ("" if lang == "zh" else " ").join(sentences), half


def attention(report: Report, style: Style) -> list[str]:
    """Behind schedule, short of a target, infeasible, or 同比 moving the wrong way."""
    lang = style.lang
    items = []
    for row in report.rows:
        ind = row.indicator
        plan = row.annual
        target = with_unit(given(plan.target), ind.unit, lang) if plan is not None else ""
        if plan is not None and plan.infeasible:
            items.append(
                phrase(
                    "attention_infeasible",
                    lang,
                    name=ind.name,
                    plan=PLAN_NAMES["target"][lang] if lang == "zh" else "annual target",
                    target=target,
                    why=reason(plan.infeasible, lang),
                )
            )
        elif row.status == "behind" and plan is not None:
            items.append(
                phrase(
                    "attention_behind",
                    lang,
                    name=ind.name,
                    pp=number(_abs(plan.schedule_gap_pp), style),
                    period=_period(row, lang),
                    per_quarter=with_unit(amount(plan.per_quarter, style), ind.unit, lang),
                )
            )
        elif row.status in ("not-met", "exceeded"):
            if row.status == "exceeded":
                key = "attention_exceeded"
            elif ind.better == "lower" and ind.kind != "reduction":
                key = "attention_over_cap"
            else:
                key = "attention_not_met"
            actual = with_unit(given(ind.actual), ind.unit, lang)
            items.append(phrase(key, lang, name=ind.name, actual=actual, target=target))
        if row.yoy_improved is False:
            items.append(phrase("attention_yoy", lang, name=ind.name, yoy=_yoy_clause(row, style)))
    return items


def _abs(value: Maybe) -> Maybe:
    return abs(value) if isinstance(value, Decimal) else value


def _label(key: str, lang: Lang) -> str:
    if key in BRIEFING:
        return BRIEFING[key][lang]
    return LABELS[key][lang]


def context(briefing: Briefing, style: Style) -> dict[str, Any]:
    report, audit = briefing.report, briefing.audit
    lang = style.lang
    info = report.info
    groups = []
    for index, (name, rows) in enumerate(report.groups, start=1):
        shown = name or LABELS["ungrouped"][lang]
        heading = f"{zh_number(index)}、{shown}" if lang == "zh" else f"{index}. {shown}"
        prose = ("" if lang == "zh" else " ").join(
            indicator_sentence(r, report, style) for r in rows
        )
        grid = table(
            headers(style), [summary_cells(r, info.as_of, style) for r in rows], NUMERIC_COLUMNS
        )
        groups.append(
            {
                "name": name,
                "heading": heading,
                "prose": Safe(escape(prose)),
                "table": Safe(grid),
                "rows": rows,
            }
        )
    gap_rows = [
        compact_cells(r, r.annual, info.as_of, style)
        for r in report.rows
        if r.annual is not None and r.annual.met is not None
    ]
    numeric = {i for i, key in enumerate(COMPACT_KEYS) if key in COMPACT_NUMERIC}
    gap_table = Safe(table(compact_headers(style), gap_rows, numeric)) if gap_rows else None
    check_table = None
    if audit.findings:
        check_table = Safe(
            table(
                check_headers(style),
                [finding_cells(f, style) for f in audit.findings],
                set(CHECK_NUMERIC),
            )
        )
    overview_text, half = overview(report, style)
    return {
        "report": report,
        "audit": audit,
        "style": style,
        "lang": lang,
        "title": info.title,
        "as_of_line": ("" if lang == "zh" else " ").join(
            [
                phrase(
                    "as_of_line",
                    lang,
                    date=date_text(info.as_of, lang),
                    progress=rate(report.time_progress * 100, style),
                ),
                *([phrase("source_line", lang, source=info.source)] if info.source else []),
            ]
        ),
        "overview": overview_text,
        "half_half": half,
        "groups": groups,
        "attention": [Safe(escape(item)) for item in attention(report, style)],
        "gap_table": gap_table,
        "check_table": check_table,
        "check_closing": closing_line([audit], style),
        "footnote": phrase(
            "footnote",
            lang,
            basis=BRIEFING[f"basis_{info.basis}"][lang],
            rounding=ROUNDING_NAMES[style.rounding][lang],
            decimals=str(style.decimals),
        ),
        "t": lambda key: _label(key, lang),
        "md": escape,
        "rate": lambda value: rate(value, style),
        "amount": lambda value: amount(value, style),
        "given": given,
        "dash": DASH,
    }


def _finalize(value: object) -> str:
    if isinstance(value, Safe):
        return value
    if value is None:
        return ""
    return escape(str(value))


def render_markdown(briefing: Briefing, style: Style) -> str:
    from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError
    from jinja2.sandbox import SandboxedEnvironment

    env = SandboxedEnvironment(
        finalize=_finalize,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters["md"] = escape
    path = briefing.template or TEMPLATE
    name = str(path)
    try:
        source = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(Problem(f"cannot read the template: {exc}", file=name)) from None
    try:
        text = env.from_string(source).render(context(briefing, style))
    except TemplateSyntaxError as exc:
        raise UsageError(
            Problem(f"template syntax error: {exc.message}", file=name, line=exc.lineno)
        ) from None
    except TemplateError as exc:
        raise UsageError(Problem(f"template error: {exc}", file=name)) from None
    return _tidy(text)


def _tidy(text: str) -> str:
    """At most one blank line in a row, one newline at the end."""
    lines = text.splitlines()
    out: list[str] = []
    for line in lines:
        line = line.rstrip()
        if line == "" and (not out or out[-1] == ""):
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"
