"""Extraction on a Dask cluster: a map over parts of JSON Lines files, giving what one process gives.

Extraction is a pure function of one article, so any worker can take any part. A part is a
range of whole lines of one file, with the number of its first line, so that a bad line is
still reported as `FILE:LINE`. Results come back in input order and article ids are checked
across parts, so the output is the one `diplograph extract` writes without Dask.

Needs the `dask` extra: `pip install 'diplograph[dask]'`, on the client and on every worker.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from diplograph.errors import InputError
from diplograph.ingest import FirstSeen, duplicate_id, expand_paths, read_lines
from diplograph.pipeline import Extracted, extract_item

if TYPE_CHECKING:
    import dask.bag

PART_BYTES = 4 << 20  # about 2,000 articles: seconds of work per task, little next to Dask's overhead


@dataclass(frozen=True, slots=True)
class Part:
    """Whole lines of one file: bytes `start` to `end`, the first of them line `first_line`."""

    path: str
    start: int
    end: int
    first_line: int


def split_parts(paths: Iterable[str | Path], size: int = PART_BYTES) -> list[Part]:
    """The input files cut into parts of about `size` bytes, at line ends."""
    parts = []
    for path in expand_paths(paths):
        start = offset = 0
        first_line = line = 1
        with path.open("rb") as lines:
            for raw in lines:
                offset += len(raw)
                line += 1
                if offset - start >= size:
                    parts.append(Part(str(path), start, offset, first_line))
                    start, first_line = offset, line
        if offset > start:
            parts.append(Part(str(path), start, offset, first_line))
    return parts


def extract_part(part: Part) -> list[Extracted | InputError]:
    """The articles of one part with their contacts, or the InputError of each bad line: what a worker runs."""
    with open(part.path, "rb") as file:
        file.seek(part.start)
        data = file.read(part.end - part.start)
    numbered = enumerate(data.splitlines(keepends=True), start=part.first_line)
    return [extract_item(item) for item in read_lines(Path(part.path), numbered)]


def contacts_bag(paths: Iterable[str | Path], size: int = PART_BYTES) -> dask.bag.Bag:
    """A dask.bag of (article, contacts) or InputError, one partition per part, in input order.

    For analyses that stay on the cluster. Article ids are checked for repeats within each part
    only; `extract_on_dask` checks them across parts too.
    """
    import dask.bag

    return dask.bag.from_sequence(split_parts(paths, size), partition_size=1).map(extract_part).flatten()


def extract_on_dask(paths: Iterable[str | Path], scheduler: str, size: int = PART_BYTES) -> Iterator[Extracted | InputError]:
    """Each article of the inputs with its contacts, extracted by the workers of the Dask scheduler at `scheduler`.

    Every part is submitted at once and the results are taken in input order, each part's
    released as soon as it is read.
    """
    from distributed import Client

    first_seen = FirstSeen()
    with Client(scheduler) as client:
        futures = client.map(extract_part, split_parts(paths, size), pure=False)
        for future in futures:
            for item in future.result():
                yield first_read(item, first_seen)
            future.release()


def first_read(item: Extracted | InputError, first_seen: FirstSeen) -> Extracted | InputError:
    """The item, or an InputError when another part read its article id first."""
    if isinstance(item, InputError):
        return item
    article = item[0]
    path, line = (article.origin or ":0").rsplit(":", 1)
    where = first_seen.first(article.id, path, int(line))
    if where == article.origin:
        return item
    return duplicate_id(path, int(line), article.id, where)
