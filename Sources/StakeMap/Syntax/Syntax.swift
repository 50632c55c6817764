/// The syntax tree of a `.stakes` file: what was written, where, with its comments.
///
/// The parser builds it; ``StakeMapResolver`` checks it and turns it into a
/// ``StakeMap``; ``SyntaxPrinter`` prints it back in canonical form (`stakemap fmt`).
/// Every node keeps the byte offset where it starts; ``SourceText`` turns an offset
/// into a line and a column.
public struct SyntaxFile: Sendable, Equatable {
  /// The statements at top level, in order.
  public var statements: [StatementSyntax]
  /// Comments after the last statement.
  public var trailingComments: [CommentSyntax]

  /// Creates a file.
  public init(statements: [StatementSyntax] = [], trailingComments: [CommentSyntax] = []) {
    self.statements = statements
    self.trailingComments = trailingComments
  }
}

/// A comment, with its marker (`# …` or `// …`).
public struct CommentSyntax: Sendable, Equatable {
  /// The comment's text, marker included, trailing space removed.
  public var text: String
  /// Whether a blank line comes before it.
  public var blankLineBefore: Bool

  /// Creates a comment.
  public init(_ text: String, blankLineBefore: Bool = false) {
    self.text = text
    self.blankLineBefore = blankLineBefore
  }
}

/// An identifier as written, and where.
public struct IdentifierSyntax: Sendable, Equatable {
  /// The identifier's text.
  public var text: String
  /// Its byte offset.
  public var offset: Int

  /// Creates an identifier.
  public init(_ text: String, offset: Int = 0) {
    self.text = text
    self.offset = offset
  }
}

/// A string literal: its decoded value, and where it starts.
public struct StringSyntax: Sendable, Equatable {
  /// The decoded value (escapes resolved).
  public var value: String
  /// Its byte offset (the opening quote).
  public var offset: Int

  /// Creates a string.
  public init(_ value: String, offset: Int = 0) {
    self.value = value
    self.offset = offset
  }
}

/// The value of an attribute.
public struct ValueSyntax: Sendable, Equatable {
  /// The shapes a value takes.
  public indirect enum Kind: Sendable, Equatable {
    /// A number, with the text it was written as.
    case number(Double, text: String)
    /// A string literal's decoded value.
    case string(String)
    /// A bare word (`supportive`, `high`, `reliability`).
    case word(String)
    /// `[a, b, "c d"]`.
    case list([ValueSyntax])
    /// `resistant -> supportive`.
    case transition(from: String, to: String)
  }

  /// What the value is.
  public var kind: Kind
  /// Its byte offset.
  public var offset: Int
  /// For a transition, the byte offset of its second word (`supportive` in
  /// `resistant -> supportive`), so that a problem with it is reported there.
  public var targetOffset: Int?

  /// Creates a value.
  public init(_ kind: Kind, offset: Int = 0, targetOffset: Int? = nil) {
    self.kind = kind
    self.offset = offset
    self.targetOffset = targetOffset
  }

  /// A short description of the value's type for error messages ("a string").
  public var typeDescription: String {
    switch kind {
    case .number: "a number"
    case .string: "a string"
    case .word(let w): "the word '\(w)'"
    case .list: "a list"
    case .transition: "a transition"
    }
  }
}

/// `key=value`, with the comments around it in a `{ … }` block.
public struct AttributeSyntax: Sendable, Equatable {
  /// The key.
  public var key: IdentifierSyntax
  /// The value.
  public var value: ValueSyntax
  /// Comment lines before it (blocks only).
  public var leadingComments: [CommentSyntax]
  /// A comment after it on the same line (blocks only).
  public var trailingComment: CommentSyntax?

  /// Creates an attribute.
  public init(
    key: IdentifierSyntax, value: ValueSyntax, leadingComments: [CommentSyntax] = [],
    trailingComment: CommentSyntax? = nil
  ) {
    self.key = key
    self.value = value
    self.leadingComments = leadingComments
    self.trailingComment = trailingComment
  }
}

/// How a relation's verb was spelled.
public enum RelationVerbSyntax: Sendable, Equatable {
  /// `->`
  case arrow
  /// A keyword: `influences`, `depends-on`, `conflicts-with`, `allied-with`, `reports-to`.
  case keyword(RelationKind)

  /// The kind of relation the verb declares.
  public var kind: RelationKind {
    switch self {
    case .arrow: .influences
    case .keyword(let kind): kind
    }
  }

  /// The verb as written.
  public var text: String {
    switch self {
    case .arrow: "->"
    case .keyword(let kind): kind == .influences ? "influences" : kind.keyword
    }
  }
}

/// `A verb B [bare value] [attributes]`.
public struct RelationSyntax: Sendable, Equatable {
  /// The first stakeholder.
  public var from: IdentifierSyntax
  /// The verb.
  public var verb: RelationVerbSyntax
  /// The verb's byte offset.
  public var verbOffset: Int
  /// The second stakeholder.
  public var to: IdentifierSyntax
  /// A bare number (influence weight) or string (topic) after the second stakeholder.
  public var bareValue: ValueSyntax?
  /// `key=value` attributes.
  public var attributes: [AttributeSyntax]

  /// Creates a relation.
  public init(
    from: IdentifierSyntax, verb: RelationVerbSyntax, verbOffset: Int = 0,
    to: IdentifierSyntax, bareValue: ValueSyntax? = nil, attributes: [AttributeSyntax] = []
  ) {
    self.from = from
    self.verb = verb
    self.verbOffset = verbOffset
    self.to = to
    self.bareValue = bareValue
    self.attributes = attributes
  }
}

/// A `stakeholder` statement.
public struct StakeholderSyntax: Sendable, Equatable {
  /// The id.
  public var id: IdentifierSyntax
  /// The display name, if given.
  public var name: StringSyntax?
  /// Attributes on the statement's line.
  public var inlineAttributes: [AttributeSyntax]
  /// Attributes in a `{ … }` block, if one was written.
  public var blockAttributes: [AttributeSyntax]?
  /// Comments before the block's closing brace.
  public var blockClosingComments: [CommentSyntax]

  /// Creates a stakeholder statement.
  public init(
    id: IdentifierSyntax, name: StringSyntax? = nil, inlineAttributes: [AttributeSyntax] = [],
    blockAttributes: [AttributeSyntax]? = nil, blockClosingComments: [CommentSyntax] = []
  ) {
    self.id = id
    self.name = name
    self.inlineAttributes = inlineAttributes
    self.blockAttributes = blockAttributes
    self.blockClosingComments = blockClosingComments
  }

  /// Every attribute, inline ones first.
  public var attributes: [AttributeSyntax] { inlineAttributes + (blockAttributes ?? []) }
}

/// A `domain` statement and its body.
public struct DomainSyntax: Sendable, Equatable {
  /// The id.
  public var id: IdentifierSyntax
  /// The label, if given.
  public var label: StringSyntax?
  /// The statements inside the braces.
  public var body: [StatementSyntax]
  /// Comments before the closing brace.
  public var closingComments: [CommentSyntax]
  /// The opening brace's byte offset.
  public var braceOffset: Int

  /// Creates a domain statement.
  public init(
    id: IdentifierSyntax, label: StringSyntax? = nil, body: [StatementSyntax] = [],
    closingComments: [CommentSyntax] = [], braceOffset: Int = 0
  ) {
    self.id = id
    self.label = label
    self.body = body
    self.closingComments = closingComments
    self.braceOffset = braceOffset
  }
}

/// One statement, with the comments around it.
public struct StatementSyntax: Sendable, Equatable {
  /// The statements of the format.
  public enum Kind: Sendable, Equatable {
    case title(StringSyntax)
    case goal(StringSyntax)
    case me(IdentifierSyntax)
    case thresholds([AttributeSyntax])
    case domain(DomainSyntax)
    case stakeholder(StakeholderSyntax)
    case relation(RelationSyntax)
  }

  /// What the statement says.
  public var kind: Kind
  /// The byte offset of its first token.
  public var offset: Int
  /// Comment lines right before it.
  public var leadingComments: [CommentSyntax]
  /// A comment after it on its last line.
  public var trailingComment: CommentSyntax?
  /// Whether a blank line comes before it (or before its leading comments).
  public var blankLineBefore: Bool

  /// Creates a statement.
  public init(
    _ kind: Kind, offset: Int = 0, leadingComments: [CommentSyntax] = [],
    trailingComment: CommentSyntax? = nil, blankLineBefore: Bool = false
  ) {
    self.kind = kind
    self.offset = offset
    self.leadingComments = leadingComments
    self.trailingComment = trailingComment
    self.blankLineBefore = blankLineBefore
  }
}
