/// Interns identifiers: gives each distinct byte sequence a dense number (0, 1, 2, …)
/// the first time it is seen, so that later stages compare and index by integers
/// instead of hashing `String`s.
///
/// An open-addressing hash table over the bytes themselves, with a wyhash-style
/// multiply-mix hash that reads eight bytes at a time. The bytes of every symbol are
/// copied once into one contiguous buffer.
///
/// - Complexity: ``intern(_:)`` and ``lookup(_:)`` are O(length) expected.
struct SymbolTable: Sendable {
  /// A symbol: an index into the table, from 0.
  typealias Symbol = Int32

  // Entries: byte sequences seen, each with its hash and symbol. Two entries share a
  // symbol when their texts are canonically equivalent (see `canonical`).
  private var storage: [UInt8] = []
  private var entryStarts: [Int32] = [0]
  private var entryHashes: [UInt64] = []
  private var entrySymbols: [Symbol] = []
  /// Entries by hash slot: the hash's high 32 bits, then the entry's index plus one
  /// (0 for an empty slot), so that most misses are decided in the slot itself. The
  /// count is a power of two.
  private var slots: [UInt64]
  private var mask: Int
  /// The first entry of each symbol: its text as first written.
  private var symbolEntries: [Int32] = []
  /// Every symbol by its text, once a non-ASCII identifier has been seen. Swift
  /// compares strings by canonical equivalence (`é` precomposed or not, `K` and the
  /// Kelvin sign), and so do ``StakeholderID`` and every other id; byte equality is
  /// the same thing only while the text is ASCII.
  private var canonical: [String: Symbol]?

  /// An empty table sized for about `expected` symbols.
  init(expectedCount expected: Int = 64) {
    var capacity = 16
    while capacity < expected * 2 { capacity <<= 1 }
    slots = [UInt64](repeating: 0, count: capacity)
    mask = capacity - 1
    entryHashes.reserveCapacity(expected)
    entrySymbols.reserveCapacity(expected)
    entryStarts.reserveCapacity(expected + 1)
    symbolEntries.reserveCapacity(expected)
  }

  /// How many symbols there are.
  var count: Int { symbolEntries.count }

  /// The symbol of some bytes (valid UTF-8), adding it when new.
  mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Symbol {
    let hash = Self.hash(bytes)
    if let entry = find(bytes, hash: hash) { return entrySymbols[Int(entry)] }
    if canonical == nil && Self.isASCII(bytes) {
      let symbol = Symbol(symbolEntries.count)
      symbolEntries.append(Int32(entrySymbols.count))
      addEntry(bytes, hash: hash, symbol: symbol)
      return symbol
    }
    buildCanonical()
    let text = String(decoding: bytes, as: UTF8.self)
    let symbol: Symbol
    if let known = canonical![text] {
      symbol = known
    } else {
      symbol = Symbol(symbolEntries.count)
      symbolEntries.append(Int32(entrySymbols.count))
      canonical![text] = symbol
    }
    addEntry(bytes, hash: hash, symbol: symbol)
    return symbol
  }

  /// The symbol of a string, adding it when new.
  mutating func intern(_ text: String) -> Symbol {
    var text = text
    return text.withUTF8 { intern($0) }
  }

  /// The symbol of some bytes, if an equal text was interned.
  mutating func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> Symbol? {
    if let entry = find(bytes, hash: Self.hash(bytes)) { return entrySymbols[Int(entry)] }
    if canonical == nil && Self.isASCII(bytes) { return nil }
    buildCanonical()
    return canonical![String(decoding: bytes, as: UTF8.self)]
  }

  /// The symbol of a string, if an equal text was interned.
  mutating func lookup(_ text: String) -> Symbol? {
    var text = text
    return text.withUTF8 { lookup($0) }
  }

  /// A symbol's text, as first written.
  func text(_ symbol: Symbol) -> String {
    let entry = Int(symbolEntries[Int(symbol)])
    let start = Int(entryStarts[entry])
    let end = Int(entryStarts[entry + 1])
    return storage.withUnsafeBufferPointer {
      String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self)
    }
  }

  private mutating func buildCanonical() {
    guard canonical == nil else { return }
    var byText: [String: Symbol] = [:]
    byText.reserveCapacity(count)
    for symbol in 0..<count { byText[text(Symbol(symbol))] = Symbol(symbol) }
    canonical = byText
  }

  private func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
    var slot = Int(truncatingIfNeeded: hash) & mask
    let tag = hash & 0xFFFF_FFFF_0000_0000
    while true {
      let value = slots[slot]
      if value == 0 { return nil }
      if value & 0xFFFF_FFFF_0000_0000 == tag {
        let entry = Int32(truncatingIfNeeded: value) - 1
        if equals(entry, bytes) { return entry }
      }
      slot = (slot + 1) & mask
    }
  }

  @inline(__always)
  private static func slotValue(hash: UInt64, entry: Int) -> UInt64 {
    hash & 0xFFFF_FFFF_0000_0000 | UInt64(entry + 1)
  }

  private mutating func addEntry(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, symbol: Symbol) {
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = Self.slotValue(hash: hash, entry: entrySymbols.count)
    entryHashes.append(hash)
    entrySymbols.append(symbol)
    storage.append(contentsOf: bytes)
    entryStarts.append(Int32(storage.count))
    if entrySymbols.count * 2 > slots.count { grow() }
  }

  private func equals(_ entry: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = Int(entryStarts[Int(entry)])
    let end = Int(entryStarts[Int(entry) + 1])
    guard end - start == bytes.count else { return false }
    let n = bytes.count
    guard n > 0, let base = bytes.baseAddress else { return true }
    return storage.withUnsafeBufferPointer { stored in
      let x = UnsafeRawPointer(stored.baseAddress! + start)
      let y = UnsafeRawPointer(base)
      var i = 0
      while n - i >= 8 {
        if x.loadUnaligned(fromByteOffset: i, as: UInt64.self) != y.loadUnaligned(fromByteOffset: i, as: UInt64.self) {
          return false
        }
        i += 8
      }
      while i < n {
        if x.load(fromByteOffset: i, as: UInt8.self) != y.load(fromByteOffset: i, as: UInt8.self) { return false }
        i += 1
      }
      return true
    }
  }

  private mutating func grow() {
    let capacity = slots.count * 2
    var newSlots = [UInt64](repeating: 0, count: capacity)
    let newMask = capacity - 1
    for entry in 0..<entryHashes.count {
      var slot = Int(truncatingIfNeeded: entryHashes[entry]) & newMask
      while newSlots[slot] != 0 { slot = (slot + 1) & newMask }
      newSlots[slot] = Self.slotValue(hash: entryHashes[entry], entry: entry)
    }
    slots = newSlots
    mask = newMask
  }

  private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var any: UInt8 = 0
    for b in bytes { any |= b }
    return any < 0x80
  }

  // MARK: - Hashing

  /// A 64-bit hash of bytes: eight-byte words folded with 128-bit multiplies
  /// (after wyhash). Not for untrusted adversarial input at scale; good spread for
  /// identifiers.
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let n = bytes.count
    guard let base = bytes.baseAddress, n > 0 else { return 0x9E37_79B9_7F4A_7C15 }
    let p = UnsafeRawPointer(base)
    var seed: UInt64 = 0xA076_1D64_78BD_642F ^ UInt64(n)
    var a: UInt64
    var b: UInt64
    if n <= 16 {
      if n >= 8 {
        a = p.loadUnaligned(as: UInt64.self)
        b = p.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
      } else if n >= 4 {
        a = UInt64(p.loadUnaligned(as: UInt32.self))
        b = UInt64(p.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self))
      } else {
        a = UInt64(base[0]) << 16 | UInt64(base[n >> 1]) << 8 | UInt64(base[n - 1])
        b = 0
      }
    } else {
      var i = 0
      while n - i > 16 {
        seed = mix(
          p.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ 0xE703_7ED1_A0B4_28DB,
          p.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self) ^ seed)
        i += 16
      }
      a = p.loadUnaligned(fromByteOffset: n - 16, as: UInt64.self)
      b = p.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
    }
    return mix(0xE703_7ED1_A0B4_28DB ^ UInt64(n), mix(a ^ 0xE703_7ED1_A0B4_28DB, b ^ seed))
  }

  /// The high and low halves of a full 128-bit product, xored.
  @inline(__always)
  static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
    let product = a.multipliedFullWidth(by: b)
    return product.high ^ product.low
  }
}
