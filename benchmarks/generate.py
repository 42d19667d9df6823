"""Write an N-indicator snapshot shaped like a province's: counties × indicators.

    python benchmarks/generate.py 10000 > big.toml

Names, groups, units and targets follow the indicators a county report carries; the
figures are drawn from a seeded generator, so a given N always gives the same file.
"""

from __future__ import annotations

import random
import sys

INDICATORS = [
    ("地区生产总值", "经济总量", "亿元", "cumulative", 300, 500),
    ("一般公共预算收入", "经济总量", "亿元", "cumulative", 10, 40),
    ("规上工业增加值", "工业", "亿元", "cumulative", 50, 200),
    ("固定资产投资", "投资", "亿元", "cumulative", 80, 300),
    ("工业投资", "投资", "亿元", "cumulative", 20, 100),
    ("社会消费品零售总额", "消费", "亿元", "cumulative", 60, 250),
    ("实际利用外资", "开放", "万美元", "cumulative", 5000, 30000),
    ("新签约项目", "招商引资", "个", "cumulative", 20, 80),
    ("新签约项目签约额", "招商引资", "亿元", "cumulative", 100, 400),
    ("新增市场主体", "市场主体", "户", "cumulative", 5000, 20000),
    ("城镇新增就业", "民生", "人", "cumulative", 5000, 15000),
    ("常住人口城镇化率", "民生", "%", "level", 50, 70),
    ("细颗粒物（PM2.5）平均浓度", "生态环境", "微克/立方米", "average", 30, 60),
    ("空气质量优良天数", "生态环境", "天", "cumulative", 220, 300),
    ("单位地区生产总值能耗降低率", "生态环境", "%", "reduction", 2, 4),
]
COUNTIES = "东西南北中"


def county_name(i: int) -> str:
    return f"{COUNTIES[i % 5]}{'山河湖城关'[i // 5 % 5]}县{i // 25 or ''}"


def generate(n: int, seed: int = 2022, entity: str | None = None) -> str:
    rng = random.Random(seed)
    out = [
        "[report]",
        'title = "某省2022年上半年县域主要指标（基准测试数据）"',
        *([f'entity = "{entity}"'] if entity else []),
        "year = 2022",
        "as_of = 2022-06-30",
        'language = "zh"',
        "",
    ]
    for i in range(n):
        name, group, unit, kind, low, high = INDICATORS[i % len(INDICATORS)]
        county = county_name(i // len(INDICATORS))
        target = rng.randint(low, high)
        lines = [
            "[[indicator]]",
            f'id = "c{i // len(INDICATORS)}-{i % len(INDICATORS)}"',
            f'name = "{county}{name}"',
            f'group = "{group}"',
            f'unit = "{unit}"',
        ]
        if kind != "cumulative":
            lines.append(f'kind = "{kind}"')
        if kind == "average":
            lines.append('better = "lower"')
            actual = f"{rng.uniform(0.8, 1.2) * target:.1f}"
        elif kind in ("level", "reduction"):
            actual = f"{rng.uniform(0.8, 1.05) * target:.1f}"
        elif unit in ("个", "户", "人", "天"):
            actual = str(int(rng.uniform(0.35, 0.65) * target))
        else:
            actual = f"{rng.uniform(0.35, 0.65) * target:.1f}"
        lines += [f"actual = {actual}", f"target = {target}"]
        if kind == "cumulative":
            lines.append(f"last_year = {float(actual) * rng.uniform(0.85, 1.1):.1f}")
        if i % 3 == 0 and kind == "cumulative":
            rate = float(actual) / target * 100
            lines += ["[indicator.stated]", f'completion = "{rate:.2f}%"']
        out.append("\n".join(lines) + "\n")
    return "\n".join(out)


def write_league(folder: str, entities: int, indicators: int = 60) -> None:
    """One snapshot per entity, each of ``indicators`` indicators: what `rank` reads."""
    from pathlib import Path

    root = Path(folder)
    root.mkdir(parents=True, exist_ok=True)
    for e in range(entities):
        text = generate(indicators, seed=e, entity=f"{county_name(e)}{e}")
        (root / f"e{e:05d}.toml").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    sys.stdout.write(generate(count))
