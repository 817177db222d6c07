"""The `diplograph` command line: each command parses its options and calls one function.

The analyses (igraph, matplotlib) and pyshacl are imported by the commands that use them, when
they run: imported with the command line, they made every `run` and `query` start in 1.3 s
rather than 0.4 s.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from pathlib import Path

import click
from rdflib import Graph
from rdflib.util import guess_format

from diplograph import evaluate as scoring
from diplograph import reference
from diplograph.export import EXPORT_FORMATS, NETWORK_WRITERS, RDF_FORMATS, rdf_text
from diplograph.errors import DiplographError, InputError, ValidationError, one_line
from diplograph.model import Article, Contact, ContactType, Violation
from diplograph.pipeline import BATCH_SIZE, Extracted, extract_articles, load_batches
from diplograph.query import list_queries, run_query
from diplograph.rdf import contacts_to_graph
from diplograph.records import article_record
from diplograph.removal import remove_article
from diplograph.store import ContactStore, default_store_path, open_store
from diplograph.tables import FORMATS, TableStream, format_rows

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}
ARTICLES = click.argument("articles", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))


def store_option(command):
    """The `--store LOCATION` option every command that reads or writes the store takes."""
    return click.option("--store", "store_path", metavar="LOCATION", default=None,
                        help="Store folder, SPARQL server URL (http://HOST:PORT/query) or .toml file naming its "
                             f"endpoints [default: $DIPLOGRAPH_STORE or {default_store_path()}]")(command)


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(package_name="diplograph")
def main() -> None:
    """diplograph: diplomatic contacts in news, as a validated and queryable knowledge graph.

    \b
    Example:
      diplograph run seeds/articles.jsonl
      diplograph query contacts-of-person --param person=Qalibaf
    """


JOBS = click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
                    help="Processes that extract articles; the output is the same for any number.")
DASK = click.option("--dask", metavar="SCHEDULER", default=None,
                    help="Extract on the Dask cluster of this scheduler (tcp://HOST:8786); the output is the same. "
                         "Needs pip install 'diplograph[dask]'.")


@main.command(context_settings=CONTEXT_SETTINGS)
@ARTICLES
@store_option
@JOBS
@DASK
@click.option("--batch-size", type=click.IntRange(min=1), default=BATCH_SIZE, show_default=True,
              help="Articles validated and committed together: a killed run keeps every batch it committed.")
def run(articles: tuple[Path, ...], store_path: str | None, jobs: int, dask: str | None, batch_size: int) -> None:
    """Read articles, extract their contacts, validate them and load them into the store.

    ARTICLES are JSON Lines files or folders of them. The contacts of each batch are printed
    on stdout once the batch is committed; a summary, progress and bad lines go to stderr.
    Exits 1 when some lines or articles could not be used (the others are still loaded).

    \b
    Example:
      diplograph run seeds/articles.jsonl
      diplograph run feeds/2021-05/ --store ./graph
    """
    store = open_or_fail(store_path)
    problems = Problems()
    read = found = new_triples = 0
    table = TableStream(["date", "type", "participants", "initiator", "article"])
    with progress("loading") as bar:
        for batch in load_batches(problems.skip(extract_articles(articles, jobs, dask), bar), store, batch_size):
            read += len(batch.loaded) + len(batch.refused)
            new_triples += batch.new_triples
            for article, violations in batch.refused:
                problems.refuse(article, violations)
            rows = [contact_row(article.id, c) for article, contacts in batch.loaded for c in contacts]
            found += len(rows)
            if rows:
                click.echo("\n".join(table.lines(rows)))
    click.echo(
        f"Read {plural(read, 'article')} ({plural(problems.count, 'problem')}), found {plural(found, 'contact')} "
        f"and loaded them into the store at {store.location}: {new_triples} new triples, {len(store)} in all. "
        f"Ask it with: diplograph query contacts-of-person --param person=NAME --store {store.location}",
        err=True,
    )
    store.close()
    problems.exit()


@main.command(context_settings=CONTEXT_SETTINGS)
@ARTICLES
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-", show_default=True,
              help="Where to write the contacts; - for stdout.")
@click.option("--format", "style", type=click.Choice(["jsonl", "turtle"]), default="jsonl", show_default=True,
              help="jsonl: one {id, events} per article, in the gold shape; turtle: the RDF graph.")
@JOBS
@DASK
def extract(articles: tuple[Path, ...], output: str, style: str, jobs: int, dask: str | None) -> None:
    """Extract the contacts of articles, without touching the store.

    \b
    Example:
      diplograph extract seeds/articles.jsonl -o contacts.jsonl
      diplograph extract seeds/articles.jsonl --format turtle -o contacts.ttl
      diplograph extract feeds/ --jobs 2 -o contacts.jsonl
      diplograph extract feeds/ --dask tcp://scheduler:8786 -o contacts.jsonl
    """
    problems = Problems()
    with progress("extracting") as bar, click.open_file(output, "w", encoding="utf-8") as out:
        items = problems.skip(extract_articles(articles, jobs, dask), bar)
        if style == "turtle":
            out.write(contacts_to_graph(items).serialize(format="turtle"))
        else:
            for article, contacts in items:
                out.write(json.dumps(article_record(article, contacts), ensure_ascii=False) + "\n")
    problems.exit()


@main.command(context_settings=CONTEXT_SETTINGS)
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
def validate_command(files: tuple[Path, ...]) -> None:
    """Check RDF files (Turtle, N-Triples, JSON-LD...) against diplograph's SHACL shapes.

    Prints one line per violation: focus node, property, shape, message. Exits 1 when
    there is any.

    \b
    Example:
      diplograph extract seeds/articles.jsonl --format turtle -o contacts.ttl
      diplograph validate contacts.ttl
    """
    from diplograph.validate import validate

    violations = validate(parse_rdf(files))
    for violation in violations:
        click.echo(format_violation(violation))
    click.echo(f"{plural(len(violations), 'violation')} in {plural(len(files), 'file')}", err=True)
    if violations:
        sys.exit(1)


main.add_command(validate_command, name="validate")


@main.command(context_settings=CONTEXT_SETTINGS)
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@store_option
def load(files: tuple[Path, ...], store_path: str | None) -> None:
    """Validate RDF files and load them into the store, all or nothing.

    \b
    Example:
      diplograph load contacts.ttl --store ./graph
    """
    graph = parse_rdf(files)
    store = open_or_fail(store_path)
    try:
        added = store.load(graph)
    except ValidationError as error:
        for violation in error.violations:
            click.echo(format_violation(violation), err=True)
        raise click.ClickException(str(error)) from None
    finally:
        store.close()
    click.echo(f"Loaded {added} new triples into {store.location}.", err=True)


@main.command(context_settings=CONTEXT_SETTINGS)
@click.argument("article_ids", nargs=-1, required=True, metavar="ARTICLE_ID...")
@store_option
def remove(article_ids: tuple[str, ...], store_path: str | None) -> None:
    """Take articles back out of the store: their evidence and the contacts only they report.

    A contact other articles also report stays, with their evidence. Each article is removed
    in one transaction. Exits 1 when an id is not in the store (the others are still removed).

    \b
    Example:
      diplograph remove tehrantimes-461125 --store ./graph
    """
    problems = 0
    with open_or_fail(store_path) as store:
        for article_id in article_ids:
            try:
                removal = remove_article(store, article_id)
            except DiplographError as error:
                click.echo(f"Error: {error}", err=True)
                problems += 1
                continue
            click.echo(f"Removed article {article_id}: {removal.removed} contacts deleted, "
                       f"{removal.kept} kept with other articles' evidence.", err=True)
    if problems:
        sys.exit(1)


@main.command(context_settings=CONTEXT_SETTINGS)
@store_option
def recount(store_path: str | None) -> None:
    """Count every person's contacts and partners, and every pair's contacts and dates, again.

    Loads and removals keep these counts, which the rankings read, the pairs of countries of
    each contact, which a search by countries looks up, and the words of each person's name,
    which a search by name looks up; a store loaded before diplograph kept them gets them this
    way. One transaction: a few minutes at a million contacts.

    \b
    Example:
      diplograph recount --store ./graph
    """
    with open_or_fail(store_path) as store:
        try:
            store.recount()
        except DiplographError as error:
            raise click.ClickException(str(error)) from None
        click.echo(f"Counted the contacts of every person and pair in {store.location} again, "
                   "linked every contact to its pairs of countries and indexed the words of every name.", err=True)


@main.command(context_settings=CONTEXT_SETTINGS)
@click.argument("name", required=False)
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE", help="A query parameter; repeatable.")
@click.option("--format", "style", type=click.Choice(FORMATS), default="table", show_default=True)
@store_option
def query(name: str | None, params: tuple[str, ...], style: str, store_path: str | None) -> None:
    """Run one of the named SPARQL queries of queries/ on the store; without NAME, list them.

    \b
    Example:
      diplograph query
      diplograph query contacts-of-person --param person=Qalibaf --param since=2021-05-18
      diplograph query contacts-between-countries -p country1=IR -p country2=KW --format csv
    """
    if name is None:
        for known in list_queries():
            args = " ".join(f"--param {p.name}=..." + ("" if not p.optional else " (optional)") for p in known.parameters)
            click.echo(f"{known.name} {args}\n    {known.description}")
        return
    bindings = dict(parse_param(p) for p in params)
    store = open_or_fail(store_path)
    try:
        columns, rows = run_query(store, name, **bindings)
    except DiplographError as error:
        raise click.ClickException(str(error)) from None
    finally:
        store.close()
    click.echo(format_rows(columns, rows, style))


@main.command(context_settings=CONTEXT_SETTINGS)
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("predicted", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.option("--verbose", is_flag=True, help="Also list the missed and extra participant pairs per article.")
def evaluate(gold: Path, predicted: Path, as_json: bool, verbose: bool) -> None:
    """Score predicted contacts against gold contacts: strict, pair and date figures, overall and per type.

    \b
    Example:
      diplograph extract corpus/articles.jsonl -o predicted.jsonl
      diplograph evaluate corpus/gold.jsonl predicted.jsonl
    """
    gold_events, predicted_events = scoring.read_events(gold), scoring.read_events(predicted)
    overall = scoring.score(gold_events, predicted_events)
    by_type = {kind: scoring.score(gold_events, predicted_events, kind)
               for kind in scoring.event_types(gold_events, predicted_events)}
    if as_json:
        click.echo(json.dumps(overall.as_dict() | {"by_type": {k: s.as_dict() for k, s in by_type.items()}}))
    else:
        click.echo("\n".join(scoring.format_scores(overall)))
        for kind, scores in by_type.items():
            click.echo(f"\n{kind}\n" + "\n".join("  " + line for line in scoring.format_scores(scores)))
    if verbose:
        for miss in overall.tally.misses:
            click.echo(miss, err=True)


@main.group(context_settings=CONTEXT_SETTINGS)
def analyse() -> None:
    """Analyse the contact network in the store: who is central, who brokers, how it changes.

    \b
    Example:
      diplograph analyse centrality --since 2021-01-01 --country IR
    """


def network_filters(command):
    """The filters of the contact network, and the store to read it from."""
    for option in reversed([
        click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Earliest contact date, inclusive."),
        click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Latest contact date, inclusive."),
        click.option("--kind", type=click.Choice([kind.value for kind in ContactType]), help="One kind of contact."),
        click.option("--country", callback=country_code,
                     help="Contacts with a participant of this country (ISO code, such as IR)."),
    ]):
        command = option(command)
    return store_option(command)


def country_code(_context, _parameter, value: str | None) -> str | None:
    """An ISO 3166-1 alpha-2 code in capitals, or a usage error naming the bad value."""
    if value is None:
        return None
    if value.upper() not in reference.countries():
        raise click.BadParameter(f"{value!r} is not an ISO 3166-1 alpha-2 code such as IR")
    return value.upper()


def network_options(command):
    """The filters every analysis takes, and its output format."""
    return click.option("--format", "style", type=click.Choice(FORMATS), default="table", show_default=True)(
        network_filters(command))


def read_network(store_path: str | None, since, until, kind: str | None, country: str | None):
    """The contact network of the store with the command's filters."""
    from diplograph.analyse.network import contact_network

    store = open_or_fail(store_path)
    try:
        return contact_network(store, since and since.date(), until and until.date(), kind, country)
    finally:
        store.close()


@analyse.command("centrality", context_settings=CONTEXT_SETTINGS)
@network_options
def centrality_command(since, until, kind: str | None, country: str | None, style: str,
                       store_path: str | None) -> None:
    """Rank people by their contacts: partners, contacts, betweenness and PageRank.

    \b
    Example:
      diplograph analyse centrality --kind PhoneCall --format csv
    """
    from diplograph.analyse.centrality import centrality

    rows = centrality(read_network(store_path, since, until, kind, country))
    click.echo(format_rows(["person", "country", "degree", "contacts", "betweenness", "pagerank"], rows, style))


@analyse.command("communities", context_settings=CONTEXT_SETTINGS)
@network_options
def communities_command(since, until, kind: str | None, country: str | None, style: str,
                        store_path: str | None) -> None:
    """Group people into communities (Louvain, fixed seed) and print each person's; modularity on stderr.

    \b
    Example:
      diplograph analyse communities --since 2021-01-01 --format csv
    """
    from diplograph.analyse.communities import community_rows, find_communities

    graph = read_network(store_path, since, until, kind, country)
    found = find_communities(graph)
    click.echo(format_rows(["community", "size", "person", "country", "contacts"], community_rows(graph, found), style))
    click.echo(f"{plural(len(found.groups), 'community')}, modularity {found.modularity:.4f}", err=True)


@analyse.command("brokers", context_settings=CONTEXT_SETTINGS)
@network_options
def brokers_command(since, until, kind: str | None, country: str | None, style: str, store_path: str | None) -> None:
    """Rank people as brokers: betweenness, Burt's constraint, effective size, communities bridged.

    \b
    Example:
      diplograph analyse brokers --country QA
    """
    from diplograph.analyse.brokers import brokers
    from diplograph.analyse.communities import find_communities

    graph = read_network(store_path, since, until, kind, country)
    rows = brokers(graph, find_communities(graph))
    click.echo(format_rows(["person", "country", "betweenness", "constraint", "effective_size", "communities"], rows,
                           style))


@analyse.command("timeline", context_settings=CONTEXT_SETTINGS)
@network_options
def timeline_command(since, until, kind: str | None, country: str | None, style: str, store_path: str | None) -> None:
    """Month by month: contacts, people, ties new and lost, and who rose and fell most.

    \b
    Example:
      diplograph analyse timeline --country IR --since 2021-01-01
    """
    from diplograph.analyse.timeline import timeline

    rows = timeline(read_network(store_path, since, until, kind, country))
    click.echo(format_rows(["month", "contacts", "people", "ties", "new_ties", "lost_ties", "rose", "fell"], rows,
                           style))


@analyse.command("ego", context_settings=CONTEXT_SETTINGS)
@click.argument("name")
@network_options
def ego_command(name: str, since, until, kind: str | None, country: str | None, style: str,
                store_path: str | None) -> None:
    """The partners of one person (NAME or part of it): contacts, kinds, first and last dates.

    \b
    Example:
      diplograph analyse ego Qalibaf --kind PhoneCall
    """
    from diplograph.analyse.ego import ego_rows

    try:
        rows = ego_rows(read_network(store_path, since, until, kind, country), name)
    except DiplographError as error:
        raise click.ClickException(str(error)) from None
    click.echo(format_rows(["partner", "country", "contacts", "kinds", "first", "last"], rows, style))


@main.command(context_settings=CONTEXT_SETTINGS)
@click.option("--format", "style", type=click.Choice(EXPORT_FORMATS), required=True,
              help="turtle or jsonld: every triple of the store; graphml, gexf or csv: the contact network.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-", show_default=True,
              help="Where to write; - for stdout.")
@network_filters
def export(style: str, output: str, since, until, kind: str | None, country: str | None, store_path: str | None) -> None:
    """Export the store: Turtle or JSON-LD for RDF tools, GraphML or GEXF for Gephi, CSV for spreadsheets.

    The network formats take the filters of `analyse`; GEXF edges carry the days of their
    contacts, so Gephi's timeline replays the network.

    \b
    Example:
      diplograph export --format turtle -o contacts.ttl
      diplograph export --format gexf --since 2021-01-01 -o network.gexf
    """
    if style in RDF_FORMATS:
        store = open_or_fail(store_path)
        try:
            text = rdf_text(store, style)
        finally:
            store.close()
    else:
        text = NETWORK_WRITERS[style](read_network(store_path, since, until, kind, country))
    with click.open_file(output, "w", encoding="utf-8") as out:
        out.write(text)


@main.command(context_settings=CONTEXT_SETTINGS)
@click.argument("picture", type=click.Choice(["network", "timeline"]))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The image file; its suffix (.png, .svg, .pdf) chooses the format.")
@network_filters
def plot(picture: str, output: Path, since, until, kind: str | None, country: str | None,
         store_path: str | None) -> None:
    """Draw the contact network (coloured by community, sized by contacts) or contacts per month by kind.

    \b
    Example:
      diplograph plot network --since 2021-01-01 -o network.png
      diplograph plot timeline --country IR -o timeline.svg
    """
    if output.suffix.lower() not in {".png", ".svg", ".pdf"}:
        raise click.BadParameter(f"{output}: the file must end in .png, .svg or .pdf", param_hint="'-o'")
    network = read_network(store_path, since, until, kind, country)
    from diplograph.analyse import plots

    (plots.plot_network if picture == "network" else plots.plot_timeline)(network, output)
    click.echo(f"Wrote {output}", err=True)


class Problems:
    """Bad input lines and refused articles: reported on stderr as they come, counted for the exit code."""

    def __init__(self) -> None:
        self.count = 0

    def skip(self, items: Iterable[Extracted | InputError], bar) -> Iterator[Extracted]:
        """The extracted articles, with each bad line reported and left out."""
        for item in items:
            bar.update(1)
            if isinstance(item, InputError):
                self.count += 1
                click.echo(str(item), err=True)
            else:
                yield item

    def refuse(self, article: Article, violations: list[Violation]) -> None:
        """Report, where it was read, an article whose contacts broke the shapes, and so were not loaded."""
        self.count += 1
        click.echo(one_line(f"{article.origin or article.id}: article '{article.id}' not loaded, "
                            f"{plural(len(violations), 'SHACL violation')}: {violations[0].message}"), err=True)

    def exit(self) -> None:
        """Exit 1 when there was any problem."""
        if self.count:
            sys.exit(1)


def progress(label: str):
    """A count of articles read, on stderr when it is a terminal, so that piped output stays clean."""
    if sys.stderr.isatty():
        return click.progressbar(length=0, label=label, file=sys.stderr, show_pos=True, show_percent=False,
                                 show_eta=False)
    return nullcontext(Silent())


class Silent:
    """A progress bar that shows nothing."""

    def update(self, steps: int) -> None:
        """Ignore progress."""


def open_or_fail(path: str | None) -> ContactStore:
    """The store, or a one-line error when it cannot be opened."""
    try:
        return open_store(path)
    except DiplographError as error:
        raise click.ClickException(str(error)) from None


def parse_rdf(files: Iterable[Path]) -> Graph:
    """One graph of RDF files, their format guessed from the suffix; a one-line error for a bad file."""
    graph = Graph()
    for path in files:
        try:
            graph.parse(path, format=guess_format(str(path)) or "turtle")
        except Exception as error:  # rdflib raises many parser-specific types for one cause: bad syntax
            raise click.ClickException(f"{path}: cannot parse as RDF: {str(error).splitlines()[0]}") from None
    return graph


def parse_param(text: str) -> tuple[str, str]:
    """A `key=value` parameter."""
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise click.BadParameter(f"{text!r} is not KEY=VALUE", param_hint="--param")
    return key.strip(), value


def contact_row(article_id: str, contact: Contact) -> dict[str, str | None]:
    """One contact as a row of the run table."""
    parties = " & ".join(f"{p.label} ({', '.join(x for x in (p.role, p.country) if x)})" if p.name else p.label
                         for p in contact.participants)
    return {
        "date": contact.date.isoformat() if contact.date else None,
        "type": contact.type.value,
        "participants": parties,
        "initiator": contact.initiator.label if contact.initiator else None,
        "article": article_id,
    }


def format_violation(violation: Violation) -> str:
    """A violation on one line."""
    return f"{violation.focus}\t{violation.path or '-'}\t{violation.shape}\t{violation.message}"


def plural(count: int, noun: str) -> str:
    """'1 article', '2 articles', '2 communities'."""
    if count == 1:
        return f"1 {noun}"
    return f"{count} {noun[:-1]}ies" if noun.endswith("y") else f"{count} {noun}s"
