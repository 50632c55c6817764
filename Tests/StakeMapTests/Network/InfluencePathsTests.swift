import Testing

@testable import StakeMap

@Suite struct NetworkPathTests {
  @Test func fewestHopsBeatsAStrongerLongerChain() {
    let network = InfluenceNetwork(count: 4, edges: [(0, 3, 0.1), (0, 1, 1), (1, 3, 1)])
    #expect(network.influencePath(from: 0, to: 3) == [0, 3])
    let paths = network.influencePaths(from: 0)
    #expect(paths.hops[3] == 1)
    #expect(paths.strength[3] == 0.1)
  }

  @Test func amongEqualHopsTheStrongerProductWins() {
    // 0.9·0.9 = 0.81 through node 2 beats 1.0·0.5 = 0.5 through node 1.
    let network = InfluenceNetwork(
      count: 4, edges: [(0, 1, 1.0), (1, 3, 0.5), (0, 2, 0.9), (2, 3, 0.9)])
    #expect(network.influencePath(from: 0, to: 3) == [0, 2, 3])
    #expect(abs(network.influencePaths(from: 0).strength[3] - 0.81) < 1e-15)
  }

  @Test func equalProductsGoThroughTheLowerIndex() {
    // 0.5·1 = 1·0.5 through nodes 1 and 2.
    let network = InfluenceNetwork(
      count: 4, edges: [(0, 2, 1), (2, 3, 0.5), (0, 1, 0.5), (1, 3, 1)])
    #expect(network.influencePath(from: 0, to: 3) == [0, 1, 3])
    // Three factors in different orders round differently: (0.1·0.2)·0.3 is one ulp
    // above (0.3·0.2)·0.1. They still tie, and the lower index wins.
    let three = InfluenceNetwork(
      count: 6,
      edges: [(0, 3, 0.1), (3, 4, 0.2), (4, 5, 0.3), (0, 1, 0.3), (1, 2, 0.2), (2, 5, 0.1)])
    #expect((0.1 * 0.2) * 0.3 > (0.3 * 0.2) * 0.1)
    #expect(three.influencePath(from: 0, to: 5) == [0, 1, 2, 5])
  }

  @Test func unreachableAndSelf() {
    let network = InfluenceNetwork(count: 3, edges: [(0, 1, 0.5)])
    #expect(network.influencePath(from: 0, to: 2) == nil)
    #expect(network.influencePath(from: 1, to: 0) == nil)
    #expect(network.influencePath(from: 2, to: 2) == [2])
    let paths = network.influencePaths(from: 0)
    #expect(paths.hops == [0, 1, -1])
    #expect(paths.strength == [1, 0.5, 0])
    #expect(paths.predecessor == [-1, 0, -1])
    #expect(!paths.reaches(2))
    #expect(paths.reaches(0))
  }

  /// Every chosen chain is a real chain whose weights multiply to the reported strength,
  /// with the BFS hop count, and no chain of the same length is stronger (checked by
  /// brute force over all walks of that length).
  @Test func randomGraphChainsAreBest() {
    let n = 25
    let edges = randomEdges(nodes: n, edges: 60, seed: 5)
    let network = InfluenceNetwork(count: n, edges: edges)
    var weight = [[Double?]](repeating: [Double?](repeating: nil, count: n), count: n)
    for (a, b, w) in edges { weight[a][b] = w }
    for source in 0..<n {
      let paths = network.influencePaths(from: source)
      // best[v] over walks of exactly h hops, by dynamic programming on h.
      var best = [Double](repeating: -1, count: n)
      best[source] = 1
      var byHops = [best]
      for _ in 0..<n {
        var next = [Double](repeating: -1, count: n)
        for a in 0..<n where best[a] >= 0 {
          for b in 0..<n { if let w = weight[a][b] { next[b] = max(next[b], best[a] * w) } }
        }
        best = next
        byHops.append(best)
      }
      for target in 0..<n {
        guard let chain = paths.path(to: target) else {
          #expect(byHops.allSatisfy { $0[target] < 0 } || target == source)
          continue
        }
        #expect(chain.first == source && chain.last == target)
        #expect(chain.count - 1 == paths.hops[target])
        var product = 1.0
        for (a, b) in zip(chain, chain.dropFirst()) { product *= weight[a][b] ?? .nan }
        #expect(abs(product - paths.strength[target]) < 1e-12)
        #expect(abs(byHops[paths.hops[target]][target] - product) < 1e-12)
        for h in 0..<paths.hops[target] { #expect(byHops[h][target] < 0) }
      }
    }
  }

  @Test func reachByLayers() {
    // 0 -> 1, 0 -> 2, 1 -> 3, 2 -> 3, 3 -> 4; 5 is apart; 4 -> 0 closes a cycle.
    let network = InfluenceNetwork(
      count: 6, edges: [(0, 2, 1), (0, 1, 1), (1, 3, 1), (2, 3, 1), (3, 4, 1), (4, 0, 1)])
    let reach = network.reach(from: 0)
    #expect(reach.layers == [[0], [1, 2], [3], [4]])
    #expect(reach.count == 4)
    #expect(reach.nodes == [1, 2, 3, 4])
    #expect(reach.depth == 3)
    #expect(network.reach(from: 0, maxHops: 1).layers == [[0], [1, 2]])
    #expect(network.reach(from: 5).count == 0)
    #expect(network.reach(from: 5).layers == [[5]])
  }
}
