"""Every SHACL shape, each broken by one focused change to a conforming graph.

Each case runs through both validators, pyshacl and the shapes compiled to SPARQL that loads
use, which must report the same violations with the same messages.
"""

from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import FOAF, ORG, PROV, RDF, XSD

from diplograph.namespaces import DIPLO
from diplograph.shape_queries import check_shapes, compile_shapes
from diplograph.terms import graph_quads
from diplograph.shapes import shapes_graph
from diplograph.validate import validate

ID = Namespace("https://w3id.org/diplograph/id/")
SHAPE = Namespace("https://w3id.org/diplograph/shapes#")
VALID = Path(__file__).parent / "data" / "valid-contact.ttl"


def valid_graph() -> Graph:
    return Graph().parse(VALID)


VALIDATORS = {"pyshacl": validate, "compiled": lambda graph: check_shapes(graph_quads(graph))}


@pytest.fixture(params=VALIDATORS, ids=list(VALIDATORS))
def check(request):
    return VALIDATORS[request.param]


def test_shapes_accept_the_valid_graph(check):
    assert check(valid_graph()) == []


# (name, triples to remove, triples to add, focus, shape, path)
CASES = [
    ("no kind", [(ID["contact-1"], RDF.type, DIPLO.PhoneCall)], [],
     ID["contact-1"], SHAPE.ContactKind, RDF.type),
    ("two kinds", [], [(ID["contact-1"], RDF.type, DIPLO.Meeting)],
     ID["contact-1"], SHAPE.ContactKind, RDF.type),
    ("one participant", [(ID["contact-1"], DIPLO.participant, ID["speaker-tr"]), (ID["contact-1"], DIPLO.pair, ID["pair-1"]),
                         (ID["contact-1"], DIPLO.countryPair, ID["countries/KW-TR"])],
     [],
     ID["contact-1"], SHAPE.ContactParticipants, DIPLO.participant),
    ("participant not a person", [], [(ID["contact-1"], DIPLO.participant, ID["article-1"])],
     ID["contact-1"], SHAPE.ContactParticipants, DIPLO.participant),
    ("participants not paired", [(ID["contact-1"], DIPLO.pair, ID["pair-1"])], [],
     ID["contact-1"], SHAPE.ContactParticipantsPaired, DIPLO.participant),
    ("pair not a pair", [(ID["pair-1"], RDF.type, DIPLO.Pair)], [],
     ID["contact-1"], SHAPE.ContactPairs, DIPLO.pair),
    ("pair with someone else", [],
     [(ID["contact-1"], DIPLO.pair, ID["pair-2"]), (ID["pair-2"], RDF.type, DIPLO.Pair), (ID["pair-2"], DIPLO.member, ID["ali"]),
      (ID["pair-2"], DIPLO.member, ID["other"]), (ID["other"], RDF.type, DIPLO.Person), (ID["other"], FOAF.name, Literal("O"))],
     ID["contact-1"], SHAPE.ContactPairsOfParticipants, DIPLO.pair),
    ("pair of one", [], [(ID["pair-2"], RDF.type, DIPLO.Pair), (ID["pair-2"], DIPLO.member, ID["ali"])],
     ID["pair-2"], SHAPE.PairMembers, DIPLO.member),
    ("pair of three", [], [(ID["pair-2"], RDF.type, DIPLO.Pair), (ID["pair-2"], DIPLO.member, ID["ali"]),
                           (ID["pair-2"], DIPLO.member, ID["speaker-tr"]), (ID["pair-2"], DIPLO.member, ID["other"]),
                           (ID["other"], RDF.type, DIPLO.Person), (ID["other"], FOAF.name, Literal("O"))],
     ID["pair-2"], SHAPE.PairMembers, DIPLO.member),
    ("pair of a non-person", [], [(ID["pair-2"], RDF.type, DIPLO.Pair), (ID["pair-2"], DIPLO.member, ID["ali"]),
                                  (ID["pair-2"], DIPLO.member, ID["article-1"])],
     ID["pair-2"], SHAPE.PairMembers, DIPLO.member),
    ("country pair of no participant's country", [],
     [(ID["contact-1"], DIPLO.countryPair, ID["countries/IR-KW"])],
     ID["contact-1"], SHAPE.ContactCountryPairs, DIPLO.countryPair),
    ("country pair out of order", [(ID["contact-1"], DIPLO.countryPair, ID["countries/KW-TR"])],
     [(ID["contact-1"], DIPLO.countryPair, ID["countries/TR-KW"])],
     ID["contact-1"], SHAPE.ContactCountryPairs, DIPLO.countryPair),
    ("two counts of a pair", [], [(ID["pair-1"], DIPLO.contactsBetween, Literal(2))],
     ID["pair-1"], SHAPE.PairContactsBetween, DIPLO.contactsBetween),
    ("invalid first date", [(ID["pair-1"], DIPLO.firstDate, Literal("2024-03-04", datatype=XSD.date))],
     [(ID["pair-1"], DIPLO.firstDate, Literal("2024-02-30", datatype=XSD.date))],
     ID["pair-1"], SHAPE.PairFirstDate, DIPLO.firstDate),
    ("last date before first", [(ID["pair-1"], DIPLO.lastDate, Literal("2024-03-04", datatype=XSD.date))],
     [(ID["pair-1"], DIPLO.lastDate, Literal("2024-03-03", datatype=XSD.date))],
     ID["pair-1"], SHAPE.PairLastDate, DIPLO.lastDate),
    ("invalid date", [(ID["contact-1"], DIPLO.date, Literal("2024-03-04", datatype=XSD.date))],
     [(ID["contact-1"], DIPLO.date, Literal("2024-02-30", datatype=XSD.date))],
     ID["contact-1"], SHAPE.ContactDate, DIPLO.date),
    ("date after publication", [(ID["contact-1"], DIPLO.date, Literal("2024-03-04", datatype=XSD.date))],
     [(ID["contact-1"], DIPLO.date, Literal("2024-03-07", datatype=XSD.date))],
     ID["contact-1"], SHAPE.ContactDateNotAfterPublication, DIPLO.date),
    ("initiator not a participant", [(ID["contact-1"], DIPLO.initiator, ID["ali"])],
     [(ID["contact-1"], DIPLO.initiator, ID["other"]),
                                         (ID["other"], RDF.type, DIPLO.Person), (ID["other"], FOAF.name, Literal("O"))],
     ID["contact-1"], SHAPE.ContactInitiator, DIPLO.initiator),
    ("no evidence", [(ID["contact-1"], PROV.wasDerivedFrom, ID["span-1"])], [],
     ID["contact-1"], SHAPE.ContactEvidence, PROV.wasDerivedFrom),
    ("recalled in an article that does not report it", [],
     [(ID["contact-1"], DIPLO.recalledIn, ID["article-2"])],
     ID["contact-1"], SHAPE.ContactRecalledIn, DIPLO.recalledIn),
    ("span without article", [(ID["span-1"], DIPLO.article, ID["article-1"])], [],
     ID["span-1"], SHAPE.EvidenceArticle, DIPLO.article),
    ("negative start", [(ID["span-1"], DIPLO.start, Literal(0))], [(ID["span-1"], DIPLO.start, Literal(-1))],
     ID["span-1"], SHAPE.EvidenceStart, DIPLO.start),
    ("end not an integer", [(ID["span-1"], DIPLO.end, Literal(40))], [(ID["span-1"], DIPLO.end, Literal("40.0", datatype=XSD.decimal))],
     ID["span-1"], SHAPE.EvidenceEnd, DIPLO.end),
    ("span past the article", [(ID["span-1"], DIPLO.end, Literal(40))], [(ID["span-1"], DIPLO.end, Literal(121))],
     ID["span-1"], SHAPE.EvidenceEndInsideArticle, DIPLO.end),
    ("empty span", [(ID["span-1"], DIPLO.end, Literal(40))], [(ID["span-1"], DIPLO.end, Literal(0))],
     ID["span-1"], SHAPE.EvidenceEndInsideArticle, DIPLO.end),
    ("article without publication date", [(ID["article-1"], DIPLO.published, Literal("2024-03-06", datatype=XSD.date))],
     [], ID["article-1"], SHAPE.ArticlePublished, DIPLO.published),
    ("article without text length", [(ID["article-1"], DIPLO.textLength, Literal(120))], [],
     ID["article-1"], SHAPE.ArticleTextLength, DIPLO.textLength),
    ("url not typed", [(ID["article-1"], DIPLO.url, Literal("https://news.example.org/a1", datatype=XSD.anyURI))],
     [(ID["article-1"], DIPLO.url, Literal("https://news.example.org/a1"))],
     ID["article-1"], SHAPE.ArticleUrl, DIPLO.url),
    ("person with no name and no country", [(ID["post-tr"], DIPLO.country, ID["country-tr"]),
                                            (ID["contact-1"], DIPLO.countryPair, ID["countries/KW-TR"])], [],
     ID["speaker-tr"], SHAPE.PersonIdentified, FOAF.name),
    ("person with no name and no role", [(ID["post-tr"], ORG.role, ID["role-speaker"])], [],
     ID["speaker-tr"], SHAPE.PersonIdentified, FOAF.name),
    ("name words without a name", [], [(ID["speaker-tr"], DIPLO.nameWord, Literal("speaker"))],
     ID["speaker-tr"], SHAPE.PersonNameWord, DIPLO.nameWord),
    ("name word not a string", [(ID["ali"], DIPLO.nameWord, Literal("nasser"))], [(ID["ali"], DIPLO.nameWord, Literal(7))],
     ID["ali"], SHAPE.PersonNameWord, DIPLO.nameWord),
    ("no contacts counted", [(ID["ali"], DIPLO.contactCount, Literal(1))], [(ID["ali"], DIPLO.contactCount, Literal(0))],
     ID["ali"], SHAPE.PersonContactCount, DIPLO.contactCount),
    ("partners not an integer", [(ID["ali"], DIPLO.partnerCount, Literal(1))],
     [(ID["ali"], DIPLO.partnerCount, Literal("1.0", datatype=XSD.decimal))],
     ID["ali"], SHAPE.PersonPartnerCount, DIPLO.partnerCount),
]


@pytest.mark.parametrize(("remove", "add", "focus", "shape", "path"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_shapes_report_each_violation(check, remove, add, focus, shape, path):
    graph = valid_graph()
    for triple in remove:
        assert triple in graph, f"fixture lacks {triple}"
        graph.remove(triple)
    for triple in add:
        graph.add(triple)
    violations = check(graph)
    assert [(v.focus, v.shape, v.path) for v in violations] == [(str(focus), str(shape), str(path))]
    assert violations == validate(graph)  # the message too


def test_shapes_every_property_shape_has_a_violating_case():
    shapes = Graph().parse(Path(__file__).parent.parent / "ontology" / "shapes.ttl")
    declared = {s for s in shapes.subjects(RDF.type, URIRef("http://www.w3.org/ns/shacl#PropertyShape"))}
    assert declared == {case[4] for case in CASES}


def test_compiled_shapes_find_targets_through_subclasses():
    CALL = URIRef("https://example.org/def#Call")  # noqa: N806 (a class)
    graph = valid_graph()
    graph.remove((ID["contact-1"], RDF.type, DIPLO.Contact))
    graph.add((ID["contact-1"], RDF.type, CALL))
    graph.add((CALL, URIRef("http://www.w3.org/2000/01/rdf-schema#subClassOf"), DIPLO.Contact))
    graph.remove((ID["contact-1"], PROV.wasDerivedFrom, ID["span-1"]))
    assert [v.shape for v in check_shapes(graph_quads(graph))] == [str(SHAPE.ContactEvidence)]
    assert check_shapes(graph_quads(graph)) == validate(graph)


@pytest.mark.parametrize(("change", "refused"), [
    ("shape:ArticleUrl sh:pattern \"^https?:\" .", "cannot compile http://www.w3.org/ns/shacl#pattern"),
    ("shape:Person sh:closed true .", "cannot compile http://www.w3.org/ns/shacl#closed"),
    ("shape:Loose a sh:NodeShape ; sh:targetNode shape:x .", "cannot compile http://www.w3.org/ns/shacl#targetNode"),
])
def test_compiled_shapes_refuse_what_they_do_not_translate(change, refused):
    shapes = Graph()
    for triple in shapes_graph():
        shapes.add(triple)
    shapes.parse(data="@prefix sh: <http://www.w3.org/ns/shacl#> . "
                      f"@prefix shape: <https://w3id.org/diplograph/shapes#> . {change}", format="turtle")
    with pytest.raises(ValueError, match=refused):
        compile_shapes(shapes)
