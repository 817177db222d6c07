"""Who connects people who would otherwise not be connected: brokers and structural holes."""

from __future__ import annotations

import math
from typing import Any

import networkx as nx

from diplograph.analyse.communities import Communities
from diplograph.analyse.measures import betweenness, constraint, effective_size


def brokers(graph: nx.Graph, found: Communities) -> list[dict[str, Any]]:
    """One row per person, the strongest brokers first.

    `betweenness` is the share of shortest paths between others through the person.
    `constraint` is Burt's constraint on contact counts: near 1 for someone whose partners
    all know each other or who has one partner, low for someone whose partners are
    otherwise apart (a structural hole). `effective_size` is the number of partners less
    their redundancy. `communities` counts the communities, the person's own included,
    among the person and their partners: above 1, the person bridges communities. Rows are
    ranked by betweenness, then by lower constraint.

    >>> g = nx.Graph([("hub", "a"), ("hub", "b"), ("hub", "c")])
    >>> found = Communities((frozenset(g),), 0.0)
    >>> [(r["person"], r["betweenness"], r["constraint"]) for r in brokers(g, found)][:2]
    [('hub', 1.0, 0.3333), ('a', 0.0, 1.0)]
    """
    if graph.number_of_nodes() == 0:
        return []
    between = betweenness(graph)
    constrained = constraint(graph)
    effective = effective_size(graph)
    rows = []
    for node, data in graph.nodes(data=True):
        reached = {found.of(node)} | {found.of(other) for other in graph[node]}
        rows.append({
            "person": data.get("label", node),
            "country": data.get("country", ""),
            "betweenness": round(between[node], 4),
            "constraint": None if math.isnan(constrained[node]) else round(constrained[node], 4),
            "effective_size": None if math.isnan(effective[node]) else round(effective[node], 4),
            "communities": len(reached),
        })
    return sorted(rows, key=lambda r: (-r["betweenness"], r["constraint"] if r["constraint"] is not None else 2,
                                       r["person"]))
