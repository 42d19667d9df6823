"""A briefing through a user's own Jinja2 template (``briefing --template FILE``).

The template receives the briefing's parts, the same ones the built-in layout arranges
(``templates/briefing.md.j2`` is that layout written as a template, to start from). Every
value printed with {{ }} is escaped for Markdown unless it is one of the ready-made parts.
A mistake in the template is the user's: exit 2 with the template's name and line.
"""

from __future__ import annotations

import types
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from gxreport.errors import Problem, UsageError
from gxreport.i18n import BRIEFING, LABELS, Lang
from gxreport.render._fmt import DASH, Style, amount, given, rate
from gxreport.render.layout.briefing import Parts, parts
from gxreport.render.markdown import draw_table, escape
from gxreport.report import Maybe, Shown
from gxreport.views import Briefing

if TYPE_CHECKING:
    from jinja2 import Environment

STARTER = Path(__file__).resolve().parent.parent / "templates" / "briefing.md.j2"


class Safe(str):
    """Markdown built here, already escaped: printed by a template as it is."""


def _label(key: str, lang: Lang) -> str:
    if key in BRIEFING:
        return BRIEFING[key][lang]
    if key in LABELS:
        return LABELS[key][lang]
    raise LookupError(f"t({key!r}): no such text; the keys are those of i18n.BRIEFING and LABELS")


def context(briefing: Briefing, style: Style) -> dict[str, object]:
    p: Parts = parts(briefing, style)
    lang = style.lang

    def t(key: str) -> str:
        return _label(key, lang)

    def rate_of(value: Shown) -> str:
        return rate(value, style)

    def amount_of(value: Maybe) -> str:
        return amount(value, style)

    helpers: dict[str, Callable[..., str]] = {
        "t": t,
        "md": escape,
        "rate": rate_of,
        "amount": amount_of,
        "given": given,
    }
    return {
        "report": briefing.report,
        "audit": briefing.audit,
        "style": style,
        "lang": lang,
        "title": p.title,
        "as_of_line": p.as_of_line,
        "overview": p.overview,
        "half_half": p.half_half,
        "groups": [
            {
                "name": g.name,
                "heading": g.heading,
                "prose": Safe(escape(g.prose)),
                "table": Safe(draw_table(g.table)),
                "rows": g.rows,
            }
            for g in p.groups
        ],
        "attention": [Safe(escape(item)) for item in p.attention],
        "gap_table": Safe(draw_table(p.gap_table)) if p.gap_table else None,
        "check_table": Safe(draw_table(p.check_table)) if p.check_table else None,
        "check_closing": p.check_closing,
        "footnote": p.footnote,
        "printed_note": p.printed_note,
        "since_heading": p.since_heading,
        "headings": p.headings,
        "since": list(p.since),
        "dash": DASH,
        **helpers,
    }


def _finalize(value: object) -> str:
    if isinstance(value, Safe):
        return value
    if value is None:
        return ""
    return escape(str(value))


def _environment() -> Environment:
    from jinja2 import StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    env = SandboxedEnvironment(
        finalize=_finalize,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters["md"] = escape
    return env


def _template_line(tb: types.TracebackType | None, filename: str) -> int | None:
    """The template line an error was raised from: Jinja rewrites tracebacks so that template
    frames carry the template's own file name and line."""
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def render(briefing: Briefing, style: Style) -> str:
    from jinja2 import TemplateSyntaxError

    path = briefing.template or STARTER
    name = str(path)
    try:
        source = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(Problem(f"cannot read the template: {exc}", file=name)) from None
    env = _environment()
    try:
        template = env.from_string(source)
        template.filename = name
    except TemplateSyntaxError as exc:
        raise UsageError(
            Problem(f"template syntax error: {exc.message}", file=name, line=exc.lineno)
        ) from None
    data = context(briefing, style)
    try:
        text = template.render(data)
    except Exception as exc:  # whatever the template does wrong is the template's mistake
        line = _template_line(exc.__traceback__, "<template>") or _template_line(
            exc.__traceback__, name
        )
        message = str(exc) or type(exc).__name__
        raise UsageError(
            Problem(f"template error: {type(exc).__name__}: {message}", file=name, line=line)
        ) from None
    return tidy(text)


def tidy(text: str) -> str:
    """At most one blank line in a row, one newline at the end."""
    out: list[str] = []
    for line in text.splitlines():
        line = line.rstrip()
        if line == "" and (not out or out[-1] == ""):
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"
