"""Named SPARQL queries from `queries/*.rq`, run with parameters bound as values."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from diplograph import reference
from diplograph.errors import QueryError
from diplograph.rdf import country_pair_iri
from diplograph.resolve.names import name_words

if TYPE_CHECKING:  # the store runs these queries, so it imports this module, not the other way round
    from diplograph.store import ContactStore

WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
# Where a query wants its parameters bound, if not at the start of its WHERE clause.
VALUES_HERE = re.compile(r"^[ \t]*# VALUES\b.*$", re.MULTILINE)
# Where a query wants the days from one date parameter to another listed as values of a variable:
# `# DAYS ?date FROM ?since TO ?until`.
DAYS_HERE = re.compile(r"^[ \t]*# DAYS \?(?P<day>\w+) FROM \?(?P<since>\w+) TO \?(?P<until>\w+)[ \t]*$", re.MULTILINE)
# Where a query wants the longest word of a text parameter, to look a name up by: `# WORD ?word OF ?person`.
WORD_HERE = re.compile(r"^[ \t]*# WORD \?(?P<word>\w+) OF \?(?P<text>\w+)[ \t]*$", re.MULTILINE)
# Where a query wants the IRI of the pair of two country parameters, which the store keeps on each contact:
# `# COUNTRY PAIR ?pair OF ?country1 AND ?country2`.
COUNTRY_PAIR_HERE = re.compile(
    r"^[ \t]*# COUNTRY PAIR \?(?P<pair>\w+) OF \?(?P<first>\w+) AND \?(?P<second>\w+)[ \t]*$", re.MULTILINE)
MAX_LISTED_DAYS = 3660  # ten years; beyond, comparing every date costs no more than looking up each day
UNSAFE_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')
PARAM = re.compile(r"^#\s*param\s+(?P<name>\w+):\s*(?P<type>\w+)(?P<optional>\s+\(optional\))?\s*-\s*(?P<help>.*)$")


@dataclass(frozen=True, slots=True)
class Parameter:
    """A value a query takes, declared in its header as `# param NAME: TYPE - help`."""

    name: str
    type: str  # string, date, country, iri or integer
    optional: bool
    help: str


@dataclass(frozen=True, slots=True)
class Query:
    """A query file: its name, what it answers, its parameters and its SPARQL text."""

    name: str
    description: str
    parameters: tuple[Parameter, ...]
    sparql: str


def queries_folder() -> Path:
    """The folder of the shipped queries."""
    return reference.resource_path("queries")


def list_queries() -> list[Query]:
    """Every shipped query, by name."""
    return [read_query(path) for path in sorted(queries_folder().glob("*.rq"))]


def read_query(path: Path) -> Query:
    """A query file with its header read: the opening comment and the `# param` lines."""
    sparql = path.read_text(encoding="utf-8")
    header = [line for line in sparql.splitlines() if line.startswith("#")]
    parameters = tuple(Parameter(m["name"], m["type"], bool(m["optional"]), m["help"])
                       for m in map(PARAM.match, header) if m)
    description = " ".join(line.lstrip("# ") for line in header if not PARAM.match(line))
    return Query(path.stem, description, parameters, sparql)


@cache
def find_query(name: str) -> Query:
    """The shipped query of that name; a QueryError lists the names there are.

    Each query is read once a process: the shipped queries do not change while it runs, and
    finding and reading one took 0.06 ms, a fifth of what the store takes for `evidence`.
    """
    path = queries_folder() / f"{name}.rq"
    if not path.is_file():
        names = ", ".join(q.name for q in list_queries())
        raise QueryError(f"no query named '{name}'; available: {names}")
    return read_query(path)


def bind(query: Query, params: dict[str, str]) -> dict[str, Node]:
    """Parameter values as typed RDF terms; a QueryError says which is missing, unknown or malformed."""
    known = {p.name: p for p in query.parameters}
    unknown = sorted(set(params) - set(known))
    if unknown:
        raise QueryError(f"query '{query.name}' takes no parameter {', '.join(unknown)}; "
                         f"it takes: {', '.join(known) or 'none'}")
    missing = [p.name for p in query.parameters if not p.optional and p.name not in params]
    if missing:
        raise QueryError(f"query '{query.name}' needs --param {missing[0]}=... ({known[missing[0]].help})")
    return {name: to_term(known[name], value) for name, value in params.items()}


def to_term(parameter: Parameter, value: str) -> Node:
    """One parameter value as an RDF term of the declared type.

    >>> to_term(Parameter("since", "date", False, ""), "2021-05-18")
    rdflib.term.Literal('2021-05-18', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#date'))
    """
    try:
        if parameter.type == "date":
            return Literal(date.fromisoformat(value).isoformat(), datatype=XSD.date)
        if parameter.type == "integer":
            return Literal(int(value), datatype=XSD.integer)
        if parameter.type == "iri":
            if UNSAFE_IRI.search(value) or ":" not in value:
                raise ValueError(value)
            return URIRef(value)
    except ValueError:
        raise QueryError(f"--param {parameter.name}: {value!r} is not a {parameter.type}") from None
    if parameter.type == "country":
        code = value.upper()
        if code not in reference.countries():
            raise QueryError(f"--param {parameter.name}: {value!r} is not an ISO 3166-1 alpha-2 code such as IR")
        return Literal(code)
    return Literal(value)


def with_values(sparql: str, bindings: dict[str, Node]) -> str:
    """The query with its parameters bound by a VALUES block at the start of its first WHERE group.

    A query may instead say where its parameters go with a `# VALUES` comment line: in a
    group of its own with the patterns they select on ("the people whose name contains ..."),
    which the store then evaluates first. Oxigraph joins a VALUES block that opens a whole
    WHERE clause after scanning the clause's other patterns, which at a million contacts
    turns a lookup of milliseconds into seconds.

    Values enter the query only as RDF terms in N-Triples syntax, escaped by rdflib (and IRIs
    checked for characters that could end them), never as raw text, so no value can change
    the query. VALUES is plain SPARQL 1.1: the same text runs on the embedded store and on
    any SPARQL endpoint.

    >>> print(with_values("SELECT ?x WHERE { ?x ?p ?name }", {"name": Literal('a "b"')}))
    SELECT ?x WHERE { VALUES (?name) { ("a \\"b\\"") } ?x ?p ?name }
    """
    if not bindings:
        return sparql
    where = WHERE.search(sparql)
    if where is None:
        raise QueryError("a query with parameters needs a WHERE clause to bind them in")
    names = " ".join(f"?{name}" for name in bindings)
    values = " ".join(term.n3() for term in bindings.values())
    block = f" VALUES ({names}) {{ ({values}) }}"
    at = marker.start() if (marker := VALUES_HERE.search(sparql)) else where.end()
    return sparql[:at] + block + sparql[at:]


def with_days(sparql: str, bindings: dict[str, Node]) -> str:
    """The query with the days of a date range listed where it says `# DAYS ?day FROM ?since TO ?until`.

    Stores keep dates as values, not as an ordered index, so a range filter compares every
    contact's date: 1.2 s at a million contacts. Listed, each day of the range is looked up
    instead. The query keeps its range filter, so the rows are the same, listed or not, and
    when either end is unbound or the range is empty or longer than `MAX_LISTED_DAYS` the
    days are not listed.

    >>> query = "SELECT ?c WHERE {\\n# DAYS ?d FROM ?a TO ?b\\n?c ?p ?d }"
    >>> print(with_days(query, {"a": to_term(Parameter("a", "date", False, ""), "2024-02-28"),
    ...                         "b": to_term(Parameter("b", "date", False, ""), "2024-03-01")}))
    SELECT ?c WHERE {
    VALUES ?d { "2024-02-28"^^<http://www.w3.org/2001/XMLSchema#date> "2024-02-29"^^<http://www.w3.org/2001/XMLSchema#date> "2024-03-01"^^<http://www.w3.org/2001/XMLSchema#date> } # DAYS ?d FROM ?a TO ?b
    ?c ?p ?d }
    """
    marker = DAYS_HERE.search(sparql)
    if marker is None or marker["since"] not in bindings or marker["until"] not in bindings:
        return sparql
    first, last = (date.fromisoformat(str(bindings[marker[end]])) for end in ("since", "until"))
    if not 0 <= (last - first).days < MAX_LISTED_DAYS:
        return sparql
    days = (first + timedelta(days=offset) for offset in range((last - first).days + 1))
    # Each day is made here from a date, and its ISO form holds no character to escape: written
    # directly, a week's days take 18 µs to list, through rdflib's Literal they took 76.
    return values_at(sparql, marker, marker["day"], [f'"{day.isoformat()}"^^<{XSD.date}>' for day in days])


def with_word(sparql: str, bindings: dict[str, Node]) -> str:
    """The query with the longest word of a text bound where it says `# WORD ?word OF ?text`.

    Comparing the text with every name in the store reads each name from the store's
    dictionary: 100 ms for 50,000 people. The store keeps each person's name words
    (`diplo:nameWord`), so the query looks the longest word up, and compares the text only
    with the names that have it. A name is found by whole words, then: "Qalibaf" finds
    "Mohammad Baqer Qalibaf", "Qalib" does not. A text without a word is a QueryError.

    >>> print(with_word("SELECT ?p WHERE {\\n# WORD ?w OF ?t\\n?p ?x ?w }", {"t": Literal("Al-Ghanim")}))
    SELECT ?p WHERE {
    VALUES ?w { "ghanim" } # WORD ?w OF ?t
    ?p ?x ?w }
    """
    marker = WORD_HERE.search(sparql)
    if marker is None or marker["text"] not in bindings:
        return sparql
    text = str(bindings[marker["text"]])
    words = name_words(text)
    if not words:
        raise QueryError(f"--param {marker['text']}: {text!r} holds no word to look up")
    return values_at(sparql, marker, marker["word"], [Literal(max(words, key=len)).n3()])


def with_country_pair(sparql: str, bindings: dict[str, Node]) -> str:
    """The query with the IRI of a pair of countries bound where it says `# COUNTRY PAIR ?pair OF ?a AND ?b`.

    The store links each contact to the pairs of its participants' countries (see
    `diplograph.country_pairs`), and SPARQL cannot look up an IRI it builds (`BIND(IRI(...))`
    is joined after the lookup, not before it), so the IRI is bound here.

    >>> print(with_country_pair("SELECT ?c WHERE {\\n# COUNTRY PAIR ?p OF ?a AND ?b\\n?c ?x ?p }",
    ...                         {"a": Literal("KW"), "b": Literal("IR")}))
    SELECT ?c WHERE {
    VALUES ?p { <https://w3id.org/diplograph/id/countries/IR-KW> } # COUNTRY PAIR ?p OF ?a AND ?b
    ?c ?x ?p }
    """
    marker = COUNTRY_PAIR_HERE.search(sparql)
    if marker is None or marker["first"] not in bindings or marker["second"] not in bindings:
        return sparql
    pair = URIRef(country_pair_iri(str(bindings[marker["first"]]), str(bindings[marker["second"]])).value)
    return values_at(sparql, marker, marker["pair"], [pair.n3()])


def values_at(sparql: str, marker: re.Match[str], variable: str, terms: list[str]) -> str:
    """The query with `VALUES ?variable { terms }` put where a directive's comment line starts; terms in N-Triples."""
    return sparql[:marker.start()] + f"VALUES ?{variable} {{ {' '.join(terms)} }} " + sparql[marker.start():]


def prepared(query: Query, bindings: dict[str, Node]) -> str:
    """The text of a query with its parameters bound, and with what its directive comments ask for."""
    sparql = query.sparql
    for directive in (with_days, with_word, with_country_pair):
        sparql = directive(sparql, bindings)
    return with_values(sparql, bindings)


def run_query(store: ContactStore, name: str, **params: str) -> tuple[list[str], list[dict[str, Any]]]:
    """Run a shipped query on a store with its parameters bound; return its columns and rows."""
    query = find_query(name)
    return store.select(prepared(query, bind(query, params)))
