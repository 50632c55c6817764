import ArgumentParser
import StakeMap

/// `stakemap diff OLD NEW`: what changed between two versions of a map.
struct Diff: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "What changed between two versions of a map: people, relations, conflicts, alignment, allies.",
    discussion: """
      Either file may be '-' for standard input. To compare with an earlier git revision:
        stakemap diff <(git show HEAD~1:team.stakes) team.stakes --old-label HEAD~1
        git show main:team.stakes | stakemap diff - team.stakes
      The Markdown format is written to be pasted into a meeting note.
      """)

  @Argument(help: "The older version: a .stakes file, or '-' for standard input.")
  var old: String

  @Argument(help: "The newer version: a .stakes file, or '-' for standard input.")
  var new: String

  @Option(name: .shortAndLong, help: "Output format: text, markdown or json.")
  var format: ReportFormat = .text

  @Option(help: "How many of the top allies to compare.")
  var top = 5

  @Option(help: "The name to show for the older version (default: its file name).")
  var oldLabel: String?

  @Option(help: "The name to show for the newer version (default: its file name).")
  var newLabel: String?

  func validate() throws {
    if old == "-" && new == "-" { throw ValidationError("only one of OLD and NEW can be '-' (standard input)") }
    if top < 1 { throw ValidationError("--top must be at least 1") }
  }

  func run() throws {
    let before = try MapLoader.load(old)
    let after = try MapLoader.load(new)
    let diff = MapDiff(old: before.map, new: after.map, options: .init(topAllies: top))
    let oldName = oldLabel ?? Self.label(old)
    let newName = newLabel ?? Self.label(new)
    switch format {
    case .text: Terminal.output(MapDiffText.render(diff, oldName: oldName, newName: newName))
    case .markdown: Terminal.output(MapDiffMarkdown.render(diff, oldName: oldName, newName: newName))
    case .json: Terminal.output(MapDiffJSON.render(diff, oldName: oldName, newName: newName))
    }
  }

  /// The name shown for a path: `standard input` for `-`.
  static func label(_ path: String) -> String { path == "-" ? "standard input" : path }
}
