"""Score extracted contacts against gold contacts, as the corpus format's scoring rules define.

An event is reduced to its key (type, unordered set of participants, date). Participants
are compared by surname, or by every token of the shorter name appearing in the longer;
unnamed participants by role@country. System and gold events are paired one to one by a
maximum matching; precision, recall and F1 are computed over the pairs, for whole events
(strict), for participant pairs alone, and date and type accuracy on matched pairs.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from itertools import combinations
from pathlib import Path
from typing import Any

TITLE_WORDS = frozenset("sheikh shaikh dr mr mrs ms h e he prince king emir amir queen president minister speaker "
                        "sir general gen his her excellency crown".split())
PARTICLE_WORDS = frozenset("al el bin ibn bint de da do dos van von der la le abu ii iii iv jr sr".split())
GIVEN_NAMES = frozenset("mohammad mohammed muhammad mohamed abdullah ahmed ahmad ali abdel abdul".split())
COUNTRY_SYNONYMS = {
    "britain": "united kingdom", "great britain": "united kingdom", "uk": "united kingdom", "england": "united kingdom",
    "us": "united states", "usa": "united states", "u s": "united states", "america": "united states",
    "united states of america": "united states", "russian federation": "russia", "islamic republic of iran": "iran",
    "turkiye": "turkey", "republic of korea": "south korea", "korea": "south korea", "dprk": "north korea",
    "uae": "united arab emirates", "ksa": "saudi arabia", "prc": "china", "people s republic of china": "china",
    "eu": "european union",
}
ROLE_SYNONYMS = {
    "secretary of state": "foreign minister", "foreign secretary": "foreign minister",
    "minister of foreign affairs": "foreign minister", "external affairs minister": "foreign minister",
    "minister of external affairs": "foreign minister", "fm": "foreign minister", "parliament speaker": "speaker",
    "speaker of parliament": "speaker", "head of state": "president",
}
Event = dict[str, Any]
PartyKey = tuple[str, tuple[str, ...] | str]


def words(text: str | None) -> list[str]:
    """Lower-case ASCII words of a text, accents and punctuation dropped.

    >>> words("Mevlüt Çavuşoğlu")
    ['mevlut', 'cavusoglu']
    """
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().replace("ı", "i").replace("-", " ")
    return re.sub(r"[^a-z0-9 ]+", " ", text).split()


def scored_party(participant: dict[str, Any] | str) -> PartyKey:
    """A participant in comparable form: ("name", tokens) or ("role", "role@country")."""
    if isinstance(participant, str):
        participant = {"name": participant}
    if participant.get("name"):
        tokens = [t for t in words(participant["name"]) if t not in TITLE_WORDS]
        return ("name", tuple([t for t in tokens if t not in PARTICLE_WORDS] or tokens))
    role = " ".join(words(participant.get("role")))
    country = " ".join(words(participant.get("country")))
    return ("role", f"{ROLE_SYNONYMS.get(role, role)}@{COUNTRY_SYNONYMS.get(country, country)}")


def alike(a: str, b: str, threshold: float) -> bool:
    """True when two tokens are spelled alike."""
    return a == b or SequenceMatcher(None, a, b).ratio() >= threshold


def is_same_party(a: PartyKey, b: PartyKey) -> bool:
    """True when two participants are the same party under the scoring rules.

    >>> is_same_party(scored_party("Xi"), scored_party("Xi Jinping"))
    True
    >>> is_same_party(scored_party("Mohammed"), scored_party("Mohammed bin Salman"))
    False
    """
    if a[0] != b[0]:
        return False
    if a[0] == "role":
        return a[1] == b[1]
    x, y = a[1], b[1]
    if not x or not y:
        return False
    if x == y or (alike(x[-1], y[-1], 0.8) and x[-1] not in GIVEN_NAMES and y[-1] not in GIVEN_NAMES):
        return True
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    if all(t in GIVEN_NAMES for t in short):
        return False
    return all(any(alike(s, t, 0.85) for t in long) for s in short)


def max_matching(n_left: int, n_right: int, linked: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """A maximum one-to-one matching of a bipartite graph, by augmenting paths."""
    edges = [[j for j in range(n_right) if linked(i, j)] for i in range(n_left)]
    owner: dict[int, int] = {}

    def augment(i: int, visited: set[int]) -> bool:
        for j in edges[i]:
            if j not in visited:
                visited.add(j)
                if j not in owner or augment(owner[j], visited):
                    owner[j] = i
                    return True
        return False

    for i in range(n_left):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


def event_parties(event: Event) -> list[PartyKey]:
    """The distinct parties of an event."""
    parties: list[PartyKey] = []
    for participant in event.get("participants") or []:
        key = scored_party(participant)
        if not any(is_same_party(key, known) for known in parties):
            parties.append(key)
    return parties


def same_parties(a: list[PartyKey], b: list[PartyKey]) -> bool:
    """True when two events have the same set of parties."""
    return len(a) == len(b) and len(max_matching(len(a), len(b), lambda i, j: is_same_party(a[i], b[j]))) == len(a)


def same_pair(p: tuple[PartyKey, PartyKey], q: tuple[PartyKey, PartyKey]) -> bool:
    """True when two unordered pairs of parties are the same."""
    return (is_same_party(p[0], q[0]) and is_same_party(p[1], q[1])) or (
        is_same_party(p[0], q[1]) and is_same_party(p[1], q[0]))


@dataclass
class Tally:
    """Counts behind the figures, added up over articles."""

    strict_tp: int = 0
    strict_system: int = 0
    strict_gold: int = 0
    pair_tp: int = 0
    pair_system: int = 0
    pair_gold: int = 0
    date_right: int = 0
    date_total: int = 0
    type_right: int = 0
    type_total: int = 0
    misses: list[str] = field(default_factory=list)


def prf(tp: int, system: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1; an empty side counts as perfect only when the other is empty too.

    >>> prf(7, 7, 7)
    (1.0, 1.0, 1.0)
    """
    precision = tp / system if system else (1.0 if not gold else 0.0)
    recall = tp / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return round(precision, 3), round(recall, 3), round(f1, 3)


def score_article(article_id: str, gold: list[Event], system: list[Event], tally: Tally) -> None:
    """Add one article's matches to the tally."""
    gold_parties = [event_parties(e) for e in gold]
    system_parties = [event_parties(e) for e in system]
    strict = max_matching(len(gold), len(system), lambda i, j: (
        gold[i].get("type") == system[j].get("type")
        and (gold[i].get("date") or None) == (system[j].get("date") or None)
        and same_parties(gold_parties[i], system_parties[j])))
    tally.strict_tp += len(strict)
    tally.strict_gold += len(gold)
    tally.strict_system += len(system)
    gold_pairs = [(pair, e) for e, ps in zip(gold, gold_parties) for pair in combinations(ps, 2)]
    system_pairs = [(pair, e) for e, ps in zip(system, system_parties) for pair in combinations(ps, 2)]
    matched = match_pairs(gold_pairs, system_pairs)
    tally.pair_tp += len(matched)
    tally.pair_gold += len(gold_pairs)
    tally.pair_system += len(system_pairs)
    for i, j in matched:
        g, s = gold_pairs[i][1], system_pairs[j][1]
        if g.get("date"):
            tally.date_total += 1
            tally.date_right += g.get("date") == s.get("date")
        tally.type_total += 1
        tally.type_right += g.get("type") == s.get("type")
    missed = [gold_pairs[i][0] for i in set(range(len(gold_pairs))) - {i for i, _ in matched}]
    extra = [system_pairs[j][0] for j in set(range(len(system_pairs))) - {j for _, j in matched}]
    if missed or extra:
        tally.misses.append(f"{article_id}: missed {describe(missed)} extra {describe(extra)}")


def match_pairs(gold: list, system: list) -> list[tuple[int, int]]:
    """Match participant pairs, first those that also agree on type and date, then the rest.

    Matching the agreeing pairs first keeps date and type accuracy from depending on which
    of several contacts between the same two parties the matching happened to pick.
    """
    def agrees(i: int, j: int) -> bool:
        (p, g), (q, s) = gold[i], system[j]
        return same_pair(p, q) and g.get("type") == s.get("type") and (g.get("date") or None) == (s.get("date") or None)

    first = max_matching(len(gold), len(system), agrees)
    left = [i for i in range(len(gold)) if i not in {i for i, _ in first}]
    right = [j for j in range(len(system)) if j not in {j for _, j in first}]
    rest = max_matching(len(left), len(right), lambda a, b: same_pair(gold[left[a]][0], system[right[b]][0]))
    return first + [(left[a], right[b]) for a, b in rest]


def describe(pairs: list[tuple[PartyKey, PartyKey]]) -> str:
    """Pairs of parties as short readable text."""
    return "[" + "; ".join(" & ".join(" ".join(p[1]) if p[0] == "name" else str(p[1]) for p in pair)
                           for pair in pairs) + "]"


@dataclass(frozen=True)
class Scores:
    """The figures of one evaluation."""

    strict_p: float
    strict_r: float
    strict_f1: float
    pair_p: float
    pair_r: float
    pair_f1: float
    date_acc: float | None
    type_acc: float | None
    tally: Tally

    def as_dict(self) -> dict[str, Any]:
        """The figures and their counts, as plain JSON-ready values."""
        counts = {k: v for k, v in vars(self.tally).items() if k != "misses"}
        figures = {k: getattr(self, k) for k in ("strict_p", "strict_r", "strict_f1", "pair_p", "pair_r", "pair_f1",
                                                  "date_acc", "type_acc")}
        return figures | counts


def score(gold: dict[str, list[Event]], system: dict[str, list[Event]], kind: str | None = None) -> Scores:
    """Score system events against gold events, article by article; `kind` keeps one contact type only."""
    tally = Tally()
    for article_id, gold_events in gold.items():
        system_events = system.get(article_id, [])
        if kind:
            gold_events = [e for e in gold_events if e.get("type") == kind]
            system_events = [e for e in system_events if e.get("type") == kind]
        score_article(article_id, gold_events, system_events, tally)
    strict = prf(tally.strict_tp, tally.strict_system, tally.strict_gold)
    pair = prf(tally.pair_tp, tally.pair_system, tally.pair_gold)
    date_acc = round(tally.date_right / tally.date_total, 3) if tally.date_total else None
    type_acc = round(tally.type_right / tally.type_total, 3) if tally.type_total else None
    return Scores(*strict, *pair, date_acc, type_acc, tally)


def read_events(path: str | Path) -> dict[str, list[Event]]:
    """The events of a gold-shaped JSON Lines file, by article id."""
    events: dict[str, list[Event]] = {}
    with Path(path).open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                record = json.loads(line)
                events[record["id"]] = record.get("events") or []
    return events


def event_types(*corpora: dict[str, list[Event]]) -> list[str]:
    """The contact types found in any of the corpora, sorted."""
    return sorted({e.get("type") for corpus in corpora for events in corpus.values() for e in events})


def format_scores(scores: Scores) -> Iterable[str]:
    """Lines of a human-readable report."""
    yield f"strict  P {scores.strict_p:.3f}  R {scores.strict_r:.3f}  F1 {scores.strict_f1:.3f}  " \
          f"({scores.tally.strict_tp} of {scores.tally.strict_gold} gold, {scores.tally.strict_system} found)"
    yield f"pair    P {scores.pair_p:.3f}  R {scores.pair_r:.3f}  F1 {scores.pair_f1:.3f}  " \
          f"({scores.tally.pair_tp} of {scores.tally.pair_gold} gold pairs, {scores.tally.pair_system} found)"
    yield f"date accuracy {fmt(scores.date_acc)}   type accuracy {fmt(scores.type_acc)}  (on matched pairs)"


def fmt(value: float | None) -> str:
    """A figure with three decimals, or n/a."""
    return "n/a" if value is None else f"{value:.3f}"
