"""The contact network built from the store: people, pairs, filters, and the country graph."""

import networkx as nx

from diplograph.analyse.network import contact_network, country_network


def by_label(graph):
    """Edges as sorted label pairs with their data, for comparing with hand-written answers."""
    label = graph.nodes.data("label")
    return {tuple(sorted((label[a], label[b]))): data for a, b, data in graph.edges(data=True)}


def test_network_people_and_their_pairs(fixture_store):
    graph = contact_network(fixture_store)
    people = {data["label"]: data for _, data in graph.nodes(data=True)}
    assert people["Ali Nasser"] == {"label": "Ali Nasser", "name": "Ali Nasser", "offices": ["Speaker"],
                                    "country": "KW", "contacts": 3}
    assert people["Carla Diaz"]["contacts"] == 2
    edges = by_label(graph)
    calls = edges["Ali Nasser", "Badr Hamad"]
    assert (calls["weight"], calls["kinds"], calls["first"], calls["last"], len(calls["contacts"])) == (
        2, ["PhoneCall"], "2024-02-10", "2024-03-04", 2)
    visit = edges["Badr Hamad", "Carla Diaz"]
    assert (visit["weight"], visit["kinds"], visit["first"], visit["last"]) == (1, ["Visit"], "", "")


def test_network_filters_by_date_kind_and_country(fixture_store):
    assert set(by_label(contact_network(fixture_store, since="2024-03-01"))) == {
        ("Ali Nasser", "Badr Hamad"), ("Ali Nasser", "Carla Diaz")}
    assert set(by_label(contact_network(fixture_store, until="2024-02-28"))) == {("Ali Nasser", "Badr Hamad")}
    assert {k: v["weight"] for k, v in by_label(contact_network(fixture_store, kind="PhoneCall")).items()} == {
        ("Ali Nasser", "Badr Hamad"): 2}
    assert set(by_label(contact_network(fixture_store, country="CL"))) == {
        ("Ali Nasser", "Carla Diaz"), ("Badr Hamad", "Carla Diaz")}


def test_network_countries_aggregate_people():
    people = nx.Graph()
    for node, country in (("a", "KW"), ("b", "KW"), ("c", "OM"), ("d", "")):
        people.add_node(node, label=node, country=country, contacts=1)
    people.add_edge("a", "c", weight=2)
    people.add_edge("b", "c", weight=1)
    people.add_edge("a", "b", weight=5)  # within one country: no edge
    people.add_edge("c", "d", weight=1)  # unknown country: no edge
    countries = country_network(people)
    assert dict(countries.edges.items()) == {("KW", "OM"): {"weight": 3}}
    assert countries.nodes["KW"] == {"label": "Kuwait", "people": 2, "contacts": 2}
