/// Where one stakeholder sits on the power/interest grid, and what that asks of you.
public struct Positioning: Hashable, Sendable {
  /// Who.
  public var id: StakeholderID
  /// Power as analysed, 0–10 (5 when unrated).
  public var power: Double
  /// Interest as analysed, 0–10 (5 when unrated).
  public var interest: Double
  /// Whether power or interest was not rated in the map.
  public var unrated: Bool
  /// The Mendelow quadrant.
  public var quadrant: Quadrant
  /// Whether power or interest lies within one point of its threshold, so that a
  /// small change of rating would move them to another quadrant.
  public var borderline: Bool
  /// The salience class, when the map gives legitimacy or urgency.
  public var salience: SalienceClass?
  /// Current engagement (given, or derived from the stance).
  public var engagement: EngagementLevel
  /// Desired engagement (given, or the quadrant's default).
  public var desiredEngagement: EngagementLevel

  /// How many levels engagement must rise (negative: they are more engaged than
  /// needed).
  public var engagementGap: Int { desiredEngagement.rank - engagement.rank }
}

extension StakeMap {
  /// The grid position, quadrant, salience and engagement gap of every stakeholder, in
  /// file order.
  ///
  /// - Complexity: O(n).
  public func positioning() -> [Positioning] {
    stakeholders.map { positioning(of: $0) }
  }

  /// The positioning of one stakeholder under this map's thresholds.
  public func positioning(of s: Stakeholder) -> Positioning {
    let power = s.effectivePower
    let interest = s.effectiveInterest
    let quadrant = Quadrant(power: power, interest: interest, thresholds: thresholds)
    let borderline = abs(power - thresholds.power) <= 1 || abs(interest - thresholds.interest) <= 1
    let engagement = s.effectiveEngagement
    return Positioning(
      id: s.id, power: power, interest: interest, unrated: s.isUnrated, quadrant: quadrant,
      borderline: borderline, salience: SalienceClass(s, threshold: thresholds.salience),
      engagement: engagement.current,
      desiredEngagement: engagement.desired ?? quadrant.defaultDesiredEngagement)
  }
}
