"""Merging contacts that are the same: same kind, parties and date."""

from datetime import date

from diplograph.model import Contact, ContactType, Evidence, Party
from diplograph.resolve.dedupe import merge_contacts

A, B = Party("Ali Nasser", "Speaker", None, "KW"), Party("Badr Hamad")


def contact(kind=ContactType.PHONE_CALL, day=date(2024, 3, 4), start=0, parties=(A, B)):
    return Contact(kind, parties, None, day, ("trade",), (Evidence("a1", start, start + 5),))


def test_dedupe_merges_same_key_and_keeps_all_evidence():
    [merged] = merge_contacts([contact(start=0), contact(start=10, parties=(B, Party("Ali Nasir")))])
    assert [e.start for e in merged.evidence] == [0, 10]
    assert A in merged.participants


def test_dedupe_keeps_near_duplicates_apart():
    assert len(merge_contacts([contact(), contact(day=date(2024, 3, 5)), contact(kind=ContactType.MEETING)])) == 3
