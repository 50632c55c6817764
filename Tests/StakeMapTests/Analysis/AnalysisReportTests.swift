import Testing

@testable import StakeMap

/// The Markdown and terminal reports of `analyze`, `allies` and `conflicts`.
@Suite struct AnalysisReportTests {
  static let map = #"""
    title "Pipes | and *stars*"
    me em
    domain eng "Engineering" {
      stakeholder em "Alex" power=4 interest=10 stance=champion goals=[speed]
      stakeholder odd "a|b*c" role="lead | <b>x</b>" power=6 interest=6 goals=[speed]
    }
    stakeholder opp "Opp" power=8 interest=3 stance=opposed
    stakeholder neu "Neu" power=3 interest=8
    em -> odd 0.7
    odd -> neu 0.6
    em depends-on opp "budget | money"
    em allied-with odd
    """#

  /// The table rows of a Markdown text: lines that start with `|`.
  func tableRows(_ markdown: String) -> [Substring] {
    markdown.split(separator: "\n").filter { $0.hasPrefix("|") }
  }

  /// The cells of a table row, split at pipes that are not escaped.
  func cells(_ row: Substring) -> [String] {
    var cells: [String] = []
    var current = ""
    var escaped = false
    for ch in row {
      if escaped {
        current.append(ch)
        escaped = false
      } else if ch == "\\" {
        current.append(ch)
        escaped = true
      } else if ch == "|" {
        cells.append(current)
        current = ""
      } else {
        current.append(ch)
      }
    }
    cells.append(current)
    return Array(cells.dropFirst().dropLast())  // outside the leading and trailing pipe
  }

  @Test func markdownEscapesTableText() {
    let md = AnalysisMarkdown.render(analyse(Self.map), sections: .all)
    let rows = tableRows(md)
    #expect(!rows.isEmpty)
    // Every row of the stakeholder table has the header's ten cells.
    let header = rows.first { $0.contains("Stakeholder") && $0.contains("Quadrant") }
    #expect(header.map { cells($0).count } == 10)
    let odd = rows.first { $0.contains("(`odd`)") }
    #expect(odd != nil)
    if let odd {
      #expect(cells(odd).count == 10, "\(odd)")
      #expect(odd.contains(#"a\|b\*c"#))
      #expect(odd.contains(#"lead \| &lt;b&gt;x&lt;/b&gt;"#))
    }
    for row in rows where !row.hasPrefix("|---") && !row.hasPrefix("| Domain") && !row.contains("Engineering") {
      #expect(cells(row).count == 10 || cells(row).count == 3 || cells(row).count == 4, "\(row)")
    }
    // Nowhere is the raw name or markup left.
    #expect(!md.contains("a|b*c"))
    #expect(!md.contains("<b>"))
    #expect(md.contains(#"# Pipes \| and \*stars\*"#))
    #expect(md.contains(#"budget \| money"#))
  }

  @Test func markdownEscape() {
    #expect(AnalysisMarkdown.escape("a|b*c") == #"a\|b\*c"#)
    #expect(AnalysisMarkdown.escape("<script>&") == "&lt;script&gt;&amp;")
    #expect(AnalysisMarkdown.escape("two\nlines") == "two lines")
    #expect(AnalysisMarkdown.escape("[link](x) `code` _em_ #h") == ##"\[link\](x) \`code\` \_em\_ \#h"##)
  }

  /// Regression: control characters other than line breaks went into the Markdown as
  /// written.
  @Test func markdownHasNoControlCharacters() {
    #expect(AnalysisMarkdown.escape("a\u{1B}[31mb\tc") == "a\u{FFFD}\\[31mb c")
    #expect(AnalysisMarkdown.escape("x\r\ny") == "x  y")
    let map = "title \"T\u{1B}[2J\"\nstakeholder a \"A\u{1B}[1m\" goals=[\"g\u{07}\"]\n"
    let md = AnalysisMarkdown.render(analyse(map), sections: .all)
    #expect(!md.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) })
    #expect(md.contains("A\u{FFFD}\\[1m"))
  }

  @Test func markdownSections() {
    let md = AnalysisMarkdown.render(analyse(Self.map), sections: .all)
    for heading in [
      "## Stakeholders", "## Alignment by domain", "## Conflicts", "## Tension triangles", "## Factions",
      "## Allies to win over first",
    ] {
      #expect(md.contains("\n\(heading)\n"), "\(heading)")
    }
    let conflictsOnly = AnalysisMarkdown.render(analyse(Self.map), sections: .conflicts)
    #expect(conflictsOnly.contains("## Conflicts"))
    #expect(!conflictsOnly.contains("## Stakeholders"))
    #expect(!conflictsOnly.contains("## Allies"))
  }

  @Test func textReportHasTheSectionHeadings() {
    let text = AnalysisText.render(analyse(Self.map), sections: .all, colour: false)
    for heading in [
      "STAKEHOLDERS", "ALIGNMENT BY DOMAIN", "CONFLICTS", "TENSION TRIANGLES", "FACTIONS", "ALLIES TO WIN OVER FIRST",
    ] {
      #expect(text.contains("\n\(heading)"), "\(heading)")
    }
    #expect(text.hasPrefix("Pipes | and *stars*\n"))
    #expect(!text.hasPrefix("\n"))
    // The conflict: em needs the budget from opp (champion vs opposed).
    #expect(text.contains("Alex vs Opp over \"budget | money\" [inferred"))
    // The ally odd with its path.
    #expect(text.contains("path: Alex → a|b*c"))
  }

  @Test func noColourCodesWhenColourIsOff() {
    let a = analyse(Self.map)
    let plain = AnalysisText.render(a, sections: .all, colour: false)
    #expect(!plain.contains("\u{1B}"))
    #expect(!plain.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    // With colour on, the same report has escape codes, and nothing else differs.
    let coloured = AnalysisText.render(a, sections: .all, colour: true)
    #expect(coloured.contains("\u{1B}["))
    let stripped = coloured.replacingOccurrences(
      of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    #expect(stripped == plain)
  }

  /// Regression: text from the map went to the terminal as written, so a raw escape
  /// character in a name sent colour codes even with colour off, and a `\n` in a
  /// string broke table rows.
  @Test func mapTextCannotSendEscapeCodesOrBreakLines() {
    let esc = "\u{1B}"
    let map = """
      title "T\(esc)[2J"
      goal "g\\nh"
      me em
      domain d "Dom\(esc)[31m" {
        stakeholder em "Me\(esc)[1m" stance=champion goals=["x\(esc)]0;owned\u{07}"]
        stakeholder two "two\\nlines" role="r\\tole\(esc)[0m" power=7 interest=7 goals=["x\(esc)]0;owned\u{07}"]
      }
      stakeholder far "Far" power=2 interest=9 stance=resistant
      em -> two 0.8
      two -> far 0.7
      two allied-with em
      em conflicts-with far "top\\nic\(esc)[5m"
      """
    let result = StakeMapParser.parse(map)
    #expect(result.isValid)
    #expect(result.map.stakeholders[1].name == "two\nlines")
    #expect(result.map.stakeholders[0].name?.contains(esc) == true)
    let text = AnalysisText.render(MapAnalysis(result.map), sections: .all, colour: false)
    #expect(!text.contains(esc))
    #expect(!text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) })
    #expect(text.contains("two lines"))
    #expect(text.contains("Me\u{FFFD}[1m"))
    // Each stakeholder is one row of the table.
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let header = lines.firstIndex { $0.hasPrefix("id ") && $0.contains("quadrant") } ?? 0
    #expect(lines[header + 2].hasPrefix("em "))
    #expect(lines[header + 3].hasPrefix("two "))
    #expect(lines[header + 4].hasPrefix("far "))
    #expect(lines[header + 5].hasPrefix("* borderline"))
    // With colour on, the only escape codes are the report's own.
    let coloured = AnalysisText.render(MapAnalysis(result.map), sections: .all, colour: true)
    let stripped = coloured.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    #expect(stripped == text)
  }

  @Test func plainText() {
    #expect(ReportText.plain("a\tb\nc\r") == "a b c ")
    #expect(ReportText.plain("x\u{1B}[31my\u{7F}\u{9B}") == "x\u{FFFD}[31my\u{FFFD}\u{FFFD}")
    #expect(ReportText.plain("naïve — ok") == "naïve — ok")
  }

  @Test func sectionsOfTheTextReport() {
    let a = analyse(Self.map)
    let allies = AnalysisText.render(a, sections: .allies)
    #expect(allies.hasPrefix("ALLIES TO WIN OVER FIRST\n"))
    #expect(!allies.contains("CONFLICTS"))
    let conflicts = AnalysisText.render(a, sections: .conflicts)
    #expect(conflicts.hasPrefix("CONFLICTS\n"))
    #expect(conflicts.contains("FACTIONS"))
    #expect(!conflicts.contains("STAKEHOLDERS"))
  }

  @Test func emptyListsSaySo() {
    let a = analyse("me em\nstakeholder em\nstakeholder x\n")
    let text = AnalysisText.render(a, sections: .all)
    #expect(text.contains("CONFLICTS\nnone declared or inferred\n"))
    #expect(text.contains("none reachable"))
    let md = AnalysisMarkdown.render(a, sections: .all)
    #expect(md.contains("## Factions\n\nNone.\n"))
    #expect(md.contains("## Allies to win over first\n\nNone found.\n"))
  }
}
