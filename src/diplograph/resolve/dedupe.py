"""Merge mentions of the same contact into one, with the evidence of each."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from diplograph.model import Contact, ContactType, Party
from diplograph.resolve.names import name_tokens

PartyKey = tuple[str, ...]
ContactKey = tuple[ContactType, frozenset[PartyKey], date | None]


def party_key(party: Party) -> PartyKey:
    """What makes two parties the same: folded name tokens, or office and country when unnamed.

    >>> party_key(Party("Mohammad Baqer Qalibaf")) == party_key(Party("Mohammad Baqer Ghalibaf"))
    True
    >>> party_key(Party(None, "Speaker", None, "TR"))
    ('role', 'Speaker', 'TR')
    """
    if party.name:
        return ("name", *name_tokens(party.name))
    return ("role", party.role or "", party.country or "")


def contact_key(contact: Contact) -> ContactKey:
    """The key that identifies a contact: its kind, its set of parties and its date."""
    return contact.type, frozenset(party_key(p) for p in contact.participants), contact.date


def merge_contacts(contacts: Iterable[Contact]) -> list[Contact]:
    """One contact per key, in order of first appearance, holding every mention's evidence and topics.

    Within one article, an undated mention of a contact that the article also dates ("on
    Wednesday they spoke by phone ... during the call, X said") is that dated contact again,
    when the article dates exactly one contact of that kind between those parties. A meeting
    of the same people on the day of a visit is part of the visit.
    """
    merged: dict[ContactKey, Contact] = {}
    for contact in contacts:
        key = contact_key(contact)
        merged[key] = combine(merged[key], contact) if key in merged else contact
    for kind, parties, day in [key for key in merged if key[2] is None]:
        dated = [key for key in merged if key[:2] == (kind, parties) and key[2] is not None]
        if len(dated) == 1:
            merged[dated[0]] = combine(merged[dated[0]], merged.pop((kind, parties, day)))
    # A meeting between the people of a visit, on its day, is that visit: one encounter, told twice.
    for _, parties, day in [key for key in merged if key[0] == ContactType.MEETING]:
        visit = (ContactType.VISIT, parties, day)
        if visit in merged:
            merged[visit] = combine(merged[visit], merged.pop((ContactType.MEETING, parties, day)))
    return list(merged.values())


def combine(first: Contact, second: Contact) -> Contact:
    """Two mentions of one contact as one: evidence and topics joined, the fuller parties kept."""
    parties = {party_key(p): p for p in first.participants}
    for party in second.participants:
        key = party_key(party)
        if key not in parties or completeness(party) > completeness(parties[key]):
            parties[key] = party
    return Contact(
        type=first.type,
        participants=tuple(parties.values()),
        initiator=first.initiator or second.initiator,
        date=first.date,
        topics=tuple(dict.fromkeys(first.topics + second.topics)),
        evidence=tuple(sorted(set(first.evidence + second.evidence), key=lambda e: (e.article_id, e.start))),
    )


def completeness(party: Party) -> int:
    """How many of a party's fields are known."""
    return sum(value is not None for value in (party.name, party.role, party.organization, party.country))
