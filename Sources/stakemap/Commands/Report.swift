import ArgumentParser
import StakeMap
import StakeMapGraphviz

/// `stakemap report FILE -o OUT.html`: one self-contained HTML page.
struct Report: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write one self-contained HTML page: pictures, quadrants, allies, conflicts, factions.",
    discussion: "The page has no script and loads nothing from the network; the pictures are inline SVG.")

  @Argument(help: "The .stakes file, or '-' for standard input.")
  var file: String

  @Option(name: .shortAndLong, help: "The HTML file to write (atomically); standard output when left out.")
  var output: String?

  @OptionGroup var allies: TopOption

  func run() throws {
    let parse = try MapLoader.load(file)
    let analysis = MapAnalysis(parse.map, options: .init(topAllies: allies.top))
    let warnings = parse.diagnostics.warnings.map { "\($0.location): warning: \($0.message)" }
    let page: HTMLReport.Page
    do {
      page = try HTMLReport.page(analysis, warnings: warnings)
    } catch {
      GraphvizMessages.report(error)
      throw ExitCode(1)
    }
    GraphvizMessages.warn(page.graphvizWarnings)
    try OutputDestination.write(page.html, to: output, inputs: [file])
  }
}
