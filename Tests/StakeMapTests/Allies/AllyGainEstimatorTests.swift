import Foundation
import Testing

@testable import StakeMap

/// The large-map gain estimate (one adjoint solve) against the exact gain (one
/// Friedkin–Johnsen solve per candidate).
@Suite struct AllyGainEstimatorTests {
  static func sample(_ name: String) throws -> StakeMap {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Samples/\(name).stakes")
    let result = StakeMapParser.parse(bytes: Array(try Data(contentsOf: url)), fileName: name)
    #expect(result.isValid)
    return result.map
  }

  /// On a chain without loops (M⁻¹ has a unit diagonal) the estimate is exact.
  @Test func exactWithoutLoops() {
    let map = StakeMap(
      me: "me",
      stakeholders: [
        Stakeholder(id: "me", power: 5, interest: 5, stance: 2),
        Stakeholder(id: "a", power: 8, interest: 6, stance: 0, openness: 0.4),
        Stakeholder(id: "b", power: 3, interest: 7, stance: -1, openness: 0.7),
        Stakeholder(id: "c", power: 6, interest: 2, stance: 0.5, openness: 0.9),
      ],
      relations: [
        Relation(.influences, from: "me", to: "a", weight: 0.6),
        Relation(.influences, from: "a", to: "b", weight: 0.8),
        Relation(.influences, from: "a", to: "c", weight: 0.3),
        Relation(.influences, from: "b", to: "c", weight: 0.5),
      ])
    let network = InfluenceNetwork(map)
    let weights = InfluenceWeights.weights(map: map, ranks: network.pageRank())
    let finder = AllyFinder(map: map, network: network, weights: weights, brokerage: [0, 0, 0, 0], roles: [])
    let x0 = map.stakeholders.map { $0.stance / 2 }
    let openness = map.stakeholders.map(\.openness)
    let estimator = AllyGainEstimator(network: network, weights: weights)
    let estimated = estimator.gains(x0: x0, openness: openness, candidates: [1, 2, 3])
    let base = finder.alignment(x0: x0, openness: openness)
    for (k, c) in [1, 2, 3].enumerated() {
      var x = x0
      var o = openness
      x[c] = AllyFinder.wonStance
      o[c] = 0
      let exact = finder.alignment(x0: x, openness: o) - base
      #expect(abs(exact - estimated[k]) < 1e-8, "candidate \(c): exact \(exact), estimated \(estimated[k])")
    }
  }

  /// On the samples (with loops) the estimate stays close and ranks the same first ally.
  @Test(arguments: ["payments-migration", "first-90-days", "platform-reorg"])
  func closeToExactOnSamples(_ name: String) throws {
    let map = try Self.sample(name)
    let exact = MapAnalysis(map).allies
    let network = InfluenceNetwork(map)
    let weights = InfluenceWeights.weights(map: map, ranks: network.pageRank())
    let estimated = AllyFinder(
      map: map, network: network, weights: weights, brokerage: network.betweenness(),
      roles: network.brokerageRoles(groups: InfluenceNetwork.domainGroups(of: map))
    ).suggestions(AllyOptions(top: 10, exactLimit: 0))
    #expect(estimated.first?.id == exact.first?.id)
    for ally in estimated {
      guard let match = exact.first(where: { $0.id == ally.id }) else { continue }
      #expect(
        abs(match.gain - ally.gain) < 0.25 * max(abs(match.gain), 0.01),
        "\(ally.id): exact \(match.gain), estimated \(ally.gain)")
    }
    #expect(Set(estimated.prefix(5).map(\.id)).intersection(exact.prefix(5).map(\.id)).count >= 3)
  }
}
