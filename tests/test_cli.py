"""Every command through click's runner: exit codes, stdout data, stderr messages."""

import json

import pytest
from click.testing import CliRunner
from rdflib import Graph

from diplograph.cli import main
from tests.conftest import SEED_ARTICLES, SEED_GOLD, article_record

COMMANDS = ["run", "extract", "validate", "load", "remove", "recount", "query", "evaluate", "analyse", "export", "plot"]  # recount: tests/test_counts.py


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_cli_every_command_has_help_with_an_example(command):
    result = invoke(*([command] if command else []), "-h")
    assert result.exit_code == 0
    assert "Example:" in result.stdout


def test_cli_commands_are_all_tested():
    assert sorted(main.commands) == sorted(COMMANDS)


def test_cli_run_loads_the_seed_and_prints_its_contacts(tmp_path):
    store = tmp_path / "store"
    result = invoke("run", SEED_ARTICLES, "--store", store)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["date", "type", "participants", "initiator", "article"]
    assert len(lines) == 2 + 7
    assert all(line.startswith("2021-05-18  PhoneCall  Mohammad Baqer Qalibaf (Speaker, IR) & ") for line in lines[2:])
    assert result.stderr.startswith("Read 1 article (0 problems), found 7 contacts and loaded them into the store at")
    answer = invoke("query", "contacts-of-person", "-p", "person=Qalibaf", "-p", "since=2021-05-18",
                    "-p", "until=2021-05-18", "--format", "csv", "--store", store)
    assert answer.exit_code == 0
    counterparts = sorted(line.split(",")[3] for line in answer.stdout.splitlines()[1:])
    assert counterparts == ["Asad Qaiser", "Khalid bin Hilal al-Maawali", "Marzouq Al Ghanim",
                            "Mohammed Rikan Hadeed al-Halbousi", "Mustafa Sentop", "Salah Goudjil", "Salim Zanoun"]


def test_cli_run_reports_bad_lines_and_still_loads_the_good_articles(tmp_path, write_jsonl):
    good = article_record("good", "On Monday, Kenyan President William Ruto spoke by phone with Ghanaian President "
                                  "John Mahama.", "2024-03-06")
    path = write_jsonl([good, "{broken", {"id": "x", "text": "no date"}, article_record("d", "t", "sometime")])
    store = tmp_path / "store"
    result = invoke("run", path, "--store", store)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[:3] == [
        f"{path}:2: not valid JSON: Expecting property name enclosed in double quotes at column 2",
        f"{path}:3: missing field 'published'",
        f"{path}:4: unparseable date in 'published': 'sometime'",
    ]
    stored = invoke("query", "contacts-of-person", "-p", "person=Ruto", "--format", "json", "--store", store)
    assert [r["counterpart"] for r in json.loads(stored.stdout)] == ["John Mahama"]


def test_cli_run_twice_changes_nothing(tmp_path):
    store = tmp_path / "store"
    invoke("run", SEED_ARTICLES, "--store", store)
    again = invoke("run", SEED_ARTICLES, "--store", store)
    assert ": 0 new triples, 280 in all." in again.stderr  # 236 mapped, 37 counts, 7 country pairs


def test_cli_extract_writes_gold_shaped_records(tmp_path):
    out = tmp_path / "out.jsonl"
    result = invoke("extract", SEED_ARTICLES, "-o", out)
    assert result.exit_code == 0
    [record] = [json.loads(line) for line in out.read_text().splitlines()]
    assert record["id"] == "tehrantimes-461125"
    first = record["events"][0]
    assert set(first) >= {"type", "participants", "initiator", "date", "topics", "evidence", "evidence_spans"}
    assert first["participants"][1] == {"name": "Marzouq Al Ghanim", "role": "Speaker",
                                        "organization": "National Assembly of Kuwait", "country": "Kuwait"}


def test_cli_extract_and_query_say_which_contact_the_article_tells_as_an_earlier_one(tmp_path, write_jsonl):
    text = ("Kenyan President William Ruto spoke by phone with Ghanaian President John Mahama on Monday. "
            "Their previous phone call took place on January 8.")
    path = write_jsonl([article_record("calls", text, "2024-03-15")])
    out = tmp_path / "out.jsonl"
    assert invoke("extract", path, "-o", out).exit_code == 0
    [record] = [json.loads(line) for line in out.read_text().splitlines()]
    assert [(e["date"], e["prior"]) for e in record["events"]] == [("2024-03-11", False), ("2024-01-08", True)]
    store = tmp_path / "store"
    assert invoke("run", path, "--store", store).exit_code == 0
    calls = json.loads(invoke("query", "contacts-of-person", "-p", "person=Ruto", "--format", "json",
                              "--store", store).stdout)
    told = {call["date"]: json.loads(invoke("query", "evidence", "-p", f"contact={call['contact']}", "--format", "json",
                                            "--store", store).stdout)[0]["told"] for call in calls}
    assert told == {"2024-03-11": "news", "2024-01-08": "earlier"}


def test_cli_extract_turtle_then_validate_then_load(tmp_path):
    ttl = tmp_path / "seed.ttl"
    assert invoke("extract", SEED_ARTICLES, "--format", "turtle", "-o", ttl).exit_code == 0
    assert len(Graph().parse(ttl)) == 236
    checked = invoke("validate", ttl)
    assert (checked.exit_code, checked.stdout, checked.stderr) == (0, "", "0 violations in 1 file\n")
    loaded = invoke("load", ttl, "--store", tmp_path / "store")
    assert (loaded.exit_code, loaded.stderr) == (0, f"Loaded 280 new triples into {tmp_path / 'store'}.\n")


def test_cli_validate_and_load_refuse_a_bad_graph(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix diplo: <https://w3id.org/diplograph/def#> .\n"
                   "<urn:c1> a diplo:Contact , diplo:PhoneCall .\n")
    checked = invoke("validate", bad)
    assert checked.exit_code == 1
    assert {line.split("\t")[2].rsplit("#")[1] for line in checked.stdout.splitlines()} == {
        "ContactParticipants", "ContactEvidence"}
    loaded = invoke("load", bad, "--store", tmp_path / "store")
    assert loaded.exit_code == 1
    assert loaded.stderr.splitlines()[-1] == "Error: 2 SHACL violations; nothing was loaded"
    count = invoke("query", "degree-ranking", "--format", "json", "--store", tmp_path / "store")
    assert json.loads(count.stdout) == []


def test_cli_load_unparseable_file_is_one_line(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle")
    result = invoke("load", bad, "--store", tmp_path / "store")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {bad}: cannot parse as RDF:")
    assert len(result.stderr.splitlines()) == 1


def test_cli_query_lists_the_queries():
    result = invoke("query")
    assert result.exit_code == 0
    assert "contacts-between-countries --param country1=... --param country2=..." in result.stdout


def test_cli_query_errors(tmp_path):
    store = tmp_path / "store"
    missing = invoke("query", "contacts-in-range", "--store", store)
    assert (missing.exit_code, missing.stderr) == (
        1, "Error: query 'contacts-in-range' needs --param since=... (first day, inclusive)\n")
    usage = invoke("query", "contacts-in-range", "-p", "since", "--store", store)
    assert usage.exit_code == 2


def test_cli_evaluate_prints_figures_and_json(tmp_path):
    out = tmp_path / "out.jsonl"
    invoke("extract", SEED_ARTICLES, "-o", out)
    text = invoke("evaluate", SEED_GOLD, out)
    assert text.exit_code == 0
    assert text.stdout.splitlines()[0] == "strict  P 1.000  R 1.000  F1 1.000  (7 of 7 gold, 7 found)"
    figures = json.loads(invoke("evaluate", SEED_GOLD, out, "--json").stdout)
    assert (figures["strict_f1"], figures["pair_f1"], figures["date_acc"]) == (1.0, 1.0, 1.0)
    assert figures["by_type"]["PhoneCall"]["strict_tp"] == 7


def test_cli_analyse_centrality_ranks_the_seeds_people(tmp_path):
    store = tmp_path / "store"
    invoke("run", SEED_ARTICLES, "--store", store)
    table = invoke("analyse", "centrality", "--store", store)
    assert table.exit_code == 0
    lines = table.stdout.splitlines()
    assert lines[0].split() == ["person", "country", "degree", "contacts", "betweenness", "pagerank"]
    assert lines[2].split()[:6] == ["Mohammad", "Baqer", "Qalibaf", "IR", "7", "7"]
    rows = json.loads(invoke("analyse", "centrality", "--store", store, "--format", "json").stdout)
    assert len(rows) == 8 and rows[0]["betweenness"] == 1.0
    assert json.loads(invoke("analyse", "centrality", "--store", store, "--format", "json",
                             "--since", "2022-01-01").stdout) == []
    assert invoke("analyse", "centrality", "--kind", "Letter", "--store", store).exit_code == 2
    assert invoke("analyse", "centrality", "--country", "Iran", "--store", store).exit_code == 2
    iranians = json.loads(invoke("analyse", "centrality", "--country", "ir", "--store", store, "--format", "json").stdout)
    assert len(iranians) == 8


def test_cli_analyse_communities_and_brokers_of_the_seed(tmp_path):
    store = tmp_path / "store"
    invoke("run", SEED_ARTICLES, "--store", store)
    communities = invoke("analyse", "communities", "--store", store, "--format", "json")
    assert communities.exit_code == 0
    rows = json.loads(communities.stdout)
    assert {r["community"] for r in rows} == {1} and rows[0]["person"] == "Mohammad Baqer Qalibaf"
    assert communities.stderr == "1 community, modularity 0.0000\n"
    brokers = json.loads(invoke("analyse", "brokers", "--store", store, "--format", "json").stdout)
    assert brokers[0] == {"person": "Mohammad Baqer Qalibaf", "country": "IR", "betweenness": 1.0,
                          "constraint": 0.1429, "effective_size": 7.0, "communities": 1}
    assert {r["constraint"] for r in brokers[1:]} == {1.0}


def test_cli_analyse_timeline_and_ego_of_the_seed(tmp_path):
    store = tmp_path / "store"
    invoke("run", SEED_ARTICLES, "--store", store)
    months = json.loads(invoke("analyse", "timeline", "--store", store, "--format", "json").stdout)
    assert months == [{"month": "2021-05", "contacts": 7, "people": 8, "ties": 7, "new_ties": 7, "lost_ties": 0,
                       "rose": "Mohammad Baqer Qalibaf +7", "fell": ""}]
    partners = invoke("analyse", "ego", "qalibaf", "--store", store, "--format", "csv")
    assert partners.exit_code == 0
    assert partners.stdout.splitlines()[0] == "partner,country,contacts,kinds,first,last"
    assert len(partners.stdout.splitlines()) == 8
    missing = invoke("analyse", "ego", "Nobody", "--store", store)
    assert (missing.exit_code, missing.stderr) == (1, "Error: no person named like 'Nobody' in the network\n")


@pytest.mark.parametrize("style", ["turtle", "jsonld", "graphml", "gexf", "csv"])
def test_cli_export_writes_each_format(tmp_path, style):
    store = tmp_path / "store"
    invoke("run", SEED_ARTICLES, "--store", store)
    out = tmp_path / f"export.{style}"
    result = invoke("export", "--format", style, "-o", out, "--store", store)
    assert result.exit_code == 0 and out.stat().st_size > 0
    text = out.read_text(encoding="utf-8")
    assert "Qalibaf" in text
    assert invoke("export", "--format", style, "--store", store).stdout == text


def test_cli_export_needs_a_format(tmp_path):
    assert invoke("export", "--store", tmp_path / "store").exit_code == 2


@pytest.mark.parametrize(("picture", "name"), [("network", "network.png"), ("timeline", "timeline.svg")])
def test_cli_plot_writes_the_picture(tmp_path, picture, name):
    store = tmp_path / "store"
    invoke("run", SEED_ARTICLES, "--store", store)
    result = invoke("plot", picture, "-o", tmp_path / name, "--store", store)
    assert (result.exit_code, result.stderr) == (0, f"Wrote {tmp_path / name}\n")
    assert (tmp_path / name).stat().st_size > 1000


def test_cli_plot_refuses_an_unknown_image_format(tmp_path):
    result = invoke("plot", "network", "-o", tmp_path / "network.txt", "--store", tmp_path / "store")
    assert result.exit_code == 2 and "must end in .png, .svg or .pdf" in result.stderr


def test_cli_jobs_give_the_same_output_as_one_process(tmp_path, write_jsonl):
    texts = ["Kenyan President William Ruto spoke by phone with Ghanaian President John Mahama on Monday.",
             "Ghanaian President John Mahama met Nigerian President Bola Tinubu in Abuja on Tuesday."]
    lines = [article_record(f"a{i}", texts[i % 2], "2024-03-06") for i in range(150)]
    articles = write_jsonl([*lines[:70], "{not json", *lines[70:]])
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    first = invoke("extract", articles, "-o", one)
    second = invoke("extract", articles, "-o", two, "--jobs", "2")
    assert (first.exit_code, second.exit_code) == (1, 1)
    assert first.stderr == second.stderr and "articles.jsonl:71:" in second.stderr
    assert one.read_text() == two.read_text() and len(one.read_text().splitlines()) == 150
    loaded = invoke("run", articles, "--jobs", "2", "--store", tmp_path / "store")
    assert "found 150 contacts" in loaded.stderr
