"""Shared fixtures: article files written on the fly, a fresh store, the seed."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from diplograph.model import Article, Contact, ContactType, Evidence, Party
from diplograph.pipeline import load_batches
from diplograph.rdf import contacts_to_graph
from diplograph import remote
from diplograph.store import Store
from tests.servers import oxigraph_server, virtuoso_url

ROOT = Path(__file__).resolve().parent.parent
SEED_ARTICLES = ROOT / "seeds" / "articles.jsonl"
SEED_GOLD = ROOT / "seeds" / "gold.jsonl"


def pytest_sessionstart(session: pytest.Session) -> None:
    """Stop when a compiled module is older than its source: the tests would run the old code.

    `pip install -e .` compiles the extraction modules (setup.py), and Python imports the
    compiled module in place of the source beside it, so an edit has no effect until it is run again.
    """
    package = ROOT / "src" / "diplograph"
    stale = [source.relative_to(ROOT) for built in package.rglob("*.so")
             if (source := built.with_name(built.name.split(".")[0] + ".py")).exists()
             and source.stat().st_mtime > built.stat().st_mtime]
    if stale:
        raise pytest.UsageError(f"{stale[0]}: changed since it was compiled; run `pip install -e .` again")


def article_record(article_id: str, text: str, published: str = "2024-03-06", **extra) -> dict:
    """A JSON record of one article in the corpus format."""
    return {"id": article_id, "url": f"https://news.example.org/{article_id}", "source": "Example News",
            "published": published, "title": None, "text": text, "language": "en", "license": None} | extra


def make_article(text: str, published: date = date(2024, 3, 6), article_id: str = "a1") -> Article:
    """An Article built in memory."""
    return Article(article_id, f"https://news.example.org/{article_id}", "Example News", published, None, text)


@pytest.fixture
def write_jsonl(tmp_path: Path):
    """Write lines (dicts as JSON, strings or bytes as they are) to a JSONL file; return its path."""

    def write(lines: list, name: str = "articles.jsonl") -> Path:
        path = tmp_path / name
        with path.open("wb") as out:
            for line in lines:
                if isinstance(line, dict):
                    line = json.dumps(line)
                out.write((line.encode("utf-8") if isinstance(line, str) else line) + b"\n")
        return path

    return write


@pytest.fixture
def store(tmp_path: Path):
    """A fresh embedded store in a temporary folder."""
    opened = Store(tmp_path / "store")
    yield opened
    if hasattr(opened, "oxigraph"):
        opened.close()


@pytest.fixture(scope="session")
def oxigraph_url(tmp_path_factory):
    """The query URL of an Oxigraph server started on 127.0.0.1 for the whole test session."""
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph")) as url:
        yield url


@pytest.fixture(params=["oxigraph", "virtuoso"])
def server_config(request, monkeypatch, tmp_path):
    """A `.toml` configuration naming a real server's endpoints and a graph of the test's own."""
    return write_server_config(request, monkeypatch, tmp_path)


@pytest.fixture(params=["embedded", "oxigraph", "virtuoso"])
def any_store_location(request, monkeypatch, tmp_path):
    """Where a store is, embedded or on each real server: for behaviour every store must share."""
    if request.param == "embedded":
        return str(tmp_path / "embedded")
    return str(write_server_config(request, monkeypatch, tmp_path))


def write_server_config(request, monkeypatch, tmp_path) -> Path:
    """The configuration of the server `request.param` names, in a graph of the test's own.

    Virtuoso is the one `.ci/run` starts and names in `$DIPLOGRAPH_TEST_VIRTUOSO`; its
    credentials reach the store through the environment, as a user's would.
    """
    if request.param == "oxigraph":
        url = request.getfixturevalue("oxigraph_url")
    else:
        url = virtuoso_url()
        if url is None:
            pytest.skip("no Virtuoso: .ci/run starts one and sets $DIPLOGRAPH_TEST_VIRTUOSO")
        monkeypatch.setenv(remote.USER_VARIABLE, "dba")
        monkeypatch.setenv(remote.PASSWORD_VARIABLE, "dba")
    config = tmp_path / "server.toml"
    config.write_text(f'query = "{url}"\ngraph = "https://example.org/graph/{uuid.uuid4()}"\n')
    return config


ALI = Party("Ali Nasser", "Speaker", "National Assembly of Kuwait", "KW")
BADR = Party("Badr Hamad", "Foreign Minister", "Ministry of Foreign Affairs", "OM")
CARLA = Party("Carla Diaz", "President", None, "CL")
FIXTURE_A1 = make_article("Ali Nasser phoned Badr Hamad on Monday. Ali Nasser met Carla Diaz on Tuesday in Rome.",
                          date(2024, 3, 6), "a1")
FIXTURE_A2 = make_article("Badr Hamad visited Carla Diaz in Santiago. Ali Nasser spoke by phone with Badr Hamad.",
                          date(2024, 3, 7), "a2")
FIXTURE_CONTACTS = {
    "call": Contact(ContactType.PHONE_CALL, (ALI, BADR), ALI, date(2024, 3, 4), ("gulf security",),
                    (Evidence("a1", 0, 39),)),
    "meeting": Contact(ContactType.MEETING, (ALI, CARLA), None, date(2024, 3, 5), (), (Evidence("a1", 40, 85),)),
    "visit": Contact(ContactType.VISIT, (BADR, CARLA), BADR, None, (), (Evidence("a2", 0, 42),)),
    # told by a2 as an earlier call than its news
    "old call": Contact(ContactType.PHONE_CALL, (ALI, BADR), None, date(2024, 2, 10), (), (Evidence("a2", 43, 85),),
                        prior=True),
}


CALL = FIXTURE_CONTACTS["call"]
A1 = (FIXTURE_A1, [CALL, FIXTURE_CONTACTS["meeting"]])
# a2 reports a1's call again (one more evidence span, no new contact) and a visit of its own
A2 = (FIXTURE_A2, [FIXTURE_CONTACTS["visit"], replace(CALL, evidence=(Evidence("a2", 43, 85),))])


def load_reports(store, *items):
    """Load articles with their contacts through the pipeline, each batch without refusals."""
    for batch in load_batches(list(items), store):
        assert not batch.refused


def fixture_batch():
    """The fixture articles with their hand-made contacts, as the pipeline passes them to the store."""
    c = FIXTURE_CONTACTS
    return [(FIXTURE_A1, [c["call"], c["meeting"]]), (FIXTURE_A2, [c["visit"], c["old call"]])]


@pytest.fixture
def fixture_store(store):
    """A store holding the fixture graph: three people, four contacts, two articles."""
    store.load(contacts_to_graph(fixture_batch()))
    return store
