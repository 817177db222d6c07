"""Every query of queries/ on the fixture graph, against its exact rows."""

from datetime import date

import pytest
from rdflib import Literal

from diplograph.errors import QueryError
from diplograph.model import Contact, ContactType, Evidence, Party
from diplograph.pipeline import load_batches
from diplograph.query import list_queries, run_query, with_values
from diplograph.rdf import contact_iri, person_iri
from tests.conftest import ALI, BADR, FIXTURE_A2, FIXTURE_CONTACTS, make_article

CALL, MEETING, VISIT, OLD_CALL = (contact_iri(FIXTURE_CONTACTS[k], FIXTURE_A2.published).value
                                  for k in ("call", "meeting", "visit", "old call"))


def rows(store, name, **params):
    return run_query(store, name, **params)[1]


def test_query_contacts_of_person(fixture_store):
    assert rows(fixture_store, "contacts-of-person", person="nasser") == [
        {"date": "2024-03-05", "type": "Meeting", "name": "Ali Nasser", "counterpart": "Carla Diaz",
         "initiator": None, "contact": MEETING},
        {"date": "2024-03-04", "type": "PhoneCall", "name": "Ali Nasser", "counterpart": "Badr Hamad",
         "initiator": "Ali Nasser", "contact": CALL},
        {"date": "2024-02-10", "type": "PhoneCall", "name": "Ali Nasser", "counterpart": "Badr Hamad",
         "initiator": None, "contact": OLD_CALL},
    ]


def test_query_contacts_of_person_in_a_date_range(fixture_store):
    found = rows(fixture_store, "contacts-of-person", person="Ali Nasser", since="2024-03-04", until="2024-03-04")
    assert [r["contact"] for r in found] == [CALL]


def test_query_contacts_of_person_by_whole_words(fixture_store):
    assert {r["name"] for r in rows(fixture_store, "contacts-of-person", person="ALI nasser")} == {"Ali Nasser"}
    assert rows(fixture_store, "contacts-of-person", person="nass") == []
    assert rows(fixture_store, "contacts-of-person", person="Nasser Ali") == []  # the words, in their order
    with pytest.raises(QueryError, match="'--' holds no word to look up"):
        rows(fixture_store, "contacts-of-person", person="--")


def test_query_contacts_between_countries(fixture_store):
    assert rows(fixture_store, "contacts-between-countries", country1="OM", country2="kw") == [
        {"date": "2024-03-04", "type": "PhoneCall", "person1": "Badr Hamad", "person2": "Ali Nasser", "contact": CALL},
        {"date": "2024-02-10", "type": "PhoneCall", "person1": "Badr Hamad", "person2": "Ali Nasser",
         "contact": OLD_CALL},
    ]


def test_query_contacts_in_range(fixture_store):
    assert rows(fixture_store, "contacts-in-range", since="2024-03-01", until="2024-03-31") == [
        {"date": "2024-03-04", "type": "PhoneCall", "participants": "Ali Nasser & Badr Hamad", "contact": CALL},
        {"date": "2024-03-05", "type": "Meeting", "participants": "Ali Nasser & Carla Diaz", "contact": MEETING},
    ]


def test_query_contacts_in_range_the_same_with_and_without_its_days_listed(fixture_store, monkeypatch):
    from diplograph import query

    listed = rows(fixture_store, "contacts-in-range", since="2024-02-01", until="2024-03-04")
    assert [r["contact"] for r in listed] == [OLD_CALL, CALL]
    monkeypatch.setattr(query, "MAX_LISTED_DAYS", 2)
    assert "VALUES ?date" not in query.with_days(query.find_query("contacts-in-range").sparql, query.bind(
        query.find_query("contacts-in-range"), {"since": "2024-02-01", "until": "2024-03-04"}))
    assert rows(fixture_store, "contacts-in-range", since="2024-02-01", until="2024-03-04") == listed
    assert rows(fixture_store, "contacts-in-range", since="2024-03-04", until="2024-02-01") == []


def test_query_degree_ranking(fixture_store):
    assert rows(fixture_store, "degree-ranking") == [
        {"person": "Ali Nasser", "contacts": 3, "partners": 2},
        {"person": "Badr Hamad", "contacts": 3, "partners": 2},
        {"person": "Carla Diaz", "contacts": 2, "partners": 2},
    ]


def test_query_degree_ranking_of_those_with_at_least_some_contacts(fixture_store):
    assert [r["person"] for r in rows(fixture_store, "degree-ranking", least="3")] == ["Ali Nasser", "Badr Hamad"]
    assert len(rows(fixture_store, "degree-ranking", least="1")) == 3
    assert rows(fixture_store, "degree-ranking", least="4") == []


def test_query_top_pairs_of_those_with_at_least_some_contacts(fixture_store):
    assert rows(fixture_store, "top-pairs", least="2") == rows(fixture_store, "top-pairs")[:1]
    assert len(rows(fixture_store, "top-pairs", least="1")) == 3


def test_query_top_pairs(fixture_store):
    assert rows(fixture_store, "top-pairs") == [
        {"person1": "Ali Nasser", "person2": "Badr Hamad", "contacts": 2, "first": "2024-02-10", "last": "2024-03-04"},
        {"person1": "Ali Nasser", "person2": "Carla Diaz", "contacts": 1, "first": "2024-03-05", "last": "2024-03-05"},
        {"person1": "Badr Hamad", "person2": "Carla Diaz", "contacts": 1, "first": None, "last": None},
    ]


def test_query_top_pairs_gives_a_pair_once_however_its_people_are_spelt(fixture_store):
    # a third outlet spells Ali "Nassir": the same person, with a second label
    article = make_article("Ali Nassir met Badr Hamad on Friday.", date(2024, 3, 9), "a3")
    meeting = Contact(ContactType.MEETING, (Party("Ali Nassir", ALI.role, ALI.organization, ALI.country), BADR),
                      None, date(2024, 3, 8), (), (Evidence("a3", 0, 36),))
    assert not next(load_batches([(article, [meeting])], fixture_store)).refused
    assert rows(fixture_store, "top-pairs")[0] == {
        "person1": "Ali Nasser", "person2": "Badr Hamad", "contacts": 3, "first": "2024-02-10", "last": "2024-03-08"}
    assert len(rows(fixture_store, "top-pairs")) == 3


def test_query_evidence(fixture_store):
    assert rows(fixture_store, "evidence", contact=CALL) == [
        {"article": "a1", "source": "Example News", "published": "2024-03-06", "url": "https://news.example.org/a1",
         "start": 0, "end": 39, "quote": "Ali Nasser phoned Badr Hamad on Monday.", "told": "news"},
    ]
    assert [(r["article"], r["told"]) for r in rows(fixture_store, "evidence", contact=OLD_CALL)] == [("a2", "earlier")]


def test_query_participations(fixture_store):
    found = rows(fixture_store, "participations", since="2024-03-01", kind="PhoneCall")
    assert [(r["contact"], r["type"], r["date"]) for r in found] == [(CALL, "PhoneCall", "2024-03-04")] * 2
    assert {r["person"] for r in found} == {person_iri(ALI).value, person_iri(BADR).value}
    everything = rows(fixture_store, "participations")
    assert len(everything) == 8 and len({r["contact"] for r in everything}) == 4
    assert {r["date"] for r in everything if r["contact"] == VISIT} == {None}


def test_query_people(fixture_store):
    found = rows(fixture_store, "people")
    assert sorted((r["label"], r["name"], r["role"], r["country"]) for r in found) == [
        ("Ali Nasser", "Ali Nasser", "Speaker", "KW"),
        ("Badr Hamad", "Badr Hamad", "Foreign Minister", "OM"),
        ("Carla Diaz", "Carla Diaz", "President", "CL"),
    ]
    assert [r["person"] for r in found] == sorted(r["person"] for r in found)


def test_query_every_query_file_is_tested():
    tested = {"contacts-of-person", "contacts-between-countries", "contacts-in-range", "degree-ranking", "top-pairs",
              "evidence", "participations", "people"}
    assert {q.name for q in list_queries()} == tested
    assert all(q.description for q in list_queries())


def test_query_values_cannot_change_the_query(fixture_store):
    assert rows(fixture_store, "contacts-of-person", person='x" ) } SELECT * WHERE { ?s ?p ?o } #') == []


@pytest.mark.parametrize(("name", "params", "message"), [
    ("nope", {}, "no query named 'nope'; available: contacts-between-countries"),
    ("contacts-in-range", {"since": "2024-01-01"}, "needs --param until="),
    ("contacts-in-range", {"since": "2024-01-01", "until": "soon"}, "'soon' is not a date"),
    ("contacts-in-range", {"since": "2024-01-01", "until": "2024-02-01", "who": "x"}, "takes no parameter who"),
    ("contacts-between-countries", {"country1": "XX", "country2": "IR"}, "not an ISO 3166-1 alpha-2 code"),
    ("evidence", {"contact": "http://x/> } DROP ALL"}, "is not a iri"),
    ("top-pairs", {"least": "10 } DROP ALL"}, "is not a integer"),
])
def test_query_parameter_errors(fixture_store, name, params, message):
    with pytest.raises(QueryError, match=message):
        run_query(fixture_store, name, **params)


def test_query_values_go_where_the_query_marks_them():
    query = "SELECT ?x WHERE {\n    {\n        # VALUES: here\n        ?x ?p ?name\n    }\n    ?x ?q ?y\n}"
    bound = with_values(query, {"name": Literal("Lavrov")})
    assert '{\n VALUES (?name) { ("Lavrov") }        # VALUES: here\n        ?x ?p ?name' in bound
    assert with_values("SELECT ?x WHERE { ?x ?p ?name }", {"name": Literal("L")}).startswith(
        'SELECT ?x WHERE { VALUES (?name) { ("L") } ?x')
