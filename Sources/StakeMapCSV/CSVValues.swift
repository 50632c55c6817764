import StakeMap

/// How cells of a sheet become values of a map, leniently: spreadsheets write
/// `7,5` for 7.5 in much of Europe, `H`/`M`/`L` for ratings and `Supporter` for a
/// stance. Each reader returns the value, or a message saying what was expected.
enum CSVValues {
  /// A number: `7`, `7.5`, `7,5`, `+1`, `-0.5`; nil for anything else.
  static func number(_ text: String) -> Double? {
    let t = text.replacingOccurrences(of: ",", with: ".")
    guard !t.isEmpty, t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "+" || $0 == "-") }) else {
      return nil
    }
    guard let value = Double(t.hasPrefix("+") ? String(t.dropFirst()) : t), value.isFinite else { return nil }
    return value
  }

  /// A 0–10 rating: a number, or `low`/`medium`/`high` (also `L`, `M`, `H`, `med`).
  static func rating(_ text: String, field: String) -> Result<Double, Message> {
    switch text.lowercased() {
    case "low", "l": return .success(LevelWord.low.value)
    case "medium", "med", "m", "mid": return .success(LevelWord.medium.value)
    case "high", "h": return .success(LevelWord.high.value)
    default: break
    }
    guard let value = number(text), (0...10).contains(value) else {
      return .failure(Message("\(field) must be a number from 0 to 10, or low, medium or high; found '\(text)'"))
    }
    return .success(value)
  }

  /// A number in a closed range.
  static func bounded(_ text: String, field: String, _ range: ClosedRange<Double>) -> Result<Double, Message> {
    guard let value = number(text), range.contains(value) else {
      return .failure(
        Message(
          "\(field) must be a number from \(NumberText.format(range.lowerBound)) to \(NumberText.format(range.upperBound)); found '\(text)'"
        ))
    }
    return .success(value)
  }

  /// Words a sheet may use for a stance, beyond the format's own five.
  static let stanceWords: [String: StanceWord] = [
    "opposed": .opposed, "against": .opposed, "blocker": .opposed, "hostile": .opposed,
    "resistant": .resistant, "sceptical": .resistant, "skeptical": .resistant, "negative": .resistant,
    "neutral": .neutral, "undecided": .neutral,
    "supportive": .supportive, "supporter": .supportive, "positive": .supportive, "support": .supportive,
    "champion": .champion, "advocate": .champion, "sponsor": .champion,
  ]

  /// A stance: −2…+2, or a word (`opposed` … `champion`, and a few synonyms).
  static func stance(_ text: String) -> Result<Double, Message> {
    if let word = stanceWords[text.lowercased()] { return .success(word.value) }
    guard let value = number(text), (-2...2).contains(value) else {
      let hint = Suggestions.didYouMean(text.lowercased(), in: StanceWord.allCases.map(\.rawValue))
      return .failure(
        Message(
          "stance must be a number from -2 to +2, or opposed, resistant, neutral, supportive or champion; found '\(text)'\(hint)"
        ))
    }
    return .success(value)
  }

  /// An engagement level.
  static func engagementLevel(_ text: String, field: String) -> Result<EngagementLevel, Message> {
    if let level = EngagementLevel(rawValue: text.lowercased()) { return .success(level) }
    let hint = Suggestions.didYouMean(text.lowercased(), in: EngagementLevel.allCases.map(\.rawValue))
    return .failure(
      Message("\(field) must be unaware, resistant, neutral, supportive or leading; found '\(text)'\(hint)"))
  }

  /// Engagement as `LEVEL` or `LEVEL -> LEVEL` (also `→`).
  static func engagement(_ text: String) -> Result<(EngagementLevel, EngagementLevel?), Message> {
    let parts = text.replacingOccurrences(of: "→", with: "->").components(separatedBy: "->").map(CSVTable.trim)
    guard parts.count <= 2 else {
      return .failure(Message("engagement must be a level or 'now -> desired'; found '\(text)'"))
    }
    switch engagementLevel(parts[0], field: "engagement") {
    case .failure(let message): return .failure(message)
    case .success(let current):
      guard parts.count == 2 else { return .success((current, nil)) }
      return engagementLevel(parts[1], field: "desired engagement").map { (current, $0) }
    }
  }

  /// A person or a group (`team`, `committee`, `organisation` are groups).
  static func kind(_ text: String) -> Result<StakeholderKind, Message> {
    switch text.lowercased() {
    case "person", "individual", "people", "human": return .success(.person)
    case "group", "team", "committee", "board", "organisation", "organization", "org", "company":
      return .success(.group)
    default: return .failure(Message("kind must be person or group; found '\(text)'"))
    }
  }

  /// A list: items separated by `;`, `,`, `|` or line breaks, trimmed, empty ones dropped.
  static func list(_ text: String) -> [String] {
    text.split(whereSeparator: { $0 == ";" || $0 == "," || $0 == "|" || $0.isNewline })
      .map { CSVTable.trim(String($0)) }.filter { !$0.isEmpty }
  }

  /// The relation kinds by normalized name (lowercase, no spaces, `-` or `_`).
  static let relationKinds: [String: RelationKind] = [
    "influences": .influences, "influence": .influences, "influenced": .influences, "->": .influences,
    "→": .influences,
    "dependson": .dependsOn, "depends": .dependsOn, "dependency": .dependsOn, "needs": .dependsOn,
    "relieson": .dependsOn,
    "conflictswith": .conflictsWith, "conflicts": .conflictsWith, "conflict": .conflictsWith,
    "alliedwith": .alliedWith, "allied": .alliedWith, "ally": .alliedWith, "allies": .alliedWith,
    "alliance": .alliedWith,
    "reportsto": .reportsTo, "reports": .reportsTo, "report": .reportsTo,
  ]

  /// A relation kind, loosely (`depends on`, `Depends-On`, `conflict`, `->`).
  static func relationKind(_ text: String) -> Result<RelationKind, Message> {
    let key = String(text.lowercased().filter { !$0.isWhitespace && $0 != "_" && ($0 != "-" || text.contains(">")) })
    if let kind = relationKinds[key] { return .success(kind) }
    let hint = Suggestions.didYouMean(text.lowercased(), in: RelationKind.allCases.map(\.keyword))
    return .failure(
      Message(
        "relation type must be influences (->), depends-on, conflicts-with, allied-with or reports-to; found '\(text)'\(hint)"
      ))
  }

  /// An influence weight: 0–1, or a percentage (`70%`).
  static func weight(_ text: String) -> Result<Double, Message> {
    if text.hasSuffix("%"), let percent = number(CSVTable.trim(String(text.dropLast()))), (0...100).contains(percent) {
      return .success(percent / 100)
    }
    return bounded(text, field: "weight", 0...1)
  }

  /// What went wrong with a cell, in one line.
  struct Message: Error, Equatable {
    var text: String
    init(_ text: String) { self.text = text }
  }
}

/// Identifiers: checking them, and making them from names and labels.
enum CSVIdentifiers {
  /// Words that cannot be stakeholder ids: the relation verbs.
  static let reserved: Set<String> = Set(RelationKind.allCases.map(\.keyword))

  /// Whether text is a `.stakes` identifier: a letter or `_`, then letters, digits,
  /// `_`, `-` or `.` (no `->`).
  static func isIdentifier(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, first == "_" || first.properties.isAlphabetic else { return false }
    var previous = first
    for s in text.unicodeScalars.dropFirst() {
      let ok = s == "_" || s == "-" || s == "." || s.properties.isAlphabetic || s.properties.numericType != nil
      if !ok || (previous == "-" && s == ">") { return false }
      previous = s
    }
    return true
  }

  /// An identifier made from a name: lowercase, runs of other characters as one `_`,
  /// a leading digit prefixed (`Priya N.` → `priya_n`, `2nd line` → `_2nd_line`);
  /// `fallback` when nothing is left.
  static func slug(_ text: String, fallback: String) -> String {
    var out = ""
    var pendingUnderscore = false
    for s in text.lowercased().unicodeScalars {
      if s.properties.isAlphabetic || s.properties.numericType != nil {
        if pendingUnderscore && !out.isEmpty { out += "_" }
        pendingUnderscore = false
        out.unicodeScalars.append(s)
      } else {
        pendingUnderscore = true
      }
    }
    if out.isEmpty { return fallback }
    if let first = out.unicodeScalars.first, !first.properties.isAlphabetic { out = "_" + out }
    if reserved.contains(out) { out += "_" }
    return out
  }
}
