"""Speed and memory at scale, on the synthetic corpus of benchmarks/synthetic.py. Each part prints its figures.

usage: python -m benchmarks.scale PART [--articles N] [--contacts N] [--keep FOLDER]   (from the repository's top folder)

  extraction   articles/s and words/s of extraction alone, one process
  end-to-end   articles/s of `diplograph run` (read, extract, validate, load) with --jobs 1 and 2,
               and the peak memory of --jobs 1
  memory       peak memory of `diplograph run --jobs 1` on N/100 and on N articles
  load         triples/s of the store's batch loads against pyoxigraph's own bulk load of the same triples
  validation   time to validate a batch of 1,000 contacts in a store of N/100 and of N contacts
  queries      latency of every queries/*.rq on N contacts, embedded and on an Oxigraph server, and
               on the embedded store against pyoxigraph's own time for the same SPARQL
  analysis     centrality, brokers and communities of the network of N contacts
  all          every part

The corpus and the stores are written to a temporary folder and removed afterwards, or kept in the
folder given with --keep, whose filled stores later runs reuse.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import math
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pyoxigraph as ox

from benchmarks.synthetic import DAYS, FIRST_DAY, TOPICS, network_people, write_corpus
from diplograph.analyse.brokers import brokers
from diplograph.analyse.centrality import centrality
from diplograph.analyse.communities import find_communities
from diplograph.analyse.network import contact_network
from diplograph.extract.contacts import extract_contacts
from diplograph.ingest import read_articles
from diplograph.model import Article, Contact, ContactType, Evidence, Party
from diplograph.query import Query, bind, list_queries, prepared, run_query
from diplograph.rdf import contact_quads, contacts_to_graph
from diplograph.shape_queries import check_shapes
from diplograph.store import Store, open_store
from diplograph.shapes import conflicts
from diplograph.validate import validate

KINDS = list(ContactType)
PEOPLE_PER_CONTACT = 20  # a million contacts among 50,000 people
BLOCK = 250  # people who mostly deal with one another
TOP = 100  # rows of a ranking a reader looks at
# The count each ranking reads, to find the `least` that gives its top rows.
RANKED_BY = {"degree-ranking": "contactCount", "top-pairs": "contactsBetween"}
SLOW = 10  # seconds: a query this slow after its warm-up is timed once more, not three times
BRIEF = 0.05  # seconds: a run of a faster query repeats it until it takes about this long, and gives the mean


def machine() -> str:
    """The machine the figures were measured on."""
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else ""
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{platform.node()}: {os.cpu_count()} cores, {cpu}, {memory:.0f} GiB, Python {platform.python_version()}"


def timed(action: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def extraction(folder: Path, articles: int, **_) -> None:
    source = write_corpus(folder / f"articles-{articles}.jsonl", articles)
    items = [a for a in read_articles([source]) if isinstance(a, Article)]
    words = sum(len(a.text.split()) for a in items)
    seconds, found = timed(lambda: sum(len(extract_contacts(a)) for a in items))
    print(f"extraction: {len(items)} articles ({words / len(items):.0f} words each), {found} contacts in "
          f"{seconds:.1f} s: {len(items) / seconds:.0f} articles/s, {words / seconds:,.0f} words/s on one core")


def run_command(source: Path, store: Path, jobs: int) -> tuple[float, int]:
    """Seconds and peak resident memory (MiB, the largest process) of one `diplograph run`."""
    command = [sys.executable, "-m", "diplograph", "run", str(source), "--store", str(store), "--jobs", str(jobs)]
    code = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
            "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
            "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode)")
    out = subprocess.run([sys.executable, "-c", code, *command], capture_output=True, text=True, check=True).stdout
    seconds, peak, returncode = out.split()
    if returncode not in ("0", "1"):  # 1: some articles refused or lines bad, the rest loaded
        raise SystemExit(f"diplograph run exited with {returncode}")
    return float(seconds), int(peak) // 1024


def end_to_end(folder: Path, articles: int, **_) -> None:
    source = write_corpus(folder / f"articles-{articles}.jsonl", articles)
    for jobs in (1, 2):
        seconds, peak = run_command(source, folder / f"store-jobs-{jobs}", jobs)
        print(f"end to end, --jobs {jobs}: {articles} articles in {seconds:.1f} s: {articles / seconds:.0f} articles/s"
              + (f", peak memory {peak} MiB" if jobs == 1 else ""))


def memory(folder: Path, articles: int, **_) -> None:
    peaks = {}
    for count in (max(1, articles // 100), articles):
        source = write_corpus(folder / f"articles-{count}.jsonl", count)
        seconds, peaks[count] = run_command(source, folder / f"store-{count}", 1)
        print(f"memory: {count} articles in {seconds:.1f} s, peak {peaks[count]} MiB")
    small, large = sorted(peaks)
    print(f"memory: peak at {large} articles is {peaks[large] / peaks[small]:.2f}x the peak at {small}")


def synthetic_contacts(count: int, seed: int = 7) -> Iterator[tuple[Article, list[Contact]]]:
    """`count` contacts among count/20 people, ten per article, without extraction: for the store-side parts.

    Contact networks are uneven, and so is this one: a person's chance to take part falls with
    their rank (as 1/sqrt(rank)), and seven contacts in ten stay within a block of 250 people
    (a region's officials), so the network has hubs and communities for the analyses to find.
    """
    rng = random.Random(seed)
    people = network_people(max(100, count // PEOPLE_PER_CONTACT), seed)
    weights = list(itertools.accumulate(1 / math.sqrt(rank + 1) for rank in range(len(people))))

    def anyone() -> int:
        return rng.choices(range(len(people)), cum_weights=weights)[0]

    for number in range(0, count, 10):
        published = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        article = Article(f"bench-{number}", f"https://news.example.org/{number}", "Bench", published, None, "x" * 2000)
        contacts = []
        for offset in range(min(10, count - number)):
            a = anyone()
            block = a - a % BLOCK
            b = rng.randrange(block, min(block + BLOCK, len(people))) if rng.random() < 0.7 else anyone()
            if a == b:
                b = (a + 1) % len(people)
            parties = tuple(Party(p.name, p.role, None, p.country) for p in (people[a], people[b]))
            contacts.append(Contact(rng.choice(KINDS), parties, parties[0], published - timedelta(days=rng.randint(0, 3)),
                                    (rng.choice(TOPICS),), (Evidence(article.id, offset * 100, offset * 100 + 90),)))
        yield article, contacts


def filled_store(folder: Path, contacts: int) -> Path:
    """The folder of a store of `contacts` synthetic contacts, filled once and shared by the parts.

    The contacts are valid by construction, so they are mapped to RDF as a load maps them and
    written with Oxigraph's bulk loader, unchecked: filling through `diplograph run` would
    take hours at a million contacts, and the parts that use the store measure reading it. The
    counts a load keeps are then made by `recount`.
    """
    path = folder / f"store-{contacts}"
    if path.exists():
        return path
    store = ox.Store(str(path))
    items = synthetic_contacts(contacts)
    started = time.perf_counter()
    while chunk := list(itertools.islice(items, 500)):
        store.bulk_extend(contact_quads(chunk))
    store.flush()
    print(f"store: {contacts:,} contacts bulk loaded in {time.perf_counter() - started:.0f} s")
    del store
    with Store(path) as counted:  # the bulk loader bypasses the counts a load keeps
        seconds, _ = timed(counted.recount)
        counted.oxigraph.optimize()
        print(f"store: {len(counted):,} triples, counted in {seconds:.0f} s")
    return path


def query_parameters(count: int) -> dict[str, dict[str, str] | None]:
    """Parameters of every query that takes some, picked so that each query has rows in the synthetic store."""
    people = network_people(max(100, count // PEOPLE_PER_CONTACT))
    return {
        "contacts-of-person": {"person": people[99].name},  # someone of middling rank
        "contacts-between-countries": {"country1": people[0].country, "country2": people[1].country},
        "contacts-in-range": {"since": "2019-03-01", "until": "2019-03-07"},
        "evidence": None,  # a contact IRI, picked from the store
        "participations": {"since": "2019-03-01", "until": "2019-03-31"},
    }


def load(folder: Path, contacts: int, **_) -> None:
    """The store's batch loads of quads, as the pipeline hands them over, against pyoxigraph's two bulk loaders.

    Each batch is mapped to quads before its load is timed, and one batch at a time, as in the
    pipeline: holding every batch at once would have Python's collector walk all of them again
    and again, which no load does. `bulk_extend` is given the same batches, one call each.
    """
    store = Store(folder / "load-store")
    extended = ox.Store(str(folder / "bulk-extend-store"))
    ntriples = folder / "same.nt"
    ours = extend = 0.0
    triples = 0
    items = synthetic_contacts(contacts)
    with ntriples.open("wb") as out:
        while chunk := list(itertools.islice(items, 500)):
            batch = contact_quads(chunk)
            triples += len(batch)
            ox.serialize(batch, out, format=ox.RdfFormat.N_TRIPLES)
            ours += timed(lambda: store.add_valid(batch))[0]
            extend += timed(lambda: extended.bulk_extend(batch))[0]
    store.close()
    theirs = ox.Store(str(folder / "bulk-store"))
    bulk, _ = timed(lambda: theirs.bulk_load(path=str(ntriples), format=ox.RdfFormat.N_TRIPLES))
    print(f"load: {triples:,} triples of {contacts:,} contacts: batches of 500 articles {ours:.1f} s "
          f"({triples / ours:,.0f} triples/s); pyoxigraph bulk_load of the same triples in N-Triples {bulk:.1f} s "
          f"({triples / bulk:,.0f} triples/s), ratio {ours / bulk:.2f}; bulk_extend of the same batches {extend:.1f} s "
          f"({triples / extend:,.0f} triples/s), ratio {ours / extend:.2f}")


def validation(folder: Path, contacts: int, **_) -> None:
    batch = contact_quads(synthetic_contacts(1000, seed=99))
    for size in (max(1000, contacts // 100), contacts):
        with Store(filled_store(folder, size)) as store:
            compiled = min(timed(lambda: check_shapes(batch))[0] for _ in range(3))
            first, _ = timed(lambda: conflicts(batch, store.stored_values))  # the store's caches still empty
            against = min(timed(lambda: conflicts(batch, store.stored_values))[0] for _ in range(2))
            print(f"validation: store of {size:,} contacts: a batch of 1,000 contacts ({len(batch):,} triples) in "
                  f"{compiled:.3f} s with the compiled shapes + {against:.3f} s against the store "
                  f"({first:.3f} s the first time)")
    graph = contacts_to_graph(synthetic_contacts(1000, seed=99))
    shacl, _ = timed(lambda: validate(graph))
    print(f"validation: the same batch with pyshacl, for reference: {shacl:.2f} s")


def queries(folder: Path, contacts: int, **_) -> None:
    from tests.servers import oxigraph_server

    path = filled_store(folder, contacts)
    parameters = query_parameters(contacts)
    with open_store(path) as embedded:
        report_latency("embedded", embedded, parameters, embedded.oxigraph)
    with oxigraph_server(path) as url, open_store(url) as served:
        served.graph = None  # the embedded store's folder, served as it is: its contacts are in the default graph
        report_latency("Oxigraph server", served, parameters)


def report_latency(where: str, store, parameters: dict[str, dict[str, str] | None],
                   oxigraph: ox.Store | None = None) -> None:
    """The best of three runs after a warm-up run, or one run after it when the warm-up takes over `SLOW` seconds.

    A query of a millisecond is timed over runs of many calls (see `BRIEF`), as many as one
    call after the warm-up says fill the run: a single call's time varies by more than the
    query takes.

    The warm-up is the store's first reading of what the query needs, from disk into its caches,
    and may take far longer than the runs after it (`degree-ranking`: 1.6-23 s, then 1.4 s),
    so it is reported alongside, never in place of them.

    A ranking is timed whole, and for its top `TOP` rows and any tied with the last: with
    `least` set to the count at that rank, which an analyst would look up the same way.

    Given the `oxigraph` store under `store`, each query is also timed as pyoxigraph runs the
    SPARQL diplograph sends, every value of its rows read: what diplograph adds is finding
    the query, binding its parameters and making its rows plain Python values.
    """
    contact = store.select("SELECT ?c WHERE { ?c a <https://w3id.org/diplograph/def#Contact> } LIMIT 1")[1][0]["c"]
    for query in list_queries():
        params = parameters.get(query.name, {})
        if params is None:
            params = {"contact": contact}
        cases = [("", params)]
        if query.name in RANKED_BY:
            least = top_count(store, RANKED_BY[query.name])
            cases.append((f" least={least}", {**params, "least": least}))
        for label, case in cases:
            call = functools.partial(run_query, store, query.name, **case)
            warm_up, (_, rows) = timed(call)
            runs, calls = (1, 1) if warm_up > SLOW else (3, max(1, round(BRIEF / timed(call)[0])))
            best = best_run(call, runs, calls)
            own = "" if oxigraph is None else own_latency(oxigraph, query, case, runs, calls, best)
            print(f"queries, {where}: {query.name}{label} {latency(best)} ({len(rows):,} rows"
                  f"{', one run' if runs == 1 else ''}{f', runs of {calls} calls' if calls > 1 else ''}; "
                  f"warm-up {latency(warm_up)}){own}")


def best_run(action: Callable[[], object], runs: int, calls: int) -> float:
    """The least time of one call, over `runs` runs of `calls` calls each, a run's time divided by its calls."""
    return min(timed(lambda: [action() for _ in range(calls)])[0] / calls for _ in range(runs))


def own_latency(oxigraph: ox.Store, query: Query, params: dict[str, str], runs: int, calls: int, ours: float) -> str:
    """pyoxigraph's own time for the SPARQL text a query is run as, timed as ours is, against ours."""
    sparql = prepared(query, bind(query, params))
    own = best_run(lambda: [tuple(solution) for solution in oxigraph.query(sparql)], runs, calls)
    return f"; pyoxigraph's own query {latency(own)}, ratio {ours / own:.2f}"


def latency(seconds: float) -> str:
    """A query's time in milliseconds, with two decimals below one and one below ten."""
    places = 2 if seconds < 0.001 else 1 if seconds < 0.01 else 0
    return f"{seconds * 1000:,.{places}f} ms"


def top_count(store, count: str) -> str:
    """The `TOP`-th largest value of one of the counts the store keeps."""
    return str(store.select(f"SELECT ?n WHERE {{ ?node <https://w3id.org/diplograph/def#{count}> ?n }} "
                            f"ORDER BY DESC(?n) OFFSET {TOP - 1} LIMIT 1")[1][0]["n"])


def analysis(folder: Path, contacts: int, **_) -> None:
    store = Store(filled_store(folder, contacts))
    built, graph = timed(lambda: contact_network(store))
    print(f"analysis: network of {graph.number_of_nodes():,} people and {graph.number_of_edges():,} ties "
          f"read from the store and built in {built:.1f} s")
    total = 0.0
    for name, action in [("centrality", lambda: centrality(graph)),
                         ("communities", lambda: find_communities(graph)),
                         ("brokers", lambda: brokers(graph, find_communities(graph)))]:
        seconds, _ = timed(action)
        total += seconds
        print(f"analysis: {name} in {seconds:.1f} s")
    print(f"analysis: centrality, communities and brokers in {total:.1f} s")
    store.close()


PARTS = {"extraction": extraction, "end-to-end": end_to_end, "memory": memory, "load": load,
         "validation": validation, "queries": queries, "analysis": analysis}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("part", choices=[*PARTS, "all"])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, metavar="FOLDER",
                        help="work in FOLDER and keep it, so that a later run reuses its filled stores")
    args = parser.parse_args()
    print(machine())
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        for name, part in PARTS.items():
            if args.part in (name, "all"):
                part(folder, articles=args.articles, contacts=args.contacts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
