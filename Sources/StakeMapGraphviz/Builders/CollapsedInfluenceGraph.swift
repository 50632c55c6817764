import StakeMap

/// The influence graph of a large map with one node per domain: its people's count
/// and mean stance, and edges that count the influence relations between domains (the
/// strongest 3 per domain drawn), laid out with fdp.
enum CollapsedInfluenceGraph {
  /// The most groups drawn.
  static let groupLimit = 150

  static func picture(_ analysis: MapAnalysis) -> Picture {
    let map = analysis.map
    // Depth of each domain; pick the deepest level with at most groupLimit groups.
    var depth: [DomainID: Int] = [:]
    let parents = Dictionary(map.domains.map { ($0.id, $0.parent) }, uniquingKeysWith: { a, _ in a })
    for d in map.domains {
      var k = 0
      var current = d.parent
      while let p = current, k <= map.domains.count {
        k += 1
        current = parents[p] ?? nil
      }
      depth[d.id] = k
    }
    var level = 0
    while true {
      let count = map.domains.filter { (depth[$0.id] ?? 0) <= level + 1 }.count
      if count > groupLimit || count == map.domains.filter({ (depth[$0.id] ?? 0) <= level }).count { break }
      level += 1
    }
    func group(_ s: Stakeholder) -> String {
      guard var d = s.domain else { return "(no domain)" }
      while (depth[d] ?? 0) > level, let p = parents[d] ?? nil { d = p }
      return d.rawValue
    }
    var order: [String] = []
    var members: [String: [Int]] = [:]
    for (i, s) in map.stakeholders.enumerated() {
      let g = group(s)
      if members[g] == nil { order.append(g) }
      members[g, default: []].append(i)
    }
    let groupOf = map.stakeholders.map(group)
    let domains = DomainLookup(map)
    var w = DOTWriter(directed: true)
    var attrs: [(String, DOTWriter.Value)] = [
      ("fontname", .text(InfluenceGraph.font)), ("overlap", .text("prism")), ("splines", .text("line")),
      ("pad", .text("0.3")), ("outputorder", .text("edgesfirst")),
    ]
    let title =
      (map.title.map { $0 + ": " } ?? "") + "influence between domains (\(map.stakeholders.count) people, collapsed)"
    attrs += [("label", .label(title)), ("labelloc", .text("t")), ("fontsize", .number(16))]
    w.open(graph: "influence", attrs)
    w.defaults(
      "node",
      [
        ("fontname", .text(InfluenceGraph.font)), ("shape", .text("box")), ("style", .text("rounded,filled")),
        ("fontsize", .number(11)),
      ])
    for g in order {
      let list = members[g]!
      let mean = list.map { map.stakeholders[$0].stance }.reduce(0, +) / Double(list.count)
      let label = domains.label(DomainID(g))
      w.node(
        "domain:" + g,
        [
          (
            "label",
            .html(
              "<B>\(DOTWriter.htmlText(label))</B><BR/><FONT POINT-SIZE=\"9\">\(list.count) people, mean stance \(ReportText.fixed2(mean))</FONT>"
            )
          ),
          ("fillcolor", .text(StancePalette.fill(mean))), ("fontcolor", .text(StancePalette.text(mean))),
        ])
    }
    var counts: [String: (Int, String, String)] = [:]
    var edgeOrder: [String] = []
    for r in map.influenceRelations {
      guard let a = analysis.network.index[r.from], let b = analysis.network.index[r.to] else { continue }
      let ga = groupOf[a]
      let gb = groupOf[b]
      guard ga != gb else { continue }
      let key = ga + "\u{0}" + gb
      if counts[key] == nil { edgeOrder.append(key) }
      counts[key] = ((counts[key]?.0 ?? 0) + 1, ga, gb)
    }
    // Only the strongest links: a full mesh between dozens of domains says nothing.
    let edgeLimit = 3 * order.count
    let kept = edgeOrder.enumerated().sorted { a, b in
      let (ca, cb) = (counts[a.element]!.0, counts[b.element]!.0)
      return ca != cb ? ca > cb : a.offset < b.offset
    }.prefix(edgeLimit).sorted { $0.offset < $1.offset }.map(\.element)
    for key in kept {
      let (count, a, b) = counts[key]!
      w.edge(
        "domain:" + a, "domain:" + b,
        [
          ("penwidth", .number(min(8, 0.5 + Double(count).squareRoot()))), ("label", .text("\(count)")),
          ("color", .text("#4d4d4d")),
        ])
    }
    w.close()
    var notes = [
      "\(map.stakeholders.count) stakeholders are too many to draw one by one (limit \(InfluenceGraph.fullLimit)): drew one node per domain instead"
    ]
    if kept.count < edgeOrder.count {
      notes.append("showing the \(kept.count) strongest of \(edgeOrder.count) links between domains")
    }
    // fdp: `dot` spends minutes routing hundreds of parallel links between a few nodes.
    return Picture(dot: w.text, engine: .fdp, notes: notes)
  }
}
