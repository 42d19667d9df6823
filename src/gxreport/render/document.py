"""A command's view laid out once, for every backend to draw: headings, paragraphs, typed
table columns, notes. Text here is final wording; numbers are already formatted."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from decimal import Decimal
from typing import Literal, TypeAlias

from gxreport.exact import Fraction

# How a backend may colour a cell or line; each backend decides what a tone looks like.
Tone = Literal["good", "bad", "warn", "strong", "dim"]


@dataclass(frozen=True, slots=True)
class Text:
    text: str
    tone: Tone | None = None


@dataclass(frozen=True, slots=True)
class Figure:
    """A number as shown, and the number itself for backends that write numbers (a
    spreadsheet): ``value`` is the shown figure (rounded as printed), None where it is "—"."""

    text: str
    value: Decimal | None
    decimals: int
    percent: bool = False  # a rate in %: a spreadsheet stores 57.65% as 0.5765
    tone: Tone | None = None


@dataclass(frozen=True, slots=True)
class Bar:
    """Completion against the 序时进度 mark, for backends that can draw it."""

    completion: Fraction  # % of the full bar
    mark: Fraction | None  # 序时进度, as a fraction of the year; None: no mark
    tone: Tone | None = None


Cell: TypeAlias = "str | Text | Figure | Bar | None"


def cell_text(cell: Cell) -> str:
    if cell is None or isinstance(cell, Bar):
        return ""
    return cell if isinstance(cell, str) else cell.text


def text_width(text: str) -> int:
    """How many character widths ``text`` takes in a document or a sheet: a CJK character
    two, any other one (a terminal counts its own cells: see render.grid)."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    numeric: bool = False  # right-aligned; a number in data backends
    folds: bool = False  # gives up width and folds its text when space is short
    optional: bool = False  # left out, rightmost first, when the width is short
    graphic: bool = False  # a bar: only backends that draw can show it


@dataclass(frozen=True)
class Title:
    text: str


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1: 一、 (a section); 2: （一） (a part of one)


@dataclass(frozen=True)
class Paragraph:
    text: str
    tone: Tone | None = None


@dataclass(frozen=True)
class Note:
    """Small print: units, rounding rules, what a mark means."""

    text: str


@dataclass(frozen=True)
class Items:
    """A list of points (the attention list): bullets in Markdown, paragraphs in a 公文."""

    items: tuple[str, ...]


@dataclass(frozen=True)
class Image:
    """A picture (a chart): its bytes, the file name it is written to beside a text output,
    and the text that stands for it."""

    data: bytes
    name: str
    alt: str


@dataclass(frozen=True)
class Masthead:
    """A 简报's masthead (报头): the series name, large and red; 第N期 under it; who compiles
    it on the left and the date on the right; a red rule."""

    series: str
    issue: str | None = None
    issuer: str | None = None
    date: str | None = None

    @property
    def lines(self) -> tuple[str, ...]:
        """As plain text: one line each, the issuer and the date on one."""
        foot = "　　".join(x for x in (self.issuer, self.date) if x)
        return tuple(x for x in (self.series, self.issue, foot) if x)

    @property
    def text(self) -> str:
        return " ".join(self.lines)


@dataclass(frozen=True)
class Imprint:
    """The end block (版记): between rules, whom it goes to (报：, 送：, 发：) and how many
    copies were printed."""

    lines: tuple[str, ...]
    copies: str | None = None

    @property
    def text(self) -> str:
        return " ".join((*self.lines, *([self.copies] if self.copies else [])))


@dataclass(frozen=True)
class Annex:
    """Where an annex (附件) begins: on a page of its own, its label and its title."""

    label: str
    title: str

    @property
    def text(self) -> str:
        return f"{self.label}　{self.title}"


@dataclass
class Table:
    columns: tuple[Column, ...]
    rows: list[tuple[Cell, ...]] = field(default_factory=list)


Block: TypeAlias = (
    "Title | Heading | Paragraph | Note | Items | Table | Image | Masthead | Imprint | Annex"
)


@dataclass
class Document:
    blocks: list[Block] = field(default_factory=list)

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)


# Characters XML 1.0 does not allow (the C0 controls but tab and line breaks, lone
# surrogates, U+FFFE and U+FFFF): an Office file holding one is not well-formed, and
# python-docx refuses to write it. A name may hold them; the Office backends drop them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(document: Document) -> Document:
    """``document`` with every text fit for XML (see _NOT_XML); the same object when it
    holds nothing to drop, as nearly every document does."""
    if not any(_NOT_XML.search(text) for block in document.blocks for text in _texts(block)):
        return document
    return Document([_clean_block(block) for block in document.blocks])


def _texts(block: Block) -> list[str]:
    """Every text of a block: its string fields and tuples of strings, a table's cells."""
    if isinstance(block, Table):
        return [c.header for c in block.columns] + [
            cell_text(cell) for row in block.rows for cell in row
        ]
    out: list[str] = []
    for item in fields(block):
        value = getattr(block, item.name)
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, tuple):
            out += [v for v in value if isinstance(v, str)]
    return out


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _clean_cell(cell: Cell) -> Cell:
    if isinstance(cell, str):
        return _clean(cell)
    if isinstance(cell, (Text, Figure)):
        return replace(cell, text=_clean(cell.text))
    return cell


def _clean_block(block: Block) -> Block:
    if isinstance(block, Table):
        columns = tuple(replace(c, header=_clean(c.header)) for c in block.columns)
        return Table(columns, [tuple(_clean_cell(cell) for cell in row) for row in block.rows])
    changes: dict[str, object] = {}
    for item in fields(block):
        value = getattr(block, item.name)
        if isinstance(value, str):
            changes[item.name] = _clean(value)
        elif isinstance(value, tuple):
            changes[item.name] = tuple(_clean(v) if isinstance(v, str) else v for v in value)
    return replace(block, **changes)  # type: ignore[arg-type]
