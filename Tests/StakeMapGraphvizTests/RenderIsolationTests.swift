import Testing

@testable import StakeMapGraphviz

/// One render never leaks into the next: what follows the first graph of a DOT text is
/// not read by the next render.
@Suite(.serialized) struct RenderIsolationTests {
  @Test func aSecondGraphInTheTextIsNotDrawnByTheNextRender() throws {
    let first = try GraphvizRenderer.render(dot: "digraph A { a } digraph B { b }", engine: .dot, format: .svg).text
    #expect(SVG.titles(in: first) == ["A", "a"])
    let second = try GraphvizRenderer.render(dot: "digraph C { c }", engine: .dot, format: .svg).text
    #expect(SVG.titles(in: second) == ["C", "c"])
  }

  /// Every builder's text ends with a line break; the next error still names its own line.
  @Test func aTrailingLineBreakDoesNotShiftTheNextErrorsLine() throws {
    _ = try GraphvizRenderer.render(dot: "digraph { a }\n\n", engine: .dot, format: .svg)
    let error = #expect(throws: GraphvizError.self) {
      try GraphvizRenderer.render(dot: "digraph { a -> }", engine: .dot, format: .svg)
    }
    #expect(error?.graphvizMessages == ["syntax error in line 1 near '}'"])
  }

  @Test func garbageAfterTheFirstGraphIsIgnored() throws {
    let result = try GraphvizRenderer.render(dot: "digraph G { a } }}} not dot", engine: .dot, format: .svg)
    #expect(SVG.titles(in: result.text) == ["G", "a"])
    #expect(result.warnings.isEmpty)
    let next = try GraphvizRenderer.render(dot: "digraph H { h }", engine: .dot, format: .svg)
    #expect(SVG.titles(in: next.text) == ["H", "h"])
  }
}
