"""Batches: a batch with a bad article still loads its good articles; outlets' reports of one contact merge."""

import multiprocessing
import pickle
import os
import time
from dataclasses import replace
from datetime import date

import pytest
from rdflib.namespace import FOAF, RDFS

from diplograph.export import store_graph
from diplograph.extract.contacts import extract_contacts
from diplograph.model import Evidence
from diplograph.pipeline import IN_FLIGHT, WORKER_NICENESS, extract_in_processes, load_batches, yield_to_loader
from diplograph.rdf import person_iri
from diplograph.store import open_store
from diplograph.terms import to_rdflib
from diplograph.validate import validate
from tests.conftest import ALI, BADR, FIXTURE_A1, FIXTURE_A2, FIXTURE_CONTACTS, make_article


def test_pipeline_refuses_only_the_article_that_breaks_the_shapes(store):
    future = replace(FIXTURE_CONTACTS["visit"], date=date(2030, 1, 1))  # after its article's publication
    [batch] = load_batches([(FIXTURE_A1, [FIXTURE_CONTACTS["call"]]), (FIXTURE_A2, [future])], store)
    assert [article.id for article, _ in batch.loaded] == ["a1"]
    [(article, violations)] = batch.refused
    assert article.id == "a2"
    assert {v.shape.rsplit("#")[1] for v in violations} == {"ContactDateNotAfterPublication"}
    assert batch.new_triples == len(store) > 0


def report(article_id, published):
    """An article reporting an undated call between the same two people, and its extracted contacts."""
    article = make_article("Kenyan President William Ruto spoke by phone with Ghanaian President John Mahama.",
                           published, article_id)
    return article, extract_contacts(article)


def contacts_and_spans(store):
    columns, rows = store.select(
        "PREFIX diplo: <https://w3id.org/diplograph/def#> PREFIX prov: <http://www.w3.org/ns/prov#> "
        "SELECT ?c (COUNT(?e) AS ?spans) WHERE { ?c a diplo:Contact ; prov:wasDerivedFrom ?e } GROUP BY ?c")
    return sorted(row["spans"] for row in rows)


def test_pipeline_undated_reports_days_apart_are_one_contact_in_any_order(store, tmp_path):
    early, late, much_later = report("a1", date(2024, 3, 4)), report("a2", date(2024, 3, 6)), report("a3", date(2024, 5, 1))
    list(load_batches([early], store))
    list(load_batches([late, much_later], store))
    assert contacts_and_spans(store) == [1, 2]
    before = len(store)
    list(load_batches([late], store))  # loading an article again changes nothing
    assert len(store) == before
    reverse = open_store(tmp_path / "reverse")
    list(load_batches([much_later, late], reverse))
    list(load_batches([early], reverse))
    assert contacts_and_spans(reverse) == [1, 2]
    reverse.close()


def test_pipeline_article_id_reloaded_with_other_content_is_refused_and_the_store_stays_valid(store):
    list(load_batches([(FIXTURE_A1, [FIXTURE_CONTACTS["call"]])], store))
    changed = replace(FIXTURE_A1, published=FIXTURE_A1.published.replace(day=9), text=FIXTURE_A1.text + " More.")
    [batch] = load_batches([(changed, [FIXTURE_CONTACTS["call"]])], store)
    [(refused, violations)] = batch.refused
    assert refused == changed and any("the store already has" in v.message for v in violations)
    assert validate(store_graph(store)) == []


def test_pipeline_outlets_disagreeing_on_the_initiator_keep_the_first_and_the_store_valid(store):
    call = FIXTURE_CONTACTS["call"]
    other_way = replace(call, initiator=BADR, evidence=(Evidence("a2", 0, 20),))
    [first] = load_batches([(FIXTURE_A1, [call])], store)
    [second] = load_batches([(FIXTURE_A2, [other_way])], store)
    assert first.loaded and [article.id for article, _ in second.refused] == ["a2"]
    assert validate(store_graph(store)) == []


def load_call_then_with_ali_as(store, variant):
    """Load the fixture call from a1, then as a2 reports it with `variant` for Ali; return a2's batch."""
    call = FIXTURE_CONTACTS["call"]
    assert person_iri(variant) == person_iri(ALI)
    again = replace(call, participants=(variant, call.participants[1]), initiator=variant,
                    evidence=(Evidence("a2", 0, 20),))
    list(load_batches([(FIXTURE_A1, [call])], store))
    [batch] = load_batches([(FIXTURE_A2, [again])], store)
    return batch


def test_pipeline_another_spelling_of_a_name_is_one_more_label_not_a_second_name(store):
    batch = load_call_then_with_ali_as(store, replace(ALI, name="Ali Naser"))
    assert not batch.refused
    graph = store_graph(store)
    assert {str(n) for n in graph.objects(to_rdflib(person_iri(ALI)), FOAF.name)} == {"Ali Nasser"}
    assert {"Ali Nasser", "Ali Naser"} <= {str(n) for n in graph.objects(to_rdflib(person_iri(ALI)), RDFS.label)}


def test_pipeline_a_person_the_store_names_is_named_in_a_later_batch_too(store):
    # The later report spells the name otherwise and gives no country: only the stored name
    # shows the person identified, as the shapes require, so the batch repeats it.
    batch = load_call_then_with_ali_as(store, replace(ALI, name="Ali Naser", country=None))
    assert not batch.refused
    assert {str(n) for n in store_graph(store).objects(to_rdflib(person_iri(ALI)), FOAF.name)} == {"Ali Nasser"}
    assert validate(store_graph(store)) == []


def test_pipeline_one_article_id_twice_in_a_batch_loads_the_first_and_refuses_the_second(store):
    # Each is valid alone and against the store; together they give the article two publication dates.
    again = replace(FIXTURE_A1, published=FIXTURE_A1.published.replace(day=9))
    [batch] = load_batches([(FIXTURE_A1, [FIXTURE_CONTACTS["call"]]), (again, [FIXTURE_CONTACTS["call"]])], store)
    assert [article for article, _ in batch.loaded] == [FIXTURE_A1]
    [(refused, violations)] = batch.refused
    assert refused == again and any("the store already has" in v.message for v in violations)
    assert batch.new_triples == len(store) and validate(store_graph(store)) == []


def test_pipeline_processes_take_no_more_articles_than_the_loader_keeps_up_with():
    read = []

    def articles():
        for number in range(5000):
            read.append(number)
            yield make_article("Kenyan President William Ruto met Ghanaian President John Mahama.", article_id=f"a{number}")

    results = extract_in_processes(articles(), 2)
    taken = [next(results) for _ in range(10)]
    time.sleep(2)  # time enough for the processes to extract every article, were they handed out
    assert [article.id for article, _ in taken] == [f"a{n}" for n in range(10)]
    assert len(read) <= 10 + 2 * IN_FLIGHT + 1
    results.close()  # a consumer that stops early: the pool closes, and the rest is never read
    assert len(read) <= 10 + 2 * IN_FLIGHT + 1


@pytest.mark.skipif(not hasattr(os, "nice"), reason="no process priorities on this system")
def test_pipeline_extracting_processes_stand_back_for_the_loading_one():
    with multiprocessing.get_context("spawn").Pool(1, initializer=yield_to_loader) as pool:
        assert pool.apply(os.nice, (0,)) == min(19, os.nice(0) + WORKER_NICENESS)


def test_pipeline_results_cross_to_the_loading_process_whole():
    article = replace(FIXTURE_A1, title="Calls", language="en", license="CC BY 4.0", origin="feed.jsonl:3")
    result = (article, list(FIXTURE_CONTACTS.values()))
    assert pickle.loads(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)) == result  # a dataclass's == checks the class
