"""The SHACL shapes of `ontology/shapes.ttl`, and the constraints a batch can break only together with the store.

Loads check each batch with the shapes compiled to SPARQL (`diplograph.shape_queries`), then with
`conflicts`; pyshacl (`diplograph.validate`) is the reference they are tested against, and is
not imported by a load.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from functools import cache

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SH

from diplograph.model import Violation
from diplograph.reference import resource_path


@cache
def shapes_graph() -> Graph:
    """The shapes of `ontology/shapes.ttl`, parsed once."""
    return Graph().parse(resource_path("ontology", "shapes.ttl"))


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
    pair of Oxigraph terms. Checking a batch with the shapes and then with this keeps every
    store valid without ever validating the whole store. A blank node is new to the store, so
    only named nodes are asked about.
    """
    single = {ox.NamedNode(str(path)): shape for path, shape in single_valued().items()}
    given = {(quad.subject, quad.predicate): quad.object for quad in quads
             if quad.predicate in single and isinstance(quad.subject, ox.NamedNode)}
    return sorted((Violation(str(s), str(p), str(single[p]), f"the store already has {old}, this batch gives {new}")
                   for (s, p), objects in stored(given).items() for old in objects
                   if old != (new := given[s, p])), key=lambda v: (v.focus, v.path or ""))
