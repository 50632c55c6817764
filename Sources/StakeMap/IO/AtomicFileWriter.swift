import Foundation

/// A file that cannot be written, with the reason in words.
public struct FileWriteError: Error, Equatable, CustomStringConvertible {
  /// The path that was to be written.
  public var path: String
  /// Why it failed, in words.
  public var reason: String

  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  public var description: String { "\(path): error: cannot write: \(reason)" }
}

/// Writes files whole or not at all: to a temporary file beside the target, then a
/// rename over it, so a failure never leaves a half-written file and never touches
/// an existing one.
public enum AtomicFileWriter {
  /// Writes `bytes` to `path`.
  ///
  /// Refuses a path that is a folder, and a path that is the same file as any of
  /// `protecting` (the inputs), so that `-o map.stakes` cannot clobber its own input.
  /// With `replacing` false, an existing file is never replaced: the finished file is
  /// hard-linked into place, which fails if anything is there by then.
  public static func write(
    _ bytes: [UInt8], to path: String, protecting inputs: [String] = [], replacing: Bool = true
  ) throws {
    let url = URL(fileURLWithPath: path)
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    if manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
      throw FileWriteError(path: path, reason: "it is a folder")
    }
    if !replacing && manager.fileExists(atPath: path) {
      throw FileWriteError(path: path, reason: "it already exists; choose another name or remove it first")
    }
    for input in inputs where input != "-" && sameFile(input, path) {
      throw FileWriteError(path: path, reason: "it is the input file; choose another output")
    }
    let folder = url.deletingLastPathComponent().path
    guard manager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
      // Name the folder as the user wrote it.
      let given = (path as NSString).deletingLastPathComponent
      throw FileWriteError(path: path, reason: "the folder '\(given.isEmpty ? "." : given)' does not exist")
    }
    let temporary = url.deletingLastPathComponent()
      .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
    let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    guard fd >= 0 else { throw FileWriteError(path: path, reason: errorText(errno)) }
    var failure: Int32 = 0
    bytes.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let written = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        offset += written
      }
    }
    if failure == 0 && fsync(fd) != 0 { failure = errno }
    if close(fd) != 0 && failure == 0 { failure = errno }
    if failure == 0 {
      if replacing {
        if rename(temporary.path, path) != 0 { failure = errno }
      } else {
        if link(temporary.path, path) != 0 { failure = errno }
        unlink(temporary.path)
      }
    }
    if failure != 0 {
      unlink(temporary.path)
      if failure == EEXIST {
        throw FileWriteError(path: path, reason: "it already exists; choose another name or remove it first")
      }
      throw FileWriteError(path: path, reason: errorText(failure))
    }
  }

  /// Writes text as UTF-8.
  public static func write(
    _ text: String, to path: String, protecting inputs: [String] = [], replacing: Bool = true
  ) throws {
    try write(Array(text.utf8), to: path, protecting: inputs, replacing: replacing)
  }

  private static func sameFile(_ a: String, _ b: String) -> Bool {
    var sa = stat()
    var sb = stat()
    guard stat(a, &sa) == 0, stat(b, &sb) == 0 else { return false }
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino
  }

  static func errorText(_ code: Int32) -> String {
    String(cString: strerror(code)).lowercased()
  }
}
