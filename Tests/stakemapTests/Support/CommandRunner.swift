import Foundation
import Testing

/// What a run of the `stakemap` executable printed, and how it exited.
struct CommandResult: Equatable, CustomStringConvertible {
  var stdout: String
  var stderr: String
  var status: Int32

  var description: String {
    "exit \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)---"
  }
}

/// Runs the `stakemap` executable built next to the test bundle, as
/// swift-argument-parser's `AssertExecuteCommand` does.
enum CommandRunner {
  /// The folder of the built products: the test bundle's folder (on Linux the
  /// `.xctest` bundle is the test executable itself, in the products folder).
  static var productsFolder: URL {
    let bundle = Bundle.main.bundleURL
    return bundle.pathExtension == "xctest" ? bundle.deletingLastPathComponent() : bundle
  }

  /// The `stakemap` executable.
  static var executable: URL {
    let candidates = [
      productsFolder,
      Bundle.main.bundleURL.deletingLastPathComponent(),
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
    ].map { $0.appendingPathComponent("stakemap") }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
  }

  /// Runs `stakemap ARGUMENTS` in `folder`, with `stdin` as standard input (none:
  /// an empty, closed input), `NO_COLOR=1` and an 80-column terminal width.
  ///
  /// Output goes to files rather than pipes, so a large output cannot block the child.
  /// `program` runs instead of `stakemap` when given (`/bin/bash` for a pipeline, say);
  /// `$STAKEMAP` names the `stakemap` executable in its environment.
  static func run(
    _ arguments: [String], stdin: String? = nil, in folder: URL, environment extra: [String: String] = [:],
    program: URL? = nil
  ) throws -> CommandResult {
    let io = FileManager.default.temporaryDirectory
      .appendingPathComponent("stakemap-io-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: io, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: io) }
    let outURL = io.appendingPathComponent("stdout")
    let errURL = io.appendingPathComponent("stderr")
    let inURL = io.appendingPathComponent("stdin")
    for url in [outURL, errURL] { FileManager.default.createFile(atPath: url.path, contents: nil) }
    FileManager.default.createFile(atPath: inURL.path, contents: Data((stdin ?? "").utf8))

    let process = Process()
    process.executableURL = program ?? executable
    process.arguments = arguments
    process.currentDirectoryURL = folder
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    environment["COLUMNS"] = "80"
    environment["STAKEMAP"] = executable.path
    environment.merge(extra) { _, new in new }
    process.environment = environment
    let output = try FileHandle(forWritingTo: outURL)
    let error = try FileHandle(forWritingTo: errURL)
    let input = try FileHandle(forReadingFrom: inURL)
    defer {
      try? output.close()
      try? error.close()
      try? input.close()
    }
    process.standardOutput = output
    process.standardError = error
    process.standardInput = input
    try process.run()
    process.waitUntilExit()
    return CommandResult(
      stdout: try String(contentsOf: outURL, encoding: .utf8),
      stderr: try String(contentsOf: errURL, encoding: .utf8),
      status: process.terminationStatus)
  }
}

/// A fresh folder under the system's temporary folder, removed when the value goes.
final class TemporaryFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("stakemap-test-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// Writes a file in the folder and returns its name.
  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    try Data(text.utf8).write(to: url.appendingPathComponent(name))
    return name
  }

  /// Writes bytes to a file in the folder and returns its name.
  @discardableResult
  func write(_ name: String, bytes: [UInt8]) throws -> String {
    try Data(bytes).write(to: url.appendingPathComponent(name))
    return name
  }

  /// The text of a file in the folder.
  func read(_ name: String) throws -> String {
    try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
  }

  /// Whether a file of that name is in the folder.
  func exists(_ name: String) -> Bool {
    FileManager.default.fileExists(atPath: url.appendingPathComponent(name).path)
  }

  /// The names in the folder, sorted (hidden files included).
  func names() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
  }

  /// The inode of a file: a rename over it gives a new one.
  func inode(_ name: String) throws -> UInt64 {
    let attributes = try FileManager.default.attributesOfItem(atPath: url.appendingPathComponent(name).path)
    return (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
  }
}

/// Runs `stakemap` with `arguments` in `folder` and expects exactly this standard
/// output, standard error and exit status.
func assertExecute(
  _ arguments: [String], stdin: String? = nil, in folder: TemporaryFolder,
  stdout: String = "", stderr: String = "", status: Int32 = 0,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
  let result = try CommandRunner.run(arguments, stdin: stdin, in: folder.url)
  #expect(
    result == CommandResult(stdout: stdout, stderr: stderr, status: status),
    "stakemap \(arguments.joined(separator: " "))", sourceLocation: sourceLocation)
}

/// Lines joined with newlines, ending in one.
func lines(_ lines: String...) -> String {
  lines.map { $0 + "\n" }.joined()
}
