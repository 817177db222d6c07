"""Batches: a batch with a bad article still loads its good articles; outlets' reports of one contact merge."""

from dataclasses import replace
from datetime import date

from diplograph.extract.contacts import extract_contacts
from diplograph.pipeline import load_batches
from diplograph.store import open_store
from tests.conftest import FIXTURE_A1, FIXTURE_A2, FIXTURE_CONTACTS, make_article


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
