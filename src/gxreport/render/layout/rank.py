"""rank: a league table of one indicator across entities, with the stated places checked."""

from __future__ import annotations

from gxreport.across import League, Placed
from gxreport.exact import Fraction
from gxreport.i18n import RANK, RANK_BY, reason, with_unit
from gxreport.render._fmt import DASH, Style, plain, pp_unit
from gxreport.render.document import (
    Bar,
    Cell,
    Column,
    Document,
    Figure,
    Note,
    Table,
    Text,
    Title,
    Tone,
)
from gxreport.report import NA
from gxreport.units import places

AGREEMENT_TONE: dict[str, Tone] = {"agrees": "good", "rounding": "warn", "differs": "bad"}


def value_cell(placed: Placed, league: League, style: Style) -> Cell:
    if placed.shown is None:
        why = placed.value.reason if isinstance(placed.value, NA) else "no-actual"
        return f"{DASH} ({reason(why, style.lang)})"
    text = plain(placed.shown)
    shown_places = places(placed.shown)
    if league.by == "actual":
        return Figure(with_unit(text, league.unit, style.lang), placed.shown, shown_places)
    if league.by == "schedule_gap" or (league.by == "yoy" and placed.row.yoy_is_pp):
        return Figure(text + pp_unit(style.lang), placed.shown, shown_places)
    return Figure(text + "%", placed.shown, shown_places, percent=True)


def columns(league: League, style: Style) -> tuple[Column, ...]:
    by = RANK_BY[league.by][style.lang]  # type: ignore[index]
    heads = RANK["columns"][style.lang].format(by=by).split("|")
    return (
        Column(heads[0], numeric=True),
        Column(heads[1], folds=True),
        Column(heads[2], numeric=True),
        Column(heads[3], numeric=True, optional=True),
        Column(heads[4], optional=True),
        Column(RANK["bar"][style.lang], graphic=True),
    )


def _bar(placed: Placed, top: Fraction) -> Cell:
    if placed.shown is None or top <= 0:
        return None
    return Bar(abs(Fraction(placed.shown)) / top * 100, None, "good")


def layout(league: League, style: Style) -> Document:
    lang = style.lang
    by = RANK_BY[league.by][lang]  # type: ignore[index]
    doc = Document([Title(RANK["title"][lang].format(name=league.name, by=by))])
    top = max(
        (abs(Fraction(p.shown)) for p in league.entities if p.shown is not None),
        default=Fraction(0),
    )
    table = Table(columns(league, style))
    for placed in league.entities:
        rank = DASH if placed.rank is None else str(placed.rank)
        if placed.tied:
            rank += RANK["tied"][lang]
        check: Cell = ""
        if placed.agreement is not None:
            check = Text(RANK[placed.agreement][lang], AGREEMENT_TONE[placed.agreement])
        table.rows.append(
            (
                rank,
                placed.entity,
                value_cell(placed, league, style),
                str(placed.stated_rank) if placed.stated_rank is not None else "",
                check,
                _bar(placed, top),
            )
        )
    doc.add(table)
    doc.add(Note(RANK[f"ties_{league.ties}"][lang]))  # type: ignore[index]
    if league.lower_is_better:
        doc.add(Note(RANK["lower"][lang]))
    if any(p.agreement == "rounding" for p in league.entities):
        doc.add(Note(RANK["rounding_note"][lang]))
    return doc
