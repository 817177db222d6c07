"""Date resolution against the publication date, including year boundaries."""

from datetime import date

import pytest

from diplograph.ingest import parse_published
from diplograph.resolve.dates import find_dates, nearest_date, resolve_date


@pytest.mark.parametrize(("phrase", "published", "expected"), [
    ("On Tuesday", date(2021, 5, 19), date(2021, 5, 18)),
    # The day of an announcement is not the day of the contact it announces.
    ("they spoke by phone, the ministry said on Monday", date(2021, 8, 16), None),
    ("they spoke by phone, the Kremlin announced Tuesday", date(2021, 8, 18), None),
    # A dateline's date is the report's; "today" after it is the dateline's day.
    ("MOSCOW, August 16 (TASS) -- The ministers met.", date(2021, 8, 17), None),
    ("MOSCOW, August 16 (TASS) -- The ministers met today.", date(2021, 8, 17), date(2021, 8, 16)),
    ("Beijing, Aug 16 (IANS) The ministers met here today.", date(2021, 8, 17), date(2021, 8, 16)),
    # A wire lead in the present perfect reports the dateline's day; in the past tense it says no day.
    ("MOSCOW/BEIJING, August 16. /TASS/. The ministers have wrapped up their talks.", date(2021, 8, 17),
     date(2021, 8, 16)),
    ("MOSCOW, August 16. /TASS/. The ministers met.", date(2021, 8, 17), None),
    ("The ministers have held talks.", date(2021, 8, 17), None),
    ("on Wednesday", date(2021, 5, 19), date(2021, 5, 19)),
    ("last Wednesday", date(2021, 5, 19), date(2021, 5, 12)),
    # "on Tuesday last week": the Tuesday of the week before publication's (19 May 2021 is a Wednesday).
    ("on Tuesday last week", date(2021, 5, 19), date(2021, 5, 11)),
    ("on Friday of last week", date(2021, 5, 19), date(2021, 5, 14)),
    ("on Monday last week", date(2021, 5, 23), date(2021, 5, 10)),
    ("on Friday", date(2021, 1, 2), date(2021, 1, 1)),
    ("on Saturday", date(2021, 1, 1), date(2020, 12, 26)),
    ("today", date(2021, 5, 19), date(2021, 5, 19)),
    ("yesterday", date(2024, 3, 1), date(2024, 2, 29)),
    ("last night", date(2024, 3, 1), date(2024, 2, 29)),
    ("two days ago", date(2024, 3, 1), date(2024, 2, 28)),
    ("3 days ago", date(2024, 3, 1), date(2024, 2, 27)),
    ("a day ago", date(2024, 3, 1), date(2024, 2, 29)),
    ("May 18, 2021", date(2021, 6, 1), date(2021, 5, 18)),
    # A span names no one day of it, at either end; a date before an infinitive is one day.
    ("visited Portugal from May 18 to 21", date(2021, 6, 1), None),
    ("visited Portugal on 18-21 May", date(2021, 6, 1), None),
    ("visited Portugal from Monday to Wednesday", date(2021, 6, 1), None),
    ("met on May 18 to sign a deal", date(2021, 6, 1), date(2021, 5, 18)),
    ("18 May", date(2021, 6, 1), date(2021, 5, 18)),
    ("on December 31", date(2022, 1, 1), date(2021, 12, 31)),
    ("on 2021-05-18", date(2021, 6, 1), date(2021, 5, 18)),
    # With dots the day comes first; with slashes the order is not known.
    ("on 18.05.2021", date(2021, 6, 1), date(2021, 5, 18)),
    ("on 3.5.2021", date(2021, 6, 1), date(2021, 5, 3)),
    ("on 05.18.2021", date(2021, 6, 1), None),
    ("on 3/5/2021", date(2021, 6, 1), None),
    # A weekday that opens a full date is part of it: the date decides.
    ("On Monday, November 15, 2021", date(2021, 11, 27), date(2021, 11, 15)),
    ("On Monday, 15 November", date(2021, 11, 27), date(2021, 11, 15)),
    ("on the 12th of May", date(2021, 6, 1), date(2021, 5, 12)),
    # A day of the month alone is of the month of publication, or of the month before where still to come.
    ("on the 12th", date(2021, 6, 15), date(2021, 6, 12)),
    ("on the 20th", date(2021, 6, 15), date(2021, 5, 20)),
    ("on the 31st", date(2021, 1, 5), date(2020, 12, 31)),
    ("on the 31st", date(2021, 3, 15), None),
    ("February 30", date(2021, 6, 1), None),
    ("in July", date(2021, 8, 1), None),
    ("earlier this week", date(2021, 8, 1), None),
    ("last week", date(2021, 8, 1), None),
])
def test_dates_resolve(phrase, published, expected):
    assert resolve_date(phrase, published) == expected


def test_dates_nearest_to_the_cue_wins():
    sentence = "On Monday the ministers met, and on Friday they called again."
    dates = find_dates(sentence, date(2024, 3, 9))
    assert nearest_date(sentence, dates, sentence.index("called")) == date(2024, 3, 8)
    assert nearest_date(sentence, dates, sentence.index("met")) == date(2024, 3, 4)


def test_dates_in_a_relative_clause_do_not_date_the_main_clause():
    sentence = "Ruto, who arrived in Accra on Monday, met Mahama in the morning."
    dates = find_dates(sentence, date(2024, 3, 6))
    assert nearest_date(sentence, dates, sentence.index("met")) is None


def test_dates_in_a_clause_telling_when_the_contact_took_place_date_it():
    sentence = "The summit between Ruto and Mahama, which took place in Addis Ababa on Monday, ended in a deal."
    dates = find_dates(sentence, date(2024, 3, 6))
    assert nearest_date(sentence, dates, sentence.index("summit")) == date(2024, 3, 4)


def test_dates_publication_just_after_midnight_keeps_the_outlets_own_day():
    published = parse_published("2024-03-05T00:05:00+03:00")  # 21:05 UTC on 4 March
    assert published == date(2024, 3, 5)
    assert resolve_date("yesterday", published) == date(2024, 3, 4)
    assert resolve_date("on Tuesday", published) == date(2024, 3, 5)


@pytest.mark.parametrize(("sentence", "days"), [
    ("They met yesterday.", []), ("They met on Sunday.", []), ("They met on Monday.", [date(1, 1, 1)]),
])
def test_dates_before_the_calendars_first_day_are_left_out(sentence, days):
    # 1 January of year 1 is a Monday: no day comes before it.
    assert [d.day for d in find_dates(sentence, date(1, 1, 1))] == days
