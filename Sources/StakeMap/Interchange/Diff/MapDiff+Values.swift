/// How the text and Markdown diffs show values: shared so both say the same thing.
struct MapDiffValues {
  let diff: MapDiff
  /// Escapes text from the map (identity for plain text).
  let escape: (String) -> String
  /// Whether quadrants are shown by title ("Manage closely") rather than keyword.
  let quadrantTitles: Bool

  /// A display name, escaped.
  func name(_ id: StakeholderID) -> String { escape(diff.name(id)) }

  /// A field value as a reader sees it. `map` is the version the value comes from.
  func value(_ field: DiffField, _ value: FieldValue, in map: StakeMap) -> String {
    switch (field, value) {
    case (.power, .none), (.interest, .none): return "unrated"
    case (.weight, .none): return "default (0.5)"
    case (.domain, .none): return "top level"
    case (.me, .none): return "nobody"
    case (.desiredEngagement, .none): return "quadrant default"
    case (_, .none): return "none"
    case (.stance, .number(let x)): return Self.stance(x)
    case (_, .number(let x)): return NumberText.format(x)
    case (.domain, .text(let id)):
      return escape(map.domain(DomainID(id))?.displayLabel ?? id)
    case (.me, .text(let id)):
      return escape(map.stakeholder(StakeholderID(id))?.displayName ?? id)
    case (.quadrant, .text(let q)):
      return quadrantTitles ? (Quadrant(rawValue: q)?.title ?? q) : q
    case (.engagement, .text(let e)), (.desiredEngagement, .text(let e)):
      return e
    case (_, .text(let s)):
      return "“" + escape(s) + "”"
    }
  }

  /// `stance neutral → supportive`, `power 5 → 7`.
  func change(_ c: FieldChange) -> String {
    "\(c.field.rawValue) \(value(c.field, c.old, in: diff.old.map)) → \(value(c.field, c.new, in: diff.new.map))"
  }

  /// All of a stakeholder's or relation's changes, joined by semicolons.
  func changes(_ list: [FieldChange]) -> String { list.map(change).joined(separator: "; ") }

  /// A stance: its word when it is a whole value (`supportive`), else a signed number.
  static func stance(_ x: Double) -> String {
    if let word = StanceWord(exactly: x) { return word.rawValue }
    return (x > 0 ? "+" : "") + NumberText.format(x)
  }

  /// A signed alignment change with two decimals: `+0.25`, `-0.1`, `0`.
  static func delta(_ x: Double) -> String {
    let text = ReportText.fixed2(x)
    return text.hasPrefix("-") || text == "0" ? text : "+" + text
  }

  /// Where a stakeholder sits, for joined and left lists:
  /// `Finance; keep-informed; power 3, interest 8, stance supportive`.
  func summary(_ s: Stakeholder, in map: StakeMap) -> String {
    var parts: [String] = []
    if let role = s.role { parts.append(escape(role)) }
    if let d = s.domain { parts.append(escape(map.domain(d)?.displayLabel ?? d.rawValue)) }
    let q = map.positioning(of: s).quadrant
    parts.append(quadrantTitles ? q.title.lowercased() : q.rawValue)
    parts.append(
      "power \(ReportText.rating(s.power)), interest \(ReportText.rating(s.interest)), stance \(Self.stance(s.stance))")
    return parts.joined(separator: "; ")
  }

  /// A relation in `.stakes` words with ids: `cto -> em weight=0.7`,
  /// `em depends-on cfo "budget"`.
  static func relationSource(_ r: Relation) -> String {
    var text = "\(r.from) \(r.kind == .influences ? "->" : r.kind.keyword) \(r.to)"
    if let w = r.weight { text += " weight=\(NumberText.format(w))" }
    if let t = r.topic { text += " topic=\(SyntaxPrinter.quoted(t))" }
    if let n = r.note { text += " note=\(SyntaxPrinter.quoted(n))" }
    return text
  }

  /// A relation in a manager's words with names: `Dana Ruiz influences Alex Kim
  /// (weight 0.7)`, `Alex Kim depends on Priya N. for “budget”`.
  func relationWords(_ r: Relation) -> String {
    let a = name(r.from)
    let b = name(r.to)
    var text: String
    switch r.kind {
    case .influences: text = "\(a) influences \(b)"
    case .dependsOn: text = "\(a) depends on \(b)"
    case .conflictsWith: text = "\(a) conflicts with \(b)"
    case .alliedWith: text = "\(a) is allied with \(b)"
    case .reportsTo: text = "\(a) reports to \(b)"
    }
    if let t = r.topic { text += r.kind == .dependsOn ? " for “\(escape(t))”" : " over “\(escape(t))”" }
    var extras: [String] = []
    if let w = r.weight { extras.append("weight \(NumberText.format(w))") }
    if let n = r.note { extras.append("note “\(escape(n))”") }
    if !extras.isEmpty { text += " (\(extras.joined(separator: ", ")))" }
    return text
  }

  /// `Priya N. vs Dana Ruiz over “budget” (declared)`, with who left when a side is gone.
  func conflict(_ c: Conflict, resolved: Bool) -> String {
    var text = "\(name(c.a)) vs \(name(c.b))"
    if let t = c.topic { text += " over “\(escape(t))”" }
    var notes = [c.kind.rawValue]
    if resolved {
      let gone = [c.a, c.b].filter { diff.new.map.stakeholder($0) == nil }
      if !gone.isEmpty { notes.append(gone.map(name).joined(separator: " and ") + " left") }
    }
    return text + " (\(notes.joined(separator: "; ")))"
  }

  /// `−0.25 (neutral) → +0.52 (supportive), +0.77`.
  static func alignment(_ old: Double, _ new: Double) -> String {
    "\(ReportText.stance(old)) → \(ReportText.stance(new)), \(delta(new - old))"
  }
}
