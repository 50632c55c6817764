/// The influence graph of a map as flat arrays: who influences whom, and how strongly.
///
/// Node `i` is `map.stakeholders[i]`. An edge `a -> b` of weight `w` means that `a`
/// influences `b` with strength `w` (0–1 in a valid map). Adjacency is stored twice in
/// compressed sparse row (CSR) form: out-edges grouped by source, and in-edges grouped
/// by target, each group sorted by the node at the other end. There are no self-loops
/// and at most one edge per ordered pair.
///
/// The analyses (``pageRank(damping:tolerance:maxIterations:)``, ``betweenness()``,
/// ``predictedStance(initial:openness:tolerance:maxIterations:)``,
/// ``influencePaths(from:)``, ``brokerageRoles(groups:)``…) are pure functions of this
/// value and return one entry per node, in node order.
///
/// Memory: about `16·n + 24·m` bytes plus the id index, for n nodes and m edges.
public struct InfluenceNetwork: Sendable, Equatable {
  /// The stakeholder of each node, in node order (the map's order).
  public let ids: [StakeholderID]
  /// The node of each stakeholder id. With duplicate ids (an invalid map) the first
  /// stakeholder wins.
  public let index: [StakeholderID: Int]
  /// Out-edges of node `i` are positions `outOffsets[i] ..< outOffsets[i + 1]` of
  /// ``outTargets`` and ``outWeights``; `n + 1` entries.
  public let outOffsets: [Int]
  /// The influenced node of each out-edge, ascending within a node's group.
  public let outTargets: [Int32]
  /// The weight of each out-edge.
  public let outWeights: [Double]
  /// In-edges of node `i` are positions `inOffsets[i] ..< inOffsets[i + 1]` of
  /// ``inSources`` and ``inWeights``; `n + 1` entries.
  public let inOffsets: [Int]
  /// The influencing node of each in-edge, ascending within a node's group.
  public let inSources: [Int32]
  /// The weight of each in-edge.
  public let inWeights: [Double]

  /// The number of nodes.
  public var count: Int { ids.count }

  /// The number of edges (after dropping self-loops and merging duplicates).
  public var edgeCount: Int { outTargets.count }

  /// Builds the network of a map's influences, declared and implied
  /// (``StakeMap/influenceRelations``).
  ///
  /// Relations naming an unknown stakeholder, and self-influences, are skipped. When
  /// the same ordered pair appears twice, the later relation's weight wins. A relation
  /// without a weight has weight 0.5. Weights that are negative or not finite count as 0.
  ///
  /// - Complexity: O(n + m log d) for n stakeholders, m influences and the largest
  ///   out-degree d.
  public init(_ map: StakeMap) {
    let ids = map.stakeholders.map(\.id)
    var index: [StakeholderID: Int] = [:]
    index.reserveCapacity(ids.count)
    for (i, id) in ids.enumerated() where index[id] == nil {
      index[id] = i
    }
    // The influences of `map.influenceRelations`, read straight from the relations with
    // integer endpoints: a `reports-to` implies its influence only when no influence
    // with the same ends is declared, which the CSR build settles per source (declared
    // edges first), so no set of relation identities (hashing ids) is needed.
    var sources: [Int32] = []
    var targets: [Int32] = []
    var weights: [Double] = []
    var implied: [Bool] = []
    let capacity = map.relations.count
    sources.reserveCapacity(capacity)
    targets.reserveCapacity(capacity)
    weights.reserveCapacity(capacity)
    implied.reserveCapacity(capacity)
    for relation in map.relations {
      switch relation.kind {
      case .influences:
        guard let a = index[relation.from], let b = index[relation.to] else { continue }
        sources.append(Int32(a))
        targets.append(Int32(b))
        weights.append(relation.effectiveWeight)
        implied.append(false)
      case .reportsTo:
        // `A reports-to B` implies `B -> A` of weight 0.5.
        guard let a = index[relation.to], let b = index[relation.from] else { continue }
        sources.append(Int32(a))
        targets.append(Int32(b))
        weights.append(0.5)
        implied.append(true)
      default:
        continue
      }
    }
    self.init(ids: ids, index: index, sources: sources, targets: targets, weights: weights, implied: implied)
  }

  /// Builds a network from node indices, for tests and benchmarks.
  ///
  /// Each edge `(a, b, w)` means node `a` influences node `b` with weight `w`. Edges
  /// with an endpoint outside `0 ..< count`, and self-loops, are skipped; a repeated
  /// ordered pair keeps the last weight; negative or non-finite weights count as 0.
  ///
  /// - Parameters:
  ///   - count: the number of nodes, ≥ 0.
  ///   - edges: the influences.
  ///   - ids: the node ids; by default `"0"`, `"1"`, … When given, it must have `count`
  ///     entries.
  /// - Complexity: O(n + m log d).
  public init(count: Int, edges: [(Int, Int, Double)], ids: [StakeholderID]? = nil) {
    let n = max(0, count)
    let nodeIDs = ids ?? (0..<n).map { StakeholderID(String($0)) }
    precondition(nodeIDs.count == n, "ids must have one entry per node")
    var index: [StakeholderID: Int] = [:]
    index.reserveCapacity(n)
    for (i, id) in nodeIDs.enumerated() where index[id] == nil {
      index[id] = i
    }
    var sources: [Int32] = []
    var targets: [Int32] = []
    var weights: [Double] = []
    sources.reserveCapacity(edges.count)
    targets.reserveCapacity(edges.count)
    weights.reserveCapacity(edges.count)
    for (a, b, w) in edges where a >= 0 && a < n && b >= 0 && b < n {
      sources.append(Int32(a))
      targets.append(Int32(b))
      weights.append(w)
    }
    self.init(ids: nodeIDs, index: index, sources: sources, targets: targets, weights: weights)
  }

  /// Builds both CSR layouts from an edge list whose endpoints are valid node indices.
  ///
  /// An edge marked `implied` (from a `reports-to`) is kept only when no unmarked edge
  /// has the same ends; among unmarked edges with the same ends the last one wins.
  private init(
    ids: [StakeholderID], index: [StakeholderID: Int],
    sources: [Int32], targets: [Int32], weights: [Double], implied: [Bool]? = nil
  ) {
    let n = ids.count
    self.ids = ids
    self.index = index

    // Stable counting sort of the edges by source, keeping input order within a source.
    var counts = [Int](repeating: 0, count: n + 1)
    for s in sources { counts[Int(s) + 1] += 1 }
    for i in 0..<n { counts[i + 1] += counts[i] }
    var bySource = [Int](repeating: 0, count: sources.count)
    var cursor = counts
    for e in sources.indices {
      let s = Int(sources[e])
      bySource[cursor[s]] = e
      cursor[s] += 1
    }

    // Per source: drop self-loops and earlier duplicates (scan backwards, keep the first
    // seen, which is the last declared), then sort by target.
    var outOffsets = [Int](repeating: 0, count: n + 1)
    var outTargets: [Int32] = []
    var outWeights: [Double] = []
    outTargets.reserveCapacity(sources.count)
    outWeights.reserveCapacity(sources.count)
    var seenBy = [Int32](repeating: -1, count: n)
    var group: [(target: Int32, weight: Double)] = []
    for s in 0..<n {
      group.removeAll(keepingCapacity: true)
      // Declared edges first, then implied ones (only the declared pass without marks).
      for pass in 0..<(implied == nil ? 1 : 2) {
        let takingImplied = pass == 1
        var p = counts[s + 1] - 1
        while p >= counts[s] {
          let e = bySource[p]
          let t = targets[e]
          if (implied?[e] ?? false) == takingImplied && Int(t) != s && seenBy[Int(t)] != Int32(s) {
            seenBy[Int(t)] = Int32(s)
            let w = weights[e]
            group.append((t, w.isFinite && w > 0 ? w : 0))
          }
          p -= 1
        }
      }
      group.sort { $0.target < $1.target }
      for (t, w) in group {
        outTargets.append(t)
        outWeights.append(w)
      }
      outOffsets[s + 1] = outTargets.count
    }

    // In-edges: a counting sort of the out-edges by target; scanning sources in order
    // leaves each target's sources ascending.
    let m = outTargets.count
    var inOffsets = [Int](repeating: 0, count: n + 1)
    for t in outTargets { inOffsets[Int(t) + 1] += 1 }
    for i in 0..<n { inOffsets[i + 1] += inOffsets[i] }
    var inSources = [Int32](repeating: 0, count: m)
    var inWeights = [Double](repeating: 0, count: m)
    var next = inOffsets
    for s in 0..<n {
      for e in outOffsets[s]..<outOffsets[s + 1] {
        let t = Int(outTargets[e])
        inSources[next[t]] = Int32(s)
        inWeights[next[t]] = outWeights[e]
        next[t] += 1
      }
    }

    self.outOffsets = outOffsets
    self.outTargets = outTargets
    self.outWeights = outWeights
    self.inOffsets = inOffsets
    self.inSources = inSources
    self.inWeights = inWeights
  }

  /// The nodes that `node` influences, ascending. O(1) to create.
  public func successors(of node: Int) -> ArraySlice<Int32> {
    outTargets[outOffsets[node]..<outOffsets[node + 1]]
  }

  /// The nodes that influence `node`, ascending. O(1) to create.
  public func predecessors(of node: Int) -> ArraySlice<Int32> {
    inSources[inOffsets[node]..<inOffsets[node + 1]]
  }

  /// The weight of the influence `from -> to`, or `nil` when there is none.
  ///
  /// - Complexity: O(log d) for the out-degree d of `from`.
  public func weight(from: Int, to: Int) -> Double? {
    var lo = outOffsets[from]
    var hi = outOffsets[from + 1]
    let target = Int32(to)
    while lo < hi {
      let mid = (lo + hi) / 2
      if outTargets[mid] < target { lo = mid + 1 } else { hi = mid }
    }
    return lo < outOffsets[from + 1] && outTargets[lo] == target ? outWeights[lo] : nil
  }
}
