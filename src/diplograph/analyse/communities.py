"""Which groups talk mostly among themselves: Louvain communities and their modularity."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from diplograph.analyse.measures import SEED, louvain


@dataclass(frozen=True, slots=True)
class Communities:
    """The groups of a network, largest first, and how well they split it (modularity, -0.5 to 1)."""

    groups: tuple[frozenset[str], ...]
    modularity: float
    numbers: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Brokers ask for the community of every person's every partner: a lookup, not a search.
        numbers = {node: number for number, group in enumerate(self.groups, 1) for node in group}
        object.__setattr__(self, "numbers", numbers)

    def of(self, node: str) -> int:
        """The number of the community a node is in, counted from 1 by size."""
        return self.numbers[node]


def find_communities(graph: nx.Graph, seed: int = SEED) -> Communities:
    """Louvain communities on contact counts, numbered by size, then by their first member.

    >>> g = nx.Graph([("a", "b"), ("b", "c"), ("a", "c"), ("x", "y"), ("y", "z"), ("x", "z"), ("c", "x")])
    >>> found = find_communities(g)
    >>> [sorted(group) for group in found.groups], round(found.modularity, 4)
    ([['a', 'b', 'c'], ['x', 'y', 'z']], 0.3571)
    """
    if graph.number_of_edges() == 0:
        return Communities(tuple(frozenset([node]) for node in sorted(graph)), 0.0)
    groups = louvain(graph, seed)
    ordered = sorted((frozenset(group) for group in groups), key=lambda g: (-len(g), min(g)))
    return Communities(tuple(ordered), nx.community.modularity(graph, ordered, weight="weight"))


def community_rows(graph: nx.Graph, found: Communities) -> list[dict[str, Any]]:
    """One row per person with their community and its size, by community, then by contacts."""
    rows = [
        {"community": found.of(node), "size": len(found.groups[found.of(node) - 1]), "person": data.get("label", node),
         "country": data.get("country", ""), "contacts": graph.degree(node, weight="weight")}
        for node, data in graph.nodes(data=True)
    ]
    return sorted(rows, key=lambda r: (r["community"], -r["contacts"], r["person"]))
