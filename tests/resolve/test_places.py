"""Places: where a contact happened decides between a meeting and a visit."""

from datetime import date

import pytest

from diplograph.model import Contact, ContactType, Evidence, Party
from diplograph.resolve.places import as_visit, dateline_place, destination_in, is_called_visiting, place_in

RU, TR = Party("Vladimir Putin", "President", None, "RU"), Party("Recep Tayyip Erdogan", "President", None, "TR")


@pytest.mark.parametrize(("text", "country"), [
    ("They met in Sochi.", "RU"), ("talks at the Kremlin", "RU"), ("They met in Hamburg.", "DE"),
    ("a Russian delegation", None), ("in July", None), ("They met in Mombasa.", "KE"),
    ("talks at Hyderabad House", "IN"), ("received at the Great Hall of the People", "CN"),
    ("talks at State House, Nairobi", "KE"), ("at the Presidential Palace, Baghdad", "IQ"),
    ("in Paris, Kerry said", "FR"),  # only after "at" does a building stand before the city
])
def test_places_place_in(text, country):
    assert place_in(text) == country


@pytest.mark.parametrize(("text", "country"), [
    ("KATHMANDU: Xi arrived.", "NP"),
    ("By Staff Writer\n\n  MOSCOW (AP) -- Lavrov met Wang.", "RU"),  # a later paragraph, after blank lines
    ("Published: May 5\nANKARA, May 5 -- They met.", "TR"),  # the first opening names no place
    ("He met Mr. Wang in Ankara: they talked.", None),  # only a paragraph's opening is a dateline
])
def test_places_dateline_place(text, country):
    assert dateline_place(text) == country


def test_places_destination_is_the_last_one_travelled_to():
    assert destination_in("He flew to Ankara, then arrived in Moscow.") == "RU"


@pytest.mark.parametrize(("text", "country"), [
    ("Fidan is in Washington this week.", "US"), ("The two ministers are currently in Geneva.", "CH"),
    ("Fidan was in Washington last year.", None),  # a presence in the past is no journey the article tells
])
def test_places_presence_told_in_the_present_is_a_destination(text, country):
    assert destination_in(text) == country


def meeting(*parties):
    return Contact(ContactType.MEETING, parties, None, date(2021, 9, 29), (), (Evidence("a", 0, 5),))


def test_places_meeting_on_one_partys_soil_is_their_guests_visit():
    visit = as_visit(meeting(RU, TR), "RU")
    assert (visit.type, visit.initiator) == (ContactType.VISIT, TR)


@pytest.mark.parametrize("host", ["DE", None])
def test_places_meeting_elsewhere_stays_a_meeting(host):
    assert as_visit(meeting(RU, TR), host).type == ContactType.MEETING


def test_places_unknown_country_stays_a_meeting():
    assert as_visit(meeting(RU, Party("Ana Rojas")), "RU").type == ContactType.MEETING


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ruto met visiting Ghanaian President John Mahama.", True),
    # One comma before the name, as an apposition has it.
    ("Ruto met the visiting President of Ghana, John Mahama.", True),
    ("Ruto, visiting Accra, met John Mahama.", False),
    ("Ruto met the visiting President of Ghana, the Speaker, and John Mahama.", False),
])
def test_places_called_visiting(sentence, expected):
    assert is_called_visiting(sentence, "John Mahama") is expected
