import ArgumentParser
import StakeMap

/// The output formats of the analysis commands.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
  case text, markdown, json
}

/// Options every analysis command shares.
struct AnalysisOptions: ParsableArguments {
  @Argument(help: "The .stakes file, or '-' for standard input.")
  var file: String

  @Option(name: .shortAndLong, help: "Output format: text, markdown or json.")
  var format: ReportFormat = .text

  @Flag(
    help:
      "Compute brokerage exactly, however large the map (otherwise maps over 20,000 stakeholders get a sampled estimate)."
  )
  var exact = false

  func analyse(topAllies: Int = 10) throws -> MapAnalysis {
    let result = try MapLoader.load(file)
    return MapAnalysis(result.map, options: .init(topAllies: topAllies, exactBrokerage: exact))
  }

  func print(_ analysis: MapAnalysis, sections: AnalysisSections) {
    switch format {
    case .json: Terminal.output(AnalysisJSON.render(analysis, sections: sections))
    case .markdown: Terminal.output(AnalysisMarkdown.render(analysis, sections: sections))
    case .text: Terminal.output(AnalysisText.render(analysis, sections: sections, colour: Terminal.colours(1)))
    }
  }
}

/// `--top N`: how many allies a command lists.
struct TopOption: ParsableArguments {
  @Option(help: "How many allies to list.")
  var top = 10

  func validate() throws {
    if top < 1 { throw ValidationError("--top must be at least 1") }
  }
}

/// `stakemap analyze FILE`: every analysis.
struct Analyze: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "analyze",
    abstract: "Every analysis: quadrants, salience, influence rank, brokers, alignment, conflicts, factions, allies.")

  @OptionGroup var options: AnalysisOptions
  @OptionGroup var allies: TopOption

  func run() throws {
    options.print(try options.analyse(topAllies: allies.top), sections: .all)
  }
}

/// `stakemap allies FILE`: whom to win over first.
struct Allies: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "allies",
    abstract: "Whom to win over first: ranked allies with reasons and the path from you.")

  @OptionGroup var options: AnalysisOptions
  @OptionGroup var allies: TopOption

  func run() throws {
    options.print(try options.analyse(topAllies: allies.top), sections: .allies)
  }
}

/// `stakemap conflicts FILE`: where the fights are.
struct Conflicts: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "conflicts",
    abstract: "Declared and inferred conflicts with common ground, tension triangles and factions.")

  @OptionGroup var options: AnalysisOptions

  func run() throws {
    options.print(try options.analyse(), sections: .conflicts)
  }
}
