"""Reference data: countries, offices and organizations, loaded once from `data/`.

Countries are identified by their ISO 3166-1 alpha-2 code from pycountry; `data/countries.csv`
adds what pycountry lacks for reading news: short names, nationality adjectives, other names
and seats of government. `data/office_holders.csv` says who held which office when, and
`data/international_organizations.csv` where the bodies of several states sit. See
`data/README.md` for what each table covers.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib.resources import files
from pathlib import Path

import pycountry


def resource_path(*parts: str) -> Path:
    """The path of a file shipped with diplograph (ontology, data, queries)."""
    return Path(str(files("diplograph").joinpath("resources", *parts)))


@dataclass(frozen=True, slots=True)
class Country:
    """A country as diplograph names it: ISO code and the short name news uses."""

    code: str
    name: str


@dataclass(frozen=True, slots=True)
class Organization:
    """An organization whose officials appear in diplomatic news (a parliament, a ministry)."""

    country: str  # ISO code, or "*" for a kind of organization every country has
    name: str
    roles: tuple[str, ...]
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class InternationalOrganization:
    """A body of several states (the United Nations, NATO, the African Union Commission) and where it sits.

    Its officials belong to no country, or to the European Union; a meeting in the country of
    its seat is no journey of theirs, and one elsewhere is.
    """

    name: str
    country: str | None  # "EU" for the Union's institutions
    aliases: tuple[str, ...]  # as the text writes them, case kept: "UN", "U.N.", "the United Nations"
    seat: str  # ISO code of the country it sits in


@dataclass(frozen=True, slots=True)
class OfficeHolder:
    """One term of one person in one office: who was Emir of Kuwait, or Iran's foreign minister, when."""

    country: str | None  # ISO code; None for an office of an international organization
    role: str  # canonical office, as in roles.csv
    name: str  # full common name
    aliases: tuple[str, ...]  # other spellings and short forms
    start: date
    end: date | None  # None: in office when the table was last reviewed
    organization: str | None = None  # the international organization of the office, if it is one

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name and every alias."""
        return (self.name, *self.aliases)

    def holds_on(self, day: date) -> bool:
        """True when `day` falls within the term, both ends included (handovers happen mid-day)."""
        return self.start <= day and (self.end is None or day <= self.end)


def read_rows(name: str) -> list[dict[str, str]]:
    """The rows of one CSV table in `data/`."""
    with resource_path("data", name).open(encoding="utf-8", newline="") as table:
        return list(csv.DictReader(table))


def split_list(cell: str) -> list[str]:
    """A `|`-separated cell as a list of its non-empty items."""
    return [item.strip() for item in cell.split("|") if item.strip()]


@cache
def countries() -> dict[str, Country]:
    """Every country by ISO code: pycountry's list, with the short names of `countries.csv`.

    The European Union, which acts in diplomacy as a state does, has ISO 3166-1's
    exceptionally reserved code EU, which pycountry leaves out; `countries.csv` adds it.
    """
    short = {row["iso2"]: row["name"] for row in read_rows("countries.csv")}
    found = {
        entry.alpha_2: Country(entry.alpha_2, short.get(entry.alpha_2) or getattr(entry, "common_name", entry.name))
        for entry in pycountry.countries
    }
    return found | {code: Country(code, name) for code, name in short.items() if code not in found}


@cache
def country_names() -> dict[str, str]:
    """Every surface form that names a country (as written, case kept) mapped to its ISO code.

    Combines pycountry's names, official names and common names with the short names,
    nationality adjectives and other names of `countries.csv`. Seats of government are
    kept apart (`country_seats`), since "Moscow" names Russia only in some contexts.
    """
    names: dict[str, str] = {}
    for entry in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            value = getattr(entry, attribute, None)
            if value and "," not in value:
                names[value] = entry.alpha_2
    for row in read_rows("countries.csv"):
        for form in [row["name"], *split_list(row["demonyms"]), *split_list(row["aliases"])]:
            names[form] = row["iso2"]
    # News prints "People’s Republic of China" with a typographic apostrophe as often as with a straight one.
    names.update({name.replace("'", "’"): code for name, code in names.items() if "'" in name})
    return names


@cache
def country_seats() -> dict[str, str]:
    """Capitals and seats of government ("Kremlin", "White House") mapped to ISO codes."""
    return {seat: row["iso2"] for row in read_rows("countries.csv") for seat in split_list(row["seats"])}


@cache
def country_places() -> dict[str, str]:
    """Every place name that puts a meeting in a country: the country's names, seats and major cities.

    Nationality adjectives are left out: "Russian" describes a person, not a place.
    """
    adjectives = demonyms()
    places = {form: code for form, code in country_names().items() if form not in adjectives}
    for row in read_rows("countries.csv"):
        for place in [*split_list(row["seats"]), *split_list(row["cities"])]:
            places[place] = row["iso2"]
    return places


@cache
def demonyms() -> frozenset[str]:
    """The nationality adjectives ("Iranian", "Kuwaiti") of `countries.csv`."""
    return frozenset(form for row in read_rows("countries.csv") for form in split_list(row["demonyms"]))


@cache
def role_aliases() -> dict[str, str]:
    """Every lower-case way of writing an office ("minister of foreign affairs") mapped to its canonical role."""
    return {alias: row["role"] for row in read_rows("roles.csv") for alias in split_list(row["aliases"])}


@cache
def role_offices() -> dict[str, str]:
    """Each canonical role mapped to the office it is a national name for, or to itself.

    "Secretary of State", "Foreign Secretary" and "External Affairs Minister" are each their
    country's Foreign Minister: a counterpart of one holds the other, and a role-only party
    "Foreign Minister of the UK" is the Foreign Secretary the article names.

    >>> role_offices()["Secretary of State"], role_offices()["Speaker"]
    ('Foreign Minister', 'Speaker')
    """
    return {row["role"]: row["office"] or row["role"] for row in read_rows("roles.csv")}


@cache
def role_countries() -> dict[str, str]:
    """Each national title mapped to the one country that has it: "Taoiseach" is Ireland's.

    >>> role_countries()["Chancellor of the Exchequer"], "Foreign Minister" in role_countries()
    ('GB', False)
    """
    return {row["role"]: row["iso2"] for row in read_rows("roles.csv") if row["iso2"]}


def role_office(role: str) -> str:
    """The office a role names, for comparing offices across countries; unknown roles stand for themselves."""
    return role_offices().get(role, role)


@cache
def organizations() -> tuple[Organization, ...]:
    """The organizations of `organizations.csv`."""
    return tuple(
        Organization(row["iso2"], row["organization"], tuple(split_list(row["roles"])), tuple(split_list(row["aliases"])))
        for row in read_rows("organizations.csv")
    )


@cache
def office_holders() -> tuple[OfficeHolder, ...]:
    """The terms of `office_holders.csv`, in the table's order."""
    return tuple(
        OfficeHolder(
            row["iso2"] or None, row["role"], row["name"], tuple(split_list(row["aliases"])),
            date.fromisoformat(row["start"]), date.fromisoformat(row["end"]) if row["end"] else None,
            row["organization"] or None,
        )
        for row in read_rows("office_holders.csv")
    )


@cache
def international_organizations() -> dict[str, InternationalOrganization]:
    """The organizations of `international_organizations.csv`, by canonical name."""
    return {
        row["organization"]: InternationalOrganization(
            row["organization"], row["country"] or None, tuple(split_list(row["aliases"])), row["seat"])
        for row in read_rows("international_organizations.csv")
    }


@cache
def international_organization_names() -> dict[str, str]:
    """Every way the text writes an international organization (case kept), mapped to its canonical name."""
    return {form: organization.name for organization in international_organizations().values()
            for form in (organization.name, *organization.aliases)}


def canonical_organization(text: str | None, country: str | None, role: str | None) -> str | None:
    """The canonical name of the organization a text names, or the one an office implies.

    The text wins: "Kuwait's National Assembly" is the Kuwaiti row whose alias is "national
    assembly". With no text, an office implies its organization when exactly one row of the
    country (or of every country, "*") lists that role. An organization the tables do not know
    keeps the text's wording, with the country added when the wording lacks it.

    >>> canonical_organization("National Assembly", "KW", "Speaker")
    'National Assembly of Kuwait'
    >>> canonical_organization(None, "IR", "Foreign Minister")
    'Ministry of Foreign Affairs'
    >>> canonical_organization(None, "IN", "Foreign Minister"), canonical_organization("foreign ministry", "US", None)
    ('Ministry of External Affairs', 'U.S. Department of State')
    >>> canonical_organization("Supreme Council", "KW", "Speaker")
    'Supreme Council of Kuwait'
    >>> canonical_organization("UN", None, "Secretary-General")
    'United Nations'
    """
    if text:
        if text in international_organization_names():
            return international_organization_names()[text]
        key = normalize_phrase(text)
        for organization in organizations():
            if organization.country in (country, "*") and key in organization.aliases:
                return national_organization(organization, country).name
        if country and country in countries() and countries()[country].name.lower() not in text.lower():
            return f"{text} of {countries()[country].name}"
        return text
    if role is None:
        return None
    implied = [o for o in organizations() if o.country == country and role in o.roles]
    implied = implied or [o for o in organizations() if o.country == "*" and role in o.roles]
    return national_organization(implied[0], country).name if len(implied) == 1 else None


def national_organization(organization: Organization, country: str | None) -> Organization:
    """The country's own body for a kind every country has: Britain's foreign ministry is its Foreign Office.

    >>> national_organization(organizations()[0], "GB").name, national_organization(organizations()[0], "IR").name
    ('Foreign Commonwealth and Development Office', 'Ministry of Foreign Affairs')
    """
    if organization.country != "*":
        return organization
    offices = {role_office(role) for role in organization.roles}
    own = [o for o in organizations() if o.country == country and offices & {role_office(role) for role in o.roles}]
    return own[0] if len(own) == 1 else organization


def normalize_phrase(text: str) -> str:
    """Lower case, single spaces, no leading article: the form aliases are written in.

    >>> normalize_phrase("the  Grand National Assembly")
    'grand national assembly'
    """
    text = re.sub(r"\s+", " ", text.strip().lower())
    return re.sub(r"^the ", "", text)
