"""Letters printed as letters: a header naming the addressee, "Dear Mr. President,", a signature.

Governments and their news agencies publish the messages heads of state send as the text
itself. No sentence of such a letter says that anyone wrote to anyone: the form does. The
addressee stands in the header before the salutation ("His Excellency Joseph Biden /
President of the United States of America"), the writer signs at the end ("Mohamed Irfaan
Ali, / President of the Cooperative Republic of Guyana."). The letter is one Correspondence
from the writer to the addressee; it is undated, since a published letter rarely says when
it was sent.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from diplograph.extract.mentions import Mention, pair_titles, read_item
from diplograph.model import Article, Contact, ContactType, Evidence
from diplograph.resolve.actors import to_party
from diplograph.resolve.names import is_same_person

SALUTATION = re.compile(
    r"^[ \t]*Dear[ \t]+(?:Mr\.?|Mrs\.?|Ms\.?|Madam|Madame|Sir|Excellency|Your[ \t]+(?:Excellency|Majesty|Highness|"
    r"Royal[ \t]+Highness)|President|Prime[ \t]+Minister|Brother|Friend|Colleague)\b[^\n]{0,60}$",
    re.MULTILINE,
)
SIGNATURE_SENTENCES = 3  # the writer's name and office close the letter


def letter_contacts(article: Article, masked: str, sentences: list[tuple[int, int]],
                    resolve: Callable[[list[Mention]], list[Mention]]) -> list[Contact]:
    """The one letter an article that is a letter reports, or nothing when it is not one.

    `resolve` identifies mentions against the article's people.

    >>> from datetime import date
    >>> text = ("His Excellency Li Wen\\n\\nPresident of the Republic of Ghana\\n\\nDear Mr. President,\\n\\n"
    ...         "I extend my warm greetings.\\n\\nPlease accept my highest consideration.\\n\\n"
    ...         "Ana Lima,\\n\\nPresident of the Federative Republic of Brazil.")
    >>> [c] = letter_contacts(Article("l1", None, None, date(2024, 7, 4), None, text), text,
    ...                       [(m.start(), m.end()) for m in re.finditer(r"[^\\n]+", text)], lambda ms: ms)
    >>> c.type.value, c.initiator.name, [(p.name, p.role, p.country) for p in c.participants]
    ('Correspondence', 'Ana Lima', [('Ana Lima', 'President', 'BR'), ('Li Wen', 'President', 'GH')])
    """
    salutation = SALUTATION.search(article.text)
    if salutation is None:
        return []
    header = [span for span in sentences if span[1] <= salutation.start()]
    closing = [span for span in sentences if span[0] >= salutation.end()][-SIGNATURE_SENTENCES:]
    addressee = next(iter(named(masked, header, resolve)), None)
    writer = next(iter(reversed(named(masked, closing, resolve))), None)
    if addressee is None or writer is None or is_same_person(writer.name, addressee.name):
        return []
    parties = (to_party(writer), to_party(addressee))
    evidence = (Evidence(article.id, salutation.start(), salutation.end()), Evidence(article.id, writer.start, writer.end))
    return [Contact(ContactType.CORRESPONDENCE, parties, parties[0], None, (), evidence)]


def named(masked: str, spans: list[tuple[int, int]], resolve: Callable[[list[Mention]], list[Mention]]) -> list[Mention]:
    """The people named in some lines, each line one item, titles on their own line joined to the name next to them."""
    items = [read_item(masked, start, end) for start, end in spans]
    return [m for m in resolve(pair_titles([m for m in items if m is not None])) if m.name]
