/// What the parser reads from a file, in flat arrays of small records: the
/// statements in file order (a domain before its body), and per kind of statement a
/// record with byte offsets into the source and interned identifiers.
///
/// ``StakeMapResolver`` reads it to build the map; ``SyntaxTreeBuilder`` turns it into
/// the ``SyntaxFile`` that `fmt` prints. Text is not copied out of the source: strings,
/// numbers and words are byte ranges, decoded when they are used, and identifiers are
/// ``SymbolTable`` symbols. Comments live apart, each naming what it belongs to, since
/// most maps have few.
///
/// Offsets are `UInt32`: the parser reads files up to 4 GiB.
struct FlatSyntax {
  typealias Symbol = SymbolTable.Symbol

  /// What a statement is.
  enum StatementKind: UInt8 {
    case title, goal, me, thresholds, domain, stakeholder, relation
  }

  /// One statement: its kind, where it starts, and its record.
  struct Statement {
    var kind: StatementKind
    /// Whether a blank line comes before it (or before its leading comments).
    var blankLineBefore: Bool
    /// The byte offset of its first token.
    var offset: UInt32
    /// Its record: in `strings` (title, goal), `identifiers` (me), `attributeLists`
    /// (thresholds), `domains`, `stakeholders` or `relations`.
    var record: UInt32
  }

  /// A string token: from its opening quote to just past its closing one.
  struct TextRange {
    var start: UInt32
    var end: UInt32
  }

  /// An identifier: its symbol and where it is written.
  struct Identifier {
    var symbol: Symbol
    var start: UInt32
    var end: UInt32
  }

  /// A run of `attributes`.
  struct AttributeRange {
    var start: UInt32
    var count: UInt32

    var indices: Range<Int> { Int(start)..<Int(start) + Int(count) }
  }

  /// The shapes a value takes.
  enum ValueKind: UInt8 {
    case number, string, word, list, transition
  }

  /// A value: where it is, and what it holds.
  struct Value {
    var kind: ValueKind
    /// Where it starts (a number, string or word token; `[`; a transition's first word).
    var start: UInt32
    /// Just past its token (number, string, word, a transition's first word); for a
    /// list, the number of items.
    var end: UInt32
    /// A transition's second word: where it starts.
    var targetStart: UInt32
    /// A number's bits; a word's symbol; a list's first item in `listItems`; a
    /// transition's two symbols (first in the high half).
    var payload: UInt64

    var number: Double { Double(bitPattern: payload) }
    var symbol: Symbol { Symbol(truncatingIfNeeded: payload) }
  }

  /// `key=value`; the key symbol is -1 for a relation's bare value.
  struct Attribute {
    var key: Symbol
    var keyStart: UInt32
    var value: Value
  }

  /// A `domain` statement. Its body is `statements[statement + 1 ..< bodyEnd]`.
  struct Domain {
    var id: Identifier
    /// The label's string token, if any (`end == 0` for none).
    var label: TextRange
    var braceOffset: UInt32
    var bodyEnd: UInt32
  }

  /// A `stakeholder` statement. Its attributes are `attributes`, inline ones first.
  struct Stakeholder {
    var id: Identifier
    /// The display name's string token, if any (`end == 0` for none).
    var name: TextRange
    var attributes: AttributeRange
    /// How many of `attributes` are on the statement's line.
    var inlineCount: UInt32
    /// Whether a `{ … }` block was written.
    var hasBlock: Bool
  }

  /// A relation statement. Its first attribute is the bare value when there is one.
  struct Relation {
    var from: Symbol
    var to: Symbol
    /// The verb: 0 for `->`, else 1 + the kind's position in `RelationKind.allCases`.
    var verb: UInt8
    var hasBareValue: Bool
    /// Where `from` is written: the relation statement's offset.
    var fromOffset: UInt32
    var verbOffset: UInt32
    var toOffset: UInt32
    var attributes: AttributeRange

    var kind: RelationKind { verb == 0 ? .influences : RelationKind(number: Int(verb) - 1)! }

    /// The verb as written: `->`, or the keyword.
    var verbText: String { verb == 0 ? "->" : kind.keyword }
  }

  /// Where a comment belongs.
  enum CommentOwner: UInt8 {
    /// Before statement `index`.
    case statementLeading
    /// After statement `index`, on its last line.
    case statementTrailing
    /// At the end of the block of statement `index` (a domain's body, a stakeholder's
    /// block), or of the file when `index` is `UInt32.max`.
    case blockClosing
    /// Before attribute `index` in a block.
    case attributeLeading
    /// After attribute `index` in a block, on its line.
    case attributeTrailing
  }

  /// A comment: its text (marker included, trailing space removed) as a byte range.
  struct Comment {
    var start: UInt32
    var end: UInt32
    var blankLineBefore: Bool
    var owner: CommentOwner
    var index: UInt32
  }

  /// The source's bytes; valid while the parse that made this runs.
  let bytes: UnsafeBufferPointer<UInt8>

  /// Every statement, depth first in file order.
  var statements: [Statement] = []
  /// The strings of `title` and `goal` statements.
  var strings: [TextRange] = []
  /// The ids of `me` statements.
  var identifiers: [Identifier] = []
  /// The attributes of `thresholds` statements.
  var attributeLists: [AttributeRange] = []
  var domains: [Domain] = []
  var stakeholders: [Stakeholder] = []
  var relations: [Relation] = []
  var attributes: [Attribute] = []
  /// The items of every list value.
  var listItems: [Value] = []
  var comments: [Comment] = []

  init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// The lengths of every array, to roll back to when a statement fails.
  struct Mark {
    fileprivate var statements, strings, identifiers, attributeLists, domains: Int
    fileprivate var stakeholders, relations, attributes, listItems, comments: Int
  }

  /// The current lengths of every array.
  func mark() -> Mark {
    Mark(
      statements: statements.count, strings: strings.count, identifiers: identifiers.count,
      attributeLists: attributeLists.count, domains: domains.count, stakeholders: stakeholders.count,
      relations: relations.count, attributes: attributes.count, listItems: listItems.count,
      comments: comments.count)
  }

  /// Forgets everything added since `mark` (keeping the arrays' storage, to be
  /// filled again).
  mutating func rollBack(to mark: Mark) {
    // One element at a time: mostly a few go, and `removeLast(_:)` costs more than
    // that many `removeLast()`s.
    @inline(__always) func truncate<T>(_ array: inout [T], _ count: Int) {
      while array.count > count { array.removeLast() }
    }
    truncate(&statements, mark.statements)
    truncate(&strings, mark.strings)
    truncate(&identifiers, mark.identifiers)
    truncate(&attributeLists, mark.attributeLists)
    truncate(&domains, mark.domains)
    truncate(&stakeholders, mark.stakeholders)
    truncate(&relations, mark.relations)
    truncate(&attributes, mark.attributes)
    truncate(&listItems, mark.listItems)
    truncate(&comments, mark.comments)
  }

  /// The index of the statement after statement `i` and everything inside it.
  func next(after i: Int) -> Int {
    let statement = statements[i]
    return statement.kind == .domain ? Int(domains[Int(statement.record)].bodyEnd) : i + 1
  }

  // MARK: - Text

  /// The bytes `start..<end` as text.
  func text(_ start: UInt32, _ end: UInt32) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(start)..<Int(end)]), as: UTF8.self)
  }

  /// An identifier as written.
  func text(_ id: Identifier) -> String { text(id.start, id.end) }

  /// The identifier written at `offset`, as written.
  func identifierText(at offset: UInt32) -> String {
    text(offset, UInt32(Lexer.identifierEnd(in: bytes, at: Int(offset))))
  }

  /// The value of a string token: quotes removed, escapes resolved.
  func decodeString(_ range: TextRange) -> String { decodeString(range.start, range.end) }

  /// The value of the string token `start..<end`: quotes removed, escapes resolved.
  func decodeString(_ tokenStart: UInt32, _ tokenEnd: UInt32) -> String {
    var start = Int(tokenStart) + 1
    let end = Int(tokenEnd) - 1
    // Fast path: no escapes.
    var i = start
    while i < end, bytes[i] != UInt8(ascii: "\\") { i += 1 }
    if i == end { return text(UInt32(start), UInt32(end)) }
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

  /// A number value's text as written.
  func numberText(_ value: Value) -> String { text(value.start, value.end) }

  /// A word value's text as written.
  func wordText(_ value: Value) -> String { text(value.start, value.end) }

  /// A value's text where the format reads it as text: a string's decoded value, a
  /// word or a number as written.
  func plainText(_ value: Value) -> String {
    value.kind == .string ? decodeString(value.start, value.end) : text(value.start, value.end)
  }

  /// A transition's two words, as written.
  func transitionTexts(_ value: Value) -> (from: String, to: String) {
    (text(value.start, value.end), identifierText(at: value.targetStart))
  }

  /// A list's items.
  func items(_ value: Value) -> ArraySlice<Value> {
    let first = Int(value.payload)
    return listItems[first..<first + Int(value.end)]
  }

  /// A short description of a value's type for error messages ("a string").
  func typeDescription(_ value: Value) -> String {
    switch value.kind {
    case .number: "a number"
    case .string: "a string"
    case .word: "the word '\(wordText(value))'"
    case .list: "a list"
    case .transition: "a transition"
    }
  }
}
