/// The kinds of relation between two stakeholders.
public enum RelationKind: String, CaseIterable, Sendable, Codable {
  /// `A -> B` or `A influences B`: A influences B (directed, weighted).
  case influences
  /// `A depends-on B`: A needs something from B (directed).
  case dependsOn = "depends-on"
  /// `A conflicts-with B`: a conflict (undirected).
  case conflictsWith = "conflicts-with"
  /// `A allied-with B`: an alliance (undirected).
  case alliedWith = "allied-with"
  /// `A reports-to B`: hierarchy (directed); implies influence B -> A.
  case reportsTo = "reports-to"

  /// The keyword as written in a file.
  public var keyword: String { rawValue }

  /// Whether `A rel B` and `B rel A` are the same relation.
  public var isUndirected: Bool { self == .conflictsWith || self == .alliedWith }
}

/// A relation between two stakeholders, as declared in the map.
public struct Relation: Hashable, Sendable, Codable {
  /// What kind of relation.
  public var kind: RelationKind
  /// The first stakeholder (the influencer, the dependant, the report).
  public var from: StakeholderID
  /// The second stakeholder.
  public var to: StakeholderID
  /// Influence strength, 0–1, when given (influence defaults to 0.5).
  public var weight: Double?
  /// What the relation is about (what is needed, what the conflict is over).
  public var topic: String?
  /// A free-form note.
  public var note: String?

  /// Creates a relation.
  public init(
    _ kind: RelationKind, from: StakeholderID, to: StakeholderID,
    weight: Double? = nil, topic: String? = nil, note: String? = nil
  ) {
    self.kind = kind
    self.from = from
    self.to = to
    self.weight = weight
    self.topic = topic
    self.note = note
  }

  /// The influence weight as analysed: the given weight, or 0.5.
  public var effectiveWeight: Double { weight ?? 0.5 }

  /// Identifies a relation for "declared twice": kind and ends, unordered for
  /// conflicts and alliances.
  public var identity: RelationIdentity { RelationIdentity(self) }
}

/// What makes two declarations the same relation: the kind, and the two ends (in
/// either order for undirected kinds).
public struct RelationIdentity: Hashable, Sendable {
  public let kind: RelationKind
  public let first: StakeholderID
  public let second: StakeholderID

  public init(_ relation: Relation) {
    kind = relation.kind
    if relation.kind.isUndirected && relation.to < relation.from {
      first = relation.to
      second = relation.from
    } else {
      first = relation.from
      second = relation.to
    }
  }
}
