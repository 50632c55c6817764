extension Lexer {
  /// Reads the rest of a stakeholder statement in its commonest form, all on one
  /// line, from `start`, just past its `stakeholder` keyword:
  /// `stakeholder ID ["Name"] key=value …`, each value a number, a string without
  /// escapes, a word, or a list of those; every token followed by a blank or the line
  /// break, each key one the symbol table already holds. The records are the ones
  /// ``SyntaxParser`` would make: the attributes and list items are appended to
  /// `flat`, and the stakeholder's record (not yet appended) is returned; the lexer
  /// moves past the line break.
  ///
  /// Returns `nil` when the line is anything else (a `{ … }` block, a comment, an
  /// escape, a transition such as `neutral -> supportive`, a signed number, a
  /// non-ASCII letter where a token starts, …); the caller then rolls `flat` back and
  /// reads the line the ordinary way. The id is interned after the line's words (the
  /// ordinary way interns it before them); symbols are numbers only, and nothing read
  /// from a map depends on their order.
  ///
  /// - Complexity: O(length of the line).
  mutating func plainStakeholderLine(into flat: inout FlatSyntax, from start: Int) -> FlatSyntax.Stakeholder? {
    var cursor = PlainLineCursor(bytes: bytes, position: start)
    cursor.skipBlanks()
    guard let idRange = cursor.identifier(), cursor.atSeparator else { return nil }
    let idBytes = UnsafeBufferPointer(rebasing: bytes[idRange])
    // `stakeholder influences x` is a relation from a stakeholder named `stakeholder`.
    guard !Keyword.isRelationVerb(idBytes) else { return nil }
    // The id is most often new, and its slot in the symbol table far away in memory:
    // it is fetched while the rest of the line is read, and interned at the end.
    let idHash = SymbolTable.hash(idBytes)
    symbols.prefetch(hash: idHash)
    cursor.skipBlanks()
    var name = FlatSyntax.TextRange(start: 0, end: 0)
    if !cursor.atEnd, cursor.byte == UInt8(ascii: "\"") {
      guard let range = cursor.string(), cursor.atSeparator else { return nil }
      name = FlatSyntax.TextRange(start: UInt32(range.lowerBound), end: UInt32(range.upperBound))
      cursor.skipBlanks()
    }
    let first = flat.attributes.count
    while !cursor.atEnd, cursor.byte != 0x0A {
      guard let keyRange = cursor.identifier(),
        let key = shortKeywords.symbol(in: bytes, keyRange)
          ?? symbols.symbol(of: UnsafeBufferPointer(rebasing: bytes[keyRange]))
      else { return nil }
      cursor.skipBlanks()
      guard !cursor.atEnd, cursor.byte == UInt8(ascii: "=") else { return nil }
      cursor.position += 1
      cursor.skipBlanks()
      guard let value = plainValue(&cursor, &flat), cursor.atSeparator else { return nil }
      flat.attributes.append(FlatSyntax.Attribute(key: key, keyStart: UInt32(keyRange.lowerBound), value: value))
      cursor.skipBlanks()
    }
    guard !cursor.atEnd else { return nil }
    let id = symbols.intern(idBytes, hash: idHash)
    resume(at: cursor.position + 1)
    let count = UInt32(flat.attributes.count - first)
    return FlatSyntax.Stakeholder(
      id: FlatSyntax.Identifier(symbol: id, start: UInt32(idRange.lowerBound), end: UInt32(idRange.upperBound)),
      name: name, attributes: FlatSyntax.AttributeRange(start: UInt32(first), count: count), inlineCount: count,
      hasBlock: false)
  }

  /// A number, a string, a word (not the start of a transition) or a list of those,
  /// as ``SyntaxParser`` records it; a list's items go to `flat.listItems`.
  private mutating func plainValue(_ cursor: inout PlainLineCursor, _ flat: inout FlatSyntax) -> FlatSyntax.Value? {
    if let scalar = plainScalar(&cursor) {
      if scalar.kind == .word {
        // `word -> word` is a transition.
        var after = cursor
        after.skipBlanks()
        if after.looksAt(UInt8(ascii: "-"), UInt8(ascii: ">")) { return nil }
      }
      return scalar
    }
    guard !cursor.atEnd, cursor.byte == UInt8(ascii: "[") else { return nil }
    let open = cursor.position
    cursor.position += 1
    let first = flat.listItems.count
    cursor.skipBlanks()
    while cursor.atEnd || cursor.byte != UInt8(ascii: "]") {
      guard let item = plainScalar(&cursor) else { return nil }
      flat.listItems.append(item)
      cursor.skipBlanks()
      guard !cursor.atEnd else { return nil }
      if cursor.byte == UInt8(ascii: ",") {
        cursor.position += 1
        cursor.skipBlanks()
      } else if cursor.byte != UInt8(ascii: "]") {
        return nil
      }
    }
    cursor.position += 1
    return FlatSyntax.Value(
      kind: .list, start: UInt32(open), end: UInt32(flat.listItems.count - first), targetStart: 0,
      payload: UInt64(first))
  }

  /// A number, a string or a word, as ``SyntaxParser`` records it.
  @inline(__always)
  private mutating func plainScalar(_ cursor: inout PlainLineCursor) -> FlatSyntax.Value? {
    guard !cursor.atEnd else { return nil }
    let b = cursor.byte
    if PlainLineCursor.isDigit(b) {
      guard let (range, value) = cursor.number() else { return nil }
      return FlatSyntax.Value(
        kind: .number, start: UInt32(range.lowerBound), end: UInt32(range.upperBound), targetStart: 0,
        payload: value.bitPattern)
    }
    if b == UInt8(ascii: "\"") {
      guard let range = cursor.string() else { return nil }
      return FlatSyntax.Value(
        kind: .string, start: UInt32(range.lowerBound), end: UInt32(range.upperBound), targetStart: 0, payload: 0)
    }
    guard let range = cursor.identifier() else { return nil }
    let symbol =
      shortKeywords.symbol(in: bytes, range) ?? symbols.intern(UnsafeBufferPointer(rebasing: bytes[range]))
    return FlatSyntax.Value(
      kind: .word, start: UInt32(range.lowerBound), end: UInt32(range.upperBound), targetStart: 0,
      payload: UInt64(UInt32(bitPattern: symbol)))
  }
}
