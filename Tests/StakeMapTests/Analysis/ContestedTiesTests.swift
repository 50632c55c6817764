import Testing

@testable import StakeMap

/// Ties on a chain between two people who conflict (used by factions).
@Suite struct ContestedTiesTests {
  @Test func chainIsContestedEndToEnd() {
    // 0 – 1 – 2 – 3, and 3 – 4 hanging off; 0 conflicts with 3.
    let contested = ContestedTies.contested(
      count: 5, edges: [(0, 1), (1, 2), (2, 3), (3, 4)], conflicts: [(0, 3)])
    #expect(contested == [true, true, true, false])
  }

  @Test func cycleOnThePathIsContestedCycleOffItIsNot() {
    // 0 – 1 – 2 with a detour 0 – 5 – 2 (a cycle on the path), and a cycle 2 – 3 – 4 – 2
    // beyond 2; 0 conflicts with 2.
    let edges = [(0, 1), (1, 2), (0, 5), (5, 2), (2, 3), (3, 4), (4, 2)]
    let contested = ContestedTies.contested(count: 6, edges: edges, conflicts: [(0, 2)])
    #expect(contested == [true, true, true, true, false, false, false])
  }

  @Test func parallelTiesAndNoConflicts() {
    let edges = [(0, 1), (1, 0), (1, 2)]
    #expect(ContestedTies.contested(count: 3, edges: edges, conflicts: []) == [false, false, false])
    #expect(ContestedTies.contested(count: 3, edges: edges, conflicts: [(0, 1)]) == [true, true, false])
    #expect(ContestedTies.contested(count: 3, edges: edges, conflicts: [(2, 0)]) == [true, true, true])
  }

  @Test func pathThroughACutVertexMarksBothBlocks() {
    // A star around 0: 1 – 0 – 2, 0 – 3; 1 conflicts with 2.
    let contested = ContestedTies.contested(
      count: 4, edges: [(1, 0), (0, 2), (0, 3)], conflicts: [(1, 2)])
    #expect(contested == [true, true, false])
  }

  @Test func conflictAcrossComponentsMarksNothing() {
    let contested = ContestedTies.contested(
      count: 4, edges: [(0, 1), (2, 3)], conflicts: [(0, 3)])
    #expect(contested == [false, false])
  }

  /// Against brute force on small random graphs: an edge is contested exactly when
  /// some simple path between a conflicting pair uses it.
  @Test(arguments: 0..<200)
  func matchesBruteForce(seed: UInt64) {
    var g = SplitMix64(seed: seed)
    let n = 2 + g.nextInt(below: 6)
    var edges: [(Int, Int)] = []
    for _ in 0..<(g.nextInt(below: 2 * n) + 1) {
      let a = g.nextInt(below: n)
      let b = g.nextInt(below: n)
      if a != b { edges.append((a, b)) }
    }
    var conflicts: [(Int, Int)] = []
    for _ in 0..<(1 + g.nextInt(below: 2)) {
      let a = g.nextInt(below: n)
      let b = g.nextInt(below: n)
      if a != b { conflicts.append((a, b)) }
    }
    var onPath = [Bool](repeating: false, count: edges.count)
    // Depth-first search of every simple path from x; mark its edges when it reaches y.
    func search(_ node: Int, _ target: Int, _ visited: inout [Bool], _ used: inout [Int]) {
      if node == target {
        for e in used { onPath[e] = true }
        return
      }
      for (e, (a, b)) in edges.enumerated() where a == node || b == node {
        let next = a == node ? b : a
        guard !visited[next] else { continue }
        visited[next] = true
        used.append(e)
        search(next, target, &visited, &used)
        used.removeLast()
        visited[next] = false
      }
    }
    for (x, y) in conflicts {
      var visited = [Bool](repeating: false, count: n)
      visited[x] = true
      var used: [Int] = []
      search(x, y, &visited, &used)
    }
    let contested = ContestedTies.contested(count: n, edges: edges, conflicts: conflicts)
    #expect(contested == onPath, "seed \(seed): \(edges) \(conflicts)")
  }
}
