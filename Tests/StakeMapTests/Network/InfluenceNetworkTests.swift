import PropertyBased
import Testing

@testable import StakeMap

@Suite struct NetworkConstructionTests {
  @Test func nodesFollowTheMapsStakeholderOrder() {
    let network = InfluenceNetwork(influenceMap(["c", "a", "b"], [("c", "a", 0.7)]))
    #expect(network.ids == ["c", "a", "b"])
    #expect(network.index == ["c": 0, "a": 1, "b": 2])
    #expect(network.count == 3)
    #expect(network.edgeCount == 1)
    #expect(network.weight(from: 0, to: 1) == 0.7)
    #expect(network.weight(from: 1, to: 0) == nil)
  }

  @Test func skipsUnknownIdsAndSelfInfluence() {
    let map = StakeMap(
      stakeholders: [Stakeholder(id: "a"), Stakeholder(id: "b")],
      relations: [
        Relation(.influences, from: "a", to: "ghost", weight: 0.3),
        Relation(.influences, from: "ghost", to: "b", weight: 0.3),
        Relation(.influences, from: "a", to: "a", weight: 0.3),
        Relation(.influences, from: "a", to: "b"),
      ])
    let network = InfluenceNetwork(map)
    #expect(network.edgeCount == 1)
    #expect(network.weight(from: 0, to: 1) == 0.5)  // the default weight
  }

  @Test func aRepeatedInfluenceKeepsTheLastWeight() {
    let network = InfluenceNetwork(
      influenceMap(["a", "b"], [("a", "b", 0.2), ("a", "b", 0.9), ("b", "a", 0.4)]))
    #expect(network.edgeCount == 2)
    #expect(network.weight(from: 0, to: 1) == 0.9)
    #expect(network.inWeights[network.inOffsets[1]] == 0.9)
  }

  @Test func reportsToImpliesAnInfluenceOfHalf() {
    let map = StakeMap(
      stakeholders: [Stakeholder(id: "boss"), Stakeholder(id: "report")],
      relations: [Relation(.reportsTo, from: "report", to: "boss")])
    let network = InfluenceNetwork(map)
    #expect(network.weight(from: 0, to: 1) == 0.5)
    #expect(network.edgeCount == 1)
  }

  @Test func aDeclaredInfluenceOverridesTheOneAReportingLineImplies() {
    // The declared 0.9 wins whether it comes before or after the reporting line; a
    // second reporting line between the same two implies nothing more.
    for relations in [
      [
        Relation(.reportsTo, from: "report", to: "boss"),
        Relation(.influences, from: "boss", to: "report", weight: 0.9),
      ],
      [
        Relation(.influences, from: "boss", to: "report", weight: 0.9),
        Relation(.reportsTo, from: "report", to: "boss"),
      ],
      [
        Relation(.reportsTo, from: "report", to: "boss"),
        Relation(.influences, from: "boss", to: "report", weight: 0.9),
        Relation(.reportsTo, from: "report", to: "boss"),
      ],
    ] {
      let map = StakeMap(stakeholders: [Stakeholder(id: "boss"), Stakeholder(id: "report")], relations: relations)
      let network = InfluenceNetwork(map)
      #expect(network.edgeCount == 1)
      #expect(network.weight(from: 0, to: 1) == 0.9)
    }
  }

  /// The network is exactly the graph of ``StakeMap/influenceRelations`` (the contract's
  /// declared and implied influences), built from relation identities the slow way.
  @Test func theNetworkIsTheGraphOfTheMapsInfluenceRelations() async {
    await propertyCheck(count: 300, input: RandomMaps.map) { map in
      let network = InfluenceNetwork(map)
      let ids = map.stakeholders.map(\.id)
      var index: [StakeholderID: Int] = [:]
      for (i, id) in ids.enumerated() where index[id] == nil { index[id] = i }
      let edges = map.influenceRelations.compactMap { r -> (Int, Int, Double)? in
        guard let a = index[r.from], let b = index[r.to] else { return nil }
        return (a, b, r.effectiveWeight)
      }
      let reference = InfluenceNetwork(count: ids.count, edges: edges, ids: ids)
      #expect(network == reference)
    }
  }

  @Test func otherRelationKindsAreNotInfluence() {
    let map = StakeMap(
      stakeholders: [Stakeholder(id: "a"), Stakeholder(id: "b")],
      relations: [
        Relation(.dependsOn, from: "a", to: "b"), Relation(.alliedWith, from: "a", to: "b"),
        Relation(.conflictsWith, from: "a", to: "b"),
      ])
    #expect(InfluenceNetwork(map).edgeCount == 0)
  }

  @Test func rawEdgesAreCleanedAndBothLayoutsAgree() {
    let network = InfluenceNetwork(
      count: 4,
      edges: [
        (2, 0, 0.5), (0, 3, 0.1), (0, 1, 0.2), (0, 3, 0.6), (1, 1, 1), (5, 0, 1), (3, -1, 1),
        (1, 2, -3), (3, 2, .nan),
      ])
    #expect(network.ids == ["0", "1", "2", "3"])
    #expect(network.edgeCount == 5)
    #expect(Array(network.successors(of: 0)) == [1, 3])  // sorted by target
    #expect(network.weight(from: 0, to: 3) == 0.6)
    #expect(network.weight(from: 1, to: 2) == 0)  // negative counts as 0
    #expect(network.weight(from: 3, to: 2) == 0)  // NaN counts as 0
    #expect(Array(network.predecessors(of: 2)) == [1, 3])
    // Every out-edge appears once as an in-edge with the same weight.
    var fromIn: [String] = []
    for t in 0..<network.count {
      for e in network.inOffsets[t]..<network.inOffsets[t + 1] {
        fromIn.append("\(network.inSources[e])->\(t):\(network.inWeights[e])")
      }
    }
    var fromOut: [String] = []
    for s in 0..<network.count {
      for e in network.outOffsets[s]..<network.outOffsets[s + 1] {
        fromOut.append("\(s)->\(network.outTargets[e]):\(network.outWeights[e])")
      }
    }
    #expect(fromIn.sorted() == fromOut.sorted())
  }

  @Test func emptyNetwork() {
    let network = InfluenceNetwork(StakeMap())
    #expect(network.count == 0)
    #expect(network.pageRank().isEmpty)
    #expect(network.betweenness().isEmpty)
    #expect(network.stronglyConnectedComponents().count == 0)
    #expect(network.brokerageRoles(groups: []).isEmpty)
    #expect(network.predictedStance(initial: [], openness: []).stance.isEmpty)
  }
}
