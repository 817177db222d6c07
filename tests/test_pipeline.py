"""Batches: a batch with a bad article still loads its good articles."""

from dataclasses import replace
from datetime import date

from diplograph.pipeline import load_batches
from tests.conftest import FIXTURE_A1, FIXTURE_A2, FIXTURE_CONTACTS


def test_pipeline_refuses_only_the_article_that_breaks_the_shapes(store):
    future = replace(FIXTURE_CONTACTS["visit"], date=date(2030, 1, 1))  # after its article's publication
    [batch] = load_batches([(FIXTURE_A1, [FIXTURE_CONTACTS["call"]]), (FIXTURE_A2, [future])], store)
    assert [article.id for article, _ in batch.loaded] == ["a1"]
    [(article, violations)] = batch.refused
    assert article.id == "a2"
    assert {v.shape.rsplit("#")[1] for v in violations} == {"ContactDateNotAfterPublication"}
    assert batch.new_triples == len(store) > 0
