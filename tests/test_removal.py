"""Removing an article takes out its evidence and the contacts only it reports, on every kind of store."""

from __future__ import annotations

from dataclasses import replace

import pytest
from click.testing import CliRunner

from diplograph.cli import main
from diplograph.errors import StoreError
from diplograph.model import Evidence
from diplograph.removal import Removal, remove_article
from diplograph.store import open_store
from tests.conftest import A1, A2, CALL, FIXTURE_A2, FIXTURE_CONTACTS, SEED_ARTICLES, load_reports, make_article


def content(store):
    return set(map(str, store.triples()))


def test_removal_leaves_what_the_other_articles_loaded(any_store_location, tmp_path):
    with open_store(tmp_path / "only-a1") as alone:
        load_reports(alone, A1)
        expected = content(alone)
    with open_store(any_store_location) as store:
        load_reports(store, A1, A2)
        assert len(content(store)) > len(expected)
        assert remove_article(store, "a2") == Removal("a2", removed=1, kept=1)
        assert content(store) == expected
        assert remove_article(store, "a1") == Removal("a1", removed=2, kept=0)
        assert len(store) == 0


def test_removal_keeps_a_pair_another_contact_still_links(any_store_location, tmp_path):
    # a3 reports a meeting of Ali and Badr: their pair is also the pair of a1's call, which stays
    meeting = replace(FIXTURE_CONTACTS["meeting"], participants=CALL.participants, evidence=(Evidence("a3", 0, 30),))
    a3 = (make_article("Ali Nasser met Badr Hamad today.", article_id="a3"), [meeting])
    with open_store(tmp_path / "without-a3") as without:
        load_reports(without, A1, A2)
        expected = content(without)
    with open_store(any_store_location) as store:
        load_reports(store, A1, A2, a3)
        assert remove_article(store, "a3") == Removal("a3", removed=1, kept=0)
        assert content(store) == expected


def test_removal_takes_back_the_articles_word_that_a_contact_was_an_earlier_one(any_store_location, tmp_path):
    # a3 recalls a1's call as an earlier one ("their previous call"): the call stays, a1 reports it
    recalled = replace(CALL, prior=True, evidence=(Evidence("a3", 0, 35),))
    a3 = (make_article("Their previous call was on March 4.", article_id="a3"), [recalled])
    with open_store(tmp_path / "only-a1") as alone:
        load_reports(alone, A1)
        expected = content(alone)
    with open_store(any_store_location) as store:
        load_reports(store, A1, a3)
        assert any("recalledIn" in triple for triple in content(store))
        assert remove_article(store, "a3") == Removal("a3", removed=0, kept=1)
        assert content(store) == expected


def test_removal_then_reloading_gives_the_store_loaded_once(any_store_location, tmp_path):
    with open_store(tmp_path / "once") as once:
        load_reports(once, A1, A2)
        expected = content(once)
    with open_store(any_store_location) as store:
        load_reports(store, A1, A2)
        remove_article(store, "a1")
        load_reports(store, A1)
        assert content(store) == expected


def test_removal_of_an_unknown_article_changes_nothing(any_store_location):
    with open_store(any_store_location) as store:
        load_reports(store, A1)
        before = content(store)
        with pytest.raises(StoreError, match="no article 'a9' in the store"):
            remove_article(store, "a9")
        assert content(store) == before


def test_removal_id_with_sparql_characters_touches_nothing_else(any_store_location):
    hostile = 'x> ?p ?o } ; DROP ALL ; #"\\'
    article = make_article(FIXTURE_A2.text, FIXTURE_A2.published, hostile)
    visit = replace(FIXTURE_CONTACTS["visit"], evidence=(Evidence(hostile, 0, 42),))
    with open_store(any_store_location) as store:
        load_reports(store, A1)
        before = content(store)
        load_reports(store, (article, [visit]))
        assert remove_article(store, hostile) == Removal(hostile, removed=1, kept=0)
        assert content(store) == before


def test_cli_remove(tmp_path):
    store = tmp_path / "store"
    runner = CliRunner()
    assert runner.invoke(main, ["run", str(SEED_ARTICLES), "--store", str(store)]).exit_code == 0
    result = runner.invoke(main, ["remove", "tehrantimes-461125", "nowhere-1", "--store", str(store)])
    assert result.exit_code == 1
    assert "Removed article tehrantimes-461125: 7 contacts deleted, 0 kept with other articles' evidence." in result.stderr
    assert "Error: no article 'nowhere-1' in the store at" in result.stderr
    answer = runner.invoke(main, ["query", "contacts-of-person", "-p", "person=Qalibaf", "--format", "json",
                                  "--store", str(store)])
    assert answer.stdout.strip() == "[]"
