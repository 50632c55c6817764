/// How engaged a stakeholder is with the initiative, on the stakeholder engagement
/// assessment scale (unaware → leading).
public enum EngagementLevel: String, CaseIterable, Comparable, Sendable, Codable {
  case unaware, resistant, neutral, supportive, leading

  /// The level's position on the scale, 0 (unaware) to 4 (leading).
  public var rank: Int { Self.allCases.firstIndex(of: self)! }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }

  /// The level a stance implies when no engagement is given: opposed and resistant
  /// are `resistant`, neutral is `neutral`, supportive is `supportive`, champion `leading`.
  public init(stance: Double) {
    switch StanceWord(nearest: stance) {
    case .opposed, .resistant: self = .resistant
    case .neutral: self = .neutral
    case .supportive: self = .supportive
    case .champion: self = .leading
    }
  }
}

/// A stakeholder's engagement: where they are now and, optionally, where you want them.
///
/// Written `engagement = resistant` or `engagement = resistant -> supportive`.
public struct Engagement: Hashable, Sendable, Codable {
  /// The current level.
  public var current: EngagementLevel
  /// The desired level, when the map gives one.
  public var desired: EngagementLevel?

  /// Creates an engagement.
  public init(current: EngagementLevel, desired: EngagementLevel? = nil) {
    self.current = current
    self.desired = desired
  }
}
