"""Resolve the date phrases of a sentence to calendar dates, against the publication date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|" \
        r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
MONTH_WORD = MONTH.replace("?P<month>", "")
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:19|20)\d\d)"
# "two days ago": the days counted back from publication.
DAYS_AGO = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10}
PATTERNS = [
    re.compile(r"\b(?P<iyear>(?:19|20)\d\d)-(?P<imonth>[01]\d)-(?P<iday>[0-3]\d)\b"),
    # "12.06.2023": with dots, the day comes first, as in Europe and Russia; slashes ("3/4/2023") are left
    # unread, the month first in American writing and the day first elsewhere.
    re.compile(r"\b(?P<eday>[0-3]?\d)\.(?P<emonth>[01]?\d)\.(?P<eyear>(?:19|20)\d\d)\b"),
    re.compile(rf"\b{MONTH} {DAY}(?:,? {YEAR})?\b"),
    re.compile(rf"\b{DAY} (?:of )?{MONTH}(?:,? {YEAR})?\b"),
    # A weekday that opens a full date ("Monday, November 15") is part of it: the date wins.
    re.compile(rf"\b(?P<last>last )?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
               rf"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.)(?!\w)(?!,? (?:{MONTH_WORD} \d|\d{{1,2}} {MONTH_WORD}))"
               # "on Tuesday last week": that weekday of the calendar week before publication's.
               r"(?P<lastweek> (?:of )?last week\b)?"),
    re.compile(r"\b(?P<relative>today|yesterday|the day before yesterday|tonight|last night|this morning|"
               r"this evening)\b", re.IGNORECASE),
    re.compile(rf"\b(?P<ago>\d{{1,2}}|{'|'.join(DAYS_AGO)}) days? ago\b", re.IGNORECASE),
    # "on the 12th": that day of the month of publication, or of the month before where it is still to come.
    re.compile(r"\bon the (?P<nth>[0-3]?\d)(?:st|nd|rd|th)\b"),
]
# A date after these words is a deadline or a span's end ("extend the talks until July 7"), not the day of a contact.
DEADLINE = re.compile(r"\b(?:until|till|by|before|through|deadline(?: of)?)\s+(?:on\s+)?$", re.IGNORECASE)
# A date that opens a span ("visited Portugal from April 22 to 25", "April 22-25") names no one day of it.
SPAN_AFTER = re.compile(rf"\s*(?:-|–|—|to|until|till|through)\s*(?:\d|{MONTH_WORD}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)")
SPAN_BEFORE = re.compile(r"(?:\d|day)\s*(?:-|–|—|to|until|till|through)\s*$")  # and one that ends it
# A date right after a reporting verb is the day of the report ("the ministry said on Monday"), which
# dates the announcement, not the contact.
REPORTED = re.compile(r"\b(?:said|says|reported|announced|stated|added|confirmed|revealed|disclosed|told reporters|"
                      r"posted|tweeted|wrote on (?:X|Twitter|Facebook|Telegram|Instagram|social media))"
                      r"\s+(?:on\s+|late\s+|early\s+)?$", re.IGNORECASE)
# "LAUSANNE, March 28 (IRNA) --": the date the report was filed, not the day of a contact.
# "MOSCOW, December 15. /TASS/." is the wire services' form of it.
DATELINE = re.compile(rf"^\s*[A-Z][\w/.'’ -]{{1,40}}?,\s+(?:{MONTH} {DAY}|{DAY.replace('day>', 'dday>')} "
                      rf"{MONTH.replace('month>', 'dmonth>')})(?:,? {YEAR})?\s*(?:(?:\([^)]*\))?\s*(?:--|[-–—])|\.\s*/[\w-]+/\.|"
                      # "Beijing, Oct 12 (IANS) Chinese ...": the agency's name alone ends it, or the blank
                      # that masking the parentheses leaves of it.
                      rf"(?:\([A-Z][\w .-]{{1,20}}\)|\s{{4,}})(?=\s*[A-Z]))")
# A lead in the present perfect ("have wrapped up their summit") reports the dateline's day, as "today" does.
PRESENT_PERFECT = re.compile(r"\b(?:has|have) (?:just |now )?(?:\w+ed|met|held|had|spoken|begun|won|sent|received)\b")
RELATIVE_DAYS = {"today": 0, "tonight": 0, "this morning": 0, "this evening": 0, "yesterday": 1,
                 "last night": 1, "the day before yesterday": 2}


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date phrase found in a sentence and the day it names."""

    start: int
    end: int
    day: date


def resolve_date(phrase: str, published: date) -> date | None:
    """The day a date phrase names, read against the publication date; None if it names none.

    Weekdays are the most recent such day on or before publication; dates without a year
    take the latest year that does not put them after publication.

    >>> resolve_date("On Tuesday", date(2021, 5, 19))
    datetime.date(2021, 5, 18)
    >>> resolve_date("on Tue.", date(2021, 5, 19))
    datetime.date(2021, 5, 18)
    >>> resolve_date("on Wednesday", date(2021, 5, 19))
    datetime.date(2021, 5, 19)
    >>> resolve_date("yesterday", date(2021, 1, 1))
    datetime.date(2020, 12, 31)
    >>> resolve_date("three days ago", date(2021, 1, 2))
    datetime.date(2020, 12, 30)
    >>> resolve_date("December 30", date(2021, 1, 2))
    datetime.date(2020, 12, 30)
    >>> resolve_date("on 12.06.2023", date(2023, 6, 16))
    datetime.date(2023, 6, 12)
    >>> resolve_date("in July", date(2021, 8, 2)) is None
    True
    >>> resolve_date("extended until July 7", date(2015, 6, 30)) is None
    True
    >>> resolve_date("they spoke by phone, the ministry said on Monday", date(2021, 8, 16)) is None
    True
    """
    found = find_dates(phrase, published)
    return found[0].day if found else None


def find_dates(sentence: str, published: date) -> list[DateMention]:
    """Every date phrase of a sentence that names one day, in the order they appear.

    A dateline's date is the day the report was filed: it names no contact itself, but
    "today" after it is that day.

    >>> [m.day.isoformat() for m in find_dates("BEIJING, March 12 (Xinhua) -- Leaders met on Friday.", date(2023, 3, 13))]
    ['2023-03-10']
    >>> [m.day.isoformat() for m in find_dates("TEHRAN, May 3 (IRNA) - The ministers spoke today.", date(2021, 5, 4))]
    ['2021-05-03']
    >>> [m.day.isoformat() for m in find_dates("MOSCOW, May 3. /TASS/. The ministers have held talks.", date(2021, 5, 4))]
    ['2021-05-03']
    """
    found: list[DateMention] = []
    dateline = DATELINE.match(sentence)
    body = dateline.end() if dateline else 0
    if dateline:
        published = day_filed(dateline, published)
    for pattern in PATTERNS:
        for match in pattern.finditer(sentence, body):
            if any(m.start < match.end() and match.start() < m.end for m in found):
                continue
            before = max(0, match.start() - 25)
            if DEADLINE.search(sentence, before, match.start()) or REPORTED.search(sentence, before, match.start()) \
                    or SPAN_AFTER.match(sentence, match.end()) or SPAN_BEFORE.search(sentence, before, match.start()):
                continue
            day = day_of({name: text for name, text in match.groupdict().items() if text}, published)
            if day is not None:
                found.append(DateMention(match.start(), match.end(), day))
    perfect = PRESENT_PERFECT.search(sentence, body)
    if dateline and perfect and not found:
        found.append(DateMention(perfect.start(), perfect.end(), published))
    return sorted(found, key=lambda m: m.start)


def dateline_day(sentence: str, published: date) -> date | None:
    """The day a sentence's dateline says the report was filed, if the sentence opens with one.

    The rest of the report is told from that day: in "TEHRAN, Nov. 3 (MNA) – ..." published on
    November 16, "on Sunday" two paragraphs later is the Sunday before November 3.

    >>> dateline_day("TEHRAN, Nov. 3 (MNA) – The ministers met on Saturday.", date(2023, 11, 16))
    datetime.date(2023, 11, 3)
    >>> dateline_day("The ministers met on Saturday.", date(2023, 11, 16)) is None
    True
    """
    dateline = DATELINE.match(sentence)
    return day_filed(dateline, published) if dateline else None


def day_filed(dateline: re.Match[str], published: date) -> date:
    """The date a matched dateline gives, else the publication date."""
    filed = find_dates(dateline.group().rstrip(" -–—./").rsplit("/", 1)[0].rstrip(" ./"), published)
    return filed[0].day if filed else published


def day_of(groups: dict[str, str], published: date) -> date | None:
    """The day that one matched date phrase names, from the groups it matched."""
    if "iyear" in groups:
        return safe_date(int(groups["iyear"]), int(groups["imonth"]), int(groups["iday"]))
    if "eyear" in groups:
        return safe_date(int(groups["eyear"]), int(groups["emonth"]), int(groups["eday"]))
    if "month" in groups:
        month = next(i for i, name in enumerate(MONTHS, 1) if name.startswith(groups["month"].lower()[:3]))
        day = int(groups["day"])
        if "year" in groups:
            return safe_date(int(groups["year"]), month, day)
        candidate = safe_date(published.year, month, day)
        if candidate is not None and candidate > published:
            candidate = safe_date(published.year - 1, month, day)
        return candidate
    if "weekday" in groups:
        weekday = [d[:3] for d in WEEKDAYS].index(groups["weekday"][:3].lower())
        if "lastweek" in groups:
            return days_before(published, published.weekday() + 7 - weekday)
        back = (published.weekday() - weekday) % 7
        if "last" in groups and back == 0:
            back = 7
        return days_before(published, back)
    if "relative" in groups:
        return days_before(published, RELATIVE_DAYS[groups["relative"].lower()])
    if "nth" in groups:
        day = int(groups["nth"])
        candidate = safe_date(published.year, published.month, day)
        if candidate is None or candidate > published:
            last_month = published.replace(day=1) - timedelta(days=1)
            candidate = safe_date(last_month.year, last_month.month, day)
        return candidate
    if "ago" in groups:
        count = groups["ago"].lower()
        return days_before(published, int(count) if count.isdigit() else DAYS_AGO[count])
    return None


def days_before(published: date, days: int) -> date | None:
    """The day `days` before `published`, or None where the calendar ends ("yesterday" of 1 January of year 1)."""
    try:
        return published - timedelta(days=days)
    except OverflowError:
        return None


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None for an impossible one such as 30 February."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


# Where one clause of a sentence ends and another, with its own day, begins: "met A on Monday, then flew to
# Accra, where he met B on Tuesday".
CLAUSE_BREAK = re.compile(r";|,\s*(?:and|but|while|whereas|then|where)\b|\bbut\b")
# ", who arrived in Rome on Monday,": a relative clause dates its own event, not the main clause's;
# but ", which took place on Monday," dates the contact it follows.
RELATIVE_CLAUSE = re.compile(r",\s*(?:who|whose|which(?! (?:took place|was held|were held|happened|occurred)\b))\b"
                             r"[^,;]*,")


def nearest_date(sentence: str, dates: list[DateMention], position: int) -> date | None:
    """The day named nearest to a position in the sentence (a cue), or None.

    A date in the cue's own clause wins over a nearer one across a clause break: in "On
    Monday they met, and on Friday they called", the call is on Friday and the meeting on Monday.
    A date inside a relative clause that does not hold the cue names another event.
    """
    asides = [m.span() for m in RELATIVE_CLAUSE.finditer(sentence) if not m.start() <= position < m.end()]
    dates = [d for d in dates if not any(start <= d.start < end for start, end in asides)]
    if not dates:
        return None

    def distance(mention: DateMention) -> tuple[bool, int]:
        low, high = sorted((mention.start, position))
        return bool(CLAUSE_BREAK.search(sentence, low, high)), min(abs(mention.start - position),
                                                                   abs(mention.end - position))

    return min(dates, key=distance).day
