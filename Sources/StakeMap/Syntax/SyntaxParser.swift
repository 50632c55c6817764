/// Parses `.stakes` text into a ``SyntaxFile`` by recursive descent, reporting every
/// syntax error it can and recovering at the next line.
///
/// A statement ends at the end of its line (or at the `}` that closes its block). An
/// error skips the rest of the line; a `{` on a skipped line skips its whole block.
/// Parsing stops once ``DiagnosticSink/errorLimit`` errors are reported.
///
/// - Complexity: O(n) in the file's size; nesting is bounded by
///   ``SyntaxParser/maximumDomainDepth``, so recursion is too.
struct SyntaxParser {
  /// The deepest domain nesting allowed.
  static let maximumDomainDepth = 64

  /// The statement keywords, for "did you mean".
  static let statementKeywords = ["title", "goal", "me", "thresholds", "domain", "stakeholder"]

  /// The relation verbs written as words.
  static let relationVerbs: [String: RelationKind] = [
    "influences": .influences, "depends-on": .dependsOn, "conflicts-with": .conflictsWith,
    "allied-with": .alliedWith, "reports-to": .reportsTo,
  ]

  /// An error inside a statement: where, and what (`nil` when the lexer already said).
  private struct Failure: Error {
    var offset: Int
    var message: String?
  }

  private var lexer: Lexer
  private var sink: DiagnosticSink
  private var token: Token
  private var lookahead: Token?
  /// Newlines seen since the last comment or statement (2 or more is a blank line).
  private var newlines = 0

  /// Parses a whole source. Diagnostics go to `sink`.
  static func parse(_ source: SourceText, sink: inout DiagnosticSink) -> SyntaxFile {
    source.bytes.withUnsafeBufferPointer { buffer in
      if let bad = UTF8Validation.firstInvalidOffset(buffer) {
        sink.error(
          at: bad,
          "the file is not valid UTF-8: byte 0x\(String(buffer[bad], radix: 16, uppercase: true)) cannot appear here; save it as UTF-8"
        )
        return SyntaxFile()
      }
      var start = 0
      if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { start = 3 }
      var parser = SyntaxParser(lexer: Lexer(bytes: buffer, start: start), sink: sink)
      let file = parser.parseFile()
      sink = parser.sink
      return file
    }
  }

  private init(lexer: Lexer, sink: DiagnosticSink) {
    self.lexer = lexer
    self.sink = sink
    self.token = Token(.end, start: 0, end: 0)
    advance()
  }

  // MARK: - Tokens

  private mutating func advance() {
    if let next = lookahead {
      token = next
      lookahead = nil
    } else {
      token = nextToken()
    }
  }

  private mutating func peek() -> Token {
    if let next = lookahead { return next }
    let next = nextToken()
    lookahead = next
    return next
  }

  /// The lexer's next token, or the end of the file once the error limit is reached:
  /// nothing more can be reported, so no loop (recovering to the end of a line,
  /// skipping a block) reads on through the rest of a long run of bad input.
  private mutating func nextToken() -> Token {
    guard !sink.isFull else { return Token(.end, start: lexer.bytes.count, end: lexer.bytes.count) }
    let next = lexer.next()
    drainLexerProblems()
    return next
  }

  private mutating func drainLexerProblems() {
    guard !lexer.problems.isEmpty else { return }
    for problem in lexer.problems { sink.error(at: problem.offset, problem.message) }
    lexer.clearProblems()
  }

  private func text(_ t: Token) -> String { lexer.text(t.start, t.end) }

  private func describe(_ t: Token) -> String {
    switch t.kind {
    case .identifier: "'\(text(t))'"
    case .number: "the number \(text(t))"
    case .string: "a string"
    default: t.kind.description
    }
  }

  private var atLineEnd: Bool {
    switch token.kind {
    case .newline, .end, .comment, .rightBrace: true
    default: false
    }
  }

  // MARK: - Statements

  private mutating func parseFile() -> SyntaxFile {
    let (statements, trailing) = parseStatements(depth: 0, openBrace: nil)
    return SyntaxFile(statements: statements, trailingComments: trailing)
  }

  /// Statements up to the `}` that closes a block (consumed), or the end of the file.
  /// Returns the statements and the comments after the last one.
  private mutating func parseStatements(depth: Int, openBrace: (offset: Int, what: String)?)
    -> ([StatementSyntax], [CommentSyntax])
  {
    var statements: [StatementSyntax] = []
    var comments: [CommentSyntax] = []
    while !sink.isFull {
      switch token.kind {
      case .newline:
        newlines += 1
        advance()
      case .comment:
        comments.append(takeComment())
      case .end:
        if let open = openBrace {
          sink.error(at: open.offset, "unterminated block: the '{' of \(open.what) is never closed")
        }
        return (statements, comments)
      case .rightBrace:
        if openBrace != nil {
          advance()
          return (statements, comments)
        }
        sink.error(at: token.start, "unexpected '}': no block is open here")
        advance()
      default:
        let start = token.start
        let blank = newlines >= 2
        do {
          let kind = try parseStatement(depth: depth)
          var statement = StatementSyntax(
            kind, offset: start, leadingComments: comments, blankLineBefore: blank)
          if token.kind == .comment { statement.trailingComment = takeTrailingComment() }
          try expectLineEnd()
          statements.append(statement)
        } catch let failure as Failure {
          if let message = failure.message { sink.error(at: failure.offset, message) }
          recoverToNextLine()
        } catch {
          preconditionFailure("unexpected error \(error)")
        }
        comments = []
      }
    }
    return (statements, comments)
  }

  /// An own-line comment; its line break is left for the caller to count.
  private mutating func takeComment() -> CommentSyntax {
    let comment = CommentSyntax(trimmedCommentText(token), blankLineBefore: newlines >= 2)
    advance()
    newlines = 0
    return comment
  }

  private mutating func takeTrailingComment() -> CommentSyntax {
    let comment = CommentSyntax(trimmedCommentText(token))
    advance()
    return comment
  }

  private func trimmedCommentText(_ t: Token) -> String {
    var end = t.end
    while end > t.start {
      let b = lexer.bytes[end - 1]
      if b == 0x20 || b == 0x09 || b == 0x0D { end -= 1 } else { break }
    }
    return lexer.text(t.start, end)
  }

  private mutating func expectLineEnd() throws {
    switch token.kind {
    case .newline:
      advance()
      newlines = 1
    case .end, .rightBrace:
      newlines = 0
    case .invalid:
      throw Failure(offset: token.start, message: nil)
    default:
      throw Failure(offset: token.start, message: "expected the end of the line, found \(describe(token))")
    }
  }

  /// Skips the rest of a line after an error, and the whole of any block opened on it.
  private mutating func recoverToNextLine() {
    var open = 0
    while token.kind != .end {
      switch token.kind {
      case .leftBrace: open += 1
      case .rightBrace:
        if open == 0 { return }  // closes an enclosing block: leave it to its parser
        open -= 1
      case .newline:
        if open == 0 {
          advance()
          newlines = 1
          return
        }
      default: break
      }
      advance()
    }
  }

  private mutating func parseStatement(depth: Int) throws -> StatementSyntax.Kind {
    guard token.kind == .identifier else {
      if token.kind == .invalid { throw Failure(offset: token.start, message: nil) }
      throw Failure(offset: token.start, message: "expected a statement, found \(describe(token))")
    }
    let word = text(token)
    let next = peek()
    if next.kind == .arrow || (next.kind == .identifier && Self.relationVerbs[text(next)] != nil) {
      return .relation(try parseRelation())
    }
    switch word {
    case "title":
      advance()
      return .title(try expectString(after: "title", what: "the map's title"))
    case "goal":
      advance()
      return .goal(try expectString(after: "goal", what: "the goal"))
    case "me":
      advance()
      return .me(try expectIdentifier(after: "me", what: "the id of the stakeholder who is you"))
    case "thresholds":
      advance()
      return .thresholds(try parseInlineAttributes())
    case "domain":
      return .domain(try parseDomain(depth: depth))
    case "stakeholder":
      return .stakeholder(try parseStakeholder())
    default:
      if next.kind == .identifier, let verb = Suggestions.nearest(
        to: text(next), in: Self.relationVerbs.keys.sorted())
      {
        throw Failure(
          offset: next.start, message: "unknown relation '\(text(next))'; did you mean '\(verb)'?")
      }
      let hint = Suggestions.didYouMean(word, in: Self.statementKeywords)
      let expected =
        hint.isEmpty
        ? " (statements: \(Self.statementKeywords.joined(separator: ", ")), or a relation such as 'a -> b')"
        : hint
      throw Failure(offset: token.start, message: "unknown statement '\(word)'\(expected)")
    }
  }

  private mutating func expectString(after keyword: String, what: String) throws -> StringSyntax {
    guard token.kind == .string else {
      if token.kind == .invalid { throw Failure(offset: token.start, message: nil) }
      throw Failure(
        offset: token.start,
        message: "expected a string after '\(keyword)' (\(what), in double quotes), found \(describe(token))")
    }
    let value = StringSyntax(decodeString(token), offset: token.start)
    advance()
    return value
  }

  private mutating func expectIdentifier(after keyword: String, what: String) throws
    -> IdentifierSyntax
  {
    guard token.kind == .identifier else {
      if token.kind == .invalid { throw Failure(offset: token.start, message: nil) }
      throw Failure(
        offset: token.start,
        message: "expected \(what) after '\(keyword)', found \(describe(token))")
    }
    let id = IdentifierSyntax(text(token), offset: token.start)
    advance()
    return id
  }

  // MARK: - Domains and stakeholders

  private mutating func parseDomain(depth: Int) throws -> DomainSyntax {
    let keyword = token.start
    advance()
    let id = try expectIdentifier(after: "domain", what: "a domain id")
    var label: StringSyntax?
    if token.kind == .string {
      label = StringSyntax(decodeString(token), offset: token.start)
      advance()
    }
    guard token.kind == .leftBrace else {
      if token.kind == .invalid { throw Failure(offset: token.start, message: nil) }
      throw Failure(
        offset: token.start,
        message: "expected '{' to open domain '\(id.text)', found \(describe(token))")
    }
    let brace = token.start
    if depth + 1 > Self.maximumDomainDepth {
      sink.error(
        at: keyword,
        "domain '\(id.text)' is nested \(depth + 1) levels deep; at most \(Self.maximumDomainDepth) are allowed"
      )
      skipBlock()
      throw Failure(offset: brace, message: nil)
    }
    advance()
    newlines = 0
    let (body, closing) = parseStatements(
      depth: depth + 1, openBrace: (brace, "domain '\(id.text)'"))
    return DomainSyntax(id: id, label: label, body: body, closingComments: closing, braceOffset: brace)
  }

  /// Skips from a `{` past its matching `}` without parsing (too deep to parse).
  ///
  /// The matching `}` is consumed: left in place, it would close the enclosing block
  /// early and leave a stray `}` at the end of the file.
  private mutating func skipBlock() {
    var open = 0
    while token.kind != .end {
      if token.kind == .leftBrace { open += 1 }
      if token.kind == .rightBrace {
        open -= 1
        if open == 0 {
          advance()
          return
        }
      }
      advance()
    }
  }

  private mutating func parseStakeholder() throws -> StakeholderSyntax {
    advance()
    let id = try expectIdentifier(after: "stakeholder", what: "a stakeholder id")
    var stakeholder = StakeholderSyntax(id: id)
    if token.kind == .string {
      stakeholder.name = StringSyntax(decodeString(token), offset: token.start)
      advance()
    }
    stakeholder.inlineAttributes = try parseInlineAttributes()
    if token.kind == .leftBrace {
      let (attributes, closing) = parseAttributeBlock(for: "stakeholder '\(id.text)'")
      stakeholder.blockAttributes = attributes
      stakeholder.blockClosingComments = closing
    }
    return stakeholder
  }

  /// `key=value` pairs up to the end of the line or a `{`.
  private mutating func parseInlineAttributes() throws -> [AttributeSyntax] {
    var attributes: [AttributeSyntax] = []
    while token.kind == .identifier {
      attributes.append(try parseAttribute())
    }
    if !atLineEnd && token.kind != .leftBrace {
      if token.kind == .invalid { throw Failure(offset: token.start, message: nil) }
      throw Failure(
        offset: token.start, message: "expected an attribute such as key=value, found \(describe(token))")
    }
    return attributes
  }

  /// A `{ key = value … }` block, with comments. Errors inside skip to the next line
  /// of the block; the block is reported unterminated where it opens.
  private mutating func parseAttributeBlock(for what: String) -> ([AttributeSyntax], [CommentSyntax]) {
    let brace = token.start
    advance()
    newlines = 0
    var attributes: [AttributeSyntax] = []
    var comments: [CommentSyntax] = []
    while !sink.isFull {
      switch token.kind {
      case .newline:
        newlines += 1
        advance()
      case .comment:
        if newlines == 0, !attributes.isEmpty, attributes[attributes.count - 1].trailingComment == nil,
          comments.isEmpty
        {
          attributes[attributes.count - 1].trailingComment = takeTrailingComment()
        } else {
          comments.append(takeComment())
        }
      case .rightBrace:
        advance()
        return (attributes, comments)
      case .end:
        sink.error(at: brace, "unterminated block: the '{' of \(what) is never closed")
        return (attributes, comments)
      case .identifier:
        do {
          var attribute = try parseAttribute()
          attribute.leadingComments = comments
          comments = []
          newlines = 0
          attributes.append(attribute)
          if !(atLineEnd || token.kind == .identifier) {
            if token.kind == .invalid { throw Failure(offset: token.start, message: nil) }
            throw Failure(
              offset: token.start,
              message: "expected another attribute or the end of the line, found \(describe(token))")
          }
        } catch let failure as Failure {
          if let message = failure.message { sink.error(at: failure.offset, message) }
          while token.kind != .newline && token.kind != .end && token.kind != .rightBrace {
            advance()
          }
        } catch {
          preconditionFailure("unexpected error \(error)")
        }
      default:
        if token.kind != .invalid {
          sink.error(at: token.start, "expected an attribute such as key = value, found \(describe(token))")
        }
        while token.kind != .newline && token.kind != .end && token.kind != .rightBrace { advance() }
      }
    }
    return (attributes, comments)
  }

  private mutating func parseAttribute() throws -> AttributeSyntax {
    let key = IdentifierSyntax(text(token), offset: token.start)
    advance()
    guard token.kind == .equals else {
      if token.kind == .invalid { throw Failure(offset: token.start, message: nil) }
      throw Failure(
        offset: token.start,
        message: "expected '=' after '\(key.text)' (attributes are written key=value), found \(describe(token))")
    }
    advance()
    let value = try parseValue(for: key.text)
    return AttributeSyntax(key: key, value: value)
  }

  private mutating func parseValue(for key: String) throws -> ValueSyntax {
    let start = token.start
    switch token.kind {
    case .number:
      let t = text(token)
      advance()
      return ValueSyntax(.number(Double(t) ?? 0, text: t), offset: start)
    case .string:
      let value = decodeString(token)
      advance()
      return ValueSyntax(.string(value), offset: start)
    case .identifier:
      let word = text(token)
      advance()
      if token.kind == .arrow {
        advance()
        guard token.kind == .identifier else {
          if token.kind == .invalid { throw Failure(offset: token.start, message: nil) }
          throw Failure(
            offset: token.start, message: "expected a level after '\(word) ->', found \(describe(token))")
        }
        let to = text(token)
        let toStart = token.start
        advance()
        return ValueSyntax(.transition(from: word, to: to), offset: start, targetOffset: toStart)
      }
      return ValueSyntax(.word(word), offset: start)
    case .leftBracket:
      advance()
      var items: [ValueSyntax] = []
      while token.kind != .rightBracket {
        switch token.kind {
        case .identifier:
          items.append(ValueSyntax(.word(text(token)), offset: token.start))
        case .string:
          items.append(ValueSyntax(.string(decodeString(token)), offset: token.start))
        case .number:
          let t = text(token)
          items.append(ValueSyntax(.number(Double(t) ?? 0, text: t), offset: token.start))
        case .invalid:
          throw Failure(offset: token.start, message: nil)
        case .newline, .end, .comment:
          throw Failure(offset: start, message: "unterminated list: the '[' is never closed on its line")
        default:
          throw Failure(
            offset: token.start, message: "expected a list item (a word or a string), found \(describe(token))")
        }
        advance()
        if token.kind == .comma {
          advance()
        } else if token.kind != .rightBracket {
          if token.kind == .newline || token.kind == .end || token.kind == .comment {
            throw Failure(offset: start, message: "unterminated list: the '[' is never closed on its line")
          }
          if token.kind == .invalid { throw Failure(offset: token.start, message: nil) }
          throw Failure(offset: token.start, message: "expected ',' or ']' in the list, found \(describe(token))")
        }
      }
      advance()
      return ValueSyntax(.list(items), offset: start)
    case .invalid:
      throw Failure(offset: token.start, message: nil)
    default:
      throw Failure(offset: token.start, message: "expected a value for '\(key)', found \(describe(token))")
    }
  }

  // MARK: - Relations

  private mutating func parseRelation() throws -> RelationSyntax {
    let from = IdentifierSyntax(text(token), offset: token.start)
    advance()
    let verbOffset = token.start
    let verb: RelationVerbSyntax =
      token.kind == .arrow ? .arrow : .keyword(Self.relationVerbs[text(token)]!)
    advance()
    let to = try expectIdentifier(after: verb.text, what: "a stakeholder id")
    var relation = RelationSyntax(from: from, verb: verb, verbOffset: verbOffset, to: to)
    if token.kind == .number || token.kind == .string {
      relation.bareValue = try parseValue(for: verb.text)
    }
    relation.attributes = try parseInlineAttributes()
    if token.kind == .leftBrace {
      throw Failure(offset: token.start, message: "a relation takes no '{ … }' block; write its attributes on its line")
    }
    return relation
  }

  // MARK: - Strings

  /// The value of a string token: quotes removed, escapes resolved.
  private func decodeString(_ t: Token) -> String {
    let bytes = lexer.bytes
    var start = t.start + 1
    let end = t.end - 1
    // Fast path: no escapes.
    var i = start
    while i < end, bytes[i] != UInt8(ascii: "\\") { i += 1 }
    if i == end { return lexer.text(start, end) }
    var out: [UInt8] = []
    out.reserveCapacity(end - start)
    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
    start = i
    while start < end {
      let b = bytes[start]
      if b == UInt8(ascii: "\\"), start + 1 < end {
        switch bytes[start + 1] {
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "t"): out.append(0x09)
        case let other: out.append(other)
        }
        start += 2
      } else {
        out.append(b)
        start += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}

