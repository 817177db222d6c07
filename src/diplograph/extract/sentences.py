"""Split article text into sentences, as character spans into the text."""

from __future__ import annotations

import re

# Words that end with a period without ending a sentence.
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col maj capt sgt sen rep gov st jr sr no vol fig jan feb mar apr jun jul aug "
    "sep sept oct nov dec vs etc inc ltd co corp dept univ amb hon rev".split()
)
# A period, question or exclamation mark, closing quotes or brackets, space, then a capital (an accented
# one too: "... with Alfano. Çavuşoğlu said"), digit or opening quote, or a name that opens with a
# lower-case particle ("al-Sudani said"). Latin Extended-A mixes capitals and small letters, so a letter
# from it is checked apart (`opens_with_capital`).
END = re.compile(r"""[.!?]["'”’)\]]*\s+(?=["'“‘(\[]?(?:[A-Z0-9À-ÖØ-ÞĀ-ž]|(?:al|el)-[A-Z]))""")
# Scraped text sometimes loses the period between two sentences ("... Grand National Assembly
# During the conversations, ..."). These words open sentences but are never capitalized inside
# a name or title, so one that follows a capitalized word with no punctuation starts a sentence.
# The space and the word before are checked apart (WORD_END): a pattern that opens with a look-behind
# or with spaces is tried at every position or space of the text, one that opens with a capital lets
# `re` skip ahead.
RUN_ON = re.compile(r"(?:During|However|Meanwhile|Earlier|Later|He|She|They|It|We) [a-z]")
WORD_END = re.compile(r"[A-Za-z][a-z]")
# It also loses the space after a period ("... Ibrahim Mohamed Solih.The Prime Minister, ...").
NO_SPACE = re.compile(r"\.(?<=[a-z]{2}\.)(?=(?:The|He|She|They|It|In|On|At|During|However|Meanwhile|Earlier|Later|This|"
                      r"Both|His|Her) )")
LAST_WORD = re.compile(r"[A-Za-z.]+$")
PARAGRAPH = re.compile(r"\n\s*")
WORD_BEFORE = re.compile(r"(\w+)$")
# "MOSCOW, December 15. /TASS/. Leaders met ...": a wire dateline's periods end no sentence.
WIRE_DATELINE = re.compile(r"^[A-Z][\w/.'’ -]{1,40}?, [A-Z][a-z]+\.? \d{1,2}\. /[\w-]+/\.", re.MULTILINE)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """The sentences of `text` as (start, end) offsets, end exclusive, whitespace trimmed.

    >>> text = "Mr. Smith met Dr. Jones in the U.S. on Monday. They talked.\\n\\nA new line"
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['Mr. Smith met Dr. Jones in the U.S. on Monday.', 'They talked.', 'A new line']
    >>> text = "They met in Male.The talks went well."
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['They met in Male.', 'The talks went well.']
    >>> text = "MOSCOW, May 5. /TASS/. The ministers have met. They talked."
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['MOSCOW, May 5. /TASS/. The ministers have met.', 'They talked.']
    >>> text = "He called Alfano. Çavuşoğlu said the talks went well. Both ate ćevapi. ćevapi are small."
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['He called Alfano.', 'Çavuşoğlu said the talks went well.', 'Both ate ćevapi. ćevapi are small.']
    """
    cuts = {0, len(text)}
    for match in PARAGRAPH.finditer(text):
        cuts.update((match.start(), match.end()))
    for match in END.finditer(text):
        if not is_abbreviation(text, match.start()) and opens_with_capital(text, match.end()):
            cuts.add(match.start() + 1 + len(match.group().rstrip()) - 1)
    cuts.update(match.end() for match in NO_SPACE.finditer(text))
    for match in WIRE_DATELINE.finditer(text) if ". /" in text else ():
        cuts.difference_update(range(match.start() + 1, match.end() + 1))
    for match in RUN_ON.finditer(text):
        cut = match.start()
        while cut > 0 and text[cut - 1].isspace():
            cut -= 1
        spaced = cut < match.start()
        if spaced and WORD_END.fullmatch(text, max(0, cut - 2), cut) and is_capitalized_word_before(text, cut):
            cuts.add(cut)
    spans = []
    bounds = sorted(cuts)
    for start, end in zip(bounds, bounds[1:]):
        start, end = trim(text, start, end)
        if start < end:
            spans.append((start, end))
    return spans


def opens_with_capital(text: str, position: int) -> bool:
    """True unless the word at `position`, after any opening quote or bracket, opens with a small accented letter."""
    while position < len(text) and text[position] in "\"'“‘([":
        position += 1
    return position >= len(text) or text[position].isascii() or not text[position].islower()


def is_abbreviation(text: str, period: int) -> bool:
    """True when the word before the period at `period` is an abbreviation or an initial."""
    word = LAST_WORD.search(text, max(0, period - 12), period)
    if not word:
        return False
    token = word.group().split(".")[-1] if word.group().count(".") else word.group()
    return token.lower() in ABBREVIATIONS or (len(token) == 1 and token.isupper())


def is_capitalized_word_before(text: str, position: int) -> bool:
    """True when the word that ends at `position` starts with a capital letter."""
    word = WORD_BEFORE.search(text[max(0, position - 40):position])
    return bool(word and word.group(1)[0].isupper())


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span narrowed past leading and trailing whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
