"""Check a graph of contacts against the SHACL shapes before it is loaded."""

from __future__ import annotations

from functools import cache

from pyshacl import validate as shacl_validate
from rdflib import Graph
from rdflib.namespace import RDF, SH

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
    conforms, report, _ = shacl_validate(graph, shacl_graph=shapes or shapes_graph(), inference="none",
                                         allow_warnings=True)
    if conforms:
        return []
    return sorted(violations_of(report), key=lambda v: (v.focus, v.shape, v.path or ""))


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
