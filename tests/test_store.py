"""The embedded store: persistent, idempotent, all or nothing, one writer at a time."""

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef

from diplograph.errors import StoreError, ValidationError
from diplograph.namespaces import DIPLO
from diplograph.rdf import contacts_to_graph
from diplograph.store import BATCH_FOLDER, Store, open_store
from diplograph.terms import graph_quads
from tests.conftest import fixture_batch


def store_content(store):
    return sorted(str(q) for q in store.triples())


def test_store_load_is_idempotent(store):
    graph = contacts_to_graph(fixture_batch())
    assert store.load(graph) == len(store) > len(graph)  # the graph, and the counts of its people and pairs
    before = store_content(store)
    assert store.load(contacts_to_graph(fixture_batch())) == 0
    assert store_content(store) == before


def test_store_select_gives_plain_values_by_column_and_none_where_unbound(store):
    store.update('INSERT DATA { <urn:a> <urn:count> 3 ; <urn:name> "A" . <urn:b> <urn:count> 4 }')
    columns, rows = store.select("SELECT ?node ?name ?count WHERE { ?node <urn:count> ?count "
                                 "OPTIONAL { ?node <urn:name> ?name } } ORDER BY ?node")
    assert columns == ["node", "name", "count"]
    assert rows == [{"node": "urn:a", "name": "A", "count": 3}, {"node": "urn:b", "name": None, "count": 4}]


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
    # Removals and recounts run as one update: one that fails after its first operation changes nothing.
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


def test_store_stays_locked_while_it_reopens_its_files(tmp_path):
    holder = Store(tmp_path / "s")
    holder.release_caches()  # Oxigraph's own lock is let go and taken again; the store's is held throughout
    with pytest.raises(StoreError, match="another diplograph process"):
        Store(tmp_path / "s")
    holder.close()
    Store(tmp_path / "s").close()


def test_store_reopening_its_files_leaves_no_old_info_logs(tmp_path):
    with Store(tmp_path / "s") as store:
        for _ in range(3):
            store.release_caches()
        assert (tmp_path / "s" / "LOG").exists()  # Oxigraph writes one; each opening used to keep the last
        assert list((tmp_path / "s").glob("LOG.old.*")) == []


def test_store_empties_its_caches_during_a_load_and_keeps_what_it_holds(tmp_path, monkeypatch):
    store = Store(tmp_path / "s")
    store.load(contacts_to_graph(fixture_batch()[:1]))
    assert store.looked_up > 0  # far fewer quads than make the store empty its caches
    monkeypatch.setattr("diplograph.store.RELEASE_AFTER_QUADS", 1)  # after every batch
    store.load(contacts_to_graph(fixture_batch()[1:]))
    assert store.looked_up == 0
    assert store_content(store) == both_articles(tmp_path / "reference")
    store.close()


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


def journal_second_batch(path):
    """A store holding the first fixture article, with the second one's batch committed to its journal, not applied:
    what a load killed between the two steps of `Store.add_valid` leaves. Returns the batch's added lines."""
    store = Store(path)
    store.load(contacts_to_graph(fixture_batch()[:1]))
    quads = list(graph_quads(contacts_to_graph(fixture_batch()[1:])))
    new = [quad for quad in quads if quad not in store.oxigraph]
    change = store.kept_changes(new, quads)
    assert change.stale, "the second article changes counts of the first: the journal has triples to delete"
    store.batch.write(change.stale, [*new, *change.fresh])
    store.close()
    return (path / BATCH_FOLDER / "added.nt").read_text(encoding="utf-8").splitlines(keepends=True)


def both_articles(path):
    with Store(path) as store:
        store.load(contacts_to_graph(fixture_batch()[:1]))
        store.load(contacts_to_graph(fixture_batch()[1:]))
        return store_content(store)


def test_store_applies_a_committed_batch_when_opened_again(tmp_path):
    journal_second_batch(tmp_path / "s")
    with Store(tmp_path / "s") as store:
        assert store_content(store) == both_articles(tmp_path / "reference")
    assert not (tmp_path / "s" / BATCH_FOLDER).exists()


def test_store_finishes_a_batch_the_bulk_loader_wrote_part_of(tmp_path):
    added = journal_second_batch(tmp_path / "s")
    partial = ox.Store(str(tmp_path / "s"))
    partial.bulk_extend(ox.parse("".join(added[: len(added) // 2]), format=ox.RdfFormat.N_TRIPLES))
    partial.flush()
    del partial
    (tmp_path / "s" / "bulk-killed.sst").write_bytes(b"what a killed bulk loader leaves")
    with Store(tmp_path / "s") as store:
        assert store_content(store) == both_articles(tmp_path / "reference")
    assert not list((tmp_path / "s").glob("bulk-*.sst"))


def test_store_drops_a_batch_whose_journal_was_not_committed(tmp_path):
    journal_second_batch(tmp_path / "s")
    (tmp_path / "s" / BATCH_FOLDER).rename(tmp_path / "s" / f"{BATCH_FOLDER}.new")  # killed before the rename
    with Store(tmp_path / "s") as store:
        first = Store(tmp_path / "reference")
        first.load(contacts_to_graph(fixture_batch()[:1]))
        assert store_content(store) == store_content(first)
        first.close()
    assert not list((tmp_path / "s").glob(f"{BATCH_FOLDER}*"))
