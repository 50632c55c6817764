/// Whether a stakeholder is one person or a group (a team, a committee, a customer).
public enum StakeholderKind: String, CaseIterable, Sendable, Codable {
  case person, group
}

/// A person or group whose support matters to the map's goal.
///
/// Scales: `power`, `interest`, `legitimacy` and `urgency` 0–10; `stance` −2…+2;
/// `openness` 0–1.
public struct Stakeholder: Hashable, Sendable, Codable {
  /// The identifier, unique in the map.
  public var id: StakeholderID
  /// The display name; `nil` shows the id.
  public var name: String?
  /// The role or title ("CTO").
  public var role: String?
  /// Power over the goal, 0–10; `nil` when unrated (analysed as 5).
  public var power: Double?
  /// Interest in the goal, 0–10; `nil` when unrated (analysed as 5).
  public var interest: Double?
  /// Stance toward the goal, −2 (opposed) to +2 (champion). Default 0.
  public var stance: Double
  /// Legitimacy of their claim, 0–10 (salience model), when given.
  public var legitimacy: Double?
  /// Urgency of their claim, 0–10 (salience model), when given.
  public var urgency: Double?
  /// How much others' influence moves them, 0–1. Default 0.5.
  public var openness: Double
  /// What they care about, in the map's words.
  public var goals: [String]
  /// Free-form tags.
  public var tags: [String]
  /// Engagement as given in the map; `nil` means derived from the stance.
  public var engagement: Engagement?
  /// A person or a group.
  public var kind: StakeholderKind
  /// A free-form note.
  public var note: String?
  /// The innermost domain that holds them; `nil` at top level.
  public var domain: DomainID?

  /// Creates a stakeholder with the format's defaults for everything not given.
  public init(
    id: StakeholderID, name: String? = nil, role: String? = nil,
    power: Double? = nil, interest: Double? = nil, stance: Double = 0,
    legitimacy: Double? = nil, urgency: Double? = nil, openness: Double = 0.5,
    goals: [String] = [], tags: [String] = [], engagement: Engagement? = nil,
    kind: StakeholderKind = .person, note: String? = nil, domain: DomainID? = nil
  ) {
    self.id = id
    self.name = name
    self.role = role
    self.power = power
    self.interest = interest
    self.stance = stance
    self.legitimacy = legitimacy
    self.urgency = urgency
    self.openness = openness
    self.goals = goals
    self.tags = tags
    self.engagement = engagement
    self.kind = kind
    self.note = note
    self.domain = domain
  }

  /// The name to show: the display name, or the id when there is none.
  public var displayName: String { name ?? id.rawValue }

  /// Power as analysed: the rating, or 5 when unrated.
  public var effectivePower: Double { power ?? 5 }

  /// Interest as analysed: the rating, or 5 when unrated.
  public var effectiveInterest: Double { interest ?? 5 }

  /// Whether power or interest is missing.
  public var isUnrated: Bool { power == nil || interest == nil }

  /// The engagement as analysed: the given one, or the level the stance implies.
  public var effectiveEngagement: Engagement {
    engagement ?? Engagement(current: EngagementLevel(stance: stance))
  }
}
