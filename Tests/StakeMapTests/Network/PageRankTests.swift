import Testing

@testable import StakeMap

@Suite struct NetworkPageRankTests {
  @Test func mutualInfluenceSplitsEvenly() {
    let network = InfluenceNetwork(count: 2, edges: [(0, 1, 0.9), (1, 0, 0.1)])
    expectClose(network.pageRank(), [0.5, 0.5], tolerance: 1e-12)
  }

  @Test func aCycleRanksEveryoneEqually() {
    let network = InfluenceNetwork(count: 3, edges: [(0, 1, 0.3), (1, 2, 0.6), (2, 0, 0.9)])
    expectClose(network.pageRank(), [1.0 / 3, 1.0 / 3, 1.0 / 3], tolerance: 1e-12)
  }

  /// Hand-computed: the centre c influences three leaves; each leaf listens only to c,
  /// and c listens to nobody (dangling: its rank spreads uniformly). With n = 4,
  /// α = 0.85: x_leaf = 0.15/4 + 0.85·x_c/4 and x_c + 3·x_leaf = 1, so
  /// x_c = 0.8875 / 1.6375 and x_leaf = (1 − x_c) / 3.
  @Test func starCentreByHand() {
    let network = InfluenceNetwork(count: 4, edges: [(0, 1, 1), (0, 2, 0.5), (0, 3, 0.2)])
    let centre = 0.8875 / 1.6375
    let leaf = (1 - centre) / 3
    expectClose(network.pageRank(), [centre, leaf, leaf, leaf], tolerance: 1e-12)
  }

  /// Reference: `networkx.pagerank(G.reverse(), alpha=0.85, weight="weight",
  /// tol=1e-15, max_iter=10000)` (networkx 3.6.1, Scripts/networkx_reference.py).
  /// Node 0 listens to nobody (dangling); node 3 influences nobody.
  @Test func smallWeightedGraphMatchesNetworkx() {
    let network = InfluenceNetwork(
      count: 4,
      edges: [(0, 1, 0.7), (0, 2, 0.3), (1, 2, 0.5), (2, 1, 0.9), (1, 3, 0.4), (2, 3, 1.0)])
    let networkx = [0.30632011828828254, 0.2883417904676806, 0.30274506610777685, 0.10259302513626009]
    expectClose(network.pageRank(), networkx, tolerance: 1e-9)
  }

  /// A chain 0 -> 1 -> 2 and two isolated nodes; networkx reference as above.
  @Test func danglingNodesSpreadUniformly() {
    let network = InfluenceNetwork(count: 5, edges: [(0, 1, 1.0), (1, 2, 1.0)])
    let networkx = [
      0.34658134051869305, 0.24924216908049884, 0.1347254968002695, 0.1347254968002695,
      0.1347254968002695,
    ]
    let rank = network.pageRank()
    expectClose(rank, networkx, tolerance: 1e-9)
    #expect(abs(rank.reduce(0, +) - 1) < 1e-12)
  }

  /// networkx reference on the random 30-node graph (see NetworkTestSupport).
  @Test func random30MatchesNetworkx() {
    let network = InfluenceNetwork(count: 30, edges: random30Edges)
    let networkx = [
      0.08608612794024204, 0.03739842793820004, 0.020540449737031986, 0.10148680896556404,
      0.029055008683525917, 0.024789441505292165, 0.008340528397969234, 0.016197625789919547,
      0.022345547859612336, 0.03672642607562493, 0.07256852615794136, 0.04262222729234581,
      0.025020167384012162, 0.04647619884154282, 0.0758414044026611, 0.039756418223979365,
      0.01516063867977182, 0.028506124619993266, 0.005000000000000001, 0.03952477880158611,
      0.008188166348692528, 0.028216274640384436, 0.016937996731081907, 0.03693178013271631,
      0.009522313257302635, 0.04115408097666598, 0.02950016963838623, 0.005000000000000001,
      0.027626162620829148, 0.023480178357124903,
    ]
    expectClose(network.pageRank(), networkx, tolerance: 1e-9)
  }

  @Test func ranksSumToOneAndArePositive() {
    for seed in UInt64(1)...5 {
      let network = InfluenceNetwork(
        count: 200, edges: randomEdges(nodes: 200, edges: 600, seed: seed))
      let rank = network.pageRank()
      #expect(abs(rank.reduce(0, +) - 1) < 1e-12)
      #expect(rank.allSatisfy { $0 >= 0.15 / 200 - 1e-15 })  // at least the teleport share
    }
  }

  /// The rank vector is the fixed point of the defining equation, checked by a plain,
  /// independent evaluation of it.
  @Test func rankIsTheFixedPointOfTheDefinition() {
    let edges = randomEdges(nodes: 60, edges: 150, seed: 42)
    let rank = InfluenceNetwork(count: 60, edges: edges).pageRank()
    var inTotal = [Double](repeating: 0, count: 60)
    for (_, b, w) in edges { inTotal[b] += w }
    var dangling = 0.0
    for b in 0..<60 where inTotal[b] == 0 { dangling += rank[b] }
    var expected = [Double](repeating: 0.15 / 60 + 0.85 * dangling / 60, count: 60)
    for (a, b, w) in edges { expected[a] += 0.85 * rank[b] * w / inTotal[b] }
    expectClose(rank, expected, tolerance: 1e-11)
  }

  @Test func fewIterationsStillSumToOne() {
    let network = InfluenceNetwork(count: 30, edges: random30Edges)
    let rank = network.pageRank(maxIterations: 2)
    #expect(abs(rank.reduce(0, +) - 1) < 1e-12)
    #expect(rank != network.pageRank())
  }

  /// Large networks split each iteration over the cores: the same ranks as one thread
  /// (each node's new rank is computed alike; only the order of summing the change,
  /// and so at most the last iteration, can differ), and the same run to run.
  @Test func chunkedIterationsGiveTheSameRanks() {
    let edges = randomEdges(nodes: 2_000, edges: 12_000, seed: 5)
    let network = InfluenceNetwork(count: 2_000, edges: edges)
    let single = network.pageRank(damping: 0.85, tolerance: 1e-12, maxIterations: 1000, chunks: 1)
    let chunked = network.pageRank(damping: 0.85, tolerance: 1e-12, maxIterations: 1000, chunks: 8)
    #expect(zip(single, chunked).allSatisfy { abs($0 - $1) < 1e-12 })
    #expect(abs(chunked.reduce(0, +) - 1) < 1e-12)
    #expect(chunked == network.pageRank(damping: 0.85, tolerance: 1e-12, maxIterations: 1000, chunks: 8))
  }
}
