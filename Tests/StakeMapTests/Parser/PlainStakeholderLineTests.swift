import Foundation
import Testing

@_spi(Testing) @testable import StakeMap

/// The streaming read takes one-line stakeholder statements a short way
/// (`Lexer.plainStakeholderLine`); the result must be the thorough read's on every
/// input.
@Suite struct PlainStakeholderLineTests {
  /// Lines at and just past the edge of "plain", each alone in a map, at the top level
  /// and inside a domain, with LF and CRLF line ends, with and without a final line
  /// break.
  static let lines = [
    "stakeholder a", "stakeholder a \"Ann\"", "stakeholder a power=5 interest=5",
    "stakeholder a \"Ann\" role=\"Chief executive\" power=10 interest=4 stance=supportive openness=0.65 goals=[strategy, revenue, cost]",
    "stakeholder a\t\"Ann\"\tpower = 5\tinterest =3 stance= neutral\t", "stakeholder a power=high interest=low",
    "stakeholder a power=11 interest=5", "stakeholder a power=5 interest=5 stance=2", "stakeholder a stance=3",
    "stakeholder a stance=-1", "stakeholder a stance=+1", "stakeholder a openness=1.5", "stakeholder a openness=.5",
    "stakeholder a power=5x", "stakeholder a power=5.5.5", "stakeholder a power=05.50",
    "stakeholder a stance=maybe", "stakeholder a stance=\"neutral\"", "stakeholder a role=boss",
    "stakeholder a role=[boss]", "stakeholder a goals=cost", "stakeholder a goals=\"cost\"", "stakeholder a goals=[]",
    "stakeholder a goals=[ ]", "stakeholder a goals=[cost,]", "stakeholder a goals=[,cost]",
    "stakeholder a goals=[cost, \"time to market\", 3]", "stakeholder a goals=[cost \"x\"]",
    "stakeholder a goals=[cost",
    "stakeholder a goals=[cost]x", "stakeholder a goals=[a -> b]", "stakeholder a goals=[[a]]",
    "stakeholder a tags=[x] tags=[y]", "stakeholder a power=5 power=6", "stakeholder a colour=red",
    "stakeholder a Power=5", "stakeholder a power", "stakeholder a power=", "stakeholder a =5",
    "stakeholder a power==5",
    "stakeholder a \"Ann\" \"Annie\"", "stakeholder a \"A\\\"nn\"", "stakeholder a \"Ann", "stakeholder a\"Ann\"",
    "stakeholder a \"Ann\"power=5", "stakeholder a role=\"x\"power=5", "stakeholder a \"Änn Ölund\" role=\"Général\"",
    "stakeholder é", "stakeholder aé power=5", "stakeholder a power=5 # a comment", "stakeholder a power=5 // c",
    "stakeholder a { power=5 }", "stakeholder a power=5 {", "stakeholder a power=5}",
    "stakeholder a engagement=neutral",
    "stakeholder a engagement=resistant -> supportive", "stakeholder a engagement=resistant->supportive",
    "stakeholder a kind=group", "stakeholder a kind=team", "stakeholder a legitimacy=7 urgency=9",
    "stakeholder a note=\"call weekly\"", "stakeholder a note=call", "stakeholder a power=5\u{00A0}",
    "stakeholder a power=5\u{000B}interest=2", "stakeholder influences b", "stakeholder -> a",
    "stakeholder reports-to a",
    "stakeholder influences power=5", "stakeholder 5", "stakeholder \"Ann\"", "stakeholder",
    "stakeholder stakeholder power=5",
    "stakeholder power power=5",
    "stakeholder a power=5 interest=5 stance=supportive goals=[x] tags=[y] role=\"r\" note=\"n\" kind=person openness=0",
  ]

  private static let others = "stakeholder b power=4 interest=6 stance=supportive\n"

  @Test(arguments: lines)
  func aLineAloneReadsTheSameBothWays(line: String) {
    expectReadsAgreeInEveryLayout(line, after: Self.others, blockTail: ["a -> b 0.5"])
  }

  /// Every line followed by each of a few others (a repeat when it is the same), so
  /// that a line taken the short way is followed by one that is not and the other way
  /// round.
  @Test func pairsOfLinesReadTheSameBothWays() {
    for first in Self.lines {
      for second in Self.lines.prefix(8) + ["b -> a 0.5", "# a comment", "", "}"] {
        expectStreamingAndThoroughReadsAgree(Self.others + first + "\n" + second + "\n")
      }
    }
  }

  /// Random stakeholder lines from a small vocabulary of the tokens that matter,
  /// mostly valid, one in a map that is otherwise valid (seeded: the same lines on
  /// every run).
  @Test func randomStakeholderLinesReadTheSameBothWays() {
    var generator = SplitMix64(seed: 0x57A4_E401_DE25)
    let ids = ["a", "x", "bé", "stakeholder", "influences", "power", "b"]
    let keys = ["power", "interest", "stance", "openness", "goals", "tags", "role", "note", "kind", "colour", "weight"]
    let values = [
      "5", "10", "0.5", "high", "medium", "neutral", "supportive", "\"x\"", "[a, b]", "[\"a b\", c]", "[]", "group",
      "11", "-1", "x -> y", "", "[a", "\"unterminated",
    ]
    let separators = ["=", "=", "=", " = ", "\t=", "= ", "=\r"]
    var valid = 0
    for _ in 0..<2000 {
      var line = "stakeholder " + ids.randomElement(using: &generator)!
      if Bool.random(using: &generator) { line += " \"Name\"" }
      for _ in 0..<Int.random(in: 0...4, using: &generator) {
        line += " " + keys.randomElement(using: &generator)! + separators.randomElement(using: &generator)!
        // Mostly the first, valid-looking values.
        let pick = Int.random(in: 0..<values.count * 3, using: &generator)
        line += values[pick < values.count * 2 ? pick % 12 : pick % values.count]
      }
      let text = Self.others + line + "\nb -> c\nstakeholder c\n"
      expectStreamingAndThoroughReadsAgree(text)
      if StakeMapParser.parse(text).isValid { valid += 1 }
    }
    // Enough of the maps are valid for the comparison of maps to bite.
    #expect(valid > 300)
  }

  /// The short way reads what it should: checked against values written down by hand
  /// (not only against the other read).
  @Test func plainLinesGiveTheStakeholdersWritten() throws {
    let text = """
      stakeholder a "Ann Lee" role="Chief executive" power=10 interest=4 stance=supportive openness=0.65 goals=[strategy, "time to market"]
      stakeholder b power=high interest=2\tstance = -1 tags=[x]\r
      stakeholder c power=3 interest=3 kind=group note="weekly"

      """
    let result = StakeMapParser.parse(text)
    #expect(result.isValid)
    let people = result.map.stakeholders
    #expect(people.map(\.id.rawValue) == ["a", "b", "c"])
    #expect(people[0].name == "Ann Lee" && people[0].role == "Chief executive")
    #expect(people[0].power == 10 && people[0].interest == 4 && people[0].stance == 1 && people[0].openness == 0.65)
    #expect(people[0].goals == ["strategy", "time to market"])
    #expect(people[1].power == LevelWord.high.value && people[1].stance == -1 && people[1].tags == ["x"])
    #expect(people[2].kind == .group && people[2].note == "weekly")
  }

  /// The short way itself, on bytes from a line's start (`Lexer.plainLine`): what it
  /// takes, where it leaves the lexer, and that it declines without moving the lexer.
  @Test func theLexerReadsOnlyPlainLines() {
    func read(_ text: String) -> (FlatSyntax.Stakeholder?, keyword: Int?, position: Int, attributes: Int, items: Int) {
      let bytes = Array(text.utf8)
      return bytes.withUnsafeBufferPointer { buffer in
        var lexer = Lexer(bytes: buffer)
        var flat = FlatSyntax(bytes: buffer)
        guard case .stakeholder(let record, let keyword) = lexer.plainLine(into: &flat) else {
          return (nil, nil, lexer.position, flat.attributes.count, flat.listItems.count)
        }
        return (record, keyword, lexer.position, flat.attributes.count, flat.listItems.count)
      }
    }
    let taken = read("stakeholder a \"Ann\" power=5 goals=[x, y]\nnext")
    #expect(taken.0?.attributes.count == 2 && taken.0?.name.start == 14 && taken.0?.hasBlock == false)
    #expect(taken.keyword == 0)
    #expect(taken.position == 41)
    #expect(taken.attributes == 2 && taken.items == 2)
    for declined in ["stakeholder a power=5", "stakeholder a { power=5 }\n", "stakeholder a power=5 # c\n"] {
      let result = read(declined)
      #expect(result.0 == nil, "\(declined.debugDescription)")
      #expect(result.position == 0, "\(declined.debugDescription)")
    }
  }
}
