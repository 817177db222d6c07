"""Exports: RDF that parses back to the store's content, GraphML and GEXF that Gephi reads, CSV."""

import csv
import io
import xml.etree.ElementTree as ET

import networkx as nx
from rdflib import Graph
from rdflib.compare import isomorphic

from diplograph.analyse.network import contact_network
from diplograph.export import csv_text, gexf_text, graphml_text, rdf_text, store_graph, to_rdflib

GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
GEXF = "{http://www.gexf.net/1.2draft}"
GRAPHML_TYPES = {"boolean": bool, "int": int, "long": int, "float": float, "double": float, "string": str}


def store_content(store):
    """The store's triples, read term by term, without the export's code."""
    graph = Graph()
    for quad in store.triples():
        graph.add(tuple(to_rdflib(term) for term in (quad.subject, quad.predicate, quad.object)))
    return graph


def test_export_turtle_parses_back_to_the_stores_content(fixture_store):
    turtle = rdf_text(fixture_store, "turtle")
    assert isomorphic(Graph().parse(data=turtle, format="turtle"), store_content(fixture_store))
    assert "@prefix diplo: <https://w3id.org/diplograph/def#> ." in turtle
    assert len(store_graph(fixture_store)) == len(fixture_store)


def test_export_jsonld_parses_back_to_the_stores_content(fixture_store):
    jsonld = rdf_text(fixture_store, "jsonld")
    assert isomorphic(Graph().parse(data=jsonld, format="json-ld"), store_content(fixture_store))


def check_graphml(text):
    """A strict reading of GraphML: declared, unique, typed keys; every value of its key's type; no "None"."""
    root = ET.fromstring(text)
    keys = {key.get("id"): key for key in root.iter(f"{GRAPHML}key")}
    assert len(keys) == len(list(root.iter(f"{GRAPHML}key")))
    for key in keys.values():
        assert key.get("for") in {"node", "edge"} and key.get("attr.type") in GRAPHML_TYPES
    for element in [*root.iter(f"{GRAPHML}node"), *root.iter(f"{GRAPHML}edge")]:
        for data in element.iter(f"{GRAPHML}data"):
            key = keys[data.get("key")]
            assert key.get("for") == element.tag.removeprefix(GRAPHML)
            assert data.text != "None"
            GRAPHML_TYPES[key.get("attr.type")](data.text or "")
        assert element.tag != f"{GRAPHML}node" or element.find(f"{GRAPHML}data") is not None
    return root


def test_export_graphml_is_strict_and_reads_back(fixture_store):
    network = contact_network(fixture_store)
    text = graphml_text(network)
    check_graphml(text)
    back = nx.read_graphml(io.StringIO(text))
    assert {data["label"] for _, data in back.nodes(data=True)} == {"Ali Nasser", "Badr Hamad", "Carla Diaz"}
    assert sorted(data["weight"] for _, _, data in back.edges(data=True)) == [1, 1, 2]
    undated = next(data for _, _, data in back.edges(data=True) if data["kinds"] == "Visit")
    assert (undated["first"], undated["last"]) == ("", "")


def test_export_gexf_edges_carry_a_spell_per_contact_day(fixture_store):
    root = ET.fromstring(gexf_text(contact_network(fixture_store)))
    assert root.find(f"{GEXF}graph").get("mode") == "dynamic"
    spells = {tuple(sorted(s.get("start") for s in edge.iter(f"{GEXF}spell"))) for edge in root.iter(f"{GEXF}edge")}
    assert spells == {("2024-02-10", "2024-03-04"), ("2024-03-05",), ()}
    assert {node.get("label") for node in root.iter(f"{GEXF}node")} == {"Ali Nasser", "Badr Hamad", "Carla Diaz"}


def test_export_csv_edge_list(fixture_store):
    rows = list(csv.DictReader(io.StringIO(csv_text(contact_network(fixture_store)))))
    assert rows[0] == {"source": "Ali Nasser", "target": "Badr Hamad", "source_country": "KW", "target_country": "OM",
                       "contacts": "2", "kinds": "PhoneCall", "first": "2024-02-10", "last": "2024-03-04"}
    assert len(rows) == 3
