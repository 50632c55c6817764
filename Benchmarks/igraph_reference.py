#!/usr/bin/env python3
"""igraph's side of the benchmark: PageRank and exact betweenness of an influence graph.

    python3 Benchmarks/igraph_reference.py EDGES [--what pagerank+betweenness|pagerank]
                                                 [--values OUT.json]

EDGES is an edge list written by generate_org.py (`# nodes N edges M` header, then
`SOURCE TARGET WEIGHT` lines: SOURCE influences TARGET). Loading builds two igraph
graphs, untimed: the influence graph G, and the "listens-to" graph R (every edge
reversed, same weight). Then, timed with time.perf_counter():

- `R.pagerank(directed=True, damping=0.85, weights="weight")`, FORMAT.md's influence rank;
- `G.betweenness(directed=True)`, raw directed betweenness (unless --what pagerank).

Prints one JSON object: igraph's version, n, m, load_seconds, compute_seconds and the
seconds of each measure. With --values, also writes every node's PageRank and
normalized betweenness (raw / ((n - 1)(n - 2)), networkx's directed normalisation) by id.
"""
import argparse
import json
import time


def load(path):
    import igraph

    names, index = [], {}
    sources, targets, weights = [], [], []
    declared_nodes = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                fields = line.split()
                if len(fields) >= 5 and fields[1] == "nodes" and fields[3] == "edges":
                    declared_nodes = int(fields[2])
                continue
            a, b, w = line.split()
            for name in (a, b):
                if name not in index:
                    index[name] = len(names)
                    names.append(name)
            sources.append(index[a])
            targets.append(index[b])
            weights.append(float(w))
    if declared_nodes is not None and declared_nodes != len(names):
        raise SystemExit(f"{path}: header says {declared_nodes} nodes, edges name {len(names)}")
    n = len(names)
    g = igraph.Graph(n=n, edges=list(zip(sources, targets)), directed=True)
    r = igraph.Graph(n=n, edges=list(zip(targets, sources)), directed=True)
    r.es["weight"] = weights
    return names, g, r


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("edges")
    parser.add_argument("--what", choices=["pagerank+betweenness", "pagerank"], default="pagerank+betweenness")
    parser.add_argument("--values", help="write PageRank and normalized betweenness by id to this JSON file")
    args = parser.parse_args()

    import igraph

    start = time.perf_counter()
    names, g, r = load(args.edges)
    loaded = time.perf_counter()
    rank = r.pagerank(directed=True, damping=0.85, weights="weight")
    ranked = time.perf_counter()
    between = g.betweenness(directed=True) if args.what == "pagerank+betweenness" else None
    done = time.perf_counter()

    n = g.vcount()
    report = {
        "igraph": igraph.__version__,
        "n": n,
        "m": g.ecount(),
        "load_seconds": loaded - start,
        "pagerank_seconds": ranked - loaded,
        "betweenness_seconds": (done - ranked) if between is not None else None,
        "compute_seconds": done - loaded,
    }
    if args.values:
        scale = 1 / ((n - 1) * (n - 2)) if n > 2 else 0.0
        values = {
            "pagerank": dict(zip(names, rank)),
            "betweenness": dict(zip(names, (b * scale for b in between))) if between is not None else None,
        }
        with open(args.values, "w", encoding="utf-8") as f:
            json.dump(values, f)
    print(json.dumps(report))


if __name__ == "__main__":
    main()
