/// An unbalanced triad: `pivot` is allied with both `a` and `b`, who conflict.
public struct TensionTriangle: Hashable, Sendable {
  /// The stakeholder allied with both sides.
  public var pivot: StakeholderID
  /// One side of the conflict.
  public var a: StakeholderID
  /// The other side.
  public var b: StakeholderID
}

/// Tension triangles, and how many there are when the list is cut.
public struct TensionTriangles: Sendable {
  /// The triangles found, at most ``limit``, ordered by conflict then pivot (file order).
  public var triangles: [TensionTriangle]
  /// How many exist in all.
  public var total: Int
  /// The most that are listed.
  public static let limit = 1000

  /// Finds the triangles over a set of conflicts (declared and inferred): for each
  /// conflicting pair, every stakeholder allied with both.
  ///
  /// - Complexity: O(c · d) for c conflicts and allies per stakeholder up to d; the
  ///   list is cut at ``limit`` but all are counted.
  public init(map: StakeMap, conflicts: [Conflict]) {
    let order = Dictionary(map.stakeholders.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    var allies: [StakeholderID: Set<StakeholderID>] = [:]
    for relation in map.relations where relation.kind == .alliedWith {
      allies[relation.from, default: []].insert(relation.to)
      allies[relation.to, default: []].insert(relation.from)
    }
    var found: [TensionTriangle] = []
    var total = 0
    var seen = Set<RelationIdentity>()
    for conflict in conflicts {
      guard seen.insert(Relation(.conflictsWith, from: conflict.a, to: conflict.b).identity).inserted,
        let left = allies[conflict.a], let right = allies[conflict.b]
      else { continue }
      let (small, large) = left.count <= right.count ? (left, right) : (right, left)
      let pivots = small.filter { large.contains($0) }.sorted { (order[$0] ?? 0) < (order[$1] ?? 0) }
      total += pivots.count
      for pivot in pivots where found.count < Self.limit {
        found.append(TensionTriangle(pivot: pivot, a: conflict.a, b: conflict.b))
      }
    }
    triangles = found
    self.total = total
  }
}
