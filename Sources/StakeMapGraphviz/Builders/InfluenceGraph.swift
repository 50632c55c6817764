import StakeMap

/// The influence graph: every domain a cluster `cluster_ID` (nested as in the map),
/// every stakeholder a node named by its id and labelled with name and role, coloured
/// by stance; influence edges as wide as their weight, alliances green, conflicts red
/// and dashed, reporting lines dotted from manager to report; `me`, the top allies and
/// the strongest blockers highlighted; a legend.
///
/// The layout engine follows the size: `dot` up to ``dotLimit`` stakeholders (with
/// `newrank`, which clusters need in Graphviz 2.42 and which makes dot slow on bigger
/// graphs: half a second at 60 people, minutes at 150); `osage`
/// (which keeps the nested clusters and packs them, 0.2 s for 1,000 people) up to
/// ``fullLimit``; above that a collapsed view with one node per domain, since a full
/// drawing of thousands of people is unreadable and slow. `fdp` also keeps clusters,
/// but Graphviz 2.42's `fdp` crashes now and then on nested clusters of this size (its
/// own command line too), so it is not used for them.
public enum InfluenceGraph {
  /// The most stakeholders drawn with `dot`.
  public static let dotLimit = 60
  /// The most stakeholders drawn one node each; larger maps are collapsed by domain.
  public static let fullLimit = 2500
  /// How many allies and blockers are highlighted.
  public static let highlighted = 3
  static let font = "Helvetica,Arial,sans-serif"

  /// The picture for a map.
  public static func picture(_ analysis: MapAnalysis, collapse: Bool? = nil) -> Picture {
    let n = analysis.map.stakeholders.count
    if collapse ?? (n > fullLimit) {
      return CollapsedInfluenceGraph.picture(analysis)
    }
    let engine: LayoutEngine = n <= dotLimit ? .dot : .osage
    var notes: [String] = []
    if engine == .osage {
      notes.append("\(n) stakeholders: domains packed with osage (dot is too slow past \(dotLimit))")
    }
    return Picture(dot: dot(analysis, engine: engine), engine: engine, notes: notes)
  }

  /// The strongest blockers: resistant or opposed, by power × influence, at most
  /// ``highlighted``; a resistant person who is among the highlighted allies is shown
  /// as an ally, not as a blocker.
  public static func blockers(_ analysis: MapAnalysis) -> [StakeholderID] {
    let maxRank = analysis.people.map(\.influenceRank).max() ?? 1
    let allies = Set(analysis.allies.prefix(highlighted).map(\.id))
    return analysis.people.filter {
      $0.stakeholder.stance <= -1 && $0.stakeholder.id != analysis.map.me && !allies.contains($0.stakeholder.id)
    }
    .sorted {
      let a = $0.stakeholder.effectivePower * (0.5 + $0.influenceRank / maxRank)
      let b = $1.stakeholder.effectivePower * (0.5 + $1.influenceRank / maxRank)
      return a > b
    }
    .prefix(highlighted).map(\.stakeholder.id)
  }

  /// The DOT text of the full graph.
  public static func dot(_ analysis: MapAnalysis, engine: LayoutEngine = .dot) -> String {
    let map = analysis.map
    var w = DOTWriter(directed: true)
    var graphAttributes: [(String, DOTWriter.Value)] = [
      ("fontname", .text(font)), ("bgcolor", .text("white")), ("compound", .text("true")),
      ("pad", .text("0.3")), ("nodesep", .text("0.35")), ("ranksep", .text("0.7")),
      ("outputorder", .text("edgesfirst")),
      // With clusters, dot needs newrank: without it Graphviz 2.42 can fail with
      // "trouble in init_rank" and then crash freeing the layout. newrank is what makes
      // dot slow on big graphs, hence the dot limit.
      ("newrank", .text(engine == .dot ? "true" : "false")),
    ]
    if let title = map.title {
      graphAttributes += [("label", .label(title)), ("labelloc", .text("t")), ("fontsize", .number(18))]
    }
    // Clusters packed into a roughly square picture rather than one long row.
    if engine == .osage { graphAttributes += [("packmode", .text("graph"))] }
    w.open(graph: "influence", graphAttributes)
    w.defaults(
      "node",
      [
        ("fontname", .text(font)), ("fontsize", .number(11)), ("shape", .text("box")),
        ("style", .text("rounded,filled")), ("margin", .text("0.12,0.06")),
      ])
    w.defaults("edge", [("fontname", .text(font)), ("fontsize", .number(9)), ("arrowsize", .number(0.7))])

    let allies = Array(analysis.allies.prefix(highlighted).map(\.id))
    let blockers = Set(blockers(analysis))
    let tree = DomainTree(map)
    tree.walk(
      nil,
      open: { d, depth in w.open(subgraph: "cluster_" + d.id.rawValue, ClusterStyle.attributes(d, depth: depth)) },
      member: { i in
        node(
          &w, analysis.people[i], map: map, allyRank: allies.firstIndex(of: analysis.people[i].stakeholder.id),
          blocker: blockers.contains(analysis.people[i].stakeholder.id))
      },
      close: { _ in w.close() })

    for r in map.relations {
      switch r.kind {
      case .influences:
        w.edge(
          r.from.rawValue, r.to.rawValue,
          [
            ("penwidth", .number(0.6 + 3 * r.effectiveWeight)), ("color", .text("#4d4d4d")),
            (
              "tooltip",
              .tooltip(
                "\(name(r.from, map)) influences \(name(r.to, map)) (weight \(NumberText.format(r.effectiveWeight)))")
            ),
          ])
      case .reportsTo:
        w.edge(
          r.to.rawValue, r.from.rawValue,
          [
            ("style", .text("dotted")), ("color", .text("#8c8c8c")), ("arrowhead", .text("empty")),
            ("penwidth", .number(1.2)),
            ("tooltip", .tooltip("\(name(r.from, map)) reports to \(name(r.to, map))")),
          ])
      case .alliedWith:
        w.edge(
          r.from.rawValue, r.to.rawValue,
          [
            ("dir", .text("none")), ("color", .text("#1b7837")), ("penwidth", .number(2.2)),
            ("constraint", .text("false")), ("style", .text("bold")),
            ("tooltip", .tooltip("\(name(r.from, map)) and \(name(r.to, map)) are allies")),
          ])
      case .conflictsWith:
        w.edge(
          r.from.rawValue, r.to.rawValue,
          [
            ("dir", .text("none")), ("color", .text("#d7191c")), ("penwidth", .number(2.2)),
            ("style", .text("dashed")), ("constraint", .text("false")), ("fontcolor", .text("#b2182b")),
            (
              "tooltip",
              .tooltip("\(name(r.from, map)) conflicts with \(name(r.to, map))" + (r.topic.map { ": \($0)" } ?? ""))
            ),
          ])
      case .dependsOn:
        continue
      }
    }
    legend(&w)
    w.close()
    return w.text
  }

  static func name(_ id: StakeholderID, _ map: StakeMap) -> String {
    map.stakeholder(id)?.displayName ?? id.rawValue
  }

  static func node(_ w: inout DOTWriter, _ p: MapAnalysis.Person, map: StakeMap, allyRank: Int?, blocker: Bool) {
    let s = p.stakeholder
    let isMe = s.id == map.me
    let fontColour = StancePalette.text(s.stance)
    var label = "<B>\(DOTWriter.htmlText(s.displayName))</B>"
    if let role = s.role { label += "<BR/><FONT POINT-SIZE=\"9\">\(DOTWriter.htmlText(role))</FONT>" }
    if isMe { label += "<BR/><FONT POINT-SIZE=\"9\"><I>you</I></FONT>" }
    if let rank = allyRank { label += "<BR/><FONT POINT-SIZE=\"9\">★ ally #\(rank + 1)</FONT>" }
    if blocker { label += "<BR/><FONT POINT-SIZE=\"9\"><B>BLOCKER</B></FONT>" }
    var attrs: [(String, DOTWriter.Value)] = [
      ("label", .html(label)), ("fillcolor", .text(StancePalette.fill(s.stance))),
      ("fontcolor", .text(fontColour)),
    ]
    var tooltip = s.displayName + (s.role.map { ", \($0)" } ?? "")
    tooltip += "\nstance \(ReportText.stance(s.stance)), predicted \(ReportText.stance(p.predictedStance))"
    tooltip +=
      "\npower \(ReportText.rating(s.power)), interest \(ReportText.rating(s.interest)), influence rank \(ReportText.percent(p.influenceRank))"
    attrs.append(("tooltip", .tooltip(tooltip)))
    if isMe {
      attrs += [("penwidth", .number(3)), ("color", .text("#000000")), ("peripheries", .number(2))]
    } else if allyRank != nil {
      attrs += [("penwidth", .number(3.5)), ("color", .text("#1b7837"))]
    } else if blocker {
      attrs += [("penwidth", .number(3.5)), ("color", .text("#b2182b"))]
    } else {
      attrs += [("penwidth", .number(1)), ("color", .text("#555555"))]
    }
    w.node(s.id.rawValue, attrs)
  }

  static func legend(_ w: inout DOTWriter) {
    var rows = "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>Legend</B></TD></TR>"
    let entries: [(String, String)] = [
      ("<FONT COLOR=\"#4d4d4d\">━━▶</FONT>", "influences (wider: stronger)"),
      ("<FONT COLOR=\"#8c8c8c\">┈┈▷</FONT>", "manager → report"),
      ("<FONT COLOR=\"#1b7837\">━━━</FONT>", "alliance"),
      ("<FONT COLOR=\"#d7191c\">╍╍╍</FONT>", "conflict (topic on hover)"),
      ("◎", "you (double border)"),
      ("<FONT COLOR=\"#1b7837\">★</FONT>", "suggested ally (green border)"),
      ("<FONT COLOR=\"#b2182b\">▣</FONT>", "blocker (red border)"),
    ]
    for (symbol, text) in entries {
      rows += "<TR><TD ALIGN=\"LEFT\">\(symbol)</TD><TD ALIGN=\"LEFT\">\(text)</TD></TR>"
    }
    for word in StanceWord.allCases.reversed() {
      rows +=
        "<TR><TD BGCOLOR=\"\(StancePalette.fill(word.value))\" BORDER=\"1\"> </TD><TD ALIGN=\"LEFT\">\(word.rawValue)</TD></TR>"
    }
    w.node(
      "#legend",
      [
        ("shape", .text("plaintext")), ("style", .text("")), ("fontsize", .number(10)),
        (
          "label",
          .html(
            "<TABLE BORDER=\"1\" COLOR=\"#bbbbbb\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\" BGCOLOR=\"#ffffff\">\(rows)</TABLE>"
          )
        ),
      ])
  }
}
