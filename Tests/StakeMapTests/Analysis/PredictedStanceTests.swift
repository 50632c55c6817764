import Testing

@testable import StakeMap

/// Predicted stance at map level (FORMAT.md, "Predicted stance"): Friedkin–Johnsen on
/// x0 = stance/2, reported ×2 on the −2…+2 scale.
@Suite struct PredictedStanceTests {
  /// A -> B. B hears only A, so W_BA = 1 whatever the weight:
  ///   x*_A = x0_A (nobody influences A),
  ///   x*_B = λ_B·x*_A + (1 − λ_B)·x0_B.
  /// With stance A = +2 (x0 = 1), B = −1 (x0 = −0.5), λ_B = 0.3:
  ///   x*_B = 0.3·1 + 0.7·(−0.5) = −0.05, reported as −0.1.
  @Test func twoPeopleClosedForm() {
    let a = analyse(
      """
      stakeholder a stance=champion openness=0.9
      stakeholder b stance=resistant openness=0.3
      a -> b 0.4
      """)
    expectNear(a.predicted("a"), 2)
    expectNear(a.predicted("b"), -0.1)
  }

  /// λ_B = 0.5, stances +2 and −2: x*_B = 0.5·1 + 0.5·(−1) = 0.
  @Test func twoPeopleMeetHalfway() {
    let a = analyse("stakeholder a stance=2\nstakeholder b stance=-2\na -> b 1\n")
    expectNear(a.predicted("b"), 0)
    // Fully closed: B keeps their stance. Fully open: B takes A's.
    expectNear(analyse("stakeholder a stance=2\nstakeholder b stance=-2 openness=0\na -> b 1\n").predicted("b"), -2)
    expectNear(analyse("stakeholder a stance=2\nstakeholder b stance=-2 openness=1\na -> b 1\n").predicted("b"), 2)
  }

  /// a and b influence each other (λ = 0.5 each, stances +2 and −2, so x0 = 1 and −1);
  /// c (λ = 1, stance 0) hears a with 0.3 and b with 0.1, so W_c = (0.75, 0.25):
  ///   x_a = 0.5·x_b + 0.5, x_b = 0.5·x_a − 0.5
  ///   ⇒ x_a = 0.25·x_a − 0.25 + 0.5 ⇒ x_a = 1/3, x_b = −1/3,
  ///   x_c = 0.75·(1/3) + 0.25·(−1/3) = 1/6.
  /// Reported: a 2/3, b −2/3, c 1/3.
  @Test func threePeopleClosedForm() {
    let a = analyse(
      """
      stakeholder a stance=champion
      stakeholder b stance=opposed
      stakeholder c openness=1
      a -> b 0.7
      b -> a 0.2
      a -> c 0.3
      b -> c 0.1
      """)
    expectNear(a.predicted("a"), 2.0 / 3)
    expectNear(a.predicted("b"), -2.0 / 3)
    expectNear(a.predicted("c"), 1.0 / 3)
    #expect(a.consensusGroups.isEmpty)
  }

  /// An implied `reports-to` influence counts, with row normalisation: c reports to a
  /// (implied a -> c, 0.5) and listens to b with 1: W_c = (1/3, 2/3). λ_c = 0.8,
  /// stances a +2, b −2, c 0 (x0 = 1, −1, 0):
  ///   x_c = 0.8·(1/3·1 + 2/3·(−1)) = −0.8/3, reported −1.6/3 = −8/15.
  @Test func reportsToInfluenceCounts() {
    let a = analyse(
      """
      stakeholder a stance=2
      stakeholder b stance=-2
      stakeholder c openness=0.8
      b -> c 1
      c reports-to a
      """)
    expectNear(a.predicted("c"), -8.0 / 15)
    // Without the reporting line c hears only b: 0.8·(−1) = −0.8, reported −1.6.
    expectNear(
      analyse("stakeholder a stance=2\nstakeholder b stance=-2\nstakeholder c openness=0.8\nb -> c 1\n").predicted("c"),
      -1.6)
  }

  @Test func isolatedPersonKeepsTheirStance() {
    let a = analyse(
      """
      stakeholder alone stance=-1 openness=1
      stakeholder speaker stance=1.5 openness=1
      stakeholder listener stance=0 openness=0.5
      speaker -> listener 0.8
      """)
    expectNear(a.predicted("alone"), -1)
    expectNear(a.predicted("speaker"), 1.5)  // influences others, hears nobody
    expectNear(a.predicted("listener"), 0.75)
  }

  /// Predictions stay within the range of the stances.
  @Test(arguments: 0..<20)
  func predictionsStayWithinTheStances(seed: UInt64) {
    let a = analyse(RandomMap(seed: seed).text())
    let stances = a.people.map(\.stakeholder.stance)
    let (low, high) = (stances.min() ?? 0, stances.max() ?? 0)
    for p in a.people {
      #expect(p.predictedStance >= low - 1e-9 && p.predictedStance <= high + 1e-9)
    }
  }
}
