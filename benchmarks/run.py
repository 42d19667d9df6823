"""Time whole gxreport processes against the import floor of its own dependencies.

    python benchmarks/run.py                 # N = 17, 1,000, 10,000; 100,000 for json only
    python benchmarks/run.py --sizes 17 1000 --runs 5

Each figure is the median wall time of --runs processes, and its ratio to the floor
`python -c "import typer, pydantic, rich.console, rich.table, tomli"` run alternately with
it (absolute times on shared machines are noisy; paired ratios travel better). Peak memory
is the largest resident set of the runs, from the kernel's accounting of each child.

Processes are timed as an installed package runs: pip compiles a package's bytecode when it
installs it, so the children may write and read theirs (PYTHONDONTWRITEBYTECODE is dropped
from their environment, and each command runs once untimed first). Without that, every run
of a source checkout would time the compiling of gxreport's modules, and the floor's
libraries would still be read compiled.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate, write_league  # noqa: E402

FLOOR = [sys.executable, "-c", "import typer, pydantic, rich.console, rich.table, tomli"]
COMMANDS: list[tuple[str, list[str]]] = [
    ("summary -f table", ["summary", "{s}", "-f", "table"]),
    ("summary -f markdown", ["summary", "{s}", "-f", "markdown"]),
    ("summary -f json", ["summary", "{s}", "-f", "json"]),
    ("summary -f csv", ["summary", "{s}", "-f", "csv"]),
    ("gap --all -f markdown", ["gap", "{s}", "--all", "-f", "markdown"]),
    ("check -f markdown", ["check", "{s}", "-f", "markdown"]),
    ("briefing", ["briefing", "{s}", "-f", "markdown"]),
]


ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(argv: list[str]) -> tuple[float, int]:
    """Wall seconds and peak resident kilobytes of one process (its output discarded)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{argv} exited {proc.returncode}: {proc.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss


def median_of(argv: list[str], runs: int) -> tuple[float, int]:
    timed(argv)  # untimed: bytecode written, the input in the page cache
    results = [timed(argv) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def paired(argv: list[str], runs: int) -> tuple[float, float, int]:
    """The median of ``argv``, the median of the floor run alternately with it, the peak."""
    timed(argv)
    own, floor = [], []
    for _ in range(runs):
        floor.append(timed(FLOOR)[0])
        own.append(timed(argv))
    return statistics.median(floor), statistics.median(r[0] for r in own), max(r[1] for r in own)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[17, 1000, 10000, 100000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--league", type=int, default=2000, help="rank over this many files")
    parser.add_argument(
        "--compare", type=int, nargs="*", default=[1000, 10000], help="compare 4 of these"
    )
    parser.add_argument("--across-only", action="store_true", help="only rank and compare")
    parser.add_argument(
        "--rivals",
        type=int,
        default=0,
        metavar="N",
        help="also time, at N indicators, the bare parse, a pandas script and hledger",
    )
    args = parser.parse_args()
    gxreport = [sys.executable, "-m", "gxreport"]
    floor, _ = median_of(FLOOR, args.runs * 2)
    print(f"import floor: {floor:.3f} s (median of {args.runs * 2})")
    print()
    print("| N | command | median s | × floor | peak MB |")
    print("|---:|---|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for n in [] if args.across_only else args.sizes:
            path = Path(tmp) / f"bench-{n}.toml"
            path.write_text(generate(n), encoding="utf-8")
            commands = COMMANDS if n <= 10000 else [c for c in COMMANDS if "json" in c[0]]
            runs = args.runs if n <= 10000 else max(1, args.runs // 2)
            for name, template in commands:
                argv = gxreport + [part.replace("{s}", str(path)) for part in template]
                base, seconds, peak = paired(argv, runs)
                print(
                    f"| {n:,} | {name} | {seconds:.3f} | {seconds / base:.2f} | "
                    f"{peak / 1024:.0f} |",
                    flush=True,
                )
        across(gxreport, Path(tmp), args, floor)
        if args.rivals:
            rivals(gxreport, Path(tmp), args.rivals, args.runs, floor)


def across(gxreport: list[str], tmp: Path, args: argparse.Namespace, floor: float) -> None:
    """rank over many small snapshots; compare of four snapshots of one size."""
    if args.league:
        folder = tmp / "league"
        write_league(str(folder), args.league)
        argv = gxreport + ["rank", str(folder), "-i", "c0-0", "-f", "json"]
        seconds, peak = median_of(argv, args.runs)
        print(
            f"| {args.league:,} files × 60 | rank -f json | {seconds:.3f} | "
            f"{seconds / floor:.2f} | {peak / 1024:.0f} |",
            flush=True,
        )
    for n in args.compare:
        paths = []
        for q, day in enumerate(("03-31", "06-30", "09-30", "12-31")):
            text = generate(n).replace("as_of = 2022-06-30", f"as_of = 2022-{day}")
            path = tmp / f"compare-{n}-{q}.toml"
            path.write_text(text.replace("year = 2022", 'entity = "某省"\nyear = 2022'), "utf-8")
            paths.append(str(path))
        argv = gxreport + ["compare", *paths, "-f", "json"]
        seconds, peak = median_of(argv, max(1, args.runs // 2))
        print(
            f"| 4 × {n:,} | compare -f json | {seconds:.3f} | {seconds / floor:.2f} | "
            f"{peak / 1024:.0f} |",
            flush=True,
        )


def rivals(gxreport: list[str], tmp: Path, n: int, runs: int, floor: float) -> None:
    """The same figures in what people would use instead, and gxreport beside them."""
    import shutil

    snapshot = tmp / f"rivals-{n}.toml"
    snapshot.write_text(generate(n), encoding="utf-8")
    table = tmp / f"rivals-{n}.csv"
    journal = tmp / f"rivals-{n}.journal"
    helper = [sys.executable, str(HERE / "rivals.py")]
    for what, path in (("csv", table), ("journal", journal)):
        with path.open("w", encoding="utf-8") as out:
            subprocess.run([*helper, what, str(n)], stdout=out, check=True)
    parse = (
        "import tomli, decimal, sys; "
        "tomli.loads(open(sys.argv[1], encoding='utf-8').read(), parse_float=decimal.Decimal)"
    )
    candidates: list[tuple[str, list[str]]] = [
        ("bare parse (tomli, Decimal)", [sys.executable, "-c", parse, str(snapshot)]),
        ("pandas script over a CSV", [*helper, "pandas", str(table)]),
    ]
    if shutil.which("hledger"):
        candidates.append(
            (
                "hledger balance --budget -p 2022",
                ["hledger", "-f", str(journal), "balance", "--budget", "-p", "2022"],
            )
        )
    candidates += [
        ("gxreport summary -f json", gxreport + ["summary", str(snapshot), "-f", "json"]),
        ("gxreport summary -f table", gxreport + ["summary", str(snapshot), "-f", "table"]),
    ]
    for name, argv in candidates:
        seconds, peak = median_of(argv, runs)
        print(
            f"| {n:,} | {name} | {seconds:.3f} | {seconds / floor:.2f} | {peak / 1024:.0f} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
