import Foundation
import Testing

@testable import StakeMap

/// `SourceReader.read` returns a file's bytes exactly, whichever way it reads them
/// (a large file in two halves at once, a small one in one go).
@Suite struct SourceReaderTests {
  /// Pseudo-random bytes (every value occurs), seeded.
  private static func bytes(count: Int, seed: UInt64) -> [UInt8] {
    var generator = SplitMix64(seed: seed)
    return (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
  }

  @Test(arguments: [
    0, 1, 4095, 100_000, SplitStreaming.minimumByteCount - 1, SplitStreaming.minimumByteCount,
    SplitStreaming.minimumByteCount + 12_345,
  ])
  func readsEveryByteOfAFile(count: Int) throws {
    let expected = Self.bytes(count: count, seed: UInt64(count) &+ 7)
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("reader-\(UUID().uuidString).bin")
    try Data(expected).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let read = try SourceReader.read(url.path)
    #expect(read.count == expected.count)
    #expect(read == expected)
  }

  @Test func aMissingFileIsAnErrorInWords() {
    #expect(throws: FileReadError(path: "/nonexistent/x.stakes", reason: "no such file")) {
      try SourceReader.read("/nonexistent/x.stakes")
    }
  }
}
