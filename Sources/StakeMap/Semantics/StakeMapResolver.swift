/// Checks what the parser read (a ``FlatSyntax``) and turns it into a ``StakeMap``:
/// resolves ids, reads and range-checks values, applies defaults, and reports
/// duplicates, unknown ids, repeated headers, self-relations, relations declared
/// twice, unrated stakeholders and `reports-to` cycles.
///
/// Ids are compared as symbols (integers), and a stakeholder is found by indexing an
/// array with its symbol.
///
/// It runs in one of two ways, with the same checks: over a whole parse
/// (``resolve(_:sink:)``), or statement by statement while the parser reads
/// (``Streaming``), which stops at the first thing that needs a diagnostic other
/// than an unrated stakeholder's warning; the caller then resolves the whole parse.
///
/// - Complexity: O(n + r) for n stakeholders and r relations (plus a sort of the
///   relations of each stakeholder, to find duplicates), and the "did you mean"
///   search for each unknown id (at most ``DiagnosticSink/errorLimit``).
struct StakeMapResolver {
  typealias Symbol = SymbolTable.Symbol

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
  /// Whether stakeholders are kept in `map` (false when a part of a file is only
  /// checked and counted: every value is still read and checked, with the same
  /// diagnostics, but no `Stakeholder`, name, role or list is made).
  private var keepsStakeholders = true
  /// How many stakeholders have been declared (kept or not).
  private(set) var stakeholderCount = 0

  private static let stakeholderAttributes = KeywordLookup(StakeholderAttribute.allCases, text: \.rawValue)
  private static let relationAttributes = KeywordLookup(RelationAttribute.allCases, text: \.rawValue)
  private static let thresholdAttributes = KeywordLookup(ThresholdAttribute.allCases, text: \.rawValue)

  private var sink: DiagnosticSink {
    get { reader.sink }
    set { reader.sink = newValue }
  }

  /// Resolves what a parse read. Diagnostics go to `sink`.
  static func resolve(_ syntax: FlatSyntax, sink: inout DiagnosticSink) -> StakeMap {
    var resolver = StakeMapResolver(sink: sink, expectedStakeholders: syntax.stakeholders.count)
    resolver.declare(0..<syntax.statements.count, domain: nil, in: syntax)
    resolver.resolveMe(syntax)
    resolver.resolveRelations(syntax)
    resolver.checkReportingCycles(syntax)
    sink = resolver.sink
    return resolver.map
  }

  private init(sink: DiagnosticSink, expectedStakeholders: Int, keepingStakeholders: Bool = true) {
    self.reader = ValueReader(sink: sink)
    stakeholderOfSymbol = []
    domainOffsetOfSymbol = []
    keepsStakeholders = keepingStakeholders
    stakeholderOffsets.reserveCapacity(expectedStakeholders)
    if keepingStakeholders {
      map.stakeholders.reserveCapacity(expectedStakeholders)
      ids.reserveCapacity(expectedStakeholders)
    }
  }

  /// The stakeholder a symbol names: its position in `map.stakeholders`, or -1.
  @inline(__always)
  private func stakeholder(_ symbol: Symbol) -> Int {
    Int(symbol) < stakeholderOfSymbol.count ? Int(stakeholderOfSymbol[Int(symbol)]) : -1
  }

  /// Where the domain a symbol names is first declared, or -1.
  private func domainOffset(_ symbol: Symbol) -> Int {
    Int(symbol) < domainOffsetOfSymbol.count ? domainOffsetOfSymbol[Int(symbol)] : -1
  }

  // MARK: - Declarations

  /// Declares the statements `range` (a block's body: domains are skipped over as a
  /// whole, after declaring their own bodies).
  private mutating func declare(_ range: Range<Int>, domain: DomainID?, in syntax: FlatSyntax) {
    var i = range.lowerBound
    while i < range.upperBound {
      if sink.isFull { return }
      let statement = syntax.statements[i]
      if statement.kind == .domain {
        let record = syntax.domains[Int(statement.record)]
        let id = declareDomain(record, parent: domain, in: syntax)
        declare(i + 1..<Int(record.bodyEnd), domain: id, in: syntax)
      } else if statement.kind != .relation {
        declare(statement, domain: domain, in: syntax)
      }
      i = syntax.next(after: i)
    }
  }

  /// Declares one statement other than a domain or a relation.
  private mutating func declare(_ statement: FlatSyntax.Statement, domain: DomainID?, in syntax: FlatSyntax) {
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
      if header("thresholds", at: offset) { readThresholds(syntax.attributeLists[record], in: syntax) }
    case .stakeholder:
      declareStakeholder(syntax.stakeholders[record], domain: domain, in: syntax)
    case .domain, .relation:
      break
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

  private mutating func readThresholds(_ attributes: FlatSyntax.AttributeRange, in syntax: FlatSyntax) {
    var seen = SeenKeys(attributes.indices)
    for i in attributes.indices {
      let attribute = syntax.attributes[i]
      guard let which = Self.thresholdAttributes[attribute.key] else {
        unknownAttribute(attribute, of: "thresholds", known: ThresholdAttribute.allCases.map(\.rawValue), in: syntax)
        continue
      }
      guard noRepeat(attribute, which.rawValue, in: &seen, syntax) else { continue }
      guard let value = reader.number(attribute.value, key: which.rawValue, range: 0...10, in: syntax) else { continue }
      switch which {
      case .power: map.thresholds.power = value
      case .interest: map.thresholds.interest = value
      case .salience: map.thresholds.salience = value
      }
    }
  }

  /// Declares a domain (its body is declared next, in it); returns its id.
  private mutating func declareDomain(_ record: FlatSyntax.Domain, parent: DomainID?, in syntax: FlatSyntax)
    -> DomainID
  {
    let id = DomainID(syntax.text(record.id))
    let symbol = Int(record.id.symbol)
    let first = domainOffset(record.id.symbol)
    if first >= 0 {
      sink.error(
        at: Int(record.id.start), "duplicate domain id '\(id)'",
        notes: [sink.note(at: first, "'\(id)' is first declared here")])
      // Its stakeholders still count, in the first domain of that id.
    } else {
      if symbol >= domainOffsetOfSymbol.count {
        domainOffsetOfSymbol.append(contentsOf: repeatElement(-1, count: symbol + 1 - domainOffsetOfSymbol.count))
      }
      domainOffsetOfSymbol[symbol] = Int(record.id.start)
      let label = record.label.end == 0 ? nil : syntax.decodeString(record.label)
      map.domains.append(Domain(id: id, label: label, parent: parent, position: stakeholderCount))
    }
    return id
  }

  private mutating func declareStakeholder(
    _ record: FlatSyntax.Stakeholder, domain: DomainID?, in syntax: FlatSyntax
  ) {
    let keep = keepsStakeholders
    // Counted and not kept (`check`): the values are read for their diagnostics only,
    // and no stakeholder is made (making and freeing one is a tenth of such a read).
    // (Each value is read before it is assigned: `stakeholder?.x = read()` would not
    // read it at all when there is no stakeholder, and assigning through `?` copies
    // the stakeholder.)
    var stakeholder =
      keep
      ? Stakeholder(
        id: StakeholderID(syntax.text(record.id)),
        name: record.name.end != 0 ? syntax.decodeString(record.name) : nil, domain: domain)
      : nil
    var seen = SeenKeys(record.attributes.indices)
    for i in record.attributes.indices {
      let attribute = syntax.attributes[i]
      guard let which = Self.stakeholderAttributes[attribute.key] else {
        unknownAttribute(
          attribute, of: "a stakeholder", known: StakeholderAttribute.allCases.map(\.rawValue), in: syntax)
        continue
      }
      let key = which.rawValue
      guard noRepeat(attribute, key, in: &seen, syntax) else { continue }
      let value = attribute.value
      switch which {
      case .role:
        let role = reader.text(value, key: key, decoding: keep, in: syntax)
        if keep { stakeholder!.role = role }
      case .power:
        let power = reader.scale(value, key: key, words: true, in: syntax)
        if keep { stakeholder!.power = power }
      case .interest:
        let interest = reader.scale(value, key: key, words: true, in: syntax)
        if keep { stakeholder!.interest = interest }
      case .stance:
        let stance = reader.stance(value, in: syntax) ?? 0
        if keep { stakeholder!.stance = stance }
      case .legitimacy:
        let legitimacy = reader.scale(value, key: key, words: false, in: syntax)
        if keep { stakeholder!.legitimacy = legitimacy }
      case .urgency:
        let urgency = reader.scale(value, key: key, words: false, in: syntax)
        if keep { stakeholder!.urgency = urgency }
      case .openness:
        let openness = reader.number(value, key: key, range: 0...1, in: syntax) ?? 0.5
        if keep { stakeholder!.openness = openness }
      case .goals:
        let goals = reader.list(value, key: key, making: keep, in: syntax) ?? []
        if keep { stakeholder!.goals = goals }
      case .tags:
        let tags = reader.list(value, key: key, making: keep, in: syntax) ?? []
        if keep { stakeholder!.tags = tags }
      case .engagement:
        let engagement = reader.engagement(value, in: syntax)
        if keep { stakeholder!.engagement = engagement }
      case .kind:
        let kind = reader.kind(value, in: syntax) ?? .person
        if keep { stakeholder!.kind = kind }
      case .note:
        let note = reader.text(value, key: key, decoding: keep, in: syntax)
        if keep { stakeholder!.note = note }
      }
    }
    let symbol = Int(record.id.symbol)
    let existing = self.stakeholder(record.id.symbol)
    if existing >= 0 {
      let first = stakeholderOffsets[existing]
      let id = syntax.text(record.id)
      sink.error(
        at: Int(record.id.start), "duplicate stakeholder id '\(id)'",
        notes: [sink.note(at: first, "'\(id)' is first declared here")])
      return
    }
    if symbol >= stakeholderOfSymbol.count {
      stakeholderOfSymbol.append(contentsOf: repeatElement(-1, count: symbol + 1 - stakeholderOfSymbol.count))
    }
    stakeholderOfSymbol[symbol] = Int32(stakeholderCount)
    stakeholderOffsets.append(Int(record.id.start))
    // No power (or interest) given: a power given but not valid is an error already.
    let noPower = !seen.contains(Self.power)
    let noInterest = !seen.contains(Self.interest)
    if noPower || noInterest {
      let missing = noPower && noInterest ? "power or interest" : noPower ? "power" : "interest"
      sink.warning(
        at: Int(record.id.start),
        "stakeholder '\(syntax.text(record.id))' has no \(missing) rating; analysed as medium (5) and shown apart on the grid"
      )
    }
    stakeholderCount += 1
    if let stakeholder {
      ids.append(stakeholder.id)
      map.stakeholders.append(stakeholder)
    }
  }

  private mutating func unknownAttribute(
    _ attribute: FlatSyntax.Attribute, of what: String, known: [String], in syntax: FlatSyntax
  ) {
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
  private mutating func noRepeat(
    _ attribute: FlatSyntax.Attribute, _ text: String, in seen: inout SeenKeys, _ syntax: FlatSyntax
  ) -> Bool {
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

  private mutating func resolveMe(_ syntax: FlatSyntax) {
    guard let me else { return }
    if let i = index(of: me.symbol, at: me.start, in: syntax) { map.me = map.stakeholders[i].id }
  }

  /// The position in `map.stakeholders` of the stakeholder an id names; reports an
  /// unknown id (with the nearest known one) and returns nil.
  private mutating func index(of symbol: Symbol, at offset: UInt32, in syntax: FlatSyntax) -> Int? {
    let i = stakeholder(symbol)
    if i >= 0 { return i }
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

  private mutating func resolveRelations(_ syntax: FlatSyntax) {
    let count = syntax.relations.count
    relations.reserveCapacity(count)
    relationRecords.reserveCapacity(count)
    relationEnds.reserveCapacity(count)
    relationKinds.reserveCapacity(count)
    for record in 0..<count {
      if sink.isFull { break }
      let relation = syntax.relations[record]
      let fromIndex = index(of: relation.from, at: relation.fromOffset, in: syntax)
      let toIndex = index(of: relation.to, at: relation.toOffset, in: syntax)
      guard let values = readRelation(relation, in: syntax), let a = fromIndex, let b = toIndex else { continue }
      if a == b {
        sink.warning(
          at: Int(relation.fromOffset),
          "'\(ids[a])' \(relation.verbText) itself; a relation of a stakeholder to itself is ignored")
        continue
      }
      accept(relation.kind, a, b, values)
      relationRecords.append(Int32(record))
    }
    dropRepeatedRelations(syntax)
    map.relations = relations
    relations = []
    relationRecords = []
  }

  /// Adds a relation that resolved without a problem.
  @inline(__always)
  private mutating func accept(_ kind: RelationKind, _ a: Int, _ b: Int, _ values: RelationValues) {
    relations.append(
      Relation(kind, from: ids[a], to: ids[b], weight: values.weight, topic: values.topic, note: values.note))
    relationEnds.append((Int32(a), Int32(b)))
    relationKinds.append(UInt8(kind.number))
  }

  /// Finds relations declared twice (the same kind between the same two
  /// stakeholders, in either order for undirected kinds): each repeat is reported,
  /// and only the last declaration is kept.
  private mutating func dropRepeatedRelations(_ syntax: FlatSyntax) {
    let repeated = RelationRepeats.previousDeclarations(
      kinds: relationKinds, ends: relationEnds, stakeholderCount: map.stakeholders.count)
    guard let repeated else { return }
    var keep = [Bool](repeating: true, count: relations.count)
    for (i, earlier) in repeated.enumerated() where earlier >= 0 {
      let relation = syntax.relations[Int(relationRecords[i])]
      let first = syntax.relations[Int(relationRecords[Int(earlier)])]
      let from = syntax.identifierText(at: relation.fromOffset)
      let to = syntax.identifierText(at: relation.toOffset)
      sink.warning(
        at: Int(relation.fromOffset),
        "\(from) \(relation.verbText) \(to) is declared twice; the later one wins (the first is at line \(sink.location(Int(first.fromOffset)).line))"
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
  private mutating func readRelation(_ record: FlatSyntax.Relation, in syntax: FlatSyntax) -> RelationValues? {
    let kind = record.kind
    var relation = RelationValues()
    var ok = true
    var attributes = record.attributes.indices
    var seen = SeenKeys(attributes)
    if record.hasBareValue {
      let bare = syntax.attributes[attributes.lowerBound].value
      attributes = attributes.dropFirst()
      switch (kind, bare.kind) {
      case (.influences, .number):
        relation.weight = reader.number(bare, key: "weight", range: 0...1, in: syntax)
        ok = ok && relation.weight != nil
      case (.dependsOn, .string), (.conflictsWith, .string):
        relation.topic = syntax.decodeString(bare.start, bare.end)
      default:
        let expected: String
        switch kind {
        case .influences: expected = "a bare number after an influence is its weight"
        case .dependsOn, .conflictsWith: expected = "a bare string after '\(kind.keyword)' is its topic"
        default: expected = "'\(kind.keyword)' takes no bare value; use topic=\"…\" or note=\"…\""
        }
        sink.error(at: Int(bare.start), "unexpected \(syntax.typeDescription(bare)) here: \(expected)")
        ok = false
      }
      seen.bareKey = kind == .influences ? Self.weight : Self.topic
      seen.insert(seen.bareKey)
    }
    for i in attributes {
      let attribute = syntax.attributes[i]
      guard let which = Self.relationAttributes[attribute.key] else {
        unknownAttribute(attribute, of: "a relation", known: RelationAttribute.allCases.map(\.rawValue), in: syntax)
        ok = false
        continue
      }
      let key = which.rawValue
      guard noRepeat(attribute, key, in: &seen, syntax) else {
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
        relation.weight = reader.number(attribute.value, key: key, range: 0...1, in: syntax)
        ok = ok && relation.weight != nil
      case .topic:
        relation.topic = reader.text(attribute.value, key: key, in: syntax)
        ok = ok && relation.topic != nil
      case .note:
        relation.note = reader.text(attribute.value, key: key, in: syntax)
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
    Self.hasReportingCycle(kinds: relationKinds, ends: relationEnds, stakeholderCount: stakeholderCount)
  }

  /// Whether the `reports-to` relations among `kinds` (each between the two
  /// stakeholders at `ends`, positions below `n`) go round in a circle.
  static func hasReportingCycle(
    kinds relationKinds: [UInt8], ends relationEnds: [(Int32, Int32)], stakeholderCount n: Int
  )
    -> Bool
  {
    let reportsTo = UInt8(RelationKind.reportsTo.number)
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
  private mutating func checkReportingCycles(_ syntax: FlatSyntax) {
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
    let scc = graph.stronglyConnectedComponents()
    // The relation declared last among each circle's edges (whether or not it was
    // accepted), found in one pass (one pass per circle would be quadratic in a file
    // of many small circles).
    var lastOffsets = [Int](repeating: 0, count: scc.count)
    for relation in syntax.relations where relation.kind == .reportsTo {
      let a = stakeholder(relation.from)
      let b = stakeholder(relation.to)
      guard a >= 0, b >= 0, node[a] >= 0, node[b] >= 0 else { continue }
      let component = scc.componentOfNode[Int(node[a])]
      if component == scc.componentOfNode[Int(node[b])] {
        lastOffsets[component] = max(lastOffsets[component], Int(relation.fromOffset))
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
      let circle = path.map { map.stakeholders[stakeholderOfNode[$0]].id.rawValue }.joined(separator: " reports-to ")
      sink.error(at: lastOffsets[c], "reporting cycle: \(circle)")
    }
  }
}

extension StakeMapResolver {
  /// Resolving while the parser reads: each statement as soon as it is complete, so
  /// that the parser can forget its records and reuse their memory, and each relation
  /// whose two stakeholders are already declared at once, while its record is still
  /// in the cache. Relations that name a stakeholder declared later wait for the end.
  ///
  /// It runs the same checks as ``resolve(_:sink:)`` in the same order, and gives the
  /// same map and diagnostics when it finishes. It gives up (``gaveUp``) at the first
  /// thing that needs a diagnostic other than an unrated stakeholder's warning: an
  /// error, a relation of a stakeholder to itself, a relation declared twice, a
  /// reporting cycle. The caller then parses and resolves the whole file the ordinary
  /// way, which reports them.
  struct Streaming {
    private var resolver: StakeMapResolver
    /// The ids of the domains open around the statement being read.
    private var domains: [DomainID] = []
    /// The relations waiting for a stakeholder declared later, in file order.
    private var waiting: [WaitingRelation] = []
    /// How many relations have been read.
    private var relationCount = 0
    /// Whether something needs the ordinary resolver.
    private(set) var gaveUp = false

    private struct WaitingRelation {
      var position: Int
      var from: Symbol
      var to: Symbol
      var kind: RelationKind
      var values: RelationValues
    }

    /// When reading one part of a file (``SplitStreaming``): every relation as read,
    /// its ends not yet resolved; `nil` when reading a whole file.
    private var partRelations: PartRelations?
    /// Whether a part keeps its relations' weights and texts (to make the map), or
    /// only their ends and kinds (to check it).
    private var keepingRelationValues = true

    /// Starts resolving a file of `byteCount` bytes; diagnostics go to `sink`. A
    /// `part` is resolved as far as it can be alone (see ``finishPart(symbols:)``).
    /// Without `keepingStakeholders` (for `check`), stakeholders are counted rather
    /// than kept, and a part keeps its relations' ends and kinds but not their values
    /// (each value is still read and checked).
    init(sink: DiagnosticSink, byteCount: Int, part: Bool = false, keepingStakeholders: Bool = true) {
      if part {
        // Relation lines are about 40 bytes long: an upper estimate.
        let relations = byteCount / 24 + 16
        partRelations = PartRelations()
        partRelations!.ends.reserveCapacityInHugePages(relations)
        partRelations!.kinds.reserveCapacityInHugePages(relations)
        keepingRelationValues = keepingStakeholders
        if keepingStakeholders { partRelations!.values.reserveCapacityInHugePages(relations) }
      }
      var sink = sink
      sink.limit = 1
      // Upper estimates for maps like the generated ones (a stakeholder line is about
      // 100 bytes, a relation line 40); capacity not used costs address space only.
      resolver = StakeMapResolver(
        sink: sink, expectedStakeholders: byteCount / 64 + 16, keepingStakeholders: keepingStakeholders)
      guard !part else { return }  // a part keeps its relations in `partRelations`
      let relations = byteCount / 24 + 16
      resolver.relations.reserveCapacityInHugePages(relations)
      resolver.relationEnds.reserveCapacityInHugePages(relations)
      resolver.relationKinds.reserveCapacityInHugePages(relations)
    }

    /// A domain's block opens: it is declared, and holds what follows until it closes.
    ///
    /// Returns ``gaveUp``, as every call that can give up does (the parser makes them
    /// on its `streaming!` in place; reading the property through the optional copies
    /// the whole streaming state).
    mutating func openDomain(_ record: FlatSyntax.Domain, in syntax: FlatSyntax) -> Bool {
      domains.append(resolver.declareDomain(record, parent: domains.last, in: syntax))
      check()
      return gaveUp
    }

    /// The innermost open domain's block closes.
    mutating func closeDomain() {
      domains.removeLast()
    }

    /// A statement is complete (a domain's after its block closed).
    mutating func completed(_ statement: FlatSyntax.Statement, in syntax: FlatSyntax) -> Bool {
      switch statement.kind {
      case .domain:
        return gaveUp
      case .relation:
        read(syntax.relations[Int(statement.record)], in: syntax)
      default:
        resolver.declare(statement, domain: domains.last, in: syntax)
      }
      check()
      return gaveUp
    }

    /// A stakeholder line the parser read the short way (``Lexer/plainStakeholderLine(into:from:)``),
    /// its record not appended to the syntax (its attributes and list items are).
    ///
    /// Returns ``gaveUp``, as ``openDomain(_:in:)`` does.
    mutating func completed(_ record: FlatSyntax.Stakeholder, in syntax: FlatSyntax) -> Bool {
      resolver.declareStakeholder(record, domain: domains.last, in: syntax)
      check()
      return gaveUp
    }

    private mutating func read(_ record: FlatSyntax.Relation, in syntax: FlatSyntax) {
      guard let values = resolver.readRelation(record, in: syntax) else { return }
      add(from: record.from, to: record.to, kind: record.kind, values)
    }

    /// A relation line the parser read the short way (``PlainRelationLine``): its
    /// weight is already known to be in range, and it has no other attribute.
    /// Returns ``gaveUp``, as ``openDomain(_:in:)`` does.
    mutating func completed(_ line: PlainRelationLine, from: Symbol) -> Bool {
      add(from: from, to: line.to, kind: line.kind, RelationValues(weight: line.weight))
      check()
      return gaveUp
    }

    private mutating func add(from: Symbol, to: Symbol, kind: RelationKind, _ values: RelationValues) {
      if partRelations != nil {
        partRelations!.ends.append((from, to))
        partRelations!.kinds.append(UInt8(kind.number))
        if keepingRelationValues {
          var texts: Int32 = -1
          if values.topic != nil || values.note != nil {
            texts = Int32(partRelations!.texts.count)
            partRelations!.texts.append((values.topic, values.note))
          }
          partRelations!.values.append(
            PartRelations.Values(weight: values.weight ?? 0, texts: texts, hasWeight: values.weight != nil))
        }
        return
      }
      let a = resolver.stakeholder(from)
      let b = resolver.stakeholder(to)
      if a >= 0 && b >= 0 {
        if a == b {
          gaveUp = true
        } else {
          resolver.accept(kind, a, b, values)
        }
      } else {
        waiting.append(WaitingRelation(position: relationCount, from: from, to: to, kind: kind, values: values))
      }
      relationCount += 1
    }

    private mutating func check() {
      if resolver.sink.errorCount > 0 { gaveUp = true }
    }

    /// The map and the diagnostics once the parser has read everything, or `nil`
    /// when the ordinary resolver is needed.
    mutating func finish(in syntax: FlatSyntax) -> (StakeMap, DiagnosticSink)? {
      guard !gaveUp else { return nil }
      resolver.resolveMe(syntax)
      check()
      guard !gaveUp, placeWaitingRelations() else { return nil }
      let repeats = RelationRepeats.containsRepeats(
        kinds: resolver.relationKinds, ends: resolver.relationEnds, stakeholderCount: resolver.map.stakeholders.count)
      guard !repeats, !resolver.hasReportingCycle() else { return nil }
      resolver.map.relations = resolver.relations
      var sink = resolver.sink
      sink.limit = DiagnosticSink.errorLimit
      return (resolver.map, sink)
    }

    /// What one part of a file declares, once the parser has read the part, or `nil`
    /// when something in it needs the ordinary resolver. Ids, `me` and relation ends
    /// are left unresolved: the other part may declare them.
    mutating func finishPart(symbols: SymbolTable) -> StreamedPart? {
      guard !gaveUp, let relations = partRelations else { return nil }
      return StreamedPart(
        map: resolver.map, stakeholderCount: resolver.stakeholderCount,
        stakeholderOfSymbol: resolver.stakeholderOfSymbol, headerOffsets: resolver.headerOffsets,
        me: resolver.me?.symbol, relations: relations, sink: resolver.sink, symbols: symbols)
    }

    /// Puts the relations that waited in their places in file order; false when one
    /// names an unknown stakeholder or the same one twice.
    private mutating func placeWaitingRelations() -> Bool {
      guard !waiting.isEmpty else { return true }
      var resolved: [(Int, Int)] = []
      resolved.reserveCapacity(waiting.count)
      for relation in waiting {
        let a = resolver.stakeholder(relation.from)
        let b = resolver.stakeholder(relation.to)
        guard a >= 0, b >= 0, a != b else { return false }
        resolved.append((a, b))
      }
      // Merge: the relations accepted at once are the others, in order.
      let early = (resolver.relations, resolver.relationEnds, resolver.relationKinds)
      resolver.relations = []
      resolver.relationEnds = []
      resolver.relationKinds = []
      resolver.relations.reserveCapacity(relationCount)
      resolver.relationEnds.reserveCapacity(relationCount)
      resolver.relationKinds.reserveCapacity(relationCount)
      var next = 0
      var w = 0
      for position in 0..<relationCount {
        if w < waiting.count && waiting[w].position == position {
          resolver.accept(waiting[w].kind, resolved[w].0, resolved[w].1, waiting[w].values)
          w += 1
        } else {
          resolver.relations.append(early.0[next])
          resolver.relationEnds.append(early.1[next])
          resolver.relationKinds.append(early.2[next])
          next += 1
        }
      }
      return true
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

  /// The kind at a position in `allCases` (without making the array).
  init?(number: Int) {
    switch number {
    case 0: self = .influences
    case 1: self = .dependsOn
    case 2: self = .conflictsWith
    case 3: self = .alliedWith
    case 4: self = .reportsTo
    default: return nil
    }
  }
}
