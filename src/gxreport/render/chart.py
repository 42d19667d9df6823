"""Charts (the ``charts`` extra): completion against the 序时进度 line, a horizontal bar per
indicator with a target, grouped, ahead and behind in their colours, the value at each bar.

PNG at 300 dpi or SVG with text as paths (so it shows the same without the font). Chinese
names need a CJK font: one found on the system (Noto CJK, Source Han, WenQuanYi, SimHei,
Microsoft YaHei, PingFang …) or given with ``--font``; without one the command says how to
get one rather than draw empty boxes.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from gxreport.errors import Problem, UsageError
from gxreport.exact import Fraction
from gxreport.i18n import CHART, Lang
from gxreport.render._fmt import Style, rate
from gxreport.render.fold import fold
from gxreport.report import Position, Printed, Report, Row

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties
    from matplotlib.patches import Rectangle
    from matplotlib.text import Text

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


# Sizes in points: a long title folds into lines this wide (the figure's 6.3 inches less
# its margins), a long indicator name into two lines of at most NAME_EMS characters.
TITLE_PT = 10
LABEL_PT = 8
TITLE_WIDTH_PT = 6.0 * 72
NAME_EMS = 15.0


@dataclass
class Drawn:
    """A chart as drawn, for saving and for a test to measure: the figure, its axes, the
    序时进度 line's x, its label, and each bar with its value label."""

    figure: Figure
    axes: Axes
    line: float
    line_label: Text
    bars: list[tuple[Rectangle, Text]]
    title: Text


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
    drawn = draw_chart(report, groups, style, font, title)
    import matplotlib.pyplot as plt  # imported by draw_chart, where its settings are made

    buffer = io.BytesIO()
    drawn.figure.savefig(buffer, format=fmt, dpi=300)
    plt.close(drawn.figure)
    return buffer.getvalue()


def draw_chart(
    report: Report,
    groups: list[tuple[str, list[Row]]],
    style: Style,
    font: Path | None,
    title: str,
) -> Drawn:
    from gxreport.render import matplotlib_folder

    matplotlib_folder()  # before matplotlib is imported: it reads its folders on import
    import matplotlib

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
    # A title of any length: folded into even lines that fit the width, and set smaller
    # when it would take more than three.
    title_pt = float(TITLE_PT)
    lines = fold(literal(title), TITLE_WIDTH_PT / title_pt)
    while len(lines) > 3 and title_pt > 7:
        title_pt -= 1
        lines = fold(literal(title), TITLE_WIDTH_PT / title_pt)
    names = ["\n".join(fold(label, NAME_EMS, 2)) for label, _ in bars]
    two_line = sum(1 for n in names if "\n" in n)
    height = 0.9 + 0.34 * len(bars) + 0.12 * two_line + 0.17 * (len(lines) - 1)
    fig, ax = plt.subplots(figsize=(6.3, height))
    line = float(report.progress_pct)
    top = max(
        [line * 1.25, 100.0] + [float(_completion(r)) * 1.12 for _, r in bars if r is not None]
    )
    drawn_bars: list[tuple[Rectangle, Text]] = []
    for y, (_, row) in enumerate(bars):
        if row is None:  # a group's name, as a label of its own
            continue
        completion = _completion(row)
        plan = row.annual
        position = plan.position if plan is not None else None
        if row.on_printed:
            position = row.status if row.status in ("ahead", "on-schedule", "behind") else None
        colour = COLOURS[position]
        rect = ax.barh(y, float(completion), color=colour, height=0.62)[0]
        value = ax.text(
            float(completion) + top * 0.01,
            y,
            rate(row.completion, style),
            va="center",
            fontsize=LABEL_PT,
            fontproperties=prop,
        )
        drawn_bars.append((rect, value))
    ax.axvline(line, color="#424242", linestyle="--", linewidth=1)
    # The line's label above the bars, beside the line (never across it).
    line_label = ax.text(
        line + top * 0.01,
        -0.9,
        CHART["line"][lang].format(progress=rate(report.progress_pct, style)),
        ha="left",
        va="center",
        fontsize=LABEL_PT,
        fontproperties=prop,
    )
    ax.set_yticks(range(len(bars)))
    labels = ax.set_yticklabels(names, fontproperties=prop, fontsize=LABEL_PT)
    for text, (_, row), tick in zip(labels, bars, ax.yaxis.get_major_ticks(), strict=False):
        if row is None:
            text.set_fontweight("bold")
            text.set_fontsize(9)
            tick.tick1line.set_visible(False)
    ax.invert_yaxis()
    ax.set_xlim(0, top)
    ax.set_ylim(len(bars) - 0.4, -1.4)
    ax.set_xlabel(CHART["x"][lang], fontproperties=prop, fontsize=LABEL_PT)
    # Over the whole figure, not the axes (which the names push right), so that its width
    # is the figure's.
    title_text = fig.suptitle("\n".join(lines), fontproperties=prop, fontsize=title_pt)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(axis="x", labelsize=LABEL_PT)
    fig.tight_layout()
    _clear_of_the_line(fig, ax, line, top, line_label, drawn_bars)
    return Drawn(fig, ax, line, line_label, drawn_bars, title_text)


def _clear_of_the_line(
    fig: Figure,
    ax: Axes,
    line: float,
    top: float,
    line_label: Text,
    bars: list[tuple[Rectangle, Text]],
) -> None:
    """Move each value label the 序时进度 line would run through: into its bar's end (in
    white) where the bar is long enough, else just past the line; and the line's own label
    to the line's left where it would run off the right."""
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    to_data = ax.transData.inverted()
    pad = top * 0.01

    def span(text: Text) -> tuple[float, float]:
        box = text.get_window_extent(renderer)
        (x0, _), (x1, _) = to_data.transform([[box.x0, box.y0], [box.x1, box.y1]])
        return float(x0), float(x1)

    for rect, value in bars:
        end = rect.get_width()
        x0, x1 = span(value)
        if not x0 - pad <= line <= x1 + pad:
            continue
        width = x1 - x0
        if end - width - 2 * pad > 0:
            value.set_x(end - pad)
            value.set_horizontalalignment("right")
            value.set_color("white")
        else:
            value.set_x(line + pad)
    x0, x1 = span(line_label)
    if x1 > top:
        line_label.set_x(line - pad)
        line_label.set_horizontalalignment("right")


# More bars than this do not fit a page legibly (10,000 took 7 GB and minutes to draw).
CHART_MAX_BARS = 100


def literal(text: str) -> str:
    """A name as matplotlib draws it literally: a $ would start TeX math ("$x^2$" drawn as a
    formula, "\\foo" an error), so each is escaped."""
    return text.replace("$", "\\$")


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
