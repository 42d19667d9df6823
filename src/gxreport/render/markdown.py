"""GFM Markdown from a Document: pipe tables that pandoc and CommonMark parsers read as tables."""

from __future__ import annotations

from collections.abc import Sequence

from gxreport.render._fmt import Style
from gxreport.render.document import (
    Annex,
    Document,
    Heading,
    Image,
    Imprint,
    Items,
    Masthead,
    Note,
    Paragraph,
    Table,
    Title,
    cell_text,
)

# The ASCII punctuation that can open inline Markdown, HTML, an entity, a table cell, or pandoc's
# math, sub- and superscript is backslash-escaped (CommonMark allows it for any ASCII
# punctuation), so a name cannot inject markup; the rest is left readable.
_ESCAPES = str.maketrans({ch: "\\" + ch for ch in "\\`*_[]<>#|~&$^"})


def escape(text: str) -> str:
    return text.translate(_ESCAPES)


def table(head: Sequence[str], rows: Sequence[Sequence[str]], numeric: set[int]) -> str:
    """A GFM pipe table; the columns numbered in ``numeric`` are right-aligned."""
    align = ["---:" if i in numeric else "---" for i in range(len(head))]
    lines = [
        "| " + " | ".join(escape(h) for h in head) + " |",
        "| " + " | ".join(align) + " |",
    ]
    lines.extend("| " + " | ".join(escape(c) for c in row) + " |" for row in rows)
    return "\n".join(lines)


def draw_table(block: Table) -> str:
    keep = [i for i, c in enumerate(block.columns) if not c.graphic]
    head = [block.columns[i].header for i in keep]
    numeric = {n for n, i in enumerate(keep) if block.columns[i].numeric}
    rows = [[cell_text(row[i]) for i in keep] for row in block.rows]
    return table(head, rows, numeric)


def draw(document: Document, style: Style | None = None) -> str:
    out: list[str] = []
    for block in document.blocks:
        if isinstance(block, Title):
            out.append(f"# {escape(block.text)}")
        elif isinstance(block, Heading):
            out.append("#" * (block.level + 1) + f" {escape(block.text)}")
        elif isinstance(block, Image):
            out.append(f"![{escape(block.alt)}]({link_target(block.name)})")
        elif isinstance(block, (Paragraph, Note)):
            out.append(escape(block.text))
        elif isinstance(block, Items):
            out.append("\n".join(f"- {escape(item)}" for item in block.items))
        elif isinstance(block, Masthead):
            out += [*(escape(line) for line in block.lines), "---"]
        elif isinstance(block, Imprint):
            out += ["---", *(escape(line) for line in block.lines)]
            out += [escape(block.copies)] if block.copies else []
        elif isinstance(block, Annex):
            out.append(f"## {escape(block.text)}")
        else:
            out.append(draw_table(block))
    return "\n\n".join(out) + "\n"


def link_target(name: str) -> str:
    """A file name as a link's destination: in angle brackets when it holds spaces,
    parentheses or other characters a bare destination cannot (CommonMark 6.3), so that
    "简报 (定稿)-1.png" still links to its file."""
    if name and not any(ch in name for ch in " ()<>\\") and name.isprintable():
        return name
    return "<" + "".join(f"\\{ch}" if ch in "<>\\" else ch for ch in name) + ">"
