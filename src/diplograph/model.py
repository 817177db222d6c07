"""The typed data model passed between pipeline stages: articles in, contacts out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any


class ContactType(StrEnum):
    """The five kinds of diplomatic contact; each value is its term in the ontology."""

    PHONE_CALL = "PhoneCall"
    MEETING = "Meeting"
    VISIT = "Visit"
    VIDEO_CONFERENCE = "VideoConference"
    CORRESPONDENCE = "Correspondence"


class Pickled:
    """A frozen dataclass pickled as a call of its class with its fields' values, in order.

    The extracting processes send articles and contacts to the loading process pickled. The
    `__setstate__` frozen dataclasses are given looks their fields up again and sets each one
    through `object.__setattr__`: unpickling a chunk's results took 63 µs an article of the
    loading process's time, and 22 µs as calls of the classes.
    """

    __slots__ = ()

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        return type(self), tuple(getattr(self, name) for name in self.__slots__)


@dataclass(frozen=True, slots=True)
class Article(Pickled):
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
class Party(Pickled):
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
class Evidence(Pickled):
    """Where the text says so: character offsets into `Article.text`, end exclusive."""

    article_id: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Contact(Pickled):
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
    # Told as an earlier contact than the one the article reports ("their previous call", "the last time
    # they met"): an undated one is another contact than the article's undated news of the same people.
    prior: bool = False


@dataclass(frozen=True, slots=True)
class Violation:
    """One SHACL validation result, reduced to what a user needs to find and fix it."""

    focus: str
    path: str | None
    shape: str
    message: str
