#!/usr/bin/env python3
"""Generates a synthetic clustered organisation as a `.stakes` map, for benchmarks.

    python3 Benchmarks/generate_org.py --people 4000 --influences-per-person 7.5 \\
        --seed 1 --out Benchmarks/data/org-4k.stakes \\
        [--dot Benchmarks/data/org-4k.dot] [--edges Benchmarks/data/org-4k.edges]

The same arguments give the same bytes on any machine (Python's `random.Random`
with the given seed; no hash-order dependence).

Structure
---------
- A chief executive with a few staff in an `exec` domain; divisions → departments →
  teams of 5–12 people, each a nested `domain` block.
- A `reports-to` tree: members report to their team lead, leads to their department
  head, department heads to their division head, division heads (and exec staff) to
  the chief executive. There are no cycles.
- Influences (`A -> B`), weights 0.2–0.9: every `reports-to` gives one boss -> report
  influence (about 1 in 8 declared with its own weight, the rest implied at 0.5 as
  FORMAT.md says). The other influences go mostly within a team (50 %) or department
  (27 %), some across the division (15 %) and a few across the organisation (8 %); who
  influences is skewed (a log-normal "activity" times seniority), so some people
  influence many.
- About 0.2 `depends-on` per person, mostly across teams; 2 % `conflicts-with` and 4 %
  `allied-with` per person (undirected, never both on the same pair).
- Stakeholders get role, power (by seniority), interest, stance (with a per-team
  bias), openness (usually), goals from their division's pool, sometimes legitimacy
  and urgency or an engagement target; one team lead is `me`.

`--influences-per-person K` is the average number of influence edges per person in
the graph stakemap analyses: declared influences plus those implied by `reports-to`,
after the deduplication FORMAT.md describes. The graph has exactly
`round(people × K)` edges (it must be at least people − 1, the hierarchy).

Every relation is unique (conflicts and alliances are unordered pairs), none relates a
stakeholder to itself, and every stakeholder is rated, so `stakemap check` reports no
warnings.

Side outputs
------------
- `--edges FILE`: that influence graph as a plain edge list, one `SOURCE TARGET WEIGHT`
  line per edge (SOURCE influences TARGET), ids as in the map, after a header
  `# nodes N edges M` line. Every stakeholder is on at least one edge.
- `--dot FILE`: the same graph as Graphviz DOT (a digraph with one cluster per domain,
  node labels, edge weights), for timing Graphviz's reader (`gc`).
"""
import argparse
import math
import random
import sys
import unicodedata

FIRST_NAMES = [
    "Alex", "Priya", "Dana", "Mo", "Kenji", "Beatriz", "Oluwaseun", "Lucía", "Arjun",
    "Hannah", "Chloé", "Mateus", "Wei", "Fatima", "Tuan", "Sven", "Nia", "Rahul", "Ines",
    "Tomasz", "Aisha", "Jonas", "Mei", "Carlos", "Yuki", "Amara", "Lars", "Sofia", "Omar",
    "Elena", "Kwame", "Ana", "Pieter", "Leila", "Diego", "Hiroshi", "Zanele", "Marco",
    "Ingrid", "Ravi", "Chen", "Olga", "Samuel", "Noor", "Felix", "Grace", "Emeka",
    "Julia", "Björn", "Camila", "Tariq", "Maya", "Erik", "Adaeze", "Paul", "Rosa",
    "Anh", "Jakub", "Farah", "Luca",
]
SURNAMES = [
    "Kim", "Ruiz", "Haddad", "Nair", "Santos", "Watanabe", "Adeyemi", "Fernandez",
    "Schmidt", "Martin", "Oliveira", "Zhang", "Nguyen", "Johansson", "Thompson", "Gupta",
    "Silva", "Kowalski", "Okafor", "Müller", "Rossi", "Tanaka", "Mensah", "Larsen",
    "Costa", "Ali", "Petrov", "Dubois", "Moreau", "Ivanova", "Chen", "Wang", "Li", "Singh",
    "Patel", "Khan", "Garcia", "Lopez", "Novak", "Horvat", "Jensen", "Berg", "Lindqvist",
    "Osei", "Abebe", "Mwangi", "Park", "Choi", "Yamamoto", "Sato", "Suzuki", "Ito",
    "Romero", "Torres", "Ramos", "Vargas", "Castro", "Herrera", "Brown", "Smith", "Jones",
    "Taylor", "Wilson", "Evans", "Walker", "Wright", "Hughes", "Edwards", "Green", "Hall",
    "Baker", "Murphy", "Kelly", "Byrne", "Walsh", "Novotny", "Dvorak", "Horvath", "Nagy",
    "Toth", "Popescu", "Ionescu", "Yilmaz", "Demir", "Kaya", "Sahin", "Cohen", "Levi",
    "Mizrahi", "Farouk", "Nasser", "Rahman", "Hossain", "Das", "Bose", "Iyer", "Reddy",
    "Rao", "Menon", "Pillai",
]

# Division functions: (id stem, label, department names, goal pool).
FUNCTIONS = [
    ("eng", "Engineering", ["platform", "payments", "growth", "mobile", "data", "infra", "security", "web"],
     ["reliability", "speed", "quality", "on-call load", "tech debt", "hiring"]),
    ("product", "Product", ["discovery", "design", "research", "analytics", "pricing"],
     ["speed", "retention", "customer value", "market share"]),
    ("sales", "Sales", ["enterprise", "midmarket", "smb", "partners", "solutions", "ops"],
     ["revenue", "customer value", "market share", "quota"]),
    ("ops", "Operations", ["logistics", "procurement", "facilities", "supply", "quality"],
     ["cost", "reliability", "compliance", "efficiency"]),
    ("fin", "Finance", ["accounting", "treasury", "fpa", "tax", "audit"],
     ["cost", "compliance", "cash flow", "forecast accuracy"]),
    ("people", "People", ["recruiting", "learning", "rewards", "hrbp"],
     ["retention", "hiring", "engagement", "wellbeing"]),
    ("legal", "Legal", ["contracts", "privacy", "regulatory", "ip"],
     ["compliance", "risk", "privacy"]),
    ("support", "Customer support", ["tier1", "tier2", "success", "onboarding", "knowledge"],
     ["customer value", "retention", "response time", "cost"]),
    ("marketing", "Marketing", ["brand", "demandgen", "content", "events", "comms"],
     ["market share", "brand", "revenue", "speed"]),
    ("it", "IT", ["helpdesk", "identity", "endpoints", "networks", "saas"],
     ["reliability", "security", "cost", "compliance"]),
]
ROLES = {
    "ceo": "Chief executive",
    "staff": ["Chief of staff", "Strategy lead", "Executive assistant", "Internal comms lead"],
    "division": "Head of {label}",
    "department": "Director, {dept}",
    "lead": "Team lead, {team}",
    "member": ["Engineer", "Senior specialist", "Specialist", "Analyst", "Associate",
               "Coordinator", "Senior analyst", "Consultant", "Manager", "Junior specialist"],
}
STANCES = ["opposed", "resistant", "neutral", "supportive", "champion"]
STANCE_VALUE = {"opposed": -2, "resistant": -1, "neutral": 0, "supportive": 1, "champion": 2}
ENGAGEMENT_FOR = {-2: "resistant", -1: "resistant", 0: "neutral", 1: "supportive", 2: "leading"}
DEPENDENCY_TOPICS = ["budget sign-off", "headcount", "API access", "data export", "security review",
                     "contract approval", "on-call cover", "launch date", "test environment",
                     "customer list", "legal review", "capacity"]
CONFLICT_TOPICS = ["budget", "priorities", "headcount", "scope", "ownership", "timeline",
                   "tooling", "roadmap"]


def ascii_id(text):
    return "".join(c for c in unicodedata.normalize("NFKD", text).lower()
                   if c.isascii() and c.isalnum())


def number(x):
    """A short decimal: 0.5, 0.45, 7."""
    text = f"{x:.2f}".rstrip("0").rstrip(".")
    return text if text else "0"


def quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


class Person:
    __slots__ = ("index", "id", "name", "role", "level", "domain", "boss", "power", "interest",
                 "stance", "openness", "goals", "legitimacy", "urgency", "engagement",
                 "activity", "team", "dept", "division", "syntax")


class Domain:
    __slots__ = ("id", "label", "parent", "children", "people", "relations", "depth")

    def __init__(self, id, label, parent):
        self.id, self.label, self.parent = id, label, parent
        self.children, self.people, self.relations = [], [], []
        self.depth = 0 if parent is None else parent.depth + 1
        if parent is not None:
            parent.children.append(self)


def plan_units(rng, people):
    """Sizes: a list of divisions, each a list of departments, each a list of team sizes,
    using exactly `people` people (the chief executive and exec staff included)."""
    staff = min(4, max(0, (people - 1) // 200))
    remaining = people - 1 - staff
    divisions = []
    while remaining > 0:
        if remaining < 1 + 1 + 5 and divisions:
            break
        division = []
        divisions.append(division)
        remaining -= 1  # division head
        for _ in range(rng.randint(3, 8)):
            if remaining < 1 + 5:
                break
            department = []
            division.append(department)
            remaining -= 1  # department head
            for _ in range(rng.randint(3, 9)):
                size = rng.randint(5, 12)
                if remaining < 5:
                    break
                size = min(size, remaining)
                department.append(size)
                remaining -= size
            if remaining < 5:
                break
    # Spread the few people left over across the last teams that have room.
    teams = [(d, p, t) for d, division in enumerate(divisions) for p, dept in enumerate(division)
             for t in range(len(dept))]
    i = len(teams) - 1
    while remaining > 0:
        if i < 0:
            raise SystemExit("generate_org.py: too few people for an organisation; use --people ≥ 50")
        d, p, t = teams[i]
        if divisions[d][p][t] < 12:
            divisions[d][p][t] += 1
            remaining -= 1
        else:
            i -= 1
    return staff, divisions


def generate(people, per_person, seed):
    rng = random.Random(seed)
    if people < 50:
        raise SystemExit("generate_org.py: --people must be at least 50")
    total_edges = round(people * per_person)
    if total_edges < people - 1:
        raise SystemExit("generate_org.py: --influences-per-person must be at least (people - 1) / people")

    used_ids = {}

    def new_id(first, last):
        stem = ascii_id(first)[0] + ascii_id(last)
        used_ids[stem] = used_ids.get(stem, 0) + 1
        return stem if used_ids[stem] == 1 else f"{stem}{used_ids[stem]}"

    persons = []

    def person(domain, level, role, boss, team=None, dept=None, division=None):
        p = Person()
        first, last = rng.choice(FIRST_NAMES), rng.choice(SURNAMES)
        p.index, p.id, p.name = len(persons), new_id(first, last), f"{first} {last}"
        p.role, p.level, p.domain, p.boss = role, level, domain, boss
        p.team, p.dept, p.division = team, dept, division
        persons.append(p)
        domain.people.append(p)
        return p

    staff_count, plan = plan_units(rng, people)
    root = Domain(None, None, None)  # the file's top level
    exec_domain = Domain("exec", "Executive office", root)
    ceo = person(exec_domain, 0, ROLES["ceo"], None)
    for k in range(staff_count):
        person(exec_domain, 3, ROLES["staff"][k % len(ROLES["staff"])], ceo)

    division_domains, department_domains, team_domains = [], [], []
    stem_count = {}
    for d, division_plan in enumerate(plan):
        stem, label, dept_names, goals = FUNCTIONS[d % len(FUNCTIONS)]
        stem_count[stem] = stem_count.get(stem, 0) + 1
        region = stem_count[stem]
        div_id = stem if region == 1 else f"{stem}{region}"
        div_label = label if region == 1 else f"{label} (region {region})"
        division = Domain(div_id, div_label, root)
        division_domains.append(division)
        head = person(division, 1, ROLES["division"].format(label=div_label), ceo, division=division)
        for p_index, team_sizes in enumerate(division_plan):
            name = dept_names[p_index % len(dept_names)]
            suffix = "" if p_index < len(dept_names) else str(p_index // len(dept_names) + 1)
            dept = Domain(f"{div_id}_{name}{suffix}", f"{name.capitalize()}{suffix}", division)
            department_domains.append(dept)
            dept_head = person(dept, 2, ROLES["department"].format(dept=dept.label), head,
                               dept=dept, division=division)
            for t, size in enumerate(team_sizes):
                team = Domain(f"{dept.id}_t{t + 1}", f"{dept.label} team {t + 1}", dept)
                team_domains.append(team)
                lead = person(team, 3, ROLES["lead"].format(team=team.label), dept_head,
                              team=team, dept=dept, division=division)
                for _ in range(size - 1):
                    person(team, 4, rng.choice(ROLES["member"]), lead,
                           team=team, dept=dept, division=division)
    assert len(persons) == people, (len(persons), people)

    # Attributes.
    team_bias = {id(t): rng.gauss(0, 0.6) for t in team_domains}
    power_by_level = [(10, 10), (8, 9), (6, 8), (4, 6), (1, 4)]
    goal_pool = {}
    for d, division in enumerate(division_domains):
        goal_pool[id(division)] = FUNCTIONS[d % len(FUNCTIONS)][3]
    for p in persons:
        lo, hi = power_by_level[p.level]
        p.power = rng.randint(lo, hi)
        p.interest = max(0, min(10, round(rng.triangular(1, 10, 6))))
        bias = team_bias[id(p.team)] if p.team is not None else 0.3
        stance_value = max(-2, min(2, round(rng.gauss(0.1 + bias, 1.0))))
        p.stance = STANCES[stance_value + 2]
        p.openness = None if rng.random() < 0.2 else round(
            min(0.95, max(0.05, rng.betavariate(2.5, 2.5) - 0.08 * (4 - p.level) / 4)), 2)
        pool = goal_pool[id(p.division)] if p.division is not None else ["strategy", "revenue", "cost"]
        p.goals = sorted(rng.sample(pool, rng.randint(0, min(3, len(pool)))), key=pool.index)
        if rng.random() < 0.05:
            p.legitimacy, p.urgency = rng.randint(2, 10), rng.randint(1, 10)
        else:
            p.legitimacy = p.urgency = None
        p.engagement = None
        if rng.random() < 0.03:
            now = ENGAGEMENT_FOR[stance_value]
            p.engagement = now if now in ("supportive", "leading") else f"{now} -> supportive"
        p.activity = math.exp(rng.gauss(0, 0.6)) * (1 + (4 - p.level) * 0.35)
    leads = [p for p in persons if p.level == 3 and p.team is not None]
    me = leads[rng.randrange(len(leads))]

    # Hierarchy: one reports-to per person but the chief executive, and one boss -> report
    # influence each, declared with a weight for about 1 in 8.
    relations = []  # (kind, a, b, weight, topic, style)
    influence = {}  # (a, b) -> weight: the graph stakemap analyses
    for p in persons:
        if p.boss is None:
            continue
        relations.append(("reports-to", p, p.boss, None, None, None))
        if rng.random() < 0.125:
            w = round(rng.uniform(0.3, 0.9), 2)
            relations.append(("influences", p.boss, p, w, None, "attr"))
            influence[(p.boss.index, p.index)] = w
        else:
            influence[(p.boss.index, p.index)] = 0.5

    # Other influences.
    team_members = {id(t): t.people for t in team_domains}
    dept_members = {id(d): [] for d in department_domains}
    division_members = {id(d): [] for d in division_domains}
    for q in persons:
        if q.dept is not None:
            dept_members[id(q.dept)].append(q)
        if q.division is not None:
            division_members[id(q.division)].append(q)
    seniors = [q for q in persons if q.level <= 3]
    cumulative = []
    acc = 0.0
    for p in persons:
        acc += p.activity
        cumulative.append(acc)

    def pick_source():
        r = rng.random() * acc
        lo, hi = 0, len(cumulative) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if cumulative[mid] < r:
                lo = mid + 1
            else:
                hi = mid
        return persons[lo]

    def pool_for(p, scope):
        if scope == 0 and p.team is not None:
            return team_members[id(p.team)]
        if scope <= 1 and p.dept is not None:
            return dept_members[id(p.dept)]
        if scope <= 2 and p.division is not None:
            return division_members[id(p.division)]
        return persons if rng.random() < 0.5 else seniors

    styles = ["bare"] * 7 + ["attr"] * 2 + ["words"]
    while len(influence) < total_edges:
        a = pick_source()
        r = rng.random()
        scope = 0 if r < 0.50 else 1 if r < 0.77 else 2 if r < 0.92 else 3
        for attempt in range(8):
            pool = pool_for(a, scope + attempt // 2)
            b = pool[rng.randrange(len(pool))]
            if b is not a and (a.index, b.index) not in influence:
                w = round(rng.uniform(0.2, 0.9), 2)
                influence[(a.index, b.index)] = w
                relations.append(("influences", a, b, w, None, rng.choice(styles)))
                break

    # Dependencies, conflicts, alliances.
    directed_seen = set()
    for _ in range(round(people * 0.2)):
        a = persons[rng.randrange(people)]
        pool = pool_for(a, rng.choice((1, 1, 2, 3)))
        b = pool[rng.randrange(len(pool))]
        if b is a or (a.index, b.index) in directed_seen:
            continue
        directed_seen.add((a.index, b.index))
        topic = rng.choice(DEPENDENCY_TOPICS) if rng.random() < 0.8 else None
        relations.append(("depends-on", a, b, None, topic, None))
    pair_seen = set()
    for kind, count in (("conflicts-with", round(people * 0.02)), ("allied-with", round(people * 0.04))):
        for _ in range(count):
            a = persons[rng.randrange(people)]
            pool = pool_for(a, rng.choice((0, 1, 1, 2, 3)))
            b = pool[rng.randrange(len(pool))]
            key = (min(a.index, b.index), max(a.index, b.index))
            if b is a or key in pair_seen:
                continue
            pair_seen.add(key)
            topic = rng.choice(CONFLICT_TOPICS) if kind == "conflicts-with" and rng.random() < 0.7 else None
            # Write some the other way round: B conflicts-with A is the same relation.
            x, y = (a, b) if rng.random() < 0.5 else (b, a)
            relations.append((kind, x, y, None, topic, None))

    # Each relation goes into the innermost domain holding both ends.
    def chain(domain):
        out = []
        while domain is not None:
            out.append(domain)
            domain = domain.parent
        return out

    for relation in relations:
        _, a, b, _, _, _ = relation
        if a.domain is b.domain:
            a.domain.relations.append(relation)
            continue
        ancestors = {id(d) for d in chain(a.domain)}
        for d in chain(b.domain):
            if id(d) in ancestors:
                d.relations.append(relation)
                break

    return persons, root, me, influence, relations


def stakeholder_line(p):
    parts = [f"stakeholder {p.id} {quote(p.name)} role={quote(p.role)}",
             f"power={p.power}", f"interest={p.interest}", f"stance={p.stance}"]
    if p.openness is not None:
        parts.append(f"openness={number(p.openness)}")
    if p.goals:
        parts.append("goals=[" + ", ".join(g if g.isidentifier() else quote(g) for g in p.goals) + "]")
    if p.legitimacy is not None:
        parts.append(f"legitimacy={p.legitimacy} urgency={p.urgency}")
    if p.engagement is not None:
        parts.append(f"engagement={p.engagement}")
    return " ".join(parts)


def relation_line(relation):
    kind, a, b, w, topic, style = relation
    if kind == "influences":
        if style == "attr":
            return f"{a.id} -> {b.id} weight={number(w)}"
        if style == "words":
            return f"{a.id} influences {b.id} {number(w)}"
        return f"{a.id} -> {b.id} {number(w)}"
    line = f"{a.id} {kind} {b.id}"
    if topic is not None:
        line += " " + quote(topic)
    return line


def write_stakes(out, persons, root, me, args, influence, relations):
    counts = {}
    for relation in relations:
        counts[relation[0]] = counts.get(relation[0], 0) + 1
    w = out.write
    w(f"# Synthetic clustered organisation: {len(persons)} stakeholders, "
      f"{len(influence)} influence edges (declared and implied), {len(relations)} relations.\n")
    w(f"# Generated by Benchmarks/generate_org.py --people {args.people} "
      f"--influences-per-person {args.influences_per_person} --seed {args.seed}\n")
    w('title "Synthetic organisation"\n')
    w('goal  "Roll out the new operating model across the organisation"\n')
    w(f"me    {me.id}\n\n")

    def block(domain):
        indent = "  " * domain.depth
        if domain.id is not None:
            w(f"{'  ' * (domain.depth - 1)}domain {domain.id} {quote(domain.label)} {{\n")
        for p in domain.people:
            w(indent + stakeholder_line(p) + "\n")
        for child in domain.children:
            block(child)
        for relation in domain.relations:
            w(indent + relation_line(relation) + "\n")
        if domain.id is not None:
            w(f"{'  ' * (domain.depth - 1)}}}\n")

    block(root)


def write_edges(out, persons, influence):
    out.write(f"# nodes {len(persons)} edges {len(influence)}\n")
    out.write("# SOURCE TARGET WEIGHT: SOURCE influences TARGET (declared and implied by reports-to)\n")
    for (a, b), w in sorted(influence.items()):
        out.write(f"{persons[a].id} {persons[b].id} {number(w)}\n")


def write_dot(out, persons, root, influence):
    w = out.write
    w("digraph org {\n")

    def block(domain):
        indent = "  " * (domain.depth + 1)
        if domain.id is not None:
            w(f"{'  ' * domain.depth}subgraph cluster_{domain.id} {{\n{indent}label={quote(domain.label)};\n")
        for p in domain.people:
            w(f"{indent}{p.id} [label={quote(p.name)}];\n")
        for child in domain.children:
            block(child)
        if domain.id is not None:
            w(f"{'  ' * domain.depth}}}\n")

    block(root)
    for (a, b), weight in sorted(influence.items()):
        w(f"  {persons[a].id} -> {persons[b].id} [weight={number(weight)}];\n")
    w("}\n")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, required=True, help="number of stakeholders (≥ 50)")
    parser.add_argument("--influences-per-person", type=float, default=7.5,
                        help="influence edges per person in the analysed graph, implied ones included (default 7.5)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--out", required=True, help="the .stakes file to write ('-' for standard output)")
    parser.add_argument("--dot", help="also write the influence graph as Graphviz DOT")
    parser.add_argument("--edges", help="also write the influence graph as an edge list")
    args = parser.parse_args(argv)

    persons, root, me, influence, relations = generate(args.people, args.influences_per_person, args.seed)

    def open_out(path):
        return sys.stdout if path == "-" else open(path, "w", encoding="utf-8", newline="\n")

    with open_out(args.out) as out:
        write_stakes(out, persons, root, me, args, influence, relations)
    if args.edges:
        with open_out(args.edges) as out:
            write_edges(out, persons, influence)
    if args.dot:
        with open_out(args.dot) as out:
            write_dot(out, persons, root, influence)
    counts = {}
    for relation in relations:
        counts[relation[0]] = counts.get(relation[0], 0) + 1
    summary = ", ".join(f"{v} {k}" for k, v in sorted(counts.items()))
    print(f"generate_org.py: {len(persons)} stakeholders, {len(influence)} influence edges; "
          f"declared relations: {summary}", file=sys.stderr)


if __name__ == "__main__":
    main()
