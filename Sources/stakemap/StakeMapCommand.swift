import ArgumentParser
import StakeMap

/// The `stakemap` command: a thin front over the StakeMap library.
@main
struct StakeMapCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stakemap",
    abstract: "Stakeholder maps as text: who matters, where they stand, whom to win over.",
    discussion: """
      A map is a .stakes file: stakeholders with power, interest and stance, the
      domains they belong to, and who influences, depends on, conflicts or allies
      with whom. FILE may be '-' for standard input.
      """,
    version: "0.1.0",
    subcommands: CommandList.all
  )
}
