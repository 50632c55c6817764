import Testing

@testable import StakeMapGraphviz

/// Picking an output format from a file name.
@Suite struct RenderFormatTests {
  @Test(arguments: [
    ("svg", RenderFormat.svg), (".svg", .svg), ("map.SVG", .svg), ("out/map.png", .png),
    (".pdf", .pdf), ("dot", .dot), ("graph.gv", .dot), (".GV", .dot),
  ])
  func knownExtensions(name: String, format: RenderFormat) {
    #expect(RenderFormat(fileExtension: name) == format)
  }

  @Test(arguments: ["", ".", "jpg", "map.svgz", "svg.txt", "html"])
  func unknownExtensions(name: String) {
    #expect(RenderFormat(fileExtension: name) == nil)
  }

  @Test func everyFormatRoundTripsThroughItsExtension() {
    for format in RenderFormat.allCases {
      #expect(RenderFormat(fileExtension: "x." + format.fileExtension) == format)
    }
    #expect(RenderFormat.allCases.filter(\.isText) == [.svg, .dot])
  }
}
