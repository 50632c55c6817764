/// The value of a number token (`7`, `7.5`, `+2`, `-0.25`): exactly what
/// `Double(text)` gives, without making a `String` or calling `strtod` for the
/// usual short forms.
///
/// A token of at most 15 significant digits (the digits then make an integer below
/// 2⁵³, exactly representable) with at most 22 after the point (10²² is the largest
/// exact power of ten) is that integer divided by a power of ten: one correctly
/// rounded IEEE division of two exact numbers, so the nearest `Double` to the
/// decimal, as `strtod` gives (Clinger's fast path). Anything longer goes to
/// `Double(text)`.
enum NumberLiteral {
  /// Exact powers of ten, 10⁰ through 10²².
  private static let powersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17,
    1e18, 1e19, 1e20, 1e21, 1e22,
  ]

  /// The value of the number token `start..<end` (`[+-]?digits(.digits)?`).
  static func value(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Double {
    var i = start
    var negative = false
    if i < end && (bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+")) {
      negative = bytes[i] == UInt8(ascii: "-")
      i += 1
    }
    var mantissa: UInt64 = 0
    var digits = 0
    var fractionDigits = 0
    var sawDigit = false
    while i < end, bytes[i] &- 0x30 < 10 {
      mantissa = mantissa &* 10 &+ UInt64(bytes[i] &- 0x30)
      digits += 1
      sawDigit = true
      i += 1
    }
    if i < end && bytes[i] == UInt8(ascii: ".") {
      i += 1
      while i < end, bytes[i] &- 0x30 < 10 {
        mantissa = mantissa &* 10 &+ UInt64(bytes[i] &- 0x30)
        digits += 1
        fractionDigits += 1
        i += 1
      }
    }
    guard i == end, sawDigit, digits <= 15, fractionDigits <= 22 else { return fallback(bytes, start, end) }
    let value = Self.value(mantissa: mantissa, fractionDigits: fractionDigits)
    return negative ? -value : value
  }

  /// The value of an unsigned number of at most 15 digits (`mantissa`), the last
  /// `fractionDigits` (at most 22) after the point: exact, since both the digits and
  /// the power of ten are exact doubles and one division rounds once.
  @inline(__always)
  static func value(mantissa: UInt64, fractionDigits: Int) -> Double {
    var value = Double(mantissa)
    if fractionDigits > 0 { value /= powersOfTen[fractionDigits] }
    return value
  }

  private static func fallback(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Double {
    Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)) ?? 0
  }
}
