/// The kinds of token in a `.stakes` file.
public enum TokenKind: UInt8, Sendable, CustomStringConvertible {
  /// A letter or `_`, then letters, digits, `_`, `-`, `.`.
  case identifier
  /// `7`, `7.5`, `+2`, `-1`.
  case number
  /// `"…"` with escapes.
  case string
  /// `->`
  case arrow
  /// `=`
  case equals
  /// `[`
  case leftBracket
  /// `]`
  case rightBracket
  /// `,`
  case comma
  /// `{`
  case leftBrace
  /// `}`
  case rightBrace
  /// `#…` or `//…` to the end of the line.
  case comment
  /// The end of a line.
  case newline
  /// The end of the file.
  case end
  /// Something the lexer could not read; it has already reported why.
  case invalid

  public var description: String {
    switch self {
    case .identifier: "identifier"
    case .number: "number"
    case .string: "string"
    case .arrow: "'->'"
    case .equals: "'='"
    case .leftBracket: "'['"
    case .rightBracket: "']'"
    case .comma: "','"
    case .leftBrace: "'{'"
    case .rightBrace: "'}'"
    case .comment: "comment"
    case .newline: "end of line"
    case .end: "end of file"
    case .invalid: "invalid token"
    }
  }
}

/// A token: its kind and where its bytes are in the file.
public struct Token: Sendable, Equatable {
  /// What kind of token.
  public var kind: TokenKind
  /// The byte offset of its first byte.
  public var start: Int
  /// The byte offset just past its last byte.
  public var end: Int
  /// An identifier's symbol in the lexer's ``SymbolTable``; -1 for other tokens.
  var symbol: SymbolTable.Symbol

  /// Creates a token.
  public init(_ kind: TokenKind, start: Int, end: Int) {
    self.init(kind, start: start, end: end, symbol: -1)
  }

  init(_ kind: TokenKind, start: Int, end: Int, symbol: SymbolTable.Symbol) {
    self.kind = kind
    self.start = start
    self.end = end
    self.symbol = symbol
  }
}
