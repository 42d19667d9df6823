"""The briefing: read by a real Markdown parser, converted by real pandoc, safe with any name."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from conftest import ILLUSTRATIVE, SEED, need, snapshot_text
from gxreport.cli import app

runner = CliRunner()


def briefing(*args: str, input: str | None = None) -> str:
    result = runner.invoke(app, ["briefing", *args], input=input)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def parse(markdown: str) -> list:  # type: ignore[type-arg]
    return MarkdownIt("commonmark").enable("table").parse(markdown)


def headings(tokens: list, level: str) -> list[str]:  # type: ignore[type-arg]
    return [
        tokens[i + 1].content
        for i, t in enumerate(tokens)
        if t.type == "heading_open" and t.tag == level
    ]


def tables(tokens: list) -> list[list[list[str]]]:  # type: ignore[type-arg]
    """Each table as rows of cell texts."""
    out: list[list[list[str]]] = []
    row: list[str] = []
    for i, t in enumerate(tokens):
        if t.type == "table_open":
            out.append([])
        elif t.type == "tr_open":
            row = []
        elif t.type in ("th_open", "td_open"):
            row.append(tokens[i + 1].content if tokens[i + 1].type == "inline" else "")
        elif t.type == "tr_close":
            out[-1].append(row)
    return out


def test_seed_briefing_structure() -> None:
    tokens = parse(briefing(str(SEED)))
    assert headings(tokens, "h1") == ["郑州高新区2022年上半年经济运行"]
    # A 公文's numbering: 一、 sections, （一） parts of one.
    assert headings(tokens, "h2") == [
        "一、总体情况",
        "二、主要指标完成情况",
        "三、需要关注的指标",
        "四、余下时间任务测算",
        "五、数据核对",
    ]
    assert headings(tokens, "h3") == [
        "（一）招商引资",
        "（二）市场主体",
        "（三）生态环境",
        "（四）城市管理",
        "（五）应急管理",
    ]
    found = tables(tokens)
    assert len(found) == 7  # one a group, the plan, the data check
    signed = next(r for r in found[0] if r[0] == "新签约项目签约额")
    assert signed[2:6] == ["213.9", "371", "57.65%", "+7.65"]
    assert all(len(r) == len(t[0]) for t in found for r in t)


def test_seed_briefing_says_it_in_sentences() -> None:
    text = briefing(str(SEED))
    assert (
        "新签约项目签约额213.9亿元，完成年度目标的57.65%，超序时进度7.65个百分点，"
        "距力争目标400亿元尚差186.1亿元，下半年每季度需完成93.05亿元。"
    ) in text
    assert "新增市场主体7141户，完成年度目标的45.48%，低于序时进度4.52个百分点。" in text
    assert "- 新增市场主体低于序时进度4.52个百分点，下半年每季度需完成4280户。" in text
    assert "合计数和相对数由于四舍五入未作机械调整" in text
    assert (
        "新签约项目签约额、签约1亿元以上制造业项目、亿元以上制造业项目签约额实现“时间过半、任务过半”。"
        in text
    )


def test_english_briefing() -> None:
    text = briefing(str(SEED), "--lang", "en")
    assert "57.65% of the annual target, 7.65 percentage points ahead of schedule" in text
    assert "186.1 亿元 short of the 400 亿元 stretch target" in text
    assert "4.52 percentage points behind schedule" in text


def test_attention_list_names_what_moves_the_wrong_way() -> None:
    text = briefing(str(ILLUSTRATIVE))
    assert "- 一般公共预算收入同比下降2.95%。" in text
    assert "- 细颗粒物（PM2.5）平均浓度为41微克/立方米，高于目标38微克/立方米。" in text


HOSTILE = [
    "a | b",
    "<script>alert(1)</script>",
    "[link](javascript:alert(1))",
    "line\nbreak",
    "**bold** _em_ `code`",
    "&lt;tag&gt;",
    "$x^2$ ~~s~~",
    "\x1b[31mred\x1b[0m\x07",
]


@pytest.mark.parametrize("name", HOSTILE)
def test_names_cannot_break_tables_or_inject_markup(name: str) -> None:
    quoted = name.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    quoted = quoted.replace("\x1b", "\\u001b").replace("\x07", "\\u0007")
    snapshot = snapshot_text(
        f'[[indicator]]\nid = "x"\nname = "{quoted}"\ngroup = "{quoted}"\nunit = "亿元"\n'
        "actual = 10\ntarget = 40\n"
    )
    text = briefing("-", input=snapshot)
    assert "\x1b" not in text and "\x07" not in text
    tokens = parse(text)
    kinds = {t.type for t in tokens} | {c.type for t in tokens for c in (t.children or [])}
    assert not kinds & {
        "html_inline",
        "html_block",
        "link_open",
        "code_inline",
        "strong_open",
        "em_open",
        "s_open",
    }
    for table in tables(tokens):
        assert all(len(row) == len(table[0]) for row in table)


def test_own_template_gets_the_same_report(tmp_path: Path) -> None:
    template = tmp_path / "mine.md.j2"
    template.write_text(
        "# {{ report.info.entity }}\n{% for row in report.rows if row.annual %}"
        "- {{ row.indicator.name }}: {{ rate(row.completion) }}\n{% endfor %}",
        encoding="utf-8",
    )
    text = briefing(str(SEED), "--template", str(template))
    assert text.splitlines()[:3] == [
        "# 郑州高新区",
        "- 新签约项目签约额: 57.65%",
        "- 新开工项目投资额: 83%\\*",  # the article's own figure, marked as printed
    ]


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("{% for x in %}", "mine.md.j2:1: template syntax error"),
        ("{{ nothing.here }}", "template error"),
        ("{{ report.__class__.__mro__ }}", "template error"),
    ],
)
def test_bad_templates_exit_2_and_write_nothing(tmp_path: Path, source: str, message: str) -> None:
    template = tmp_path / "mine.md.j2"
    template.write_text(source, encoding="utf-8")
    out = tmp_path / "out.md"
    result = runner.invoke(
        app, ["briefing", str(SEED), "--template", str(template), "-o", str(out)]
    )
    assert result.exit_code == 2
    assert message in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.md.j2"]


def test_briefing_is_markdown_only() -> None:
    result = runner.invoke(app, ["briefing", str(SEED), "-f", "json"])
    assert result.exit_code == 2
    assert result.stderr == (
        "error: --format json: `gxreport briefing` gives table, markdown, docx\n"
    )


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_pandoc_converts_the_briefing_to_docx(tmp_path: Path, lang: str) -> None:
    pandoc = need("pandoc")
    source = tmp_path / "briefing.md"
    source.write_text(briefing(str(SEED), "--lang", lang), encoding="utf-8")
    docx = tmp_path / "briefing.docx"
    subprocess.run([pandoc, "-f", "gfm", str(source), "-o", str(docx)], check=True)
    assert docx.stat().st_size > 5000
    plain = subprocess.run(
        [pandoc, str(docx), "-t", "plain", "--wrap=none"],
        check=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
    ).stdout
    assert "57.65%" in plain and "186.1" in plain
    native = subprocess.run(
        [pandoc, "-f", "gfm", str(source), "-t", "native"],
        check=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
    ).stdout
    assert native.count("TableHead") == 7


def test_piped_summary_converts_with_default_pandoc(tmp_path: Path) -> None:
    pandoc = need("pandoc")
    markdown = runner.invoke(app, ["summary", str(SEED)]).stdout
    native = subprocess.run(
        [pandoc, "-t", "native"],
        input=markdown,
        check=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
    ).stdout
    assert native.count("TableHead") == 5


@pytest.mark.parametrize(
    ("source", "line", "what"),
    [
        ("# {{ title }}\n\n{{ rate() }}\n", 3, "rate_of() missing 1 required positional argument"),
        ('# {{ title }}\nline two\n{{ t("no_such_key") }}\n', 3, "t('no_such_key'): no such text"),
        ("{{ groups[0].nothing.deeper }}\n", 1, "template error"),
    ],
)
def test_a_mistake_in_a_template_names_the_template_and_line(
    tmp_path: Path, source: str, line: int, what: str
) -> None:
    template = tmp_path / "mine.md.j2"
    template.write_text(source, encoding="utf-8")
    result = runner.invoke(app, ["briefing", str(SEED), "--template", str(template)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {template}:{line}: template error: ")
    assert what in result.stderr and "internal error" not in result.stderr


def test_the_shipped_template_is_the_built_in_layout() -> None:
    """templates/briefing.md.j2, given to --template, writes the built-in briefing: a user
    who starts from it starts from what gxreport prints."""
    from gxreport.render.template import STARTER

    for lang in ("zh", "en"):
        own = briefing(str(SEED), "--template", str(STARTER), "--lang", lang)
        assert own == briefing(str(SEED), "--lang", lang)


def test_sections_choose_the_parts_and_number_them_anew() -> None:
    tokens = parse(briefing(str(SEED), "--sections", "overview,attention"))
    assert headings(tokens, "h2") == ["一、总体情况", "二、需要关注的指标"]
    assert tables(tokens) == []
    only_groups = parse(briefing(str(SEED), "--sections", "groups"))
    assert headings(only_groups, "h2") == ["一、主要指标完成情况"]
    assert len(tables(only_groups)) == 5  # a table a group, no plan, no data check


def test_an_unknown_section_is_refused_with_the_choices() -> None:
    result = runner.invoke(app, ["briefing", str(SEED), "--sections", "overveiw"])
    assert result.exit_code == 2
    assert "'overveiw' is not one (did you mean 'overview'?)" in result.stderr
    assert "overview, groups, attention, gap, check" in result.stderr
    annex = runner.invoke(app, ["briefing", str(SEED), "--annex", "charts"])
    assert annex.exit_code == 2 and "tables, gap, check" in annex.stderr


def test_the_data_check_as_an_annex_after_the_body() -> None:
    text = briefing(str(SEED), "--annex", "check")
    tokens = parse(text)
    assert "五、数据核对" not in headings(tokens, "h2")
    assert headings(tokens, "h2")[-1] == "附件1　数据核对表"
    body, annex = text.split("## 附件1")
    assert "附件：1.数据核对表" in body and "核对项" in annex and "核对项" not in body
    none = briefing(str(SEED), "--annex", "none")
    assert none == briefing(str(SEED))  # a short report keeps everything in its body


def test_a_briefing_table_in_markdown_heads_and_ends_it(tmp_path: Path) -> None:
    source = tmp_path / "s.toml"
    source.write_text(
        SEED.read_text(encoding="utf-8")
        + '\n[briefing]\nseries = "经济运行简报"\nissue = 3\nissuer = "某局"\nto = "市政府"\n',
        encoding="utf-8",
    )
    text = briefing(str(source))
    assert text.startswith("经济运行简报\n\n第3期\n\n某局\n\n---\n\n# 郑州高新区")
    assert text.rstrip().endswith("---\n\n报：市政府")


def test_a_mistyped_briefing_key_is_named_with_its_line(tmp_path: Path) -> None:
    source = tmp_path / "s.toml"
    text = SEED.read_text(encoding="utf-8") + '\n[briefing]\nisuer = "某局"\n'
    source.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["briefing", str(source)])
    assert result.exit_code == 2
    line = len(text.splitlines())
    assert f"s.toml:{line}:" in result.stderr and "issuer" in result.stderr
