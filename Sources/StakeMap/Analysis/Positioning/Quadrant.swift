/// A Mendelow power/interest quadrant, with its engagement strategy.
public enum Quadrant: String, CaseIterable, Sendable, Codable {
  /// High power, high interest: key players.
  case manageClosely = "manage-closely"
  /// High power, low interest.
  case keepSatisfied = "keep-satisfied"
  /// Low power, high interest.
  case keepInformed = "keep-informed"
  /// Low power, low interest.
  case monitor

  /// The quadrant of a power and interest under thresholds (FORMAT.md):
  /// `manage-closely` when power ≥ P and interest ≥ I, `keep-satisfied` when
  /// power ≥ P and interest < I, `keep-informed` when power < P and interest ≥ I,
  /// `monitor` otherwise.
  public init(power: Double, interest: Double, thresholds: Thresholds) {
    switch (power >= thresholds.power, interest >= thresholds.interest) {
    case (true, true): self = .manageClosely
    case (true, false): self = .keepSatisfied
    case (false, true): self = .keepInformed
    case (false, false): self = .monitor
    }
  }

  /// The name as a manager says it: "Manage closely".
  public var title: String {
    switch self {
    case .manageClosely: "Manage closely"
    case .keepSatisfied: "Keep satisfied"
    case .keepInformed: "Keep informed"
    case .monitor: "Monitor"
    }
  }

  /// What to do with people in this quadrant, in one sentence.
  public var strategy: String {
    switch self {
    case .manageClosely: "Key player: involve them in decisions and engage them personally."
    case .keepSatisfied: "Meet their needs without burying them in detail; consult on what touches them."
    case .keepInformed: "Keep them up to date and use their interest; they can spot problems early."
    case .monitor: "Light touch: watch for changes in their power or interest."
    }
  }

  /// A suggested meeting cadence.
  public var cadence: String {
    switch self {
    case .manageClosely: "weekly 1:1"
    case .keepSatisfied: "monthly check-in"
    case .keepInformed: "fortnightly update"
    case .monitor: "quarterly touchpoint"
    }
  }

  /// The engagement level to aim for when the map gives no desired level.
  public var defaultDesiredEngagement: EngagementLevel {
    switch self {
    case .manageClosely: .leading
    case .keepSatisfied, .keepInformed: .supportive
    case .monitor: .neutral
    }
  }
}
