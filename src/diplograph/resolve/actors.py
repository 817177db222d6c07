"""Who is who in one article: full names for surnames, people for offices, canonical parties."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from diplograph import reference
from diplograph.extract.mentions import Mention
from diplograph.model import Party
from diplograph.resolve.names import is_same_person
from diplograph.resolve.offices import identify, terms_named

# The offices whose holder "the French leader" means.
HEADS = frozenset({"President", "Prime Minister", "Chancellor", "King", "Queen", "Emir", "Amir", "Crown Prince", "Sultan",
                   "Supreme Leader", "Taoiseach", "Emperor", "Chief Adviser", "General Secretary"})


class People:
    """The people one article has named so far, so later mentions can be resolved to them.

    An article names a person in full once ("Mohammad Baqer Qalibaf, Speaker of the Iranian
    Parliament") and then by surname, by another spelling, or by office alone ("the Iranian
    Parliament speaker"). Scoped to one article: nothing carries over between articles. A
    name the article has not given in full is looked up among the office holders on `day`,
    the article's publication date.
    """

    def __init__(self, day: date | None = None) -> None:
        self.day = day
        self.known: list[Mention] = []

    def register(self, mention: Mention) -> None:
        """Remember a named person, filling in what an earlier mention of them lacked."""
        if not mention.name:
            return
        for index, person in enumerate(self.known):
            if is_same_person(mention.name, person.name) or is_same_person(person.name, mention.name):
                self.known[index] = merge(person, mention)
                return
        if len(mention.name.split()) > 1:
            self.known.append(mention)

    def resolve(self, mention: Mention) -> Mention:
        """The mention with the full name and office of the person it refers to, where known."""
        if mention.name:
            for person in self.known:
                if is_same_person(mention.name, person.name):
                    return merge(person, mention, name=person.name)
            # "Prince Mohammed" after "Crown Prince Mohammed bin Salman": a given name alone, when
            # exactly one person named so far bears it.
            given = [p for p in self.known if " " not in mention.name and p.name and p.name.split()[0] == mention.name]
            if len(given) == 1:
                return merge(given[0], mention, name=given[0].name)
            return identify(mention, self.day)
        if mention.leader:
            # "the French leader": the one head of state or government of the country named so far, else nobody.
            heads = [p for p in self.known if p.country == mention.country and p.role in HEADS]
            return merge(heads[0], mention, name=heads[0].name) if len(heads) == 1 else mention
        if mention.role and not mention.counterpart:
            matches = self.holding(mention.role, mention.country)
            if len(matches) == 1:
                return merge(matches[0], mention, name=matches[0].name)
        return mention

    def holding(self, role: str | None, country: str | None) -> list[Mention]:
        """The people named so far in an office; a country unknown on either side does not rule one out.

        Holders of the role itself come first; only when there are none do holders of the same
        office under another name count ("the foreign minister of Britain" is its Foreign Secretary),
        and then those named in another office that the table has them hold too on the article's
        day (Qatar's Prime Minister has also been its Foreign Minister).
        """
        if not role:
            return []
        found = [p for p in self.known if p.role and (p.country == country or None in (p.country, country))]
        exact = [p for p in found if p.role == role]
        office = reference.role_office(role)
        same = exact or [p for p in found if p.role and reference.role_office(p.role) == office]
        if same or self.day is None:
            return same
        day = self.day
        return [p for p in found if p.name and any(reference.role_office(term.role) == office and term.country == p.country
                                                   for term in terms_named(p.name, None, day))]


def merge(known: Mention, new: Mention, name: str | None = None) -> Mention:
    """One mention from two of the same person: what the newer says wins, gaps are filled."""
    full_name = name or max(known.name or "", new.name or "", key=lambda n: len(n.split())) or None
    if new.role and new.country is None and new.role == known.role:
        new = replace(new, country=known.country)
    return replace(
        new,
        name=full_name,
        role=new.role or known.role,
        # An organization goes with its office: a new office without one has none, the same office keeps it.
        organization=new.organization or (known.organization if new.role in (None, known.role) else None),
        country=known.country or new.country,  # a person has one country; the first reading stands
        # A counterpart whose own office is known needs none lent from the other party.
        counterpart=new.counterpart and not (new.role or known.role),
    )


def to_party(mention: Mention) -> Party:
    """The Party a resolved mention describes, with its organization in canonical form.

    A national title the text gives no country for is its country's: "the Taoiseach" is Ireland's.
    """
    country = mention.country or reference.role_countries().get(mention.role or "")
    organization = reference.canonical_organization(mention.organization, country, mention.role)
    return Party(mention.name, mention.role, organization, country)
