/// The words a `.stakes` file may use for a stance, and the numbers they stand for.
///
/// A stance is a number from −2 (opposed) to +2 (champion) toward the map's goal.
public enum StanceWord: String, CaseIterable, Sendable, Codable {
  case opposed, resistant, neutral, supportive, champion

  /// The number on the −2…+2 scale.
  public var value: Double {
    switch self {
    case .opposed: -2
    case .resistant: -1
    case .neutral: 0
    case .supportive: 1
    case .champion: 2
    }
  }

  /// The word nearest to a stance on the −2…+2 scale (halves round away from neutral).
  public init(nearest stance: Double) {
    switch stance {
    case ...(-1.5): self = .opposed
    case ...(-0.5): self = .resistant
    case ..<0.5: self = .neutral
    case ..<1.5: self = .supportive
    default: self = .champion
    }
  }

  /// The exact word for a stance, if the stance is one of the five whole values.
  public init?(exactly stance: Double) {
    guard let word = Self.allCases.first(where: { $0.value == stance }) else { return nil }
    self = word
  }
}

/// The words `power` and `interest` may use instead of a number on the 0–10 scale.
public enum LevelWord: String, CaseIterable, Sendable {
  case low, medium, high

  /// The number on the 0–10 scale: low 2, medium 5, high 8.
  public var value: Double {
    switch self {
    case .low: 2
    case .medium: 5
    case .high: 8
    }
  }
}
