/// Finds relations declared more than once: the same kind between the same two
/// stakeholders (in either order for conflicts and alliances).
///
/// The relations are bucketed by their lower stakeholder (a counting sort), and each
/// bucket sorted by kind, other stakeholder and position. A hash table of all
/// relations does the same in one pass, but its lookups land on random cache lines;
/// here the memory is walked mostly in order.
///
/// - Complexity: O(r + n + Σ b log b) for r relations, n stakeholders and buckets of
///   size b.
enum RelationRepeats {
  /// For each relation, the position of the latest earlier declaration of the same
  /// relation, or -1; `nil` when no relation is repeated.
  ///
  /// - Parameters:
  ///   - kinds: each relation's kind, as its position in `RelationKind.allCases`.
  ///   - ends: each relation's two stakeholders, as positions below `stakeholderCount`.
  static func previousDeclarations(
    kinds: [UInt8], ends: [(Int32, Int32)], stakeholderCount: Int
  ) -> [Int32]? {
    let count = kinds.count
    guard count > 1 else { return nil }
    precondition(count < Int(UInt32.max) && stakeholderCount < 1 << 29)
    let undirected = (UInt8(RelationKind.conflictsWith.number), UInt8(RelationKind.alliedWith.number))
    /// A relation's lower stakeholder, and one word that sorts its bucket: kind and
    /// higher stakeholder (the relation's identity within the bucket), then position.
    func key(_ i: Int) -> (low: Int, word: UInt64) {
      var (a, b) = ends[i]
      let kind = kinds[i]
      if (kind == undirected.0 || kind == undirected.1) && b < a { swap(&a, &b) }
      return (Int(a), (UInt64(kind) << 29 | UInt64(b)) << 32 | UInt64(i))
    }
    var starts = [Int](repeating: 0, count: stakeholderCount + 1)
    for i in 0..<count { starts[key(i).low + 1] += 1 }
    for s in 0..<stakeholderCount { starts[s + 1] += starts[s] }
    var sorted = [UInt64](repeating: 0, count: count)
    var fill = starts
    for i in 0..<count {
      let (low, word) = key(i)
      sorted[fill[low]] = word
      fill[low] += 1
    }
    var previous: [Int32]?
    sorted.withUnsafeMutableBufferPointer { sorted in
      for s in 0..<stakeholderCount {
        let bucket = starts[s]..<starts[s + 1]
        guard bucket.count > 1 else { continue }
        var slice = UnsafeMutableBufferPointer(rebasing: sorted[bucket])
        if slice.count <= 16 {
          insertionSort(slice)
        } else {
          slice.sort()
        }
        for j in 1..<slice.count where slice[j] >> 32 == slice[j - 1] >> 32 {
          if previous == nil { previous = [Int32](repeating: -1, count: count) }
          previous![Int(slice[j] & 0xFFFF_FFFF)] = Int32(truncatingIfNeeded: slice[j - 1] & 0xFFFF_FFFF)
        }
      }
    }
    return previous
  }

  /// Whether any relation is declared more than once: the same buckets, each sorted
  /// by identity alone (half the memory of ``previousDeclarations(kinds:ends:stakeholderCount:)``).
  static func containsRepeats(kinds: [UInt8], ends: [(Int32, Int32)], stakeholderCount: Int) -> Bool {
    let count = kinds.count
    guard count > 1 else { return false }
    precondition(count < Int(UInt32.max) && stakeholderCount < 1 << 29)
    let undirected = (UInt8(RelationKind.conflictsWith.number), UInt8(RelationKind.alliedWith.number))
    var starts = [Int32](repeating: 0, count: stakeholderCount + 1)
    for i in 0..<count {
      let (a, b) = ends[i]
      let kind = kinds[i]
      starts[Int((kind == undirected.0 || kind == undirected.1) && b < a ? b : a) + 1] += 1
    }
    for s in 0..<stakeholderCount { starts[s + 1] += starts[s] }
    var sorted = [UInt32](repeatingInHugePages: 0, count: count)
    var fill = starts
    for i in 0..<count {
      var (a, b) = ends[i]
      let kind = kinds[i]
      if (kind == undirected.0 || kind == undirected.1) && b < a { swap(&a, &b) }
      sorted[Int(fill[Int(a)])] = UInt32(kind) << 29 | UInt32(b)
      fill[Int(a)] += 1
    }
    return sorted.withUnsafeMutableBufferPointer { sorted in
      for s in 0..<stakeholderCount {
        let bucket = Int(starts[s])..<Int(starts[s + 1])
        guard bucket.count > 1 else { continue }
        var slice = UnsafeMutableBufferPointer(rebasing: sorted[bucket])
        if slice.count <= 16 {
          insertionSort(slice)
        } else {
          slice.sort()
        }
        for j in 1..<slice.count where slice[j] == slice[j - 1] { return true }
      }
      return false
    }
  }

  /// Sorts a short buffer in place (buckets are mostly a few relations long).
  static func insertionSort<T: Comparable>(_ a: UnsafeMutableBufferPointer<T>) {
    for i in 1..<a.count {
      let x = a[i]
      var j = i
      while j > 0 && a[j - 1] > x {
        a[j] = a[j - 1]
        j -= 1
      }
      a[j] = x
    }
  }
}
