/// A plain stakeholder or relation line read straight from the bytes from its start
/// (``Lexer/plainLine(into:)``), its first identifier not lexed first.
enum PlainLine {
  /// A stakeholder statement: its record (its attributes and list items are in the
  /// syntax), and where its `stakeholder` keyword is.
  case stakeholder(FlatSyntax.Stakeholder, keywordOffset: Int)
  /// A relation statement from the stakeholder whose symbol is `from`.
  case relation(from: SymbolTable.Symbol, PlainRelationLine)
}

extension Lexer {
  /// Reads a whole line from the lexer's position (the start of a line) the short
  /// way when it is a plain stakeholder line (``plainStakeholderLine(into:from:)``)
  /// or a plain relation line (``PlainRelationLine``), and moves past its line break.
  /// The ends of a relation are interned at the end of the line: their slots in the
  /// symbol table (often far away in memory for a relation across departments) are
  /// fetched while the line is read. `nil`, with the lexer where it was, when the line
  /// is anything else (a blank line, a comment, a `}`, another statement, …).
  ///
  /// - Complexity: O(length of the line).
  mutating func plainLine(into flat: inout FlatSyntax) -> PlainLine? {
    var cursor = PlainLineCursor(bytes: bytes, position: position)
    cursor.skipIndent()
    let start = cursor.position
    guard let first = cursor.identifier() else { return nil }
    let firstBytes = UnsafeBufferPointer(rebasing: bytes[first])
    if Keyword.isStakeholder(firstBytes) {
      guard let record = plainStakeholderLine(into: &flat, from: cursor.position) else { return nil }
      return .stakeholder(record, keywordOffset: start)
    }
    let fromHash = SymbolTable.hash(firstBytes)
    symbols.prefetch(hash: fromHash)
    guard let tail = plainRelationTail(&cursor) else { return nil }
    let from = symbols.intern(firstBytes, hash: fromHash)
    let to = symbols.intern(tail.to, hash: tail.toHash)
    resume(at: cursor.position)
    return .relation(from: from, PlainRelationLine(kind: tail.kind, to: to, weight: tail.weight))
  }
}
