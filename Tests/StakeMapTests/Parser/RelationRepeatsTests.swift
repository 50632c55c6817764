import Testing

@testable import StakeMap

/// `RelationRepeats` against a brute-force reference: two relations repeat when they
/// have the same kind and the same ends (in either order for conflicts and
/// alliances).
@Suite struct RelationRepeatsTests {
  private static func bruteForceRepeats(kinds: [UInt8], ends: [(Int32, Int32)]) -> Bool {
    let undirected: Set<UInt8> = [UInt8(RelationKind.conflictsWith.number), UInt8(RelationKind.alliedWith.number)]
    func identity(_ i: Int) -> [Int32] {
      let (a, b) = ends[i]
      return [
        Int32(kinds[i]), undirected.contains(kinds[i]) ? min(a, b) : a, undirected.contains(kinds[i]) ? max(a, b) : b,
      ]
    }
    var seen = Set<[Int32]>()
    for i in kinds.indices where !seen.insert(identity(i)).inserted { return true }
    return false
  }

  /// Random relation sets (with and without repeats): the whole check agrees with the
  /// reference, and so does every split of the stakeholders into two ranges (as the
  /// two threads of a large check share it).
  @Test func agreesWithBruteForceAndSplitsAnywhere() {
    var generator = SplitMix64(seed: 0x4E_9EA7)
    var withRepeats = 0
    for _ in 0..<400 {
      let people = Int.random(in: 2...12, using: &generator)
      let count = Int.random(in: 0...30, using: &generator)
      var kinds: [UInt8] = []
      var ends: [(Int32, Int32)] = []
      for _ in 0..<count {
        let a = Int32.random(in: 0..<Int32(people), using: &generator)
        var b = Int32.random(in: 0..<Int32(people - 1), using: &generator)
        if b >= a { b += 1 }
        kinds.append(UInt8.random(in: 0..<5, using: &generator))
        ends.append((a, b))
      }
      let expected = Self.bruteForceRepeats(kinds: kinds, ends: ends)
      if expected { withRepeats += 1 }
      #expect(RelationRepeats.containsRepeats(kinds: kinds, ends: ends, stakeholderCount: people) == expected)
      #expect(
        (RelationRepeats.previousDeclarations(kinds: kinds, ends: ends, stakeholderCount: people) != nil) == expected)
      for split in 0...people {
        let halves =
          RelationRepeats.containsRepeats(kinds: kinds, ends: ends, stakeholderCount: people, lows: 0..<split)
          || RelationRepeats.containsRepeats(kinds: kinds, ends: ends, stakeholderCount: people, lows: split..<people)
        #expect(halves == expected, "split at \(split)")
      }
    }
    #expect(withRepeats > 50 && withRepeats < 350)
  }
}
