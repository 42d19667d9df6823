"""Box-drawn tables laid out once: Rich's look (HEAVY_HEAD, CJK-aware widths, a folding
first column) at a fraction of its cost on big inputs.

Rich's own Table measures and renders every cell through its layout engine, about half a
millisecond a row with CJK text; a province's 10,000 rows took half a minute. Here the
widths are measured once with Rich's cell-width functions, lines are built as strings,
and styles are applied as pre-rendered ANSI codes (none at all without a colour
terminal, or with NO_COLOR).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Literal

Segment = tuple[str, str | None]  # text and a Rich style name, or None
Cell = str | Segment | list[Segment]
Paint = Callable[[str, str | None], str]


@dataclass(frozen=True)
class Column:
    header: str
    justify: Literal["left", "right"] = "left"
    folds: bool = False  # this column gives up width and folds its text when space is short
    min_width: int = 8
    optional: bool = False  # left out, rightmost first, when the terminal is too narrow
    drop_first: bool = False  # left out before any other optional column (a bar)


@dataclass
class Grid:
    columns: Sequence[Column]
    rows: list[list[Cell]] = field(default_factory=list)
    title: str | None = None


@dataclass(frozen=True)
class Line:
    text: str
    style: str | None = None


@dataclass
class Drawing:
    """Lines and grids, drawn at a width chosen when printed."""

    blocks: list[Grid | Line] = field(default_factory=list)

    def render(self, width: int, paint: Paint | None = None) -> str:
        return "".join(line + "\n" for line in self.lines(width, paint or _plain))

    def lines(self, width: int, paint: Paint) -> Iterator[str]:
        for block in self.blocks:
            if isinstance(block, Line):
                yield paint(block.text, block.style) if block.text else ""
            else:
                yield from _grid_lines(block, width, paint)


def _plain(text: str, style: str | None) -> str:
    return text


def _segments(cell: Cell) -> list[Segment]:
    if isinstance(cell, str):
        return [(cell, None)]
    if isinstance(cell, tuple):
        return [cell]
    return cell


def _text(cell: Cell) -> str:
    return "".join(text for text, _ in _segments(cell))


def _grid_lines(grid: Grid, width: int, paint: Paint) -> Iterator[str]:
    texts = [[c if type(c) is str else _text(c) for c in row] for row in grid.rows]
    sizes = [[_width(t) for t in row] for row in texts]
    widths = [_width(c.header) for c in grid.columns]
    for row_sizes in sizes:
        for i, size in enumerate(row_sizes):
            if size > widths[i]:
                widths[i] = size
    # Each column has one space of padding either side and a rule between: 3n + 1. On a
    # narrow terminal the optional columns go first, then the folding ones fold.
    keep = list(range(len(grid.columns)))
    folding = sum(max(widths[i] - c.min_width, 0) for i, c in enumerate(grid.columns) if c.folds)
    order = [i for i, c in enumerate(grid.columns) if c.drop_first]
    order += [i for i in reversed(range(len(grid.columns))) if i not in order]
    for i in order:
        needed = sum(widths[k] for k in keep) + 3 * len(keep) + 1 - folding
        if needed <= width:
            break
        if grid.columns[i].optional:
            keep.remove(i)
    if len(keep) < len(grid.columns):
        grid = Grid(
            [grid.columns[k] for k in keep], [[r[k] for k in keep] for r in grid.rows], grid.title
        )
        texts = [[r[k] for k in keep] for r in texts]
        sizes = [[r[k] for k in keep] for r in sizes]
        widths = [widths[k] for k in keep]
    columns = grid.columns
    spare = width - (sum(widths) + 3 * len(columns) + 1)
    # The folding columns give up width first; then headers wider than their figures fold
    # onto two lines; then, if it is still too wide, every text column folds, widest first.
    # Numbers never fold.
    content = [max((row[i] for row in sizes), default=0) for i in range(len(columns))]
    for i, c in enumerate(columns):
        if spare >= 0:
            break
        if c.folds:
            # Down to its minimum, but an English header word stays whole ("Indicator").
            floor = max([c.min_width] + [_width(w) for w in c.header.split()])
            give = min(-spare, max(widths[i] - floor, 0))
            widths[i] -= give
            spare += give
    for i in sorted(range(len(columns)), key=lambda i: content[i] - widths[i]):
        if spare >= 0:
            break
        floor = max(content[i], (_width(columns[i].header) + 1) // 2, 4)
        give = min(-spare, max(widths[i] - floor, 0))
        widths[i] -= give
        spare += give
    for i in sorted(
        (i for i, c in enumerate(columns) if c.justify == "left" and not c.folds),
        key=lambda i: -widths[i],
    ):
        if spare >= 0:
            break
        give = min(-spare, max(widths[i] - columns[i].min_width, 0))
        widths[i] -= give
        spare += give
    for i in sorted(range(len(columns)), key=lambda i: -widths[i]):
        if spare >= 0:
            break
        give = min(-spare, max(widths[i] - 8, 0))  # last of all, any column folds
        widths[i] -= give
        spare += give
    folds = [i for i in range(len(columns)) if widths[i] < content[i]]

    def rule(left: str, fill: str, cross: str, right: str) -> str:
        return left + cross.join(fill * (w + 2) for w in widths) + right

    if grid.title:
        yield paint(grid.title, "bold")
    yield rule("┏", "━", "┳", "┓")
    # A header wider than its folded column folds too.
    header_lines = [
        _fold(c.header, w) if _width(c.header) > w else [(c.header, _width(c.header))]
        for c, w in zip(columns, widths, strict=True)
    ]
    for line_no in range(max(len(h) for h in header_lines)):
        header_cells = []
        for column, w, pieces in zip(columns, widths, header_lines, strict=True):
            header, size = pieces[line_no] if line_no < len(pieces) else ("", 0)
            pad = " " * (w - size)
            shown = pad + header if column.justify == "right" else header + pad
            header_cells.append(" " + (paint(shown, "bold") if header else shown) + " ")
        yield "┃" + "┃".join(header_cells) + "┃"
    yield rule("┡", "━", "╇", "┩")
    plain = paint is _plain
    right = [c.justify == "right" for c in columns]
    blank = [" " * w for w in widths]
    span = range(len(columns))

    def fit(text: str, size: int, i: int) -> str:
        pad = " " * (widths[i] - size)
        return pad + text if right[i] else text + pad

    for row, row_texts, row_sizes in zip(grid.rows, texts, sizes, strict=True):
        cells = [
            fit(row_texts[i] if plain else _paint(row[i], paint), row_sizes[i], i) for i in span
        ]
        folded = {i: _fold(row_texts[i], widths[i]) for i in folds if row_sizes[i] > widths[i]}
        if not folded:  # the common case: one line
            yield "│ " + " │ ".join(cells) + " │"
            continue
        height = max(len(pieces) for pieces in folded.values())
        for line_no in range(height):
            if line_no:
                cells = list(blank)
            for i, pieces in folded.items():
                piece, size = pieces[line_no] if line_no < len(pieces) else ("", 0)
                painted = piece if plain or not piece else paint(piece, _segments(row[i])[0][1])
                cells[i] = fit(painted, size, i)
            yield "│ " + " │ ".join(cells) + " │"
    yield rule("└", "─", "┴", "┘")


def _paint(cell: Cell, paint: Paint) -> str:
    return "".join(paint(text, style) for text, style in _segments(cell))


# Terminal cells each character takes, from Rich's tables, looked up once per character.
_CELLS: dict[str, int] = {}


def _width(text: str) -> int:
    """Terminal cells ``text`` takes (CJK characters two each)."""
    if text.isascii():
        return len(text)
    try:
        return sum(map(_CELLS.__getitem__, text))
    except KeyError:
        from rich.cells import get_character_cell_size

        for ch in text:
            if ch not in _CELLS:
                _CELLS[ch] = get_character_cell_size(ch)
        return sum(map(_CELLS.__getitem__, text))


def _fold(text: str, width: int) -> list[tuple[str, int]]:
    """``text`` in lines of at most ``width`` cells, each with its width; a line breaks at a
    space where it has one (English words stay whole), anywhere in CJK text."""
    _width(text)  # fills the table for every character of text
    lines: list[tuple[str, int]] = []
    start, used = 0, 0
    space = -1  # the last space on the current line
    for index, ch in enumerate(text):
        size = _CELLS.get(ch, 1)
        if used + size > width and used:
            cut = space if space > start else index
            piece = text[start:cut].rstrip(" ")
            lines.append((piece, _width(piece)))
            start = cut + 1 if cut == space else cut
            used = _width(text[start:index])
            space = -1
        if ch == " ":
            space = index
        used += size
    piece = text[start:]
    lines.append((piece, _width(piece)))
    return lines


def ansi_painter(color_system: str | None) -> Paint:
    """Styles as ANSI codes for ``color_system`` (Rich's names); plain text without one."""
    if color_system is None:
        return _plain
    from rich.console import COLOR_SYSTEMS
    from rich.style import Style

    system = COLOR_SYSTEMS[color_system]
    codes: dict[str, tuple[str, str]] = {}

    def paint(text: str, style: str | None) -> str:
        if not style or not text:
            return text
        wrap = codes.get(style)
        if wrap is None:
            rendered = Style.parse(style).render("\x00", color_system=system)
            before, _, after = rendered.partition("\x00")
            wrap = codes[style] = (before, after)
        return wrap[0] + text + wrap[1]

    return paint
