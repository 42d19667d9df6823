"""The format registry: which formats each command gives, and the renderer of each.

Document formats (table, markdown) draw the command's layout; data formats (json, csv) write
records of the view. A format or an ``--output`` extension a command cannot give is refused
before any work is done. Renderer modules are imported only when used (Rich for the table,
Jinja2 for a template of the user's own).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from gxreport.errors import UsageError

if TYPE_CHECKING:
    from gxreport.across import League
    from gxreport.audit import Audit
    from gxreport.render._fmt import Style
    from gxreport.render.document import Document
    from gxreport.render.grid import Drawing
    from gxreport.report import Report, RowsView
    from gxreport.views import Briefing, CompareView, Gap


class Format(str, Enum):
    auto = "auto"
    table = "table"
    markdown = "markdown"
    json = "json"
    csv = "csv"
    xlsx = "xlsx"
    docx = "docx"


EXTENSIONS: dict[str, Format] = {
    ".md": Format.markdown,
    ".markdown": Format.markdown,
    ".txt": Format.table,
    ".json": Format.json,
    ".csv": Format.csv,
    ".xlsx": Format.xlsx,
    ".docx": Format.docx,
}

# The optional parts a format needs: (the module that must import, the extra that brings it).
EXTRAS: dict[Format, tuple[str, str]] = {
    Format.xlsx: ("xlsxwriter", "xlsx"),
    Format.docx: ("docx", "docx"),
}


# The PyPI name of each optional module, for the message that asks for it.
PACKAGES = {"docx": "python-docx", "python_calamine": "python-calamine"}


def require_extra(module: str, extra: str, what: str) -> None:
    """Refuse, before any work, a path whose optional library is not installed, or is
    installed but fails to import (a broken matplotlib, a numpy built for another version):
    a problem of the installation, said as one (exit 2), never an internal error."""
    import importlib
    import importlib.util

    package = PACKAGES.get(module, module)
    if importlib.util.find_spec(module) is None:
        raise UsageError(
            f'{what} needs the {extra} extra: pip install "gxreport[{extra}]" (it brings {package})'
        )
    if module == "matplotlib":
        matplotlib_folder()  # settled before the first import reads it
    try:
        importlib.import_module(module)
    except Exception as exc:  # whatever a broken install raises (ImportError, AttributeError …)
        detail = " ".join(str(exc).split())[:300]
        raise UsageError(
            f"{what} needs the {extra} extra, which is installed but fails to import: "
            f"{package}: {type(exc).__name__}: {detail}. Reinstall it: "
            f'pip install --force-reinstall "gxreport[{extra}]"'
        ) from None


def matplotlib_folder() -> None:
    """Where matplotlib keeps its settings and font cache: its own (~/.config/matplotlib)
    when that can be written, else a temporary folder, so that a read-only HOME gets no
    warnings from it."""
    import os

    if os.environ.get("MPLCONFIGDIR"):
        return
    home = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    wanted = os.path.join(home, "matplotlib")
    try:
        os.makedirs(wanted, exist_ok=True)
        if os.access(wanted, os.W_OK):
            return
    except OSError:
        pass
    import atexit
    import shutil
    import tempfile

    folder = tempfile.mkdtemp(prefix="gxreport-matplotlib-")
    atexit.register(shutil.rmtree, folder, True)
    os.environ["MPLCONFIGDIR"] = folder


V = TypeVar("V")


@dataclass(frozen=True)
class Bundle:
    """Text and the files that go beside it (a Markdown briefing and its charts)."""

    main: str
    files: tuple[tuple[str, bytes], ...]


def markdown_of(document: Document) -> str | Bundle:
    from gxreport.render.document import Image
    from gxreport.render.markdown import draw as draw_markdown

    text = draw_markdown(document)
    images = tuple((b.name, b.data) for b in document.blocks if isinstance(b, Image))
    return Bundle(text, images) if images else text


@dataclass(frozen=True)
class Command(Generic[V]):
    """One command's outputs: its layout, for the document formats, and its data formats."""

    name: str
    layout: Callable[[V, Style], Document]
    data: Mapping[Format, Callable[[V, Style], str | Iterable[str]]] = field(default_factory=dict)
    # Markdown of its own (a user's --template) instead of drawing the layout.
    markdown: Callable[[V, Style], str | Bundle] | None = None
    spreadsheet: bool = False  # its tables also make an Excel workbook
    word: bool = False  # it is also a Word document (a 公文)

    @property
    def formats(self) -> tuple[Format, ...]:
        sheet = (Format.xlsx,) if self.spreadsheet else ()
        word = (Format.docx,) if self.word else ()
        return (Format.table, Format.markdown, *self.data, *sheet, *word)

    def choose(self, fmt: Format, output: Path | None, to_terminal: bool) -> Format:
        """The format to write: as asked, else by ``--output``'s extension, else a table on a
        terminal and Markdown otherwise; refused (exit 2) when this command cannot give it."""
        given = ", ".join(f.value for f in self.formats)
        by_extension = None
        if output is not None and output.suffix:
            by_extension = EXTENSIONS.get(output.suffix.lower())
            if by_extension is None:
                raise UsageError(
                    f"--output {output}: no format writes {output.suffix} files; "
                    f"`gxreport {self.name}` gives {given}"
                )
        if fmt is Format.auto:
            fmt = by_extension or (
                Format.table if to_terminal and output is None else Format.markdown
            )
        if fmt not in self.formats:
            raise UsageError(f"--format {fmt.value}: `gxreport {self.name}` gives {given}")
        if fmt in EXTRAS:
            module, extra = EXTRAS[fmt]
            require_extra(module, extra, f"--format {fmt.value}")
            if output is None and to_terminal:
                raise UsageError(
                    f"--format {fmt.value} writes a binary file: give --output FILE.{fmt.value} "
                    "(or redirect standard output)"
                )
        return fmt

    def render(
        self, view: V, fmt: Format, style: Style
    ) -> str | Iterable[str] | bytes | Drawing | Bundle:
        if fmt is Format.table:
            from gxreport.render.table import draw as draw_table

            return draw_table(self.layout(view, style))
        if fmt is Format.markdown:
            if self.markdown is not None:
                return self.markdown(view, style)
            return markdown_of(self.layout(view, style))
        if fmt is Format.xlsx:
            from gxreport.render.xlsx import draw as draw_xlsx

            return draw_xlsx(self.layout(view, style), style.lang)
        if fmt is Format.docx:
            from gxreport.render.docx import draw as draw_docx

            return draw_docx(self.layout(view, style), style.lang)
        # Data formats are read by programs: plain numbers, whatever the display asks.
        return self.data[fmt](view, dataclasses.replace(style, thousands=False))


# ── the commands' renderers, imported when called ─────────────────────────────


def _summary_layout(report: Report, style: Style) -> Document:
    from gxreport.render.layout import summary

    return summary.layout(report, style)


def _summary_json(report: RowsView, style: Style) -> Iterable[str]:
    from gxreport.render import json

    return json.render_summary(report, style)


def _summary_csv(report: RowsView, style: Style) -> str:
    from gxreport.render import csv

    return csv.render_summary(report, style)


def _gap_layout(gap: Gap, style: Style) -> Document:
    from gxreport.render.layout import gap as gap_layout

    return gap_layout.layout(gap, style)


def _gap_json(gap: Gap, style: Style) -> Iterable[str]:
    from gxreport.render import json

    return json.render_gap(gap, style)


def _gap_csv(gap: Gap, style: Style) -> str:
    from gxreport.render import csv

    return csv.render_gap(gap, style)


def _check_layout(audits: Sequence[Audit], style: Style) -> Document:
    from gxreport.render.layout import check

    return check.layout(audits, style)


def _check_json(audits: Sequence[Audit], style: Style) -> str:
    from gxreport.render import json

    return json.render_check(list(audits), style)


def _check_csv(audits: Sequence[Audit], style: Style) -> str:
    from gxreport.render import csv

    return csv.render_check(audits, style)


def _briefing_layout(briefing: Briefing, style: Style) -> Document:
    from gxreport.render.layout import briefing as briefing_layout

    return briefing_layout.layout(briefing, style)


def _briefing_markdown(briefing: Briefing, style: Style) -> str | Bundle:
    if briefing.template is not None:
        from gxreport.render import template

        return template.render(briefing, style)
    return markdown_of(_briefing_layout(briefing, style))


def _compare_layout(view: CompareView, style: Style) -> Document:
    from gxreport.render.layout import compare

    return compare.layout(view, style)


def _compare_json(view: CompareView, style: Style) -> str:
    from gxreport.render import json

    return json.render_compare(view, style)


def _compare_csv(view: CompareView, style: Style) -> str:
    from gxreport.render import csv

    return csv.render_compare(view, style)


def _rank_layout(league: League, style: Style) -> Document:
    from gxreport.render.layout import rank

    return rank.layout(league, style)


def _rank_json(league: League, style: Style) -> str:
    from gxreport.render import json

    return json.render_rank(league, style)


def _rank_csv(league: League, style: Style) -> str:
    from gxreport.render import csv

    return csv.render_rank(league, style)


def summary_rows(view: RowsView, fmt: Format, style: Style) -> str | Iterable[str]:
    """The summary's JSON or CSV from rows made one at a time (a snapshot too large to hold)."""
    if fmt is Format.json:
        return _summary_json(view, style)
    if fmt is Format.csv:
        return _summary_csv(view, style)
    raise ValueError(f"{fmt.value} needs the whole report")


SUMMARY: Command[Report] = Command(
    "summary",
    _summary_layout,
    {Format.json: _summary_json, Format.csv: _summary_csv},
    spreadsheet=True,
)
GAP: Command[Gap] = Command(
    "gap", _gap_layout, {Format.json: _gap_json, Format.csv: _gap_csv}, spreadsheet=True
)
CHECK: Command[Sequence[Audit]] = Command(
    "check", _check_layout, {Format.json: _check_json, Format.csv: _check_csv}, spreadsheet=True
)
BRIEFING: Command[Briefing] = Command(
    "briefing", _briefing_layout, markdown=_briefing_markdown, word=True
)

COMPARE: Command[CompareView] = Command(
    "compare",
    _compare_layout,
    {Format.json: _compare_json, Format.csv: _compare_csv},
    spreadsheet=True,
)
RANK: Command[League] = Command(
    "rank", _rank_layout, {Format.json: _rank_json, Format.csv: _rank_csv}, spreadsheet=True
)

COMMANDS: dict[
    str,
    Command[Report]
    | Command[Gap]
    | Command[Sequence[Audit]]
    | Command[Briefing]
    | Command[CompareView]
    | Command[League],
] = {c.name: c for c in (SUMMARY, GAP, CHECK, BRIEFING, COMPARE, RANK)}
