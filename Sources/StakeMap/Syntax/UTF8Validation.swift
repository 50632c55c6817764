/// Finds the first byte of a buffer that is not part of valid UTF-8.
enum UTF8Validation {
  /// The offset of the first invalid byte, or `nil` when all of it is valid UTF-8.
  ///
  /// - Complexity: O(n), with an ASCII fast path.
  static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var i = 0
    let n = bytes.count
    let p = bytes.baseAddress.map(UnsafeRawPointer.init)
    let highs: UInt64 = 0x8080_8080_8080_8080
    while i < n {
      // Thirty-two, then eight ASCII bytes at a time.
      if let p, n - i >= 32 {
        let any =
          p.loadUnaligned(fromByteOffset: i, as: UInt64.self) | p.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)
          | p.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self)
          | p.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self)
        if any & highs == 0 {
          i += 32
          continue
        }
      }
      if let p, n - i >= 8, p.loadUnaligned(fromByteOffset: i, as: UInt64.self) & highs == 0 {
        i += 8
        continue
      }
      let b = bytes[i]
      if b < 0x80 {
        i += 1
        continue
      }
      let length: Int
      var minimum: UInt32
      var value: UInt32
      switch b {
      case 0xC2...0xDF: length = 2; minimum = 0x80; value = UInt32(b & 0x1F)
      case 0xE0...0xEF: length = 3; minimum = 0x800; value = UInt32(b & 0x0F)
      case 0xF0...0xF4: length = 4; minimum = 0x10000; value = UInt32(b & 0x07)
      default: return i
      }
      guard i + length <= n else { return i }
      for k in 1..<length {
        let c = bytes[i + k]
        guard c & 0xC0 == 0x80 else { return i }
        value = value << 6 | UInt32(c & 0x3F)
      }
      if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return i }
      i += length
    }
    return nil
  }
}
