import StakeMap
import Testing

/// `reports-to` must not go round in a circle; everything else about hierarchy is fine.
@Suite struct ReportingCycleTests {
  static let people = lines(
    "stakeholder a power=1 interest=1",
    "stakeholder b power=1 interest=1",
    "stakeholder c power=1 interest=1",
    "stakeholder d power=1 interest=1")

  @Test func twoCycleIsReportedAtItsLastRelation() {
    let text =
      Self.people
      + lines(
        "a reports-to b",
        "  b reports-to a")
    #expect(diagnose(text) == [.error(6, 3, "reporting cycle: a reports-to b reports-to a")])
  }

  @Test func threeCycleIsReportedAtItsLastRelation() {
    let text =
      Self.people
      + lines(
        "b reports-to c",
        "a reports-to b",
        "d reports-to a",
        "c reports-to a")
    // The circle is named from the stakeholder first named in a `reports-to`.
    #expect(diagnose(text) == [.error(8, 1, "reporting cycle: b reports-to c reports-to a reports-to b")])
  }

  @Test func eachCycleIsReportedOnce() {
    let text =
      Self.people
      + lines(
        "a reports-to b",
        "b reports-to a",
        "c reports-to d",
        "d reports-to c")
    #expect(
      diagnose(text) == [
        .error(6, 1, "reporting cycle: a reports-to b reports-to a"),
        .error(8, 1, "reporting cycle: c reports-to d reports-to c"),
      ])
  }

  @Test func chainWithoutCycleIsFine() {
    let map = validMap(
      Self.people
        + lines(
          "a reports-to b",
          "b reports-to c",
          "c reports-to d"))
    #expect(map.relations(.reportsTo).count == 3)
  }

  @Test func matrixReportingToTwoManagersIsFine() {
    let map = validMap(
      Self.people
        + lines(
          "a reports-to b",
          "a reports-to c",
          "b reports-to d",
          "c reports-to d"))
    #expect(
      map.relations(.reportsTo) == [
        Relation(.reportsTo, from: "a", to: "b"),
        Relation(.reportsTo, from: "a", to: "c"),
        Relation(.reportsTo, from: "b", to: "d"),
        Relation(.reportsTo, from: "c", to: "d"),
      ])
  }

  @Test func influenceCyclesAreFine() {
    let map = validMap(
      Self.people
        + lines(
          "a -> b",
          "b -> a",
          "a reports-to b"))
    #expect(map.relations.count == 3)
  }
}
