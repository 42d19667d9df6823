"""Renderers: pure functions from a Report to text. Only ``_fmt`` rounds for display."""

from __future__ import annotations

from typing import Literal

Format = Literal["table", "markdown", "json", "csv"]
