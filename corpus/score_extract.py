"""Score `gxreport extract` on the annotated corpus: corpus/extract/<id>.toml against the text in
corpus/cache/<id>.txt (a document whose text is missing or differs from the annotated one is
skipped, with a line that says so).

    python corpus/score_extract.py              # every document, then the totals
    python corpus/score_extract.py --doc a01    # one document, with its misses
    python corpus/score_extract.py --json       # the same as JSON

Measures, per document and overall:

- figures right: the draft holds the annotated value in the annotated role for an indicator
  whose name matches the annotated one. Names match when they are equal after dropping
  spaces, punctuation and bracketed asides (a bracket naming a place stays, as a league
  table's rows do, and is read as written before the name: 到位资金(甲县) and 甲县到位资金
  are one indicator, the place's part, in two spellings the annotations both use) and after
  writing the names that stand for one indicator by law or usage
  in one form (规上 is 规模以上, 公共财政预算 is 一般公共预算: the reader's own table of them,
  `names.STANDARD`, on both sides); nothing looser. Values are compared in the unit's base
  (1.57万户 = 15700户; 2.1亿元 = 21000万元); a printed rate by the number it states, its sign
  included (下降2.95% = −2.95); a rank by its position.
- targets linked: an annotated target whose indicator has an annotated actual sits in the
  same draft indicator as that actual.
- rates checkable / judged: an annotated rate with a verdict is on its draft indicator and
  `check` judges it (not "not-checkable"); judged right when its verdict is the annotation's.
- invented: numbers written in the draft's figures (values and printed rates) that the text
  does not print.
- misplaced: annotated figures not right whose number the draft writes in another role or
  indicator.
- usable: every annotated figure right, every target linked, nothing invented or misplaced.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import unicodedata
from dataclasses import asdict, dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import tomllib

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from gxreport.errors import GxError  # noqa: E402
from gxreport.importers.text import extract_text, normalise  # noqa: E402
from gxreport.importers.text.names import STANDARD  # noqa: E402
from gxreport.importers.text.traditional import to_simplified  # noqa: E402
from gxreport.load import parse_toml, validate  # noqa: E402
from gxreport.stated import parse_stated  # noqa: E402
from gxreport.units import parse_quantity, parse_unit  # noqa: E402

LEVELS = ("actual", "target", "stretch", "last_year", "whole", "period_target", "target_yoy")
RATES = ("completion", "yoy", "share", "schedule_gap", "yoy_change")
_PUNCT = re.compile(r"[\s\W_]+")
_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def name_key(name: str) -> str:
    """A name for matching: NFKC, without spaces, punctuation and bracketed asides ((可比价),
    (不含…)); a bracket that names a place stays, before the name (州重点项目投资(吉首市) is
    吉首市州重点项目投资, and not 州重点项目投资(凤凰县): a league table's rows); names that
    stand for one indicator in their standard form (规上工业增加值 is 规模以上工业增加值)."""
    name = unicodedata.normalize("NFKC", name)
    places = "".join(
        m.group(1) for m in re.finditer(r"[(（]([^)）]*)[)）]", name) if _is_place(m.group(1))
    )
    name = places + re.sub(r"[(（]([^)）]*)[)）]", "", name)
    name = _PUNCT.sub("", name)
    for pattern, standard in STANDARD:
        name = pattern.sub(standard, name)
    return name


def _is_place(words: str) -> bool:
    return re.search(r"(?:市|县|区|州|旗|镇|乡|州直)$", words) is not None


def in_base(value: Any, unit: str) -> Decimal | None:
    """A value in its unit's base: 1.57万 in 户 → 15700; 2.1 in 亿元 → 210000000."""
    try:
        info = parse_unit(unit or "")
        return parse_quantity(value, info).scaleb(info.exponent)
    except (ValueError, InvalidOperation):
        return None


def stated_value(key: str, text: Any, unit: str) -> Decimal | None:
    try:
        return parse_stated(key, text, parse_unit(unit or "")).value  # type: ignore[arg-type]
    except (ValueError, InvalidOperation):
        return None


def same(a: Decimal | None, b: Decimal | None) -> bool:
    return a is not None and b is not None and a == b


@dataclass
class Score:
    doc: str
    figures: int = 0
    right: int = 0
    targets: int = 0
    linked: int = 0
    rates: int = 0
    checkable: int = 0
    judged: int = 0
    invented: int = 0
    misplaced: int = 0
    usable: bool = False
    skipped: str = ""
    error: str = ""
    misses: list[str] = field(default_factory=list)


def _annotated_value(fig: dict[str, Any]) -> Decimal | None:
    # Units and magnitudes as printed may be in traditional script (億元, 萬): read as the
    # draft's are.
    role = fig["role"]
    unit, value = (to_simplified(str(fig.get(k, ""))) for k in ("unit", "value"))
    if role in RATES or role == "target_yoy":
        try:
            return Decimal(value.replace(",", ""))
        except InvalidOperation:
            return None
    if role == "rank":
        from gxreport.importers.text.tokens import zh_int

        position = zh_int(value.removeprefix("第"))
        return Decimal(position) if position is not None else None
    return in_base(value, unit)


def _draft_value(ind: dict[str, Any], role: str) -> Decimal | None:
    unit = ind.get("unit", "")
    if role in RATES:
        stated = ind.get("stated", {})
        return stated_value(role, stated[role], unit) if role in stated else None
    if role == "rank":
        rank = ind.get("rank")
        return Decimal(rank["position"]) if rank else None
    if role == "target_yoy":
        raw = ind.get("target_yoy")
        raw = re.sub(r"(?:左右|以上|上下|以内)$", "", str(raw)) if raw is not None else None
        return stated_value("yoy", raw, "") if raw is not None else None
    if role in ind:
        return in_base(ind[role], unit)
    return None


def _printed_numbers(text: str) -> set[str]:
    flat = normalise(text)
    return {n.replace(",", "") for n in _NUMBER.findall(flat)}


def _numbers_written(ind: dict[str, Any]) -> list[tuple[str, str]]:
    out = []
    for role in LEVELS:
        if role in ind:
            out += [(role, n) for n in _NUMBER.findall(str(ind[role]))]
    for role, text in ind.get("stated", {}).items():
        out += [(role, n) for n in _NUMBER.findall(str(text))]
    return [(r, n.replace(",", "")) for r, n in out]


def _args(document: dict[str, Any]) -> tuple[int | None, Any]:
    import datetime as dt

    args = [str(a) for a in document.get("args", [])]
    year = as_of = None
    for flag, value in zip(args, args[1:], strict=False):
        if flag == "--year":
            year = int(value) if value.isdigit() else int(document.get("year", 2000))
        elif flag == "--as-of":
            as_of = dt.date.fromisoformat(value)
    return year, as_of


def score(path: Path) -> Score:
    doc = path.stem
    s = Score(doc)
    try:
        annotation = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        s.skipped = f"annotation does not parse: {exc}"
        return s
    document = annotation.get("document", {})
    cache = HERE / "cache" / f"{doc}.txt"
    if not cache.is_file():
        s.skipped = "no cached text (run corpus/rebuild.py)"
        return s
    data = cache.read_bytes()
    if hashlib.sha256(data).hexdigest() != document.get("sha256"):
        s.skipped = "cached text differs from the annotated one (sha256)"
        return s
    text = data.decode("utf-8")
    figures = annotation.get("figure", [])
    s.figures = len(figures)
    year, as_of = _args(document)
    if year is None and as_of is None and "year" not in document:
        # The page prints no year at all: a user gives one, and the figures do not depend
        # on which; the annotation has none to give.
        from gxreport.importers.text.when import report_year

        year = 2000 if report_year(normalise(text)) is None else None
    try:
        draft, _ = extract_text(text, f"{doc}.txt", year, as_of)
        raw = parse_toml(draft, doc)
        snapshot = validate(parse_toml(draft, doc), draft, doc)
    except GxError as exc:
        s.error = "; ".join(p.message for p in exc.problems)
        s.misses = [f"extract failed: {s.error}"]
        return s
    indicators: list[dict[str, Any]] = raw.get("indicator", [])
    by_name: dict[str, list[int]] = {}
    for i, ind in enumerate(indicators):
        by_name.setdefault(name_key(ind["name"]), []).append(i)

    # figures right
    holder: dict[int, int] = {}  # annotated figure → draft indicator that holds it rightly
    for k, fig in enumerate(figures):
        want = _annotated_value(fig)
        for i in by_name.get(name_key(fig["indicator"]), []):
            if same(_draft_value(indicators[i], fig["role"]), want):
                holder[k] = i
                break
    s.right = len(holder)
    # targets linked
    for k, fig in enumerate(figures):
        if fig["role"] != "target":
            continue
        actuals = [
            j
            for j, other in enumerate(figures)
            if other["role"] == "actual" and other["indicator"] == fig["indicator"]
        ]
        if not actuals:
            continue
        s.targets += 1
        if k in holder and any(holder.get(j) == holder[k] for j in actuals):
            s.linked += 1
        else:
            s.misses.append(f"target not linked: {fig['indicator']} {fig['printed']}")
    # rates checkable and judged
    from gxreport.audit import audit

    # By id: two indicators of one name (a month's and the year to date's) are two.
    findings = {(f.indicator.id, f.key): f.verdict for f in audit(snapshot, doc).findings}
    for k, fig in enumerate(figures):
        verdict = fig.get("verdict")
        if fig["role"] not in RATES or not verdict:
            continue
        s.rates += 1
        got = findings.get((indicators[holder[k]]["id"], fig["role"])) if k in holder else None
        if got is not None and got != "not-checkable":
            s.checkable += 1
            if got == verdict:
                s.judged += 1
            else:
                s.misses.append(f"rate judged {got}, annotated {verdict}: {fig['printed']}")
        else:
            s.misses.append(f"rate not checkable ({got or 'not placed'}): {fig['printed']}")
    # invented and misplaced
    printed = _printed_numbers(text)
    written: dict[str, list[str]] = {}
    for ind in indicators:
        for role, number in _numbers_written(ind):
            written.setdefault(number, []).append(f"{ind['name']}.{role}")
            if number not in printed and number.rstrip("0").rstrip(".") not in printed:
                s.invented += 1
                s.misses.append(f"invented: {ind['name']}.{role} = {number}")
    for k, fig in enumerate(figures):
        if k in holder:
            continue
        number = _NUMBER.findall(str(fig["value"]).replace("-", ""))
        where = written.get(number[0].replace(",", ""), []) if number else []
        if where:
            s.misplaced += 1
            s.misses.append(
                f"misplaced: {fig['indicator']}.{fig['role']} {fig['printed']} → {', '.join(where)}"
            )
        else:
            s.misses.append(f"missed: {fig['indicator']}.{fig['role']} {fig['printed']}")
    s.usable = (
        s.right == s.figures and s.linked == s.targets and s.invented == 0 and s.misplaced == 0
    )
    return s


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}%" if b else "    —"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--doc", help="score one document (its id), with its misses")
    parser.add_argument(
        "--set",
        metavar="LETTERS",
        help="score only the sets named by their letters: --set c (the held-out set), "
        "--set abhuvwtxyz (the development sets)",
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--misses", action="store_true", help="print every document's misses")
    options = parser.parse_args(argv)
    paths = sorted((HERE / "extract").glob("*.toml"))
    if options.doc:
        paths = [p for p in paths if p.stem == options.doc]
        if not paths:
            print(f"no annotation corpus/extract/{options.doc}.toml", file=sys.stderr)
            return 2
    if options.set:
        paths = [p for p in paths if p.stem[0] in options.set]
    scores = [score(p) for p in paths]
    done = [s for s in scores if not s.skipped]
    total = Score("all")
    for s in done:
        for key in ("figures", "right", "targets", "linked", "rates", "checkable", "judged"):
            setattr(total, key, getattr(total, key) + getattr(s, key))
        total.invented += s.invented
        total.misplaced += s.misplaced
    usable = sum(s.usable for s in done)
    if options.json:
        print(
            json.dumps(
                {
                    "documents": [asdict(s) for s in scores],
                    "total": asdict(total),
                    "usable": usable,
                    "scored": len(done),
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    print(
        "doc   figures right      targets linked     rates checkable judged"
        "   invented misplaced usable"
    )
    for s in scores:
        if s.skipped:
            print(f"{s.doc:5} skipped: {s.skipped}")
            continue
        print(
            f"{s.doc:5} {s.right:4}/{s.figures:<4} {_pct(s.right, s.figures)}"
            f"  {s.linked:3}/{s.targets:<3} {_pct(s.linked, s.targets)}"
            f"  {s.checkable:3}/{s.rates:<3} {_pct(s.checkable, s.rates)} {_pct(s.judged, s.rates)}"
            f"  {s.invented:6} {s.misplaced:8}   {'yes' if s.usable else 'no'}"
            + (f"  error: {s.error}" if s.error else "")
        )
        if options.misses or options.doc:
            for miss in s.misses:
                print(f"      {miss}")
    print(
        f"all   {total.right:4}/{total.figures:<4} {_pct(total.right, total.figures)}"
        f"  {total.linked:3}/{total.targets:<3} {_pct(total.linked, total.targets)}"
        f"  {total.checkable:3}/{total.rates:<3} {_pct(total.checkable, total.rates)}"
        f" {_pct(total.judged, total.rates)}  {total.invented:6} {total.misplaced:8}"
        f"   {usable}/{len(done)}"
    )
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # piped into head
        sys.exit(0)
