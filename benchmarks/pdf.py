"""Time `gxreport extract` on a PDF report of N pages, each page prose and a ruled table.

    python benchmarks/pdf.py            # 30 pages
    python benchmarks/pdf.py --pages 60 --runs 5

The report is written with python-docx and turned into PDF by LibreOffice (`soffice` on the
PATH), so the pages are laid out as an office's Word file is: a paragraph of figures, a
caption with its 单位, a table whose long names wrap in their cells. Each run is a whole
`gxreport extract` process; the median wall time is printed with the process's own processor
time (user + system), which is what the run costs where the machine is shared.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def write_report(path: Path, pages: int, ruled: bool = True) -> None:
    """The report: per page, prose, a caption with its 单位 and a table (ruled, or without
    rules, its columns apart by white space only)."""
    import docx

    document = docx.Document()
    document.add_paragraph("某县2023年1-6月经济运行情况")
    for page in range(pages):
        document.add_paragraph(
            f"上半年，全县规模以上工业增加值同比增长{page % 9}.{page % 7}%，固定资产投资完成"
            f"{100 + page}.5亿元，完成年度目标的{40 + page % 20}.2%，超序时进度{page % 5}.1个"
            "百分点。社会消费品零售总额稳步回升，市场主体持续增加。" * 3
        )
        document.add_paragraph(f"表{page + 1} 主要指标完成情况（单位：亿元）")
        table = document.add_table(rows=4, cols=4)
        if ruled:
            table.style = "Table Grid"
        rows = [
            ["指标名称", "1-6月", "同比增长%", "全年目标"],
            [
                f"限额以上企业（含网上零售）消费品零售额第{page + 1}项",
                f"1,{200 + page}.7",
                "6.3",
                "2,410",
            ],
            [f"规模以上工业企业营业收入第{page + 1}项", f"{300 + page}.15", "-2.4", "800"],
            [f"一般公共预算收入第{page + 1}项", f"{20 + page}.6", "3.9", "61"],
        ]
        for row, texts in zip(table.rows, rows, strict=True):
            for cell, text in zip(row.cells, texts, strict=True):
                cell.text = text
        if page + 1 < pages:
            document.add_page_break()
    document.save(str(path))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--pages", type=int, default=30)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        source = base / "report.docx"
        write_report(source, args.pages)
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{base / 'profile'}", "--headless",
             "--convert-to", "pdf", "--outdir", str(base), str(source)],
            check=True, capture_output=True,
        )  # fmt: skip
        pdf = base / "report.pdf"
        walls, cpus = [], []
        for _ in range(args.runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "gxreport", "extract", str(pdf), "-o", os.devnull],
                check=True, capture_output=True,
            )  # fmt: skip
            walls.append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        print(
            f"{args.pages} pages ({pdf.stat().st_size // 1024} KB): median wall "
            f"{statistics.median(walls):.2f} s, processor {statistics.median(cpus):.2f} s "
            f"({args.runs} runs)"
        )


if __name__ == "__main__":
    main()
