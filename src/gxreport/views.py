"""What each command selects and shows: the gap's indicator and plans, the briefing's parts.

The command line parses options and hands them here; nothing here prints or formats.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from gxreport.analyze import analyze
from gxreport.audit import Audit, audit
from gxreport.errors import UsageError
from gxreport.report import Plan, PlanKind, Report, Row
from gxreport.rounding import Precision
from gxreport.snapshot import Indicator, Snapshot
from gxreport.units import parse_quantity


@dataclass(frozen=True)
class Gap:
    """What `gap` shows: one indicator's plans side by side, or every indicator compactly."""

    report: Report
    rows: tuple[Row, ...]
    focus: PlanKind | None  # show only this plan (``--stretch``, ``--all``); None: all of them
    compact: bool  # ``--all``: one row per indicator
    note: str | None = None  # said on stderr: which indicator was chosen when none was named

    def plans(self, row: Row) -> tuple[Plan, ...]:
        if self.focus is None:
            return row.plans
        return tuple(p for p in row.plans if p.kind == self.focus)


@dataclass(frozen=True)
class Briefing:
    """What `briefing` shows: the report, its data check, and a template of the user's own."""

    report: Report
    audit: Audit
    template: Path | None = None


def summary_view(snapshot: Snapshot, source: str, precision: Precision) -> Report:
    return analyze(snapshot, source, detail=False, precision=precision)


def briefing_view(
    snapshot: Snapshot, source: str, precision: Precision, template: Path | None
) -> Briefing:
    return Briefing(
        analyze(snapshot, source, detail=False, precision=precision),
        audit(snapshot, source, precision.rounding),
        template,
    )


def check_view(loaded: Sequence[tuple[Snapshot, str]], precision: Precision) -> list[Audit]:
    return [audit(snapshot, source, precision.rounding) for snapshot, source in loaded]


def gap_view(
    snapshot: Snapshot,
    source: str,
    precision: Precision,
    indicator: str | None = None,
    target: str | None = None,
    stretch: bool = False,
    all_indicators: bool = False,
) -> Gap:
    if stretch and target is not None:
        raise UsageError("give --target or --stretch, not both")
    if all_indicators and (target is not None or indicator is not None):
        raise UsageError("--all shows every indicator: it takes neither --target nor --indicator")
    indicators = snapshot.indicators
    note = None
    custom: dict[str, Decimal] = {}
    if all_indicators:
        chosen_ids = [
            ind.id
            for ind in indicators
            if ind.target is not None or (stretch and ind.stretch is not None)
        ]
    else:
        chosen, note = pick_indicator(indicators, indicator)
        chosen_ids = [chosen.id]
        if target is not None:
            custom[chosen.id] = parse_target(target, chosen)
        if stretch and chosen.stretch is None:
            raise UsageError(f'indicator "{chosen.id}" ({chosen.name}) has no stretch target')
    report = analyze(
        snapshot,
        source,
        custom,
        detail=True if all_indicators else chosen_ids,
        precision=precision,
    )
    wanted = set(chosen_ids)
    return Gap(
        report=report,
        rows=tuple(r for r in report.rows if r.indicator.id in wanted),
        focus="stretch" if stretch else "target" if all_indicators else None,
        compact=all_indicators,
        note=note,
    )


def pick_indicator(indicators: list[Indicator], wanted: str | None) -> tuple[Indicator, str | None]:
    """The indicator asked for, else the headline one, else the first with a target; and a
    note saying which was chosen when the snapshot did not say."""
    if wanted is not None:
        for ind in indicators:
            if ind.id == wanted:
                return ind, None
        ids = [ind.id for ind in indicators]
        shown = ", ".join(ids[:30]) + (f", … ({len(ids)} in all)" if len(ids) > 30 else "")
        guess = difflib.get_close_matches(wanted, ids, n=1)
        hint = f" Did you mean {guess[0]!r}?" if guess else ""
        raise UsageError(f"--indicator: no indicator {wanted!r}.{hint} Valid ids: {shown}")
    if not indicators:
        raise UsageError("the snapshot has no [[indicator]] tables")
    for ind in indicators:
        if ind.headline:
            return ind, None
    with_target = [ind for ind in indicators if ind.target is not None]
    chosen = with_target[0] if with_target else indicators[0]
    return chosen, f'no headline indicator; showing "{chosen.id}" (set headline = true to choose)'


def parse_target(text: str, indicator: Indicator) -> Decimal:
    """``--target`` as typed (400, "400亿", "1.57万"), in the indicator's unit."""
    try:
        value = parse_quantity(text, indicator.unit_info)
    except ValueError as exc:
        raise UsageError(f"--target {exc}") from None
    if value <= 0 and not (indicator.better == "lower" and value == 0):
        raise UsageError(f"--target must be > 0, got {text}")
    return value
