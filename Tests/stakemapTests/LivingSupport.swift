import Foundation
import Testing

/// Runs the built `stakemap` executable for the living-maps command tests (diff,
/// import, export, init, Mermaid, completions).
enum LivingCLI {
  /// What a run printed, and how it exited.
  typealias Run = CommandResult

  /// Runs a program in `folder` with `stdin` as standard input (``CommandRunner``).
  static func run(_ program: URL, _ arguments: [String], stdin: String = "", in folder: URL) throws -> Run {
    try CommandRunner.run(arguments, stdin: stdin, in: folder, program: program)
  }

  /// Runs `stakemap ARGUMENTS`.
  static func stakemap(_ arguments: [String], stdin: String = "", in folder: LivingFolder) throws -> Run {
    try run(CommandRunner.executable, arguments, stdin: stdin, in: folder.url)
  }

  /// Runs a `bash -c` script, with `$STAKEMAP` naming the executable.
  static func bash(_ script: String, in folder: LivingFolder) throws -> Run {
    try run(URL(fileURLWithPath: "/bin/bash"), ["-c", script], in: folder.url)
  }
}

/// A fresh temporary folder, removed when the value goes.
typealias LivingFolder = TemporaryFolder
