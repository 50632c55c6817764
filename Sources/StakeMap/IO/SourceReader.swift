import Foundation

#if canImport(Glibc)
  import Glibc
#endif

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
  /// The bytes of `path`; `-` reads standard input to its end (empty when it is
  /// closed, or not open at all).
  ///
  /// Reads with `read(2)` straight into the array that is returned: no `Data` in
  /// between, and no trap when descriptor 0 does not exist.
  public static func read(_ path: String) throws -> [UInt8] {
    if path == "-" {
      do {
        return try readAll(0, sizeHint: 0)
      } catch let failure as ReadFailure {
        if failure.code == EBADF { return [] }
        throw FileReadError(path: path, reason: String(cString: strerror(failure.code)))
      }
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw FileReadError(path: path, reason: "no such file")
    }
    if isDirectory.boolValue { throw FileReadError(path: path, reason: "it is a folder") }
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else {
      let code = errno
      throw FileReadError(path: path, reason: code == EACCES ? "permission denied" : String(cString: strerror(code)))
    }
    defer { close(fd) }
    do {
      return try readAll(fd, sizeHint: regularFileSize(fd) ?? 0)
    } catch let failure as ReadFailure {
      throw FileReadError(path: path, reason: String(cString: strerror(failure.code)))
    }
  }

  /// The size of the file open on `fd` when it is a regular file (not a pipe, a
  /// device, …).
  private static func regularFileSize(_ fd: Int32) -> Int? {
    var info = stat()
    guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
    return Int(info.st_size)
  }

  /// A `read(2)` that failed, with its `errno`.
  private struct ReadFailure: Error {
    var code: Int32
  }

  /// Everything left on `fd`, growing the buffer as needed.
  ///
  /// The first buffer (the file's size, for a regular file) is read into without
  /// being zeroed first: for a large map that fill would be a pass over all of it.
  private static func readAll(_ fd: Int32, sizeHint: Int) throws -> [UInt8] {
    var failure: ReadFailure?
    var atEnd = false
    var bytes = [UInt8](unsafeUninitializedCapacity: max(sizeHint + 1, 64 * 1024)) { buffer, count in
      count = 0
      guard let base = buffer.baseAddress else { return }
      // A large file (one that is read in two parts, see SplitStreaming) is read in
      // two halves at once: copying it and touching the fresh pages it goes to is
      // most of the time to read it, and each half does its own.
      if sizeHint >= SplitStreaming.minimumByteCount, readHalves(fd, base, sizeHint) {
        count = sizeHint
      }
      do {
        while count < buffer.count {
          let got = try readSome(fd, base + count, buffer.count - count)
          if got == 0 {
            atEnd = true
            return
          }
          count += got
        }
      } catch {
        failure = error as? ReadFailure
      }
    }
    if let failure { throw failure }
    if atEnd { return bytes }
    // More than the hint: double the buffer until the end.
    var count = bytes.count
    while true {
      if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: bytes.count)) }
      let got = try bytes.withUnsafeMutableBufferPointer { buffer in
        try readSome(fd, buffer.baseAddress! + count, buffer.count - count)
      }
      if got == 0 { break }
      count += got
    }
    bytes.removeSubrange(count...)
    return bytes
  }

  /// Reads the first `size` bytes of the regular file `fd` into `base`, its two
  /// halves on two threads with `pread(2)`, and leaves the file's offset at `size`.
  /// False (with the offset back at 0) when either half comes back short or fails:
  /// the file changed while being read, or cannot be read this way, and the caller
  /// reads it from the start with `read(2)`, which reports any error.
  private static func readHalves(_ fd: Int32, _ base: UnsafeMutablePointer<UInt8>, _ size: Int) -> Bool {
    func readRange(_ range: Range<Int>) -> Bool {
      // The half's fresh pages made in one call rather than one fault each (Linux
      // 5.14 and later; elsewhere the read faults them in as before).
      let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
      let first = (Int(bitPattern: base + range.lowerBound) + pageSize - 1) / pageSize * pageSize
      let last = Int(bitPattern: base + range.upperBound) / pageSize * pageSize
      let populateWrite: Int32 = 23  // MADV_POPULATE_WRITE
      if last > first { _ = madvise(UnsafeMutableRawPointer(bitPattern: first), last - first, populateWrite) }
      var offset = range.lowerBound
      while offset < range.upperBound {
        let got = pread(fd, base + offset, range.upperBound - offset, off_t(offset))
        if got > 0 {
          offset += got
        } else if got < 0 && errno == EINTR {
          continue
        } else {
          return false
        }
      }
      return true
    }
    let middle = size / 2
    let (first, second) = sideBySide({ readRange(0..<middle) }, { readRange(middle..<size) })
    let ok = first && second
    _ = lseek(fd, off_t(ok ? size : 0), SEEK_SET)
    return ok
  }

  /// One `read(2)` of at most `room` bytes into `base`, retried when interrupted;
  /// 0 at the end of the input.
  private static func readSome(_ fd: Int32, _ base: UnsafeMutablePointer<UInt8>, _ room: Int) throws -> Int {
    while true {
      let got = Glibc.read(fd, base, room)
      if got >= 0 { return got }
      if errno != EINTR { throw ReadFailure(code: errno) }
    }
  }

  /// Reads and parses a map.
  public static func parse(_ path: String) throws -> ParseResult {
    StakeMapParser.parse(bytes: try read(path), fileName: path)
  }

  /// Reads and checks the file at `path` (`-` for standard input) without keeping the
  /// map: ``StakeMapParser/check(bytes:fileName:)``. With `mapping`, a large regular
  /// file is mapped into memory instead of copied (``mappedSource(_:)``).
  public static func check(_ path: String, mapping: Bool = false) throws -> CheckResult {
    if mapping, let source = try mappedSource(path) { return StakeMapParser.check(source) }
    return StakeMapParser.check(bytes: try read(path), fileName: path)
  }

  /// A large regular file (one read in two parts, see ``SplitStreaming``) mapped into
  /// memory, read-only, instead of copied: no copy, and no fresh pages to clear. `nil`
  /// for a smaller file, standard input, or anything that cannot be mapped (read it
  /// with ``read(_:)``, which reports errors).
  ///
  /// A file mapped into memory must not get shorter while it is read: the process
  /// then receives `SIGBUS`. The command-line tool turns that signal into an error
  /// message and exit status 1 (`check` writes no file, so nothing is lost); a
  /// program using the library and mapping files should do the same.
  public static func mappedSource(_ path: String) throws -> SourceText? {
    guard path != "-" else { return nil }
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    guard let size = regularFileSize(fd), size >= SplitStreaming.minimumByteCount else { return nil }
    // The page cache's pages, mapped, not copied; each part faults its half in (a
    // fault maps several pages), on its own core.
    guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else {
      return nil
    }
    return SourceText(fileName: path, mappedAt: UnsafeRawPointer(base), count: size)
  }
}
