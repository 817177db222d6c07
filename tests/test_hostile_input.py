"""Random and hostile articles, at volume: every line ends in contacts or a one-line `FILE:LINE: problem`,
never a traceback, a malformed triple or a store that breaks the shapes."""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph

from diplograph.cli import main
from diplograph.extract.contacts import extract_contacts
from diplograph.store import Store
from diplograph.validate import validate
from tests.conftest import article_record, make_article

RDF_CHARACTERS = '<>"\\{}^`|\n\r\t\x00\x07\u2028'
NAMES = st.text(alphabet=st.sampled_from("AbcdeKlmnoZ" + RDF_CHARACTERS + " '-."), min_size=1, max_size=20)
SENTENCES = st.builds(
    lambda a, b, verb, day: f"{day}, Foreign Minister {a} {verb} President {b}. Minister {a} said it went well.",
    NAMES, NAMES, st.sampled_from(["spoke by phone with", "met", "visited", "sent a letter to", "phoned"]),
    st.sampled_from(["On Monday", "Yesterday", "On 30 February", "On March 3, 2099", "Today"]),
)
TEXTS = st.one_of(SENTENCES, st.text(max_size=300), st.just(""), st.just(" \n\t "))
DATES = st.one_of(st.dates().map(str), st.just("2999-12-31"), st.just("2021-02-30"), st.text(max_size=12),
                  st.integers(), st.none())
IDS = st.one_of(st.sampled_from(["a", "b", "a"]), st.text(alphabet=st.sampled_from("xy" + RDF_CHARACTERS), max_size=8))


@st.composite
def records(draw) -> bytes:
    """One line of input: a hostile record, a record with a field missing or mistyped, or raw bytes."""
    kind = draw(st.sampled_from(["record", "record", "record", "missing", "bytes", "json"]))
    if kind == "bytes":
        return draw(st.binary(max_size=120)).replace(b"\n", b" ")
    if kind == "json":
        return json.dumps(draw(st.one_of(st.lists(st.integers()), st.text(), st.none(), st.integers()))).encode()
    record = article_record(draw(IDS), draw(TEXTS), published="2024-03-06")
    record["published"] = draw(DATES)
    record["title"] = draw(st.one_of(st.none(), NAMES))
    if kind == "missing":
        del record[draw(st.sampled_from(sorted(record)))]
    return json.dumps(record, ensure_ascii=draw(st.booleans())).encode("utf-8")


LINE_ERROR = re.compile(r"^\S.*:\d+: \S")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(records(), min_size=1, max_size=12))
def test_hostile_input_ends_in_contacts_or_one_line_errors(lines):
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "feed.jsonl"
        source.write_bytes(b"\n".join(lines) + b"\n")
        result = CliRunner().invoke(main, ["run", str(source), "--store", f"{folder}/store"], catch_exceptions=False)
        assert result.exit_code in (0, 1)
        messages = result.stderr.splitlines()
        assert messages[-1].startswith("Read ")
        for message in messages[:-1]:
            assert LINE_ERROR.match(message), message
        assert "Traceback" not in result.stderr

        store = Store(f"{folder}/store")
        ntriples = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in store.triples())
        store.close()
        graph = Graph().parse(data=ntriples, format="nt")  # every triple well formed
        assert validate(graph) == []


def test_hostile_input_five_megabytes_of_text_is_read_in_one_pass():
    paragraph = ('Kuwait\'s Foreign Minister Ali Nasser spoke by phone with Oman\'s Foreign Minister Badr Hamad on '
                 'Monday about "water" <rights> \\ and } DROP ALL {. Markets were calm, officials said.\n\n')
    text = (paragraph * (5_000_000 // len(paragraph) + 1))[:5_000_000]
    [contact] = extract_contacts(make_article(text))
    assert {p.name for p in contact.participants} == {"Ali Nasser", "Badr Hamad"}
    assert len(contact.evidence) > 20_000
