/// Finds the declared and inferred conflicts of a map (FORMAT.md, "Inferred
/// conflict"), with their common ground, severity and approach.
public struct ConflictFinder: Sendable {
  /// How much one side must outweigh the other (ratio of clout) to lean on it.
  public static let clearMargin = 1.5

  /// Every conflict: declared ones in file order, then inferred ones in the order of
  /// their first `depends-on`. An inferred conflict is one per pair, whichever way
  /// the dependency runs; its topic joins the dependencies' topics.
  ///
  /// - Parameter clout: each stakeholder's weight in power and influence, any
  ///   non-negative scale (see ``InfluenceWeights``); a missing id counts as 0.
  /// - Complexity: O(n + r).
  public static func conflicts(in map: StakeMap, clout: [StakeholderID: Double]) -> [Conflict] {
    let byID = Dictionary(map.stakeholders.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var declaredPairs = Set<RelationIdentity>()
    var result: [Conflict] = []
    for relation in map.relations where relation.kind == .conflictsWith {
      guard let a = byID[relation.from], let b = byID[relation.to] else { continue }
      declaredPairs.insert(relation.identity)
      result.append(conflict(a, b, kind: .declared, topic: relation.topic, clout: clout))
    }
    var inferred: [RelationIdentity: Int] = [:]
    for relation in map.relations where relation.kind == .dependsOn {
      guard let a = byID[relation.from], let b = byID[relation.to] else { continue }
      let opposite = (a.stance >= 1 && b.stance <= -1) || (a.stance <= -1 && b.stance >= 1)
      guard opposite else { continue }
      let pair = Relation(.conflictsWith, from: a.id, to: b.id).identity
      guard !declaredPairs.contains(pair) else { continue }
      if let index = inferred[pair] {
        if let topic = relation.topic {
          result[index].topic = result[index].topic.map { "\($0); \(topic)" } ?? topic
        }
        continue
      }
      inferred[pair] = result.count
      result.append(conflict(a, b, kind: .inferred, topic: relation.topic, clout: clout))
    }
    return result
  }

  static func conflict(
    _ a: Stakeholder, _ b: Stakeholder, kind: ConflictKind, topic: String?,
    clout: [StakeholderID: Double]
  ) -> Conflict {
    let shared = commonGround(a, b)
    let meanPower = (a.effectivePower + b.effectivePower) / 2
    let severity = meanPower * (0.5 + abs(a.stance - b.stance) / 8)
    let approach: ConflictApproach
    let ca = clout[a.id] ?? 0
    let cb = clout[b.id] ?? 0
    if !shared.isEmpty {
      approach = .buildOnCommonGround(shared)
    } else if ca >= clearMargin * cb && ca > 0 {
      approach = .leanOnStronger(a.id)
    } else if cb >= clearMargin * ca && cb > 0 {
      approach = .leanOnStronger(b.id)
    } else {
      approach = .balance
    }
    return Conflict(
      a: a.id, b: b.id, kind: kind, topic: topic, commonGround: shared, severity: severity,
      approach: approach)
  }
}
