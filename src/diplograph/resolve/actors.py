"""Who is who in one article: full names for surnames, people for offices, canonical parties."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from diplograph import reference
from diplograph.extract.mentions import PARTICLES, Mention
from diplograph.model import Party


def fold_token(token: str) -> str:
    """A spelling-tolerant key for one name token: no accents, vowels or doubled letters.

    Transliterations of one name differ in vowels and in how they write a sound
    ("Ghalibaf", "Qalibaf"); their consonant skeletons agree.

    >>> fold_token("Ghalibaf") == fold_token("Qalibaf")
    True
    >>> fold_token("Şentop") == fold_token("Sentop")
    True
    """
    text = unicodedata.normalize("NFKD", token.lower())
    text = "".join(c for c in text if c.isalpha() and not unicodedata.combining(c)).replace("ı", "i")
    for spelled, sound in (("gh", "q"), ("kh", "k"), ("ph", "f"), ("ck", "k"), ("sch", "sh"), ("ou", "u")):
        text = text.replace(spelled, sound)
    skeleton = text[:1] + re.sub(r"[aeiouyw]", "", text[1:])
    return re.sub(r"(.)\1+", r"\1", skeleton)


def name_tokens(name: str) -> list[str]:
    """The folded tokens of a name, without particles such as al- or bin.

    >>> name_tokens("Khalid bin Hilal al-Maawali")
    ['kld', 'hl', 'ml']
    """
    words = re.split(r"[\s-]+", name)
    kept = [w for w in words if w.lower() not in PARTICLES and w.lower() != "al"]
    return [fold_token(w) for w in (kept or words)]


def is_same_person(short: str, full: str) -> bool:
    """True when `short` ("Qalibaf", "Ghalibaf") can be a way of writing `full`.

    The last tokens must agree and every token of the shorter name must be in the longer.

    >>> is_same_person("Ghalibaf", "Mohammad Baqer Qalibaf")
    True
    >>> is_same_person("Mohammad", "Mohammad Baqer Qalibaf")
    False
    """
    a, b = name_tokens(short), name_tokens(full)
    if not a or not b or a[-1] != b[-1]:
        return False
    return all(token in b for token in a)


class People:
    """The people one article has named so far, so later mentions can be resolved to them.

    An article names a person in full once ("Mohammad Baqer Qalibaf, Speaker of the Iranian
    Parliament") and then by surname, by another spelling, or by office alone ("the Iranian
    Parliament speaker"). Scoped to one article: nothing carries over between articles.
    """

    def __init__(self) -> None:
        self.known: list[Mention] = []
        self.last: Mention | None = None

    def register(self, mention: Mention) -> None:
        """Remember a named person, filling in what an earlier mention of them lacked."""
        if not mention.name:
            return
        for index, person in enumerate(self.known):
            if is_same_person(mention.name, person.name) or is_same_person(person.name, mention.name):
                self.known[index] = merge(person, mention)
                self.last = self.known[index]
                return
        if len(mention.name.split()) > 1:
            self.known.append(mention)
            self.last = mention

    def resolve(self, mention: Mention) -> Mention:
        """The mention with the full name and office of the person it refers to, where known."""
        if mention.name:
            for person in self.known:
                if is_same_person(mention.name, person.name):
                    return merge(person, mention, name=person.name)
            return mention
        if mention.role and not mention.counterpart:
            matches = [p for p in self.known if p.role == mention.role
                       and (p.country == mention.country or None in (p.country, mention.country))]
            if len(matches) == 1:
                return merge(matches[0], mention, name=matches[0].name)
        return mention


def merge(known: Mention, new: Mention, name: str | None = None) -> Mention:
    """One mention from two of the same person: what the newer says wins, gaps are filled."""
    full_name = name or max(known.name or "", new.name or "", key=lambda n: len(n.split())) or None
    if new.role and new.country is None and new.role == known.role:
        new = replace(new, country=known.country)
    return replace(
        new,
        name=full_name,
        role=new.role or known.role,
        organization=new.organization if new.role else known.organization,
        country=new.country or known.country,
    )


def to_party(mention: Mention) -> Party:
    """The Party a resolved mention describes, with its organization in canonical form."""
    organization = reference.canonical_organization(mention.organization, mention.country, mention.role)
    return Party(mention.name, mention.role, organization, mention.country)
