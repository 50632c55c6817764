import CStakeMapSupport

/// Splits `.stakes` bytes into tokens, one at a time.
///
/// Works on the UTF-8 bytes directly: no `String` indexing and no regular
/// expressions. Identifiers may hold Unicode letters. A lexer never fails: what it
/// cannot read becomes an `.invalid` token and a diagnostic, and lexing goes on.
///
/// - Complexity: O(n) over the whole file.
struct Lexer {
  let bytes: UnsafeBufferPointer<UInt8>
  private(set) var position: Int
  /// Problems found while lexing, as byte offset and message.
  private(set) var problems: [(offset: Int, message: String)] = [] {
    didSet { hasProblems = !problems.isEmpty }
  }
  /// Whether there are `problems` (asked after every token).
  private(set) var hasProblems = false
  /// Every identifier lexed so far, interned; an identifier token carries its symbol.
  var symbols: SymbolTable
  /// The short keywords, found without the symbol table (held here, not read from
  /// the static on each use).
  let shortKeywords = ShortKeywords.shared

  /// Forgets the problems reported so far (the parser has taken them).
  mutating func clearProblems() { problems.removeAll(keepingCapacity: true) }

  /// Goes on lexing at `offset`, after the caller has read the bytes before it
  /// itself (see ``plainLine(into:)``).
  mutating func resume(at offset: Int) { position = offset }

  /// Starts lexing at `start` (past a byte-order mark, say).
  init(bytes: UnsafeBufferPointer<UInt8>, start: Int = 0, symbols: SymbolTable = Keyword.table) {
    self.bytes = bytes
    self.position = start
    self.symbols = symbols
  }

  /// The next token; `.end` forever once the bytes run out.
  mutating func next() -> Token {
    skipSpace()
    let start = position
    guard position < bytes.count else { return Token(.end, start: start, end: start) }
    let byte = bytes[position]
    switch byte {
    case 0x0A:
      position += 1
      return Token(.newline, start: start, end: position)
    case UInt8(ascii: "#"):
      skipToEndOfLine()
      return Token(.comment, start: start, end: position)
    case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "/"):
      skipToEndOfLine()
      return Token(.comment, start: start, end: position)
    case UInt8(ascii: "\""):
      return lexString()
    case UInt8(ascii: "="): return single(.equals)
    case UInt8(ascii: "["): return single(.leftBracket)
    case UInt8(ascii: "]"): return single(.rightBracket)
    case UInt8(ascii: ","): return single(.comma)
    case UInt8(ascii: "{"): return single(.leftBrace)
    case UInt8(ascii: "}"): return single(.rightBrace)
    case UInt8(ascii: "-") where peek(1) == UInt8(ascii: ">"):
      position += 2
      return Token(.arrow, start: start, end: position)
    case UInt8(ascii: "-"), UInt8(ascii: "+"):
      if let next = peek(1), isDigit(next) { return lexNumber() }
      return invalidCharacter()
    case UInt8(ascii: "0")...UInt8(ascii: "9"):
      return lexNumber()
    default:
      if Self.isIdentifierStart(in: bytes, at: position) { return lexIdentifier() }
      return invalidCharacter()
    }
  }

  // MARK: - Pieces

  private func peek(_ ahead: Int) -> UInt8? {
    let i = position + ahead
    return i < bytes.count ? bytes[i] : nil
  }

  private mutating func single(_ kind: TokenKind) -> Token {
    position += 1
    return Token(kind, start: position - 1, end: position)
  }

  private mutating func skipSpace() {
    while position < bytes.count, Self.isBlank(bytes[position]) { position += 1 }
  }

  /// What separates tokens on a line: space, tab, `\r`, `\v`, `\f`.
  @inline(__always)
  static func isBlank(_ b: UInt8) -> Bool {
    b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0B || b == 0x0C
  }

  private mutating func skipToEndOfLine() {
    while position < bytes.count, bytes[position] != 0x0A { position += 1 }
    // A comment's token excludes a trailing carriage return.
  }

  private func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

  private mutating func lexNumber() -> Token {
    let start = position
    if bytes[position] == UInt8(ascii: "-") || bytes[position] == UInt8(ascii: "+") {
      position += 1
    }
    while position < bytes.count, isDigit(bytes[position]) { position += 1 }
    if position + 1 < bytes.count, bytes[position] == UInt8(ascii: "."),
      isDigit(bytes[position + 1])
    {
      position += 1
      while position < bytes.count, isDigit(bytes[position]) { position += 1 }
    }
    // A number running straight into letters (`7x`) is not a number.
    if position < bytes.count, Self.isIdentifierContinue(in: bytes, at: position) {
      while position < bytes.count, Self.isIdentifierContinue(in: bytes, at: position) {
        position += scalarLength(at: position)
      }
      problems.append((start, "'\(text(start, position))' is not a number"))
      return Token(.invalid, start: start, end: position)
    }
    return Token(.number, start: start, end: position)
  }

  private mutating func lexIdentifier() -> Token {
    let start = position
    position = Self.identifierEnd(in: bytes, at: start)
    let symbol = symbols.intern(UnsafeBufferPointer(rebasing: bytes[start..<position]))
    return Token(.identifier, start: start, end: position, symbol: symbol)
  }

  /// Where the identifier that starts at `start` ends.
  static func identifierEnd(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
    var position = start + scalarLength(in: bytes, at: start)
    let count = bytes.count
    if let base = bytes.baseAddress {
      // Sixteen ASCII bytes at a time while they and the byte after them are there.
      while count - position >= 17 {
        let run = Int(stakemap_identifier_run16(base + position))
        position += run
        if run < 16 { break }  // the byte there decides, below (ASCII or not)
      }
    }
    while position < count {
      let b = bytes[position]
      if b < 0x80 {
        // ASCII: a bit test instead of the general Unicode check.
        guard isASCIIIdentifierContinue(b) else { break }
        // `a->b` is `a`, `->`, `b`.
        if b == UInt8(ascii: "-"), position + 1 < count, bytes[position + 1] == UInt8(ascii: ">") { break }
        position += 1
        continue
      }
      guard isIdentifierContinue(in: bytes, at: position) else { break }
      position += scalarLength(in: bytes, at: position)
    }
    return position
  }

  /// Letters, digits, `_`, `-` and `.` among the ASCII bytes, as two 64-bit masks.
  @inline(__always)
  static func isASCIIIdentifierContinue(_ b: UInt8) -> Bool {
    // Bits 0x2D '-', 0x2E '.', 0x30–0x39 digits.
    let low: UInt64 = 0x03FF_6000_0000_0000
    // Bits 0x41–0x5A, 0x5F '_', 0x61–0x7A (as bit b − 64).
    let high: UInt64 = 0x07FF_FFFE_87FF_FFFE
    return b < 64 ? (low >> UInt64(b)) & 1 != 0 : (high >> UInt64(b &- 64)) & 1 != 0
  }

  private mutating func lexString() -> Token {
    let start = position
    position += 1
    while position < bytes.count {
      let b = bytes[position]
      if b == UInt8(ascii: "\"") {
        position += 1
        return Token(.string, start: start, end: position)
      }
      if b == 0x0A { break }
      if b == UInt8(ascii: "\\") {
        guard let escaped = peek(1), escaped != 0x0A else { position += 1; continue }
        switch escaped {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "n"), UInt8(ascii: "t"):
          position += 2
        default:
          problems.append(
            (
              position,
              "unknown escape '\\\(text(position + 1, position + 1 + scalarLength(at: position + 1)))' in string; use \\\", \\\\, \\n or \\t"
            ))
          position += 1 + scalarLength(at: position + 1)
        }
        continue
      }
      position += 1
    }
    problems.append((start, "unterminated string: it opens here and the line ends before its closing '\"'"))
    return Token(.invalid, start: start, end: position)
  }

  private mutating func invalidCharacter() -> Token {
    let start = position
    let length = scalarLength(at: position)
    position += length
    let shown: String
    let b = bytes[start]
    if b < 0x20 || b == 0x7F {
      shown = "U+" + String(UInt32(b), radix: 16, uppercase: true).leftPadded(to: 4)
    } else {
      shown = "'\(text(start, start + length))'"
    }
    problems.append((start, "unexpected character \(shown)"))
    return Token(.invalid, start: start, end: position)
  }

  // MARK: - UTF-8

  /// The length of the UTF-8 sequence starting at `i` (1 for an invalid lead byte).
  private func scalarLength(at i: Int) -> Int { Self.scalarLength(in: bytes, at: i) }

  private static func scalarLength(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
    guard i < bytes.count else { return 0 }
    let b = bytes[i]
    let length: Int
    switch b {
    case 0..<0x80: length = 1
    case 0xC0..<0xE0: length = 2
    case 0xE0..<0xF0: length = 3
    case 0xF0..<0xF8: length = 4
    default: length = 1
    }
    return min(length, bytes.count - i)
  }

  private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Unicode.Scalar? {
    let length = scalarLength(in: bytes, at: i)
    var decoder = UTF8()
    var iterator = UnsafeBufferPointer(rebasing: bytes[i..<(i + length)]).makeIterator()
    if case .scalarValue(let s) = decoder.decode(&iterator) { return s }
    return nil
  }

  // The Unicode checks live in functions of their own that are never inlined: the
  // types they use (`Unicode.Scalar.Properties`, `Unicode.NumericType`) are resilient,
  // and a function that mentions them looks up their metadata on every call, ASCII
  // or not (a third of the time of the identifier scan once did).

  @inline(__always)
  private static func isIdentifierStart(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    let b = bytes[i]
    if b < 0x80 {
      return (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F
    }
    return isNonASCIIIdentifierStart(in: bytes, at: i)
  }

  @inline(never)
  private static func isNonASCIIIdentifierStart(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    guard let s = Self.scalar(in: bytes, at: i) else { return false }
    return s.properties.isAlphabetic
  }

  @inline(__always)
  private static func isIdentifierContinue(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    let b = bytes[i]
    if b < 0x80 { return isASCIIIdentifierContinue(b) }
    return isNonASCIIIdentifierContinue(in: bytes, at: i)
  }

  @inline(never)
  private static func isNonASCIIIdentifierContinue(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    guard let s = scalar(in: bytes, at: i) else { return false }
    return s.properties.isAlphabetic || s.properties.numericType != nil
  }

  /// The bytes `start..<end` as text.
  func text(_ start: Int, _ end: Int) -> String {
    let clampedEnd = min(end, bytes.count)
    guard start < clampedEnd else { return "" }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<clampedEnd]), as: UTF8.self)
  }
}

extension String {
  func leftPadded(to width: Int, with pad: Character = "0") -> String {
    count >= width ? self : String(repeating: pad, count: width - count) + self
  }
}
