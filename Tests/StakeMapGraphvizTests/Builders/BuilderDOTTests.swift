import StakeMap
import Testing

@testable import StakeMapGraphviz

/// Every builder's DOT for a tiny map is accepted by Graphviz without warnings, and
/// the highlights do not contradict each other (exact DOT snapshots live in
/// InfluenceGraphTests and DependencyGraphTests).
@Suite struct BuilderDOTTests {
  static let map = StakeMapParser.parse(
    #"""
    title "Tiny"
    me em
    domain eng "Engineering" {
      stakeholder em "Alex" role="EM" power=4 interest=9 stance=champion
      domain sre "SRE" {
        stakeholder lead "Mo" power=6 interest=7 stance=resistant
      }
    }
    stakeholder cfo "Priya" power=9 interest=3 stance=opposed
    em -> lead 0.8
    lead reports-to em
    em depends-on cfo "budget"
    lead conflicts-with cfo "cost"
    em allied-with lead
    """#
  ).map

  @Test func graphvizAcceptsEveryPictureWithoutWarnings() throws {
    let analysis = MapAnalysis(Self.map)
    for kind in PictureKind.allCases {
      let picture = PictureBuilder.build(kind, analysis)
      let result = try GraphvizRenderer.render(dot: picture.dot, engine: picture.engine, format: .svg)
      #expect(result.warnings.isEmpty, "\(kind): \(result.warnings)")
      for id in ["em", "lead", "cfo"] where kind != .dependencies || id != "lead" {
        #expect(result.text.contains("<title>\(id)</title>"), "\(kind) lacks \(id)")
      }
    }
  }

  @Test func anAllyIsNeverAlsoMarkedABlocker() {
    let analysis = MapAnalysis(Self.map)
    let allies = Set(analysis.allies.prefix(InfluenceGraph.highlighted).map(\.id))
    #expect(allies.contains("lead"))
    #expect(allies.isDisjoint(with: InfluenceGraph.blockers(analysis)))
    #expect(InfluenceGraph.blockers(analysis) == ["cfo"])
  }
}
