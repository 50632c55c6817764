import ArgumentParser
import StakeMap

/// Loads a map for a command: reads it, prints its diagnostics to standard error, and
/// stops the run with exit 1 when it has errors or cannot be read.
enum MapLoader {
  /// The parse of `path`, valid (warnings allowed; they are printed).
  static func load(_ path: String) throws -> ParseResult {
    try valid { try SourceReader.parse(path) }
  }

  /// The check of `path` (what `check` prints), valid (warnings allowed; they are
  /// printed). A large file is mapped into memory rather than copied (see
  /// `MappedFileGuard`).
  static func check(_ path: String) throws -> CheckResult {
    MappedFileGuard.install(for: path)
    return try valid { try SourceReader.check(path, mapping: true) }
  }

  /// What `read` gives when it reads and the result is valid; otherwise prints why
  /// and stops the run with exit 1. Warnings are printed either way.
  private static func valid<Result: ReadOutcome>(_ read: () throws -> Result) throws -> Result {
    let result: Result
    do {
      result = try read()
    } catch {
      Terminal.error("\(error)\n")
      throw ExitCode(1)
    }
    report(result)
    guard result.isValid else { throw ExitCode(1) }
    return result
  }

  /// Prints a parse's or a check's diagnostics, and a count line when there are errors.
  static func report(_ result: some ReadOutcome) {
    report(
      result.diagnostics, sources: [result.source], failed: !result.isValid, reachedLimit: result.reachedErrorLimit)
  }

  /// Prints diagnostics (quoting lines from `sources` where they come from one), and
  /// when `failed`, a count line for each file with errors.
  static func report(_ diagnostics: [Diagnostic], sources: [SourceText] = [], failed: Bool, reachedLimit: Bool) {
    guard !diagnostics.isEmpty else { return }
    let colour = Terminal.colours(2)
    var text = DiagnosticRenderer(sources: sources).render(diagnostics)
    if colour {
      for (word, code) in [("error:", "1;31"), ("warning:", "1;35"), ("note:", "1;36")] {
        text = text.replacingOccurrences(
          of: ": \(word) ", with: ": " + Terminal.styled(word, code, enabled: true) + " ")
      }
    }
    if failed {
      var files: [String] = []
      var counts: [String: Int] = [:]
      for d in diagnostics.errors {
        if counts[d.location.file] == nil { files.append(d.location.file) }
        counts[d.location.file, default: 0] += 1
      }
      for file in files {
        let errors = counts[file] ?? 0
        text += "\(file): \(errors) \(errors == 1 ? "error" : "errors")"
        if reachedLimit { text += " (stopped after \(diagnostics.errors.count); fix these and run again)" }
        text += "\n"
      }
    }
    Terminal.error(text)
  }
}

/// What reading a map file gives, as far as reporting it goes: ``ParseResult`` (the
/// map) and ``CheckResult`` (its counts).
protocol ReadOutcome {
  var diagnostics: [Diagnostic] { get }
  var source: SourceText { get }
  var reachedErrorLimit: Bool { get }
  var isValid: Bool { get }
}

extension ParseResult: ReadOutcome {}
extension CheckResult: ReadOutcome {}
