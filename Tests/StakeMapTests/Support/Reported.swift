import Foundation
import StakeMap
import Testing

/// A diagnostic reduced to what a test compares: severity, line, column, message, and
/// its notes the same way.
struct Reported: Equatable, CustomStringConvertible {
  var severity: Severity
  var line: Int
  var column: Int
  var message: String
  var notes: [Reported]

  init(_ severity: Severity, _ line: Int, _ column: Int, _ message: String, notes: [Reported] = []) {
    self.severity = severity
    self.line = line
    self.column = column
    self.message = message
    self.notes = notes
  }

  init(_ diagnostic: Diagnostic) {
    self.init(
      diagnostic.severity, diagnostic.location.line, diagnostic.location.column, diagnostic.message,
      notes: diagnostic.notes.map(Reported.init))
  }

  static func error(_ line: Int, _ column: Int, _ message: String, notes: [Reported] = []) -> Reported {
    Reported(.error, line, column, message, notes: notes)
  }

  static func warning(_ line: Int, _ column: Int, _ message: String) -> Reported {
    Reported(.warning, line, column, message)
  }

  static func note(_ line: Int, _ column: Int, _ message: String) -> Reported {
    Reported(.note, line, column, message)
  }

  var description: String {
    "\(line):\(column): \(severity.rawValue): \(message)"
      + notes.map { "\n  " + $0.description }.joined()
  }
}

/// The file name the parser tests give their inputs.
let testFileName = "test.stakes"

/// Parses text as the file `test.stakes`.
func parse(_ text: String) -> ParseResult {
  StakeMapParser.parse(text, fileName: testFileName)
}

/// Parses bytes as the file `test.stakes`.
func parse(bytes: [UInt8]) -> ParseResult {
  StakeMapParser.parse(bytes: bytes, fileName: testFileName)
}

/// The diagnostics of parsing text, as `(severity, line, column, message)`.
func diagnose(_ text: String) -> [Reported] {
  parse(text).diagnostics.map(Reported.init)
}

/// The diagnostics of parsing bytes.
func diagnose(bytes: [UInt8]) -> [Reported] {
  parse(bytes: bytes).diagnostics.map(Reported.init)
}

/// The map of text that must parse without errors (warnings allowed); records an
/// issue listing the errors otherwise.
func validMap(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> StakeMap {
  let result = parse(text)
  #expect(
    result.isValid, "\(result.diagnostics.errors.map(Reported.init))", sourceLocation: sourceLocation)
  return result.map
}

/// Lines joined with newlines, ending in one: `lines("a", "b") == "a\nb\n"`.
func lines(_ lines: String...) -> String {
  lines.map { $0 + "\n" }.joined()
}

/// The test fixtures shipped with this target.
enum Fixtures {
  /// The folder of the fixtures.
  static var folder: URL {
    Bundle.module.resourceURL!.appendingPathComponent("Fixtures")
  }

  /// The text of a fixture.
  static func text(_ name: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }

  /// The names of every `.stakes` fixture.
  static func stakesFiles() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".stakes") }.sorted()
  }

  /// The repository's folder.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// Every test fixture, bundled sample and fuzzing seed, as bytes.
  static func corpus() throws -> [(name: String, bytes: [UInt8])] {
    var files: [(String, [UInt8])] = []
    for name in try stakesFiles() {
      files.append((name, Array(try Data(contentsOf: folder.appendingPathComponent(name)))))
    }
    for folder in ["Samples", "Fuzz/Seeds"] {
      let url = root.appendingPathComponent(folder)
      for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
      where folder != "Samples" || name.hasSuffix(".stakes") {
        files.append(("\(folder)/\(name)", Array(try Data(contentsOf: url.appendingPathComponent(name)))))
      }
    }
    return files
  }
}
