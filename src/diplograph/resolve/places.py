"""Where a contact took place, so that a meeting on one party's home soil is read as a visit."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from diplograph import reference
from diplograph.model import Contact, ContactType, Party
from diplograph.patterns import alternation, lowered
from diplograph.resolve.names import plain

# Words that set a visit's destination for the rest of the article: "arrived in Kathmandu".
# "left Cairo for Beirut" and "headed for Beirut" go to Beirut.
TRAVEL = (r"(?:arrived|arrives|arriving|landed|lands|flew|travell?ed|headed) (?:in|at|to)|(?:visit|trip|tour) to|visit(?:ing|ed|s)|"
          r"(?:left|leaves|leaving|departed|departs) (?:[\w'’-]+ ){1,3}?for|(?:headed|heading|departed|set off|left) for|"
          # "Fidan is in Washington this week": someone's presence abroad, told in the present.
          r"(?:is|are) (?:currently |now )?in")
# A word each form of TRAVEL holds: a text with none of them names no destination (see `diplograph.patterns`).
TRAVEL_WORDS = re.compile(alternation(["arriv", "land", "flew", "travel", "head", "visit", "trip", "tour", "left", "leav",
                                       "depart", "set off", "is in", "are in", "currently in", "now in"]))


VISITING = re.compile(r"\b[Vv]isiting\b")
# Between a cue and a place that belongs to another clause: "met A in Paris, and in Berlin he met B".
CLAUSE_BETWEEN = re.compile(r";|,\s+(?:and|then|before|after)\b|\bthen\b")
ARRIVED_HERE = re.compile(r"\b(?:arrived|arrives|arriving|landed|lands) here\b")
# A paragraph that opens with the place it was filed from.
DATELINE_PLACE = re.compile(r"(?m)^\s*(?P<place>[A-Z][A-Za-z.'’ -]{1,30}?)(?:/[A-Z][A-Za-z -]+)?\s*(?::|,\s+[A-Z][a-z]{2}|\(|--|—|–)")


@cache
def place_pattern() -> re.Pattern[str]:
    """A place name after "in" or "at", opening a sentence or not: a country, a seat of government or a major city.

    The word boundary before "in" is looked behind for once the word is read, so that `re`
    skips ahead to the letters "i" and "a" rather than trying the pattern at every position.
    A building may stand between "at" and its city: "at State House, Nairobi".
    """
    building = r"(?:(?:(?<=[Aa]t )|(?<=t the ))[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}, )?"
    return re.compile(rf"(?:[Ii]n|[Aa]t)(?<!\w..) (?:the )?{building}(?P<place>{alternation(reference.country_places())})(?![\w-])")


@cache
def travel_pattern() -> re.Pattern[str]:
    """A destination after a verb of travel, in lower-cased text."""
    forms = alternation({place.lower() for place in reference.country_places()})
    return re.compile(rf"\b(?:{TRAVEL}) (?:the )?(?P<place>{forms})(?![\w-])")


def place_in(text: str) -> str | None:
    """The country of the first place a text says something happened in ("in Sochi" -> "RU").

    >>> place_in("Putin and Erdogan met in Sochi on Monday.")
    'RU'
    >>> place_in("In Riyadh on Monday, the Saudi Crown Prince met Cameron.")
    'SA'
    >>> place_in("Ruto received Abiy at State House, Nairobi, on Monday.")
    'KE'
    """
    match = place_pattern().search(text)
    return reference.country_places()[match.group("place")] if match else None


def destination_in(text: str, here: str | None = None) -> str | None:
    """The country of the last destination a text says someone travelled to, if any.

    "arrived here" is the country `here`, where the report was filed.

    >>> destination_in("Xi Jinping arrived in Kathmandu on Saturday.")
    'NP'
    >>> destination_in("Xi Jinping arrived here on Saturday.", here="NP")
    'NP'
    >>> destination_in("He later left Cairo for Beirut, where he met Nabih Berri.")
    'LB'
    """
    found = here if here and ARRIVED_HERE.search(text) else None
    lower_case = lowered(text)
    if not TRAVEL_WORDS.search(lower_case):
        return found
    for match in travel_pattern().finditer(lower_case):
        found = case_insensitive_place(text[match.start("place"):match.end("place")])
    return found


def places_told(text: str) -> list[tuple[int, int, str]]:
    """Where a sentence says something happened or someone went: (start, end, country) of each place, in order.

    >>> places_told("Zelensky met the Pope in Rome, then flew to Berlin.")
    [(22, 29, 'IT'), (36, 50, 'DE')]
    """
    found = [(m.start(), m.end(), reference.country_places()[m.group("place")]) for m in place_pattern().finditer(text)]
    lower_case = lowered(text)
    if TRAVEL_WORDS.search(lower_case):
        for match in travel_pattern().finditer(lower_case):
            country = case_insensitive_place(text[match.start("place"):match.end("place")])
            if country:
                found.append((match.start(), match.end(), country))
    return sorted(found)


def cue_place(text: str, places: list[tuple[int, int, str]], start: int, end: int) -> str | None:
    """The country of the place of a cue at `text[start:]`, among `places_told(text)`.

    The place told after the cue, in its clause and before `end` (the next cue), else the last one
    told before it: in "met the Pope at the Vatican, then flew to Berlin, where he met Scholz" the
    first meeting is at the Vatican and the second in Berlin.

    >>> text = "Zelensky met the Pope at the Vatican, then flew to Berlin where he met Scholz."
    >>> places = places_told(text)
    >>> cue_place(text, places, 9, 63), cue_place(text, places, 67, len(text))
    ('VA', 'DE')
    """
    after = next((p for p in places if start <= p[0] < end), None)
    if after and not CLAUSE_BETWEEN.search(text, start, after[0]):
        return after[2]
    before = [p for p in places if p[1] <= start]
    return before[-1][2] if before else None


def dateline_place(text: str) -> str | None:
    """The country of the place a report is filed from: "KATHMANDU:", "New Delhi, Feb 17:", "MOSCOW (AP) --".

    >>> dateline_place("KATHMANDU: Chinese President Xi Jinping arrived here on Saturday.")
    'NP'
    >>> dateline_place("Published: 12 October") is None
    True
    """
    for match in paragraph_openings(text):
        place = case_insensitive_place(match.group("place").strip())
        if place:
            return place
    return None


def paragraph_openings(text: str) -> Iterator[re.Match[str]]:
    """The matches `DATELINE_PLACE.finditer` gives, tried only where a line starts.

    `re` tries a pattern that opens with a multi-line "^" at every character of the text; the
    lines of an article are few.
    """
    start = 0
    while True:
        match = DATELINE_PLACE.match(text, start)
        if match:
            yield match
            start = match.end()
            if start and text[start - 1] == "\n":
                continue
        line_end = text.find("\n", start)
        if line_end < 0:
            return
        start = line_end + 1


def case_insensitive_place(name: str) -> str | None:
    """The country of a place name matched without regard to case."""
    return reference.country_places().get(name) or places_in_lower_case().get(name.lower())


@cache
def places_in_lower_case() -> dict[str, str]:
    """Every place name in lower case, mapped to the country of the first form that has it."""
    places: dict[str, str] = {}
    for form, code in reference.country_places().items():
        places.setdefault(form.lower(), code)
    return places


def with_host_country(contact: Contact, host: str | None) -> Contact:
    """Give the one party of a meeting or visit whose office has no country the country visited, `host`.

    "During his visit to Ghana, Ruto met President John Mahama": the president met in Ghana by
    a visitor from elsewhere is Ghana's. `host` is the journey's destination, not any place the
    sentence names: a president met in Geneva need not be Swiss. An international organization's
    official keeps no country.
    """
    if contact.type not in (ContactType.MEETING, ContactType.VISIT) or host is None or len(contact.participants) != 2:
        return contact
    bare = [p for p in contact.participants
            if p.role and not p.country and p.organization not in reference.international_organizations()]
    known = [p for p in contact.participants if p.country]
    if len(bare) != 1 or len(known) != 1 or known[0].country == host:
        return contact
    hosting = replace(bare[0], country=host)
    initiator = hosting if contact.initiator == bare[0] else contact.initiator
    return replace(contact, participants=tuple(hosting if p == bare[0] else p for p in contact.participants),
                   initiator=initiator)


def as_visit(contact: Contact, host: str | None) -> Contact:
    """A meeting on the home soil of exactly one of two parties, as a visit by the other.

    The traveller initiates a visit. Meetings in a third country, or where a party's country
    is unknown, stay meetings. An international organization's official is at home in no
    country, and away from the country of its seat: the UN Secretary-General meeting a president
    in Nairobi travelled there, and one meeting a president in New York did not.
    """
    if contact.type != ContactType.MEETING or host is None or len(contact.participants) != 2:
        return contact
    home = [p for p in contact.participants if p.country == host]
    away = [p for p in contact.participants if (ground := home_ground(p)) and ground != host]
    if len(home) != 1 or len(away) != 1:
        return contact
    return replace(contact, type=ContactType.VISIT, initiator=away[0])


def as_visit_of_visitor(contact: Contact, sentence: str, host: str | None) -> Contact:
    """A meeting with the one party the sentence calls visiting, as that party's visit.

    "Ruto met with visiting Ghanaian President John Mahama" tells who travelled, where the
    text gives no place, or places the meeting in the other party's country (`host`).
    """
    if contact.type != ContactType.MEETING or len(contact.participants) != 2 or "isiting" not in sentence:
        return contact
    visitors = [p for p in contact.participants if p.name and is_called_visiting(sentence, p.name)]
    if len(visitors) != 1 or (host and any(p.country != host for p in contact.participants if p != visitors[0])):
        return contact
    return replace(contact, type=ContactType.VISIT, initiator=visitors[0])


def is_called_visiting(sentence: str, name: str) -> bool:
    """True when "visiting" stands before the name, with only its title between.

    "visiting Chinese foreign minister Wang Yi" calls Wang Yi visiting; "visiting Accra, met Wang Yi" does not.

    >>> is_called_visiting("Ruto met visiting Ghanaian President John Mahama.", "John Mahama")
    True
    >>> is_called_visiting("Ruto, visiting Accra, met John Mahama.", "John Mahama")
    False
    >>> is_called_visiting("Ruto met the visiting President of Ghana, John Mahama.", "John Mahama")
    True
    """
    surname = plain(name.split()[-1])
    for match in VISITING.finditer(sentence):
        commas = 0
        for word in sentence[match.end():].split()[:8]:
            bare = word.strip(",.;:()\"“”")
            if plain(bare).removesuffix("'s").removesuffix("’s") == surname:
                return True
            # One comma may stand before the name: "the visiting President of Mozambique, Filipe Nyusi".
            commas += word == bare + ","
            if (bare != word and word != bare + ",") or commas > 1 or (bare[:1].islower() and
                                                                       bare.lower() not in title_words()):
                break
    return False


@cache
def title_words() -> frozenset[str]:
    """The lower-case words a title may hold between "visiting" and a name: "the", "of", office words."""
    return frozenset({"the", "of", "for"} | {w for alias in reference.role_aliases() for w in alias.split()})


def home_ground(party: Party) -> str | None:
    """The country a party travels from: the seat of its international organization, else its own country."""
    organization = reference.international_organizations().get(party.organization or "")
    return organization.seat if organization else party.country
