import ArgumentParser
import Foundation
import StakeMap
import StakeMapGraphviz

/// The pictures `render` draws.
enum Picture: String, ExpressibleByArgument, CaseIterable {
  case grid, graph, deps
}

extension RenderFormat: ExpressibleByArgument {}

/// `stakemap render grid|graph|deps FILE`: a picture through Graphviz, in process.
struct Render: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Draw the power/interest grid, the influence graph or the dependency graph.",
    discussion: """
      SVG goes to standard output unless -o is given; the format follows -o's extension \
      (.svg, .png, .pdf, .dot, .mmd) unless --format says otherwise. 'dot' is the Graphviz \
      source stakemap generates, before layout. 'mermaid' is Mermaid source (a \
      quadrantChart for the grid, a flowchart for the graphs) that renders wherever \
      Markdown does.
      """)

  @Argument(help: "What to draw: grid, graph or deps.")
  var picture: Picture

  @Argument(help: "The .stakes file, or '-' for standard input.")
  var file: String

  @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
  var output: String?

  @Option(name: .shortAndLong, help: "svg, png, pdf, dot or mermaid.")
  var format: PictureFormat?

  /// The extension of the output file's name, if it has one.
  private var outputExtension: String? {
    guard let output else { return nil }
    let ext = URL(fileURLWithPath: output).pathExtension
    return ext.isEmpty ? nil : ext
  }

  func validate() throws {
    if format == nil, let ext = outputExtension, PictureFormat(fileExtension: ext) == nil {
      throw ValidationError("cannot tell the format from '\(output ?? "")'; use --format svg, png, pdf, dot or mermaid")
    }
  }

  func run() throws {
    let parse = try MapLoader.load(file)
    let chosen = self.format ?? outputExtension.flatMap { PictureFormat(fileExtension: $0) } ?? .graphviz(.svg)
    if output == nil && !chosen.isText && Terminal.isTerminal(1) {
      Terminal.error("stakemap: error: \(chosen.name) is binary; write it to a file with -o\n")
      throw ExitCode(1)
    }
    guard case .graphviz(let format) = chosen else {
      try OutputDestination.write(self.picture.mermaid(parse.map), to: output, inputs: [file])
      return
    }
    let analysis = MapAnalysis(parse.map)
    let picture = PictureBuilder.build(self.picture.kind, analysis)
    let bytes: [UInt8]
    if format == .dot {
      bytes = Array(picture.dot.utf8)
    } else {
      do {
        let result = try GraphvizRenderer.render(dot: picture.dot, engine: picture.engine, format: format)
        GraphvizMessages.warn(result.warnings)
        bytes = result.bytes
      } catch {
        GraphvizMessages.report(error)
        throw ExitCode(1)
      }
    }
    for note in picture.notes { Terminal.error("stakemap: note: \(note)\n") }
    try OutputDestination.write(bytes, to: output, inputs: [file])
  }
}

extension Picture {
  /// The picture as Mermaid source.
  func mermaid(_ map: StakeMap) -> String {
    switch self {
    case .grid: MermaidExport.quadrantChart(map)
    case .graph: MermaidExport.influenceFlowchart(map)
    case .deps: MermaidExport.dependencyFlowchart(map)
    }
  }

  var kind: PictureKind {
    switch self {
    case .grid: .grid
    case .graph: .influence
    case .deps: .dependencies
    }
  }
}
