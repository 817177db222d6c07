"""Change over time on a hand-built network: ties that appear and go, who rose and fell."""

import networkx as nx

from diplograph.analyse.timeline import monthly_graphs, timeline


def network():
    graph = nx.Graph()
    graph.add_nodes_from([(n, {"label": n.upper(), "country": ""}) for n in "abcd"])
    graph.add_edge("a", "b", weight=3, contacts=["c1", "c2", "c3"], dates=["2024-01-10", "2024-01-20", "2024-02-01"])
    graph.add_edge("a", "c", weight=1, contacts=["c4"], dates=["2024-01-15"])
    graph.add_edge("c", "d", weight=2, contacts=["c5", "c6"], dates=["2024-03-03", ""])
    return graph


def test_timeline_months_ties_and_movers():
    assert timeline(network()) == [
        {"month": "2024-01", "contacts": 3, "people": 3, "ties": 2, "new_ties": 2, "lost_ties": 0,
         "rose": "A +3", "fell": ""},
        # A falls from 3 contacts to 1, C from 1 to 0; the A-C tie is lost.
        {"month": "2024-02", "contacts": 1, "people": 2, "ties": 1, "new_ties": 0, "lost_ties": 1,
         "rose": "", "fell": "A -2"},
        {"month": "2024-03", "contacts": 1, "people": 2, "ties": 1, "new_ties": 1, "lost_ties": 1,
         "rose": "C +1", "fell": "A -1"},
    ]


def test_timeline_undated_contacts_belong_to_no_month():
    months = monthly_graphs(network())
    assert list(months) == ["2024-01", "2024-02", "2024-03"]
    assert months["2024-03"].graph["contacts"] == {"c5"}
