/// Where the Friedkin–Johnsen opinion model says stances settle, and where it cannot say.
public struct StancePrediction: Sendable, Equatable {
  /// The predicted stance of each node, in node order, on the scale of the initial
  /// stances (−1…+1 when they are stance/2), each between the smallest and largest
  /// initial stance.
  public let stance: [Double]
  /// Groups with no stubborn member: strongly connected components of two or more
  /// nodes, closed to outside influence (no positive-weight influence from outside the
  /// group), whose members all have openness 1. The model drives each such group to
  /// a consensus (DeGroot's weighted average of its members' initial stances) instead
  /// of a stable split; ``stance`` holds that consensus for its members. Each group
  /// lists its nodes ascending; groups are ordered by their smallest node.
  public let consensusGroups: [[Int]]
  /// The largest number of sweeps any one component needed (0 when there is nothing
  /// to iterate).
  public let iterations: Int
  /// Whether every component met the tolerance within the iteration limit.
  public let converged: Bool
}

extension InfluenceNetwork {
  /// Predicted stances under the Friedkin–Johnsen model of social influence.
  ///
  /// Node i listens to its influencers j with weights `W[i][j] = w(j → i) / Σₖ w(k → i)`
  /// (its incoming influence, normalised), is moved by them in proportion to its
  /// openness `λᵢ`, and stays anchored to its initial stance for the rest:
  /// `x ← Λ W x + (I − Λ) x0`, whose fixed point is `x* = (I − ΛW)⁻¹ (I − Λ) x0`
  /// (FORMAT.md, "Predicted stance"). A node with no incoming influence keeps its
  /// initial stance whatever its openness.
  ///
  /// The fixed point is found component by component: strongly connected components
  /// are solved influencers first, each by Gauss–Seidel sweeps (which converge to the
  /// same fixed point as the plain iteration, at least as fast) until no member moves
  /// by `tolerance` or more, so a node on no cycle is solved exactly in one step. A group
  /// with no stubborn member (see ``StancePrediction/consensusGroups``) has no unique
  /// fixed point; it gets its DeGroot consensus `Σ πᵢ x0ᵢ`, where π is the stationary
  /// distribution of the group's listening weights: the limit of the iteration (or of
  /// its time average, when the group is periodic).
  ///
  /// - Parameters:
  ///   - x0: the initial stance of each node, one per node (the map's stance / 2, on
  ///     −1…+1).
  ///   - openness: λ of each node, one per node, clamped to 0…1 (NaN counts as 0).
  ///   - tolerance: the largest change per sweep at which a component counts as settled.
  ///     Default 1e-12. Near λ = 1 convergence slows; the remaining error is about
  ///     tolerance / (1 − ρ) for the component's spectral radius ρ.
  ///   - maxIterations: the most sweeps for any one component. Default 100,000.
  /// - Complexity: O(n + m) per sweep; a component of c nodes and e edges costs
  ///   O(c + e) per sweep, and most components of real maps are single nodes.
  public func predictedStance(
    initial x0: [Double], openness: [Double], tolerance: Double = 1e-12,
    maxIterations: Int = 100_000
  ) -> StancePrediction {
    predictedStance(
      initial: x0, openness: openness, tolerance: tolerance, maxIterations: maxIterations, components: nil)
  }

  /// Whether some influence has weight 0 or less: Friedkin–Johnsen then solves on
  /// the network without them.
  var hasInfluenceOfNoWeight: Bool { outWeights.contains { $0 <= 0 } }

  /// ``predictedStance(initial:openness:tolerance:maxIterations:)`` with this
  /// network's strongly connected components when the caller has them already (they
  /// depend on the network alone, so a caller solving many times computes them once).
  /// Ignored, and recomputed, when ``hasInfluenceOfNoWeight``.
  func predictedStance(
    initial x0: [Double], openness: [Double], tolerance: Double, maxIterations: Int,
    components known: StronglyConnectedComponents?
  ) -> StancePrediction {
    precondition(x0.count == count, "one initial stance per node")
    precondition(openness.count == count, "one openness per node")
    // Zero-weight influences influence nobody: drop them so that components and
    // closedness reflect real influence.
    if hasInfluenceOfNoWeight {
      var edges: [(Int, Int, Double)] = []
      for a in 0..<count {
        for e in outOffsets[a]..<outOffsets[a + 1] where outWeights[e] > 0 {
          edges.append((a, Int(outTargets[e]), outWeights[e]))
        }
      }
      return InfluenceNetwork(count: count, edges: edges, ids: ids).predictedStance(
        initial: x0, openness: openness, tolerance: tolerance, maxIterations: maxIterations)
    }

    let n = count
    let lambda = openness.map { $0.isNaN ? 0 : min(max($0, 0), 1) }
    var inTotal = [Double](repeating: 0, count: n)
    for i in 0..<n {
      for e in inOffsets[i]..<inOffsets[i + 1] { inTotal[i] += inWeights[e] }
    }
    let scc = known ?? stronglyConnectedComponents()
    var x = x0
    var consensusGroups: [[Int]] = []
    var iterations = 0
    var converged = true

    // Influencers first: Tarjan lists sinks first.
    for c in stride(from: scc.count - 1, through: 0, by: -1) {
      let members = scc.components[c]
      if members.count == 1 {
        let i = members[0]
        x[i] = inTotal[i] > 0 ? updated(i, x: x, x0: x0, lambda: lambda, inTotal: inTotal) : x0[i]
        continue
      }
      var closed = true
      var allOpen = true
      for i in members {
        if lambda[i] < 1 { allOpen = false }
        for e in inOffsets[i]..<inOffsets[i + 1] where scc.componentOfNode[Int(inSources[e])] != c {
          closed = false
        }
      }
      if closed && allOpen {
        consensusGroups.append(members)
        let (value, sweeps, settled) = consensus(
          of: members, x0: x0, inTotal: inTotal, tolerance: tolerance,
          maxIterations: maxIterations)
        for i in members { x[i] = value }
        iterations = max(iterations, sweeps)
        converged = converged && settled
        continue
      }
      var sweeps = 0
      var settled = false
      while sweeps < maxIterations {
        sweeps += 1
        var change = 0.0
        for i in members {
          let value = updated(i, x: x, x0: x0, lambda: lambda, inTotal: inTotal)
          change = max(change, abs(value - x[i]))
          x[i] = value
        }
        if change < tolerance {
          settled = true
          break
        }
      }
      iterations = max(iterations, sweeps)
      converged = converged && settled
    }
    consensusGroups.sort { $0[0] < $1[0] }
    return StancePrediction(
      stance: x, consensusGroups: consensusGroups, iterations: iterations, converged: converged)
  }

  /// One Friedkin–Johnsen update of node i, which has incoming influence.
  @inline(__always)
  private func updated(
    _ i: Int, x: [Double], x0: [Double], lambda: [Double], inTotal: [Double]
  ) -> Double {
    var heard = 0.0
    for e in inOffsets[i]..<inOffsets[i + 1] { heard += inWeights[e] * x[Int(inSources[e])] }
    return lambda[i] * heard / inTotal[i] + (1 - lambda[i]) * x0[i]
  }

  /// The DeGroot consensus of a closed, strongly connected group of fully open members:
  /// Σ πᵢ x0ᵢ for the stationary distribution π of the listening weights, found by
  /// lazy power iteration (π ← (π + π W) / 2, which has the same π and converges even
  /// for periodic groups) until the L1 change is below `tolerance`.
  private func consensus(
    of members: [Int], x0: [Double], inTotal: [Double], tolerance: Double, maxIterations: Int
  ) -> (value: Double, sweeps: Int, converged: Bool) {
    // Listening edges within the group as (listener, influencer, W weight), by local
    // position in `members` (ascending, so a binary search finds a position).
    func local(_ node: Int) -> Int? {
      var lo = 0
      var hi = members.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if members[mid] < node { lo = mid + 1 } else { hi = mid }
      }
      return lo < members.count && members[lo] == node ? lo : nil
    }
    var listener: [Int32] = []
    var influencer: [Int32] = []
    var share: [Double] = []
    for (k, i) in members.enumerated() {
      for e in inOffsets[i]..<inOffsets[i + 1] {
        guard let j = local(Int(inSources[e])) else { continue }
        listener.append(Int32(k))
        influencer.append(Int32(j))
        share.append(inWeights[e] / inTotal[i])
      }
    }
    let size = members.count
    var pi = [Double](repeating: 1 / Double(size), count: size)
    var next = [Double](repeating: 0, count: size)
    var sweeps = 0
    var settled = false
    while sweeps < maxIterations {
      sweeps += 1
      for k in 0..<size { next[k] = pi[k] / 2 }
      for e in listener.indices {
        next[Int(influencer[e])] += pi[Int(listener[e])] * share[e] / 2
      }
      var change = 0.0
      for k in 0..<size { change += abs(next[k] - pi[k]) }
      swap(&pi, &next)
      if change < tolerance {
        settled = true
        break
      }
    }
    var value = 0.0
    var total = 0.0
    for (k, i) in members.enumerated() {
      value += pi[k] * x0[i]
      total += pi[k]
    }
    return (value / total, sweeps, settled)
  }
}
