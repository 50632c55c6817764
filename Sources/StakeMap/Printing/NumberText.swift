/// Numbers as `.stakes` files and reports write them: the shortest text that reads
/// back as the same number, with no trailing `.0` and no exponent.
public enum NumberText {
  /// Appends ``format(_:)`` of `number` to UTF-8 bytes, without building a `String`.
  static func append(_ number: Double, to out: inout [UInt8]) {
    if number == number.rounded(), abs(number) < 1e15 {
      appendInteger(Int64(number), to: &out)
      return
    }
    // Swift's shortest round-trip form: `0.25`, `-1.5`, `1.25e-05`, `1e+16`.
    var text = number.description
    text.withUTF8 { utf8 in
      guard let e = utf8.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) else {
        out.append(contentsOf: utf8)
        return
      }
      // Expand `1.25e-05` to `0.0000125`.
      var exponent = 0
      var sign = 1
      for byte in utf8[(e + 1)...] {
        if byte == UInt8(ascii: "-") {
          sign = -1
        } else if byte >= 0x30 && byte <= 0x39 {
          exponent = exponent * 10 + Int(byte - 0x30)
        }
      }
      exponent *= sign
      var start = 0
      if utf8[0] == UInt8(ascii: "-") {
        out.append(UInt8(ascii: "-"))
        start = 1
      }
      var digits: [UInt8] = []
      digits.reserveCapacity(e + 24)
      var whole = 0
      var seenPoint = false
      for byte in utf8[start..<e] {
        if byte == UInt8(ascii: ".") { seenPoint = true; continue }
        digits.append(byte)
        if !seenPoint { whole += 1 }
      }
      var point = whole + exponent
      if point <= 0 {
        digits.insert(contentsOf: repeatElement(UInt8(ascii: "0"), count: 1 - point), at: 0)
        point = 1
      } else if point > digits.count {
        digits.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: point - digits.count))
      }
      var first = 0
      while first < point - 1 && digits[first] == UInt8(ascii: "0") { first += 1 }
      var last = digits.count
      while last > point && digits[last - 1] == UInt8(ascii: "0") { last -= 1 }
      out.append(contentsOf: digits[first..<point])
      if last > point {
        out.append(UInt8(ascii: "."))
        out.append(contentsOf: digits[point..<last])
      }
    }
  }

  /// Appends the decimal digits of `value` to UTF-8 bytes.
  static func appendInteger(_ value: Int64, to out: inout [UInt8]) {
    var digits = String(value)  // a small string: no allocation
    digits.withUTF8 { out.append(contentsOf: $0) }
  }

  /// `7`, `7.5`, `-1`, `0.25`, `0.00001`.
  public static func format(_ number: Double) -> String {
    var bytes: [UInt8] = []
    append(number, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }
}
