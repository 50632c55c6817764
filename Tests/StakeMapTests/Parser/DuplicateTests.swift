import StakeMap
import Testing

/// Ids declared twice and header statements given twice: the error at the second, a
/// note at the first.
@Suite struct DuplicateTests {
  @Test func duplicateStakeholderIdNamesBothPlaces() {
    let text = lines(
      "stakeholder alice power=1 interest=1",
      "domain d {",
      "  stakeholder alice power=2 interest=2",
      "}")
    #expect(
      diagnose(text) == [
        .error(
          3, 15, "duplicate stakeholder id 'alice'", notes: [.note(1, 13, "'alice' is first declared here")])
      ])
  }

  @Test func duplicateStakeholderKeepsTheFirst() {
    let result = parse(
      lines(
        "stakeholder alice power=1 interest=1",
        "stakeholder alice power=2 interest=2"))
    #expect(!result.isValid)
    #expect(result.map.stakeholders == [Stakeholder(id: "alice", power: 1, interest: 1)])
  }

  @Test func duplicateDomainIdNamesBothPlaces() {
    let text = lines(
      "domain eng \"Engineering\" {",
      "  domain sre {}",
      "}",
      "domain ops {",
      "    domain sre \"SRE again\" {}",
      "}")
    #expect(
      diagnose(text) == [
        .error(5, 12, "duplicate domain id 'sre'", notes: [.note(2, 10, "'sre' is first declared here")])
      ])
  }

  @Test func aDomainAndAStakeholderMayShareAnId() {
    let map = validMap(
      lines(
        "domain legal {",
        "  stakeholder legal power=1 interest=1",
        "}"))
    #expect(map.domains.map(\.id) == ["legal"])
    #expect(map.stakeholders.map(\.id) == ["legal"])
  }

  @Test func repeatedTitle() {
    let text = lines(
      "title \"A\"",
      "stakeholder a power=1 interest=1",
      "  title \"B\"")
    #expect(
      diagnose(text) == [
        .error(
          3, 3, "'title' is given twice; a map has at most one", notes: [.note(1, 1, "the first 'title' is here")])
      ])
  }

  @Test func repeatedGoal() {
    let text = lines(
      "goal \"A\"",
      "domain d {",
      "  goal \"B\"",
      "}")
    #expect(
      diagnose(text) == [
        .error(
          3, 3, "'goal' is given twice; a map has at most one", notes: [.note(1, 1, "the first 'goal' is here")])
      ])
  }

  @Test func repeatedMe() {
    let text = lines(
      "me a",
      "stakeholder a power=1 interest=1",
      "stakeholder b power=1 interest=1",
      "me b")
    #expect(
      diagnose(text) == [
        .error(4, 1, "'me' is given twice; a map has at most one", notes: [.note(1, 1, "the first 'me' is here")])
      ])
  }

  @Test func repeatedThresholds() {
    let text = lines(
      "thresholds power=4",
      "thresholds interest=6")
    #expect(
      diagnose(text) == [
        .error(
          2, 1, "'thresholds' is given twice; a map has at most one",
          notes: [.note(1, 1, "the first 'thresholds' is here")])
      ])
  }
}
