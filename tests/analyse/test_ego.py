"""One person's partners, found by part of their name."""

import networkx as nx
import pytest

from diplograph.analyse.ego import ego_network, ego_rows
from diplograph.errors import QueryError


def network():
    graph = nx.Graph()
    for node, label in (("1", "Li"), ("2", "Li Qiang"), ("3", "Ana Lima"), ("4", "Ben Osei")):
        graph.add_node(node, label=label, country="")
    graph.add_edge("1", "3", weight=1, kinds=["Meeting"], first="2024-01-01", last="2024-01-01")
    graph.add_edge("2", "3", weight=2, kinds=["PhoneCall", "Visit"], first="", last="2024-02-01")
    graph.add_edge("3", "4", weight=1, kinds=["Meeting"], first="2024-03-01", last="2024-03-01")
    return graph


def test_ego_partners_most_contacts_first():
    assert [(r["partner"], r["contacts"], r["kinds"]) for r in ego_rows(network(), "lima")] == [
        ("Li Qiang", 2, "PhoneCall Visit"), ("Ben Osei", 1, "Meeting"), ("Li", 1, "Meeting")]


def test_ego_exact_name_wins_and_ambiguity_is_an_error():
    assert [r["partner"] for r in ego_rows(network(), "Li")] == ["Ana Lima"]
    with pytest.raises(QueryError, match="several people: Ana Lima, Li, Li Qiang"):
        ego_rows(network(), "l")
    with pytest.raises(QueryError, match="no person named like 'Zoe'"):
        ego_rows(network(), "Zoe")


def test_ego_network_within_two_ties():
    assert set(ego_network(network(), "Ben Osei", radius=2)) == {"1", "2", "3", "4"}
    assert set(ego_network(network(), "Ben Osei")) == {"3", "4"}
