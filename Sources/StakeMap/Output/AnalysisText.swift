/// The terminal report of `analyze`, `allies` and `conflicts`: headings, aligned
/// tables, numbered lists. Colour only when asked (a terminal without NO_COLOR).
/// Text from the map goes through ``ReportText/plain(_:)``, so that no name, goal or
/// topic can break a line or send escape codes to the terminal.
public enum AnalysisText {
  /// The report text.
  public static func render(_ a: MapAnalysis, sections: AnalysisSections, colour: Bool = false) -> String {
    func bold(_ s: String) -> String { colour ? "\u{1B}[1m\(s)\u{1B}[0m" : s }
    func stanceColour(_ x: Double, _ s: String) -> String {
      guard colour else { return s }
      return x <= -0.5 ? "\u{1B}[31m\(s)\u{1B}[0m" : x >= 0.5 ? "\u{1B}[32m\(s)\u{1B}[0m" : s
    }
    let names = a.names.mapValues(ReportText.plain)
    let domains = DomainLookup(a.map)
    let plain = ReportText.plain
    func person(_ s: Stakeholder) -> String { plain(ReportText.person(s)) }
    var out = ""

    if sections.contains(.summary) {
      out += bold(plain(a.map.title ?? "Stakeholder map")) + "\n"
      if let goal = a.map.goal { out += "Goal: \(plain(goal))\n" }
      if let me = a.map.me, let s = a.map.stakeholder(me) { out += "You: \(person(s))\n" }
      out += "Alignment (influence-weighted stance): \(ReportText.stance(a.alignment.now)) now, "
      out += "\(ReportText.stance(a.alignment.predicted)) predicted\n"
    }

    if sections.contains(.stakeholders) {
      out += "\n" + bold("STAKEHOLDERS") + "\n"
      var table = TextTable(
        ["id", "name", "quadrant", "power", "interest", "stance", "predicted", "rank", "brokerage", "salience"],
        alignments: [.left, .left, .left, .right, .right, .right, .right, .right, .right, .left])
      for p in a.people {
        let s = p.stakeholder
        table.add([
          s.id.rawValue, s.displayName,
          p.positioning.quadrant.rawValue + (p.positioning.borderline ? "*" : ""),
          ReportText.rating(s.power), ReportText.rating(s.interest),
          ReportText.fixed2(s.stance), ReportText.fixed2(p.predictedStance),
          ReportText.percent(p.influenceRank), ReportText.fixed2(p.brokerage),
          p.positioning.salience?.rawValue ?? "",
        ])
      }
      out += table.render(style: bold)
      out += "* borderline: power or interest within one point of a threshold\n"
      let unrated = a.people.filter(\.positioning.unrated).map(\.stakeholder.id.rawValue)
      if !unrated.isEmpty { out += "? unrated, analysed as medium (5): \(unrated.joined(separator: ", "))\n" }
      if a.brokerageIsEstimate, let k = a.brokeragePivots {
        out += "brokerage is an estimate from \(k) sampled sources (use --exact for the full computation)\n"
      }
      for group in a.consensusGroups {
        out +=
          "no stubborn member in {\(group.map(\.rawValue).joined(separator: ", "))}: the prediction there is a consensus, not a stable split\n"
      }
      let gaps = a.people.filter { $0.positioning.engagementGap > 0 }
      if !gaps.isEmpty {
        out += "\n" + bold("ENGAGEMENT GAPS") + "\n"
        var table = TextTable(["id", "quadrant", "now", "wanted", "cadence"])
        for p in gaps {
          table.add([
            p.stakeholder.id.rawValue, p.positioning.quadrant.title,
            p.positioning.engagement.rawValue, p.positioning.desiredEngagement.rawValue,
            p.positioning.quadrant.cadence,
          ])
        }
        out += table.render(style: bold)
      }
      if !a.domainAlignment.isEmpty {
        out += "\n" + bold("ALIGNMENT BY DOMAIN") + "\n"
        var table = TextTable(["domain", "people", "now", "predicted"], alignments: [.left, .right, .right, .right])
        for (d, value) in a.domainAlignment {
          table.add([
            domains.label(d), "\(value.count)",
            ReportText.fixed2(value.now), ReportText.fixed2(value.predicted),
          ])
        }
        out += table.render(style: bold)
      }
    }

    if sections.contains(.brokers) {
      let spanners = ReportText.spanners(a)
      if !spanners.isEmpty {
        out += "\n" + bold("BOUNDARY SPANNERS") + " (who carries influence between domains)\n"
        var table = TextTable(["id", "name", "brokerage", "roles"], alignments: [.left, .left, .right, .left])
        for p in spanners {
          table.add([
            p.stakeholder.id.rawValue, p.stakeholder.displayName, ReportText.fixed2(p.brokerage),
            ReportText.roles(p.roles),
          ])
        }
        out += table.render(style: bold)
      }
    }

    if sections.contains(.conflicts) {
      out += "\n" + bold("CONFLICTS") + "\n"
      if a.conflicts.isEmpty { out += "none declared or inferred\n" }
      for (i, c) in a.conflicts.enumerated() {
        let topic = c.topic.map { " over \"\(plain($0))\"" } ?? ""
        out += "\(i + 1). \(names[c.a] ?? c.a.rawValue) vs \(names[c.b] ?? c.b.rawValue)\(topic)"
        out += " [\(c.kind.rawValue), \(c.severityLevel) severity \(ReportText.fixed2(c.severity))]\n"
        out += "   common ground: \(c.commonGround.isEmpty ? "none" : plain(c.commonGround.joined(separator: ", ")))\n"
        out += "   approach: \(plain(ConflictAdvice.text(c, names: names)))\n"
      }
      out += "\n" + bold("TENSION TRIANGLES") + " (allied with both sides of a conflict)\n"
      if a.tensionTriangles.total == 0 { out += "none\n" }
      for t in a.tensionTriangles.triangles {
        out +=
          "- \(names[t.pivot] ?? t.pivot.rawValue) is allied with both \(names[t.a] ?? t.a.rawValue) and \(names[t.b] ?? t.b.rawValue)\n"
      }
      if a.tensionTriangles.total > a.tensionTriangles.triangles.count {
        out += "… and \(a.tensionTriangles.total - a.tensionTriangles.triangles.count) more\n"
      }
      out += "\n" + bold("FACTIONS") + " (groups that move together)\n"
      if a.factions.isEmpty { out += "none\n" }
      for (i, f) in a.factions.enumerated() {
        out += "\(i + 1). \(names[f.leader] ?? f.leader.rawValue)'s group: "
        out += f.members.map { names[$0] ?? $0.rawValue }.joined(separator: ", ") + "\n"
        out +=
          "   mean stance \(stanceColour(f.meanStance, ReportText.stance(f.meanStance))), total power \(NumberText.format(f.totalPower))"
        out += f.sharedGoals.isEmpty ? "\n" : ", shared goals: \(plain(f.sharedGoals.joined(separator: ", ")))\n"
      }
    }

    if sections.contains(.allies) {
      out += "\n" + bold("ALLIES TO WIN OVER FIRST") + "\n"
      if a.allies.isEmpty {
        out +=
          a.map.me == nil
          ? "none found (no candidates: everyone is a champion, opposed, or the map is empty)\n"
          : "none reachable: no neutral, supportive or resistant stakeholder can be reached from you through influence\n"
      }
      for (i, ally) in a.allies.enumerated() {
        guard let s = a.map.stakeholder(ally.id) else { continue }
        out += "\(i + 1). \(bold(person(s)))"
        out += s.role.map { ", \(plain($0))" } ?? ""
        out +=
          "\n   expected gain \(ReportText.signed3(ally.score)) = \(ReportText.signed3(ally.gain)) alignment if won"
        out += " × \(ReportText.percent(ally.likelihood)) likely\n"
        if let path = ally.path { out += "   path: \(ReportText.path(path, names: names))\n" }
        for reason in ally.reasons { out += "   - \(plain(reason))\n" }
      }
    }
    while out.hasPrefix("\n") { out.removeFirst() }
    return out
  }
}
