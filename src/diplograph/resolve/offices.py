"""Who held an office on a given day: full names, offices and countries for the people news names.

News names a person as the reader is expected to know them: "Putin", "Emir Sabah",
"President Xi", "Michael Pompeo". `data/office_holders.csv` knows who held which office when,
so a name the table identifies on the article's date gets its full common form, and an
office and country where the text gives none. The text wins: a country or office the
article states is kept, and a person the table does not know is left as written.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date
from functools import cache, lru_cache

from diplograph import reference
from diplograph.extract.mentions import Mention
from diplograph.reference import OfficeHolder
from diplograph.resolve.names import name_tokens, plain


# Countries whose people English news names surname first, and then by that surname alone:
# "Xi" for Xi Jinping, "Yoon" for Yoon Suk Yeol, "Kim" for Kim Jong Un.
SURNAME_FIRST = frozenset({"CN", "TW", "HK", "MO", "KR", "KP"})


@cache
def by_last_token() -> dict[str, tuple[tuple[OfficeHolder, tuple[str, ...], str], ...]]:
    """Every term under the folded surname of each of its names, with that name's tokens and surname.

    The surname is the last token, or the first where the holder's country puts it first.
    """
    index: dict[str, list[tuple[OfficeHolder, tuple[str, ...], str]]] = defaultdict(list)
    for term in reference.office_holders():
        for form in term.names:
            tokens = tuple(name_tokens(form))
            index[tokens[-1]].append((term, tokens, surname(form)))
            if term.country in SURNAME_FIRST and len(tokens) > 1:
                index[tokens[0]].append((term, tokens, plain(form.split()[0])))
    return {token: tuple(entries) for token, entries in index.items()}


def surname(name: str) -> str:
    """The last word of a name as spelled, without case, accents or a hyphenated particle.

    >>> surname("Sabah Al-Ahmad Al-Sabah"), surname("Mustafa Şentop")
    ('sabah', 'sentop')
    """
    return plain(name.split()[-1]).rsplit("-", 1)[-1]


@cache
def by_first_token() -> dict[tuple[str, str], tuple[OfficeHolder, ...]]:
    """Every term under (office, folded first token of its name): "President Xi", "Emir Sabah"."""
    index: dict[tuple[str, str], list[OfficeHolder]] = defaultdict(list)
    for term in reference.office_holders():
        index[term.role, name_tokens(term.name)[0]].append(term)
    return {key: tuple(terms) for key, terms in index.items()}


# A day's articles name the same people over and over, and an article names one several times;
# bounded by a day's worth, so memory stays flat: the key holds the day, and a bound of 65,536
# held ten times as many keys, about 10 MiB more in each extracting process, to answer 71% of
# the calls on a synthetic feed instead of 51%.
@lru_cache(maxsize=4096)
def terms_named(name: str, role: str | None, day: date) -> tuple[OfficeHolder, ...]:
    """The terms running on `day` whose holder `name` can be.

    A name matches a holder's name or alias when the last tokens agree and every token of the
    shorter is in the longer ("Putin", "Michael Pompeo", "Ghalibaf"). A single word after an
    office ("President Xi", "Emir Sabah") may also be the holder's first name token.
    """
    tokens = name_tokens(name)
    if not tokens:
        return ()
    spelled = surname(name)
    found, exact = [], []
    for term, known, known_surname in by_last_token().get(tokens[-1], ()):
        shorter, longer = sorted((tokens, list(known)), key=len)
        if term.holds_on(day) and all(token in longer for token in shorter):
            found.append(term)
            if spelled == known_surname:
                exact.append(term)
    if role and len(tokens) == 1:
        exact.extend(term for term in by_first_token().get((role, tokens[0]), ()) if term.holds_on(day))
    # Skeletons of short names collide ("Lammy", "Lam"; "China", "Cohen"): a surname spelled exactly
    # as known wins, and a single word must be spelled as the table spells one of the names. So must a
    # surname of one consonant, unless the given name is spelled as the table spells it: "John Lee" is
    # not "Lula", but "Luigi Di Mayo" is Luigi Di Maio.
    if exact or len(tokens) == 1 or len(tokens[-1]) > 1:
        return tuple(exact or (found if len(tokens) > 1 else []))
    given = plain(name.split()[0])
    return tuple(term for term in found if plain(term.name.split()[0]) == given)


def identify(mention: Mention, day: date | None) -> Mention:
    """The mention with the full name, office and country of the office holder it names on `day`.

    Unchanged when the table knows no holder of that name, or more than one person fits
    (the Al-Sabah family holds many offices at once: a bare "Sabah" stays as written unless
    the text's office or country tells which). An office the text gives is kept, and so is
    a name the text gives in more words than the table; the country is the holder's, since
    a person holds office for one country.

    >>> putin = identify(Mention(0, 6, name="Putin"), date(2021, 6, 1))
    >>> putin.name, putin.role, putin.country
    ('Vladimir Putin', 'President', 'RU')
    >>> identify(Mention(0, 11, name="Sabah", role="Emir"), date(2017, 7, 10)).name
    'Sabah Al-Ahmad Al-Jaber Al-Sabah'
    >>> identify(Mention(0, 2, name="Xi"), date(2021, 6, 1)).name
    'Xi Jinping'
    >>> identify(Mention(0, 13, name="Luigi Di Mayo"), date(2021, 6, 1)).name
    'Luigi Di Maio'
    >>> guterres = identify(Mention(0, 8, name="Guterres"), date(2021, 6, 1))
    >>> guterres.name, guterres.role, guterres.organization, guterres.country
    ('António Guterres', 'Secretary-General', 'United Nations', None)
    """
    if not mention.name or day is None:
        return mention
    terms = terms_named(mention.name, mention.role, day)
    for known in ("country", "role"):
        if len({term.name for term in terms}) > 1 and getattr(mention, known):
            terms = tuple(t for t in terms if getattr(t, known) == getattr(mention, known))
    if len({term.name for term in terms}) != 1:
        return mention
    term = next((t for t in terms if t.role == mention.role), terms[0])
    # A fuller name in the text ("Mohammed Rikan Hadeed al-Halbousi") is kept, and so is the text's
    # spelling of the table's name ("Sentop" for "Şentop"); else the table's form.
    fuller = len(significant_words(mention.name)) > len(term.name.split())
    name = mention.name if fuller or plain(mention.name) == plain(term.name) else term.name
    if mention.role:
        return replace(mention, name=name, country=term.country, organization=mention.organization or term.organization)
    # "his Iranian counterpart, Mohammad Javad Zarif": the table knows his own office.
    return replace(mention, name=name, role=term.role, country=term.country, organization=term.organization,
                   counterpart=False)


def significant_words(name: str) -> list[str]:
    """The words of a name without initials: "Antony J. Blinken" is no fuller than "Antony Blinken".

    >>> significant_words("Joseph R. Biden")
    ['Joseph', 'Biden']
    """
    return [word for word in name.split() if len(word.rstrip(".")) > 1]
