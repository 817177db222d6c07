"""Communities on hand-built graphs: two cliques joined by one tie, found the same way every run."""

import networkx as nx

from diplograph.analyse.communities import community_rows, find_communities


def two_cliques():
    graph = nx.complete_graph(["a", "b", "c", "d"])
    graph.add_edges_from(nx.complete_graph(["w", "x", "y", "z"]).edges)
    graph.add_edge("d", "w")
    for node in graph:
        graph.nodes[node].update(label=node, country="")
    return graph


def test_communities_two_cliques_and_their_modularity():
    # 13 ties; each clique holds 6 and has degree sum 13: Q = 2 * (6/13 - (13/26)^2) = 0.4231.
    found = find_communities(two_cliques())
    assert [sorted(group) for group in found.groups] == [["a", "b", "c", "d"], ["w", "x", "y", "z"]]
    assert round(found.modularity, 4) == 0.4231


def test_communities_are_the_same_on_every_run():
    assert len({find_communities(two_cliques()).groups for _ in range(5)}) == 1


def test_communities_rows_number_groups_by_size():
    graph = two_cliques()
    graph.add_edge("z", "solo")
    graph.nodes["solo"].update(label="solo", country="")
    rows = community_rows(graph, find_communities(graph))
    assert [(r["person"], r["community"], r["size"]) for r in rows[:2]] == [("w", 1, 5), ("z", 1, 5)]
    assert {r["person"] for r in rows if r["community"] == 2} == {"a", "b", "c", "d"}


def test_communities_of_a_network_without_ties_are_its_people():
    graph = nx.Graph()
    graph.add_nodes_from(["b", "a"])
    assert find_communities(graph).groups == (frozenset({"a"}), frozenset({"b"}))
