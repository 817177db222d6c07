"""Map contacts and the articles that report them to RDF under the diplograph ontology."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date, timedelta
from functools import lru_cache
from itertools import combinations
from urllib.parse import quote

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, XSD

from diplograph import reference
from diplograph.model import Article, Contact, Evidence, Party
from diplograph.namespaces import DIPLO, ID, LookedUp, new_graph
from diplograph.resolve.dedupe import OCCASION_LABELS, occasion, party_key
from diplograph.resolve.names import name_words

# The terms every triple names, looked up once (see `LookedUp`), under the namespaces' own names.
DCTERMS, FOAF, ORG, PROV, RDF, RDFS, XSD, DIPLO = map(LookedUp, (DCTERMS, FOAF, ORG, PROV, RDF, RDFS, XSD, DIPLO))


def digest(*parts: str) -> str:
    """A short stable hash of some strings, for IRIs derived from keys."""
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def slug(text: str) -> str:
    """Lower-case words joined by hyphens, for readable IRIs.

    >>> slug("National Assembly of Kuwait")
    'national-assembly-of-kuwait'
    """
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "unnamed"


def article_iri(article_id: str) -> URIRef:
    """The IRI of an article, from its id."""
    return ID[f"article/{quote(article_id, safe='')}"]


def evidence_iri(evidence: Evidence) -> URIRef:
    """The IRI of an evidence span, from its article and offsets."""
    return ID[f"evidence/{quote(evidence.article_id, safe='')}/{evidence.start}-{evidence.end}"]


def person_iri(party: Party) -> URIRef:
    """The IRI of a person, from the spelling-tolerant key of the party."""
    return ID[f"person/{digest(*party_key(party))}"]


def pair_iri(first: URIRef, second: URIRef) -> URIRef:
    """The IRI of the pair of two people, the same in either order."""
    return ID[f"pair/{digest(*sorted((first, second)))}"]


def country_pair_iri(first: str, second: str) -> URIRef:
    """The IRI of a pair of countries by their ISO codes, the same in either order.

    >>> str(country_pair_iri("KW", "IR"))
    'https://w3id.org/diplograph/id/countries/IR-KW'
    """
    return ID["countries/" + "-".join(sorted((first, second)))]


def country_iri(code: str) -> URIRef:
    """The IRI of a country, made of its ISO code."""
    return ID[f"country/{code}"]


def country_code(iri: str) -> str:
    """The ISO code of a country from its IRI.

    >>> country_code(str(country_iri("KW")))
    'KW'
    """
    return iri.removeprefix(str(ID["country/"]))


# Undated reports of one contact by several outlets appear within a few days of each other.
UNDATED_WINDOW_DAYS = 3
Known = Callable[[URIRef], bool]
Triple = tuple[Node, Node, Node]
Triples = set[Triple]  # what the add_* functions add to


def contact_iri(contact: Contact, published: date | None = None, known: Known = lambda iri: False) -> URIRef:
    """The IRI of a contact, derived from its kind, its sorted participants, its date and its occasion.

    Loading the same contact again, from the same or another article, hits the same IRI and
    adds nothing. The occasion ("congratulations", "condolences") keeps a call to congratulate
    and a call to condole on one day apart; a report that does not say the occasion joins the
    one `known` (in the store or the batch) that does, and one that says it joins a known
    report that did not. An undated contact is keyed to the publication day of the article
    that reports it, and reports published within `UNDATED_WINDOW_DAYS` of one already known
    join it, nearest day first: two outlets reporting an undated call a day apart report one
    call, while undated contacts of the same people months apart stay apart.
    """
    candidates = contact_candidates(contact, published)
    return next((iri for iri in candidates if known(iri)), candidates[0])


def contact_candidates(contact: Contact, published: date | None) -> list[URIRef]:
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
        days = [f"undated {(published + timedelta(days=offset)).isoformat()}" for offset in offsets]
    return [ID[f"contact/{digest(contact.type.value, *parties, day, *([label] if label else []))}"]
            for day in days for label in occasions]


def contacts_to_graph(batch: Iterable[tuple[Article, list[Contact]]], known: Known = lambda iri: False,
                      named: Mapping[URIRef, Literal] | None = None) -> Graph:
    """One graph of the articles of a batch and the contacts read from them (see `contacts_to_triples`)."""
    graph = new_graph()
    graph.addN((s, p, o, graph) for s, p, o in contacts_to_triples(batch, known, named))
    return graph


def contacts_to_triples(batch: Iterable[tuple[Article, list[Contact]]], known: Known = lambda iri: False,
                        named: Mapping[URIRef, Literal] | None = None) -> Triples:
    """The triples of the articles of a batch and the contacts read from them.

    `known` says whether a contact IRI is already in the store, so that undated reports of
    a stored contact join it (see `contact_iri`). `named` are the people the store already
    gives a name, with that name: a person has one name, the first spelling loaded, and
    another outlet's spelling ("Al-Ghanim" for "Al Ghanim") becomes one more label. The
    triples repeat the stored name, so that they show the batch's people named, as the
    shapes require, without giving anyone a second name.

    A load takes the triples as they are, without an rdflib graph: a batch states each
    country, role and post again for every party holding it, and adding to a set is much
    cheaper than adding to a graph.
    """
    triples: Triples = set()
    names = dict(named or {})
    people: dict[Party, URIRef] = {}
    for article, contacts in batch:
        add_article(triples, article)
        for contact in contacts:
            add_contact(triples, article, contact,
                        lambda iri: (iri, RDF.type, DIPLO.Contact) in triples or known(iri), names, people)
    return triples


@lru_cache(maxsize=8192)
def typed(value: str | int, datatype: URIRef) -> Literal:
    """A typed literal, made once for each of the dates and offsets that recur across a batch.

    rdflib parses the lexical form of every typed literal it makes, which costs more than
    all else a triple takes.
    """
    return Literal(value, datatype=datatype)


def add_article(graph: Triples, article: Article) -> None:
    """The article's metadata: url, source, title, publication date and text length."""
    node = article_iri(article.id)
    graph.add((node, RDF.type, DIPLO.Article))
    graph.add((node, DCTERMS.identifier, Literal(article.id)))
    graph.add((node, DIPLO.published, typed(article.published.isoformat(), XSD.date)))
    graph.add((node, DIPLO.textLength, typed(len(article.text), XSD.integer)))
    if article.url:
        graph.add((node, DIPLO.url, Literal(article.url, datatype=XSD.anyURI)))
    if article.source:
        graph.add((node, DIPLO.source, Literal(article.source)))
    if article.title:
        graph.add((node, DCTERMS.title, Literal(article.title)))


def add_contact(graph: Triples, article: Article, contact: Contact, known: Known,
                named: dict[URIRef, Literal], added: dict[Party, URIRef]) -> None:
    """A contact with its kind, participants and their pairs, initiator, date, topics and evidence.

    `added` are the parties whose triples the graph holds already, with their nodes: adding a
    party twice adds nothing, and a batch names the same people in many contacts.
    """
    node = contact_iri(contact, article.published, known)
    graph.add((node, RDF.type, DIPLO.Contact))
    graph.add((node, RDF.type, DIPLO[contact.type.value]))
    for party in contact.participants:
        if party not in added:
            added[party] = add_party(graph, party, named)
    people = sorted({added[party] for party in contact.participants})
    for person in people:
        graph.add((node, DIPLO.participant, person))
    for first, second in combinations(people, 2):
        graph.add((node, DIPLO.pair, add_pair(graph, first, second)))
    if contact.initiator:
        graph.add((node, DIPLO.initiator, person_iri(contact.initiator)))
    if contact.date:
        graph.add((node, DIPLO.date, typed(contact.date.isoformat(), XSD.date)))
    for topic in contact.topics:
        graph.add((node, DIPLO.topic, Literal(topic)))
    for evidence in contact.evidence:
        if evidence.article_id == article.id:
            graph.add((node, PROV.wasDerivedFrom, add_evidence(graph, article, evidence)))


def add_party(graph: Triples, party: Party, named: dict[URIRef, Literal]) -> URIRef:
    """A person and, when known, the post they hold: role, organization and country.

    The person's name is the one `named` gives them, else the party's, which is added to `named`,
    and its words are indexed with it (see `name_words`).
    """
    node = person_iri(party)
    graph.add((node, RDF.type, DIPLO.Person))
    if party.name and node not in named:
        named[node] = Literal(party.name)
    if node in named and (name := (node, FOAF.name, named[node])) not in graph:  # words once a batch
        graph.add(name)
        graph.update((node, DIPLO.nameWord, Literal(word)) for word in name_words(named[node]))
    graph.add((node, RDFS.label, Literal(party.label)))
    if party.role:
        post = ID[f"post/{party.country or 'xx'}/{slug(party.organization or '')}/{slug(party.role)}"]
        role = ID[f"role/{slug(party.role)}"]
        graph.add((node, ORG.holds, post))
        graph.add((post, RDF.type, ORG.Post))
        graph.add((post, ORG.role, role))
        graph.add((role, RDF.type, ORG.Role))
        graph.add((role, RDFS.label, Literal(party.role)))
        if party.country:
            graph.add((post, DIPLO.country, add_country(graph, party.country)))
        if party.organization:
            organization = add_organization(graph, party.organization, party.country)
            graph.add((post, ORG.postIn, organization))
    return node


def add_pair(graph: Triples, first: URIRef, second: URIRef) -> URIRef:
    """The pair of two people, with both as members."""
    node = pair_iri(first, second)
    graph.add((node, RDF.type, DIPLO.Pair))
    graph.add((node, DIPLO.member, first))
    graph.add((node, DIPLO.member, second))
    return node


def add_organization(graph: Triples, name: str, country: str | None) -> URIRef:
    """An organization, with the country it belongs to."""
    node = ID[f"organization/{country or 'xx'}/{slug(name)}"]
    graph.add((node, RDF.type, DIPLO.Organization))
    graph.add((node, RDFS.label, Literal(name)))
    if country:
        graph.add((node, DIPLO.country, add_country(graph, country)))
    return node


def add_country(graph: Triples, code: str) -> URIRef:
    """A country by ISO code, labelled with its short name."""
    node = country_iri(code)
    graph.add((node, RDF.type, DIPLO.Country))
    graph.add((node, DIPLO.isoCode, Literal(code)))
    country = reference.countries().get(code)
    if country:
        graph.add((node, RDFS.label, Literal(country.name)))
    return node


def add_evidence(graph: Triples, article: Article, evidence: Evidence) -> URIRef:
    """An evidence span: its article, offsets and the sentence it quotes."""
    node = evidence_iri(evidence)
    graph.add((node, RDF.type, DIPLO.EvidenceSpan))
    graph.add((node, DIPLO.article, article_iri(article.id)))
    graph.add((node, DIPLO.start, typed(evidence.start, XSD.integer)))
    graph.add((node, DIPLO.end, typed(evidence.end, XSD.integer)))
    graph.add((node, DIPLO.quote, Literal(article.text[evidence.start:evidence.end])))
    return node
