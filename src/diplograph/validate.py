"""Check a graph of contacts against the SHACL shapes before it is loaded."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from functools import cache, lru_cache

import pyoxigraph as ox
from pyshacl import validate as shacl_validate
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SH
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query

from diplograph.model import Violation
from diplograph.reference import resource_path


@cache
def shapes_graph() -> Graph:
    """The shapes of `ontology/shapes.ttl`, parsed once."""
    return Graph().parse(resource_path("ontology", "shapes.ttl"))


def validate(graph: Graph, shapes: Graph | None = None) -> list[Violation]:
    """The SHACL violations of a graph; an empty list means it conforms.

    Validate each batch before loading it, never the whole store: the cost grows with the
    graph validated, and a batch's contacts carry their own articles and evidence.
    """
    data = PreparedQueries(store=graph.store, identifier=graph.identifier, namespace_manager=graph.namespace_manager)
    conforms, report, _ = shacl_validate(data, shacl_graph=shapes or shapes_graph(), inference="none",
                                         allow_warnings=True)
    if conforms:
        return []
    return sorted(violations_of(report), key=lambda v: (v.focus, v.shape, v.path or ""))


class PreparedQueries(Graph):
    """A view of a graph that parses each SPARQL query once.

    pyshacl runs a SPARQL constraint once per focus node, as text that rdflib would parse
    every time: parsing, not evaluating, took four fifths of the time to validate a batch.
    A prepared query is what rdflib offers for running one query with different bindings.
    """

    def query(self, query_object, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003 (rdflib's signature)
        if isinstance(query_object, str):
            query_object = prepared(query_object)
        return super().query(query_object, *args, **kwargs)


@lru_cache(maxsize=256)
def prepared(text: str) -> Query:
    """A query parsed and translated once."""
    return prepareQuery(text)


def violations_of(report: Graph) -> list[Violation]:
    """The validation results of a SHACL report graph."""
    found = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        path = report.value(result, SH.resultPath)
        found.append(Violation(
            focus=str(report.value(result, SH.focusNode)),
            path=str(path) if path is not None else None,
            shape=str(report.value(result, SH.sourceShape)),
            message=str(report.value(result, SH.resultMessage) or ""),
        ))
    return found


Key = tuple[ox.NamedNode, ox.NamedNode]  # a node and one of its properties


@cache
def single_valued() -> dict[URIRef, URIRef]:
    """The properties the shapes allow once per node, each with the shape that says so.

    They are the only constraints a valid batch can break together with the store: a
    second publication date for an article id loaded before, a second initiator for a
    contact another outlet reported the other way round.
    """
    shapes = shapes_graph()
    return {path: shape for shape in shapes.subjects(SH.maxCount, Literal(1))
            if isinstance(path := shapes.value(shape, SH.path), URIRef)}


def conflicts(quads: Iterable[ox.Quad], stored: Callable[[Collection[Key]], Mapping[Key, set[ox.Term]]]
              ) -> list[Violation]:
    """The single-valued properties of a batch to which the store already gives another value.

    `stored` is a store's `stored_values`: what the store holds for each (node, property)
    pair of Oxigraph terms. Validating a batch with `validate` and then with this keeps every
    store valid without ever validating the whole store. A blank node is new to the store, so
    only named nodes are asked about.
    """
    single = {ox.NamedNode(str(path)): shape for path, shape in single_valued().items()}
    given = {(quad.subject, quad.predicate): quad.object for quad in quads
             if quad.predicate in single and isinstance(quad.subject, ox.NamedNode)}
    return sorted((Violation(str(s), str(p), str(single[p]), f"the store already has {old}, this batch gives {new}")
                   for (s, p), objects in stored(given).items() for old in objects
                   if old != (new := given[s, p])), key=lambda v: (v.focus, v.path or ""))
