/// "Did you mean" suggestions: the candidate nearest to a misspelling.
public enum Suggestions {
  /// The candidate closest to `word` by edit distance (insertions, deletions,
  /// substitutions and transpositions), if it is close enough to be a likely typo:
  /// at most 1 edit for words up to 4 characters, 2 up to 8, 3 beyond. Ties go to
  /// the earlier candidate.
  ///
  /// - Complexity: O(c · m · n) for c candidates of length about m, word length n;
  ///   candidates whose length differs by more than the limit are skipped cheaply.
  public static func nearest<S: Sequence>(to word: String, in candidates: S) -> String?
  where S.Element == String {
    let target = Array(word.unicodeScalars)
    let limit = target.count <= 4 ? 1 : target.count <= 8 ? 2 : 3
    var best: (String, Int)?
    for candidate in candidates where candidate != word {
      let scalars = Array(candidate.unicodeScalars)
      if abs(scalars.count - target.count) > limit { continue }
      let distance = editDistance(target, scalars, limit: limit)
      if distance <= limit, best == nil || distance < best!.1 {
        best = (candidate, distance)
      }
    }
    return best?.0
  }

  /// Optimal-string-alignment distance between two scalar arrays, or `limit + 1`
  /// as soon as it must exceed `limit`.
  static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
    let n = a.count
    let m = b.count
    if n == 0 { return m }
    if m == 0 { return n }
    var previous2 = [Int](repeating: 0, count: m + 1)
    var previous = Array(0...m)
    var current = [Int](repeating: 0, count: m + 1)
    for i in 1...n {
      current[0] = i
      var rowMin = i
      for j in 1...m {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, previous2[j - 2] + 1)
        }
        current[j] = value
        rowMin = min(rowMin, value)
      }
      if rowMin > limit { return limit + 1 }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[m]
  }

  /// `; did you mean 'X'?` for the nearest candidate, or the empty string.
  public static func didYouMean<S: Sequence>(_ word: String, in candidates: S) -> String
  where S.Element == String {
    guard let match = nearest(to: word, in: candidates) else { return "" }
    return "; did you mean '\(match)'?"
  }
}
