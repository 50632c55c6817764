import Testing

@testable import StakeMap

@Suite struct NetworkStanceTests {
  /// Two people influencing each other; each hears only the other, so W = [[0,1],[1,0]].
  /// x_a = 0.2·x_b + 0.8·1 and x_b = 0.6·x_a + 0.4·(−1) give x_a = 0.72/0.88 = 9/11 and
  /// x_b = 1/11.
  @Test func twoPeopleClosedForm() {
    let network = InfluenceNetwork(count: 2, edges: [(0, 1, 0.7), (1, 0, 0.3)])
    let result = network.predictedStance(initial: [1, -1], openness: [0.2, 0.6])
    expectClose(result.stance, [9.0 / 11, 1.0 / 11], tolerance: 1e-11)
    #expect(result.consensusGroups.isEmpty)
    #expect(result.converged)
  }

  /// a -> c (0.6), b -> c (0.2), c -> a (1), a -> b (0.5); λ = (0.5, 1, 0.8),
  /// x0 = (1, 0, −1). c hears a and b with 0.75 and 0.25; a hears c; b hears a:
  /// x_a = 0.5·x_c + 0.5, x_b = x_a, x_c = 0.8·(0.75·x_a + 0.25·x_b) − 0.2 = 0.8·x_a − 0.2,
  /// so x_a = 0.4/0.6 = 2/3, x_b = 2/3, x_c = 1/3.
  @Test func threePeopleClosedForm() {
    let network = InfluenceNetwork(
      count: 3, edges: [(0, 2, 0.6), (1, 2, 0.2), (2, 0, 1), (0, 1, 0.5)])
    let result = network.predictedStance(initial: [1, 0, -1], openness: [0.5, 1, 0.8])
    expectClose(result.stance, [2.0 / 3, 2.0 / 3, 1.0 / 3], tolerance: 1e-11)
    #expect(result.consensusGroups.isEmpty)  // b is fully open, but a and c are not
  }

  @Test func withoutIncomingInfluenceNobodyMoves() {
    let network = InfluenceNetwork(count: 3, edges: [(0, 1, 0.5)])
    let result = network.predictedStance(initial: [0.5, -0.5, 1], openness: [1, 0, 1])
    // Node 1 is closed (λ = 0); nodes 0 and 2 hear nobody, whatever their openness.
    expectClose(result.stance, [0.5, -0.5, 1], tolerance: 0)
    #expect(result.consensusGroups.isEmpty)
  }

  /// A chain solved exactly in topological order: x1 = 0.5·x0 + 0.5·x0_1, and so on.
  @Test func chainFollowsItsSource() {
    let network = InfluenceNetwork(count: 3, edges: [(0, 1, 0.3), (1, 2, 0.9)])
    let result = network.predictedStance(initial: [1, 0, -1], openness: [0.5, 0.5, 1])
    expectClose(result.stance, [1, 0.5, 0.5], tolerance: 1e-15)
  }

  /// a, b, c fully open, a <-> b <-> c, no influence from outside: a consensus group.
  /// b hears a (0.2) and c (0.6), so W = [[0,1,0],[0.25,0,0.75],[0,1,0]], whose
  /// stationary distribution is π = (0.125, 0.5, 0.375); the consensus is
  /// π·x0 = 0.125·1 + 0.5·0 + 0.375·(−0.2) = 0.05. The group is periodic (a, c | b), so
  /// plain iteration would oscillate. d hears b with λ = 0.5: 0.5·0.05 + 0.5·1 = 0.525.
  /// e -> f -> e with openness 1 and 0.9 is closed but has a stubborn member; g has no
  /// incoming influence.
  @Test func consensusGroupIsReported() {
    let network = InfluenceNetwork(
      count: 7,
      edges: [
        (0, 1, 0.2), (1, 0, 0.4), (2, 1, 0.6), (1, 2, 0.4), (1, 3, 1),
        (4, 5, 0.5), (5, 4, 0.5),
      ])
    let result = network.predictedStance(
      initial: [1, 0, -0.2, 1, 0.4, -0.4, 0.3], openness: [1, 1, 1, 0.5, 1, 0.9, 1])
    #expect(result.consensusGroups == [[0, 1, 2]])
    expectClose(Array(result.stance[0...3]), [0.05, 0.05, 0.05, 0.525], tolerance: 1e-10)
    // e hears only f (λ = 1): x_e = x_f; f: x_f = 0.9·x_e + 0.1·(−0.4), so x_f = −0.4.
    expectClose(Array(result.stance[4...6]), [-0.4, -0.4, 0.3], tolerance: 1e-10)
    #expect(result.converged)
  }

  @Test func consensusGroupsFedFromOutsideAreNotReported() {
    // 0 <-> 1 fully open, but 2 influences 1: 2 is the group's anchor, all end at x0_2.
    let network = InfluenceNetwork(count: 3, edges: [(0, 1, 1), (1, 0, 1), (2, 1, 1)])
    let result = network.predictedStance(initial: [1, -1, 0.5], openness: [1, 1, 0.5])
    #expect(result.consensusGroups.isEmpty)
    expectClose(result.stance, [0.5, 0.5, 0.5], tolerance: 1e-10)
  }

  @Test func zeroWeightInfluenceDoesNotCount() {
    // The only influence from outside has weight 0, so {0, 1} is closed: a consensus.
    let network = InfluenceNetwork(count: 3, edges: [(0, 1, 1), (1, 0, 1), (2, 1, 0)])
    let result = network.predictedStance(initial: [1, -0.5, 0.5], openness: [1, 1, 1])
    #expect(result.consensusGroups == [[0, 1]])
    expectClose(result.stance, [0.25, 0.25, 0.5], tolerance: 1e-10)
  }

  /// On random graphs with openness below 1, the result satisfies x = ΛWx + (I − Λ)x0,
  /// evaluated here directly, and matches plain (Jacobi) iteration of the definition.
  @Test func randomGraphsSatisfyTheFixedPoint() {
    for seed in UInt64(1)...4 {
      let n = 50
      let edges = randomEdges(nodes: n, edges: 150, seed: seed)
      var generator = SplitMix64(seed: seed &+ 1000)
      let x0 = (0..<n).map { _ in Double(generator.nextInt(below: 2001)) / 1000 - 1 }
      let lambda = (0..<n).map { _ in Double(generator.nextInt(below: 951)) / 1000 }
      let result = InfluenceNetwork(count: n, edges: edges).predictedStance(
        initial: x0, openness: lambda)
      var inTotal = [Double](repeating: 0, count: n)
      for (_, b, w) in edges { inTotal[b] += w }
      func step(_ x: [Double]) -> [Double] {
        var heard = [Double](repeating: 0, count: n)
        for (a, b, w) in edges { heard[b] += w * x[a] / inTotal[b] }
        return (0..<n).map { inTotal[$0] > 0 ? lambda[$0] * heard[$0] + (1 - lambda[$0]) * x0[$0] : x0[$0] }
      }
      expectClose(step(result.stance), result.stance, tolerance: 1e-11)
      var jacobi = x0
      for _ in 0..<2000 { jacobi = step(jacobi) }
      expectClose(result.stance, jacobi, tolerance: 1e-9)
      #expect(result.stance.allSatisfy { (-1...1).contains($0) })
    }
  }
}
