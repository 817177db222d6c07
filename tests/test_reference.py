"""Reference data: every code a real ISO 3166 code, every table readable."""

import pycountry
import pytest

from diplograph import reference

EXCEPTIONALLY_RESERVED = {"EU"}


def test_reference_country_codes_are_iso_3166():
    codes = [row["iso2"] for row in reference.read_rows("countries.csv")]
    assert len(codes) == len(set(codes)) > 200
    # EU is ISO 3166-1's exceptionally reserved code for the European Union, which pycountry leaves out.
    assert all(pycountry.countries.get(alpha_2=code) or code in EXCEPTIONALLY_RESERVED for code in codes)


def test_reference_organization_countries_are_iso_3166_or_every_country():
    assert all(o.country == "*" or pycountry.countries.get(alpha_2=o.country) for o in reference.organizations())


@pytest.mark.parametrize(("form", "code"), [
    ("Iranian", "IR"), ("Kuwait", "KW"), ("Islamic Republic of Pakistan", "PK"), ("Türkiye", "TR"), ("US", "US"),
    ("Britain", "GB"), ("Palestinian", "PS"), ("Russian Federation", "RU"), ("Senegalese", "SN"), ("Moldova", "MD"),
    ("Ivory Coast", "CI"), ("Congolese", "CD"), ("Holy See", "VA"),
])
def test_reference_country_names_include_adjectives_and_other_names(form, code):
    assert reference.country_names()[form] == code


def test_reference_seats_are_kept_apart_from_names():
    assert reference.country_seats()["Kremlin"] == "RU"
    assert "Kremlin" not in reference.country_names()


@pytest.mark.parametrize(("text", "country", "role", "expected"), [
    ("National Assembly", "KW", "Speaker", "National Assembly of Kuwait"),
    ("Parliament", "IR", "Speaker", "Islamic Consultative Assembly"),
    ("Grand National Assembly", "TR", "Speaker", "Grand National Assembly of Turkey"),
    (None, "TR", "Speaker", "Grand National Assembly of Turkey"),
    (None, "US", "Secretary of State", "U.S. Department of State"),
    (None, "FR", "Foreign Minister", "Ministry of Foreign Affairs"),
    (None, "FR", "Ambassador", None),
    # "the French President" is the head of state, not the National Assembly's president.
    (None, "FR", "President", None),
    ("National Assembly", "FR", "President", "National Assembly of France"),
    ("Central Bank", "TR", "Governor", "Central Bank of Turkey"),
])
def test_reference_canonical_organization(text, country, role, expected):
    assert reference.canonical_organization(text, country, role) == expected


def test_reference_no_organization_takes_the_office_of_a_head_of_state_or_government():
    heads = {(h.country, h.role) for h in reference.office_holders()
             if reference.role_office(h.role) in {"President", "Prime Minister", "Chancellor", "King", "Emir"}}
    taken = [(o.country, role) for o in reference.organizations() for role in o.roles if (o.country, role) in heads]
    assert taken == []


def test_reference_office_holders_cover_sixty_countries_with_known_offices_and_codes():
    holders = reference.office_holders()
    offices = set(reference.role_aliases().values())
    assert len({h.country for h in holders}) >= 60
    assert all(pycountry.countries.get(alpha_2=h.country) for h in holders if not h.organization)
    organizations = reference.international_organizations()
    assert all(h.organization in organizations and h.country == organizations[h.organization].country
               for h in holders if h.organization)
    assert all(h.role in offices for h in holders)
    assert all(h.end is None or h.start < h.end for h in holders)


def test_reference_office_holders_terms_of_one_office_never_overlap():
    terms = {}
    for holder in reference.office_holders():
        terms.setdefault((holder.country, holder.organization, holder.role), []).append(holder)
    for office, held in terms.items():
        held.sort(key=lambda h: h.start)
        for before, after in zip(held, held[1:], strict=False):
            assert before.end is not None and before.end <= after.start, (office, before.name, after.name)


def test_reference_office_holders_span_2010_to_the_present_for_the_major_powers():
    from datetime import date

    for country in ("US", "RU", "CN", "GB", "FR", "DE", "IN", "IR", "TR", "SA"):
        for year in range(2010, 2026):
            day = date(year, 7, 1)
            assert any(h.country == country and h.holds_on(day) for h in reference.office_holders()), (country, year)
