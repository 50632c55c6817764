/// Ranks whom to win over first (FORMAT.md, "Allies").
///
/// Candidates are everyone `me` can reach through influence (everyone, without a
/// `me`) except `me`, current champions and opposed stakeholders. The ranking is a
/// greedy influence maximisation over the Friedkin–Johnsen model: winning someone
/// makes them a stubborn champion (stance +2, openness 0), like the champions who are
/// never suggested because they are won already, and the gain is the rise in the
/// influence-weighted predicted alignment of the whole map. The gain is never negative
/// (the model is monotone and +2 is the top of the scale), and among people in the same
/// position a resistant one gains at most three times what a neutral or supportive one
/// does while being four to six times less likely to be won, so they rank below.
/// Each round takes the candidate with the best expected gain (gain × likelihood),
/// then counts them as won before ranking the next, so a second ally is chosen given
/// the first.
///
/// - Complexity: up to ``AllyOptions/exactLimit`` stakeholders, O(top · k · FJ) where
///   k ≤ ``AllyOptions/candidateLimit`` and FJ is one Friedkin–Johnsen solve,
///   O((n + m) · sweeps); above it, O(top · FJ) with gains estimated for every
///   candidate at once (``AllyGainEstimator``).
public struct AllyFinder {
  let map: StakeMap
  let network: InfluenceNetwork
  let weights: [Double]
  let brokerage: [Double]
  let roles: [BrokerageRoles]

  /// Prepares a search over a map and its measures (all in the order of
  /// `map.stakeholders`).
  public init(
    map: StakeMap, network: InfluenceNetwork, weights: [Double], brokerage: [Double],
    roles: [BrokerageRoles]
  ) {
    self.map = map
    self.network = network
    self.weights = weights
    self.brokerage = brokerage
    self.roles = roles
  }

  /// The initial stance (on the −1…+1 scale of the model) of someone who is won: a
  /// champion's.
  static let wonStance = 1.0

  /// The likelihood of winning someone over, 0–1: by stance, supportive 0.9, neutral
  /// 0.6, resistant 0.15 (linear in between), times 0.4 + 0.6 × openness, times
  /// 0.75 + 0.25 × interest / 10.
  public static func likelihood(_ s: Stakeholder) -> Double {
    let stance = max(-1, min(1, s.stance))
    let byStance = stance >= 0 ? 0.6 + 0.3 * stance : 0.6 + 0.45 * stance
    return byStance * (0.4 + 0.6 * s.openness) * (0.75 + 0.25 * s.effectiveInterest / 10)
  }

  /// Whether someone may be suggested at all: not `me`, not a champion (stance
  /// ≥ 1.5), not opposed (stance ≤ −1.5).
  public func isEligible(_ s: Stakeholder) -> Bool {
    s.id != map.me && s.stance < 1.5 && s.stance > -1.5
  }

  /// The ranked suggestions.
  public func suggestions(_ options: AllyOptions = AllyOptions()) -> [AllySuggestion] {
    let n = map.stakeholders.count
    guard n > 0, options.top > 0 else { return [] }
    let meIndex = map.me.flatMap { network.index[$0] }
    let paths = meIndex.map { network.influencePaths(from: $0) }
    var candidates = (0..<n).filter { i in
      isEligible(map.stakeholders[i]) && (paths.map { $0.reaches(i) } ?? true)
    }
    let likelihoods = map.stakeholders.map(Self.likelihood)
    if n > options.exactLimit {
      return estimated(candidates: candidates, likelihoods: likelihoods, paths: paths, top: options.top)
    }
    if candidates.count > options.candidateLimit {
      // Cheap estimate first: weight of the person and of those they influence.
      func estimate(_ i: Int) -> Double {
        var reach = weights[i]
        for j in network.successors(of: i) { reach += weights[Int(j)] * 0.5 }
        return reach * likelihoods[i] * (1.5 - map.stakeholders[i].stance / 2)
      }
      candidates = candidates.map { ($0, estimate($0)) }
        .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        .prefix(options.candidateLimit).map(\.0).sorted()
    }
    var x0 = map.stakeholders.map { $0.stance / 2 }
    var openness = map.stakeholders.map(\.openness)
    var base = alignment(x0: x0, openness: openness)
    var chosen: [AllySuggestion] = []
    var remaining = candidates
    while chosen.count < options.top, !remaining.isEmpty {
      var best: (index: Int, gain: Double, score: Double)?
      for i in remaining {
        let (savedX, savedO) = (x0[i], openness[i])
        x0[i] = Self.wonStance
        openness[i] = 0
        // Never negative in exact arithmetic; clamp the solver's rounding.
        let gain = max(0, alignment(x0: x0, openness: openness) - base)
        x0[i] = savedX
        openness[i] = savedO
        let score = gain * likelihoods[i]
        if best == nil || score > best!.score + 1e-12 { best = (i, gain, score) }
      }
      guard let pick = best else { break }
      remaining.removeAll { $0 == pick.index }
      let path = paths.flatMap { $0.path(to: pick.index) }.map { $0.map { network.ids[$0] } }
      chosen.append(
        AllySuggestion(
          id: map.stakeholders[pick.index].id, score: pick.score, gain: pick.gain,
          likelihood: likelihoods[pick.index], reasons: reasons(pick.index, gain: pick.gain),
          path: path))
      x0[pick.index] = Self.wonStance
      openness[pick.index] = 0
      base = alignment(x0: x0, openness: openness)
    }
    return chosen
  }

  /// The greedy ranking on a large map, with gains from ``AllyGainEstimator``: two
  /// solves per pick instead of one per candidate.
  func estimated(candidates: [Int], likelihoods: [Double], paths: InfluencePaths?, top: Int) -> [AllySuggestion] {
    let estimator = AllyGainEstimator(network: network, weights: weights)
    var x0 = map.stakeholders.map { $0.stance / 2 }
    var openness = map.stakeholders.map(\.openness)
    var remaining = candidates
    var chosen: [AllySuggestion] = []
    var adjoint: [Double]? = nil
    while chosen.count < top, !remaining.isEmpty {
      let gains = estimator.gains(x0: x0, openness: openness, candidates: remaining, adjointStart: &adjoint)
      var best = 0
      for k in remaining.indices {
        let score = gains[k] * likelihoods[remaining[k]]
        let bestScore = gains[best] * likelihoods[remaining[best]]
        if score > bestScore + 1e-12 { best = k }
      }
      let pick = remaining[best]
      let gain = gains[best]
      let path = paths.flatMap { $0.path(to: pick) }.map { $0.map { network.ids[$0] } }
      chosen.append(
        AllySuggestion(
          id: map.stakeholders[pick].id, score: gain * likelihoods[pick], gain: gain,
          likelihood: likelihoods[pick], reasons: reasons(pick, gain: gain), path: path))
      x0[pick] = Self.wonStance
      openness[pick] = 0
      remaining.remove(at: best)
    }
    return chosen
  }

  /// The influence-weighted predicted alignment, on −2…+2.
  func alignment(x0: [Double], openness: [Double]) -> Double {
    let predicted = network.predictedStance(initial: x0, openness: openness, tolerance: 1e-10).stance
    var total = 0.0
    for i in predicted.indices { total += weights[i] * predicted[i] }
    return 2 * total
  }

  // MARK: - Reasons

  func reasons(_ i: Int, gain: Double) -> [String] {
    let s = map.stakeholders[i]
    let t = map.thresholds
    var out: [String] = []
    let power = s.effectivePower
    let interest = s.effectiveInterest
    let powerWord = power >= t.power ? "high" : "low"
    let interestWord = interest >= t.interest ? "high" : "low"
    if s.isUnrated {
      out.append("power and interest not rated (analysed as medium)")
    } else {
      out.append(
        "\(powerWord) power (\(NumberText.format(power))) and \(interestWord) interest (\(NumberText.format(interest)))"
      )
    }
    out.append(
      "\(StanceWord(nearest: s.stance).rawValue) today" + (s.stance <= -0.5 ? ": expect a longer conversation" : ""))
    if let me = map.me, let mine = map.stakeholder(me) {
      let shared = commonGround(mine, s)
      if !shared.isEmpty {
        out.append("shares your goal\(shared.count == 1 ? "" : "s"): \(shared.joined(separator: ", "))")
      }
    }
    // The strongest supporter they listen to.
    var listensTo: (Int, Double)?
    let start = network.inOffsets[i]
    for k in start..<network.inOffsets[i + 1] {
      let j = Int(network.inSources[k])
      let w = network.inWeights[k]
      guard map.stakeholders[j].stance >= 1, j != i else { continue }
      if listensTo == nil || w > listensTo!.1 { listensTo = (j, w) }
    }
    if let (j, _) = listensTo {
      let other = map.stakeholders[j]
      let word = other.stance >= 1.5 ? "a champion" : "a supporter"
      out.append("listens to \(other.id == map.me ? "you" : other.displayName), \(word)")
    }
    let bridged = bridgedDomains(i)
    if bridged.count >= 2 {
      let shown = Array(bridged.prefix(3))
      let list =
        shown.count <= 2
        ? shown.joined(separator: " and ") : shown.dropLast().joined(separator: ", ") + " and " + shown.last!
      out.append("bridges \(list)")
    } else if brokerage[i] >= 0.05 {
      out.append("a broker: lies on many influence paths (brokerage \(format2(brokerage[i])))")
    }
    if s.openness >= 0.7 { out.append("open to influence (openness \(NumberText.format(s.openness)))") }
    let reached = network.successors(of: i).count
    if reached >= 3 { out.append("influences \(reached) people") }
    out.append("winning them lifts predicted alignment by \(gain >= 0 ? "+" : "")\(format2(gain))")
    return out
  }

  /// The labels of the top-level domains on either side of their influence ties,
  /// their own first, when ties cross a top-level boundary.
  func bridgedDomains(_ i: Int) -> [String] {
    let outermost = DomainLookup(map)
    func top(_ j: Int) -> DomainID? { map.stakeholders[j].domain.map(outermost.outermost) }
    let own = top(i)
    var seen: [DomainID] = own.map { [$0] } ?? []
    for j in network.predecessors(of: i) + network.successors(of: i) {
      if let d = top(Int(j)), !seen.contains(d) { seen.append(d) }
    }
    guard seen.count >= 2 else { return [] }
    return seen.map { id in outermost.label(id) }
  }

  private func format2(_ x: Double) -> String {
    let rounded = (x * 100).rounded() / 100
    return NumberText.format(rounded)
  }
}
