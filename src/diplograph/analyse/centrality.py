"""Who is central in the contact network: degree, weighted degree, betweenness and PageRank."""

from __future__ import annotations

from typing import Any

import networkx as nx

from diplograph.analyse.measures import betweenness


def centrality(graph: nx.Graph) -> list[dict[str, Any]]:
    """One row per person, most central first, with the usual measures.

    `degree` counts distinct partners and `contacts` the contacts behind them (weighted
    degree). `betweenness` is the share of shortest paths between others that pass through
    the person (normalized, and estimated above 5,000 people: see `measures.betweenness`;
    paths ignore weights, since a tie is a tie however often it is used). `pagerank` weighs
    ties by their number of contacts. Rows are ranked by weighted degree, then betweenness,
    then label.

    >>> g = nx.Graph()
    >>> g.add_nodes_from([("a", {"label": "A"}), ("b", {"label": "B"}), ("c", {"label": "C"})])
    >>> g.add_edge("a", "b", weight=2); g.add_edge("b", "c", weight=1)
    >>> [(r["person"], r["degree"], r["contacts"], r["betweenness"]) for r in centrality(g)]
    [('B', 2, 3, 1.0), ('A', 1, 2, 0.0), ('C', 1, 1, 0.0)]
    """
    if graph.number_of_nodes() == 0:
        return []
    between = betweenness(graph)
    pagerank = nx.pagerank(graph, weight="weight")
    rows = [
        {
            "person": data.get("label", node),
            "country": data.get("country", ""),
            "degree": graph.degree(node),
            "contacts": graph.degree(node, weight="weight"),
            "betweenness": round(between[node], 4),
            "pagerank": round(pagerank[node], 4),
        }
        for node, data in graph.nodes(data=True)
    ]
    return sorted(rows, key=lambda r: (-r["contacts"], -r["betweenness"], r["person"]))
