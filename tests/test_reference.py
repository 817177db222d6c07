"""Reference data: every code a real ISO 3166 code, every table readable."""

import pycountry
import pytest

from diplograph import reference


def test_reference_country_codes_are_iso_3166():
    codes = [row["iso2"] for row in reference.read_rows("countries.csv")]
    assert len(codes) == len(set(codes)) > 100
    assert all(pycountry.countries.get(alpha_2=code) for code in codes)


def test_reference_organization_countries_are_iso_3166_or_every_country():
    assert all(o.country == "*" or pycountry.countries.get(alpha_2=o.country) for o in reference.organizations())


@pytest.mark.parametrize(("form", "code"), [
    ("Iranian", "IR"), ("Kuwait", "KW"), ("Islamic Republic of Pakistan", "PK"), ("Türkiye", "TR"), ("US", "US"),
    ("Britain", "GB"), ("Palestinian", "PS"), ("Russian Federation", "RU"),
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
    ("Central Bank", "TR", "Governor", "Central Bank of Turkey"),
])
def test_reference_canonical_organization(text, country, role, expected):
    assert reference.canonical_organization(text, country, role) == expected
