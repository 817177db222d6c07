"""The batch pipeline: read articles, extract contacts, validate and load them batch by batch."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
import multiprocessing
from itertools import islice
from pathlib import Path

from rdflib.namespace import FOAF, RDF

from diplograph.errors import InputError
from diplograph.extract.contacts import extract_contacts
from diplograph.ingest import read_articles
from diplograph.namespaces import DIPLO
from diplograph.model import Article, Contact, Violation
from diplograph.rdf import contact_candidates, contacts_to_graph, person_iri
from diplograph.store import ContactStore

Extracted = tuple[Article, list[Contact]]
BATCH_SIZE = 500
CHUNK_SIZE = 64  # articles sent to a worker process at a time: enough to amortize the transfer


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
    with multiprocessing.get_context("spawn").Pool(jobs) as pool:
        yield from pool.imap(extract_item, read_articles(paths), chunksize=CHUNK_SIZE)


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
    """Validate and load extracted articles, one transaction per batch.

    Each batch is validated as a whole, and against what the store already gives its nodes,
    then written all or nothing. When a batch does not conform, its articles are validated
    one by one, so that the good ones are still loaded and only the offending articles are
    refused. The store therefore stays valid without ever being validated whole.
    """
    iterator = iter(items)
    while chunk := list(islice(iterator, batch_size)):
        known = store.known_contacts({iri for article, contacts in chunk for contact in contacts
                                      for iri in contact_candidates(contact, article.published)})
        named = {person for person, _ in store.values({(person_iri(party), FOAF.name) for _, contacts in chunk
                                                       for contact in contacts for party in contact.participants})}
        graph = contacts_to_graph(chunk, known.__contains__, named)
        if not store.check(graph):
            yield Batch(loaded=chunk, new_triples=store.add_valid(graph))
            continue
        batch = Batch()
        for item in chunk:
            single = contacts_to_graph([item], known.__contains__, named)
            violations = store.check(single)
            if violations:
                batch.refused.append((item[0], violations))
            else:
                batch.new_triples += store.add_valid(single)
                known.update(single.subjects(RDF.type, DIPLO.Contact))
                named.update(single.subjects(FOAF.name))
                batch.loaded.append(item)
        yield batch
