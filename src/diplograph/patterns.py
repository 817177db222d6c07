"""Regular expressions for long word lists: offices, countries, places.

Python's `re` tries the branches of an alternation one after another, so a flat list of 500
country names costs 500 attempts at every position of the text. Written as a trie, the same
list costs about one attempt per character, and matches the same text.

A case-insensitive pattern, or one that opens with `\b`, is tried in full at every position;
a case-sensitive one that opens with letters lets `re` skip ahead to where they occur. So
word lists are searched in lower-cased text (`lowered`) with a lower-case pattern, five times
faster, and a cheap pattern of that kind can tell that the exact one need not run at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """A regular expression matching any of `words`, the longest where several match.

    At every node of the trie the longer words are tried before the word ending there, and no
    two branches of a node start with the same character, so the first match found is the
    longest one the context allows, as with a flat alternation sorted longest first. For a
    case-insensitive pattern, pass the words in one case.

    >>> alternation(["minister", "ministers", "mayor", "mayoralty"])
    'm(?:ayor(?:alty)?|inisters?)'
    >>> re.fullmatch(alternation(["a", "ab", "abc"]) + "c", "abc").group()
    'abc'
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for character in word:
            node = node.setdefault(character, {})
        node[""] = {}  # a word ends here
    return _render(trie)


def _render(node: dict[str, dict]) -> str:
    branches = [re.escape(character) + _render(child) for character, child in sorted(node.items()) if character]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    return f"{body}?" if len(body) == 1 else f"(?:{body})?"


def lowered(text: str) -> str:
    """The text in lower case, one character for each, so a match's offsets hold in `text` too.

    `str.lower` turns "İ" into two characters; here it becomes "i", as a case-insensitive
    pattern would read it.

    >>> lowered("İzmir TALKS")
    'izmir talks'
    """
    return text.replace("İ", "i").lower()
