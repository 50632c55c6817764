import Testing

@testable import StakeMapGraphviz

/// Grouping the pieces cgraph passes to its error callback into messages.
@Suite struct MessageParsingTests {
  @Test func levelWordThenColonStartsAMessage() {
    let chunks = [
      "Error", ": ", "syntax error in line 1 near '}'\n", "Warning", ": ", "using box\n",
    ]
    #expect(
      GraphvizSession.messages(fromChunks: chunks) == [
        GraphvizMessage(level: .error, text: "syntax error in line 1 near '}'"),
        GraphvizMessage(level: .warning, text: "using box"),
      ])
  }

  @Test func aContinuationJoinsThePreviousMessage() {
    let chunks = ["Error", ": ", "node b has no position\n", "as required by the -n flag\n"]
    #expect(
      GraphvizSession.messages(fromChunks: chunks) == [
        GraphvizMessage(level: .error, text: "node b has no position\nas required by the -n flag")
      ])
  }

  @Test func textWithoutALevelIsAWarningAndBlankMessagesAreDropped() {
    #expect(
      GraphvizSession.messages(fromChunks: ["orphan\n", "Error", ": ", "  \n"]) == [
        GraphvizMessage(level: .warning, text: "orphan")
      ])
    #expect(GraphvizSession.messages(fromChunks: []).isEmpty)
    #expect(
      GraphvizSession.messages(fromChunks: ["Error"]) == [
        GraphvizMessage(level: .warning, text: "Error")
      ])
  }

  @Test func anErrorsMessageIsOneLine() {
    let error = GraphvizError(
      stage: .layout, context: "layout with nop2 failed", graphvizMessages: ["a\nb", "c"])
    #expect(error.message == "layout with nop2 failed: a b; c")
    #expect(GraphvizError(stage: .render, context: "x").description == "x")
  }
}
