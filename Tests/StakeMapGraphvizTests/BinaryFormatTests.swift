import Testing

@testable import StakeMapGraphviz

/// PNG and PDF come out of the cairo plugin as real files; `dot` output carries positions.
@Suite struct BinaryFormatTests {
  @Test func pngStartsWithThePNGSignature() throws {
    let bytes = try GraphvizRenderer.render(dot: Fixture.tinyDigraph, engine: .dot, format: .png)
      .bytes
    #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    #expect(bytes.count > 100)
  }

  @Test func pdfStartsWithPercentPDF() throws {
    let bytes = try GraphvizRenderer.render(dot: Fixture.tinyDigraph, engine: .dot, format: .pdf)
      .bytes
    #expect(Array(bytes.prefix(5)) == Array("%PDF-".utf8))
    #expect(String(decoding: bytes.suffix(16), as: UTF8.self).contains("%%EOF"))
  }

  @Test func dotOutputIsTheGraphWithPositions() throws {
    let text = try GraphvizRenderer.render(dot: Fixture.tinyDigraph, engine: .dot, format: .dot)
      .text
    #expect(text.hasPrefix("digraph G {"))
    #expect(text.contains("bb=\""))
    #expect(text.matches(of: /pos="[0-9.]+,[0-9.]+"/).count == 2)  // a and b
  }
}
