"""The counts a store keeps on people and pairs: the same as counting its contacts, after every load and removal."""

from __future__ import annotations

from dataclasses import replace

import pyoxigraph as ox
from click.testing import CliRunner
from rdflib import RDF, Literal, URIRef

from diplograph.cli import main
from diplograph.counts import (CONTACT_COUNT, CONTACTS_BETWEEN, COUNTED, FIRST_DATE, LAST_DATE, MEMBER, PAIR,
                               PARTICIPANT, PARTNER_COUNT, count_changes)
from diplograph.model import Evidence
from diplograph.namespaces import DIPLO
from diplograph.rdf import contacts_to_graph
from diplograph.removal import remove_article
from diplograph.store import open_store
from tests.conftest import A1, A2, CALL, FIXTURE_CONTACTS, load_reports, make_article

# a3: an undated meeting of the same two people as a1's call, so their pair gets a second contact
A3 = (make_article("Ali Nasser met Badr Hamad.", article_id="a3"),
      [replace(FIXTURE_CONTACTS["meeting"], participants=CALL.participants, date=None, evidence=(Evidence("a3", 0, 26),))])


def node(name):
    return ox.NamedNode(f"https://w3id.org/diplograph/id/{name}")


def integer(value):
    return ox.Literal(str(value), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))


def day(value):
    return ox.Literal(value, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date"))


def link(subject, predicate, obj):
    return ox.Quad(node(subject), predicate, node(obj), ox.DefaultGraph())


def counts(store):
    return {str(q) for q in store.triples() if q.predicate in COUNTED}


def test_count_changes_add_the_new_links_to_what_the_store_holds():
    new = [link("c2", PARTICIPANT, "ali"), link("c2", PARTICIPANT, "badr"), link("c2", PAIR, "p1")]
    stored = {(node("ali"), CONTACT_COUNT): {integer(3)}, (node("p1"), CONTACTS_BETWEEN): {integer(3)},
              (node("p1"), FIRST_DATE): {day("2024-01-05")}, (node("p1"), LAST_DATE): {day("2024-02-01")}}
    change = count_changes(new, {node("c2"): day("2024-01-02")}, lambda keys: {k: stored[k] for k in keys if k in stored})
    assert set(change.stale) == {ox.Triple(s, p, o) for (s, p), values in stored.items() for o in values
                                 if (s, p) != (node("p1"), LAST_DATE)} | {ox.Triple(node("p1"), LAST_DATE, day("2024-02-01"))}
    assert set(change.fresh) == {
        ox.Triple(node("ali"), CONTACT_COUNT, integer(4)), ox.Triple(node("badr"), CONTACT_COUNT, integer(1)),
        ox.Triple(node("p1"), CONTACTS_BETWEEN, integer(4)),
        ox.Triple(node("p1"), FIRST_DATE, day("2024-01-02")), ox.Triple(node("p1"), LAST_DATE, day("2024-02-01"))}


def test_count_changes_count_a_new_pair_for_each_of_its_members():
    new = [link("p1", MEMBER, "ali"), link("p1", MEMBER, "badr")]
    change = count_changes(new, {}, lambda keys: {})
    assert change.stale == []
    assert set(change.fresh) == {ox.Triple(node(who), PARTNER_COUNT, integer(1)) for who in ("ali", "badr")}


def test_counts_kept_by_loads_and_removals_are_the_counts_of_the_contacts(any_store_location):
    with open_store(any_store_location) as store:
        load_reports(store, A1)
        load_reports(store, A2, A3)
        kept = counts(store)
        store.recount()
        assert counts(store) == kept
        assert len(kept) == 13  # 3 people x 2 counts, 3 pairs x 1, and first and last dates of the 2 dated pairs
        remove_article(store, "a3")
        kept = counts(store)
        store.recount()
        assert counts(store) == kept


def test_counts_of_a_pair_with_a_second_contact(store):
    load_reports(store, A1, A3)
    rows = store.select("""PREFIX diplo: <https://w3id.org/diplograph/def#>
        SELECT ?n ?first ?last WHERE { ?pair diplo:contactsBetween ?n ; diplo:firstDate ?first ; diplo:lastDate ?last }
        ORDER BY DESC(?n)""")[1]
    assert rows[0] == {"n": 2, "first": CALL.date.isoformat(), "last": CALL.date.isoformat()}  # a3's meeting is undated


def test_counts_and_country_pairs_in_a_loaded_file_are_left_to_the_store(store, tmp_path):
    load_reports(store, A1)
    expected = set(map(str, store.triples()))
    exported = contacts_to_graph([A1])
    for person in exported.subjects(RDF.type, DIPLO.Person):
        exported.add((person, DIPLO.contactCount, Literal(99)))  # another store's count, or a wrong one
    for contact in exported.subjects(RDF.type, DIPLO.Contact):
        exported.add((contact, DIPLO.countryPair, URIRef("https://w3id.org/diplograph/id/countries/AA-ZZ")))
    with open_store(tmp_path / "other") as other:
        other.load(exported)
        assert set(map(str, other.triples())) == expected


def test_cli_recount_makes_the_counts_country_pairs_and_name_words_a_load_keeps(tmp_path):
    location = tmp_path / "store"
    with open_store(location) as store:
        load_reports(store, A1, A2)
        expected = set(map(str, store.triples()))
        store.update("PREFIX diplo: <https://w3id.org/diplograph/def#>\n"
                     "DELETE { ?s diplo:contactCount ?n } WHERE { ?s diplo:contactCount ?n } ;\n"
                     "DELETE { ?s diplo:nameWord ?w } WHERE { ?s diplo:nameWord ?w } ;\n"
                     "DELETE { ?s diplo:countryPair ?p } WHERE { ?s diplo:countryPair ?p }")
        assert set(map(str, store.triples())) != expected
        assert store.query("contacts-of-person", person="Qalibaf") == []
        assert store.query("contacts-between-countries", country1="KW", country2="OM") == []
    result = CliRunner().invoke(main, ["recount", "--store", str(location)])
    assert result.exit_code == 0, result.output
    assert "Counted the contacts of every person and pair" in result.stderr
    assert "linked every contact to its pairs of countries and indexed the words of every name" in result.stderr
    with open_store(location) as store:
        assert set(map(str, store.triples())) == expected
