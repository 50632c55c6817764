/// A relation statement in its most common form, read straight from the bytes in one
/// pass: `from VERB to`, and for an influence optionally its weight, bare (`0.4`) or
/// as `weight=0.4`, then the end of the line. Most of a large map's lines are like
/// this (`a -> b 0.4`), and a streaming read takes them this way instead of through
/// tokens, syntax records and the general attribute reader
/// (``Lexer/plainLine(into:)``).
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
  /// What follows a plain relation line's `from`, read from `cursor` through the line
  /// break (`cursor` moves past it), with `to`'s bytes and hash, not yet interned (its
  /// symbol-table slot is being fetched); `nil` when the line is anything else.
  mutating func plainRelationTail(_ cursor: inout PlainLineCursor)
    -> (kind: RelationKind, to: UnsafeBufferPointer<UInt8>, toHash: UInt64, weight: Double?)?
  {
    cursor.skipBlanks()
    let kind: RelationKind
    if cursor.looksAt(UInt8(ascii: "-"), UInt8(ascii: ">")) {
      kind = .influences
      cursor.position += 2
    } else {
      guard let verb = cursor.identifier(),
        let word = symbols.symbol(of: UnsafeBufferPointer(rebasing: bytes[verb])),
        let verbKind = Keyword.relationKind(word)
      else { return nil }
      kind = verbKind
    }
    cursor.skipBlanks()
    guard let to = cursor.identifier() else { return nil }
    let toBytes = UnsafeBufferPointer(rebasing: bytes[to])
    let toHash = SymbolTable.hash(toBytes)
    symbols.prefetch(hash: toHash)
    cursor.skipBlanks()
    guard !cursor.atEnd else { return nil }

    var weight: Double?
    if kind == .influences {
      var number = cursor.number()
      if number == nil, cursor.byte == UInt8(ascii: "w"), let key = cursor.identifier() {
        // `weight=`, with blanks or not around the `=`.
        guard Keyword.isWeight(UnsafeBufferPointer(rebasing: bytes[key])) else { return nil }
        cursor.skipBlanks()
        guard !cursor.atEnd, cursor.byte == UInt8(ascii: "=") else { return nil }
        cursor.position += 1
        cursor.skipBlanks()
        guard let value = cursor.number() else { return nil }
        number = value
      }
      if let number {
        let value = number.value
        guard value >= 0, value <= 1 else { return nil }
        weight = value
        cursor.skipBlanks()
      }
    }
    guard !cursor.atEnd, cursor.byte == 0x0A else { return nil }
    cursor.position += 1
    return (kind, toBytes, toHash, weight)
  }
}
