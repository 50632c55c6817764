/// The Markdown report of `analyze`, `allies` and `conflicts`: for a wiki page or a
/// weekly update. Text from the map is escaped so it cannot break a table or add
/// markup.
public enum AnalysisMarkdown {
  /// Escapes Markdown and HTML metacharacters in text from the map; line breaks and
  /// tabs become spaces, other control characters U+FFFD.
  public static func escape(_ s: String) -> String {
    var out = ""
    for ch in s {
      switch ch {
      case "\\", "`", "*", "_", "[", "]", "#", "|", "!", "~": out += "\\\(ch)"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "&": out += "&amp;"
      case "\n", "\r", "\t": out += " "
      default:
        // Other control characters (an escape starting terminal codes, say) are shown
        // as U+FFFD, as in the text report.
        out += ReportText.plain(String(ch))
      }
    }
    return out
  }

  /// The report text.
  public static func render(_ a: MapAnalysis, sections: AnalysisSections) -> String {
    let names = a.names
    let domains = DomainLookup(a.map)
    func name(_ id: StakeholderID) -> String { escape(names[id] ?? id.rawValue) }
    func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n" }
    var out = ""
    if sections.contains(.summary) {
      out += "# \(escape(a.map.title ?? "Stakeholder map"))\n\n"
      if let goal = a.map.goal { out += "**Goal:** \(escape(goal))\n\n" }
      if let me = a.map.me { out += "**Point of view:** \(name(me))\n\n" }
      out += "**Alignment** (influence-weighted stance, −2…+2): \(ReportText.stance(a.alignment.now)) now, "
      out += "\(ReportText.stance(a.alignment.predicted)) predicted.\n"
    }
    if sections.contains(.stakeholders) {
      out += "\n## Stakeholders\n\n"
      out += row([
        "Stakeholder", "Role", "Quadrant", "Power", "Interest", "Stance", "Predicted", "Rank", "Brokerage", "Salience",
      ])
      out += "|---|---|---|--:|--:|--:|--:|--:|--:|---|\n"
      for p in a.people {
        let s = p.stakeholder
        out += row([
          "\(escape(s.displayName)) (`\(s.id.rawValue.replacingBackticks)`)", escape(s.role ?? ""),
          p.positioning.quadrant.title + (p.positioning.borderline ? " (borderline)" : ""),
          ReportText.rating(s.power), ReportText.rating(s.interest), ReportText.fixed2(s.stance),
          ReportText.fixed2(p.predictedStance), ReportText.percent(p.influenceRank),
          ReportText.fixed2(p.brokerage), p.positioning.salience?.rawValue ?? "",
        ])
      }
      let unrated = a.people.filter(\.positioning.unrated).map { name($0.stakeholder.id) }
      if !unrated.isEmpty { out += "\nUnrated (analysed as medium): \(unrated.joined(separator: ", ")).\n" }
      if a.brokerageIsEstimate, let k = a.brokeragePivots {
        out += "\nBrokerage is an estimate from \(k) sampled sources.\n"
      }
      if !a.domainAlignment.isEmpty {
        out += "\n## Alignment by domain\n\n"
        out += row(["Domain", "People", "Now", "Predicted"]) + "|---|--:|--:|--:|\n"
        for (d, value) in a.domainAlignment {
          out += row([
            escape(domains.label(d)), "\(value.count)",
            ReportText.fixed2(value.now), ReportText.fixed2(value.predicted),
          ])
        }
      }
    }
    if sections.contains(.brokers) {
      let spanners = ReportText.spanners(a)
      if !spanners.isEmpty {
        out += "\n## Boundary spanners\n\n"
        out += row(["Stakeholder", "Brokerage", "Roles"]) + "|---|--:|---|\n"
        for p in spanners {
          out += row([name(p.stakeholder.id), ReportText.fixed2(p.brokerage), ReportText.roles(p.roles)])
        }
      }
    }
    if sections.contains(.conflicts) {
      out += "\n## Conflicts\n\n"
      if a.conflicts.isEmpty { out += "None declared or inferred.\n" }
      for (i, c) in a.conflicts.enumerated() {
        out += "\(i + 1). **\(name(c.a)) vs \(name(c.b))**"
        out += c.topic.map { " over “\(escape($0))”" } ?? ""
        out += " (\(c.kind.rawValue), \(c.severityLevel) severity)  \n"
        out +=
          "   Common ground: \(c.commonGround.isEmpty ? "none" : c.commonGround.map(escape).joined(separator: ", ")).  \n"
        out += "   \(escape(ConflictAdvice.text(c, names: names)))\n"
      }
      out += "\n## Tension triangles\n\n"
      if a.tensionTriangles.total == 0 { out += "None.\n" }
      for t in a.tensionTriangles.triangles {
        out += "- \(name(t.pivot)) is allied with both \(name(t.a)) and \(name(t.b)), who conflict.\n"
      }
      let unlisted = a.tensionTriangles.total - a.tensionTriangles.triangles.count
      if unlisted > 0 { out += "\n… and \(unlisted) more, not listed.\n" }
      out += "\n## Factions\n\n"
      if a.factions.isEmpty { out += "None.\n" }
      for (i, f) in a.factions.enumerated() {
        out += "\(i + 1). **\(name(f.leader))'s group**: \(f.members.map(name).joined(separator: ", ")). "
        out += "Mean stance \(ReportText.stance(f.meanStance)), total power \(NumberText.format(f.totalPower))"
        out += f.sharedGoals.isEmpty ? ".\n" : ", shared goals: \(f.sharedGoals.map(escape).joined(separator: ", ")).\n"
      }
    }
    if sections.contains(.allies) {
      out += "\n## Allies to win over first\n\n"
      if a.allies.isEmpty { out += "None found.\n" }
      for (i, ally) in a.allies.enumerated() {
        out += "\(i + 1). **\(name(ally.id))** — expected gain \(ReportText.signed3(ally.score))"
        out += " (\(ReportText.signed3(ally.gain)) if won × \(ReportText.percent(ally.likelihood)) likely)  \n"
        if let path = ally.path { out += "   Path: \(path.map(name).joined(separator: " → "))  \n" }
        out += "   " + ally.reasons.map(escape).joined(separator: "; ") + ".\n"
      }
    }
    return out
  }
}

extension String {
  /// Backticks replaced so the text fits in a code span.
  var replacingBackticks: String { replacingOccurrences(of: "`", with: "'") }
}
