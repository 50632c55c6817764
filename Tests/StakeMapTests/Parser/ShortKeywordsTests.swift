import Testing

@testable import StakeMap

/// `ShortKeywords`: the keywords of eight bytes or fewer found from their bytes give
/// the symbols the keyword table gives them, and nothing else is taken for one.
@Suite struct ShortKeywordsTests {
  /// `bytes` with room after them, as in a line (the lookup reads eight bytes).
  static func symbol(_ text: String, padding: String = "=value\n") -> SymbolTable.Symbol? {
    let bytes = Array((text + padding).utf8)
    return bytes.withUnsafeBufferPointer { ShortKeywords.shared.symbol(in: $0, 0..<text.utf8.count) }
  }

  @Test func everyShortKeywordHasItsTableSymbol() {
    var short = 0
    for text in Keyword.texts {
      let expected = Array(text.utf8).withUnsafeBufferPointer { Keyword.table.symbol(of: $0) }
      if text.utf8.count <= 8 {
        short += 1
        #expect(Self.symbol(text) == expected, "\(text)")
      } else {
        #expect(Self.symbol(text) == nil, "\(text)")
      }
    }
    #expect(short > 20)
    #expect(Self.symbol("power") == Keyword.symbol("power"))
    #expect(Self.symbol("neutral") == Keyword.symbol("neutral"))
  }

  /// Near keywords (a letter more or less, another case, a prefix or an extension)
  /// and ordinary ids are not keywords.
  @Test func nearKeywordsAreNotKeywords() {
    for text in Keyword.texts where text.utf8.count <= 8 {
      for other in [
        String(text.dropLast()), text + "s", text.uppercased(), "_" + text, String(text.dropFirst()),
        text.prefix(1).uppercased() + text.dropFirst(),
      ] where !other.isEmpty && !Keyword.texts.contains(other) {
        #expect(Self.symbol(other) == nil, "\(other)")
      }
    }
    for id in ["alice", "cfo", "x", "strategy", "revenue", "cost", "a1b2c3d4"] {
      #expect(Self.symbol(id) == nil, "\(id)")
    }
  }

  /// Fewer than eight bytes from the start to the end of the bytes: not looked up
  /// here (the caller asks the symbol table), never read past the end.
  @Test func nearTheEndOfTheBytesItLeavesTheLookupToTheTable() {
    #expect(Self.symbol("role", padding: "") == nil)
    #expect(Self.symbol("role", padding: "=1") == nil)
    #expect(Self.symbol("role", padding: "=1234") == Keyword.symbol("role"))
  }
}
