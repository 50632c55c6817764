import ArgumentParser
import StakeMap

@main
struct StakeMapCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stakemap",
    abstract: "Stakeholder maps as text: analyse alignment and conflicts, suggest allies, draw influence."
  )
}
