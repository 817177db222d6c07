"""A synthetic news corpus for the benchmarks: N articles about diplomatic contacts, with their gold contacts.

usage: python benchmarks/synthetic.py N -o articles.jsonl [--gold gold.jsonl] [--seed 7]

Each article is about 600 words, like a wire story: one to three paragraphs reporting
contacts between office holders of `data/office_holders.csv` who held office on the day,
told in the ways news tells them (phone calls, meetings, visits, video calls, letters), among
paragraphs of background that report no contact. The same N and seed always give the same
corpus, so benchmark runs compare.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from diplograph import reference

FIRST_DAY = date(2016, 1, 1)
DAYS = 3000
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TOPICS = ["bilateral trade", "regional security", "energy cooperation", "climate finance", "the situation in Gaza",
          "food security", "maritime security", "migration", "investment", "the war in Ukraine", "counterterrorism",
          "nuclear non-proliferation", "public health", "water resources", "the global economy"]
BACKGROUND = [
    "{c1} and {c2} established diplomatic relations decades ago and have signed more than {n} agreements since.",
    "Trade between {c1} and {c2} reached {n} billion dollars last year, according to official figures.",
    "Analysts in {c1} expect {topic} to remain high on the agenda for the rest of the year.",
    "The government of {c2} has made {topic} one of the priorities of its foreign policy.",
    "Officials in {c1} said progress on {topic} had been slower than hoped over the past {n} months.",
    "The statement gave no further details, and the embassy of {c2} declined to comment.",
    "Both governments have repeatedly stressed the importance of {topic} for the wider region.",
    "Economists note that investment flows from {c1} to {c2} have grown by {n} percent since the pandemic.",
    "{c2} will host an international conference on {topic} later this year, state media reported.",
    "Opposition lawmakers in {c1} have criticised the government's approach to {topic}.",
    "A joint committee set up by the two countries is expected to report on {topic} in the spring.",
    "The foreign ministry of {c1} published a summary of the discussions on its website.",
    "Observers described the relationship between {c1} and {c2} as stable despite recent tensions.",
    "Shipping through the region has been disrupted several times this year, raising concern in {c2}.",
    "The central bank of {c1} kept interest rates unchanged at {n} percent last month.",
]


@dataclass(frozen=True)
class Holder:
    """Someone in office on the article's day, as the article names them."""

    name: str
    role: str
    country: str  # ISO code
    country_name: str

    @property
    def title(self) -> str:
        return f"{self.country_name}'s {self.role} {self.name}"

    def party(self) -> dict:
        """The holder as a participant of the corpus format."""
        return {"name": self.name, "role": self.role, "organization": None, "country": self.country}

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


def holders_on(day: date) -> list[Holder]:
    """The people of the office table in office on a day, of a country's own offices."""
    names = {code: country.name for code, country in reference.countries().items()}
    return [Holder(h.name, h.role, h.country, names[h.country]) for h in reference.office_holders()
            if h.start <= day and (h.end is None or day < h.end) and h.country in names and not h.organization]


def contact_paragraph(rng: random.Random, a: Holder, b: Holder, published: date) -> tuple[str, dict]:
    """One paragraph reporting one contact, with its gold record."""
    back = rng.randint(1, 5)
    day = published - timedelta(days=back)
    weekday = WEEKDAYS[day.weekday()]
    on_date = f"on {day.strftime('%B')} {day.day}"
    topic = rng.choice(TOPICS)
    kind, initiator, sentence = rng.choice([
        ("PhoneCall", a, f"On {weekday}, {a.title} held a phone conversation with {b.title}."),
        ("PhoneCall", a, f"{a.title} spoke by phone with {b.title} {on_date}."),
        ("PhoneCall", b, f"{a.title} received a phone call from {b.title} {on_date}."),
        ("Meeting", None, f"{a.title} met with {b.title} {on_date} on the sidelines of a regional forum."),
        ("Visit", a, f"{a.title} paid an official visit to {b.country_name} {on_date} and was received by "
                     f"{b.title}."),
        ("VideoConference", None, f"{a.title} and {b.title} held talks by video link on {weekday}."),
        ("Correspondence", a, f"{a.title} sent a letter to {b.title} {on_date}."),
    ])
    follow = rng.choice([f"The two sides discussed {topic}.", f"{a.surname} and {b.surname} discussed {topic}.",
                         f"The talks focused on {topic}, according to a statement."])
    gold = {"type": kind, "participants": [a.party(), b.party()], "initiator": initiator.name if initiator else None,
            "date": day.isoformat(), "topics": [topic], "evidence": sentence}
    return f"{sentence} {follow}", gold


def network_people(count: int, seed: int = 7) -> list[Holder]:
    """`count` distinct people for the store-side benchmarks, more than the office table holds.

    Each name joins a given name and a surname of `data/office_holders.csv` (about 250,000
    pairs); each person has one of its offices and one of its countries. The same count and
    seed give the same people, in the same order.
    """
    rng = random.Random(seed)
    holders = [h for h in reference.office_holders() if not h.organization]  # a country's own offices
    given = sorted({h.name.split()[0] for h in holders})
    surnames = sorted({h.name.split()[-1] for h in holders})
    roles = sorted({h.role for h in holders})
    countries = sorted(reference.countries().items())
    if count > len(given) * len(surnames):
        raise ValueError(f"at most {len(given) * len(surnames)} people can be named")
    names: dict[str, None] = {}
    while len(names) < count:
        names.setdefault(f"{rng.choice(given)} {rng.choice(surnames)}")
    people = []
    for name in names:
        code, country = rng.choice(countries)
        people.append(Holder(name, rng.choice(roles), code, country.name))
    return people


def article(rng: random.Random, number: int, people_by_day: dict[date, list[Holder]]) -> tuple[dict, list[dict]]:
    """One article record and its gold contacts."""
    published = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    people = people_by_day.setdefault(published, holders_on(published))
    paragraphs, events = [], []
    for _ in range(rng.choice([1, 1, 2, 2, 3])):
        a, b = rng.sample(people, 2)
        while a.country == b.country:
            a, b = rng.sample(people, 2)
        text, gold = contact_paragraph(rng, a, b, published)
        paragraphs.append(text)
        events.append(gold)
    countries = [p.country_name for p in people]
    while sum(len(p.split()) for p in paragraphs) < 560:
        sentences = [rng.choice(BACKGROUND).format(c1=rng.choice(countries), c2=rng.choice(countries),
                                                   topic=rng.choice(TOPICS), n=rng.randint(2, 90))
                     for _ in range(rng.randint(2, 4))]
        paragraphs.insert(rng.randint(1, len(paragraphs)), " ".join(sentences))
    record = {"id": f"synthetic-{number}", "url": f"https://news.example.org/{number}", "source": "Synthetic Wire",
              "published": published.isoformat(), "title": None, "text": "\n\n".join(paragraphs), "language": "en",
              "license": None}
    return record, events


def generate(count: int, seed: int = 7) -> Iterator[tuple[dict, list[dict]]]:
    """`count` articles with their gold contacts, the same for the same count and seed."""
    rng = random.Random(seed)
    people_by_day: dict[date, list[Holder]] = {}
    for number in range(count):
        yield article(rng, number, people_by_day)


def write_corpus(path: Path, count: int, seed: int = 7, gold: Path | None = None) -> Path:
    """Write `count` articles as JSON Lines to `path`, and their gold contacts to `gold` when given."""
    with path.open("w", encoding="utf-8") as out, (gold.open("w", encoding="utf-8") if gold else nullcontext()) as truth:
        for record, events in generate(count, seed):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            if truth:
                truth.write(json.dumps({"id": record["id"], "events": events}, ensure_ascii=False) + "\n")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--gold", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    write_corpus(args.output, args.count, args.seed, args.gold)
    print(f"wrote {args.count} articles to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
