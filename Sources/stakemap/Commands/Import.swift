import ArgumentParser
import StakeMap
import StakeMapCSV

/// `stakemap import csv FILE`: a map from spreadsheets.
struct Import: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Make a map from other formats.",
    subcommands: [ImportCSV.self])
}

/// The separators a CSV option names.
enum CSVSeparator: String, ExpressibleByArgument, CaseIterable {
  case comma, semicolon, tab

  var character: Character {
    switch self {
    case .comma: ","
    case .semicolon: ";"
    case .tab: "\t"
    }
  }
}

/// `stakemap import csv FILE [--relations REL.csv] [-o OUT.stakes]`.
struct ImportCSV: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "csv",
    abstract: "Make a .stakes map from a spreadsheet of stakeholders and, optionally, one of relations.",
    discussion: """
      Stakeholder columns (any order, names matched loosely: 'Department' is domain, \
      'Influence' is power): id, name, role, domain, domain_id, power, interest, \
      stance, legitimacy, urgency, openness, engagement, desired_engagement, kind, \
      goals, tags, note. Only id or name is needed. A domain like Engineering/SRE \
      nests.

      Relation columns: from, type, to, weight, topic, note; from and to name a \
      stakeholder by id or name; type defaults to influences.

      Comma, semicolon or tab separated, UTF-8 (a byte-order mark is fine). Problems \
      are reported as FILE:ROW:COLUMN, the header being row 1.
      """)

  @Argument(help: "The stakeholders CSV, or '-' for standard input.")
  var file: String

  @Option(name: .shortAndLong, help: "A CSV of relations: from, type, to, weight, topic, note.")
  var relations: String?

  @Option(name: .shortAndLong, help: "Write the map to this file (atomically) instead of standard output.")
  var output: String?

  @Option(help: "The map's title.")
  var title: String?

  @Option(help: "The map's goal.")
  var goal: String?

  @Option(help: "Your own stakeholder (id or name): the map's point of view.")
  var me: String?

  @Option(help: "The separator: comma, semicolon or tab (default: guessed from the header row).")
  var separator: CSVSeparator?

  func validate() throws {
    if file == "-" && relations == "-" { throw ValidationError("only one of FILE and --relations can be '-'") }
  }

  func run() throws {
    func read(_ path: String) throws -> CSVMapReader.Sheet {
      do {
        return CSVMapReader.Sheet(fileName: path, bytes: try SourceReader.read(path))
      } catch {
        Terminal.error("\(error)\n")
        throw ExitCode(1)
      }
    }
    let people = try read(file)
    let links = try relations.map(read)
    let result = CSVMapReader.read(
      stakeholders: people, relations: links,
      options: .init(title: title, goal: goal, me: me, delimiter: separator?.character))
    MapLoader.report(result.diagnostics, failed: !result.isValid, reachedLimit: result.reachedErrorLimit)
    guard result.isValid else { throw ExitCode(1) }
    try OutputDestination.write(
      StakeMapPrinter.print(result.map), to: output, inputs: [file] + (relations.map { [$0] } ?? []))
  }
}
