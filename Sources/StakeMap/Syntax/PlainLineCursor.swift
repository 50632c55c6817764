import CStakeMapSupport

/// A position in a source's bytes, and the few token shapes the short ways through
/// the commonest lines read (``Lexer/plainLine(into:)``). Each reads a token exactly as the
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
    while position < bytes.count, Lexer.isBlank(bytes[position]) { position += 1 }
  }

  /// ``skipBlanks()`` at the start of a line: the indent's spaces eight at a time
  /// (between tokens there are mostly one or none, and the plain loop is quicker).
  @inline(__always)
  mutating func skipIndent() {
    if bytes.count - position >= 8 {
      let word = UnsafeRawPointer(bytes.baseAddress! + position).loadUnaligned(as: UInt64.self)
      position += (word ^ 0x2020_2020_2020_2020).trailingZeroBitCount / 8
    }
    skipBlanks()
  }

  /// Whether the next byte is a blank or a line break, or the bytes end: a token
  /// that stops there stops where the lexer's would.
  @inline(__always)
  var atSeparator: Bool {
    guard position < bytes.count else { return true }
    return Lexer.isBlank(bytes[position]) || bytes[position] == 0x0A
  }

  @inline(__always)
  static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }

  @inline(__always)
  static func isASCIIIdentifierStart(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 || b == 0x5F }

  /// An identifier that starts with an ASCII letter or `_`: where
  /// ``Lexer/identifierEnd(in:at:)`` ends it, found here inline sixteen bytes at a
  /// time (``stakemap_identifier_run16``) while it is ASCII.
  @inline(__always)
  mutating func identifier() -> Range<Int>? {
    guard position < bytes.count, Self.isASCIIIdentifierStart(bytes[position]) else { return nil }
    let start = position
    let count = bytes.count
    var i = start + 1
    let p = bytes.baseAddress!
    while count - i >= 17 {
      let run = Int(stakemap_identifier_run16(p + i))
      if run < 16 {
        guard p[i + run] < 0x80 else { break }  // not ASCII: the lexer's scan below
        position = i + run
        return start..<position
      }
      i += 16
    }
    position = Lexer.identifierEnd(in: bytes, at: start)
    return start..<position
  }

  /// An unsigned number, `digits(.digits)?`, not running into letters, and its value
  /// (``NumberLiteral/value(_:_:_:)``'s, computed on the way).
  @inline(__always)
  mutating func number() -> (range: Range<Int>, value: Double)? {
    let start = position
    var i = position
    guard i < bytes.count, Self.isDigit(bytes[i]) else { return nil }
    var mantissa: UInt64 = 0
    var digits = 0
    var fractionDigits = 0
    while i < bytes.count, Self.isDigit(bytes[i]) {
      mantissa = mantissa &* 10 &+ UInt64(bytes[i] &- 0x30)
      digits += 1
      i += 1
    }
    if i + 1 < bytes.count, bytes[i] == UInt8(ascii: "."), Self.isDigit(bytes[i + 1]) {
      i += 1
      while i < bytes.count, Self.isDigit(bytes[i]) {
        mantissa = mantissa &* 10 &+ UInt64(bytes[i] &- 0x30)
        digits += 1
        fractionDigits += 1
        i += 1
      }
    }
    // The lexer makes `7x` (and `7é`) one invalid token.
    if i < bytes.count, bytes[i] >= 0x80 || Lexer.isASCIIIdentifierContinue(bytes[i]) { return nil }
    position = i
    let value =
      digits <= 15 && fractionDigits <= 22
      ? NumberLiteral.value(mantissa: mantissa, fractionDigits: fractionDigits)
      : NumberLiteral.value(bytes, start, i)
    return (start..<i, value)
  }

  /// A string without escapes, quotes included.
  @inline(__always)
  mutating func string() -> Range<Int>? {
    guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { return nil }
    var i = position + 1
    // Sixteen bytes at a time to the first quote, backslash or line break.
    let p = bytes.baseAddress!
    while bytes.count - i >= 16 {
      let run = Int(stakemap_string_run16(p + i))
      i += run
      if run < 16 { break }
    }
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
