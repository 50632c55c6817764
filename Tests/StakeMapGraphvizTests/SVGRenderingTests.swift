import Testing

@testable import StakeMapGraphviz

/// SVG output: nodes are titled by name, clusters by `cluster_ID`.
@Suite struct SVGRenderingTests {
  @Test func aTinyGraphHasNodeAndClusterTitles() throws {
    let result = try GraphvizRenderer.render(dot: Fixture.tinyDigraph, engine: .dot, format: .svg)
    let svg = result.text
    #expect(svg.hasPrefix("<?xml"))
    #expect(svg.contains("<title>a</title>"))
    #expect(svg.contains("<title>b</title>"))
    #expect(svg.contains("<title>cluster_x</title>"))
    #expect(svg.contains("</svg>"))
    #expect(result.warnings.isEmpty)
  }

  @Test(arguments: LayoutEngine.allCases)
  func everyEngineDrawsEveryNode(engine: LayoutEngine) throws {
    let dot = """
      digraph G { a [pos="0,0"]; b [pos="100,0"]; c [pos="50,80"]; a -> b -> c -> a }
      """
    let svg = try GraphvizRenderer.render(dot: dot, engine: engine, format: .svg).text
    #expect(SVG.count("<g id=\"node", in: svg) == 3)
    #expect(SVG.count("<g id=\"edge", in: svg) == 3)
  }

  @Test func renderingTheSameTextTwiceGivesTheSameBytes() throws {
    let first = try GraphvizRenderer.render(dot: Fixture.tinyDigraph, engine: .dot, format: .svg)
    let second = try GraphvizRenderer.render(dot: Fixture.tinyDigraph, engine: .dot, format: .svg)
    #expect(first == second)
  }
}
