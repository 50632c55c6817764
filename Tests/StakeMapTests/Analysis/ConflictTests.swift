import Testing

@testable import StakeMap

/// Declared and inferred conflicts, common ground, severity and approach (FORMAT.md,
/// "Inferred conflict" and "Common ground").
@Suite struct ConflictTests {
  func conflicts(_ text: String, clout: [StakeholderID: Double] = [:]) -> [Conflict] {
    ConflictFinder.conflicts(in: parseMap(text), clout: clout)
  }

  // MARK: - Declared

  @Test func declaredConflictWithTopicAndCommonGround() {
    let found = conflicts(
      """
      stakeholder a goals=[Cost, speed, Reliability, cost]
      stakeholder b goals=[reliability, COST, hiring]
      a conflicts-with b "budget"
      """)
    #expect(found.count == 1)
    let c = found.first
    #expect(c?.a == "a")
    #expect(c?.b == "b")
    #expect(c?.kind == .declared)
    #expect(c?.topic == "budget")
    // Shared goals ignoring case, once each, in a's order and spelling.
    #expect(c?.commonGround == ["Cost", "Reliability"])
    #expect(c?.approach == .buildOnCommonGround(["Cost", "Reliability"]))
  }

  @Test func declaredConflictSidesFollowTheStatement() {
    let found = conflicts(
      """
      stakeholder a goals=[x, Y]
      stakeholder b goals=[y, X]
      b conflicts-with a topic="office space"
      """)
    #expect(found.first?.a == "b")
    #expect(found.first?.b == "a")
    #expect(found.first?.commonGround == ["y", "X"])  // b's order and spelling
    #expect(found.first?.topic == "office space")
  }

  @Test func declaredConflictWithoutTopicOrCommonGround() {
    let found = conflicts(
      """
      stakeholder a stance=champion goals=[speed]
      stakeholder b stance=champion goals=[cost]
      a conflicts-with b
      """)
    #expect(found.count == 1)  // declared whatever the stances
    #expect(found.first?.topic == nil)
    #expect(found.first?.commonGround == [])
  }

  // MARK: - Inferred

  @Test func inferredFromDependencyBetweenSupporterAndResister() {
    let found = conflicts(
      """
      stakeholder sup stance=supportive goals=[Speed]
      stakeholder res stance=resistant goals=[speed]
      sup depends-on res "sign-off"
      """)
    #expect(found.count == 1)
    #expect(found.first?.kind == .inferred)
    #expect(found.first?.a == "sup")
    #expect(found.first?.b == "res")
    #expect(found.first?.topic == "sign-off")
    #expect(found.first?.commonGround == ["Speed"])
  }

  @Test func inferredEitherDirection() {
    let found = conflicts(
      """
      stakeholder opp stance=opposed
      stakeholder champ stance=champion
      opp depends-on champ
      """)
    #expect(found.count == 1)
    #expect(found.first?.kind == .inferred)
    #expect(found.first?.a == "opp")
    #expect(found.first?.topic == nil)
  }

  @Test func inferredOncePerPairJoiningTopics() {
    let found = conflicts(
      """
      stakeholder a stance=1
      stakeholder b stance=-1
      a depends-on b "budget"
      b depends-on a "headcount"
      """)
    #expect(found.count == 1)
    #expect(found.first?.topic == "budget; headcount")
  }

  @Test func noInferredConflictWhenOneIsDeclared() {
    for declaration in ["a conflicts-with b \"scope\"", "b conflicts-with a \"scope\""] {
      let found = conflicts(
        """
        stakeholder a stance=supportive
        stakeholder b stance=opposed
        a depends-on b "budget"
        \(declaration)
        """)
      #expect(found.count == 1, "\(declaration)")
      #expect(found.first?.kind == .declared)
      #expect(found.first?.topic == "scope")
    }
  }

  @Test func noInferredConflictWithoutOppositeStances() {
    let pairs: [(Double, Double)] = [(1, 0), (0, -1), (2, 1), (-1, -2), (0.9, -2), (2, -0.9), (0, 0)]
    for (x, y) in pairs {
      let found = conflicts(
        """
        stakeholder a stance=\(x)
        stakeholder b stance=\(y)
        a depends-on b
        b depends-on a
        """)
      #expect(found.isEmpty, "stances \(x) and \(y)")
    }
    // The thresholds are inclusive: +1 and −1 conflict.
    #expect(conflicts("stakeholder a stance=1\nstakeholder b stance=-1\na depends-on b\n").count == 1)
  }

  @Test func influenceAndAllianceDoNotImplyConflict() {
    let found = conflicts(
      """
      stakeholder a stance=champion
      stakeholder b stance=opposed
      a -> b 0.9
      a allied-with b
      b reports-to a
      """)
    #expect(found.isEmpty)
  }

  @Test func declaredFirstThenInferred() {
    let found = conflicts(
      """
      stakeholder a stance=1
      stakeholder b stance=-1
      stakeholder c
      stakeholder d
      a depends-on b
      c conflicts-with d
      """)
    #expect(found.map(\.kind) == [.declared, .inferred])
    #expect(found.map(\.a) == ["c", "a"])
  }

  // MARK: - Severity

  @Test func severityGrowsWithPower() {
    var previous = -1.0
    for power in [0, 1, 3, 5, 8, 10] {
      let found = conflicts(
        """
        stakeholder a power=\(power) stance=1
        stakeholder b power=\(power) stance=-1
        a conflicts-with b
        """)
      let severity = found.first?.severity ?? -1
      #expect(severity > previous, "power \(power)")
      previous = severity
    }
    // The mean power, scaled from half (same stance) to full (stances 4 apart):
    // (8 + 4)/2 · (0.5 + 2/8) = 4.5.
    let c = conflicts("stakeholder a power=8 stance=1\nstakeholder b power=4 stance=-1\na depends-on b\n")
    expectNear(c.first?.severity, 4.5)
    #expect(c.first?.severityLevel == "medium")
  }

  @Test func severityGrowsWithStanceGap() {
    let near = conflicts("stakeholder a power=8 stance=1\nstakeholder b power=8 stance=1\na conflicts-with b\n")
    let far = conflicts("stakeholder a power=8 stance=2\nstakeholder b power=8 stance=-2\na conflicts-with b\n")
    expectNear(near.first?.severity, 4)
    expectNear(far.first?.severity, 8)
    #expect(far.first?.severityLevel == "high")
  }

  // MARK: - Approach

  @Test func commonGroundComesFirst() {
    let found = conflicts(
      """
      stakeholder a goals=[uptime]
      stakeholder b goals=[Uptime]
      a conflicts-with b
      """, clout: ["a": 10, "b": 0.1])
    #expect(found.first?.approach == .buildOnCommonGround(["uptime"]))
  }

  @Test func clearImbalanceLeansOnTheStrongerSide() {
    let text = "stakeholder a\nstakeholder b\na conflicts-with b\n"
    #expect(conflicts(text, clout: ["a": 1.5, "b": 1]).first?.approach == .leanOnStronger("a"))
    #expect(conflicts(text, clout: ["a": 0.2, "b": 0.9]).first?.approach == .leanOnStronger("b"))
    #expect(conflicts(text, clout: ["a": 1.49, "b": 1]).first?.approach == .balance)
    #expect(conflicts(text, clout: ["a": 1, "b": 1]).first?.approach == .balance)
    #expect(conflicts(text, clout: [:]).first?.approach == .balance)  // both 0
  }

  /// Through the whole analysis, clout mixes power and influence rank.
  @Test func approachThroughTheAnalysis() {
    let lean = analyse(
      """
      stakeholder small power=1 stance=resistant
      stakeholder big power=10 stance=supportive
      stakeholder x
      stakeholder y
      big -> x 0.9
      big -> y 0.9
      small depends-on big "budget"
      """)
    #expect(lean.conflicts.count == 1)
    #expect(lean.conflicts.first?.approach == .leanOnStronger("big"))
    #expect(lean.conflicts.first?.approach.key == "lean-on-stronger-side")

    let balance = analyse(
      """
      stakeholder a power=6 goals=[cost]
      stakeholder b power=6 goals=[speed]
      a conflicts-with b
      """)
    #expect(balance.conflicts.first?.approach == .balance)
    #expect(balance.conflicts.first?.approach.key == "balance-both")

    let shared = analyse(
      """
      stakeholder small power=1 goals=[cost]
      stakeholder big power=10 goals=[Cost]
      big -> small 0.9
      small conflicts-with big
      """)
    #expect(shared.conflicts.first?.approach == .buildOnCommonGround(["cost"]))
    #expect(shared.conflicts.first?.approach.key == "build-on-common-ground")
  }
}
