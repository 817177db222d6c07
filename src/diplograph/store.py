"""Stores of the contact graph: what every store does, and the embedded one, Oxigraph on disk.

A store is loaded a batch at a time, all or nothing, and queried with SPARQL. The embedded
store is the default; `diplograph.remote.SparqlStore` does the same on a SPARQL 1.1 server.
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import RDF, Graph, URIRef

from diplograph.errors import StoreError, ValidationError
from diplograph.model import Violation
from diplograph.namespaces import DIPLO
from diplograph.query import run_query
from diplograph.shape_queries import check_shapes
from diplograph.terms import graph_quads
from diplograph.validate import conflicts

XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
CONTACT_CLASS = ox.NamedNode(str(DIPLO.Contact))


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
    def add_valid(self, graph: Graph) -> int:
        """Add a graph already validated, all or nothing; return how many triples are new."""

    @abstractmethod
    def values(self, pairs: Collection[tuple[URIRef, URIRef]]) -> dict[tuple[URIRef, URIRef], set[ox.Term]]:
        """The objects the store holds for each (subject, predicate) pair that has any, asked in one go."""

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

    def known_contacts(self, iris: Collection[URIRef]) -> set[URIRef]:
        """Those of the contact IRIs the store holds, asked in one go."""
        found = self.values([(iri, RDF.type) for iri in iris])
        return {iri for (iri, _), types in found.items() if CONTACT_CLASS in types}

    def check(self, graph: Graph) -> list[Violation]:
        """The SHACL violations of a graph, alone or together with what the store holds; [] when it may be added."""
        return check_shapes(graph_quads(graph)) or conflicts(graph, self.values)

    def load(self, graph: Graph) -> int:
        """Validate a graph, then add it in one transaction; return how many triples are new.

        Nothing is written when the graph has SHACL violations, or would have them together
        with the store (ValidationError), or when the write fails part way.
        """
        violations = self.check(graph)
        if violations:
            raise ValidationError(violations)
        return self.add_valid(graph)

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

    Oxigraph allows one writing process per folder; a second one fails at open with a
    StoreError that says so, rather than waiting or corrupting the store.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.location = str(self.path)
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            self.oxigraph = ox.Store(str(self.path))
        except OSError as error:
            raise StoreError(f"{self.path}: cannot open the store ({error}); "
                             "is another diplograph process using it?") from None

    def __len__(self) -> int:
        return len(self.oxigraph)

    def add_valid(self, graph: Graph) -> int:
        """Add a graph already validated, in one transaction; return how many triples are new."""
        return self.add(graph_quads(graph))

    def add(self, quads: Iterable[ox.Quad]) -> int:
        """Add quads in one transaction, all or nothing; return how many were new.

        The write is flushed to disk at once: Oxigraph otherwise keeps writes in memory
        tables that grew with the store, by 0.7 GB over 100,000 contacts, where flushing
        each batch keeps a long load's memory flat.
        """
        new: set[ox.Quad] = set()

        def counted(quads: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
            # Counted on the way in: len(store) before and after would read the whole store.
            for quad in quads:
                if quad not in new and quad not in self.oxigraph:
                    new.add(quad)
                yield quad

        try:
            self.oxigraph.extend(counted(quads))
            self.oxigraph.flush()
        except OSError as error:
            raise StoreError(f"{self.path}: write failed, nothing was loaded ({error})") from None
        return len(new)

    def values(self, pairs: Collection[tuple[URIRef, URIRef]]) -> dict[tuple[URIRef, URIRef], set[ox.Term]]:
        """The objects the store holds for each pair: one index lookup each."""
        found = {}
        for subject, predicate in pairs:
            objects = {quad.object for quad in self.oxigraph.quads_for_pattern(
                ox.NamedNode(str(subject)), ox.NamedNode(str(predicate)), None, ox.DefaultGraph())}
            if objects:
                found[subject, predicate] = objects
        return found

    def update(self, sparql: str) -> None:
        """Run a SPARQL Update in one transaction."""
        try:
            self.oxigraph.update(sparql)
        except SyntaxError as error:
            raise StoreError(f"invalid SPARQL Update: {error}") from None
        except OSError as error:
            raise StoreError(f"{self.path}: update failed, nothing was changed ({error})") from None

    def select(self, sparql: str) -> tuple[list[str], list[dict[str, Any]]]:
        """Run a SELECT query; return its columns and rows."""
        try:
            solutions = self.oxigraph.query(sparql)
        except SyntaxError as error:
            raise StoreError(f"invalid SPARQL: {error}") from None
        columns = [variable.value for variable in solutions.variables]
        rows = [{name: to_python(solution[name]) for name in columns} for solution in solutions]
        return columns, rows

    def triples(self) -> Iterator[ox.Quad]:
        """Every quad of the store's default graph."""
        return self.oxigraph.quads_for_pattern(None, None, None, ox.DefaultGraph())

    def close(self) -> None:
        """Flush to disk and release the folder for other processes."""
        self.oxigraph.flush()
        del self.oxigraph


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


def to_python(term: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> Any:
    """A query result term as a plain value: IRIs and literals as strings, integers as int."""
    if term is None:
        return None
    if isinstance(term, ox.Literal) and term.datatype.value == XSD_INTEGER:
        return int(term.value)
    return term.value
