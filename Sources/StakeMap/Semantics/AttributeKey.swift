/// The attributes a stakeholder may have, in canonical order (the order `fmt` prints).
public enum StakeholderAttribute: String, CaseIterable, Sendable {
  case role, power, interest, stance, legitimacy, urgency, openness, engagement, kind, goals, tags, note
}

/// The attributes a relation may have, in canonical order.
public enum RelationAttribute: String, CaseIterable, Sendable {
  case weight, topic, note
}

/// The attributes of `thresholds`, in canonical order.
public enum ThresholdAttribute: String, CaseIterable, Sendable {
  case power, interest, salience
}
