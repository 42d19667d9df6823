"""The terminal: a Document drawn as box tables (``grid``: Rich's look and CJK cell widths),
colours for ahead and behind, and a bar of completion against the 序时进度 mark."""

from __future__ import annotations

from gxreport.exact import Fraction
from gxreport.render.document import (
    Annex,
    Bar,
    Cell,
    Document,
    Figure,
    Heading,
    Image,
    Imprint,
    Items,
    Masthead,
    Note,
    Paragraph,
    Table,
    Text,
    Title,
    Tone,
)
from gxreport.render.grid import Cell as GridCell
from gxreport.render.grid import Column, Drawing, Grid, Line, Segment

BAR_CELLS = 12
TONE_STYLE: dict[Tone, str] = {
    "good": "green",
    "bad": "red",
    "warn": "yellow",
    "strong": "bold",
    "dim": "dim",
}


def _style(tone: Tone | None) -> str | None:
    return TONE_STYLE[tone] if tone is not None else None


def bar(cell: Bar) -> list[Segment]:
    """Completion as BAR_CELLS cells with │ at the 序时进度 mark (capped at 100 %)."""
    completion = min(max(cell.completion, Fraction(0)), Fraction(100))
    filled = int(completion * BAR_CELLS / 100)
    colour = _style(cell.tone)
    if cell.mark is None:
        return [("█" * filled, colour), ("░" * (BAR_CELLS - filled), "dim")]
    mark = min(int(cell.mark * BAR_CELLS), BAR_CELLS - 1)
    return [
        ("█" * min(filled, mark), colour),
        ("░" * (mark - min(filled, mark)), "dim"),
        ("│", "bold"),
        ("█" * max(filled - mark - 1, 0), colour),
        ("░" * (BAR_CELLS - mark - 1 - max(filled - mark - 1, 0)), "dim"),
    ]


def _cell(cell: Cell) -> GridCell:
    if cell is None:
        return ""
    if isinstance(cell, str):
        return cell
    if isinstance(cell, (Text, Figure)):
        return (cell.text, _style(cell.tone)) if cell.tone else cell.text
    return bar(cell)


def _grid(block: Table) -> Grid:
    columns = [
        Column(
            c.header,
            "right" if c.numeric else "left",
            folds=c.folds,
            optional=c.optional or c.graphic,
            # A bar is the first thing a narrow terminal gives up.
            drop_first=c.graphic,
        )
        for c in block.columns
    ]
    return Grid(columns, [[_cell(c) for c in row] for row in block.rows])


def draw(document: Document) -> Drawing:
    drawing = Drawing()
    blocks = drawing.blocks
    for block in document.blocks:
        if isinstance(block, Title):
            blocks.append(Line(block.text, "bold"))
        elif isinstance(block, Heading):
            blocks += [Line(""), Line(block.text, "bold")]
        elif isinstance(block, Paragraph):
            blocks.append(Line(block.text, _style(block.tone)))
        elif isinstance(block, Note):
            blocks.append(Line(block.text, "dim"))
        elif isinstance(block, Items):
            blocks += [Line("• " + item) for item in block.items]
        elif isinstance(block, Image):
            blocks.append(Line(f"[{block.alt}: {block.name}]", "dim"))
        elif isinstance(block, Masthead):
            blocks += [Line(line, "bold") for line in block.lines]
        elif isinstance(block, (Imprint, Annex)):
            blocks += [Line(""), Line(block.text, "bold")]
        else:
            blocks.append(_grid(block))
    return drawing
