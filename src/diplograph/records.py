"""Contacts as JSON records in the gold shape of the annotated corpus format."""

from __future__ import annotations

from typing import Any

from diplograph import reference
from diplograph.model import Article, Contact, Party


def article_record(article: Article, contacts: list[Contact]) -> dict[str, Any]:
    """One output line: the article id and its contacts as events.

    The shape is the corpus's gold shape, so any scorer that reads gold files reads it;
    `evidence_spans` adds the character offsets that `evidence` quotes, and `prior` says that the
    article tells the contact as an earlier one than its news ("their previous call").
    """
    return {"id": article.id, "events": [contact_record(article, c) for c in contacts]}


def contact_record(article: Article, contact: Contact) -> dict[str, Any]:
    """One contact as a gold-shaped event."""
    return {
        "type": contact.type.value,
        "participants": [party_record(p) for p in contact.participants],
        "initiator": contact.initiator.name if contact.initiator else None,
        "date": contact.date.isoformat() if contact.date else None,
        "topics": list(contact.topics),
        "evidence": " ".join(article.text[e.start:e.end] for e in contact.evidence if e.article_id == article.id),
        "evidence_spans": [{"article": e.article_id, "start": e.start, "end": e.end} for e in contact.evidence],
        "prior": contact.prior,
    }


def party_record(party: Party) -> dict[str, str | None]:
    """A party with its country written as a name, as the gold shape has it."""
    return {
        "name": party.name,
        "role": party.role,
        "organization": party.organization,
        "country": country_name(party.country),
    }


def country_name(code: str | None) -> str | None:
    """The short English name of an ISO code, e.g. "IR" -> "Iran"."""
    if code is None:
        return None
    country = reference.countries().get(code)
    return country.name if country else code
