"""Take an article back out of the store: its evidence, the contacts only it supports, and what they leave unused.

A contact other articles also report stays, with their evidence; a pair of people, person, post,
role, organization or country stays while anything still refers to it, and its counts are made
again. Loading the article again puts back exactly what removing it took out.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import URIRef

from diplograph.counts import recount_operations
from diplograph.errors import StoreError
from diplograph.query import with_values
from diplograph.rdf import article_iri
from diplograph.store import ContactStore

PREFIXES = """PREFIX diplo: <https://w3id.org/diplograph/def#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX org: <http://www.w3.org/ns/org#>
"""

# What the article supports, asked before it goes: a contact stays when more than this article reports it.
SUPPORTED = """SELECT ?contact (COUNT(DISTINCT ?reporter) AS ?articles) WHERE {
  ?span diplo:article ?article . ?contact prov:wasDerivedFrom ?span .
  ?contact prov:wasDerivedFrom ?anySpan . ?anySpan diplo:article ?reporter .
} GROUP BY ?contact"""

# The people and pairs whose counts the removal may change, asked before it goes.
COUNTED = """SELECT DISTINCT ?node WHERE {
  ?span diplo:article ?article . ?contact prov:wasDerivedFrom ?span .
  { ?contact diplo:participant ?node } UNION { ?contact diplo:pair ?node }
}"""

# Run in this order, in one request: each operation sees what the ones before it deleted.
OPERATIONS = [
    # the pairs of people that no contact reported elsewhere links: asked first, while the contacts are still there
    """DELETE { ?pair ?p ?o } WHERE {
  ?span diplo:article ?article . ?contact prov:wasDerivedFrom ?span ; diplo:pair ?pair .
  FILTER NOT EXISTS { ?other diplo:pair ?pair ; prov:wasDerivedFrom ?elsewhere . ?elsewhere diplo:article ?otherArticle .
                      FILTER (?otherArticle != ?article) }
  ?pair ?p ?o }""",
    # the contacts no other article reports, whole
    """DELETE { ?contact ?p ?o } WHERE {
  ?span diplo:article ?article . ?contact prov:wasDerivedFrom ?span .
  FILTER NOT EXISTS { ?contact prov:wasDerivedFrom ?elsewhere . ?elsewhere diplo:article ?otherArticle .
                      FILTER (?otherArticle != ?article) }
  ?contact ?p ?o }""",
    # the article's word that a contact that stays was an earlier one
    """DELETE { ?contact diplo:recalledIn ?article } WHERE { ?contact diplo:recalledIn ?article }""",
    # the article's evidence spans, and the links to them of the contacts that stay
    """DELETE { ?contact prov:wasDerivedFrom ?span . ?span ?p ?o } WHERE {
  ?span diplo:article ?article . ?span ?p ?o . OPTIONAL { ?contact prov:wasDerivedFrom ?span } }""",
    # the article itself
    """DELETE { ?article ?p ?o } WHERE { ?article ?p ?o }""",
    # then, outward, whatever nothing refers to any more
    """DELETE { ?person ?p ?o } WHERE { ?person a diplo:Person .
  FILTER NOT EXISTS { ?c diplo:participant ?person } FILTER NOT EXISTS { ?c diplo:initiator ?person }
  ?person ?p ?o }""",
    """DELETE { ?post ?p ?o } WHERE { ?post a org:Post . FILTER NOT EXISTS { ?holder org:holds ?post } ?post ?p ?o }""",
    """DELETE { ?role ?p ?o } WHERE { ?role a org:Role . FILTER NOT EXISTS { ?post org:role ?role } ?role ?p ?o }""",
    """DELETE { ?body ?p ?o } WHERE { ?body a diplo:Organization .
  FILTER NOT EXISTS { ?post org:postIn ?body } ?body ?p ?o }""",
    """DELETE { ?country ?p ?o } WHERE { ?country a diplo:Country .
  FILTER NOT EXISTS { ?thing diplo:country ?country } ?country ?p ?o }""",
]


@dataclass(frozen=True, slots=True)
class Removal:
    """What removing one article did: contacts deleted, and contacts kept because other articles report them."""

    article_id: str
    removed: int
    kept: int


def remove_article(store: ContactStore, article_id: str) -> Removal:
    """Remove one article's provenance from the store, and count its people and pairs again, in one transaction.

    The article id enters the update only as the IRI `?article` is bound to, with every
    unsafe character percent-encoded, so no id can change what the update does.
    """
    article = {"article": URIRef(article_iri(article_id).value)}
    if not store.select(with_values("SELECT ?p WHERE { ?article ?p ?o } LIMIT 1", article))[1]:
        raise StoreError(f"no article '{article_id}' in the store at {store.location}")
    supported = store.select(PREFIXES + with_values(SUPPORTED, article))[1]
    kept = sum(1 for row in supported if row["articles"] > 1)
    touched = [ox.NamedNode(row["node"]) for row in store.select(PREFIXES + with_values(COUNTED, article))[1]]
    operations = [with_values(operation, article) for operation in OPERATIONS] + recount_operations(touched)
    store.update_contacts(PREFIXES, operations)
    return Removal(article_id, len(supported) - kept, kept)

