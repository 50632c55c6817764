import Testing

@testable import StakeMap

/// The banded edit distance behind "did you mean" agrees with the full table wherever
/// the answer is within the limit, and is linear in the length of long words.
@Suite struct SuggestionDistanceTests {
  /// Optimal-string-alignment distance by the full (n + 1) × (m + 1) table.
  static func fullTable(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { d[i][0] = i }
    for j in 0...b.count { d[0][j] = j }
    guard !a.isEmpty, !b.isEmpty else { return d[a.count][b.count] }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
        }
      }
    }
    return d[a.count][b.count]
  }

  @Test func agreesWithTheFullTableOnRandomShortWords() {
    var random = SplitMix64(seed: 42)
    let alphabet: [Unicode.Scalar] = ["a", "b", "c", "é"]
    func word() -> [Unicode.Scalar] {
      (0..<random.nextInt(below: 10)).map { _ in alphabet[random.nextInt(below: alphabet.count)] }
    }
    var disagreements: [String] = []
    for _ in 0..<5_000 {
      let (a, b) = (word(), word())
      for limit in 1...3 {
        let expected = min(Self.fullTable(a, b), limit + 1)
        let actual = Suggestions.editDistance(a, b, limit: limit)
        if actual != expected {
          disagreements.append(
            "\(String(String.UnicodeScalarView(a))) / \(String(String.UnicodeScalarView(b))) limit \(limit): \(actual), not \(expected)"
          )
        }
      }
    }
    #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
  }

  @Test func transpositionsSubstitutionsAndLengthChangesNearTheEnds() {
    let word = Array("stakeholder".unicodeScalars)
    for other in ["tsakeholder", "stakeholdre", "xstakeholder", "stakeholde", "stakehodler", "stakeholdexx"] {
      let scalars = Array(other.unicodeScalars)
      #expect(Suggestions.editDistance(word, scalars, limit: 3) == Self.fullTable(word, scalars), "\(other)")
    }
    // Further than the limit: limit + 1, however far.
    #expect(Suggestions.editDistance(word, Array("domain".unicodeScalars), limit: 3) == 4)
    #expect(Suggestions.editDistance(word, [], limit: 2) == 3)
  }

  @Test func longWordsOneEditApart() {
    // 100,000 characters: a full table would be 10¹⁰ cells.
    let long = [Unicode.Scalar](repeating: "a", count: 100_000)
    var typo = long
    typo[50_000] = "b"
    #expect(Suggestions.editDistance(long, typo, limit: 3) == 1)
    let longText = String(String.UnicodeScalarView(long))
    #expect(Suggestions.nearest(to: String(String.UnicodeScalarView(typo)), in: ["x", longText]) == longText)
  }
}
