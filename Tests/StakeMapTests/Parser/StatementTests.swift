import StakeMap
import Testing

/// Each statement of the format, and FORMAT.md's complete example.
@Suite struct StatementTests {
  @Test func headerStatements() {
    let map = validMap(
      lines(
        "title \"Payments platform migration\"",
        "goal  \"Move all card payments by Q3\"",
        "me    em",
        "thresholds power=6 interest=4.5 salience=7",
        "stakeholder em power=4 interest=10"))
    #expect(map.title == "Payments platform migration")
    #expect(map.goal == "Move all card payments by Q3")
    #expect(map.me == "em")
    #expect(map.thresholds == Thresholds(power: 6, interest: 4.5, salience: 7))
  }

  @Test func thresholdsWithoutSalienceKeepItsDefault() {
    let map = validMap(lines("thresholds power=3 interest=7"))
    #expect(map.thresholds == Thresholds(power: 3, interest: 7, salience: 5))
  }

  @Test func emptyFileIsAnEmptyMap() {
    #expect(validMap("") == StakeMap())
    #expect(validMap(lines("", "# only a comment", "")) == StakeMap())
  }

  @Test func stakeholderStatementForms() {
    let map = validMap(
      lines(
        "stakeholder a",
        "stakeholder b \"Bea Lund\"",
        "stakeholder c \"Cy\" power=3 interest=4",
        "stakeholder d power=3 {",
        "  interest = 4",
        "}",
        "stakeholder e {",
        "}"))
    #expect(
      map.stakeholders == [
        Stakeholder(id: "a"),
        Stakeholder(id: "b", name: "Bea Lund"),
        Stakeholder(id: "c", name: "Cy", power: 3, interest: 4),
        Stakeholder(id: "d", power: 3, interest: 4),
        Stakeholder(id: "e"),
      ])
    #expect(map.stakeholders.map(\.displayName) == ["a", "Bea Lund", "Cy", "d", "e"])
  }

  @Test func everyRelationStatement() {
    let map = validMap(
      lines(
        "stakeholder a power=1 interest=1",
        "stakeholder b power=1 interest=1",
        "a -> b",
        "a influences b weight=0.3",
        "a depends-on b",
        "a conflicts-with b",
        "a allied-with b",
        "a reports-to b"))
    #expect(
      map.relations == [
        Relation(.influences, from: "a", to: "b", weight: 0.3),
        Relation(.dependsOn, from: "a", to: "b"),
        Relation(.conflictsWith, from: "a", to: "b"),
        Relation(.alliedWith, from: "a", to: "b"),
        Relation(.reportsTo, from: "a", to: "b"),
      ])
  }

  @Test func formatExampleFixture() throws {
    let result = parse(try Fixtures.text("format-example.stakes"))
    #expect(result.diagnostics.isEmpty)
    let expected = StakeMap(
      title: "Payments platform migration",
      goal: "Move all card payments to the new platform by Q3",
      me: "em",
      thresholds: .default,
      domains: [
        Domain(id: "eng", label: "Engineering", parent: nil, position: 0),
        Domain(id: "sre", label: "SRE", parent: "eng", position: 2),
        Domain(id: "fin", label: "Finance", parent: nil, position: 3),
      ],
      stakeholders: [
        Stakeholder(
          id: "cto", name: "Dana Ruiz", role: "CTO", power: 9, interest: 7, stance: 1,
          goals: ["reliability", "speed"], domain: "eng"),
        Stakeholder(
          id: "em", name: "Alex Kim", role: "Engineering Manager", power: 4, interest: 10, stance: 2,
          domain: "eng"),
        Stakeholder(
          id: "sre_lead", name: "Mo Haddad", role: "SRE lead", power: 5, interest: 8, stance: -1,
          openness: 0.3, goals: ["reliability", "on-call load"],
          engagement: Engagement(current: .resistant, desired: .supportive),
          note: "Burned by the last migration", domain: "sre"),
        Stakeholder(
          id: "cfo", name: "Priya N.", role: "CFO", power: 10, interest: 3, stance: -2, goals: ["cost"],
          domain: "fin"),
      ],
      relations: [
        Relation(.influences, from: "cto", to: "em", weight: 0.7),
        Relation(.influences, from: "cfo", to: "cto", weight: 0.6),
        Relation(.dependsOn, from: "em", to: "cfo", topic: "migration budget"),
        Relation(.conflictsWith, from: "cfo", to: "cto", topic: "budget"),
        Relation(.alliedWith, from: "cto", to: "sre_lead"),
        Relation(.reportsTo, from: "em", to: "cto"),
      ])
    #expect(result.map == expected)
  }

  @Test func formatExampleImpliedInfluence() throws {
    let map = parse(try Fixtures.text("format-example.stakes")).map
    // `em reports-to cto` implies cto -> em, but cto -> em is declared (weight 0.7).
    #expect(
      map.influenceRelations == [
        Relation(.influences, from: "cto", to: "em", weight: 0.7),
        Relation(.influences, from: "cfo", to: "cto", weight: 0.6),
      ])
  }
}
