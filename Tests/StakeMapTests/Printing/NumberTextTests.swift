import Testing

@testable import StakeMap

/// Numbers in `.stakes` files and in every report: the shortest text that reads back
/// as the same number, never with an exponent.
@Suite struct NumberTextTests {
  @Test(arguments: [
    (7.0, "7"), (7.5, "7.5"), (-1.0, "-1"), (0.25, "0.25"), (0.0, "0"), (-0.0, "0"),
    (1.25e-05, "0.0000125"), (-1.5e-07, "-0.00000015"), (1e-10, "0.0000000001"),
    (1e16, "10000000000000000"), (1.2345e20, "123450000000000000000"), (-2.5e16, "-25000000000000000"),
    (123456789012345.6, "123456789012345.6"), (0.1, "0.1"), (1.0 / 3.0, "0.3333333333333333"),
    (999999999999999.0, "999999999999999"),
  ])
  func handPicked(number: Double, text: String) {
    #expect(NumberText.format(number) == text)
  }

  /// Across magnitudes from 1e-300 to 1e300: no exponent, and reading the text back
  /// gives the very same Double.
  @Test func everyMagnitudeReadsBackExactly() {
    var generator = SplitMix64(seed: 42)
    for _ in 0..<20_000 {
      let mantissa = Double(generator.next() >> 11) / Double(1 << 53)
      let exponent = Int(generator.next() % 601) - 300
      let sign: Double = generator.next() % 2 == 0 ? 1 : -1
      let value = sign * mantissa * pow10(exponent)
      guard value.isFinite else { continue }
      let text = NumberText.format(value)
      #expect(!text.contains("e") && !text.contains("E"), "\(value) -> \(text)")
      #expect(Double(text) == value, "\(value) -> \(text)")
    }
  }

  @Test func appendingWritesTheSameBytes() {
    var bytes: [UInt8] = Array("x=".utf8)
    NumberText.append(1.25e-05, to: &bytes)
    NumberText.append(-42, to: &bytes)
    #expect(String(decoding: bytes, as: UTF8.self) == "x=0.0000125-42")
  }

  private func pow10(_ e: Int) -> Double {
    var result = 1.0
    let base = e < 0 ? 0.1 : 10.0
    for _ in 0..<abs(e) { result *= base }
    return result
  }
}
