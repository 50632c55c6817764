import Testing

@testable import StakeMap

@Suite struct NetworkComponentsTests {
  /// Cormen et al., "Introduction to Algorithms", figure 22.9 (nodes a…h = 0…7; its
  /// self-loop h -> h is dropped): components {a,b,e}, {c,d}, {f,g}, {h}.
  @Test func textbookGraph() {
    let edges: [(Int, Int, Double)] = [
      (0, 1, 1), (1, 2, 1), (1, 4, 1), (1, 5, 1), (2, 3, 1), (2, 6, 1), (3, 2, 1), (3, 7, 1),
      (4, 0, 1), (4, 5, 1), (5, 6, 1), (6, 5, 1), (6, 7, 1),
    ]
    let scc = InfluenceNetwork(count: 8, edges: edges).stronglyConnectedComponents()
    #expect(Set(scc.components) == [[0, 1, 4], [2, 3], [5, 6], [7]])
    // Sinks first: every edge between components goes to an earlier-listed one.
    for (a, b, _) in edges where scc.componentOfNode[a] != scc.componentOfNode[b] {
      #expect(scc.componentOfNode[a] > scc.componentOfNode[b])
    }
    #expect(scc.components[0] == [7])
    #expect(scc.components.last == [0, 1, 4])
    for (c, members) in scc.components.enumerated() {
      for v in members { #expect(scc.componentOfNode[v] == c) }
    }
  }

  /// Same component exactly when each reaches the other, on random graphs.
  @Test func agreesWithMutualReachability() {
    for seed in UInt64(1)...4 {
      let network = InfluenceNetwork(
        count: 40, edges: randomEdges(nodes: 40, edges: 60, seed: seed))
      let scc = network.stronglyConnectedComponents()
      let reachable = (0..<40).map { Set(network.reach(from: $0).nodes + [$0]) }
      for u in 0..<40 {
        for v in 0..<40 {
          let mutual = reachable[u].contains(v) && reachable[v].contains(u)
          #expect(mutual == (scc.componentOfNode[u] == scc.componentOfNode[v]))
        }
      }
      #expect(scc.components.map(\.count).reduce(0, +) == 40)
    }
  }

  /// A 100,000-node cycle and a 100,000-node chain: no recursion, no stack overflow.
  @Test func longCycleAndChain() {
    let n = 100_000
    let cycle = InfluenceNetwork(count: n, edges: (0..<n).map { ($0, ($0 + 1) % n, 1.0) })
    let one = cycle.stronglyConnectedComponents()
    #expect(one.count == 1)
    #expect(one.components[0].count == n)
    let chain = InfluenceNetwork(count: n, edges: (0..<(n - 1)).map { ($0, $0 + 1, 1.0) })
    let many = chain.stronglyConnectedComponents()
    #expect(many.count == n)
    #expect(many.components.first == [n - 1])
    #expect(many.components.last == [0])
  }
}
