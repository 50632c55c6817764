/// An open-addressing hash map from 64-bit keys to 32-bit values, for finding
/// relations declared twice without hashing `String`s or going through `Hasher`.
///
/// Key and value share one slot, so a lookup costs one cache line. The key
/// `UInt64.max` is reserved (it marks an empty slot).
///
/// - Complexity: O(1) expected per operation.
struct IdentityTable {
  private struct Slot {
    var key: UInt64
    var value: Int32
  }

  private var slots: [Slot]
  private var mask: Int
  private(set) var count = 0

  /// An empty table sized for about `expected` keys.
  init(expectedCount expected: Int) {
    var capacity = 16
    while capacity < expected * 2 { capacity <<= 1 }
    slots = [Slot](repeating: Slot(key: .max, value: 0), count: capacity)
    mask = capacity - 1
  }

  @inline(__always)
  private func home(of key: UInt64) -> Int {
    Int(truncatingIfNeeded: SymbolTable.mix(key ^ 0xA076_1D64_78BD_642F, 0xE703_7ED1_A0B4_28DB)) & mask
  }

  /// Stores `value` under `key`, and returns the value stored there before.
  mutating func update(_ key: UInt64, _ value: Int32) -> Int32? {
    var i = home(of: key)
    let old: Int32? = slots.withUnsafeMutableBufferPointer { slots in
      while true {
        let k = slots[i].key
        if k == key {
          let old = slots[i].value
          slots[i].value = value
          return old
        }
        if k == .max {
          slots[i] = Slot(key: key, value: value)
          return nil
        }
        i = (i + 1) & mask
      }
    }
    if old == nil {
      count += 1
      if count * 2 > slots.count { grow() }
    }
    return old
  }

  private mutating func grow() {
    let old = slots
    slots = [Slot](repeating: Slot(key: .max, value: 0), count: old.count * 2)
    mask = slots.count - 1
    for slot in old where slot.key != .max {
      var i = home(of: slot.key)
      while slots[i].key != .max { i = (i + 1) & mask }
      slots[i] = slot
    }
  }
}
