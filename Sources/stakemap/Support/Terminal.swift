import Foundation

/// Where output goes, and whether it may be coloured.
enum Terminal {
  /// Whether a stream is a terminal that takes colour: a TTY, `NO_COLOR` unset, and
  /// `TERM` not `dumb`.
  static func colours(_ fd: Int32) -> Bool {
    let environment = ProcessInfo.processInfo.environment
    if environment["NO_COLOR"] != nil { return false }
    if environment["TERM"] == "dumb" { return false }
    return isatty(fd) == 1
  }

  /// Writes text to standard error.
  static func error(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  /// Writes text to standard output.
  static func output(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  /// Writes bytes to standard output.
  static func output(_ bytes: [UInt8]) {
    FileHandle.standardOutput.write(Data(bytes))
  }

  /// Text in an ANSI style when `enabled`.
  static func styled(_ text: String, _ code: String, enabled: Bool) -> String {
    enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}

extension Terminal {
  /// Whether a file descriptor is a terminal.
  static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }
}
