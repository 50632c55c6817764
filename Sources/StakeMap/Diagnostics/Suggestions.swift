/// "Did you mean" suggestions: the candidate nearest to a misspelling.
public enum Suggestions {
  /// The candidate closest to `word` by edit distance (insertions, deletions,
  /// substitutions and transpositions), if it is close enough to be a likely typo:
  /// at most 1 edit for words up to 4 characters, 2 up to 8, 3 beyond. Ties go to
  /// the earlier candidate.
  ///
  /// - Complexity: O(c · n) for c candidates and a word of n characters (the edit
  ///   distance is banded, at most 3 edits); candidates whose length differs by more
  ///   than the limit are skipped cheaply.
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
  ///
  /// Only the band of cells within `limit` of the diagonal is computed: a path of at
  /// most `limit` edits never leaves it, and every cell outside counts as too far.
  ///
  /// - Complexity: O(n · limit) time for words of about n scalars, O(n) memory (a
  ///   full table would be O(n²): minutes for two 10,000-character ids).
  static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
    let n = a.count
    let m = b.count
    let tooFar = limit + 1
    if abs(n - m) > limit { return tooFar }
    if n == 0 { return m }
    if m == 0 { return n }
    var previous2 = [Int](repeating: tooFar, count: m + 1)
    var previous = (0...m).map { min($0, tooFar) }
    var current = [Int](repeating: tooFar, count: m + 1)
    for i in 1...n {
      let low = max(1, i - limit)
      let high = min(m, i + limit)
      // The cells just outside the band, read below, are too far (or the edge).
      current[low - 1] = low == 1 ? min(i, tooFar) : tooFar
      if high < m { current[high + 1] = tooFar }
      if i + limit <= m { previous[i + limit] = tooFar }
      var rowMin = low == 1 ? current[0] : tooFar
      for j in low...high {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, previous2[j - 2] + 1)
        }
        value = min(value, tooFar)
        current[j] = value
        rowMin = min(rowMin, value)
      }
      if rowMin > limit { return tooFar }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return min(previous[m], tooFar)
  }

  /// `; did you mean 'X'?` for the nearest candidate, or the empty string.
  public static func didYouMean<S: Sequence>(_ word: String, in candidates: S) -> String
  where S.Element == String {
    guard let match = nearest(to: word, in: candidates) else { return "" }
    return "; did you mean '\(match)'?"
  }
}
