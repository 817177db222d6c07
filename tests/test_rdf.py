"""Mapping contacts to RDF: deterministic IRIs, provenance, and the graph a contact gives."""

from dataclasses import replace
from datetime import date

from rdflib import Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import FOAF, PROV, RDF

from diplograph.model import Contact, ContactType, Evidence, Party
from diplograph.namespaces import DIPLO
from diplograph.rdf import article_iri, contact_iri, contact_quads, contacts_to_graph, pair_iri, person_iri
from diplograph.shape_queries import check_shapes
from diplograph.terms import graph_quads, to_rdflib
from tests.conftest import ALI, BADR, CARLA, FIXTURE_A1, FIXTURE_CONTACTS, fixture_batch


def test_rdf_contact_iri_ignores_participant_order_and_spelling():
    call = FIXTURE_CONTACTS["call"]
    again = Contact(call.type, (Party("Badr Hamad"), Party("Ali Nassir")), None, call.date, (), (Evidence("z", 0, 1),))
    assert contact_iri(call) == contact_iri(again)


def test_rdf_contact_iri_differs_by_kind_and_date():
    call = FIXTURE_CONTACTS["call"]
    other_day = Contact(call.type, call.participants, None, date(2024, 3, 5), (), call.evidence)
    meeting = Contact(ContactType.MEETING, call.participants, None, call.date, (), call.evidence)
    assert len({contact_iri(call), contact_iri(other_day), contact_iri(meeting)}) == 3


def test_rdf_undated_prior_contact_is_another_than_the_undated_news_of_the_same_people():
    call = FIXTURE_CONTACTS["call"]
    news = Contact(call.type, call.participants, None, None, (), call.evidence)
    prior = Contact(call.type, call.participants, None, None, (), call.evidence, prior=True)
    dated_prior = Contact(call.type, call.participants, None, call.date, (), call.evidence, prior=True)
    published = date(2024, 3, 6)
    assert contact_iri(news, published) != contact_iri(prior, published)
    assert contact_iri(dated_prior) == contact_iri(call)


def test_rdf_contact_told_as_an_earlier_one_is_recalled_in_its_article():
    call, recalled = FIXTURE_CONTACTS["call"], replace(FIXTURE_CONTACTS["call"], prior=True)
    assert (to_rdflib(contact_iri(recalled)), DIPLO.recalledIn, to_rdflib(article_iri("a1"))) in \
        contacts_to_graph([(FIXTURE_A1, [recalled])])
    assert not list(contacts_to_graph([(FIXTURE_A1, [call])]).triples((None, DIPLO.recalledIn, None)))
    assert check_shapes(contact_quads([(FIXTURE_A1, [recalled])])) == []


def test_rdf_graph_is_the_same_whichever_order_it_is_built_in():
    assert isomorphic(contacts_to_graph(fixture_batch()), contacts_to_graph(list(reversed(fixture_batch()))))


def test_rdf_contact_carries_kind_date_people_and_evidence():
    graph = contacts_to_graph([(FIXTURE_A1, [FIXTURE_CONTACTS["call"]])])
    node = to_rdflib(contact_iri(FIXTURE_CONTACTS["call"]))
    assert set(graph.objects(node, RDF.type)) == {DIPLO.Contact, DIPLO.PhoneCall}
    assert graph.value(node, DIPLO.date).toPython() == date(2024, 3, 4)
    names = {str(graph.value(p, FOAF.name)) for p in graph.objects(node, DIPLO.participant)}
    assert names == {ALI.name, BADR.name}
    span = graph.value(node, PROV.wasDerivedFrom)
    assert (graph.value(span, DIPLO.start), graph.value(span, DIPLO.end)) == (Literal(0), Literal(39))
    assert str(graph.value(span, DIPLO.quote)) == "Ali Nasser phoned Badr Hamad on Monday."


def test_rdf_contact_links_a_pair_for_every_two_of_its_participants():
    summit = Contact(ContactType.MEETING, (ALI, BADR, CARLA), None, date(2024, 3, 5), (), (Evidence("a1", 40, 85),))
    graph = contacts_to_graph([(FIXTURE_A1, [summit, FIXTURE_CONTACTS["call"]])])
    ali, badr, carla = map(person_iri, (ALI, BADR, CARLA))

    def objects(node, predicate):
        return {str(term) for term in graph.objects(to_rdflib(node), predicate)}

    assert objects(contact_iri(summit), DIPLO.pair) == {
        pair_iri(ali, badr).value, pair_iri(ali, carla).value, pair_iri(badr, carla).value}
    assert objects(contact_iri(FIXTURE_CONTACTS["call"]), DIPLO.pair) == {pair_iri(badr, ali).value}
    assert objects(pair_iri(carla, badr), DIPLO.member) == {badr.value, carla.value}
    assert len(set(graph.subjects(RDF.type, DIPLO.Pair))) == 3  # the call and the summit share Ali and Badr's pair
    assert check_shapes(graph_quads(graph)) == []


def test_rdf_turtle_round_trip_is_isomorphic():
    graph = contacts_to_graph(fixture_batch())
    assert isomorphic(graph, Graph().parse(data=graph.serialize(format="turtle"), format="turtle"))


def test_rdf_undated_contact_joins_a_known_one_reported_within_three_days():
    visit = FIXTURE_CONTACTS["visit"]
    first = contact_iri(visit, date(2024, 3, 4))
    assert contact_iri(visit, date(2024, 3, 6), known={first}.__contains__) == first
    assert contact_iri(visit, date(2024, 3, 8), known={first}.__contains__) != first
    assert contact_iri(visit, date(2024, 3, 6)) != first  # nothing known: its own day


def test_rdf_occasion_keeps_same_day_calls_apart_and_an_unsaid_occasion_joins_the_known_one():
    call = FIXTURE_CONTACTS["call"]
    congratulations = Contact(call.type, call.participants, None, call.date, ("congratulations",), call.evidence)
    condolences = Contact(call.type, call.participants, None, call.date, ("condolences",), call.evidence)
    assert contact_iri(congratulations) != contact_iri(condolences)
    known = {contact_iri(congratulations)}.__contains__
    assert contact_iri(call, known=known) == contact_iri(congratulations)
    assert contact_iri(congratulations, known={contact_iri(call)}.__contains__) == contact_iri(call)
