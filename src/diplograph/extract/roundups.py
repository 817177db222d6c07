"""Round-ups of congratulation and condolence messages: each sender wrote to one recipient.

State media report a head of state's election or a national day as a round-up: a lead
("World leaders extended congratulations to X on his election") names the recipient once,
then each paragraph quotes one sender ("Egyptian President Y said ...", "In his letter, Z
expressed ...") or lists them ("Those also sending messages include: A, B, C"). None of these
paragraphs has a contact verb of its own; the lead makes every sender a correspondent of the
recipient.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from diplograph.extract.mentions import Mention, read_parties, read_subject
from diplograph.model import Article, Contact, ContactType, Evidence
from diplograph.resolve.actors import to_party
from diplograph.resolve.dates import find_dates, nearest_date
from diplograph.resolve.names import is_same_person

# The lead: congratulations or condolences sent to a named recipient.
LEAD = re.compile(r"\b(?:congratulat\w*|condolences?|messages? of (?:sympathy|support))\b[^.;]{0,60}?\bto (?=[A-Z])")
# Where the recipient's name ends: the occasion.
RECIPIENT_END = re.compile(r"\s+(?:on|upon|for|as|after|following)\b|[,;:(]")
# A paragraph that quotes a sender: "Y said", "In his letter, Z expressed".
SPEECH = re.compile(r"\b(?:said|says|expressed|wished|wishes|hoped|noted|stressed|affirmed|believes|praised|"
                    r"lauded|highlighted|conveyed|congratulated|extended)\b")
IN_WRITING = re.compile(r"^(?:In|Through) (?:his|her|their|a|an|the|separate) (?:[\w-]+ ){0,2}"
                        r"(?:letters?|messages?|cables?)\b[^,]{0,60},\s*")
# A sentence that introduces a list of further senders, one a paragraph.
LIST_INTRO = re.compile(r"\binclude[ds]?:?\s*$|:\s*$")
LEAD_SENTENCES = 3


def roundup_contacts(article: Article, masked: str, sentences: list[tuple[int, int]],
                     resolve: Callable[[list[Mention]], list[Mention]]) -> list[Contact]:
    """The correspondence a round-up of messages reports, or nothing when the article is not one.

    `resolve` identifies mentions against the article's people.
    The lead's date, where it gives one, dates every message; else they are undated.
    """
    lead = find_lead(masked, sentences[:LEAD_SENTENCES], resolve)
    if lead is None:
        return []
    index, recipient = lead
    start, end = sentences[index]
    day = nearest_date(article.text[start:end], find_dates(masked[start:end], article.published), 0)
    contacts = []
    listing = False
    for start, end in sentences[index + 1:]:
        senders = []
        sentence = masked[start:end]
        writing = IN_WRITING.match(sentence)
        speech = SPEECH.search(sentence)
        if listing and not speech:
            senders = read_parties(masked, start, end)
        elif writing and speech:
            senders = read_parties(masked, start + writing.end(), start + speech.start(), skip_leading=True)
        elif speech:
            senders = read_subject(masked, start, start + speech.start())
        listing = bool(LIST_INTRO.search(sentence)) or (listing and not speech)
        for sender in resolve(senders):
            if sender.name and sender.role and not is_same_person(sender.name, recipient.name):
                parties = (to_party(sender), to_party(recipient))
                contacts.append(Contact(ContactType.CORRESPONDENCE, parties, parties[0], day, (),
                                        (Evidence(article.id, start, end),)))
    return contacts


def find_lead(masked: str, sentences: list[tuple[int, int]],
              resolve: Callable[[list[Mention]], list[Mention]]) -> tuple[int, Mention] | None:
    """The index of the lead sentence and the named recipient of the messages, if any."""
    for index, (start, end) in enumerate(sentences):
        match = LEAD.search(masked, start, end)
        if match is None:
            continue
        stop = RECIPIENT_END.search(masked, match.end(), end)
        named = [m for m in resolve(read_parties(masked, match.end(), stop.start() if stop else end)) if m.name]
        if named:
            return index, named[0]
    return None
