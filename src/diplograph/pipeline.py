"""The batch pipeline: read articles, extract contacts, validate and load them batch by batch."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
import multiprocessing
import os
import threading
from itertools import islice
from pathlib import Path

import pyoxigraph as ox

from diplograph.errors import InputError
from diplograph.extract.contacts import extract_contacts
from diplograph.ingest import read_articles
from diplograph.model import Article, Contact, Violation
from diplograph.rdf import DIPLO, FOAF, RDF, contact_candidates, contact_quads, person_iri
from diplograph.store import ContactStore

Extracted = tuple[Article, list[Contact]]
BATCH_SIZE = 500
CHUNK_SIZE = 64  # articles sent to a worker process at a time: enough to amortize the transfer
IN_FLIGHT = 4 * CHUNK_SIZE  # articles handed out per process and not yet taken back: a few chunks each
WORKER_NICENESS = 10  # how far extracting processes stand back for the loading one (see `yield_to_loader`)


def extract_articles(paths: Iterable[str | Path], jobs: int = 1,
                     dask: str | None = None) -> Iterator[Extracted | InputError]:
    """Each article of the inputs with its contacts, or the InputError of a line that could not be read.

    With `jobs` above 1, articles are extracted by that many processes; with `dask`, the
    address of a Dask scheduler, by the workers of that cluster. Extraction is a pure
    function of one article and the results come back in input order, so the output is the
    same either way; articles are read lazily, so memory does not grow with the input.
    """
    if dask:
        from diplograph.distributed import extract_on_dask  # Dask is an optional extra

        yield from extract_on_dask(paths, dask)
        return
    if jobs <= 1:
        yield from map(extract_item, read_articles(paths))
        return
    yield from extract_in_processes(read_articles(paths), jobs)


def extract_in_processes(items: Iterable[Article | InputError], jobs: int) -> Iterator[Extracted | InputError]:
    """`extract_item` over the items by `jobs` processes, in order, with at most `IN_FLIGHT` per process at a time.

    `Pool.imap` keeps every result its consumer has not taken yet: when the workers extract
    faster than the store loads, results pile up, and memory grows with the input. Here an
    article is handed out only once a result has been taken for every article but the last
    `IN_FLIGHT` per process.
    """
    slots = threading.Semaphore(IN_FLIGHT * jobs)
    stopped = threading.Event()

    def handed_out() -> Iterator[Article | InputError]:
        for item in items:  # runs in the pool's feeder thread, which waits here for a free slot
            slots.acquire()
            if stopped.is_set():
                return
            yield item

    with multiprocessing.get_context("spawn").Pool(jobs, initializer=yield_to_loader) as pool:
        try:
            for result in pool.imap(extract_item, handed_out(), chunksize=CHUNK_SIZE):
                slots.release()
                yield result
        finally:
            stopped.set()  # a consumer that stops early frees the feeder thread, so the pool can close
            slots.release()


def yield_to_loader() -> None:
    """Lower an extracting process's priority, so that the loading process has a core when it needs one.

    Loading is one process, extraction many: with as many extracting processes as cores, the
    scheduler gave the loading process an equal share, and the workers then waited for it. On
    two cores, `--jobs 2` ran 10,000 articles in 28.4 s instead of 31.3 s with the workers
    standing back. Without `os.nice` (Windows), the priority stays.
    """
    if hasattr(os, "nice"):
        os.nice(WORKER_NICENESS)


def extract_item(item: Article | InputError) -> Extracted | InputError:
    """An article with its contacts; an InputError passes through."""
    return item if isinstance(item, InputError) else (item, extract_contacts(item))


@dataclass
class Batch:
    """What loading one batch did: the articles stored, and those refused with their violations."""

    loaded: list[Extracted] = field(default_factory=list)
    refused: list[tuple[Article, list[Violation]]] = field(default_factory=list)
    new_triples: int = 0


def load_batches(items: Iterable[Extracted], store: ContactStore, batch_size: int = BATCH_SIZE) -> Iterator[Batch]:
    """Validate and load extracted articles, each batch all or nothing.

    Each batch is validated as a whole, and against what the store already gives its nodes,
    then written all or nothing. When a batch does not conform, its articles are validated
    one by one and the good ones are loaded together, so that only the offending articles
    are refused. The store therefore stays valid without ever being validated whole.
    """
    iterator = iter(items)
    while chunk := list(islice(iterator, batch_size)):
        known = store.known_contacts({iri for article, contacts in chunk for contact in contacts
                                      for iri in contact_candidates(contact, article.published)})
        named = stored_names(store, chunk)
        quads = contact_quads(chunk, known.__contains__, named)
        if not store.check(quads):
            yield Batch(loaded=chunk, new_triples=store.add_valid(quads))
            continue
        refused, good = [], []
        for item in chunk:
            violations = store.check(contact_quads([item], known.__contains__, named))
            if violations:
                refused.append((item[0], violations))
            else:
                good.append(item)
        quads = contact_quads(good, known.__contains__, named)
        if good and not store.check(quads):
            yield Batch(loaded=good, refused=refused, new_triples=store.add_valid(quads))
            continue
        # Good articles may still clash with one another (one article id given twice): each is
        # then loaded on its own, and checked against those loaded before it.
        batch = load_one_by_one(good, store, known, named)
        yield Batch(loaded=batch.loaded, refused=refused + batch.refused, new_triples=batch.new_triples)


def load_one_by_one(items: list[Extracted], store: ContactStore, known: set[ox.NamedNode],
                    named: dict[ox.NamedNode, ox.Literal]) -> Batch:
    """Load articles one write each, refusing those the store then rejects."""
    batch = Batch()
    for item in items:
        quads = contact_quads([item], known.__contains__, named)
        violations = store.check(quads)
        if violations:
            batch.refused.append((item[0], violations))
            continue
        batch.new_triples += store.add_valid(quads)
        known.update(q.subject for q in quads if q.predicate == RDF.type and q.object == DIPLO.Contact)
        named.update((q.subject, q.object) for q in quads if q.predicate == FOAF.name)
        batch.loaded.append(item)
    return batch


def stored_names(store: ContactStore, chunk: list[Extracted]) -> dict[ox.NamedNode, ox.Literal]:
    """The people of a chunk to whom the store gives a name, with that name."""
    found = store.stored_values({(person_iri(party), FOAF.name) for _, contacts in chunk for contact in contacts
                                 for party in contact.participants})
    return {person: ox.Literal(name.value) for (person, _), names in found.items() for name in names}
