/// Whether a conflict is written in the map or inferred from it.
public enum ConflictKind: String, Sendable, Codable {
  /// A `conflicts-with` relation.
  case declared
  /// A `depends-on` between a supporter (stance ≥ +1) and a resister (stance ≤ −1)
  /// with no declared conflict between them.
  case inferred
}

/// How to handle a conflict, in a manager's terms.
public enum ConflictApproach: Hashable, Sendable, Codable {
  /// The two share goals: frame the decision around them.
  case buildOnCommonGround([String])
  /// One side clearly outweighs the other in power and influence.
  case leanOnStronger(StakeholderID)
  /// Neither side clearly outweighs the other.
  case balance

  /// A short key for machine-readable output.
  public var key: String {
    switch self {
    case .buildOnCommonGround: "build-on-common-ground"
    case .leanOnStronger: "lean-on-stronger-side"
    case .balance: "balance-both"
    }
  }
}

/// A conflict between two stakeholders, with what they share and how to approach it.
public struct Conflict: Hashable, Sendable {
  /// One side (the first named in the map).
  public var a: StakeholderID
  /// The other side.
  public var b: StakeholderID
  /// Declared or inferred.
  public var kind: ConflictKind
  /// What it is about, when known (the declared topic, or what the dependency needs).
  public var topic: String?
  /// The goals both hold, in `a`'s order and spelling (matched ignoring case).
  public var commonGround: [String]
  /// How much is at stake, 0–10: the mean power of the two sides, scaled from half
  /// (same stance) to full (stances 4 apart).
  public var severity: Double
  /// What to do about it.
  public var approach: ConflictApproach

  /// `high` (≥ 6), `medium` (≥ 3.5) or `low`.
  public var severityLevel: String {
    severity >= 6 ? "high" : severity >= 3.5 ? "medium" : "low"
  }
}

/// The goals two stakeholders share: those of `a` that `b` also holds, ignoring case,
/// each once, in `a`'s order and spelling.
public func commonGround(_ a: Stakeholder, _ b: Stakeholder) -> [String] {
  let theirs = Set(b.goals.map { $0.lowercased() })
  var seen = Set<String>()
  return a.goals.filter { theirs.contains($0.lowercased()) && seen.insert($0.lowercased()).inserted }
}
