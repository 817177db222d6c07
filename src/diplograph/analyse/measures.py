"""Network measures that networkx computes in pure Python, computed in C instead.

At 50,000 people and a million ties, networkx needs hours for betweenness, Burt's constraint
and effective size, and half a minute for Louvain. igraph computes betweenness, constraint and
Louvain in C, and effective size is a sparse matrix product in scipy: seconds in all. Each
function takes and returns what its networkx counterpart does (values keyed by node), and the
tests hold each to networkx's own result on the same graphs.
"""

from __future__ import annotations

import random
from collections.abc import Hashable
from typing import Any

import igraph
import networkx as nx
import numpy as np
import scipy.sparse

EXACT_BETWEENNESS_LIMIT = 5000  # people; exact betweenness costs time in people x ties
SAMPLED_SOURCES = 500
SEED = 7  # sampled sources and Louvain's random order: a fixed seed gives the same results on every run
ROWS_PER_PRODUCT = 512  # rows of the two-step matrix product held at once, which bounds its memory


def to_igraph(graph: nx.Graph) -> tuple[igraph.Graph, list[Hashable]]:
    """The graph in igraph, with its `weight`s, and the node at each igraph vertex index."""
    nodes = list(graph)
    index = {node: number for number, node in enumerate(nodes)}
    edges = [(index[a], index[b], weight) for a, b, weight in graph.edges(data="weight", default=1)]
    converted = igraph.Graph(n=len(nodes), edges=[(a, b) for a, b, _ in edges])
    converted.es["weight"] = [weight for _, _, weight in edges]
    return converted, nodes


def betweenness(graph: nx.Graph) -> dict[Any, float]:
    """Normalized betweenness: exact up to `EXACT_BETWEENNESS_LIMIT` people, estimated above.

    The estimate counts shortest paths from `SAMPLED_SOURCES` sources drawn with a fixed seed
    and scales them up by people/sources (Brandes and Pich, 2007), so runs agree. It is
    unbiased, and its error falls as one over the square root of the sources: a few
    thousandths for the people that matter, whose betweenness is largest. Paths ignore
    weights, as networkx's do when not given any: a tie is a tie however often it is used.

    >>> round(betweenness(nx.path_graph(3))[1], 3)
    1.0
    """
    count = graph.number_of_nodes()
    if count < 3:
        return dict.fromkeys(graph, 0.0)
    converted, nodes = to_igraph(graph)
    if count <= EXACT_BETWEENNESS_LIMIT:
        paths = converted.betweenness(directed=False)
        scale = 1.0
    else:
        sources = random.Random(SEED).sample(range(count), SAMPLED_SOURCES)
        # igraph counts the paths from these sources as it would from all: scale up by their share.
        paths = converted.betweenness(directed=False, sources=sources)
        scale = count / SAMPLED_SOURCES
    pairs = (count - 1) * (count - 2) / 2
    return {node: value * scale / pairs for node, value in zip(nodes, paths)}


def constraint(graph: nx.Graph) -> dict[Any, float]:
    """Burt's constraint on `weight`, as `networkx.constraint` gives it (NaN for a person without ties)."""
    converted, nodes = to_igraph(graph)
    values = converted.constraint(weights="weight")
    return {node: value if graph.degree(node) else float("nan") for node, value in zip(nodes, values)}


def effective_size(graph: nx.Graph) -> dict[Any, float]:
    """Burt's effective size on `weight`, as `networkx.effective_size(graph, nodes)` gives it (NaN without ties).

    Not as networkx gives it without `nodes`: its matrix shortcut (networkx 3.6) scales each
    weight by the largest of the wrong end, and it needs a dense people x people matrix.

    For a person i with partners j, it is the sum over j of 1 - sum over partners q of i of
    p_iq m_jq, where p_iq is i's share of its weight on q and m_jq is j's weight on q over j's
    largest. The inner sums are the two-step products (A M)_iq of the adjacency matrix A and
    the row-scaled weights M, wanted only where i and q are tied: a sparse product, row block
    by row block so that hubs do not blow up its memory.
    """
    nodes = list(graph)
    if not nodes:
        return {}
    weights = nx.to_scipy_sparse_array(graph, nodelist=nodes, weight="weight", format="csr").astype(float)
    adjacency = (weights != 0).astype(float)
    degree = np.asarray(adjacency.sum(axis=1)).ravel()
    with np.errstate(divide="ignore", invalid="ignore"):
        share = scipy.sparse.diags(np.nan_to_num(1 / np.asarray(weights.sum(axis=1)).ravel())) @ weights
        scaled = scipy.sparse.diags(np.nan_to_num(1 / weights.max(axis=1).toarray().ravel())) @ weights
    redundancy = np.zeros(len(nodes))
    for start in range(0, len(nodes), ROWS_PER_PRODUCT):
        rows = slice(start, start + ROWS_PER_PRODUCT)
        redundancy[rows] = np.asarray((adjacency[rows] @ scaled).multiply(share[rows]).sum(axis=1)).ravel()
    return {node: float(d - r) if d else float("nan") for node, d, r in zip(nodes, degree, redundancy)}


def louvain(graph: nx.Graph, seed: int = SEED) -> list[set[Any]]:
    """Louvain communities on `weight` (Blondel et al., 2008), the same on every run for one seed.

    igraph draws its random numbers from the generator it is given: a seeded one, put back
    afterwards, so that runs agree without touching the caller's random state.
    """
    converted, nodes = to_igraph(graph)
    igraph.set_random_number_generator(random.Random(seed))
    try:
        clustering = converted.community_multilevel(weights="weight")
    finally:
        igraph.set_random_number_generator(random)
    return [{nodes[vertex] for vertex in members} for members in clustering]

