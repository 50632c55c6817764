/// `analyze --format json`: one JSON object with the keys FORMAT.md lists, in a fixed
/// order, plus a few more (``MapAnalysis`` documents each measure).
public enum AnalysisJSON {
  /// The JSON text, ending in a newline.
  ///
  /// `sections` leaves out what a command does not show (`allies` prints only the
  /// header and the allies); `analyze` passes `.all`.
  public static func render(_ a: MapAnalysis, sections: AnalysisSections = .all) -> String {
    var w = JSONWriter()
    w.beginObject()
    w.string("title", a.map.title)
    w.string("goal", a.map.goal)
    w.string("me", a.map.me?.rawValue)
    w.beginObject("thresholds")
    w.number("power", a.map.thresholds.power)
    w.number("interest", a.map.thresholds.interest)
    w.number("salience", a.map.thresholds.salience)
    w.endObject()
    if sections.contains(.stakeholders) {
      w.beginArray("stakeholders")
      for p in a.people { person(p, &w) }
      w.endArray()
      w.beginObject("brokerageEstimate")
      w.bool("sampled", a.brokerageIsEstimate)
      w.integer("pivots", a.brokeragePivots)
      w.endObject()
    }
    if sections.contains(.conflicts) { conflictSections(a, &w) }
    if sections.contains(.allies) { allies(a, &w) }
    if sections.contains(.summary) { summary(a, &w) }
    w.endObject()
    return w.text + "\n"
  }

  private static func conflictSections(_ a: MapAnalysis, _ w: inout JSONWriter) {
    w.beginArray("conflicts")
    for c in a.conflicts { conflict(c, a, &w) }
    w.endArray()
    w.beginArray("tensionTriangles")
    for t in a.tensionTriangles.triangles {
      w.beginObject()
      w.string("pivot", t.pivot.rawValue)
      w.string("a", t.a.rawValue)
      w.string("b", t.b.rawValue)
      w.strings("members", [t.a.rawValue, t.pivot.rawValue, t.b.rawValue])
      w.endObject()
    }
    w.endArray()
    w.integer("tensionTrianglesTotal", a.tensionTriangles.total)
    w.beginArray("factions")
    for f in a.factions {
      w.beginObject()
      w.strings("members", f.members.map(\.rawValue))
      w.string("leader", f.leader.rawValue)
      w.number("meanStance", f.meanStance)
      w.number("totalPower", f.totalPower)
      w.strings("sharedGoals", f.sharedGoals)
      w.endObject()
    }
    w.endArray()
  }

  private static func allies(_ a: MapAnalysis, _ w: inout JSONWriter) {
    w.beginArray("allies")
    for (rank, ally) in a.allies.enumerated() {
      w.beginObject()
      w.integer("rank", rank + 1)
      w.string("id", ally.id.rawValue)
      w.number("score", ally.score)
      w.number("gain", ally.gain)
      w.number("likelihood", ally.likelihood)
      w.strings("reasons", ally.reasons)
      if let path = ally.path { w.strings("path", path.map(\.rawValue)) }
      w.endObject()
    }
    w.endArray()
  }

  private static func summary(_ a: MapAnalysis, _ w: inout JSONWriter) {
    w.beginObject("alignment")
    w.beginObject("overall")
    alignment(a.alignment, &w)
    w.endObject()
    w.beginArray("byDomain")
    for (domain, value) in a.domainAlignment {
      w.beginObject()
      w.string("domain", domain.rawValue)
      alignment(value, &w)
      w.endObject()
    }
    w.endArray()
    w.endObject()
    w.beginArray("consensusGroups")
    for group in a.consensusGroups { w.strings(nil, group.map(\.rawValue)) }
    w.endArray()
  }

  private static func person(_ p: MapAnalysis.Person, _ w: inout JSONWriter) {
    let s = p.stakeholder
    w.beginObject()
    w.string("id", s.id.rawValue)
    w.string("name", s.displayName)
    w.string("role", s.role)
    w.string("domain", s.domain?.rawValue)
    w.number("power", s.power)
    w.number("interest", s.interest)
    w.bool("unrated", s.isUnrated)
    w.number("stance", s.stance)
    w.string("quadrant", p.positioning.quadrant.rawValue)
    w.bool("borderline", p.positioning.borderline)
    if let salience = p.positioning.salience { w.string("salience", salience.rawValue) }
    w.number("influenceRank", p.influenceRank)
    w.number("brokerage", p.brokerage)
    w.beginObject("brokerageRoles")
    w.integer("coordinator", p.roles.coordinator)
    w.integer("itinerant", p.roles.itinerant)
    w.integer("representative", p.roles.representative)
    w.integer("gatekeeper", p.roles.gatekeeper)
    w.integer("liaison", p.roles.liaison)
    w.endObject()
    w.number("predictedStance", p.predictedStance)
    w.number("weight", p.weight)
    w.string("engagement", p.positioning.engagement.rawValue)
    w.string("desiredEngagement", p.positioning.desiredEngagement.rawValue)
    w.integer("engagementGap", p.positioning.engagementGap)
    w.integer("hopsFromMe", p.hopsFromMe)
    w.strings("goals", s.goals)
    w.endObject()
  }

  private static func conflict(_ c: Conflict, _ a: MapAnalysis, _ w: inout JSONWriter) {
    w.beginObject()
    w.string("a", c.a.rawValue)
    w.string("b", c.b.rawValue)
    w.string("kind", c.kind.rawValue)
    if let topic = c.topic { w.string("topic", topic) }
    w.strings("commonGround", c.commonGround)
    w.number("severity", c.severity)
    w.string("severityLevel", c.severityLevel)
    w.string("approach", c.approach.key)
    w.string("advice", ConflictAdvice.text(c, names: a.names))
    w.endObject()
  }

  private static func alignment(_ value: Alignment, _ w: inout JSONWriter) {
    w.number("now", value.now)
    w.number("predicted", value.predicted)
    w.integer("count", value.count)
  }
}

/// Conflict approaches in words.
public enum ConflictAdvice {
  /// One sentence a manager can act on.
  public static func text(_ c: Conflict, names: [StakeholderID: String]) -> String {
    func name(_ id: StakeholderID) -> String { names[id] ?? id.rawValue }
    switch c.approach {
    case .buildOnCommonGround(let goals):
      return "Build on the common ground (\(goals.joined(separator: ", "))): frame the decision around it with both."
    case .leanOnStronger(let id):
      let other = id == c.a ? c.b : c.a
      return
        "Lean on the stronger side: \(name(id)) clearly outweighs \(name(other)) in power and influence; keep \(name(other)) informed and limit the cost to them."
    case .balance:
      return
        "Balance both: neither \(name(c.a)) nor \(name(c.b)) clearly outweighs the other; look for a trade that gives each something."
    }
  }
}
