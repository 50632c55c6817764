import StakeMap

/// What reading sheets gives: the map (as far as it could be read) and every
/// diagnostic, each at `FILE:ROW:COLUMN` (the header is row 1, columns count from 1).
public struct CSVImportResult: Sendable {
  /// The map. Meaningful only when ``isValid``.
  public var map: StakeMap
  /// Errors and warnings: the stakeholders sheet's, then the relations sheet's, each
  /// in row order.
  public var diagnostics: [Diagnostic]
  /// Whether reading stopped at ``CSVMapReader/errorLimit`` errors.
  public var reachedErrorLimit: Bool

  /// Whether there are no errors (warnings are allowed).
  public var isValid: Bool { !diagnostics.hasErrors }
}

/// Reads a map from a spreadsheet of stakeholders and, optionally, one of relations,
/// as CSV (comma, semicolon or tab separated, UTF-8 with or without a byte-order
/// mark). The CSV itself is parsed by SwiftCSV (``CSVTable``).
///
/// **Stakeholders**, one a row, columns in any order, headers matched loosely
/// (``StakeholderColumn``): `id`, `name`, `role`, `domain`, `domain_id`, `power`,
/// `interest`, `stance`, `legitimacy`, `urgency`, `openness`, `engagement`,
/// `desired_engagement`, `kind`, `goals`, `tags`, `note`. Only `id` or `name` is
/// needed; an id missing from a row is made from the name (`Priya N.` → `priya_n`).
/// A `domain` may be a path, `Engineering/SRE`, which nests SRE inside Engineering;
/// domain ids are made from the labels unless a `domain_id` column gives them
/// (`eng/sre`). Lists (`goals`, `tags`) are separated by `;`, `,` or `|`. Values are
/// read leniently: `7,5` is 7.5, `H`/`M`/`L` rate high, medium and low, `Supporter`
/// is supportive.
///
/// **Relations**: `from`, `type`, `to`, `weight`, `topic`, `note`. `from` and `to`
/// name a stakeholder by id or by name; `type` is `influences` (the default, also
/// `->`), `depends-on`, `conflicts-with`, `allied-with` or `reports-to`, written
/// loosely (`depends on`, `Conflict`); `weight` (0–1 or a percentage) belongs to
/// influences only.
///
/// Problems are reported as the parser reports them: a bad value, a duplicate id
/// (with a note at the first), an unknown stakeholder (with "did you mean"), a
/// reporting cycle and a weight on a relation that has none are errors; an unknown
/// column, an unrated stakeholder, a relation to oneself and a relation given twice
/// are warnings.
public enum CSVMapReader {
  /// The most errors one run reports, as for `.stakes` files.
  public static let errorLimit = 50

  /// How the sheets become a map.
  public struct Options: Sendable {
    /// The map's title.
    public var title: String?
    /// The map's goal.
    public var goal: String?
    /// The point of view: a stakeholder's id or name.
    public var me: String?
    /// The separator, when it should not be guessed from the header row.
    public var delimiter: Character?

    /// Creates options.
    public init(title: String? = nil, goal: String? = nil, me: String? = nil, delimiter: Character? = nil) {
      self.title = title
      self.goal = goal
      self.me = me
      self.delimiter = delimiter
    }
  }

  /// A sheet to read: its name for diagnostics and its bytes.
  public struct Sheet: Sendable {
    /// The file's name as given (`-` for standard input).
    public var fileName: String
    /// The file's bytes.
    public var bytes: [UInt8]

    /// Creates a sheet.
    public init(fileName: String, bytes: [UInt8]) {
      self.fileName = fileName
      self.bytes = bytes
    }

    /// A sheet from text.
    public init(fileName: String, text: String) {
      self.init(fileName: fileName, bytes: Array(text.utf8))
    }
  }

  /// Reads the sheets. The result's map, printed with ``StakeMapPrinter``, checks
  /// with no errors whenever the result is valid (the reader verifies this).
  ///
  /// - Complexity: O(n + r) in the sizes of the sheets, plus a reporting-cycle check
  ///   O(r²) in the number of `reports-to` rows at worst.
  public static func read(stakeholders: Sheet, relations: Sheet? = nil, options: Options = Options()) -> CSVImportResult
  {
    var reader = Reader(options: options)
    reader.readStakeholders(stakeholders)
    if let relations, reader.stakeholdersReadable { reader.readRelations(relations) }
    reader.resolveMe(in: stakeholders.fileName)
    reader.verify(stakeholders.fileName)
    return CSVImportResult(
      map: reader.map, diagnostics: reader.diagnostics, reachedErrorLimit: reader.errorCount >= errorLimit)
  }
}

/// The reading state: the map so far, the diagnostics, and the lookups rows need.
struct Reader {
  var options: CSVMapReader.Options
  var map = StakeMap()
  var diagnostics: [Diagnostic] = []
  var errorCount = 0
  var stakeholdersReadable = false
  /// The row each stakeholder id was given on (explicitly or made from a name).
  var rowOfID: [StakeholderID: SourceLocation] = [:]
  /// Domains by id path and by lowercased label path (levels joined by U+001F).
  var domainByIDPath: [String: DomainID] = [:]
  var domainByLabelPath: [String: DomainID] = [:]
  var domainIDs = Set<String>()
  var domainIndex: [DomainID: Int] = [:]
  var explicitDomainIDs = Set<String>()
  /// Rows left out for their errors, so that relations naming them add no second error.
  var rejected: [Stakeholder] = []

  init(options: CSVMapReader.Options) {
    self.options = options
    map.title = options.title
    map.goal = options.goal
  }

  // MARK: - Diagnostics

  mutating func error(_ message: String, at location: SourceLocation, notes: [Diagnostic] = []) {
    guard errorCount < CSVMapReader.errorLimit else { return }
    errorCount += 1
    diagnostics.append(.error(message, at: location, notes: notes))
  }

  mutating func warning(_ message: String, at location: SourceLocation) {
    diagnostics.append(.warning(message, at: location))
  }

  // MARK: - Stakeholders

  mutating func readStakeholders(_ sheet: CSVMapReader.Sheet) {
    let table: CSVTable
    switch CSVTable.read(bytes: sheet.bytes, fileName: sheet.fileName, delimiter: options.delimiter) {
    case .failure(let diagnostic): return error(diagnostic.message, at: diagnostic.location)
    case .success(let t): table = t
    }
    let (columns, headerDiagnostics) = CSVHeader.match(
      table.header, fileName: table.fileName, synonyms: { (c: StakeholderColumn) in c.synonyms })
    for d in headerDiagnostics {
      if d.severity == .error { error(d.message, at: d.location, notes: d.notes) } else { diagnostics.append(d) }
    }
    guard columns[.id] != nil || columns[.name] != nil else {
      return error(
        "the first row must name the columns, with at least an 'id' or a 'name' column (e.g. id,name,role,domain,power,interest,stance)",
        at: SourceLocation(file: table.fileName, line: 1, column: 1))
    }
    stakeholdersReadable = true

    // Ids given explicitly are reserved first, so that ids made from names avoid them.
    var explicit = Set<String>()
    for row in table.rows {
      if let c = columns[.id] { explicit.insert(row.cell(c)) }
      if let c = columns[.domainID] {
        for part in row.cell(c).split(separator: "/") { explicitDomainIDs.insert(CSVTable.trim(String(part))) }
      }
    }
    domainIDs = explicitDomainIDs
    var taken = explicit

    for row in table.rows {
      if errorCount >= CSVMapReader.errorLimit { return }
      readStakeholder(row, columns: columns, table: table, taken: &taken)
    }
  }

  private mutating func readStakeholder(
    _ row: CSVTable.Row, columns: [StakeholderColumn: Int], table: CSVTable, taken: inout Set<String>
  ) {
    func at(_ column: Int?) -> SourceLocation {
      SourceLocation(file: table.fileName, line: row.number, column: column ?? 1)
    }
    func cell(_ c: StakeholderColumn) -> String { columns[c].map(row.cell) ?? "" }
    var ok = true

    // Id and name.
    let name = cell(.name)
    let id: StakeholderID
    let given = cell(.id)
    if !given.isEmpty {
      guard CSVIdentifiers.isIdentifier(given), !CSVIdentifiers.reserved.contains(given) else {
        let suggestion = CSVIdentifiers.slug(given, fallback: "someone")
        let reason =
          CSVIdentifiers.reserved.contains(given)
          ? "'\(given)' is a relation keyword and cannot be an id"
          : "id '\(given)' is not an identifier (a letter or _, then letters, digits, _, - or .)"
        return error("\(reason); try '\(suggestion)'", at: at(columns[.id]))
      }
      id = StakeholderID(given)
      if let first = rowOfID[id] {
        return error(
          "duplicate stakeholder id '\(given)'", at: at(columns[.id]),
          notes: [.note("'\(given)' is first used on row \(first.line)", at: first)])
      }
    } else if !name.isEmpty {
      var candidate = CSVIdentifiers.slug(name, fallback: "someone")
      var n = 2
      let base = candidate
      while taken.contains(candidate) {
        candidate = "\(base)_\(n)"
        n += 1
      }
      id = StakeholderID(candidate)
    } else {
      return error("this row has no id and no name; give one or the other", at: at(columns[.id] ?? columns[.name]))
    }
    taken.insert(id.rawValue)
    rowOfID[id] = at(columns[.id] ?? columns[.name])

    var s = Stakeholder(id: id, name: name.isEmpty ? nil : name)
    if !cell(.role).isEmpty { s.role = cell(.role) }
    if !cell(.note).isEmpty { s.note = cell(.note) }

    func read<T>(_ column: StakeholderColumn, _ parse: (String) -> Result<T, CSVValues.Message>) -> T? {
      let text = cell(column)
      guard !text.isEmpty else { return nil }
      switch parse(text) {
      case .success(let value): return value
      case .failure(let message):
        error(message.text, at: at(columns[column]))
        ok = false
        return nil
      }
    }
    s.power = read(.power) { CSVValues.rating($0, field: "power") }
    s.interest = read(.interest) { CSVValues.rating($0, field: "interest") }
    s.stance = read(.stance, CSVValues.stance) ?? 0
    s.legitimacy = read(.legitimacy) { CSVValues.bounded($0, field: "legitimacy", 0...10) }
    s.urgency = read(.urgency) { CSVValues.bounded($0, field: "urgency", 0...10) }
    s.openness = read(.openness) { CSVValues.bounded($0, field: "openness", 0...1) } ?? 0.5
    s.kind = read(.kind, CSVValues.kind) ?? .person
    s.goals = CSVValues.list(cell(.goals))
    s.tags = CSVValues.list(cell(.tags))
    let engagement = read(.engagement, CSVValues.engagement)
    let desired = read(.desiredEngagement) { CSVValues.engagementLevel($0, field: "desired engagement") }
    if let (current, inline) = engagement {
      if let inline, let desired, inline != desired {
        error(
          "desired engagement is '\(desired.rawValue)' here but '\(inline.rawValue)' in the engagement column; give it once",
          at: at(columns[.desiredEngagement]))
        ok = false
      }
      s.engagement = Engagement(current: current, desired: desired ?? inline)
    } else if let desired {
      s.engagement = Engagement(current: EngagementLevel(stance: s.stance), desired: desired)
    }

    if let domain = readDomain(cell(.domain), ids: cell(.domainID), row: row, columns: columns, table: table) {
      s.domain = domain
    } else if !cell(.domain).isEmpty || !cell(.domainID).isEmpty {
      ok = false
    }
    guard ok else {
      rejected.append(s)
      return
    }
    if s.isUnrated {
      warning(
        "'\(s.displayName)' has no power or interest rating; analysed as medium (5)",
        at: at(s.power == nil ? columns[.power] : columns[.interest]))
    }
    map.stakeholders.append(s)
  }

  // MARK: - Domains

  /// The innermost domain of a row's path, creating the path's domains as needed;
  /// nil for none, or after reporting an error.
  private mutating func readDomain(
    _ labelText: String, ids idText: String, row: CSVTable.Row, columns: [StakeholderColumn: Int], table: CSVTable
  ) -> DomainID? {
    let labels = labelText.split(separator: "/").map { CSVTable.trim(String($0)) }.filter { !$0.isEmpty }
    let ids = idText.split(separator: "/").map { CSVTable.trim(String($0)) }.filter { !$0.isEmpty }
    guard !labels.isEmpty || !ids.isEmpty else { return nil }
    let labelAt = SourceLocation(file: table.fileName, line: row.number, column: columns[.domain] ?? 1)
    let idAt = SourceLocation(file: table.fileName, line: row.number, column: columns[.domainID] ?? 1)
    if let bad = ids.first(where: { !CSVIdentifiers.isIdentifier($0) }) {
      error(
        "domain id '\(bad)' is not an identifier (a letter or _, then letters, digits, _, - or .); try '\(CSVIdentifiers.slug(bad, fallback: "domain"))'",
        at: idAt)
      return nil
    }
    if !ids.isEmpty && !labels.isEmpty && ids.count != labels.count {
      error(
        "the domain '\(labelText)' has \(labels.count) level\(labels.count == 1 ? "" : "s") but its domain_id '\(idText)' has \(ids.count)",
        at: labelAt)
      return nil
    }
    if max(ids.count, labels.count) > 64 {
      error("domains nest deeper than 64 levels", at: labels.isEmpty ? idAt : labelAt)
      return nil
    }
    var parent: DomainID?
    let depth = max(ids.count, labels.count)
    for level in 0..<depth {
      let label = level < labels.count ? labels[level] : nil
      let labelKey = labels.prefix(level + 1).map { $0.lowercased() }.joined(separator: "\u{1F}")
      let domain: DomainID
      if !ids.isEmpty {
        domain = DomainID(ids[level])
        let idKey = ids.prefix(level + 1).joined(separator: "\u{1F}")
        if let index = domainIndex[domain] {
          let existing = map.domains[index]
          if existing.parent != parent {
            error(
              "domain '\(domain)' is inside \(existing.parent.map { "'\($0)'" } ?? "no domain") on an earlier row, here inside \(parent.map { "'\($0)'" } ?? "no domain")",
              at: idAt)
            return nil
          }
          if let label, label != domain.rawValue {
            if let old = existing.label, old != label {
              warning(
                "domain '\(domain)' is labelled '\(old)' on an earlier row; '\(label)' here is ignored", at: labelAt)
            } else if existing.label == nil {
              map.domains[index].label = label
            }
          }
        } else {
          create(domain, label: label, parent: parent)
        }
        domainByIDPath[idKey] = domain
        if !labels.isEmpty && domainByLabelPath[labelKey] == nil { domainByLabelPath[labelKey] = domain }
      } else if let known = domainByLabelPath[labelKey] {
        domain = known
      } else {
        var candidate = CSVIdentifiers.slug(label ?? "domain", fallback: "domain")
        if domainIDs.contains(candidate), let parent { candidate = "\(parent)_\(candidate)" }
        let base = candidate
        var n = 2
        while domainIDs.contains(candidate) {
          candidate = "\(base)_\(n)"
          n += 1
        }
        domain = DomainID(candidate)
        create(domain, label: label, parent: parent)
        domainByLabelPath[labelKey] = domain
      }
      parent = domain
    }
    return parent
  }

  private mutating func create(_ id: DomainID, label: String?, parent: DomainID?) {
    domainIDs.insert(id.rawValue)
    domainIndex[id] = map.domains.count
    map.domains.append(
      Domain(id: id, label: label == id.rawValue ? nil : label, parent: parent, position: map.stakeholders.count))
  }

  // MARK: - Relations

  mutating func readRelations(_ sheet: CSVMapReader.Sheet) {
    let table: CSVTable
    switch CSVTable.read(bytes: sheet.bytes, fileName: sheet.fileName, delimiter: options.delimiter) {
    case .failure(let diagnostic): return error(diagnostic.message, at: diagnostic.location)
    case .success(let t): table = t
    }
    let (columns, headerDiagnostics) = CSVHeader.match(
      table.header, fileName: table.fileName, synonyms: { (c: RelationColumn) in c.synonyms })
    for d in headerDiagnostics {
      if d.severity == .error { error(d.message, at: d.location, notes: d.notes) } else { diagnostics.append(d) }
    }
    guard let fromColumn = columns[.from], let toColumn = columns[.to] else {
      return error(
        "the first row must name the columns, with at least 'from' and 'to' (e.g. from,type,to,weight,topic,note)",
        at: SourceLocation(file: table.fileName, line: 1, column: 1))
    }
    let lookup = StakeholderLookup(map.stakeholders)
    let left = StakeholderLookup(rejected)
    var relations: [Relation?] = []
    var positions: [RelationIdentity: (index: Int, row: Int)] = [:]
    var managers: [StakeholderID: [StakeholderID]] = [:]
    for row in table.rows {
      if errorCount >= CSVMapReader.errorLimit { break }
      func at(_ column: Int?) -> SourceLocation {
        SourceLocation(file: table.fileName, line: row.number, column: column ?? 1)
      }
      var ok = true
      func end(_ column: Int, _ what: String) -> StakeholderID? {
        let text = row.cell(column)
        guard !text.isEmpty else {
          error("'\(what)' is empty; name a stakeholder by id or name", at: at(column))
          ok = false
          return nil
        }
        guard let id = lookup.resolve(text) else {
          // A stakeholder whose row had errors is already reported.
          if left.resolve(text) == nil {
            error("unknown stakeholder '\(text)'\(lookup.didYouMean(text))", at: at(column))
          }
          ok = false
          return nil
        }
        return id
      }
      let from = end(fromColumn, "from")
      let to = end(toColumn, "to")
      var kind = RelationKind.influences
      if let c = columns[.type], !row.cell(c).isEmpty {
        switch CSVValues.relationKind(row.cell(c)) {
        case .success(let k): kind = k
        case .failure(let message):
          error(message.text, at: at(c))
          ok = false
        }
      }
      var weight: Double?
      if let c = columns[.weight], !row.cell(c).isEmpty {
        if kind != .influences {
          error(
            "'weight' belongs to influences; '\(kind.keyword)' has none"
              + (kind == .reportsTo ? " (add an influence row from the manager to the report instead)" : ""),
            at: at(c))
          ok = false
        } else {
          switch CSVValues.weight(row.cell(c)) {
          case .success(let w): weight = w
          case .failure(let message):
            error(message.text, at: at(c))
            ok = false
          }
        }
      }
      guard ok, let from, let to else { continue }
      let topic = columns[.topic].map(row.cell).flatMap { $0.isEmpty ? nil : $0 }
      let note = columns[.note].map(row.cell).flatMap { $0.isEmpty ? nil : $0 }
      if from == to {
        warning(
          "'\(from)' \(kind.keyword) itself; a relation of a stakeholder to itself is ignored", at: at(fromColumn))
        continue
      }
      let relation = Relation(kind, from: from, to: to, weight: weight, topic: topic, note: note)
      if kind == .reportsTo {
        if let cycle = path(from: to, to: from, in: managers) {
          let circle = ([from] + cycle).map(\.rawValue).joined(separator: " → ")
          error("reporting cycle: \(circle)", at: at(fromColumn))
          continue
        }
        managers[from, default: []].append(to)
      }
      if let earlier = positions[relation.identity] {
        warning(
          "\(from) \(kind.keyword) \(to) is given twice; the later one wins (the first is on row \(earlier.row))",
          at: at(fromColumn))
        relations[earlier.index] = nil
      }
      positions[relation.identity] = (relations.count, row.number)
      relations.append(relation)
    }
    map.relations = relations.compactMap { $0 }
  }

  /// A chain of `reports-to` steps from `start` to `goal`, both included, if any.
  private func path(from start: StakeholderID, to goal: StakeholderID, in managers: [StakeholderID: [StakeholderID]])
    -> [StakeholderID]?
  {
    var previous: [StakeholderID: StakeholderID] = [:]
    var queue = [start]
    var seen: Set<StakeholderID> = [start]
    var head = 0
    while head < queue.count {
      let current = queue[head]
      head += 1
      if current == goal {
        var chain = [goal]
        while let p = previous[chain[0]] { chain.insert(p, at: 0) }
        return chain
      }
      for next in managers[current] ?? [] where seen.insert(next).inserted {
        previous[next] = current
        queue.append(next)
      }
    }
    return nil
  }

  // MARK: - Point of view and verification

  mutating func resolveMe(in fileName: String) {
    guard let me = options.me, !me.isEmpty, stakeholdersReadable else { return }
    let lookup = StakeholderLookup(map.stakeholders)
    if let id = lookup.resolve(me) {
      map.me = id
    } else {
      error(
        "the point of view '\(me)' is not a stakeholder in this sheet\(lookup.didYouMean(me))",
        at: SourceLocation(file: fileName, line: 1, column: 1))
    }
  }

  /// Prints the map and parses it back: a map that does not check would be a bug in
  /// this reader, reported rather than written.
  mutating func verify(_ fileName: String) {
    guard !diagnostics.hasErrors else { return }
    let parsed = StakeMapParser.parse(StakeMapPrinter.print(map), fileName: "imported.stakes")
    for d in parsed.diagnostics.errors.prefix(5) {
      error(
        "internal error: the imported map does not check (\(d.location.line):\(d.location.column): \(d.message)); please report this",
        at: SourceLocation(file: fileName, line: 1, column: 1))
    }
  }
}

/// Finds stakeholders by id, or by name ignoring case when that is unambiguous.
struct StakeholderLookup {
  var ids: Set<StakeholderID> = []
  var byName: [String: StakeholderID?] = [:]
  var byLowercasedID: [String: StakeholderID?] = [:]
  var candidates: [String] = []

  init(_ stakeholders: [Stakeholder]) {
    for s in stakeholders {
      ids.insert(s.id)
      candidates.append(s.id.rawValue)
      let lowered = s.id.rawValue.lowercased()
      byLowercasedID[lowered] = byLowercasedID[lowered] == nil ? s.id : .some(nil)
      if let name = s.name {
        let key = name.lowercased()
        byName[key] = byName[key] == nil ? s.id : .some(nil)
      }
    }
  }

  /// The id a cell names: an exact id, a unique name (any case), or a unique id in
  /// another case.
  func resolve(_ text: String) -> StakeholderID? {
    if ids.contains(StakeholderID(text)) { return StakeholderID(text) }
    if let match = byName[text.lowercased()], let id = match { return id }
    if let match = byLowercasedID[text.lowercased()], let id = match { return id }
    return nil
  }

  func didYouMean(_ text: String) -> String { Suggestions.didYouMean(text, in: candidates) }
}
