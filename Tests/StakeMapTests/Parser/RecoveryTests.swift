import StakeMap
import Testing

/// Every error in a file is reported in one run, up to 50.
@Suite struct RecoveryTests {
  @Test func errorsOnSeveralLinesAreAllReported() {
    let text = lines(
      "stakholder a power=1 interest=1",
      "stakeholder b power=12 interest=1",
      "",
      "foo bar baz",
      "stakeholder c \"unterminated",
      "stakeholder d power=1 interest=1 stance=wobbly",
      "domain x {",
      "  stakeholder e power=1 interest=1 kind=team",
      "}",
      "d -> e 3",
      "d -> nobody")
    #expect(
      diagnose(text) == [
        .error(1, 1, "unknown statement 'stakholder'; did you mean 'stakeholder'?"),
        .error(2, 21, "12 is out of range for 'power': it takes 0 to 10"),
        .error(
          4, 1,
          "unknown statement 'foo' (statements: title, goal, me, thresholds, domain, stakeholder, or a relation such as 'a -> b')"
        ),
        .error(5, 15, "unterminated string: it opens here and the line ends before its closing '\"'"),
        .error(
          6, 41,
          "'wobbly' is not a stance; use opposed, resistant, neutral, supportive, champion, or a number from -2 to 2"),
        .error(8, 41, "'team' is not a kind; use person or group"),
        .error(10, 8, "3 is out of range for 'weight': it takes 0 to 1"),
        .error(11, 6, "unknown stakeholder 'nobody'"),
      ])
  }

  @Test func anErrorSkipsTheBlockOpenedOnItsLine() {
    let text = lines(
      "bogus x {",
      "  stakeholder hidden power=1 interest=1",
      "}",
      "stakeholder seen power=1 interest=1")
    let result = parse(text)
    #expect(
      result.diagnostics.map(Reported.init) == [
        .error(
          1, 1,
          "unknown statement 'bogus' (statements: title, goal, me, thresholds, domain, stakeholder, or a relation such as 'a -> b')"
        )
      ])
    #expect(result.map.stakeholders.map(\.id) == ["seen"])
  }

  @Test func aHundredBadLinesGiveExactlyFifty() {
    let text = (1...100).map { "stakeholder s\(1000 + $0) power=11 interest=1\n" }.joined()
    let result = parse(text)
    let errors = result.diagnostics.errors
    #expect(errors.count == 50)
    #expect(result.reachedErrorLimit)
    #expect(errors.map(\.location.line) == Array(1...50))
    #expect(errors.allSatisfy { $0.location.column == 25 })
  }

  @Test func aHundredSyntaxErrorsGiveExactlyFifty() {
    let text = (1...100).map { "bogus\($0) x\n" }.joined()
    let result = parse(text)
    #expect(result.diagnostics.count == 50)
    #expect(result.diagnostics.errors.map(\.location.line) == Array(1...50))
    #expect(result.reachedErrorLimit)
  }

  @Test func fortyNineErrorsDoNotReachTheLimit() {
    let text = (1...49).map { "bogus\($0) x\n" }.joined()
    let result = parse(text)
    #expect(result.diagnostics.count == 49)
    #expect(!result.reachedErrorLimit)
  }
}
