"""Extraction on a real local Dask cluster of two worker processes gives what one process gives."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from diplograph.cli import main
from diplograph.distributed import Part, contacts_bag, extract_part, split_parts
from diplograph.errors import InputError
from tests.conftest import SEED_ARTICLES, article_record

distributed = pytest.importorskip("distributed")

TEXTS = [
    "On Monday, Kuwait's Foreign Minister Ali Nasser spoke by phone with Oman's Foreign Minister Badr Hamad.",
    "Chile's President Carla Diaz met Oman's Foreign Minister Badr Hamad in Rome on Tuesday.",
    "Markets were calm on Wednesday, traders said.",
]


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  host="127.0.0.1") as local:
        yield local.scheduler_address


@pytest.fixture
def feed(write_jsonl):
    lines = [article_record(f"n{i}", TEXTS[i % 3], published=f"2024-03-{1 + i % 28:02d}") for i in range(120)]
    lines[17] = b"\xff not utf-8"
    lines[60] = article_record("n3", TEXTS[0])  # a repeated id, in another part
    return write_jsonl(lines)


def test_distributed_parts_cover_every_line_once(feed):
    parts = split_parts([feed], size=1000)
    assert len(parts) > 5
    assert parts[0] == Part(str(feed), 0, parts[0].end, 1)
    assert all(a.end == b.start for a, b in zip(parts, parts[1:]))
    assert parts[-1].end == feed.stat().st_size
    lines = [item for part in parts for item in extract_part(part)]
    assert [str(item) for item in lines if isinstance(item, InputError)][0].startswith(f"{feed}:18: ")
    assert len(lines) == 120


def test_distributed_extract_on_a_two_worker_cluster_is_the_serial_output(cluster, feed, tmp_path):
    runner = CliRunner()
    serial = runner.invoke(main, ["extract", str(feed), "-o", str(tmp_path / "serial.jsonl")])
    spread = runner.invoke(main, ["extract", str(feed), "--dask", cluster, "-o", str(tmp_path / "dask.jsonl")])
    assert serial.exit_code == spread.exit_code == 1
    assert spread.stderr == serial.stderr
    assert f"{feed}:61: duplicate article id 'n3' (first at {feed}:4)" in spread.stderr
    assert (tmp_path / "dask.jsonl").read_text() == (tmp_path / "serial.jsonl").read_text()
    assert sum(len(json.loads(line)["events"]) for line in (tmp_path / "dask.jsonl").open()) > 50


def test_distributed_run_loads_what_it_extracts_on_the_cluster(cluster, tmp_path):
    result = CliRunner().invoke(main, ["run", str(SEED_ARTICLES), "--dask", cluster, "--store", str(tmp_path / "s")])
    assert result.exit_code == 0
    assert "found 7 contacts" in result.stderr


def test_distributed_bag_gives_the_serial_contacts(cluster, feed):
    from diplograph.pipeline import extract_articles

    with distributed.Client(cluster):
        found = contacts_bag([feed], size=2000).compute()
    serial = [item for item in extract_articles([feed]) if not isinstance(item, InputError)]
    by_bag = [item for item in found if not isinstance(item, InputError)]
    assert [(a.id, c) for a, c in by_bag if a.id != "n3"] == [(a.id, c) for a, c in serial if a.id != "n3"]
