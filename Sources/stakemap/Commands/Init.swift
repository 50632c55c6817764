import ArgumentParser
import StakeMap

/// `stakemap init [FILE]`: writes a commented starter map.
struct Init: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Write a commented starter map to fill in: whom to put in, what the numbers mean.",
    discussion: "An existing file is never replaced. Use '-' to print the map instead.")

  @Argument(help: "The file to create, or '-' for standard output.")
  var file: String = "team.stakes"

  @Option(help: "The map's title.")
  var title: String = StarterMap.defaultTitle

  @Option(help: "The goal every stance is measured against.")
  var goal: String = StarterMap.defaultGoal

  func run() throws {
    let shown = file == "-" ? "team.stakes" : file
    let text = StarterMap.text(fileName: shown, title: title, goal: goal)
    if file == "-" {
      Terminal.output(text)
      return
    }
    do {
      try AtomicFileWriter.write(text, to: file, replacing: false)
    } catch {
      Terminal.error("\(error)\n")
      throw ExitCode(1)
    }
    Terminal.output("wrote \(file): replace the examples with your own people, then run 'stakemap check \(file)'\n")
  }
}
