"""From the store to networkx: people as nodes, one weighted edge per pair of people in contact.

The graph is built from the rows of `queries/participations.rq` and `queries/people.rq`, so it
is the same on the embedded store and on any SPARQL endpoint that answers those queries. The
two are kept apart so that a million participations come as bare IRIs, and each person's
label and offices come once.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from itertools import combinations
from typing import Any

import networkx as nx

from diplograph import reference
from diplograph.query import run_query
from diplograph.store import ContactStore


def contact_network(store: ContactStore, since: date | str | None = None, until: date | str | None = None,
                    kind: str | None = None, country: str | None = None) -> nx.Graph:
    """The people of the store's contacts and who was in contact with whom.

    Nodes are person IRIs with `label`, `name`, `offices` (sorted), `country` (an ISO code,
    or "" when unknown) and `contacts` (how many contacts they took part in). Each edge holds
    `weight` (the number of contacts of the pair), `kinds`, `first` and `last` dates (ISO
    strings, "" when every contact of the pair is undated), `contacts` (their IRIs), and
    `dates` and `types` (each contact's date, "" when undated, and kind, in the order of `contacts`).
    `since` and `until` (dates, or ISO strings) keep dated contacts in that range; `kind` keeps one kind of contact;
    `country` keeps the contacts with at least one participant of that country.
    """
    params = {name: value for name, value in (("since", since), ("until", until), ("kind", kind)) if value}
    _, rows = run_query(store, "participations", **{k: str(v) for k, v in params.items()})
    contacts: dict[str, dict[str, Any]] = defaultdict(lambda: {"people": set()})
    for row in rows:
        contact = contacts[row["contact"]]
        contact.update(type=row["type"], date=str(row["date"] or ""))
        contact["people"].add(row["person"])
    people: dict[str, dict[str, Any]] = defaultdict(lambda: {"offices": set(), "countries": set()})
    for row in run_query(store, "people")[1]:
        person = people[row["person"]]
        person.update(label=row["label"], name=row["name"] or "")
        if row["role"]:
            person["offices"].add(row["role"])
        if row["country"]:
            person["countries"].add(row["country"])
    if country:
        contacts = {iri: c for iri, c in contacts.items()
                    if any(country.upper() in people[p]["countries"] for p in c["people"])}
    graph = nx.Graph()
    for iri, contact in sorted(contacts.items()):
        for person in contact["people"]:
            add_person(graph, person, people[person])
        for first, second in combinations(sorted(contact["people"]), 2):
            add_contact(graph, first, second, iri, contact)
    return graph


def add_person(graph: nx.Graph, iri: str, person: dict[str, Any]) -> None:
    """A person node, counting one more contact."""
    if iri not in graph:
        graph.add_node(iri, label=person["label"], name=person["name"], offices=sorted(person["offices"]),
                       country=min(person["countries"], default=""), contacts=0)
    graph.nodes[iri]["contacts"] += 1


def add_contact(graph: nx.Graph, first: str, second: str, iri: str, contact: dict[str, Any]) -> None:
    """One contact on the edge between two of its people."""
    if not graph.has_edge(first, second):
        graph.add_edge(first, second, weight=0, kinds=[], first="", last="", contacts=[], dates=[], types=[])
    edge = graph.edges[first, second]
    edge["weight"] += 1
    edge["contacts"].append(iri)
    edge["dates"].append(contact["date"])
    edge["types"].append(contact["type"])
    if contact["type"] not in edge["kinds"]:
        edge["kinds"] = sorted([*edge["kinds"], contact["type"]])
    if contact["date"]:
        edge["first"] = min(filter(None, [edge["first"], contact["date"]]))
        edge["last"] = max(edge["last"], contact["date"])


def country_network(people: nx.Graph) -> nx.Graph:
    """The contact network aggregated by country: one node per country, edge weights summed.

    People of unknown country are left out; contacts between two people of one country make
    no edge.
    """
    graph = nx.Graph()
    for node, data in people.nodes(data=True):
        if data["country"]:
            if data["country"] not in graph:
                country = reference.countries().get(data["country"])
                graph.add_node(data["country"], label=country.name if country else data["country"], people=0,
                               contacts=0)
            graph.nodes[data["country"]]["people"] += 1
            graph.nodes[data["country"]]["contacts"] += data["contacts"]
    for first, second, data in people.edges(data=True):
        a, b = people.nodes[first]["country"], people.nodes[second]["country"]
        if a and b and a != b:
            if not graph.has_edge(a, b):
                graph.add_edge(a, b, weight=0)
            graph.edges[a, b]["weight"] += data["weight"]
    return graph
