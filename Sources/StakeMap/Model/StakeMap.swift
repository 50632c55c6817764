/// A stakeholder map: who matters to a goal, where they stand, and how they relate.
///
/// A `StakeMap` is a plain value. Parse one from `.stakes` text with
/// ``StakeMapParser``, print one with ``StakeMapPrinter``; the analyses are functions
/// of it. Stakeholders, domains and relations keep the order of the file.
public struct StakeMap: Hashable, Sendable, Codable {
  /// The map's title.
  public var title: String?
  /// The initiative that every stance is measured against.
  public var goal: String?
  /// The stakeholder who is "you": allies and paths start here.
  public var me: StakeholderID?
  /// Where "high" starts on the 0–10 scales.
  public var thresholds: Thresholds
  /// Every domain, in the order their blocks open (a parent before its children).
  public var domains: [Domain]
  /// Every stakeholder, in file order.
  public var stakeholders: [Stakeholder]
  /// Every relation as declared (implied influences are not stored; see
  /// ``influenceRelations``), in file order.
  public var relations: [Relation]

  /// Creates a map.
  public init(
    title: String? = nil, goal: String? = nil, me: StakeholderID? = nil,
    thresholds: Thresholds = .default, domains: [Domain] = [],
    stakeholders: [Stakeholder] = [], relations: [Relation] = []
  ) {
    self.title = title
    self.goal = goal
    self.me = me
    self.thresholds = thresholds
    self.domains = domains
    self.stakeholders = stakeholders
    self.relations = relations
  }

  /// The stakeholder with an id, if any. O(n); build a dictionary for repeated lookups.
  public func stakeholder(_ id: StakeholderID) -> Stakeholder? {
    stakeholders.first { $0.id == id }
  }

  /// The domain with an id, if any. O(n).
  public func domain(_ id: DomainID) -> Domain? {
    domains.first { $0.id == id }
  }

  /// The declared relations of one kind, in file order.
  public func relations(_ kind: RelationKind) -> [Relation] {
    relations.filter { $0.kind == kind }
  }

  /// Every influence, declared or implied, in file order: each `A -> B`, and for each
  /// `A reports-to B` without a declared `B -> A`, an influence `B -> A` of weight 0.5
  /// (placed where the `reports-to` is).
  ///
  /// - Complexity: O(r) for r relations.
  public var influenceRelations: [Relation] {
    var declared = Set<RelationIdentity>()
    for relation in relations where relation.kind == .influences {
      declared.insert(relation.identity)
    }
    var result: [Relation] = []
    result.reserveCapacity(relations.count)
    for relation in relations {
      switch relation.kind {
      case .influences:
        result.append(relation)
      case .reportsTo:
        let implied = Relation(.influences, from: relation.to, to: relation.from, weight: 0.5)
        if declared.insert(implied.identity).inserted {
          result.append(implied)
        }
      default:
        continue
      }
    }
    return result
  }

  /// The chain of domains from the outermost to `domain` itself.
  public func domainPath(_ domain: DomainID) -> [DomainID] {
    let parents = Dictionary(domains.map { ($0.id, $0.parent) }, uniquingKeysWith: { a, _ in a })
    var path: [DomainID] = []
    var current: DomainID? = domain
    while let id = current, path.count <= domains.count {
      path.append(id)
      current = parents[id] ?? nil
    }
    return path.reversed()
  }
}
