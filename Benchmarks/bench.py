#!/usr/bin/env python3
"""The stakemap benchmark suite: `make bench` (or `make bench-quick`) runs this.

    python3 Benchmarks/bench.py --stakemap PATH [--kernels PATH] [--quick]
                                [--runs N] [--big-runs N] [--out DIR]

It builds nothing: the Makefile builds the release `stakemap` (and the in-process
phase timer `stakemap-kernels`, Benchmarks/Kernels) first. It generates the synthetic
maps it needs under Benchmarks/data/ (git-ignored) with generate_org.py, times every
measurement several times, and reports MEDIANS (with min and max) in
Benchmarks/results/RESULTS.md and the raw numbers in Benchmarks/results/results.json
(RESULTS-quick.md / results-quick.json with --quick, which skips the 100k case).

Sections:
1. Analysis engine, 4,000 people: `stakemap analyze --format json` as a whole process
   (parse included) against igraph's PageRank + exact betweenness on the same graph,
   timed inside Python after loading, and igraph's whole Python process; the ratio;
   stakemap's influenceRank and brokerage against igraph's values; where stakemap's time
   goes, phase by phase, in process.
2. Small maps: `check`, `analyze`, `allies` (and `render` when the command exists) on
   the bundled Samples/*.stakes, as whole processes.
3. Organisation scale, 100,000 people: `stakemap check` throughput against Graphviz's
   DOT reader (`gc`), `analyze` time and peak memory, PageRank + Friedkin–Johnsen
   against igraph's PageRank.

Wall times are `time.perf_counter()` around `subprocess.run` (output to /dev/null);
peak memory is `/usr/bin/time -v`'s "Maximum resident set size" of the same runs.
"""
import argparse
import datetime
import hashlib
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATA = os.path.join(HERE, "data")
GENERATOR = os.path.join(HERE, "generate_org.py")
IGRAPH = os.path.join(HERE, "igraph_reference.py")
TOLERANCE = 1e-6

# The synthetic maps: name -> generator arguments.
MAPS = {
    "org-4k": {"people": 4000, "influences_per_person": 7.5, "seed": 1},
    "org-100k": {"people": 100000, "influences_per_person": 8, "seed": 1},
    # The same organisation with a quarter of the influences: with org-100k it separates
    # memory per relation from memory per stakeholder.
    "org-100k-sparse": {"people": 100000, "influences_per_person": 2, "seed": 1},
}


def log(*parts):
    print(*parts, file=sys.stderr, flush=True)


# ----------------------------------------------------------------------------- running


class Failed(Exception):
    pass


def run_once(cmd, capture=False):
    """Runs cmd once; returns (wall seconds, peak RSS in KiB or None, stdout or None)."""
    time_bin = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None
    with tempfile.NamedTemporaryFile("r", suffix=".time") as t:
        full = [time_bin, "-v", "-o", t.name] + cmd if time_bin else cmd
        start = time.perf_counter()
        proc = subprocess.run(full, stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
                              stderr=subprocess.PIPE)
        wall = time.perf_counter() - start
        if proc.returncode != 0:
            raise Failed(f"{' '.join(cmd)} exited {proc.returncode}: {proc.stderr.decode(errors='replace')[-2000:]}")
        rss = None
        if time_bin:
            m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", t.read())
            rss = int(m.group(1)) if m else None
    return wall, rss, proc.stdout.decode() if capture else None


def measure(label, cmd, runs, warmup=1, capture=False):
    """Times `runs` runs of cmd after `warmup` untimed ones; returns a dict of the raw numbers."""
    log(f"  {label}: {runs} runs{f' (+{warmup} warm-up)' if warmup else ''}: {' '.join(cmd)}")
    for _ in range(warmup):
        run_once(cmd)
    walls, rsss, outputs = [], [], []
    for _ in range(runs):
        wall, rss, out = run_once(cmd, capture)
        walls.append(wall)
        if rss is not None:
            rsss.append(rss)
        if capture:
            outputs.append(out)
    result = summary(walls)
    result["command"] = cmd
    if rsss:
        result["peak_rss_kib"] = max(rsss)
    if capture:
        result["outputs"] = outputs
    log(f"    median {fmt_s(result['median'])}")
    return result


def measure_alternately(specs, runs, warmup=1):
    """Times `runs` rounds of several commands, one run of each per round in turn (A, B, A, B, …),
    so that a busy spell on a shared host falls on all of them alike; returns {label: result}
    like measure's."""
    for label, cmd in specs:
        log(f"  {label}: {runs} runs{f' (+{warmup} warm-up)' if warmup else ''}, alternating: {' '.join(cmd)}")
        for _ in range(warmup):
            run_once(cmd)
    walls = {label: [] for label, _ in specs}
    rsss = {label: [] for label, _ in specs}
    for _ in range(runs):
        for label, cmd in specs:
            wall, rss, _ = run_once(cmd)
            walls[label].append(wall)
            if rss is not None:
                rsss[label].append(rss)
    results = {}
    for label, cmd in specs:
        result = summary(walls[label])
        result["command"] = cmd
        result["alternating"] = True
        if rsss[label]:
            result["peak_rss_kib"] = max(rsss[label])
        log(f"    {label}: median {fmt_s(result['median'])}")
        results[label] = result
    return results


def summary(values):
    return {"runs": len(values), "median": statistics.median(values), "min": min(values),
            "max": max(values), "all": values}


def fmt_s(seconds):
    if seconds is None:
        return "—"
    if seconds < 1:
        return f"{seconds * 1000:.1f} ms"
    return f"{seconds:.2f} s"


def fmt_mib(kib):
    return "—" if kib is None else f"{kib / 1024:.0f} MiB"


def version_of(cmd):
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=60)
        return p.stdout.decode(errors="replace").strip().splitlines()[0]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return None


# ----------------------------------------------------------------------------- data


def ensure_map(name):
    """Generates Benchmarks/data/NAME.{stakes,dot,edges} unless they are up to date."""
    params = MAPS[name]
    os.makedirs(DATA, exist_ok=True)
    paths = {ext: os.path.join(DATA, f"{name}.{ext}") for ext in ("stakes", "dot", "edges")}
    with open(GENERATOR, "rb") as f:
        generator_hash = hashlib.sha256(f.read()).hexdigest()
    stamp = dict(params, generator_sha256=generator_hash)
    stamp_path = os.path.join(DATA, f"{name}.params.json")
    try:
        with open(stamp_path) as f:
            fresh = json.load(f) == stamp and all(os.path.exists(p) for p in paths.values())
    except (OSError, ValueError):
        fresh = False
    cmd = [sys.executable, GENERATOR, "--people", str(params["people"]),
           "--influences-per-person", str(params["influences_per_person"]), "--seed", str(params["seed"]),
           "--out", paths["stakes"], "--dot", paths["dot"], "--edges", paths["edges"]]
    if not fresh:
        log(f"generating {name}: {' '.join(cmd[1:])}")
        subprocess.run(cmd, check=True)
        with open(stamp_path, "w") as f:
            json.dump(stamp, f)
    paths["generator_command"] = "python3 Benchmarks/generate_org.py " + " ".join(
        os.path.relpath(c, ROOT) if os.path.isabs(c) else c for c in cmd[2:])
    paths["sizes"] = {ext: os.path.getsize(paths[ext]) for ext in ("stakes", "dot", "edges")}
    return paths


# ----------------------------------------------------------------------------- machine


def parallel_probe():
    """How much faster two busy processes finish than one after the other would: about 2
    on two real cores, about 1 when the cores share one CPU's time."""
    code = "s=0\nfor i in range(6_000_000): s+=i\n"
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    one = time.perf_counter() - start
    start = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, "-c", code]) for _ in range(2)]
    for p in procs:
        p.wait()
    two = time.perf_counter() - start
    return {"one_process_s": one, "two_processes_s": two, "speedup": 2 * one / two}


def loadavg():
    try:
        with open("/proc/loadavg") as f:
            return " ".join(f.read().split()[:3])
    except OSError:
        return None


def machine_info(stakemap):
    cpu = None
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        import igraph
        igraph_version = igraph.__version__
    except ImportError:
        igraph_version = None
    try:
        with open("/proc/meminfo") as f:
            mem_kib = int(f.readline().split()[1])
    except (OSError, ValueError, IndexError):
        mem_kib = None
    commit = version_of(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"])
    dirty = subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "--", "Sources", "Package.swift"],
                           stdout=subprocess.PIPE).stdout.strip() != b""
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "nproc": os.cpu_count(),
        "nproc_command": version_of(["nproc"]),
        "cpu": cpu,
        "memory_gib": round(mem_kib / 1024 / 1024, 1) if mem_kib else None,
        "kernel": platform.release(),
        "swift": version_of(["swift", "--version"]),
        "stakemap": version_of([stakemap, "--version"]),
        "commit": (commit or "?") + (" (Sources modified)" if dirty else ""),
        "python": platform.python_version(),
        "igraph": igraph_version,
        "graphviz": version_of(["dot", "-V"]),
        "loadavg_before": loadavg(),
    }


# ----------------------------------------------------------------------------- sections


def igraph_runs(label, edges, runs, what="pagerank+betweenness"):
    cmd = [sys.executable, IGRAPH, edges, "--what", what]
    result = measure(label, cmd, runs, capture=True)
    reports = [json.loads(out) for out in result.pop("outputs")]
    for key in ("load_seconds", "pagerank_seconds", "betweenness_seconds", "compute_seconds"):
        values = [r[key] for r in reports if r[key] is not None]
        if values:
            result[key] = summary(values)
    result["n"], result["m"] = reports[0]["n"], reports[0]["m"]
    log(f"    inside Python: {what} median {fmt_s(result['compute_seconds']['median'])}")
    return result


def kernels(binary, stakes, phases, repeats):
    if not binary:
        return None
    cmd = [binary, stakes, "--repeat", str(repeats), "--phases", phases]
    log(f"  in-process phases ({phases}, median of {repeats}): {' '.join(cmd)}")
    wall, rss, out = run_once(cmd, capture=True)
    report = json.loads(out)
    report["wall_seconds"] = wall
    return report


def section_engine(args, maps):
    log("1. Analysis engine, 4k")
    m = maps["org-4k"]
    out = {"map": {k: m[k] for k in ("generator_command", "sizes")}}
    out["stakemap_analyze_json"] = measure(
        "stakemap analyze --format json", [args.stakemap, "analyze", "--format", "json", m["stakes"]], args.runs)
    out["igraph"] = igraph_runs("igraph PageRank + exact betweenness", m["edges"], args.runs)
    s = out["stakemap_analyze_json"]["median"]
    out["ratio_vs_igraph_compute"] = s / out["igraph"]["compute_seconds"]["median"]
    out["ratio_vs_igraph_process"] = s / out["igraph"]["median"]
    out["target_ratio"] = 0.5
    out["meets_target"] = out["ratio_vs_igraph_compute"] < 0.5

    # Correctness: the same numbers as igraph, by id.
    _, _, text = run_once([args.stakemap, "analyze", "--format", "json", m["stakes"]], capture=True)
    analysis = json.loads(text)
    with tempfile.NamedTemporaryFile("r", suffix=".json") as t:
        subprocess.run([sys.executable, IGRAPH, m["edges"], "--values", t.name], check=True,
                       stdout=subprocess.DEVNULL)
        reference = json.load(t)
    people = analysis["stakeholders"]
    if len(people) != len(reference["pagerank"]):
        raise Failed(f"stakemap analysed {len(people)} stakeholders, igraph's graph has {len(reference['pagerank'])}")
    pr = max(abs(p["influenceRank"] - reference["pagerank"][p["id"]]) for p in people)
    bc = max(abs(p["brokerage"] - reference["betweenness"][p["id"]]) for p in people)
    out["correctness"] = {
        "stakeholders": len(people), "edges": out["igraph"]["m"],
        "brokerage_is_estimate": analysis.get("brokerageEstimate"),
        "max_abs_diff_influenceRank_vs_pagerank": pr,
        "max_abs_diff_brokerage_vs_betweenness": bc,
        "tolerance": TOLERANCE, "ok": pr <= TOLERANCE and bc <= TOLERANCE,
    }
    log(f"  correctness: max |Δ| influenceRank {pr:.3g}, brokerage {bc:.3g}")
    out["phases"] = kernels(args.kernels, m["stakes"], "all", args.runs)
    return out


def render_supported(stakemap):
    text = subprocess.run([stakemap, "--help"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT).stdout.decode()
    return re.search(r"^\s+render\b", text, re.MULTILINE) is not None


def section_small(args):
    log("2. Small maps")
    samples = sorted(f for f in os.listdir(os.path.join(ROOT, "Samples")) if f.endswith(".stakes"))
    runs = max(args.runs, 10)
    commands = [("check", []), ("analyze", []), ("allies", [])]
    rendering = render_supported(args.stakemap)
    if rendering:
        commands += [("render grid", ["--format", "svg"]), ("render graph", ["--format", "svg"]),
                     ("render deps", ["--format", "svg"])]
    out = {"render_available": rendering, "runs": runs, "samples": {}}
    for sample in samples:
        path = os.path.join(ROOT, "Samples", sample)
        rows = {}
        for name, extra in commands:
            cmd = [args.stakemap] + name.split() + [path] + extra
            rows[name] = measure(f"{sample}: stakemap {name}", cmd, runs)
            rows[name]["target"] = 0.2 if name.startswith("render") else 0.05
        out["samples"][sample] = rows
    return out


def section_scale(args, maps):
    log("3. Organisation scale, 100k")
    m = maps["org-100k"]
    out = {"map": {k: m[k] for k in ("generator_command", "sizes")}}
    # check and gc are short; more runs steady their medians on a shared host, and they
    # run in turn so that both see the same host.
    reading_runs = max(args.big_runs, 15)
    reading = measure_alternately([("stakemap check", [args.stakemap, "check", m["stakes"]]),
                                   ("gc (Graphviz DOT reader)", ["gc", m["dot"]])], reading_runs)
    check = reading["stakemap check"]
    check["mb_per_s"] = m["sizes"]["stakes"] / 1e6 / check["median"]
    out["stakemap_check"] = check
    gc = reading["gc (Graphviz DOT reader)"]
    gc["mb_per_s"] = m["sizes"]["dot"] / 1e6 / gc["median"]
    out["gc"] = gc
    # Each round's own ratio (per MB), for how much it moves from round to round.
    out["check_vs_gc_per_mb_by_round"] = [
        (m["sizes"]["stakes"] / c) / (m["sizes"]["dot"] / g) for c, g in zip(check["all"], gc["all"])]
    out["analyze"] = measure("stakemap analyze --format json",
                             [args.stakemap, "analyze", "--format", "json", m["stakes"]], args.big_runs, warmup=0)
    out["igraph_pagerank"] = igraph_runs("igraph PageRank", m["edges"], args.big_runs, what="pagerank")
    out["phases_pagerank_fj"] = kernels(args.kernels, m["stakes"], "pagerank-fj", max(args.big_runs, 5))
    if out["phases_pagerank_fj"]:
        p = out["phases_pagerank_fj"]["medianSeconds"]
        # Both, as `analyze` computes them: at the same time on two threads
        # (InfluenceNetwork.rankAndPredictedStance). Each alone is in the breakdown.
        out["pagerank_fj_seconds"] = p["rankAndPredictedStance"]
        out["ratio_pagerank_fj_vs_igraph_pagerank"] = (
            out["pagerank_fj_seconds"] / out["igraph_pagerank"]["compute_seconds"]["median"])
    out["phases_analyze"] = kernels(args.kernels, m["stakes"], "scale", 1) if args.breakdown else None
    out["memory"] = memory_model(args, maps)
    return out


def memory_model(args, maps):
    """Peak resident memory per stakeholder and per relation, for `check` and `analyze`.

    Runs both commands on two maps of the same 100,000 people with different numbers of
    relations, and on the smallest bundled sample for the process's fixed cost; a
    straight line through them, peak = fixed + a·stakeholders + b·relations, gives a
    from the stakeholders and b from the difference in relations."""
    sample = sorted(os.path.join(ROOT, "Samples", f) for f in os.listdir(os.path.join(ROOT, "Samples"))
                    if f.endswith(".stakes"))[0]
    maps_in_order = [("sample", sample), ("org-100k-sparse", maps["org-100k-sparse"]["stakes"]),
                     ("org-100k", maps["org-100k"]["stakes"])]
    points = {"check": {}, "analyze": {}}
    for name, path in maps_in_order:
        # One `check` run gives both the counts (its summary line) and check's peak.
        checked = measure(f"check {name} (peak memory)", [args.stakemap, "check", path], 1, warmup=0, capture=True)
        found = re.search(r"ok: (\d+) stakeholders, \d+ domains, (\d+) relations", checked["outputs"][0])
        if not found:
            raise Failed(f"cannot read the counts from: {checked['outputs'][0]}")
        counts = {"stakeholders": int(found.group(1)), "relations": int(found.group(2))}
        analyzed = measure(f"analyze {name} (peak memory)", [args.stakemap, "analyze", "--format", "json", path],
                           1, warmup=0)
        points["check"][name] = dict(counts, peak_bytes=checked["peak_rss_kib"] * 1024)
        points["analyze"][name] = dict(counts, peak_bytes=analyzed["peak_rss_kib"] * 1024)
    out = {}
    for command, at in points.items():
        fixed = at["sample"]["peak_bytes"]
        dense, sparse = at["org-100k"], at["org-100k-sparse"]
        per_relation = (dense["peak_bytes"] - sparse["peak_bytes"]) / (dense["relations"] - sparse["relations"])
        per_stakeholder = (dense["peak_bytes"] - fixed - per_relation * dense["relations"]) / dense["stakeholders"]
        out[command] = {"points": at, "fixed_bytes": fixed, "bytes_per_relation": per_relation,
                        "bytes_per_stakeholder": per_stakeholder}
    return out


# ----------------------------------------------------------------------------- report


def row(*cells):
    return "| " + " | ".join(str(c) for c in cells) + " |\n"


def spread(r):
    return f"{fmt_s(r['min'])} – {fmt_s(r['max'])}"


def phases_table(phases, wall_label):
    if not phases:
        return "_(in-process phase timer not built; run `make -C Benchmarks kernels`)_\n"
    t = phases["medianSeconds"]
    text = row("phase (in process)", "median") + row("---", "---:")
    for k, v in t.items():
        text += row(k, fmt_s(v))
    text += (f"\n`stakemap-kernels --phases {phases['phases']}`, median of {phases['repeats']} in one process; "
             f"`analysis` is `MapAnalysis(map)` as a whole and includes `betweenness`, `brokerageRoles` and "
             f"`allies` again, so the rows do not add up. {wall_label}\n")
    return text


def process_note(phases, whole):
    if not phases:
        return ""
    t = phases["medianSeconds"]
    total = t["read"] + t["parse"] + t["analysis"] + t["json"]
    return (f"read + parse + analysis + json = {fmt_s(total)}, against {fmt_s(whole['median'])} for the whole "
            "`analyze --format json` process.")


def markdown(results, quick):
    mi = results["machine"]
    md = "# stakemap benchmarks\n\n"
    md += ("Generated by " + ("`make bench-quick` (`bench.py --quick`: the 100k cases skipped)" if quick
                             else "`make bench`") + " (Benchmarks/bench.py); raw numbers in `"
           + results["json_name"] + "`. "
           "Every time is the MEDIAN of several runs (min – max beside it); whole-process times include "
           "process start, reading and parsing the file, and printing.\n\n")
    md += "## Machine\n\n" + row("", "") + row("---", "---")
    probe = mi["parallel_probe"]
    after = mi.get("parallel_probe_after")
    for key, label in [("date", "date"), ("nproc", "nproc"), ("cpu", "CPU (/proc/cpuinfo)"),
                       ("memory_gib", "memory (GiB)"), ("kernel", "Linux"), ("swift", "Swift"),
                       ("stakemap", "stakemap --version"), ("commit", "commit"), ("python", "Python"),
                       ("igraph", "python-igraph"), ("graphviz", "Graphviz")]:
        md += row(label, mi.get(key) if mi.get(key) is not None else "—")
    md += row("parallel speedup of 2 busy processes", f"{probe['speedup']:.2f}× "
              f"({fmt_s(probe['one_process_s'])} alone, {fmt_s(probe['two_processes_s'])} for two at once)")
    if after:
        md += row("the same, after the last measurement", f"{after['speedup']:.2f}×")
    if mi.get("loadavg_before"):
        md += row("load average (1, 5, 15 min) before / after", f"{mi['loadavg_before']} / {mi.get('loadavg_after')}")
    md += ("\nThe probe times a busy Python loop alone and two copies at once: about 2× on two free cores, "
           "about 1× when the virtual CPUs get one CPU's worth of time between them (a busy host). "
           "stakemap's betweenness uses every core, igraph's one, so the 4k ratio depends on it.\n")
    md += "\n"

    md += "## Summary\n\n" + row("target", "measured", "met") + row("---", "---", ":---:")
    e = results["engine"]
    md += row("4k: `analyze --format json` (whole process) < 0.5 × igraph PageRank + exact betweenness",
              f"{fmt_s(e['stakemap_analyze_json']['median'])} vs {fmt_s(e['igraph']['compute_seconds']['median'])}"
              f" = **{e['ratio_vs_igraph_compute']:.2f}×**", "yes" if e["meets_target"] else "**no**")
    c = e["correctness"]
    md += row("4k: influenceRank, brokerage = igraph within 1e-6",
              f"max abs diff {c['max_abs_diff_influenceRank_vs_pagerank']:.1e}, "
              f"{c['max_abs_diff_brokerage_vs_betweenness']:.1e}", "yes" if c["ok"] else "**no**")
    small = results["small"]
    for name in ("check", "analyze", "allies", "render"):
        times = [r for s in small["samples"].values() for k, r in s.items() if k.split()[0] == name]
        if not times:
            if name == "render":
                md += row("samples: `render` < 200 ms", "`stakemap render` not in this build", "—")
            continue
        worst = max(r["median"] for r in times)
        target = times[0]["target"]
        md += row(f"samples: `{name}` < {fmt_s(target)} (slowest sample, median)", fmt_s(worst),
                  "yes" if worst < target else "**no**")
    if results.get("scale"):
        s = results["scale"]
        mbps = s['stakemap_check']['mb_per_s']
        times_gc = mbps / s['gc']['mb_per_s']
        md += row("100k: `check` ≥ 100 MB/s", f"{mbps:.1f} MB/s", "yes" if mbps >= 100 else "**no**")
        rounds = s.get("check_vs_gc_per_mb_by_round")
        by_round = (f"; by round {min(rounds):.1f} – {max(rounds):.1f} ×, {sum(r >= 20 for r in rounds)} of "
                    f"{len(rounds)} rounds ≥ 20 ×" if rounds else "")
        md += row("100k: `check` ≥ 20 × faster per MB than Graphviz's `gc`",
                  f"{times_gc:.1f} × (gc {s['gc']['mb_per_s']:.1f} MB/s{by_round})",
                  "yes" if times_gc >= 20 else "**no**")
        peak = s['analyze'].get('peak_rss_kib')
        md += row("100k: `analyze --format json` < 5 s, peak memory < 1 GiB",
                  f"{fmt_s(s['analyze']['median'])}, peak {fmt_mib(peak)}",
                  "yes" if s['analyze']['median'] < 5 and peak is not None and peak < 1024 * 1024 else "**no**")
        if "ratio_pagerank_fj_vs_igraph_pagerank" in s:
            md += row("100k: PageRank + Friedkin–Johnsen (together, as `analyze` runs them) ≤ igraph PageRank (in process)",
                      f"{fmt_s(s['pagerank_fj_seconds'])} vs "
                      f"{fmt_s(s['igraph_pagerank']['compute_seconds']['median'])} = "
                      f"{s['ratio_pagerank_fj_vs_igraph_pagerank']:.2f}×",
                      "yes" if s['ratio_pagerank_fj_vs_igraph_pagerank'] <= 1 else "**no**")
    md += "\n"

    # 1. engine
    mp = e["map"]
    md += "## 1. Analysis engine: 4,000 stakeholders, 30,000 influences\n\n"
    md += (f"Map: `{mp['generator_command']}` — {mp['sizes']['stakes'] / 1e6:.2f} MB .stakes, "
           f"{c['stakeholders']} stakeholders, {c['edges']} influence edges analysed "
           "(declared plus implied by `reports-to`; the igraph edge list is exactly that graph).\n\n")
    ig = e["igraph"]
    md += row("measurement", "median", "min – max", "runs") + row("---", "---:", "---:", "---:")
    sa = e["stakemap_analyze_json"]
    md += row("stakemap `analyze --format json`, whole process", f"**{fmt_s(sa['median'])}**", spread(sa), sa["runs"])
    md += row("igraph PageRank + exact betweenness, inside Python after loading",
              f"**{fmt_s(ig['compute_seconds']['median'])}**", spread(ig["compute_seconds"]), ig["runs"])
    md += row("— of which PageRank", fmt_s(ig["pagerank_seconds"]["median"]), spread(ig["pagerank_seconds"]), ig["runs"])
    md += row("— of which betweenness", fmt_s(ig["betweenness_seconds"]["median"]), spread(ig["betweenness_seconds"]), ig["runs"])
    md += row("igraph: loading the edge list into two graphs (not counted above)",
              fmt_s(ig["load_seconds"]["median"]), spread(ig["load_seconds"]), ig["runs"])
    md += row("igraph: whole Python process (start, import, load, compute)", fmt_s(ig["median"]), spread(ig), ig["runs"])
    md += "\n"
    md += (f"Ratio stakemap / igraph compute: **{e['ratio_vs_igraph_compute']:.2f}** (target < 0.5: "
           f"{'met' if e['meets_target'] else 'NOT met'}); stakemap / igraph whole process: "
           f"{e['ratio_vs_igraph_process']:.2f}. Peak memory of `analyze`: {fmt_mib(sa.get('peak_rss_kib'))}; "
           f"of the igraph process: {fmt_mib(ig.get('peak_rss_kib'))}.\n\n")
    md += ("igraph side: `R.pagerank(directed=True, damping=0.85, weights=\"weight\")` on the listens-to "
           "graph R (every influence reversed) and `G.betweenness(directed=True)` on the influence graph G, "
           "both graphs built before the clock starts (Benchmarks/igraph_reference.py).\n\n")
    md += (f"Correctness (same run): over {c['stakeholders']} stakeholders, max |influenceRank − igraph PageRank| = "
           f"{c['max_abs_diff_influenceRank_vs_pagerank']:.2e}, max |brokerage − igraph betweenness / ((n−1)(n−2))| = "
           f"{c['max_abs_diff_brokerage_vs_betweenness']:.2e} (tolerance 1e-6: {'ok' if c['ok'] else 'FAILED'}; "
           f"brokerage sampled: {(c['brokerage_is_estimate'] or {}).get('sampled')}).\n\n")
    md += "Where stakemap's time goes:\n\n" + phases_table(e.get("phases"), process_note(e.get("phases"), sa))
    md += "\n"

    # 2. small
    md += f"## 2. Small maps: the bundled samples\n\nWhole process, median of {small['runs']} runs each.\n\n"
    names = list(next(iter(small["samples"].values())).keys())
    md += row("sample", *[f"`{n}`" for n in names]) + row("---", *["---:"] * len(names))
    for sample, rows in small["samples"].items():
        md += row(sample, *[fmt_s(rows[n]["median"]) for n in names])
    md += "\nTargets: < 50 ms for `check`, `analyze`, `allies`; < 200 ms for `render`. "
    md += ("`render` timed as `render grid|graph|deps FILE --format svg` (SVG to standard output).\n\n"
           if small["render_available"] else "`stakemap render` is not a subcommand of this build: skipped.\n\n")

    # 3. scale
    md += "## 3. Organisation scale: 100,000 stakeholders, 800,000 influences\n\n"
    s = results.get("scale")
    if not s:
        md += "Skipped (`--quick`).\n"
        return md
    mp = s["map"]
    md += (f"Map: `{mp['generator_command']}` — .stakes {mp['sizes']['stakes'] / 1e6:.1f} MB, "
           f"DOT {mp['sizes']['dot'] / 1e6:.1f} MB, edge list {mp['sizes']['edges'] / 1e6:.1f} MB. "
           "(The issue guessed ≈ 28 MB for the map; this one has full stakeholder lines — name, role, "
           "ratings, openness, goals — and relations indented inside their domains. Throughput is per MB, "
           "so it compares either way.)\n\n")
    md += row("measurement", "median", "min – max", "runs", "throughput", "peak memory")
    md += row("---", "---:", "---:", "---:", "---:", "---:")
    for key, label in [("stakemap_check", "stakemap `check` (.stakes)"), ("gc", "Graphviz `gc` (same graph as DOT)")]:
        r = s[key]
        md += row(label, f"**{fmt_s(r['median'])}**", spread(r), r["runs"], f"**{r['mb_per_s']:.1f} MB/s**",
                  fmt_mib(r.get("peak_rss_kib")))
    r = s["analyze"]
    md += row("stakemap `analyze --format json`", f"**{fmt_s(r['median'])}**", spread(r), r["runs"], "",
              f"**{fmt_mib(r.get('peak_rss_kib'))}**")
    ig = s["igraph_pagerank"]
    md += row("igraph PageRank, inside Python after loading", fmt_s(ig["compute_seconds"]["median"]),
              spread(ig["compute_seconds"]), ig["runs"], "", "")
    md += row("igraph PageRank, whole Python process", fmt_s(ig["median"]), spread(ig), ig["runs"], "",
              fmt_mib(ig.get("peak_rss_kib")))
    if s.get("phases_pagerank_fj"):
        p = s["phases_pagerank_fj"]
        t = p["medianSeconds"]
        md += row("stakemap PageRank + Friedkin–Johnsen together, in process", fmt_s(s["pagerank_fj_seconds"]), "",
                  p["repeats"], "", "")
        md += row("— each alone: PageRank / FJ", f"{fmt_s(t['pageRank'])} / {fmt_s(t['predictedStance'])}",
                  "", "", "", "")
        md += "\n" + (f"PageRank + FJ / igraph PageRank: **{s['ratio_pagerank_fj_vs_igraph_pagerank']:.2f}** "
                      "(stakemap's pair timed in process by Benchmarks/Kernels as `analyze` runs it, "
                      "`InfluenceNetwork.rankAndPredictedStance`: FJ on one thread while PageRank runs; "
                      "igraph's inside Python after loading).\n")
    if s["stakemap_check"].get("alternating"):
        rounds = s["check_vs_gc_per_mb_by_round"]
        md += ("\n`check` and `gc` ran in turn, one run of each per round, so that a busy spell on the shared "
               f"host falls on both. Per MB, `check` / `gc` by round: {', '.join(f'{r:.1f}' for r in rounds)} × "
               f"(median {statistics.median(rounds):.1f} ×). `check` reads on both cores, `gc` on one.\n")
    md += ("\nAbove 20,000 stakeholders `analyze` estimates brokerage from 256 sampled sources "
           "(`--exact` for all of them).\n\n")
    if s.get("phases_analyze"):
        md += "Where `analyze`'s time goes at this size (one run):\n\n" + phases_table(
            s["phases_analyze"], process_note(s["phases_analyze"], s["analyze"]))
    mem = s.get("memory")
    if mem:
        md += ("\n### Memory per stakeholder and per relation\n\n"
               "Peak resident memory (`/usr/bin/time -v`) of one run each on the smallest sample (the process's "
               "fixed cost) and on two maps of the same 100,000 people with different numbers of relations; "
               "the line peak = fixed + a·stakeholders + b·relations through them gives a and b.\n\n")
        md += row("command", "sample", "100k, sparse", "100k", "per stakeholder (a)", "per relation (b)")
        md += row("---", "---:", "---:", "---:", "---:", "---:")
        for command in ("check", "analyze"):
            m = mem[command]
            pts = m["points"]
            cell = lambda p: f"{p['peak_bytes'] / 2**20:.0f} MiB ({p['stakeholders']:,} / {p['relations']:,})"
            md += row(f"`{command}`", cell(pts["sample"]), cell(pts["org-100k-sparse"]), cell(pts["org-100k"]),
                      f"{m['bytes_per_stakeholder']:,.0f} B", f"{m['bytes_per_relation']:,.0f} B")
        md += "\n(In parentheses: stakeholders / relations as `check` counts them.)\n"
    return md


def main():
    parser = argparse.ArgumentParser(description="stakemap benchmarks")
    parser.add_argument("--stakemap", default=os.path.join(ROOT, ".build", "release", "stakemap"),
                        help="the release stakemap executable")
    parser.add_argument("--kernels", default=os.path.join(HERE, "Kernels", ".build", "release", "stakemap-kernels"),
                        help="the in-process phase timer (optional; its sections are skipped when missing)")
    parser.add_argument("--quick", action="store_true", help="skip the 100k cases")
    parser.add_argument("--runs", type=int, default=7, help="runs per small and medium measurement (≥ 5)")
    parser.add_argument("--big-runs", type=int, default=3, help="runs per 100k measurement (≥ 3; check and gc run at least 15 times, in turn)")
    parser.add_argument("--no-breakdown", dest="breakdown", action="store_false",
                        help="skip the one-run phase breakdown of analyze at 100k (about 2 minutes)")
    parser.add_argument("--out", default=os.path.join(HERE, "results"), help="where RESULTS.md goes")
    parser.add_argument("--render-only", action="store_true",
                        help="measure nothing: rewrite RESULTS.md from the results JSON already in --out")
    args = parser.parse_args()
    stem = "-quick" if args.quick else ""
    if args.render_only:
        with open(os.path.join(args.out, f"results{stem}.json")) as f:
            results = json.load(f)
        with open(os.path.join(args.out, f"RESULTS{stem}.md"), "w") as f:
            f.write(markdown(results, args.quick))
        return
    if args.runs < 5 or args.big_runs < 3:
        parser.error("--runs must be at least 5 and --big-runs at least 3")
    if not os.access(args.stakemap, os.X_OK):
        parser.error(f"{args.stakemap} is not an executable; build it first (make release)")
    if not os.access(args.kernels, os.X_OK):
        log(f"note: {args.kernels} missing: the in-process phase tables are skipped")
        args.kernels = None
    try:
        import igraph  # noqa: F401
    except ImportError:
        sys.exit("bench.py: python-igraph is not installed; run `make -C Benchmarks deps`")
    if not args.quick and not shutil.which("gc"):
        sys.exit("bench.py: Graphviz's gc is missing; run `make -C Benchmarks deps`")

    log("machine")
    results = {"machine": machine_info(args.stakemap)}
    results["machine"]["parallel_probe"] = parallel_probe()
    maps = {"org-4k": ensure_map("org-4k")}
    if not args.quick:
        maps["org-100k"] = ensure_map("org-100k")
        maps["org-100k-sparse"] = ensure_map("org-100k-sparse")
    try:
        results["engine"] = section_engine(args, maps)
        results["small"] = section_small(args)
        results["scale"] = None if args.quick else section_scale(args, maps)
    except Failed as error:
        sys.exit(f"bench.py: {error}")
    results["machine"]["parallel_probe_after"] = parallel_probe()
    results["machine"]["loadavg_after"] = loadavg()

    results["json_name"] = f"results{stem}.json"
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, f"results{stem}.json"), "w") as f:
        json.dump(results, f, indent=1)
    with open(os.path.join(args.out, f"RESULTS{stem}.md"), "w") as f:
        f.write(markdown(results, args.quick))
    e = results["engine"]
    print(f"4k analyze --format json: {fmt_s(e['stakemap_analyze_json']['median'])}; igraph PageRank+betweenness "
          f"{fmt_s(e['igraph']['compute_seconds']['median'])} in Python ({fmt_s(e['igraph']['median'])} whole process); "
          f"ratio {e['ratio_vs_igraph_compute']:.2f} (target < 0.5: {'met' if e['meets_target'] else 'NOT met'})")
    c = e["correctness"]
    print(f"correctness: max |Δ| influenceRank {c['max_abs_diff_influenceRank_vs_pagerank']:.2e}, "
          f"brokerage {c['max_abs_diff_brokerage_vs_betweenness']:.2e} ({'ok' if c['ok'] else 'FAILED'})")
    print(f"wrote {os.path.relpath(os.path.join(args.out, f'RESULTS{stem}.md'), ROOT)}")
    if not c["ok"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
