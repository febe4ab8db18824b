"""The one kind of error the headless commands report: a line for the terminal and an exit
code (kept apart so every headless module can raise it without importing the others)."""

from __future__ import annotations


class CliError(Exception):
    """A one-line problem for the command line, with the exit code to leave with."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code
