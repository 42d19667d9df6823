"""One exception family for everything a user can get wrong; cli.py maps it to exit 2."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, located as precisely as it can be."""

    message: str
    file: str | None = None
    line: int | None = None
    indicator_id: str | None = None
    indicator_name: str | None = None
    field: str | None = None

    def __str__(self) -> str:
        if self.file is None and self.indicator_id is None and self.indicator_name is None:
            return f"{self.field}: {self.message}" if self.field else self.message
        where = self.file or ""
        if self.line is not None:
            where += f":{self.line}"
        parts = [where] if where else []
        if self.indicator_id is not None:
            label = f'indicator "{self.indicator_id}"'
            if self.indicator_name:
                label += f" ({self.indicator_name})"
            parts.append(label)
        elif self.indicator_name:
            parts.append(f"indicator ({self.indicator_name})")
        if where:
            head = where + (": " + " ".join(parts[1:]) if len(parts) > 1 else "")
            located = len(parts) > 1
        else:
            head, located = " ".join(parts), True
        if self.field:
            head += f" {self.field}" if located else f": {self.field}"
        return f"{head}: {self.message}"


class GxError(Exception):
    """Base of every error that is the input's or the user's, not the program's."""

    def __init__(self, problems: list[Problem] | Problem | str) -> None:
        if isinstance(problems, str):
            problems = [Problem(problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class SnapshotError(GxError):
    """The snapshot cannot be read, parsed or validated."""


class UsageError(GxError):
    """An option or argument that cannot be honoured (an unknown --indicator, say)."""


class OutputError(GxError):
    """The output cannot be written where it was asked to go."""
