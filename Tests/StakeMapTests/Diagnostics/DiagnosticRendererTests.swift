import StakeMap
import Testing

/// The compiler-style text of diagnostics: `FILE:LINE:COL: severity: message`, the
/// line, a caret under the column, then the notes the same way.
@Suite struct DiagnosticRendererTests {
  /// Every diagnostic of a parse, rendered.
  func rendered(_ text: String) -> String {
    render(parse(text))
  }

  func render(_ result: ParseResult) -> String {
    DiagnosticRenderer(sources: [result.source]).render(result.diagnostics)
  }

  @Test func plainLine() {
    let text = lines(
      "stakeholder a power=1 interest=1",
      "stakeholder cfo \"Priya\" power=1 interest=3 stanse=1")
    #expect(
      rendered(text) == """
        test.stakes:2:44: error: unknown attribute 'stanse' for a stakeholder; did you mean 'stance'?
        stakeholder cfo "Priya" power=1 interest=3 stanse=1
                                                   ^

        """)
  }

  @Test func errorAtTheFirstColumn() {
    #expect(
      rendered("bogus\n") == """
        test.stakes:1:1: error: unknown statement 'bogus' (statements: title, goal, me, thresholds, domain, stakeholder, or a relation such as 'a -> b')
        bogus
        ^

        """)
  }

  @Test func tabsBeforeTheColumnAreKeptInTheCaretLine() {
    let text = lines("\tstakeholder a\t\"A\" power=1 interest=1 stance=5")
    #expect(
      rendered(text) == """
        test.stakes:1:46: error: 5 is out of range for 'stance': it takes -2 to 2
        \tstakeholder a\t"A" power=1 interest=1 stance=5
        \t             \t                              ^

        """)
  }

  @Test func multiByteCharactersTakeOneCaretColumn() {
    let text = lines("stakeholder zoë \"Zoë 🚀\" power=12 interest=1")
    #expect(
      rendered(text) == """
        test.stakes:1:31: error: 12 is out of range for 'power': it takes 0 to 10
        stakeholder zoë "Zoë 🚀" power=12 interest=1
                                      ^

        """)
  }

  @Test func notesFollowTheirDiagnostic() {
    let text = lines(
      "stakeholder ann power=1 interest=1",
      "domain d {",
      "  stakeholder ann power=1 interest=1",
      "}")
    #expect(
      rendered(text) == """
        test.stakes:3:15: error: duplicate stakeholder id 'ann'
          stakeholder ann power=1 interest=1
                      ^
        test.stakes:1:13: note: 'ann' is first declared here
        stakeholder ann power=1 interest=1
                    ^

        """)
  }

  @Test func warningsAndErrorsInFileOrder() {
    let text = lines(
      "stakeholder ann",
      "ann -> bob")
    #expect(
      rendered(text) == """
        test.stakes:1:13: warning: stakeholder 'ann' has no power or interest rating; analysed as medium (5) and shown apart on the grid
        stakeholder ann
                    ^
        test.stakes:2:8: error: unknown stakeholder 'bob'
        ann -> bob
               ^

        """)
  }

  @Test func veryLongLineIsCutAroundTheColumnAtItsEnd() {
    // 341 characters; the error is at column 329, near the end.
    let line = "stakeholder a note=\"" + String(repeating: "x", count: 300) + "\" power=11 interest=1"
    let result = parse(lines(line))
    let expected =
      "test.stakes:1:329: error: 11 is out of range for 'power': it takes 0 to 10\n"
      + "…" + String(repeating: "x", count: 139) + "\" power=11 interest=1\n"
      + String(repeating: " ", count: 1 + 147) + "^\n"
    #expect(render(result) == expected)
  }

  @Test func veryLongLineIsCutOnBothSidesOfTheColumn() {
    // The error is at column 249 of a 457-character line: 80 characters of context
    // before it, 79 after, with an ellipsis at each cut.
    let line =
      "stakeholder a power=1 interest=1 note=\"" + String(repeating: "x", count: 200)
      + "\" stance=9 role=\"" + String(repeating: "y", count: 200) + "\""
    let expected =
      "test.stakes:1:249: error: 9 is out of range for 'stance': it takes -2 to 2\n"
      + "…" + String(repeating: "x", count: 71) + "\" stance=9 role=\"" + String(repeating: "y", count: 72) + "…\n"
      + " " + String(repeating: " ", count: 80) + "^\n"
    let rendered = render(parse(lines(line)))
    #expect(rendered == expected)
    // The caret sits under the offending value.
    let quoted = Array(rendered.split(separator: "\n")[1])
    let caret = rendered.split(separator: "\n")[2]
    #expect(quoted[caret.count - 1] == "9")
  }

  @Test func veryLongLineIsCutAfterAnEarlyColumn() {
    let line = "bogus " + String(repeating: "z", count: 300)
    let expected =
      "test.stakes:1:1: error: unknown statement 'bogus' (statements: title, goal, me, thresholds, domain, stakeholder, or a relation such as 'a -> b')\n"
      + "bogus " + String(repeating: "z", count: 154) + "…\n"
      + "^\n"
    #expect(render(parse(lines(line))) == expected)
  }

  @Test func lineOfExactlyTheWindowIsNotCut() {
    let line = "stakeholder a power=1 interest=1 note=\"" + String(repeating: "x", count: 113) + "\" kind=x"
    #expect(line.count == 160)
    let rendered = render(parse(lines(line)))
    #expect(rendered.split(separator: "\n")[1] == line[...])
    #expect(rendered.split(separator: "\n")[2] == String(repeating: " ", count: 159) + "^")
  }

  @Test func controlCharactersAreShownAsReplacementCharacters() {
    #expect(
      rendered("title \"T\" \u{1}\n") == """
        test.stakes:1:11: error: unexpected character U+0001
        title "T" \u{FFFD}
                  ^

        """)
  }

  @Test func byteOrderMarkIsNotQuoted() {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("bogus\n".utf8)
    let result = parse(bytes: bytes)
    #expect(
      render(result) == """
        test.stakes:1:1: error: unknown statement 'bogus' (statements: title, goal, me, thresholds, domain, stakeholder, or a relation such as 'a -> b')
        bogus
        ^

        """)
  }

  @Test func carriageReturnIsNotQuoted() {
    #expect(
      rendered("stakeholder a power=1 interest=1 kind=x\r\n") == """
        test.stakes:1:39: error: 'x' is not a kind; use person or group
        stakeholder a power=1 interest=1 kind=x
                                              ^

        """)
  }

  @Test func diagnosticOfAnotherFileHasNoQuotedLine() {
    let diagnostic = Diagnostic.error("cannot read", at: SourceLocation(file: "other.stakes", line: 3, column: 4))
    #expect(DiagnosticRenderer().render(diagnostic) == "other.stakes:3:4: error: cannot read\n")
  }
}
