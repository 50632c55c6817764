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

  /// Whether the `reports-to` relations go round in a circle: depth-first search,
  /// looking for an edge back to a stakeholder on the current path.
  private static func bruteForceReportingCycle(kinds: [UInt8], ends: [(Int32, Int32)], people: Int) -> Bool {
    var managers = [[Int]](repeating: [], count: people)
    for (kind, (a, b)) in zip(kinds, ends) where kind == UInt8(RelationKind.reportsTo.number) {
      managers[Int(a)].append(Int(b))
    }
    var state = [Int](repeating: 0, count: people)  // 0 unseen, 1 on the path, 2 done
    func visit(_ s: Int) -> Bool {
      state[s] = 1
      for m in managers[s] {
        if state[m] == 1 || (state[m] == 0 && visit(m)) { return true }
      }
      state[s] = 2
      return false
    }
    return (0..<people).contains { state[$0] == 0 && visit($0) }
  }

  /// Random relation sets (with and without repeats and circles): each check agrees
  /// with its reference, and the two-thread check of a large map's join agrees with
  /// both together.
  @Test func agreesWithBruteForce() {
    var generator = SplitMix64(seed: 0x4E_9EA7)
    var (withRepeats, withCycles) = (0, 0)
    for _ in 0..<600 {
      let people = Int.random(in: 2...12, using: &generator)
      let count = Int.random(in: 0...30, using: &generator)
      var kinds: [UInt8] = []
      var ends: [(Int32, Int32)] = []
      for _ in 0..<count {
        let a = Int32.random(in: 0..<Int32(people), using: &generator)
        var b = Int32.random(in: 0..<Int32(people - 1), using: &generator)
        if b >= a { b += 1 }
        // Half of them `reports-to`, so that circles come up as often as not.
        let kind = Bool.random(using: &generator) ? 4 : UInt8.random(in: 0..<5, using: &generator)
        kinds.append(kind)
        ends.append((a, b))
      }
      let repeats = Self.bruteForceRepeats(kinds: kinds, ends: ends)
      let cycle = Self.bruteForceReportingCycle(kinds: kinds, ends: ends, people: people)
      if repeats { withRepeats += 1 }
      if cycle { withCycles += 1 }
      #expect(RelationRepeats.containsRepeats(kinds: kinds, ends: ends, stakeholderCount: people) == repeats)
      #expect(
        (RelationRepeats.previousDeclarations(kinds: kinds, ends: ends, stakeholderCount: people) != nil) == repeats)
      #expect(StakeMapResolver.hasReportingCycle(kinds: kinds, ends: ends, stakeholderCount: people) == cycle)
      #expect(
        RelationRepeats.containsRepeatsOrReportingCycle(kinds: kinds, ends: ends, stakeholderCount: people)
          == (repeats || cycle), "\(kinds) \(ends)")
    }
    #expect(withRepeats > 100 && withRepeats < 500)
    #expect(withCycles > 100 && withCycles < 500)
  }

  /// Larger random sets (up to 300 stakeholders and 3,000 relations, busy buckets of
  /// more than 64, reporting lines mostly towards lower numbers so that circles are
  /// rare but there): the two-thread check agrees with the two checks apart.
  @Test func largerSetsAgreeWithTheChecksApart() {
    var generator = SplitMix64(seed: 7)
    for _ in 0..<300 {
      let people = Int.random(in: 2...300, using: &generator)
      let allowRepeats = Bool.random(using: &generator)
      var kinds: [UInt8] = []
      var ends: [(Int32, Int32)] = []
      var seen = Set<[Int32]>()
      for _ in 0..<Int.random(in: 0...3000, using: &generator) {
        // Half the relations from the first ten stakeholders: buckets over 64.
        var a = Int32.random(in: 0..<Int32(min(people, 10)), using: &generator)
        if Bool.random(using: &generator) { a = Int32.random(in: 0..<Int32(people), using: &generator) }
        var b = Int32.random(in: 0..<Int32(people - 1), using: &generator)
        if b >= a { b += 1 }
        let kind = UInt8.random(in: 0..<5, using: &generator)
        if kind == 4 && Int.random(in: 0..<50, using: &generator) != 0 && b > a { swap(&a, &b) }
        let identity: [Int32] = kind == 2 || kind == 3 ? [Int32(kind), min(a, b), max(a, b)] : [Int32(kind), a, b]
        if !allowRepeats && !seen.insert(identity).inserted { continue }
        kinds.append(kind)
        ends.append((a, b))
      }
      let expected =
        RelationRepeats.containsRepeats(kinds: kinds, ends: ends, stakeholderCount: people)
        || StakeMapResolver.hasReportingCycle(kinds: kinds, ends: ends, stakeholderCount: people)
      #expect(
        RelationRepeats.containsRepeatsOrReportingCycle(kinds: kinds, ends: ends, stakeholderCount: people) == expected)
      // Split anywhere between two parts (as a split read's parts come, one of them
      // perhaps empty), the answer is the same.
      let split = Int.random(in: 0...kinds.count, using: &generator)
      #expect(
        RelationRepeats.containsRepeatsOrReportingCycle(
          (Array(kinds[..<split]), Array(ends[..<split])), (Array(kinds[split...]), Array(ends[split...])),
          stakeholderCount: people) == expected, "split at \(split) of \(kinds.count)")
    }
  }

  /// Hand-checked: a circle of three with no repeat; the same with one relation
  /// declared twice; a chain that is no circle; the same pair in several kinds; the
  /// same other end in two buckets (the marks of one bucket are not the next's);
  /// two managers; and long buckets.
  @Test func handCheckedCases() {
    let r = UInt8(RelationKind.reportsTo.number)
    let i = UInt8(RelationKind.influences.number)
    let c = UInt8(RelationKind.conflictsWith.number)
    /// The answer, the same however the relations are split between two parts
    /// (each split tried, both parts' counts given or not).
    func check(_ kinds: [UInt8], _ ends: [(Int32, Int32)], _ people: Int) -> Bool {
      let whole = RelationRepeats.containsRepeatsOrReportingCycle(kinds: kinds, ends: ends, stakeholderCount: people)
      for split in 0...kinds.count {
        let first = (Array(kinds[..<split]), Array(ends[..<split]))
        let second = (Array(kinds[split...]), Array(ends[split...]))
        let counts = (
          RelationRepeats.Counts(kinds: first.0, ends: first.1, stakeholderCount: people),
          RelationRepeats.Counts(kinds: second.0, ends: second.1, stakeholderCount: people)
        )
        #expect(
          RelationRepeats.containsRepeatsOrReportingCycle(first, second, stakeholderCount: people) == whole,
          "split at \(split)")
        #expect(
          RelationRepeats.containsRepeatsOrReportingCycle(first, second, counts: counts, stakeholderCount: people)
            == whole, "split at \(split), counts given")
      }
      return whole
    }
    #expect(check([r, r, r, i], [(0, 1), (1, 2), (2, 0), (0, 2)], 3))
    #expect(!check([r, r, i], [(0, 1), (1, 2), (2, 0)], 3))
    #expect(check([r, c, c], [(0, 1), (1, 2), (2, 1)], 3))  // a conflict either way round is one
    #expect(!check([c, i, i], [(1, 2), (2, 1), (1, 2 + 1)], 4))
    #expect(!check([], [], 5))
    #expect(!check([i, r, c], [(0, 1), (0, 1), (1, 0)], 2))
    #expect(check([i, r, i], [(0, 1), (0, 1), (0, 1)], 2))
    #expect(!check([i, i, i], [(0, 5), (1, 5), (2, 5)], 6))
    #expect(!check([r, r, r], [(0, 1), (0, 2), (1, 2)], 3))  // 0 reports to 1 and 2, 1 to 2
    #expect(check([r, r, r], [(0, 1), (0, 2), (2, 0)], 3))  // 0 → 2 → 0
    // One bucket of 39 relations, and one of 99.
    for people in [40, 100] {
      let fan = (1..<people).map { (Int32(0), Int32($0)) }
      #expect(!check(Array(repeating: i, count: people - 1), fan, people))
      #expect(check(Array(repeating: i, count: people), fan + [(0, 17)], people))
      #expect(check(Array(repeating: r, count: people - 1) + [r], fan + [(17, 0)], people))  // 0 → 17 → 0
    }
  }
}
