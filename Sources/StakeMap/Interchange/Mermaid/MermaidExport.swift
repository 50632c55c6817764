/// A map as Mermaid source, for pictures that render where Markdown does (GitHub,
/// GitLab, wikis, Notion) with no Graphviz: the power/interest grid as a
/// `quadrantChart`, the influence and dependency graphs as a `flowchart` with one
/// `subgraph` per domain, nested as the map nests them.
///
/// Every piece of text from the map goes through ``MermaidText/escape(_:)``; node ids
/// are `s_` and domain ids `d_` followed by the map's id with anything but ASCII
/// letters, digits and `_` replaced by `_`.
public enum MermaidExport {
  /// The fills of the five stance classes, opposed to champion (ColorBrewer PuOr, as
  /// the Graphviz pictures use), with a text colour that reads on each.
  static let stanceStyles: [(StanceWord, fill: String, text: String)] = [
    (.opposed, "#e66101", "#ffffff"), (.resistant, "#fdb863", "#1a1a1a"), (.neutral, "#f7f7f7", "#1a1a1a"),
    (.supportive, "#b2abd2", "#1a1a1a"), (.champion, "#5e3c99", "#ffffff"),
  ]

  // MARK: - Grid

  /// The power/interest grid as a `quadrantChart`: interest grows to the right and
  /// power upward; quadrant 1 (top right) is manage closely, 2 keep satisfied,
  /// 3 monitor, 4 keep informed.
  ///
  /// Mermaid draws the quadrant lines at the middle of each axis, so a rating is
  /// placed on 0–1 piecewise: 0…threshold onto 0…0.5 and threshold…10 onto 0.5…1
  /// (with the default thresholds of 5, simply rating ÷ 10). Every point then lies in
  /// the quadrant the analysis puts it in. Coordinates have at most three decimals.
  /// Unrated stakeholders are placed as medium (5) and marked "(unrated)"; `me` is
  /// marked "(you)".
  public static func quadrantChart(_ map: StakeMap) -> String {
    var out = "quadrantChart\n"
    out += "  title \(MermaidText.escape(map.title ?? "Power and interest"))\n"
    out += "  x-axis Low interest --> High interest\n"
    out += "  y-axis Low power --> High power\n"
    out += "  quadrant-1 \(Quadrant.manageClosely.title)\n"
    out += "  quadrant-2 \(Quadrant.keepSatisfied.title)\n"
    out += "  quadrant-3 \(Quadrant.monitor.title)\n"
    out += "  quadrant-4 \(Quadrant.keepInformed.title)\n"
    for s in map.stakeholders {
      var name = s.displayName
      if s.isUnrated { name += " (unrated)" }
      if s.id == map.me { name += " (you)" }
      let x = scaled(s.effectiveInterest, threshold: map.thresholds.interest)
      let y = scaled(s.effectivePower, threshold: map.thresholds.power)
      out += "  \"\(MermaidText.escape(name))\": [\(coordinate(x)), \(coordinate(y))]\n"
    }
    return out
  }

  /// A 0–10 rating on Mermaid's 0–1 axis, the threshold at 0.5.
  static func scaled(_ rating: Double, threshold: Double) -> Double {
    let v = max(0, min(10, rating))
    let t = max(0, min(10, threshold))
    if v < t { return 0.5 * v / t }
    return t < 10 ? 0.5 + 0.5 * (v - t) / (10 - t) : 0.5
  }

  /// A coordinate as Mermaid's grammar takes it: `0`, `1` or `0.` and digits.
  static func coordinate(_ x: Double) -> String {
    NumberText.format((max(0, min(1, x)) * 1000).rounded() / 1000)
  }

  // MARK: - Graphs

  /// The influence graph as a `flowchart TD`: a node per stakeholder (name and role,
  /// filled by stance), a subgraph per domain; influences as arrows labelled with
  /// their weight when the map gives one, reporting lines dotted from manager to
  /// report, alliances thick and green, conflicts dotted and red with their topic.
  public static func influenceFlowchart(_ map: StakeMap) -> String {
    let relations = map.relations.filter { $0.kind != .dependsOn }
    var edges: [Edge] = []
    for r in relations {
      switch r.kind {
      case .influences:
        edges.append(Edge(from: r.from, link: "-->", label: r.weight.map(NumberText.format), to: r.to, style: nil))
      case .reportsTo:
        edges.append(Edge(from: r.to, link: "-.->", label: "manages", to: r.from, style: nil))
      case .alliedWith:
        edges.append(
          Edge(from: r.from, link: "===", label: "allied", to: r.to, style: "stroke:#1b7837,stroke-width:3px"))
      case .conflictsWith:
        edges.append(
          Edge(
            from: r.from, link: "-.-", label: "conflict" + (r.topic.map { " over " + $0 } ?? ""), to: r.to,
            style: "stroke:#d7191c,stroke-width:2px"))
      case .dependsOn:
        continue
      }
    }
    return flowchart(
      map, direction: "TD", title: map.title, members: map.stakeholders.indices, edges: edges,
      empty: "No stakeholders in this map")
  }

  /// The dependency graph as a `flowchart LR`: each `depends-on` an arrow from the one
  /// who needs to the one who provides, labelled with what is needed; only the
  /// stakeholders involved, in their domains. A dependency on someone resistant or
  /// opposed is red.
  public static func dependencyFlowchart(_ map: StakeMap) -> String {
    let deps = map.relations.filter { $0.kind == .dependsOn }
    let involved = Set(deps.flatMap { [$0.from, $0.to] })
    let stance = Dictionary(map.stakeholders.map { ($0.id, $0.stance) }, uniquingKeysWith: { a, _ in a })
    let edges = deps.map { r in
      Edge(
        from: r.from, link: "-->", label: r.topic, to: r.to,
        style: (stance[r.to] ?? 0) <= -1 ? "stroke:#d7191c,stroke-width:2px" : nil)
    }
    let title = (map.title.map { $0 + " — " } ?? "") + "dependencies"
    return flowchart(
      map, direction: "LR", title: title,
      members: map.stakeholders.indices.filter { involved.contains(map.stakeholders[$0].id) }, edges: edges,
      empty: "No depends-on relations in this map")
  }

  /// An edge to write: ends, Mermaid link, optional label and link style.
  struct Edge {
    var from: StakeholderID
    var link: String
    var label: String?
    var to: StakeholderID
    var style: String?
  }

  static func flowchart(
    _ map: StakeMap, direction: String, title: String?, members: some Sequence<Int>, edges: [Edge], empty: String
  ) -> String {
    var out = ""
    if let title { out += "---\ntitle: \"\(MermaidText.escape(title))\"\n---\n" }
    out += "flowchart \(direction)\n"
    let included = Array(members)
    if included.isEmpty {
      return out + "  empty[\"\(MermaidText.escape(empty))\"]\n"
    }
    let nodeIDs = MermaidText.identifiers(map.stakeholders.map(\.id.rawValue), prefix: "s_")
    let domainIDs = MermaidText.identifiers(map.domains.map(\.id.rawValue), prefix: "d_")
    func node(_ id: StakeholderID) -> String {
      nodeIDs[id.rawValue] ?? MermaidText.identifier(id.rawValue, prefix: "s_")
    }

    // Domains as a tree, keeping only those that hold someone included.
    var children: [DomainID?: [Domain]] = [:]
    for d in map.domains { children[d.parent, default: []].append(d) }
    var direct: [DomainID?: [Int]] = [:]
    for i in included { direct[map.stakeholders[i].domain, default: []].append(i) }
    var holds: [DomainID: Bool] = [:]
    func holdsSomeone(_ id: DomainID, depth: Int = 0) -> Bool {
      if let known = holds[id] { return known }
      let result =
        !(direct[id] ?? []).isEmpty
        || (depth < map.domains.count && (children[id] ?? []).contains { holdsSomeone($0.id, depth: depth + 1) })
      holds[id] = result
      return result
    }
    func write(_ parent: DomainID?, indent: String, depth: Int) {
      for i in direct[parent] ?? [] {
        let s = map.stakeholders[i]
        var label = MermaidText.escape(s.displayName)
        if let role = s.role { label += "<br/>" + MermaidText.escape(role) }
        if s.id == map.me { label += "<br/>(you)" }
        out += "\(indent)\(node(s.id))[\"\(label)\"]\n"
      }
      guard depth <= map.domains.count else { return }
      for d in children[parent] ?? [] where holdsSomeone(d.id) {
        let id = domainIDs[d.id.rawValue] ?? MermaidText.identifier(d.id.rawValue, prefix: "d_")
        out += "\(indent)subgraph \(id)[\"\(MermaidText.escape(d.displayLabel))\"]\n"
        write(d.id, indent: indent + "  ", depth: depth + 1)
        out += "\(indent)end\n"
      }
    }
    write(nil, indent: "  ", depth: 0)

    for e in edges {
      let label = e.label.map { "|\"\(MermaidText.escape($0))\"|" } ?? ""
      out += "  \(node(e.from)) \(e.link)\(label) \(node(e.to))\n"
    }

    for (word, fill, text) in stanceStyles {
      out += "  classDef \(word.rawValue) fill:\(fill),color:\(text),stroke:#555555\n"
    }
    out += "  classDef me stroke:#000000,stroke-width:3px\n"
    var byClass: [StanceWord: [String]] = [:]
    for i in included {
      let s = map.stakeholders[i]
      byClass[StanceWord(nearest: s.stance), default: []].append(node(s.id))
    }
    for (word, _, _) in stanceStyles {
      if let ids = byClass[word] { out += "  class \(ids.joined(separator: ",")) \(word.rawValue)\n" }
    }
    if let me = map.me, included.contains(where: { map.stakeholders[$0].id == me }) {
      out += "  class \(node(me)) me\n"
    }
    // Links are numbered in the order written; one linkStyle line per style.
    var styled: [(style: String, links: [Int])] = []
    for (i, e) in edges.enumerated() {
      guard let style = e.style else { continue }
      if let k = styled.firstIndex(where: { $0.style == style }) {
        styled[k].links.append(i)
      } else {
        styled.append((style, [i]))
      }
    }
    for (style, links) in styled {
      out += "  linkStyle \(links.map(String.init).joined(separator: ",")) \(style)\n"
    }
    return out
  }
}
