import StakeMap
import Testing

/// Relations and `me` that name stakeholders nobody declares.
@Suite struct ReferenceTests {
  @Test func relationNamingAnUnknownStakeholder() {
    let text = lines(
      "stakeholder alice power=1 interest=1",
      "stakeholder bob power=1 interest=1",
      "alice -> carol",
      "dave depends-on bob",
      "alice allied-with alcie")
    #expect(
      diagnose(text) == [
        .error(3, 10, "unknown stakeholder 'carol'"),
        .error(4, 1, "unknown stakeholder 'dave'"),
        .error(5, 19, "unknown stakeholder 'alcie'; did you mean 'alice'?"),
      ])
  }

  @Test func bothEndsUnknownAreBothReported() {
    let text = lines(
      "stakeholder alice power=1 interest=1",
      "x conflicts-with y")
    #expect(
      diagnose(text) == [
        .error(2, 1, "unknown stakeholder 'x'"),
        .error(2, 18, "unknown stakeholder 'y'"),
      ])
  }

  @Test func meNamingAnUnknownStakeholderSuggestsTheNearest() {
    let text = lines(
      "me    alcie",
      "stakeholder alice power=1 interest=1")
    #expect(diagnose(text) == [.error(1, 7, "unknown stakeholder 'alcie'; did you mean 'alice'?")])
  }

  @Test func anUnresolvedRelationIsLeftOut() {
    let result = parse(
      lines(
        "stakeholder a power=1 interest=1",
        "stakeholder b power=1 interest=1",
        "a -> b",
        "a -> nobody"))
    #expect(!result.isValid)
    #expect(result.map.relations == [Relation(.influences, from: "a", to: "b")])
  }

  @Test func idsAreCaseSensitive() {
    let text = lines(
      "stakeholder Alice power=1 interest=1",
      "stakeholder bob power=1 interest=1",
      "alice -> bob")
    #expect(diagnose(text) == [.error(3, 1, "unknown stakeholder 'alice'; did you mean 'Alice'?")])
  }
}
