"""Counts kept on people and pairs as contacts are loaded, so that rankings read them instead of counting.

A person carries `diplo:contactCount` (the contacts they took part in) and `diplo:partnerCount`
(the people they were in contact with, one per pair); a pair carries `diplo:contactsBetween` and
the `diplo:firstDate` and `diplo:lastDate` of its dated contacts. Counting them at query time
reads every participation: 1.4 s per count at a million contacts, and a minute for pairs.

A load adds to the counts what its new links add, in the same all-or-nothing write as its triples, so a
count is never out of step with the contacts. `remove` and `recount` count the people and pairs
they touch again, in SPARQL, from the contacts the store holds.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass

import pyoxigraph as ox

from diplograph.namespaces import DIPLO

PARTICIPANT = ox.NamedNode(str(DIPLO.participant))
MEMBER = ox.NamedNode(str(DIPLO.member))
PAIR = ox.NamedNode(str(DIPLO.pair))
CONTACT_COUNT = ox.NamedNode(str(DIPLO.contactCount))
PARTNER_COUNT = ox.NamedNode(str(DIPLO.partnerCount))
CONTACTS_BETWEEN = ox.NamedNode(str(DIPLO.contactsBetween))
FIRST_DATE = ox.NamedNode(str(DIPLO.firstDate))
LAST_DATE = ox.NamedNode(str(DIPLO.lastDate))
COUNTED = frozenset({CONTACT_COUNT, PARTNER_COUNT, CONTACTS_BETWEEN, FIRST_DATE, LAST_DATE})
# The count each link adds one to, on the link's object; the dates of a pair come with its contacts.
COUNTED_BY = {PARTICIPANT: CONTACT_COUNT, MEMBER: PARTNER_COUNT, PAIR: CONTACTS_BETWEEN}
XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")

Key = tuple[ox.NamedNode, ox.NamedNode]  # a person or pair, and one of its counts
Stored = Callable[[Collection[Key]], Mapping[Key, set[ox.Literal]]]

PREFIXES = "PREFIX diplo: <https://w3id.org/diplograph/def#>\n"
# What `recount_operations` runs, in this order: each count is deleted, then counted again from the links.
RECOUNT = [
    *(f"DELETE {{ ?node diplo:{name} ?value }} WHERE {{ {{nodes}} ?node diplo:{name} ?value }}"
      for name in ("contactCount", "partnerCount", "contactsBetween", "firstDate", "lastDate")),
    """INSERT { ?node diplo:contactCount ?count } WHERE {
  SELECT ?node (COUNT(?contact) AS ?count) WHERE { {nodes} ?contact diplo:participant ?node } GROUP BY ?node }""",
    """INSERT { ?node diplo:partnerCount ?count } WHERE {
  SELECT ?node (COUNT(?pair) AS ?count) WHERE { {nodes} ?pair diplo:member ?node } GROUP BY ?node }""",
    """INSERT { ?node diplo:contactsBetween ?count } WHERE {
  SELECT ?node (COUNT(?contact) AS ?count) WHERE { {nodes} ?contact diplo:pair ?node } GROUP BY ?node }""",
    # Dated contacts only: MIN and MAX over a group with an unbound date are unbound.
    """INSERT { ?node diplo:firstDate ?first ; diplo:lastDate ?last } WHERE {
  SELECT ?node (MIN(?date) AS ?first) (MAX(?date) AS ?last)
  WHERE { {nodes} ?contact diplo:pair ?node ; diplo:date ?date } GROUP BY ?node }""",
]


@dataclass(frozen=True, slots=True)
class CountChange:
    """The count triples a batch replaces, and those it writes instead."""

    stale: list[ox.Triple]
    fresh: list[ox.Triple]


def count_changes(new: Iterable[ox.Quad], dates: Mapping[ox.NamedNode, ox.Literal], stored: Stored) -> CountChange:
    """What the new links of a batch do to the counts of the people and pairs they link.

    `new` are the quads the store does not hold yet (others are ignored: a contact that another
    outlet reported already counts once), `dates` the dates of the batch's contacts, and
    `stored` looks up the counts the store holds.
    """
    added: Counter[Key] = Counter()
    days: defaultdict[ox.NamedNode, list[ox.Literal]] = defaultdict(list)
    for quad in new:
        if (count := COUNTED_BY.get(quad.predicate)) is None:
            continue
        added[quad.object, count] += 1
        if count == CONTACTS_BETWEEN and quad.subject in dates:
            days[quad.object].append(dates[quad.subject])
    current = stored([*added, *((pair, end) for pair in days for end in (FIRST_DATE, LAST_DATE))])
    change = CountChange([], [])
    for (node, count), more in added.items():
        old = current.get((node, count), set())
        total = more + max((int(value.value) for value in old), default=0)
        change.stale.extend(ox.Triple(node, count, value) for value in old)
        change.fresh.append(ox.Triple(node, count, ox.Literal(str(total), datatype=XSD_INTEGER)))
    for pair, dated in days.items():
        for end, pick in ((FIRST_DATE, min), (LAST_DATE, max)):
            old = current.get((pair, end), set())
            change.stale.extend(ox.Triple(pair, end, value) for value in old)
            change.fresh.append(ox.Triple(pair, end, pick([*dated, *old], key=lambda day: day.value)))
    return change


def recount_operations(nodes: Collection[ox.NamedNode] | None = None) -> list[str]:
    """SPARQL Update operations that count the given people and pairs again, or every one when None.

    The nodes are listed inside each count's group, where Oxigraph looks each one up, rather
    than counting every node of the store and keeping the few asked for.
    """
    listed = "" if nodes is None else "VALUES ?node { " + " ".join(map(str, sorted(nodes, key=str))) + " }"
    return [operation.replace("{nodes}", listed) for operation in RECOUNT]


def ntriples(triples: Iterable[ox.Triple | ox.Quad]) -> str:
    """Triples in N-Triples syntax, one a line, for DELETE DATA and INSERT DATA; Oxigraph escapes every term."""
    return "".join(f"{line}\n" for line in ntriple_lines(triples))


def ntriple_lines(triples: Iterable[ox.Triple | ox.Quad]) -> list[str]:
    """Each triple as a line of N-Triples, without its line break.

    A literal may hold characters Python counts as line breaks (U+2028, U+0085), which
    N-Triples leaves as they are: split text into triples with this, not `str.splitlines`.
    """
    return [f"{t.subject} {t.predicate} {t.object} ." for t in triples]
