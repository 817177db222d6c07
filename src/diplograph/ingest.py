"""Read articles from JSON Lines files or folders of them, one line at a time."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from diplograph.errors import InputError
from diplograph.model import Article

# news-please and other scrapers name the same fields differently.
ALIASES = {"maintext": "text", "date_publish": "published", "source_domain": "source"}
REQUIRED = ("id", "published", "text")


def read_articles(paths: Iterable[str | Path]) -> Iterator[Article | InputError]:
    """Yield every article of the given files and folders, in order.

    A line that cannot be read yields an InputError in its place, so that one bad line
    costs only itself: the caller reports it and goes on with the rest of the batch. So
    does an article whose id an earlier line has used: ids name articles in the graph.
    Folders contribute their `*.jsonl` files in name order.
    """
    first_seen: dict[str, str] = {}
    for path in expand_paths(paths):
        yield from read_file(path, first_seen)


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Each file as given, each folder as its `*.jsonl` files in name order."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(path.glob("*.jsonl"))
        else:
            yield path


def read_file(path: Path, first_seen: dict[str, str] | None = None) -> Iterator[Article | InputError]:
    """Yield the articles of one JSON Lines file, or an InputError for each bad line.

    `first_seen` holds where each article id was first read, across the files of one read.
    """
    with path.open("rb") as lines:
        yield from read_lines(path, enumerate(lines, start=1), first_seen)


def read_lines(path: Path, numbered: Iterable[tuple[int, bytes]],
               first_seen: dict[str, str] | None = None) -> Iterator[Article | InputError]:
    """Yield the articles of numbered lines of a file, or an InputError for each bad line."""
    first_seen = {} if first_seen is None else first_seen
    for number, raw in numbered:
        if not raw.strip():
            continue
        try:
            article = parse_article(raw)
        except ValueError as problem:
            yield InputError(str(path), number, str(problem))
            continue
        where = first_seen.setdefault(article.id, f"{path}:{number}")
        if where != f"{path}:{number}":
            yield duplicate_id(str(path), number, article.id, where)
        else:
            yield replace(article, origin=where)


def duplicate_id(path: str, line: int, article_id: str, first: str) -> InputError:
    """The error of a line whose article id `first` (FILE:LINE) was read with before."""
    return InputError(path, line, f"duplicate article id '{article_id}' (first at {first})")


def parse_article(raw: bytes) -> Article:
    """Parse one JSON line into an Article; raise ValueError saying what is wrong.

    >>> parse_article(b'{"id": "a1", "date_publish": "2021-05-19 08:00:00", "maintext": "Hi."}').published
    datetime.date(2021, 5, 19)
    >>> parse_article(b'{"id": "a1", "text": "Hi."}')
    Traceback (most recent call last):
    ...
    ValueError: missing field 'published'
    """
    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise ValueError(f"not UTF-8 at byte {error.start}") from None
    except json.JSONDecodeError as error:
        raise ValueError(f"not valid JSON: {error.msg} at column {error.colno}") from None
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    for alias, field in ALIASES.items():
        if field not in record and alias in record:
            record[field] = record[alias]
    for field in REQUIRED:
        if record.get(field) in (None, ""):
            raise ValueError(f"missing field '{field}'")
    for field in ("id", "text", "published"):
        if not isinstance(record[field], str):
            raise ValueError(f"field '{field}' is not a string")
    return Article(
        id=record["id"],
        url=optional_string(record, "url"),
        source=optional_string(record, "source"),
        published=parse_published(record["published"]),
        title=optional_string(record, "title"),
        text=record["text"],
        language=optional_string(record, "language"),
        license=optional_string(record, "license"),
    )


def parse_published(value: str) -> date:
    """The calendar date of an ISO 8601 date or date-time, as the outlet gave it.

    >>> parse_published("2021-05-19T23:59:00+04:30")
    datetime.date(2021, 5, 19)
    """
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
    except ValueError:
        raise ValueError(f"unparseable date in 'published': {value!r}") from None


def optional_string(record: dict, field: str) -> str | None:
    """The field's value when it is a non-empty string, else None."""
    value = record.get(field)
    return value if isinstance(value, str) and value else None
