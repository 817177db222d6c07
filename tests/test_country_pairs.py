"""The country pairs a store keeps on contacts: those of the participants' posts, after every load, on every store."""

from __future__ import annotations

from datetime import date

import pyoxigraph as ox

from diplograph.country_pairs import COUNTRY, COUNTRY_PAIR, HOLDS, country_pair_links
from diplograph.counts import PARTICIPANT
from diplograph.model import Contact, ContactType, Evidence, Party
from diplograph.removal import remove_article
from diplograph.store import open_store
from tests.conftest import ALI, BADR, make_article, load_reports

ID = "https://w3id.org/diplograph/id/"


def node(name):
    return ox.NamedNode(ID + name)


def quad(subject, predicate, obj):
    return ox.Quad(node(subject), predicate, node(obj), ox.DefaultGraph())


def lookups(quads):
    """What `country_pair_links` asks of a store, answered from quads the store would hold; and who was asked about."""
    asked = []

    def stored(keys):
        return {key: objects for key in keys
                if (objects := {q.object for q in quads if (q.subject, q.predicate) == key})}

    def linking(predicate, objects):
        asked.extend(objects)
        return {obj: subjects for obj in objects
                if (subjects := {q.subject for q in quads if (q.predicate, q.object) == (predicate, obj)})}

    return stored, linking, asked


def pair(contact, countries):
    return ox.Triple(node(contact), COUNTRY_PAIR, node(f"countries/{countries}"))


def test_a_new_contact_gets_the_countries_of_posts_in_the_batch_and_in_the_store():
    stored = [quad("badr", HOLDS, "post/om"), quad("post/om", COUNTRY, "country/OM")]
    batch = [quad("c1", PARTICIPANT, "ali"), quad("c1", PARTICIPANT, "badr"), quad("c1", PARTICIPANT, "hind"),
             quad("ali", HOLDS, "post/kw"), quad("post/kw", COUNTRY, "country/KW"),
             quad("hind", HOLDS, "post/kw2"), quad("post/kw2", COUNTRY, "country/KW")]
    stored_values, linking, _ = lookups(stored)
    assert country_pair_links(batch, batch, stored_values, linking) == [
        pair("c1", "KW-KW"), pair("c1", "KW-OM")]  # Ali and Hind are both of Kuwait


def test_a_person_given_a_new_country_gives_it_to_their_stored_contacts():
    stored = [quad("c0", PARTICIPANT, "badr"), quad("c0", PARTICIPANT, "carla"), quad("c0", COUNTRY_PAIR, "countries/CL-OM"),
              quad("badr", HOLDS, "post/om"), quad("post/om", COUNTRY, "country/OM"),
              quad("carla", HOLDS, "post/cl"), quad("post/cl", COUNTRY, "country/CL")]
    batch = [quad("badr", HOLDS, "post/ir"), quad("post/ir", COUNTRY, "country/IR"), quad("badr", HOLDS, "post/om"),
             quad("post/om", COUNTRY, "country/OM")]
    new = batch[:2]
    stored_values, linking, asked = lookups(stored)
    assert country_pair_links(new, batch, stored_values, linking) == [pair("c0", "CL-IR")]  # CL-OM is stored already
    assert asked == [node("badr")]


def test_a_new_post_in_a_country_the_person_had_reads_none_of_their_contacts():
    stored = [quad("c0", PARTICIPANT, "badr"), quad("c0", PARTICIPANT, "carla"),
              quad("badr", HOLDS, "post/om"), quad("post/om", COUNTRY, "country/OM")]
    batch = [quad("badr", HOLDS, "post/om2"), quad("post/om2", COUNTRY, "country/OM")]
    stored_values, linking, asked = lookups(stored)
    assert country_pair_links(batch, batch, stored_values, linking) == []
    assert asked == []


DANA = Party("Dana Levi", None, None, None)
DANA_IN_OFFICE = Party("Dana Levi", "Foreign Minister", "Ministry of Foreign Affairs", "IR")
B1 = (make_article("Dana Levi met Ali Nasser.", date(2024, 4, 2), "b1"),
      [Contact(ContactType.MEETING, (DANA, ALI), None, date(2024, 4, 1), (), (Evidence("b1", 0, 25),))])
B2 = (make_article("Iran's foreign minister Dana Levi phoned Badr Hamad.", date(2024, 4, 9), "b2"),
      [Contact(ContactType.PHONE_CALL, (DANA_IN_OFFICE, BADR), DANA_IN_OFFICE, date(2024, 4, 8), (),
               (Evidence("b2", 0, 52),))])


def country_pairs(store):
    return {(q.subject.value, q.object.value.removeprefix(ID + "countries/")) for q in store.triples() if q.predicate == COUNTRY_PAIR}


def test_a_later_article_giving_a_person_a_country_finds_their_earlier_contacts(any_store_location):
    with open_store(any_store_location) as store:
        load_reports(store, B1)
        assert country_pairs(store) == set()  # Dana Levi has no known country yet
        assert store.query("contacts-between-countries", country1="IR", country2="KW") == []
        load_reports(store, B2)
        assert {countries for _, countries in country_pairs(store)} == {"IR-KW", "IR-OM"}
        rows = store.query("contacts-between-countries", country1="KW", country2="IR")
        assert [(row["date"], row["person1"], row["person2"]) for row in rows] == [("2024-04-01", "Ali Nasser", "Dana Levi")]
        kept = set(map(str, store.triples()))
        store.recount()
        assert set(map(str, store.triples())) == kept


def test_loading_the_same_articles_again_adds_no_country_pair(store):
    load_reports(store, B1, B2)
    kept = set(map(str, store.triples()))
    load_reports(store, B2, B1)
    assert set(map(str, store.triples())) == kept


def test_removing_an_article_leaves_the_country_pairs_of_the_contacts_that_stay(store):
    load_reports(store, B1, B2)
    remove_article(store, "b2")
    assert {countries for _, countries in country_pairs(store)} == {"IR-KW"}  # Dana Levi still holds her post
    kept = set(map(str, store.triples()))
    store.recount()
    assert set(map(str, store.triples())) == kept
