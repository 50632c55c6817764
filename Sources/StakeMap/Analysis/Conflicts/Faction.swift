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
  /// Ties are taken in a fixed order (alliances in file order, then influences of
  /// weight ≥ ``strongInfluence`` between people whose stances differ by at most
  /// ``agreementGap``, strongest first); a tie that would put two conflicting people
  /// in one faction is skipped.
  ///
  /// - Complexity: O((n + r) log n) with union–find.
  public static func factions(in map: StakeMap, conflicts: [Conflict]) -> [Faction] {
    let n = map.stakeholders.count
    var index: [StakeholderID: Int] = [:]
    for (i, s) in map.stakeholders.enumerated() { index[s.id] = i }
    var conflictsOf = [[Int]](repeating: [], count: n)
    for conflict in conflicts {
      guard let a = index[conflict.a], let b = index[conflict.b] else { continue }
      conflictsOf[a].append(b)
      conflictsOf[b].append(a)
    }
    var ties: [(Int, Int)] = []
    for relation in map.relations where relation.kind == .alliedWith {
      if let a = index[relation.from], let b = index[relation.to] { ties.append((a, b)) }
    }
    let strong = map.influenceRelations.enumerated().compactMap { (position, r) -> (Int, Int, Double, Int)? in
      guard r.effectiveWeight >= strongInfluence, let a = index[r.from], let b = index[r.to],
        abs(map.stakeholders[a].stance - map.stakeholders[b].stance) <= agreementGap
      else { return nil }
      return (a, b, r.effectiveWeight, position)
    }.sorted { $0.2 != $1.2 ? $0.2 > $1.2 : $0.3 < $1.3 }
    ties.append(contentsOf: strong.map { ($0.0, $0.1) })

    var parent = Array(0..<n)
    var members = (0..<n).map { [$0] }
    func find(_ x: Int) -> Int {
      var root = x
      while parent[root] != root { root = parent[root] }
      var node = x
      while parent[node] != root { (parent[node], node) = (root, parent[node]) }
      return root
    }
    for (a, b) in ties {
      let ra = find(a)
      let rb = find(b)
      guard ra != rb else { continue }
      let (small, large) = members[ra].count <= members[rb].count ? (ra, rb) : (rb, ra)
      let clash = members[small].contains { m in conflictsOf[m].contains { find($0) == large } }
      guard !clash else { continue }
      parent[small] = large
      members[large].append(contentsOf: members[small])
      members[small] = []
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
