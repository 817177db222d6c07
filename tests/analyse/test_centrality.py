"""Centrality on hand-built graphs with hand-computed answers."""

import networkx as nx

from diplograph.analyse.centrality import centrality


def graph(edges):
    built = nx.Graph()
    for a, b, weight in edges:
        built.add_node(a, label=a, country="")
        built.add_node(b, label=b, country="")
        built.add_edge(a, b, weight=weight)
    return built


def test_centrality_star_centre_carries_every_path():
    # PageRank of a star with four leaves, damping 0.85: the centre y and each leaf x solve
    # y = 0.03 + 0.85 * 4x, x = 0.03 + 0.85 * y / 4, so y = 0.4757 and x = 0.1311.
    rows = centrality(graph([("hub", leaf, 1) for leaf in "abcd"]))
    assert rows[0] == {"person": "hub", "country": "", "degree": 4, "contacts": 4, "betweenness": 1.0,
                       "pagerank": 0.4757}
    assert {(r["person"], r["betweenness"], r["pagerank"]) for r in rows[1:]} == {
        (leaf, 0.0, 0.1311) for leaf in "abcd"}


def test_centrality_path_middle_people_broker_and_contacts_are_weighted():
    # a - b - c - d: b lies on the paths a-c and a-d, 2 of the 3 pairs of the others.
    rows = {r["person"]: r for r in centrality(graph([("a", "b", 3), ("b", "c", 1), ("c", "d", 1)]))}
    assert (rows["b"]["betweenness"], rows["c"]["betweenness"], rows["a"]["betweenness"]) == (0.6667, 0.6667, 0.0)
    assert (rows["a"]["degree"], rows["a"]["contacts"], rows["b"]["contacts"]) == (1, 3, 4)


def test_centrality_of_an_empty_network_is_empty():
    assert centrality(nx.Graph()) == []

