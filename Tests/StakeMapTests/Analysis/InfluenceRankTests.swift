import Testing

@testable import StakeMap

/// Influence rank at map level (FORMAT.md, "Influence rank"): PageRank with damping
/// 0.85 over who listens to whom, with the influences `reports-to` implies.
@Suite struct InfluenceRankTests {
  /// `a -> b`: b listens to a; a listens to nobody (dangling, spreads uniformly).
  ///   r_a = 0.15/2 + 0.85·r_b + 0.85·r_a/2
  ///   r_b = 0.15/2 + 0.85·r_a/2
  /// With r_a + r_b = 1: r_b = 0.075 + 0.425·r_a and r_a = 1 − r_b, so
  /// 1.425·r_a = 0.925: r_a = 37/57, r_b = 20/57.
  @Test func twoPeopleByHand() {
    let a = analyse("stakeholder a\nstakeholder b\na -> b 0.3\n")
    expectNear(a.rank("a"), 37.0 / 57)
    expectNear(a.rank("b"), 20.0 / 57)
  }

  /// `a -> b`, `a -> c`: b and c listen to a; a is dangling.
  ///   r_b = r_c = 0.05 + 0.85·r_a/3
  /// and r_a = 1 − 2·r_b = 0.9 − (1.7/3)·r_a, so r_a = 2.7/4.7 = 27/47, r_b = r_c = 10/47.
  @Test func threePeopleStarByHand() {
    let a = analyse("stakeholder a\nstakeholder b\nstakeholder c\na -> b 0.9\na -> c 0.2\n")
    expectNear(a.rank("a"), 27.0 / 47)
    expectNear(a.rank("b"), 10.0 / 47)
    expectNear(a.rank("c"), 10.0 / 47)
  }

  /// Without influences every node is dangling: all ranks equal.
  @Test func noInfluenceGivesEqualRanks() {
    let a = analyse("stakeholder a\nstakeholder b\nstakeholder c\nstakeholder d\n")
    for p in a.people { expectNear(p.influenceRank, 0.25) }
  }

  /// `c reports-to a` implies `a -> c` of weight 0.5, so c listens to a and b equally:
  /// a and b rank alike. c listens to two, a and b are dangling:
  ///   r_c = 0.05 + 0.85·(r_a + r_b)/3 = 0.05 + (0.85/3)·(1 − r_c), so r_c = 1/3.85 = 20/77,
  /// and r_a = r_b = (57/77)/2 = 57/154.
  @Test func reportsToImpliesHalfWeightInfluence() {
    let base = "stakeholder a\nstakeholder b\nstakeholder c\nb -> c 0.5\n"
    let without = analyse(base)
    #expect((without.rank("b") ?? 0) > (without.rank("a") ?? 0) + 0.1)
    let with = analyse(base + "c reports-to a\n")
    expectNear(with.rank("a"), 57.0 / 154)
    expectNear(with.rank("b"), 57.0 / 154)
    expectNear(with.rank("c"), 20.0 / 77)
    // The same as declaring the 0.5 influence.
    let declared = analyse(base + "a -> c 0.5\n")
    for id: StakeholderID in ["a", "b", "c"] { expectNear(with.rank(id), declared.rank(id) ?? -1) }
  }

  /// A declared `a -> c` of weight 1 replaces the implied 0.5, wherever it is written:
  /// c listens to a with 1/1.5 = 2/3 and to b with 1/3. r_c = 20/77 as before, and
  ///   r_a − r_b = 0.85·(2/3 − 1/3)·r_c = 0.85·20/(3·77), r_a + r_b = 57/77,
  /// so r_a = 188/462 = 94/231 and r_b = 154/462 = 77/231.
  @Test func declaredInfluenceOverridesReportsTo() {
    for text in [
      "stakeholder a\nstakeholder b\nstakeholder c\nb -> c 0.5\nc reports-to a\na -> c 1\n",
      "stakeholder a\nstakeholder b\nstakeholder c\na -> c 1\nb -> c 0.5\nc reports-to a\n",
    ] {
      let a = analyse(text)
      expectNear(a.rank("a"), 94.0 / 231)
      expectNear(a.rank("b"), 77.0 / 231)
      expectNear(a.rank("c"), 60.0 / 231)
      #expect(a.network.edgeCount == 2)  // no second a -> c
      #expect(a.network.weight(from: 0, to: 2) == 1)
    }
  }

  @Test func ranksSumToOne() {
    let map = parseMap(
      """
      stakeholder a
      stakeholder b
      stakeholder c
      stakeholder d
      stakeholder e
      stakeholder f
      a -> b 0.9
      b -> c 0.2
      c -> a 0.4
      d -> a
      e reports-to d
      f reports-to d
      f -> e 0.1
      """)
    let a = MapAnalysis(map)
    expectNear(a.people.map(\.influenceRank).reduce(0, +), 1, tolerance: 1e-12)
    #expect(a.people.allSatisfy { $0.influenceRank > 0 && $0.influenceRank < 1 })
    // d influences a, the best-ranked of the cycle, and two reports: it ranks above e, f.
    #expect((a.rank("d") ?? 0) > (a.rank("e") ?? 1))
    #expect((a.rank("d") ?? 0) > (a.rank("f") ?? 1))
  }

  /// The format's own example: every rank positive, summing to 1; the CFO, whom the CTO
  /// listens to, outranks the engineering manager, whom only the CTO influences.
  @Test func formatExample() throws {
    let a = analyse(try formatExampleText())
    expectNear(a.people.map(\.influenceRank).reduce(0, +), 1, tolerance: 1e-12)
    #expect((a.rank("cfo") ?? 0) > (a.rank("em") ?? 1))
  }
}
