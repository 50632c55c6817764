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
///
/// A symbolic link is followed: the file it points to is replaced, and the link stays.
/// A target that exists and is not a regular file (a terminal, a pipe, a device such
/// as `/dev/full` or `/dev/stdout`'s target) cannot be replaced by a rename, and must
/// not be: it is written straight into, and a failure there is reported the same way.
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
    try write([(bytes, path)], protecting: inputs, replacing: replacing)
  }

  /// Writes several files as one: each goes to its temporary file first, and only when
  /// every one is written and synced are they renamed into place. A failure on any of
  /// them (a full disk, say) leaves every target as it was.
  public static func write(
    _ files: [(bytes: [UInt8], path: String)], protecting inputs: [String] = [], replacing: Bool = true
  ) throws {
    var prepared: [(temporary: String, target: String, path: String)] = []
    var direct: [(bytes: [UInt8], target: String, path: String)] = []
    defer { for file in prepared { unlink(file.temporary) } }
    for (bytes, path) in files {
      let target = try destination(path, protecting: inputs, replacing: replacing)
      if target.isSpecial {
        direct.append((bytes, target.path, path))
        continue
      }
      let url = URL(fileURLWithPath: target.path)
      let temporary = url.deletingLastPathComponent()
        .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp").path
      let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
      guard fd >= 0 else { throw FileWriteError(path: path, reason: errorText(errno)) }
      prepared.append((temporary, target.path, path))
      var failure = writeAll(fd, bytes)
      if failure == 0 && fsync(fd) != 0 { failure = errno }
      if close(fd) != 0 && failure == 0 { failure = errno }
      if failure != 0 { throw FileWriteError(path: path, reason: errorText(failure)) }
    }
    for file in direct {
      let fd = open(file.target, O_WRONLY | O_CLOEXEC)
      guard fd >= 0 else { throw FileWriteError(path: file.path, reason: errorText(errno)) }
      let failure = writeAll(fd, file.bytes)
      close(fd)
      if failure != 0 { throw FileWriteError(path: file.path, reason: errorText(failure)) }
    }
    for file in prepared {
      if replacing {
        if rename(file.temporary, file.target) != 0 { throw FileWriteError(path: file.path, reason: errorText(errno)) }
      } else if link(file.temporary, file.target) != 0 {
        let code = errno
        throw FileWriteError(
          path: file.path,
          reason: code == EEXIST ? "it already exists; choose another name or remove it first" : errorText(code))
      }
    }
  }

  /// Where `path` really goes: the file a symbolic link points to, and whether it is an
  /// existing special file (written into rather than replaced). Throws for the cases
  /// the type refuses.
  private static func destination(
    _ path: String, protecting inputs: [String], replacing: Bool
  ) throws -> (path: String, isSpecial: Bool) {
    let manager = FileManager.default
    var info = stat()
    var target = path
    if lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK {
      guard let resolved = realpath(path, nil) else {
        throw FileWriteError(path: path, reason: "it is a symbolic link to '\(readLink(path))', which does not exist")
      }
      target = String(cString: resolved)
      free(resolved)
    }
    let exists = stat(target, &info) == 0
    if exists && (info.st_mode & S_IFMT) == S_IFDIR {
      throw FileWriteError(path: path, reason: "it is a folder")
    }
    if !replacing && exists {
      throw FileWriteError(path: path, reason: "it already exists; choose another name or remove it first")
    }
    for input in inputs where input != "-" && sameFile(input, target) {
      throw FileWriteError(path: path, reason: "it is the input file; choose another output")
    }
    if exists && (info.st_mode & S_IFMT) != S_IFREG {
      return (target, true)
    }
    let folder = URL(fileURLWithPath: target).deletingLastPathComponent().path
    var isDirectory: ObjCBool = false
    guard manager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
      // Name the folder as the user wrote it.
      let given = (path as NSString).deletingLastPathComponent
      let shown = given.isEmpty ? "." : given
      let reason =
        manager.fileExists(atPath: folder)
        ? "'\(shown)' is a file, not a folder" : "the folder '\(shown)' does not exist"
      throw FileWriteError(path: path, reason: reason)
    }
    return (target, false)
  }

  /// Writes every byte; returns 0 or the failing `errno`.
  private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32 {
    bytes.withUnsafeBytes { FileDescriptorWriter.writeAll(fd, $0) }
  }

  private static func readLink(_ path: String) -> String {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
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
