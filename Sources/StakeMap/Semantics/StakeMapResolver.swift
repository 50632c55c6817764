/// Checks what the parser read (a ``FlatSyntax``) and turns it into a ``StakeMap``:
/// resolves ids, reads and range-checks values, applies defaults, and reports
/// duplicates, unknown ids, repeated headers, self-relations, relations declared
/// twice, unrated stakeholders and `reports-to` cycles.
///
/// Ids are compared as symbols (integers), and a stakeholder is found by indexing an
/// array with its symbol.
///
/// - Complexity: O(n + r) for n stakeholders and r relations (plus a sort of the
///   relations of each stakeholder, to find duplicates), and the "did you mean"
///   search for each unknown id (at most ``DiagnosticSink/errorLimit``).
struct StakeMapResolver {
  typealias Symbol = SymbolTable.Symbol

  private let syntax: FlatSyntax
  private var reader: ValueReader
  private var map = StakeMap()
  /// For each symbol, the position in `map.stakeholders` of the stakeholder it names,
  /// or -1.
  private var stakeholderOfSymbol: [Int32]
  /// Where each stakeholder in `map.stakeholders` is declared.
  private var stakeholderOffsets: [Int] = []
  /// The id of each stakeholder in `map.stakeholders`, packed (relations read them at
  /// random; the whole stakeholders are ten times larger).
  private var ids: [StakeholderID] = []
  /// For each symbol, where the domain it names is first declared, or -1.
  private var domainOffsetOfSymbol: [Int]
  private var headerOffsets: [String: Int] = [:]
  private var me: FlatSyntax.Identifier?
  /// The declared ids in order, for "did you mean"; made on the first unknown id.
  private var sortedIDs: [String]?

  private static let stakeholderAttributes = KeywordLookup(StakeholderAttribute.allCases, text: \.rawValue)
  private static let relationAttributes = KeywordLookup(RelationAttribute.allCases, text: \.rawValue)
  private static let thresholdAttributes = KeywordLookup(ThresholdAttribute.allCases, text: \.rawValue)

  private var sink: DiagnosticSink {
    get { reader.sink }
    set { reader.sink = newValue }
  }

  /// Resolves what a parse read. Diagnostics go to `sink`.
  static func resolve(_ syntax: FlatSyntax, sink: inout DiagnosticSink) -> StakeMap {
    var resolver = StakeMapResolver(syntax: syntax, sink: sink)
    resolver.declare(0..<syntax.statements.count, domain: nil)
    resolver.resolveMe()
    resolver.resolveRelations()
    resolver.checkReportingCycles()
    sink = resolver.sink
    return resolver.map
  }

  private init(syntax: FlatSyntax, sink: DiagnosticSink) {
    self.syntax = syntax
    self.reader = ValueReader(sink: sink, syntax: syntax)
    stakeholderOfSymbol = [Int32](repeating: -1, count: syntax.symbols.count)
    domainOffsetOfSymbol = [Int](repeating: -1, count: syntax.symbols.count)
    map.stakeholders.reserveCapacity(syntax.stakeholders.count)
    stakeholderOffsets.reserveCapacity(syntax.stakeholders.count)
    ids.reserveCapacity(syntax.stakeholders.count)
  }

  // MARK: - Declarations

  /// Declares the statements `range` (a block's body: domains are skipped over as a
  /// whole, after declaring their own bodies).
  private mutating func declare(_ range: Range<Int>, domain: DomainID?) {
    var i = range.lowerBound
    while i < range.upperBound {
      if sink.isFull { return }
      let statement = syntax.statements[i]
      let offset = Int(statement.offset)
      let record = Int(statement.record)
      switch statement.kind {
      case .title:
        if header("title", at: offset) { map.title = syntax.decodeString(syntax.strings[record]) }
      case .goal:
        if header("goal", at: offset) { map.goal = syntax.decodeString(syntax.strings[record]) }
      case .me:
        if header("me", at: offset) { me = syntax.identifiers[record] }
      case .thresholds:
        if header("thresholds", at: offset) { readThresholds(syntax.attributeLists[record]) }
      case .domain:
        declareDomain(at: i, parent: domain)
      case .stakeholder:
        declareStakeholder(syntax.stakeholders[record], domain: domain)
      case .relation:
        break
      }
      i = syntax.next(after: i)
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

  private mutating func readThresholds(_ attributes: FlatSyntax.AttributeRange) {
    var seen = SeenKeys(attributes.indices)
    for i in attributes.indices {
      let attribute = syntax.attributes[i]
      guard let which = Self.thresholdAttributes[attribute.key] else {
        unknownAttribute(attribute, of: "thresholds", known: ThresholdAttribute.allCases.map(\.rawValue))
        continue
      }
      guard noRepeat(attribute, which.rawValue, in: &seen) else { continue }
      guard let value = reader.number(attribute.value, key: which.rawValue, range: 0...10) else { continue }
      switch which {
      case .power: map.thresholds.power = value
      case .interest: map.thresholds.interest = value
      case .salience: map.thresholds.salience = value
      }
    }
  }

  private mutating func declareDomain(at statement: Int, parent: DomainID?) {
    let syntax = self.syntax.domains[Int(self.syntax.statements[statement].record)]
    let id = DomainID(self.syntax.text(syntax.id))
    let first = domainOffsetOfSymbol[Int(syntax.id.symbol)]
    if first >= 0 {
      sink.error(
        at: Int(syntax.id.start), "duplicate domain id '\(id)'",
        notes: [sink.note(at: first, "'\(id)' is first declared here")])
      // Its stakeholders still count, in the first domain of that id.
    } else {
      domainOffsetOfSymbol[Int(syntax.id.symbol)] = Int(syntax.id.start)
      let label = syntax.label.end == 0 ? nil : self.syntax.decodeString(syntax.label)
      map.domains.append(Domain(id: id, label: label, parent: parent, position: map.stakeholders.count))
    }
    declare(statement + 1..<Int(syntax.bodyEnd), domain: id)
  }

  private mutating func declareStakeholder(_ syntax: FlatSyntax.Stakeholder, domain: DomainID?) {
    let id = StakeholderID(self.syntax.text(syntax.id))
    let name = syntax.name.end == 0 ? nil : self.syntax.decodeString(syntax.name)
    var stakeholder = Stakeholder(id: id, name: name, domain: domain)
    var seen = SeenKeys(syntax.attributes.indices)
    for i in syntax.attributes.indices {
      let attribute = self.syntax.attributes[i]
      guard let which = Self.stakeholderAttributes[attribute.key] else {
        unknownAttribute(attribute, of: "a stakeholder", known: StakeholderAttribute.allCases.map(\.rawValue))
        continue
      }
      let key = which.rawValue
      guard noRepeat(attribute, key, in: &seen) else { continue }
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
    let symbol = Int(syntax.id.symbol)
    if stakeholderOfSymbol[symbol] >= 0 {
      let first = stakeholderOffsets[Int(stakeholderOfSymbol[symbol])]
      sink.error(
        at: Int(syntax.id.start), "duplicate stakeholder id '\(id)'",
        notes: [sink.note(at: first, "'\(id)' is first declared here")])
      return
    }
    stakeholderOfSymbol[symbol] = Int32(map.stakeholders.count)
    stakeholderOffsets.append(Int(syntax.id.start))
    ids.append(id)
    let missing = [
      stakeholder.power == nil && !seen.contains(Self.power) ? "power" : nil,
      stakeholder.interest == nil && !seen.contains(Self.interest) ? "interest" : nil,
    ].compactMap { $0 }
    if !missing.isEmpty {
      sink.warning(
        at: Int(syntax.id.start),
        "stakeholder '\(id)' has no \(missing.joined(separator: " or ")) rating; analysed as medium (5) and shown apart on the grid"
      )
    }
    map.stakeholders.append(stakeholder)
  }

  private mutating func unknownAttribute(_ attribute: FlatSyntax.Attribute, of what: String, known: [String]) {
    let key = syntax.identifierText(at: attribute.keyStart)
    let hint = Suggestions.didYouMean(key, in: known)
    let list = hint.isEmpty ? " (known: \(known.joined(separator: ", ")))" : hint
    sink.error(at: Int(attribute.keyStart), "unknown attribute '\(key)' for \(what)\(list)")
  }

  /// The known keys one statement has given so far, as a set of keyword symbols
  /// (there are fewer than 64 keywords).
  private struct SeenKeys {
    private var symbols: UInt64 = 0
    /// The statement's attributes, to find where a key was first given.
    let attributes: Range<Int>
    /// The key a relation's bare value gives (its first attribute), if any.
    var bareKey: Symbol = -1

    init(_ attributes: Range<Int>) { self.attributes = attributes }

    func contains(_ key: Symbol) -> Bool { symbols & (1 << UInt64(key)) != 0 }
    mutating func insert(_ key: Symbol) { symbols |= 1 << UInt64(key) }
  }

  private static let power = Keyword.symbol("power")
  private static let weight = Keyword.symbol("weight")
  private static let topic = Keyword.symbol("topic")
  private static let interest = Keyword.symbol("interest")

  /// Records a known key; reports a repeat (with where the key was first given) and
  /// returns false.
  private mutating func noRepeat(_ attribute: FlatSyntax.Attribute, _ text: String, in seen: inout SeenKeys) -> Bool {
    guard seen.contains(attribute.key) else {
      seen.insert(attribute.key)
      return true
    }
    // The first attribute with this key: a known key is always accepted the first time.
    var first = Int(attribute.keyStart)
    for i in seen.attributes {
      let earlier = syntax.attributes[i]
      if earlier.key == attribute.key || (earlier.key == -1 && seen.bareKey == attribute.key) {
        first = Int(earlier.keyStart)
        break
      }
    }
    sink.error(
      at: Int(attribute.keyStart), "attribute '\(text)' is given twice",
      notes: [sink.note(at: first, "the first '\(text)' is here")])
    return false
  }

  // MARK: - References

  private mutating func resolveMe() {
    guard let me else { return }
    if let i = index(of: me.symbol, at: me.start) { map.me = map.stakeholders[i].id }
  }

  /// The position in `map.stakeholders` of the stakeholder an id names; reports an
  /// unknown id (with the nearest known one) and returns nil.
  private mutating func index(of symbol: Symbol, at offset: UInt32) -> Int? {
    let i = stakeholderOfSymbol[Int(symbol)]
    if i >= 0 { return Int(i) }
    guard !sink.isFull else { return nil }
    let text = syntax.identifierText(at: offset)
    if sortedIDs == nil { sortedIDs = map.stakeholders.map(\.id.rawValue).sorted() }
    let hint = Suggestions.didYouMean(text, in: sortedIDs!)
    sink.error(at: Int(offset), "unknown stakeholder '\(text)'\(hint)")
    return nil
  }

  /// The relations accepted so far, in file order, with the records they come from
  /// and the positions of their two stakeholders.
  private var relations: [Relation] = []
  private var relationRecords: [Int32] = []
  private var relationEnds: [(Int32, Int32)] = []
  private var relationKinds: [UInt8] = []

  private mutating func resolveRelations() {
    let count = syntax.relations.count
    relations.reserveCapacity(count)
    relationRecords.reserveCapacity(count)
    relationEnds.reserveCapacity(count)
    relationKinds.reserveCapacity(count)
    for record in 0..<count {
      if sink.isFull { break }
      let syntax = self.syntax.relations[record]
      let fromIndex = index(of: syntax.from, at: syntax.fromOffset)
      let toIndex = index(of: syntax.to, at: syntax.toOffset)
      guard let values = readRelation(syntax), let a = fromIndex, let b = toIndex else { continue }
      if a == b {
        sink.warning(
          at: Int(syntax.fromOffset),
          "'\(ids[a])' \(syntax.verbText) itself; a relation of a stakeholder to itself is ignored")
        continue
      }
      let kind = syntax.kind
      relations.append(
        Relation(kind, from: ids[a], to: ids[b], weight: values.weight, topic: values.topic, note: values.note))
      relationRecords.append(Int32(record))
      relationEnds.append((Int32(a), Int32(b)))
      relationKinds.append(UInt8(kind.number))
    }
    dropRepeatedRelations()
    map.relations = relations
    relations = []
    relationRecords = []
  }

  /// Finds relations declared twice (the same kind between the same two
  /// stakeholders, in either order for undirected kinds): each repeat is reported,
  /// and only the last declaration is kept.
  private mutating func dropRepeatedRelations() {
    let repeated = RelationRepeats.previousDeclarations(
      kinds: relationKinds, ends: relationEnds, stakeholderCount: map.stakeholders.count)
    guard let repeated else { return }
    var keep = [Bool](repeating: true, count: relations.count)
    for (i, earlier) in repeated.enumerated() where earlier >= 0 {
      let syntax = self.syntax.relations[Int(relationRecords[i])]
      let first = self.syntax.relations[Int(relationRecords[Int(earlier)])]
      let from = self.syntax.identifierText(at: syntax.fromOffset)
      let to = self.syntax.identifierText(at: syntax.toOffset)
      sink.warning(
        at: Int(syntax.fromOffset),
        "\(from) \(syntax.verbText) \(to) is declared twice; the later one wins (the first is at line \(sink.location(Int(first.fromOffset)).line))"
      )
      keep[Int(earlier)] = false
    }
    var kept = 0
    for i in relations.indices where keep[i] {
      relations[kept] = relations[i]
      relationRecords[kept] = relationRecords[i]
      relationEnds[kept] = relationEnds[i]
      relationKinds[kept] = relationKinds[i]
      kept += 1
    }
    relations.removeSubrange(kept...)
    relationRecords.removeSubrange(kept...)
    relationEnds.removeSubrange(kept...)
    relationKinds.removeSubrange(kept...)
  }

  /// What a relation's attributes say.
  private struct RelationValues {
    var weight: Double?
    var topic: String?
    var note: String?
  }

  /// A relation's attributes, or nil after reporting what is wrong with them.
  private mutating func readRelation(_ syntax: FlatSyntax.Relation) -> RelationValues? {
    let kind = syntax.kind
    var relation = RelationValues()
    var ok = true
    var attributes = syntax.attributes.indices
    var seen = SeenKeys(attributes)
    if syntax.hasBareValue {
      let bare = self.syntax.attributes[attributes.lowerBound].value
      attributes = attributes.dropFirst()
      switch (kind, bare.kind) {
      case (.influences, .number):
        relation.weight = reader.number(bare, key: "weight", range: 0...1)
        ok = ok && relation.weight != nil
      case (.dependsOn, .string), (.conflictsWith, .string):
        relation.topic = self.syntax.decodeString(bare.start, bare.end)
      default:
        let expected: String
        switch kind {
        case .influences: expected = "a bare number after an influence is its weight"
        case .dependsOn, .conflictsWith: expected = "a bare string after '\(kind.keyword)' is its topic"
        default: expected = "'\(kind.keyword)' takes no bare value; use topic=\"…\" or note=\"…\""
        }
        sink.error(at: Int(bare.start), "unexpected \(self.syntax.typeDescription(bare)) here: \(expected)")
        ok = false
      }
      seen.bareKey = kind == .influences ? Self.weight : Self.topic
      seen.insert(seen.bareKey)
    }
    for i in attributes {
      let attribute = self.syntax.attributes[i]
      guard let which = Self.relationAttributes[attribute.key] else {
        unknownAttribute(attribute, of: "a relation", known: RelationAttribute.allCases.map(\.rawValue))
        ok = false
        continue
      }
      let key = which.rawValue
      guard noRepeat(attribute, key, in: &seen) else {
        ok = false
        continue
      }
      switch which {
      case .weight:
        guard kind == .influences else {
          sink.error(
            at: Int(attribute.keyStart),
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

  /// Whether the `reports-to` relations go round in a circle anywhere: Kahn's
  /// algorithm over flat arrays (peel off stakeholders nobody reports to until none is
  /// left, or only circles and what hangs off them are).
  ///
  /// - Complexity: O(n + r).
  private func hasReportingCycle() -> Bool {
    let reportsTo = UInt8(RelationKind.reportsTo.number)
    let n = ids.count
    var incoming = [Int32](repeating: 0, count: n)
    var starts = [Int32](repeating: 0, count: n + 1)
    var edgeCount = 0
    for (kind, ends) in zip(relationKinds, relationEnds) where kind == reportsTo {
      starts[Int(ends.0) + 1] += 1
      incoming[Int(ends.1)] += 1
      edgeCount += 1
    }
    guard edgeCount > 0 else { return false }
    for i in 0..<n { starts[i + 1] += starts[i] }
    var targets = [Int32](repeating: 0, count: edgeCount)
    var fill = starts
    for (kind, ends) in zip(relationKinds, relationEnds) where kind == reportsTo {
      targets[Int(fill[Int(ends.0)])] = ends.1
      fill[Int(ends.0)] += 1
    }
    var ready = (0..<n).filter { incoming[$0] == 0 }.map(Int32.init)
    var removed = 0
    while let node = ready.popLast() {
      removed += 1
      for e in Int(starts[Int(node)])..<Int(starts[Int(node) + 1]) {
        let target = Int(targets[e])
        incoming[target] -= 1
        if incoming[target] == 0 { ready.append(Int32(target)) }
      }
    }
    return removed < n
  }

  /// Reports each group of stakeholders whose `reports-to` lines go round in a
  /// circle, once, at the relation declared last in the circle.
  private mutating func checkReportingCycles() {
    guard hasReportingCycle() else { return }
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
      for relation in syntax.relations where relation.kind == .reportsTo {
        let a = stakeholderOfSymbol[Int(relation.from)]
        let b = stakeholderOfSymbol[Int(relation.to)]
        guard a >= 0, b >= 0, node[Int(a)] >= 0, node[Int(b)] >= 0,
          members.contains(Int(node[Int(a)])), members.contains(Int(node[Int(b)]))
        else { continue }
        lastOffset = max(lastOffset, Int(relation.fromOffset))
      }
      sink.error(at: lastOffset, "reporting cycle: \(circle)")
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
