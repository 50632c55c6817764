/// A stakeholder class in Mitchell, Agle & Wood's salience model (1997): which of
/// power, legitimacy and urgency they hold.
public enum SalienceClass: String, CaseIterable, Sendable, Codable {
  case none, dormant, discretionary, demanding, dominant, dangerous, dependent, definitive

  /// The class for the attributes held (each present when ≥ the salience threshold):
  /// power only `dormant`, legitimacy only `discretionary`, urgency only `demanding`,
  /// power+legitimacy `dominant`, power+urgency `dangerous`, legitimacy+urgency
  /// `dependent`, all three `definitive`, none `none`.
  public init(power: Bool, legitimacy: Bool, urgency: Bool) {
    switch (power, legitimacy, urgency) {
    case (false, false, false): self = .none
    case (true, false, false): self = .dormant
    case (false, true, false): self = .discretionary
    case (false, false, true): self = .demanding
    case (true, true, false): self = .dominant
    case (true, false, true): self = .dangerous
    case (false, true, true): self = .dependent
    case (true, true, true): self = .definitive
    }
  }

  /// The class of a stakeholder, or `nil` when the map gives neither legitimacy nor
  /// urgency (FORMAT.md: only reported for those who give one). A missing attribute
  /// counts as absent; power is the effective power (unrated is 5).
  public init?(_ stakeholder: Stakeholder, threshold: Double) {
    guard stakeholder.legitimacy != nil || stakeholder.urgency != nil else { return nil }
    self.init(
      power: stakeholder.effectivePower >= threshold,
      legitimacy: (stakeholder.legitimacy ?? -1) >= threshold,
      urgency: (stakeholder.urgency ?? -1) >= threshold)
  }

  /// What the class means, in one line.
  public var meaning: String {
    switch self {
    case .none: "holds none of power, legitimacy or urgency"
    case .dormant: "has power but no legitimate or urgent claim yet"
    case .discretionary: "has a legitimate claim but no power or urgency"
    case .demanding: "urgent but neither powerful nor legitimate"
    case .dominant: "powerful and legitimate: expects to be heard"
    case .dangerous: "powerful and urgent without legitimacy: may act coercively"
    case .dependent: "legitimate and urgent, relies on others' power"
    case .definitive: "powerful, legitimate and urgent: top priority"
    }
  }
}
