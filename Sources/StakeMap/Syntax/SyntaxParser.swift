/// Parses `.stakes` text into a ``FlatSyntax`` by recursive descent, reporting every
/// syntax error it can and recovering at the next line. The one definition of the
/// grammar: the resolver reads its output, and the ``SyntaxFile`` `fmt` prints is
/// built from it (``SyntaxTreeBuilder``).
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

  /// The largest file read: byte offsets are kept as `UInt32` (see ``FlatSyntax``).
  static let maximumFileSize = Int(UInt32.max)

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
  /// What has been read so far.
  private var flat: FlatSyntax
  /// When reading a map without keeping its syntax: the resolver each statement goes
  /// to as soon as it is complete, after which its records are forgotten.
  private var streaming: StakeMapResolver.Streaming?

  /// Parses a whole source, and hands what it read to `body` (with `sink`) while the
  /// source's bytes are valid. Diagnostics go to `sink`.
  static func parse<Result>(
    _ source: SourceText, sink: inout DiagnosticSink,
    _ body: (FlatSyntax, inout DiagnosticSink) -> Result
  ) -> Result {
    source.withUnsafeBytes { buffer in
      guard buffer.count <= maximumFileSize else {
        sink.error(at: 0, "the file is larger than 4 GiB, the most stakemap reads")
        return body(FlatSyntax(bytes: buffer), &sink)
      }
      if let bad = UTF8Validation.firstInvalidOffset(buffer) {
        sink.error(
          at: bad,
          "the file is not valid UTF-8: byte 0x\(String(buffer[bad], radix: 16, uppercase: true)) cannot appear here; save it as UTF-8"
        )
        return body(FlatSyntax(bytes: buffer), &sink)
      }
      var start = 0
      if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { start = 3 }
      // About one distinct identifier per 400 bytes in the generated maps.
      var parser = SyntaxParser(
        lexer: Lexer(bytes: buffer, start: start), sink: sink, expectedLines: buffer.count / 32 + 16,
        expectedSymbols: (buffer.count - start) / 400)
      parser.parseStatements(depth: 0, openBrace: nil, owner: .max)
      sink = parser.sink
      return body(parser.flat, &sink)
    }
  }

  /// Reads a source's map straight away: each statement goes to a
  /// ``StakeMapResolver/Streaming`` as soon as it is complete, and the parser forgets
  /// its records, so that memory holds one statement at a time rather than the whole
  /// file's syntax. Returns `nil` at the first error (the parser stops there) or
  /// anything else the streaming resolver leaves to the ordinary one; the caller then
  /// uses ``parse(_:sink:_:)``.
  static func stream(_ source: SourceText) -> (StakeMap, DiagnosticSink)? {
    source.withUnsafeBytes { buffer -> (StakeMap, DiagnosticSink)? in
      guard let start = streamingStart(buffer),
        let parser = streamed(source, bytes: buffer, start: start, byteCount: buffer.count, part: false),
        var streaming = parser.streaming
      else { return nil }
      return streaming.finish(in: parser.flat)
    }
  }

  /// Where a streaming read of `buffer` starts (past a byte-order mark), or `nil` when
  /// the bytes cannot be streamed (too large, or not UTF-8): the whole-syntax read
  /// reports that.
  static func streamingStart(_ buffer: UnsafeBufferPointer<UInt8>) -> Int? {
    guard UTF8Validation.firstInvalidOffset(buffer) == nil else { return nil }
    return unvalidatedStreamingStart(buffer)
  }

  /// ``streamingStart(_:)`` without checking that the bytes are UTF-8 (the caller
  /// checks, as ``streamPart(_:buffer:first:next:byteCount:keepingStakeholders:)`` does for its ranges).
  static func unvalidatedStreamingStart(_ buffer: UnsafeBufferPointer<UInt8>) -> Int? {
    guard buffer.count <= maximumFileSize else { return nil }
    return buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0
  }

  /// The parser after reading `bytes` from `start` with a streaming resolver (of a
  /// whole file, or of a `part`), or `nil` at the first syntax error.
  private static func streamed(
    _ source: SourceText, bytes: UnsafeBufferPointer<UInt8>, start: Int, byteCount: Int, part: Bool,
    keepingStakeholders: Bool = true
  ) -> SyntaxParser? {
    var sink = DiagnosticSink(source: source)
    sink.limit = 1
    // About one distinct identifier per 400 bytes of a whole file in the generated
    // maps; a part names fewer stakeholders but refers to many of the others (one per
    // 250 bytes).
    var parser = SyntaxParser(
      lexer: Lexer(bytes: bytes, start: start), sink: sink, expectedLines: 64,
      expectedSymbols: byteCount / (part ? 200 : 400))
    parser.streaming = StakeMapResolver.Streaming(
      sink: DiagnosticSink(source: source), byteCount: byteCount, part: part, keepingStakeholders: keepingStakeholders)
    parser.parseStatements(depth: 0, openBrace: nil, owner: .max)
    return parser.sink.errorCount == 0 ? parser : nil
  }

  /// Reads the statements in `first` and then in each range `next` gives (until it
  /// gives `nil`) of a source's bytes (`buffer`) as one part of a file. Each range must
  /// start at a top-level statement and hold whole top-level statements (a domain's
  /// block included); they need not be in file order, nor next to each other (see
  /// ``SplitStreaming``): they share one symbol table and one resolver, as if they were
  /// one stretch of the file. `byteCount` is about how many bytes the part will read
  /// (for reserving memory). `nil` when a range is not valid UTF-8, has an error, or
  /// holds anything else the ordinary resolver must see. Without `keepingStakeholders`
  /// (for `check`), the part's map holds its domains but not its stakeholders, which
  /// are counted (every value is still read and checked).
  static func streamPart(
    _ source: SourceText, buffer: UnsafeBufferPointer<UInt8>, first: Range<Int>, next: () -> Range<Int>? = { nil },
    byteCount: Int? = nil, keepingStakeholders: Bool = true
  ) -> StreamedPart? {
    func isUTF8(_ range: Range<Int>) -> Bool {
      UTF8Validation.firstInvalidOffset(UnsafeBufferPointer(rebasing: buffer[range])) == nil
    }
    guard isUTF8(first),
      var parser = streamed(
        source, bytes: UnsafeBufferPointer(rebasing: buffer[0..<first.upperBound]), start: first.lowerBound,
        byteCount: byteCount ?? first.count, part: true, keepingStakeholders: keepingStakeholders)
    else { return nil }
    while let range = next() {
      guard isUTF8(range) else { return nil }
      parser.streamOn(UnsafeBufferPointer(rebasing: buffer[0..<range.upperBound]), from: range.lowerBound)
      guard parser.sink.errorCount == 0, parser.streaming?.gaveUp == false else { return nil }
    }
    guard var streaming = parser.streaming else { return nil }
    return streaming.finishPart(symbols: parser.lexer.symbols)
  }

  /// Goes on streaming in other bytes, from `start` (a top-level statement) to their
  /// end, with the same symbol table and resolver (``streamPart(_:buffer:first:next:byteCount:keepingStakeholders:)``).
  private mutating func streamOn(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) {
    // The table moves to the new lexer (the old one lets go of it as it is replaced),
    // so that it stays uniquely referenced and is not copied on the next insertion.
    lexer = Lexer(bytes: bytes, start: start, symbols: lexer.symbols)
    flat = FlatSyntax(bytes: bytes)
    lookahead = nil
    newlines = 0
    advance()
    parseStatements(depth: 0, openBrace: nil, owner: .max)
  }

  /// The syntax tree of a source, comments included, for `fmt`. Its diagnostics are
  /// those of ``StakeMapParser/parse(_:)``; they are not repeated here.
  static func tree(_ source: SourceText) -> SyntaxFile {
    var sink = DiagnosticSink(source: source)
    return parse(source, sink: &sink) { flat, _ in SyntaxTreeBuilder.build(flat) }
  }

  private init(lexer: Lexer, sink: DiagnosticSink, expectedLines lineCount: Int, expectedSymbols: Int) {
    self.lexer = lexer
    self.sink = sink
    self.token = Token(.end, start: 0, end: 0)
    self.flat = FlatSyntax(bytes: lexer.bytes)
    self.lexer.symbols.reserveCapacity(expectedSymbols)
    // Most lines hold one statement, and few are shorter than 32 bytes; most relations
    // and stakeholders have an attribute or a few. Capacity reserved but not used
    // costs address space only.
    flat.statements.reserveCapacity(lineCount)
    flat.relations.reserveCapacity(lineCount)
    flat.attributes.reserveCapacity(lineCount * 2)
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

  @inline(__always)
  private mutating func drainLexerProblems() {
    if lexer.hasProblems { reportLexerProblems() }
  }

  private mutating func reportLexerProblems() {
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

  /// Statements up to the `}` that closes a block (consumed), or the end of the file.
  /// The comments after the last one belong to the block of statement `owner` (the
  /// file's end for `.max`).
  private mutating func parseStatements(depth: Int, openBrace: (offset: Int, what: String)?, owner: UInt32) {
    var comments: [FlatSyntax.Comment] = []
    defer { attach(comments, to: .blockClosing, owner) }
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
        return
      case .rightBrace:
        if openBrace != nil {
          advance()
          return
        }
        sink.error(at: token.start, "unexpected '}': no block is open here")
        advance()
      case .identifier where streaming != nil && lookahead == nil:
        // Most lines of a large map are plain relations and stakeholders: those (and
        // the plain lines after them) go the short way, read from the line's first
        // byte; otherwise the lexer goes back to just past this token.
        lexer.resume(at: token.start)
        if takePlainLines() {
          comments.removeAll(keepingCapacity: true)
          newlines = 1
          advance()
        } else {
          lexer.resume(at: token.end)
          parseStatementLine(depth: depth, comments: &comments)
        }
      default:
        parseStatementLine(depth: depth, comments: &comments)
      }
    }
  }

  /// When streaming, from the start of a line: reads lines the short way, straight
  /// from the bytes (``Lexer/plainLine(into:)``), for as long as they are plain, and
  /// hands each to the resolver. The lexer is left at the start of the first line that
  /// is not. Returns whether any line was read.
  private mutating func takePlainLines() -> Bool {
    var taken = false
    while !sink.isFull {
      let mark = flat.mark()
      let gaveUp: Bool
      switch lexer.plainLine(into: &flat) {
      case .stakeholder(let record, _):
        gaveUp = streaming!.completed(record, in: flat)
        flat.rollBack(to: mark)
      case .relation(let from, let line):
        gaveUp = streaming!.completed(line, from: from)
      case nil:
        flat.rollBack(to: mark)
        return taken
      }
      taken = true
      if gaveUp { sink.limit = 0 }
    }
    return taken
  }

  /// One statement, at the current token, through to the end of its line; `comments`
  /// are the own-line comments before it (emptied).
  private mutating func parseStatementLine(depth: Int, comments: inout [FlatSyntax.Comment]) {
    let start = token.start
    let blank = newlines >= 2
    let mark = flat.mark()
    let index = flat.statements.count
    flat.statements.append(
      FlatSyntax.Statement(kind: .title, blankLineBefore: blank, offset: UInt32(start), record: 0))
    do {
      let (kind, record) = try parseStatement(depth: depth, index: UInt32(index))
      flat.statements[index].kind = kind
      flat.statements[index].record = record
      attach(comments, to: .statementLeading, UInt32(index))
      if token.kind == .comment {
        attach([takeTrailingComment()], to: .statementTrailing, UInt32(index))
      }
      try expectLineEnd()
      if streaming != nil {
        let gaveUp = streaming!.completed(flat.statements[index], in: flat)
        flat.rollBack(to: mark)
        if gaveUp { sink.limit = 0 }
      }
    } catch let failure as Failure {
      flat.rollBack(to: mark)
      if let message = failure.message { sink.error(at: failure.offset, message) }
      recoverToNextLine()
    } catch {
      preconditionFailure("unexpected error \(error)")
    }
    comments.removeAll(keepingCapacity: true)
  }

  /// Records comments as belonging to `owner` `index`.
  private mutating func attach(_ comments: [FlatSyntax.Comment], to owner: FlatSyntax.CommentOwner, _ index: UInt32) {
    for var comment in comments {
      comment.owner = owner
      comment.index = index
      flat.comments.append(comment)
    }
  }

  /// An own-line comment; its line break is left for the caller to count.
  private mutating func takeComment() -> FlatSyntax.Comment {
    let comment = FlatSyntax.Comment(
      start: UInt32(token.start), end: trimmedCommentEnd(token), blankLineBefore: newlines >= 2,
      owner: .statementLeading, index: 0)
    advance()
    newlines = 0
    return comment
  }

  private mutating func takeTrailingComment() -> FlatSyntax.Comment {
    let comment = FlatSyntax.Comment(
      start: UInt32(token.start), end: trimmedCommentEnd(token), blankLineBefore: false,
      owner: .statementTrailing, index: 0)
    advance()
    return comment
  }

  private func trimmedCommentEnd(_ t: Token) -> UInt32 {
    var end = t.end
    while end > t.start {
      let b = lexer.bytes[end - 1]
      if b == 0x20 || b == 0x09 || b == 0x0D { end -= 1 } else { break }
    }
    return UInt32(end)
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

  /// One statement; returns its kind and record. `index` is its place in
  /// `flat.statements`.
  private mutating func parseStatement(depth: Int, index: UInt32) throws -> (FlatSyntax.StatementKind, UInt32) {
    guard token.kind == .identifier else {
      if token.kind == .invalid { throw Failure(offset: token.start, message: nil) }
      throw Failure(offset: token.start, message: "expected a statement, found \(describe(token))")
    }
    let word = token.symbol
    let next = peek()
    if next.kind == .arrow || (next.kind == .identifier && Keyword.relationKind(next.symbol) != nil) {
      return (.relation, try parseRelation())
    }
    switch word {
    case Keyword.title:
      advance()
      flat.strings.append(try expectString(after: "title", what: "the map's title"))
      return (.title, UInt32(flat.strings.count - 1))
    case Keyword.goal:
      advance()
      flat.strings.append(try expectString(after: "goal", what: "the goal"))
      return (.goal, UInt32(flat.strings.count - 1))
    case Keyword.me:
      advance()
      flat.identifiers.append(try expectIdentifier(after: "me", what: "the id of the stakeholder who is you"))
      return (.me, UInt32(flat.identifiers.count - 1))
    case Keyword.thresholds:
      advance()
      flat.attributeLists.append(try parseInlineAttributes())
      return (.thresholds, UInt32(flat.attributeLists.count - 1))
    case Keyword.domain:
      return (.domain, try parseDomain(depth: depth, index: index))
    case Keyword.stakeholder:
      return (.stakeholder, try parseStakeholder(index: index))
    default:
      let word = text(token)
      if next.kind == .identifier,
        let verb = Suggestions.nearest(
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

  private mutating func expectString(after keyword: String, what: String) throws -> FlatSyntax.TextRange {
    guard token.kind == .string else {
      if token.kind == .invalid { throw Failure(offset: token.start, message: nil) }
      throw Failure(
        offset: token.start,
        message: "expected a string after '\(keyword)' (\(what), in double quotes), found \(describe(token))")
    }
    let range = FlatSyntax.TextRange(start: UInt32(token.start), end: UInt32(token.end))
    advance()
    return range
  }

  private mutating func expectIdentifier(after keyword: @autoclosure () -> String, what: String) throws
    -> FlatSyntax.Identifier
  {
    guard token.kind == .identifier else {
      if token.kind == .invalid { throw Failure(offset: token.start, message: nil) }
      throw Failure(
        offset: token.start,
        message: "expected \(what) after '\(keyword())', found \(describe(token))")
    }
    let id = FlatSyntax.Identifier(symbol: token.symbol, start: UInt32(token.start), end: UInt32(token.end))
    advance()
    return id
  }

  // MARK: - Domains and stakeholders

  private mutating func parseDomain(depth: Int, index: UInt32) throws -> UInt32 {
    let keyword = token.start
    advance()
    let id = try expectIdentifier(after: "domain", what: "a domain id")
    var label = FlatSyntax.TextRange(start: 0, end: 0)
    if token.kind == .string {
      label = FlatSyntax.TextRange(start: UInt32(token.start), end: UInt32(token.end))
      advance()
    }
    guard token.kind == .leftBrace else {
      if token.kind == .invalid { throw Failure(offset: token.start, message: nil) }
      throw Failure(
        offset: token.start,
        message: "expected '{' to open domain '\(flat.text(id))', found \(describe(token))")
    }
    let brace = token.start
    if depth + 1 > Self.maximumDomainDepth {
      sink.error(
        at: keyword,
        "domain '\(flat.text(id))' is nested \(depth + 1) levels deep; at most \(Self.maximumDomainDepth) are allowed"
      )
      skipBlock()
      throw Failure(offset: brace, message: nil)
    }
    advance()
    newlines = 0
    let record = flat.domains.count
    flat.domains.append(FlatSyntax.Domain(id: id, label: label, braceOffset: UInt32(brace), bodyEnd: 0))
    if streaming != nil {
      if streaming!.openDomain(flat.domains[record], in: flat) { sink.limit = 0 }
    }
    parseStatements(depth: depth + 1, openBrace: (brace, "domain '\(flat.text(id))'"), owner: index)
    streaming?.closeDomain()
    flat.domains[record].bodyEnd = UInt32(flat.statements.count)
    return UInt32(record)
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

  private mutating func parseStakeholder(index: UInt32) throws -> UInt32 {
    advance()
    let id = try expectIdentifier(after: "stakeholder", what: "a stakeholder id")
    var name = FlatSyntax.TextRange(start: 0, end: 0)
    if token.kind == .string {
      name = FlatSyntax.TextRange(start: UInt32(token.start), end: UInt32(token.end))
      advance()
    }
    let inline = try parseInlineAttributes()
    var hasBlock = false
    if token.kind == .leftBrace {
      hasBlock = true
      parseAttributeBlock(for: "stakeholder '\(flat.text(id))'", owner: index)
    }
    flat.stakeholders.append(
      FlatSyntax.Stakeholder(
        id: id, name: name,
        attributes: FlatSyntax.AttributeRange(start: inline.start, count: UInt32(flat.attributes.count) - inline.start),
        inlineCount: inline.count, hasBlock: hasBlock))
    return UInt32(flat.stakeholders.count - 1)
  }

  /// `key=value` pairs up to the end of the line or a `{`.
  private mutating func parseInlineAttributes() throws -> FlatSyntax.AttributeRange {
    let start = flat.attributes.count
    while token.kind == .identifier {
      try parseAttribute()
    }
    if !atLineEnd && token.kind != .leftBrace {
      if token.kind == .invalid { throw Failure(offset: token.start, message: nil) }
      throw Failure(
        offset: token.start, message: "expected an attribute such as key=value, found \(describe(token))")
    }
    return FlatSyntax.AttributeRange(start: UInt32(start), count: UInt32(flat.attributes.count - start))
  }

  /// A `{ key = value … }` block, with comments. Errors inside skip to the next line
  /// of the block; the block is reported unterminated where it opens. Its comments
  /// are attached to its attributes, and the ones after the last to statement `owner`.
  private mutating func parseAttributeBlock(for what: String, owner: UInt32) {
    let brace = token.start
    advance()
    newlines = 0
    let first = flat.attributes.count
    var comments: [FlatSyntax.Comment] = []
    var lastHasTrailingComment = false
    defer { attach(comments, to: .blockClosing, owner) }
    while !sink.isFull {
      switch token.kind {
      case .newline:
        newlines += 1
        advance()
      case .comment:
        if newlines == 0, flat.attributes.count > first, !lastHasTrailingComment, comments.isEmpty {
          attach([takeTrailingComment()], to: .attributeTrailing, UInt32(flat.attributes.count - 1))
          lastHasTrailingComment = true
        } else {
          comments.append(takeComment())
        }
      case .rightBrace:
        advance()
        return
      case .end:
        sink.error(at: brace, "unterminated block: the '{' of \(what) is never closed")
        return
      case .identifier:
        do {
          try parseAttribute()
          attach(comments, to: .attributeLeading, UInt32(flat.attributes.count - 1))
          comments = []
          lastHasTrailingComment = false
          newlines = 0
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
  }

  /// `key=value`, added to `flat.attributes`.
  private mutating func parseAttribute() throws {
    let key = token
    advance()
    guard token.kind == .equals else {
      if token.kind == .invalid { throw Failure(offset: token.start, message: nil) }
      throw Failure(
        offset: token.start,
        message: "expected '=' after '\(text(key))' (attributes are written key=value), found \(describe(token))")
    }
    advance()
    let value = try parseValue(forKey: key)
    flat.attributes.append(FlatSyntax.Attribute(key: key.symbol, keyStart: UInt32(key.start), value: value))
  }

  /// A number token's value: what `Double(text)` gives.
  private func number(_ t: Token) -> Double {
    NumberLiteral.value(lexer.bytes, t.start, t.end)
  }

  private func scalarValue(_ kind: FlatSyntax.ValueKind, _ t: Token) -> FlatSyntax.Value {
    let payload: UInt64
    switch kind {
    case .number: payload = number(t).bitPattern
    case .word: payload = UInt64(UInt32(bitPattern: t.symbol))
    default: payload = 0
    }
    return FlatSyntax.Value(
      kind: kind, start: UInt32(t.start), end: UInt32(t.end), targetStart: 0, payload: payload)
  }

  /// A value; `key` is the token it belongs to (an attribute's key, a relation's verb),
  /// named when the value is missing.
  private mutating func parseValue(forKey key: Token) throws -> FlatSyntax.Value {
    let start = token.start
    switch token.kind {
    case .number:
      let value = scalarValue(.number, token)
      advance()
      return value
    case .string:
      let value = scalarValue(.string, token)
      advance()
      return value
    case .identifier:
      let word = token
      advance()
      if token.kind == .arrow {
        advance()
        guard token.kind == .identifier else {
          if token.kind == .invalid { throw Failure(offset: token.start, message: nil) }
          throw Failure(
            offset: token.start, message: "expected a level after '\(text(word)) ->', found \(describe(token))")
        }
        let to = token
        advance()
        return FlatSyntax.Value(
          kind: .transition, start: UInt32(word.start), end: UInt32(word.end), targetStart: UInt32(to.start),
          payload: UInt64(UInt32(bitPattern: word.symbol)) << 32 | UInt64(UInt32(bitPattern: to.symbol)))
      }
      return scalarValue(.word, word)
    case .leftBracket:
      advance()
      let first = flat.listItems.count
      while token.kind != .rightBracket {
        switch token.kind {
        case .identifier:
          flat.listItems.append(scalarValue(.word, token))
        case .string:
          flat.listItems.append(scalarValue(.string, token))
        case .number:
          flat.listItems.append(scalarValue(.number, token))
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
      return FlatSyntax.Value(
        kind: .list, start: UInt32(start), end: UInt32(flat.listItems.count - first), targetStart: 0,
        payload: UInt64(first))
    case .invalid:
      throw Failure(offset: token.start, message: nil)
    default:
      throw Failure(offset: token.start, message: "expected a value for '\(text(key))', found \(describe(token))")
    }
  }

  // MARK: - Relations

  private mutating func parseRelation() throws -> UInt32 {
    let from = token
    advance()
    let verbToken = token
    let verbOffset = token.start
    let verb: UInt8 = token.kind == .arrow ? 0 : UInt8(Keyword.relationKind(token.symbol)!.number + 1)
    advance()
    func verbText() -> String {
      verb == 0 ? "->" : RelationKind(number: Int(verb) - 1)!.keyword
    }
    let to = try expectIdentifier(after: verbText(), what: "a stakeholder id")
    let first = flat.attributes.count
    var hasBareValue = false
    if token.kind == .number || token.kind == .string {
      let value = try parseValue(forKey: verbToken)
      flat.attributes.append(FlatSyntax.Attribute(key: -1, keyStart: value.start, value: value))
      hasBareValue = true
    }
    _ = try parseInlineAttributes()
    if token.kind == .leftBrace {
      throw Failure(offset: token.start, message: "a relation takes no '{ … }' block; write its attributes on its line")
    }
    flat.relations.append(
      FlatSyntax.Relation(
        from: from.symbol, to: to.symbol, verb: verb, hasBareValue: hasBareValue, fromOffset: UInt32(from.start),
        verbOffset: UInt32(verbOffset), toOffset: to.start,
        attributes: FlatSyntax.AttributeRange(start: UInt32(first), count: UInt32(flat.attributes.count - first))))
    return UInt32(flat.relations.count - 1)
  }
}
