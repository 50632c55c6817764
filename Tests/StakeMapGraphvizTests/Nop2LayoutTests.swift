import Testing

@testable import StakeMapGraphviz

/// What `nop2` does with positions given in points (see ``LayoutEngine/nop2``).
@Suite struct Nop2LayoutTests {
  /// The `pos` of every node in `dot` output, by node name.
  private func positions(in dot: String) -> [String: String] {
    var found: [String: String] = [:]
    for match in dot.matches(of: /\n\s*(\w+)\s*\[[^\]]*?pos="([^"]*)"/) {
      found[String(match.output.1)] = String(match.output.2)
    }
    return found
  }

  private let twoNodes = """
    node [shape=box]; a [pos="100,200"]; b [pos="300,50!"]; a -- b;
    """

  @Test func withNotranslatePositionsComeOutExactlyAsGiven() throws {
    let dot = "graph G { notranslate=true; \(twoNodes) }"
    let out = try GraphvizRenderer.render(dot: dot, engine: .nop2, format: .dot).text
    #expect(positions(in: out) == ["a": "100,200", "b": "300,50"])
    // a box is 54 × 36 points: the bounding box hugs the nodes where they were put
    #expect(out.contains("bb=\"73,32,327,218\""))
  }

  @Test func withNotranslateSVGCoordinatesAreTheGivenPoints() throws {
    let dot = "graph G { notranslate=true; \(twoNodes) }"
    let svg = try GraphvizRenderer.render(dot: dot, engine: .nop2, format: .svg).text
    // SVG's y axis points down: Graphviz writes y as −y and translates the whole group
    #expect(svg.contains("x=\"100\" y=\"-196.3\""))  // a's label baseline
    #expect(svg.contains("x=\"300\" y=\"-46.3\""))
    #expect(svg.contains("translate(-69 222)"))
  }

  @Test func withoutNotranslateTheDrawingIsMovedToTheOrigin() throws {
    for extra in ["", "bb=\"0,0,400,300\";"] {  // a given bb does not stop the move
      let dot = "graph G { \(extra) \(twoNodes) }"
      let out = try GraphvizRenderer.render(dot: dot, engine: .nop2, format: .dot).text
      #expect(positions(in: out) == ["a": "27,168", "b": "227,18"])  // both moved by (-73, -32)
      #expect(out.contains("bb=\"0,0,254,186\""))
    }
  }

  @Test func invisibleCornerNodesFixTheCanvas() throws {
    let dot = """
      graph G { notranslate=true; \(twoNodes)
        node [shape=point, width=0, height=0, style=invis]; corner0 [pos="0,0"]; corner1 [pos="400,300"]; }
      """
    let out = try GraphvizRenderer.render(dot: dot, engine: .nop2, format: .dot).text
    #expect(positions(in: out)["a"] == "100,200")
    #expect(out.contains("bb=\"0,0,400,300\""))
  }

  @Test func edgeSplinesGivenAsPosAreKept() throws {
    let dot = """
      graph G { notranslate=true; node [shape=box];
        a [pos="100,200"]; b [pos="300,50"]; a -- b [pos="100,200 150,150 250,100 300,50"]; }
      """
    let out = try GraphvizRenderer.render(dot: dot, engine: .nop2, format: .dot).text
    #expect(out.contains("a -- b\t[pos=\"100,200 150,150 250,100 300,50\"]"))
  }

  @Test func aNodeWithoutPosIsALayoutError() {
    let error = #expect(throws: GraphvizError.self) {
      try GraphvizRenderer.render(
        dot: "graph G { a [pos=\"1,2\"]; b; a -- b }", engine: .nop2, format: .svg)
    }
    #expect(error?.stage == .layout)
    #expect(
      error?.graphvizMessages.last
        == "node b in graph G has no position\nas required by the -n flag")
  }
}
