"""Name matching that tolerates transliteration: "Ghalibaf" and "Qalibaf" are one person."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from diplograph.extract.mentions import PARTICLES
from diplograph.patterns import lowered

WORD = re.compile(r"\w+")
# How `fold_token` reduces a word to its consonants, and where `name_tokens` splits a name.
VOWELS = re.compile(r"[aeiouyw]")
REPEATED = re.compile(r"(.)\1+")
WORD_BREAK = re.compile(r"[\s-]+")
PATRONYMICS = frozenset({"bin", "ibn", "bint"})


def plain(text: str) -> str:
    """Text without case or accents, for comparing spellings exactly.

    >>> plain("Mustafa Şentop")
    'mustafa sentop'
    """
    folded = unicodedata.normalize("NFKD", text.lower()).replace("ı", "i")
    return "".join(c for c in folded if not unicodedata.combining(c))


def fold_token(token: str) -> str:
    """A spelling-tolerant key for one name token: no accents, vowels or doubled letters.

    Transliterations of one name differ in vowels and in how they write a sound
    ("Ghalibaf", "Qalibaf"); their consonant skeletons agree.

    >>> fold_token("Ghalibaf") == fold_token("Qalibaf")
    True
    >>> fold_token("Şentop") == fold_token("Sentop")
    True
    """
    text = "".join(c for c in plain(token) if c.isalpha())
    for spelled, sound in (("gh", "q"), ("kh", "k"), ("ph", "f"), ("ck", "k"), ("sch", "sh"), ("ou", "u")):
        text = text.replace(spelled, sound)
    skeleton = text[:1] + VOWELS.sub("", text[1:])
    return REPEATED.sub(r"\1", skeleton)


def name_words(name: str) -> list[str]:
    """The words of a name in lower case: the store indexes each person by them (`diplo:nameWord`),
    and a search by name looks one up (`diplograph.query.with_word`).

    >>> name_words("Marzouq Al-Ghanim")
    ['marzouq', 'al', 'ghanim']
    >>> name_words("İlham Aliyev")
    ['ilham', 'aliyev']
    """
    return WORD.findall(lowered(name))


@lru_cache(maxsize=4096)  # the same few names are compared many times in an article; bounded, so memory is flat
def name_tokens(name: str) -> tuple[str, ...]:
    """The folded tokens of a name, without particles such as al- or bin.

    >>> name_tokens("Khalid bin Hilal al-Maawali")
    ('kld', 'hl', 'ml')
    """
    words = WORD_BREAK.split(name)
    kept = [w for w in words if w.lower() not in PARTICLES and w.lower() != "al"]
    return tuple(fold_token(w) for w in (kept or words))


def is_same_person(short: str | None, full: str | None) -> bool:
    """True when `short` ("Qalibaf", "Ghalibaf") can be a way of writing `full`.

    The last tokens must agree and every token of the shorter name must be in the longer. A
    party the text does not name (None) is nobody's way of writing a name.

    >>> is_same_person("Ghalibaf", "Mohammad Baqer Qalibaf")
    True
    >>> is_same_person("Mohammad", "Mohammad Baqer Qalibaf")
    False

    A name after "bin" is the father's: "Salman" is King Salman, not Mohammed bin Salman, whom
    "bin Salman" writes.

    >>> is_same_person("Salman", "Mohammed bin Salman"), is_same_person("bin Salman", "Mohammed bin Salman")
    (False, True)
    """
    if not short or not full:
        return False
    a, b = name_tokens(short), name_tokens(full)
    if not a or not b or a[-1] != b[-1]:
        return False
    if len(a) == 1 < len(b) and is_patronymic_end(full) and not is_patronymic_end(short):
        return False
    return all(token in b for token in a)


def is_patronymic_end(name: str) -> bool:
    """True when a name ends with "bin", "ibn" or "bint" and the father's name: "Mohammed bin Salman"."""
    words = WORD_BREAK.split(name.strip())
    return len(words) >= 2 and words[-2].lower() in PATRONYMICS
