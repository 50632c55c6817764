import Foundation
import StakeMap

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
    var text = text
    text.withUTF8 { _ = FileDescriptorWriter.writeAll(2, UnsafeRawBufferPointer($0)) }
  }

  /// Writes text to standard output, as the bytes variant does.
  static func output(_ text: String) {
    var text = text
    text.withUTF8 { outputOrExit($0) }
  }

  /// Writes bytes to standard output. When standard output cannot take them (a full
  /// disk behind `> file`, a closed pipe), says so on standard error, unless the
  /// reader simply went away, and exits with status 1: a report cut short must not
  /// look like a success.
  static func output(_ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { outputOrExit($0) }
  }

  private static func outputOrExit(_ buffer: UnsafeBufferPointer<UInt8>) {
    let failure = FileDescriptorWriter.writeAll(1, UnsafeRawBufferPointer(buffer))
    guard failure != 0 else { return }
    if failure != EPIPE {
      error("stakemap: error: cannot write to standard output: \(String(cString: strerror(failure)))\n")
    }
    exit(1)
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
