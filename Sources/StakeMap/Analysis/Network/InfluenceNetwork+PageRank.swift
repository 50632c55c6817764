extension InfluenceNetwork {
  /// Influence rank: PageRank over the "listens-to" graph, by power iteration.
  ///
  /// An influence `a -> b` of weight `w` becomes an edge `b -> a` of weight `w` (b
  /// listens to a), so rank flows from the influenced to their influencers: whoever
  /// influences many well-ranked people ranks high. Each node's listens-to weights are
  /// normalised to sum to 1; a node that listens to nobody (no incoming influence, or
  /// only zero weights) spreads its rank uniformly over all nodes, and every node
  /// teleports with probability `1 − damping` to a uniformly chosen node.
  ///
  /// This is `networkx.pagerank(G.reverse(), alpha=damping, weight="weight")` (FORMAT.md,
  /// "Influence rank"); the results agree within 1e-6 at the default tolerance.
  ///
  /// - Parameters:
  ///   - damping: the probability of following an edge, in 0 ..< 1. Default 0.85.
  ///   - tolerance: stop when the L1 change of the rank vector in one iteration is
  ///     below `count · tolerance` (networkx's rule). Default 1e-12.
  ///   - maxIterations: stop after this many iterations even if not converged (the
  ///     error shrinks by a factor `damping` per iteration, so about 170 iterations
  ///     reach 1e-12). Default 1000.
  /// - Returns: one rank per node, each in 0…1, summing to 1; `[]` for an empty network.
  /// - Complexity: O((n + m) · iterations) time, O(n) extra memory.
  public func pageRank(
    damping: Double = 0.85, tolerance: Double = 1e-12, maxIterations: Int = 1000
  ) -> [Double] {
    let n = count
    guard n > 0 else { return [] }
    let alpha = min(max(damping, 0), 1)
    let uniform = 1 / Double(n)

    // Per node b: 1 / (total weight of the influences on b), or 0 when b is dangling
    // in the listens-to graph.
    var inverseInWeight = [Double](repeating: 0, count: n)
    var dangling: [Int32] = []
    inWeights.withUnsafeBufferPointer { weights in
      for b in 0..<n {
        var total = 0.0
        for e in inOffsets[b]..<inOffsets[b + 1] { total += weights[e] }
        if total > 0 {
          inverseInWeight[b] = 1 / total
        } else {
          dangling.append(Int32(b))
        }
      }
    }

    var rank = [Double](repeating: uniform, count: n)
    var next = [Double](repeating: 0, count: n)
    var share = [Double](repeating: 0, count: n)
    let threshold = Double(n) * tolerance

    outOffsets.withUnsafeBufferPointer { offsets in
      outTargets.withUnsafeBufferPointer { targets in
        outWeights.withUnsafeBufferPointer { weights in
          inverseInWeight.withUnsafeBufferPointer { inverse in
            for _ in 0..<max(maxIterations, 0) {
              let change: Double = rank.withUnsafeMutableBufferPointer { x in
                next.withUnsafeMutableBufferPointer { y in
                  share.withUnsafeMutableBufferPointer { s in
                    var danglingRank = 0.0
                    for b in dangling { danglingRank += x[Int(b)] }
                    for b in 0..<n { s[b] = x[b] * inverse[b] }
                    let base = (1 - alpha) * uniform + alpha * danglingRank * uniform
                    var change = 0.0
                    for a in 0..<n {
                      var sum = 0.0
                      for e in offsets[a]..<offsets[a + 1] {
                        sum += weights[e] * s[Int(targets[e])]
                      }
                      let value = base + alpha * sum
                      y[a] = value
                      change += abs(value - x[a])
                    }
                    return change
                  }
                }
              }
              swap(&rank, &next)
              if change < threshold { break }
            }
          }
        }
      }
    }

    var total = 0.0
    for value in rank { total += value }
    if total > 0 {
      for i in 0..<n { rank[i] /= total }
    }
    return rank
  }
}
