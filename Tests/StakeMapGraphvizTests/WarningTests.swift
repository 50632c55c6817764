import Testing

@testable import StakeMapGraphviz

/// Graphviz's warnings are captured, returned with the output, and do not fail a render.
///
/// These use the lexer's warning about a badly delimited number, which Graphviz repeats on
/// every read. Some warnings come once per process only: Graphviz remembers an unknown
/// shape or colour after warning about it the first time.
@Suite struct WarningTests {
  private let ambiguous = "digraph W { a -> 1a }"
  private let warning =
    "syntax ambiguity - badly delimited number '1a' in line 1 of input splits into two tokens"

  @Test func aWarningComesBackWithTheOutput() throws {
    let result = try GraphvizRenderer.render(dot: ambiguous, engine: .dot, format: .svg)
    #expect(result.warnings == [warning])
    #expect(result.text.contains("<title>a</title>"))
  }

  @Test func warningsDoNotLeakIntoTheNextRender() throws {
    #expect(
      try GraphvizRenderer.render(dot: ambiguous, engine: .dot, format: .svg).warnings == [warning])
    let clean = try GraphvizRenderer.render(dot: "digraph W { a -> b }", engine: .dot, format: .svg)
    #expect(clean.warnings.isEmpty)
  }

  @Test func aFailureCarriesTheWarningsBeforeIt() {
    let dot = "graph W { a [pos=\"1,2\"]; b -- 1a }"
    let error = #expect(throws: GraphvizError.self) {
      try GraphvizRenderer.render(dot: dot, engine: .nop2, format: .svg)
    }
    #expect(error?.stage == .layout)
    #expect(error?.graphvizMessages.first == warning)
    #expect(error?.graphvizMessages.last?.hasPrefix("node b in graph W has no position") == true)
  }
}
