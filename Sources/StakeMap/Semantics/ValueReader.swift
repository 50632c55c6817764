/// Reads typed values out of attribute syntax, reporting what is wrong with them.
///
/// Each reader returns `nil` after reporting an error.
struct ValueReader {
  var sink: DiagnosticSink

  /// A 0–10 scale value: a number, or `low`/`medium`/`high` when `words` allows.
  mutating func scale(_ value: ValueSyntax, key: String, words: Bool) -> Double? {
    switch value.kind {
    case .number(let number, let text):
      return inRange(number, text: text, 0...10, key: key, at: value.offset)
    case .word(let word) where words:
      if let level = LevelWord(rawValue: word) { return level.value }
      sink.error(
        at: value.offset,
        Self.choice("'\(word)' is not a level for '\(key)'", word, LevelWord.allCases.map(\.rawValue), otherwise: "use a number from 0 to 10, or low, medium or high")
      )
      return nil
    default:
      sink.error(
        at: value.offset,
        "'\(key)' takes a number from 0 to 10\(words ? " (or low, medium, high)" : ""), not \(value.typeDescription)")
      return nil
    }
  }

  /// A stance: −2…+2, or a stance word.
  mutating func stance(_ value: ValueSyntax) -> Double? {
    switch value.kind {
    case .number(let number, let text):
      return inRange(number, text: text, -2...2, key: "stance", at: value.offset)
    case .word(let word):
      if let stance = StanceWord(rawValue: word) { return stance.value }
      sink.error(
        at: value.offset,
        Self.choice("'\(word)' is not a stance", word, StanceWord.allCases.map(\.rawValue), otherwise: "use opposed, resistant, neutral, supportive, champion, or a number from -2 to 2")
      )
      return nil
    default:
      sink.error(at: value.offset, "'stance' takes a word such as supportive or a number from -2 to 2, not \(value.typeDescription)")
      return nil
    }
  }

  /// A number in a closed range.
  mutating func number(_ value: ValueSyntax, key: String, range: ClosedRange<Double>) -> Double? {
    if case .number(let number, let text) = value.kind {
      return inRange(number, text: text, range, key: key, at: value.offset)
    }
    sink.error(
      at: value.offset,
      "'\(key)' takes a number from \(format(range.lowerBound)) to \(format(range.upperBound)), not \(value.typeDescription)")
    return nil
  }

  /// Text: a string, or a bare word.
  mutating func text(_ value: ValueSyntax, key: String) -> String? {
    switch value.kind {
    case .string(let text), .word(let text): return text
    default:
      sink.error(at: value.offset, "'\(key)' takes a string in double quotes, not \(value.typeDescription)")
      return nil
    }
  }

  /// A list of words or strings; a single word or string is a list of one.
  mutating func list(_ value: ValueSyntax, key: String) -> [String]? {
    switch value.kind {
    case .list(let items):
      var result: [String] = []
      result.reserveCapacity(items.count)
      for item in items {
        switch item.kind {
        case .word(let text), .string(let text): result.append(text)
        case .number(_, let text): result.append(text)
        default: return nil
        }
      }
      return result
    case .word(let text), .string(let text):
      return [text]
    default:
      sink.error(at: value.offset, "'\(key)' takes a list such as [cost, \"time to market\"], not \(value.typeDescription)")
      return nil
    }
  }

  /// `LEVEL` or `LEVEL -> LEVEL`.
  mutating func engagement(_ value: ValueSyntax) -> Engagement? {
    func level(_ word: String, at offset: Int) -> EngagementLevel? {
      if let level = EngagementLevel(rawValue: word) { return level }
      sink.error(
        at: offset,
        Self.choice("'\(word)' is not an engagement level", word, EngagementLevel.allCases.map(\.rawValue), otherwise: "use unaware, resistant, neutral, supportive or leading")
      )
      return nil
    }
    switch value.kind {
    case .word(let word):
      return level(word, at: value.offset).map { Engagement(current: $0) }
    case .transition(let from, let to):
      // Each level is reported where it is written.
      let current = level(from, at: value.offset)
      let desired = level(to, at: value.targetOffset ?? value.offset)
      guard let current, let desired else { return nil }
      return Engagement(current: current, desired: desired)
    default:
      sink.error(at: value.offset, "'engagement' takes a level or 'current -> desired', such as resistant -> supportive, not \(value.typeDescription)")
      return nil
    }
  }

  /// `person` or `group`.
  mutating func kind(_ value: ValueSyntax) -> StakeholderKind? {
    if case .word(let word) = value.kind {
      if let kind = StakeholderKind(rawValue: word) { return kind }
      sink.error(at: value.offset, Self.choice("'\(word)' is not a kind", word, ["person", "group"], otherwise: "use person or group"))
      return nil
    }
    sink.error(at: value.offset, "'kind' takes person or group, not \(value.typeDescription)")
    return nil
  }

  private mutating func inRange(
    _ number: Double, text: String, _ range: ClosedRange<Double>, key: String, at offset: Int
  ) -> Double? {
    guard range.contains(number), number.isFinite else {
      sink.error(
        at: offset,
        "\(text) is out of range for '\(key)': it takes \(format(range.lowerBound)) to \(format(range.upperBound))")
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
