"""Shared fixtures: article files written on the fly, a fresh store, the seed."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from diplograph.model import Article
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
