import StakeMap
import Testing

@testable import StakeMapGraphviz

/// Maps bigger than the samples: the engine choice by size keeps every picture fast
/// and away from Graphviz 2.42's failure modes (dot without newrank: "trouble in
/// init_rank" then a double free; fdp on nested clusters: occasional crashes).
@Suite struct LargeMapRenderTests {
  /// A clustered organisation: departments of teams of six, a reporting line to each
  /// team lead, influence inside teams and across, dependencies across teams.
  static func organisation(people: Int, seed: UInt64) -> StakeMap {
    var random = SplitMix64(seed: seed)
    var map = StakeMap(title: "Org", me: "p0")
    let teamSize = 6
    let teams = (people + teamSize - 1) / teamSize
    let departments = max(1, teams / 8)
    for d in 0..<departments {
      map.domains.append(Domain(id: DomainID("dept\(d)"), label: "Department \(d)", parent: nil, position: 0))
    }
    for t in 0..<teams {
      map.domains.append(
        Domain(id: DomainID("team\(t)"), label: "Team \(t)", parent: DomainID("dept\(t % departments)"), position: 0))
    }
    for i in 0..<people {
      map.stakeholders.append(
        Stakeholder(
          id: StakeholderID("p\(i)"), name: "Person \(i)", power: Double(random.nextInt(below: 11)),
          interest: Double(random.nextInt(below: 11)), stance: Double(random.nextInt(below: 5)) - 2,
          domain: DomainID("team\(i / teamSize)")))
    }
    var seen = Set<RelationIdentity>()
    func add(_ r: Relation) {
      guard r.from != r.to, seen.insert(r.identity).inserted else { return }
      map.relations.append(r)
    }
    for i in 0..<people {
      let lead = (i / teamSize) * teamSize
      if i != lead { add(Relation(.reportsTo, from: StakeholderID("p\(i)"), to: StakeholderID("p\(lead)"))) }
      for _ in 0..<4 {
        let j = random.nextInt(below: 10) < 7 ? lead + random.nextInt(below: teamSize) : random.nextInt(below: people)
        if j < people {
          add(Relation(.influences, from: StakeholderID("p\(i)"), to: StakeholderID("p\(j)"), weight: 0.5))
        }
      }
      if random.nextInt(below: 4) == 0 {
        add(
          Relation(
            .dependsOn, from: StakeholderID("p\(i)"), to: StakeholderID("p\(random.nextInt(below: people))"),
            topic: "review"))
      }
    }
    return map
  }

  @Test(arguments: [70, 300, 1_000])
  func everyPictureRendersWithEveryoneInIt(people: Int) throws {
    let analysis = MapAnalysis(Self.organisation(people: people, seed: UInt64(people)))
    let graph = try PictureBuilder.render(.influence, analysis, format: .svg).text
    for i in stride(from: 0, to: people, by: 7) {
      #expect(graph.contains("<title>p\(i)</title>"), "p\(i) missing from the influence graph")
    }
    #expect(graph.contains("<title>cluster_team0</title>"))
    let deps = try PictureBuilder.render(.dependencies, analysis, format: .svg).text
    #expect(deps.contains("class=\"edge\""))
  }

  @Test func aHugeMapIsCollapsedByDomain() throws {
    let analysis = MapAnalysis(Self.organisation(people: 3_000, seed: 3))
    let picture = PictureBuilder.build(.influence, analysis)
    #expect(picture.notes.first?.contains("drew one node per domain") == true)
    let svg = try GraphvizRenderer.render(dot: picture.dot, engine: picture.engine, format: .svg).text
    #expect(svg.contains("<title>domain:dept0</title>") || svg.contains("<title>domain:team0</title>"))
    #expect(!svg.contains("<title>p0</title>"))
  }
}
