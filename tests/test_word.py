"""The Word briefing read back by python-docx and its XML; charts by their files; both
rendered by LibreOffice and pdftotext where installed (CI installs them)."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from conftest import EXAMPLES, libreoffice_convert, need
from gxreport.cli import app

docx = pytest.importorskip("docx")
pytest.importorskip("matplotlib")

from docx.shared import Mm, Pt  # noqa: E402

runner = CliRunner()
SEED = EXAMPLES / "zhengzhou-gaoxin-2022-h1.toml"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def word(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("word") / "简报.docx"
    result = runner.invoke(app, ["briefing", str(SEED), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    return out


GROUPS = ("综合经济运行", "工业和信息化", "固定资产投资与重点项目建设", "招商引资和对外开放",
          "社会事业与民生保障", "生态环境保护和安全生产")  # fmt: skip
STEMS = ("全市规模以上工业企业技术改造投资完成额", "重点正式项目完成投资",
         "省市重点建设项目年度计划投资完成额", "战略性新兴产业和高技术制造业增加值",
         "新签约亿元以上招商引资项目实际到位资金", "城镇新增就业人员和农村劳动力转移就业",
         "一般公共预算收入中的税收收入", "社会消费品零售总额（限额以上单位）",
         "实际使用外资金额（按商务部口径）",
         "高新技术企业认定和科技型中小企业入库数量")  # fmt: skip
UNITS = (("亿元", 50, 900), ("万元", 100000, 2000000), ("个", 20, 300), ("万美元", 5000, 90000),
         ("人", 5000, 40000), ("户", 1000, 20000))  # fmt: skip


def long_report(n: int = 60, briefing: str = "") -> str:
    """A report of ``n`` indicators with long names and wide figures, six groups, every
    fourth completion stated (every eighth misprinted), for the data check."""
    import random

    rng = random.Random(7)
    out = [
        "[report]",
        'title = "某市高新技术产业开发区2023年1—6月国民经济和社会发展主要指标完成情况"',
        "year = 2023",
        "as_of = 2023-06-30",
        briefing,
    ]
    for i in range(n):
        group = GROUPS[i * len(GROUPS) // n]
        unit, low, high = UNITS[(i * 7) % len(UNITS)]
        target = rng.randint(low, high)
        done = rng.uniform(0.3, 0.75)
        actual = f"{int(target * done)}" if unit in "个人户" else f"{target * done:.2f}"
        out += [
            "[[indicator]]",
            f'id = "i{i}"',
            f'name = "{group[:2]}{STEMS[i % len(STEMS)]}"',
            f'group = "{group}"',
            f'unit = "{unit}"',
            f"actual = {actual}",
            f"target = {target}",
            f"last_year = {float(actual) * rng.uniform(0.8, 1.2):.2f}",
        ]
        if i % 4 == 0:
            rate = float(actual) / target * 100 + (0.3 if i % 8 == 0 else 0)
            out += ["[indicator.stated]", f'completion = "{rate:.2f}%"']
    return "\n".join(out) + "\n"


@pytest.fixture(scope="module")
def word60(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("word60")
    source = folder / "r60.toml"
    source.write_text(long_report(), encoding="utf-8")
    out = folder / "r60.docx"
    result = runner.invoke(app, ["briefing", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    return out


def figure_cells(path: Path) -> set[str]:
    """The texts of the cells the document keeps on one line (w:noWrap)."""
    out = set()
    for table in docx.Document(str(path)).tables:
        for row in table.rows:
            for cell in row.cells:
                pr = cell._tc.tcPr
                if pr is not None and pr.find(f"{W}noWrap") is not None:
                    out.add(cell.text.replace(" ", ""))
    return out


def pdf_lines(pdf: Path) -> list[list[str]]:
    """Each text block's lines, as pdftotext reads the rendered pages (spaces dropped)."""
    import html

    xml = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return [
        [
            "".join(html.unescape(w) for w in re.findall(r">([^<]*)</word>", line))
            for line in re.findall(r"<line .*?</line>", block, re.S)
        ]
        for block in re.findall(r"<block .*?</block>", xml, re.S)
    ]


def split_figures(figures: set[str], blocks: list[list[str]]) -> list[tuple[str, str, str]]:
    """Figures whose head ends one rendered line and whose tail starts the next."""
    found = []
    for lines in blocks:
        for above, below in zip(lines, lines[1:], strict=False):
            for figure in figures:
                if len(figure) < 4 and not re.search(r"[.%]", figure):
                    continue  # 22 over 12: too short to tell a split from two cells
                for k in range(1, len(figure)):
                    if above.endswith(figure[:k]) and below.startswith(figure[k:]):
                        found.append((figure, above[-12:], below[:12]))
    return found


def render_pdf(path: Path, folder: Path) -> Path:
    need("pdftotext")
    done = libreoffice_convert(path, "pdf", folder)
    assert done.returncode == 0, done.stderr
    return folder / (path.stem + ".pdf")


def east_asia(style: object) -> str | None:
    fonts = style.element.rPr.rFonts  # type: ignore[attr-defined]
    return fonts.get(f"{W}eastAsia")  # type: ignore[no-any-return]


def _xml(package: zipfile.ZipFile, name: str) -> ET.Element:
    return ET.fromstring(package.read(name))


class Fonts:
    """The East Asian font of a run as Word resolves it: the run's own properties, its
    character style and that style's basedOn chain, the paragraph's style and its chain,
    the table's style, then the document defaults. At each level the theme attribute
    (w:eastAsiaTheme) comes before the name (w:eastAsia): a level that has either decides."""

    def __init__(self, styles: ET.Element) -> None:
        self.styles = {s.get(f"{W}styleId"): s for s in styles.iter(f"{W}style")}
        self.defaults = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        self.default_paragraph = next(
            (
                s.get(f"{W}styleId")
                for s in self.styles.values()
                if s.get(f"{W}type") == "paragraph" and s.get(f"{W}default") == "1"
            ),
            None,
        )

    @staticmethod
    def _own(rpr: ET.Element | None) -> str | None:
        fonts = rpr.find(f"{W}rFonts") if rpr is not None else None
        if fonts is None:
            return None
        theme = fonts.get(f"{W}eastAsiaTheme")
        if theme is not None:
            return f"theme:{theme}"
        return fonts.get(f"{W}eastAsia")

    def _chain(self, style_id: str | None) -> list[ET.Element]:
        out: list[ET.Element] = []
        while style_id is not None and style_id in self.styles and len(out) < 20:
            style = self.styles[style_id]
            out.append(style)
            based = style.find(f"{W}basedOn")
            style_id = based.get(f"{W}val") if based is not None else None
        return out

    def of(self, run: ET.Element, paragraph: ET.Element, table_style: str | None) -> str | None:
        rpr = run.find(f"{W}rPr")
        levels: list[ET.Element | None] = [rpr]
        char_style = rpr.find(f"{W}rStyle") if rpr is not None else None
        if char_style is not None:
            levels += [s.find(f"{W}rPr") for s in self._chain(char_style.get(f"{W}val"))]
        pstyle = paragraph.find(f"{W}pPr/{W}pStyle")
        pid = pstyle.get(f"{W}val") if pstyle is not None else self.default_paragraph
        levels += [s.find(f"{W}rPr") for s in self._chain(pid)]
        levels += [s.find(f"{W}rPr") for s in self._chain(table_style)]
        levels.append(self.defaults)
        for level in levels:
            found = self._own(level)
            if found is not None:
                return found
        return None


def runs_and_fonts(path: Path) -> list[tuple[str, str, str | None]]:
    """(part, text, effective East Asian font) for every run with text in the body,
    its tables and the footers."""
    package = zipfile.ZipFile(path)
    fonts = Fonts(_xml(package, "word/styles.xml"))
    parts = ["word/document.xml"] + sorted(
        n for n in package.namelist() if re.fullmatch(r"word/(footer|header)\d+\.xml", n)
    )
    out = []
    for part in parts:
        root = _xml(package, part)
        tables = {
            id(p): (t.find(f"{W}tblPr/{W}tblStyle"))
            for t in root.iter(f"{W}tbl")
            for p in t.iter(f"{W}p")
        }
        for paragraph in root.iter(f"{W}p"):
            style = tables.get(id(paragraph))
            table_style = style.get(f"{W}val") if style is not None else None
            for run in paragraph.iter(f"{W}r"):
                text = "".join(t.text or "" for t in run.iter(f"{W}t"))
                if text.strip():
                    out.append((part, text, fonts.of(run, paragraph, table_style)))
    return out


def test_the_font_reader_puts_a_theme_before_a_name() -> None:
    """What Word does with the default template's Heading 1 (黑体 named beside a theme font),
    read by the reader the next test uses: the theme wins, at any level it is set."""
    styles = ET.fromstring(
        f'<w:styles xmlns:w="{W[1:-1]}"><w:docDefaults><w:rPrDefault><w:rPr>'
        '<w:rFonts w:eastAsiaTheme="minorEastAsia"/></w:rPr></w:rPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"/>'
        '<w:style w:type="paragraph" w:styleId="H"><w:basedOn w:val="Normal"/><w:rPr>'
        '<w:rFonts w:eastAsiaTheme="majorEastAsia" w:eastAsia="黑体"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="B"><w:basedOn w:val="Normal"/><w:rPr>'
        '<w:rFonts w:eastAsia="仿宋_GB2312"/></w:rPr></w:style></w:styles>'
    )
    fonts = Fonts(styles)

    def paragraph(style: str | None, run_fonts: str = "") -> tuple[ET.Element, ET.Element]:
        pstyle = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        rpr = f"<w:rPr><w:rFonts {run_fonts}/></w:rPr>" if run_fonts else ""
        p = ET.fromstring(f'<w:p xmlns:w="{W[1:-1]}">{pstyle}<w:r>{rpr}<w:t>字</w:t></w:r></w:p>')
        return p.find(f"{W}r"), p  # type: ignore[return-value]

    assert fonts.of(*paragraph("H"), None) == "theme:majorEastAsia"
    assert fonts.of(*paragraph("B"), None) == "仿宋_GB2312"
    assert fonts.of(*paragraph(None), None) == "theme:minorEastAsia"
    assert fonts.of(*paragraph("H", 'w:eastAsia="黑体"'), None) == "黑体"


def test_every_run_shows_its_gongwen_font_as_word_resolves_it(word: Path) -> None:
    found = runs_and_fonts(word)
    assert not [f for f in found if f[2] is None or f[2].startswith("theme:")]
    by_text = {text: font for _, text, font in found}
    assert by_text["郑州高新区2022年上半年经济运行"] == "方正小标宋简体"
    assert by_text["一、总体情况"] == by_text["五、数据核对"] == "黑体"
    assert by_text["（一）招商引资"] == "楷体_GB2312"
    body = [t for _, t, _ in found if t.startswith("新签约项目签约额213.9亿元")]
    assert body and by_text[body[0]] == "仿宋_GB2312"
    assert by_text["57.65%"] == by_text["新签约项目签约额"] == "仿宋_GB2312"  # a table's cells
    footer = {font for part, _, font in found if "footer" in part}
    assert footer == {"宋体"}
    package = zipfile.ZipFile(word)
    assert "word/stylesWithEffects.xml" not in package.namelist()
    # No style keeps a theme font that a run could reach through a style of its own.
    assert b"eastAsiaTheme" not in package.read("word/styles.xml")


def test_page_margins_and_grid(word: Path) -> None:
    doc = docx.Document(str(word))
    section = doc.sections[0]

    # Word keeps lengths in twentieths of a point: to the hundredth of a millimetre.
    def mm(length: object) -> float:
        return round(length.mm, 1)  # type: ignore[attr-defined]

    assert (mm(section.page_width), mm(section.page_height)) == (210, 297)
    assert (mm(section.top_margin), mm(section.bottom_margin)) == (37, 35)
    assert (mm(section.left_margin), mm(section.right_margin)) == (28, 26)
    grid = section._sectPr.find(f"{W}docGrid")
    # 22 lines of 28.95 pt (the pitch 公文 templates use) fill the 225 mm block; 23 do not fit.
    assert grid.get(f"{W}type") == "lines" and grid.get(f"{W}linePitch") == "579"
    block_pt = (297 - 37 - 35) / 25.4 * 72
    assert 22 * 28.95 <= block_pt < 23 * 28.95


def test_the_gongwen_fonts_and_indents(word: Path) -> None:
    styles = docx.Document(str(word)).styles
    assert east_asia(styles["Title"]) == "方正小标宋简体" and styles["Title"].font.size == Pt(22)
    assert styles["Title"].paragraph_format.alignment == 1  # centred
    body = styles["Body Text"]
    assert east_asia(body) == "仿宋_GB2312" and body.font.size == Pt(16)
    assert body.paragraph_format.first_line_indent == Pt(32)  # two characters of 三号
    assert east_asia(styles["Heading 1"]) == "黑体"
    assert east_asia(styles["Heading 2"]) == "楷体_GB2312"
    assert east_asia(styles["Footer"]) == "宋体" and styles["Footer"].font.size == Pt(14)
    table = zipfile.ZipFile(word).read("word/fontTable.xml").decode("utf-8")
    assert re.search(r'w:name="仿宋_GB2312".*?<w:altName w:val="仿宋"/>', table, re.S)


def test_headings_are_a_gongwens(word: Path) -> None:
    doc = docx.Document(str(word))
    by_style: dict[str, list[str]] = {}
    for p in doc.paragraphs:
        by_style.setdefault(p.style.name, []).append(p.text)
    assert by_style["Title"] == ["郑州高新区2022年上半年经济运行"]
    assert by_style["Heading 1"][:2] == ["一、总体情况", "二、主要指标完成情况"]
    assert by_style["Heading 2"][0] == "（一）招商引资"
    # The attention list is paragraphs, and no Markdown syntax is left anywhere.
    text = "\n".join(p.text for p in doc.paragraphs)
    assert (
        "新增市场主体低于序时进度4.52个百分点，下半年每季度需完成4280户。" in by_style["Body Text"]
    )
    for mark in ("\\*", "**", "| ", "## ", "- 新增"):
        assert mark not in text


def _markdown_tables(text: str) -> list[list[list[str]]]:
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    tables: list[list[list[str]]] = []
    rows: list[list[str]] | None = None
    row: list[str] = []
    for t in tokens:
        if t.type == "table_open":
            rows = []
        elif t.type == "tr_open":
            row = []
        elif t.type == "inline" and rows is not None:
            row.append(t.content.replace("\\", ""))
        elif t.type == "tr_close" and rows is not None:
            rows.append(row)
        elif t.type == "table_close" and rows is not None:
            tables.append(rows)
            rows = None
    return tables


def test_tables_are_the_briefings_without_rank_and_status(word: Path) -> None:
    markdown = runner.invoke(app, ["briefing", str(SEED), "-f", "markdown"]).stdout
    expected = _markdown_tables(markdown)
    doc = docx.Document(str(word))
    assert len(doc.tables) == len(expected)
    for table, rows in zip(doc.tables, expected, strict=True):
        header = rows[0]
        drop = {i for i, h in enumerate(header) if h in ("排名", "状态")}
        want = [[c for i, c in enumerate(r) if i not in drop] for r in rows]
        # A folded name or header is one text with line breaks where it folds.
        got = [[cell.text.replace("\n", "") for cell in row.cells] for row in table.rows]
        if "核对项" in header:  # the data check keeps all its columns
            want = rows
        assert got == want
        tr = table.rows[0]._tr
        assert tr.trPr.find(f"{W}tblHeader") is not None  # repeated on every page
        widths = [int(c.get(f"{W}w")) for c in table._tbl.tblGrid.findall(f"{W}gridCol")]
        assert sum(widths) <= Mm(156).twips + 10  # within the text block
        assert table.style.name == "Table Grid"  # borders


def test_rows_never_split_and_the_header_repeats(word: Path, word60: Path) -> None:
    for path in (word, word60):
        for table in docx.Document(str(path)).tables:
            rows = [r._tr.trPr for r in table.rows]
            assert all(pr is not None and pr.find(f"{W}cantSplit") is not None for pr in rows)
            assert rows[0].find(f"{W}tblHeader") is not None


@pytest.fixture(scope="module")
def pdfs(word: Path, word60: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The seed's briefing and the 60 indicators' as LibreOffice renders them."""
    folder = tmp_path_factory.mktemp("pdfs")
    return {"seed": render_pdf(word, folder), "sixty": render_pdf(word60, folder)}


@pytest.mark.parametrize("which", ["seed", "sixty"])
def test_no_figure_is_split_across_lines_as_libreoffice_renders_it(
    which: str, word: Path, word60: Path, pdfs: dict[str, Path]
) -> None:
    figures = figure_cells(word if which == "seed" else word60)
    assert "57.65%" in figures or len(figures) > 300
    assert split_figures(figures, pdf_lines(pdfs[which])) == []


def page_texts(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return [page.replace(" ", "") for page in text.split("\f")]


def test_sixty_indicators_brief_in_six_pages_and_the_detail_in_annexes(
    pdfs: dict[str, Path],
) -> None:
    pages = page_texts(pdfs["sixty"])
    starts = [n for n, page in enumerate(pages, start=1) if page.lstrip().startswith("附件")]
    assert len(starts) == 3, starts  # the tables, the plan, the data check: a page each
    assert starts[0] - 1 <= 6  # the body before them
    body = "".join(pages[: starts[0] - 1])
    assert "其余8项指标详见附件1" in body and "附件：1.主要指标完成情况表" in body
    # Every indicator is still in the annex's table.
    annex = "".join(pages[starts[0] - 1 : starts[1] - 1])
    assert all(f"{group}" in annex for group in GROUPS)


def test_the_split_finder_finds_a_split() -> None:
    assert split_figures({"57.65%", "201263"}, [["完成率57.65", "%"], ["20126", "3"]]) == [
        ("57.65%", "完成率57.65", "%"),
        ("201263", "20126", "3"),
    ]


BRIEFING_TABLE = """
[briefing]
series = "经济运行简报"
issue = 12
issuer = "郑州高新区经济发展局"
date = 2022-08-01
to = "市委、市政府"
copy_to = "市发展改革委"
copies = 40
"""


def test_a_briefing_table_gives_a_masthead_and_an_end_block(tmp_path: Path) -> None:
    source = tmp_path / "s.toml"
    source.write_text(SEED.read_text(encoding="utf-8") + BRIEFING_TABLE, encoding="utf-8")
    out = tmp_path / "简报.docx"
    result = runner.invoke(app, ["briefing", str(source), "--issue", "13", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    doc = docx.Document(str(out))
    texts = [p.text for p in doc.paragraphs]
    assert texts[:3] == ["经济运行简报", "第13期", "郑州高新区经济发展局\t2022年8月1日"]
    series = doc.paragraphs[0].runs[0]
    assert str(series.font.color.rgb) == "FF0000" and series.font.size >= Pt(26)
    rule = doc.paragraphs[2]._p.pPr.find(f"{W}pBdr/{W}bottom")
    assert rule.get(f"{W}color") == "FF0000" and int(rule.get(f"{W}sz")) >= 12
    assert texts[4] == "郑州高新区2022年上半年经济运行"  # the title, a line under the rule
    fonts = {text: font for _, text, font in runs_and_fonts(out)}
    assert fonts["经济运行简报"] == "方正小标宋简体" and fonts["第13期"] == "仿宋_GB2312"
    # The end block: a table floated to the foot of the last page, rules as its borders.
    end = doc.tables[-1]
    assert [r.cells[0].text for r in end.rows] == [
        "报：市委、市政府",
        "送：市发展改革委",
        "（共印40份）",
    ]
    assert end._tbl.tblPr.find(f"{W}tblpPr").get(f"{W}tblpYSpec") == "bottom"
    borders = end._tbl.tblPr.find(f"{W}tblBorders")
    weights = {b.tag.removeprefix(W): int(b.get(f"{W}sz")) for b in borders}
    assert weights == {"top": 8, "bottom": 8, "insideH": 4}  # 0.35 mm, 0.25 mm between
    assert fonts["报：市委、市政府"] == "仿宋_GB2312"


def test_without_a_briefing_table_the_document_opens_with_its_title(word: Path) -> None:
    doc = docx.Document(str(word))
    assert doc.paragraphs[0].style.name == "Title"
    assert all(t._tbl.tblPr.find(f"{W}tblpPr") is None for t in doc.tables)


def test_the_data_check_as_an_annex_on_its_own_page(tmp_path: Path) -> None:
    out = tmp_path / "简报.docx"
    result = runner.invoke(app, ["briefing", str(SEED), "--annex", "check", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    doc = docx.Document(str(out))
    paragraphs = doc.paragraphs
    texts = [p.text for p in paragraphs]
    assert "五、数据核对" not in texts and "附件：1.数据核对表" in texts
    label = texts.index("附件1")
    assert paragraphs[label].paragraph_format.page_break_before
    assert paragraphs[label + 1].style.name == "Title" and texts[label + 1] == "数据核对表"
    fonts = {text: font for _, text, font in runs_and_fonts(out)}
    assert fonts["附件1"] == "黑体" and fonts["数据核对表"] == "方正小标宋简体"
    assert "核对项" in [c.text for c in doc.tables[-1].rows[0].cells]


def test_page_numbers_are_dashed_odd_right_and_even_left(word: Path) -> None:
    """GB/T 9704-2012 §7.5: "— 1 —", odd pages to the right and even pages to the left,
    one character (四号, 14 pt) in from the edge of the block."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = docx.Document(str(word))
    assert doc.settings.odd_and_even_pages_header_footer
    section = doc.sections[0]
    odd, even = section.footer.paragraphs[0], section.even_page_footer.paragraphs[0]
    for footer in (odd, even):
        xml = footer._p.xml
        assert footer.text.startswith("— ") and footer.text.endswith(" —")
        assert "PAGE" in xml and 'w:fldCharType="begin"' in xml
    assert odd.alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert odd.paragraph_format.right_indent == Pt(14)
    assert even.alignment == WD_ALIGN_PARAGRAPH.LEFT
    assert even.paragraph_format.left_indent == Pt(14)


def test_english_gets_ordinary_fonts(tmp_path: Path) -> None:
    out = tmp_path / "briefing.docx"
    assert (
        runner.invoke(app, ["briefing", str(SEED), "--lang", "en", "-o", str(out)]).exit_code == 0
    )
    styles = docx.Document(str(out)).styles
    assert styles["Body Text"].font.name == "Times New Roman"
    assert round(docx.Document(str(out)).sections[0].page_width.mm) == 210


def test_the_reference_docx_drives_pandoc(tmp_path: Path) -> None:
    need("pandoc")
    reference = tmp_path / "ref.docx"
    assert runner.invoke(app, ["reference-docx", "-o", str(reference)]).exit_code == 0
    md = tmp_path / "b.md"
    md.write_text(runner.invoke(app, ["briefing", str(SEED), "-f", "markdown"]).stdout, "utf-8")
    out = tmp_path / "b.docx"
    subprocess.run(
        [
            "pandoc",
            str(md),
            "--shift-heading-level-by=-1",
            "--reference-doc",
            str(reference),
            "-o",
            str(out),
        ],
        check=True,
    )
    styles = docx.Document(str(out)).styles
    assert east_asia(styles["Body Text"]) == "仿宋_GB2312"
    by_text = {text: font for _, text, font in runs_and_fonts(out)}
    assert by_text["郑州高新区2022年上半年经济运行"] == "方正小标宋简体"
    assert by_text["一、总体情况"] == "黑体" and by_text["（一）招商引资"] == "楷体_GB2312"


def test_libreoffice_renders_it_with_the_title_and_the_figures(word: Path, tmp_path: Path) -> None:
    need("pdftotext")
    done = libreoffice_convert(word, "pdf", tmp_path)
    assert done.returncode == 0, done.stderr
    pdf = tmp_path / "简报.pdf"
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "郑州高新区2022年上半年经济运行" in text.replace(" ", "")
    assert "57.65" in text
    # Where LibreOffice put each page's number: one character (14 pt) in from the block's
    # right edge on odd pages, from its left edge on even ones (A4 points; margins 28/26 mm).
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    word_box = r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<'
    left, right = 28 / 25.4 * 72 + 14, (210 - 26) / 25.4 * 72 - 14
    pages = boxes.split("<page ")[1:]
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        foot = [
            (float(x0), float(x1), t)
            for x0, y0, x1, t in re.findall(word_box, page)
            if float(y0) > 297 / 25.4 * 72 - 35 / 25.4 * 72  # below the text block
        ]
        assert [t for _, _, t in foot] == ["—", str(number), "—"]
        if number % 2:
            assert abs(foot[-1][1] - right) < 1.5, foot
        else:
            assert abs(foot[0][0] - left) < 1.5, foot


def test_a_chart_png_and_svg(tmp_path: Path) -> None:
    png = tmp_path / "c.png"
    result = runner.invoke(app, ["chart", str(SEED), "-o", str(png)])
    assert result.exit_code == 0, result.stderr
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width = int.from_bytes(data[16:20], "big")
    assert width == 1890  # 6.3 inches at 300 dpi
    svg = tmp_path / "c.svg"
    assert runner.invoke(app, ["chart", str(SEED), "-o", str(svg)]).exit_code == 0
    text = svg.read_text(encoding="utf-8")
    assert "<path" in text and "<text" not in text  # text as paths


def test_charts_in_the_docx_and_beside_markdown(tmp_path: Path) -> None:
    out = tmp_path / "简报.docx"
    assert runner.invoke(app, ["briefing", str(SEED), "--charts", "-o", str(out)]).exit_code == 0
    media = [n for n in zipfile.ZipFile(out).namelist() if n.startswith("word/media/")]
    assert len(media) == 2  # two groups have indicators on a schedule
    md = tmp_path / "b.md"
    result = runner.invoke(app, ["briefing", str(SEED), "--charts", "-o", str(md)])
    assert result.exit_code == 0, result.stderr
    text = md.read_text(encoding="utf-8")
    assert "![招商引资](b-1.png)" in text and (tmp_path / "b-1.png").is_file()
    piped = runner.invoke(app, ["briefing", str(SEED), "--charts", "-f", "markdown"])
    assert piped.exit_code == 2 and "--output FILE.md" in piped.stderr


def test_without_a_cjk_font_the_chart_says_how_to_get_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from matplotlib import font_manager

    monkeypatch.setattr(font_manager.fontManager, "ttflist", [])
    result = runner.invoke(app, ["chart", str(SEED), "-o", str(tmp_path / "c.png")])
    assert result.exit_code == 2
    assert "fonts-noto-cjk" in result.stderr and "--font" in result.stderr
    missing = runner.invoke(
        app, ["chart", str(SEED), "-o", str(tmp_path / "c.png"), "--font", "/no/such.ttf"]
    )
    assert missing.exit_code == 2 and "no such font file" in missing.stderr


def test_missing_extras_are_named(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    hidden = {"docx", "matplotlib"}
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name in hidden else real(name, *a)
    )
    word = runner.invoke(app, ["briefing", str(SEED), "-o", "x.docx"])
    assert word.exit_code == 2 and 'pip install "gxreport[docx]"' in word.stderr
    chart = runner.invoke(app, ["chart", str(SEED), "-o", "x.png"])
    assert chart.exit_code == 2 and 'pip install "gxreport[charts]"' in chart.stderr


def test_a_chart_fits_any_title_and_keeps_its_labels_off_the_line() -> None:
    """Measured on the drawn figure: the title within the figure, whatever its length; no
    value label with the 序时进度 line through it; the line's label beside the line and
    clear of every bar."""
    import matplotlib.pyplot as plt

    from gxreport.load import load
    from gxreport.render._fmt import Style
    from gxreport.render.chart import charted, draw_chart
    from gxreport.views import summary_view

    style = Style(lang="zh", decimals=2, rounding="half-up")
    report = summary_view(load(str(SEED)).snapshot, str(SEED), style.precision)
    groups = [(name, [r for r in rows if charted(r)]) for name, rows in report.groups]
    groups = [(name, rows) for name, rows in groups if rows]
    for title in (
        "短标题",
        "某市高新技术产业开发区2023年1—6月国民经济和社会发展主要指标完成情况" * 3,
    ):
        drawn = draw_chart(report, groups, style, None, title)
        renderer = drawn.figure.canvas.get_renderer()  # type: ignore[attr-defined]
        figure_box = drawn.figure.bbox
        box = drawn.title.get_window_extent(renderer)
        assert figure_box.x0 <= box.x0 and box.x1 <= figure_box.x1
        line_x = drawn.axes.transData.transform((drawn.line, 0))[0]
        crossed = []
        for rect, value in drawn.bars:
            label = value.get_window_extent(renderer)
            if label.x0 - 2 <= line_x <= label.x1 + 2:
                crossed.append(value.get_text())
            assert not drawn.line_label.get_window_extent(renderer).overlaps(
                rect.get_window_extent(renderer)
            )
        assert crossed == []
        own = drawn.line_label.get_window_extent(renderer)
        assert not own.x0 - 2 <= line_x <= own.x1 + 2
        plt.close(drawn.figure)
    # 45.48% (新增市场主体) ends just short of the 50% line: its label sits in its bar.
    inside = [v for _, v in drawn.bars if v.get_text() == "45.48%"]
    assert inside and inside[0].get_color() == "white"


def test_a_long_reports_charts_go_with_its_tables_to_the_annex(
    word60: Path, tmp_path: Path
) -> None:
    out = tmp_path / "charts.docx"
    source = word60.with_suffix(".toml")
    result = runner.invoke(app, ["briefing", str(source), "--charts", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    body = docx.Document(str(out)).element.body
    order = [
        "picture"
        if el.findall(f".//{W}drawing")
        else "".join(t.text or "" for t in el.iter(f"{W}t"))
        for el in body
    ]
    annex = order.index("附件1")
    assert order.count("picture") == len(GROUPS)
    assert order.index("picture") > annex  # none in the body, which stays short
