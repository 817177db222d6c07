"""From one article to its contacts: the extraction pipeline for a single article.

Extraction is a pure function of the article, so articles can be processed in any order,
in parallel, or on a cluster, and give the same contacts.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from diplograph import reference
from diplograph.extract.cues import Cue, Frame, find_cues
from diplograph.extract.letters import letter_contacts
from diplograph.extract.mentions import (Mention, country_alone, holders, may_name_someone, pair_titles, read_item,
                                         read_parties, read_subject, split_items, trailing_country)
from diplograph.extract.roundups import roundup_contacts
from diplograph.extract.sentences import split_sentences
from diplograph.extract.topics import find_topics
from diplograph.model import Article, Contact, ContactType, Evidence, Party
from diplograph.patterns import lowered
from diplograph.resolve.actors import People, to_party
from diplograph.resolve.dates import DateMention, dateline_day, find_dates, nearest_date
from diplograph.resolve.dedupe import merge_contacts, party_key
from diplograph.resolve.names import is_same_person
from diplograph.resolve.places import (as_visit, as_visit_of_visitor, cue_place, dateline_place, destination_in,
                                       place_in, places_told, with_host_country)

# Where a list of parties after a cue ends: the purpose, place, time or manner of the contact; not
# "for" before a minister's portfolio ("Minister of State for Information and Broadcasting X", "the Special Envoy
# of the US President for the Middle East, X").
LIST_END = re.compile(
    r"\s+(?:to|about|regarding|concerning|over|via|by|on|in|at|during|for(?! [A-Z]| the [A-Z])|amid|after|before|while|"
    r"(?<!well )as(?! well as)|since|"
    r"following|ahead|under|where|which|who|whom|and (?:discussed|exchanged|reviewed|agreed|expressed|stressed|"
    r"said|called|urged|praised|conveyed|thanked|congratulated))\b|"
    # "spoke with A, and a day later met B": a verb after "and" opens a clause of its own.
    r",?\s+and\s+(?:(?:on|in)\s+\w+\s+|[a-z][\w-]*\s+){0,3}?(?:met|held|spoke|visited|received|hosted|telephoned|"
    r"phoned|talked|flew|travell?ed|left|arrived)\b|[;:(—–]|\s-\s|"
    # "X, who was received by Y, later met Z": the main clause goes on after the relative one.
    r",\s+(?:later|then|subsequently|afterwards|also|met|said|held|spoke|visited|received|told|added)\b"
)
# A verb of telling, whose object is the other party of a contact it is told in (see `told_parties`).
# "conveyed his condolences to Y": what is conveyed is a message, never a wish to meet someone else.
TELLING = re.compile(r"\b(?:told|assured|reassured|urged|informed|briefed|thanked|congratulated|asked|invited|warned|"
                     r"pressed|reminded|(?:conveyed|expressed|extended|offered|relayed)\s+(?:his|her|their|the)\s+"
                     r"(?:[\w'’-]+\s+){0,3}?(?:condolences|congratulations|greetings|thanks|gratitude|appreciation|"
                     r"wishes|invitation|support|solidarity|sympathy|message)\s+to)\s+(?=\S)")
# A report that a pronoun after it continues: "X said on Monday that he", "X's office said he".
REPORTING_BEFORE = re.compile(r"\b(?:said|says|wrote|posted|announced|stated|confirmed|added|tweeted)\b[^.;,]{0,30}$")
# A journey told as someone's before a pronoun: "Lula's visit to Beijing, where he met Xi".
JOURNEY_BEFORE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour|journey|stay)\b[^.;]*$")
OPENING_PREPOSITION = re.compile(r"\W*(?:During|In|On|At|After|Following|Before|Throughout)\s+")
# A quoted first-person post or remark: '"I had a productive call with Y," X wrote on X.', 'X posted: "Spoke with Y."'
# Its subject is "I", or nothing but the opening quote mark.
FIRST_PERSON = re.compile(r"(?:\bI|^\W*[\"“])\W*$")
QUOTE_CLOSE = re.compile(r"[^\"“”]{0,600}?[\"”]")
SPEAKER_AFTER = re.compile(r"\s*(?P<who>[^.;!?\"“”]{2,150}?)\s+(?:wrote|said|posted|tweeted|added|stated|noted)\b|"
                           r"\s*(?:wrote|said|posted|tweeted|added)\s+(?P<inverted>[^.;!?\"“”,]{2,150})")
SPEAKER_BEFORE = re.compile(r"\b(?:wrote|said|posted|tweeted|stated)\b[^.;\"“”]{0,40}?[:,]?\s*[\"“][^\"“”]*$")
# A second party of the same verb, the verb left out: "held talks with A on Wednesday, and on Thursday with B".
ELIDED = re.compile(r"[^.;]{0,60}?(?P<conjunction>,?\s+and\s+)(?:(?:then|later|also|separately)\s+)?"
                    r"(?:(?:on|in|at)\s+(?:the\s+)?\w+(?:\s+\d{1,2})?,?\s+|later\s+(?:that|the same)\s+day,?\s+)?with\s+(?=\S)")
OWN_DAY_AFTER = re.compile(r",|(?:after|following)\b", re.IGNORECASE)  # cues whose own day follows them
# "X met Y on Monday, a day after talks with Z": the earlier contact is the main clause subject's, days before its day.
AFTER = re.compile(r"(?:after|following)\b", re.IGNORECASE)
EARLIER_VERB = re.compile(r"\b(?:met|meets|received|receives|hosted|hosts|welcomed|welcomes|visited|visits|called on|"
                          r"telephoned|phoned|spoke|speaks|talked|held|holds|had)\b")
DAYS_BEFORE = re.compile(r"\b(?P<count>a|one|two|three|four|five|six) days? $", re.IGNORECASE)
DAY_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# "A day later, he met B", "The next day he met B", "On the second day of his visit, he met B": the day told
# before, moved on.
DAYS_LATER = re.compile(r"\b(?:(?P<count>a|one|two|three|four|five|six) days? later|the (?:next|following) day|"
                        r"the (?P<ordinal>second|third|fourth|fifth) day of (?:his|her|their|the) (?:[\w-]+ )?"
                        r"(?:visit|trip|tour|stay))\b", re.IGNORECASE)
ORDINAL_DAYS = {"second": 1, "third": 2, "fourth": 3, "fifth": 4}
# "A and B met in Brussels on Sunday, hosted by C": the host of the meeting took part in it. A summit's host,
# in "met on the sidelines of the summit hosted by C", hosted the summit, not the meeting.
HOSTED_BY = re.compile(r"[^.;]*?,\s*hosted by\s+")
HOSTED_EVENT = re.compile(r"\b(?:summit|conference|forum|sidelines|margins|gathering)\b", re.IGNORECASE)
IN_PERSON_TYPES = {ContactType.MEETING, ContactType.VISIT}
IN_THE_CONTACT = re.compile(r"(?:in|during|over)\b", re.IGNORECASE)
PREPOSITION_BEFORE = re.compile(r"\b(?:in|during|over)\s*$", re.IGNORECASE)  # "during their meeting"
# The text before a cue that opens its sentence: nothing, adverbials ending with a comma ("On Monday, "), or a
# participle's clause that the cue goes on ("Speaking to reporters after his meeting with X, Y said").
OPENS_CLAUSE = re.compile(r"(?:[^,]*,|\W*[A-Z][a-z]+ing\b[^,]*)?\s*$")
# How far from a cue its subject, its list of parties and a verb of telling are looked for, in
# characters: further than any sentence of news reaches, and short of the run-on "sentences" of text
# without full stops, in which reading every subject from the sentence's start took quadratic time.
SUBJECT_SPAN = 400
LIST_SPAN = 1000
TOLD_SPAN = 200
PRONOUN_AND = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+(?:and\s+)?$")  # before the party of "He and X met ..."
OBJECT_PRONOUN = re.compile(r"\s*(?:him|her)[\s.!?\"”]*")
# "He", or a description that, like it, means the person told before: "The visiting minister met ...".
PRONOUN = re.compile(r"\b(?:He|She|he|she|[Tt]he (?:visiting (?:minister|official|leader|envoy|president|premier)|"
                     r"visitor|guest))\b")
# A person followed by a verb of saying is the source of a sentence, not whom its "He" will mean:
# '"...," MEA spokesman Raveesh Kumar tweeted. He was received by ...' is about the visitor.
SOURCE = re.compile(r"\s*(?:said|says|tweeted|told|added|wrote|noted|stated|posted|announced)\b")
# A subject that means the people of the contact told before: "they met", "the two leaders spoke".
PAIR_WORDS = (r"(?:[Tt]hey|[Tt]he two (?:leaders|presidents|ministers|sides|officials|men|diplomats|heads of state|"
              r"foreign ministers|prime ministers))\b")
PAIR = re.compile(rf"\b{PAIR_WORDS}(?:\s+\w+){{0,2}}\s*$")
THEIR = re.compile(r"\btheir\b", re.IGNORECASE)
# The same, as the subject of the main clause after a contact told first: "During the call on Saturday,
# the two sides ...".
PAIR_AFTER = re.compile(rf"[^.;]*?,\s*{PAIR_WORDS}")
# A following sentence that goes on about the same contact lends it its topics.
FOLLOW_UP = re.compile(r"^(?:During|In) (?:the|their|this|that) (?:\w+ )?(?:conversations?|calls?|talks|meetings?|"
                       r"letters?|messages?|video ?conferences?)\b|^The two (?:sides|leaders|officials|ministers)\b|"
                       r"^(?:The|Their) (?:[\w-]+ )?(?:conversations?|calls?|talks|meetings?|discussions?) (?:focused|"
                       r"cent(?:er|re)d|covered|dealt|touched)\b|"
                       # "Cavusoglu and Alfano discussed ...", "They also reviewed ..."
                       r"^(?:They\s+|(?:[A-ZÀ-ÞĀ-ž][\w'’-]*\s+){1,3}and\s+(?:[A-ZÀ-ÞĀ-ž][\w'’-]*\s+){1,3})(?:also\s+)?"
                       r"(?:discussed|reviewed|exchanged views)\b|"
                       # "Lavrov said the two ministers discussed ..."
                       r"^(?:[A-ZÀ-ÞĀ-ž][\w'’-]*\s+){1,3}said\s+(?:that\s+)?(?:they|the two (?:sides|leaders|officials|"
                       r"ministers|presidents))\s+(?:had\s+)?(?:also\s+)?(?:discussed|reviewed|exchanged views)\b")
# A following sentence that tells only when the contact told before took place: "The talks took place on Monday."
CONTACT_DATED = re.compile(r"^(?:The|Their|This|That) (?:[\w-]+ ){0,2}(?:talks|meeting|call|conversation|visit|summit|"
                           r"videoconference|video conference)s? (?:took place|was held|were held|happened|occurred)\b")
TODAY = re.compile(r"\btoday\b", re.IGNORECASE)
# The same word in lower-cased text, its start's boundary checked after it: `re` skips ahead to each "t".
TODAY_LOWER = re.compile(r"today(?<!\wtoday)\b")
NARRATIVE_SPAN = 2
SAME_DAY = re.compile(r"\b(?:also|later (?:in|on) the day|later that day|the same day|earlier (?:in|on) the day|"
                      r"on the same (?:day|occasion))\b", re.IGNORECASE)
APPOSITION = re.compile(r"^\s*,.*,\s*$")  # ", on a state visit," between a subject and its verb
PARENTHESIS = re.compile(r"\([^()]*\)")
# Words that make an organization a business.
COMPANY = re.compile(r"\b(?:Ltd|Limited|Inc|LLC|PLC|plc|Corp|Corporation|Company|GmbH|AG|Holdings?|Mines|Motors|"
                     r"Airlines|Group|Industries|Energy Company)\b\.?")


def extract_contacts(article: Article) -> list[Contact]:
    """Every concrete contact the article reports, merged where it reports one twice.

    >>> from datetime import date
    >>> text = "Iranian Foreign Minister Mohammad Javad Zarif spoke by phone with Kuwaiti Foreign Minister Sabah Al-Khalid on Monday."
    >>> [c] = extract_contacts(Article("a1", None, None, date(2020, 6, 3), None, text))
    >>> c.type.value, [p.name for p in c.participants], c.date.isoformat()
    ('PhoneCall', ['Mohammad Javad Zarif', 'Sabah Al-Khalid Al-Hamad Al-Sabah'], '2020-06-01')
    """
    people = People(article.published)
    contacts: list[Contact] = []
    masked = mask_parentheses(article.text)
    sentences = split_sentences(article.text)
    named = [scan_mentions(masked, start, end) for start, end in sentences]
    destination, arrival = None, None
    here = dateline_place(article.text)
    todays = [match.start() for match in TODAY_LOWER.finditer(lowered(masked))]  # where the text says "today"
    today: tuple[int, date, list[str]] | None = None  # the last sentence that says "today": its day, whom it names
    salient: Mention | None = None
    filed = article.published
    told = (-1, 0)  # the last sentence that reported contacts, and how many
    told_day: date | None = None
    for index, (start, end) in enumerate(sentences):
        # "He" refers to someone named before this sentence, not to whoever it names itself: the
        # first person the last sentence naming anyone names, who is mostly its subject. An article
        # that opens with "He" names him after (cataphora).
        previous = [salient] if salient else [m for later in named[index + 1:] for m in later]
        resolved = [people.resolve(mention) for mention in named[index]]
        # A report is told from the day its dateline gives, in the sentences after it too.
        filed = dateline_day(masked[start:end], article.published) or filed
        if any(start <= at < end for at in todays):
            today = (index, today_of(masked[start:end], filed), [m.name for m in resolved if m.name])
        for mention in resolved:
            people.register(mention)
        salient = next((m for m in resolved if m.name and len(m.name.split()) > 1 and not is_source(masked, m)),
                       salient)
        sentence = article.text[start:end]
        cues = find_cues(sentence, article.text)
        arrived = destination_in(masked[start:end], here)
        # Dates inside asides are the report's own ("(Sputnik - 23rd September)"), not the contact's.
        dates = find_dates(masked[start:end], filed) if cues or arrived else []
        if arrived:
            # The day of arrival dates the visit's meetings that the article does not date themselves.
            # A second mention of the same arrival without a date keeps the first one's day.
            same = arrived == destination
            destination, arrival = arrived, (dates[0] if dates else arrival if same else None)
        reported: list[Contact] = []
        if cues:
            placed = place_in(masked[start:end])
            # A sentence of several cues may tell several places, one for each ("met A in Rome, then flew to Berlin").
            places = places_told(masked[start:end]) if len(cues) > 1 else []
            following = article.text[slice(*sentences[index + 1])] if index + 1 < len(sentences) else ""
            topics = find_topics(sentence) or (find_topics(following) if FOLLOW_UP.match(following) else ())
            # Whom "they" means: the people of the contact told before this sentence or, before any, the two
            # people the sentence before names ("X arrived in Moscow for talks with Y. The two presidents met ...").
            pair = [as_mention(p, start, end) for p in contacts[-1].participants if p.name] if contacts else \
                named_pair(people, named[index - 1] if index else [])
            later = DAYS_LATER.search(sentence) if told_day else None  # "The next day, he met ..."
            for number, cue in enumerate(cues):
                bound = cues[number + 1].start if number + 1 < len(cues) else end - start
                spot = cue_place(masked[start:end], places, cue.start, bound) or placed
                host = spot or destination or here
                # Where the journey told goes, unless the sentence places the contact elsewhere.
                visited = destination if spot in (None, destination) else None
                # A date after an earlier contact told next is that contact's: "their first meeting since a phone
                # call on May 3".
                before_prior = number + 1 < len(cues) and cues[number + 1].prior
                own_dates = [d for d in dates if d.start < bound] if before_prior else dates
                found = read_contacts(article, masked, people, (previous, pair), (start, end), cue, own_dates, topics)
                found = [as_visit_of_visitor(as_visit(with_host_country(contact, visited), host), sentence, host)
                         for contact in found]
                found = days_later(found, told_day, later)
                found = same_contact_dates(link_dates(found, contacts + reported, sentence), contacts + reported)
                reported.extend(replace(c, date=arrival.day) if arrival and is_visit_to(c, destination) and not c.date
                                else c for c in found)
            # A visit told with its place ("Erdogan hosted Mitsotakis in Ankara") places the visitor's later
            # meetings there too, as an arrival would, where the article has told of none; their day it does not tell.
            if placed and destination is None and any(is_visit_to(c, placed) for c in reported):
                destination = placed
        if today and index - today[0] <= NARRATIVE_SPAN:
            reported = [date_by_today(contact, *today[1:]) for contact in reported]
        if not reported and index - told[0] <= 2 and CONTACT_DATED.match(sentence) and \
                (days := find_dates(masked[start:end], filed)):
            contacts[len(contacts) - told[1]:] = [c if c.date else replace(c, date=days[0].day)
                                                  for c in contacts[len(contacts) - told[1]:]]
        contacts.extend(reported)
        if reported:
            told = (index, len(reported))
        # The last day told, of a contact or an arrival, from which "the next day" counts.
        told_day = next((c.date for c in reversed(reported) if c.date), None) or \
            (arrival.day if arrived and arrival else None) or told_day
        # The subject of a contact ("X met A and B") is who the next sentence's "He" means.
        if reported and reported[0].participants[0].name:
            salient = as_mention(reported[0].participants[0], start, end)
    def resolve(mentions: list[Mention]) -> list[Mention]:
        return identified(people, mentions)

    contacts.extend(roundup_contacts(article, masked, sentences, resolve))
    contacts.extend(letter_contacts(article, masked, sentences, resolve))
    return [contact for contact in merge_contacts([name_offices(contact, people) for contact in contacts])
            if all(describes_someone(party) for party in contact.participants)]


def describes_someone(party: Party) -> bool:
    """True when a party names a person, or an office with its country: less identifies no one.

    "the Foreign Minister" of an unnamed country is anybody; a contact with such a party
    is left out rather than stored with a participant nobody can look up.
    """
    return bool(party.name or (party.role and party.country))


def name_offices(contact: Contact, people: People) -> Contact:
    """Give a party named only by office the name of the one person the article names in it.

    A lead often names an office ("Qatar's foreign minister met ...") and the name comes only
    later ("... Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani"): at the end of the
    article everyone it names is known.
    """
    parties = []
    initiator = contact.initiator
    for party in contact.participants:
        holders = [] if party.name else people.holding(party.role, party.country)
        if len(holders) == 1 and not any(is_same_person(holders[0].name, p.name) for p in contact.participants):
            # "The prime minister spoke to Zelensky ... Sunak": the one named holder's country is the office's.
            named = replace(party, name=holders[0].name, country=party.country or holders[0].country)
            initiator = named if party == initiator else initiator
            party = named
        parties.append(party)
    if parties == list(contact.participants):
        return contact
    return replace(contact, participants=tuple(parties), initiator=initiator)


def today_of(sentence: str, published: date) -> date:
    """The day "today" names in a sentence: the dateline's, where the sentence has one, else the publication's."""
    found = [d.day for d in find_dates(sentence, published) if TODAY.fullmatch(sentence[d.start:d.end])]
    return found[0] if found else published


def date_by_today(contact: Contact, day: date, names: list[str]) -> Contact:
    """Date an undated contact by a "today" told just before about one of its people.

    A report keeps its time as it goes on: after "Earlier today Zarif returned to Vienna", "after
    Kerry met with Zarif for two hours" happened that day too. Only a contact with a party that
    the "today" sentence names, at most `NARRATIVE_SPAN` sentences later, is dated so.
    """
    if contact.date or not any(is_same_person(p.name, name) or is_same_person(name, p.name)
                               for p in contact.participants if p.name for name in names):
        return contact
    return replace(contact, date=day)


def is_visit_to(contact: Contact, country: str | None) -> bool:
    """True when a contact is a visit to `country`: a party other than the traveller is at home there."""
    return contact.type == ContactType.VISIT and any(
        p.country == country for p in contact.participants if p != contact.initiator)


def link_dates(found: list[Contact], earlier: list[Contact], sentence: str) -> list[Contact]:
    """Date undated contacts that the text ties to the one before ("also", "later in the day").

    In a report of one day's talks, "He also met ..." happened on the day of the contact
    reported before it.
    """
    dated = [c.date for c in earlier if c.date]
    if not dated or not SAME_DAY.search(sentence):
        return found
    return [c if c.date else replace(c, date=dated[-1]) for c in found]


def same_contact_dates(found: list[Contact], earlier: list[Contact]) -> list[Contact]:
    """Date undated contacts that are the contact told just before again, its kind and its people.

    "On Wednesday, she held talks with Modi. The two sides signed seven agreements.": the signing
    is the talks of Wednesday, not another meeting of the day of arrival. Told again face to face,
    the contact keeps the kind it was told with: in "WASHINGTON - A and B met in Vienna on Tuesday.
    The two diplomats had a lengthy discussion.", the discussion is the meeting in Vienna, not a
    visit to the dateline's city.
    """
    if not earlier or not earlier[-1].date or earlier[-1].prior:
        return found
    last = earlier[-1]
    people = {party_key(p) for p in last.participants}
    return [as_told_before(c, last) if not c.date and not c.prior and is_same_kind(c.type, last.type) and
            {party_key(p) for p in c.participants} == people else c for c in found]


def is_same_kind(one: ContactType, other: ContactType) -> bool:
    """True when two contacts are of one kind, counting a visit and a meeting as one: both face to face."""
    return one == other or {one, other} <= IN_PERSON_TYPES


def as_told_before(contact: Contact, before: Contact) -> Contact:
    """The contact, told again, with the day of its first telling, and its kind and initiator where they differ."""
    if contact.type == before.type:
        return replace(contact, date=before.date)
    return replace(contact, type=before.type, initiator=before.initiator, date=before.date)


def mask_parentheses(text: str) -> str:
    """The text with parenthesized asides blanked out, offsets kept.

    Asides hold sources, dates and abbreviations ("(UrduPoint News / Sputnik)", "(PNC)"),
    never a party of the sentence, and their capitalized words would read as names.

    >>> mask_parentheses("Lavrov (Russia) met Wang")
    'Lavrov          met Wang'
    """
    return PARENTHESIS.sub(lambda m: " " * len(m.group()), text)


def scan_mentions(text: str, start: int, end: int) -> list[Mention]:
    """Every person a sentence names, titles joined to names, for resolving later mentions."""
    return read_mentions(text, start, end) if may_name_someone(text[start:end]) else []


def read_mentions(text: str, start: int, end: int) -> list[Mention]:
    """`scan_mentions` item by item, without the quick test that passes over a sentence naming nobody."""
    runs: list[list[Mention]] = [[]]
    # Countries before a plural title, as `read_parties` reads them; in a whole sentence, the first may end the
    # item of the subject and verb: "X met with his Ghanaian and Nigerian counterparts, A and B".
    held: list[Mention] = []
    for item_start, item_end, office in split_items(text[start:end], start):
        item = read_item(text, item_start, item_end, office)
        country = country_alone(text, item_start, item_end) if item is None else \
            trailing_country(text, item_start, item_end)
        if country:
            held.append(Mention(item_start, item_end, None, None, None, country, plural=True))
            if item is None:
                runs.append([])
            else:
                runs[-1].append(item)
            continue
        if held and item is not None and item.plural and item.is_title:
            runs[-1].extend(holders(held, item))
        held = []
        # An item that names nobody ("accompanied by his spouse") separates a title from the name after it.
        if item is None:
            runs.append([])
        else:
            runs[-1].append(item)
    return [m for run in runs for m in pair_titles(run) if m.name]


def is_source(text: str, mention: Mention) -> bool:
    """True when the mention's name is followed by a verb of saying ("Raveesh Kumar tweeted")."""
    item = text[mention.start:mention.end]
    surname = (mention.name or "").split()[-1]
    at = item.rfind(surname)
    return at >= 0 and bool(SOURCE.match(item, at + len(surname)))


def named_pair(people: People, mentions: list[Mention]) -> list[Mention]:
    """The two people a sentence names, as the article knows them; none when it names another number."""
    found: list[Mention] = []
    for mention in map(people.resolve, mentions):
        if mention.name and not any(is_same_person(mention.name, m.name) or is_same_person(m.name, mention.name)
                                    for m in found):
            found.append(mention)
    return found if len(found) == 2 else []


def as_mention(party: Party, start: int, end: int) -> Mention:
    """A party of a contact already read, as a mention a later pronoun can refer to."""
    return Mention(start, end, party.name, party.role, party.organization, party.country)


def read_contacts(article: Article, masked: str, people: People, antecedents: tuple[list[Mention], list[Mention]],
                  sentence_span: tuple[int, int], cue: Cue, dates: list[DateMention],
                  topics: tuple[str, ...]) -> list[Contact]:
    """The contacts one cue reports: its parties, their roles, the date and topics.

    Parties are read from `masked`, the text without parenthesized asides. `antecedents` holds
    first the person a pronoun subject means (the salient person before the sentence or, when
    the article opens with the pronoun, the people it names later, of whom the first not
    already a party is meant), then the people of the contact told before, whom "they" means.
    `dates` are the sentence's dates, of which the nearest to the cue is the contact's; `topics`
    the sentence's, or those of the sentence after it that goes on about the contact.
    """
    start, end = sentence_span
    cue_start, cue_end = start + cue.start, start + cue.end
    clause_start = max(start, masked.rfind(";", start, cue_start) + 1, cue_start - SUBJECT_SPAN)
    subject = identified(people, read_subject(masked, clause_start, cue_start))
    after = bool(AFTER.match(masked, cue_start))
    earlier = EARLIER_VERB.search(masked, clause_start, subject[0].start) if subject and after else None
    if earlier:
        # "X met Y on Monday, a day after talks with Z": Y is the main clause's object; its subject had the talks.
        subject = identified(people, read_subject(masked, clause_start, earlier.start())) or subject
    if cue.frame == Frame.PASSIVE and not all(stands_before(masked[clause_start:cue_start], m) for m in subject):
        # "the banquet being hosted by Y" describes the banquet, not the person named before it; but in "The
        # Prime Minister, accompanied by ..., arrived at the airport and was received by Y", a finite passive,
        # the party opening the clause is its subject.
        finite = not masked.startswith("being", cue_start)
        subject = identified(people, read_parties(masked, clause_start, cue_start)[:1]) if finite else []
    objects: list[Mention] = []
    list_end = cue_end
    if cue.frame != Frame.JOINT:
        list_bound = min(end, cue_end + LIST_SPAN)
        stop = LIST_END.search(masked, cue_end, list_bound)
        list_end = stop.start() if stop else list_bound
        objects = identified(people, read_parties(masked, cue_end, list_end))
    previous, pair = antecedents
    if len(subject) == 1 and PRONOUN_AND.search(masked, clause_start, subject[0].start):
        # "He and Russian President Vladimir Putin held talks": the pronoun is the person told before.
        subject = [m for m in map(people.resolve, previous) if not is_same_person(m.name, subject[0].name)][:1] + subject
    if not objects and subject and cue.frame in (Frame.DIRECT, Frame.WITH) and \
            OBJECT_PRONOUN.fullmatch(masked, cue_end, list_end):
        # "Biden welcomed him at the White House": whom the sentence before was about.
        objects = [candidate for candidate in map(people.resolve, previous)
                   if not any(is_same_person(candidate.name, m.name) for m in subject)][:1]
    if cue.frame == Frame.JOINT and len(subject) == 1 and (IN_THE_CONTACT.match(masked, cue_start)
                                                         or PREPOSITION_BEFORE.search(masked, clause_start, cue_start)):
        # "X told Y in a phone call"
        subject, objects = with_told(cue, subject, told_parties(people, masked, max(clause_start, cue_start - TOLD_SPAN),
                                                                cue_start))
    if len(subject) == 1 and not objects and PAIR.search(masked[clause_start:cue_start]):
        # "X assured Y of support when they met": the teller and the told.
        subject = told_pair(people, masked, clause_start, cue_start) or subject
    if not subject and cue.frame != Frame.BETWEEN:
        # "their meeting", "It was their first visit since a phone call in May": the people told before.
        theirs = masked[cue_start:cue_end].lower().startswith("their") or bool(
            cue.prior and THEIR.search(masked, clause_start, cue_start))
        if FIRST_PERSON.search(masked, clause_start, cue_start):
            subject = quote_speaker(people, masked, start, cue_start)
        elif (theirs and bool(pair) or PAIR.search(masked[clause_start:cue_start])) and not objects:
            subject = pair
        elif pronoun := PRONOUN.search(masked, clause_start, cue_start):
            others = [m.name for m in objects if m.name]
            for candidate in (reporter(people, masked, start, pronoun.start()) or
                              traveller(people, masked, start, pronoun.start()) or list(map(people.resolve, previous))):
                if not any(is_same_person(candidate.name, other) for other in others):
                    subject = [candidate]
                    break
        elif len(objects) > 1 and cue.frame in (Frame.WITH, Frame.DIRECT) and \
                OPENS_CLAUSE.match(masked, clause_start, cue_start):
            # "In a phone call with A, B said ...", "After meeting A, B flew home": the list runs on into the
            # main clause's subject.
            subject, objects = objects[-1:], objects[:-1]
        else:
            # "In a phone call on Monday, A and B discussed ...": a contact told first has the main clause's subject
            # for its parties, all of them; a cue with a list has the one person the list runs on into.
            subject = identified(people, read_parties(masked, list_end, end, skip_leading=True))
            subject = subject if cue.frame == Frame.JOINT else subject[:1]
            if cue.frame == Frame.JOINT and len(subject) == 1:
                # "In a call, X told Y"
                subject, objects = with_told(cue, subject, told_parties(people, masked, list_end,
                                                                        min(end, list_end + TOLD_SPAN)))
            elif cue.frame == Frame.JOINT and not subject and PAIR_AFTER.match(masked, list_end, end):
                subject = pair
    if cue.type == ContactType.MEETING and subject:
        hosts = meeting_hosts(people, masked, list_end, end)
        if hosts and not any(is_same_person(h.name, m.name) for h in hosts for m in subject + objects):
            objects = [*objects, *hosts]
            cue = replace(cue, together=True)
    for mention in subject + objects:
        people.register(mention)
    sentence = article.text[start:end]
    elided = [] if cue.frame != Frame.WITH or not objects else elided_parties(people, masked, list_end, end, dates, start)
    if elided:
        dates = [d for d in dates if d.start < elided[0][0] - start]  # the main clause's, not the elided one's
    # A participle's comma, or "after", opens its cue: in "flew to Beijing on Monday, meeting Xi on Tuesday"
    # and "left on Friday after meeting Xi on Thursday" the meeting has the day after it, and the main
    # clause's day only where it has none of its own.
    own = [d for d in dates if d.start > cue.start] if OWN_DAY_AFTER.match(sentence, cue.start) else []
    day = nearest_date(sentence, own or dates, cue.start)
    later = DAYS_LATER.search(masked, clause_start, cue_start)
    if later and day and all(d.start < later.start() - start for d in dates):
        # "On June 12, X called A, and a day later met B": the day told, moved on.
        day += timedelta(days=days_of(later))
    days_before = DAYS_BEFORE.search(masked, max(start, cue_start - 12), cue_start) if after and not own else None
    if days_before and day:
        day -= timedelta(days=DAY_COUNTS[days_before.group("count").lower()])
    evidence = (Evidence(article.id, start, end),)
    contacts = contacts_of(cue, subject, objects, day, topics, evidence)
    for _, more, elided_day in elided:
        for mention in more:
            people.register(mention)
        contacts.extend(contacts_of(cue, subject, more, elided_day or day, topics, evidence))
    return contacts


def meeting_hosts(people: People, masked: str, position: int, end: int) -> list[Mention]:
    """Who hosted the meeting a cue before `position` reports, when the clause after it says so."""
    host = HOSTED_BY.match(masked, position, end)
    if host is None or HOSTED_EVENT.search(host.group()):
        return []
    stop = LIST_END.search(masked, host.end(), end)
    return identified(people, read_parties(masked, host.end(), stop.start() if stop else end))


def days_of(later: re.Match[str]) -> int:
    """How many days a `DAYS_LATER` phrase moves on."""
    if later.group("ordinal"):
        return ORDINAL_DAYS[later.group("ordinal").lower()]
    return DAY_COUNTS[later.group("count").lower()] if later.group("count") else 1


def days_later(found: list[Contact], day: date | None, later: re.Match[str] | None) -> list[Contact]:
    """Date the undated contacts of a sentence that tells them, in `later`, days after the day told before it.

    "Ruto arrived in Accra on Monday. The next day, he met Mahama": Tuesday, not the day of arrival.
    """
    if later is None or day is None:
        return found
    return [replace(c, date=day + timedelta(days=days_of(later))) if not c.date and not c.prior else c for c in found]


def elided_parties(people: People, masked: str, position: int, end: int,
                   dates: list[DateMention], start: int) -> list[tuple[int, list[Mention], date | None]]:
    """The parties a cue's verb, left out, has again after its list ("..., and on Thursday with B"), each with
    where it is told and the day told with it."""
    found = []
    while elision := ELIDED.match(masked, position, end):
        stop = LIST_END.search(masked, elision.end(), end)
        position = stop.start() if stop else end
        more = identified(people, read_parties(masked, elision.end(), position))
        if not more:
            break
        at = elision.start("conjunction")
        own = [d for d in dates if d.start >= at - start]
        found.append((at, more, own[0].day if own else None))
    return found


def contacts_of(cue: Cue, subject: list[Mention], objects: list[Mention], day: date | None,
                topics: tuple[str, ...], evidence: tuple[Evidence, ...]) -> list[Contact]:
    """The contacts of a cue's parties, one for each group (see `participant_groups`)."""
    contacts = []
    for mentions, initiator in participant_groups(cue, subject, objects):
        filled = fill_counterparts(mentions)
        parties = distinct_parties([to_party(m) for m in filled])
        if len(parties) < 2:
            continue
        # The initiator as filled in: "received his Omani counterpart" has the Omani Foreign Minister come.
        lead = to_party(filled[mentions.index(initiator)]) if initiator in mentions else None
        lead = next((p for p in parties if lead and party_key(p) == party_key(lead)), None)
        contacts.append(Contact(cue.type, tuple(parties), lead, day, topics, evidence, cue.prior))
    return contacts


def reporter(people: People, masked: str, start: int, pronoun: int) -> list[Mention]:
    """Who reports in the sentence before a pronoun ("Netanyahu's office said he", "Zelensky said on X that he"),
    whom the pronoun means; none when the sentence does not open with a report."""
    verb = REPORTING_BEFORE.search(masked, start, pronoun)
    if verb is None:
        return []
    return [m for m in identified(people, read_mentions(masked, start, verb.start())) if m.name][:1]


def traveller(people: People, masked: str, start: int, pronoun: int) -> list[Mention]:
    """Whose journey the sentence tells before a pronoun ("Lula's visit to Beijing, where he met Xi"), whom the
    pronoun means; none when it tells of no one's."""
    journey = JOURNEY_BEFORE.search(masked, start, pronoun)
    if journey is None:
        return []
    # "During Lula's state visit": the preposition opens no aside here.
    opening = OPENING_PREPOSITION.match(masked, start, journey.start())
    begin = opening.end() if opening else start
    return [m for m in identified(people, read_mentions(masked, begin, journey.start())) if m.name][-1:]


def quote_speaker(people: People, masked: str, start: int, cue_start: int) -> list[Mention]:
    """Who speaks in the first person in a quote holding a cue: the one named after it ('"...," X wrote',
    '"...," said X') or, in the sentence, before it ('X wrote on X: "..."'); none when no one is named."""
    before = SPEAKER_BEFORE.search(masked, start, cue_start)
    if before:
        return [m for m in identified(people, read_mentions(masked, start, before.start())) if m.name][:1]
    close = QUOTE_CLOSE.match(masked, cue_start)
    after = SPEAKER_AFTER.match(masked, close.end()) if close else None
    if after is None:
        return []
    group = "who" if after.group("who") else "inverted"
    return [m for m in identified(people, read_mentions(masked, after.start(group), after.end(group))) if m.name][:1]


def with_told(cue: Cue, teller: list[Mention], told: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """The subject and objects of a contact in which `teller` told `told` something.

    Who told whom in a letter wrote to them, and so initiated it; who told whom in a call or a
    meeting may have been called or visited, so the two are the contact's parties alike.
    """
    if cue.type == ContactType.CORRESPONDENCE and told:
        return teller, told
    return teller + told, []


def told_parties(people: People, masked: str, start: int, end: int) -> list[Mention]:
    """Whom a verb of telling in `masked[start:end]` names ("told Y", "assured Y"), up to the list's end.

    Told within a contact ("X told Y in a phone call", "In a phone call, X assured Y"), they took part in it.
    """
    telling = TELLING.search(masked, start, end)
    if not telling:
        return []
    stop = LIST_END.search(masked, telling.end(), end)
    return identified(people, read_parties(masked, telling.end(), stop.start() if stop else end))


def told_pair(people: People, masked: str, start: int, end: int) -> list[Mention]:
    """The one person who told and the one told in `masked[start:end]` ("X assured Y"); none if not just two."""
    telling = TELLING.search(masked, start, end)
    if not telling:
        return []
    teller = identified(people, read_subject(masked, start, telling.start()))
    told = told_parties(people, masked, telling.start(), end)
    return [*teller, *told] if len(teller) == 1 and len(told) == 1 else []


def stands_before(text: str, mention: Mention) -> bool:
    """True when the mention's name or office ends `text` but for at most one word ("has", "also").

    The subject of a passive ("X was received by Y", "X, on a state visit, was welcomed by Y")
    stands right before its verb.
    """
    words = (mention.name or mention.role or "").split()
    last = text.lower().rfind(words[-1].lower()) if words else -1
    between = APPOSITION.sub("", text[last + len(words[-1]):]) if words else ""
    return last < 0 or len(between.split()) <= 1


def identified(people: People, mentions: list[Mention]) -> list[Mention]:
    """The mentions resolved against the article's people, keeping only those that identify someone.

    A lone capitalized word ("Akorda", "Kazinform") that no earlier mention explains and no
    office qualifies is more often a place, outlet or building than a person, so it is dropped.
    So is the officer of a company ("Chairman of the Board of Ivanhoe Mines Ltd."): meeting a
    head of state is not diplomacy between them.
    """
    resolved = [people.resolve(m) for m in mentions if not COMPANY.search(m.organization or "")]
    return [m for m in resolved if m.role or m.counterpart or (m.name and len(m.name.split()) > 1)]


def participant_groups(cue: Cue, subject: list[Mention], objects: list[Mention]) -> list[tuple[list[Mention], Mention | None]]:
    """Who took part in each contact a cue reports, and who initiated it.

    "X spoke with A, B and C" is three contacts, X with each; "talks between A and B",
    "A and B held talks" and "X was received by A and B" are one contact of all named.
    """
    if cue.frame == Frame.BETWEEN or not objects:
        everyone = objects if cue.frame == Frame.BETWEEN else subject
        return [(everyone, None)] if len(everyone) >= 2 else []
    if not subject:
        return []
    if cue.together:
        return [([*subject, *objects], None)]
    if cue.frame == Frame.PASSIVE:
        # "X was received by A and B": the hosts received him together, one visit of all; "X was visited by A": A came.
        return [([*subject, *objects], objects[0] if cue.guest_initiates else subject[0])]
    groups = []
    for other in objects:
        if cue.frame == Frame.FROM or cue.guest_initiates:
            initiator = other
        elif cue.type == ContactType.MEETING or len(subject) != 1:
            initiator = None
        else:
            initiator = subject[0]
        groups.append(([*subject, other], initiator))
    return groups


def fill_counterparts(mentions: list[Mention]) -> list[Mention]:
    """Give "his Russian counterpart" the office of the other party, which it shares by definition.

    The office is the common one: the Secretary of State's British counterpart is a Foreign Minister.
    """
    roles = [reference.role_office(m.role) for m in mentions if m.role and not m.counterpart]
    return [replace(m, role=roles[0], counterpart=False) if m.counterpart and roles else m for m in mentions]


def distinct_parties(parties: list[Party]) -> list[Party]:
    """The parties with repeats removed, and unnamed offices dropped when a named party holds them."""
    seen: dict = {}
    for party in parties:
        seen.setdefault(party_key(party), party)
    named_offices = {(p.role, p.country) for p in seen.values() if p.name}
    return [p for p in seen.values() if p.name or (p.role, p.country) not in named_offices]
