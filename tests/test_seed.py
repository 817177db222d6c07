"""The seed article gives exactly the seven phone calls of its gold file."""

import json
from datetime import date

from diplograph.evaluate import read_events, score
from diplograph.extract.contacts import extract_contacts
from diplograph.ingest import read_articles
from diplograph.records import article_record
from tests.conftest import SEED_ARTICLES, SEED_GOLD


def seed_contacts():
    [article] = read_articles([SEED_ARTICLES])
    return article, extract_contacts(article)


def test_seed_scores_seven_of_seven():
    article, contacts = seed_contacts()
    predicted = {article.id: article_record(article, contacts)["events"]}
    scores = score(read_events(SEED_GOLD), predicted)
    assert (scores.tally.strict_tp, scores.tally.strict_system, scores.tally.strict_gold) == (7, 7, 7)
    assert scores.date_acc == 1.0


def test_seed_parties_offices_and_countries_match_gold():
    article, contacts = seed_contacts()
    gold = [json.loads(line) for line in SEED_GOLD.open()][0]["events"]
    ours = article_record(article, contacts)["events"]
    key = lambda e: [(p["name"], p["role"], p["organization"], p["country"]) for p in e["participants"]]
    assert sorted(map(key, ours)) == sorted(map(key, gold))
    assert {e["initiator"] for e in ours} == {"Mohammad Baqer Qalibaf"}
    assert {c.date for c in contacts} == {date(2021, 5, 18)}


def test_seed_evidence_is_the_sentence_of_the_calls():
    article, contacts = seed_contacts()
    gold_sentence = [json.loads(line) for line in SEED_GOLD.open()][0]["events"][0]["evidence"]
    for contact in contacts:
        [evidence] = contact.evidence
        assert article.text[evidence.start:evidence.end] == gold_sentence
