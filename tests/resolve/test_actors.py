"""Names across one article: spelling variants, surnames, offices."""

from datetime import date

import pytest

from diplograph.extract.mentions import Mention
from diplograph.resolve.actors import People
from diplograph.resolve.names import is_same_person


@pytest.mark.parametrize(("short", "full", "same"), [
    ("Qalibaf", "Mohammad Baqer Qalibaf", True),
    ("Ghalibaf", "Mohammad Baqer Qalibaf", True),
    ("Al Ghanim", "Marzouq Al Ghanim", True),
    ("Mohammad", "Mohammad Baqer Qalibaf", False),
    ("Zarif", "Mohammad Baqer Qalibaf", False),
])
def test_actors_same_person(short, full, same):
    assert is_same_person(short, full) is same


def test_actors_people_resolve_surname_and_office():
    people = People()
    people.register(Mention(0, 10, "Ali Nasser", "Speaker", "Parliament", "KW"))
    assert people.resolve(Mention(20, 26, "Nasser")).role == "Speaker"
    assert people.resolve(Mention(30, 40, None, "Speaker", None, "KW")).name == "Ali Nasser"
    assert people.resolve(Mention(30, 40, None, "Speaker", None, "OM")).name is None


@pytest.mark.parametrize(("day", "holder"), [
    (date(2024, 3, 6), "Mohammed bin Abdulrahman Al Thani"),  # Prime Minister and Foreign Minister at once
    (date(2015, 3, 6), None),  # years before he became Foreign Minister
])
def test_actors_office_is_the_person_named_in_another_office_the_table_has_them_hold_too(day, holder):
    people = People(day)
    people.register(Mention(0, 10, "Mohammed bin Abdulrahman Al Thani", "Prime Minister", None, "QA"))
    assert people.resolve(Mention(30, 40, None, "Foreign Minister", None, "QA")).name == holder


def test_actors_an_office_named_again_keeps_its_organization_and_another_office_has_none():
    people = People()
    people.register(Mention(0, 10, "Amina Bello", "Secretary-General", "United Nations", None))
    assert people.resolve(Mention(20, 40, "Amina Bello", "Secretary-General")).organization == "United Nations"
    assert people.resolve(Mention(50, 60, "Bello")).organization == "United Nations"
    assert people.resolve(Mention(70, 90, "Amina Bello", "President")).organization is None


def test_actors_given_name_alone_is_the_one_person_named_so_far_with_it():
    people = People()
    people.register(Mention(0, 10, "Mohammed bin Salman", "Crown Prince", None, "SA"))
    assert people.resolve(Mention(20, 35, "Mohammed")).name == "Mohammed bin Salman"
    people.register(Mention(40, 50, "Mohammed Shia al-Sudani", "Prime Minister", None, "IQ"))
    assert people.resolve(Mention(60, 75, "Mohammed")).name == "Mohammed"
