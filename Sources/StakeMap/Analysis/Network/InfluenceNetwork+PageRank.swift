import Dispatch

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
  /// - Complexity: O((n + m) · iterations) time, split over the cores above half a
  ///   million nodes and edges; O(n) extra memory.
  public func pageRank(
    damping: Double = 0.85, tolerance: Double = 1e-12, maxIterations: Int = 1000
  ) -> [Double] {
    pageRank(
      damping: damping, tolerance: tolerance, maxIterations: maxIterations,
      chunks: edgeCount + count < 500_000 ? 1 : 8)
  }

  /// ``pageRank(damping:tolerance:maxIterations:)`` with each iteration split into
  /// `chunks` parts run in parallel (1: on the calling thread).
  func pageRank(damping: Double, tolerance: Double, maxIterations: Int, chunks: Int) -> [Double] {
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
                    // Each node's new rank depends only on the old ranks, so large
                    // networks split the nodes into a fixed number of chunks (from the
                    // size alone) that run on every core; the chunks' changes are added
                    // in chunk order, so the result is the same on any machine.
                    let chunks = max(1, min(chunks, n))
                    let changes = UnsafeMutableBufferPointer<Double>.allocate(capacity: chunks)
                    defer { changes.deallocate() }
                    nonisolated(unsafe) let (xs, ys, ss, partial) = (x, y, s, changes)
                    nonisolated(unsafe) let (starts, ends, strengths) = (offsets, targets, weights)
                    let step: @Sendable (Int) -> Void = { chunk in
                      var change = 0.0
                      for a in (n * chunk / chunks)..<(n * (chunk + 1) / chunks) {
                        var sum = 0.0
                        for e in starts[a]..<starts[a + 1] {
                          sum += strengths[e] * ss[Int(ends[e])]
                        }
                        let value = base + alpha * sum
                        ys[a] = value
                        change += abs(value - xs[a])
                      }
                      partial[chunk] = change
                    }
                    if chunks == 1 {
                      step(0)
                    } else {
                      DispatchQueue.concurrentPerform(iterations: chunks, execute: step)
                    }
                    var change = 0.0
                    for chunk in 0..<chunks { change += changes[chunk] }
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
