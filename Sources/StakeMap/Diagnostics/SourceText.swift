import Foundation

/// The bytes of a source file with a line index, for turning byte offsets into
/// line and column and for quoting a line under a diagnostic.
public struct SourceText: Sendable {
  /// The file's name as shown in diagnostics.
  public let fileName: String
  /// The file's bytes (UTF-8, possibly invalid). For a source read from a file
  /// mapped into memory (``SourceReader/mappedSource(_:)``), the first use makes a
  /// copy; reading a map never needs one.
  public var bytes: [UInt8] { storage.array }
  /// How many bytes there are.
  public var byteCount: Int { storage.count }
  /// The byte offset where each line starts; `lineStarts[0] == 0`.
  ///
  /// Made on first use (O(n)), and kept: a valid map is read without ever asking
  /// where a line starts.
  public var lineStarts: [Int] { index.lineStarts(of: self) }
  private let index = LineIndex()
  private let storage: Storage

  /// Holds a file's bytes. O(1); the line index is made when first needed.
  public init(fileName: String, bytes: [UInt8]) {
    self.fileName = fileName
    self.storage = Storage(array: bytes)
  }

  /// Holds the bytes of a file mapped into memory at `base` (`count` bytes), which
  /// are unmapped when the last copy of the source goes.
  init(fileName: String, mappedAt base: UnsafeRawPointer, count: Int) {
    self.fileName = fileName
    self.storage = Storage(mapping: base, count: count)
  }

  /// Calls `body` with the bytes, without copying them.
  public func withUnsafeBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    try storage.withUnsafeBytes(body)
  }

  /// The bytes: an array, or a file mapped into memory (unmapped at the end).
  private final class Storage: @unchecked Sendable {
    private let mapping: UnsafeRawPointer?
    let count: Int
    private let lock = NSLock()
    /// The array of bytes, or for a mapping its copy once asked for.
    private var copy: [UInt8]?

    init(array: [UInt8]) {
      mapping = nil
      count = array.count
      copy = array
    }

    init(mapping: UnsafeRawPointer, count: Int) {
      self.mapping = mapping
      self.count = count
    }

    deinit {
      if let mapping { munmap(UnsafeMutableRawPointer(mutating: mapping), count) }
    }

    var array: [UInt8] {
      guard let mapping else { return copy! }
      lock.lock()
      defer { lock.unlock() }
      if copy == nil {
        copy = Array(UnsafeBufferPointer(start: mapping.assumingMemoryBound(to: UInt8.self), count: count))
      }
      return copy!
    }

    func withUnsafeBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
      if let mapping {
        return try body(UnsafeBufferPointer(start: mapping.assumingMemoryBound(to: UInt8.self), count: count))
      }
      return try copy!.withUnsafeBufferPointer(body)
    }
  }

  /// The line index, made once, whichever thread asks first.
  private final class LineIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var starts: [Int]?

    func lineStarts(of source: SourceText) -> [Int] {
      lock.lock()
      defer { lock.unlock() }
      if let starts { return starts }
      let made = source.withUnsafeBytes(SourceText.lineStarts)
      starts = made
      return made
    }
  }

  /// The offset after each line feed, after a first 0. Looks at eight bytes at a
  /// time: a word without a line feed costs a few instructions.
  private static func lineStarts(_ buffer: UnsafeBufferPointer<UInt8>) -> [Int] {
    var starts = [0]
    starts.reserveCapacity(buffer.count / 32 + 1)
    let n = buffer.count
    var i = 0
    if let base = buffer.baseAddress {
      let p = UnsafeRawPointer(base)
      let ones: UInt64 = 0x0101_0101_0101_0101
      let highs: UInt64 = 0x8080_8080_8080_8080
      while n - i >= 8 {
        // A zero byte of `word ^ 0x0A…` is a line feed, and this test is nonzero
        // exactly when the word has one; the word is then searched byte by byte.
        let word = p.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ (ones &* 0x0A)
        if (word &- ones) & ~word & highs != 0 {
          for k in i..<i + 8 where base[k] == 0x0A { starts.append(k + 1) }
        }
        i += 8
      }
    }
    while i < n {
      if buffer[i] == 0x0A { starts.append(i + 1) }
      i += 1
    }
    return starts
  }

  /// Indexes text.
  public init(fileName: String, text: String) {
    self.init(fileName: fileName, bytes: Array(text.utf8))
  }

  /// The 1-based line holding a byte offset. O(log lines).
  public func line(ofOffset offset: Int) -> Int {
    let lineStarts = self.lineStarts
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    return low + 1
  }

  /// Where the text starts: past a UTF-8 byte-order mark, if the file has one.
  var textStart: Int {
    withUnsafeBytes { bytes in
      bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }
  }

  /// The byte offset where a 1-based line's text starts (past a byte-order mark on
  /// line 1).
  private func lineTextStart(_ line: Int) -> Int {
    line == 1 ? textStart : lineStarts[line - 1]
  }

  /// The location of a byte offset: its line, and its column counted in characters
  /// (UTF-8 lead bytes) from the line's start, 1-based. A byte-order mark is not a
  /// character of line 1.
  public func location(ofOffset offset: Int) -> SourceLocation {
    let line = line(ofOffset: offset)
    // An offset inside a byte-order mark is column 1.
    let start = min(lineTextStart(line), offset)
    let column = withUnsafeBytes { bytes in
      var column = 1
      var i = start
      let end = min(offset, bytes.count)
      while i < end {
        if bytes[i] & 0xC0 != 0x80 { column += 1 }
        i += 1
      }
      return column
    }
    // A column in the middle of a multi-byte character counts that character.
    return SourceLocation(file: fileName, line: line, column: column)
  }

  /// The text of a 1-based line, without its line break (nor a byte-order mark on
  /// line 1); invalid UTF-8 is shown as U+FFFD.
  public func lineText(_ line: Int) -> String {
    guard line >= 1, line <= lineStarts.count else { return "" }
    let start = lineTextStart(line)
    let lineStarts = self.lineStarts
    return withUnsafeBytes { bytes in
      var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
      if end > start, end <= bytes.count, end - 1 >= start, bytes[end - 1] == 0x0D { end -= 1 }
      guard start <= end else { return "" }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
  }
}
