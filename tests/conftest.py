"""Shared fixtures: article files written on the fly, a fresh store, the seed."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from diplograph.model import Article, Contact, ContactType, Evidence, Party
from diplograph.rdf import contacts_to_graph
from diplograph.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEED_ARTICLES = ROOT / "seeds" / "articles.jsonl"
SEED_GOLD = ROOT / "seeds" / "gold.jsonl"


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
    "old call": Contact(ContactType.PHONE_CALL, (ALI, BADR), None, date(2024, 2, 10), (), (Evidence("a2", 43, 85),)),
}


def fixture_batch():
    """The fixture articles with their hand-made contacts, as the pipeline passes them to the store."""
    c = FIXTURE_CONTACTS
    return [(FIXTURE_A1, [c["call"], c["meeting"]]), (FIXTURE_A2, [c["visit"], c["old call"]])]


@pytest.fixture
def fixture_store(store):
    """A store holding the fixture graph: three people, four contacts, two articles."""
    store.load(contacts_to_graph(fixture_batch()))
    return store
