import StakeMap
import Testing

/// Relations: forward references, bare values, implied influence, spelling.
@Suite struct RelationTests {
  @Test func forwardReferences() {
    let map = validMap(
      lines(
        "me b",
        "a -> b",
        "domain d {",
        "  a reports-to b",
        "}",
        "stakeholder a power=1 interest=1",
        "stakeholder b power=1 interest=1"))
    #expect(map.me == "b")
    #expect(
      map.relations == [
        Relation(.influences, from: "a", to: "b"),
        Relation(.reportsTo, from: "a", to: "b"),
      ])
  }

  @Test func bareWeightAfterAnInfluence() {
    let map = validMap(
      lines(
        "stakeholder a power=1 interest=1",
        "stakeholder b power=1 interest=1",
        "a influences b 0.6",
        "b -> a 1"))
    #expect(map.relations.map(\.weight) == [0.6, 1])
  }

  @Test func bareTopicAfterDependsOnAndConflictsWith() {
    let map = validMap(
      lines(
        "stakeholder a power=1 interest=1",
        "stakeholder b power=1 interest=1",
        "a depends-on b \"migration budget\" note=\"by May\"",
        "a conflicts-with b \"headcount\""))
    #expect(
      map.relations == [
        Relation(.dependsOn, from: "a", to: "b", topic: "migration budget", note: "by May"),
        Relation(.conflictsWith, from: "a", to: "b", topic: "headcount"),
      ])
  }

  @Test func topicAndNoteAttributesOnEveryKind() {
    let map = validMap(
      lines(
        "stakeholder a power=1 interest=1",
        "stakeholder b power=1 interest=1",
        "a -> b topic=\"t\" note=\"n\" weight=0.1",
        "a allied-with b topic=\"t\"",
        "a reports-to b note=\"n\""))
    #expect(
      map.relations == [
        Relation(.influences, from: "a", to: "b", weight: 0.1, topic: "t", note: "n"),
        Relation(.alliedWith, from: "a", to: "b", topic: "t"),
        Relation(.reportsTo, from: "a", to: "b", note: "n"),
      ])
  }

  @Test func reportsToImpliesInfluenceUnlessDeclared() {
    let map = validMap(
      lines(
        "stakeholder boss power=1 interest=1",
        "stakeholder a power=1 interest=1",
        "stakeholder b power=1 interest=1",
        "a reports-to boss",
        "b reports-to boss",
        "boss -> b 0.9"))
    #expect(map.relations.count == 3)
    #expect(
      map.influenceRelations == [
        Relation(.influences, from: "boss", to: "a", weight: 0.5),
        Relation(.influences, from: "boss", to: "b", weight: 0.9),
      ])
  }

  @Test func arrowWithoutSpaces() {
    let map = validMap(
      lines(
        "stakeholder a power=1 interest=1",
        "stakeholder b-c power=1 interest=1",
        "a->b-c",
        "b-c->a weight=0.2"))
    #expect(
      map.relations == [
        Relation(.influences, from: "a", to: "b-c"),
        Relation(.influences, from: "b-c", to: "a", weight: 0.2),
      ])
  }

  @Test func keywordsMayBeStakeholderIds() {
    let map = validMap(
      lines(
        "stakeholder title power=1 interest=1",
        "stakeholder me power=1 interest=1",
        "stakeholder domain power=1 interest=1",
        "me -> title",
        "title depends-on domain",
        "domain reports-to me"))
    #expect(
      map.relations == [
        Relation(.influences, from: "me", to: "title"),
        Relation(.dependsOn, from: "title", to: "domain"),
        Relation(.reportsTo, from: "domain", to: "me"),
      ])
  }
}
