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

  /// Below it, on the calling thread.
  @Test func smallNetworkMatchesTheTwoCalls() {
    let (network, x0, openness) = randomCase(count: 50, edgeCount: 200, seed: 11)
    let (ranks, prediction) = network.rankAndPredictedStance(initial: x0, openness: openness)
    #expect(ranks == network.pageRank())
    #expect(prediction == network.predictedStance(initial: x0, openness: openness))
  }
}
