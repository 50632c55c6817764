/// What changed between two versions of a map: the weekly-review view.
///
/// Stakeholders are matched by id, relations by ``RelationIdentity`` (kind and ends,
/// unordered for conflicts and alliances), conflicts by their unordered pair, domains
/// by id. Everything is compared as declared, except the quadrant (each version under
/// its own thresholds), conflicts (declared and inferred, see ``ConflictFinder``),
/// alignment and allies, which come from a ``MapAnalysis`` of each version.
///
/// Build one with `MapDiff(old: oldMap, new: newMap)`; print it with
/// ``MapDiffText``, ``MapDiffMarkdown`` or ``MapDiffJSON``.
///
/// - Complexity: two analyses, plus O(n + r) for n stakeholders and r relations.
public struct MapDiff: Sendable {
  /// How the diff is computed.
  public struct Options: Sendable {
    /// How many of the ranked allies to compare.
    public var topAllies: Int
    /// Alignment differences smaller than this are treated as no change (the reports
    /// print two decimals).
    public var alignmentTolerance: Double

    /// Creates options: the top 5 allies, alignment compared to 0.005.
    public init(topAllies: Int = 5, alignmentTolerance: Double = 0.005) {
      self.topAllies = topAllies
      self.alignmentTolerance = alignmentTolerance
    }
  }

  /// The older version, analysed.
  public let old: MapAnalysis
  /// The newer version, analysed.
  public let new: MapAnalysis
  /// Changes to the title, goal, point of view (`me`) and thresholds.
  public let header: [FieldChange]
  /// Domains declared only in the newer version, in its order.
  public let domainsAdded: [Domain]
  /// Domains declared only in the older version, in its order.
  public let domainsRemoved: [Domain]
  /// Stakeholders only in the newer version, in its order.
  public let joined: [Stakeholder]
  /// Stakeholders only in the older version, in its order.
  public let left: [Stakeholder]
  /// Stakeholders in both whose name, role, domain, ratings, stance, quadrant or
  /// engagement changed, in the newer version's order. Engagement is compared only
  /// when either version writes one: otherwise it follows the stance.
  public let moved: [StakeholderChange]
  /// Relations only in the newer version, in its order.
  public let relationsAdded: [Relation]
  /// Relations only in the older version, in its order.
  public let relationsRemoved: [Relation]
  /// Relations in both whose weight, topic or note changed, in the newer version's order.
  public let relationsChanged: [RelationChange]
  /// Conflicts (declared or inferred) in the newer version between a pair that had
  /// none before.
  public let conflictsAppeared: [Conflict]
  /// Conflicts of the older version between a pair that has none now.
  public let conflictsResolved: [Conflict]
  /// Alignment of the whole map, before and after.
  public let alignment: AlignmentChange
  /// Alignment of each domain present in both versions whose alignment moved by at
  /// least the tolerance, in the newer version's order.
  public let domainAlignment: [DomainAlignmentChange]
  /// The top allies before, ranked.
  public let alliesBefore: [AllySuggestion]
  /// The top allies after, ranked.
  public let alliesAfter: [AllySuggestion]
  /// The tolerance alignment was compared with.
  public let alignmentTolerance: Double

  /// Compares two maps, analysing each.
  public init(old: StakeMap, new: StakeMap, options: Options = Options()) {
    let analysisOptions = MapAnalysis.Options(topAllies: options.topAllies)
    self.init(
      old: MapAnalysis(old, options: analysisOptions), new: MapAnalysis(new, options: analysisOptions),
      options: options)
  }

  /// Compares two analysed maps. Only the first `options.topAllies` allies of each
  /// are compared.
  public init(old: MapAnalysis, new: MapAnalysis, options: Options = Options()) {
    self.old = old
    self.new = new
    alignmentTolerance = options.alignmentTolerance
    let a = old.map
    let b = new.map

    header = Self.headerChanges(a, b)

    let oldDomains = Set(a.domains.map(\.id))
    let newDomains = Set(b.domains.map(\.id))
    domainsAdded = b.domains.filter { !oldDomains.contains($0.id) }
    domainsRemoved = a.domains.filter { !newDomains.contains($0.id) }

    let oldPeople = Dictionary(a.stakeholders.map { ($0.id, $0) }, uniquingKeysWith: { x, _ in x })
    let newIDs = Set(b.stakeholders.map(\.id))
    joined = b.stakeholders.filter { oldPeople[$0.id] == nil }
    left = a.stakeholders.filter { !newIDs.contains($0.id) }
    moved = b.stakeholders.compactMap { s in
      guard let before = oldPeople[s.id] else { return nil }
      let changes = Self.stakeholderChanges(before, in: a, s, in: b)
      return changes.isEmpty ? nil : StakeholderChange(id: s.id, changes: changes)
    }

    let oldRelations = Self.index(a.relations)
    let newRelations = Self.index(b.relations)
    relationsAdded = b.relations.filter { oldRelations[$0.identity] == nil }
    relationsRemoved = a.relations.filter { newRelations[$0.identity] == nil }
    relationsChanged = b.relations.compactMap { r in
      guard let before = oldRelations[r.identity] else { return nil }
      let changes = Self.relationChanges(before, r)
      return changes.isEmpty ? nil : RelationChange(old: before, new: r, changes: changes)
    }

    let oldConflicts = Set(old.conflicts.map(Self.pair))
    let newConflicts = Set(new.conflicts.map(Self.pair))
    conflictsAppeared = new.conflicts.filter { !oldConflicts.contains(Self.pair($0)) }
    conflictsResolved = old.conflicts.filter { !newConflicts.contains(Self.pair($0)) }

    alignment = AlignmentChange(old: old.alignment, new: new.alignment)
    let oldByDomain = Dictionary(old.domainAlignment.map { ($0.domain, $0.alignment) }, uniquingKeysWith: { x, _ in x })
    domainAlignment = new.domainAlignment.compactMap { entry in
      guard let before = oldByDomain[entry.domain] else { return nil }
      let change = AlignmentChange(old: before, new: entry.alignment)
      return change.isChange(tolerance: options.alignmentTolerance)
        ? DomainAlignmentChange(domain: entry.domain, change: change) : nil
    }

    alliesBefore = Array(old.allies.prefix(options.topAllies))
    alliesAfter = Array(new.allies.prefix(options.topAllies))
  }

  // MARK: - Summaries

  /// Allies in the top list after who were not in it before, in their new rank order.
  public var alliesEntered: [StakeholderID] {
    let before = Set(alliesBefore.map(\.id))
    return alliesAfter.map(\.id).filter { !before.contains($0) }
  }

  /// Allies in the top list before who are not in it now, in their old rank order.
  public var alliesDropped: [StakeholderID] {
    let after = Set(alliesAfter.map(\.id))
    return alliesBefore.map(\.id).filter { !after.contains($0) }
  }

  /// Whether the ranked top allies differ (members or order).
  public var alliesChanged: Bool { alliesBefore.map(\.id) != alliesAfter.map(\.id) }

  /// How many relations were added, removed or changed.
  public var relationChangeCount: Int { relationsAdded.count + relationsRemoved.count + relationsChanged.count }

  /// Whether nothing a report shows changed: no header, domain, stakeholder, relation
  /// or conflict change, alignment within the tolerance and the same ranked allies.
  public var isEmpty: Bool {
    header.isEmpty && domainsAdded.isEmpty && domainsRemoved.isEmpty && joined.isEmpty && left.isEmpty
      && moved.isEmpty && relationChangeCount == 0 && conflictsAppeared.isEmpty && conflictsResolved.isEmpty
      && !alignment.isChange(tolerance: alignmentTolerance) && domainAlignment.isEmpty && !alliesChanged
  }

  /// The display name of an id: from the newer version when it is there, else the older.
  public func name(_ id: StakeholderID) -> String {
    (new.map.stakeholder(id) ?? old.map.stakeholder(id))?.displayName ?? id.rawValue
  }

  /// The label of a domain: from the newer version when it is there, else the older.
  public func domainLabel(_ id: DomainID) -> String {
    (new.map.domain(id) ?? old.map.domain(id))?.displayLabel ?? id.rawValue
  }

  // MARK: - Comparison

  private static func headerChanges(_ a: StakeMap, _ b: StakeMap) -> [FieldChange] {
    var changes: [FieldChange] = []
    func text(_ field: DiffField, _ x: String?, _ y: String?) {
      if x != y { changes.append(FieldChange(field, old: .init(x), new: .init(y))) }
    }
    func number(_ field: DiffField, _ x: Double, _ y: Double) {
      if x != y { changes.append(FieldChange(field, old: .number(x), new: .number(y))) }
    }
    text(.title, a.title, b.title)
    text(.goal, a.goal, b.goal)
    text(.me, a.me?.rawValue, b.me?.rawValue)
    number(.powerThreshold, a.thresholds.power, b.thresholds.power)
    number(.interestThreshold, a.thresholds.interest, b.thresholds.interest)
    number(.salienceThreshold, a.thresholds.salience, b.thresholds.salience)
    return changes
  }

  private static func stakeholderChanges(_ x: Stakeholder, in a: StakeMap, _ y: Stakeholder, in b: StakeMap)
    -> [FieldChange]
  {
    var changes: [FieldChange] = []
    if x.name != y.name { changes.append(FieldChange(.name, old: .init(x.name), new: .init(y.name))) }
    if x.role != y.role { changes.append(FieldChange(.role, old: .init(x.role), new: .init(y.role))) }
    if x.domain != y.domain {
      changes.append(FieldChange(.domain, old: .init(x.domain?.rawValue), new: .init(y.domain?.rawValue)))
    }
    if x.power != y.power { changes.append(FieldChange(.power, old: .init(x.power), new: .init(y.power))) }
    if x.interest != y.interest {
      changes.append(FieldChange(.interest, old: .init(x.interest), new: .init(y.interest)))
    }
    if x.stance != y.stance { changes.append(FieldChange(.stance, old: .number(x.stance), new: .number(y.stance))) }
    let qx = a.positioning(of: x).quadrant
    let qy = b.positioning(of: y).quadrant
    if qx != qy { changes.append(FieldChange(.quadrant, old: .text(qx.rawValue), new: .text(qy.rawValue))) }
    // Engagement derived from the stance alone moves with the stance, which is
    // already reported; an engagement written in either version is compared.
    if x.engagement != nil || y.engagement != nil {
      let ex = x.effectiveEngagement.current
      let ey = y.effectiveEngagement.current
      if ex != ey { changes.append(FieldChange(.engagement, old: .text(ex.rawValue), new: .text(ey.rawValue))) }
      let dx = x.engagement?.desired
      let dy = y.engagement?.desired
      if dx != dy {
        changes.append(FieldChange(.desiredEngagement, old: .init(dx?.rawValue), new: .init(dy?.rawValue)))
      }
    }
    return changes
  }

  private static func relationChanges(_ x: Relation, _ y: Relation) -> [FieldChange] {
    var changes: [FieldChange] = []
    if x.weight != y.weight { changes.append(FieldChange(.weight, old: .init(x.weight), new: .init(y.weight))) }
    if x.topic != y.topic { changes.append(FieldChange(.topic, old: .init(x.topic), new: .init(y.topic))) }
    if x.note != y.note { changes.append(FieldChange(.note, old: .init(x.note), new: .init(y.note))) }
    return changes
  }

  /// The last declaration of each relation (the parser keeps one per identity).
  private static func index(_ relations: [Relation]) -> [RelationIdentity: Relation] {
    var result: [RelationIdentity: Relation] = [:]
    for r in relations { result[r.identity] = r }
    return result
  }

  private static func pair(_ c: Conflict) -> RelationIdentity {
    Relation(.conflictsWith, from: c.a, to: c.b).identity
  }
}

/// A field a diff reports a change of: of the map's header, a stakeholder or a relation.
public enum DiffField: String, CaseIterable, Sendable {
  case title, goal, me
  case powerThreshold = "power threshold"
  case interestThreshold = "interest threshold"
  case salienceThreshold = "salience threshold"
  case name, role, domain, power, interest, stance, quadrant, engagement
  case desiredEngagement = "desired engagement"
  case weight, topic, note

  /// The key in JSON output: `powerThreshold`, `stance`.
  public var jsonKey: String {
    switch self {
    case .powerThreshold: "powerThreshold"
    case .interestThreshold: "interestThreshold"
    case .salienceThreshold: "salienceThreshold"
    case .desiredEngagement: "desiredEngagement"
    default: rawValue
    }
  }
}

/// One side of a field change: nothing (not given), a number or text.
///
/// Stakeholder and domain ids are text; a domain of `nil` is top level.
public enum FieldValue: Hashable, Sendable {
  /// Not given (unrated, no role, top level…).
  case none
  /// A number on the field's scale.
  case number(Double)
  /// Text: a name, an id, a quadrant or engagement keyword.
  case text(String)

  /// `.text`, or `.none` for nil.
  public init(_ text: String?) { self = text.map(FieldValue.text) ?? .none }

  /// `.number`, or `.none` for nil.
  public init(_ number: Double?) { self = number.map(FieldValue.number) ?? .none }
}

/// A field that changed, with its value before and after.
public struct FieldChange: Hashable, Sendable {
  /// Which field.
  public var field: DiffField
  /// The value in the older version.
  public var old: FieldValue
  /// The value in the newer version.
  public var new: FieldValue

  /// Creates a change.
  public init(_ field: DiffField, old: FieldValue, new: FieldValue) {
    self.field = field
    self.old = old
    self.new = new
  }
}

/// A stakeholder present in both versions, and what changed about them.
public struct StakeholderChange: Hashable, Sendable {
  /// Who.
  public var id: StakeholderID
  /// What changed, in the order name, role, domain, power, interest, stance,
  /// quadrant, engagement, desired engagement.
  public var changes: [FieldChange]

  /// The change of one field, if it changed.
  public func change(_ field: DiffField) -> FieldChange? { changes.first { $0.field == field } }
}

/// A relation present in both versions whose attributes changed.
public struct RelationChange: Hashable, Sendable {
  /// The relation as declared before.
  public var old: Relation
  /// The relation as declared now.
  public var new: Relation
  /// What changed: weight, topic, note.
  public var changes: [FieldChange]
}

/// Alignment before and after (influence-weighted stance, −2…+2).
public struct AlignmentChange: Hashable, Sendable {
  /// Before.
  public var old: Alignment
  /// After.
  public var new: Alignment

  /// How far the current alignment moved.
  public var nowDelta: Double { new.now - old.now }
  /// How far the predicted alignment moved.
  public var predictedDelta: Double { new.predicted - old.predicted }

  /// Whether either value moved by at least `tolerance`.
  public func isChange(tolerance: Double) -> Bool {
    abs(nowDelta) >= tolerance || abs(predictedDelta) >= tolerance
  }
}

/// A domain's alignment before and after.
public struct DomainAlignmentChange: Hashable, Sendable {
  /// The domain (present in both versions).
  public var domain: DomainID
  /// Its alignment, with everyone nested in it.
  public var change: AlignmentChange
}
