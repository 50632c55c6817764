import CStakeMapSupport
import Testing

@testable import StakeMap

/// The sixteen-bytes-at-a-time scans of identifiers, strings and blanks
/// (`stakemap_identifier_run16`, `stakemap_string_run16`, `Lexer.identifierEnd`,
/// `PlainLineCursor`) against byte-at-a-time references.
@Suite struct IdentifierScanTests {
  /// Whether byte `i` of `bytes` continues an ASCII identifier: letters, digits, `_`,
  /// `.`, and `-` unless `>` follows (the lexer's rule, written out plainly).
  static func continues(_ bytes: [UInt8], _ i: Int) -> Bool {
    let b = bytes[i]
    switch b {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "."):
      return true
    case UInt8(ascii: "-"): return i + 1 >= bytes.count || bytes[i + 1] != UInt8(ascii: ">")
    default: return false
    }
  }

  /// Every byte value at every one of the sixteen places, after identifier bytes
  /// and before `>` or not: the run ends exactly there when the byte does not
  /// continue an identifier.
  @Test func runOfSixteenStopsAtEveryByteThatEndsAnIdentifier() {
    for place in 0..<16 {
      for value in 0...255 {
        for after in [UInt8(ascii: ">"), UInt8(ascii: "x")] {
          var window = [UInt8](repeating: UInt8(ascii: "k"), count: 17)
          window[place] = UInt8(value)
          if place + 1 < 17 { window[place + 1] = after }
          let expected = (0..<16).first { !Self.continues(window, $0) } ?? 16
          let run = window.withUnsafeBufferPointer { Int(stakemap_identifier_run16($0.baseAddress!)) }
          #expect(run == expected, "byte \(value) at \(place), then \(after)")
        }
      }
    }
  }

  /// Random windows over an alphabet of the bytes that matter (the edges of each
  /// range, `-` and `>`, non-ASCII bytes).
  @Test func runOfSixteenAgreesOnRandomWindows() {
    let alphabet: [UInt8] =
      Array("aAzZ09_.->`{@[/:` ".utf8) + [0x2F, 0x3A, 0x40, 0x5B, 0x60, 0x7B, 0x7F, 0x80, 0xC3, 0xA9, 0xFF, 0x09, 0x0A]
    var random = SplitMix64(seed: 16)
    for _ in 0..<20_000 {
      let window = (0..<17).map { _ in
        Bool.random(using: &random) ? UInt8(ascii: "m") : alphabet.randomElement(using: &random)!
      }
      let expected = (0..<16).first { !Self.continues(window, $0) } ?? 16
      let run = window.withUnsafeBufferPointer { Int(stakemap_identifier_run16($0.baseAddress!)) }
      #expect(run == expected, "\(window)")
    }
  }

  /// `Lexer.identifierEnd` and `PlainLineCursor.identifier` end ASCII identifiers of
  /// every length from 1 to 60 where the byte-at-a-time rule does, whatever follows
  /// (a blank, `->`, `-x`, a line break, the end of the bytes, a non-letter).
  @Test func identifiersOfEveryLengthEndWhereTheRuleSays() {
    var random = SplitMix64(seed: 60)
    let letters = Array("abcxyzABCXYZ0189_.-".utf8)
    let tails = [" x", "->b", "-x", "\n", "", ",", "é", "€", "@", "[", "{", ">"]
    for length in 1...60 {
      for tail in tails {
        for _ in 0..<4 {
          var id = [UInt8(ascii: "q")]
          while id.count < length { id.append(letters.randomElement(using: &random)!) }
          let bytes = id + Array(tail.utf8)
          // The id itself may hold `-` (then `>` from the tail ends it before the
          // `-`, as `a->b` is `a`, `->`, `b`).
          var expected = 0
          while expected < bytes.count && bytes[expected] < 0x80 && Self.continues(bytes, expected) { expected += 1 }
          // `é` is a letter and continues the id; `€` is not one.
          if tail == "é" && expected == id.count { expected = bytes.count }
          let end = bytes.withUnsafeBufferPointer { Lexer.identifierEnd(in: $0, at: 0) }
          #expect(end == expected, "\(String(decoding: bytes, as: UTF8.self))")
          let range = bytes.withUnsafeBufferPointer { buffer -> Range<Int>? in
            var cursor = PlainLineCursor(bytes: buffer, position: 0)
            return cursor.identifier()
          }
          #expect(range == 0..<expected, "\(String(decoding: bytes, as: UTF8.self))")
        }
      }
    }
  }

  /// A non-ASCII letter inside a long id (`é` at every place of a 40-byte id): the
  /// id goes on past it (the lexer's own scan takes over), and `€` ends it there.
  @Test func nonASCIIInsideAnIdIsLeftToTheLexersScan() {
    for place in 1..<40 {
      for (inside, ends) in [("é", false), ("€", true)] {
        let id = String(repeating: "k", count: place) + inside + String(repeating: "m", count: 40 - place)
        let bytes = Array((id + " rest").utf8)
        let expected = ends ? place : id.utf8.count
        #expect(bytes.withUnsafeBufferPointer { Lexer.identifierEnd(in: $0, at: 0) } == expected, "\(id)")
        let range = bytes.withUnsafeBufferPointer { buffer -> Range<Int>? in
          var cursor = PlainLineCursor(bytes: buffer, position: 0)
          return cursor.identifier()
        }
        #expect(range == 0..<expected, "\(id)")
      }
    }
  }

  /// `PlainLineCursor.skipIndent` and `skipBlanks` skip spaces, tabs, `\r`, `\v` and
  /// `\f` in any mix and number, near the end of the bytes too, and stop at anything
  /// else.
  @Test func skippingBlanksStopsAtTheFirstOtherByte() {
    var random = SplitMix64(seed: 8)
    let blanks: [UInt8] = [0x20, 0x20, 0x20, 0x09, 0x0D, 0x0B, 0x0C]
    for _ in 0..<5_000 {
      let lead = Int.random(in: 0..<5, using: &random)
      let run = (0..<Int.random(in: 0...20, using: &random)).map { _ in blanks.randomElement(using: &random)! }
      let stop: [UInt8] = Bool.random(using: &random) ? [] : [[0x0A, 0x78, 0x2D, 0x80].randomElement(using: &random)!]
      let rest = (0..<Int.random(in: 0...10, using: &random)).map { _ in UInt8(ascii: "z") }
      let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: lead) + run + stop + rest
      let skipped = bytes.withUnsafeBufferPointer { buffer -> [Int] in
        var indent = PlainLineCursor(bytes: buffer, position: lead)
        indent.skipIndent()
        var blanks = PlainLineCursor(bytes: buffer, position: lead)
        blanks.skipBlanks()
        return [indent.position, blanks.position]
      }
      #expect(skipped == [lead + run.count, lead + run.count], "\(bytes)")
    }
  }
  /// Every byte value at every one of the sixteen places: the string run stops at the
  /// first quote, backslash or line break, and only there.
  @Test func stringRunStopsAtQuotesBackslashesAndLineBreaks() {
    for place in 0..<16 {
      for value in 0...255 {
        var window = [UInt8](repeating: UInt8(ascii: "s"), count: 16)
        window[place] = UInt8(value)
        let stops = [UInt8(ascii: "\""), UInt8(ascii: "\\"), 0x0A].contains(UInt8(value))
        let run = window.withUnsafeBufferPointer { Int(stakemap_string_run16($0.baseAddress!)) }
        #expect(run == (stops ? place : 16), "byte \(value) at \(place)")
      }
    }
  }

  /// `PlainLineCursor.string` on strings of every length to 70 (across the sixteen-
  /// byte steps), closed or not, with an escape or a line break inside or not: the
  /// quoted string without escapes, or nil, as a byte-at-a-time reading says.
  @Test func plainStringsOfEveryLength() {
    var random = SplitMix64(seed: 70)
    let letters = Array("ab é\t,=[]".utf8)
    for length in 0...70 {
      for ending in ["\"", "\" x", "", "\n\"", "\\\"x\""] {
        var body: [UInt8] = []
        while body.count < length {
          var b = letters.randomElement(using: &random)!
          if b == UInt8(ascii: "\\") { b = UInt8(ascii: "t") }
          body.append(b)
        }
        let bytes = [UInt8(ascii: "\"")] + body + Array(ending.utf8)
        var expected: Range<Int>?
        for i in 1..<bytes.count {
          if bytes[i] == UInt8(ascii: "\"") {
            expected = 0..<(i + 1)
            break
          }
          if bytes[i] == UInt8(ascii: "\\") || bytes[i] == 0x0A { break }
        }
        let range = bytes.withUnsafeBufferPointer { buffer -> Range<Int>? in
          var cursor = PlainLineCursor(bytes: buffer, position: 0)
          return cursor.string()
        }
        #expect(range == expected, "\(String(decoding: bytes, as: UTF8.self))")
      }
    }
  }
}
