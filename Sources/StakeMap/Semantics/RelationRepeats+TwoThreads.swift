extension RelationRepeats {
  /// Whether any relation is declared more than once (``containsRepeats(kinds:ends:stakeholderCount:)``)
  /// or the `reports-to` relations go round in a circle
  /// (``StakeMapResolver/hasReportingCycle(kinds:ends:stakeholderCount:)``): both
  /// checks of a large map's join (``SplitStreaming``), on two threads, from one
  /// bucketing of the relations.
  ///
  /// The relations are bucketed by their lower stakeholder with a counting sort that
  /// each thread does for half of them (each counts its half, then writes its half
  /// into the buckets after the other's); each thread then looks for repeats in
  /// half the buckets, marking the other ends it meets in a bucket and moving the
  /// `reports-to` relations to the bucket's front, and the circles are looked for
  /// in those: a `reports-to` relation's lower stakeholder is the one who reports, so
  /// its bucket holds its managers.
  ///
  /// - Complexity: O(r + n) for r relations and n stakeholders, on two threads.
  static func containsRepeatsOrReportingCycle(kinds: [UInt8], ends: [(Int32, Int32)], stakeholderCount n: Int)
    -> Bool
  {
    let half = kinds.count / 2
    return containsRepeatsOrReportingCycle(
      (kinds: Array(kinds[..<half]), ends: Array(ends[..<half])),
      (kinds: Array(kinds[half...]), ends: Array(ends[half...])), stakeholderCount: n)
  }

  /// How many relations each stakeholder is the lower end of, and how many
  /// `reports-to` relations report to each: the counting sort's counts, which a
  /// split read's join takes as it resolves each relation's ends (one pass over the
  /// relations instead of two).
  struct Counts {
    var lows: [Int32]
    var reporters: [Int32]
    private static let undirected = (
      UInt8(RelationKind.conflictsWith.number), UInt8(RelationKind.alliedWith.number)
    )
    private static let reportsTo = UInt8(RelationKind.reportsTo.number)

    /// No relations yet, among `stakeholderCount` stakeholders.
    init(stakeholderCount n: Int) {
      lows = [Int32](repeating: 0, count: n)
      reporters = [Int32](repeating: 0, count: n)
    }

    /// The counts of some relations.
    init(kinds: [UInt8], ends: [(Int32, Int32)], stakeholderCount n: Int) {
      self.init(stakeholderCount: n)
      withCounters { count in
        for i in kinds.indices { count(kinds[i], ends[i].0, ends[i].1) }
      }
    }

    /// Calls `body` with a function that counts a relation of a kind
    /// (``RelationKind/number``) from one stakeholder to another.
    mutating func withCounters<R>(_ body: ((UInt8, Int32, Int32) -> Void) -> R) -> R {
      lows.withUnsafeMutableBufferPointer { lows in
        reporters.withUnsafeMutableBufferPointer { reporters in
          body { kind, a, b in
            let undirected = kind == Self.undirected.0 || kind == Self.undirected.1
            lows[Int(undirected && b < a ? b : a)] += 1
            if kind == Self.reportsTo { reporters[Int(b)] += 1 }
          }
        }
      }
    }
  }

  /// ``containsRepeatsOrReportingCycle(kinds:ends:stakeholderCount:)`` of the
  /// relations of two parts together (a split read's, each part's as it is: no copy
  /// of the two into one), each thread counting and scattering one part's. With
  /// `counts`, the parts' ``Counts`` are already known.
  static func containsRepeatsOrReportingCycle(
    _ firstPart: (kinds: [UInt8], ends: [(Int32, Int32)]), _ secondPart: (kinds: [UInt8], ends: [(Int32, Int32)]),
    counts: consuming (Counts, Counts)? = nil, stakeholderCount n: Int
  ) -> Bool {
    precondition(firstPart.kinds.count == firstPart.ends.count && secondPart.kinds.count == secondPart.ends.count)
    let count = firstPart.kinds.count + secondPart.kinds.count
    guard count > 0 else { return false }
    precondition(count < Int(UInt32.max) && n < 1 << 29)
    let undirected = (UInt8(RelationKind.conflictsWith.number), UInt8(RelationKind.alliedWith.number))
    let reportsTo = UInt8(RelationKind.reportsTo.number)

    var (first, second) =
      counts
      ?? sideBySide(
        { Counts(kinds: firstPart.kinds, ends: firstPart.ends, stakeholderCount: n) },
        { Counts(kinds: secondPart.kinds, ends: secondPart.ends, stakeholderCount: n) })
    // The buckets are filled through a raw pointer from these counts: they must be
    // the parts' own (a cheap pass over the stakeholders).
    precondition(first.lows.count == n && second.lows.count == n)
    precondition(
      first.lows.reduce(0) { $0 + Int($1) } == firstPart.kinds.count
        && second.lows.reduce(0) { $0 + Int($1) } == secondPart.kinds.count,
      "counts of other relations")

    // Bucket starts; the first part's relations go first in each bucket.
    var starts = [Int32](repeating: 0, count: n + 1)
    // Where each part's next relation goes in each bucket: the counts become these in
    // place. (Two variables, not a tuple: each thread writes its own.)
    var firstFill = first.lows
    var secondFill = second.lows
    first.lows = []
    second.lows = []
    var running: Int32 = 0
    starts.withUnsafeMutableBufferPointer { starts in
      firstFill.withUnsafeMutableBufferPointer { firstFill in
        secondFill.withUnsafeMutableBufferPointer { secondFill in
          for s in 0..<n {
            starts[s] = running
            let inFirst = firstFill[s]
            firstFill[s] = running
            running += inFirst
            let inSecond = secondFill[s]
            secondFill[s] = running
            running += inSecond
          }
        }
      }
    }
    starts[n] = running

    // Each relation's word in its bucket: its kind, then its higher stakeholder.
    var buckets = [UInt32](uninitializedInHugePages: count) { buckets in
      func scatter(_ part: (kinds: [UInt8], ends: [(Int32, Int32)]), _ fill: inout [Int32]) {
        part.kinds.withUnsafeBufferPointer { kinds in
          part.ends.withUnsafeBufferPointer { ends in
            fill.withUnsafeMutableBufferPointer { fill in
              for i in kinds.indices {
                var (a, b) = ends[i]
                let kind = kinds[i]
                if (kind == undirected.0 || kind == undirected.1) && b < a { swap(&a, &b) }
                (buckets.baseAddress! + Int(fill[Int(a)])).initialize(to: UInt32(kind) << 29 | UInt32(b))
                fill[Int(a)] += 1
              }
            }
          }
        }
      }
      _ = sideBySide({ scatter(firstPart, &firstFill) }, { scatter(secondPart, &secondFill) })
    }

    // Repeats: each thread walks half the buckets (about half the relations), and
    // marks each relation's higher stakeholder with the bucket it was seen in and the
    // kinds it was seen with there. The marks (eight bytes a stakeholder) stay in the
    // core's cache; sorting each bucket instead took twice as long, most of it in
    // mispredicted branches. On the way, each bucket's `reports-to` words are moved
    // to its front (a `reports-to` relation's lower stakeholder is the one who
    // reports, so these are the stakeholder's managers), for the circles below.
    var middle = 0
    while middle < n && Int(starts[middle]) < count / 2 { middle += 1 }
    var managerCounts = [Int32](repeating: 0, count: n)
    let mask = UInt32(1 << 29 - 1)
    let repeats = buckets.withUnsafeMutableBufferPointer { buckets in
      managerCounts.withUnsafeMutableBufferPointer { managerCounts in
        starts.withUnsafeBufferPointer { starts in
          func containsRepeats(_ stakeholders: Range<Int>) -> Bool {
            // A stakeholder's mark: the bucket it was last seen in (plus one), shifted
            // left eight bits, and the kinds seen there (a bit each; kinds are below 8).
            var marks = [UInt64](repeatingInHugePages: 0, count: n)
            return marks.withUnsafeMutableBufferPointer { marks in
              for s in stakeholders {
                let start = Int(starts[s])
                let end = Int(starts[s + 1])
                if end - start <= 1 {
                  managerCounts[s] = end > start && buckets[start] >> 29 == UInt32(reportsTo) ? 1 : 0
                  continue
                }
                let stamp = UInt64(s + 1) << 8
                var managers = start
                for j in start..<end {
                  let word = buckets[j]
                  let kind = word >> 29
                  let other = Int(word & mask)
                  let bit = UInt64(1) << UInt64(kind)
                  let mark = marks[other]
                  if mark & ~0xFF == stamp {
                    if mark & bit != 0 { return true }
                    marks[other] = mark | bit
                  } else {
                    marks[other] = stamp | bit
                  }
                  buckets[managers] = word  // (read already: `managers` ≤ `j`)
                  managers += kind == UInt32(reportsTo) ? 1 : 0
                }
                managerCounts[s] = Int32(managers - start)
              }
              return false
            }
          }
          let found = sideBySide({ containsRepeats(0..<middle) }, { containsRepeats(middle..<n) })
          return found.0 || found.1
        }
      }
    }
    guard !repeats else { return true }

    // Circles: stakeholders nobody reports to (any more) are taken away, with their
    // `reports-to` relations, until none is left (Kahn); any left over are in a circle.
    var reporters = first.reporters
    for s in 0..<n { reporters[s] += second.reporters[s] }
    var ready: [Int32] = []
    ready.reserveCapacity(n)
    for s in 0..<n where reporters[s] == 0 { ready.append(Int32(s)) }
    var removed = 0
    buckets.withUnsafeBufferPointer { buckets in
      while let node = ready.popLast() {
        removed += 1
        // Its managers: the front of its bucket.
        let start = Int(starts[Int(node)])
        for j in start..<start + Int(managerCounts[Int(node)]) {
          let manager = Int(buckets[j] & mask)
          reporters[manager] -= 1
          if reporters[manager] == 0 { ready.append(Int32(manager)) }
        }
      }
    }
    return removed < n
  }
}
