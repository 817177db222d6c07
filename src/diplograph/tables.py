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
    cells = [[("" if row.get(c) is None else str(row[c])) for c in columns] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    lines = [columns, ["-" * w for w in widths], *cells]
    return "\n".join("  ".join(v.ljust(w) for v, w in zip(line, widths)).rstrip() for line in lines)
