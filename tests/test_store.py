"""The embedded store: persistent, idempotent, all or nothing, one writer at a time."""

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef

from diplograph.errors import StoreError, ValidationError
from diplograph.namespaces import DIPLO
from diplograph.rdf import contacts_to_graph
from diplograph.store import Store, open_store
from tests.conftest import fixture_batch


def store_content(store):
    return sorted(str(q) for q in store.triples())


def test_store_load_is_idempotent(store):
    graph = contacts_to_graph(fixture_batch())
    assert store.load(graph) == len(store) > len(graph)  # the graph, and the counts of its people and pairs
    before = store_content(store)
    assert store.load(contacts_to_graph(fixture_batch())) == 0
    assert store_content(store) == before


def test_store_persists_across_reopening(tmp_path):
    first = Store(tmp_path / "s")
    first.load(contacts_to_graph(fixture_batch()))
    count = len(first)
    first.close()
    again = Store(tmp_path / "s")
    assert len(again) == count > 0
    again.close()


def test_store_refuses_an_invalid_graph_and_stays_as_it_was(fixture_store):
    before = store_content(fixture_store)
    graph = contacts_to_graph(fixture_batch())
    graph.add((URIRef("https://w3id.org/diplograph/id/contact/x"), DIPLO.participant, URIRef("urn:nobody")))
    graph.add((URIRef("https://w3id.org/diplograph/id/contact/x"), URIRef(str(DIPLO.date)), Literal("soon")))
    graph.add((URIRef("https://w3id.org/diplograph/id/contact/x"),
               URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), DIPLO.Contact))
    with pytest.raises(ValidationError) as error:
        fixture_store.load(graph)
    assert error.value.violations
    assert store_content(fixture_store) == before


def test_store_update_failing_part_way_leaves_nothing(fixture_store):
    # A load writes its batch and counts as one update: one that fails after its first operation changes nothing.
    before = store_content(fixture_store)
    with pytest.raises(StoreError, match="nothing was changed"):
        fixture_store.update('INSERT DATA { <urn:a> <urn:p> "one" } ; DROP GRAPH <urn:missing>')
    assert store_content(fixture_store) == before


def test_store_second_process_gets_a_clear_error(tmp_path):
    import subprocess
    import sys

    holder = Store(tmp_path / "s")
    code = f"from diplograph.store import Store\nStore({str(tmp_path / 's')!r})"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    holder.close()
    assert result.returncode != 0
    assert "cannot open the store" in result.stderr and "another diplograph process" in result.stderr


def test_store_terms_keep_their_datatypes(store):
    graph = contacts_to_graph(fixture_batch())
    store.load(graph)
    [(literal,)] = [(q.object,) for q in store.triples() if q.predicate.value == str(DIPLO.date)
                    and q.object.value == "2024-03-04"]
    assert literal.datatype == ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")


def test_store_query_by_name_and_as_a_context_manager(tmp_path):
    with open_store(tmp_path / "store") as store:
        store.load(contacts_to_graph(fixture_batch()))
        rows = store.query("contacts-of-person", person="carla")
    assert [(row["type"], row["counterpart"]) for row in rows] == [("Meeting", "Ali Nasser"), ("Visit", "Badr Hamad")]
    assert not hasattr(store, "oxigraph")  # closed on leaving the block
