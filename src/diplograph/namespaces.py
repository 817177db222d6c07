"""The diplograph vocabulary as a closed namespace, and the prefixes written to Turtle."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDFS, SKOS, XSD, DefinedNamespace


class DIPLO(DefinedNamespace):
    """Terms of `ontology/diplograph.ttl`; a misspelt term raises instead of minting a new IRI."""

    _NS = Namespace("https://w3id.org/diplograph/def#")
    _fail = True

    Contact: URIRef  # one concrete diplomatic contact
    PhoneCall: URIRef  # CAMEO 041
    Meeting: URIRef  # CAMEO 044, or 040 where the place is not said
    Visit: URIRef  # CAMEO 042/043: the initiator travelled to the host
    VideoConference: URIRef  # no CAMEO code of its own
    Correspondence: URIRef  # letters and written messages
    Person: URIRef  # a participant
    Organization: URIRef  # a body in which posts are held
    Country: URIRef  # identified by ISO 3166-1 alpha-2
    Article: URIRef  # a news article
    EvidenceSpan: URIRef  # a sentence of an article, as offsets
    Pair: URIRef  # two people who were in contact
    participant: URIRef  # contact -> person
    initiator: URIRef  # contact -> the person who called, wrote or travelled
    pair: URIRef  # contact -> a pair of two of its participants
    member: URIRef  # pair -> one of its two people
    date: URIRef  # contact -> xsd:date
    topic: URIRef  # contact -> short label
    recalledIn: URIRef  # contact -> an article that tells it as an earlier contact than its news
    nameWord: URIRef  # person -> a word of their name, in lower case, for searching by name
    country: URIRef  # post or organization -> country
    isoCode: URIRef  # country -> "IR"
    article: URIRef  # evidence span -> article
    start: URIRef  # evidence span -> first character offset
    end: URIRef  # evidence span -> offset past the last character
    quote: URIRef  # evidence span -> its text
    url: URIRef  # article -> xsd:anyURI
    source: URIRef  # article -> outlet name
    published: URIRef  # article -> xsd:date
    textLength: URIRef  # article -> number of characters
    contactCount: URIRef  # person -> contacts taken part in, kept by the store
    partnerCount: URIRef  # person -> people been in contact with, kept by the store
    contactsBetween: URIRef  # pair -> contacts between its two people, kept by the store
    firstDate: URIRef  # pair -> date of its first dated contact, kept by the store
    lastDate: URIRef  # pair -> date of its last dated contact, kept by the store
    countryPair: URIRef  # contact -> id:countries/IR-KW, the countries of two participants, kept by the store


class NamedNodes:
    """The terms of a closed namespace as Oxigraph named nodes, plain attributes made once.

    Loads map each batch straight to Oxigraph's terms (see `diplograph.rdf`); a closed rdflib
    namespace also checks every attribute lookup (1.4 µs). A term the namespace does not define
    is still an AttributeError, or a KeyError by index.

    >>> NamedNodes(RDFS).label, NamedNodes(DIPLO)["Contact"].value
    (<NamedNode value=http://www.w3.org/2000/01/rdf-schema#label>, 'https://w3id.org/diplograph/def#Contact')
    """

    def __init__(self, namespace: type[DefinedNamespace]) -> None:
        self.__dict__.update({name: ox.NamedNode(namespace[name]) for name in namespace.__annotations__})

    def __getitem__(self, name: str) -> ox.NamedNode:
        return self.__dict__[name]


ID = Namespace("https://w3id.org/diplograph/id/")
PREFIXES = {"diplo": DIPLO._NS, "id": ID, "dcterms": DCTERMS, "prov": PROV, "org": ORG, "foaf": FOAF, "skos": SKOS, "rdfs": RDFS,
            "xsd": XSD}


def new_graph() -> Graph:
    """An empty graph with diplograph's prefixes bound, so Turtle output is readable."""
    graph = Graph(bind_namespaces="core")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph
