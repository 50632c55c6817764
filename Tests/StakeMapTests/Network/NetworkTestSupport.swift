import Testing

@testable import StakeMap

/// Expects two vectors to have the same length and agree entry by entry within `tolerance`.
func expectClose(
  _ actual: [Double], _ expected: [Double], tolerance: Double = 1e-9,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  #expect(actual.count == expected.count, sourceLocation: sourceLocation)
  for (i, (a, e)) in zip(actual, expected).enumerated() {
    #expect(
      abs(a - e) <= tolerance, "entry \(i): \(a) vs \(e)", sourceLocation: sourceLocation)
  }
}

/// A random simple directed graph: `edgeCount` distinct ordered pairs without self-loops,
/// weights in 0.05…1, reproducible from `seed`.
func randomEdges(nodes: Int, edges edgeCount: Int, seed: UInt64) -> [(Int, Int, Double)] {
  var generator = SplitMix64(seed: seed)
  var seen = Set<Int>()
  var edges: [(Int, Int, Double)] = []
  while edges.count < edgeCount {
    let a = generator.nextInt(below: nodes)
    let b = generator.nextInt(below: nodes)
    if a == b || !seen.insert(a * nodes + b).inserted { continue }
    let w = 0.05 + 0.95 * Double(generator.nextInt(below: 1_000_000)) / 1_000_000
    edges.append((a, b, w))
  }
  return edges
}

/// A random permutation of `0 ..< n` from a seed (Fisher–Yates).
func randomPermutation(_ n: Int, seed: UInt64) -> [Int] {
  var generator = SplitMix64(seed: seed)
  var permutation = Array(0..<n)
  for i in stride(from: n - 1, to: 0, by: -1) {
    permutation.swapAt(i, generator.nextInt(below: i + 1))
  }
  return permutation
}

/// A map with stakeholders `ids` (in that order) and the given influences by id.
func influenceMap(
  _ ids: [StakeholderID], _ influences: [(StakeholderID, StakeholderID, Double)]
) -> StakeMap {
  StakeMap(
    stakeholders: ids.map { Stakeholder(id: $0) },
    relations: influences.map { Relation(.influences, from: $0.0, to: $0.1, weight: $0.2) })
}

/// The 30-node graph of Scripts/networkx_reference.py (Python's random.Random(20240611)):
/// 90 distinct influences, weights rounded to 0.01.
let random30Edges: [(Int, Int, Double)] = [
  (19, 26, 0.78), (8, 25, 0.19), (22, 24, 0.87), (10, 0, 0.27), (21, 9, 0.91), (3, 27, 0.1),
  (11, 23, 0.33), (19, 2, 0.22), (0, 6, 0.36), (7, 9, 0.34), (13, 12, 0.25), (14, 19, 0.7),
  (21, 11, 0.44), (26, 7, 0.86), (1, 23, 0.59), (11, 8, 0.41), (26, 6, 0.56), (29, 13, 0.7),
  (26, 27, 0.68), (12, 0, 0.36), (29, 22, 0.54), (11, 3, 0.68), (14, 10, 0.8), (1, 3, 0.59),
  (5, 21, 1.0), (25, 21, 0.97), (9, 22, 0.79), (10, 22, 0.25), (16, 29, 0.06), (26, 17, 0.07),
  (26, 11, 0.4), (16, 23, 0.83), (22, 1, 0.57), (4, 29, 0.93), (2, 23, 0.29), (26, 24, 0.8),
  (0, 19, 0.75), (8, 19, 0.97), (4, 2, 0.28), (10, 11, 0.47), (12, 1, 0.12), (7, 5, 0.52),
  (19, 22, 0.44), (5, 9, 0.64), (23, 28, 0.83), (28, 1, 0.72), (25, 24, 0.81), (10, 21, 0.71),
  (2, 12, 0.4), (13, 3, 0.95), (9, 0, 0.39), (6, 5, 0.26), (28, 13, 0.78), (23, 19, 0.86),
  (11, 19, 0.35), (25, 29, 0.31), (19, 1, 0.44), (15, 17, 0.66), (25, 7, 0.44), (17, 5, 0.86),
  (2, 28, 0.34), (9, 16, 0.26), (23, 13, 0.41), (21, 6, 0.79), (13, 25, 0.68), (14, 23, 0.07),
  (0, 3, 0.85), (11, 25, 0.59), (10, 19, 0.38), (22, 7, 0.55), (13, 16, 0.07), (1, 25, 0.73),
  (19, 25, 0.57), (3, 14, 0.23), (0, 1, 0.93), (8, 1, 0.84), (20, 9, 0.24), (0, 23, 0.71),
  (14, 9, 0.22), (25, 8, 0.87), (25, 20, 0.21), (3, 0, 0.77), (10, 4, 0.32), (17, 26, 0.77),
  (15, 11, 0.72), (24, 8, 0.4), (12, 18, 0.38), (5, 19, 0.3), (0, 15, 0.85), (10, 12, 0.9),
]
