import Foundation
import Testing

/// Runs the built `stakemap` executable for the living-maps command tests (diff,
/// import, export, init, Mermaid, completions).
enum LivingCLI {
  /// What a run printed, and how it exited.
  struct Run: CustomStringConvertible {
    var stdout: String
    var stderr: String
    var status: Int32
    var description: String { "exit \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)---" }
  }

  /// The `stakemap` executable, built beside the tests.
  static var executable: URL {
    let bundle = Bundle.main.bundleURL
    let products = bundle.pathExtension == "xctest" ? bundle.deletingLastPathComponent() : bundle
    let candidates = [
      products, bundle.deletingLastPathComponent(),
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
    ].map { $0.appendingPathComponent("stakemap") }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
  }

  /// Runs a program in `folder` with `stdin` as standard input and `NO_COLOR=1`;
  /// output goes through files so a large one cannot block.
  static func run(_ program: URL, _ arguments: [String], stdin: String = "", in folder: URL) throws -> Run {
    let io = FileManager.default.temporaryDirectory.appendingPathComponent("living-io-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: io, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: io) }
    let out = io.appendingPathComponent("out")
    let err = io.appendingPathComponent("err")
    let input = io.appendingPathComponent("in")
    FileManager.default.createFile(atPath: out.path, contents: nil)
    FileManager.default.createFile(atPath: err.path, contents: nil)
    FileManager.default.createFile(atPath: input.path, contents: Data(stdin.utf8))
    let process = Process()
    process.executableURL = program
    process.arguments = arguments
    process.currentDirectoryURL = folder
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    environment["STAKEMAP"] = executable.path
    process.environment = environment
    let outHandle = try FileHandle(forWritingTo: out)
    let errHandle = try FileHandle(forWritingTo: err)
    let inHandle = try FileHandle(forReadingFrom: input)
    defer {
      try? outHandle.close()
      try? errHandle.close()
      try? inHandle.close()
    }
    process.standardOutput = outHandle
    process.standardError = errHandle
    process.standardInput = inHandle
    try process.run()
    process.waitUntilExit()
    return Run(
      stdout: try String(contentsOf: out, encoding: .utf8), stderr: try String(contentsOf: err, encoding: .utf8),
      status: process.terminationStatus)
  }

  /// Runs `stakemap ARGUMENTS`.
  static func stakemap(_ arguments: [String], stdin: String = "", in folder: LivingFolder) throws -> Run {
    try run(executable, arguments, stdin: stdin, in: folder.url)
  }

  /// Runs a `bash -c` script, with `$STAKEMAP` naming the executable.
  static func bash(_ script: String, in folder: LivingFolder) throws -> Run {
    try run(URL(fileURLWithPath: "/bin/bash"), ["-c", script], in: folder.url)
  }
}

/// A fresh temporary folder, removed when the value goes.
final class LivingFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("living-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  func write(_ name: String, _ text: String) throws {
    try Data(text.utf8).write(to: url.appendingPathComponent(name))
  }

  func read(_ name: String) throws -> String {
    try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
  }

  func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: url.appendingPathComponent(name).path) }

  func names() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() }
}
