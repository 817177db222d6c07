"""How the network changes: month by month, the ties that appear and go, and who rose and fell."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

import networkx as nx


def monthly_graphs(graph: nx.Graph) -> dict[str, nx.Graph]:
    """The network of each month ("2021-05") that has dated contacts: its ties weighted by that month's contacts.

    Each month's graph keeps the IRIs of its contacts in `graph.graph["contacts"]`. Undated
    contacts belong to no month and are left out.
    """
    months: dict[str, nx.Graph] = defaultdict(lambda: nx.Graph(contacts=set()))
    for first, second, data in graph.edges(data=True):
        for iri, day in zip(data["contacts"], data["dates"]):
            if not day:
                continue
            month = months[day[:7]]
            month.graph["contacts"].add(iri)
            for node in (first, second):
                month.add_node(node, **graph.nodes[node])
            weight = month.edges[first, second]["weight"] + 1 if month.has_edge(first, second) else 1
            month.add_edge(first, second, weight=weight)
    return dict(sorted(months.items()))


def timeline(graph: nx.Graph) -> list[dict[str, Any]]:
    """One row per month: contacts, people, ties, ties new and lost since the month before,
    and who rose and fell most in contacts (weighted degree) against the month before.

    >>> g = nx.Graph()
    >>> g.add_nodes_from([(n, {"label": n.upper()}) for n in "abc"])
    >>> g.add_edge("a", "b", weight=2, contacts=["c1", "c2"], dates=["2021-01-05", "2021-02-01"])
    >>> g.add_edge("b", "c", weight=1, contacts=["c3"], dates=["2021-02-03"])
    >>> [(r["month"], r["contacts"], r["new_ties"], r["lost_ties"], r["rose"]) for r in timeline(g)]
    [('2021-01', 1, 1, 0, 'A +1'), ('2021-02', 2, 1, 0, 'B +1')]
    """
    rows = []
    before_ties: set[frozenset[str]] = set()
    before_degree: Counter[str] = Counter()
    for month, network in monthly_graphs(graph).items():
        ties = {frozenset(edge) for edge in network.edges}
        degree = Counter(dict(network.degree(weight="weight")))
        change = {node: degree[node] - before_degree[node] for node in set(degree) | set(before_degree)}
        label = {node: (network.nodes[node] if node in network else graph.nodes[node]).get("label", node)
                 for node in change}
        rising = min(change, key=lambda n: (-change[n], label[n]), default=None)
        falling = min(change, key=lambda n: (change[n], label[n]), default=None)
        rows.append({
            "month": month,
            "contacts": len(network.graph["contacts"]),
            "people": network.number_of_nodes(),
            "ties": len(ties),
            "new_ties": len(ties - before_ties),
            "lost_ties": len(before_ties - ties),
            "rose": f"{label[rising]} +{change[rising]}" if rising and change[rising] > 0 else "",
            "fell": f"{label[falling]} {change[falling]}" if falling and change[falling] < 0 else "",
        })
        before_ties, before_degree = ties, degree
    return rows
