"""Brokers on hand-built graphs with hand-computed betweenness and Burt's constraint."""

import networkx as nx

from diplograph.analyse.brokers import brokers
from diplograph.analyse.communities import Communities


def labelled(graph):
    for node in graph:
        graph.nodes[node].update(label=node, country="")
    return graph


def test_brokers_star_centre_spans_a_structural_hole():
    # The centre's three partners do not know each other: constraint 3 * (1/3)^2 = 1/3.
    # A leaf has one partner, p = 1: constraint 1.
    graph = labelled(nx.star_graph(["hub", "a", "b", "c"]))
    rows = brokers(graph, Communities((frozenset(graph),), 0.0))
    assert rows[0] == {"person": "hub", "country": "", "betweenness": 1.0, "constraint": 0.3333,
                       "effective_size": 3.0, "communities": 1}
    assert {(r["person"], r["constraint"], r["effective_size"]) for r in rows[1:]} == {
        (leaf, 1.0, 1.0) for leaf in "abc"}


def test_brokers_bridge_between_communities():
    # Two triangles joined through x: x lies on every path between the sides (9 of 15 pairs of others).
    graph = labelled(nx.Graph([("a", "b"), ("b", "c"), ("a", "c"), ("c", "x"), ("x", "d"), ("d", "e"), ("e", "f"),
                               ("d", "f")]))
    found = Communities((frozenset("abcx"), frozenset("def")), 0.0)
    rows = {r["person"]: r for r in brokers(graph, found)}
    assert rows["x"]["betweenness"] == round(9 / 15, 4)
    assert (rows["x"]["communities"], rows["a"]["communities"]) == (2, 1)
    # a's partners b and c know each other: constraint (1/2 + 1/2 * p_cb)^2 + (1/2 + 1/2 * p_bc)^2, where c
    # splits its ties over a, b and x (p_cb = 1/3) and b over a and c (p_bc = 1/2): 4/9 + 9/16 = 1.0069.
    assert rows["a"]["constraint"] == 1.0069
