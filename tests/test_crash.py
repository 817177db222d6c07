"""Crash safety with real processes: a run killed with SIGKILL keeps exactly the batches it committed, running
it again completes the load, and a second writer is turned away with a clear message."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from diplograph.export import store_graph
from diplograph.extract.contacts import extract_contacts
from diplograph.ingest import read_articles
from diplograph.pipeline import load_batches
from diplograph.store import Store
from diplograph.validate import validate
from tests.conftest import article_record

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
BATCH = 4


def records(count: int, start: int = 0) -> list[str]:
    """Articles of one call each, on days apart, so that each gives a contact of its own."""
    lines = []
    for number in range(start, start + count):
        day = 1 + number % 28
        month = 1 + number // 28
        text = (f"On {month_name(month)} {day}, Kuwait's Foreign Minister Ali Nasser spoke by phone with "
                f"Oman's Foreign Minister Badr Hamad. They discussed regional security.")
        lines.append(json.dumps(article_record(f"call-{number}", text, published="2023-12-31")))
    return lines


def month_name(month: int) -> str:
    return ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"][month - 1]


def run_command(source: Path, store: Path) -> list[str]:
    return [sys.executable, "-m", "diplograph", "run", str(source), "--store", str(store), "--batch-size", str(BATCH)]


def content(path: Path) -> set[str]:
    store = Store(path)
    try:
        return set(map(str, store.triples()))
    finally:
        store.close()


def reference(tmp_path: Path, lines: list[str], name: str) -> set[str]:
    """The store a run of these lines that nothing interrupted would leave."""
    source = tmp_path / f"{name}.jsonl"
    source.write_text("\n".join(lines) + "\n")
    store = Store(tmp_path / name)
    items = [(a, extract_contacts(a)) for a in read_articles([source])]
    for batch in load_batches(items, store, BATCH):
        assert not batch.refused
    store.close()
    return content(tmp_path / name)


def feed(fifo: Path, lines: list[str], hold: threading.Event) -> threading.Thread:
    """Write lines into a named pipe and keep it open until `hold` is set, as a slow feed would."""
    def write():
        with fifo.open("w") as out:
            out.write("\n".join(lines) + "\n")
            out.flush()
            hold.wait(60)
    thread = threading.Thread(target=write, daemon=True)
    thread.start()
    return thread


def read_rows(process: subprocess.Popen, count: int) -> None:
    """Read the run table until `count` contact rows are out: their batches are committed."""
    seen = -2  # the header and its rule
    while seen < count:
        line = process.stdout.readline()
        assert line, "the run ended before printing its rows"
        seen += 1


def test_crash_sigkill_between_batches_keeps_the_committed_batches(tmp_path):
    lines = records(2 * BATCH + 2)  # two whole batches, then half of the third, still being read
    fifo = tmp_path / "feed.jsonl"
    os.mkfifo(fifo)
    hold = threading.Event()
    writer = feed(fifo, lines, hold)
    process = subprocess.Popen(run_command(fifo, tmp_path / "store"), stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    read_rows(process, 2 * BATCH)
    process.send_signal(signal.SIGKILL)
    process.wait()
    hold.set()
    writer.join()
    assert content(tmp_path / "store") == reference(tmp_path, lines[: 2 * BATCH], "two-batches")

    whole = tmp_path / "whole.jsonl"
    whole.write_text("\n".join(lines) + "\n")
    again = subprocess.run(run_command(whole, tmp_path / "store"), capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert content(tmp_path / "store") == reference(tmp_path, lines, "all")


@pytest.mark.parametrize("rows_before_kill", [0, 1, BATCH + 1, 3 * BATCH - 1])
def test_crash_sigkill_at_any_point_leaves_whole_batches_only(tmp_path, rows_before_kill):
    lines = records(5 * BATCH)
    source = tmp_path / "articles.jsonl"
    source.write_text("\n".join(lines) + "\n")
    process = subprocess.Popen(run_command(source, tmp_path / "store"), stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    if rows_before_kill:
        read_rows(process, rows_before_kill)
    process.send_signal(signal.SIGKILL)
    process.wait()

    found = content(tmp_path / "store")
    committed = [reference(tmp_path, lines[: n * BATCH], f"first-{n}") for n in range(6)]
    assert found in committed, "the store holds something other than whole batches"
    assert committed.index(found) * BATCH >= rows_before_kill
    with Store(tmp_path / "store") as store:
        assert validate(store_graph(store)) == []

    again = subprocess.run(run_command(source, tmp_path / "store"), capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert content(tmp_path / "store") == committed[5]


def test_crash_second_writer_is_turned_away_and_the_first_completes(tmp_path):
    fifo = tmp_path / "feed.jsonl"
    os.mkfifo(fifo)
    hold = threading.Event()
    first_lines = records(BATCH + 1)
    writer = feed(fifo, first_lines, hold)
    first = subprocess.Popen(run_command(fifo, tmp_path / "store"), stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    read_rows(first, BATCH)  # the first writer holds the store, its feed still open

    other = tmp_path / "other.jsonl"
    other.write_text("\n".join(records(2, start=100)) + "\n")
    second = subprocess.run(run_command(other, tmp_path / "store"), capture_output=True, text=True)
    assert second.returncode == 1
    [message] = second.stderr.strip().splitlines()
    assert message.startswith("Error: ") and "is another diplograph process using it?" in message

    hold.set()
    writer.join()
    _, errors = first.communicate(timeout=60)
    assert first.returncode == 0, errors
    assert content(tmp_path / "store") == reference(tmp_path, first_lines, "first")
    assert subprocess.run(run_command(other, tmp_path / "store"), capture_output=True).returncode == 0
