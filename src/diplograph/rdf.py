"""Map contacts and the articles that report them to RDF under the diplograph ontology.

A batch is mapped straight to Oxigraph's terms, which a load checks and writes as they are:
rdflib's terms hash and compare in Python, and mapping a batch to them and then converting
took a third of the loading process's share. `contacts_to_graph` gives the same triples as
an rdflib graph, for Turtle and for notebooks.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date, timedelta
from itertools import combinations
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import Graph
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, XSD

from diplograph import reference
from diplograph.model import Article, Contact, Evidence, Party
from diplograph.namespaces import DIPLO, ID, NamedNodes, new_graph
from diplograph.resolve.dedupe import OCCASION_LABELS, occasion, party_key
from diplograph.resolve.names import name_words
from diplograph.terms import to_rdflib

# The terms every triple names, as Oxigraph's (see `NamedNodes`), under the namespaces' own names.
DCTERMS, FOAF, ORG, PROV, RDF, RDFS, XSD, DIPLO = map(NamedNodes, (DCTERMS, FOAF, ORG, PROV, RDF, RDFS, XSD, DIPLO))
BASE = str(ID)  # the IRIs of the things a load makes start with it


def digest(*parts: str) -> str:
    """A short stable hash of some strings, for IRIs derived from keys."""
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def slug(text: str) -> str:
    """Lower-case words joined by hyphens, for readable IRIs.

    >>> slug("National Assembly of Kuwait")
    'national-assembly-of-kuwait'
    """
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "unnamed"


def article_iri(article_id: str) -> ox.NamedNode:
    """The IRI of an article, from its id."""
    return ox.NamedNode(f"{BASE}article/{quote(article_id, safe='')}")


def evidence_iri(evidence: Evidence) -> ox.NamedNode:
    """The IRI of an evidence span, from its article and offsets."""
    return ox.NamedNode(f"{BASE}evidence/{quote(evidence.article_id, safe='')}/{evidence.start}-{evidence.end}")


def person_iri(party: Party) -> ox.NamedNode:
    """The IRI of a person, from the spelling-tolerant key of the party."""
    return ox.NamedNode(f"{BASE}person/{digest(*party_key(party))}")


def pair_iri(first: ox.NamedNode, second: ox.NamedNode) -> ox.NamedNode:
    """The IRI of the pair of two people, the same in either order."""
    return ox.NamedNode(f"{BASE}pair/{digest(*sorted((first.value, second.value)))}")


def country_pair_iri(first: str, second: str) -> ox.NamedNode:
    """The IRI of a pair of countries by their ISO codes, the same in either order.

    >>> country_pair_iri("KW", "IR").value
    'https://w3id.org/diplograph/id/countries/IR-KW'
    """
    return ox.NamedNode(f"{BASE}countries/" + "-".join(sorted((first, second))))


def country_iri(code: str) -> ox.NamedNode:
    """The IRI of a country, made of its ISO code."""
    return ox.NamedNode(f"{BASE}country/{code}")


def country_code(iri: str) -> str:
    """The ISO code of a country from its IRI.

    >>> country_code(country_iri("KW").value)
    'KW'
    """
    return iri.removeprefix(f"{BASE}country/")


# Undated reports of one contact by several outlets appear within a few days of each other.
UNDATED_WINDOW_DAYS = 3
Known = Callable[[ox.NamedNode], bool]
Quads = dict[ox.Quad, None]  # what the add_* functions add to: a set that keeps its order


def contact_iri(contact: Contact, published: date | None = None, known: Known = lambda iri: False) -> ox.NamedNode:
    """The IRI of a contact, derived from its kind, its sorted participants, its date and its occasion.

    Loading the same contact again, from the same or another article, hits the same IRI and
    adds nothing. The occasion ("congratulations", "condolences") keeps a call to congratulate
    and a call to condole on one day apart; a report that does not say the occasion joins the
    one `known` (in the store or the batch) that does, and one that says it joins a known
    report that did not. An undated contact is keyed to the publication day of the article
    that reports it, and reports published within `UNDATED_WINDOW_DAYS` of one already known
    join it, nearest day first: two outlets reporting an undated call a day apart report one
    call, while undated contacts of the same people months apart stay apart. An undated contact
    told as prior ("the last time they met") is another than the undated news of the same people.
    """
    candidates = contact_candidates(contact, published)
    return next((iri for iri in candidates if known(iri)), candidates[0])


def contact_candidates(contact: Contact, published: date | None) -> list[ox.NamedNode]:
    """The IRIs a contact may take, its own first, then those of reports it joins (see `contact_iri`)."""
    parties = sorted("|".join(party_key(p)) for p in contact.participants)
    own = occasion(contact)
    occasions = [own, None] if own else [None, *OCCASION_LABELS]
    if contact.date:
        days = [contact.date.isoformat()]
    elif published is None:
        raise ValueError("an undated contact's IRI needs the publication date of the article reporting it")
    else:
        offsets = sorted(range(-UNDATED_WINDOW_DAYS, UNDATED_WINDOW_DAYS + 1), key=lambda d: (abs(d), d))
        undated = "prior undated" if contact.prior else "undated"  # "the last time they met": not the news
        days = [f"{undated} {(published + timedelta(days=offset)).isoformat()}" for offset in offsets]
    return [ox.NamedNode(f"{BASE}contact/{digest(contact.type.value, *parties, day, *([label] if label else []))}")
            for day in days for label in occasions]


def contacts_to_graph(batch: Iterable[tuple[Article, list[Contact]]], known: Known = lambda iri: False,
                      named: Mapping[ox.NamedNode, ox.Literal] | None = None) -> Graph:
    """One rdflib graph of the articles of a batch and the contacts read from them (see `contact_quads`)."""
    graph = new_graph()
    graph.addN((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object), graph)
               for quad in contact_quads(batch, known, named))
    return graph


def contact_quads(batch: Iterable[tuple[Article, list[Contact]]], known: Known = lambda iri: False,
                  named: Mapping[ox.NamedNode, ox.Literal] | None = None) -> list[ox.Quad]:
    """The triples of the articles of a batch and the contacts read from them, as quads of the default graph.

    `known` says whether a contact IRI is already in the store, so that undated reports of
    a stored contact join it (see `contact_iri`). `named` are the people the store already
    gives a name, with that name: a person has one name, the first spelling loaded, and
    another outlet's spelling ("Al-Ghanim" for "Al Ghanim") becomes one more label. The
    triples repeat the stored name, so that they show the batch's people named, as the
    shapes require, without giving anyone a second name.

    A batch states each country, role and post again for every party holding it; each
    triple is kept once, in the order first stated.
    """
    quads: Quads = {}
    names = dict(named or {})
    people: dict[Party, ox.NamedNode] = {}
    for article, contacts in batch:
        add_article(quads, article)
        for contact in contacts:
            add_contact(quads, article, contact,
                        lambda iri: ox.Quad(iri, RDF.type, DIPLO.Contact) in quads or known(iri), names, people)
    return list(quads)


def add(quads: Quads, subject: ox.NamedNode, predicate: ox.NamedNode, obj: ox.NamedNode | ox.Literal) -> None:
    """Add one triple."""
    quads[ox.Quad(subject, predicate, obj)] = None


def typed(value: str | int, datatype: ox.NamedNode) -> ox.Literal:
    """A typed literal of a value in its lexical form."""
    return ox.Literal(str(value), datatype=datatype)


def add_article(quads: Quads, article: Article) -> None:
    """The article's metadata: url, source, title, publication date and text length."""
    node = article_iri(article.id)
    add(quads, node, RDF.type, DIPLO.Article)
    add(quads, node, DCTERMS.identifier, ox.Literal(article.id))
    add(quads, node, DIPLO.published, typed(article.published.isoformat(), XSD.date))
    add(quads, node, DIPLO.textLength, typed(len(article.text), XSD.integer))
    if article.url:
        add(quads, node, DIPLO.url, typed(article.url, XSD.anyURI))
    if article.source:
        add(quads, node, DIPLO.source, ox.Literal(article.source))
    if article.title:
        add(quads, node, DCTERMS.title, ox.Literal(article.title))


def add_contact(quads: Quads, article: Article, contact: Contact, known: Known,
                named: dict[ox.NamedNode, ox.Literal], added: dict[Party, ox.NamedNode]) -> None:
    """A contact with its kind, participants and their pairs, initiator, date, topics and evidence.

    A contact the article tells as an earlier one is `recalledIn` the article: another article
    may report the same call as its news.

    `added` are the parties whose triples are there already, with their nodes: adding a party
    twice adds nothing, and a batch names the same people in many contacts.
    """
    node = contact_iri(contact, article.published, known)
    add(quads, node, RDF.type, DIPLO.Contact)
    add(quads, node, RDF.type, DIPLO[contact.type.value])
    for party in contact.participants:
        if party not in added:
            added[party] = add_party(quads, party, named)
    people = sorted({added[party] for party in contact.participants}, key=lambda person: person.value)
    for person in people:
        add(quads, node, DIPLO.participant, person)
    for first, second in combinations(people, 2):
        add(quads, node, DIPLO.pair, add_pair(quads, first, second))
    if contact.initiator:
        add(quads, node, DIPLO.initiator, person_iri(contact.initiator))
    if contact.date:
        add(quads, node, DIPLO.date, typed(contact.date.isoformat(), XSD.date))
    for topic in contact.topics:
        add(quads, node, DIPLO.topic, ox.Literal(topic))
    for evidence in contact.evidence:
        if evidence.article_id == article.id:
            add(quads, node, PROV.wasDerivedFrom, add_evidence(quads, article, evidence))
    if contact.prior:
        add(quads, node, DIPLO.recalledIn, article_iri(article.id))


def add_party(quads: Quads, party: Party, named: dict[ox.NamedNode, ox.Literal]) -> ox.NamedNode:
    """A person and, when known, the post they hold: role, organization and country.

    The person's name is the one `named` gives them, else the party's, which is added to `named`,
    and its words are indexed with it (see `name_words`).
    """
    node = person_iri(party)
    add(quads, node, RDF.type, DIPLO.Person)
    if party.name and node not in named:
        named[node] = ox.Literal(party.name)
    if node in named and (name := ox.Quad(node, FOAF.name, named[node])) not in quads:  # words once a batch
        quads[name] = None
        for word in name_words(named[node].value):
            add(quads, node, DIPLO.nameWord, ox.Literal(word))
    add(quads, node, RDFS.label, ox.Literal(party.label))
    if party.role:
        post = ox.NamedNode(f"{BASE}post/{party.country or 'xx'}/{slug(party.organization or '')}/{slug(party.role)}")
        role = ox.NamedNode(f"{BASE}role/{slug(party.role)}")
        add(quads, node, ORG.holds, post)
        add(quads, post, RDF.type, ORG.Post)
        add(quads, post, ORG.role, role)
        add(quads, role, RDF.type, ORG.Role)
        add(quads, role, RDFS.label, ox.Literal(party.role))
        if party.country:
            add(quads, post, DIPLO.country, add_country(quads, party.country))
        if party.organization:
            organization = add_organization(quads, party.organization, party.country)
            add(quads, post, ORG.postIn, organization)
    return node


def add_pair(quads: Quads, first: ox.NamedNode, second: ox.NamedNode) -> ox.NamedNode:
    """The pair of two people, with both as members."""
    node = pair_iri(first, second)
    add(quads, node, RDF.type, DIPLO.Pair)
    add(quads, node, DIPLO.member, first)
    add(quads, node, DIPLO.member, second)
    return node


def add_organization(quads: Quads, name: str, country: str | None) -> ox.NamedNode:
    """An organization, with the country it belongs to."""
    node = ox.NamedNode(f"{BASE}organization/{country or 'xx'}/{slug(name)}")
    add(quads, node, RDF.type, DIPLO.Organization)
    add(quads, node, RDFS.label, ox.Literal(name))
    if country:
        add(quads, node, DIPLO.country, add_country(quads, country))
    return node


def add_country(quads: Quads, code: str) -> ox.NamedNode:
    """A country by ISO code, labelled with its short name."""
    node = country_iri(code)
    add(quads, node, RDF.type, DIPLO.Country)
    add(quads, node, DIPLO.isoCode, ox.Literal(code))
    country = reference.countries().get(code)
    if country:
        add(quads, node, RDFS.label, ox.Literal(country.name))
    return node


def add_evidence(quads: Quads, article: Article, evidence: Evidence) -> ox.NamedNode:
    """An evidence span: its article, offsets and the sentence it quotes."""
    node = evidence_iri(evidence)
    add(quads, node, RDF.type, DIPLO.EvidenceSpan)
    add(quads, node, DIPLO.article, article_iri(article.id))
    add(quads, node, DIPLO.start, typed(evidence.start, XSD.integer))
    add(quads, node, DIPLO.end, typed(evidence.end, XSD.integer))
    add(quads, node, DIPLO.quote, ox.Literal(article.text[evidence.start:evidence.end]))
    return node
