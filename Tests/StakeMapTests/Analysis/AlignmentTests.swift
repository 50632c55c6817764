import Testing

@testable import StakeMap

/// Alignment: the influence-weighted mean stance, overall and by domain; weights are
/// the mean of each stakeholder's share of influence rank and share of power.
@Suite struct AlignmentTests {
  /// No influence: ranks 1/2 each. Powers 8 and 2: shares 0.8 and 0.2. Weights
  /// (0.5 + 0.8)/2 = 0.65 and (0.5 + 0.2)/2 = 0.35. Stances +2 and −1:
  /// alignment 0.65·2 − 0.35·1 = 0.95, now and predicted (nobody is influenced).
  @Test func weightsMixRankAndPower() {
    let a = analyse("stakeholder a power=8 stance=2\nstakeholder b power=2 stance=-1\n")
    expectNear(a.the("a")?.weight, 0.65)
    expectNear(a.the("b")?.weight, 0.35)
    expectNear(a.alignment.now, 0.95)
    expectNear(a.alignment.predicted, 0.95)
    #expect(a.alignment.count == 2)
  }

  /// a -> b: ranks 37/57 and 20/57 (see InfluenceRankTests). Powers 8 and 2.
  /// w_a = (37/57 + 0.8)/2, w_b = (20/57 + 0.2)/2, summing to 1.
  /// Stances +2 and −2, λ_b = 0.5: b is predicted at 0.
  /// Now: 2·w_a − 2·w_b; predicted: 2·w_a.
  @Test func influenceWeightedByHand() {
    let a = analyse("stakeholder a power=8 stance=2\nstakeholder b power=2 stance=-2\na -> b 1\n")
    let wa = (37.0 / 57 + 0.8) / 2
    let wb = (20.0 / 57 + 0.2) / 2
    expectNear(wa + wb, 1)
    expectNear(a.the("a")?.weight, wa)
    expectNear(a.the("b")?.weight, wb)
    expectNear(a.alignment.now, 2 * wa - 2 * wb)
    expectNear(a.alignment.predicted, 2 * wa)
  }

  /// Unrated power counts as 5 in the power share.
  @Test func unratedPowerCountsAsFive() {
    let a = analyse("stakeholder a power=5 stance=2\nstakeholder b stance=-2\n")
    expectNear(a.alignment.now, 0)
  }

  /// All power 0: the power shares are equal.
  @Test func zeroPowerGivesEqualPowerShares() {
    let map = parseMap("stakeholder a power=0\nstakeholder b power=0\nstakeholder c power=0\n")
    let w = InfluenceWeights.weights(map: map, ranks: [0.5, 0.25, 0.25])
    expectNear(w[0], (0.5 + 1.0 / 3) / 2)
    expectNear(w[1], (0.25 + 1.0 / 3) / 2)
    expectNear(w.reduce(0, +), 1)
  }

  /// A domain's alignment covers everyone nested in it; the overall covers everyone.
  /// No influence, so ranks are equal (1/4) and weights follow power:
  /// powers a 2, b 6, c 2, d 0 (total 10): w = (0.25 + p/10)/2 =
  /// a 0.225, b 0.425, c 0.225, d 0.125. Stances a +2, b −1, c +1, d −2.
  ///   outer (a, b, c): (0.45 − 0.425 + 0.225)/0.875 = 0.25/0.875 = 2/7
  ///   inner (b, c):    (−0.425 + 0.225)/0.65 = −0.2/0.65 = −4/13
  ///   deepest (c):     1
  ///   other (d):       −2
  ///   overall:         (0.45 − 0.425 + 0.225 − 0.25) = 0
  @Test func byDomainIncludesNestedDomains() {
    let a = analyse(
      """
      domain outer "Outer" {
        stakeholder a power=2 stance=2
        domain inner "Inner" {
          stakeholder b power=6 stance=-1
          domain deepest {
            stakeholder c power=2 stance=1
          }
        }
      }
      domain other {
        stakeholder d power=0 stance=-2
      }
      """)
    let byDomain = Dictionary(uniqueKeysWithValues: a.domainAlignment.map { ($0.domain.rawValue, $0.alignment) })
    #expect(a.domainAlignment.map(\.domain.rawValue) == ["outer", "inner", "deepest", "other"])
    #expect(byDomain["outer"]?.count == 3)
    #expect(byDomain["inner"]?.count == 2)
    #expect(byDomain["deepest"]?.count == 1)
    #expect(byDomain["other"]?.count == 1)
    expectNear(byDomain["outer"]?.now, 2.0 / 7)
    expectNear(byDomain["inner"]?.now, -4.0 / 13)
    expectNear(byDomain["deepest"]?.now, 1)
    expectNear(byDomain["other"]?.now, -2)
    expectNear(a.alignment.now, 0)
    #expect(a.alignment.count == 4)
  }

  /// Predicted alignment by domain uses predicted stances.
  @Test func byDomainPredicted() {
    let a = analyse(
      """
      domain x {
        stakeholder b power=5 stance=-2 openness=1
      }
      stakeholder a power=5 stance=2
      a -> b 1
      """)
    let x = a.domainAlignment.first?.alignment
    expectNear(x?.now, -2)
    expectNear(x?.predicted, 2)  // fully open, hears only a
  }

  @Test func emptyDomainHasNeutralAlignment() {
    let a = analyse("domain empty {\n}\nstakeholder a stance=2\n")
    #expect(a.domainAlignment.first?.alignment.count == 0)
    expectNear(a.domainAlignment.first?.alignment.now, 0)
    #expect(Alignment.word(0.49) == "neutral")
    #expect(Alignment.word(-1.6) == "opposed")
  }
}
