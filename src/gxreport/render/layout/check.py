"""check: per file, a table of every stated figure with its verdict, then the counts."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from gxreport.audit import AT_LEAST_HIGH, VERDICTS, Audit, Finding, Implied
from gxreport.exact import Fraction
from gxreport.i18n import CHECK_TEXT, INPUT_NAMES, STATED_NAMES, VERDICT_NAMES, reason, with_unit
from gxreport.intervals import Interval
from gxreport.render._fmt import DASH, Style, given, outward, plain, pp_unit
from gxreport.render.document import (
    Cell,
    Column,
    Document,
    Figure,
    Paragraph,
    Table,
    Text,
    Title,
    Tone,
)
from gxreport.rounding import floor_to, round_exact
from gxreport.units import places

VERDICT_TONE: dict[str, Tone | None] = {
    "consistent": "good",
    "within-rounding": "good",
    "rounding-differs": "warn",
    "inconsistent": "bad",
    "not-checkable": "dim",
}


def layout(audits: Sequence[Audit], style: Style) -> Document:
    doc = Document()
    for audit in audits:
        doc.add(
            Title(CHECK_TEXT["title"][style.lang].format(title=audit.info.title)),
            Paragraph(audit.source, "dim"),
        )
        if audit.findings:
            doc.add(findings_table(audit.findings, style))
        doc.add(Paragraph(closing_line([audit], style)))
    if len(audits) > 1:
        doc.add(Paragraph(closing_line(audits, style), "strong"))
    return doc


def columns(style: Style) -> tuple[Column, ...]:
    heads = CHECK_TEXT["columns"][style.lang].split("|")
    return tuple(Column(h, numeric=i in (3, 4), folds=i in (0, 6)) for i, h in enumerate(heads))


def findings_table(findings: Sequence[Finding], style: Style) -> Table:
    return Table(columns(style), [finding_row(f, style) for f in findings])


def _figure(text: str, kind: str, unit: str, style: Style) -> str:
    if kind == "percent":
        return text + "%"
    if kind == "pp":
        return text + pp_unit(style.lang)
    return with_unit(text, unit, style.lang)


def range_text(
    iv: Interval,
    kind: str,
    unit: str,
    whole_units: bool,
    style: Style,
    outside: Fraction | None = None,
) -> str:
    """A range printed outward (low end down, high end up) with as many digits as it takes to
    show two different ends, and to show ``outside`` (a value that does not hold) outside it:
    never "8.17至8.19（现为8.19）"; counts as the whole numbers inside it."""
    lang = style.lang
    excluded = ""
    if iv.high >= AT_LEAST_HIGH:  # no upper end (达序时进度): at least the low end
        low_end = plain(floor_to(iv.low, style.decimals))
        return CHECK_TEXT["at-least"][lang].format(low=_figure(low_end, kind, unit, style))
    if whole_units and kind == "amount":
        low = iv.low.__ceil__() + (1 if not iv.low_closed and iv.low.denominator == 1 else 0)
        high = iv.high.__floor__() - (1 if not iv.high_closed and iv.high.denominator == 1 else 0)
        if low > high:
            return CHECK_TEXT["no-whole-number"][lang]
        if low == high:
            return CHECK_TEXT["exactly"][lang].format(value=_figure(str(low), kind, unit, style))
        lo_text, hi_text = str(low), str(high)
    else:
        # Enough digits that the ends, rounded, differ (never "6.49至6.49"); then each end is
        # rounded outward, so the printed range holds the exact one.
        lo, hi, on_open_end = outward(iv, style.decimals, outside)
        lo_text, hi_text = plain(lo), plain(hi)
        if on_open_end:
            end = hi_text if outside == iv.high else lo_text
            excluded = CHECK_TEXT["open-end"][lang].format(value=_figure(end, kind, unit, style))
    return (
        CHECK_TEXT["between"][lang].format(
            low=_figure(lo_text, kind, unit, style), high=_figure(hi_text, kind, unit, style)
        )
        + excluded
    )


def _implied_text(imp: Implied, style: Style) -> str:
    lang = style.lang
    name = INPUT_NAMES[imp.input][lang]
    kind = "percent" if imp.input in ("completion", "yoy") else "amount"
    outside = Fraction(imp.given) if imp.given is not None and imp.holds is False else None
    shown = range_text(imp.range, kind, imp.unit, imp.whole_units, style, outside)
    if imp.given is None:
        return CHECK_TEXT["implied-missing"][lang].format(input=name, range=shown)
    return CHECK_TEXT["implied-given"][lang].format(input=name, range=shown, given=given(imp.given))


def note(f: Finding, style: Style) -> str:
    lang = style.lang
    unit = f.indicator.unit
    parts = []
    if f.percent_as_pp:
        parts.append(CHECK_TEXT["percent-as-pp"][lang])
    if f.verdict == "within-rounding" and f.reached is not None:
        parts.append(
            CHECK_TEXT["reached"][lang].format(
                range=range_text(f.reached, f.kind, unit, False, _finer(f, style))
            )
        )
    elif f.rule is not None:
        parts.append(CHECK_TEXT[f.rule][lang])
    parts += [_implied_text(imp, style) for imp in f.implied]
    if not f.implied and f.verdict == "not-checkable" and f.reason:
        parts.append(reason(f.reason, lang))
    return ("；" if lang == "zh" else "; ").join(parts)


def reached_decimals(f: Finding, style: Style) -> int:
    """A reached range is shown a digit finer than the printed figure."""
    return max(style.decimals, f.decimals + 1)


def _finer(f: Finding, style: Style) -> Style:
    from dataclasses import replace

    return replace(style, decimals=reached_decimals(f, style))


def recomputed_shown(f: Finding) -> Decimal:
    """The recomputed value as shown: two digits beyond the printed ones, cut off rather
    than rounded, so that every digit shown is a true one (57.6549…, not a 57.655 that looks
    like it rounds up). An amount shows no more digits than it has: a sum of 118.6 and 0 is
    118.6, never 118.600."""
    assert f.recomputed is not None
    cut = round_exact(f.recomputed, f.decimals + 2, "truncation")
    if f.kind == "amount" and cut == f.recomputed:
        return max(cut.normalize(), cut.quantize(Decimal(1).scaleb(-f.decimals)), key=places)
    return cut


def finding_row(f: Finding, style: Style) -> tuple[Cell, ...]:
    lang = style.lang
    unit = f.indicator.unit
    recomputed: Cell = DASH
    if f.recomputed is not None:
        cut = recomputed_shown(f)
        recomputed = Figure(
            _figure(plain(cut), f.kind, unit, style), cut, places(cut), f.kind == "percent"
        )
    difference: Cell = DASH
    if f.difference is not None:
        if f.difference == 0:
            text = "0"
        else:
            suffix = pp_unit(lang) if f.kind in ("percent", "pp") else ""
            text = ("+" if f.difference > 0 else "") + plain(f.difference) + suffix
        difference = Figure(text, f.difference, f.decimals)
    return (
        f.indicator.name,
        STATED_NAMES[f.key][lang],
        f.stated_text or DASH,
        recomputed,
        difference,
        Text(VERDICT_NAMES[f.verdict][lang], VERDICT_TONE[f.verdict]),
        note(f, style),
    )


def closing_line(audits: Sequence[Audit], style: Style) -> str:
    line = closing_for([f for a in audits for f in a.findings], style)
    for audit in audits:
        if audit.other_rule is not None:
            # Every printed gap fits another way of counting 序时进度: say which.
            rule = audit.other_rule
            line += CHECK_TEXT["other-rule"][style.lang].format(
                rule=CHECK_TEXT[f"rule-{rule.rule}"][style.lang],  # type: ignore[index]
                progress=plain(round_exact(rule.progress_pct, style.decimals, style.rounding)),
            )
    return line


def closing_for(findings: Sequence[Finding], style: Style) -> str:
    """共核对N项：一致a项，……: the counts of each verdict."""
    lang = style.lang
    counts = {v: sum(1 for f in findings if f.verdict == v) for v in VERDICTS}
    checked = sum(counts[v] for v in VERDICTS if v != "not-checkable")
    if checked == 0:
        line = CHECK_TEXT["closing-none"][lang]
        if counts["not-checkable"]:
            line += CHECK_TEXT["closing-more"][lang].format(e=counts["not-checkable"])
        return line + ("。" if lang == "zh" else ".")
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
