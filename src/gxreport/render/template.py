"""A briefing through a user's own Jinja2 template (``briefing --template FILE``).

The template receives the briefing's parts, the same ones the built-in layout arranges
(``templates/briefing.md.j2`` is that layout written as a template, to start from). Every
value printed with {{ }} is escaped for Markdown unless it is one of the ready-made parts.
A mistake in the template is the user's: exit 2 with the template's name and line.
"""

from __future__ import annotations

import contextlib
import os
import re
import threading
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

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


# What a template may take. A briefing is a few pages: a template that runs longer, writes
# more or builds bigger values than these is looping or multiplying without end, and is
# stopped with a message instead of hanging the terminal or filling the memory.
TEMPLATE_SECONDS = 10
TEMPLATE_OUTPUT_MB = 10
TEMPLATE_MEMORY_MB = 1024
TEMPLATE_FILE_MB = 1
# The largest power, repetition or width a template may ask for in one operation (9 ** 999999999
# is one step that never ends; 'a' * 10**10 is ten gigabytes).
TEMPLATE_MAX_NUMBER = 10**6


class TemplateLimit(Exception):
    """A template went past one of the limits above."""


def _environment() -> Environment:
    from jinja2 import StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    class Bounded(SandboxedEnvironment):
        intercepted_binops = frozenset({"**", "*"})

        def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
            if operator == "**" and (
                (_big(right) and not _small_base(left)) or _huge_power(left, right)
            ):
                raise TemplateLimit(
                    f"{_short(left)} ** {_short(right)} is past what a template may compute "
                    f"(a power of at most {TEMPLATE_MAX_NUMBER:,}, a result of at most "
                    f"{TEMPLATE_MAX_BITS:,} bits)"
                )
            if operator == "*" and _huge_product(left, right):
                raise TemplateLimit(
                    f"a product of more than {TEMPLATE_MAX_BITS:,} bits is past what a "
                    "template may compute"
                )
            if operator == "*" and _repeats(left, right):
                raise TemplateLimit(
                    f"a repetition {TEMPLATE_MAX_NUMBER:,} times or more is past what a "
                    "template may build"
                )
            return super().call_binop(context, operator, left, right)

        def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
            if any(_big(value) for value in (*args, *kwargs.values())):
                raise TemplateLimit(
                    f"a number of {TEMPLATE_MAX_NUMBER:,} or more given to "
                    f"{getattr(__obj, '__name__', 'a call')}() is past what a template may ask"
                )
            return super().call(__context, __obj, *args, **kwargs)

    env = Bounded(
        finalize=_finalize,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters["md"] = escape
    for name in ("center", "indent", "truncate", "wordwrap", "batch", "slice"):
        env.filters[name] = _bounded_filter(env.filters[name])
    return env


def _big(value: object) -> bool:
    return (
        isinstance(value, int) and not isinstance(value, bool) and abs(value) >= TEMPLATE_MAX_NUMBER
    )


# The largest integer a template may make by a power or a product: far past any figure, and
# small enough that the next multiplication takes no time (a chain of squarings would).
TEMPLATE_MAX_BITS = 100_000


def _whole(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _huge_power(left: object, right: object) -> bool:
    base, power = _whole(left), _whole(right)
    if base is None or power is None or power <= 0:
        return False
    return abs(base).bit_length() * power > TEMPLATE_MAX_BITS


def _huge_product(left: object, right: object) -> bool:
    a, b = _whole(left), _whole(right)
    if a is None or b is None:
        return False
    return abs(a).bit_length() + abs(b).bit_length() > TEMPLATE_MAX_BITS


def _short(value: object) -> str:
    number = _whole(value)
    if number is not None and abs(number).bit_length() > 64:
        return f"(a number of {abs(number).bit_length():,} bits)"
    return repr(value)[:40]


def _small_base(value: object) -> bool:
    return isinstance(value, (int, float)) and abs(value) <= 1


def _repeats(left: object, right: object) -> bool:
    for seq, times in ((left, right), (right, left)):
        if isinstance(seq, (str, list, tuple)) and isinstance(times, int):
            if times * max(len(seq), 1) >= TEMPLATE_MAX_NUMBER * 10:
                return True
    return False


def _bounded_filter(inner: Callable[..., Any]) -> Callable[..., Any]:
    def bounded(*args: Any, **kwargs: Any) -> Any:
        if any(_big(value) for value in (*args[1:], *kwargs.values())):
            raise TemplateLimit(
                f"a width or count of {TEMPLATE_MAX_NUMBER:,} or more is past what a template "
                "may ask"
            )
        return inner(*args, **kwargs)

    for attr in ("jinja_pass_arg",):
        if hasattr(inner, attr):
            setattr(bounded, attr, getattr(inner, attr))
    return bounded


@contextlib.contextmanager
def _bounded_run() -> Iterator[None]:
    """Run a template within TEMPLATE_SECONDS and TEMPLATE_MEMORY_MB more memory, where the
    system can bound them (a timer signal and the address-space limit, on POSIX systems)."""
    import signal

    def out_of_time(signum: int, frame: object) -> None:
        raise TemplateLimit(
            f"the template ran for more than {TEMPLATE_SECONDS} seconds (a loop without end?)"
        )

    timer = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    previous_handler = None
    if timer:
        previous_handler = signal.signal(signal.SIGALRM, out_of_time)
        signal.setitimer(signal.ITIMER_REAL, TEMPLATE_SECONDS)
    limits = _lower_memory_limit()
    try:
        yield
    finally:
        if timer:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous_handler)
        if limits is not None:
            import resource

            resource.setrlimit(resource.RLIMIT_AS, limits)


def _lower_memory_limit() -> tuple[int, int] | None:
    """Lower the soft address-space limit to what the process uses now plus
    TEMPLATE_MEMORY_MB; the limits before, to restore. None where it cannot be done."""
    try:
        import resource

        with open("/proc/self/statm", encoding="ascii") as statm:
            used = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        wanted = used + (TEMPLATE_MEMORY_MB << 20)
        if hard != resource.RLIM_INFINITY:
            wanted = min(wanted, hard)
        if soft != resource.RLIM_INFINITY and soft <= wanted:
            return None
        resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))
        return soft, hard
    except (ImportError, OSError, ValueError):
        return None


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

    from gxreport.errors import GxError, printable
    from gxreport.inputs import read_input

    path = briefing.template or STARTER
    name = printable(str(path))
    try:
        data = read_input(path, TEMPLATE_FILE_MB << 20)
        source = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError(
            Problem("cannot read the template: it is not UTF-8 text", file=name)
        ) from None
    except GxError as exc:
        raise UsageError(
            [Problem(f"the template {p.message}", file=name) for p in exc.problems]
        ) from None
    env = _environment()
    context_data = context(briefing, style)
    limit = TEMPLATE_OUTPUT_MB << 20
    try:
        # Compiling runs the template's constant parts too ('%99999999999d'|format(1) is
        # worked out here), so it is bounded as the rendering is.
        with _bounded_run():
            template = env.from_string(source)
            template.filename = name
            pieces = []
            size = 0
            for piece in template.generate(context_data):
                size += len(piece)
                if size > limit:
                    raise TemplateLimit(
                        f"the template wrote more than {TEMPLATE_OUTPUT_MB} MB (a loop without "
                        "end?)"
                    )
                pieces.append(piece)
            text = "".join(pieces)
    except TemplateSyntaxError as exc:
        raise UsageError(
            Problem(f"template syntax error: {exc.message}", file=name, line=exc.lineno)
        ) from None
    except Exception as exc:  # whatever the template does wrong is the template's mistake
        line = _template_line(exc.__traceback__, "<template>") or _template_line(
            exc.__traceback__, name
        )
        if isinstance(exc, TemplateLimit):
            message = f"template stopped: {exc}"
        elif isinstance(exc, MemoryError):
            message = f"template stopped: it needed more than {TEMPLATE_MEMORY_MB} MB of memory"
        elif isinstance(exc, RecursionError):
            message = "template stopped: it nests or recurses too deeply"
        else:
            shown = str(exc).splitlines()[0][:300] if str(exc) else type(exc).__name__
            message = f"template error: {type(exc).__name__}: {shown}"
        raise UsageError(Problem(message, file=name, line=line)) from None
    return tidy(text)


_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def tidy(text: str) -> str:
    """At most one blank line in a row, one newline at the end; no control character (a
    template's own text may hold ESC as well as anything it prints)."""
    out: list[str] = []
    for line in _UNPRINTABLE.sub("", text).splitlines():
        line = line.rstrip()
        if line == "" and (not out or out[-1] == ""):
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"
