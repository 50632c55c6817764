#!/usr/bin/env python3
"""Regenerates the reference numbers pasted into Tests/StakeMapTests/Network/.

Run: python3 Scripts/networkx_reference.py  (networkx 3.6.1, numpy).
It prints Swift literals; the Swift tests do not call Python.
Edges are influences: (a, b, w) means a influences b with weight w.
"""
import random

import networkx as nx
from networkx.algorithms.centrality.betweenness import (
    _accumulate_basic,
    _rescale,
    _single_source_shortest_path_basic,
)


def graph(n, edges):
    g = nx.DiGraph()
    g.add_nodes_from(range(n))
    g.add_weighted_edges_from(edges)
    return g


def pagerank(n, edges):
    g = graph(n, edges)
    pr = nx.pagerank(g.reverse(), alpha=0.85, weight="weight", tol=1e-15, max_iter=10000)
    return [pr[i] for i in range(n)]


def swift(values):
    return "[" + ", ".join(repr(float(v)) for v in values) + "]"


def sampled_betweenness(g, sources):
    # networkx.betweenness_centrality(G, k=len(sources)) with these sources.
    bc = dict.fromkeys(g, 0.0)
    for s in sources:
        S, P, sigma, _ = _single_source_shortest_path_basic(g, s)
        bc, _ = _accumulate_basic(bc, S, P, sigma, s)
    bc = _rescale(bc, len(g), normalized=True, directed=True, endpoints=False,
                  sampled_nodes=sources)
    return [bc[i] for i in range(len(g))]


# A four-node weighted graph with a dangling node in the listens-to graph (node 0
# hears nobody) and a node that influences nobody (node 3).
small = [(0, 1, 0.7), (0, 2, 0.3), (1, 2, 0.5), (2, 1, 0.9), (1, 3, 0.4), (2, 3, 1.0)]
print("small pageRank", swift(pagerank(4, small)))

# Three isolated nodes plus a chain: every listener of nobody spreads uniformly.
chain = [(0, 1, 1.0), (1, 2, 1.0)]
print("chain+isolated pageRank", swift(pagerank(5, chain)))

# Random 30-node graph, fixed seed.
rng = random.Random(20240611)
n = 30
edges = []
seen = set()
while len(edges) < 90:
    a, b = rng.randrange(n), rng.randrange(n)
    if a == b or (a, b) in seen:
        continue
    seen.add((a, b))
    edges.append((a, b, round(rng.uniform(0.05, 1.0), 2)))
print("random30 edges", "[" + ", ".join(f"({a}, {b}, {w})" for a, b, w in edges) + "]")
g = graph(n, edges)
print("random30 pageRank", swift(pagerank(n, edges)))
bc = nx.betweenness_centrality(g)
print("random30 betweenness", swift([bc[i] for i in range(n)]))
sources = [0, 4, 7, 11, 19, 23, 29]
print("random30 sampled", sources, swift(sampled_betweenness(g, sources)))
