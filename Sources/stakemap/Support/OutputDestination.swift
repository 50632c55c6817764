import ArgumentParser
import StakeMap

/// Sends a command's result to standard output or, with `-o`, to a file written
/// whole or not at all.
enum OutputDestination {
  /// Writes `bytes` to `path` (atomically), or to standard output when `path` is nil.
  static func write(_ bytes: [UInt8], to path: String?, inputs: [String]) throws {
    guard let path else {
      Terminal.output(bytes)
      return
    }
    do {
      try AtomicFileWriter.write(bytes, to: path, protecting: inputs)
    } catch {
      Terminal.error("\(error)\n")
      throw ExitCode(1)
    }
  }

  /// Writes several files, all or none (see AtomicFileWriter).
  static func write(_ files: [(bytes: [UInt8], path: String)], inputs: [String]) throws {
    do {
      try AtomicFileWriter.write(files, protecting: inputs)
    } catch {
      Terminal.error("\(error)\n")
      throw ExitCode(1)
    }
  }

  /// Writes text.
  static func write(_ text: String, to path: String?, inputs: [String]) throws {
    try write(Array(text.utf8), to: path, inputs: inputs)
  }
}
