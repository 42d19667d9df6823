"""Hostile and unlucky input, case by case: exit 2 with a located message (or 0 where the
input is fine), never exit 70, never a hang, never a forged or invalid snapshot."""

from __future__ import annotations

import codecs
import io
import json
import os
import subprocess
import sys
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import SEED
from gxreport.cli import app

runner = CliRunner()
HEAD = '[report]\ntitle = "测试"\nyear = 2022\nas_of = 2022-06-30\n'


def indicator(ident: str, name: str, **fields: object) -> str:
    lines = ["[[indicator]]", f"id = {json.dumps(ident)}", f'name = "{name}"']
    lines += [f"{key} = {value}" for key, value in fields.items()]
    return "\n".join(lines) + "\n"


def run(*args: str, input: str | bytes | None = None, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), input=input, env=env)


def refused(result, *needles: str) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code == 2, (result.exit_code, result.stdout, result.stderr)
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
    for needle in needles:
        assert needle in result.stderr, result.stderr


# ── ids that read the same ──────────────────────────────────────────────────


@pytest.mark.parametrize("variant", [" ", "\u200e", "\x07", "\t"])
@pytest.mark.parametrize("streamed", [False, True])
def test_ids_equal_once_cleaned_are_a_duplicate(
    tmp_path: Path, variant: str, streamed: bool
) -> None:
    # 10 of a whole of 100 is 10.00 %; a second "whole" of 150 must not be taken for it.
    text = (
        HEAD
        + indicator("whole", "全部", actual=100)
        + indicator("part", "部分", actual=10, share_of='"whole"')
        + indicator("whole" + variant, "另一", actual=150)
    )
    path = tmp_path / "s.toml"
    path.write_text(text, encoding="utf-8")
    env = {"GXREPORT_STREAM_BYTES": "1"} if streamed else None
    refused(run("summary", str(path), "-f", "json", env=env), "duplicate id", "#1")


def test_a_share_of_written_with_an_invisible_mark_finds_its_whole(tmp_path: Path) -> None:
    text = (
        HEAD
        + indicator("whole", "全部", actual=100)
        + indicator("part", "部分", actual=10, share_of='"whole\\u200e"')
    )
    path = tmp_path / "s.toml"
    path.write_text(text, encoding="utf-8")
    for env in (None, {"GXREPORT_STREAM_BYTES": "1"}):
        result = run("summary", str(path), "-f", "json", env=env)
        assert result.exit_code == 0, result.stderr
        rows = {
            row["id"]: row for row in json.loads(result.stdout, parse_float=Decimal)["indicators"]
        }
        assert rows["part"]["share_pct"] == 10  # 10 of 100, the same on both paths


# ── encodings ───────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("encode", "needle"),
    [
        (lambda t: t.encode("utf-16-le"), "UTF-16 text without a byte-order mark"),
        (lambda t: t.encode("utf-16-be"), "UTF-16 text without a byte-order mark"),
        (lambda t: t.encode("utf-32-le"), "UTF-32 text without a byte-order mark"),
    ],
)
def test_wide_text_without_a_bom_is_told_to_be_saved_as_utf8(
    tmp_path: Path, encode: object, needle: str
) -> None:
    path = tmp_path / "s.toml"
    path.write_bytes(encode(SEED.read_text(encoding="utf-8")))  # type: ignore[operator]
    refused(run("summary", str(path)), needle, "save it as UTF-8")


@pytest.mark.parametrize(
    ("data", "warning"),
    [
        (lambda t: t.encode("utf-32"), "read as UTF-32"),
        (lambda t: codecs.BOM_UTF8 * 2 + t.encode(), "2 byte-order marks"),
    ],
)
def test_utf32_and_a_double_bom_are_read_with_a_warning(
    tmp_path: Path, data: object, warning: str
) -> None:
    path = tmp_path / "s.toml"
    path.write_bytes(data(SEED.read_text(encoding="utf-8")))  # type: ignore[operator]
    result = run("summary", str(path), "-f", "json")
    assert result.exit_code == 0 and warning in result.stderr
    assert json.loads(result.stdout)["indicators"]


# ── numbers past any figure ─────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("value", "needle"),
    [
        ("1" * 5000, "s.toml:8: a number of more than 4,300 digits"),
        ("1e999999999999999999", "is out of range: 1E+999999999999999999"),
        ("1e400000000", "is out of range: 1E+400000000"),
    ],
)
def test_numbers_no_figure_can_be(tmp_path: Path, value: str, needle: str) -> None:
    path = tmp_path / "s.toml"
    path.write_text(HEAD + indicator("a", "甲", actual=value, target=40), encoding="utf-8")
    result = run("summary", str(path))
    refused(result, needle)
    assert len(result.stderr) < 1000


# ── what is not a file ──────────────────────────────────────────────────────


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_is_no_snapshot(device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"no {device} here")
    refused(run("summary", device), f"{device}: is a device, not a file")
    refused(run("extract", device), "is a device")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_nobody_writes_to_reads_as_empty(tmp_path: Path) -> None:
    fifo = tmp_path / "p.toml"
    os.mkfifo(fifo)
    refused(run("summary", str(fifo)), "is empty")
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "a.toml").write_text(HEAD + indicator("a", "甲", actual=1), encoding="utf-8")
    os.mkfifo(folder / "b.toml")
    refused(run("rank", str(folder), "-i", "a"), "b.toml: is empty")


def test_an_input_past_the_size_limit_says_how_to_read_it(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    path.write_text(SEED.read_text(encoding="utf-8") + "#" * (2 << 20), encoding="utf-8")
    refused(run("summary", str(path), env={"GXREPORT_MAX_INPUT_MB": "1"}), "larger than 1 MB")
    assert run("summary", str(path), "-f", "json").exit_code == 0


# ── templates ───────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("source", "needle"),
    [
        ("{{ 9 ** 999999999 }}", "a power of at most"),
        ("{{ 2 ** 1000000 }}", "a power of at most"),
        ("{{ 7 ** 999999 }}", "a result of at most 100,000 bits"),
        (
            "{% set a = 3 ** 50000 %}{{ ((a * a) * (a * a)) > 0 }}",
            "a product of more than 100,000 bits",
        ),
        ("{{ 'a' * 10000000000 }}", "repetition"),
        ("{{ ([1] * 1000000000)|length }}", "repetition"),
        ("{{ 'a'|center(10000000000) }}", "width or count"),
        ("{{ '{:>10000000000}'.format(1) }}", "more than 1024 MB of memory"),
        ("{{ 'x'.ljust(10000000000) }}", "a number of 1,000,000 or more given to ljust()"),
        (
            "{% for i in range(100000) %}{% for j in range(100000) %}xxxxxxxxxx"
            "{% endfor %}{% endfor %}",
            "wrote more than 10 MB",
        ),
        ("{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}", "recurses too deeply"),
    ],
)
def test_a_template_is_bounded(tmp_path: Path, source: str, needle: str) -> None:
    template = tmp_path / "t.md"
    template.write_text(source, encoding="utf-8")
    refused(run("briefing", str(SEED), "--template", str(template)), needle, "t.md")


def test_a_template_that_loops_without_end_is_stopped_in_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gxreport.render.template as module

    monkeypatch.setattr(module, "TEMPLATE_SECONDS", 1)
    template = tmp_path / "t.md"
    template.write_text(
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
        encoding="utf-8",
    )
    refused(run("briefing", str(SEED), "--template", str(template)), "ran for more than 1 second")


def test_a_template_prints_no_control_character(tmp_path: Path) -> None:
    template = tmp_path / "t.md"
    template.write_text("{{ '\\x1b[2J' }}\x1b]0;x\x07{{ title }}\n", encoding="utf-8")
    result = run("briefing", str(SEED), "--template", str(template))
    assert result.exit_code == 0
    assert result.stdout == "\\[2J]0;x郑州高新区2022年上半年经济运行\n"  # [ escaped for Markdown


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_template_that_is_no_file(tmp_path: Path) -> None:
    fifo = tmp_path / "t.md"
    os.mkfifo(fifo)
    assert run("briefing", str(SEED), "--template", str(fifo)).exit_code == 0  # empty
    refused(run("briefing", str(SEED), "--template", "/dev/zero"), "the template is a device")
    big = tmp_path / "big.md"
    big.write_text("x" * (2 << 20), encoding="utf-8")
    refused(run("briefing", str(SEED), "--template", str(big)), "larger than 1 MB")


# ── sheets ──────────────────────────────────────────────────────────────────


def sheet(rows: list[list[object]], title: str = "2022年1-6月主要指标") -> bytes:
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    ws = book.add_worksheet("主要指标")
    ws.write_string(0, 0, title)
    ws.write_row(1, 0, ["指标名称", "计量单位", "1-6月", "全年目标", "完成率（%）"])
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row):
            if isinstance(value, tuple) and value[0] == "=":
                ws.write_formula(r, c, value[1], None, value[2])
            elif isinstance(value, tuple):
                ws.write_number(r, c, value[0], book.add_format({"num_format": value[1]}))
            elif isinstance(value, (int, float)):
                ws.write_number(r, c, value)
            else:
                ws.write_string(r, c, str(value))
    book.close()
    return buffer.getvalue()


def patched(data: bytes, member: str, change: object) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name in source.namelist():
            body = source.read(name)
            z.writestr(name, change(body) if name == member else body)  # type: ignore[operator]
    return out.getvalue()


def test_error_cells_are_not_blanks(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    path.write_bytes(sheet([["甲", "亿元", ("=", "=1/0", "#DIV/0!"), ("=", "=NA()", "#N/A"), 25]]))
    result = run("import", str(path))
    # Listed with their cells, never read as blanks (a blank actual is a figure left out).
    assert "C3 #DIV/0!" in result.stderr and "D3 #N/A" in result.stderr
    assert "internal error" not in result.stderr


@pytest.mark.parametrize(
    ("change", "needle"),
    [
        (lambda b: b[: len(b) // 2], "cannot be read as a spreadsheet"),
        (
            lambda b: b.replace(
                b"</sheetData>",
                b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>',
            ),
            "reaches cell XFD1048576",
        ),
    ],
)
def test_a_broken_sheet_is_the_files_problem(tmp_path: Path, change: object, needle: str) -> None:
    path = tmp_path / "t.xlsx"
    path.write_bytes(
        patched(sheet([["甲", "亿元", 10, 40, 25]]), "xl/worksheets/sheet1.xml", change)
    )
    refused(run("import", str(path)), needle, "t.xlsx")


def test_a_workbook_without_sheets(tmp_path: Path) -> None:
    import re

    path = tmp_path / "t.xlsx"
    path.write_bytes(
        patched(
            sheet([["甲", "亿元", 10, 40, 25]]),
            "xl/workbook.xml",
            lambda b: re.sub(rb"<sheets>.*</sheets>", b"<sheets/>", b),
        )
    )
    refused(run("import", str(path)), "t.xlsx")


@pytest.mark.parametrize(
    ("cell", "needle"),
    [
        ((1e308, "0.00"), "out of range"),
        (1e308, "out of range"),
        ((213.9, "0." + "0" * 30), "213.9" + "0" * 29),
    ],
)
def test_numbers_a_sheet_can_hold(tmp_path: Path, cell: object, needle: str) -> None:
    path = tmp_path / "t.xlsx"
    path.write_bytes(sheet([["甲", "亿元", cell, 400, 53.48]]))
    result = run("import", str(path))
    if needle.startswith("213"):
        assert result.exit_code == 0, result.stderr
        assert f"actual = {needle}  # C3" in result.stdout
    else:  # refused, or listed as not placed: said at its cell either way
        assert result.exit_code in (0, 2) and "internal error" not in result.stderr
        assert "C3" in result.stderr and needle in result.stderr


def test_an_unterminated_quote_in_a_csv_is_located(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text(
        '2022年1-6月主要指标\n指标名称,1-6月,全年目标\n甲,10,40\n"乙,5,40\n丙,1,2\n',
        encoding="utf-8",
    )
    refused(run("import", str(path)), "t.csv:4: a quote opened here is never closed")


def test_a_csv_cell_past_the_field_limit_is_located(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text(
        '2022年1-6月主要指标\n指标名称,1-6月,全年目标\n甲,10,40\n乙,5,"' + "x" * 140_000 + '"\n',
        encoding="utf-8",
    )
    refused(run("import", str(path)), "t.csv:4: a cell is longer than 131,072 characters")


def test_a_note_row_cannot_add_an_indicator(tmp_path: Path) -> None:
    import tomli

    injected = 'x"\n[[indicator]]\nid = "injected"\nname = "injected"\nactual = 1\n'
    path = tmp_path / "t.xlsx"
    path.write_bytes(sheet([["甲", "亿元", 10, 40, 25], ["注：" + injected]]))
    result = run("import", str(path))
    assert result.exit_code == 0, result.stderr
    assert [i["name"] for i in tomli.loads(result.stdout)["indicator"]] == ["甲"]


# ── names that reach the terminal ───────────────────────────────────────────


def test_escape_sequences_in_a_file_name_are_shown_not_acted_on(tmp_path: Path) -> None:
    name = tmp_path / "x\x1b]0;pwned\x07.toml"
    result = run("summary", str(name))
    refused(result, "x\\x1b]0;pwned\\x07.toml: no such file")
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr


# ── outputs: never an input, never a node replaced, never half-written ─────


def test_check_of_a_report_does_not_overwrite_it(tmp_path: Path) -> None:
    report = tmp_path / "r.md"
    text = "2022年上半年，全区新签约项目22个，全年目标40个。\n"
    report.write_text(text, encoding="utf-8")
    refused(run("check", str(report), "-o", str(report)), "refusing to overwrite")
    assert report.read_text(encoding="utf-8") == text


@pytest.mark.parametrize("via_link", [False, True])
def test_a_template_is_not_overwritten(tmp_path: Path, via_link: bool) -> None:
    template = tmp_path / "t.md"
    template.write_text("{{ title }}\n", encoding="utf-8")
    output = template
    if via_link:
        output = tmp_path / "l.md"
        output.symlink_to("t.md")
    refused(
        run("briefing", str(SEED), "--template", str(template), "-o", str(output)),
        "refusing to overwrite a file this command reads",
    )
    assert template.read_text(encoding="utf-8") == "{{ title }}\n"


def test_a_chart_beside_the_markdown_is_not_an_input(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    snapshot = tmp_path / "out-1.png"  # an odd name for a snapshot, but the one it reads
    snapshot.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    result = run("briefing", str(snapshot), "--charts", "-o", str(tmp_path / "out.md"))
    refused(result, "out-1.png: refusing to overwrite")
    assert snapshot.read_text(encoding="utf-8") == SEED.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out-1.png"]


def test_an_output_link_is_written_through(tmp_path: Path) -> None:
    (tmp_path / "real.md").write_text("old", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to("real.md")
    assert run("summary", str(SEED), "-o", str(link)).exit_code == 0
    assert link.is_symlink()
    assert (tmp_path / "real.md").read_text(encoding="utf-8").startswith("# 郑州高新区")
    init = tmp_path / "init.toml"
    init.symlink_to("real.md")
    assert run("init", str(init), "--force").exit_code == 0 and init.is_symlink()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_an_output_fifo_is_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "p.md"
    os.mkfifo(fifo)
    refused(run("summary", str(SEED), "-o", str(fifo)), "nothing reads from it")
    assert fifo.is_fifo()


def test_a_killed_runs_temporary_is_swept(tmp_path: Path) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    stale = tmp_path / f".o.md.{dead}.abcd.tmp"
    stale.write_text("half", encoding="utf-8")
    assert run("summary", str(SEED), "-o", str(tmp_path / "o.md")).exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["o.md"]


def test_a_chart_link_with_spaces_and_parentheses() -> None:
    from markdown_it import MarkdownIt

    from gxreport.render.markdown import link_target

    for name in ("简报 (定稿)-1.png", "a<b>\\c.png", "plain-1.png"):
        token = MarkdownIt().parse(f"![x]({link_target(name)})")[1].children[0]  # type: ignore[index]
        from urllib.parse import unquote

        assert token.type == "image" and unquote(str(token.attrs["src"])) == name


@pytest.mark.parametrize("year", ["0", "10000", "100000000000000000000", "-5"])
def test_a_year_no_date_can_have(tmp_path: Path, year: str) -> None:
    sheet_path = tmp_path / "t.csv"
    sheet_path.write_text("2022年1-6月\n指标名称,1-6月,全年目标\n甲,10,40\n", encoding="utf-8")
    for command in ("import", "extract"):
        path = sheet_path if command == "import" else tmp_path / "r.txt"
        path.write_text(
            path.read_text(encoding="utf-8") if path.exists() else "全区项目22个。\n",
            encoding="utf-8",
        )
        result = run(command, str(path), "--year", year)
        assert result.exit_code == 2 and "internal error" not in result.stderr


def test_ctrl_c_says_what_became_of_the_output(monkeypatch: pytest.MonkeyPatch) -> None:
    import gxreport.views

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(gxreport.views, "summary_view", interrupted)
    result = run("summary", str(SEED))
    assert result.exit_code == 130 and "interrupted" in result.stderr


def _cli(*args: str, stdout: object) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent / "src")}
    return subprocess.run(
        [sys.executable, "-m", "gxreport", *args],
        env=env,
        stdout=stdout,  # type: ignore[arg-type]
        stderr=subprocess.PIPE,
        timeout=60,
    )


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
@pytest.mark.parametrize("args", [["summary", str(SEED), "-f", "json"], ["schema"], ["--version"]])
def test_a_full_standard_output_is_said(args: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        done = _cli(*args, stdout=full)
    assert done.returncode == 2, done.stderr
    assert b"standard output cannot be written: No space left on device" in done.stderr
    assert b"Traceback" not in done.stderr


@pytest.mark.skipif(os.name != "posix", reason="closing a descriptor for a child is POSIX")
def test_closed_standard_streams() -> None:
    closed_out = subprocess.run(
        [
            "sh",
            "-c",
            'exec "$0" -m gxreport summary "$1" >&-',
            sys.executable,
            str(SEED),
        ],
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent / "src")},
        capture_output=False,
        stderr=subprocess.PIPE,
        timeout=60,
    )
    assert closed_out.returncode == 2 and b"standard output is closed" in closed_out.stderr
    closed_err = subprocess.run(
        ["sh", "-c", 'exec "$0" -m gxreport summary nope.toml 2>&-', sys.executable],
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent / "src")},
        stdout=subprocess.PIPE,
        timeout=60,
    )
    assert closed_err.returncode == 2  # the input's error, not a failure to say it


# ── renderers ───────────────────────────────────────────────────────────────


def _snapshot_named(tmp_path: Path, name: str, group: str = "组") -> str:
    path = tmp_path / "s.toml"
    path.write_text(
        HEAD + indicator("a", name, unit='"亿元"', actual=10, target=40, group=json.dumps(group)),
        encoding="utf-8",
    )
    return str(path)


def test_xml_illegal_characters_leave_office_files_well_formed(tmp_path: Path) -> None:
    pytest.importorskip("docx")
    import openpyxl

    source = _snapshot_named(tmp_path, "甲\\ufffe乙\\uffff")
    assert run("briefing", source, "-o", str(tmp_path / "b.docx")).exit_code == 0
    import docx

    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "b.docx")).paragraphs)
    assert "甲乙" in text and "\ufffe" not in text
    assert run("summary", source, "-o", str(tmp_path / "s.xlsx")).exit_code == 0
    openpyxl.load_workbook(tmp_path / "s.xlsx")


@pytest.mark.parametrize("group", ["'组&<>'", "History", "'"])
def test_sheet_names_excel_refuses_are_made_acceptable(tmp_path: Path, group: str) -> None:
    import openpyxl

    source = _snapshot_named(tmp_path, "甲", group)
    result = run("summary", source, "-o", str(tmp_path / "s.xlsx"))
    assert result.exit_code == 0, result.stderr
    names = openpyxl.load_workbook(tmp_path / "s.xlsx").sheetnames
    assert all(not n.startswith("'") and not n.endswith("'") and n != "History" for n in names)


def test_a_cell_past_excels_limit_is_cut_and_said(tmp_path: Path) -> None:
    import openpyxl

    source = _snapshot_named(tmp_path, "名" * 40_000)
    assert run("summary", source, "-o", str(tmp_path / "s.xlsx")).exit_code == 0
    book = openpyxl.load_workbook(tmp_path / "s.xlsx")
    cells = [c.value for ws in book for row in ws.iter_rows() for c in row if c.value]
    assert max(len(str(v)) for v in cells) == 32_767
    assert any("32,767" in str(v) for v in cells)


def test_a_chart_draws_names_as_typed_not_as_tex(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    from gxreport.render.chart import literal

    assert literal("收入$x^2$ \\foo") == "收入\\$x^2\\$ \\foo"
    source = _snapshot_named(tmp_path, "$\\\\foo{x}$ 甲")
    result = run("chart", source, "-o", str(tmp_path / "c.png"))
    assert result.exit_code == 0, result.stderr


def test_a_chart_of_more_bars_than_a_page_shows_is_refused(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    from gxreport.render.chart import CHART_MAX_BARS

    path = tmp_path / "s.toml"
    path.write_text(
        HEAD
        + "".join(
            indicator(f"i{i}", f"指标{i}", actual=10, target=40) for i in range(CHART_MAX_BARS + 1)
        ),
        encoding="utf-8",
    )
    refused(
        run("chart", str(path), "-o", str(tmp_path / "c.png")),
        f"{CHART_MAX_BARS + 1} indicators to chart: more than the {CHART_MAX_BARS} bars",
    )
    assert not (tmp_path / "c.png").exists()


def test_a_read_only_home_gives_matplotlib_a_folder_of_its_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from gxreport.render import matplotlib_folder

    monkeypatch.delenv("MPLCONFIGDIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", "/dev/null/nowhere")
    matplotlib_folder()
    made = os.environ["MPLCONFIGDIR"]
    assert Path(made).is_dir() and os.access(made, os.W_OK)


def test_an_office_file_that_unpacks_past_the_limit_is_refused(tmp_path: Path) -> None:
    from gxreport.inputs import MAX_UNPACKED_MB

    path = tmp_path / "t.xlsx"
    data = sheet([["甲", "亿元", 10, 40, 25]])
    path.write_bytes(data)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z:
        with z.open("xl/padding.xml", "w", force_zip64=True) as member:
            chunk = b" " * (1 << 24)
            for _ in range((MAX_UNPACKED_MB >> 4) + 1):
                member.write(chunk)
    refused(run("import", str(path)), f"more than the {MAX_UNPACKED_MB} MB a sheet is read from")


def test_an_imported_figure_gxreport_refuses_is_named_by_its_cell(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    path.write_bytes(sheet([["甲", "亿元", 10, 40, 25], ["乙", "亿元", 10, 0, 25]]))
    refused(run("import", str(path)), "t.xlsx (sheet '主要指标', cell D4)", "target: must be > 0")


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_a_cell_of_endless_digits_is_refused_at_the_cell(tmp_path: Path, kind: str) -> None:
    digits = "9" * 5000
    path = tmp_path / f"t.{kind}"
    if kind == "xlsx":
        path.write_bytes(sheet([["甲", "亿元", digits, 40, 25]]))
    else:
        path.write_text(f"2022年1-6月\n指标名称,1-6月,全年目标\n甲,{digits},40\n", encoding="utf-8")
    cell = "C3" if kind == "xlsx" else "B3"
    refused(run("import", str(path)), f"cell {cell} holds a number of more than 4,300 digits")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("mostly_ascii", [True, False])
def test_which_wide_encoding_a_file_without_a_bom_is(codec: str, mostly_ascii: bool) -> None:
    from gxreport.load import _wide_without_bom

    text = HEAD if mostly_ascii else "2022年上半年，新签约项目22个，签约总额213.9亿元。\n" * 10
    assert _wide_without_bom(text.encode(codec)) == codec[:6].upper()


@pytest.mark.skipif(os.name != "posix", reason="signals are POSIX")
@pytest.mark.parametrize(("signal_name", "code"), [("SIGTERM", 143), ("SIGINT", 130)])
def test_a_run_stopped_by_a_signal_says_so_and_leaves_nothing(
    tmp_path: Path, signal_name: str, code: int
) -> None:
    import signal
    import time

    template = tmp_path / "t.md"
    template.write_text(  # runs until stopped (the template's own limit is 10 s)
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
        encoding="utf-8",
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent / "src")}
    process = subprocess.Popen(
        [sys.executable, "-m", "gxreport", "briefing", str(SEED), "--template", str(template),
         "-o", str(tmp_path / "out.md")],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    # Signal the run once it is running: its SIGTERM handler, installed by main() just before
    # the command runs, shows in /proc where there is one; a signal during start-up (imports,
    # slower on a loaded machine) would stop the interpreter before gxreport could answer it.
    status = Path(f"/proc/{process.pid}/status")
    deadline = time.monotonic() + 60
    while status.exists() and time.monotonic() < deadline:
        caught = next(
            (line for line in status.read_text().splitlines() if line.startswith("SigCgt:")), ""
        )
        if caught and int(caught.split()[1], 16) & (1 << (signal.SIGTERM - 1)):
            break
        time.sleep(0.1)
    time.sleep(1 if status.exists() else 3)
    process.send_signal(getattr(signal, signal_name))
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == code, stderr
    assert b"interrupted; no output file was written" in stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.md"]


def test_a_draft_extract_refuses_is_said_as_the_drafts_line(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("2022年上半年，全区新签约项目22个，全年目标0个。\n", encoding="utf-8")
    result = run("extract", str(report))
    if result.exit_code == 0:
        pytest.skip("extract no longer drafts a zero target")
    refused(result, "r.txt (the draft `gxreport extract` writes from it, line ", "target")


def test_a_csv_past_the_cell_limit_is_refused_while_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gxreport.importers.sheet as module

    monkeypatch.setattr(module, "MAX_SHEET_CELLS", 1000)
    path = tmp_path / "t.csv"
    path.write_text("指标名称,1-6月\n" + "甲,1\n" * 600, encoding="utf-8")
    refused(run("import", str(path), "--year", "2022"), "has more than 1,000 cells")


def test_a_line_break_in_a_file_name_cannot_forge_a_message_line(tmp_path: Path) -> None:
    result = run("summary", str(tmp_path / "a\nerror: forged.toml"))
    refused(result, "a\\nerror: forged.toml: no such file")
    assert len(result.stderr.splitlines()) == 1


def _ods(rows_repeated: int, columns_repeated: int) -> bytes:
    """A one-sheet .ods whose second row is one filled cell, repeated as asked."""
    table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="{office}"'
        f' xmlns:table="{table}" xmlns:text="{text}"><office:body><office:spreadsheet>'
        '<table:table table:name="S"><table:table-row><table:table-cell office:value-type='
        '"string"><text:p>指标名称</text:p></table:table-cell></table:table-row>'
        f'<table:table-row table:number-rows-repeated="{rows_repeated}"><table:table-cell '
        f'table:number-columns-repeated="{columns_repeated}" office:value-type="float" '
        'office:value="1"><text:p>1</text:p></table:table-cell></table:table-row>'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content)
    return out.getvalue()


def test_an_ods_whose_repeats_reach_far_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    path = tmp_path / "t.ods"
    path.write_bytes(_ods(9000, 10000))  # 90 million cells: 3 GB, then an abort, in the reader
    refused(run("import", str(path), "--year", "2022"), "sheet 'S' reaches cell NTP9001")
    from gxreport.importers.sheet import _ods_extents

    path.write_bytes(_ods(3, 2))
    assert _ods_extents(path) == {"S": (3, 1)}


def test_a_chart_under_a_home_that_cannot_be_written_says_only_what_it_wrote(
    tmp_path: Path,
) -> None:
    pytest.importorskip("matplotlib")
    env = {
        **{k: v for k, v in os.environ.items() if k != "MPLCONFIGDIR"},
        "PYTHONPATH": str(Path(__file__).resolve().parent.parent / "src"),
        "HOME": "/dev/null/home",
        "XDG_CONFIG_HOME": "/dev/null/config",
        "XDG_CACHE_HOME": "/dev/null/cache",
    }
    out = tmp_path / "c.png"
    done = subprocess.run(
        [sys.executable, "-m", "gxreport", "chart", str(SEED), "-o", str(out)],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr == f"wrote {out}\n"
