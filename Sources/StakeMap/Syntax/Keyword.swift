/// The words the format gives meaning to, interned first in every ``SymbolTable`` the
/// parser makes, so that a keyword's symbol is its position here and the parser and
/// resolver recognise keywords, attribute keys and value words by comparing integers.
///
/// The spellings come from the enums that own them (``RelationKind``,
/// ``StakeholderAttribute``, ``StanceWord``…); this list only fixes their numbers.
enum Keyword {
  /// The statement keywords, in the order of ``SyntaxParser/statementKeywords``.
  static let title: SymbolTable.Symbol = 0
  static let goal: SymbolTable.Symbol = 1
  static let me: SymbolTable.Symbol = 2
  static let thresholds: SymbolTable.Symbol = 3
  static let domain: SymbolTable.Symbol = 4
  static let stakeholder: SymbolTable.Symbol = 5
  /// The first relation verb written as a word; the verbs follow in
  /// `RelationKind.allCases` order.
  static let firstVerb: SymbolTable.Symbol = 6

  /// Every keyword's text, in symbol order (duplicates across the lists appear once).
  static let texts: [String] = {
    var texts = SyntaxParser.statementKeywords
    texts += RelationKind.allCases.map(\.keyword)
    let words =
      StakeholderAttribute.allCases.map(\.rawValue) + RelationAttribute.allCases.map(\.rawValue)
      + ThresholdAttribute.allCases.map(\.rawValue) + StanceWord.allCases.map(\.rawValue)
      + LevelWord.allCases.map(\.rawValue) + EngagementLevel.allCases.map(\.rawValue)
      + StakeholderKind.allCases.map(\.rawValue)
    for word in words where !texts.contains(word) { texts.append(word) }
    return texts
  }()

  /// A symbol table holding every keyword, at its fixed number.
  static let table: SymbolTable = {
    var table = SymbolTable(expectedCount: 128)
    for (i, text) in texts.enumerated() {
      let symbol = table.intern(text)
      precondition(Int(symbol) == i, "keyword '\(text)' interned twice")
    }
    return table
  }()

  /// The symbol of a keyword's text.
  static func symbol(_ text: String) -> SymbolTable.Symbol {
    SymbolTable.Symbol(texts.firstIndex(of: text)!)
  }

  /// Whether bytes are a relation verb written as a word (`influences`, …), compared
  /// without the symbol table.
  static func isRelationVerb(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes.count == 10 || bytes.count == 11 || bytes.count == 14 else { return false }
    return verbBytes.contains { $0.elementsEqual(bytes) }
  }

  private static let verbBytes = RelationKind.allCases.map { Array($0.keyword.utf8) }

  /// Whether bytes are `stakeholder`.
  @inline(__always)
  static func isStakeholder(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes.count == 11, let base = bytes.baseAddress else { return false }
    // "stakehol" and "der" as little-endian words.
    let p = UnsafeRawPointer(base)
    return p.loadUnaligned(as: UInt64.self) == 0x6C6F_6865_6B61_7473 && bytes[8] == 0x64 && bytes[9] == 0x65
      && bytes[10] == 0x72
  }

  /// Whether bytes are `weight`.
  @inline(__always)
  static func isWeight(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.count == 6 && bytes[0] == 0x77 && bytes[1] == 0x65 && bytes[2] == 0x69 && bytes[3] == 0x67
      && bytes[4] == 0x68 && bytes[5] == 0x74
  }

  /// The relation kind a symbol names when it is a verb keyword.
  @inline(__always)
  static func relationKind(_ symbol: SymbolTable.Symbol) -> RelationKind? {
    RelationKind(number: Int(symbol) - Int(firstVerb))
  }

  /// A table from symbol to value for the keywords among `cases`: the value of the
  /// case whose text the symbol is, `nil` for every other symbol.
  static func lookup<T>(_ cases: [T], text: (T) -> String) -> [T?] {
    var result = [T?](repeating: nil, count: texts.count)
    for value in cases { result[Int(symbol(text(value)))] = value }
    return result
  }
}

/// Reading a keyword's value from a symbol: `StanceWord(symbol:)` is
/// `StanceWord(rawValue:)` for the word's symbol.
struct KeywordLookup<T: Sendable>: Sendable {
  private let values: [T?]

  init(_ cases: [T], text: (T) -> String) { values = Keyword.lookup(cases, text: text) }

  /// The value a symbol names, if it is one of the keywords.
  @inline(__always)
  subscript(_ symbol: SymbolTable.Symbol) -> T? {
    Int(symbol) < values.count && symbol >= 0 ? values[Int(symbol)] : nil
  }
}
