import ArgumentParser
import Foundation
import StakeMap
import StakeMapCSV

/// `stakemap export csv|kumu FILE`: a map in other tools' formats.
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write a map in other tools' formats: CSV for spreadsheets, a Kumu blueprint.",
    subcommands: [ExportCSV.self, ExportKumu.self])
}

/// `stakemap export csv FILE [-o DIR or STEM]`: two spreadsheets that `import csv` reads back.
struct ExportCSV: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "csv",
    abstract: "Write the stakeholders and relations as two CSV files that 'import csv' reads back.",
    discussion: """
      The files are STEM-stakeholders.csv and STEM-relations.csv. With -o DIR (an existing \
      folder) STEM is DIR/NAME, NAME being the map's file name without .stakes ('map' for \
      standard input); with -o PATH it is PATH (a trailing .csv is dropped); without -o it \
      is NAME in the current folder. Title, goal, me and thresholds are not written: \
      pass them to 'import csv' as --title, --goal and --me.
      """)

  @Argument(help: "The .stakes file, or '-' for standard input.")
  var file: String

  @Option(name: .shortAndLong, help: "A folder to write into, or the stem of the two file names.")
  var output: String?

  @Option(help: "The separator: comma (default), semicolon or tab.")
  var separator: CSVSeparator = .comma

  @Flag(help: "Start each file with a UTF-8 byte-order mark, so that Excel reads accented names correctly.")
  var bom = false

  func run() throws {
    let parse = try MapLoader.load(file)
    let stem = Self.stem(for: file, output: output)
    let people = CSVMapWriter.stakeholders(parse.map, delimiter: separator.character, byteOrderMark: bom)
    let links = CSVMapWriter.relations(parse.map, delimiter: separator.character, byteOrderMark: bom)
    // Both files or neither: a full disk must not leave a new sheet beside an old one.
    try OutputDestination.write(
      [(Array(people.utf8), stem + "-stakeholders.csv"), (Array(links.utf8), stem + "-relations.csv")],
      inputs: [file])
    Terminal.output("wrote \(stem)-stakeholders.csv and \(stem)-relations.csv\n")
  }

  /// The path both file names start with.
  static func stem(for file: String, output: String?) -> String {
    var name = file == "-" ? "map" : URL(fileURLWithPath: file).lastPathComponent
    if name.hasSuffix(".stakes") { name.removeLast(".stakes".count) }
    if name.isEmpty { name = "map" }
    guard var output else { return name }
    var isDirectory: ObjCBool = false
    if output.hasSuffix("/")
      || (FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) && isDirectory.boolValue)
    {
      return (output.hasSuffix("/") ? output : output + "/") + name
    }
    if output.lowercased().hasSuffix(".csv") { output.removeLast(4) }
    return output
  }
}

/// `stakemap export kumu FILE [-o OUT.json]`: a Kumu JSON blueprint.
struct ExportKumu: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kumu",
    abstract: "Write a Kumu JSON blueprint, to explore the map in Kumu's web app (kumu.io).",
    discussion: """
      Elements are the stakeholders (id, label, type Person or Group, description, tags, \
      and fields role, domain, domain path, power, interest, stance, stance label, \
      quadrant, goals, openness, engagement); connections are the relations (type, \
      direction directed or mutual, strength for influences). Import it in Kumu with \
      Import > JSON, or drop the file on a map.
      """)

  @Argument(help: "The .stakes file, or '-' for standard input.")
  var file: String

  @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
  var output: String?

  func run() throws {
    let parse = try MapLoader.load(file)
    try OutputDestination.write(KumuExport.blueprint(parse.map), to: output, inputs: [file])
  }
}
