"""Time `import` on a large sheet and `rank` on a large league table sheet, as processes.

    python benchmarks/sheets.py                   # 10,000 rows and 3,000 places, 3 runs each
    python benchmarks/sheets.py --rows 20000 --places 5000 --runs 5

Writes the two .xlsx files with xlsxwriter (a bureau layout: a title, a header of 指标 | 单位 |
1-6月 | 全年目标 | 完成率% | 同比增长%; a league of 乡镇 with a growth rate and its stated 位次) and
reports, per command, the median wall time and the median CPU time (user + system) of the
child process: on a shared machine the CPU time is the steadier figure.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def write_sheet(path: Path, rows: int) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("主要指标")
    sheet.write_row(0, 0, ["某市2023年1-6月主要指标完成情况"])
    sheet.write_row(1, 0, ["指标", "单位", "1-6月", "全年目标", "完成率%", "同比增长%"])
    rng = random.Random(2023)
    for i in range(rows):
        actual = rng.randint(1000, 99999) / 10
        target = rng.randint(2000, 199999) / 10
        sheet.write_row(i + 2, 0, [f"指标{i}", "亿元", actual, target, 45.5, 5.5])
    book.close()


def write_league(path: Path, places: int) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("表1")
    sheet.write_row(0, 0, ["2023年1-6月各乡镇规上工业增加值增速"])
    sheet.write_row(1, 0, ["乡镇", "规上工业增加值增速（%）", "位次"])
    rng = random.Random(2023)
    rates = [rng.randint(-100, 200) / 10 for _ in range(places)]
    order = sorted(range(places), key=lambda i: -rates[i])
    place: dict[int, int] = {}
    for n, i in enumerate(order):
        tied = n and rates[order[n - 1]] == rates[i]
        place[i] = place[order[n - 1]] if tied else n + 1
    for i in range(places):
        sheet.write_row(i + 2, 0, [f"第{i}镇", rates[i], place[i]])
    book.close()


def timed(argv: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run of ``argv``."""
    start = time.perf_counter()
    before = os.times()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
    after = os.times()
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return time.perf_counter() - start, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--places", type=int, default=3_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    gxreport = [sys.executable, "-m", "gxreport"]
    with tempfile.TemporaryDirectory() as tmp:
        sheet, league = Path(tmp) / "sheet.xlsx", Path(tmp) / "league.xlsx"
        write_sheet(sheet, args.rows)
        write_league(league, args.places)
        for label, argv in (
            (f"import, {args.rows:,} rows", [*gxreport, "import", str(sheet)]),
            (
                f"rank, {args.places:,} places",
                [*gxreport, "rank", str(league), "-i", "规上工业增加值增速", "-f", "json"],
            ),
        ):
            runs = [timed(argv) for _ in range(args.runs)]
            wall = statistics.median(r[0] for r in runs)
            cpu = statistics.median(r[1] for r in runs)
            print(f"{label}: {wall:.2f} s wall, {cpu:.2f} s CPU (median of {args.runs})")


if __name__ == "__main__":
    main()
