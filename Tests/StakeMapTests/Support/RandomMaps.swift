import PropertyBased
import StakeMap

/// Generators of random valid ``StakeMap``s for property tests.
///
/// A map is generated as a few flat lists of specs (stakeholders, domains, relations,
/// headers) that shrink well, then built into a map the parser could have produced:
///
/// - ids are valid identifiers and unique (a repeat gets a suffix);
/// - domains form a random tree of scopes, and each scope holds its stakeholders and
///   child domains in a random order; flattening the tree in file order gives each
///   domain the `position` the parser gives it (the number of stakeholders declared
///   before its block opens) and lists parents before children;
/// - values are in range; optional fields are sometimes absent;
/// - relations join two distinct existing stakeholders, never twice (by
///   ``Relation/identity``), with a weight only on influences, and `reports-to` only
///   from a later stakeholder to an earlier one, so there is no reporting cycle.
enum RandomMaps {
  // MARK: - Pieces

  /// Letters an identifier may start with: ASCII, `_`, and a few non-ASCII letters.
  static let identifierStart = Array("abcdefghijkmnopqrstuvwxyzABCDEFGHXYZ_éßλЖ中ø") as [Character]
  /// Characters an identifier may continue with.
  static let identifierContinue = identifierStart + (Array("0123456789-.") as [Character])

  /// Words the format gives meaning to in some places, and that are still valid ids.
  static let keywords = [
    "title", "goal", "me", "thresholds", "domain", "stakeholder", "power", "low", "high", "neutral", "person",
    "weight", "topic",
  ]

  /// A valid identifier, 1 to 8 characters; one in ten is a keyword.
  static let identifier = zip(
    Gen.int(in: 0...9),
    Gen<String?>.element(of: keywords).map { $0! },
    Gen<Character?>.element(of: identifierStart).map { $0! },
    Gen<Character?>.element(of: identifierContinue).map { $0! }.string(of: 0...7)
  ).map { choice, keyword, first, rest in choice == 0 ? keyword : String(first) + rest }

  /// Characters free text is made of: letters, spaces, the characters a string must
  /// escape (`"`, `\`, newline, tab), comment markers, braces, and non-ASCII text.
  static let textCharacters =
    Array("abcXYZ 019 \"\\\n\t\r#//{}[]=,->é東京🚀—ñ'") as [Character]

  /// Free text, 0 to 12 characters.
  static let text = Gen<Character?>.element(of: textCharacters).map { $0! }.string(of: 0...12)

  /// A list item: a word that prints bare (`cost`), or free text that prints quoted.
  static let listItem = zip(Gen.bool, identifier, text).map { $0 ? $1 : $2 }

  /// Numbers worth trying on a scale from 0 to `upper`: whole numbers, hundredths,
  /// the ends and the doubles next to them, tiny values that print with many zeros,
  /// and arbitrary doubles (17 significant digits).
  static func number(upTo upper: Double) -> Generator<Double, Shrink.Tuple<(Int, Int, Double)>> {
    zip(Gen.int(in: 0...3), Gen.int(in: 0...Int(upper * 100)), Gen.double(in: 0...1)).map {
      choice, hundredths, fraction in
      switch choice {
      case 0: (Double(hundredths) / 100).rounded()
      case 1: Double(hundredths) / 100
      case 2:
        [0, upper, upper.nextDown, Double.leastNonzeroMagnitude, 1e-7, 0.1 + 0.2, 1 / 3][hundredths % 7]
      default: fraction * upper
      }
    }
  }

  /// A stance: a number from −2 to 2.
  static let stance = number(upTo: 4).map { $0 - 2 }

  // MARK: - Specs

  /// A stakeholder before it is placed: its attributes, and two choices that place it
  /// (which scope, and where among the scope's items).
  struct StakeholderSpec: Sendable {
    var id: String
    var scope: Int
    var order: Int
    var stakeholder: Stakeholder
  }

  static let engagement = zip(
    Gen<EngagementLevel>.case, Gen<EngagementLevel>.case.optional
  ).map { Engagement(current: $0, desired: $1) }

  static let ratings = zip(
    text.optional(valueRate: 0.5), text.optional(valueRate: 0.3), number(upTo: 10).optional(valueRate: 0.9),
    number(upTo: 10).optional(valueRate: 0.9), stance.optional(valueRate: 0.7),
    number(upTo: 10).optional(valueRate: 0.3), number(upTo: 10).optional(valueRate: 0.3),
    number(upTo: 1).optional(valueRate: 0.3))

  static let descriptions = zip(
    listItem.array(of: 0...3), listItem.array(of: 0...2), engagement.optional(valueRate: 0.3),
    Gen.bool(0.2), text.optional(valueRate: 0.3))

  static let stakeholderSpec = zip(identifier, Gen.int(in: 0...20), Gen.int(in: 0...20), ratings, descriptions)
    .map { id, scope, order, ratings, descriptions in
      let (name, role, power, interest, stance, legitimacy, urgency, openness) = ratings
      let (goals, tags, engagement, isGroup, note) = descriptions
      let stakeholder = Stakeholder(
        id: StakeholderID(id), name: name, role: role, power: power, interest: interest, stance: stance ?? 0,
        legitimacy: legitimacy, urgency: urgency, openness: openness ?? 0.5, goals: goals, tags: tags,
        engagement: engagement, kind: isGroup ? .group : .person, note: note)
      return StakeholderSpec(id: id, scope: scope, order: order, stakeholder: stakeholder)
    }

  /// A domain before it is placed: its id and label, its parent (a scope created before
  /// it), and where it goes among its parent's items.
  struct DomainSpec: Sendable {
    var id: String
    var label: String?
    var parent: Int
    var order: Int
  }

  static let domainSpec = zip(identifier, text.optional(valueRate: 0.6), Gen.int(in: 0...20), Gen.int(in: 0...20))
    .map { DomainSpec(id: $0, label: $1, parent: $2, order: $3) }

  /// A relation between two stakeholders chosen by index.
  struct RelationSpec: Sendable {
    var kind: RelationKind
    var from: Int
    var to: Int
    var weight: Double?
    var topic: String?
    var note: String?
  }

  static let relationSpec = zip(
    Gen<RelationKind>.case, Gen.int(in: 0...40), Gen.int(in: 0...40), number(upTo: 1).optional(valueRate: 0.5),
    text.optional(valueRate: 0.3), text.optional(valueRate: 0.2)
  ).map { RelationSpec(kind: $0, from: $1, to: $2, weight: $3, topic: $4, note: $5) }

  /// Title, goal, `me` (an index), thresholds.
  struct HeaderSpec: Sendable {
    var title: String?
    var goal: String?
    var me: Int?
    var thresholds: Thresholds
  }

  static let headerSpec = zip(
    text.optional(valueRate: 0.5), text.optional(valueRate: 0.5), Gen.int(in: 0...40).optional(valueRate: 0.5),
    zip(number(upTo: 10), number(upTo: 10), number(upTo: 10)).optional(valueRate: 0.3)
  ).map { title, goal, me, thresholds in
    HeaderSpec(
      title: title, goal: goal, me: me,
      thresholds: thresholds.map { Thresholds(power: $0, interest: $1, salience: $2) } ?? .default)
  }

  // MARK: - Maps

  /// Random valid maps: up to 12 stakeholders, 6 domains and 20 relations.
  static let map = zip(
    headerSpec, stakeholderSpec.array(of: 0...12), domainSpec.array(of: 0...6), relationSpec.array(of: 0...20)
  ).map { build(header: $0, stakeholders: $1, domains: $2, relations: $3) }

  /// The relation verbs written as words: never ids (`stakeholder depends-on` would
  /// read as a relation).
  static let reservedIDs: Set<String> = ["influences", "depends-on", "conflicts-with", "allied-with", "reports-to"]

  /// `id`, or `id` with the smallest numeric suffix that makes it new to `taken`.
  static func unique(_ id: String, in taken: inout Set<String>) -> String {
    var candidate = id
    var n = 2
    while taken.contains(candidate) || reservedIDs.contains(candidate) {
      candidate = id + "_" + String(n)
      n += 1
    }
    taken.insert(candidate)
    return candidate
  }

  /// Builds the map the specs describe (see the type's documentation).
  static func build(
    header: HeaderSpec, stakeholders specs: [StakeholderSpec], domains domainSpecs: [DomainSpec],
    relations relationSpecs: [RelationSpec]
  ) -> StakeMap {
    // The tree of scopes: scope 0 is the top level, scope k + 1 is domain k, whose
    // parent is a scope created before it.
    enum Item {
      case stakeholder(Int)
      case domain(Int)
    }
    var takenDomainIDs = Set<String>()
    let domainIDs = domainSpecs.map { DomainID(unique($0.id, in: &takenDomainIDs)) }
    var items = [[(order: Int, item: Item)]](repeating: [], count: domainSpecs.count + 1)
    for (k, spec) in domainSpecs.enumerated() {
      items[spec.parent % (k + 1)].append((spec.order, .domain(k)))
    }
    for (i, spec) in specs.enumerated() {
      items[spec.scope % (domainSpecs.count + 1)].append((spec.order, .stakeholder(i)))
    }

    // Flatten in file order, as the parser reads it.
    var takenStakeholderIDs = Set<String>()
    var stakeholders: [Stakeholder] = []
    var domains: [Domain] = []
    func flatten(scope: Int) {
      let parent: DomainID? = scope == 0 ? nil : domainIDs[scope - 1]
      for (_, item) in items[scope].enumerated().sorted(by: {
        ($0.element.order, $0.offset) < ($1.element.order, $1.offset)
      })
      .map(\.element) {
        switch item {
        case .stakeholder(let i):
          var stakeholder = specs[i].stakeholder
          stakeholder.id = StakeholderID(unique(specs[i].id, in: &takenStakeholderIDs))
          stakeholder.domain = parent
          stakeholders.append(stakeholder)
        case .domain(let k):
          domains.append(
            Domain(id: domainIDs[k], label: domainSpecs[k].label, parent: parent, position: stakeholders.count))
          flatten(scope: k + 1)
        }
      }
    }
    flatten(scope: 0)

    // Relations between distinct stakeholders, each identity once, reports-to downwards.
    var relations: [Relation] = []
    var identities = Set<RelationIdentity>()
    if stakeholders.count >= 2 {
      for spec in relationSpecs {
        var from = spec.from % stakeholders.count
        var to = spec.to % stakeholders.count
        guard from != to else { continue }
        if spec.kind == .reportsTo && from < to { swap(&from, &to) }
        let relation = Relation(
          spec.kind, from: stakeholders[from].id, to: stakeholders[to].id,
          weight: spec.kind == .influences ? spec.weight : nil, topic: spec.topic, note: spec.note)
        guard identities.insert(relation.identity).inserted else { continue }
        relations.append(relation)
      }
    }

    let me = header.me.flatMap { stakeholders.isEmpty ? nil : stakeholders[$0 % stakeholders.count].id }
    return StakeMap(
      title: header.title, goal: header.goal, me: me, thresholds: header.thresholds, domains: domains,
      stakeholders: stakeholders, relations: relations)
  }
}
