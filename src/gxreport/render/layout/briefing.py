"""The briefing (简报): overview, a section per group with 公文 prose and a table, the attention
list, what the rest of the year must deliver, the data check and the rounding footnote.

Its parts are built once (``parts``); the built-in layout arranges them as a Document, and a
user's own ``--template`` receives the same parts.
"""

from __future__ import annotations

from dataclasses import dataclass

from gxreport.analyze import status_counts
from gxreport.exact import Fraction
from gxreport.i18n import (
    BRIEFING,
    FORM,
    LABELS,
    PLAN_NAMES,
    ROUNDING_NAMES,
    YOY_WORDS,
    BriefingKey,
    FormKey,
    Lang,
    reason,
    status,
    with_unit,
    zh_number,
)
from gxreport.render._fmt import Style, amount, given, number, plain, pp_unit, rate
from gxreport.render.document import (
    Annex,
    Document,
    Heading,
    Image,
    Imprint,
    Items,
    Masthead,
    Note,
    Paragraph,
    Table,
    Title,
)
from gxreport.render.layout import check, gap
from gxreport.render.layout._common import (
    date_text,
    implausible_note,
    name_text,
    printed_note,
    summary_columns,
    summary_row,
)
from gxreport.report import NA, Attention, Plan, Printed, Report, Row, Status
from gxreport.rounding import shows_zero
from gxreport.views import AnnexPart, Briefing


def phrase(key: BriefingKey, lang: Lang, **fields: str) -> str:
    return BRIEFING[key][lang].format(**fields)


@dataclass(frozen=True)
class Group:
    name: str
    heading: str
    prose: str
    table: Table
    rows: tuple[Row, ...]
    chart: Image | None = None  # with --charts: completion against 序时进度, this group's


@dataclass(frozen=True)
class Parts:
    title: str
    as_of_line: str
    overview: str
    half_half: str | None
    groups: tuple[Group, ...]
    attention: tuple[str, ...]
    gap_table: Table | None
    check_table: Table | None
    check_closing: str
    footnote: str
    printed_note: str | None
    headings: dict[str, str]  # the numbered section headings (一、总体情况), by part
    since_heading: str | None  # with --since: how the figures moved since the earlier snapshot
    since: tuple[str, ...]
    masthead: Masthead | None = None  # with a [briefing] table or its options
    imprint: Imprint | None = None
    annexes: tuple[tuple[AnnexPart, str], ...] = ()  # (part, its title), numbered in order


def _join(clauses: list[str], lang: Lang, bare_name: bool = False) -> str:
    """Clauses into one sentence; a bare name runs straight into what follows it
    (新开工项目投资额年度目标完成率为83%), in English after a colon."""
    kept = [c for c in clauses if c]
    if bare_name and len(kept) > 1:
        kept[:2] = [kept[0] + ("" if lang == "zh" else ": ") + kept[1]]
    body = ("，" if lang == "zh" else ", ").join(kept)
    return body + ("。" if lang == "zh" else ".")


def _need(row: Row, plan: Plan, style: Style) -> dict[str, str]:
    """Who must deliver how much: 下半年每季度 after 30 June, 第四季度 after 30 September;
    with less than a quarter left, each month left (never a quarter's rate)."""
    lang = style.lang
    unit = row.indicator.unit
    if isinstance(plan.per_quarter, NA) and plan.per_quarter.reason == "under-a-quarter":
        return {
            "period": phrase("period_month", lang),
            "per_quarter": with_unit(amount(plan.per_month, style), unit, lang),
        }
    at = (row.as_of.month, row.as_of.day)
    key: BriefingKey = {(6, 30): "period_h2", (9, 30): "period_q4"}.get(at, "period_rest")  # type: ignore[assignment]
    return {
        "period": phrase(key, lang),
        "per_quarter": with_unit(amount(plan.per_quarter, style), unit, lang),
    }


def _magnitude(value: Fraction | Printed, style: Style) -> str:
    """|value| as prose prints it: at the chosen decimals, or as the source printed it."""
    if isinstance(value, Printed):
        return plain(abs(value.value))
    return number(abs(value), style)


def yoy_clause(row: Row, style: Style) -> str:
    lang = style.lang
    if row.yoy_words is not None:
        words = YOY_WORDS[row.yoy_words][lang]
        return "同比" + words if lang == "zh" and row.yoy_words != "new" else words
    yoy = row.yoy
    if not isinstance(yoy, (Fraction, Printed)):
        return ""
    text = _magnitude(yoy, style)
    if text.strip("0.") == "":
        return phrase("yoy_flat", lang)
    up = (yoy.value if isinstance(yoy, Printed) else yoy) > 0
    if row.yoy_is_pp:
        return phrase("yoy_pp_up" if up else "yoy_pp_down", lang, x=text)
    return phrase("yoy_up" if up else "yoy_down", lang, x=text)


def expected_clause(row: Row, style: Style) -> str:
    """高于/低于预期目标x个百分点: the 同比 against its target (target_yoy), by the figure as
    shown."""
    gap = row.yoy_vs_target_pp
    if not isinstance(gap, Fraction):
        return ""
    if row.status == "at-expected" or shows_zero(gap, style.precision):
        return phrase("expected_at", style.lang)
    key: BriefingKey = "expected_above" if gap > 0 else "expected_below"
    return phrase(key, style.lang, pp=number(abs(gap), style))


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


def _standing(row: Row, style: Style) -> list[str]:
    """Where the indicator stands against its annual target, in the words its kind takes."""
    lang = style.lang
    ind = row.indicator
    b = row.behaviour
    plan = row.annual
    unit = ind.unit
    if plan is None:
        return []
    target = with_unit(given(plan.target, style), unit, lang)
    if plan.met is None:
        if isinstance(row.completion, Printed):
            return [phrase("completion_stated", lang, rate=row.completion.text)]
        return [phrase("target_only", lang, target=target)]
    if b.ceiling:
        key: BriefingKey = {
            "exceeded": "ceiling_exceeded",
            "above-line": "ceiling_above",
        }.get(plan.status, "ceiling_within")  # type: ignore[assignment]
        return [phrase(key, lang, target=target, usage=rate(plan.usage, style))]
    if b.schedule:
        if plan.status == "met":
            return [
                phrase(
                    "met",
                    lang,
                    target=target,
                    surplus=with_unit(amount(plan.surplus, style), unit, lang),
                )
            ]
        out = [phrase("completion", lang, rate=rate(plan.completion, style))]
        gap_value = plan.schedule_gap_pp
        if plan.position == "on-schedule":
            out.append(phrase("on_schedule", lang))
        elif isinstance(gap_value, Fraction) and plan.position is not None:
            key = "ahead" if plan.position == "ahead" else "behind"
            out.append(phrase(key, lang, pp=number(abs(gap_value), style)))
        return out
    if b.kind == "reduction":
        return [phrase("reduction", lang, target=target, index=rate(plan.completion, style))]
    if b.required_average and b.lower:
        if plan.met:
            return [phrase("cap_within", lang, target=target)]
        return [
            phrase(
                "cap_over",
                lang,
                target=target,
                required=with_unit(amount(plan.required_average, style), unit, lang),
            )
        ]
    if plan.met:
        return [phrase("level_met", lang, target=target)]
    if plan.margin is not None:
        # A rate's distance to its target is in 个百分点, at the passage's decimals.
        gap_text = (
            number(abs(plan.margin), style) + pp_unit(lang, prose=True)
            if ind.unit_info.is_percent
            else with_unit(amount(abs(plan.margin), style), unit, lang)
        )
        key = "over_cap_level" if b.cap else "short_of_level"
        return [phrase(key, lang, target=target, gap=gap_text)]
    return []


def _position_clause(row: Row, style: Style) -> str:
    """超/低于序时进度 x 个百分点, or 与序时进度持平, by the gap as shown."""
    gap = row.schedule_gap_pp
    if row.status == "on-schedule" or not isinstance(gap, Fraction):
        return phrase("on_schedule", style.lang) if row.status == "on-schedule" else ""
    key: BriefingKey = "ahead" if row.status == "ahead" else "behind"
    return phrase(key, style.lang, pp=number(abs(gap), style))


def indicator_sentence(row: Row, report: Report, style: Style) -> str:
    """One sentence on one indicator, in 公文 order: amount, completion, schedule, 同比,
    share, what the stretch target still asks, rank."""
    lang = style.lang
    ind = row.indicator
    unit = ind.unit
    clauses: list[str] = []
    name = name_text(row, report.info.as_of, style)
    if ind.actual is not None:
        key: BriefingKey = "actual" if ind.kind == "cumulative" else "actual_level"
        clauses.append(
            phrase(key, lang, name=name, actual=with_unit(given(ind.actual, style), unit, lang))
        )
    else:
        clauses.append(name)
    standing = _standing(row, style)
    if not standing and isinstance(row.completion, Printed):
        standing = [phrase("completion_stated", lang, rate=row.completion.text)]
        if row.on_printed:
            # The printed rate is judged against 序时进度 like any other.
            standing = [
                phrase("completion_stated_position", lang, rate=row.completion.text),
                _position_clause(row, style),
            ]
    clauses += standing
    if isinstance(row.period_completion, Fraction) and ind.period_target is not None:
        clauses.append(
            phrase(
                "period_completion",
                lang,
                target=with_unit(given(ind.period_target, style), unit, lang),
                rate=rate(row.period_completion, style),
            )
        )
    clauses.append(yoy_clause(row, style))
    clauses.append(expected_clause(row, style))
    share = row.share
    if isinstance(share, (Fraction, Printed)):
        shown = share.text if isinstance(share, Printed) else rate(share, style)
        if row.whole_name is not None:
            clauses.append(phrase("share", lang, whole=row.whole_name, share=shown))
        else:
            clauses.append(phrase("share_plain", lang, share=shown))
    stretch = row.stretch
    # What the stretch target still asks; a missed annual target is for the attention list.
    if (
        stretch is not None
        and stretch.met is False
        and row.behaviour.schedule
        and isinstance(stretch.remaining, Fraction)
    ):
        clauses.append(
            phrase(
                "short_of_stretch",
                lang,
                target=with_unit(given(stretch.target, style), unit, lang),
                remaining=with_unit(amount(stretch.remaining, style), unit, lang),
                **_need(row, stretch, style),
            )
        )
    clauses.append(_rank_clause(row, lang))
    return _join(clauses, lang, bare_name=ind.actual is None)


def overview(report: Report, style: Style) -> tuple[str, str | None]:
    lang = style.lang
    counted = sum(n for _, n in report.status_counts)
    sentences = []
    if counted:
        parts = [
            phrase("count_part", lang, count=str(n), status=status(s, lang))
            for s, n in report.status_counts
        ]
        # A growth-rate target (target_yoy) is a target, but not an annual amount.
        growth = any(s.endswith("-expected") for s, _ in report.status_counts)
        sentences.append(
            phrase("counted_growth" if growth else "counted", lang, n=str(counted), parts="")
            + ("，" if lang == "zh" else ", ").join(parts)
            + ("。" if lang == "zh" else ".")
        )
    if report.without_target:
        sentences.append(phrase("no_target_count", lang, count=str(report.without_target)))
    halves = [r.indicator.name for r in report.half_time_half_task]
    half = (
        phrase("half_half", lang, names=("、" if lang == "zh" else ", ").join(halves))
        if halves
        else None
    )
    return ("" if lang == "zh" else " ").join(sentences), half


def attention_item(item: Attention, style: Style) -> str:
    lang = style.lang
    row, plan = item.row, item.plan
    ind = row.indicator
    target = with_unit(given(plan.target, style), ind.unit, lang) if plan is not None else ""
    actual = with_unit(given(ind.actual, style), ind.unit, lang)
    if item.kind == "yoy":
        return phrase("attention_yoy", lang, name=ind.name, yoy=yoy_clause(row, style))
    if item.kind == "below-expected" and isinstance(row.yoy_vs_target_pp, Fraction):
        return phrase(
            "attention_below_expected",
            lang,
            name=ind.name,
            yoy=yoy_clause(row, style),
            pp=number(abs(row.yoy_vs_target_pp), style),
        )
    if item.kind == "implausible":
        return implausible_note(row, style)
    if item.kind == "share-above-100":
        return phrase("attention_share", lang, name=ind.name, share=rate(row.share, style))
    if item.kind == "behind-printed" and isinstance(row.schedule_gap_pp, Fraction):
        return phrase(
            "attention_behind_printed",
            lang,
            name=ind.name,
            rate=row.completion.text if isinstance(row.completion, Printed) else "",
            pp=number(abs(row.schedule_gap_pp), style),
        )
    assert plan is not None
    if item.kind == "infeasible":
        return phrase(
            "attention_infeasible",
            lang,
            name=ind.name,
            plan=PLAN_NAMES["target"][lang] if lang == "zh" else "annual target",
            target=target,
            why=reason(plan.infeasible, lang) if plan.infeasible else "",
        )
    if item.kind == "behind":
        return phrase(
            "attention_behind",
            lang,
            name=ind.name,
            pp=number(abs(plan.schedule_gap_pp), style)
            if isinstance(plan.schedule_gap_pp, Fraction)
            else "",
            **_need(row, plan, style),
        )
    key: BriefingKey = {
        "exceeded": "attention_exceeded",
        "above-line": "attention_above_line",
        "over-cap": "attention_over_cap",
        "not-met": "attention_not_met",
    }[item.kind]  # type: ignore[assignment]
    return phrase(
        key, lang, name=ind.name, actual=actual, target=target, usage=rate(plan.usage, style)
    )


# In the short form of a long report (its tables in an annex), a group's prose names this
# many of its indicators, the headline ones first, then in the file's order; the attention
# list gives this many items, what is furthest off first.
SHORT_GROUP = 2
SHORT_ATTENTION = 8


def _short_rows(rows: tuple[Row, ...]) -> tuple[Row, ...]:
    if len(rows) <= SHORT_GROUP + 1:  # naming all but one is shorter than saying so
        return rows
    chosen = sorted(range(len(rows)), key=lambda i: (not rows[i].indicator.headline, i))
    keep = set(chosen[:SHORT_GROUP])
    return tuple(r for i, r in enumerate(rows) if i in keep)


def _severity(item: Attention) -> tuple[int, Fraction]:
    """What is furthest off first: a missed or impossible target, a ceiling broken, then the
    largest gap behind schedule."""
    plan = item.plan
    gap = plan.schedule_gap_pp if plan is not None else None
    size = -abs(gap) if isinstance(gap, Fraction) else Fraction(0)
    return (0 if item.kind != "behind" and item.kind != "yoy" else 1, size)


def _joined(sentences: list[str], lang: Lang) -> str:
    return ("" if lang == "zh" else " ").join(s for s in sentences if s)


def _counts(counts: tuple[tuple[Status, int], ...], lang: Lang) -> str:
    return ("，" if lang == "zh" else ", ").join(
        phrase("count_part", lang, count=str(n), status=status(s, lang)) for s, n in counts
    )


def _form(key: FormKey, lang: Lang, **fields: str) -> str:
    return FORM[key][lang].format(**fields)


def parts(briefing: Briefing, style: Style) -> Parts:
    report, audit = briefing.report, briefing.audit
    lang = style.lang
    info = report.info
    annexes = _annexes(briefing, lang)
    tables_annex = next((str(n) for n, (p, _) in enumerate(annexes, 1) if p == "tables"), None)
    groups = []
    for index, (name, rows) in enumerate(report.groups, start=1):
        shown = name or LABELS["ungrouped"][lang]
        heading = f"（{zh_number(index)}）{shown}" if lang == "zh" else f"({index}) {shown}"
        told = _short_rows(rows) if tables_annex is not None else rows
        sentences = [indicator_sentence(r, report, style) for r in told]
        if len(told) < len(rows):
            counts = status_counts(rows)
            head = (
                [
                    _form(
                        "group_counts",
                        lang,
                        group=shown,
                        n=str(len(rows)),
                        parts=_counts(counts, lang),
                    )
                ]
                if counts
                else []
            )
            rest = _form("group_rest", lang, n=str(len(rows) - len(told)), annex=str(tables_annex))
            sentences = [*head, *sentences, rest]
        prose = _joined(sentences, lang)
        table = Table(
            summary_columns(style, with_bar=False, in_prose=True),
            [summary_row(r, info.as_of, style, with_bar=False) for r in rows],
        )
        chart = None
        if briefing.charts and any(
            r.behaviour.schedule and isinstance(r.completion, Fraction | Printed) for r in rows
        ):
            from gxreport.render.chart import group_chart

            chart = Image(
                group_chart(report, name, style, briefing.font),
                f"{briefing.chart_stem}-{index}.png",
                shown,
            )
        groups.append(Group(name, heading, prose, table, rows, chart))
    gap_rows = [
        gap.compact_row(r, r.annual, report.info.as_of, style)
        for r in report.rows
        if r.annual is not None and r.annual.met is not None
    ]
    overview_text, half = overview(report, style)
    halves = report.half_time_half_task
    if half is not None and len(halves) > HALF_HALF_NAMES:
        half = _form("half_half_count", lang, n=str(len(halves)))
    attention = report.attention
    attention_rest = ""
    if tables_annex is not None and len(attention) > SHORT_ATTENTION + 1:
        first = set(sorted(attention, key=_severity)[:SHORT_ATTENTION])
        attention_rest = _form(
            "attention_rest",
            lang,
            n=str(len(attention) - SHORT_ATTENTION),
            annex=tables_annex,
        )
        attention = tuple(a for a in attention if a in first)
    as_of = [
        phrase(
            "as_of_line",
            lang,
            date=date_text(info.as_of, lang),
            progress=rate(report.progress_pct, style),
        )
    ]
    if info.source:
        as_of.append(phrase("source_line", lang, source=info.source))
    return Parts(
        title=info.title,
        as_of_line=("" if lang == "zh" else " ").join(as_of),
        overview=overview_text,
        half_half=half,
        groups=tuple(groups),
        attention=tuple(attention_item(a, style) for a in attention)
        + ((attention_rest,) if attention_rest else ()),
        gap_table=Table(gap.compact_columns(style, in_prose=True), gap_rows) if gap_rows else None,
        check_table=check.findings_table(audit.findings, style) if audit.findings else None,
        check_closing=check.closing_line([audit], style),
        footnote=phrase(
            "footnote",
            lang,
            basis=BRIEFING["basis_month" if info.basis == "month" else "basis_day"][lang],
            rounding=ROUNDING_NAMES[style.rounding][lang],
            decimals=str(style.decimals),
        ),
        printed_note=printed_note(style).text if report.has_printed else None,
        since_heading=_since_heading(briefing, style),
        since=_since(briefing, style),
        headings=_headings(briefing, style, bool(gap_rows), bool(audit.findings)),
        masthead=_masthead(briefing, lang),
        imprint=_imprint(briefing, lang),
        annexes=annexes,
    )


# More names than this in the 时间过半、任务过半 sentence, and it gives their number instead
# (the annex's table shows each).
HALF_HALF_NAMES = 6


def _annexes(briefing: Briefing, lang: Lang) -> tuple[tuple[AnnexPart, str], ...]:
    """The annexes there will be, in order, with their titles; a part with nothing in it
    (no plan, no stated figure) has none."""
    present = {
        "tables": bool(briefing.report.groups),
        "gap": any(r.annual is not None and r.annual.met is not None for r in briefing.report.rows),
        "check": bool(briefing.audit.findings),
    }
    titles: dict[AnnexPart, FormKey] = {
        "tables": "annex_tables",
        "gap": "annex_gap",
        "check": "annex_check",
    }
    return tuple((p, _form(titles[p], lang)) for p in briefing.annex if present[p])


def _masthead(briefing: Briefing, lang: Lang) -> Masthead | None:
    given = briefing.masthead
    if given is None or not (given.series or given.issue or given.issuer or given.date):
        return None
    return Masthead(
        series=given.series or _form("series", lang),
        issue=_form("issue", lang, n=str(given.issue)) if given.issue is not None else None,
        issuer=given.issuer,
        date=date_text(given.date, lang) if given.date is not None else None,
    )


def _imprint(briefing: Briefing, lang: Lang) -> Imprint | None:
    given = briefing.masthead
    if given is None:
        return None
    addressed: tuple[tuple[FormKey, str | None], ...] = (
        ("to", given.to),
        ("copy_to", given.copy_to),
        ("send_to", given.send_to),
    )
    lines = tuple(_form(key, lang) + text for key, text in addressed if text)
    copies = _form("copies", lang, n=str(given.copies)) if given.copies is not None else None
    if not lines and copies is None:
        return None
    return Imprint(lines, copies)


def _headings(briefing: Briefing, style: Style, rest: bool, check: bool) -> dict[str, str]:
    """一、总体情况, 二、主要指标完成情况 …: the sections a 公文 numbers, those chosen and in
    the body (not in an annex)."""
    lang = style.lang
    chosen, annex = briefing.sections, briefing.annex
    sections: tuple[tuple[BriefingKey, str], ...] = (
        ("overview", "overview"),
        ("indicators", "groups"),
        ("attention", "attention"),
    )
    present: list[tuple[str, str]] = [
        (key, BRIEFING[key][lang]) for key, part in sections if part in chosen
    ]
    since = _since_heading(briefing, style)
    if since is not None:
        present.append(("since", since))
    if rest and "gap" in chosen and "gap" not in annex:
        present.append(("rest_of_year", BRIEFING["rest_of_year"][lang]))
    if check and "check" in chosen and "check" not in annex:
        present.append(("data_check", BRIEFING["data_check"][lang]))
    return {
        key: (f"{zh_number(n)}、{text}" if lang == "zh" else f"{n}. {text}")
        for n, (key, text) in enumerate(present, start=1)
    }


def _since_heading(briefing: Briefing, style: Style) -> str | None:
    from gxreport.i18n import COMPARE
    from gxreport.render.layout.compare import cumulative_label

    if briefing.since is None:
        return None
    earlier = cumulative_label(briefing.since.periods[0], style.lang)
    return COMPARE["since_title"][style.lang].format(period=earlier)


def _since(briefing: Briefing, style: Style) -> tuple[str, ...]:
    """A sentence per indicator that moved in a way the comparison can say."""
    from gxreport.render.layout.compare import sentence

    if briefing.since is None:
        return ()
    comparison = briefing.since
    return tuple(
        sentence(series, comparison, style)
        for series in comparison.series
        if isinstance(series.steps[-1].period_alone, Fraction)
        or series.steps[-1].yoy_trend is not None
    )


def layout(briefing: Briefing, style: Style) -> Document:
    p = parts(briefing, style)
    lang = style.lang
    h = p.headings
    chosen = briefing.sections
    in_annex = {part for part, _ in p.annexes}
    doc = Document([p.masthead] if p.masthead is not None else [])
    doc.add(Title(p.title), Paragraph(p.as_of_line))
    if "overview" in chosen:
        doc.add(Heading(h["overview"]), Paragraph(p.overview))
        if p.half_half:
            doc.add(Paragraph(p.half_half))
    if "groups" in chosen:
        doc.add(Heading(h["indicators"]))
        for group in p.groups:
            doc.add(Heading(group.heading, 2), Paragraph(group.prose))
            if "tables" not in in_annex:  # else the table and its chart are in the annex
                doc.add(group.table)
                if group.chart is not None:
                    doc.add(group.chart)
    if "attention" in chosen:
        doc.add(Heading(h["attention"]))
        doc.add(Items(p.attention) if p.attention else Paragraph(BRIEFING["nothing_to_note"][lang]))
    if p.since_heading is not None:
        doc.add(Heading(h["since"]), *(Paragraph(s) for s in p.since))
    if p.gap_table is not None and "rest_of_year" in h:
        doc.add(Heading(h["rest_of_year"]), p.gap_table)
    if p.check_table is not None and "data_check" in h:
        doc.add(Heading(h["data_check"]), p.check_table, Paragraph(p.check_closing))
    for n, (_, title) in enumerate(p.annexes, start=1):
        key: FormKey = "annex_list_first" if n == 1 else "annex_list_next"
        doc.add(Paragraph(_form(key, lang, n=str(n), title=title)))
    doc.add(Note(p.footnote))
    if p.printed_note:
        doc.add(Note(p.printed_note))
    for n, (part, title) in enumerate(p.annexes, start=1):
        doc.add(Annex(_form("annex_label", lang, n=str(n)), title))
        if part == "tables":
            for group in p.groups:
                doc.add(Heading(group.heading, 2), group.table)
                if group.chart is not None:
                    doc.add(group.chart)
        elif part == "gap" and p.gap_table is not None:
            doc.add(p.gap_table)
        elif part == "check" and p.check_table is not None:
            doc.add(p.check_table, Paragraph(p.check_closing))
    if p.imprint is not None:
        doc.add(p.imprint)
    return doc
