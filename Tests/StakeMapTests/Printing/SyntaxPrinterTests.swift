import StakeMap
import Testing

/// `SyntaxPrinter.print`: the canonical text `stakemap fmt` writes.
@Suite struct SyntaxPrinterTests {
  /// The canonical text of `text`, which must parse without errors; records an issue
  /// when printing it again changes it or when the map it holds changes.
  func formatted(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
    let result = parse(text)
    #expect(result.isValid, "\(result.diagnostics.map(Reported.init))", sourceLocation: sourceLocation)
    let output = SyntaxPrinter.print(result.syntax)
    let again = parse(output)
    #expect(SyntaxPrinter.print(again.syntax) == output, "not idempotent", sourceLocation: sourceLocation)
    #expect(again.map == result.map, "formatting changed the map", sourceLocation: sourceLocation)
    return output
  }

  @Test func messyFile() throws {
    let expected = """
      # Payments migration
      title "Payments"  #   the title
      goal "Ship it"
      me em

      thresholds power=4 interest=6
      domain eng "Engineering" {
        stakeholder cto     "Dana"  role="CTO" power=9   interest=7.5  stance=2  # boss
        stakeholder em                         power=4   interest=10             # me
        stakeholder qa_lead "Quinn"            power=low interest=high          kind=group goals=[quality, "release cadence", 2025.10]

        // a slash comment
        stakeholder sre "Mo Haddad" {
          role     = "SRE lead"
          power    = 5
          interest = 8
          stance   = -1
          note     = "Burned by the last migration, and still wary of the new platform"
        }
        stakeholder arch {
          power    = 3  # inline
          interest = 4
          # before stance
          stance   = resistant
        }
        domain empty {}

        # closing comment of eng
      }  # end of eng
      cto     -> em weight=0.7                                    # strong
      cto     allied-with arch topic="infra" note="old friends"
      qa_lead depends-on cto "test budget"
      em      conflicts-with qa_lead topic="scope" note="weekly"  # recurring
      # relations end
      em reports-to cto
      # trailing comment 1

      # trailing comment 2

      """
    #expect(formatted(try Fixtures.text("messy.stakes")) == expected)
  }

  @Test func attributesInCanonicalOrder() {
    let text = lines(
      "stakeholder a note=\"n\" tags=[t] goals=[g] kind=group engagement=neutral openness=0.2 urgency=4 legitimacy=3 stance=1 interest=2 power=1 role=\"r\"",
      "a -> a2 note=\"n\" topic=\"t\" weight=0.5",
      "stakeholder a2 power=1 interest=1",
      "thresholds salience=3 interest=2 power=1")
    #expect(
      formatted(text)
        == lines(
          "stakeholder a {",
          "  role       = \"r\"",
          "  power      = 1",
          "  interest   = 2",
          "  stance     = 1",
          "  legitimacy = 3",
          "  urgency    = 4",
          "  openness   = 0.2",
          "  engagement = neutral",
          "  kind       = group",
          "  goals      = [g]",
          "  tags       = [t]",
          "  note       = \"n\"",
          "}",
          "a -> a2 weight=0.5 topic=\"t\" note=\"n\"",
          "stakeholder a2 power=1 interest=1",
          "thresholds power=1 interest=2 salience=3"))
  }

  @Test func runOfOneLineStakeholdersIsAlignedInColumns() {
    let text = lines(
      "stakeholder a \"Ann\" power=1 interest=10 stance=supportive",
      "stakeholder bobby power=10 interest=2",
      "stakeholder c \"Cy Long-Name\" interest=3 power=3 kind=group")
    #expect(
      formatted(text)
        == lines(
          "stakeholder a     \"Ann\"          power=1  interest=10 stance=supportive",
          "stakeholder bobby                power=10 interest=2",
          "stakeholder c     \"Cy Long-Name\" power=3  interest=3                    kind=group"))
  }

  @Test func blankLineOrCommentEndsAnAlignedRun() {
    let text = lines(
      "stakeholder a power=1 interest=1",
      "stakeholder bbbbbb power=10 interest=10",
      "",
      "stakeholder cc power=1 interest=1",
      "# comment",
      "stakeholder dddd power=1 interest=1",
      "stakeholder e power=1 interest=1")
    #expect(
      formatted(text)
        == lines(
          "stakeholder a      power=1  interest=1",
          "stakeholder bbbbbb power=10 interest=10",
          "",
          "stakeholder cc power=1 interest=1",
          "# comment",
          "stakeholder dddd power=1 interest=1",
          "stakeholder e    power=1 interest=1"))
  }

  @Test func relationsAlignOnTheirFirstStakeholderAndTrailingCommentsAlign() {
    let text = lines(
      "stakeholder a power=1 interest=1",
      "stakeholder long_name power=1 interest=1",
      "a -> long_name 0.25   # first",
      "long_name   depends-on a \"x\"",
      "a allied-with long_name #second",
      "a  reports-to long_name")
    #expect(
      formatted(text)
        == lines(
          "stakeholder a         power=1 interest=1",
          "stakeholder long_name power=1 interest=1",
          "a         -> long_name 0.25      # first",
          "long_name depends-on a \"x\"",
          "a         allied-with long_name  #second",
          "a         reports-to long_name"))
  }

  /// An id over `alignedCellLimit` (40) characters does not set its column; comments
  /// still line up, as they do for any line up to `lineLimit` (120) characters.
  @Test func aVeryLongIdIsNotAlignedOn() {
    let long = String(repeating: "x", count: 41)
    let text = lines(
      "stakeholder a power=1 interest=1",
      "stakeholder bb power=1 interest=1",
      "stakeholder \(long) power=1 interest=1",
      "a -> bb # one",
      "\(long) -> a # two",
      "bb -> a")
    #expect(
      formatted(text)
        == lines(
          "stakeholder a  power=1 interest=1",
          "stakeholder bb power=1 interest=1",
          "stakeholder \(long) power=1 interest=1",
          "a  -> bb" + String(repeating: " ", count: 40) + "# one",
          "\(long) -> a  # two",
          "bb -> a"))
  }

  @Test func blankLinesAreKeptAtMostOneAndNeverAtTheStartOfABlock() {
    let text = lines(
      "",
      "",
      "title \"T\"",
      "",
      "",
      "",
      "domain d {",
      "",
      "  stakeholder a power=1 interest=1",
      "",
      "",
      "  stakeholder b power=1 interest=1",
      "",
      "}",
      "",
      "")
    #expect(
      formatted(text)
        == lines(
          "title \"T\"",
          "",
          "domain d {",
          "  stakeholder a power=1 interest=1",
          "",
          "  stakeholder b power=1 interest=1",
          "}"))
  }

  @Test func commentsAreKeptEverywhere() {
    let text = lines(
      "// file header",
      "",
      "# before a",
      "stakeholder a { # opening",
      "  # before power",
      "  power = 1   # power note",
      "  interest = 2",
      "",
      "  # closing a",
      "}  # after a",
      "domain d {  # opening d",
      "  # only a comment",
      "}",
      "# the end")
    #expect(
      formatted(text)
        == lines(
          "// file header",
          "",
          "# before a",
          "stakeholder a {",
          "  # opening",
          "  # before power",
          "  power    = 1  # power note",
          "  interest = 2",
          "",
          "  # closing a",
          "}  # after a",
          "domain d {",
          "  # opening d",
          "  # only a comment",
          "}",
          "# the end"))
  }

  @Test func longStakeholderTakesABlockWithAlignedEquals() {
    let name = String(repeating: "n", count: 80)
    let text = lines("stakeholder a \"\(name)\" power=1 interest=2 engagement=resistant -> supportive")
    #expect(
      formatted(text)
        == lines(
          "stakeholder a \"\(name)\" {",
          "  power      = 1",
          "  interest   = 2",
          "  engagement = resistant -> supportive",
          "}"))
  }

  @Test func oneLineFormUpToTheLineLimit() {
    // "stakeholder a " (14) + the quoted name + " power=1 interest=2" (19) == 120.
    let fits = String(repeating: "f", count: 120 - 14 - 19 - 2)
    let oneLine = "stakeholder a \"\(fits)\" power=1 interest=2"
    #expect(oneLine.count == SyntaxPrinter.lineLimit)
    #expect(formatted(lines(oneLine)) == lines(oneLine))
    // One character more, and it takes a block.
    let tooLong = "stakeholder a \"\(fits)x\" power=1 interest=2"
    #expect(
      formatted(lines(tooLong))
        == lines(
          "stakeholder a \"\(fits)x\" {",
          "  power    = 1",
          "  interest = 2",
          "}"))
  }

  @Test func indentationCountsTowardsTheLineLimit() {
    let fits = String(repeating: "f", count: 120 - 14 - 19 - 2 - 2)
    let text = lines(
      "domain d {",
      "stakeholder a \"\(fits)\" power=1 interest=2",
      "stakeholder b \"\(fits)x\" power=1 interest=2",
      "}")
    #expect(
      formatted(text)
        == lines(
          "domain d {",
          "  stakeholder a \"\(fits)\" power=1 interest=2",
          "  stakeholder b \"\(fits)x\" {",
          "    power    = 1",
          "    interest = 2",
          "  }",
          "}"))
  }

  @Test func shortBlockBecomesOneLine() {
    let text = lines(
      "stakeholder a \"A\" {",
      "  interest = 2",
      "  power = 1",
      "}")
    #expect(formatted(text) == lines("stakeholder a \"A\" power=1 interest=2"))
  }

  @Test func numbersInShortestForm() {
    let text = lines(
      "stakeholder a power=+7 interest=7.50 stance=-1.0 openness=0.250 urgency=010 legitimacy=0.0",
      "a -> b 0.50",
      "stakeholder b power=1 interest=1")
    #expect(
      formatted(text)
        == lines(
          "stakeholder a power=7 interest=7.5 stance=-1 legitimacy=0 urgency=10 openness=0.25",
          "a -> b 0.5",
          "stakeholder b power=1 interest=1"))
  }

  @Test func numbersInListsKeepTheirDigits() {
    // A number in a list is text: `1.50` is the goal "1.50".
    let text = lines("stakeholder a power=1 interest=1 goals=[2025, 1.50, +2, 007] tags=[v1.0]")
    #expect(formatted(text) == text)
    #expect(parse(text).map.stakeholders[0].goals == ["2025", "1.50", "+2", "007"])
  }

  @Test func stringsAreReEscapedAndWordsStayWords() {
    let text = lines(
      #"title "say \"hi\" \\ \ttab\nline""#,
      "stakeholder a power=1 interest=1 role=lead note=\"é 🚀 # not a comment\" goals=[\"x\", y]")
    #expect(
      formatted(text)
        == lines(
          #"title "say \"hi\" \\ \ttab\nline""#,
          "stakeholder a role=lead power=1 interest=1 goals=[\"x\", y] note=\"é 🚀 # not a comment\""))
  }

  @Test func relationVerbsKeepTheirSpelling() {
    let text = lines(
      "stakeholder a power=1 interest=1",
      "stakeholder b power=1 interest=1",
      "a influences b",
      "b->a")
    #expect(
      formatted(text)
        == lines(
          "stakeholder a power=1 interest=1",
          "stakeholder b power=1 interest=1",
          "a influences b",
          "b -> a"))
  }

  @Test func oneLineDomainIsSpreadOverLines() {
    #expect(
      formatted(lines("domain x \"X\" { stakeholder a power=1 interest=1 }  # one line"))
        == lines(
          "domain x \"X\" {",
          "  stakeholder a power=1 interest=1",
          "}  # one line"))
  }

  @Test func emptyDomainStaysOnOneLine() {
    #expect(formatted(lines("domain x {", "", "}   # empty")) == lines("domain x {}  # empty"))
  }

  @Test func trailingCommentAfterABlockStaysAfterIt() {
    // Printed after the opening brace, the comment would read back as a comment
    // inside the block, and a second `fmt` would move it again.
    let text = lines(
      "stakeholder a {",
      "  power = 1  # p",
      "  interest = 1",
      "}  # closing",
      "domain d {",
      "  stakeholder b power=1 interest=1",
      "}  # end of d")
    #expect(
      formatted(text)
        == lines(
          "stakeholder a {",
          "  power    = 1  # p",
          "  interest = 1",
          "}  # closing",
          "domain d {",
          "  stakeholder b power=1 interest=1",
          "}  # end of d"))
  }

  @Test func blankLineBeforeAClosingCommentOfAStakeholderBlockIsKept() {
    let text = lines(
      "stakeholder a {",
      "  power = 1 # p",
      "  interest = 1",
      "",
      "",
      "  # closing",
      "}")
    #expect(
      formatted(text)
        == lines(
          "stakeholder a {",
          "  power    = 1  # p",
          "  interest = 1",
          "",
          "  # closing",
          "}"))
  }

  @Test func crlfAndTrailingSpaceAreDropped() {
    let text = "title \"T\"   # c  \r\nstakeholder a power=1 interest=1   \r\n"
    #expect(formatted(text) == lines("title \"T\"  # c", "stakeholder a power=1 interest=1"))
  }

  @Test func emptyFile() {
    #expect(SyntaxPrinter.print(SyntaxFile()) == "\n")
    #expect(formatted("") == "\n")
  }
}
