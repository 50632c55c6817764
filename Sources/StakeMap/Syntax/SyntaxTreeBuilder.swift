/// Turns the parser's ``FlatSyntax`` into the ``SyntaxFile`` tree that
/// ``SyntaxPrinter`` prints: the same statements, values and comments, as nested
/// values with their text decoded.
///
/// - Complexity: O(n) in the size of the syntax.
enum SyntaxTreeBuilder {
  /// The tree of a parse.
  static func build(_ flat: FlatSyntax) -> SyntaxFile {
    var builder = Builder(flat: flat)
    return builder.file()
  }

  private struct Builder {
    let flat: FlatSyntax
    /// Comments by owner and index, in file order.
    private var comments: [UInt64: [CommentSyntax]] = [:]

    init(flat: FlatSyntax) {
      self.flat = flat
      for comment in flat.comments {
        let syntax = CommentSyntax(flat.text(comment.start, comment.end), blankLineBefore: comment.blankLineBefore)
        comments[Self.key(comment.owner, comment.index), default: []].append(syntax)
      }
    }

    private static func key(_ owner: FlatSyntax.CommentOwner, _ index: UInt32) -> UInt64 {
      UInt64(owner.rawValue) << 32 | UInt64(index)
    }

    private func comments(_ owner: FlatSyntax.CommentOwner, _ index: Int) -> [CommentSyntax] {
      comments[Self.key(owner, UInt32(truncatingIfNeeded: index))] ?? []
    }

    mutating func file() -> SyntaxFile {
      SyntaxFile(
        statements: statements(0..<flat.statements.count), trailingComments: comments(.blockClosing, Int(UInt32.max)))
    }

    private func statements(_ range: Range<Int>) -> [StatementSyntax] {
      var result: [StatementSyntax] = []
      var i = range.lowerBound
      while i < range.upperBound {
        result.append(statement(i))
        i = flat.next(after: i)
      }
      return result
    }

    private func statement(_ i: Int) -> StatementSyntax {
      let statement = flat.statements[i]
      let record = Int(statement.record)
      let kind: StatementSyntax.Kind
      switch statement.kind {
      case .title:
        kind = .title(string(flat.strings[record]))
      case .goal:
        kind = .goal(string(flat.strings[record]))
      case .me:
        kind = .me(identifier(flat.identifiers[record]))
      case .thresholds:
        kind = .thresholds(attributes(flat.attributeLists[record].indices))
      case .domain:
        let domain = flat.domains[record]
        kind = .domain(
          DomainSyntax(
            id: identifier(domain.id), label: optionalString(domain.label),
            body: statements(i + 1..<Int(domain.bodyEnd)), closingComments: comments(.blockClosing, i),
            braceOffset: Int(domain.braceOffset)))
      case .stakeholder:
        let stakeholder = flat.stakeholders[record]
        let all = stakeholder.attributes.indices
        let inlineEnd = all.lowerBound + Int(stakeholder.inlineCount)
        kind = .stakeholder(
          StakeholderSyntax(
            id: identifier(stakeholder.id), name: optionalString(stakeholder.name),
            inlineAttributes: attributes(all.lowerBound..<inlineEnd),
            blockAttributes: stakeholder.hasBlock ? attributes(inlineEnd..<all.upperBound) : nil,
            blockClosingComments: comments(.blockClosing, i)))
      case .relation:
        let relation = flat.relations[record]
        var attributes = relation.attributes.indices
        var bareValue: ValueSyntax?
        if relation.hasBareValue {
          bareValue = value(flat.attributes[attributes.lowerBound].value)
          attributes = attributes.dropFirst()
        }
        kind = .relation(
          RelationSyntax(
            from: IdentifierSyntax(flat.identifierText(at: relation.fromOffset), offset: Int(relation.fromOffset)),
            verb: relation.verb == 0 ? .arrow : .keyword(relation.kind), verbOffset: Int(relation.verbOffset),
            to: IdentifierSyntax(flat.identifierText(at: relation.toOffset), offset: Int(relation.toOffset)),
            bareValue: bareValue, attributes: self.attributes(attributes)))
      }
      return StatementSyntax(
        kind, offset: Int(statement.offset), leadingComments: comments(.statementLeading, i),
        trailingComment: comments(.statementTrailing, i).first, blankLineBefore: statement.blankLineBefore)
    }

    private func string(_ range: FlatSyntax.TextRange) -> StringSyntax {
      StringSyntax(flat.decodeString(range), offset: Int(range.start))
    }

    private func optionalString(_ range: FlatSyntax.TextRange) -> StringSyntax? {
      range.end == 0 ? nil : string(range)
    }

    private func identifier(_ id: FlatSyntax.Identifier) -> IdentifierSyntax {
      IdentifierSyntax(flat.text(id), offset: Int(id.start))
    }

    private func attributes(_ range: Range<Int>) -> [AttributeSyntax] {
      range.map { i in
        let attribute = flat.attributes[i]
        return AttributeSyntax(
          key: IdentifierSyntax(flat.identifierText(at: attribute.keyStart), offset: Int(attribute.keyStart)),
          value: value(attribute.value), leadingComments: comments(.attributeLeading, i),
          trailingComment: comments(.attributeTrailing, i).first)
      }
    }

    private func value(_ value: FlatSyntax.Value) -> ValueSyntax {
      let offset = Int(value.start)
      switch value.kind {
      case .number:
        return ValueSyntax(.number(value.number, text: flat.numberText(value)), offset: offset)
      case .string:
        return ValueSyntax(.string(flat.decodeString(value.start, value.end)), offset: offset)
      case .word:
        return ValueSyntax(.word(flat.wordText(value)), offset: offset)
      case .list:
        return ValueSyntax(.list(flat.items(value).map { self.value($0) }), offset: offset)
      case .transition:
        let (from, to) = flat.transitionTexts(value)
        return ValueSyntax(.transition(from: from, to: to), offset: offset, targetOffset: Int(value.targetStart))
      }
    }
  }
}
