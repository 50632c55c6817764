/// The keywords of eight bytes or fewer (`role`, `power`, `stance`, `neutral`, …),
/// found from their bytes as one word, without hashing them or probing a
/// ``SymbolTable``: a plain stakeholder line has half a dozen attribute keys, and
/// these are most of the lookups on such a line.
///
/// A small open-addressing table keyed by the bytes read as a little-endian word,
/// zero-padded (no identifier holds a zero byte, so the padding also tells the
/// lengths apart).
struct ShortKeywords: Sendable {
  private var words: [UInt64]
  private var symbols: [SymbolTable.Symbol]
  private static let slotCount = 128

  /// The table of every short keyword (``Keyword/texts``).
  static let shared = ShortKeywords(Keyword.texts)

  init(_ texts: [String]) {
    words = [UInt64](repeating: 0, count: Self.slotCount)
    symbols = [SymbolTable.Symbol](repeating: -1, count: Self.slotCount)
    for (symbol, text) in texts.enumerated() where text.utf8.count <= 8 {
      var word: UInt64 = 0
      for (i, byte) in text.utf8.enumerated() { word |= UInt64(byte) << UInt64(8 * i) }
      var slot = Self.slot(word)
      while words[slot] != 0 { slot = (slot + 1) & (Self.slotCount - 1) }
      words[slot] = word
      symbols[slot] = SymbolTable.Symbol(symbol)
    }
  }

  @inline(__always)
  private static func slot(_ word: UInt64) -> Int {
    Int(truncatingIfNeeded: (word &* 0x9E37_79B9_7F4A_7C15) >> 57)
  }

  /// The symbol of the keyword whose bytes are `bytes[range]`, or nil when they are
  /// not a keyword of eight bytes or fewer. Reads the eight bytes from the range's
  /// start, so the bytes must go on that far.
  @inline(__always)
  func symbol(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> SymbolTable.Symbol? {
    let count = range.count
    guard count <= 8, bytes.count - range.lowerBound >= 8 else { return nil }
    let loaded = UnsafeRawPointer(bytes.baseAddress! + range.lowerBound).loadUnaligned(as: UInt64.self)
    let word = count == 8 ? loaded : loaded & (1 << UInt64(8 * count) - 1)
    var slot = Self.slot(word)
    return words.withUnsafeBufferPointer { words in
      while words[slot] != 0 {
        if words[slot] == word { return symbols[slot] }
        slot = (slot + 1) & (Self.slotCount - 1)
      }
      return nil
    }
  }
}
