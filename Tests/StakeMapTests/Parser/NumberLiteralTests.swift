import Testing

@testable import StakeMap

/// The parser reads number tokens without `Double(String)` for the short forms; the
/// value must be the very same `Double`, bit for bit.
@Suite struct NumberLiteralTests {
  private func value(_ text: String) -> Double {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { NumberLiteral.value($0, 0, $0.count) }
  }

  private func expectSame(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let expected = Double(text) ?? 0
    let actual = value(text)
    #expect(
      actual.bitPattern == expected.bitPattern, "\(text): \(actual) != \(expected)", sourceLocation: sourceLocation)
  }

  @Test func shortFormsAreExact() {
    for text in [
      "0", "7", "7.5", "+2", "-1", "0.25", "-0", "-0.0", "+0", "10", "0.1", "0.2", "0.3", "0.7", "0.9",
      "1.1", "2.675", "0.0000125", "123456789012345", "999999999999999", "0.000000000000000000001",
      "1.0000000000000000000001", "9007199254740993", "1234567890123456789012345", "00000000000000000007.5",
      "0.30000000000000004", "4.35", "8.675309", "-9.99",
    ] {
      expectSame(text)
    }
  }

  @Test func randomTokensMatchDoubleParsing() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<20_000 {
      var text = ["", "-", "+"][Int.random(in: 0..<3, using: &generator)]
      let whole = Int.random(in: 1...18, using: &generator)
      for _ in 0..<whole { text += String(Int.random(in: 0...9, using: &generator)) }
      if Bool.random(using: &generator) {
        text += "."
        let fraction = Int.random(in: 1...26, using: &generator)
        for _ in 0..<fraction { text += String(Int.random(in: 0...9, using: &generator)) }
      }
      expectSame(text)
    }
  }
}
