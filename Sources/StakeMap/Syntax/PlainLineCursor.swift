/// A position in a source's bytes, and the few token shapes the short ways through
/// the commonest lines read (``Lexer/plainRelationLine()``,
/// ``Lexer/plainStakeholderLine(into:)``). Each reads a token exactly as the
/// ``Lexer`` would, or reports that it is not there (`nil`, position unchanged);
/// anything unusual is left to the lexer.
struct PlainLineCursor {
  let bytes: UnsafeBufferPointer<UInt8>
  var position: Int

  /// Whether the bytes are used up.
  var atEnd: Bool { position >= bytes.count }

  /// The byte at the position (call only when not `atEnd`).
  var byte: UInt8 { bytes[position] }

  /// Skips what the lexer skips between tokens: spaces, tabs, `\r`, `\v`, `\f`.
  @inline(__always)
  mutating func skipBlanks() {
    while position < bytes.count {
      let b = bytes[position]
      guard b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0B || b == 0x0C else { return }
      position += 1
    }
  }

  /// Whether the next byte is a blank or a line break, or the bytes end: a token
  /// that stops there stops where the lexer's would.
  @inline(__always)
  var atSeparator: Bool {
    guard position < bytes.count else { return true }
    let b = bytes[position]
    return b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0B || b == 0x0C || b == 0x0A
  }

  @inline(__always)
  static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }

  @inline(__always)
  static func isASCIIIdentifierStart(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 || b == 0x5F }

  /// An identifier that starts with an ASCII letter or `_`.
  @inline(__always)
  mutating func identifier() -> Range<Int>? {
    guard position < bytes.count, Self.isASCIIIdentifierStart(bytes[position]) else { return nil }
    let start = position
    position = Lexer.identifierEnd(in: bytes, at: start)
    return start..<position
  }

  /// An unsigned number, `digits(.digits)?`, not running into letters.
  @inline(__always)
  mutating func number() -> Range<Int>? {
    let start = position
    var i = position
    guard i < bytes.count, Self.isDigit(bytes[i]) else { return nil }
    while i < bytes.count, Self.isDigit(bytes[i]) { i += 1 }
    if i + 1 < bytes.count, bytes[i] == UInt8(ascii: "."), Self.isDigit(bytes[i + 1]) {
      i += 1
      while i < bytes.count, Self.isDigit(bytes[i]) { i += 1 }
    }
    // The lexer makes `7x` (and `7é`) one invalid token.
    if i < bytes.count, bytes[i] >= 0x80 || Lexer.isASCIIIdentifierContinue(bytes[i]) { return nil }
    position = i
    return start..<i
  }

  /// A string without escapes, quotes included.
  @inline(__always)
  mutating func string() -> Range<Int>? {
    guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { return nil }
    var i = position + 1
    while i < bytes.count {
      let b = bytes[i]
      if b == UInt8(ascii: "\"") {
        let start = position
        position = i + 1
        return start..<position
      }
      if b == UInt8(ascii: "\\") || b == 0x0A { return nil }
      i += 1
    }
    return nil
  }

  /// Whether the bytes at the position are `text` (ASCII).
  @inline(__always)
  func looksAt(_ first: UInt8, _ second: UInt8) -> Bool {
    position + 1 < bytes.count && bytes[position] == first && bytes[position + 1] == second
  }
}
