"""Charts (the ``charts`` extra): completion against the 序时进度 line, a horizontal bar per
indicator with a target, grouped, ahead and behind in their colours, the value at each bar.

PNG at 300 dpi or SVG with text as paths (so it shows the same without the font). Chinese
names need a CJK font: one found on the system (Noto CJK, Source Han, WenQuanYi, SimHei,
Microsoft YaHei, PingFang …) or given with ``--font``; without one the command says how to
get one rather than draw empty boxes.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from gxreport.errors import Problem, UsageError
from gxreport.exact import Fraction
from gxreport.i18n import CHART, Lang
from gxreport.render._fmt import Style, rate
from gxreport.report import Position, Printed, Report, Row

if TYPE_CHECKING:
    from matplotlib.font_manager import FontProperties

ChartFormat = Literal["png", "svg"]
COLOURS: dict[Position | None, str] = {
    "ahead": "#2e7d32",
    "on-schedule": "#1565c0",
    "behind": "#c62828",
    None: "#757575",
}
CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Noto Serif CJK SC",
    "Source Han Sans SC",
    "Source Han Serif SC",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "SimHei",
    "Microsoft YaHei",
    "PingFang SC",
    "Heiti SC",
    "Noto Sans CJK JP",
    "Noto Serif CJK JP",
)


def charted(row: Row) -> bool:
    """An indicator the chart shows: on a schedule, with a completion to draw (a printed
    one too, labelled as printed)."""
    return row.behaviour.schedule and isinstance(row.completion, Fraction | Printed)


def _completion(row: Row) -> Fraction:
    value = row.completion
    assert isinstance(value, Fraction | Printed)
    return Fraction(value.value) if isinstance(value, Printed) else value


def find_font(given: Path | None) -> FontProperties:
    from matplotlib import font_manager

    if given is not None:
        if not given.is_file():
            raise UsageError(Problem("no such font file", file=str(given)))
        try:
            font_manager.fontManager.addfont(str(given))
            return font_manager.FontProperties(fname=str(given))
        except (RuntimeError, OSError, ValueError) as exc:
            raise UsageError(Problem(f"cannot be read as a font: {exc}", file=str(given))) from None
    installed = {f.name: f.fname for f in font_manager.fontManager.ttflist}
    for family in CJK_FAMILIES:
        if family in installed:
            return font_manager.FontProperties(fname=installed[family])
    for name, path in sorted(installed.items()):
        if "CJK" in name or "Hei" in name:
            return font_manager.FontProperties(fname=path)
    raise UsageError(
        "no CJK font found for the chart's Chinese text: install one (Debian or Ubuntu: "
        "apt-get install fonts-noto-cjk; macOS and Windows have one) or give --font FILE "
        "(.ttf, .otf or .ttc)"
    )


def _draw(
    report: Report,
    groups: list[tuple[str, list[Row]]],
    style: Style,
    font: Path | None,
    fmt: ChartFormat,
    title: str,
) -> bytes:
    shown = sum(len(rows) for _, rows in groups)
    if shown > CHART_MAX_BARS:
        where = f" in group {groups[0][0]!r}" if len(groups) == 1 and groups[0][0] else ""
        raise UsageError(
            f"{shown} indicators to chart{where}: more than the {CHART_MAX_BARS} bars a chart "
            "shows legibly (a bar is 8.6 mm tall); chart a snapshot of fewer indicators, or "
            "leave out --charts"
        )
    import matplotlib

    _config_dir()
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    prop = find_font(font)
    lang: Lang = style.lang
    matplotlib.rcParams["svg.fonttype"] = "path"
    matplotlib.rcParams["text.usetex"] = False
    bars: list[tuple[str, Row | None]] = []
    for name, rows in groups:
        if len(groups) > 1:
            bars.append((literal(name), None))
        bars += [(literal(r.indicator.name), r) for r in rows]
    height = 0.9 + 0.34 * len(bars)
    fig, ax = plt.subplots(figsize=(6.3, height))
    line = float(report.progress_pct)
    top = max(
        [line * 1.25, 100.0] + [float(_completion(r)) * 1.12 for _, r in bars if r is not None]
    )
    for y, (_, row) in enumerate(bars):
        if row is None:  # a group's name, as a label of its own
            continue
        completion = _completion(row)
        plan = row.annual
        position = plan.position if plan is not None else None
        if row.on_printed:
            position = row.status if row.status in ("ahead", "on-schedule", "behind") else None
        colour = COLOURS[position]
        ax.barh(y, float(completion), color=colour, height=0.62)
        ax.text(
            float(completion) + top * 0.01,
            y,
            rate(row.completion, style),
            va="center",
            fontsize=8,
            fontproperties=prop,
        )
    ax.axvline(line, color="#424242", linestyle="--", linewidth=1)
    ax.text(
        line,
        -0.9,
        CHART["line"][lang].format(progress=rate(report.progress_pct, style)),
        ha="center",
        va="bottom",
        fontsize=8,
        fontproperties=prop,
    )
    ax.set_yticks(range(len(bars)))
    labels = ax.set_yticklabels([label for label, _ in bars], fontproperties=prop, fontsize=8)
    for text, (_, row), tick in zip(labels, bars, ax.yaxis.get_major_ticks(), strict=False):
        if row is None:
            text.set_fontweight("bold")
            text.set_fontsize(9)
            tick.tick1line.set_visible(False)
    ax.invert_yaxis()
    ax.set_xlim(0, top)
    ax.set_ylim(len(bars) - 0.4, -1.4)
    ax.set_xlabel(CHART["x"][lang], fontproperties=prop, fontsize=8)
    ax.set_title(literal(title), fontproperties=prop, fontsize=10)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(axis="x", labelsize=8)
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format=fmt, dpi=300)
    plt.close(fig)
    return buffer.getvalue()


# More bars than this do not fit a page legibly (10,000 took 7 GB and minutes to draw).
CHART_MAX_BARS = 100


def literal(text: str) -> str:
    """A name as matplotlib draws it literally: a $ would start TeX math ("$x^2$" drawn as a
    formula, "\\foo" an error), so each is escaped."""
    return text.replace("$", "\\$")


def _config_dir() -> None:
    """Where matplotlib keeps its settings and font cache: its own (~/.config/matplotlib)
    when that can be written, else a temporary folder, so that a read-only HOME gets no
    warnings from it."""
    if os.environ.get("MPLCONFIGDIR"):
        return
    home = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    wanted = os.path.join(home, "matplotlib")
    try:
        os.makedirs(wanted, exist_ok=True)
        if os.access(wanted, os.W_OK):
            return
    except OSError:
        pass
    import atexit
    import shutil
    import tempfile

    folder = tempfile.mkdtemp(prefix="gxreport-matplotlib-")
    atexit.register(shutil.rmtree, folder, True)
    os.environ["MPLCONFIGDIR"] = folder


def chart(report: Report, style: Style, font: Path | None, fmt: ChartFormat) -> bytes:
    """Every group's scheduled indicators in one chart: what `gxreport chart` draws."""
    groups = [(name, [r for r in rows if charted(r)]) for name, rows in report.groups]
    groups = [(name, rows) for name, rows in groups if rows]
    if not groups:
        raise UsageError(
            "nothing to chart: no indicator has both an actual and a target on a schedule "
            "(cumulative, higher is better)"
        )
    title = CHART["title"][style.lang].format(title=report.info.title)
    return _draw(report, groups, style, font, fmt, title)


def group_chart(report: Report, group: str, style: Style, font: Path | None) -> bytes:
    """One group's chart, as a PNG for the briefing."""
    rows = [r for name, members in report.groups if name == group for r in members if charted(r)]
    title = CHART["group_title"][style.lang].format(group=group or report.info.title)
    return _draw(report, [(group, rows)], style, font, "png", title)
