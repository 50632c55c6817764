import StakeMap
import Testing

/// Warnings leave the map valid: unrated stakeholders, self relations, relations
/// declared twice.
@Suite struct WarningTests {
  @Test func unratedStakeholdersAreWarnedAbout() {
    let result = parse(
      lines(
        "stakeholder a",
        "stakeholder b power=1",
        "  stakeholder c \"C\" interest=high",
        "stakeholder d power=0 interest=0"))
    #expect(result.isValid)
    #expect(
      result.diagnostics.map(Reported.init) == [
        .warning(
          1, 13, "stakeholder 'a' has no power or interest rating; analysed as medium (5) and shown apart on the grid"),
        .warning(
          2, 13, "stakeholder 'b' has no interest rating; analysed as medium (5) and shown apart on the grid"),
        .warning(3, 15, "stakeholder 'c' has no power rating; analysed as medium (5) and shown apart on the grid"),
      ])
    #expect(result.map.stakeholders.map(\.isUnrated) == [true, true, true, false])
    #expect(result.map.stakeholders.map(\.effectivePower) == [5, 1, 5, 0])
  }

  @Test func selfRelationIsIgnored() {
    let result = parse(
      lines(
        "stakeholder a power=1 interest=1",
        "stakeholder b power=1 interest=1",
        "a -> a 0.9",
        "a -> b",
        "  b conflicts-with b \"x\""))
    #expect(result.isValid)
    #expect(
      result.diagnostics.map(Reported.init) == [
        .warning(3, 1, "'a' -> itself; a relation of a stakeholder to itself is ignored"),
        .warning(5, 3, "'b' conflicts-with itself; a relation of a stakeholder to itself is ignored"),
      ])
    #expect(result.map.relations == [Relation(.influences, from: "a", to: "b")])
  }

  @Test func relationDeclaredTwiceKeepsTheLaterOne() {
    let result = parse(
      lines(
        "stakeholder a power=1 interest=1",
        "stakeholder b power=1 interest=1",
        "stakeholder c power=1 interest=1",
        "a -> b weight=0.2 note=\"first\"",
        "a -> c",
        "a influences b 0.8"))
    #expect(result.isValid)
    #expect(
      result.diagnostics.map(Reported.init) == [
        .warning(6, 1, "a influences b is declared twice; the later one wins (the first is at line 4)")
      ])
    #expect(
      result.map.relations == [
        Relation(.influences, from: "a", to: "c"),
        Relation(.influences, from: "a", to: "b", weight: 0.8),
      ])
  }

  @Test func conflictInEitherDirectionIsTheSameRelation() {
    let result = parse(
      lines(
        "stakeholder a power=1 interest=1",
        "stakeholder b power=1 interest=1",
        "a conflicts-with b \"budget\"",
        "b conflicts-with a topic=\"headcount\" note=\"later\""))
    #expect(result.isValid)
    #expect(
      result.diagnostics.map(Reported.init) == [
        .warning(4, 1, "b conflicts-with a is declared twice; the later one wins (the first is at line 3)")
      ])
    #expect(
      result.map.relations == [Relation(.conflictsWith, from: "b", to: "a", topic: "headcount", note: "later")])
  }

  @Test func influenceInEitherDirectionIsTwoRelations() {
    let result = parse(
      lines(
        "stakeholder a power=1 interest=1",
        "stakeholder b power=1 interest=1",
        "a -> b",
        "b -> a",
        "a allied-with b",
        "b allied-with a"))
    #expect(
      result.diagnostics.map(Reported.init) == [
        .warning(6, 1, "b allied-with a is declared twice; the later one wins (the first is at line 5)")
      ])
    #expect(result.map.relations.map(\.kind) == [.influences, .influences, .alliedWith])
  }
}
