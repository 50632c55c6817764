import Testing

@testable import StakeMap

/// Brokerage roles by brute force over all ordered triples, from an adjacency matrix.
private func rolesByDefinition(
  count n: Int, edges: [(Int, Int, Double)], groups: [Int]
) -> [BrokerageRoles] {
  var tie = [[Bool]](repeating: [Bool](repeating: false, count: n), count: n)
  for (a, b, _) in edges where a != b { tie[a][b] = true }
  var roles = [BrokerageRoles](repeating: BrokerageRoles(), count: n)
  for a in 0..<n {
    for b in 0..<n where tie[a][b] {
      for c in 0..<n where tie[b][c] && c != a && !tie[a][c] {
        switch (groups[a] == groups[b], groups[b] == groups[c], groups[a] == groups[c]) {
        case (true, true, _): roles[b].coordinator += 1
        case (false, false, true): roles[b].itinerant += 1
        case (true, false, _): roles[b].representative += 1
        case (false, true, _): roles[b].gatekeeper += 1
        case (false, false, false): roles[b].liaison += 1
        }
      }
    }
  }
  return roles
}

@Suite struct NetworkBrokerageTests {
  /// Groups: 0, 1, 2 in A; 3 in B; 4 in C. Edges 0 <-> 1, 1 -> 2, 2 -> 3, 1 -> 3, 3 -> 0,
  /// 3 -> 4, 4 -> 0. Open two-paths by broker (a -> b -> c, a ≠ c, no a -> c):
  /// - 0: 3->0->1 (B,A,A) and 4->0->1 (C,A,A): gatekeeper 2 (1->0->1 has a = c).
  /// - 1: 0->1->2 (A,A,A) coordinator; 0->1->3 (A,A,B) representative.
  /// - 2: 1->2->3 is closed by 1 -> 3.
  /// - 3: 1->3->0 is closed by 1 -> 0; 1->3->4 (A,B,C) and 2->3->4 liaison 2;
  ///   2->3->0 (A,B,A) itinerant.
  /// - 4: 3->4->0 is closed by 3 -> 0.
  @Test func handMadeFiveNodes() {
    let edges: [(Int, Int, Double)] = [
      (0, 1, 1), (1, 0, 1), (1, 2, 1), (2, 3, 1), (1, 3, 1), (3, 0, 1), (3, 4, 1), (4, 0, 1),
    ]
    let groups = [7, 7, 7, -1, 3]
    let roles = InfluenceNetwork(count: 5, edges: edges).brokerageRoles(groups: groups)
    #expect(
      roles == [
        BrokerageRoles(gatekeeper: 2),
        BrokerageRoles(coordinator: 1, representative: 1),
        BrokerageRoles(),
        BrokerageRoles(itinerant: 1, liaison: 2),
        BrokerageRoles(),
      ])
    #expect(roles[3].total == 3)
    #expect(roles == rolesByDefinition(count: 5, edges: edges, groups: groups))
  }

  @Test func randomGraphsMatchBruteForce() {
    for seed in UInt64(1)...4 {
      let n = 40
      let edges = randomEdges(nodes: n, edges: 300, seed: seed)
      var generator = SplitMix64(seed: seed)
      let groups = (0..<n).map { _ in generator.nextInt(below: 4) - 1 }
      let roles = InfluenceNetwork(count: n, edges: edges).brokerageRoles(groups: groups)
      #expect(roles == rolesByDefinition(count: n, edges: edges, groups: groups))
      #expect(roles.contains { $0.liaison > 0 } && roles.contains { $0.coordinator > 0 })
    }
  }

  /// Hubs with many in- and out-edges exercise the binary-search lookup, and a graph
  /// this size the parallel path.
  @Test func denseHubsMatchBruteForce() {
    let n = 150
    var edges = randomEdges(nodes: n, edges: 6000, seed: 77)
    for v in 1..<(n - 1) where v % 2 == 0 { edges += [(0, v, 1), (v + 1, 0, 1)] }
    let groups = (0..<n).map { $0 % 3 }
    let network = InfluenceNetwork(count: n, edges: edges)
    let twoPaths = (0..<n).reduce(0) {
      $0 + network.predecessors(of: $1).count * network.successors(of: $1).count
    }
    #expect(twoPaths >= 200_000)  // takes the parallel path
    let roles = network.brokerageRoles(groups: groups)
    #expect(roles == rolesByDefinition(count: n, edges: edges, groups: groups))
  }

  @Test func domainGroupsFromAMap() {
    let map = StakeMap(
      domains: [Domain(id: "eng"), Domain(id: "sre", parent: "eng"), Domain(id: "fin")],
      stakeholders: [
        Stakeholder(id: "cto", domain: "eng"), Stakeholder(id: "sre_lead", domain: "sre"),
        Stakeholder(id: "cfo", domain: "fin"), Stakeholder(id: "me"),
      ])
    #expect(InfluenceNetwork.domainGroups(of: map) == [0, 1, 2, -1])
    #expect(InfluenceNetwork.domainGroups(of: map, outermost: true) == [0, 0, 2, -1])
  }
}
