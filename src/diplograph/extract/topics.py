"""Short labels of what a contact was about, read from its sentence."""

from __future__ import annotations

import re

TOPIC = re.compile(
    r"\b(?:discuss(?:ed|ing)?|to discuss|talk(?:s|ed)? (?:on|about)(?! (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b| the (?:sidelines|margins|phone)\b)|"
    r"spoke about|exchanged views on|review(?:ed)?|(?:briefed|informed|updated) (?:[\w'’.-]+ ){1,6}?on|"
    r"focused on|cent(?:er|re)d on|regarding|concerning|on ways to|to denounce|to condemn|to support|to coordinate)"
    r"\s+(?P<topic>[^.;:“”\"]+)",
    re.IGNORECASE,
)
# Where a topic phrase ends: a new clause, a reporting verb, or the place and time of the talks.
TOPIC_END = re.compile(
    r",|(?:\s+(?:and|as|while|which|who|where|at|during|after|before|according|said|adding|stressing|"
    r"with the|through)|"
    # "the situation in Gaza" is one topic; "trade in Riyadh" is trade, in a place.
    r"(?<!situation)(?<!war)(?<!crisis)(?<!conflict)(?<!developments)(?<!tensions)(?<!escalation)\s+in)"
    r"\s+(?:the\s+)?(?:[A-Z]|said|stressed|agreed|added|expressed|called|urged|noted|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|\s+(?:on|last|this) (?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)|"
    # a day or an occasion, where "on" with a name goes on with the topic ("attacks on Ukraine's ports")
    r"\s+on\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|the\s+(?:sidelines|margins|occasion)\b)|"
    # the other party: "discussed trade with Nigerian President Bola Tinubu", "... with his counterpart"
    r"(?:^|\s+)with\s+(?:(?:his|her|their)\s+)?(?:(?:[A-Z][\w'’-]*\s+){0,3}(?:President|Prime Minister|Minister|King|Emir|"
    r"Chancellor|Speaker|Secretary)\b|(?:[\w-]+\s+)?counterparts?\b|[A-Z][\w'’-]*\s+[A-Z])|"
    # the contact itself: "discussed regional security during a meeting in ...", "... over the phone"
    r"\s+(?:during|in|at|on|over|via|by)\s+(?:(?:an?|the|their|his|her)\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:meeting|talks|call|conversation|(?:tele)?phone|summit|video)\b"
)
# The occasions that make two contacts of the same people on the same day two contacts: a call to
# congratulate and a call to condole are not one call.
OCCASIONS = (("congratulations", re.compile(r"\bcongratulat", re.IGNORECASE)),
             ("condolences", re.compile(r"\b(?:condolence|condole|sympathy|mourning)", re.IGNORECASE)))
# Words between the verb and its topic: "discussed in a phone call on Saturday the situation in Gaza",
# "discussed with his Jordanian counterpart Ayman Safadi ways to ...".
BEFORE_TOPIC = re.compile(
    r"^(?:(?:(?:in|during|over|via|by|through)\s+(?:(?:an?|the|their|his|her)\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:meeting|talks|call|conversation|(?:tele)?phone|video\s+(?:call|conference|link))|"
    r"(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|"
    r"with\s+(?:(?:(?:his|her|their)\s+)?(?:(?-i:[A-Z])[\w'’.-]*\s+|counterparts?\s+|of\s+)+?"
    r"(?=(?!counterparts?\b|of\b)(?-i:[a-z]))|him|her|them))\s*,?\s*)+",
    re.IGNORECASE,
)
LEADING = re.compile(r"^(?:the|a|an|and|prevent|even|ways to|issues? of|matters? of)\s+", re.IGNORECASE)
AND = re.compile(r"\s+and\s+|\s+as well as\s+")  # between the topics of one phrase


def find_topics(sentence: str) -> tuple[str, ...]:
    """Lower-case, deduplicated topic labels of one sentence.

    >>> find_topics("The two leaders discussed regional security and the grain corridor on Monday.")
    ('regional security', 'grain corridor')
    >>> find_topics("Ruto and Abiy discussed regional security during a meeting in Addis Ababa.")
    ('regional security',)
    >>> find_topics("They discussed the situation in Gaza and trade in Cairo.")
    ('situation in gaza', 'trade')
    >>> find_topics("They discussed in a phone call on Saturday the situation in Gaza.")
    ('situation in gaza',)
    >>> find_topics("Shoukry discussed with her Jordanian counterpart Ayman Safadi ways to end the war.")
    ('end the war',)
    >>> find_topics("Putin and Erdogan talked on the sidelines of the summit.")
    ()
    >>> find_topics("Blinken spoke with Kuleba to discuss Russia's attacks on Ukraine's ports on the phone.")
    ("russia's attacks on ukraine's ports",)
    >>> find_topics("They discussed sanctions on Russia on March 3 on the sidelines of the summit.")
    ('sanctions on russia',)
    >>> find_topics("Fidan discussed the war in Gaza with Sameh Shoukry and Ayman Safadi.")
    ('war in gaza',)
    >>> find_topics("Ruto briefed Ghanaian President John Mahama on the situation in Sudan during a call on Monday.")
    ('situation in sudan',)
    >>> find_topics("Putin met Erdogan in Sochi.")
    ()
    >>> find_topics("Putin phoned Erdogan to congratulate him on his re-election.")
    ('congratulations',)
    """
    labels = [label for label, pattern in OCCASIONS if pattern.search(sentence)]
    for match in TOPIC.finditer(sentence):
        topic = match.group("topic")
        lead = BEFORE_TOPIC.match(topic)
        phrase = TOPIC_END.split(topic[lead.end():] if lead else topic, maxsplit=1)[0]
        for part in AND.split(phrase):
            label = part.strip().lower()
            while LEADING.match(label):
                label = LEADING.sub("", label)
            if label and len(label.split()) <= 8 and label not in labels:
                labels.append(label)
    return tuple(labels)
