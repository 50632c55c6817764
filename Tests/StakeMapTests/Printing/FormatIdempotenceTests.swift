import StakeMap
import Testing

/// `fmt` twice is `fmt` once, and formatting never changes the map, for every
/// `.stakes` fixture.
@Suite struct FormatIdempotenceTests {
  @Test func fixturesAreFound() throws {
    let names = try Fixtures.stakesFiles()
    #expect(names.contains("format-example.stakes"))
    #expect(names.count >= 4)
  }

  @Test(arguments: try Fixtures.stakesFiles())
  func formattingIsIdempotentAndKeepsTheMap(_ name: String) throws {
    let text = try Fixtures.text(name)
    let result = parse(text)
    #expect(result.isValid, "\(result.diagnostics.map(Reported.init))")
    let once = SyntaxPrinter.print(result.syntax)
    let reparsed = parse(once)
    #expect(reparsed.isValid)
    #expect(reparsed.map == result.map)
    #expect(SyntaxPrinter.print(reparsed.syntax) == once)
  }

  @Test func formatExampleIsAlmostCanonical() throws {
    // FORMAT.md's example aligns by hand; fmt changes only spacing, never words.
    let text = try Fixtures.text("format-example.stakes")
    let once = SyntaxPrinter.print(parse(text).syntax)
    func words(_ s: String) -> [Substring] {
      s.split(whereSeparator: { $0 == " " || $0 == "\n" }).sorted()
    }
    #expect(words(once) == words(text))
    #expect(once.split(separator: "\n").count == text.split(separator: "\n").count)
  }
}
