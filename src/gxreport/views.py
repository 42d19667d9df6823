"""What each command selects and shows: the gap's indicator and plans, the briefing's parts.

The command line parses options and hands them here; nothing here prints or formats.
"""

from __future__ import annotations

import difflib
import glob
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Literal, get_args

from gxreport.analyze import analyze
from gxreport.errors import Problem, UsageError
from gxreport.report import Plan, PlanKind, Report, Row
from gxreport.rounding import Precision
from gxreport.units import normalise_typed, parse_quantity, parse_unit

if TYPE_CHECKING:  # each command imports only what it runs
    from gxreport.across import Comparison, League, Ties
    from gxreport.audit import Audit, Finding
    from gxreport.records import BriefingInfo, Indicator, RankBy, Snapshot


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


# The briefing's parts a reader may choose (--sections), and those that may go to an annex
# (附件) at the end, each on a page of its own (--annex): the group tables, the plan for
# the rest of the year, the data check.
Section = Literal["overview", "groups", "attention", "gap", "check"]
SECTIONS: tuple[Section, ...] = get_args(Section)
AnnexPart = Literal["tables", "gap", "check"]
ANNEX_PARTS: tuple[AnnexPart, ...] = get_args(AnnexPart)
# A report of more indicators with a target than this is read in a few pages: by default
# its tables, plan and data check go to the annexes, and each group's prose names its first
# few indicators (one without a target takes a short sentence, and stays).
DETAIL_TO_ANNEX_FROM = 20
MASTHEAD_KEYS = ("series", "issue", "issuer", "date", "to", "copy_to", "send_to", "copies")


@dataclass(frozen=True)
class Briefing:
    """What `briefing` shows: the report, its data check, a template of the user's own, and
    how the figures moved since an earlier snapshot (``--since``); which parts, which of
    them in annexes, and the 简报's masthead and end block."""

    report: Report
    audit: Audit
    template: Path | None = None
    since: Comparison | None = None
    charts: bool = False  # a chart per group (completion against 序时进度)
    chart_stem: str = "chart"  # beside a Markdown output: STEM-1.png, STEM-2.png …
    font: Path | None = None  # the CJK font the charts use, when given
    sections: tuple[Section, ...] = SECTIONS
    annex: tuple[AnnexPart, ...] = ()
    masthead: BriefingInfo | None = None  # [briefing] and the options that override it


def choose_parts(
    sections: str | None, annex: str | None, indicators: int
) -> tuple[tuple[Section, ...], tuple[AnnexPart, ...]]:
    """``--sections a,b`` and ``--annex auto|none|a,b``: the parts, in the briefing's own
    order. A part sent to an annex is shown even when --sections leaves it out; ``auto``
    sends the detail of a report of more than DETAIL_TO_ANNEX_FROM indicators with a target
    there."""

    def names(option: str, given: str, valid: tuple[str, ...]) -> list[str]:
        chosen = [n.strip() for n in given.replace("，", ",").split(",") if n.strip()]
        wrong = [n for n in chosen if n not in valid]
        if wrong or not chosen:
            hint = difflib.get_close_matches(wrong[0], valid, n=1) if wrong else []
            said = f"{wrong[0]!r} is not one" if wrong else "give at least one"
            guess = f" (did you mean {hint[0]!r}?)" if hint else ""
            raise UsageError(f"{option}: {said}{guess}; choose from {', '.join(valid)}")
        return chosen

    picked = names("--sections", sections, SECTIONS) if sections is not None else SECTIONS
    moved: list[str]
    if annex is None or annex.strip() == "auto":
        automatic = indicators > DETAIL_TO_ANNEX_FROM
        home = {"tables": "groups", "gap": "gap", "check": "check"}
        moved = [p for p in ANNEX_PARTS if automatic and home[p] in picked]
    elif annex.strip() == "none":
        moved = []
    else:
        moved = names("--annex", annex, ANNEX_PARTS)
    shown = {*picked, *(m for m in moved if m != "tables")}
    return (
        tuple(s for s in SECTIONS if s in shown),
        tuple(a for a in ANNEX_PARTS if a in moved),
    )


def masthead(given: BriefingInfo | None, options: dict[str, object]) -> BriefingInfo | None:
    """The ``[briefing]`` table with the options given on the command line over it; None
    when neither says anything (the document is then as without a masthead)."""
    from gxreport.records import BriefingInfo, date

    fields = {k: getattr(given, k) if given is not None else None for k in MASTHEAD_KEYS}
    fields.update({k: v for k, v in options.items() if v is not None})
    if isinstance(fields["date"], str):
        try:
            fields["date"] = date(fields["date"])
        except ValueError as exc:
            raise UsageError(f"--date {exc}") from None
    if all(v is None for v in fields.values()):
        return None
    return BriefingInfo.build(**fields)


def summary_view(snapshot: Snapshot, source: str, precision: Precision) -> Report:
    return analyze(snapshot, source, detail=False, precision=precision, plans=False)


def briefing_view(
    snapshot: Snapshot,
    source: str,
    precision: Precision,
    template: Path | None,
    since: tuple[Snapshot, str] | None = None,
    charts: bool = False,
    chart_stem: str = "chart",
    font: Path | None = None,
    sections: str | None = None,
    annex: str | None = None,
    masthead_options: dict[str, object] | None = None,
) -> Briefing:
    from gxreport.audit import audit
    from gxreport.compare import compare

    with_target = sum(1 for ind in snapshot.indicators if ind.target is not None)
    chosen, annexes = choose_parts(sections, annex, with_target)
    earlier = [since[0]] if since is not None else []
    comparison = compare([since, (snapshot, source)], precision) if since is not None else None
    return Briefing(
        analyze(snapshot, source, detail=False, precision=precision),
        audit(snapshot, source, precision.rounding, earlier),
        template,
        comparison,
        charts,
        chart_stem,
        font,
        chosen,
        annexes,
        masthead(snapshot.briefing, masthead_options or {}),
    )


@dataclass(frozen=True)
class RateAccount:
    """What `check` of a report's text could do with the rates the report prints: how many
    it prints, how many it judged, how many are in the draft but lack an input, and how many
    the draft does not hold as a stated rate (a figure of its own such as 城镇化率58.3%, a
    comparison with another place, a wording not read)."""

    source: str
    printed: int
    checked: int
    not_checkable: int
    not_read: int
    amounts: int = 0  # printed amounts judged besides the rates (增加900万元 beside its base)

    @property
    def nothing_checked(self) -> bool:
        return self.checked == 0 and self.amounts == 0


def rate_account(audit: Audit, snapshot: Snapshot, printed: int) -> RateAccount:
    """The account of one report's rates, from its audit and the draft it was read into."""
    placed = {
        (ind.id, key)
        for ind in snapshot.indicators
        if ind.stated
        for key, fig in ind.stated.items()
        if fig.kind != "amount"
    }
    judged = [f for f in audit.findings if f.key != "parts" and f.verdict != "not-checkable"]
    checked = {(f.indicator.id, f.key) for f in judged} & placed
    return RateAccount(
        audit.source,
        max(printed, len(placed)),
        len(checked),
        len(placed) - len(checked),
        max(printed - len(placed), 0),
        sum(1 for f in judged if f.kind == "amount"),
    )


def check_view(loaded: Sequence[tuple[Snapshot, str]], precision: Precision) -> list[Audit]:
    """Each snapshot's audit; snapshots of one entity and year are also checked against the
    earlier ones among them (period_alone, qoq, yoy_change: Q1 + Q2 = H1)."""
    from gxreport.audit import audit
    from gxreport.compare import entity_of

    audits = []
    for snapshot, source in loaded:
        earlier = sorted(
            (
                other
                for other, _ in loaded
                if entity_of(other) == entity_of(snapshot)
                and other.report.year == snapshot.report.year
                and other.report.as_of < snapshot.report.as_of
            ),
            key=lambda s: s.report.as_of,
        )
        audits.append(audit(snapshot, source, precision.rounding, earlier))
    return audits


@dataclass(frozen=True)
class CompareView:
    """What `compare` shows: the comparison, and the data check of what is stated across
    periods in the later snapshots."""

    comparison: Comparison
    audits: tuple[Audit, ...]

    @property
    def inconsistent(self) -> list[tuple[str, Finding]]:
        """The figures stated across periods that do not hold, with their snapshot: what
        makes `compare` exit 1."""
        from gxreport.stated import ACROSS_PERIODS

        return [
            (a.source, f)
            for a in self.audits
            for f in a.findings
            if f.key in ACROSS_PERIODS and f.verdict == "inconsistent"
        ]


def compare_view(
    loaded: Sequence[tuple[Snapshot, str]], precision: Precision, strict: bool = False
) -> CompareView:
    from gxreport.compare import compare

    comparison = compare(loaded, precision, strict)
    audits = check_view(loaded, precision)
    return CompareView(comparison, tuple(audits))


def rank_view(
    loaded: Sequence[tuple[Snapshot, str]],
    indicator: str,
    by: RankBy | None,
    ties: Ties,
    precision: Precision,
) -> League:
    from gxreport.league import rank

    return rank(loaded, indicator, by, ties, precision)


def expand_sources(given: Sequence[str]) -> list[str]:
    """Files, folders (their *.toml, sorted) and globs, in the order given; each once."""
    out: list[str] = []
    for item in given:
        path = Path(item)
        if item != "-" and path.is_dir():
            found = sorted(str(p) for p in path.glob("*.toml"))
            if not found:
                raise UsageError(Problem("holds no .toml snapshots", file=item))
        elif any(ch in item for ch in "*?["):
            found = sorted(glob.glob(item))
            if not found:
                raise UsageError(f"{item}: no file matches this pattern")
        else:
            found = [item]
        out += [f for f in found if f not in out]
    return out


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
    """``--target`` as typed (400, "400亿", "1.57万"), in the indicator's unit; or, for an
    indicator that is not itself a rate, a share of the annual target ("120%": 力争超额20%)."""
    share = normalise_typed(text)
    if share.endswith("%") and not indicator.unit_info.is_percent:
        if indicator.target is None:
            raise UsageError(
                f'--target {text}: a share of the annual target, but indicator "{indicator.id}" '
                f"({indicator.name}) has none; give the target itself"
            )
        try:
            percent = parse_quantity(share[:-1], parse_unit(""))
        except ValueError as exc:
            raise UsageError(f"--target {exc}") from None
        # Exact: 120% of 371 is 445.2, to as many places as the product has.
        return _positive(indicator.target * percent / 100, text, indicator)
    try:
        value = parse_quantity(text, indicator.unit_info)
    except ValueError as exc:
        raise UsageError(f"--target {exc}") from None
    return _positive(value, text, indicator)


def _positive(value: Decimal, text: str, indicator: Indicator) -> Decimal:
    if value <= 0 and not (indicator.better == "lower" and value == 0):
        raise UsageError(f"--target must be > 0, got {text}")
    return value


def in_unit(snapshot: Snapshot, unit: str | None) -> Snapshot:
    """The snapshot with every indicator counted in ``unit``'s base shown in ``unit``
    (``--unit 亿元``: 215800万元 is 21.58亿元), exactly: a Decimal moved by a power of ten keeps
    every digit, and the precision it was typed to (a 万元 figure still stands for ±0.5万)."""
    if unit is None:
        return snapshot
    from gxreport.records import QUANTITIES, Indicator, Snapshot, Stated
    from gxreport.stated import StatedFigure

    wanted = parse_unit(unit)
    if wanted.is_percent or not wanted.base:
        raise UsageError(f"--unit takes a unit such as 亿元 or 万户, got {unit!r}")
    indicators = []
    converted = 0
    for ind in snapshot.indicators:
        mine = ind.unit_info
        if mine.base != wanted.base or mine.exponent == wanted.exponent:
            indicators.append(ind)
            continue
        shift = mine.exponent - wanted.exponent
        fields = dict(vars(ind))
        for key in QUANTITIES:
            if fields[key] is not None:
                fields[key] = fields[key].scaleb(shift)
                if key in ("target", "stretch", "period_target"):
                    # Set, not measured: 12000000万元 is 1200亿元, not 1200.0000.
                    fields[key] = _trimmed(fields[key])
        fields["unit"] = wanted.text
        if ind.stated is not None:
            figures = {
                key: StatedFigure(
                    fig.text, fig.value.scaleb(shift), fig.kind, fig.direction,
                    fig.percent_as_pp, fig.at_least,
                )
                if fig is not None and fig.kind == "amount"
                else fig
                for key, fig in vars(ind.stated).items()
            }  # fmt: skip
            fields["stated"] = Stated.build(**figures)
        indicators.append(Indicator.build(**fields))
        converted += 1
    if not converted and not any(i.unit_info.base == wanted.base for i in snapshot.indicators):
        raise UsageError(f"--unit {unit}: no indicator is counted in {wanted.base}")
    return Snapshot.build(**{**vars(snapshot), "indicator": indicators})


def _trimmed(value: Decimal) -> Decimal:
    """Trailing zeros dropped, in positional notation (1200.0000 → 1200, not 1.2E+3)."""
    normal = value.normalize()
    return normal.quantize(Decimal(1)) if normal.as_tuple().exponent > 0 else normal  # type: ignore[operator]
