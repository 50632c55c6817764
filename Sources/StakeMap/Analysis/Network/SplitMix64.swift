/// A small, fast, seeded pseudo-random generator (Steele, Lea & Flood's SplitMix64).
///
/// The same seed gives the same sequence on every platform and Swift version, which
/// makes sampled analyses (``InfluenceNetwork/betweenness(pivots:seed:)``) reproducible.
/// Not for cryptography. Period 2⁶⁴.
public struct SplitMix64: RandomNumberGenerator, Sendable, Equatable {
  /// The generator's state; it advances by a fixed odd constant per value.
  public var state: UInt64

  /// Creates a generator from a seed; any seed, including 0, is fine.
  public init(seed: UInt64) { state = seed }

  /// The next 64 random bits. O(1).
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform integer in `0 ..< bound` (Lemire's multiply-and-reject, no modulo bias).
  ///
  /// Unlike the standard library's `random(in:using:)`, whose algorithm may change
  /// between Swift versions, this stays fixed. `bound` must be > 0. O(1) expected.
  public mutating func nextInt(below bound: Int) -> Int {
    precondition(bound > 0, "bound must be positive")
    let range = UInt64(bound)
    let threshold = (0 &- range) % range
    while true {
      let (high, low) = range.multipliedFullWidth(by: next())
      if low >= threshold { return Int(high) }
    }
  }
}
