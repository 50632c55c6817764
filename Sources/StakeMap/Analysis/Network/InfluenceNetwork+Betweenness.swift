import Dispatch

extension InfluenceNetwork {
  /// Brokerage: betweenness centrality on the directed, unweighted influence graph
  /// (Brandes' algorithm), normalised.
  ///
  /// For node v, the sum over ordered pairs (s, t) of distinct nodes other than v of the
  /// fraction of shortest s → t chains of influence (fewest hops; weights ignored) that
  /// pass through v, divided by (n − 1)(n − 2). Each value is in 0…1. This is
  /// `networkx.betweenness_centrality(G)` (FORMAT.md, "Brokerage"); with n ≤ 2 every
  /// value is 0.
  ///
  /// Large graphs use every core: the sources are split into a fixed number of chunks
  /// that depends only on n (never on the machine), each chunk is accumulated with its
  /// own scratch arrays, and the chunk totals are added in chunk order, so the result is
  /// the same bit for bit on any machine.
  ///
  /// - Returns: one value per node, in 0…1.
  /// - Complexity: O(n · (n + m)) time, split over the cores; O(n · c) extra memory for
  ///   c ≤ 32 chunks. At 100,000 nodes this takes minutes: see
  ///   ``betweenness(pivots:seed:)``.
  public func betweenness() -> [Double] {
    let n = count
    guard n > 2 else { return [Double](repeating: 0, count: n) }
    var result = brandesDependencies(sources: Array(0..<n))
    let scale = 1 / (Double(n - 1) * Double(n - 2))
    for v in 0..<n { result[v] *= scale }
    return result
  }

  /// Betweenness estimated from `k` source nodes drawn at random (sampled Brandes, as
  /// `networkx.betweenness_centrality(G, k=k)`), reproducible from `seed`.
  ///
  /// The k sources are a uniform sample without replacement drawn by a ``SplitMix64``
  /// seeded with `seed` (a partial Fisher–Yates shuffle), so the same network, k and
  /// seed give the same result everywhere. See ``betweenness(sources:)`` for the scaling.
  /// With `k ≥ n` this is ``betweenness()``.
  ///
  /// - Parameters:
  ///   - k: how many sources, ≥ 1. The estimate's error shrinks like 1/√k.
  ///   - seed: any value.
  /// - Returns: one estimate per node, normalised like ``betweenness()``.
  /// - Complexity: O(n + k · (n + m)) time, split over the cores.
  public func betweenness(pivots k: Int, seed: UInt64) -> [Double] {
    let n = count
    if k >= n { return betweenness() }
    var nodes = Array(0..<n)
    var generator = SplitMix64(seed: seed)
    let k = max(k, 1)
    for i in 0..<k {
      let j = i + generator.nextInt(below: n - i)
      nodes.swapAt(i, j)
    }
    return betweenness(sources: Array(nodes[0..<k]).sorted())
  }

  /// Betweenness estimated from the shortest paths that start at the given sources.
  ///
  /// Scaled as networkx 3.6 does for a sample of k distinct sources (endpoints
  /// excluded): a node that is itself a source has its dependency total divided by
  /// (k − 1)(n − 2), any other node by k(n − 2). Each rescaling is an unbiased estimate
  /// of ``betweenness()`` for a uniform sample, and when the sources are every node
  /// the result is exactly ``betweenness()``. With k = 1 the source's own estimate is
  /// 0 (networkx gives NaN there). Duplicate and out-of-range sources are ignored.
  ///
  /// - Parameter sources: node indices.
  /// - Returns: one estimate per node, ≥ 0 (an estimate may exceed 1).
  /// - Complexity: O(k · (n + m)) time, split over the cores.
  public func betweenness(sources: [Int]) -> [Double] {
    let n = count
    guard n > 2 else { return [Double](repeating: 0, count: n) }
    var isSource = [Bool](repeating: false, count: n)
    var unique: [Int] = []
    for s in sources where s >= 0 && s < n && !isSource[s] {
      isSource[s] = true
      unique.append(s)
    }
    let k = unique.count
    guard k > 0 else { return [Double](repeating: 0, count: n) }
    var result = brandesDependencies(sources: unique)
    let sourceScale = k > 1 ? 1 / (Double(k - 1) * Double(n - 2)) : 0
    let otherScale = 1 / (Double(k) * Double(n - 2))
    for v in 0..<n { result[v] *= isSource[v] ? sourceScale : otherScale }
    return result
  }

  /// For each node v, the sum over the given sources s of Brandes' dependency δ_s(v)
  /// (unnormalised), accumulated in parallel chunks and added in chunk order.
  func brandesDependencies(sources: [Int]) -> [Double] {
    let n = count
    // Small jobs run on the calling thread; the chunk count depends only on the sizes.
    let work = sources.count * (n + edgeCount)
    let chunkCount = work < 2_000_000 ? 1 : min(32, sources.count)
    if chunkCount == 1 {
      var result = [Double](repeating: 0, count: n)
      result.withUnsafeMutableBufferPointer { out in
        accumulateBrandes(sources: sources[...], into: out)
      }
      return result
    }

    let partials = UnsafeMutableBufferPointer<Double>.allocate(capacity: chunkCount * n)
    partials.initialize(repeating: 0)
    defer { partials.deallocate() }
    nonisolated(unsafe) let shared = partials
    let total = sources.count
    DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
      let lower = total * chunk / chunkCount
      let upper = total * (chunk + 1) / chunkCount
      let slice = UnsafeMutableBufferPointer(rebasing: shared[(chunk * n)..<((chunk + 1) * n)])
      accumulateBrandes(sources: sources[lower..<upper], into: slice)
    }
    var result = [Double](repeating: 0, count: n)
    for chunk in 0..<chunkCount {
      let base = chunk * n
      for v in 0..<n { result[v] += partials[base + v] }
    }
    return result
  }

  /// Adds δ_s(v) for each source s in `sources` to `out[v]` (single-threaded).
  ///
  /// A breadth-first search, level by level, counts shortest paths σ and records each
  /// edge of the shortest-path DAG as it finds it. Each level is expanded the cheaper
  /// way (Beamer's direction-optimising search, without its early exit, since σ needs
  /// every parent): top-down over the out-edges of the frontier, or bottom-up over the
  /// in-edges of the nodes not reached yet, whichever holds fewer edges. In these
  /// small-world graphs the middle levels reach most nodes, after which the few left
  /// are found faster from their own in-edges (about 40 % fewer edges read on the
  /// benchmark organisation). The DAG edges, read back in reverse, come farthest level
  /// first, so each node v gathers S(v) = Σ_w (1/σ(w) + S(w)) over its DAG successors w,
  /// and δ(v) = σ(v) · S(v). The second pass reads only the compact DAG list.
  private func accumulateBrandes(
    sources: ArraySlice<Int>, into out: UnsafeMutableBufferPointer<Double>
  ) {
    let n = count
    let m = edgeCount
    let distance = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
    let sigma = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
    // S(v) = δ(v) / σ(v), built up from v's DAG successors.
    let sum = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
    let inverse = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
    let order = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
    // Nodes not reached yet, built at the first bottom-up level and compacted at each.
    let unvisited = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
    // The DAG edges of one search, as (from, to) pairs in discovery order.
    let dag = UnsafeMutableBufferPointer<Int32>.allocate(capacity: 2 * max(m, 1))
    distance.initialize(repeating: -1)
    sigma.initialize(repeating: 0)
    sum.initialize(repeating: 0)
    inverse.initialize(repeating: 0)
    order.initialize(repeating: 0)
    unvisited.initialize(repeating: 0)
    dag.initialize(repeating: 0)
    defer {
      for buffer in [distance, order, unvisited, dag] as [UnsafeMutableBufferPointer<Int32>] { buffer.deallocate() }
      for buffer in [sigma, sum, inverse] { buffer.deallocate() }
    }
    outOffsets.withUnsafeBufferPointer { offsets in
      outTargets.withUnsafeBufferPointer { targets in
        inOffsets.withUnsafeBufferPointer { inOffsets in
          inSources.withUnsafeBufferPointer { inSources in
            for s in sources {
              distance[s] = 0
              sigma[s] = 1
              order[0] = Int32(s)
              var levelStart = 0
              var levelEnd = 1
              var tail = 1
              var dagCount = 0
              var depth: Int32 = 0
              // Edges a top-down step would read (the frontier's out-edges) and a
              // bottom-up step would read (the unreached nodes' in-edges).
              var frontierOut = offsets[s &+ 1] &- offsets[s]
              var unvisitedIn = m &- (inOffsets[s &+ 1] &- inOffsets[s])
              var unvisitedCount = -1
              while levelStart < levelEnd {
                let next = depth &+ 1
                var nextFrontierOut = 0
                var reachedIn = 0
                if frontierOut <= unvisitedIn {
                  for j in levelStart..<levelEnd {
                    let v32 = order[j]
                    let v = Int(v32)
                    let sigmaV = sigma[v]
                    var e = offsets[v]
                    let end = offsets[v &+ 1]
                    while e < end {
                      let w32 = targets[e]
                      let w = Int(w32)
                      let dw = distance[w]
                      if dw < 0 {
                        distance[w] = next
                        order[tail] = w32
                        tail &+= 1
                        sigma[w] = sigmaV
                        dag[dagCount] = v32
                        dag[dagCount &+ 1] = w32
                        dagCount &+= 2
                        nextFrontierOut &+= offsets[w &+ 1] &- offsets[w]
                        reachedIn &+= inOffsets[w &+ 1] &- inOffsets[w]
                      } else if dw == next {
                        sigma[w] += sigmaV
                        dag[dagCount] = v32
                        dag[dagCount &+ 1] = w32
                        dagCount &+= 2
                      }
                      e &+= 1
                    }
                  }
                } else {
                  if unvisitedCount < 0 {
                    unvisitedCount = 0
                    for u in 0..<n where distance[u] < 0 {
                      unvisited[unvisitedCount] = Int32(u)
                      unvisitedCount &+= 1
                    }
                  }
                  var kept = 0
                  for j in 0..<unvisitedCount {
                    let u32 = unvisited[j]
                    let u = Int(u32)
                    // Reached by a top-down level since the list was made.
                    if distance[u] >= 0 { continue }
                    var sigmaU = 0.0
                    var e = inOffsets[u]
                    let end = inOffsets[u &+ 1]
                    while e < end {
                      let p32 = inSources[e]
                      let p = Int(p32)
                      if distance[p] == depth {
                        sigmaU += sigma[p]
                        dag[dagCount] = p32
                        dag[dagCount &+ 1] = u32
                        dagCount &+= 2
                      }
                      e &+= 1
                    }
                    if sigmaU > 0 {
                      distance[u] = next
                      sigma[u] = sigmaU
                      order[tail] = u32
                      tail &+= 1
                      nextFrontierOut &+= offsets[u &+ 1] &- offsets[u]
                      reachedIn &+= end &- inOffsets[u]
                    } else {
                      unvisited[kept] = u32
                      kept &+= 1
                    }
                  }
                  unvisitedCount = kept
                }
                unvisitedIn &-= reachedIn
                frontierOut = nextFrontierOut
                levelStart = levelEnd
                levelEnd = tail
                depth = next
              }
              // 1/σ(w) once per node rather than once per DAG edge.
              for j in 1..<max(tail, 1) {
                let w = Int(order[j])
                inverse[w] = 1 / sigma[w]
              }
              var k = dagCount &- 2
              while k >= 0 {
                let v = Int(dag[k])
                let w = Int(dag[k &+ 1])
                sum[v] += inverse[w] + sum[w]
                k &-= 2
              }
              for j in 0..<tail {
                let v = Int(order[j])
                if v != s { out[v] += sigma[v] * sum[v] }
                distance[v] = -1
                sigma[v] = 0
                sum[v] = 0
              }
            }
          }
        }
      }
    }
  }
}
