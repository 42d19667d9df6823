"""`gxreport gap`: the seed's worked figures, other kinds, and the option rules."""

from __future__ import annotations

import json
import os
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import ILLUSTRATIVE, SEED
from gxreport.cli import app

runner = CliRunner()


@pytest.fixture
def in_seed_folder(tmp_path: Path):  # type: ignore[no-untyped-def]
    (tmp_path / "snapshot.toml").write_bytes(SEED.read_bytes())
    cwd = os.getcwd()
    os.chdir(tmp_path)
    yield tmp_path
    os.chdir(cwd)


def gap_json(*args: str) -> dict:  # type: ignore[type-arg]
    result = runner.invoke(app, ["gap", *args, "-f", "json"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout, parse_float=Decimal)  # type: ignore[no-any-return]


def plans_of(doc: dict) -> dict[str, dict]:  # type: ignore[type-arg]
    return {p["kind"]: p for p in doc["indicators"][0]["plans"]}


def test_gap_target_400_in_a_folder_with_snapshot_toml(in_seed_folder: Path) -> None:
    result = runner.invoke(app, ["gap", "--target", "400", "-f", "markdown"])
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "| 尚需完成 | 157.1 | 186.1 | 186.1 |" in out
    assert "| 季均需完成 | 78.55 | 93.05 | 93.05 |" in out
    assert "| 月均需完成 | 26.18 | 31.02 | 31.02 |" in out
    assert "| 所需进度倍数 | 0.73× | 0.87× | 0.87× |" in out
    assert "为此前月均进度的0.87倍" in out
    custom = plans_of(gap_json("--target", "400"))["custom"]
    assert custom["remaining"] == Decimal("186.1")
    assert custom["per_quarter"] == Decimal("93.05")
    assert custom["per_month"] == Decimal("31.02")
    assert custom["pace_ratio"] == Decimal("0.87")


def test_plain_gap_uses_the_headline_and_its_targets(in_seed_folder: Path) -> None:
    plans = plans_of(gap_json())
    assert set(plans) == {"target", "stretch"}
    assert plans["target"]["remaining"] == Decimal("157.1")
    assert plans["target"]["per_quarter"] == Decimal("78.55")
    # On 序时进度 at the end of Q3 means 3/4 of 371.
    assert plans["target"]["checkpoints"][0] == {
        "quarter": 3,
        "cumulative": Decimal("278.25"),
        "in_quarter": Decimal("64.35"),
    }


def test_market_entities_round_up(in_seed_folder: Path) -> None:
    plan = plans_of(gap_json("-i", "new-market-entities"))["target"]
    assert plan["remaining"] == 8559
    assert plan["per_quarter"] == 4280
    # Cumulatively rounded up: whole numbers that add up to what remains.
    assert [q["amount"] for q in plan["quarters"]] == [4280, 4279]


def test_stretch_only(in_seed_folder: Path) -> None:
    assert set(plans_of(gap_json("--stretch"))) == {"stretch"}
    result = runner.invoke(app, ["gap", "-i", "new-market-entities", "--stretch"])
    assert result.exit_code == 2
    assert "has no stretch target" in result.stderr


def test_all_gives_one_row_per_indicator_with_a_target(in_seed_folder: Path) -> None:
    doc = gap_json("--all")
    ids = [r["id"] for r in doc["indicators"]]
    assert ids == [
        "signed-amount",
        "new-start-investment",
        "manufacturing-projects",
        "manufacturing-amount",
        "new-market-entities",
        "one-stop-platform-share",
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--target", "-5"], "--target must be > 0"),
        (["--target", "abc"], "--target must be a number"),
        (["--target", "400", "--stretch"], "not both"),
        (["--all", "--target", "400"], "--all"),
        (["-i", "no-such"], "Valid ids: signed-amount, signed-projects"),
        (["-i", "signed-amout"], "Did you mean 'signed-amount'?"),
    ],
)
def test_bad_options(in_seed_folder: Path, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["gap", *args])
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_target_in_magnitude_words(in_seed_folder: Path) -> None:
    plan = plans_of(gap_json("--target", "400亿"))["custom"]
    assert plan["target"] == 400


def test_average_kind_says_what_the_rest_must_average() -> None:
    result = runner.invoke(app, ["gap", str(ILLUSTRATIVE), "-i", "pm25", "-f", "markdown"])
    assert result.exit_code == 0
    assert "余下时间均值需控制在29.1微克/立方米以内" in result.stdout


def test_partly_elapsed_quarter_gets_its_share(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    path.write_text(
        '[report]\ntitle = "t"\nyear = 2022\nas_of = 2022-07-31\n'
        '[[indicator]]\nid = "x"\nname = "x"\nunit = "亿元"\nactual = 70\ntarget = 120\n',
        encoding="utf-8",
    )
    plan = plans_of(gap_json(str(path)))["target"]
    # 50 left over 5 months: Q3 has 2 of them, Q4 3.
    assert [(q["quarter"], q["amount"], q["partial"]) for q in plan["quarters"]] == [
        (3, Decimal(20), True),
        (4, Decimal(30), False),
    ]
    assert plan["per_month"] == 10


@pytest.mark.parametrize("as_of", ["2022-12-31", "2022-01-01"])
def test_year_end_and_day_one_answer(tmp_path: Path, as_of: str) -> None:
    path = tmp_path / "s.toml"
    path.write_text(
        f'[report]\ntitle = "t"\nyear = 2022\nas_of = {as_of}\nbasis = "day"\n'
        '[[indicator]]\nid = "x"\nname = "x"\nunit = "户"\nactual = 0\ntarget = 100\n',
        encoding="utf-8",
    )
    for fmt in ("markdown", "json", "csv", "table"):
        result = runner.invoke(app, ["gap", str(path), "-f", fmt])
        assert result.exit_code == 0, result.stderr


def test_without_a_target_or_an_actual_it_says_so() -> None:
    no_target = runner.invoke(app, ["gap", str(SEED), "-i", "signed-projects", "-f", "markdown"])
    assert no_target.exit_code == 0
    assert "该指标未设目标，可用 --target 指定目标测算。" in no_target.stdout
    no_actual = runner.invoke(
        app, ["gap", str(SEED), "-i", "new-start-investment", "-f", "markdown"]
    )
    assert "未给出实际完成数" in no_actual.stdout and "—亿元" not in no_actual.stdout
    # Still the quarter-end checkpoints: 3/4 of 270亿 by the end of Q3.
    assert "| 第三季度末累计需达到 | 202.5 | 225 |" in no_actual.stdout
