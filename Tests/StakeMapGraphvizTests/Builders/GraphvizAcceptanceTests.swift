import Foundation
import StakeMap
import Testing

@testable import StakeMapGraphviz

/// Every builder's DOT is accepted by Graphviz without a word of complaint, for maps
/// small and odd: in process, and in a fresh `dot` process, where warnings Graphviz gives
/// only once per process (an unknown colour or shape) cannot have been used up by an
/// earlier test.
@Suite struct GraphvizAcceptanceTests {
  static let odd: [(String, String)] = [
    ("empty", ""),
    ("one person, no domain, no relations", "stakeholder solo power=1 interest=1"),
    (
      "ids with dashes and dots",
      """
      me a-1
      domain team-x.y "Team X.Y" { domain sub-z { stakeholder a-1 power=5 interest=5 } }
      stakeholder b.2 stance=opposed
      a-1 depends-on b.2
      b.2 depends-on a-1
      a-1 -> b.2
      """
    ),
    (
      "everyone unrated",
      """
      stakeholder a
      stakeholder b
      a depends-on b "x"
      """
    ),
    (
      "domains without people",
      """
      domain empty { domain emptier { } }
      domain full { stakeholder a power=5 interest=5 }
      """
    ),
    (
      "thresholds at the edges",
      """
      thresholds power=0 interest=10
      stakeholder a power=0 interest=0
      stakeholder b power=10 interest=10
      """
    ),
  ]

  static var cases: [(String, String)] {
    [("tiny", Maps.tinyText), ("hostile", PictureEscapingTests.text)] + odd
  }

  @Test(arguments: PictureKind.allCases)
  func oddMapsRenderWithoutWarningsInProcess(kind: PictureKind) throws {
    for (name, text) in Self.cases {
      let picture = PictureBuilder.build(kind, Maps.analysis(text))
      let result = try GraphvizRenderer.render(dot: picture.dot, engine: picture.engine, format: .svg)
      #expect(result.warnings.isEmpty, "\(name): \(result.warnings)")
      #expect(result.text.hasSuffix("</svg>\n"), "\(name)")
    }
  }

  @Test(arguments: PictureKind.allCases)
  func samplesRenderWithoutWarningsInProcess(kind: PictureKind) throws {
    for name in Maps.sampleNames {
      let picture = PictureBuilder.build(kind, try Maps.sample(name))
      for format in [RenderFormat.svg, .png] {
        let result = try GraphvizRenderer.render(dot: picture.dot, engine: picture.engine, format: format)
        #expect(result.warnings.isEmpty, "\(name) as \(format): \(result.warnings)")
      }
    }
  }

  /// `dot -K<engine> -Tsvg`, with the DOT on standard input: its exit status and what it
  /// wrote to standard error.
  private func commandLine(_ picture: Picture) throws -> (status: Int32, errors: String, svg: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["dot", "-K\(picture.engine.rawValue)", "-Tsvg"]
    let input = Pipe()
    let output = Pipe()
    let errors = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    input.fileHandleForWriting.write(Data(picture.dot.utf8))
    try input.fileHandleForWriting.close()
    let svg = output.fileHandleForReading.readDataToEndOfFile()
    let messages = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: messages, as: UTF8.self), String(decoding: svg, as: UTF8.self))
  }

  /// The check itself hears what Graphviz says.
  @Test func theCommandLineCheckHearsWarnings() throws {
    let run = try commandLine(Picture(dot: "digraph { a [shape=blob] }", engine: .dot, notes: []))
    #expect(run.status == 0)
    #expect(run.errors.contains("unknown shape blob"))
  }

  @Test(arguments: PictureKind.allCases)
  func aFreshGraphvizProcessHasNothingToSay(kind: PictureKind) throws {
    var analyses = try Maps.sampleNames.map { ($0, try Maps.sample($0)) }
    analyses += Self.cases.map { ($0.0, Maps.analysis($0.1)) }
    for (name, analysis) in analyses {
      let picture = PictureBuilder.build(kind, analysis)
      let run = try commandLine(picture)
      #expect(run.status == 0, "\(name)")
      #expect(run.errors.isEmpty, "\(name): \(run.errors)")
      #expect(
        SVGDocument(run.svg).stakeholderNodes.count
          == SVGDocument(try GraphvizRenderer.render(dot: picture.dot, engine: picture.engine, format: .svg).text)
          .stakeholderNodes.count)
    }
  }
}
