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
  /// The ids of declared stakeholders, interned.
  private var stakeholderSymbols = SymbolTable(expectedCount: 1024)
  /// For each symbol of `stakeholderSymbols`, the stakeholder's position in
  /// `map.stakeholders`.
  private var stakeholderOfSymbol: [Int32] = []
  /// Where each stakeholder in `map.stakeholders` is declared.
  private var stakeholderOffsets: [Int] = []
  private var domainOffsets: [DomainID: Int] = [:]
  private var headerOffsets: [String: Int] = [:]
  /// How many relation statements the file has (the walk over them is deferred
  /// until every stakeholder is declared).
  private var relationCount = 0
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
    resolver.resolveRelations(file.statements)
    resolver.checkReportingCycles(file.statements)
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
      case .relation:
        relationCount += 1
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
    let symbol = Int(stakeholderSymbols.intern(id.rawValue))
    if symbol < stakeholderOfSymbol.count {
      let first = stakeholderOffsets[Int(stakeholderOfSymbol[symbol])]
      sink.error(
        at: syntax.id.offset, "duplicate stakeholder id '\(id)'",
        notes: [sink.note(at: first, "'\(id)' is first declared here")])
      return
    }
    stakeholderOfSymbol.append(Int32(map.stakeholders.count))
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
    if let symbol = stakeholderSymbols.lookup(id.text) { return Int(stakeholderOfSymbol[Int(symbol)]) }
    let hint = Suggestions.didYouMean(id.text, in: map.stakeholders.map(\.id.rawValue).sorted())
    sink.error(at: id.offset, "unknown stakeholder '\(id.text)'\(hint)")
    return nil
  }

  /// The relations being resolved, in file order; `nil` for one a later declaration
  /// replaced.
  private var relations: [Relation?] = []
  /// The byte offset where each of `relations` is declared.
  private var relationOffsets: [Int] = []
  /// The stakeholders' positions at the two ends of each of `relations`.
  private var relationEnds: [(Int32, Int32)] = []
  /// A relation's identity as one integer (kind and the two stakeholders' positions,
  /// in order for undirected kinds) → where it is in `relations`.
  private var identities = IdentityTable(expectedCount: 0)

  private mutating func resolveRelations(_ statements: [StatementSyntax]) {
    relations.reserveCapacity(relationCount)
    relationEnds.reserveCapacity(relationCount)
    relationOffsets.reserveCapacity(relationCount)
    identities = IdentityTable(expectedCount: relationCount)
    resolveRelations(in: statements)
    var resolved: [Relation] = []
    resolved.reserveCapacity(relations.count)
    var ends: [(Int32, Int32)] = []
    ends.reserveCapacity(relations.count)
    for (relation, pair) in zip(relations, relationEnds) {
      if let relation {
        resolved.append(relation)
        ends.append(pair)
      }
    }
    map.relations = resolved
    relationEnds = ends
    relations = []
    relationOffsets = []
  }

  /// Resolves the relations among statements, depth first in file order; false once
  /// the error limit is reached.
  @discardableResult
  private mutating func resolveRelations(in statements: [StatementSyntax]) -> Bool {
    for statement in statements {
      switch statement.kind {
      case .relation(let syntax):
        if sink.isFull { return false }
        resolveRelation(syntax, at: statement.offset)
      case .domain(let domain):
        if !resolveRelations(in: domain.body) { return false }
      default:
        continue
      }
    }
    return true
  }

  private mutating func resolveRelation(_ syntax: RelationSyntax, at offset: Int) {
    let fromIndex = index(of: syntax.from)
    let toIndex = index(of: syntax.to)
    guard var relation = readRelation(syntax), let a = fromIndex, let b = toIndex else { return }
    relation.from = map.stakeholders[a].id
    relation.to = map.stakeholders[b].id
    if a == b {
      sink.warning(
        at: offset, "'\(relation.from)' \(syntax.verb.text) itself; a relation of a stakeholder to itself is ignored")
      return
    }
    let (low, high) = relation.kind.isUndirected && b < a ? (b, a) : (a, b)
    let identity = UInt64(relation.kind.number) << 58 | UInt64(low) << 29 | UInt64(high)
    if let earlier = identities.update(identity, Int32(relations.count)).map(Int.init) {
      sink.warning(
        at: offset,
        "\(syntax.from.text) \(syntax.verb.text) \(syntax.to.text) is declared twice; the later one wins (the first is at line \(sink.location(relationOffsets[earlier]).line))"
      )
      relations[earlier] = nil
    }
    relations.append(relation)
    relationOffsets.append(offset)
    relationEnds.append((Int32(a), Int32(b)))
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
  private mutating func checkReportingCycles(_ statements: [StatementSyntax]) {
    // Nodes are the stakeholders that appear in a `reports-to`, numbered in order of
    // first appearance (the cycle's text starts from the lowest number).
    var node = [Int32](repeating: -1, count: map.stakeholders.count)
    var stakeholderOfNode: [Int] = []
    var graphEdges: [(Int, Int, Double)] = []
    for (relation, ends) in zip(map.relations, relationEnds) where relation.kind == .reportsTo {
      for end in [Int(ends.0), Int(ends.1)] where node[end] < 0 {
        node[end] = Int32(stakeholderOfNode.count)
        stakeholderOfNode.append(end)
      }
      graphEdges.append((Int(node[Int(ends.0)]), Int(node[Int(ends.1)]), 1.0))
    }
    guard !graphEdges.isEmpty else { return }
    var edges = [[Int]](repeating: [], count: stakeholderOfNode.count)
    for (from, to, _) in graphEdges { edges[from].append(to) }
    let graph = InfluenceNetwork(count: stakeholderOfNode.count, edges: graphEdges)
    for component in graph.stronglyConnectedComponents().components where component.count > 1 {
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
      let circle = path.map { map.stakeholders[stakeholderOfNode[$0]].id.rawValue }.joined(separator: " reports-to ")
      // The relation declared last among the circle's edges (whether or not it was
      // accepted).
      var lastOffset = 0
      var symbols = stakeholderSymbols
      let positions = stakeholderOfSymbol
      forEachRelation(in: statements) { syntax, offset in
        guard syntax.verb.kind == .reportsTo,
          let a = symbols.lookup(syntax.from.text).map({ Int(positions[Int($0)]) }),
          let b = symbols.lookup(syntax.to.text).map({ Int(positions[Int($0)]) }),
          node[a] >= 0, node[b] >= 0, members.contains(Int(node[a])), members.contains(Int(node[b]))
        else { return }
        lastOffset = max(lastOffset, offset)
      }
      sink.error(at: lastOffset, "reporting cycle: \(circle)")
    }
  }

  /// Calls `body` with every relation statement and its offset, in file order.
  private func forEachRelation(in statements: [StatementSyntax], _ body: (RelationSyntax, Int) -> Void) {
    for statement in statements {
      switch statement.kind {
      case .relation(let syntax): body(syntax, statement.offset)
      case .domain(let domain): forEachRelation(in: domain.body, body)
      default: continue
      }
    }
  }
}

extension RelationKind {
  /// The kind's position in `allCases`.
  var number: Int {
    switch self {
    case .influences: 0
    case .dependsOn: 1
    case .conflictsWith: 2
    case .alliedWith: 3
    case .reportsTo: 4
    }
  }
}
