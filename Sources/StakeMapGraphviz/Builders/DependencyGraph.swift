import StakeMap

/// The dependency graph: who needs what from whom. Each `depends-on` is an edge from
/// the one who needs to the one who provides, labelled with what is needed; people
/// are clustered by domain. Dependencies on opposed stakeholders (blockers) are red
/// and heavy, on resistant ones red and dashed; edges on a dependency cycle are blue
/// and marked "(cycle)".
public enum DependencyGraph {
  static let font = "Helvetica,Arial,sans-serif"
  /// The most people in dependencies drawn with `dot`; more are packed with `osage`.
  public static let dotLimit = 200

  /// The picture for a map.
  public static func picture(_ analysis: MapAnalysis) -> Picture {
    let involved = Set(analysis.map.relations.filter { $0.kind == .dependsOn }.flatMap { [$0.from, $0.to] })
    // dot needs newrank with clusters (without it Graphviz 2.42 can fail with "trouble
    // in init_rank" and then crash freeing the layout); newrank gets slow on big graphs.
    let engine: LayoutEngine = involved.count <= DependencyGraph.dotLimit ? .dot : .osage
    return Picture(dot: dot(analysis), engine: engine, notes: [])
  }

  /// The pairs of stakeholders on a dependency cycle, as relation identities.
  static func cycleEdges(_ map: StakeMap) -> Set<RelationIdentity> {
    let deps = map.relations.filter { $0.kind == .dependsOn }
    var index: [StakeholderID: Int] = [:]
    var ids: [StakeholderID] = []
    for r in deps {
      for id in [r.from, r.to] where index[id] == nil {
        index[id] = ids.count
        ids.append(id)
      }
    }
    var edges = [(Int, Int, Double)]()
    for r in deps { edges.append((index[r.from]!, index[r.to]!, 1)) }
    let network = InfluenceNetwork(count: ids.count, edges: edges)
    let components = network.stronglyConnectedComponents()
    var result = Set<RelationIdentity>()
    for r in deps {
      let a = index[r.from]!
      let b = index[r.to]!
      let ca = components.componentOfNode[a]
      if ca == components.componentOfNode[b], components.components[ca].count > 1 { result.insert(r.identity) }
    }
    return result
  }

  /// The DOT text.
  public static func dot(_ analysis: MapAnalysis) -> String {
    let map = analysis.map
    let deps = map.relations.filter { $0.kind == .dependsOn }
    let involved = Set(deps.flatMap { [$0.from, $0.to] })
    let indices = Set(map.stakeholders.indices.filter { involved.contains(map.stakeholders[$0].id) })
    var w = DOTWriter(directed: true)
    var attrs: [(String, DOTWriter.Value)] = [
      ("fontname", .text(font)), ("rankdir", .text("LR")), ("bgcolor", .text("white")),
      ("pad", .text("0.3")), ("nodesep", .text("0.4")), ("ranksep", .text("0.9")), ("newrank", .text("true")),
    ]
    let title = (map.title.map { $0 + ": " } ?? "") + "dependencies"
    attrs += [("label", .label(title)), ("labelloc", .text("t")), ("fontsize", .number(18))]
    w.open(graph: "dependencies", attrs)
    w.defaults(
      "node",
      [
        ("fontname", .text(font)), ("fontsize", .number(11)), ("shape", .text("box")),
        ("style", .text("rounded,filled")), ("margin", .text("0.12,0.06")),
      ])
    w.defaults("edge", [("fontname", .text(font)), ("fontsize", .number(9)), ("arrowsize", .number(0.8))])
    if deps.isEmpty {
      w.node(
        "#empty",
        [("shape", .text("plaintext")), ("style", .text("")), ("label", .label("No depends-on relations in this map"))])
      w.close()
      return w.text
    }
    let tree = DomainTree(map, including: indices)
    let blockedTargets = Set(deps.compactMap { r in map.stakeholder(r.to).flatMap { $0.stance <= -1.5 ? r.to : nil } })
    tree.walk(
      nil,
      open: { d, depth in w.open(subgraph: "cluster_" + d.id.rawValue, ClusterStyle.attributes(d, depth: depth)) },
      member: { i in
        let p = analysis.people[i]
        let s = p.stakeholder
        var label = "<B>\(DOTWriter.htmlText(s.displayName))</B>"
        if let role = s.role { label += "<BR/><FONT POINT-SIZE=\"9\">\(DOTWriter.htmlText(role))</FONT>" }
        if s.id == map.me { label += "<BR/><FONT POINT-SIZE=\"9\"><I>you</I></FONT>" }
        if blockedTargets.contains(s.id) { label += "<BR/><FONT POINT-SIZE=\"9\"><B>BLOCKER</B></FONT>" }
        var attrs: [(String, DOTWriter.Value)] = [
          ("label", .html(label)), ("fillcolor", .text(StancePalette.fill(s.stance))),
          ("fontcolor", .text(StancePalette.text(s.stance))),
          ("tooltip", .tooltip("\(s.displayName): stance \(ReportText.stance(s.stance))")),
        ]
        if s.id == map.me {
          attrs += [("penwidth", .number(3)), ("peripheries", .number(2)), ("color", .text("#000000"))]
        } else if blockedTargets.contains(s.id) {
          attrs += [("penwidth", .number(3.5)), ("color", .text("#b2182b"))]
        } else {
          attrs += [("color", .text("#555555"))]
        }
        w.node(s.id.rawValue, attrs)
      },
      close: { _ in w.close() })

    let cycles = cycleEdges(map)
    for r in deps {
      guard let provider = map.stakeholder(r.to) else { continue }
      let onCycle = cycles.contains(r.identity)
      var label = r.topic ?? ""
      var attrs: [(String, DOTWriter.Value)] = []
      var tooltip = "\(InfluenceGraph.name(r.from, map)) needs \(r.topic ?? "something") from \(provider.displayName)"
      if provider.stance <= -1.5 {
        attrs += [("color", .text("#b2182b")), ("penwidth", .number(3)), ("fontcolor", .text("#b2182b"))]
        label = "BLOCKER: " + label
        tooltip += " (blocker: opposed)"
      } else if provider.stance <= -0.5 {
        attrs += [
          ("color", .text("#b2182b")), ("penwidth", .number(2)), ("style", .text("dashed")),
          ("fontcolor", .text("#b2182b")),
        ]
        tooltip += " (at risk: resistant)"
      } else {
        attrs += [("color", .text("#4d4d4d")), ("penwidth", .number(1.4))]
      }
      if onCycle {
        attrs.removeAll { $0.0 == "color" }
        attrs += [("color", .text("#2166ac"))]
        label += " (cycle)"
        tooltip += " (on a dependency cycle)"
        if !attrs.contains(where: { $0.0 == "penwidth" }) { attrs.append(("penwidth", .number(2.5))) }
      }
      attrs += [("label", .label(label.trimmingSpaces)), ("tooltip", .tooltip(tooltip))]
      w.edge(r.from.rawValue, r.to.rawValue, attrs)
    }
    var rows = "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>Legend</B></TD></TR>"
    for (symbol, text) in [
      ("<FONT COLOR=\"#4d4d4d\">━━▶</FONT>", "needs (label: what)"),
      ("<FONT COLOR=\"#b2182b\">━━▶</FONT>", "needs it from an opposed stakeholder (BLOCKER)"),
      ("<FONT COLOR=\"#b2182b\">╍╍▶</FONT>", "needs it from a resistant stakeholder"),
      ("<FONT COLOR=\"#2166ac\">━━▶</FONT>", "on a dependency cycle (cycle)"),
    ] {
      rows += "<TR><TD ALIGN=\"LEFT\">\(symbol)</TD><TD ALIGN=\"LEFT\">\(text)</TD></TR>"
    }
    w.node(
      "#legend",
      [
        ("shape", .text("plaintext")), ("style", .text("")), ("fontsize", .number(10)),
        (
          "label",
          .html(
            "<TABLE BORDER=\"1\" COLOR=\"#bbbbbb\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">\(rows)</TABLE>"
          )
        ),
      ])
    w.close()
    return w.text
  }
}

extension String {
  var trimmingSpaces: String {
    var s = Substring(self)
    while s.first == " " { s.removeFirst() }
    while s.last == " " { s.removeLast() }
    return String(s)
  }
}
