/// Reads typed values out of the parser's attribute values, reporting what is wrong
/// with them.
///
/// Each reader returns `nil` after reporting an error. Words are recognised by their
/// symbols (see ``Keyword``); text is decoded from the source only where it is kept or
/// quoted in a message. The syntax is passed in, not held: the parser may still be
/// adding to it.
struct ValueReader {
  typealias Value = FlatSyntax.Value

  var sink: DiagnosticSink

  private static let levelWords = KeywordLookup(LevelWord.allCases, text: \.rawValue)
  private static let stanceWords = KeywordLookup(StanceWord.allCases, text: \.rawValue)
  private static let engagementLevels = KeywordLookup(EngagementLevel.allCases, text: \.rawValue)
  private static let stakeholderKinds = KeywordLookup(StakeholderKind.allCases, text: \.rawValue)

  private func offset(_ value: Value) -> Int { Int(value.start) }

  /// A 0–10 scale value: a number, or `low`/`medium`/`high` when `words` allows.
  mutating func scale(_ value: Value, key: String, words: Bool, in syntax: FlatSyntax) -> Double? {
    switch value.kind {
    case .number:
      return inRange(value, 0...10, key: key, in: syntax)
    case .word where words:
      if let level = Self.levelWords[value.symbol] { return level.value }
      let word = syntax.wordText(value)
      sink.error(
        at: offset(value),
        Self.choice(
          "'\(word)' is not a level for '\(key)'", word, LevelWord.allCases.map(\.rawValue),
          otherwise: "use a number from 0 to 10, or low, medium or high")
      )
      return nil
    default:
      sink.error(
        at: offset(value),
        "'\(key)' takes a number from 0 to 10\(words ? " (or low, medium, high)" : ""), not \(syntax.typeDescription(value))"
      )
      return nil
    }
  }

  /// A stance: −2…+2, or a stance word.
  mutating func stance(_ value: Value, in syntax: FlatSyntax) -> Double? {
    switch value.kind {
    case .number:
      return inRange(value, -2...2, key: "stance", in: syntax)
    case .word:
      if let stance = Self.stanceWords[value.symbol] { return stance.value }
      let word = syntax.wordText(value)
      sink.error(
        at: offset(value),
        Self.choice(
          "'\(word)' is not a stance", word, StanceWord.allCases.map(\.rawValue),
          otherwise: "use opposed, resistant, neutral, supportive, champion, or a number from -2 to 2")
      )
      return nil
    default:
      sink.error(
        at: offset(value),
        "'stance' takes a word such as supportive or a number from -2 to 2, not \(syntax.typeDescription(value))")
      return nil
    }
  }

  /// A number in a closed range.
  mutating func number(_ value: Value, key: String, range: ClosedRange<Double>, in syntax: FlatSyntax) -> Double? {
    if value.kind == .number {
      return inRange(value, range, key: key, in: syntax)
    }
    sink.error(
      at: offset(value),
      "'\(key)' takes a number from \(format(range.lowerBound)) to \(format(range.upperBound)), not \(syntax.typeDescription(value))"
    )
    return nil
  }

  /// Text: a string, or a bare word. Without `decoding`, the value is only checked
  /// (the same diagnostics) and the result is nil: for a reader that keeps nothing.
  mutating func text(_ value: Value, key: String, decoding: Bool = true, in syntax: FlatSyntax) -> String? {
    switch value.kind {
    case .string: return decoding ? syntax.decodeString(value.start, value.end) : nil
    case .word: return decoding ? syntax.wordText(value) : nil
    default:
      sink.error(at: offset(value), "'\(key)' takes a string in double quotes, not \(syntax.typeDescription(value))")
      return nil
    }
  }

  /// A list of words or strings; a single word or string is a list of one. Without
  /// `making`, the value is only checked (the same diagnostics) and the result is nil.
  mutating func list(_ value: Value, key: String, making: Bool = true, in syntax: FlatSyntax) -> [String]? {
    switch value.kind {
    case .list:
      guard making else { return nil }
      let items = syntax.items(value)
      var result: [String] = []
      result.reserveCapacity(items.count)
      for item in items {
        switch item.kind {
        case .word, .string, .number: result.append(syntax.plainText(item))
        default: return nil
        }
      }
      return result
    case .word, .string:
      return making ? [syntax.plainText(value)] : nil
    default:
      sink.error(
        at: offset(value),
        "'\(key)' takes a list such as [cost, \"time to market\"], not \(syntax.typeDescription(value))")
      return nil
    }
  }

  /// `LEVEL` or `LEVEL -> LEVEL`.
  mutating func engagement(_ value: Value, in syntax: FlatSyntax) -> Engagement? {
    func level(_ symbol: SymbolTable.Symbol, at offset: UInt32) -> EngagementLevel? {
      if let level = Self.engagementLevels[symbol] { return level }
      let word = syntax.identifierText(at: offset)
      sink.error(
        at: Int(offset),
        Self.choice(
          "'\(word)' is not an engagement level", word, EngagementLevel.allCases.map(\.rawValue),
          otherwise: "use unaware, resistant, neutral, supportive or leading")
      )
      return nil
    }
    switch value.kind {
    case .word:
      return level(value.symbol, at: value.start).map { Engagement(current: $0) }
    case .transition:
      // Each level is reported where it is written.
      let current = level(SymbolTable.Symbol(truncatingIfNeeded: value.payload >> 32), at: value.start)
      let desired = level(SymbolTable.Symbol(truncatingIfNeeded: value.payload), at: value.targetStart)
      guard let current, let desired else { return nil }
      return Engagement(current: current, desired: desired)
    default:
      sink.error(
        at: offset(value),
        "'engagement' takes a level or 'current -> desired', such as resistant -> supportive, not \(syntax.typeDescription(value))"
      )
      return nil
    }
  }

  /// `person` or `group`.
  mutating func kind(_ value: Value, in syntax: FlatSyntax) -> StakeholderKind? {
    if value.kind == .word {
      if let kind = Self.stakeholderKinds[value.symbol] { return kind }
      let word = syntax.wordText(value)
      sink.error(
        at: offset(value),
        Self.choice("'\(word)' is not a kind", word, ["person", "group"], otherwise: "use person or group"))
      return nil
    }
    sink.error(at: offset(value), "'kind' takes person or group, not \(syntax.typeDescription(value))")
    return nil
  }

  /// A number value in a range; reported with the number as written when outside.
  private mutating func inRange(_ value: Value, _ range: ClosedRange<Double>, key: String, in syntax: FlatSyntax)
    -> Double?
  {
    let number = value.number
    guard range.contains(number), number.isFinite else {
      sink.error(
        at: offset(value),
        "\(syntax.numberText(value)) is out of range for '\(key)': it takes \(format(range.lowerBound)) to \(format(range.upperBound))"
      )
      return nil
    }
    return number
  }

  /// "MESSAGE; did you mean 'X'?" when a candidate is close, else "MESSAGE; OTHERWISE".
  static func choice(_ message: String, _ word: String, _ candidates: [String], otherwise: String) -> String {
    let hint = Suggestions.didYouMean(word, in: candidates)
    return message + (hint.isEmpty ? "; " + otherwise : hint)
  }

  private func format(_ number: Double) -> String { NumberText.format(number) }
}
