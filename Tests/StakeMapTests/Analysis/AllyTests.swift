import Testing

@testable import StakeMap

/// Suggested allies (FORMAT.md, "Allies" and "Path").
@Suite struct AllyTests {
  // MARK: - Who may be suggested

  @Test func neverMeNorChampionsNorOpposed() {
    let a = analyse(
      """
      me em
      stakeholder em stance=supportive
      stakeholder champ stance=champion
      stakeholder opp stance=opposed
      stakeholder almostOpp stance=-1.5
      stakeholder sup stance=supportive
      stakeholder neu stance=neutral
      stakeholder res stance=resistant
      em -> champ 0.5
      em -> opp 0.5
      em -> almostOpp 0.5
      em -> sup 0.5
      em -> neu 0.5
      em -> res 0.5
      """)
    #expect(Set(a.allyIDs) == ["sup", "neu", "res"])
  }

  @Test func onlyPeopleReachableFromMe() {
    let text = """
      me em
      stakeholder em
      stakeholder near
      stakeholder far
      stakeholder boss
      stakeholder stranger
      em -> near 0.5
      near -> far 0.5
      boss -> em 0.9
      em depends-on stranger
      em allied-with stranger
      """
    let a = analyse(text)
    #expect(Set(a.allyIDs) == ["near", "far"])
    // Without `me`, everyone can be suggested.
    let b = analyse(text.replacingOccurrences(of: "me em\n", with: ""))
    #expect(Set(b.allyIDs) == ["em", "near", "far", "boss", "stranger"])
    #expect(b.allies.allSatisfy { $0.path == nil })
  }

  @Test func nobodyReachableGivesNoAllies() {
    let a = analyse("me em\nstakeholder em\nstakeholder other\nother -> em 1\n")
    #expect(a.allies.isEmpty)
  }

  // MARK: - Paths

  @Test func pathIsFewestHopsThenStrongestProduct() {
    let a = analyse(
      """
      me em
      stakeholder em stance=champion
      stakeholder a stance=champion
      stakeholder b stance=champion
      stakeholder c stance=champion
      stakeholder d stance=champion
      stakeholder e stance=champion
      stakeholder t
      stakeholder u
      em -> a 0.9
      a -> b 0.9
      b -> t 0.9
      em -> c 0.1
      c -> t 0.1
      em -> d 0.9
      d -> u 0.3
      em -> e 0.4
      e -> u 0.8
      """)
    // t: two hops through c (product 0.01) beat three through a, b (0.729).
    #expect(a.allies.first { $0.id == "t" }?.path == ["em", "c", "t"])
    // u: two hops either way; through e (0.32) beats through d (0.27).
    #expect(a.allies.first { $0.id == "u" }?.path == ["em", "e", "u"])
    #expect(a.the("t")?.hopsFromMe == 2)
  }

  @Test func directInfluenceIsAOneHopPath() {
    let a = analyse("me em\nstakeholder em\nstakeholder x\nem -> x 0.2\nx reports-to em\n")
    #expect(a.allies.map(\.path) == [["em", "x"]])
  }

  // MARK: - Ranking

  @Test func resistantRanksBelowNeutralAndSupportiveOfSimilarWeight() {
    let a = analyse(
      """
      me em
      stakeholder em stance=champion power=5 interest=5
      stakeholder res stance=resistant power=6 interest=6
      stakeholder neu stance=neutral power=6 interest=6
      stakeholder sup stance=supportive power=6 interest=6
      em -> res 0.5
      em -> neu 0.5
      em -> sup 0.5
      """)
    let ids = a.allyIDs
    let res = ids.firstIndex(of: "res") ?? -1
    #expect(res == ids.count - 1)
    #expect(ids.count == 3)
    // Resistant people would move further, but are much less likely to be won.
    let gains = Dictionary(uniqueKeysWithValues: a.allies.map { ($0.id, $0) })
    #expect((gains["res"]?.gain ?? 0) > (gains["neu"]?.gain ?? 1))
    #expect((gains["res"]?.likelihood ?? 1) < (gains["neu"]?.likelihood ?? 0))
  }

  /// Regression: winning someone used to make them a stubborn *supporter* (+1), so a
  /// neutral or supportive person already pulled up by a champion gained nothing or
  /// lost alignment when won, and resistant people ranked first.
  @Test func winningNeverLowersAlignment() {
    let a = analyse(
      """
      me em
      stakeholder em stance=champion
      stakeholder sup stance=supportive openness=0.9
      stakeholder neu openness=0.9
      em -> sup 1
      em -> neu 1
      """)
    #expect(a.allies.count == 2)
    #expect(a.allies.allSatisfy { $0.gain > 0 && $0.score > 0 }, "\(a.allies.map { ($0.id, $0.gain) })")
    #expect(a.allies.allSatisfy { !$0.reasons.contains { $0.contains("by -") } })
  }

  @Test(arguments: 0..<15)
  func gainsAreNeverNegative(seed: UInt64) {
    let a = analyse(RandomMap(seed: seed).text())
    for ally in a.allies {
      #expect(ally.gain >= 0, "seed \(seed): \(ally.id)")
      #expect(ally.likelihood > 0 && ally.likelihood <= 1)
    }
  }

  @Test func likelihoodByStance() {
    let s = { (stance: Double) in Stakeholder(id: "x", power: 5, interest: 10, stance: stance, openness: 1) }
    expectNear(AllyFinder.likelihood(s(1)), 0.9)
    expectNear(AllyFinder.likelihood(s(0)), 0.6)
    expectNear(AllyFinder.likelihood(s(-1)), 0.15)
    #expect(AllyFinder.likelihood(s(0.5)) > AllyFinder.likelihood(s(0)))
    #expect(AllyFinder.likelihood(s(-0.5)) < AllyFinder.likelihood(s(0)))
  }

  /// Greedy: the second pick is chosen given the first. h1 and h2 both sway the same
  /// followers, and h2 also listens to h1; once h1 is won, h2 has already moved towards
  /// supportive and is worth much less, so z (with an audience of its own) comes second
  /// although h2 alone is worth more than z.
  @Test func secondPickIsChosenGivenTheFirst() throws {
    let text = """
      me em
      stakeholder em stance=champion power=5 interest=5
      stakeholder h1 power=8 interest=8 openness=0.1
      stakeholder h2 power=8 interest=8 openness=0.9
      stakeholder z  power=8 interest=8 openness=0.1
      stakeholder f1 power=5 interest=5 stance=opposed
      stakeholder f2 power=5 interest=5 stance=opposed
      stakeholder g1 power=4 interest=5 stance=opposed
      stakeholder g2 power=4 interest=5 stance=opposed
      em -> h1 0.1
      em -> h2 0.1
      em -> z 0.1
      h1 -> h2 0.9
      h1 -> f1 0.9
      h1 -> f2 0.9
      h2 -> f1 0.9
      h2 -> f2 0.9
      z -> g1 0.9
      z -> g2 0.9
      """
    let a = analyse(text)
    let ids = a.allyIDs
    #expect(ids == ["h1", "z", "h2"], "\(a.allies.map { ($0.id, $0.score, $0.gain) })")

    // Won first, h2 would be worth more than z.
    let h2Alone = try #require(soloScore(of: "h2", in: a))
    let zAlone = try #require(soloScore(of: "z", in: a))
    #expect(h2Alone > zAlone)
    // After h1 is won, h2's gain drops below its solo gain.
    let h2Ranked = try #require(a.allies.first { $0.id == "h2" })
    #expect(h2Ranked.score < zAlone)
    #expect(h2Ranked.score < h2Alone * 0.8)
  }

  /// The expected gain of winning `id` first, computed by hand from the model: they
  /// become a stubborn champion (x0 := 1, λ := 0); the rise in weighted predicted
  /// alignment (×2), times the likelihood.
  func soloScore(of id: StakeholderID, in a: MapAnalysis) -> Double? {
    guard let i = a.network.index[id] else { return nil }
    let weights = a.people.map(\.weight)
    var x0 = a.map.stakeholders.map { $0.stance / 2 }
    var openness = a.map.stakeholders.map(\.openness)
    func alignment() -> Double {
      let x = a.network.predictedStance(initial: x0, openness: openness).stance
      return 2 * zip(weights, x).map(*).reduce(0, +)
    }
    let before = alignment()
    x0[i] = AllyFinder.wonStance
    openness[i] = 0
    return (alignment() - before) * AllyFinder.likelihood(a.map.stakeholders[i])
  }

  @Test func topTruncatesTheSameRanking() {
    let text = """
      me em
      stakeholder em stance=champion
      stakeholder a power=9
      stakeholder b power=7
      stakeholder c power=5 stance=resistant
      stakeholder d power=3
      stakeholder e power=1
      em -> a 0.5
      em -> b 0.5
      em -> c 0.5
      a -> d 0.5
      b -> e 0.5
      """
    let all = analyse(text, topAllies: 10)
    #expect(all.allies.count == 5)
    for top in 1...5 {
      let cut = analyse(text, topAllies: top)
      #expect(cut.allyIDs == Array(all.allyIDs.prefix(top)))
      #expect(cut.allies.map(\.score) == Array(all.allies.map(\.score).prefix(top)))
    }
    // Scores never rise down the list.
    for (x, y) in zip(all.allies, all.allies.dropFirst()) { #expect(x.score >= y.score - 1e-12) }
  }

  // MARK: - Reasons

  @Test func reasonsMentionSharedGoalsChampionsAndBridges() {
    let a = analyse(
      """
      me em
      domain eng "Engineering" {
        stakeholder em "Alex" stance=supportive goals=[Cost, speed]
        stakeholder dana "Dana" stance=champion
        stakeholder kim "Kim" power=6 interest=6 goals=[cost, hiring]
      }
      domain fin "Finance" {
        stakeholder cfo "Priya" power=9 interest=3
      }
      em -> kim 0.3
      dana -> kim 0.9
      kim -> cfo 0.6
      """)
    let kim = a.allies.first { $0.id == "kim" }
    let reasons = kim?.reasons ?? []
    #expect(reasons.contains("shares your goal: Cost"), "\(reasons)")
    #expect(reasons.contains("listens to Dana, a champion"), "\(reasons)")
    #expect(reasons.contains("bridges Engineering and Finance"), "\(reasons)")
    #expect(reasons.contains("high power (6) and high interest (6)"), "\(reasons)")
    // The CFO shares no goal, listens to no supporter and bridges nothing but is reached.
    let cfo = a.allies.first { $0.id == "cfo" }?.reasons ?? []
    #expect(!cfo.contains { $0.hasPrefix("shares your goal") }, "\(cfo)")
    #expect(!cfo.contains { $0.hasPrefix("listens to") }, "\(cfo)")
    #expect(cfo.contains("bridges Finance and Engineering"), "\(cfo)")
    #expect(a.allies.first { $0.id == "cfo" }?.path == ["em", "kim", "cfo"])
  }

  @Test func reasonsSayYouWhenTheyListenToMe() {
    let a = analyse(
      """
      me em
      stakeholder em stance=champion goals=[a, b]
      stakeholder x goals=[B, A]
      em -> x 0.5
      """)
    let reasons = a.allies.first?.reasons ?? []
    #expect(reasons.contains("listens to you, a champion"), "\(reasons)")
    #expect(reasons.contains("shares your goals: a, b"), "\(reasons)")
    #expect(!reasons.contains { $0.hasPrefix("bridges") })
  }

  @Test func reasonsForResistantAndUnrated() {
    let a = analyse(
      """
      me em
      stakeholder em stance=supportive
      stakeholder x stance=resistant
      em -> x 0.5
      """)
    let reasons = a.allies.first?.reasons ?? []
    #expect(reasons.contains("power and interest not rated (analysed as medium)"), "\(reasons)")
    #expect(reasons.contains("resistant today: expect a longer conversation"), "\(reasons)")
    #expect(reasons.contains("listens to you, a supporter"), "\(reasons)")
  }
}
