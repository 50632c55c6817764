/// The gain of winning each candidate at once, from two solves instead of one per
/// candidate: for maps too large to solve Friedkin–Johnsen once per candidate.
///
/// With `M = I − ΛW`, the predicted stances are `x = M⁻¹ (I − Λ) x0` and the alignment
/// is `a = 2 wᵀx` for influence weights `w`. Making `c` a stubborn champion at `t`
/// replaces row `c` of the system; by Sherman–Morrison the new stances are
/// `x' = x + (t − x_c) · M⁻¹e_c / (M⁻¹)_cc`, so the gain is
/// `Δa = 2 (t − x_c) · y_c / (M⁻¹)_cc` with `y = M⁻ᵀ w` (one adjoint solve for every
/// candidate). The diagonal `(M⁻¹)_cc = 1 + Σ (ΛW)ᵏ_cc` counts influence that returns
/// to `c`; it is estimated to the second order (`1 + (ΛW)²_cc`: two-person loops), which
/// overstates the gain of people inside longer loops a little.
struct AllyGainEstimator {
  let network: InfluenceNetwork
  let weights: [Double]
  /// The sum of each node's incoming influence weights.
  let inSum: [Double]
  /// The network's strongly connected components, found once for every solve (nil
  /// when Friedkin–Johnsen finds them itself: ``InfluenceNetwork/hasInfluenceOfNoWeight``).
  let components: StronglyConnectedComponents?

  /// The highest openness the adjoint solve uses (see ``adjoint(openness:tolerance:maxSweeps:)``).
  static let opennessCap = 0.99

  init(network: InfluenceNetwork, weights: [Double]) {
    self.network = network
    self.weights = weights
    var sums = [Double](repeating: 0, count: network.count)
    for i in 0..<network.count {
      var s = 0.0
      for k in network.inOffsets[i]..<network.inOffsets[i + 1] { s += max(0, network.inWeights[k]) }
      sums[i] = s
    }
    inSum = sums
    components = network.hasInfluenceOfNoWeight ? nil : network.stronglyConnectedComponents()
  }

  /// The estimated gain (alignment points, −2…+2 scale) of winning each candidate.
  ///
  /// `adjointStart`, when given, is the previous pick's `y` (only one person's
  /// openness changed since), which the sweeps start from; the result is returned in
  /// it for the next pick.
  ///
  /// The two solves are independent; on a large network they run at the same time on
  /// two threads (the results are the same either way).
  func gains(x0: [Double], openness: [Double], candidates: [Int], adjointStart: inout [Double]?) -> [Double] {
    let start = adjointStart
    let solve = {
      network.predictedStance(
        initial: x0, openness: openness, tolerance: 1e-10, maxIterations: 100_000, components: components
      ).stance
    }
    let solveAdjoint = { adjoint(openness: openness, start: start) }
    let (x, y) = network.solvesSideBySide ? sideBySide(solve, solveAdjoint) : (solve(), solveAdjoint())
    adjointStart = y
    return candidates.map { c in
      let t = AllyFinder.wonStance
      return 2 * (t - x[c]) * y[c] / diagonal(c, openness: openness)
    }
  }

  /// ``gains(x0:openness:candidates:adjointStart:)`` from a cold start.
  func gains(x0: [Double], openness: [Double], candidates: [Int]) -> [Double] {
    var start: [Double]? = nil
    return gains(x0: x0, openness: openness, candidates: candidates, adjointStart: &start)
  }

  /// `y = M⁻ᵀ w`: `y_j = w_j + Σ_{j→i} λ_i (w_ji / inSum_i) y_i`, by Gauss–Seidel sweeps
  /// from `start` (by default `w`).
  ///
  /// Openness is capped at ``opennessCap`` here: a group where everyone has openness 1
  /// and nobody outside speaks to them makes `M` singular (its members drift to a
  /// consensus, and the sum does not converge), and the cap keeps the estimate finite
  /// and the sweeps few. At most `maxSweeps` sweeps run; the estimate only ranks.
  func adjoint(
    openness: [Double], start: [Double]? = nil, tolerance: Double = 1e-10, maxSweeps: Int = 200
  ) -> [Double] {
    let n = network.count
    // Each out-edge's coefficient λ_i · w_ji / inSum_i, computed once rather than per sweep.
    var coefficients = [Double](repeating: 0, count: network.edgeCount)
    for k in 0..<network.edgeCount {
      let i = Int(network.outTargets[k])
      let sum = inSum[i]
      guard sum > 0 else { continue }
      coefficients[k] = min(Self.opennessCap, max(0, openness[i])) * max(0, network.outWeights[k]) / sum
    }
    var y = start ?? weights
    let offsets = network.outOffsets
    let targets = network.outTargets
    for _ in 0..<maxSweeps {
      var change = 0.0
      for j in 0..<n {
        var value = weights[j]
        for k in offsets[j]..<offsets[j + 1] { value += coefficients[k] * y[Int(targets[k])] }
        change = max(change, abs(value - y[j]))
        y[j] = value
      }
      if change < tolerance { break }
    }
    return y
  }

  /// `1 + (ΛW)²_cc`: influence that leaves `c` and comes straight back.
  func diagonal(_ c: Int, openness: [Double]) -> Double {
    guard inSum[c] > 0 else { return 1 }
    var loop = 0.0
    let lc = min(1, max(0, openness[c]))
    for k in network.inOffsets[c]..<network.inOffsets[c + 1] {
      let j = Int(network.inSources[k])
      guard inSum[j] > 0, let back = network.weight(from: c, to: j) else { continue }
      loop += lc * max(0, network.inWeights[k]) / inSum[c] * min(1, max(0, openness[j])) * max(0, back) / inSum[j]
    }
    return 1 + loop
  }
}
