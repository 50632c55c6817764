import StakeMap
import Testing

/// Stakeholder attributes: numbers and words, and the defaults.
@Suite struct AttributeTests {
  @Test func everyAttributeWithNumbers() {
    let map = validMap(
      lines(
        "stakeholder a \"Ann\" role=\"CTO\" power=9 interest=7.5 stance=-1 legitimacy=6 urgency=3.25 openness=0.3 engagement=resistant -> leading kind=group goals=[cost, \"time to market\"] tags=[exec] note=\"n\""
      ))
    #expect(
      map.stakeholders == [
        Stakeholder(
          id: "a", name: "Ann", role: "CTO", power: 9, interest: 7.5, stance: -1, legitimacy: 6, urgency: 3.25,
          openness: 0.3, goals: ["cost", "time to market"], tags: ["exec"],
          engagement: Engagement(current: .resistant, desired: .leading), kind: .group, note: "n")
      ])
  }

  @Test func levelWords() {
    let map = validMap(
      lines(
        "stakeholder a power=low interest=high",
        "stakeholder b power=medium interest=low",
        "stakeholder c power=high interest=medium"))
    #expect(map.stakeholders.map(\.power) == [2, 5, 8])
    #expect(map.stakeholders.map(\.interest) == [8, 2, 5])
  }

  @Test func stanceWords() {
    let map = validMap(
      lines(
        "stakeholder a power=1 interest=1 stance=opposed",
        "stakeholder b power=1 interest=1 stance=resistant",
        "stakeholder c power=1 interest=1 stance=neutral",
        "stakeholder d power=1 interest=1 stance=supportive",
        "stakeholder e power=1 interest=1 stance=champion"))
    #expect(map.stakeholders.map(\.stance) == [-2, -1, 0, 1, 2])
  }

  @Test func signedAndFractionalNumbers() {
    let map = validMap(
      lines(
        "stakeholder a power=+7 interest=07 stance=+2",
        "stakeholder b power=0.25 interest=10.0 stance=-0.5"))
    #expect(map.stakeholders.map(\.power) == [7, 0.25])
    #expect(map.stakeholders.map(\.interest) == [7, 10])
    #expect(map.stakeholders.map(\.stance) == [2, -0.5])
  }

  @Test func engagementWithOneLevel() {
    let map = validMap(lines("stakeholder a power=1 interest=1 engagement=unaware"))
    #expect(map.stakeholders[0].engagement == Engagement(current: .unaware))
  }

  @Test func defaults() {
    let map = validMap(lines("stakeholder a power=1 interest=1"))
    let a = map.stakeholders[0]
    #expect(a.stance == 0)
    #expect(a.openness == 0.5)
    #expect(a.kind == .person)
    #expect(a.name == nil && a.role == nil && a.note == nil)
    #expect(a.legitimacy == nil && a.urgency == nil)
    #expect(a.goals.isEmpty && a.tags.isEmpty)
    #expect(a.engagement == nil)
    #expect(a.effectiveEngagement == Engagement(current: .neutral))
    #expect(a.domain == nil)
    #expect(map.thresholds == Thresholds(power: 5, interest: 5, salience: 5))
    #expect(map.title == nil && map.goal == nil && map.me == nil)
  }

  @Test func unratedIsNil() {
    let map = validMap(lines("stakeholder a"))
    #expect(map.stakeholders[0].power == nil)
    #expect(map.stakeholders[0].interest == nil)
  }

  @Test func multiLineAttributeBlock() {
    let map = validMap(
      lines(
        "stakeholder a \"Ann\" power=3 {",
        "  interest = 4",
        "",
        "  # a comment between attributes",
        "  stance   = supportive  # trailing",
        "  role=\"Lead\" kind=group",
        "}",
        "stakeholder b power=1 interest=1"))
    #expect(
      map.stakeholders == [
        Stakeholder(id: "a", name: "Ann", role: "Lead", power: 3, interest: 4, stance: 1, kind: .group),
        Stakeholder(id: "b", power: 1, interest: 1),
      ])
  }

  @Test func singleWordOrStringIsAListOfOne() {
    let map = validMap(lines("stakeholder a power=1 interest=1 goals=cost tags=\"two words\""))
    #expect(map.stakeholders[0].goals == ["cost"])
    #expect(map.stakeholders[0].tags == ["two words"])
  }

  @Test func listsOfWordsStringsAndNumbers() {
    let map = validMap(lines("stakeholder a power=1 interest=1 goals=[cost, \"on-call load\", q3-plan, 2025] tags=[]"))
    #expect(map.stakeholders[0].goals == ["cost", "on-call load", "q3-plan", "2025"])
    #expect(map.stakeholders[0].tags == [])
  }

  @Test func spacesAroundEquals() {
    let map = validMap(lines("stakeholder a power = 1 interest= 2 stance =1 role\t=\t\"x\""))
    #expect(map.stakeholders == [Stakeholder(id: "a", role: "x", power: 1, interest: 2, stance: 1)])
  }
}
