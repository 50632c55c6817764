import Testing

@testable import StakeMap

@Suite struct ModelTests {
  @Test func reportsToImpliesInfluenceUnlessDeclared() {
    let map = StakeMap(
      stakeholders: [Stakeholder(id: "a"), Stakeholder(id: "b"), Stakeholder(id: "c")],
      relations: [
        Relation(.reportsTo, from: "a", to: "b"),
        Relation(.reportsTo, from: "c", to: "b"),
        Relation(.influences, from: "b", to: "c", weight: 0.9),
      ])
    let influences = map.influenceRelations
    #expect(influences.count == 2)
    #expect(influences[0] == Relation(.influences, from: "b", to: "a", weight: 0.5))
    #expect(influences[1] == Relation(.influences, from: "b", to: "c", weight: 0.9))
  }

  @Test func undirectedRelationsShareIdentity() {
    #expect(
      Relation(.conflictsWith, from: "a", to: "b").identity
        == Relation(.conflictsWith, from: "b", to: "a").identity)
    #expect(
      Relation(.influences, from: "a", to: "b").identity
        != Relation(.influences, from: "b", to: "a").identity)
  }

  @Test func stanceWords() {
    #expect(StanceWord(nearest: -1.6) == .opposed)
    #expect(StanceWord(nearest: 0.4) == .neutral)
    #expect(StanceWord(exactly: 1) == .supportive)
    #expect(StanceWord(exactly: 1.5) == nil)
    #expect(EngagementLevel(stance: 2) == .leading)
  }

  @Test func suggestions() {
    #expect(Suggestions.nearest(to: "intrest", in: ["interest", "power"]) == "interest")
    #expect(Suggestions.nearest(to: "stakholder", in: ["stakeholder", "domain"]) == "stakeholder")
    #expect(Suggestions.nearest(to: "xyz", in: ["stakeholder", "domain"]) == nil)
    #expect(Suggestions.nearest(to: "pwoer", in: ["power"]) == "power")
  }
}
