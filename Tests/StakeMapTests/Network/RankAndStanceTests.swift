import Testing

@testable import StakeMap

/// `rankAndPredictedStance` runs PageRank and Friedkin–Johnsen on two threads; its
/// results must be those of the two calls one after the other, bit for bit.
@Suite struct RankAndStanceTests {
  /// A random network of `count` people and `edgeCount` influences, with stances and
  /// openness, from a seed.
  private func randomCase(count: Int, edgeCount: Int, seed: UInt64)
    -> (InfluenceNetwork, x0: [Double], openness: [Double])
  {
    var random = SplitMix64(seed: seed)
    var edges: [(Int, Int, Double)] = []
    edges.reserveCapacity(edgeCount)
    while edges.count < edgeCount {
      let a = Int(random.next() % UInt64(count))
      let b = Int(random.next() % UInt64(count))
      if a != b { edges.append((a, b, Double(random.next() % 100 + 1) / 100)) }
    }
    let x0 = (0..<count).map { _ in Double(Int(random.next() % 5) - 2) / 2 }
    let openness = (0..<count).map { _ in Double(random.next() % 101) / 100 }
    return (InfluenceNetwork(count: count, edges: edges), x0, openness)
  }

  /// Above the size at which the two run at the same time.
  @Test func largeNetworkMatchesTheTwoCalls() {
    let (network, x0, openness) = randomCase(count: 10_000, edgeCount: 95_000, seed: 7)
    #expect(network.count + network.edgeCount >= 100_000)
    let (ranks, prediction) = network.rankAndPredictedStance(initial: x0, openness: openness)
    #expect(ranks == network.pageRank())
    #expect(prediction == network.predictedStance(initial: x0, openness: openness))
    #expect(prediction.converged)
    #expect(abs(ranks.reduce(0, +) - 1) < 1e-9)
  }

  /// The ally gain estimate solves Friedkin–Johnsen (with components found once) and
  /// its adjoint at the same time on a large network; the gains are those of the two
  /// solves done one after the other from the public entry points.
  @Test func allyGainsOnALargeNetworkMatchTheTwoSolves() {
    let (network, x0, openness) = randomCase(count: 10_000, edgeCount: 95_000, seed: 3)
    let weights = (0..<network.count).map { Double($0 % 7 + 1) / 40_000 }
    let estimator = AllyGainEstimator(network: network, weights: weights)
    #expect(estimator.components != nil)
    let candidates = Array(stride(from: 0, to: network.count, by: 97))
    var start: [Double]? = nil
    let gains = estimator.gains(x0: x0, openness: openness, candidates: candidates, adjointStart: &start)
    let x = network.predictedStance(initial: x0, openness: openness, tolerance: 1e-10).stance
    let y = estimator.adjoint(openness: openness)
    #expect(start == y)
    let expected = candidates.map { c in
      2 * (AllyFinder.wonStance - x[c]) * y[c] / estimator.diagonal(c, openness: openness)
    }
    #expect(gains == expected)
  }

  /// Below it, on the calling thread.
  @Test func smallNetworkMatchesTheTwoCalls() {
    let (network, x0, openness) = randomCase(count: 50, edgeCount: 200, seed: 11)
    let (ranks, prediction) = network.rankAndPredictedStance(initial: x0, openness: openness)
    #expect(ranks == network.pageRank())
    #expect(prediction == network.predictedStance(initial: x0, openness: openness))
  }
}
