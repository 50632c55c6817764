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

  /// A large map mapped into memory reads like the same bytes read into an array:
  /// the same bytes, lines, check and diagnostics; a small file is not mapped.
  @Test func aMappedFileReadsLikeItsBytes() throws {
    // Long lines: few stakeholders fill the 4 MB.
    let note = String(repeating: "n", count: 400)
    var text = "title \"Mapped\"\n"
    var k = 0
    while text.utf8.count < SplitStreaming.minimumByteCount + 1000 {
      text += "stakeholder p\(k) \"Person \(k)\" power=\(k % 10) interest=5 note=\"\(note)\"\n"
      if k > 0 { text += "p\(k) -> p\(k - 1) 0.5\n" }
      k += 1
    }
    text += "stakeholder p1\n"  // an error on the last line, quoted from the mapping
    let folder = FileManager.default.temporaryDirectory
    let url = folder.appendingPathComponent("mapped-\(UUID().uuidString).stakes")
    try Data(text.utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let mapped = try #require(try SourceReader.mappedSource(url.path))
    let bytes = Array(text.utf8)
    #expect(mapped.byteCount == bytes.count)
    let sameBytes = mapped.withUnsafeBytes { Array($0) } == bytes
    #expect(sameBytes)
    let plain = SourceText(fileName: url.path, bytes: bytes)
    let sameLines = mapped.lineStarts == plain.lineStarts
    #expect(sameLines)
    #expect(mapped.lineText(mapped.lineStarts.count - 1) == "stakeholder p1")
    let checked = StakeMapParser.check(mapped)
    let expected = StakeMapParser.check(bytes: bytes, fileName: url.path)
    #expect(checked.diagnostics == expected.diagnostics)
    #expect(checked.diagnostics.contains { $0.message.contains("duplicate stakeholder id 'p1'") })
    let sameCopy = mapped.bytes == bytes  // a copy, made on request
    #expect(sameCopy)

    let small = folder.appendingPathComponent("small-\(UUID().uuidString).stakes")
    try Data("stakeholder a\n".utf8).write(to: small)
    defer { try? FileManager.default.removeItem(at: small) }
    #expect(try SourceReader.mappedSource(small.path) == nil)
    #expect(try SourceReader.mappedSource("-") == nil)
  }

  @Test func aMissingFileIsAnErrorInWords() {
    #expect(throws: FileReadError(path: "/nonexistent/x.stakes", reason: "no such file")) {
      try SourceReader.read("/nonexistent/x.stakes")
    }
  }
}
