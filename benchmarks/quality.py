"""Extraction quality on an annotated corpus: figures per contact kind and overall, and the misses.

usage: python benchmarks/quality.py CORPUS_DIR [--quiet]

CORPUS_DIR holds articles.jsonl and gold.jsonl in the corpus format. Exits 1 when an overall
figure falls below FLOOR, the level the extractor has reached, so that a change that loses
quality does not land unnoticed. Raise FLOOR when the extractor improves.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from diplograph.errors import InputError
from diplograph.evaluate import event_types, format_scores, read_events, score
from diplograph.extract.contacts import extract_contacts
from diplograph.ingest import read_articles
from diplograph.records import article_record

FLOOR = {"strict_f1": 0.89, "pair_f1": 0.93, "date_acc": 0.96}


def main(corpus: Path, quiet: bool) -> int:
    gold = read_events(corpus / "gold.jsonl")
    started = time.perf_counter()
    predicted = {}
    for article in read_articles([corpus / "articles.jsonl"]):
        if isinstance(article, InputError):
            print(article, file=sys.stderr)
            continue
        predicted[article.id] = article_record(article, extract_contacts(article))["events"]
    seconds = time.perf_counter() - started
    overall = score(gold, predicted)
    print(f"{corpus}: {len(predicted)} articles in {seconds:.2f} s")
    print("\n".join(format_scores(overall)))
    for kind in event_types(gold, predicted):
        print(f"\n{kind}\n" + "\n".join("  " + line for line in format_scores(score(gold, predicted, kind))))
    if not quiet:
        print("\nmisses (participant pairs):")
        print("\n".join(overall.tally.misses) or "none")
    figures = overall.as_dict()
    below = [f"{name} {figures[name]} < {floor}" for name, floor in FLOOR.items() if (figures[name] or 0) < floor]
    if below:
        print(f"\nBELOW FLOOR: {'; '.join(below)}", file=sys.stderr)
        return 1
    print(f"\nfloor {FLOOR} held")
    return 0


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(arguments) != 1:
        sys.exit(__doc__)
    sys.exit(main(Path(arguments[0]), "--quiet" in sys.argv))
