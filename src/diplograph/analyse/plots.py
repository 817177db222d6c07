"""Pictures of the contact network: who talks to whom, and how much, month by month.

Drawn with matplotlib's Agg backend, so they need no screen; the file's suffix (.png, .svg,
.pdf) chooses the format.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402  (the backend is chosen before pyplot loads)
import networkx as nx  # noqa: E402

from diplograph.analyse.communities import find_communities  # noqa: E402
from diplograph.model import ContactType  # noqa: E402

LABELLED = 20  # at most this many people are named on the picture; more would overlap
KIND_COLOURS = {"PhoneCall": "#1f77b4", "Meeting": "#ff7f0e", "Visit": "#2ca02c", "VideoConference": "#9467bd",
                "Correspondence": "#8c564b"}


def plot_network(graph: nx.Graph, path: Path, seed: int = 7) -> None:
    """The network coloured by community and sized by contacts, the most connected people named."""
    figure, axes = plt.subplots(figsize=(12, 9), dpi=120)
    axes.set_axis_off()
    if graph.number_of_nodes() == 0:
        axes.text(0.5, 0.5, "no contacts", ha="center", va="center", fontsize=14)
    else:
        found = find_communities(graph, seed)
        layout = nx.spring_layout(graph, weight="weight", seed=seed, k=3 / max(1, graph.number_of_nodes()) ** 0.5)
        contacts = dict(graph.degree(weight="weight"))
        palette = plt.get_cmap("tab20")
        colours = [palette((found.of(node) - 1) % 20) for node in graph]
        sizes = [80 + 600 * contacts[node] / max(contacts.values()) for node in graph]
        widths = [0.5 + 2.5 * data["weight"] / max(w for *_, w in graph.edges(data="weight")) for *_, data in
                  graph.edges(data=True)]
        nx.draw_networkx_edges(graph, layout, ax=axes, width=widths, alpha=0.35, edge_color="#555555")
        nx.draw_networkx_nodes(graph, layout, ax=axes, node_color=colours, node_size=sizes, linewidths=0.5,
                               edgecolors="white")
        labels = {node: graph.nodes[node]["label"] for node in apart(graph, layout, contacts)}
        texts = nx.draw_networkx_labels(graph, layout, labels=labels, ax=axes, font_size=9, verticalalignment="bottom")
        for text in texts.values():
            text.set_bbox({"facecolor": "white", "alpha": 0.7, "edgecolor": "none", "pad": 1})
        axes.set_title(f"{graph.number_of_nodes()} people, {graph.number_of_edges()} pairs in contact, "
                       f"{len(found.groups)} communities (colours; size: contacts)", fontsize=12)
    figure.tight_layout()
    figure.savefig(path)
    plt.close(figure)


def apart(graph: nx.Graph, layout: dict, contacts: dict) -> list[str]:
    """The people to name: the most connected first, skipping anyone whose name would cover one already placed."""
    xs, ys = zip(*layout.values())
    width, height = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    placed: list[str] = []
    for node in sorted(graph, key=lambda n: (-contacts[n], graph.nodes[n]["label"])):
        x, y = layout[node]
        if all(abs(x - layout[other][0]) > 0.16 * width or abs(y - layout[other][1]) > 0.035 * height
               for other in placed):
            placed.append(node)
        if len(placed) == LABELLED:
            break
    return placed


def plot_timeline(graph: nx.Graph, path: Path) -> None:
    """Contacts per month, stacked by kind; undated contacts are left out."""
    counts: Counter[tuple[str, str]] = Counter()
    seen: set[str] = set()
    for *_, data in graph.edges(data=True):
        for iri, day, kind in zip(data["contacts"], data["dates"], data["types"]):
            if day and iri not in seen:
                seen.add(iri)
                counts[day[:7], kind] += 1
    months = sorted({month for month, _ in counts})
    figure, axes = plt.subplots(figsize=(max(6, 0.5 * len(months) + 3), 5), dpi=120)
    bottom = [0] * len(months)
    for kind in (kind.value for kind in ContactType):
        heights = [counts[month, kind] for month in months]
        if any(heights):
            axes.bar(months, heights, bottom=bottom, label=kind, color=KIND_COLOURS[kind])
            bottom = [b + h for b, h in zip(bottom, heights)]
    axes.set_ylabel("contacts")
    axes.set_title(f"Contacts per month ({len(seen)} dated contacts)" if months else "No dated contacts")
    if months:
        axes.legend(frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
        axes.tick_params(axis="x", labelrotation=45)
        axes.yaxis.get_major_locator().set_params(integer=True)
    figure.tight_layout()
    figure.savefig(path)
    plt.close(figure)
