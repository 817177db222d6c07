"""Merging contacts that are the same: same kind, parties and date."""

from datetime import date

from diplograph.model import Contact, ContactType, Evidence, Party
from diplograph.resolve.dedupe import merge_contacts

A, B = Party("Ali Nasser", "Speaker", None, "KW"), Party("Badr Hamad")


def contact(kind=ContactType.PHONE_CALL, day=date(2024, 3, 4), start=0, parties=(A, B), prior=False):
    return Contact(kind, parties, None, day, ("trade",), (Evidence("a1", start, start + 5),), prior)


def test_dedupe_merges_same_key_and_keeps_all_evidence():
    [merged] = merge_contacts([contact(start=0), contact(start=10, parties=(B, Party("Ali Nasir")))])
    assert [e.start for e in merged.evidence] == [0, 10]
    assert A in merged.participants


def test_dedupe_keeps_near_duplicates_apart():
    assert len(merge_contacts([contact(), contact(day=date(2024, 3, 5)), contact(kind=ContactType.MEETING)])) == 3


def test_dedupe_undated_mention_joins_the_one_dated_contact_of_its_kind_and_parties():
    [merged] = merge_contacts([contact(day=None, start=0), contact(start=10)])
    assert merged.date == date(2024, 3, 4)
    assert [e.start for e in merged.evidence] == [0, 10]


def test_dedupe_undated_mention_stays_apart_when_two_dated_contacts_could_be_meant():
    found = merge_contacts([contact(start=0), contact(day=date(2024, 3, 5), start=10), contact(day=None, start=20)])
    assert sorted(str(c.date) for c in found) == ["2024-03-04", "2024-03-05", "None"]


def test_dedupe_meeting_on_the_day_of_a_visit_between_its_people_is_the_visit():
    found = merge_contacts([contact(kind=ContactType.MEETING, start=0), contact(kind=ContactType.VISIT, start=10),
                            contact(kind=ContactType.MEETING, day=date(2024, 3, 5), start=20)])
    assert [(c.type, c.date, len(c.evidence)) for c in found] == [
        (ContactType.VISIT, date(2024, 3, 4), 2), (ContactType.MEETING, date(2024, 3, 5), 1)]


def test_dedupe_a_congratulation_call_and_a_condolence_call_on_one_day_stay_apart():
    congratulations = contact(start=0)
    congratulations = Contact(congratulations.type, congratulations.participants, None, congratulations.date,
                              ("congratulations",), congratulations.evidence)
    condolences = Contact(congratulations.type, congratulations.participants, None, congratulations.date,
                          ("condolences",), (Evidence("a1", 10, 15),))
    unsaid = contact(start=20)  # says neither: could be either, so it stays apart
    assert len(merge_contacts([congratulations, condolences, unsaid])) == 3
    [merged] = merge_contacts([congratulations, unsaid])  # one call said to congratulate: the unsaid is it
    assert [e.start for e in merged.evidence] == [0, 20]


def test_dedupe_a_prior_contact_is_not_the_undated_news_but_is_the_news_of_its_own_day():
    # "They spoke by phone. Their previous call was on March 4": two calls.
    found = merge_contacts([contact(day=None, start=0), contact(start=10, prior=True)])
    assert sorted((str(c.date), c.prior) for c in found) == [("2024-03-04", True), ("None", False)]
    # "They met in Accra. The last time they met was in 2022": two meetings, neither dated.
    assert len(merge_contacts([contact(day=None, start=0), contact(day=None, start=10, prior=True)])) == 2
    # "They spoke on March 4 ... their last call, on March 4, ...": one call, the news.
    [merged] = merge_contacts([contact(start=0), contact(start=10, prior=True)])
    assert (merged.prior, len(merged.evidence)) == (False, 2)
