"""A store on a SPARQL 1.1 server: Oxigraph server, Virtuoso, Fuseki, QLever or any other.

Queries go through the SPARQL 1.1 Protocol, loads through the Graph Store HTTP Protocol
when the server has one, else SPARQL Update. The contacts live in one named graph of the
server (`graph`), which queries read as their default graph (`default-graph-uri`), so a
server can hold other data beside them.

A batch is first written to a staging graph of its own, in as many requests as it takes,
then moved into the contact graph by one SPARQL Update request, which the server runs as
one transaction. A load that fails part way leaves at most a staging graph, which is
dropped, never part of a batch among the contacts.

Credentials come from `$DIPLOGRAPH_STORE_USER` and `$DIPLOGRAPH_STORE_PASSWORD` (HTTP basic
or digest, as the server asks), never from a URL, so they reach no command line or log.
"""

from __future__ import annotations

import json
import os
import tomllib
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from diplograph.counts import MEMBER, PAIR, PARTICIPANT, XSD_INTEGER, Key, ntriple_lines, ntriples
from diplograph.country_pairs import HOLDS
from diplograph.errors import StoreError
from diplograph.namespaces import ID
from diplograph.store import ContactStore

DEFAULT_GRAPH = str(ID["graph/contacts"])
STAGING = str(ID["graph/staging/"])
USER_VARIABLE = "DIPLOGRAPH_STORE_USER"
PASSWORD_VARIABLE = "DIPLOGRAPH_STORE_PASSWORD"
TRIPLES_PER_REQUEST = 5000  # staged a request at a time: servers limit the size of one request
IRIS_PER_QUERY = 500
TIMEOUT_SECONDS = 600


def is_remote(location: str | Path) -> bool:
    """True for a server's URL or a `.toml` file naming one; False for an embedded store's folder."""
    text = str(location)
    return text.startswith(("http://", "https://")) or (text.endswith(".toml") and Path(text).is_file())


@dataclass(frozen=True, slots=True)
class Endpoints:
    """Where a server answers queries, updates and graph store requests, and the graph of the contacts."""

    query: str
    update: str
    graph_store: str | None = None
    graph: str = DEFAULT_GRAPH

    @classmethod
    def from_url(cls, url: str) -> Endpoints:
        """The endpoints of a server given by its query URL.

        Oxigraph server's `/query` has its updates at `/update` and its graph store at `/store`;
        any other URL (Virtuoso's `/sparql`, a Fuseki dataset) takes updates itself.

        >>> Endpoints.from_url("http://127.0.0.1:7878/query").update
        'http://127.0.0.1:7878/update'
        >>> Endpoints.from_url("http://127.0.0.1:8890/sparql").graph_store is None
        True
        """
        parts = urllib.parse.urlsplit(url)
        if parts.username or parts.password:
            raise StoreError(f"{parts.hostname}: put credentials in ${USER_VARIABLE} and ${PASSWORD_VARIABLE}, "
                             "not in the store's URL")
        if parts.path.endswith("/query"):
            base = url[: url.rindex("/query")]
            return cls(query=url, update=f"{base}/update", graph_store=f"{base}/store")
        return cls(query=url, update=url)

    @classmethod
    def from_config(cls, path: Path) -> Endpoints:
        """The endpoints a TOML file names: `query`, and optionally `update`, `graph_store` and `graph`."""
        try:
            config = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise StoreError(f"{path}: cannot read the store's configuration ({error})") from None
        unknown = sorted(set(config) - {"query", "update", "graph_store", "graph"})
        if unknown or "query" not in config:
            raise StoreError(f"{path}: a store's configuration names query, and optionally update, graph_store "
                             f"and graph; found {', '.join(sorted(config)) or 'nothing'}")
        endpoints = cls.from_url(config["query"])
        return cls(query=endpoints.query, update=config.get("update", endpoints.update),
                   graph_store=config.get("graph_store", endpoints.graph_store),
                   graph=config.get("graph", DEFAULT_GRAPH))


class SparqlStore(ContactStore):
    """The contact graph on a SPARQL 1.1 server."""

    def __init__(self, endpoints: Endpoints) -> None:
        self.endpoints = endpoints
        self.location = endpoints.query
        self.graph = endpoints.graph
        self.opener = http_opener(endpoints)
        self.select("SELECT * WHERE {} LIMIT 1")  # fail at open, not at the first load, when the server is not there

    @classmethod
    def open(cls, location: str) -> SparqlStore:
        """The store a URL or a `.toml` configuration names."""
        if location.startswith(("http://", "https://")):
            return cls(Endpoints.from_url(location))
        return cls(Endpoints.from_config(Path(location)))

    def __len__(self) -> int:
        return self.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[1][0]["n"]

    def add_valid(self, quads: Sequence[ox.Quad]) -> int:
        """Stage the batch, then move it among the contacts with the counts it changes in one request.

        Return how many triples are new. The counts and the posts of people are read before the
        move: two processes loading into one server at once could each add to the same count, so
        load one at a time.
        """
        staging = f"{STAGING}{uuid.uuid4()}"
        lines = ntriple_lines(dict.fromkeys(quads))
        try:
            for start in range(0, len(lines), TRIPLES_PER_REQUEST):
                self.stage(staging, "\n".join(lines[start:start + TRIPLES_PER_REQUEST]))
            new = int(self.results(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{staging}> {{ ?s ?p ?o }} "
                                   f"FILTER NOT EXISTS {{ GRAPH <{self.graph}> {{ ?s ?p ?o }} }} }}",
                                   named=(staging, self.graph))[1][0]["n"]["value"])
            change = self.kept_changes(self.new_links(staging), quads)
            counts = [f"{operation} DATA {{ GRAPH <{self.graph}> {{\n{ntriples(triples)}}} }} ;\n"
                      for operation, triples in (("DELETE", change.stale), ("INSERT", change.fresh))
                      if triples]  # Virtuoso refuses an empty DATA block
            self.post_update("".join(counts) + f"INSERT {{ GRAPH <{self.graph}> {{ ?s ?p ?o }} }} "
                             f"WHERE {{ GRAPH <{staging}> {{ ?s ?p ?o }} }} ;\nDROP SILENT GRAPH <{staging}>")
        except StoreError:
            self.drop_quietly(staging)
            raise
        return new + len(change.fresh) - len(change.stale)

    def new_links(self, staging: str) -> list[ox.Quad]:
        """The participant, member, pair and post links of the staging graph that the contact graph lacks."""
        linking = " ".join(map(str, (PARTICIPANT, MEMBER, PAIR, HOLDS)))
        rows = self.results(f"SELECT ?s ?p ?o WHERE {{ VALUES ?p {{ {linking} }} GRAPH <{staging}> {{ ?s ?p ?o }} "
                            f"FILTER NOT EXISTS {{ GRAPH <{self.graph}> {{ ?s ?p ?o }} }} }}",
                            named=(staging, self.graph))[1]
        return [ox.Quad(to_oxigraph(row["s"]), to_oxigraph(row["p"]), to_oxigraph(row["o"]), ox.DefaultGraph())
                for row in rows]

    def stage(self, staging: str, ntriples: str) -> None:
        """Add N-Triples to the staging graph: by the graph store protocol, or else by SPARQL Update."""
        if self.endpoints.graph_store:
            url = f"{self.endpoints.graph_store}?{urllib.parse.urlencode({'graph': staging})}"
            self.request(url, ntriples.encode("utf-8"), {"Content-Type": "application/n-triples"})
        else:
            self.post_update(f"INSERT DATA {{ GRAPH <{staging}> {{\n{ntriples}\n}} }}")

    def drop_quietly(self, staging: str) -> None:
        """Drop a staging graph after a failed load; the load's own error is the one reported."""
        try:
            self.post_update(f"DROP SILENT GRAPH <{staging}>")
        except StoreError:
            pass

    def stored_values(self, keys: Collection[Key]) -> dict[Key, set[ox.Term]]:
        """The objects the store holds for each key, a few hundred keys per query."""
        ordered = sorted(keys, key=lambda key: (key[0].value, key[1].value))
        found: dict[Key, set[ox.Term]] = {}
        for start in range(0, len(ordered), IRIS_PER_QUERY):
            values = " ".join(f"({s} {p})" for s, p in ordered[start:start + IRIS_PER_QUERY])  # N-Triples IRIs
            for row in self.results(f"SELECT ?s ?p ?o WHERE {{ VALUES (?s ?p) {{ {values} }} ?s ?p ?o }}")[1]:
                key = (ox.NamedNode(row["s"]["value"]), ox.NamedNode(row["p"]["value"]))
                found.setdefault(key, set()).add(to_oxigraph(row["o"]))
        return found

    def linking(self, predicate: ox.NamedNode, objects: Collection[ox.NamedNode]) -> dict[ox.NamedNode, set[ox.NamedNode]]:
        """The subjects linked to each object, a few hundred objects per query."""
        ordered = sorted(objects, key=lambda obj: obj.value)
        found: dict[ox.NamedNode, set[ox.NamedNode]] = {}
        for start in range(0, len(ordered), IRIS_PER_QUERY):
            values = " ".join(map(str, ordered[start:start + IRIS_PER_QUERY]))
            for row in self.results(f"SELECT ?s ?o WHERE {{ VALUES ?o {{ {values} }} ?s {predicate} ?o }}")[1]:
                found.setdefault(to_oxigraph(row["o"]), set()).add(to_oxigraph(row["s"]))
        return found

    def select(self, sparql: str) -> tuple[list[str], list[dict[str, Any]]]:
        """Run a SELECT query on the contact graph; return its columns and rows."""
        columns, bindings = self.results(sparql)
        return columns, [{name: to_python(row.get(name)) for name in columns} for row in bindings]

    def results(self, sparql: str, named: tuple[str, ...] = ()) -> tuple[list[str], list[dict[str, dict[str, str]]]]:
        """Run a SELECT query; return its columns and its bindings as JSON terms.

        The query reads the contact graph as its default graph, or, given `named` graphs, those
        graphs by name.
        """
        if named:
            dataset = [("named-graph-uri", graph) for graph in named]
        else:
            dataset = [("default-graph-uri", self.graph)] if self.graph else []
        body = urllib.parse.urlencode([("query", sparql), *dataset]).encode("ascii")
        reply = self.request(self.endpoints.query, body, {
            "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"})
        try:
            results = json.loads(reply)
            columns = results["head"]["vars"]
            bindings = results["results"]["bindings"]
        except (ValueError, KeyError) as error:
            raise StoreError(f"{self.endpoints.query}: not a SPARQL JSON result ({error})") from None
        return columns, bindings

    def update(self, sparql: str) -> None:
        """Run a SPARQL Update; its operations name `self.graph` where they touch the contacts."""
        self.post_update(sparql)

    def post_update(self, sparql: str) -> None:
        """Send one SPARQL Update request."""
        body = urllib.parse.urlencode({"update": sparql}).encode("utf-8")
        self.request(self.endpoints.update, body, {"Content-Type": "application/x-www-form-urlencoded"})

    def triples(self) -> Iterator[ox.Quad]:
        """Every triple of the contact graph, as quads of the default graph."""
        for row in self.results("SELECT ?s ?p ?o WHERE { ?s ?p ?o }")[1]:
            yield ox.Quad(to_oxigraph(row["s"]), to_oxigraph(row["p"]), to_oxigraph(row["o"]), ox.DefaultGraph())

    def request(self, url: str, body: bytes, headers: dict[str, str]) -> bytes:
        """POST a request; a StoreError with the server's first line of reply when it fails."""
        try:
            with self.opener.open(urllib.request.Request(url, body, headers), timeout=TIMEOUT_SECONDS) as reply:
                return reply.read()
        except urllib.error.HTTPError as error:
            detail = error.read().decode("utf-8", "replace").strip().splitlines()
            first = detail[0][:200] if detail else error.reason
            raise StoreError(f"{url}: HTTP {error.code}: {first}") from None
        except (urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            raise StoreError(f"{url}: cannot reach the SPARQL server ({reason})") from None

    def close(self) -> None:
        """Nothing stays open between requests."""


def http_opener(endpoints: Endpoints) -> urllib.request.OpenerDirector:
    """An opener that answers the servers' basic or digest challenges with the environment's credentials."""
    user = os.environ.get(USER_VARIABLE)
    if not user:
        return urllib.request.build_opener()
    passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    for url in {endpoints.query, endpoints.update, endpoints.graph_store} - {None}:
        passwords.add_password(None, url, user, os.environ.get(PASSWORD_VARIABLE, ""))
    return urllib.request.build_opener(urllib.request.HTTPBasicAuthHandler(passwords),
                                       urllib.request.HTTPDigestAuthHandler(passwords))


def to_oxigraph(term: dict[str, str]) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """A SPARQL JSON result term as the Oxigraph term of the same value."""
    if term["type"] == "uri":
        return ox.NamedNode(term["value"])
    if term["type"] == "bnode":
        return ox.BlankNode(term["value"])
    if "xml:lang" in term:
        return ox.Literal(term["value"], language=term["xml:lang"])
    if "datatype" in term:
        return ox.Literal(term["value"], datatype=ox.NamedNode(term["datatype"]))
    return ox.Literal(term["value"])


def to_python(term: dict[str, str] | None) -> Any:
    """A SPARQL JSON result term as the embedded store gives it: integers as int, the rest as text."""
    if term is None:
        return None
    if term.get("datatype") == XSD_INTEGER.value:
        return int(term["value"])
    return term["value"]
