import Foundation

/// A file that cannot be read, with the reason in words.
public struct FileReadError: Error, Equatable, CustomStringConvertible {
  /// The path that was to be read (`-` for standard input).
  public var path: String
  /// Why it failed, in words.
  public var reason: String

  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  public var description: String { "\(path): error: cannot read: \(reason)" }
}

/// Reads a map's bytes from a file, or from standard input for `-`.
public enum SourceReader {
  /// The bytes of `path`; `-` reads standard input to its end (empty when closed).
  public static func read(_ path: String) throws -> [UInt8] {
    if path == "-" {
      return Array(FileHandle.standardInput.readDataToEndOfFile())
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw FileReadError(path: path, reason: "no such file")
    }
    if isDirectory.boolValue { throw FileReadError(path: path, reason: "it is a folder") }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw FileReadError(path: path, reason: "permission denied")
    }
    defer { try? handle.close() }
    do {
      return Array(try handle.readToEnd() ?? Data())
    } catch {
      throw FileReadError(path: path, reason: "\(error.localizedDescription)")
    }
  }

  /// Reads and parses a map.
  public static func parse(_ path: String) throws -> ParseResult {
    StakeMapParser.parse(bytes: try read(path), fileName: path)
  }
}
