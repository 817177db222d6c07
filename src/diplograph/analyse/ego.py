"""One person's contacts: the ego network and a row per partner."""

from __future__ import annotations

from typing import Any

import networkx as nx

from diplograph.errors import QueryError


def find_person(graph: nx.Graph, name: str) -> str:
    """The node of the one person whose label contains `name` (any case); a QueryError when none or several do.

    An exact label match wins over partial ones, so "Li" finds Li even when Li Qiang is there too.
    """
    wanted = name.casefold()
    found = [node for node, label in graph.nodes(data="label") if wanted in str(label).casefold()]
    exact = [node for node in found if str(graph.nodes[node]["label"]).casefold() == wanted]
    if len(exact) == 1 or len(found) == 1:
        return (exact or found)[0]
    if not found:
        raise QueryError(f"no person named like '{name}' in the network")
    labels = ", ".join(sorted(str(graph.nodes[node]["label"]) for node in found))
    raise QueryError(f"'{name}' names several people: {labels}")


def ego_rows(graph: nx.Graph, name: str) -> list[dict[str, Any]]:
    """One row per partner of a person: their contacts, kinds and first and last dates, most contacts first.

    >>> g = nx.Graph()
    >>> g.add_nodes_from([("a", {"label": "Ana", "country": "BR"}), ("b", {"label": "Ben", "country": "GH"})])
    >>> g.add_edge("a", "b", weight=2, kinds=["PhoneCall"], first="2024-01-02", last="2024-03-04")
    >>> ego_rows(g, "ana")
    [{'partner': 'Ben', 'country': 'GH', 'contacts': 2, 'kinds': 'PhoneCall', 'first': '2024-01-02', 'last': '2024-03-04'}]
    """
    ego = find_person(graph, name)
    rows = [
        {"partner": graph.nodes[other]["label"], "country": graph.nodes[other].get("country", ""),
         "contacts": data["weight"], "kinds": " ".join(data["kinds"]), "first": data["first"], "last": data["last"]}
        for other, data in graph[ego].items()
    ]
    return sorted(rows, key=lambda r: (-r["contacts"], r["partner"]))


def ego_network(graph: nx.Graph, name: str, radius: int = 1) -> nx.Graph:
    """The person, everyone within `radius` ties of them, and the ties among those people."""
    return nx.ego_graph(graph, find_person(graph, name), radius=radius)
