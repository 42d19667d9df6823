"""What people would use instead, on the same figures, for benchmarks/run.py --rivals.

    python benchmarks/rivals.py csv N > figures.csv          the figures as a CSV
    python benchmarks/rivals.py journal N > budget.journal   the same as an hledger journal
    python benchmarks/rivals.py pandas figures.csv           completion, gap, 同比 with pandas

The pandas script computes the summary's own columns (完成率, the gap to 序时进度 at the half
year, 同比) in floating point and writes them as CSV: what an analyst would script in an
afternoon. The journal gives each indicator an account with its actual as a posting and its
annual target as a periodic budget, so `hledger balance --budget` reports actual against
budget: hledger's nearest equivalent.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402


def _rows(n: int) -> list[dict[str, str]]:
    import tomllib

    doc = tomllib.loads(generate(n))
    return [
        {
            "id": ind["id"],
            "actual": str(ind.get("actual", "")),
            "target": str(ind.get("target", "")),
            "last_year": str(ind.get("last_year", "")),
        }
        for ind in doc["indicator"]
    ]


def write_csv(n: int) -> None:
    sys.stdout.write("id,actual,target,last_year\n")
    for r in _rows(n):
        sys.stdout.write(f"{r['id']},{r['actual']},{r['target']},{r['last_year']}\n")


def write_journal(n: int) -> None:
    out = ["~ yearly from 2022-01-01"]
    rows = _rows(n)
    for r in rows:
        if r["target"]:
            out.append(f"    figures:{r['id']}  {r['target']}")
    out.append("    done")
    out.append("")
    for r in rows:
        out.append("2022-06-30 actual")
        out.append(f"    figures:{r['id']}  {r['actual'] or 0}")
        out.append("    done")
        out.append("")
    sys.stdout.write("\n".join(out))


def pandas_summary(path: str) -> None:
    import pandas as pd

    frame = pd.read_csv(path)
    frame["completion_pct"] = frame["actual"] / frame["target"] * 100
    frame["schedule_gap_pp"] = frame["completion_pct"] - 50
    frame["yoy_pct"] = (frame["actual"] - frame["last_year"]) / frame["last_year"] * 100
    frame.round(2).to_csv(sys.stdout, index=False)


if __name__ == "__main__":
    what, arg = sys.argv[1], sys.argv[2]
    if what == "csv":
        write_csv(int(arg))
    elif what == "journal":
        write_journal(int(arg))
    elif what == "pandas":
        pandas_summary(arg)
    else:
        raise SystemExit(f"unknown {what!r}: csv, journal or pandas")
