"""Problems found in the input, reported as FILE:LINE:COL: message."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    col: int
    message: str

    def __str__(self) -> str:
        # One line per problem, whatever a message quotes from the input.
        message = " ".join(self.message.split())
        return f"{self.file}:{self.line}:{self.col}: {message}"


class InputError(Exception):
    """Raised when the input cannot be built; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = sorted(set(problems))
