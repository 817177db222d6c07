"""rdflib terms as Oxigraph terms and back: graphs are read and written with rdflib, stored and checked with Oxigraph."""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def graph_quads(graph: Iterable[tuple[Node, Node, Node]]) -> list[ox.Quad]:
    """The triples of an rdflib graph, or of any set of rdflib triples, as Oxigraph quads of the default graph.

    Term by term, with no text in between. A batch names the same few predicates, people and
    countries in many triples: each term is converted once.
    """
    triples = list(graph)
    converted = {term: to_oxigraph(term) for term in {term for triple in triples for term in triple}}
    return [ox.Quad(converted[s], converted[p], converted[o]) for s, p, o in triples]  # in the default graph


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


def to_rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
    """One Oxigraph term as the rdflib term of the same value."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == XSD_STRING:
        return Literal(term.value)  # RDF 1.1: a simple literal is an xsd:string; rdflib writes it plain
    return Literal(term.value, datatype=URIRef(term.datatype.value))
