"""The embedded store: Oxigraph on disk, loaded all or nothing, queried with SPARQL."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.term import Node

from diplograph.errors import StoreError, ValidationError
from diplograph.namespaces import DIPLO
from diplograph.query import run_query
from diplograph.validate import validate

XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
RDF_TYPE = ox.NamedNode(str(RDF.type))
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


class Store:
    """A persistent Oxigraph store in one folder.

    Oxigraph allows one writing process per folder; a second one fails at open with a
    StoreError that says so, rather than waiting or corrupting the store.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            self.oxigraph = ox.Store(str(self.path))
        except OSError as error:
            raise StoreError(f"{self.path}: cannot open the store ({error}); "
                             "is another diplograph process using it?") from None

    def __len__(self) -> int:
        return len(self.oxigraph)

    def load(self, graph: Graph) -> int:
        """Validate a graph, then add it in one transaction; return how many triples are new.

        Nothing is written when the graph has SHACL violations (ValidationError) or when the
        write fails part way: Oxigraph's `extend` commits all quads or none.
        """
        violations = validate(graph)
        if violations:
            raise ValidationError(violations)
        return self.add_valid(graph)

    def add_valid(self, graph: Graph) -> int:
        """Add a graph already validated, in one transaction; return how many triples are new."""
        return self.add(graph_quads(graph))

    def add(self, quads: Iterable[ox.Quad]) -> int:
        """Add quads in one transaction, all or nothing; return how many were new."""
        before = len(self.oxigraph)
        try:
            self.oxigraph.extend(quads)
        except OSError as error:
            raise StoreError(f"{self.path}: write failed, nothing was loaded ({error})") from None
        return len(self.oxigraph) - before

    def has_contact(self, iri: URIRef) -> bool:
        """True when the store holds a contact with this IRI."""
        pattern = self.oxigraph.quads_for_pattern(ox.NamedNode(str(iri)), RDF_TYPE, CONTACT_CLASS, ox.DefaultGraph())
        return next(pattern, None) is not None

    def query(self, name: str, **params: str) -> list[dict[str, Any]]:
        """The rows of one of the named queries of `queries/`, its parameters given by name.

        For example `store.query("contacts-of-person", person="Qalibaf", since="2021-05-18")`.
        """
        return run_query(self, name, **{key: str(value) for key, value in params.items()})[1]

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

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


def open_store(path: str | Path | None = None) -> Store:
    """The store at `path`, or at the default path; created when it does not exist."""
    return Store(path or default_store_path())


def graph_quads(graph: Graph) -> Iterator[ox.Quad]:
    """The triples of an rdflib graph as Oxigraph quads of the default graph, term by term (no text)."""
    for s, p, o in graph:
        yield ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), ox.DefaultGraph())


def to_oxigraph(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """One rdflib term as the Oxigraph term of the same value."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot store a {type(term).__name__} term")


def to_python(term: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> Any:
    """A query result term as a plain value: IRIs and literals as strings, integers as int."""
    if term is None:
        return None
    if isinstance(term, ox.Literal) and term.datatype.value == XSD_INTEGER:
        return int(term.value)
    return term.value
