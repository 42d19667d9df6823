"""Fuzz over the importers: random sheets (written with xlsxwriter and csv) and random
report texts, control characters and TOML look-alikes included. Whatever they hold, import
and extract exit 0 or 2, never 70; a written draft parses, is a snapshot gxreport reads, and
holds no indicator that a cell or a sentence smuggled in."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path

import tomli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from gxreport.cli import app

runner = CliRunner()
# Each example writes a file and runs one or two commands: a tenth of the snapshot fuzz's
# count (CI's 2,000 gives 200 sheets and 200 texts).
EXAMPLES = max(int(os.environ.get("GXREPORT_FUZZ_EXAMPLES", "300")) // 10, 20)
MARK = "INJECTED"
INJECTIONS = [
    f'x"\n[[indicator]]\nid = "{MARK}"\nname = "{MARK}"\nactual = 1\n',
    f"\n[[indicator]]\nid='{MARK}'\n",
    f'"""\n[[indicator]]\nname = "{MARK}"',
    f"\\\n[report]\ntitle = '{MARK}'",
]
hostile_text = st.one_of(
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=15),
    st.text(
        st.sampled_from("甲乙丙\x00\x07\x0c\x1b\r\n\t\x85\u2028\ufeff\ufffe\"'\\#[]=%万亿"),
        max_size=12,
    ),
    st.sampled_from(INJECTIONS),
    st.sampled_from(["—", "-", "…", "#DIV/0!", "#N/A", "其中：", "注：", "一、工业", "", " "]),
)
HEADERS = ["指标名称", "计量单位", "1-6月", "本年累计", "上年同期", "同比增长%", "全年目标",
           "完成率（%）", "排名", "备注", "力争目标"]  # fmt: skip
numbers = st.one_of(
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(min_value=-(10**6), max_value=10**6, places=3).map(str),
    st.sampled_from(["1.57万", "7,141", "２１３.９", "87.2％", "1e999999999", "9" * 5000]),
)
cells = st.one_of(hostile_text, numbers)


@st.composite
def sheets(draw: st.DrawFn) -> tuple[str, list[list[object]]]:
    title = draw(st.sampled_from(["2022年1-6月主要指标", "2023年上半年", "", "主要指标"]))
    title += draw(hostile_text)
    headers = draw(st.lists(st.sampled_from(HEADERS), min_size=1, max_size=6, unique=True))
    if draw(st.booleans()):
        headers.insert(0, "指标名称")
    rows = draw(st.lists(st.lists(cells, min_size=1, max_size=len(headers) + 1), max_size=8))
    return title, [[title], list(headers), *rows]


def _xlsx(rows: list[list[object]]) -> bytes:
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_numbers": False})
    sheet = book.add_worksheet("表")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, float) and value != value:
                continue  # no NaN in a cell
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                if abs(value) < 1e300 and abs(value) != float("inf"):
                    sheet.write_number(r, c, value)
                    continue
            sheet.write_string(r, c, str(value)[:32767])
    book.close()
    return buffer.getvalue()


def _csv(rows: list[list[object]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerows([[str(v) for v in row] for row in rows])
    return buffer.getvalue().encode("utf-8", "replace")


def _drafts_honestly(result, text_out: str) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code in (0, 2), (result.exit_code, result.stderr, result.exception)
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
    if result.exit_code == 2:
        assert result.stderr.strip()
        return
    draft = tomli.loads(text_out)  # the draft parses
    for item in draft.get("indicator", []):
        assert item.get("id") != MARK and item.get("name") != MARK, item
    assert draft.get("report", {}).get("title") != MARK
    checked = runner.invoke(app, ["check", "-", "-f", "json"], input=text_out)
    assert checked.exit_code in (0, 1), checked.stderr  # a snapshot gxreport reads


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(sheets(), st.sampled_from(["xlsx", "csv"]))
def test_fuzz_import(sheet: tuple[str, list[list[object]]], kind: str) -> None:
    _, rows = sheet
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"t.{kind}"
        path.write_bytes(_xlsx(rows) if kind == "xlsx" else _csv(rows))
        result = runner.invoke(app, ["import", str(path), "--year", "2022"])
        _drafts_honestly(result, result.stdout)


SENTENCES = [
    "2022年上半年，全区新签约项目{n}个，签约总额{n}亿元，完成年度目标的{n}%。",
    "规上工业增加值同比增长{n}%，全年目标{n}亿元。",
    "截至6月底，固定资产投资完成{n}亿元，排名全市第{n}。",
    "{x}",
]


@st.composite
def reports(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        template = draw(st.sampled_from(SENTENCES))
        number = draw(
            st.one_of(st.integers(0, 10**6).map(str), st.sampled_from(["1" * 5000, "0.5", "十二"]))
        )
        parts.append(template.format(n=number, x=draw(hostile_text)))
        parts.append(draw(st.sampled_from(["", "\n", "\n\n", "\x0c", "\r\n", " "])))
    return "".join(parts)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(reports())
def test_fuzz_extract(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "r.txt"
        path.write_bytes(text.encode("utf-8"))
        out = Path(folder) / "o.toml"
        result = runner.invoke(app, ["extract", str(path), "-o", str(out), "--year", "2022"])
        _drafts_honestly(result, out.read_text(encoding="utf-8") if out.exists() else "")
