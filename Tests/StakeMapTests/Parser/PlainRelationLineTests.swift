import Foundation
import Testing

@_spi(Testing) @testable import StakeMap

/// The streaming read takes plain relation lines (`a -> b 0.4`) a short way
/// (`PlainRelationLine`) and everything else through the parser; the result must be
/// the thorough read's (whole syntax, then resolved) on every input.
@Suite struct PlainRelationLineTests {
  private static let header = """
    stakeholder a power=5 interest=5 stance=neutral
    stakeholder b "Bea" power=4 interest=6 stance=supportive
    stakeholder bé power=3 interest=3 stance=neutral

    """

  /// Lines at and just past the edge of "plain", each alone in a map, at the top level
  /// and inside a domain, with LF and CRLF line ends, with and without a final line
  /// break.
  static let lines = [
    "a -> b", "a->b", "a -> b 0.5", "a -> b weight=0.5", "a -> b weight = 0.5", "a\t->\tb\t0.5\t",
    "a -> b 1", "a -> b 0", "a -> b 1.0", "a -> b 00.50", "a -> b 1.5", "a -> b 1.0000000000000002",
    "a -> b 0.1234567890123456789", "a -> b 0.", "a -> b 0.5x", "a -> b 0.5.1", "a -> b .5", "a -> b -0.5",
    "a -> b +0.5", "a -> b 0.5 # why", "a -> b # why", "a -> b // why", "a -> b \"topic\"", "a -> b 0.5 0.6",
    "a -> b weight=0.5 weight=0.6", "a -> b weight=0.5 note=\"n\"", "a -> b note=\"n\"", "a -> b weightx=0.5",
    "a -> b weight=", "a -> b weight", "a -> b weight=x", "a -> b->a", "a -> b}", "a -> b 0.5}", "a -> b {",
    "a influences b 0.25", "a influences b weight=0.25", "a depends-on b", "a depends-on b \"the API\"",
    "a depends-on b 0.5", "a depends-on b weight=0.5", "a reports-to b", "a reports-to b weight=0.5",
    "a conflicts-with b", "a allied-with b", "a influence b", "a -> a", "a -> a 0.5", "a -> nobody 0.5",
    "nobody -> a", "a -> bé 0.5", "a -> b\u{00A0}0.5", "a -> b 0.5\u{00A0}", "a -> b 0\u{0663}", "a -> b é",
    "a ->", "a -> 0.5", "a -> \"b\"", "a -> b\u{000B}0.5", "a -> b\u{000C}", "stakeholder -> b",
    "a -> stakeholder", "a -> b = 0.5", "a -> b weight=1e-1",
  ]

  @Test(arguments: lines)
  func aLineAloneReadsTheSameBothWays(line: String) {
    expectReadsAgreeInEveryLayout(line, after: Self.header)
  }

  /// Every line twice (a repeat when plain), and every pair of lines after each
  /// other, so that a line taken the short way is followed by one that is not and the
  /// other way round.
  @Test func pairsOfLinesReadTheSameBothWays() {
    for first in Self.lines {
      for second in Self.lines.prefix(24) {
        expectStreamingAndThoroughReadsAgree(Self.header + first + "\n" + second + "\n")
      }
    }
  }

  /// Random relation-like lines from a small vocabulary of the tokens that matter
  /// (seeded: the same lines on every run).
  @Test func randomRelationLinesReadTheSameBothWays() {
    var generator = SplitMix64(seed: 0x5EED_0F_11E5)
    let froms = ["a", "b", "bé", "c", "stakeholder"]
    let verbs = ["->", " -> ", "influences", "depends-on", "reports-to", "allied-with", "conflicts-with", "->>", "-"]
    let tails = [
      "", " ", "0.5", "1", "1.5", "weight=0.3", "weight = 0.9", "weight=", "0.25x", "\"t\"", "note=\"n\"",
      "# c", "}", "\t", "\r", "0.5 ", "0", "00", "0.", ".5",
    ]
    var checked = 0
    for _ in 0..<600 {
      var text = Self.header
      for _ in 0..<Int.random(in: 1...6, using: &generator) {
        let from = froms.randomElement(using: &generator)!
        let verb = verbs.randomElement(using: &generator)!
        let to = froms.randomElement(using: &generator)!
        let tail = (0..<Int.random(in: 0...2, using: &generator)).map { _ in tails.randomElement(using: &generator)! }
        text += from + " " + verb + " " + to + (tail.isEmpty ? "" : " " + tail.joined(separator: " ")) + "\n"
      }
      expectStreamingAndThoroughReadsAgree(text)
      checked += 1
    }
    #expect(checked == 600)
  }

  /// Every fixture, sample and fuzzing seed, as it is and with CRLF line ends.
  @Test func theCorpusReadsTheSameBothWays() throws {
    var valid = 0
    for file in try Fixtures.corpus() {
      for crlf in [false, true] {
        var bytes = file.bytes
        if crlf {
          bytes = []
          for b in file.bytes {
            if b == 0x0A { bytes.append(0x0D) }
            bytes.append(b)
          }
        }
        let source = SourceText(fileName: file.name, bytes: bytes)
        let streamed = StakeMapParser.parse(source, splitFrom: .max)
        let thorough = StakeMapParser.parseKeepingSyntax(source)
        #expect(streamed.diagnostics == thorough.diagnostics, "\(file.name), CRLF: \(crlf)")
        if thorough.isValid {
          valid += 1
          #expect(streamed.map == thorough.map, "\(file.name), CRLF: \(crlf)")
        }
      }
    }
    #expect(valid > 20)
  }

  /// The short way reads what it should: kinds, weights and ends, checked against
  /// values written down by hand (not only against the other read).
  @Test func plainLinesGiveTheRelationsWritten() throws {
    let text =
      Self.header + """
        a -> b 0.25
        b influences a weight=1
        a\treports-to\tb\r
        bé -> a weight = 0
        bé depends-on a

        """
    let result = StakeMapParser.parse(text)
    #expect(result.isValid)
    let relations = result.map.relations
    #expect(relations.map(\.kind) == [.influences, .influences, .reportsTo, .influences, .dependsOn])
    #expect(relations.map(\.from.rawValue) == ["a", "b", "a", "bé", "bé"])
    #expect(relations.map(\.to.rawValue) == ["b", "a", "b", "a", "a"])
    #expect(relations.map(\.weight) == [0.25, 1, nil, 0, nil])
  }

  /// The short way itself, on bytes from a line's start (`Lexer.plainLine`): what it
  /// takes, where it leaves the lexer, and that it leaves the lexer alone (nothing
  /// read, nothing interned) when it declines.
  @Test func theLexerReadsOnlyPlainLines() {
    func read(_ text: String) -> (from: SymbolTable.Symbol?, line: PlainRelationLine?, position: Int, symbols: Int) {
      let bytes = Array(text.utf8)
      return bytes.withUnsafeBufferPointer { buffer in
        var lexer = Lexer(bytes: buffer)
        var flat = FlatSyntax(bytes: buffer)
        guard case .relation(let from, let line) = lexer.plainLine(into: &flat) else {
          return (nil, nil, lexer.position, lexer.symbols.count)
        }
        return (from, line, lexer.position, lexer.symbols.count)
      }
    }
    let keywords = Keyword.table.count
    let taken = read("a -> b 0.5\nnext")
    #expect(taken.line?.kind == .influences && taken.line?.weight == 0.5)
    #expect(taken.from == SymbolTable.Symbol(keywords) && taken.line?.to == SymbolTable.Symbol(keywords + 1))
    #expect(taken.position == 11)
    #expect(taken.symbols == keywords + 2)  // a, b
    let verb = read("a allied-with b\n")
    #expect(verb.line?.kind == .alliedWith && verb.line?.weight == nil)
    for declined in ["a -> b 0.5", "a -> b 2\n", "a -> b \"t\"\n", "a -> b # c\n", "a depends-on b 0.5\n"] {
      let result = read(declined)
      #expect(result.line == nil, "\(declined.debugDescription)")
      #expect(result.position == 0, "\(declined.debugDescription)")
      #expect(result.symbols == keywords, "\(declined.debugDescription): nothing interned")
    }
  }
}
