/// A relation statement in its most common form, read straight from the bytes in one
/// pass: `from VERB to`, and for an influence optionally its weight, bare (`0.4`) or
/// as `weight=0.4`, then the end of the line. Most of a large map's lines are like
/// this (`a -> b 0.4`), and a streaming read takes them this way instead of through
/// tokens, syntax records and the general attribute reader
/// (``Lexer/plainRelationLine()``).
///
/// Anything else (a topic, a note, a comment, a `}`, an out-of-range weight, a
/// non-ASCII letter where a token starts, the last line without a line break) is not
/// a plain relation line: the parser then reads the line the ordinary way, which
/// gives the same result or the diagnostic.
struct PlainRelationLine {
  /// The relation's kind (`->` is `influences`).
  var kind: RelationKind
  /// The symbol of the stakeholder it goes to.
  var to: SymbolTable.Symbol
  /// The weight, when given (an influence's, from 0 to 1).
  var weight: Double?
}

extension Lexer {
  /// Reads the rest of a plain relation line (see ``PlainRelationLine``) when the
  /// lexer stands just past the line's first identifier, the relation's `from`, and
  /// moves past the line's line break. Returns `nil`, with nothing read, when the line
  /// is anything else. Symbols are interned in the order the ordinary path would
  /// intern them (only `to` can be new).
  ///
  /// - Complexity: O(length of the line).
  mutating func plainRelationLine() -> PlainRelationLine? {
    let bytes = self.bytes
    let count = bytes.count
    var i = position
    // Spaces and tabs (and what else the lexer skips between tokens: `\r`, `\v`, `\f`).
    @inline(__always) func skipBlanks() {
      while i < count {
        let b = bytes[i]
        guard b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0B || b == 0x0C else { return }
        i += 1
      }
    }
    @inline(__always) func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) func isASCIIIdentifierStart(_ b: UInt8) -> Bool {
      (b | 0x20) &- 0x61 < 26 || b == 0x5F
    }

    skipBlanks()
    guard i + 1 < count else { return nil }
    let kind: RelationKind
    if bytes[i] == UInt8(ascii: "-") && bytes[i + 1] == UInt8(ascii: ">") {
      kind = .influences
      i += 2
    } else {
      guard isASCIIIdentifierStart(bytes[i]) else { return nil }
      let end = Self.identifierEnd(in: bytes, at: i)
      guard let word = symbols.symbol(of: UnsafeBufferPointer(rebasing: bytes[i..<end])),
        let verb = Keyword.relationKind(word)
      else { return nil }
      kind = verb
      i = end
    }
    skipBlanks()
    guard i < count, isASCIIIdentifierStart(bytes[i]) else { return nil }
    let toStart = i
    i = Self.identifierEnd(in: bytes, at: i)
    let toEnd = i
    skipBlanks()
    guard i < count else { return nil }

    var weight: Double?
    if kind == .influences {
      var numberStart = -1
      if isDigit(bytes[i]) {
        numberStart = i
      } else if bytes[i] == UInt8(ascii: "w"), count - i > 6,
        bytes[i + 1] == UInt8(ascii: "e"), bytes[i + 2] == UInt8(ascii: "i"), bytes[i + 3] == UInt8(ascii: "g"),
        bytes[i + 4] == UInt8(ascii: "h"), bytes[i + 5] == UInt8(ascii: "t"),
        Self.identifierEnd(in: bytes, at: i) == i + 6
      {
        i += 6
        skipBlanks()
        guard i < count, bytes[i] == UInt8(ascii: "=") else { return nil }
        i += 1
        skipBlanks()
        guard i < count, isDigit(bytes[i]) else { return nil }
        numberStart = i
      }
      if numberStart >= 0 {
        // `digits(.digits)?`, as the lexer reads a number, not running into letters.
        while i < count, isDigit(bytes[i]) { i += 1 }
        if i + 1 < count, bytes[i] == UInt8(ascii: "."), isDigit(bytes[i + 1]) {
          i += 1
          while i < count, isDigit(bytes[i]) { i += 1 }
        }
        guard i < count, bytes[i] < 0x80, !Self.isASCIIIdentifierContinue(bytes[i]) else { return nil }
        let value = NumberLiteral.value(bytes, numberStart, i)
        guard value >= 0, value <= 1 else { return nil }
        weight = value
        skipBlanks()
      }
    }
    guard i < count, bytes[i] == 0x0A else { return nil }
    let to = symbols.intern(UnsafeBufferPointer(rebasing: bytes[toStart..<toEnd]))
    resume(at: i + 1)
    return PlainRelationLine(kind: kind, to: to, weight: weight)
  }
}
