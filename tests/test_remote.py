"""The store on real SPARQL servers: the same rows as the embedded store for every query, loads all or
nothing through a staging graph, credentials from the environment only."""

from __future__ import annotations

import json
import urllib.parse
import urllib.request
from dataclasses import replace

import pytest

from diplograph import remote
from diplograph.errors import StoreError
from diplograph.extract.contacts import extract_contacts
from diplograph.ingest import read_articles
from diplograph.model import Evidence
from diplograph.pipeline import load_batches
from diplograph.query import find_query, list_queries, run_query
from diplograph.rdf import contact_iri, contacts_to_graph
from diplograph.remote import Endpoints, SparqlStore
from diplograph.store import open_store
from tests.conftest import FIXTURE_A2, FIXTURE_CONTACTS, SEED_ARTICLES, fixture_batch, make_article
from tests.servers import virtuoso_url

CALL = contact_iri(FIXTURE_CONTACTS["call"], FIXTURE_A2.published).value
QUERIES = [
    ("contacts-of-person", {"person": "nasser"}),
    ("contacts-of-person", {"person": "Qalibaf", "since": "2021-05-18", "until": "2021-05-18"}),
    ("contacts-between-countries", {"country1": "OM", "country2": "KW"}),
    ("contacts-between-countries", {"country1": "IR", "country2": "KW"}),
    ("contacts-in-range", {"since": "2021-01-01", "until": "2024-12-31"}),
    ("degree-ranking", {}),
    ("top-pairs", {}),
    ("evidence", {"contact": CALL}),
    ("participations", {}),
    ("participations", {"since": "2021-05-01", "kind": "PhoneCall"}),
    ("people", {}),
]


def seed_batch():
    return [(article, extract_contacts(article)) for article in read_articles([SEED_ARTICLES])]


def load_everything(store):
    for batch in load_batches(fixture_batch() + seed_batch(), store):
        assert not batch.refused


def test_remote_queries_give_the_rows_of_the_embedded_store(server_config, tmp_path):
    with open_store(tmp_path / "embedded") as embedded, open_store(str(server_config)) as served:
        assert isinstance(served, SparqlStore)
        load_everything(embedded)
        load_everything(served)
        assert {q.name for q in list_queries()} == {name for name, _ in QUERIES}
        for name, params in QUERIES:
            expected = in_order(name, run_query(embedded, name, **params))
            assert expected[1], (name, params)
            assert in_order(name, run_query(served, name, **params)) == expected, (name, params)


def in_order(name, result):
    """A query's columns and rows, the rows sorted when the query leaves their order open."""
    columns, rows = result
    if "ORDER BY" in find_query(name).sparql:
        return columns, rows
    return columns, sorted(rows, key=lambda row: [str(row[column]) for column in columns])


def test_remote_holds_the_triples_of_the_embedded_store_and_reloading_adds_nothing(server_config, tmp_path):
    with open_store(tmp_path / "embedded") as embedded, open_store(str(server_config)) as served:
        load_everything(embedded)
        load_everything(served)
        assert len(served) == len(embedded)
        assert set(map(str, served.triples())) == set(map(str, embedded.triples()))
        before = set(map(str, served.triples()))
        load_everything(served)
        assert served.load(contacts_to_graph(fixture_batch())) == 0
        assert set(map(str, served.triples())) == before


def graphs_on(store: SparqlStore) -> set[str]:
    """Every named graph of the server, asked without the store's dataset."""
    query = urllib.parse.urlencode({"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"}).encode()
    request = urllib.request.Request(store.endpoints.query, query, {"Accept": "application/sparql-results+json",
                                                                    "Content-Type": "application/x-www-form-urlencoded"})
    with store.opener.open(request) as reply:
        return {row["g"]["value"] for row in json.load(reply)["results"]["bindings"]}


def test_remote_load_failing_part_way_leaves_no_partial_batch(server_config, monkeypatch):
    with open_store(str(server_config)) as served:
        served.load(contacts_to_graph(fixture_batch()[:1]))
        before = set(map(str, served.triples()))
        staged = []
        real_stage = served.stage

        def stage_then_fail(staging, ntriples):
            if staged:
                raise StoreError("connection reset")
            real_stage(staging, ntriples)  # the first part really reaches the server
            staged.append(staging)

        monkeypatch.setattr(remote, "TRIPLES_PER_REQUEST", 10)
        monkeypatch.setattr(served, "stage", stage_then_fail)
        with pytest.raises(StoreError, match="connection reset"):
            served.load(contacts_to_graph(fixture_batch()))
        assert staged
        assert set(map(str, served.triples())) == before
        assert not {g for g in graphs_on(served) if g.startswith(remote.STAGING)}


def test_remote_load_in_many_requests_is_whole(server_config, monkeypatch):
    monkeypatch.setattr(remote, "TRIPLES_PER_REQUEST", 7)
    graph = contacts_to_graph(fixture_batch())
    with open_store(str(server_config)) as served:
        assert served.load(graph) == len(served) > len(graph)  # the graph, and the counts of its people and pairs
        assert not {g for g in graphs_on(served) if g.startswith(remote.STAGING)}


def test_remote_text_with_rdf_characters_is_stored_as_it_is(server_config, tmp_path):
    # U+2028 and U+0085 stay as they are in N-Triples, where Python's splitlines would break a triple.
    text = 'Ali Nasser phoned Badr Hamad on Monday about "water" <rights> \\ and } DROP ALL { .\u2028Next\x85line'
    article = make_article(text, article_id='odd"id>\\')
    contact = replace(FIXTURE_CONTACTS["call"], evidence=(Evidence(article.id, 0, len(text)),))
    with open_store(tmp_path / "embedded") as embedded, open_store(str(server_config)) as served:
        for store in (embedded, served):
            store.load(contacts_to_graph([(article, [contact])]))
        assert set(map(str, served.triples())) == set(map(str, embedded.triples()))


def test_remote_url_names_oxigraph_endpoints_and_the_default_graph(oxigraph_url):
    with open_store(oxigraph_url) as served:
        assert served.endpoints == Endpoints(oxigraph_url, oxigraph_url.replace("/query", "/update"),
                                             oxigraph_url.replace("/query", "/store"), remote.DEFAULT_GRAPH)
        served.update(f"DROP SILENT GRAPH <{remote.DEFAULT_GRAPH}>")
        assert served.load(contacts_to_graph(fixture_batch())) > 0
        assert remote.DEFAULT_GRAPH in graphs_on(served)
        served.update(f"DROP SILENT GRAPH <{remote.DEFAULT_GRAPH}>")


def test_remote_credentials_are_refused_in_the_url():
    with pytest.raises(StoreError, match=r"\$DIPLOGRAPH_STORE_USER") as error:
        open_store("http://dba:secret@127.0.0.1:8890/sparql")
    assert "secret" not in str(error.value)


def test_remote_credentials_come_from_the_environment(monkeypatch):
    url = virtuoso_url()
    if url is None:
        pytest.skip("no Virtuoso: .ci/run starts one and sets $DIPLOGRAPH_TEST_VIRTUOSO")
    monkeypatch.setenv(remote.USER_VARIABLE, "dba")
    monkeypatch.setenv(remote.PASSWORD_VARIABLE, "wrong-password")
    with pytest.raises(StoreError, match="HTTP 401") as error:
        open_store(url)
    assert "wrong-password" not in str(error.value)
    monkeypatch.setenv(remote.PASSWORD_VARIABLE, "dba")
    with open_store(url) as served:
        assert len(served) >= 0


def test_remote_unreachable_server_is_a_one_line_error():
    with pytest.raises(StoreError, match="cannot reach the SPARQL server"):
        open_store("http://127.0.0.1:9/query")


@pytest.mark.parametrize(("text", "message"), [
    ('query = "http://127.0.0.1:7878/query"\npassword = "x"\n', "found password, query"),
    ('update = "http://127.0.0.1:7878/update"\n', "names query"),
    ("query = ", "cannot read"),
])
def test_remote_bad_configuration_is_a_one_line_error(tmp_path, text, message):
    config = tmp_path / "server.toml"
    config.write_text(text)
    with pytest.raises(StoreError, match=message):
        open_store(str(config))


def test_remote_cli_runs_queries_and_exports_on_a_server(server_config, tmp_path):
    from click.testing import CliRunner

    from diplograph.cli import main

    def invoke(*args):
        return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)

    ran = invoke("run", SEED_ARTICLES, "--store", server_config)
    assert ran.exit_code == 0, ran.stderr
    assert f"loaded them into the store at {Endpoints.from_config(server_config).query}" in ran.stderr
    answer = invoke("query", "contacts-of-person", "-p", "person=Qalibaf", "--format", "json", "--store", server_config)
    assert len(json.loads(answer.stdout)) == 7
    exported = invoke("export", "--format", "turtle", "-o", tmp_path / "graph.ttl", "--store", server_config)
    assert exported.exit_code == 0
    assert (tmp_path / "graph.ttl").read_text().count("diplo:PhoneCall") == 7


def test_remote_cli_unreachable_server_is_a_one_line_error():
    from click.testing import CliRunner

    from diplograph.cli import main

    result = CliRunner().invoke(main, ["query", "degree-ranking", "--store", "http://127.0.0.1:9/query"])
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0
    assert "cannot reach the SPARQL server" in result.stderr
