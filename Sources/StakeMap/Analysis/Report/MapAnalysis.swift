/// Every analysis of a map in one value: what `stakemap analyze` prints.
///
/// Build it once (`MapAnalysis(map)`); each definition of FORMAT.md lives in its own
/// type (``Quadrant``, ``SalienceClass``, ``InfluenceNetwork``, ``ConflictFinder``,
/// ``FactionFinder``, ``AllyFinder``) and this type only runs them in order.
public struct MapAnalysis: Sendable {
  /// How the analysis runs.
  public struct Options: Sendable {
    /// How many allies to rank.
    public var topAllies: Int
    /// Compute brokerage exactly however large the map (``sampledAbove``).
    public var exactBrokerage: Bool
    /// Above this many stakeholders, brokerage is estimated from ``pivots`` sampled
    /// sources unless ``exactBrokerage`` is set.
    public var sampledAbove: Int
    /// How many sources sampled brokerage uses.
    public var pivots: Int

    /// Creates options.
    public init(topAllies: Int = 10, exactBrokerage: Bool = false, sampledAbove: Int = 20_000, pivots: Int = 256) {
      self.topAllies = topAllies
      self.exactBrokerage = exactBrokerage
      self.sampledAbove = sampledAbove
      self.pivots = pivots
    }
  }

  /// What the analysis says about one stakeholder.
  public struct Person: Sendable {
    /// The stakeholder as written.
    public var stakeholder: Stakeholder
    /// Grid position, quadrant, salience, engagement.
    public var positioning: Positioning
    /// Influence rank (PageRank over who listens to whom), summing to 1 over the map.
    public var influenceRank: Double
    /// Betweenness on the influence graph, 0–1.
    public var brokerage: Double
    /// Gould–Fernandez brokerage roles across domains.
    public var roles: BrokerageRoles
    /// Friedkin–Johnsen predicted stance, −2…+2.
    public var predictedStance: Double
    /// Weight in alignment: mean of rank share and power share.
    public var weight: Double
    /// Hops from `me` through influence, when `me` is given and reaches them.
    public var hopsFromMe: Int?
  }

  /// The map analysed.
  public let map: StakeMap
  /// One entry per stakeholder, in file order.
  public let people: [Person]
  /// Declared then inferred conflicts.
  public let conflicts: [Conflict]
  /// Unbalanced triads.
  public let tensionTriangles: TensionTriangles
  /// Groups that move together.
  public let factions: [Faction]
  /// Whom to win over first.
  public let allies: [AllySuggestion]
  /// Alignment of the whole map.
  public let alignment: Alignment
  /// Alignment per domain (each domain with everyone nested in it), in domain order.
  public let domainAlignment: [(domain: DomainID, alignment: Alignment)]
  /// Groups with no stubborn member, where the prediction is a consensus.
  public let consensusGroups: [[StakeholderID]]
  /// Whether brokerage is an estimate from sampled sources.
  public let brokerageIsEstimate: Bool
  /// The number of sampled sources when brokerage is an estimate.
  public let brokeragePivots: Int?
  /// The influence network the measures were computed on.
  public let network: InfluenceNetwork
  /// Display names by id.
  public let names: [StakeholderID: String]

  /// Runs every analysis.
  public init(_ map: StakeMap, options: Options = Options()) {
    self.map = map
    names = Dictionary(map.stakeholders.map { ($0.id, $0.displayName) }, uniquingKeysWith: { a, _ in a })
    let network = InfluenceNetwork(map)
    self.network = network
    let n = map.stakeholders.count
    let (ranks, prediction) = network.rankAndPredictedStance(
      initial: map.stakeholders.map { $0.stance / 2 }, openness: map.stakeholders.map(\.openness))
    let sampled = !options.exactBrokerage && n > options.sampledAbove && options.pivots < n
    let brokerage = sampled ? network.betweenness(pivots: options.pivots, seed: 0x5EED) : network.betweenness()
    brokerageIsEstimate = sampled
    brokeragePivots = sampled ? options.pivots : nil
    let roles = network.brokerageRoles(groups: InfluenceNetwork.domainGroups(of: map))
    let predicted = prediction.stance.map { $0 * 2 }
    consensusGroups = prediction.consensusGroups.map { $0.map { network.ids[$0] } }
    let weights = InfluenceWeights.weights(map: map, ranks: ranks)
    let hops = map.me.flatMap { network.index[$0] }.map { network.influencePaths(from: $0).hops }

    var people: [Person] = []
    people.reserveCapacity(n)
    for (i, s) in map.stakeholders.enumerated() {
      let h = hops.map { $0[i] }.flatMap { $0 >= 0 ? $0 : nil }
      people.append(
        Person(
          stakeholder: s, positioning: map.positioning(of: s), influenceRank: ranks[i],
          brokerage: brokerage[i], roles: roles[i], predictedStance: predicted[i], weight: weights[i],
          hopsFromMe: h))
    }
    self.people = people

    var clout: [StakeholderID: Double] = [:]
    let maxRank = ranks.max() ?? 0
    for (i, s) in map.stakeholders.enumerated() {
      clout[s.id] = 0.5 * s.effectivePower / 10 + 0.5 * (maxRank > 0 ? ranks[i] / maxRank : 0)
    }
    conflicts = ConflictFinder.conflicts(in: map, clout: clout)
    tensionTriangles = TensionTriangles(map: map, conflicts: conflicts)
    factions = FactionFinder.factions(in: map, conflicts: conflicts, network: network)

    let stances = map.stakeholders.map(\.stance)
    alignment = Alignment(members: Array(0..<n), stances: stances, predicted: predicted, weights: weights)
    var membersByDomain: [DomainID: [Int]] = [:]
    let parents = Dictionary(map.domains.map { ($0.id, $0.parent) }, uniquingKeysWith: { a, _ in a })
    for (i, s) in map.stakeholders.enumerated() {
      var current = s.domain
      var guardCount = 0
      while let d = current, guardCount <= map.domains.count {
        membersByDomain[d, default: []].append(i)
        current = parents[d] ?? nil
        guardCount += 1
      }
    }
    domainAlignment = map.domains.map { d in
      (d.id, Alignment(members: membersByDomain[d.id] ?? [], stances: stances, predicted: predicted, weights: weights))
    }
    allies = AllyFinder(map: map, network: network, weights: weights, brokerage: brokerage, roles: roles)
      .suggestions(AllyOptions(top: options.topAllies))
  }

  /// The entry for an id. O(n).
  public func person(_ id: StakeholderID) -> Person? { people.first { $0.stakeholder.id == id } }
}
