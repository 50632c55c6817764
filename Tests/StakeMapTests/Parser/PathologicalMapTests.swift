import Foundation
import StakeMap
import Testing

/// Inputs no one writes by hand but a tool, an attacker or an accident can produce:
/// huge lines, deep nesting, floods of errors, odd bytes, huge ids and lists, and
/// networks far larger or denser than an organisation. Each must give the right
/// answer or the right diagnostic, at the right place, without crashing, and in time
/// that grows linearly with the input.
///
/// Sizes are chosen so the whole suite runs in well under ten seconds in a debug build
/// on an idle machine.
@Suite struct PathologicalMapTests {
  static let tenMegabytes = 10_000_000

  // MARK: - Huge lines

  @Test func tenMegabyteCommentLine() {
    let text = "# " + String(repeating: "x", count: Self.tenMegabytes) + "\nstakeholder a power=1 interest=1\n"
    let result = parse(text)
    #expect(result.diagnostics.isEmpty)
    #expect(result.map.stakeholders.map(\.id) == ["a"])
    #expect(result.syntax.statements.first?.leadingComments.first?.text.utf8.count == Self.tenMegabytes + 2)
    // The text is already canonical: fmt gives it back byte for byte.
    #expect(SyntaxPrinter.print(result.syntax) == text)
  }

  @Test func tenMegabyteStringLine() {
    let long = String(repeating: "x", count: Self.tenMegabytes - 4) + "\\\"é\\\\"
    let text = "title \"" + long + "\"\nstakeholder a power=1 interest=1 note=\"n\"\n"
    let result = parse(text)
    #expect(result.diagnostics.isEmpty)
    let title = result.map.title ?? ""
    #expect(title.unicodeScalars.count == Self.tenMegabytes - 4 + 3)
    #expect(title.hasSuffix("x\"é\\"))
    // Printed and read back, the map is the same.
    let printed = StakeMapPrinter.print(result.map)
    #expect(parse(printed).map == result.map)
  }

  @Test func tenMegabyteLineOfRepeatedStakeholdersIsOneError() {
    let line = String(repeating: "stakeholder a power=1 interest=1 ", count: Self.tenMegabytes / 33)
    let result = parse(line + "\nstakeholder after power=1 interest=1\n")
    // The second `stakeholder` reads as an attribute key; the rest of the line is skipped.
    #expect(
      result.diagnostics.map(Reported.init) == [
        .error(1, 46, "expected '=' after 'stakeholder' (attributes are written key=value), found 'a'")
      ])
    #expect(result.map.stakeholders.map(\.id) == ["after"])
  }

  /// Regression: past the error limit the parser used to lex (and word a message for)
  /// every remaining bad character of the line, about 10 s for these 10 MB in a debug
  /// build; now it stops reading at the 50th error.
  @Test func tenMegabyteLineOfGarbageStopsAtTheErrorLimit() {
    let text = "stakeholder a power=1 interest=1 " + String(repeating: "@", count: Self.tenMegabytes) + "\n"
    let result = parse(text + "stakeholder b power=1 interest=1\n")
    #expect(result.reachedErrorLimit)
    #expect(result.diagnostics.map(Reported.init) == (34..<84).map { .error(1, $0, "unexpected character '@'") })

    // Mixed punctuation, control characters and half-tokens: still 50, all on line 1.
    let mixed = String(repeating: "=[,]{}\u{1}?->\"", count: Self.tenMegabytes / 11)
    let garbage = parse(mixed + "\nstakeholder b power=1 interest=1\n")
    #expect(garbage.reachedErrorLimit)
    #expect(garbage.diagnostics.count == 50)
    #expect(garbage.diagnostics.allSatisfy { $0.severity == .error && $0.location.line == 1 })
    #expect(garbage.diagnostics.first.map(Reported.init) == .error(1, 1, "expected a statement, found '='"))
  }

  /// The quoted line under a diagnostic is cut around the caret, however long the line.
  @Test func diagnosticsOnAMegabyteLineQuoteAWindow() {
    let text = "title \"" + String(repeating: "x", count: 1_000_000) + "\" @ @\n"
    let result = parse(text)
    #expect(
      result.diagnostics.map(Reported.init) == [
        .error(1, 1_000_010, "unexpected character '@'"), .error(1, 1_000_012, "unexpected character '@'"),
      ])
    let rendered = DiagnosticRenderer(sources: [result.source]).render(result.diagnostics[0])
    let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 4)
    #expect(lines[0] == "test.stakes:1:1000010: error: unexpected character '@'")
    #expect(lines[1].unicodeScalars.count <= 162)
    #expect(lines[1].hasPrefix("…x") && lines[1].hasSuffix("\" @ @"))
    // The caret sits under the '@' in the window.
    let caretColumn = lines[2].count
    #expect(Array(lines[1].unicodeScalars)[caretColumn - 1] == "@")
  }

  // MARK: - Nesting

  /// `depth` domains nested on one line, a stakeholder in the innermost.
  static func nestedOnOneLine(_ depth: Int) -> String {
    (0..<depth).map { "domain d\($0) { " }.joined() + "stakeholder deep power=1 interest=1"
      + String(repeating: " }", count: depth) + "\nstakeholder after power=1 interest=1\n"
  }

  @Test func sixtyFourDomainsNestedOnOneLineParse() {
    let result = parse(Self.nestedOnOneLine(64))
    #expect(result.diagnostics.isEmpty)
    #expect(result.map.domains.count == 64)
    #expect(result.map.stakeholder("deep")?.domain == "d63")
    #expect(result.map.stakeholder("after")?.domain == nil)
    // fmt spreads it over lines, two spaces a level; the innermost stakeholder, 128
    // columns in, would pass 120 characters, so it takes a block of 4 lines.
    let printed = SyntaxPrinter.print(result.syntax)
    #expect(printed.split(separator: "\n").count == 64 * 2 + 4 + 1)
    #expect(printed.contains("\n" + String(repeating: " ", count: 128) + "stakeholder deep {\n"))
    #expect(parse(printed).map == result.map)
  }

  @Test func sixtyFiveDomainsNestedOnOneLineGiveOneErrorAtTheDeepestKeyword() {
    let text = Self.nestedOnOneLine(65)
    // The line is ASCII: the column of the 65th `domain` is its offset + 1.
    let keyword = text.distance(from: text.startIndex, to: text.range(of: "domain d64 ")!.lowerBound)
    let result = parse(text)
    // FORMAT.md: "nesting deeper than 64 domains" is an error; it is reported where the
    // 65th domain opens, and its block is skipped, braces matched.
    #expect(
      result.diagnostics.map(Reported.init) == [
        .error(1, keyword + 1, "domain 'd64' is nested 65 levels deep; at most 64 are allowed")
      ])
    #expect(result.map.domains.count == 64)
    #expect(result.map.stakeholder("deep") == nil)
    #expect(result.map.stakeholder("after")?.domain == nil)
  }

  // MARK: - Floods of errors

  @Test func aHundredThousandSyntaxErrorsStopAtFifty() {
    let text = (1...100_000).map { "bogus\($0) x\n" }.joined()
    let result = parse(text)
    #expect(result.reachedErrorLimit)
    #expect(result.diagnostics.count == 50)
    #expect(result.diagnostics.map(\.location.line) == Array(1...50))
    #expect(result.map == StakeMap())
  }

  @Test func aHundredThousandValueErrorsStopAtFifty() {
    // Each line is well formed, so the whole file is read before the values are
    // checked; the report still stops at 50.
    let text = (1...100_000).map { "stakeholder s\($0) power=11 interest=1\n" }.joined()
    let result = parse(text)
    #expect(result.reachedErrorLimit)
    #expect(result.diagnostics.errors.count == 50)
    #expect(result.diagnostics.errors.map(\.location.line) == Array(1...50))
    #expect(result.diagnostics.allSatisfy { $0.message == "11 is out of range for 'power': it takes 0 to 10" })
  }

  @Test func aHundredThousandUnknownStakeholdersStopAtFifty() {
    let text =
      lines("stakeholder ann power=1 interest=1", "stakeholder bob power=1 interest=1")
      + (1...100_000).map { "ann -> nobody\($0)\n" }.joined()
    let result = parse(text)
    #expect(result.reachedErrorLimit)
    #expect(
      result.diagnostics.map(Reported.init) == (1...50).map { .error($0 + 2, 8, "unknown stakeholder 'nobody\($0)'") })
  }

  /// Regression: each circle used to scan every `reports-to` line again to find where
  /// to report it (quadratic: 4,000 two-person circles took 10 s); now one pass finds
  /// them all, and the report stops at 50.
  @Test func tenThousandReportingCyclesStopAtFifty() {
    let pairs = 10_000
    let text =
      (0..<(2 * pairs)).map { "stakeholder p\($0) power=1 interest=1\n" }.joined()
      + (0..<pairs).map { "p\(2 * $0) reports-to p\(2 * $0 + 1)\np\(2 * $0 + 1) reports-to p\(2 * $0)\n" }.joined()
    let result = parse(text)
    #expect(result.reachedErrorLimit)
    #expect(result.diagnostics.count == 50)
    #expect(
      result.diagnostics.first.map(Reported.init)
        == .error(2 * pairs + 2, 1, "reporting cycle: p0 reports-to p1 reports-to p0"))
    #expect(result.diagnostics.allSatisfy { $0.message.hasPrefix("reporting cycle: ") })
  }

  // MARK: - Odd bytes

  @Test func nullByteOutsideAStringIsAnError() {
    let result = parse("title \"T\"\nstakeholder a\u{0} power=1 interest=1\n")
    #expect(result.diagnostics.map(Reported.init) == [.error(2, 14, "unexpected character U+0000")])
    // The quoted line shows a replacement character instead of the raw byte.
    let rendered = DiagnosticRenderer(sources: [result.source]).render(result.diagnostics)
    #expect(
      rendered
        == "test.stakes:2:14: error: unexpected character U+0000\nstakeholder a\u{FFFD} power=1 interest=1\n             ^\n"
    )
  }

  @Test func nullBytesInsideStringsAreKept() {
    let result = parse("title \"a\u{0}b\"\nstakeholder a \"N\u{0}\" power=1 interest=1 note=\"\u{0}\"\n")
    #expect(result.diagnostics.isEmpty)
    #expect(result.map.title == "a\u{0}b")
    #expect(result.map.stakeholders.first?.name == "N\u{0}")
    #expect(result.map.stakeholders.first?.note == "\u{0}")
    // Printed and read back, nothing is lost.
    #expect(parse(SyntaxPrinter.print(result.syntax)).map == result.map)
    #expect(parse(StakeMapPrinter.print(result.map)).map == result.map)
  }

  @Test func invalidUTF8InTheMiddleOfALongStringIsReportedWhereItIs() {
    // A tab, then a string of a million two-byte characters, then a lone 0xFF.
    let before =
      Array("title \"T\"\n# ok\n\tstakeholder a \"".utf8) + Array(String(repeating: "é", count: 1_000_000).utf8)
    let bytes = before + [0xFF] + Array("é\" power=1 interest=1\n".utf8)
    let result = parse(bytes: bytes)
    #expect(
      result.diagnostics.map(Reported.init) == [
        .error(3, 17 + 1_000_000, "the file is not valid UTF-8: byte 0xFF cannot appear here; save it as UTF-8")
      ])
    #expect(result.map == StakeMap())
  }

  @Test func byteOrderMarkCarriageReturnsAndTabsTogether() {
    let plain = lines(
      "title \"T\"",
      "stakeholder a power=1 interest=1 goals=[x, y]",
      "a -> b",
      "stakeholder b power=2 interest=2")
    let odd =
      [0xEF, 0xBB, 0xBF]
      + Array(
        "title\t\"T\"\r\nstakeholder\ta\tpower\t=\t1\tinterest=1\tgoals=[\tx\t,y\t]\t\r\n\ta\t->\tb\t# c\r\nstakeholder b power=2 interest=2\r\n"
          .utf8)
    let result = parse(bytes: odd)
    #expect(result.diagnostics.isEmpty)
    #expect(result.map == validMap(plain))

    // An error on line 3: the line number ignores the CRs, the column ignores the
    // byte-order mark and counts each tab as one.
    let broken =
      [0xEF, 0xBB, 0xBF] + Array("title\t\"T\"\r\nstakeholder\ta\tpower=1 interest=1\r\n\ta\t->\tnobody\r\n".utf8)
    let failed = parse(bytes: broken)
    #expect(failed.diagnostics.map(Reported.init) == [.error(3, 7, "unknown stakeholder 'nobody'")])
    // The quoted line keeps its tabs (so the caret lines up) and drops the CR.
    #expect(
      DiagnosticRenderer(sources: [failed.source]).render(failed.diagnostics)
        == "test.stakes:3:7: error: unknown stakeholder 'nobody'\n\ta\t->\tnobody\n\t \t  \t^\n")
  }

  @Test func byteOrderMarkOnlyCountsAtTheStart() {
    #expect(parse(bytes: [0xEF, 0xBB, 0xBF]).diagnostics.isEmpty)
    #expect(parse(bytes: [0xEF, 0xBB, 0xBF]).map == StakeMap())
    // A second one, or one on a later line, is a character like any other.
    #expect(
      diagnose(bytes: [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF] + Array("stakeholder a power=1 interest=1\n".utf8)) == [
        .error(1, 1, "unexpected character '\u{FEFF}'")
      ])
    #expect(
      diagnose("title \"T\"\n\u{FEFF}stakeholder a power=1 interest=1\n") == [
        .error(2, 1, "unexpected character '\u{FEFF}'")
      ])
  }

  // MARK: - Huge ids and lists

  /// Regression: "did you mean" compared ids with a full edit-distance table, quadratic
  /// in their length (3.6 s for one typo in a 10,000-character id, minutes for 50); it
  /// now computes only the band of at most 3 edits.
  @Test func tenThousandCharacterIds() {
    let long = String(repeating: "é", count: 10_000)
    let other = String(repeating: "x", count: 10_000)
    let typo = String(repeating: "é", count: 9_999) + "e"
    let text = lines(
      "stakeholder \(long) \"L\" power=1 interest=1",
      "stakeholder \(other) power=2 interest=2",
      "\(long) -> \(other) 0.7",
      "\(other) -> \(typo)")
    let result = parse(text)
    #expect(
      result.diagnostics.map(Reported.init) == [
        .error(4, 10_005, "unknown stakeholder '\(typo)'; did you mean '\(long)'?")
      ])
    let valid = validMap(
      lines(
        "stakeholder \(long) \"L\" power=1 interest=1",
        "stakeholder \(other) power=2 interest=2",
        "\(long) -> \(other) 0.7",
        "\(other) -> \(long)"))
    #expect(valid.stakeholders.map(\.id.rawValue) == [long, other])
    #expect(valid.relations.map(\.to.rawValue) == [other, long])
    #expect(parse(StakeMapPrinter.print(valid)).map == valid)
  }

  /// `fmt` (and `import csv`, which prints through the same printer) aligns a run of
  /// relations on its first ids, but an id wider than `SyntaxPrinter.alignedCellLimit`
  /// does not set the column: before that cap, one long id padded every other relation
  /// of the run (68 KB in, 10 MB out here: n relations and an id of length L printed
  /// n·L bytes).
  @Test func oneLongIdDoesNotPadEveryRelation() {
    let long = String(repeating: "a", count: 10_000)
    let people =
      "stakeholder \(long) power=1 interest=1\n" + (0..<1000).map { "stakeholder p\($0) power=1 interest=1\n" }.joined()
    let text = people + "\(long) -> p0\n" + (1..<1000).map { "p\($0) -> p\($0 - 1)\n" }.joined()
    let result = parse(text)
    #expect(result.diagnostics.isEmpty)
    let printed = SyntaxPrinter.print(result.syntax)
    #expect(parse(printed).map == result.map)
    #expect(printed.utf8.count <= 2 * text.utf8.count)
    #expect(StakeMapPrinter.print(result.map).utf8.count <= 2 * text.utf8.count)
    #expect(SyntaxPrinter.print(parse(printed).syntax) == printed, "still canonical")
  }

  @Test func stakeholderWithTenThousandGoals() {
    let goals = (0..<10_000).map { "g\($0)" }
    let half = (5_000..<15_000).map { "g\($0)" }
    let text = lines(
      "stakeholder a power=9 interest=9 stance=2 goals=[\(goals.joined(separator: ", "))]",
      "stakeholder b power=9 interest=9 stance=-2 goals=[\(half.joined(separator: ","))]",
      "a conflicts-with b")
    let result = parse(text)
    #expect(result.diagnostics.isEmpty)
    #expect(result.map.stakeholders.first?.goals == goals)
    // Too long for one line: fmt gives it a block, and reads back the same.
    let printed = SyntaxPrinter.print(result.syntax)
    #expect(printed.hasPrefix("stakeholder a {\n"))
    #expect(parse(printed).map == result.map)
    // The common ground is the 5,000 shared goals, in a's order.
    let analysis = MapAnalysis(result.map)
    #expect(analysis.conflicts.first?.commonGround == Array(goals[5_000...]))
  }

  // MARK: - Huge and dense networks

  /// p0 -> p1 -> … -> p99999 -> p0, weights and stances varied.
  static func influenceCycle(_ n: Int, openness: Double) -> StakeMap {
    var map = StakeMap()
    for i in 0..<n {
      let power = Double(i % 11)
      let interest = Double((i * 7) % 11)
      let stance = Double(i % 5 - 2)
      map.stakeholders.append(
        Stakeholder(id: StakeholderID("p\(i)"), power: power, interest: interest, stance: stance, openness: openness))
      let weight = 0.1 + Double(i % 9) / 10
      map.relations.append(
        Relation(.influences, from: StakeholderID("p\(i)"), to: StakeholderID("p\((i + 1) % n)"), weight: weight))
    }
    return map
  }

  @Test func influenceCycleOfAHundredThousand() {
    let n = 100_000
    let map = Self.influenceCycle(n, openness: 0.5)
    // Brokerage is sampled above 20,000 people; 16 sources keep the test quick, and so
    // does leaving allies out (their cost on maps this size is measured by `make bench`).
    let analysis = MapAnalysis(map, options: .init(topAllies: 0, pivots: 16))
    let ranks = analysis.people.map(\.influenceRank)
    #expect(abs(ranks.reduce(0, +) - 1) < 1e-9)
    #expect(ranks.allSatisfy { $0 > 0 && $0.isFinite })
    let predicted = analysis.people.map(\.predictedStance)
    #expect(predicted.allSatisfy { $0.isFinite && $0 >= -2 && $0 <= 2 })
    // Everyone is half anchored and half moved, so nobody ends at an extreme.
    #expect(predicted.allSatisfy { abs($0) < 2 })
    #expect(analysis.consensusGroups.isEmpty)
    #expect(analysis.brokerageIsEstimate)
    #expect(analysis.brokeragePivots == 16)
  }

  @Test func fullyOpenInfluenceCycleOfAHundredThousandReachesConsensus() {
    // Everyone open to influence, nobody anchored: no unique fixed point, so the model
    // gives the consensus, and says so.
    let n = 100_000
    let map = Self.influenceCycle(n, openness: 1)
    let network = InfluenceNetwork(map)
    let prediction = network.predictedStance(
      initial: map.stakeholders.map { $0.stance / 2 }, openness: map.stakeholders.map(\.openness))
    #expect(prediction.converged)
    #expect(prediction.consensusGroups == [Array(0..<n)])
    let first = prediction.stance[0]
    #expect(first.isFinite && abs(first) <= 1)
    #expect(prediction.stance.allSatisfy { $0 == first })
    let ranks = network.pageRank()
    #expect(abs(ranks.reduce(0, +) - 1) < 1e-9)
  }

  /// 300 people who all conflict with each other, allied in a ring, and 10 mediators
  /// allied with all of them.
  static let everyoneConflicts: String = {
    let n = 300
    var text = (0..<n).map { "stakeholder p\($0) power=\($0 % 11) interest=5\n" }.joined()
    text += (0..<10).map { "stakeholder m\($0) power=5 interest=5\n" }.joined()
    for i in 0..<n {
      for j in (i + 1)..<n { text += "p\(i) conflicts-with p\(j)\n" }
    }
    for i in 0..<n { text += "p\(i) allied-with p\((i + 1) % n)\n" }
    for m in 0..<10 {
      for i in 0..<n { text += "m\(m) allied-with p\(i)\n" }
    }
    return text
  }()

  @Test func everyoneConflictingWithEveryoneIsBounded() throws {
    let map = validMap(Self.everyoneConflicts)
    let analysis = MapAnalysis(map)
    #expect(analysis.conflicts.count == 300 * 299 / 2)

    // Every conflict has the 10 mediators as pivots; p(i) and p(i+2) also have p(i+1).
    let triangles = analysis.tensionTriangles
    #expect(triangles.total == 300 * 299 / 2 * 10 + 300)
    #expect(triangles.triangles.count == TensionTriangles.limit)
    // Listed by conflict (file order), then pivot (file order).
    let listed = triangles.triangles.map { "\($0.pivot) between \($0.a) and \($0.b)" }
    let mediators = (0..<10).map { "m\($0)" }
    #expect(Array(listed.prefix(10)) == mediators.map { "\($0) between p0 and p1" })
    #expect(Array(listed[10..<21]) == (["p1"] + mediators).map { "\($0) between p0 and p2" })

    // Factions never hold two who conflict; here every tie joins two who do (or a
    // mediator to both sides), so there are none, and none is the bound.
    #expect(analysis.factions.isEmpty)

    // The outputs say how many were left out.
    let text = AnalysisText.render(analysis, sections: .conflicts)
    #expect(text.contains("… and \(triangles.total - TensionTriangles.limit) more\n"))
    let markdown = AnalysisMarkdown.render(analysis, sections: .conflicts)
    #expect(markdown.contains("\n… and \(triangles.total - TensionTriangles.limit) more, not listed.\n"))
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(AnalysisJSON.render(analysis, sections: .conflicts).utf8))
        as? [String: Any])
    #expect((json["tensionTriangles"] as? [Any])?.count == TensionTriangles.limit)
    #expect(json["tensionTrianglesTotal"] as? Int == triangles.total)
  }

  @Test func factionsAreDisjointAndConflictFreeUnderDenseConflict() {
    // Half the pairs conflict (i + j odd), everyone allied with everyone next but one:
    // the allies of a faction never conflict, and nobody is in two.
    let n = 120
    var text = (0..<n).map { "stakeholder p\($0) power=\($0 % 11) interest=5 stance=\($0 % 3 - 1)\n" }.joined()
    for i in 0..<n {
      for j in (i + 1)..<n where (i + j) % 2 == 1 { text += "p\(i) conflicts-with p\(j)\n" }
    }
    for i in 0..<n {
      for j in (i + 1)..<n where (j - i) % 2 == 0 { text += "p\(i) allied-with p\(j)\n" }
    }
    let analysis = MapAnalysis(validMap(text))
    let conflicting = Set(analysis.conflicts.map { Set([$0.a, $0.b]) })
    var seen = Set<StakeholderID>()
    for faction in analysis.factions {
      #expect(faction.members.count >= 2)
      for member in faction.members { #expect(seen.insert(member).inserted, "\(member) is in two factions") }
      for a in faction.members {
        for b in faction.members where a != b { #expect(!conflicting.contains([a, b])) }
      }
    }
    // The even and the odd people are allied among themselves and never conflict
    // within their parity: two factions of 60.
    #expect(analysis.factions.map(\.members.count) == [60, 60])
  }

  // MARK: - Growth

  /// The median of three timings of `body`, in seconds.
  static func medianSeconds(_ body: () -> Void) -> Double {
    let clock = ContinuousClock()
    let times = (0..<3).map { _ in
      let duration = clock.measure(body)
      return Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
    return times.sorted()[1]
  }

  /// The inputs of one shape at size n and 4n grow no faster than linearly: the larger
  /// takes less than 12 times the smaller (4 is linear; the margin absorbs a loaded
  /// machine, and a quadratic shape would take about 16).
  @Test func timeGrowsLinearly() {
    struct Shape {
      var name: String
      var input: (Int) -> String
      var small: Int
      var work: (String) -> Void = { _ = parse($0) }
    }
    let shapes = [
      Shape(
        name: "a long line ending in an error",
        input: { "title \"" + String(repeating: "x", count: $0) + "\" @\n" }, small: 250_000),
      Shape(
        name: "many value errors", input: { n in (0..<n).map { "stakeholder s\($0) power=11 interest=1\n" }.joined() },
        small: 2_500),
      Shape(
        name: "a deep chain of relations, analysed",
        input: { n in
          (0..<n).map { "stakeholder p\($0) power=\($0 % 11) interest=5 stance=\($0 % 5 - 2)\n" }.joined()
            + (1..<n).map { "p\($0 - 1) -> p\($0) 0.8\np\($0) reports-to p\($0 - 1)\n" }.joined()
        },
        small: 1_000,
        work: { text in
          let network = InfluenceNetwork(parse(text).map)
          _ = network.pageRank()
          _ = network.stronglyConnectedComponents()
          _ = network.influencePaths(from: 0)
          _ = network.predictedStance(
            initial: [Double](repeating: 0.5, count: network.count),
            openness: [Double](repeating: 0.5, count: network.count))
        }),
      Shape(
        name: "many reporting cycles",
        input: { n in
          (0..<(2 * n)).map { "stakeholder p\($0) power=1 interest=1\n" }.joined()
            + (0..<n).map { "p\(2 * $0) reports-to p\(2 * $0 + 1)\np\(2 * $0 + 1) reports-to p\(2 * $0)\n" }.joined()
        },
        small: 500),
      Shape(
        name: "a typo in a long id",
        input: { n in
          let id = String(repeating: "a", count: n)
          return "stakeholder \(id) power=1 interest=1\n\(id) -> \(id.dropLast())b\n"
        },
        small: 2_500),
    ]
    for shape in shapes {
      let small = shape.input(shape.small)
      let large = shape.input(4 * shape.small)
      let smallTime = Self.medianSeconds { shape.work(small) }
      let largeTime = Self.medianSeconds { shape.work(large) }
      #expect(
        largeTime < 12 * max(smallTime, 0.001),
        "\(shape.name): \(smallTime) s at n, \(largeTime) s at 4n")
    }
  }

  /// Regression companion of ``tenMegabyteLineOfGarbageStopsAtTheErrorLimit``: bad
  /// bytes past the error limit cost no more to skip than a comment of the same size
  /// (they used to cost about 27 times as much).
  @Test func garbagePastTheErrorLimitCostsNoMoreThanAComment() {
    let size = 2_000_000
    let comment = "# " + String(repeating: "@", count: size) + "\n"
    let garbage = String(repeating: "@", count: size + 2) + "\n"
    let commentTime = Self.medianSeconds { _ = parse(comment) }
    let garbageTime = Self.medianSeconds { _ = parse(garbage) }
    #expect(garbageTime < 5 * max(commentTime, 0.001), "garbage \(garbageTime) s, comment \(commentTime) s")
  }

  /// Two blocs of k people, all k² cross pairs in conflict, k² strong cross influences
  /// of distinct weights: every tie touches two large groups that conflict. Factions
  /// keep conflicts per group, so each tie costs about the same whatever the groups'
  /// size; doubling k (4× the input) takes about 4× the time. (Rescanning both groups'
  /// members and conflicts per tie took 16×, and 11 s at k = 150 with 2,000 ties.)
  @Test func factionsOfTwoConflictingBlocsWithManyCrossTies() {
    func map(_ k: Int) -> (StakeMap, [Conflict]) {
      var text = (0..<k).map { "stakeholder g\($0) power=5 interest=5\nstakeholder h\($0) power=5 interest=5\n" }
        .joined()
      for i in 1..<k { text += "g\(i - 1) allied-with g\(i)\nh\(i - 1) allied-with h\(i)\n" }
      for i in 0..<k {
        for j in 0..<k { text += "g\(i) conflicts-with h\(j)\n" }
      }
      for t in 0..<(k * k) { text += "g\(t % k) -> h\(t / k) \(0.6 + Double(t) * 1e-5)\n" }
      let map = validMap(text)
      return (map, ConflictFinder.conflicts(in: map, clout: [:]))
    }
    let (small, smallConflicts) = map(16)
    let (large, largeConflicts) = map(32)
    // The answer is right: each bloc is a faction, the cross ties are all skipped.
    #expect(FactionFinder.factions(in: small, conflicts: smallConflicts).map(\.members.count) == [16, 16])
    let smallTime = Self.medianSeconds { _ = FactionFinder.factions(in: small, conflicts: smallConflicts) }
    let largeTime = Self.medianSeconds { _ = FactionFinder.factions(in: large, conflicts: largeConflicts) }
    #expect(largeTime < 8 * max(smallTime, 0.001), "\(smallTime) s at k = 16, \(largeTime) s at k = 32")
  }
}
