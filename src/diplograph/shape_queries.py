"""The SHACL shapes compiled to SPARQL queries, which Oxigraph runs on each batch before it is loaded.

pyshacl checks a graph node by node in Python, at a few thousand triples a second, which
made validation the slowest stage of a load. Each property shape of `ontology/shapes.ttl`
becomes one SELECT query instead, asking for every focus node (and value) that breaks it,
and Oxigraph answers all of them for a batch of 1,000 contacts in a tenth of a second, where
pyshacl took two seconds. The queries follow the SHACL definitions of the constraint
components below; a shape using any other component is refused when the shapes are
compiled, so the two validators cannot silently drift apart.
`diplograph.validate.validate` (pyshacl) stays the reference: the tests hold both to the
same violations, shape by shape.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH, XSD

from diplograph.model import Violation
from diplograph.shapes import shapes_graph

INSTANCE_OF = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>/<http://www.w3.org/2000/01/rdf-schema#subClassOf>*"
# Datatypes whose ill-formed literals ("2024-02-30"^^xsd:date) a cast to the datatype detects.
CASTABLE = frozenset({XSD.date, XSD.dateTime, XSD.integer, XSD.decimal, XSD.boolean, XSD.double, XSD.float,
                      XSD.string})
NODE_SHAPE_KEYS = frozenset({RDF.type, SH.targetClass, SH.property})
PROPERTY_SHAPE_KEYS = frozenset({RDF.type, SH.path, SH.message, SH.minCount, SH.maxCount, SH.datatype, SH["class"],
                                 SH.minInclusive, SH["in"], SH.qualifiedValueShape, SH.qualifiedMinCount,
                                 SH.qualifiedMaxCount, SH.sparql})


@dataclass(frozen=True)
class ShapeQuery:
    """One constraint of one property shape, as a query whose rows are its violations.

    Each row binds `this` (the focus node) and the variables the message names.
    """

    shape: str
    path: str
    message: str
    sparql: str


def check_shapes(quads: Iterable[ox.Quad]) -> list[Violation]:
    """The violations of the shapes by a batch of quads (of the default graph); [] when it conforms."""
    batch = ox.Store()
    batch.extend(quads)
    found = []
    for check in shape_queries():
        for row in batch.query(check.sparql):
            found.append(Violation(focus=row["this"].value, path=check.path, shape=check.shape,
                                   message=fill_message(check.message, row)))
    return sorted(found, key=lambda v: (v.focus, v.shape, v.path or ""))


def fill_message(template: str, row: ox.QuerySolution) -> str:
    """A message with its {?variable} and {$this} placeholders replaced by the row's values."""
    def value(match: re.Match[str]) -> str:
        term = row[match.group(1)]
        return term.value if term is not None else ""
    return re.sub(r"\{[?$](\w+)\}", value, template)


@cache
def shape_queries() -> list[ShapeQuery]:
    """Every constraint of `ontology/shapes.ttl`, as a query."""
    return compile_shapes(shapes_graph())


def compile_shapes(shapes: Graph) -> list[ShapeQuery]:
    """The queries of every property shape of every node shape that targets a class."""
    queries = []
    for node_shape in sorted(shapes.subjects(RDF.type, SH.NodeShape)):
        refuse_unknown(shapes, node_shape, NODE_SHAPE_KEYS)
        targets = " UNION ".join(f"{{ ?this {INSTANCE_OF} {iri(cls)} }}"
                                 for cls in sorted(shapes.objects(node_shape, SH.targetClass)))
        if not targets:
            raise ValueError(f"shape {node_shape}: only shapes with sh:targetClass can be compiled")
        for property_shape in sorted(shapes.objects(node_shape, SH.property)):
            queries.extend(compile_property(shapes, property_shape, targets))
    return queries


def compile_property(shapes: Graph, shape: URIRef, targets: str) -> list[ShapeQuery]:
    """The queries of one property shape, one per constraint component it uses."""
    refuse_unknown(shapes, shape, PROPERTY_SHAPE_KEYS)
    path = shapes.value(shape, SH.path)
    if not isinstance(path, URIRef):
        raise ValueError(f"shape {shape}: only a property IRI can be compiled as sh:path")
    message = str(shapes.value(shape, SH.message) or "")
    p = iri(path)

    def each_value(condition: str, before: str = "") -> str:
        """The focus nodes with a value for which `condition` holds, once `before` has run."""
        return f"SELECT DISTINCT ?this ?value WHERE {{ {targets} ?this {p} ?value . {before}FILTER ({condition}) }}"

    def counted(having: str, condition: str = "") -> str:
        """The focus nodes whose values (those meeting `condition`) are too few or too many."""
        return (f"SELECT ?this WHERE {{ {targets} OPTIONAL {{ ?this {p} ?value . {condition} }} }} "
                f"GROUP BY ?this HAVING ({having})")

    sparql = []
    if (least := shapes.value(shape, SH.minCount)) is not None:
        sparql.append(counted(f"COUNT(DISTINCT ?value) < {int(least)}"))
    if (most := shapes.value(shape, SH.maxCount)) is not None:
        sparql.append(counted(f"COUNT(DISTINCT ?value) > {int(most)}"))
    if (datatype := shapes.value(shape, SH.datatype)) is not None:
        # A cast that fails leaves ?cast unbound: the literal is ill-formed.
        cast = f"BIND({iri(datatype)}(STR(?value)) AS ?cast) " if datatype in CASTABLE else ""
        well_formed = " || !BOUND(?cast)" if cast else ""
        sparql.append(each_value(f"!isLiteral(?value) || DATATYPE(?value) != {iri(datatype)}{well_formed}", cast))
    if (cls := shapes.value(shape, SH["class"])) is not None:
        sparql.append(each_value(f"NOT EXISTS {{ ?value {INSTANCE_OF} {iri(cls)} }}"))
    if (least := shapes.value(shape, SH.minInclusive)) is not None:
        sparql.append(each_value(f"!COALESCE(?value >= {term(least)}, false)"))
    if (allowed := shapes.value(shape, SH["in"])) is not None:
        sparql.append(each_value(f"?value NOT IN ({members(shapes, allowed)})"))
    if (qualified := shapes.value(shape, SH.qualifiedValueShape)) is not None:
        sparql.append(counted(*qualified_counts(shapes, shape, qualified)))
    queries = [ShapeQuery(str(shape), str(path), message, text) for text in sparql]
    for constraint in shapes.objects(shape, SH.sparql):
        queries.append(ShapeQuery(str(shape), str(path), str(shapes.value(constraint, SH.message) or message),
                                  sparql_constraint(shapes, constraint, p, targets)))
    if not queries:
        raise ValueError(f"shape {shape}: no constraint to compile")
    return queries


def qualified_counts(shapes: Graph, shape: URIRef, qualified) -> tuple[str, str]:  # noqa: ANN001 (rdflib node)
    """sh:qualifiedMinCount and sh:qualifiedMaxCount of values in an sh:in list: the bounds, and which values count."""
    if set(shapes.predicates(qualified)) != {SH["in"]}:
        raise ValueError(f"shape {shape}: only sh:in can be compiled inside sh:qualifiedValueShape")
    bounds = []
    if (least := shapes.value(shape, SH.qualifiedMinCount)) is not None:
        bounds.append(f"COUNT(DISTINCT ?value) < {int(least)}")
    if (most := shapes.value(shape, SH.qualifiedMaxCount)) is not None:
        bounds.append(f"COUNT(DISTINCT ?value) > {int(most)}")
    allowed = members(shapes, shapes.value(qualified, SH["in"]))
    return " || ".join(bounds), f"FILTER (?value IN ({allowed}))"


def sparql_constraint(shapes: Graph, constraint, path: str, targets: str) -> str:  # noqa: ANN001 (rdflib node)
    """A SHACL-SPARQL constraint with $PATH replaced and $this bound to each focus node.

    The focus nodes are joined at the top of the query's WHERE group, so that the FILTERs of
    the group see $this bound, as SHACL's pre-binding requires.
    """
    select = str(shapes.value(constraint, SH.select))
    prefixes = "".join(f"PREFIX {declaration.value(SH.prefix)}: <{declaration.value(SH.namespace)}>\n"
                       for declaration in (shapes.resource(shapes.value(constraint, SH.prefixes))
                                           .objects(SH.declare)))
    select = select.replace("$PATH", path)
    opening = select.index("{") + 1
    return f"{prefixes}{select[:opening]} {targets} {select[opening:]}"


def refuse_unknown(shapes: Graph, shape: URIRef, allowed: frozenset[URIRef]) -> None:
    """Raise when a shape says something the compiler does not translate."""
    unknown = sorted(str(p) for p in set(shapes.predicates(shape)) - allowed)
    if unknown:
        raise ValueError(f"shape {shape}: cannot compile {', '.join(unknown)}")


def members(shapes: Graph, head) -> str:  # noqa: ANN001 (rdflib node)
    """The members of an RDF list, as SPARQL terms separated by commas."""
    return ", ".join(term(member) for member in Collection(shapes, head))


def term(node) -> str:  # noqa: ANN001 (rdflib node)
    """One rdflib IRI or literal in SPARQL syntax."""
    if isinstance(node, URIRef):
        return iri(node)
    if isinstance(node, Literal):
        return node.n3()
    raise ValueError(f"cannot compile {node!r} into a query")


def iri(node: URIRef) -> str:
    return f"<{node}>"
