"""Office holders over time: who a name or a titled name means on a given day."""

from datetime import date

import pytest

from diplograph.extract.mentions import Mention
from diplograph.resolve.offices import identify


@pytest.mark.parametrize(("name", "role", "country", "day", "expected"), [
    # A surname alone gets the holder's full name, office and country.
    ("Putin", None, None, date(2021, 6, 1), ("Vladimir Putin", "President", "RU")),
    # The same person in different offices over time.
    ("Medvedev", None, None, date(2010, 6, 1), ("Dmitry Medvedev", "President", "RU")),
    ("Medvedev", None, None, date(2015, 6, 1), ("Dmitry Medvedev", "Prime Minister", "RU")),
    # Other spellings and short forms are aliases of one canonical name.
    ("Michael Pompeo", None, None, date(2019, 4, 2), ("Mike Pompeo", "Secretary of State", "US")),
    ("Ghalibaf", None, None, date(2021, 5, 18), ("Mohammad Baqer Qalibaf", "Speaker", "IR")),
    ("S Jaishankar", None, None, date(2021, 6, 29), ("Subrahmanyam Jaishankar", "External Affairs Minister", "IN")),
    # Swiss presidents hold office a calendar year; Fico has been Slovakia's prime minister twice.
    ("Amherd", None, None, date(2024, 6, 1), ("Viola Amherd", "President", "CH")),
    ("Cassis", None, None, date(2023, 6, 1), ("Ignazio Cassis", "Foreign Minister", "CH")),
    ("Fico", None, None, date(2024, 6, 1), ("Robert Fico", "Prime Minister", "SK")),
    ("Wickremesinghe", None, None, date(2016, 6, 1), ("Ranil Wickremesinghe", "Prime Minister", "LK")),
    ("Wickremesinghe", None, None, date(2023, 6, 1), ("Ranil Wickremesinghe", "President", "LK")),
    ("Faye", "President", None, date(2024, 6, 1), ("Bassirou Diomaye Faye", "President", "SN")),
    # An office before a given name: "Emir Sabah", "President Xi".
    ("Sabah", "Emir", None, date(2017, 7, 10), ("Sabah Al-Ahmad Al-Jaber Al-Sabah", "Emir", "KW")),
    ("Xi", "President", None, date(2015, 9, 1), ("Xi Jinping", "President", "CN")),
    ("Li", "Prime Minister", "CN", date(2015, 9, 1), ("Li Keqiang", "Prime Minister", "CN")),
    ("Li", "Prime Minister", "CN", date(2024, 9, 1), ("Li Qiang", "Prime Minister", "CN")),
    # The text's office wins over the table's; of two offices held at once, the one the text names.
    ("Boris Johnson", "Foreign Minister", None, date(2017, 1, 1), ("Boris Johnson", "Foreign Minister", "GB")),
    ("Wang Yi", "State Councilor", None, date(2019, 1, 1), ("Wang Yi", "State Councilor", "CN")),
    ("Wang Yi", None, None, date(2019, 1, 1), ("Wang Yi", "Foreign Minister", "CN")),
    # A surname spelled exactly as a holder's wins over a look-alike skeleton ("Lam").
    ("Lammy", None, None, date(2025, 3, 27), ("David Lammy", "Foreign Secretary", "GB")),
])
def test_offices_identify_names_on_the_day(name, role, country, day, expected):
    found = identify(Mention(0, 1, name=name, role=role, country=country), day)
    assert (found.name, found.role, found.country) == expected


@pytest.mark.parametrize(("name", "role", "day"), [
    ("Sabah", None, date(2017, 7, 10)),  # emir, foreign minister and more share the family name
    ("Tillerson", None, date(2020, 1, 1)),  # out of office: the table says nothing of him then
    ("Jane Doe", None, date(2020, 1, 1)),  # unknown to the table
    ("Putin", None, None),  # no date to look up
    ("John Lee", "Chief Executive", date(2024, 3, 1)),  # a surname of one consonant must be spelled alike: not "Lula"
])
def test_offices_leave_unknown_or_ambiguous_names_as_written(name, role, day):
    mention = Mention(0, 1, name=name, role=role)
    assert identify(mention, day) == mention
