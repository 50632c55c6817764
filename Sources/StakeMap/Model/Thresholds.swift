/// Where "high" starts on the 0–10 scales: the lines that split the power/interest grid
/// into quadrants, and the line for the salience attributes.
public struct Thresholds: Hashable, Sendable, Codable {
  /// Power at or above this is high. Default 5.
  public var power: Double
  /// Interest at or above this is high. Default 5.
  public var interest: Double
  /// Power, legitimacy or urgency at or above this count for salience. Default 5.
  public var salience: Double

  /// Creates thresholds; each defaults to 5.
  public init(power: Double = 5, interest: Double = 5, salience: Double = 5) {
    self.power = power
    self.interest = interest
    self.salience = salience
  }

  /// The defaults: 5 for each.
  public static let `default` = Thresholds()
}
