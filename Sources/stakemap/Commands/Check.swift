import ArgumentParser
import StakeMap

/// `stakemap check FILE`: validates a map.
struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check a map and print a one-line summary, or its errors.",
    discussion: "Exit status: 0 when the map is valid (warnings allowed), 1 when it has errors or cannot be read."
  )

  @Argument(help: "The .stakes file, or '-' for standard input.")
  var file: String

  func run() throws {
    let result = try MapLoader.check(file)
    Terminal.output(CheckSummary(result).line + "\n")
  }
}
