"""What an editable install hides, a wheel shows: build the wheel, install it into a fresh
virtual environment, and run `init` and the README's example there."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from conftest import ROOT


def _run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GXREPORT_", "PYTHON"))}
    return subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, encoding="utf-8", cwd=cwd, env=env
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    # A clean copy of what the wheel is built from: a stale build/ folder in the checkout
    # can hold files the package data no longer names.
    source = work / "source"
    shutil.copytree(
        ROOT / "src", source / "src", ignore=shutil.ignore_patterns("*.egg-info", "__pycache__")
    )
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    built = _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", work, source)
    assert built.returncode == 0, built.stderr
    (wheel,) = work.glob("gxreport-*.whl")
    env_dir = work / "venv"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    done = _run(bin_dir / "python", "-m", "pip", "install", "-q", wheel)
    if done.returncode != 0 and "No matching distribution" in done.stderr + done.stdout:
        pytest.skip(f"the dependencies cannot be fetched here: {done.stderr.strip()[-200:]}")
    assert done.returncode == 0, done.stderr
    return bin_dir


def test_init_from_the_wheel_writes_the_starter(installed: Path, tmp_path: Path) -> None:
    result = _run(installed / "gxreport", "init", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    written = (tmp_path / "snapshot.toml").read_text(encoding="utf-8")
    assert "[report]" in written and "[[indicator]]" in written
    # The starter is a valid snapshot that the installed tool reads.
    summary = _run(installed / "gxreport", "summary", "-f", "json", cwd=tmp_path)
    assert summary.returncode == 0, summary.stderr


def test_the_readme_example_from_the_wheel(installed: Path) -> None:
    result = _run(
        installed / "gxreport", "summary", "examples/zhengzhou-gaoxin-2022-h1.toml", cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    assert "57.65%" in result.stdout and "+7.65" in result.stdout
    brief = _run(
        installed / "gxreport", "briefing", ROOT / "examples" / "zhengzhou-gaoxin-2022-h1.toml"
    )
    assert brief.stdout == (ROOT / "examples" / "zhengzhou-gaoxin-2022-h1.md").read_text(
        encoding="utf-8"
    )
    version = _run(installed / "gxreport", "--version")
    assert version.returncode == 0 and version.stdout.startswith("gxreport ")
