"""Rows of query results written as an aligned table, CSV or JSON."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

FORMATS = ("table", "csv", "json")


def format_rows(columns: list[str], rows: list[dict[str, Any]], style: str) -> str:
    """The rows as text in one of FORMATS; empty cells for missing values.

    >>> print(format_rows(["name", "n"], [{"name": "Zanoun", "n": 1}, {"name": "Qaiser", "n": 12}], "table"))
    name    n
    ------  --
    Zanoun  1
    Qaiser  12
    """
    if style == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2)
    if style == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: "" if v is None else v for k, v in row.items()} for row in rows)
        return out.getvalue().rstrip("\n")
    return "\n".join(TableStream(columns).lines(rows))


class TableStream:
    """An aligned table written a batch of rows at a time, so that rows need not wait for the last one.

    The first batch sets the column widths and comes with the header; a longer value in a
    later batch overflows its column rather than realigning rows already written.

    >>> table = TableStream(["name", "n"])
    >>> print("\\n".join(table.lines([{"name": "Zanoun", "n": 1}]) + table.lines([{"name": "Al Ghanim", "n": 2}])))
    name    n
    ------  -
    Zanoun  1
    Al Ghanim  2
    """

    def __init__(self, columns: list[str]) -> None:
        self.columns = columns
        self.widths: list[int] | None = None

    def lines(self, rows: list[dict[str, Any]]) -> list[str]:
        """The lines of a batch of rows, after the header and rule when it is the first batch."""
        cells = [[("" if row.get(c) is None else str(row[c])) for c in self.columns] for row in rows]
        lines = cells
        if self.widths is None:
            self.widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(self.columns)]
            lines = [self.columns, ["-" * w for w in self.widths], *cells]
        return ["  ".join(v.ljust(w) for v, w in zip(line, self.widths)).rstrip() for line in lines]
