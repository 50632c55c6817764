/// How much each stakeholder's opinion counts when alignment is weighed: the mean of
/// their share of influence rank and their share of power, so that both the CFO whom
/// nobody in the map "listens to" and the well-connected tech lead count.
public enum InfluenceWeights {
  /// Weights summing to 1 (all equal when every rank and power is 0), in the order
  /// of `map.stakeholders`.
  ///
  /// - Parameter ranks: influence rank per stakeholder, summing to 1.
  public static func weights(map: StakeMap, ranks: [Double]) -> [Double] {
    let n = map.stakeholders.count
    guard n > 0 else { return [] }
    let powers = map.stakeholders.map(\.effectivePower)
    let totalPower = powers.reduce(0, +)
    let totalRank = ranks.reduce(0, +)
    var weights = [Double](repeating: 0, count: n)
    for i in 0..<n {
      let rankShare = totalRank > 0 ? ranks[i] / totalRank : 1 / Double(n)
      let powerShare = totalPower > 0 ? powers[i] / totalPower : 1 / Double(n)
      weights[i] = (rankShare + powerShare) / 2
    }
    return weights
  }
}

/// How far a map, or part of it, stands behind the goal: the influence-weighted mean
/// stance, −2…+2.
public struct Alignment: Hashable, Sendable {
  /// Weighted mean of current stances.
  public var now: Double
  /// Weighted mean of predicted stances (Friedkin–Johnsen).
  public var predicted: Double
  /// How many stakeholders it covers.
  public var count: Int

  /// The alignment of the stakeholders at `members` (indices into the map), each
  /// stance weighed by `weights`.
  public init(members: [Int], stances: [Double], predicted: [Double], weights: [Double]) {
    var total = 0.0
    var now = 0.0
    var later = 0.0
    for i in members {
      total += weights[i]
      now += weights[i] * stances[i]
      later += weights[i] * predicted[i]
    }
    self.now = total > 0 ? now / total : 0
    self.predicted = total > 0 ? later / total : 0
    self.count = members.count
  }

  /// A word for a −2…+2 alignment: the nearest stance word.
  public static func word(_ value: Double) -> String { StanceWord(nearest: value).rawValue }
}
