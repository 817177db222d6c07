"""Scoring: the matching rules of the corpus format, on hand-made events."""

import pytest

from diplograph.evaluate import is_same_party, score, scored_party


def event(kind, names, day="2024-03-04"):
    return {"type": kind, "participants": [{"name": n} if isinstance(n, str) else n for n in names], "date": day}


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Mohammad Baqer Qalibaf", "Ghalibaf", True),
    ("Xi Jinping", "Xi", True),
    ("Sheikh Tamim bin Hamad Al Thani", "Tamim bin Hamad Al-Thani", True),
    ("Mohammed", "Mohammed bin Salman", False),
    ("Sergei Lavrov", "Sergey Lavrov", True),
    ("Sergei Lavrov", "Antony Blinken", False),
    ({"name": None, "role": "Secretary of State", "country": "US"},
     {"name": None, "role": "Foreign Minister", "country": "United States"}, True),
    ({"name": None, "role": "Speaker", "country": "US"},
     {"name": None, "role": "Foreign Minister", "country": "United States"}, False),
    ({"name": None, "role": "Secretary of State", "country": "USA"},
     {"name": None, "role": "foreign minister", "country": "usa"}, True),
])
def test_evaluate_same_party(a, b, same):
    assert is_same_party(scored_party(a), scored_party(b)) is same


def test_evaluate_strict_pair_and_date():
    gold = {"a": [event("PhoneCall", ["Ali Nasser", "Badr Hamad"]), event("Meeting", ["Ali Nasser", "Carla Diaz"])]}
    system = {"a": [event("PhoneCall", ["Nasser", "Hamad"]), event("Meeting", ["Ali Nasser", "Carla Diaz"], None),
                    event("Visit", ["Dan Eli", "Carla Diaz"])]}
    scores = score(gold, system)
    assert (scores.strict_p, scores.strict_r, scores.strict_f1) == (0.333, 0.5, 0.4)
    assert (scores.pair_p, scores.pair_r, scores.pair_f1) == (0.667, 1.0, 0.8)
    assert (scores.date_acc, scores.type_acc) == (0.5, 1.0)


def test_evaluate_missing_article_counts_as_no_events():
    scores = score({"a": [event("PhoneCall", ["Ali Nasser", "Badr Hamad"])], "b": []}, {})
    assert (scores.strict_p, scores.strict_r, scores.strict_f1) == (0.0, 0.0, 0.0)
    assert score({"b": []}, {}).strict_f1 == 1.0


def test_evaluate_by_kind():
    gold = {"a": [event("PhoneCall", ["Ali Nasser", "Badr Hamad"]), event("Meeting", ["Ali Nasser", "Carla Diaz"])]}
    system = {"a": [event("PhoneCall", ["Ali Nasser", "Badr Hamad"])]}
    assert score(gold, system, "PhoneCall").strict_f1 == 1.0
    assert score(gold, system, "Meeting").strict_r == 0.0
