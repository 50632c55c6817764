import ArgumentParser
import StakeMap

/// `stakemap fmt FILE`: prints a map in canonical form.
struct Format: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fmt",
    abstract: "Print a map in canonical form: aligned, attributes in order, comments kept.",
    discussion:
      "With --write the file is replaced (atomically); with --check nothing is written and the exit status is 1 when the file is not formatted."
  )

  @Argument(help: "The .stakes file, or '-' for standard input.")
  var file: String

  @Flag(name: .shortAndLong, help: "Rewrite the file in place.")
  var write = false

  @Flag(help: "Exit 1 when the file is not in canonical form; print nothing.")
  var check = false

  func validate() throws {
    if write && file == "-" { throw ValidationError("--write needs a file, not standard input") }
    if write && check { throw ValidationError("--write and --check do not go together") }
  }

  func run() throws {
    let result = try MapLoader.load(file)
    let formatted = SyntaxPrinter.print(result.syntax)
    if check {
      if Array(formatted.utf8) != result.source.bytes {
        Terminal.error("\(file): not formatted; run 'stakemap fmt --write \(file)'\n")
        throw ExitCode(1)
      }
    } else if write {
      if Array(formatted.utf8) != result.source.bytes {
        try OutputDestination.write(formatted, to: file, inputs: [])
      }
    } else {
      Terminal.output(formatted)
    }
  }
}
