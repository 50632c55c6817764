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
    var status = stat()
    let isRegular = fstat(handle.fileDescriptor, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    if isRegular, let bytes = readDirectly(handle.fileDescriptor, size: Int(status.st_size)) { return bytes }
    // A pipe or device, or something went wrong: read through Foundation (again, for
    // a regular file), which reports an error in its words.
    do {
      if isRegular { try handle.seek(toOffset: 0) }
      return Array(try handle.readToEnd() ?? Data())
    } catch {
      throw FileReadError(path: path, reason: "\(error.localizedDescription)")
    }
  }

  /// A regular file's bytes (`size` of them) read straight into an array, without
  /// going through `Data` (a large map would be in memory twice, and copied); `nil` on
  /// any failure, or when the file grows while it is read.
  private static func readDirectly(_ descriptor: Int32, size: Int) -> [UInt8]? {
    var failed = false
    // One byte more than the size: reading it means the file grew.
    let bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
      count = 0
      guard let base = buffer.baseAddress else { return }
      while count < buffer.count {
        let n = Foundation.read(descriptor, base + count, buffer.count - count)
        if n < 0 {
          if errno == EINTR { continue }
          failed = true
          return
        }
        if n == 0 { return }
        count += n
      }
    }
    return failed || bytes.count > size ? nil : bytes
  }

  /// Reads and parses a map.
  public static func parse(_ path: String) throws -> ParseResult {
    StakeMapParser.parse(bytes: try read(path), fileName: path)
  }
}
