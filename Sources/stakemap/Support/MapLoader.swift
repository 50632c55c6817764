import ArgumentParser
import StakeMap

/// Loads a map for a command: reads it, prints its diagnostics to standard error, and
/// stops the run with exit 1 when it has errors or cannot be read.
enum MapLoader {
  /// The parse of `path`, valid (warnings allowed; they are printed).
  static func load(_ path: String) throws -> ParseResult {
    let result: ParseResult
    do {
      result = try SourceReader.parse(path)
    } catch {
      Terminal.error("\(error)\n")
      throw ExitCode(1)
    }
    report(result)
    guard result.isValid else { throw ExitCode(1) }
    return result
  }

  /// Prints a parse's diagnostics, and a count line when there are errors.
  static func report(_ result: ParseResult) {
    guard !result.diagnostics.isEmpty else { return }
    let colour = Terminal.colours(2)
    var text = DiagnosticRenderer(sources: [result.source]).render(result.diagnostics)
    if colour {
      for (word, code) in [("error:", "1;31"), ("warning:", "1;35"), ("note:", "1;36")] {
        text = text.replacingOccurrences(of: ": \(word) ", with: ": " + Terminal.styled(word, code, enabled: true) + " ")
      }
    }
    if !result.isValid {
      let errors = result.diagnostics.errors.count
      text += "\(result.source.fileName): \(errors) \(errors == 1 ? "error" : "errors")"
      if result.reachedErrorLimit { text += " (stopped after \(errors); fix these and run again)" }
      text += "\n"
    }
    Terminal.error(text)
  }
}
