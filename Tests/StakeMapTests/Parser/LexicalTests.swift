import StakeMap
import Testing

/// The lexical rules: comments, strings and escapes, identifiers, line ends.
@Suite struct LexicalTests {
  @Test func commentsWithHashAndSlashes() {
    let map = validMap(
      lines(
        "# a comment",
        "// another",
        "title \"T\"  # trailing",
        "stakeholder a power=1 interest=1 // trailing too",
        "   # indented"))
    #expect(map.title == "T")
    #expect(map.stakeholders == [Stakeholder(id: "a", power: 1, interest: 1)])
  }

  @Test func hashAndSlashesInsideAStringAreNotComments() {
    let map = validMap(
      lines(
        "title \"Issue #42 // part 2\"",
        "stakeholder a \"#1\" power=1 interest=1 note=\"see http://x.y/#z\" # real comment"))
    #expect(map.title == "Issue #42 // part 2")
    #expect(map.stakeholders[0].name == "#1")
    #expect(map.stakeholders[0].note == "see http://x.y/#z")
  }

  @Test func stringEscapes() {
    let map = validMap(lines(#"title "say \"hi\" \\ then\nnext\tcol""#))
    #expect(map.title == "say \"hi\" \\ then\nnext\tcol")
  }

  @Test func unknownEscapeIsAnError() {
    #expect(
      diagnose(lines(#"title "a\qb""#)) == [
        .error(1, 9, #"unknown escape '\q' in string; use \", \\, \n or \t"#)
      ])
  }

  @Test func unicodeInStrings() {
    let map = validMap(lines("title \"Zürich — 東京 🚀\""))
    #expect(map.title == "Zürich — 東京 🚀")
  }

  @Test func unicodeLettersInIds() {
    let map = validMap(
      lines(
        "stakeholder zoë power=1 interest=1",
        "stakeholder Ωmega power=1 interest=1",
        "stakeholder 東京 power=1 interest=1",
        "stakeholder _x1.y-z power=1 interest=1",
        "zoë -> 東京",
        "Ωmega->_x1.y-z"))
    #expect(map.stakeholders.map(\.id) == ["zoë", "Ωmega", "東京", "_x1.y-z"])
    #expect(
      map.relations == [
        Relation(.influences, from: "zoë", to: "東京"),
        Relation(.influences, from: "Ωmega", to: "_x1.y-z"),
      ])
  }

  @Test func idMayNotStartWithADigit() {
    #expect(
      diagnose(lines("stakeholder 1st power=1 interest=1")) == [.error(1, 13, "'1st' is not a number")])
  }

  @Test func carriageReturnLineFeedLineEnds() {
    let lf = lines(
      "title \"T\"  # c",
      "domain d {",
      "  stakeholder a \"A\" {",
      "    power = 1",
      "    interest = 2",
      "  }",
      "}",
      "stakeholder b power=3 interest=4 note=\"n\"",
      "a -> b")
    let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
    let lfResult = parse(lf)
    let crlfResult = parse(crlf)
    #expect(crlfResult.diagnostics.isEmpty)
    #expect(crlfResult.map == lfResult.map)
    #expect(crlfResult.map.stakeholders.map(\.id) == ["a", "b"])
    #expect(crlfResult.map.stakeholders[1].note == "n")
    // The canonical text has plain line ends, and comments lose the carriage return.
    #expect(SyntaxPrinter.print(crlfResult.syntax) == SyntaxPrinter.print(lfResult.syntax))
  }

  @Test func byteOrderMarkIsSkipped() {
    let text = lines("title \"T\"", "stakeholder a power=1 interest=1")
    let result = parse(bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
    #expect(result.diagnostics.isEmpty)
    #expect(result.map == validMap(text))
  }

  @Test func noFinalNewline() {
    let map = validMap("stakeholder a power=1 interest=1\na -> a2\nstakeholder a2 power=1 interest=1")
    #expect(map.relations == [Relation(.influences, from: "a", to: "a2")])
  }
}
