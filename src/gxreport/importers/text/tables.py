"""Tables in a report's text (Markdown pipes, a Word table's rows) said as sentences, one a
row, in the words the rest of extract reads: 地区生产总值312.6亿元，同比增长4.8%。 The columns are
recognised by the same header names a spreadsheet's are."""

from __future__ import annotations

import re


def tables_as_sentences(text: str) -> str:
    """A table in the text (Markdown pipes, or a Word table's rows) said as sentences, one a
    row, in the words the rest of extract reads: 地区生产总值312.6亿元，同比增长4.8%。
    The columns are recognised by the same header names a spreadsheet's are."""
    from gxreport.importers.sheet import _UNIT_IN_HEADER, role_of

    out: list[str] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if not lines[i].lstrip().startswith("|"):
            out.append(lines[i])
            i += 1
            continue
        block = []
        while i < len(lines) and lines[i].lstrip().startswith("|"):
            cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
            if not all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c):
                block.append(cells)
            i += 1
        out += _table_sentences(block, role_of, _UNIT_IN_HEADER)
    return "\n".join(out)


def _table_sentences(
    block: list[list[str]], role_of: object, unit_re: re.Pattern[str]
) -> list[str]:
    if len(block) < 2:
        return [" ".join(c for row in block for c in row)]
    header = block[0]
    roles = [role_of(h) for h in header]  # type: ignore[operator]
    if "name" not in roles:
        return ["，".join(row) + "。" for row in block]
    name_at = roles.index("name")
    said = []
    for row in block[1:]:
        name = row[name_at] if name_at < len(row) else ""
        unit_match = unit_re.search(name)
        unit = unit_match.group(1) if unit_match else ""
        name = unit_re.sub("", name).strip()
        if "unit" in roles and roles.index("unit") < len(row):
            unit = row[roles.index("unit")] or unit
        clauses = []
        for head, role, cell in zip(header, roles, row, strict=False):
            if role in (None, "name", "unit") or not re.fullmatch(r"[+-]?\d+(\.\d+)?", cell):
                continue
            column_unit = unit_re.search(head)
            u = column_unit.group(1) if column_unit and role == "actual" else unit
            if role == "actual":
                clauses.append(f"{name}{cell}{u}")
            elif role == "target":
                clauses.append(f"全年目标为{cell}{u}")
            elif role == "stretch":
                clauses.append(f"力争突破{cell}{u}")
            elif role == "last_year":
                continue  # a base: the rate beside it is what a report states
            elif role == "yoy":
                clauses.append(f"同比增长{cell}%")
            elif role == "completion":
                clauses.append(f"完成年度目标的{cell}%")
        if clauses:
            said.append("，".join(clauses) + "。")
    return said
