import Testing

@testable import StakeMapGraphviz

/// Bad input gives a GraphvizError carrying Graphviz's own words, never an empty success,
/// and leaves Graphviz ready for the next render.
@Suite struct InvalidInputTests {
  @Test func aSyntaxErrorIsAParseErrorInGraphvizsWords() {
    let error = #expect(throws: GraphvizError.self) {
      try GraphvizRenderer.render(dot: "digraph { a -> }", engine: .dot, format: .svg)
    }
    #expect(error?.stage == .parse)
    #expect(error?.context == "reading the DOT text failed")
    // Graphviz 2.42 keeps counting lines across reads in one process, so the line
    // number depends on what was read before (other tests run first or in parallel).
    let message = error?.graphvizMessages.first ?? ""
    #expect(error?.graphvizMessages.count == 1)
    #expect(message.wholeMatch(of: /syntax error in line \d+ near '}'/) != nil, "\(message)")
    #expect(error?.description == "reading the DOT text failed: " + message)
  }

  @Test func textWithNoGraphIsAParseError() {
    for text in ["", "   \n", "// only a comment"] {
      let error = #expect(throws: GraphvizError.self) {
        try GraphvizRenderer.render(dot: text, engine: .dot, format: .svg)
      }
      #expect(error?.stage == .parse)
      #expect(error?.context == "the DOT text holds no graph")
    }
  }

  @Test func aNULCharacterIsRefusedBeforeGraphvizSeesIt() {
    let error = #expect(throws: GraphvizError.self) {
      try GraphvizRenderer.render(
        dot: "digraph { a }\u{0}digraph { b }", engine: .dot, format: .svg)
    }
    #expect(error?.stage == .parse)
    #expect(error?.context.contains("NUL") == true)
  }

  @Test func anUnknownEngineIsALayoutError() {
    let error = #expect(throws: GraphvizError.self) {
      try GraphvizRenderer.render(dot: "digraph { a }", engineName: "nosuch", formatName: "svg")
    }
    #expect(error?.stage == .layout)
    #expect(error?.context == "layout with nosuch failed")
    #expect(
      error?.graphvizMessages.first?.hasPrefix("Layout type: \"nosuch\" not recognized") == true)
    #expect(error?.advice?.contains("lacks the layout engine this picture needs") == true)
  }

  /// A format whose plugin is missing (PNG without the cairo plugin, say) fails the way an
  /// unknown format does: `gvRenderData` returns -1 with "renderer for … is unavailable".
  @Test func aFormatWithoutAPluginIsARenderError() {
    let error = #expect(throws: GraphvizError.self) {
      try GraphvizRenderer.render(dot: "digraph { a }", engineName: "dot", formatName: "nosuch")
    }
    #expect(error?.stage == .render)
    #expect(error?.context == "rendering as nosuch failed")
    #expect(error?.graphvizMessages == ["renderer for nosuch is unavailable"])
    #expect(error?.advice?.contains("no plugin for that format") == true)
  }

  /// `cmap` (an image map's areas) of a graph without links is empty: `gvRenderData`
  /// returns 0 with a length of 0, which is no picture.
  @Test func emptyOutputIsARenderError() {
    let error = #expect(throws: GraphvizError.self) {
      try GraphvizRenderer.render(dot: "digraph G { a }", engineName: "dot", formatName: "cmap")
    }
    #expect(error?.stage == .render)
    #expect(error?.context == "rendering as cmap produced no output")
    #expect(error?.graphvizMessages == [])
    #expect(error?.advice == nil, "an empty picture is not an installation problem")
  }

  /// Labels are parsed during layout, so a broken HTML-like label fails there.
  @Test func aBrokenHTMLLabelIsALayoutError() {
    let error = #expect(throws: GraphvizError.self) {
      try GraphvizRenderer.render(
        dot: "digraph { a [label=<<b>x</i>>] }", engine: .dot, format: .svg)
    }
    #expect(error?.stage == .layout)
    #expect(error?.graphvizMessages.first?.hasPrefix("mismatched tag") == true)
  }

  /// After each kind of failure the next render succeeds and carries none of the old messages.
  @Test func graphvizRecoversAfterEveryKindOfFailure() throws {
    let failures: [(String, String, String)] = [
      ("digraph { a -> }", "dot", "svg"),
      ("graph { a -- b; c [label=\"x\" ", "dot", "svg"),
      ("digraph { a }", "nosuch", "svg"),
      ("digraph { a }", "dot", "nosuch"),
      ("graph { a [pos=\"1,2\"]; b }", "nop2", "svg"),
    ]
    for (dot, engine, format) in failures {
      #expect(throws: GraphvizError.self) {
        try GraphvizRenderer.render(dot: dot, engineName: engine, formatName: format)
      }
      let result = try GraphvizRenderer.render(dot: Fixture.tinyDigraph, engine: .dot, format: .svg)
      #expect(result.text.contains("<title>cluster_x</title>"))
      #expect(result.warnings.isEmpty)
    }
  }
}
