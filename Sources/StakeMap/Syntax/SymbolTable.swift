import CStakeMapSupport

/// Interns identifiers: gives each distinct byte sequence a dense number (0, 1, 2, …)
/// the first time it is seen, so that later stages compare and index by integers
/// instead of hashing `String`s.
///
/// An open-addressing hash table over the bytes themselves, with a wyhash-style
/// multiply-mix hash that reads eight bytes at a time. The bytes of every symbol are
/// copied once into one contiguous buffer.
///
/// - Complexity: ``intern(_:)`` is O(length) expected.
struct SymbolTable: Sendable {
  /// A symbol: an index into the table, from 0.
  typealias Symbol = Int32

  // Entries: byte sequences seen, each with its hash and symbol. Two entries share a
  // symbol when their texts are canonically equivalent (see `canonical`).
  private var storage: [UInt8] = []
  private var entryStarts: [UInt32] = [0]
  private var entryHashes: [UInt64] = []
  /// Each entry's last eight bytes when it is 9 to 16 bytes long (0 otherwise): with
  /// the first eight in its slot, they decide a lookup of such an id (about half of
  /// a large map's) in one load, instead of two (`entryStarts`, then `storage`).
  private var entrySuffixes: [UInt64] = []
  private var entrySymbols: [Symbol] = []
  /// A hash slot: enough of an entry to decide most lookups without touching
  /// anything else (one cache line per probe).
  private struct Slot {
    /// The hash's top 24 bits, the length (255 for 255 or more), and the entry's
    /// index plus one (0 for an empty slot).
    var head: UInt64
    /// The entry's first eight bytes, zero-padded.
    var prefix: UInt64
  }

  /// Entries by hash slot. The count is a power of two.
  private var slots: Slots
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
    slots = Slots(count: capacity)
    mask = capacity - 1
    entryHashes.reserveCapacity(expected)
    entrySuffixes.reserveCapacity(expected)
    entrySymbols.reserveCapacity(expected)
    entryStarts.reserveCapacity(expected + 1)
    symbolEntries.reserveCapacity(expected)
  }

  /// Makes room for about `expected` symbols in all, so that the table does not
  /// grow (and rehash) on the way there.
  mutating func reserveCapacity(_ expected: Int) {
    entryHashes.reserveCapacity(expected)
    entrySuffixes.reserveCapacity(expected)
    entrySymbols.reserveCapacity(expected)
    entryStarts.reserveCapacity(expected + 1)
    symbolEntries.reserveCapacity(expected)
    // Identifiers are about ten bytes long.
    storage.reserveCapacity(expected * 12)
    var capacity = slots.count
    while capacity < expected * 2 { capacity <<= 1 }
    if capacity > slots.count { rehash(slotCount: capacity) }
  }

  /// How many symbols there are.
  var count: Int { symbolEntries.count }

  /// The symbol of some bytes (valid UTF-8), adding it when new.
  mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Symbol {
    intern(bytes, hash: Self.hash(bytes))
  }

  /// Starts bringing in the hash slot of bytes whose ``hash(_:)`` is `hash`, without
  /// waiting for it: an ``intern(_:hash:)`` of them a little later then waits less
  /// for memory (a new id's slot is a random place in a table of megabytes).
  @inline(__always)
  func prefetch(hash: UInt64) {
    stakemap_prefetch(slots.base + (Int(truncatingIfNeeded: hash) & mask))
  }

  /// ``intern(_:)`` of bytes whose ``hash(_:)`` is known.
  mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Symbol {
    if let entry = find(bytes, hash: hash) { return symbol(ofEntry: entry) }
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

  /// The symbol of some bytes if they have one already; the table is not changed.
  /// Compares bytes: while ``isASCII``, the same thing as comparing ids.
  func symbol(of bytes: UnsafeBufferPointer<UInt8>) -> Symbol? {
    find(bytes, hash: Self.hash(bytes)).map(symbol(ofEntry:))
  }

  /// For each symbol of this table from which `wanted` is true, the symbol `other`
  /// gives the same bytes, or -1 (and -1 for the others), with `other`'s slots
  /// fetched a few lookups ahead: each is a random place in a table of megabytes,
  /// and the loads overlap instead of following one another. The hashes are the
  /// ones stored with the entries (both tables hash alike). Both tables must be
  /// ``isASCII`` (byte equality is id equality).
  ///
  /// - Complexity: O(total length of the symbols) expected.
  func symbols(in other: SymbolTable, where wanted: (Symbol) -> Bool) -> [Symbol] {
    precondition(isASCII && other.isASCII, "symbols(in:where:) compares bytes")
    let count = self.count
    var found = [Symbol](repeating: -1, count: count)
    // In an ASCII table, entry i is symbol i.
    let ahead = 8
    entryHashes.withUnsafeBufferPointer { hashes in
      storage.withUnsafeBufferPointer { storage in
        entryStarts.withUnsafeBufferPointer { starts in
          for symbol in 0..<min(ahead, count) where wanted(Symbol(symbol)) {
            other.prefetch(hash: hashes[symbol])
          }
          for symbol in 0..<count {
            let next = symbol + ahead
            if next < count && wanted(Symbol(next)) { other.prefetch(hash: hashes[next]) }
            guard wanted(Symbol(symbol)) else { continue }
            let bytes = UnsafeBufferPointer(rebasing: storage[Int(starts[symbol])..<Int(starts[symbol + 1])])
            if let entry = other.find(bytes, hash: hashes[symbol]) { found[symbol] = entry }
          }
        }
      }
    }
    return found
  }

  /// The symbol of an entry. While every identifier is ASCII, each entry is a symbol
  /// of its own, numbered alike (both are added together), and the lookup of
  /// `entrySymbols` (a load that can miss the cache) is skipped.
  @inline(__always)
  private func symbol(ofEntry entry: Int32) -> Symbol {
    canonical == nil ? entry : entrySymbols[Int(entry)]
  }

  /// Whether every identifier interned so far is ASCII (so that byte equality is id
  /// equality: see `canonical`).
  var isASCII: Bool { canonical == nil }

  /// Calls `body` with a symbol's bytes, as first written.
  func withBytes<R>(of symbol: Symbol, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    let entry = Int(symbolEntries[Int(symbol)])
    let start = Int(entryStarts[entry])
    let end = Int(entryStarts[entry + 1])
    return storage.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
  }

  /// The symbol of a string, adding it when new.
  mutating func intern(_ text: String) -> Symbol {
    var text = text
    return text.withUTF8 { intern($0) }
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
    let key = Self.key(hash: hash, count: bytes.count)
    let prefix = Self.prefix(bytes)
    var slot = Int(truncatingIfNeeded: hash) & mask
    let slots = self.slots.base
    return withExtendedLifetime(self.slots) {
      while true {
        let candidate = slots[slot]
        if candidate.head == 0 { return nil }
        if candidate.head & ~0xFFFF_FFFF == key && candidate.prefix == prefix {
          let entry = Int32(truncatingIfNeeded: candidate.head) - 1
          if bytes.count <= 8 { return entry }
          if bytes.count <= 16 {
            if entrySuffixes[Int(entry)] == Self.suffix(bytes) { return entry }
          } else if equals(entry, bytes) {
            return entry
          }
        }
        slot = (slot + 1) & mask
      }
    }
  }

  /// A slot's head without the entry: hash bits and length.
  @inline(__always)
  private static func key(hash: UInt64, count: Int) -> UInt64 {
    (hash >> 40) << 40 | UInt64(min(count, 255)) << 32
  }

  /// The first eight bytes (fewer when shorter, zero-padded), read without going past
  /// the end.
  @inline(__always)
  private static func prefix(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let n = bytes.count
    guard let base = bytes.baseAddress, n > 0 else { return 0 }
    let p = UnsafeRawPointer(base)
    if n >= 8 { return p.loadUnaligned(as: UInt64.self) }
    if n >= 4 {
      let low = UInt64(p.loadUnaligned(as: UInt32.self))
      let high = UInt64(p.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self))
      return low | high << UInt64((n - 4) * 8)
    }
    var value: UInt64 = 0
    for i in 0..<n { value |= UInt64(base[i]) << UInt64(i * 8) }
    return value
  }

  /// The last eight bytes of bytes at least eight long.
  @inline(__always)
  private static func suffix(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self)
  }

  private mutating func addEntry(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, symbol: Symbol) {
    if !isKnownUniquelyReferenced(&slots) { slots = slots.copy() }
    place(entry: entrySymbols.count, hash: hash, prefix: Self.prefix(bytes), count: bytes.count)
    entryHashes.append(hash)
    entrySuffixes.append(bytes.count > 8 && bytes.count <= 16 ? Self.suffix(bytes) : 0)
    entrySymbols.append(symbol)
    storage.append(contentsOf: bytes)
    entryStarts.append(UInt32(storage.count))
    if entrySymbols.count * 2 > slots.count { grow() }
  }

  private mutating func place(entry: Int, hash: UInt64, prefix: UInt64, count: Int) {
    var slot = Int(truncatingIfNeeded: hash) & mask
    let slots = self.slots.base
    while slots[slot].head != 0 { slot = (slot + 1) & mask }
    slots[slot] = Slot(head: Self.key(hash: hash, count: count) | UInt64(entry + 1), prefix: prefix)
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
    rehash(slotCount: slots.count * 2)
  }

  /// Places every entry again in a new table of `slotCount` slots (a power of two).
  private mutating func rehash(slotCount: Int) {
    slots = Slots(count: slotCount)
    mask = slots.count - 1
    for entry in 0..<entryHashes.count {
      let start = Int(entryStarts[entry])
      let end = Int(entryStarts[entry + 1])
      let prefix = storage.withUnsafeBufferPointer { Self.prefix(UnsafeBufferPointer(rebasing: $0[start..<end])) }
      place(entry: entry, hash: entryHashes[entry], prefix: prefix, count: end - start)
    }
  }

  /// The hash slots: memory of their own, so that a large table (megabytes) can start
  /// on a 2 MiB boundary and lie wholly in huge pages. A slot lookup of an id seen far
  /// away misses the cache anyway; with 4 KiB pages it misses the TLB too, and its
  /// prefetch waits for a page walk. Shared between copies of a table until one of
  /// them adds an entry (``SymbolTable/addEntry(_:hash:symbol:)`` copies it first).
  private final class Slots: @unchecked Sendable {
    let base: UnsafeMutablePointer<Slot>
    let count: Int

    /// `count` empty slots.
    init(count: Int) {
      self.count = count
      let byteCount = count * MemoryLayout<Slot>.stride
      let huge = 2 << 20
      let large = byteCount >= huge
      let raw = UnsafeMutableRawPointer.allocate(
        byteCount: byteCount, alignment: large ? huge : MemoryLayout<Slot>.alignment)
      if large { stakemap_advise_huge_pages(raw, byteCount) }
      base = raw.initializeMemory(as: Slot.self, repeating: Slot(head: 0, prefix: 0), count: count)
    }

    /// A copy of every slot.
    func copy() -> Slots {
      let other = Slots(count: count)
      other.base.update(from: base, count: count)
      return other
    }

    deinit { base.deallocate() }
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
    // One multiply for the short ids that are most of a map; the long ones get a
    // second round.
    let h = mix(a ^ 0xE703_7ED1_A0B4_28DB, b ^ seed)
    return n <= 16 ? h : mix(0xE703_7ED1_A0B4_28DB ^ UInt64(n), h)
  }

  /// The high and low halves of a full 128-bit product, xored.
  @inline(__always)
  static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
    let product = a.multipliedFullWidth(by: b)
    return product.high ^ product.low
  }
}
