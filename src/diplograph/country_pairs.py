"""The pairs of countries whose people took part in each contact, kept by the store so a pair of countries is one lookup.

Finding the contacts between two countries from their people reads every contact of one
country's people and the posts of each counterpart: 1.9 s at a million contacts, for 95 rows.
The store links each contact to the pairs of its participants' countries instead
(`diplo:countryPair`, see `diplograph.rdf.country_pair_iri`), and `contacts-between-countries`
looks the pair up.

A person's countries are those of every post the store holds for them, and an article loaded
later can add one. So a load links its new contacts, and also the stored contacts of anyone it
gives a country they did not have. A person keeps their posts while they take part in a contact,
so a contact's pairs only grow, until it is removed, and its pairs with it. `RECOUNT` makes
them all again, in SPARQL.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from functools import cache
from itertools import combinations, product

import pyoxigraph as ox
from rdflib.namespace import ORG

from diplograph.counts import PARTICIPANT
from diplograph.namespaces import DIPLO, ID
from diplograph.rdf import country_code, country_pair_iri

COUNTRY_PAIR = ox.NamedNode(str(DIPLO.countryPair))
HOLDS = ox.NamedNode(str(ORG.holds))
COUNTRY = ox.NamedNode(str(DIPLO.country))

Key = tuple[ox.NamedNode, ox.NamedNode]  # a subject and a predicate
Stored = Callable[[Collection[Key]], Mapping[Key, set[ox.NamedNode]]]  # the objects the store holds for each key
# The subjects the store links to each of the objects by the predicate.
Linking = Callable[[ox.NamedNode, Collection[ox.NamedNode]], Mapping[ox.NamedNode, set[ox.NamedNode]]]

# Run by `recount` after `diplograph.counts.PREFIXES`, in this order: every pair link deleted, then made again
# from the participants' posts.
RECOUNT = [
    "DELETE { ?contact diplo:countryPair ?pair } WHERE { ?contact diplo:countryPair ?pair }",
    f"""INSERT {{ ?contact diplo:countryPair ?pair }} WHERE {{
  ?contact diplo:participant ?first , ?second . FILTER (?first != ?second)
  ?first <{ORG.holds}>/diplo:country/diplo:isoCode ?code1 .
  ?second <{ORG.holds}>/diplo:country/diplo:isoCode ?code2 .
  FILTER (STR(?code1) <= STR(?code2))  # Virtuoso misorders the stored strings themselves
  BIND (IRI(CONCAT("{ID}countries/", ?code1, "-", ?code2)) AS ?pair) }}""",
]


def country_pair_links(new: Iterable[ox.Quad], batch: Sequence[ox.Quad], stored: Stored,
                       linking: Linking) -> list[ox.Triple]:
    """The country pair links a batch adds: those of its new contacts, and of stored contacts whose people it gives a country.

    `new` are the quads of the batch the store lacks, `stored` and `linking` look up what the
    store holds, a few times a batch whatever its size. Links the store holds already are left out.
    """
    batch_links = links(batch, (HOLDS, COUNTRY))
    new_links = links(new, (PARTICIPANT, HOLDS))
    participants = {contact: set(people) for contact, people in new_links[PARTICIPANT].items()}
    countries = Countries(batch_links[HOLDS], batch_links[COUNTRY], stored)
    countries.fetch({*new_links[HOLDS], *(person for people in participants.values() for person in people)})
    gaining = [person for person, posts in new_links[HOLDS].items()
               if countries.of_posts(posts) - countries.of_posts(countries.posts[person])]
    affected = {contact for contacts in linking(PARTICIPANT, gaining).values() for contact in contacts}
    for (contact, _), people in stored([(contact, PARTICIPANT) for contact in affected - set(participants)]).items():
        participants[contact] = people
    countries.fetch(person for people in participants.values() for person in people)
    held = stored([(contact, COUNTRY_PAIR) for contact in affected])
    fresh = []
    for contact, people in sorted(participants.items(), key=lambda item: item[0].value):
        pairs = {pair_node(first, second) for one, other in combinations(people, 2)
                 for first, second in product(countries.of_person(one), countries.of_person(other))}
        fresh.extend(ox.Triple(contact, COUNTRY_PAIR, pair) for pair in sorted(pairs, key=lambda pair: pair.value)
                     if pair not in held.get((contact, COUNTRY_PAIR), set()))
    return fresh


@cache
def pair_node(first: ox.NamedNode, second: ox.NamedNode) -> ox.NamedNode:
    """The pair of two countries, made once for each of the few pairs there are rather than for each contact."""
    return country_pair_iri(country_code(first.value), country_code(second.value))


class Countries:
    """The countries of people and posts, from the batch and the store."""

    def __init__(self, holds: Mapping[ox.NamedNode, set[ox.Term]], located: Mapping[ox.NamedNode, set[ox.Term]],
                 stored: Stored) -> None:
        self.holds = holds  # the posts the batch gives people
        self.located = dict(located)  # the countries of posts, from the batch and then the store
        self.stored = stored
        self.posts: dict[ox.NamedNode, set[ox.Term]] = {}  # the posts the store holds for people

    def fetch(self, people: Iterable[ox.NamedNode]) -> None:
        """Look up the stored posts of the people not looked up yet, and the countries of their posts, in one go each."""
        missing = {person for person in people if person not in self.posts}
        found = self.stored([(person, HOLDS) for person in missing])
        for person in missing:
            self.posts[person] = found.get((person, HOLDS), set())
        posts = {post for person in missing for post in self.posts[person] | self.holds.get(person, set())
                 if post not in self.located}
        found = self.stored([(post, COUNTRY) for post in posts])
        for post in posts:
            self.located[post] = found.get((post, COUNTRY), set())

    def of_posts(self, posts: Iterable[ox.Term]) -> set[ox.Term]:
        """The countries of posts looked up; a post's country is in the batch whenever the post is."""
        return set().union(*(self.located.get(post, set()) for post in posts))

    def of_person(self, person: ox.NamedNode) -> set[ox.Term]:
        """A person's countries, from the posts the batch and the store give them."""
        return self.of_posts(self.holds.get(person, set()) | self.posts[person])


def links(quads: Iterable[ox.Quad], predicates: Iterable[ox.NamedNode]
          ) -> dict[ox.NamedNode, defaultdict[ox.NamedNode, set[ox.NamedNode]]]:
    """For each of the predicates, the objects each subject has by it; the quads are read once."""
    found: dict[ox.NamedNode, defaultdict[ox.NamedNode, set[ox.NamedNode]]] = {
        predicate: defaultdict(set) for predicate in predicates}
    for quad in quads:
        if (by_subject := found.get(quad.predicate)) is not None:
            by_subject[quad.subject].add(quad.object)
    return found
