/// Checks a ``SyntaxFile`` and turns it into a ``StakeMap``: resolves ids, reads and
/// range-checks values, applies defaults, and reports duplicates, unknown ids,
/// repeated headers, self-relations, relations declared twice, unrated stakeholders
/// and `reports-to` cycles.
///
/// - Complexity: O(n + r) for n stakeholders and r relations, plus the "did you
///   mean" search for each unknown id (at most ``DiagnosticSink/errorLimit``).
struct StakeMapResolver {
  private var reader: ValueReader
  private var map = StakeMap()
  /// Each declared stakeholder's position in `map.stakeholders`.
  private var stakeholderIndex: [StakeholderID: Int] = [:]
  /// Where each stakeholder in `map.stakeholders` is declared.
  private var stakeholderOffsets: [Int] = []
  private var domainOffsets: [DomainID: Int] = [:]
  private var headerOffsets: [String: Int] = [:]
  private var pendingRelations: [(RelationSyntax, Int)] = []
  private var me: IdentifierSyntax?

  private var sink: DiagnosticSink {
    get { reader.sink }
    set { reader.sink = newValue }
  }

  /// Resolves a file. Diagnostics go to `sink`.
  static func resolve(_ file: SyntaxFile, sink: inout DiagnosticSink) -> StakeMap {
    var resolver = StakeMapResolver(reader: ValueReader(sink: sink))
    resolver.declare(file.statements, domain: nil)
    resolver.resolveMe()
    resolver.resolveRelations()
    resolver.checkReportingCycles()
    sink = resolver.sink
    return resolver.map
  }

  private init(reader: ValueReader) { self.reader = reader }

  // MARK: - Declarations

  private mutating func declare(_ statements: [StatementSyntax], domain: DomainID?) {
    for statement in statements {
      if sink.isFull { return }
      switch statement.kind {
      case .title(let text):
        if header("title", at: statement.offset) { map.title = text.value }
      case .goal(let text):
        if header("goal", at: statement.offset) { map.goal = text.value }
      case .me(let id):
        if header("me", at: statement.offset) { me = id }
      case .thresholds(let attributes):
        if header("thresholds", at: statement.offset) { readThresholds(attributes) }
      case .domain(let syntax):
        declareDomain(syntax, parent: domain)
      case .stakeholder(let syntax):
        declareStakeholder(syntax, domain: domain)
      case .relation(let syntax):
        pendingRelations.append((syntax, statement.offset))
      }
    }
  }

  /// Records a header statement; reports a repeat and returns false.
  private mutating func header(_ keyword: String, at offset: Int) -> Bool {
    if let first = headerOffsets[keyword] {
      sink.error(
        at: offset, "'\(keyword)' is given twice; a map has at most one",
        notes: [sink.note(at: first, "the first '\(keyword)' is here")])
      return false
    }
    headerOffsets[keyword] = offset
    return true
  }

  private mutating func readThresholds(_ attributes: [AttributeSyntax]) {
    var seen: [String: Int] = [:]
    for attribute in attributes {
      let key = attribute.key.text
      guard let which = ThresholdAttribute(rawValue: key) else {
        unknownAttribute(attribute.key, of: "thresholds", known: ThresholdAttribute.allCases.map(\.rawValue))
        continue
      }
      guard noRepeat(attribute.key, in: &seen) else { continue }
      guard let value = reader.number(attribute.value, key: key, range: 0...10) else { continue }
      switch which {
      case .power: map.thresholds.power = value
      case .interest: map.thresholds.interest = value
      case .salience: map.thresholds.salience = value
      }
    }
  }

  private mutating func declareDomain(_ syntax: DomainSyntax, parent: DomainID?) {
    let id = DomainID(syntax.id.text)
    if let first = domainOffsets[id] {
      sink.error(
        at: syntax.id.offset, "duplicate domain id '\(id)'",
        notes: [sink.note(at: first, "'\(id)' is first declared here")])
      // Its stakeholders still count, in the first domain of that id.
    } else {
      domainOffsets[id] = syntax.id.offset
      map.domains.append(
        Domain(id: id, label: syntax.label?.value, parent: parent, position: map.stakeholders.count))
    }
    declare(syntax.body, domain: id)
  }

  private mutating func declareStakeholder(_ syntax: StakeholderSyntax, domain: DomainID?) {
    let id = StakeholderID(syntax.id.text)
    var stakeholder = Stakeholder(id: id, name: syntax.name?.value, domain: domain)
    var seen: [String: Int] = [:]
    for attribute in syntax.attributes {
      let key = attribute.key.text
      guard let which = StakeholderAttribute(rawValue: key) else {
        unknownAttribute(
          attribute.key, of: "a stakeholder", known: StakeholderAttribute.allCases.map(\.rawValue))
        continue
      }
      guard noRepeat(attribute.key, in: &seen) else { continue }
      let value = attribute.value
      switch which {
      case .role: stakeholder.role = reader.text(value, key: key)
      case .power: stakeholder.power = reader.scale(value, key: key, words: true)
      case .interest: stakeholder.interest = reader.scale(value, key: key, words: true)
      case .stance: stakeholder.stance = reader.stance(value) ?? 0
      case .legitimacy: stakeholder.legitimacy = reader.scale(value, key: key, words: false)
      case .urgency: stakeholder.urgency = reader.scale(value, key: key, words: false)
      case .openness: stakeholder.openness = reader.number(value, key: key, range: 0...1) ?? 0.5
      case .goals: stakeholder.goals = reader.list(value, key: key) ?? []
      case .tags: stakeholder.tags = reader.list(value, key: key) ?? []
      case .engagement: stakeholder.engagement = reader.engagement(value)
      case .kind: stakeholder.kind = reader.kind(value) ?? .person
      case .note: stakeholder.note = reader.text(value, key: key)
      }
    }
    if let first = stakeholderIndex[id].map({ stakeholderOffsets[$0] }) {
      sink.error(
        at: syntax.id.offset, "duplicate stakeholder id '\(id)'",
        notes: [sink.note(at: first, "'\(id)' is first declared here")])
      return
    }
    stakeholderIndex[id] = map.stakeholders.count
    stakeholderOffsets.append(syntax.id.offset)
    let missing = [
      stakeholder.power == nil && seen["power"] == nil ? "power" : nil,
      stakeholder.interest == nil && seen["interest"] == nil ? "interest" : nil,
    ].compactMap { $0 }
    if !missing.isEmpty {
      sink.warning(
        at: syntax.id.offset,
        "stakeholder '\(id)' has no \(missing.joined(separator: " or ")) rating; analysed as medium (5) and shown apart on the grid"
      )
    }
    map.stakeholders.append(stakeholder)
  }

  private mutating func unknownAttribute(_ key: IdentifierSyntax, of what: String, known: [String]) {
    let hint = Suggestions.didYouMean(key.text, in: known)
    let list = hint.isEmpty ? " (known: \(known.joined(separator: ", ")))" : hint
    sink.error(at: key.offset, "unknown attribute '\(key.text)' for \(what)\(list)")
  }

  private mutating func noRepeat(_ key: IdentifierSyntax, in seen: inout [String: Int]) -> Bool {
    if let first = seen[key.text] {
      sink.error(
        at: key.offset, "attribute '\(key.text)' is given twice",
        notes: [sink.note(at: first, "the first '\(key.text)' is here")])
      return false
    }
    seen[key.text] = key.offset
    return true
  }

  // MARK: - References

  private mutating func resolveMe() {
    guard let me else { return }
    if let i = index(of: me) { map.me = map.stakeholders[i].id }
  }

  /// Whether an id names a stakeholder; reports it when not.
  private mutating func known(_ id: IdentifierSyntax) -> Bool { index(of: id) != nil }

  /// The position in `map.stakeholders` of the stakeholder an id names; reports an
  /// unknown id (with the nearest known one) and returns nil.
  private mutating func index(of id: IdentifierSyntax) -> Int? {
    if let i = stakeholderIndex[StakeholderID(id.text)] { return i }
    let hint = Suggestions.didYouMean(id.text, in: stakeholderIndex.keys.lazy.map(\.rawValue).sorted())
    sink.error(at: id.offset, "unknown stakeholder '\(id.text)'\(hint)")
    return nil
  }

  private mutating func resolveRelations() {
    // A relation's identity as one integer: kind and the two stakeholders' positions
    // (in order for undirected kinds), so duplicates are found without hashing ids.
    var positions: [UInt64: (index: Int, offset: Int)] = [:]
    positions.reserveCapacity(pendingRelations.count)
    var relations: [Relation?] = []
    relations.reserveCapacity(pendingRelations.count)
    for (syntax, offset) in pendingRelations {
      if sink.isFull { break }
      let fromIndex = index(of: syntax.from)
      let toIndex = index(of: syntax.to)
      guard var relation = readRelation(syntax), let a = fromIndex, let b = toIndex else { continue }
      relation.from = map.stakeholders[a].id
      relation.to = map.stakeholders[b].id
      if a == b {
        sink.warning(
          at: offset, "'\(relation.from)' \(syntax.verb.text) itself; a relation of a stakeholder to itself is ignored")
        continue
      }
      let (low, high) = relation.kind.isUndirected && b < a ? (b, a) : (a, b)
      let kindNumber = UInt64(RelationKind.allCases.firstIndex(of: relation.kind)!)
      let identity = kindNumber << 58 | UInt64(low) << 29 | UInt64(high)
      if let earlier = positions[identity] {
        sink.warning(
          at: offset,
          "\(syntax.from.text) \(syntax.verb.text) \(syntax.to.text) is declared twice; the later one wins (the first is at line \(sink.location(earlier.offset).line))"
        )
        relations[earlier.index] = nil
      }
      positions[identity] = (relations.count, offset)
      relations.append(relation)
    }
    map.relations = relations.compactMap { $0 }
  }

  private mutating func readRelation(_ syntax: RelationSyntax) -> Relation? {
    let kind = syntax.verb.kind
    var relation = Relation(kind, from: "", to: "")
    var ok = true
    if let bare = syntax.bareValue {
      switch (kind, bare.kind) {
      case (.influences, .number):
        relation.weight = reader.number(bare, key: "weight", range: 0...1)
        ok = ok && relation.weight != nil
      case (.dependsOn, .string(let text)), (.conflictsWith, .string(let text)):
        relation.topic = text
      default:
        let expected: String
        switch kind {
        case .influences: expected = "a bare number after an influence is its weight"
        case .dependsOn, .conflictsWith: expected = "a bare string after '\(kind.keyword)' is its topic"
        default: expected = "'\(kind.keyword)' takes no bare value; use topic=\"…\" or note=\"…\""
        }
        sink.error(at: bare.offset, "unexpected \(bare.typeDescription) here: \(expected)")
        ok = false
      }
    }
    var seen: [String: Int] = [:]
    if syntax.bareValue != nil {
      seen[kind == .influences ? "weight" : "topic"] = syntax.bareValue!.offset
    }
    for attribute in syntax.attributes {
      let key = attribute.key.text
      guard let which = RelationAttribute(rawValue: key) else {
        unknownAttribute(attribute.key, of: "a relation", known: RelationAttribute.allCases.map(\.rawValue))
        ok = false
        continue
      }
      guard noRepeat(attribute.key, in: &seen) else {
        ok = false
        continue
      }
      switch which {
      case .weight:
        guard kind == .influences else {
          sink.error(
            at: attribute.key.offset,
            "'weight' belongs to influences; '\(kind.keyword)' has none"
              + (kind == .reportsTo ? " (declare the influence, e.g. 'boss -> report weight=0.8')" : ""))
          ok = false
          continue
        }
        relation.weight = reader.number(attribute.value, key: key, range: 0...1)
        ok = ok && relation.weight != nil
      case .topic:
        relation.topic = reader.text(attribute.value, key: key)
        ok = ok && relation.topic != nil
      case .note:
        relation.note = reader.text(attribute.value, key: key)
        ok = ok && relation.note != nil
      }
    }
    return ok ? relation : nil
  }

  // MARK: - Reporting cycles

  /// Reports each group of stakeholders whose `reports-to` lines go round in a
  /// circle, once, at the relation declared last in the circle.
  private mutating func checkReportingCycles() {
    let reports = map.relations.filter { $0.kind == .reportsTo }
    guard !reports.isEmpty else { return }
    var index: [StakeholderID: Int] = [:]
    var ids: [StakeholderID] = []
    for relation in reports {
      for id in [relation.from, relation.to] where index[id] == nil {
        index[id] = ids.count
        ids.append(id)
      }
    }
    var edges = [[Int]](repeating: [], count: ids.count)
    for relation in reports { edges[index[relation.from]!].append(index[relation.to]!) }
    let graph = InfluenceNetwork(
      count: ids.count, edges: reports.map { (index[$0.from]!, index[$0.to]!, 1.0) })
    let scc = graph.stronglyConnectedComponents()
    // The relation declared last among each circle's edges, found in one pass (one pass
    // per circle would be quadratic in a file of many small circles).
    var lastOffsets = [Int](repeating: 0, count: scc.count)
    for (syntax, offset) in pendingRelations where syntax.verb.kind == .reportsTo {
      if let a = index[StakeholderID(syntax.from.text)], let b = index[StakeholderID(syntax.to.text)],
        scc.componentOfNode[a] == scc.componentOfNode[b]
      {
        lastOffsets[scc.componentOfNode[a]] = max(lastOffsets[scc.componentOfNode[a]], offset)
      }
    }
    for (c, component) in scc.components.enumerated() where component.count > 1 {
      if sink.isFull { return }
      let members = Set(component)
      // Walk inside the component from its first member until a node repeats.
      var path = [component.min()!]
      var seenAt = [path[0]: 0]
      while true {
        let next = edges[path.last!].filter { members.contains($0) }.min()!
        if let start = seenAt[next] {
          path = Array(path[start...]) + [next]
          break
        }
        seenAt[next] = path.count
        path.append(next)
      }
      let circle = path.map { ids[$0].rawValue }.joined(separator: " reports-to ")
      sink.error(at: lastOffsets[c], "reporting cycle: \(circle)")
    }
  }
}
