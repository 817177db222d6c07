"""The store's content for other tools: Turtle and JSON-LD for RDF tools, GraphML and GEXF for Gephi, CSV.

RDF exports hold every triple of the store. Network exports hold the contact network
(`analyse.network.contact_network`): GraphML with typed attributes and no missing values,
GEXF whose edges carry the days of their contacts so that Gephi's timeline replays the
network, and a CSV edge list for spreadsheets.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

import networkx as nx
from rdflib import Graph

from diplograph.namespaces import PREFIXES, new_graph
from diplograph.store import ContactStore
from diplograph.terms import to_rdflib

RDF_FORMATS = ("turtle", "jsonld")
NETWORK_FORMATS = ("graphml", "gexf", "csv")
EXPORT_FORMATS = RDF_FORMATS + NETWORK_FORMATS


def store_graph(store: ContactStore) -> Graph:
    """Every triple of the store as an rdflib graph with diplograph's prefixes bound."""
    graph = new_graph()
    for quad in store.triples():
        graph.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
    return graph


def rdf_text(store: ContactStore, style: str) -> str:
    """The store as Turtle, or as JSON-LD with diplograph's prefixes as its context."""
    graph = store_graph(store)
    if style == "jsonld":
        context = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
        return graph.serialize(format="json-ld", context=context, indent=2)
    return graph.serialize(format="turtle")


def gephi_graph(network: nx.Graph) -> nx.Graph:
    """The contact network with every attribute a plain string or number, as GraphML and GEXF need.

    Lists become text ("Speaker | Foreign Minister"); unknown values are empty strings, never
    "None"; each edge keeps how many contacts it stands for as its weight.
    """
    flat = nx.Graph()
    for node, data in network.nodes(data=True):
        flat.add_node(node, label=data["label"], name=data["name"], offices=" | ".join(data["offices"]),
                      country=data["country"], contacts=int(data["contacts"]))
    for first, second, data in network.edges(data=True):
        flat.add_edge(first, second, weight=int(data["weight"]), kinds=" ".join(data["kinds"]), first=data["first"],
                      last=data["last"], contacts=" ".join(data["contacts"]))
    return flat


def graphml_text(network: nx.Graph) -> str:
    """The contact network as GraphML that Gephi opens as it is: typed keys, labels set."""
    return "\n".join(nx.generate_graphml(gephi_graph(network))) + "\n"


def gexf_text(network: nx.Graph) -> str:
    """The contact network as GEXF 1.2 with a spell per contact day on each edge, for Gephi's timeline.

    An edge whose contacts are all undated has no spells, so it is there all along.
    """
    graph = gephi_graph(network)
    for first, second, data in network.edges(data=True):
        days = sorted(set(filter(None, data["dates"])))
        if days:
            graph.edges[first, second].update(start=days[0], end=days[-1], spells=[(day, day) for day in days])
    out = io.BytesIO()
    nx.write_gexf(graph, out)
    return out.getvalue().decode("utf-8")


def csv_text(network: nx.Graph) -> str:
    """The contact network as a CSV edge list: both people and countries, contacts, kinds, first and last day."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["source", "target", "source_country", "target_country", "contacts", "kinds", "first", "last"])
    label = network.nodes.data("label")
    rows = []
    for first, second, data in network.edges(data=True):
        a, b = sorted((first, second), key=lambda node: label[node])
        rows.append([label[a], label[b], network.nodes[a]["country"], network.nodes[b]["country"], data["weight"],
                     " ".join(data["kinds"]), data["first"], data["last"]])
    writer.writerows(sorted(rows))
    return out.getvalue()


NETWORK_WRITERS: dict[str, Callable[[nx.Graph], str]] = {"graphml": graphml_text, "gexf": gexf_text, "csv": csv_text}
