"""The exceptions diplograph raises; the command line turns them into one-line messages."""

from __future__ import annotations

# Every character str.splitlines() breaks a line at, shown escaped instead.
LINE_BREAKS = {ord(c): c.encode("unicode_escape").decode("ascii") for c in "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"}


def one_line(text: str) -> str:
    """A message with the line breaks of the input it quotes (an article id, a path) escaped.

    >>> print(one_line("duplicate article id 'a\\u2028b'"))
    duplicate article id 'a\\u2028b'
    """
    return text.translate(LINE_BREAKS)


class DiplographError(Exception):
    """Base class of every error diplograph reports to its user."""


class InputError(DiplographError):
    """A line of input that cannot be read as an article.

    >>> str(InputError("articles.jsonl", 12, "missing field 'published'"))
    "articles.jsonl:12: missing field 'published'"
    """

    def __init__(self, path: str, line: int, problem: str) -> None:
        super().__init__(path, line, problem)
        self.path = path
        self.line = line
        self.problem = problem

    def __str__(self) -> str:
        return one_line(f"{self.path}:{self.line}: {self.problem}")


class ValidationError(DiplographError):
    """A graph that does not conform to the SHACL shapes, so it was not loaded."""

    def __init__(self, violations: list) -> None:
        super().__init__(violations)
        self.violations = violations

    def __str__(self) -> str:
        return f"{len(self.violations)} SHACL violations; nothing was loaded"


class StoreError(DiplographError):
    """A store that cannot be opened, read or written."""


class QueryError(DiplographError):
    """A query that does not exist or was given parameters it does not take."""
