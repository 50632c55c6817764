import StakeMap
import Testing

/// Unknown statements, relation verbs and attributes: reported where the word starts,
/// with a "did you mean" when a known word is close.
@Suite struct UnknownNameTests {
  @Test func unknownStatementSuggestsTheNearestKeyword() {
    let text = lines(
      "stakeholder a power=1 interest=1",
      "  stakholder b power=1 interest=1")
    #expect(diagnose(text) == [.error(2, 3, "unknown statement 'stakholder'; did you mean 'stakeholder'?")])
  }

  @Test func unknownStatementFarFromEveryKeywordListsTheStatements() {
    let text = lines(
      "stakeholder a power=1 interest=1",
      "frobnicate x")
    #expect(
      diagnose(text) == [
        .error(
          2, 1,
          "unknown statement 'frobnicate' (statements: title, goal, me, thresholds, domain, stakeholder, or a relation such as 'a -> b')"
        )
      ])
  }

  @Test func misspelledKeywordsOfEveryStatement() {
    let text = lines(
      "titel \"T\"",
      "gaol \"G\"",
      "thresolds power=5",
      "domian d {}")
    #expect(
      diagnose(text) == [
        .error(1, 1, "unknown statement 'titel'; did you mean 'title'?"),
        .error(2, 1, "unknown statement 'gaol'; did you mean 'goal'?"),
        .error(3, 1, "unknown statement 'thresolds'; did you mean 'thresholds'?"),
        .error(4, 1, "unknown statement 'domian'; did you mean 'domain'?"),
      ])
  }

  @Test func unknownRelationVerbSuggestsTheNearestVerb() {
    let text = lines(
      "stakeholder a power=1 interest=1",
      "stakeholder b power=1 interest=1",
      "a infleunces b",
      "b  depend-on a")
    #expect(
      diagnose(text) == [
        .error(3, 3, "unknown relation 'infleunces'; did you mean 'influences'?"),
        .error(4, 4, "unknown relation 'depend-on'; did you mean 'depends-on'?"),
      ])
  }

  @Test func unknownStakeholderAttributeSuggestsTheNearestKey() {
    let text = lines("stakeholder a power=1 interest=1 stanse=1")
    #expect(diagnose(text) == [.error(1, 34, "unknown attribute 'stanse' for a stakeholder; did you mean 'stance'?")])
  }

  @Test func unknownAttributeInABlockIsReportedOnItsLine() {
    let text = lines(
      "stakeholder a {",
      "  power    = 1",
      "  intrest  = 1",
      "}")
    #expect(
      diagnose(text) == [
        .warning(
          1, 13, "stakeholder 'a' has no interest rating; analysed as medium (5) and shown apart on the grid"),
        .error(3, 3, "unknown attribute 'intrest' for a stakeholder; did you mean 'interest'?"),
      ])
  }

  @Test func unknownAttributeFarFromEveryKeyListsTheKeys() {
    let text = lines("stakeholder a power=1 interest=1 colour=red")
    #expect(
      diagnose(text) == [
        .error(
          1, 34,
          "unknown attribute 'colour' for a stakeholder (known: role, power, interest, stance, legitimacy, urgency, openness, engagement, kind, goals, tags, note)"
        )
      ])
  }

  @Test func unknownRelationAndThresholdsAttributes() {
    let text = lines(
      "stakeholder a power=1 interest=1",
      "stakeholder b power=1 interest=1",
      "a -> b wieght=0.5",
      "thresholds powr=3")
    #expect(
      diagnose(text) == [
        .error(3, 8, "unknown attribute 'wieght' for a relation; did you mean 'weight'?"),
        .error(4, 12, "unknown attribute 'powr' for thresholds; did you mean 'power'?"),
      ])
  }

  @Test func attributeGivenTwiceNamesTheFirst() {
    let text = lines("stakeholder a power=1 interest=1 power=2")
    #expect(
      diagnose(text) == [
        .error(1, 34, "attribute 'power' is given twice", notes: [.note(1, 15, "the first 'power' is here")])
      ])
  }
}
