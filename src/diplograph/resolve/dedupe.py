"""Merge mentions of the same contact into one, with the evidence of each."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from diplograph.extract.topics import OCCASIONS
from diplograph.model import Contact, ContactType, Party
from diplograph.resolve.names import name_tokens

PartyKey = tuple[str, ...]
ContactKey = tuple[ContactType, frozenset[PartyKey], date | None, str | None, bool]
OCCASION_LABELS = tuple(label for label, _ in OCCASIONS)


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
    """What identifies a contact: its kind, its set of parties, its date, its occasion and whether it is prior."""
    return (contact.type, frozenset(party_key(p) for p in contact.participants), contact.date, occasion(contact),
            contact.prior)


def occasion(contact: Contact) -> str | None:
    """The one occasion a contact's topics name ("congratulations", "condolences"), if exactly one.

    >>> occasion(Contact(ContactType.PHONE_CALL, (), None, None, ("condolences", "floods"), ()))
    'condolences'
    """
    found = [topic for topic in contact.topics if topic in OCCASION_LABELS]
    return found[0] if len(found) == 1 else None


def merge_contacts(contacts: Iterable[Contact]) -> list[Contact]:
    """One contact per key, in order of first appearance, holding every mention's evidence and topics.

    Within one article, an undated mention of a contact that the article also dates ("on
    Wednesday they spoke by phone ... during the call, X said") is that dated contact again,
    when the article dates exactly one contact of that kind between those parties; a mention
    that does not say the occasion of a contact is the one contact of that day that does.
    A meeting of the same people on the day of a visit is part of the visit. A contact told as
    prior ("their previous call") is another than the article's news, unless both have one date.
    """
    mentions: dict[ContactKey, list[Contact]] = {}
    for contact in contacts:
        mentions.setdefault(contact_key(contact), []).append(contact)
    merged = {key: combine(*group) for key, group in mentions.items()}
    # A prior contact with a date is the news of that day, where the article also tells it.
    fold(merged, lambda key: key[4] and key[2] is not None, lambda key, other: other[:4] == key[:4] and not other[4])
    # A mention that does not say the occasion is the one contact of that day that does.
    fold(merged, lambda key: key[3] is None,
         lambda key, other: key[:3] == other[:3] and other[3] is not None and key[4] == other[4])
    fold(merged, lambda key: key[2] is None,
         lambda key, other: key[:2] == other[:2] and other[2] is not None and compatible(key[3], other[3])
         and key[4] == other[4])
    # A meeting between the people of a visit, on its day, is that visit: one encounter, told twice.
    fold(merged, lambda key: key[0] == ContactType.MEETING,
         lambda key, other: other[:3] == (ContactType.VISIT, *key[1:3]) and compatible(key[3], other[3])
         and key[4] == other[4], only=False)
    return list(merged.values())


def compatible(first: str | None, second: str | None) -> bool:
    """True when two occasions can be one: the same, or one of them not said."""
    return first == second or None in (first, second)


def fold(merged: dict[ContactKey, Contact], loose: Callable[[ContactKey], bool],
         fits: Callable[[ContactKey, ContactKey], bool], only: bool = True) -> None:
    """Merge each contact whose key is `loose` into the contact whose key it `fits`.

    With `only`, a loose contact is merged only when exactly one contact fits: an undated
    mention between two people dated twice in the article could be either.
    """
    for key in [key for key in merged if loose(key)]:
        targets = [other for other in merged if other != key and fits(key, other)]
        if targets and (len(targets) == 1 or not only):
            merged[targets[0]] = combine(merged[targets[0]], merged.pop(key))


def combine(first: Contact, *others: Contact) -> Contact:
    """Mentions of one contact as one: evidence and topics joined, the fuller parties kept.

    All mentions are joined at once, so that an article repeating a contact many times
    costs time in proportion to its length.
    """
    mentions = (first, *others)
    parties: dict = {}
    for party in (p for mention in mentions for p in mention.participants):
        key = party_key(party)
        if key not in parties or completeness(party) > completeness(parties[key]):
            parties[key] = party
    return Contact(
        type=first.type,
        participants=tuple(parties.values()),
        initiator=next((m.initiator for m in mentions if m.initiator), None),
        date=first.date,
        topics=tuple(dict.fromkeys(topic for mention in mentions for topic in mention.topics)),
        evidence=tuple(sorted({e for mention in mentions for e in mention.evidence},
                              key=lambda e: (e.article_id, e.start))),
        prior=all(mention.prior for mention in mentions),
    )


def completeness(party: Party) -> int:
    """How many of a party's fields are known."""
    return sum(value is not None for value in (party.name, party.role, party.organization, party.country))
