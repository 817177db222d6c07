"""The typed data model passed between pipeline stages: articles in, contacts out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class ContactType(StrEnum):
    """The five kinds of diplomatic contact; each value is its term in the ontology."""

    PHONE_CALL = "PhoneCall"
    MEETING = "Meeting"
    VISIT = "Visit"
    VIDEO_CONFERENCE = "VideoConference"
    CORRESPONDENCE = "Correspondence"


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from the input; `published` anchors relative dates."""

    id: str
    url: str | None
    source: str | None
    published: date
    title: str | None
    text: str
    language: str | None = None
    license: str | None = None
    origin: str | None = None  # "FILE:LINE" it was read from, for messages


@dataclass(frozen=True, slots=True)
class Party:
    """A person taking part in a contact.

    `name` is the full canonical name, or None when the text names only the office
    ("the Speaker of Turkey's parliament"). `country` is an ISO 3166-1 alpha-2 code.

    >>> Party("Salim Zanoun", "Speaker", "Palestinian National Council", "PS").label
    'Salim Zanoun'
    >>> Party(None, "Speaker", None, "TR").label
    'Speaker (TR)'
    """

    name: str | None
    role: str | None = None
    organization: str | None = None
    country: str | None = None

    @property
    def label(self) -> str:
        """A short human-readable label: the name, or the office and country."""
        return self.name or f"{self.role} ({self.country})"


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where the text says so: character offsets into `Article.text`, end exclusive."""

    article_id: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Contact:
    """One concrete contact between two or more parties.

    Frozen so that contacts are hashable: they go into sets and dict keys when merged
    across outlets and when scored. Change one with `dataclasses.replace`.
    """

    type: ContactType
    participants: tuple[Party, ...]
    initiator: Party | None
    date: date | None
    topics: tuple[str, ...]
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class Violation:
    """One SHACL validation result, reduced to what a user needs to find and fix it."""

    focus: str
    path: str | None
    shape: str
    message: str
