extension RelationRepeats {
  /// Whether any relation is declared more than once (``containsRepeats(kinds:ends:stakeholderCount:)``)
  /// or the `reports-to` relations go round in a circle
  /// (``StakeMapResolver/hasReportingCycle(kinds:ends:stakeholderCount:)``): both
  /// checks of a large map's join (``SplitStreaming``), on two threads, from one
  /// bucketing of the relations.
  ///
  /// The relations are bucketed by their lower stakeholder with a counting sort that
  /// each thread does for its half of them (each counts its half, then writes its
  /// half into the buckets after the other's), each thread sorts half the buckets and
  /// looks for repeats in them, and the circles are then looked for in the buckets: a
  /// `reports-to` relation's lower stakeholder is the one who reports, and its kind
  /// sorts last, so a bucket ends with its stakeholder's managers. Each relation is
  /// read twice in all (against six times for the two checks apart).
  ///
  /// - Complexity: O(r + n + Σ b log b) for r relations, n stakeholders and buckets of
  ///   size b, on two threads.
  static func containsRepeatsOrReportingCycle(kinds: [UInt8], ends: [(Int32, Int32)], stakeholderCount n: Int)
    -> Bool
  {
    let count = kinds.count
    guard count > 0 else { return false }
    precondition(count < Int(UInt32.max) && n < 1 << 29)
    let undirected = (UInt8(RelationKind.conflictsWith.number), UInt8(RelationKind.alliedWith.number))
    let reportsTo = UInt8(RelationKind.reportsTo.number)
    let halves = (0..<count / 2, count / 2..<count)

    /// How many relations of `range` each stakeholder is the lower end of, and how
    /// many of its `reports-to` relations report to each.
    func countLows(_ range: Range<Int>) -> (lows: [Int32], reporters: [Int32]) {
      var lows = [Int32](repeating: 0, count: n)
      var reporters = [Int32](repeating: 0, count: n)
      kinds.withUnsafeBufferPointer { kinds in
        ends.withUnsafeBufferPointer { ends in
          for i in range {
            let (a, b) = ends[i]
            let kind = kinds[i]
            lows[Int((kind == undirected.0 || kind == undirected.1) && b < a ? b : a)] += 1
            if kind == reportsTo { reporters[Int(b)] += 1 }
          }
        }
      }
      return (lows, reporters)
    }
    let (first, second) = sideBySide({ countLows(halves.0) }, { countLows(halves.1) })

    // Bucket starts; the first half's relations go first in each bucket.
    var starts = [Int32](repeating: 0, count: n + 1)
    // (Two variables, not a tuple: each thread writes its own.)
    var firstFill = [Int32](repeating: 0, count: n)
    var secondFill = [Int32](repeating: 0, count: n)
    var running: Int32 = 0
    for s in 0..<n {
      starts[s] = running
      firstFill[s] = running
      secondFill[s] = running + first.lows[s]
      running += first.lows[s] + second.lows[s]
    }
    starts[n] = running

    // Each relation's word in its bucket: its kind, then its higher stakeholder.
    var buckets = [UInt32](uninitializedInHugePages: count) { buckets in
      func scatter(_ range: Range<Int>, _ fill: inout [Int32]) {
        kinds.withUnsafeBufferPointer { kinds in
          ends.withUnsafeBufferPointer { ends in
            fill.withUnsafeMutableBufferPointer { fill in
              for i in range {
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
      _ = sideBySide({ scatter(halves.0, &firstFill) }, { scatter(halves.1, &secondFill) })
    }

    // Sorting the buckets and looking for repeats: half the relations on each thread.
    var middle = 0
    while middle < n && Int(starts[middle]) < count / 2 { middle += 1 }
    let repeats = buckets.withUnsafeMutableBufferPointer { buckets in
      starts.withUnsafeBufferPointer { starts in
        func containsRepeats(_ stakeholders: Range<Int>) -> Bool {
          for s in stakeholders {
            let bucket = Int(starts[s])..<Int(starts[s + 1])
            guard bucket.count > 1 else { continue }
            var slice = UnsafeMutableBufferPointer(rebasing: buckets[bucket])
            // Most buckets hold under 64 relations (a map's busiest stakeholders
            // have more); insertion sort is the quickest there.
            if slice.count <= 64 {
              insertionSort(slice)
            } else {
              slice.sort()
            }
            for j in 1..<slice.count where slice[j] == slice[j - 1] { return true }
          }
          return false
        }
        let found = sideBySide({ containsRepeats(0..<middle) }, { containsRepeats(middle..<n) })
        return found.0 || found.1
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
    let reportsToWord = UInt32(reportsTo) << 29
    buckets.withUnsafeBufferPointer { buckets in
      while let node = ready.popLast() {
        removed += 1
        // Its managers: the end of its bucket.
        var j = Int(starts[Int(node) + 1]) - 1
        while j >= Int(starts[Int(node)]) && buckets[j] >= reportsToWord {
          let manager = Int(buckets[j] & (1 << 29 - 1))
          reporters[manager] -= 1
          if reporters[manager] == 0 { ready.append(Int32(manager)) }
          j -= 1
        }
      }
    }
    return removed < n
  }
}
