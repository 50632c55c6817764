import Testing

@testable import StakeMap

/// `UTF8Validation.firstInvalidOffset` against the standard library's own decoder, on
/// hand-picked sequences and on random bytes around its 32- and 8-byte ASCII steps.
@Suite struct UTF8ValidationTests {
  /// The reference: the offset of the first byte the standard library's UTF-8
  /// decoder rejects.
  private static func reference(_ bytes: [UInt8]) -> Int? {
    var decoder = UTF8()
    var iterator = bytes.makeIterator()
    var offset = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): offset += UTF8.width(scalar)
      case .emptyInput: return nil
      case .error: return offset
      }
    }
  }

  private static func validate(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer(UTF8Validation.firstInvalidOffset)
  }

  @Test func handPickedSequences() {
    let cases: [([UInt8], Int?)] = [
      ([], nil), (Array("plain ASCII text".utf8), nil), (Array("Général Ölund 日本 🙂".utf8), nil),
      ([0x61, 0xFF], 1), ([0xC0, 0x80], 0), ([0xE0, 0x80, 0x80], 0), ([0xED, 0xA0, 0x80], 0),
      ([0xF4, 0x90, 0x80, 0x80], 0), ([0x61, 0x62, 0xE2, 0x82], 2), ([0x80], 0),
      (Array(repeating: 0x61, count: 40) + [0xFF], 40), (Array(repeating: 0x61, count: 31) + [0xC3, 0xA9, 0xFF], 33),
    ]
    for (bytes, expected) in cases {
      #expect(Self.validate(bytes) == expected, "\(bytes)")
      #expect(Self.reference(bytes) == expected, "reference: \(bytes)")
    }
  }

  @Test func randomBytesAgreeWithTheStandardLibrary() {
    var generator = SplitMix64(seed: 0x0717_F8)
    let pieces: [[UInt8]] = [
      Array("a".utf8), Array("é".utf8), Array("日".utf8), Array("🙂".utf8), [0xFF], [0xC3], [0x80], [0xED, 0xA0, 0x80],
    ]
    for _ in 0..<3000 {
      var bytes: [UInt8] = []
      let length = Int.random(in: 0..<120, using: &generator)
      while bytes.count < length {
        // Mostly long ASCII runs, so that the 32- and 8-byte steps run and stop at
        // every alignment.
        if Int.random(in: 0..<10, using: &generator) < 8 {
          bytes += Array(repeating: 0x61, count: Int.random(in: 1...40, using: &generator))
        } else {
          bytes += pieces.randomElement(using: &generator)!
        }
      }
      #expect(Self.validate(bytes) == Self.reference(bytes), "\(bytes)")
    }
  }
}
