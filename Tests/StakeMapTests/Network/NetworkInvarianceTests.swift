import Testing

@testable import StakeMap

/// Renaming and reordering stakeholders (and shuffling relations) permutes every result
/// and changes nothing else.
@Suite struct NetworkInvarianceTests {
  let n = 30
  let permutation = randomPermutation(30, seed: 2024)  // old node i is new node permutation[i]

  func originalMap() -> StakeMap {
    let domains = [Domain(id: "a"), Domain(id: "b"), Domain(id: "c")]
    let stakeholders = (0..<n).map { i in
      Stakeholder(
        id: StakeholderID("s\(i)"), stance: Double(i % 5 - 2),
        openness: Double(i % 4) / 4, domain: i % 4 == 3 ? nil : domains[i % 3].id)
    }
    let relations = random30Edges.map {
      Relation(
        .influences, from: StakeholderID("s\($0.0)"), to: StakeholderID("s\($0.1)"), weight: $0.2)
    }
    return StakeMap(domains: domains, stakeholders: stakeholders, relations: relations)
  }

  /// The same map with every id renamed, stakeholders in permuted order and relations
  /// reversed.
  func permutedMap() -> StakeMap {
    let original = originalMap()
    var stakeholders = original.stakeholders
    for i in 0..<n {
      var s = original.stakeholders[i]
      s.id = StakeholderID("renamed-\(i)")
      stakeholders[permutation[i]] = s
    }
    let rename = { (id: StakeholderID) in StakeholderID("renamed-" + id.rawValue.dropFirst()) }
    let relations = original.relations.reversed().map {
      Relation(.influences, from: rename($0.from), to: rename($0.to), weight: $0.weight)
    }
    return StakeMap(domains: original.domains, stakeholders: stakeholders, relations: relations)
  }

  func permuted<T>(_ values: [T]) -> [T] {
    var result = values
    for i in 0..<n { result[permutation[i]] = values[i] }
    return result
  }

  @Test func permutationIsNotTheIdentity() {
    #expect(permutation != Array(0..<n))
    #expect(Set(permutation) == Set(0..<n))
  }

  @Test func scoresArePermuted() {
    let a = InfluenceNetwork(originalMap())
    let b = InfluenceNetwork(permutedMap())
    #expect(b.ids[permutation[5]] == "renamed-5")
    expectClose(b.pageRank(), permuted(a.pageRank()), tolerance: 1e-12)
    expectClose(b.betweenness(), permuted(a.betweenness()), tolerance: 1e-12)
  }

  @Test func stancesAndConsensusArePermuted() {
    for (mapA, mapB) in [(originalMap(), permutedMap())] {
      let a = InfluenceNetwork(mapA)
      let b = InfluenceNetwork(mapB)
      let resultA = a.predictedStance(
        initial: mapA.stakeholders.map { $0.stance / 2 },
        openness: mapA.stakeholders.map(\.openness))
      let resultB = b.predictedStance(
        initial: mapB.stakeholders.map { $0.stance / 2 },
        openness: mapB.stakeholders.map(\.openness))
      expectClose(resultB.stance, permuted(resultA.stance), tolerance: 1e-10)
      #expect(resultA.stance != mapA.stakeholders.map { $0.stance / 2 })
    }
  }

  @Test func componentsBrokerageAndPathsArePermuted() {
    let mapA = originalMap()
    let mapB = permutedMap()
    let a = InfluenceNetwork(mapA)
    let b = InfluenceNetwork(mapB)
    let componentsA = Set(
      a.stronglyConnectedComponents().components.map { Set($0.map { permutation[$0] }) })
    let componentsB = Set(b.stronglyConnectedComponents().components.map { Set($0) })
    #expect(componentsA == componentsB)
    #expect(componentsA.contains { $0.count > 1 })

    let rolesA = a.brokerageRoles(groups: InfluenceNetwork.domainGroups(of: mapA))
    let rolesB = b.brokerageRoles(groups: InfluenceNetwork.domainGroups(of: mapB))
    #expect(rolesB == permuted(rolesA))
    #expect(rolesA.contains { $0.total > 0 })

    for source in [0, 10, 19] {
      let pathsA = a.influencePaths(from: source)
      let pathsB = b.influencePaths(from: permutation[source])
      #expect(pathsB.hops == permuted(pathsA.hops))
      expectClose(pathsB.strength, permuted(pathsA.strength), tolerance: 1e-15)
    }
  }
}
