import Testing

@testable import StakeMap

@Suite struct StarterMapTests {
  @Test func starterChecksCleanly() {
    let result = StakeMapParser.parse(StarterMap.text(), fileName: "team.stakes")
    #expect(result.diagnostics.isEmpty, "\(DiagnosticRenderer(sources: [result.source]).render(result.diagnostics))")
    let map = result.map
    #expect(map.title == StarterMap.defaultTitle)
    #expect(map.me == "you")
    #expect(map.stakeholders.count == 7)
    #expect(map.domains.map(\.id) == ["eng", "finance", "security"])
    #expect(
      Set(map.relations.map(\.kind)) == Set(RelationKind.allCases), "each kind of relation is shown once at least")
    #expect(map.stakeholders.allSatisfy { !$0.isUnrated })
  }

  @Test func starterIsInCanonicalForm() {
    for text in [StarterMap.text(), StarterMap.text(fileName: "a b.stakes", title: "Q3 \"launch\"", goal: "Ship\\it")] {
      let result = StakeMapParser.parse(text, fileName: "team.stakes")
      #expect(SyntaxPrinter.print(result.syntax) == text)
    }
  }

  @Test func titleGoalAndFileNameAreFilledIn() {
    let text = StarterMap.text(fileName: "q3.stakes", title: "Q3 \"launch\"", goal: "Ship by\nJune")
    #expect(text.contains("#   stakemap check q3.stakes\n"))
    #expect(text.contains("title \"Q3 \\\"launch\\\"\"  # a short name for the map\n"))
    let map = StakeMapParser.parse(text, fileName: "q3.stakes").map
    #expect(map.title == "Q3 \"launch\"")
    #expect(map.goal == "Ship by\nJune")
  }

  @Test func starterGivesSomethingToAnalyse() {
    let analysis = MapAnalysis(StakeMapParser.parse(StarterMap.text()).map)
    #expect(!analysis.allies.isEmpty)
    #expect(analysis.conflicts.count >= 1)
    #expect(Set(analysis.people.map(\.positioning.quadrant)).count == 3)
  }
}
