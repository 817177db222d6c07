"""The measures computed in C and by sparse products, held to networkx's own results on the same graphs."""

import math
import random

import networkx as nx
import pytest

from diplograph.analyse import measures


def weighted_random_graph(seed):
    """60 people, 200 ties of weight 1 to 5, and one person without ties."""
    graph = nx.gnm_random_graph(60, 200, seed=seed)
    rng = random.Random(seed)
    for a, b in graph.edges:
        graph.edges[a, b]["weight"] = rng.randint(1, 5)
    graph.add_node("alone")
    return graph


def same(ours, theirs):
    assert ours.keys() == theirs.keys()
    for node, value in theirs.items():
        assert math.isnan(ours[node]) if math.isnan(value) else ours[node] == pytest.approx(value, abs=1e-9), node


@pytest.mark.parametrize("seed", range(3))
def test_betweenness_is_networkx_exact_betweenness(seed):
    graph = weighted_random_graph(seed)
    same(measures.betweenness(graph), nx.betweenness_centrality(graph, normalized=True))


@pytest.mark.parametrize("seed", range(3))
def test_constraint_is_networkx_constraint(seed):
    graph = weighted_random_graph(seed)
    same(measures.constraint(graph), nx.constraint(graph, weight="weight"))


@pytest.mark.parametrize("seed", range(3))
def test_effective_size_is_burts_definition_as_networkx_computes_it_node_by_node(seed):
    graph = weighted_random_graph(seed)
    same(measures.effective_size(graph), nx.effective_size(graph, nodes=list(graph), weight="weight"))


def test_effective_size_in_blocks_of_rows_is_the_same(monkeypatch):
    graph = weighted_random_graph(0)
    whole = measures.effective_size(graph)
    monkeypatch.setattr(measures, "ROWS_PER_PRODUCT", 7)
    same(measures.effective_size(graph), whole)


def test_measures_of_tiny_and_empty_networks():
    assert measures.betweenness(nx.Graph()) == {}
    assert measures.effective_size(nx.Graph()) == {}
    assert measures.betweenness(nx.Graph([("a", "b")])) == {"a": 0.0, "b": 0.0}


def test_betweenness_is_estimated_from_sampled_sources_above_the_limit(monkeypatch):
    graph = nx.barabasi_albert_graph(400, 2, seed=3)
    exact = nx.betweenness_centrality(graph, normalized=True)
    monkeypatch.setattr(measures, "EXACT_BETWEENNESS_LIMIT", 100)
    monkeypatch.setattr(measures, "SAMPLED_SOURCES", 200)
    estimate = measures.betweenness(graph)
    assert estimate == measures.betweenness(graph)  # a fixed seed: runs agree
    assert estimate != exact
    assert max(abs(estimate[n] - exact[n]) for n in graph) < 0.03
    top = sorted(exact, key=exact.get, reverse=True)
    assert set(sorted(estimate, key=estimate.get, reverse=True)[:5]) <= set(top[:10])


def test_louvain_finds_planted_groups_the_same_on_every_run_and_leaves_random_alone():
    graph = nx.planted_partition_graph(4, 25, 0.5, 0.01, seed=5)
    planted = {frozenset(group) for group in graph.graph["partition"]}
    random.seed(11)
    expected_next = random.random()
    random.seed(11)
    found = [{frozenset(group) for group in measures.louvain(graph)} for _ in range(3)]
    assert random.random() == expected_next
    assert found == [planted] * 3
