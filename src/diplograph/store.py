"""Stores of the contact graph: what every store does, and the embedded one, Oxigraph on disk.

A store is loaded a batch at a time, all or nothing, and queried with SPARQL. The embedded
store is the default; `diplograph.remote.SparqlStore` does the same on a SPARQL 1.1 server.
"""

from __future__ import annotations

import ctypes
import fcntl
import os
import shutil
from abc import ABC, abstractmethod
from collections.abc import Collection, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import RDF, Graph, URIRef
from rdflib.namespace import FOAF

from diplograph import country_pairs
from diplograph.counts import (COUNTED, PREFIXES, XSD_INTEGER, CountChange, Key, count_changes,
                              recount_operations)
from diplograph.errors import StoreError, ValidationError
from diplograph.model import Violation
from diplograph.namespaces import DIPLO
from diplograph.query import run_query
from diplograph.resolve.names import name_words
from diplograph.shape_queries import check_shapes
from diplograph.shapes import conflicts
from diplograph.terms import graph_quads

CONTACT_CLASS = ox.NamedNode(str(DIPLO.Contact))
TYPE = ox.NamedNode(str(RDF.type))
DATE = ox.NamedNode(str(DIPLO.date))
KEPT = COUNTED | {country_pairs.COUNTRY_PAIR}  # what the store makes of the contacts it holds
# How many quads a store's loads may look up and write before it empties its caches (see `Store.release_caches`):
# fewer than a batch of 500 articles holds, so a load empties them once a batch, and one article
# at a time every few hundred articles.
RELEASE_AFTER_QUADS = 10_000
# glibc's call that hands the free memory of the heap back to the system; other C libraries lack it.
MALLOC_TRIM = getattr(ctypes.CDLL(None), "malloc_trim", None)


def name_word_operations(named: Sequence[tuple[ox.NamedNode, str]]) -> list[str]:
    """SPARQL Update operations that index the words of the given people's names again.

    >>> print(name_word_operations([(ox.NamedNode("http://example.org/p"), "Mustafa Sentop")])[1])
    INSERT { ?person diplo:nameWord ?word } WHERE { VALUES (?person ?word) { (<http://example.org/p> "mustafa") (<http://example.org/p> "sentop") } }
    """
    people = " ".join(str(person) for person, _ in named)
    words = " ".join(f"({person} {ox.Literal(word)})" for person, name in named for word in name_words(name))
    return [f"DELETE {{ ?person diplo:nameWord ?word }} WHERE {{ VALUES ?person {{ {people} }} ?person diplo:nameWord ?word }}",
            f"INSERT {{ ?person diplo:nameWord ?word }} WHERE {{ VALUES (?person ?word) {{ {words} }} }}"]


def default_store_path() -> Path:
    """Where the store lives unless `--store` says otherwise.

    `$DIPLOGRAPH_STORE` when set, else `$XDG_DATA_HOME/diplograph/store`, which defaults to
    `~/.local/share/diplograph/store`.
    """
    if os.environ.get("DIPLOGRAPH_STORE"):
        return Path(os.environ["DIPLOGRAPH_STORE"])
    data_home = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return data_home / "diplograph" / "store"


class ContactStore(ABC):
    """What the pipeline, the queries and the analyses need of a store, wherever it lives."""

    location: str  # the folder or URL, for messages
    graph: str | None = None  # the named graph of the contacts, or None for the default graph

    @abstractmethod
    def __len__(self) -> int:
        """How many triples the store holds."""

    @abstractmethod
    def add_valid(self, quads: Sequence[ox.Quad]) -> int:
        """Add a batch already validated, with the counts it changes, all or nothing; return how many triples are new.

        The batch, quads of the default graph, holds no counts (see `diplograph.counts`): the
        store keeps its own.
        """

    @abstractmethod
    def stored_values(self, keys: Collection[Key]) -> dict[Key, set[ox.Term]]:
        """The objects the store holds for each (subject, predicate) key that has any, asked in one go."""

    @abstractmethod
    def linking(self, predicate: ox.NamedNode, objects: Collection[ox.NamedNode]) -> dict[ox.NamedNode, set[ox.NamedNode]]:
        """The subjects the store links to each of the objects by the predicate, for those that have any."""

    @abstractmethod
    def select(self, sparql: str) -> tuple[list[str], list[dict[str, Any]]]:
        """Run a SELECT query; return its columns and rows."""

    @abstractmethod
    def update(self, sparql: str) -> None:
        """Run a SPARQL Update in one transaction; it names `graph` (WITH) where that is set."""

    @abstractmethod
    def triples(self) -> Iterator[ox.Quad]:
        """Every triple of the contact graph, as quads of the default graph."""

    @abstractmethod
    def close(self) -> None:
        """Release what the store holds open."""

    def known_contacts(self, iris: Collection[ox.NamedNode]) -> set[ox.NamedNode]:
        """Those of the contact IRIs the store holds, asked in one go."""
        found = self.stored_values([(iri, TYPE) for iri in iris])
        return {iri for (iri, _), types in found.items() if CONTACT_CLASS in types}

    def kept_changes(self, new: list[ox.Quad], batch: Sequence[ox.Quad]) -> CountChange:
        """What the new quads of a batch do to the counts and country pairs the store keeps.

        Country pairs are only ever added to a contact (see `diplograph.country_pairs`), so they
        join the fresh triples.
        """
        dates = {quad.subject: quad.object for quad in batch if quad.predicate == DATE}
        change = count_changes(new, dates, self.stored_values)
        pairs = country_pairs.country_pair_links(new, batch, self.stored_values, self.linking)
        return CountChange(change.stale, change.fresh + pairs)

    def check(self, quads: Sequence[ox.Quad]) -> list[Violation]:
        """The SHACL violations of a batch, alone or together with what the store holds; [] when it may be added."""
        return check_shapes(quads) or conflicts(quads, self.stored_values)

    def load(self, graph: Graph) -> int:
        """Validate a graph, then add it all or nothing; return how many triples are new.

        Nothing is written when the graph has SHACL violations, or would have them together
        with the store (ValidationError), or when the write fails part way. Counts and country
        pairs in the graph (from an export of another store) are left out: this store makes its own.
        """
        quads = list(graph_quads(without_kept(graph)))
        violations = self.check(quads)
        if violations:
            raise ValidationError(violations)
        return self.add_valid(quads)

    def recount(self) -> None:
        """Count the contacts, partners and dates of every person and pair again, and make the rest the store keeps.

        One transaction. Loads and removals keep the counts, the country pairs of contacts and
        the name words (see `diplograph.resolve.names.name_words`); this makes them for a store
        loaded before they were kept, or written by other tools.
        """
        named = self.select(f"{PREFIXES}SELECT ?person ?name WHERE {{ ?person a diplo:Person ; <{FOAF.name}> ?name }}")[1]
        self.update_contacts(PREFIXES, recount_operations() + country_pairs.RECOUNT + name_word_operations(
            [(ox.NamedNode(row["person"]), row["name"]) for row in named]))

    def update_contacts(self, prefixes: str, operations: list[str]) -> None:
        """Run SPARQL Update operations in one request, each on the contact graph where the store names one (WITH)."""
        within = f"WITH <{self.graph}>\n" if self.graph else ""
        self.update(prefixes + " ;\n".join(within + operation for operation in operations))

    def query(self, name: str, **params: str) -> list[dict[str, Any]]:
        """The rows of one of the named queries of `queries/`, its parameters given by name.

        For example `store.query("contacts-of-person", person="Qalibaf", since="2021-05-18")`.
        """
        return run_query(self, name, **{key: str(value) for key, value in params.items()})[1]

    def __enter__(self) -> ContactStore:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


class Store(ContactStore):
    """A persistent Oxigraph store in one folder.

    One process at a time opens a folder: it holds a lock on `diplograph.lock` there while
    the store is open, and a second one fails at open with a StoreError that says so, rather
    than waiting or corrupting the store. Oxigraph locks its files too, but only while they
    are open, and the store closes and reopens them during long loads (`release_caches`).
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.location = str(self.path)
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            self.lock = open(self.path / LOCK_FILE, "a")
        except OSError as error:
            raise StoreError(f"{self.path}: cannot open the store ({error})") from None
        try:
            fcntl.flock(self.lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self.lock.close()
            raise StoreError(f"{self.path}: cannot open the store (it is locked); "
                             "is another diplograph process using it?") from None
        self.oxigraph = self.open_oxigraph()
        self.looked_up = 0  # quads looked up and written since Oxigraph's files were last opened
        self.batch = Batch(self.path / BATCH_FOLDER)
        self.finish_batch()

    def open_oxigraph(self) -> ox.Store:
        """Oxigraph's store in the folder; a StoreError when another program holds it."""
        try:
            return ox.Store(str(self.path))
        except OSError as error:
            self.lock.close()
            raise StoreError(f"{self.path}: cannot open the store ({error}); "
                             "is another diplograph process using it?") from None

    def release_caches(self) -> None:
        """Close the store and open it again, which empties its caches, and give their memory back to the system.

        pyoxigraph sets no bound on the block caches of the RocksDB database under it (the
        string table's alone may take 128 MB), and a load fills them as it looks the store up:
        over a load of 100,000 articles, memory grew from 113 MiB to 345 MiB, most of it in the
        caches. Closing the database frees them, but glibc keeps the freed memory until told to
        hand it back (`malloc_trim`). Opening the store again takes 20-30 ms.
        """
        self.oxigraph.flush()
        del self.oxigraph
        self.oxigraph = self.open_oxigraph()
        for old_log in self.path.glob("LOG.old.*"):  # each opening keeps RocksDB's last info log, 137 kB
            old_log.unlink(missing_ok=True)
        if MALLOC_TRIM is not None:
            MALLOC_TRIM(0)
        self.looked_up = 0

    def __len__(self) -> int:
        return len(self.oxigraph)

    def add_valid(self, quads: Sequence[ox.Quad]) -> int:
        """Add a batch already validated and the counts it changes, all or nothing; return how many triples are new.

        The new triples are those of the graph the store lacked, and the counts of people and
        pairs seen for the first time: by as many triples the store grows.

        The batch is written to the store's batch journal first (see `Batch`), then applied:
        its stale counts deleted in one transaction, and the quads the store lacks, with the
        fresh counts, written by Oxigraph's bulk loader, three to four times faster than a
        transaction of the same quads. The bulk loader is not all or nothing, the journal is:
        a batch cut short is applied again, whole, when the store is next opened.
        """
        new = [quad for quad in dict.fromkeys(quads) if quad not in self.oxigraph]
        change = self.kept_changes(new, quads)
        self.looked_up += len(quads) + len(change.fresh)
        if self.looked_up >= RELEASE_AFTER_QUADS:  # the batch's lookups are done, and its write needs memory of its own
            self.release_caches()
        self.batch.write(change.stale, [*new, *change.fresh])
        self.finish_batch()
        return len(new) + len(change.fresh) - len(change.stale)

    def finish_batch(self) -> None:
        """Apply the journaled batch, if there is one, and clear the journal.

        Applying a batch twice changes nothing: its stale triples are gone and its added ones
        there. So a batch cut short at any point is finished by applying it again.
        """
        if not self.batch.written():
            return
        try:
            if stale := self.batch.stale.read_text(encoding="utf-8"):
                self.oxigraph.update(f"DELETE DATA {{\n{stale}}}")
            self.oxigraph.bulk_load(path=str(self.batch.added), format=ox.RdfFormat.N_TRIPLES)
            self.oxigraph.flush()
        except (OSError, SyntaxError) as error:
            raise StoreError(f"{self.path}: could not apply the batch in {self.batch.folder} ({error}); "
                             "opening the store tries again") from None
        self.batch.clear()

    def known_contacts(self, iris: Collection[ox.NamedNode]) -> set[ox.NamedNode]:
        """Those of the contact IRIs the store holds: a test for one triple each, a fifth of a lookup's time."""
        return {iri for iri in iris if ox.Quad(iri, TYPE, CONTACT_CLASS) in self.oxigraph}

    def stored_values(self, keys: Collection[Key]) -> dict[Key, set[ox.Term]]:
        """The objects the store holds for each key: one index lookup each."""
        found = {}
        for subject, predicate in keys:
            if objects := {quad.object for quad in self.oxigraph.quads_for_pattern(
                    subject, predicate, None, ox.DefaultGraph())}:
                found[subject, predicate] = objects
        return found

    def linking(self, predicate: ox.NamedNode, objects: Collection[ox.NamedNode]) -> dict[ox.NamedNode, set[ox.NamedNode]]:
        """The subjects linked to each object: one index lookup each."""
        found = {}
        for obj in objects:
            subjects = {quad.subject for quad in self.oxigraph.quads_for_pattern(None, predicate, obj, ox.DefaultGraph())}
            if subjects:
                found[obj] = subjects
        return found

    def update(self, sparql: str) -> None:
        """Run a SPARQL Update in one transaction."""
        try:
            self.oxigraph.update(sparql)
        except SyntaxError as error:
            raise StoreError(f"invalid SPARQL Update: {error}") from None
        except (OSError, RuntimeError) as error:
            raise StoreError(f"{self.path}: update failed, nothing was changed ({error})") from None

    def select(self, sparql: str) -> tuple[list[str], list[dict[str, Any]]]:
        """Run a SELECT query; return its columns and rows."""
        try:
            solutions = self.oxigraph.query(sparql)
        except SyntaxError as error:
            raise StoreError(f"invalid SPARQL: {error}") from None
        columns = [variable.value for variable in solutions.variables]
        # A solution's values come in the order of its variables: read in turn, not looked up by name.
        rows = [dict(zip(columns, map(to_python, solution))) for solution in solutions]
        return columns, rows

    def triples(self) -> Iterator[ox.Quad]:
        """Every quad of the store's default graph."""
        return self.oxigraph.quads_for_pattern(None, None, None, ox.DefaultGraph())

    def close(self) -> None:
        """Flush to disk and release the folder for other processes."""
        self.oxigraph.flush()
        del self.oxigraph
        self.lock.close()


BATCH_FOLDER = "diplograph-batch"
LOCK_FILE = "diplograph.lock"


class Batch:
    """The journal of the batch being written to an embedded store: a folder beside Oxigraph's files.

    A batch's stale triples (`stale.nt`) and added ones (`added.nt`) are written, synced, to a
    folder of their own, which is then renamed to `diplograph-batch`: the batch is committed
    once the rename is done, and applied from these files. Oxigraph's bulk loader, killed part
    way, leaves its unfinished files (`bulk-*.sst`) in the store's folder; they are removed
    once the store is open again, and so held by this process alone.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.stale = folder / "stale.nt"
        self.added = folder / "added.nt"

    def written(self) -> bool:
        """Whether a committed batch waits to be applied; what an uncommitted or unfinished one left is removed."""
        shutil.rmtree(self.folder.with_suffix(".new"), ignore_errors=True)
        for unfinished in self.folder.parent.glob("bulk-*.sst"):
            unfinished.unlink()
        return self.folder.is_dir()

    def write(self, stale: Iterable[ox.Triple], added: Iterable[ox.Quad | ox.Triple]) -> None:
        """Commit a batch: write its files to disk, then give their folder the journal's name."""
        draft = self.folder.with_suffix(".new")
        draft.mkdir()
        for path, triples in ((draft / self.stale.name, stale), (draft / self.added.name, added)):
            with path.open("wb") as out:
                ox.serialize(triples, out, format=ox.RdfFormat.N_TRIPLES)
                out.flush()
                os.fsync(out.fileno())
        draft.rename(self.folder)
        sync_folder(self.folder.parent)

    def clear(self) -> None:
        """Forget the batch once it is applied."""
        shutil.rmtree(self.folder)
        sync_folder(self.folder.parent)


def sync_folder(folder: Path) -> None:
    """Make the renames and removals in a folder durable."""
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def open_store(location: str | Path | None = None) -> ContactStore:
    """The store at `location`, or at the default path.

    An `http://` or `https://` URL is a SPARQL 1.1 server, and so is a `.toml` file naming
    its endpoints (see `diplograph.remote`); anything else is the folder of an embedded store,
    created when it does not exist.
    """
    from diplograph import remote  # the remote store builds on this module

    location = location or os.environ.get("DIPLOGRAPH_STORE") or default_store_path()
    if remote.is_remote(location):
        return remote.SparqlStore.open(str(location))
    return Store(location)


def without_kept(graph: Graph) -> Graph:
    """The graph without the counts and country pairs a store keeps; the graph itself when it has none."""
    made = [URIRef(predicate.value) for predicate in KEPT]
    if not any(graph.triples((None, predicate, None)) for predicate in made):
        return graph
    kept = Graph()
    kept += (triple for triple in graph if triple[1] not in made)
    return kept


def to_python(term: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> Any:
    """A query result term as a plain value: IRIs and literals as strings, integers as int."""
    if term is None:
        return None
    if isinstance(term, ox.Literal) and term.datatype == XSD_INTEGER:
        return int(term.value)
    return term.value
