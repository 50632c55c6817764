/// A group of stakeholders who move together: joined by alliances and strong
/// influence between people who roughly agree, never holding two who conflict.
public struct Faction: Hashable, Sendable {
  /// The members, in file order.
  public var members: [StakeholderID]
  /// The member with the most power (first in file order on a tie): the faction's name.
  public var leader: StakeholderID
  /// The members' mean stance, −2…+2.
  public var meanStance: Double
  /// The members' total power (unrated counts 5).
  public var totalPower: Double
  /// Goals held by at least two members and at least half of them, most widely held
  /// first.
  public var sharedGoals: [String]
}

/// Finds factions.
public enum FactionFinder {
  /// The weakest influence that ties two people into one faction.
  public static let strongInfluence = 0.6
  /// The widest stance gap across which a strong influence still ties two people.
  public static let agreementGap = 1.0

  /// The factions of a map (two members or more), largest first, then by the file
  /// order of their first member.
  ///
  /// People are tied by alliances and by influences of weight ≥ ``strongInfluence``
  /// between people whose stances differ by at most ``agreementGap``. Ties are taken
  /// strongest first: alliances, then influences by weight; among ties of one kind and
  /// weight, those between closer stances first. A tie that would put two conflicting
  /// people in one faction is skipped. Ties exactly as strong as each other are taken
  /// together, so that the order of the file never picks a side: of those, a tie that
  /// lies on a chain of them between two people who conflict, and touches one of the
  /// two, is skipped; the others are taken. So b, allied with both a and c, who
  /// conflict, at equal stance gaps, joins neither; and in a circle of allies where two
  /// conflict, the others still form a faction. The factions do not depend on the
  /// order of statements or the spelling of ids.
  ///
  /// - Complexity: O(r log r) to order r ties, then near-linear union–find; each batch
  ///   of equally strong ties also scans the members and conflicts of the groups it
  ///   touches.
  public static func factions(in map: StakeMap, conflicts: [Conflict]) -> [Faction] {
    factions(in: map, conflicts: conflicts, network: InfluenceNetwork(map))
  }

  /// ``factions(in:conflicts:)`` with the map's influence network already built
  /// (`InfluenceNetwork(map)`), whose node order and ids it uses.
  public static func factions(in map: StakeMap, conflicts: [Conflict], network: InfluenceNetwork) -> [Faction] {
    let n = map.stakeholders.count
    let index = network.index
    // Conflicts between groups, kept per group root: the roots of the groups it
    // conflicts with, and how many conflicting pairs lie between them. Merging moves a
    // group's entries to the group that absorbs it, so a check never rescans members.
    var groupConflicts = [[Int: Int]](repeating: [:], count: n)
    for conflict in conflicts {
      guard let a = index[conflict.a], let b = index[conflict.b], a != b else { continue }
      groupConflicts[a][b, default: 0] += 1
      groupConflicts[b][a, default: 0] += 1
    }

    // A tie and its strength: kind (0 alliance, 1 influence), weight, stance gap.
    struct Tie {
      var a: Int
      var b: Int
      var kind: Int
      var weight: Double
      var gap: Double
      func sameStrength(as other: Tie) -> Bool {
        kind == other.kind && weight == other.weight && gap == other.gap
      }
    }
    func gap(_ a: Int, _ b: Int) -> Double { abs(map.stakeholders[a].stance - map.stakeholders[b].stance) }
    var ties: [Tie] = []
    for relation in map.relations where relation.kind == .alliedWith {
      if let a = index[relation.from], let b = index[relation.to], a != b {
        ties.append(Tie(a: a, b: b, kind: 0, weight: 0, gap: gap(a, b)))
      }
    }
    // The influences, declared and implied, one per ordered pair (the network's edges).
    for a in 0..<network.count {
      for e in network.outOffsets[a]..<network.outOffsets[a + 1] where network.outWeights[e] >= strongInfluence {
        let b = Int(network.outTargets[e])
        guard gap(a, b) <= agreementGap else { continue }
        ties.append(Tie(a: a, b: b, kind: 1, weight: network.outWeights[e], gap: gap(a, b)))
      }
    }
    ties.sort {
      $0.kind != $1.kind ? $0.kind < $1.kind : $0.weight != $1.weight ? $0.weight > $1.weight : $0.gap < $1.gap
    }

    var parent = Array(0..<n)
    var members = (0..<n).map { [$0] }
    func find(_ x: Int) -> Int {
      var root = x
      while parent[root] != root { root = parent[root] }
      var node = x
      while parent[node] != root { (parent[node], node) = (root, parent[node]) }
      return root
    }
    /// Whether anyone in the groups `roots` conflicts with anyone in another of them
    /// (each group is free of conflicts within).
    func clash(_ roots: [Int]) -> Bool {
      let set = Set(roots)
      return roots.contains { r in
        let others = groupConflicts[r]
        return others.count <= roots.count
          ? others.keys.contains { set.contains($0) } : roots.contains { others[$0] != nil }
      }
    }

    func merge(_ roots: [Int]) {
      // The largest group absorbs the others (the lowest index among equals).
      let bySize = { (x: Int, y: Int) in
        members[x].count != members[y].count ? members[x].count < members[y].count : x > y
      }
      guard let large = roots.max(by: bySize) else { return }
      for r in roots where r != large {
        parent[r] = large
        members[large].append(contentsOf: members[r])
        members[r] = []
        for (other, pairs) in groupConflicts[r] {
          groupConflicts[other][r] = nil
          groupConflicts[other][large, default: 0] += pairs
          groupConflicts[large][other, default: 0] += pairs
        }
        groupConflicts[r] = [:]
      }
    }

    var start = 0
    while start < ties.count {
      var end = start + 1
      while end < ties.count && ties[end].sameStrength(as: ties[start]) { end += 1 }
      // The batch's ties as edges between groups, and their connected components.
      var edges: [(Int, Int)] = []
      var batchParent: [Int: Int] = [:]
      func batchFind(_ x: Int) -> Int {
        var root = x
        while let p = batchParent[root], p != root { root = p }
        var node = x
        while let p = batchParent[node], p != root {
          batchParent[node] = root
          node = p
        }
        return root
      }
      for tie in ties[start..<end] {
        let ra = find(tie.a)
        let rb = find(tie.b)
        guard ra != rb else { continue }
        edges.append((ra, rb))
        if batchParent[ra] == nil { batchParent[ra] = ra }
        if batchParent[rb] == nil { batchParent[rb] = rb }
        let (x, y) = (batchFind(ra), batchFind(rb))
        if x != y { batchParent[max(x, y)] = min(x, y) }
      }
      var components: [Int: (roots: [Int], edges: [(Int, Int)])] = [:]
      for root in batchParent.keys { components[batchFind(root), default: ([], [])].roots.append(root) }
      for edge in edges { components[batchFind(edge.0)]?.edges.append(edge) }
      for key in components.keys.sorted() {
        guard let component = components[key] else { continue }
        let roots = component.roots.sorted()
        guard clash(roots) else {
          merge(roots)
          continue
        }
        // Skip the ties on a chain between two people who conflict that touch one of
        // them; take the others.
        let local = Dictionary(uniqueKeysWithValues: roots.enumerated().map { ($1, $0) })
        var pairs: [(Int, Int)] = []
        var isEnd = [Bool](repeating: false, count: roots.count)
        for r in roots {
          guard let i = local[r] else { continue }
          for other in groupConflicts[r].keys {
            if let j = local[other], i != j {
              isEnd[i] = true
              if i < j { pairs.append((i, j)) }
            }
          }
        }
        let localEdges = component.edges.compactMap { e in local[e.0].flatMap { a in local[e.1].map { (a, $0) } } }
        let contested = ContestedTies.contested(count: roots.count, edges: localEdges, conflicts: pairs)
        var groupOf = Array(0..<roots.count)
        func groupFind(_ x: Int) -> Int {
          var r = x
          while groupOf[r] != r {
            groupOf[r] = groupOf[groupOf[r]]
            r = groupOf[r]
          }
          return r
        }
        for (e, (a, b)) in localEdges.enumerated() where !contested[e] || !(isEnd[a] || isEnd[b]) {
          let (x, y) = (groupFind(a), groupFind(b))
          if x != y { groupOf[max(x, y)] = min(x, y) }
        }
        var groups: [Int: [Int]] = [:]
        for i in roots.indices { groups[groupFind(i), default: []].append(roots[i]) }
        for g in groups.keys.sorted() {
          guard let group = groups[g], group.count >= 2, !clash(group) else { continue }
          merge(group)
        }
      }
      start = end
    }
    var factions: [Faction] = []
    for root in 0..<n where find(root) == root && members[root].count >= 2 {
      let group = members[root].sorted()
      let people = group.map { map.stakeholders[$0] }
      let leader = people.max { a, b in a.effectivePower < b.effectivePower }!
      let topPower = leader.effectivePower
      let first = people.first { $0.effectivePower == topPower }!
      var counts: [String: (Int, Int, String)] = [:]  // lowercased -> (count, first seen, spelling)
      var order = 0
      for person in people {
        var mine = Set<String>()
        for goal in person.goals where mine.insert(goal.lowercased()).inserted {
          let key = goal.lowercased()
          if let existing = counts[key] {
            counts[key] = (existing.0 + 1, existing.1, existing.2)
          } else {
            counts[key] = (1, order, goal)
            order += 1
          }
        }
      }
      let shared = counts.values.filter { $0.0 >= 2 && 2 * $0.0 >= people.count }
        .sorted { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }.map(\.2)
      factions.append(
        Faction(
          members: people.map(\.id), leader: first.id,
          meanStance: people.map(\.stance).reduce(0, +) / Double(people.count),
          totalPower: people.map(\.effectivePower).reduce(0, +), sharedGoals: shared))
    }
    let firstIndex = Dictionary(uniqueKeysWithValues: map.stakeholders.enumerated().map { ($1.id, $0) })
    return factions.sorted {
      $0.members.count != $1.members.count
        ? $0.members.count > $1.members.count
        : firstIndex[$0.members[0]]! < firstIndex[$1.members[0]]!
    }
  }
}
