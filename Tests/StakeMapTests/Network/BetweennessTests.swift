import Testing

@testable import StakeMap

/// Betweenness by its definition, independently of Brandes' accumulation: v lies on a
/// shortest s–t path iff d(s,v) + d(v,t) = d(s,t), on σ(s,v)·σ(v,t) of the σ(s,t) of
/// them. O(n³); for small test graphs.
private func betweennessByDefinition(count n: Int, edges: [(Int, Int, Double)]) -> [Double] {
  var successors = [[Int]](repeating: [], count: n)
  for (a, b, _) in edges where a != b && !successors[a].contains(b) { successors[a].append(b) }
  var distance = [[Int]](repeating: [Int](repeating: -1, count: n), count: n)
  var sigma = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
  for s in 0..<n {
    distance[s][s] = 0
    sigma[s][s] = 1
    var queue = [s]
    var head = 0
    while head < queue.count {
      let v = queue[head]
      head += 1
      for w in successors[v] {
        if distance[s][w] < 0 {
          distance[s][w] = distance[s][v] + 1
          queue.append(w)
        }
        if distance[s][w] == distance[s][v] + 1 { sigma[s][w] += sigma[s][v] }
      }
    }
  }
  var result = [Double](repeating: 0, count: n)
  guard n > 2 else { return result }
  for s in 0..<n {
    for t in 0..<n where t != s && distance[s][t] > 0 {
      for v in 0..<n where v != s && v != t && distance[s][v] > 0 && distance[v][t] > 0 {
        if distance[s][v] + distance[v][t] == distance[s][t] {
          result[v] += sigma[s][v] * sigma[v][t] / sigma[s][t]
        }
      }
    }
  }
  return result.map { $0 / Double((n - 1) * (n - 2)) }
}

@Suite struct NetworkBetweennessTests {
  /// 0 -> 1 -> 2 -> 3: node 1 is on (0,2) and (0,3), node 2 on (0,3) and (1,3);
  /// 2 / ((4 − 1)(4 − 2)) = 1/3.
  @Test func directedPath() {
    let network = InfluenceNetwork(count: 4, edges: [(0, 1, 1), (1, 2, 1), (2, 3, 1)])
    expectClose(network.betweenness(), [0, 1.0 / 3, 1.0 / 3, 0], tolerance: 1e-15)
  }

  /// A centre with two-way influence to 4 leaves is on all 4·3 ordered leaf pairs:
  /// 12 / (4·3) = 1. With one-way influence out of the centre it is on none.
  @Test func star() {
    var twoWay: [(Int, Int, Double)] = []
    for leaf in 1...4 { twoWay += [(0, leaf, 1), (leaf, 0, 1)] }
    expectClose(
      InfluenceNetwork(count: 5, edges: twoWay).betweenness(), [1, 0, 0, 0, 0], tolerance: 1e-15)
    let outward = (1...4).map { (0, $0, 1.0) }
    expectClose(
      InfluenceNetwork(count: 5, edges: outward).betweenness(), [0, 0, 0, 0, 0], tolerance: 0)
  }

  /// On a directed cycle of n, the path from s to the node d hops on has d − 1 inner
  /// nodes; by symmetry each node gets Σ_{d=1}^{n−1}(d − 1) = (n−1)(n−2)/2, normalised 1/2.
  @Test func directedCycle() {
    for n in [3, 4, 7] {
      let edges = (0..<n).map { ($0, ($0 + 1) % n, 1.0) }
      expectClose(
        InfluenceNetwork(count: n, edges: edges).betweenness(),
        [Double](repeating: 0.5, count: n), tolerance: 1e-15)
    }
  }

  /// Two shortest paths 0 -> 1 -> 3 and 0 -> 2 -> 3 share the pair (0,3): 1/2 each,
  /// normalised by 3·2.
  @Test func splitShortestPaths() {
    let network = InfluenceNetwork(count: 4, edges: [(0, 1, 1), (0, 2, 1), (1, 3, 1), (2, 3, 1)])
    expectClose(network.betweenness(), [0, 1.0 / 12, 1.0 / 12, 0], tolerance: 1e-15)
  }

  @Test func weightsAreIgnored() {
    let light = InfluenceNetwork(count: 4, edges: [(0, 1, 0.1), (1, 3, 0.1), (0, 2, 1), (2, 3, 1)])
    expectClose(light.betweenness(), [0, 1.0 / 12, 1.0 / 12, 0], tolerance: 1e-15)
  }

  @Test func twoOrFewerNodesGiveZeros() {
    #expect(InfluenceNetwork(count: 2, edges: [(0, 1, 1), (1, 0, 1)]).betweenness() == [0, 0])
    #expect(InfluenceNetwork(count: 1, edges: []).betweenness() == [0])
  }

  /// Reference: `networkx.betweenness_centrality(G)` (networkx 3.6.1,
  /// Scripts/networkx_reference.py) on the random 30-node graph.
  @Test func random30MatchesNetworkx() {
    let networkx = [
      0.1386607291592299, 0.10410094697549187, 0.04941160372194855, 0.14558107850836485,
      0.003222495894909688, 0.07440699293210537, 0.0116504247876062, 0.04066969491444754,
      0.04983579638752052, 0.102292008757526, 0.04696907498631637, 0.0950328407224959,
      0.06169676641271201, 0.11583075384076667, 0.08148351419528334, 0.02095648604269294,
      0.023740616936429745, 0.009298029556650246, 0.0, 0.19179755360415027,
      0.005214357107160706, 0.037829299635896325, 0.04866416706612681, 0.10835585608556268,
      0.009226190476190476, 0.14757529823523613, 0.06446534385868291, 0.0,
      0.010047952214369004, 0.04927476737821566,
    ]
    let network = InfluenceNetwork(count: 30, edges: random30Edges)
    expectClose(network.betweenness(), networkx, tolerance: 1e-12)
    expectClose(betweennessByDefinition(count: 30, edges: random30Edges), networkx, tolerance: 1e-12)
  }

  /// Reference: networkx 3.6.1's sampled Brandes with these sources (its single-source
  /// accumulation, then `_rescale(..., sampled_nodes=sources)`), from
  /// Scripts/networkx_reference.py.
  @Test func givenSourcesMatchNetworkxSampling() {
    let networkx = [
      0.1046626984126984, 0.05052437641723355, 0.10657596371882083, 0.16723356009070295, 0.0,
      0.0665391156462585, 0.011224489795918365, 0.04922288359788359, 0.0063775510204081625,
      0.08021541950113377, 0.030612244897959183, 0.003968253968253968, 0.0784438775510204,
      0.23433956916099768, 0.07263321995464851, 0.023809523809523805, 0.021471088435374153,
      0.0018707482993197278, 0.0, 0.22354497354497355, 0.003996598639455782,
      0.02355442176870748, 0.08459467120181405, 0.08713624338624337, 0.008715986394557822,
      0.1613236961451247, 0.07069160997732425, 0.0, 0.006094104308390022, 0.09738756613756613,
    ]
    let network = InfluenceNetwork(count: 30, edges: random30Edges)
    expectClose(network.betweenness(sources: [0, 4, 7, 11, 19, 23, 29]), networkx, tolerance: 1e-12)
    // Order and repeats of the sources do not matter.
    expectClose(
      network.betweenness(sources: [29, 23, 19, 11, 7, 4, 0, 7]), networkx, tolerance: 1e-12)
  }

  @Test func samplingEveryNodeIsExact() {
    let network = InfluenceNetwork(count: 30, edges: random30Edges)
    let exact = network.betweenness()
    expectClose(network.betweenness(pivots: 30, seed: 7), exact, tolerance: 1e-12)
    expectClose(network.betweenness(pivots: 1000, seed: 7), exact, tolerance: 1e-12)
    expectClose(network.betweenness(sources: Array((0..<30).reversed())), exact, tolerance: 1e-12)
  }

  @Test func samplingIsReproducibleFromTheSeed() {
    let network = InfluenceNetwork(count: 100, edges: randomEdges(nodes: 100, edges: 400, seed: 3))
    let first = network.betweenness(pivots: 20, seed: 99)
    #expect(first == network.betweenness(pivots: 20, seed: 99))
    #expect(first != network.betweenness(pivots: 20, seed: 100))
    #expect(first != network.betweenness())
  }

  /// SplitMix64's published first outputs for seed 0 pin the generator down.
  @Test func splitMix64KnownValues() {
    var generator = SplitMix64(seed: 0)
    #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
    #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
    var bounded = SplitMix64(seed: 1)
    for _ in 0..<1000 { #expect((0..<7).contains(bounded.nextInt(below: 7))) }
  }

  /// From sparse graphs with long chains (every level expanded top-down) to dense ones
  /// (most levels bottom-up, from the unreached nodes' in-edges), with a chain added so
  /// that a search switches direction and back: always the definition's values.
  @Test(arguments: [1, 2, 4, 8, 16, 30])
  func bothSearchDirectionsMatchTheDefinition(averageDegree: Int) {
    for seed in 0..<8 {
      let n = 60
      var edges = randomEdges(nodes: n, edges: n * averageDegree, seed: UInt64(100 * averageDegree + seed))
      let existing = Set(edges.map { $0.0 * n + $0.1 })
      for v in 0..<(n - 1) where !existing.contains(v * n + v + 1) { edges.append((v, v + 1, 0.5)) }
      let network = InfluenceNetwork(count: n, edges: edges)
      expectClose(network.betweenness(), betweennessByDefinition(count: n, edges: edges), tolerance: 1e-12)
    }
  }

  /// Large enough to run in parallel chunks; compared with the definition.
  @Test func parallelChunksMatchTheDefinition() {
    let edges = randomEdges(nodes: 300, edges: 7000, seed: 11)
    let network = InfluenceNetwork(count: 300, edges: edges)
    #expect(300 * (300 + network.edgeCount) >= 2_000_000)  // takes the parallel path
    let result = network.betweenness()
    expectClose(result, betweennessByDefinition(count: 300, edges: edges), tolerance: 1e-12)
    #expect(result == network.betweenness())  // bit for bit, run to run
  }
}
