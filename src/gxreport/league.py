"""Entities of one period → League (DESIGN.md §7): one indicator ranked across snapshots.

Ties are decided on the figures as printed (display precision), as league tables are:
competition ranking (1, 1, 3) by default, dense (1, 1, 2) on request. Each entity's stated
place is held against the computed one; a stated place inside a tied block is one that the
unrounded values could explain.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from gxreport.across import League, Placed, RankAgreement, Ties
from gxreport.analyze import analyze
from gxreport.compare import entity_of
from gxreport.errors import Problem, UsageError
from gxreport.exact import Fraction
from gxreport.records import RankBy, Snapshot
from gxreport.report import NA, Printed, Row, Shown
from gxreport.rounding import Precision, round_exact


def figure(row: Row, by: RankBy) -> Shown:
    if by == "actual":
        actual = row.indicator.actual
        return Fraction(actual) if actual is not None else NA("no-actual")
    if by == "completion":
        return row.completion
    if by == "yoy":
        return row.yoy
    if by == "schedule_gap":
        return row.schedule_gap_pp
    return row.share


def as_printed(value: Shown, by: RankBy, row: Row, precision: Precision) -> Decimal | None:
    """The figure as a table prints it: inputs as typed, rates at the chosen decimals, a
    printed figure as printed."""
    if isinstance(value, NA):
        return None
    if isinstance(value, Printed):
        return value.value
    if by == "actual":
        return row.indicator.actual
    return round_exact(value, precision.decimals, precision.rounding)


_BY_NAME: dict[RankBy, str] = {
    "actual": "actual",
    "completion": "completion (完成率)",
    "yoy": "yoy (同比)",
    "schedule_gap": "schedule_gap (序时进度差)",
    "share": "share (占比)",
}


def _held(rows: Sequence[Row]) -> list[RankBy]:
    """The figures the rows hold, in the order a default is taken: actual, what a stated 排名
    is by, then yoy, completion, schedule_gap, share."""
    stated = {r.indicator.rank.by for r in rows if r.indicator.rank and r.indicator.rank.by}
    order: list[RankBy] = ["actual", *sorted(stated), "yoy", "completion", "schedule_gap", "share"]
    held: list[RankBy] = []
    for by in order:
        if by not in held and any(not isinstance(figure(r, by), NA) for r in rows):
            held.append(by)
    return held


def _by(rows: Sequence[tuple[str, str, Row]], by: RankBy | None) -> RankBy:
    """The figure to rank by: ``by`` where given and held; else the one the snapshots hold
    (split from a league table of growth rates, they hold no actual)."""
    held = _held([row for _, _, row in rows])
    if by is None and held:
        return held[0]
    if by is not None and by in held:
        return by
    name = rows[0][2].indicator.name
    if not held:
        raise UsageError(f"rank: no snapshot holds a figure of {name} to rank by")
    raise UsageError(
        f"rank: no snapshot holds the {_BY_NAME[by or 'actual']} of {name}; they hold "
        + ", ".join(_BY_NAME[h] for h in held)
        + f": give --by {held[0]}"
    )


def rank(
    loaded: Sequence[tuple[Snapshot, str]],
    indicator_id: str,
    by: RankBy | None,
    ties: Ties,
    precision: Precision,
) -> League:
    """``by`` None: the figure the snapshots hold (actual where they have it)."""
    rows: list[tuple[str, str, Row]] = []
    problems = []
    for snapshot, source in loaded:
        report = analyze(snapshot, source, detail=False, precision=precision, plans=False)
        row = report.row(indicator_id)
        if row is None:
            ids = ", ".join(ind.id for ind in snapshot.indicators[:20])
            problems.append(
                Problem(
                    f"--indicator: no indicator {indicator_id!r} here (it has {ids})", file=source
                )
            )
            continue
        rows.append((entity_of(snapshot), source, row))
    if problems:
        raise UsageError(problems)
    if not rows:
        raise UsageError("rank needs at least one snapshot")
    first = rows[0][2]
    by = _by(rows, by)
    lower = first.behaviour.lower and first.indicator.kind != "reduction"
    figures = [(entity, source, row, figure(row, by)) for entity, source, row in rows]
    shown = [as_printed(value, by, row, precision) for _, _, row, value in figures]
    keyed = [(s if lower else -s, i) for i, s in enumerate(shown) if s is not None]
    # Best first; ties keep the order the snapshots were given in.
    ranked = [i for _, i in sorted(keyed)]
    positions: dict[int, int] = {}
    counts: dict[Decimal, int] = {}
    for place, i in enumerate(ranked):
        key = shown[i]
        assert key is not None
        counts[key] = counts.get(key, 0) + 1
        if place and shown[ranked[place - 1]] == key:
            positions[i] = positions[ranked[place - 1]]
        elif ties == "competition":
            positions[i] = place + 1
        else:
            positions[i] = (positions[ranked[place - 1]] + 1) if place else 1
    # Where each tied block starts and ends in competition terms, to judge stated places.
    block_start: dict[Decimal, int] = {}
    for place, i in enumerate(ranked):
        key = shown[i]
        assert key is not None
        block_start.setdefault(key, place + 1)
    placed = []
    for i in [*ranked, *(i for i in range(len(figures)) if shown[i] is None)]:
        entity, source, row, value = figures[i]
        printed = shown[i]
        stated = row.indicator.rank
        stated_rank = stated.position if stated is not None and stated.by in (None, by) else None
        agreement: RankAgreement | None = None
        computed = positions.get(i)
        if stated_rank is not None and computed is not None and printed is not None:
            start = block_start[printed]
            if stated_rank == computed:
                agreement = "agrees"
            elif start <= stated_rank < start + counts[printed]:
                agreement = "rounding"
            else:
                agreement = "differs"
        placed.append(
            Placed(
                entity=entity,
                source=source,
                row=row,
                value=value,
                shown=printed,
                rank=computed,
                tied=printed is not None and counts[printed] > 1,
                stated_rank=stated_rank,
                agreement=agreement,
            )
        )
    return League(
        indicator_id=indicator_id,
        name=first.indicator.name,
        unit=first.indicator.unit,
        by=by,
        ties=ties,
        lower_is_better=lower,
        entities=tuple(placed),
    )
