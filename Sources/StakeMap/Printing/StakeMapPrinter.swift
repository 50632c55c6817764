/// Prints a ``StakeMap`` as `.stakes` text, in canonical form.
///
/// The map becomes a ``SyntaxFile`` (``syntax(of:)``) that ``SyntaxPrinter`` prints:
/// header statements first, then domains and stakeholders nested as the map nests
/// them (in file order, see ``Domain/position``), then every relation. Defaults are
/// left out (stance neutral, openness 0.5, kind person, thresholds 5).
///
/// `StakeMapParser.parse(StakeMapPrinter.print(map)).map == map` for every map whose
/// ids are valid identifiers and whose values are in range.
public enum StakeMapPrinter {
  /// The map as `.stakes` text.
  public static func print(_ map: StakeMap) -> String {
    SyntaxPrinter.print(syntax(of: map))
  }

  /// The syntax tree that prints as the map.
  public static func syntax(of map: StakeMap) -> SyntaxFile {
    var statements: [StatementSyntax] = []
    if let title = map.title { statements.append(.init(.title(StringSyntax(title)))) }
    if let goal = map.goal { statements.append(.init(.goal(StringSyntax(goal)))) }
    if let me = map.me { statements.append(.init(.me(IdentifierSyntax(me.rawValue)))) }
    if map.thresholds != .default {
      var attributes = [
        attribute("power", .number(map.thresholds.power)),
        attribute("interest", .number(map.thresholds.interest)),
      ]
      if map.thresholds.salience != Thresholds.default.salience {
        attributes.append(attribute("salience", .number(map.thresholds.salience)))
      }
      statements.append(.init(.thresholds(attributes)))
    }
    var body = scope(nil, in: map)
    if let first = body.indices.first, !statements.isEmpty { body[first].blankLineBefore = true }
    statements.append(contentsOf: body)
    var relations = map.relations.map { StatementSyntax(.relation(relation($0))) }
    if let first = relations.indices.first, !statements.isEmpty { relations[first].blankLineBefore = true }
    statements.append(contentsOf: relations)
    return SyntaxFile(statements: statements)
  }

  /// The statements of one scope: its stakeholders, with its child domains placed by
  /// their positions.
  private static func scope(_ parent: DomainID?, in map: StakeMap) -> [StatementSyntax] {
    var children = map.domains.filter { $0.parent == parent }[...]
    var statements: [StatementSyntax] = []
    func emitDomains(upTo index: Int) {
      while let next = children.first, next.position <= index {
        children.removeFirst()
        let domain = DomainSyntax(
          id: IdentifierSyntax(next.id.rawValue), label: next.label.map { StringSyntax($0) },
          body: scope(next.id, in: map))
        statements.append(.init(.domain(domain)))
      }
    }
    for (index, stakeholder) in map.stakeholders.enumerated() where stakeholder.domain == parent {
      emitDomains(upTo: index)
      statements.append(.init(.stakeholder(self.stakeholder(stakeholder))))
    }
    emitDomains(upTo: .max)
    return statements
  }

  private static func stakeholder(_ s: Stakeholder) -> StakeholderSyntax {
    var attributes: [AttributeSyntax] = []
    if let role = s.role { attributes.append(attribute("role", .string(role))) }
    if let power = s.power { attributes.append(attribute("power", .number(power))) }
    if let interest = s.interest { attributes.append(attribute("interest", .number(interest))) }
    if s.stance != 0 {
      if let word = StanceWord(exactly: s.stance) {
        attributes.append(attribute("stance", .word(word.rawValue)))
      } else {
        attributes.append(attribute("stance", .number(s.stance)))
      }
    }
    if let legitimacy = s.legitimacy { attributes.append(attribute("legitimacy", .number(legitimacy))) }
    if let urgency = s.urgency { attributes.append(attribute("urgency", .number(urgency))) }
    if s.openness != 0.5 { attributes.append(attribute("openness", .number(s.openness))) }
    if let engagement = s.engagement {
      if let desired = engagement.desired {
        attributes.append(
          attribute("engagement", .transition(from: engagement.current.rawValue, to: desired.rawValue)))
      } else {
        attributes.append(attribute("engagement", .word(engagement.current.rawValue)))
      }
    }
    if s.kind != .person { attributes.append(attribute("kind", .word(s.kind.rawValue))) }
    if !s.goals.isEmpty { attributes.append(attribute("goals", list(s.goals))) }
    if !s.tags.isEmpty { attributes.append(attribute("tags", list(s.tags))) }
    if let note = s.note { attributes.append(attribute("note", .string(note))) }
    return StakeholderSyntax(
      id: IdentifierSyntax(s.id.rawValue), name: s.name.map { StringSyntax($0) },
      inlineAttributes: attributes)
  }

  private static func relation(_ r: Relation) -> RelationSyntax {
    var syntax = RelationSyntax(
      from: IdentifierSyntax(r.from.rawValue),
      verb: r.kind == .influences ? .arrow : .keyword(r.kind),
      to: IdentifierSyntax(r.to.rawValue))
    var attributes: [AttributeSyntax] = []
    if let weight = r.weight { attributes.append(attribute("weight", .number(weight))) }
    if let topic = r.topic {
      if r.kind == .dependsOn || r.kind == .conflictsWith {
        syntax.bareValue = ValueSyntax(.string(topic))
      } else {
        attributes.append(attribute("topic", .string(topic)))
      }
    }
    if let note = r.note { attributes.append(attribute("note", .string(note))) }
    syntax.attributes = attributes
    return syntax
  }

  private static func list(_ items: [String]) -> ValueSyntax.Kind {
    .list(items.map { ValueSyntax(SyntaxPrinter.isPlainWord($0) ? .word($0) : .string($0)) })
  }

  private static func attribute(_ key: String, _ value: ValueSyntax.Kind) -> AttributeSyntax {
    AttributeSyntax(key: IdentifierSyntax(key), value: ValueSyntax(value))
  }
}

extension ValueSyntax.Kind {
  /// A number value, with its canonical text.
  static func number(_ value: Double) -> Self { .number(value, text: NumberText.format(value)) }
}
