"""Read articles from JSON Lines files or folders of them, one line at a time."""

from __future__ import annotations

import hashlib
import json
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from diplograph.errors import InputError
from diplograph.model import Article

# news-please and other scrapers name the same fields differently.
ALIASES = {"maintext": "text", "date_publish": "published", "source_domain": "source"}
REQUIRED = ("id", "published", "text")
LINE_BITS = 40  # a place is its file's number, counted from 1, above its line's, in one integer


class FirstSeen:
    """Where each article id of a read was first seen, in about fifty bytes an id.

    A feed is read as one stream, and each id is checked against all those before it: a
    read of ten million articles keeps ten million. Kept as Python strings in a dict, with
    their places, they took about 200 bytes each, scattered over the heap, which they kept
    from shrinking: reading 100,000 articles took 19 MiB more memory, against 7 MiB now.
    Here an id is its 128-bit BLAKE2b digest in an open-addressing table of machine integers,
    three to a slot (the digest's two halves, then the place). Two ids of ten million share a
    digest with odds of less than one in 10^24.
    """

    def __init__(self) -> None:
        self.files: list[str] = []  # the files read, by number
        self.numbers: dict[str, int] = {}
        self.count = 0
        self.table = array("Q", bytes(8 * 3 * 1024))  # 1,024 slots, all empty: an empty slot's place is 0

    def first(self, article_id: str, path: str, line: int) -> str:
        """Where the id was first seen, as FILE:LINE: this line's place when it was not seen before."""
        digest = hashlib.blake2b(article_id.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        high, low = int.from_bytes(digest[:8], "little"), int.from_bytes(digest[8:], "little")
        slot = self.slot(high, low)
        if place := self.table[3 * slot + 2]:
            number, seen = divmod(place, 1 << LINE_BITS)
            return f"{self.files[number - 1]}:{seen}"
        if path not in self.numbers:
            self.files.append(path)
            self.numbers[path] = len(self.files)
        self.table[3 * slot:3 * slot + 3] = array("Q", (high, low, self.numbers[path] << LINE_BITS | line))
        self.count += 1
        if 2 * self.count > len(self.table) // 3:
            self.grow()
        return f"{path}:{line}"

    def slot(self, high: int, low: int) -> int:
        """The slot of the digest: the one that holds it, or the empty one where it goes (linear probing)."""
        table, mask = self.table, len(self.table) // 3 - 1
        slot = low & mask
        while table[3 * slot + 2] and (table[3 * slot] != high or table[3 * slot + 1] != low):
            slot = (slot + 1) & mask
        return slot

    def grow(self) -> None:
        """Twice the slots, to keep the table at most half full, with every digest moved to its new slot."""
        old, self.table = self.table, array("Q", bytes(16 * len(self.table)))
        for start in range(0, len(old), 3):
            if old[start + 2]:
                slot = self.slot(old[start], old[start + 1])
                self.table[3 * slot:3 * slot + 3] = old[start:start + 3]


def read_articles(paths: Iterable[str | Path]) -> Iterator[Article | InputError]:
    """Yield every article of the given files and folders, in order.

    A line that cannot be read yields an InputError in its place, so that one bad line
    costs only itself: the caller reports it and goes on with the rest of the batch. So
    does an article whose id an earlier line has used: ids name articles in the graph.
    Folders contribute their `*.jsonl` files in name order.
    """
    first_seen = FirstSeen()
    for path in expand_paths(paths):
        yield from read_file(path, first_seen)


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Each file as given, each folder as its `*.jsonl` files in name order."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(path.glob("*.jsonl"))
        else:
            yield path


def read_file(path: Path, first_seen: FirstSeen | None = None) -> Iterator[Article | InputError]:
    """Yield the articles of one JSON Lines file, or an InputError for each bad line.

    `first_seen` holds where each article id was first read, across the files of one read.
    """
    with path.open("rb") as lines:
        yield from read_lines(path, enumerate(lines, start=1), first_seen)


def read_lines(path: Path, numbered: Iterable[tuple[int, bytes]],
               first_seen: FirstSeen | None = None) -> Iterator[Article | InputError]:
    """Yield the articles of numbered lines of a file, or an InputError for each bad line."""
    first_seen = FirstSeen() if first_seen is None else first_seen
    for number, raw in numbered:
        if not raw.strip():
            continue
        try:
            article = parse_article(raw)
        except ValueError as problem:
            yield InputError(str(path), number, str(problem))
            continue
        where = first_seen.first(article.id, str(path), number)
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
