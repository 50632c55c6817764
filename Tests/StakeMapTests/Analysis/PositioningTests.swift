import Testing

@testable import StakeMap

/// Quadrants, borderline and unrated flags, salience classes and engagement gaps
/// (FORMAT.md, "Quadrant" and "Salience").
@Suite struct PositioningTests {
  // MARK: - Quadrant

  @Test func everyQuadrant() {
    let map = parseMap(
      """
      stakeholder key   power=9 interest=8
      stakeholder sat   power=9 interest=2
      stakeholder info  power=2 interest=8
      stakeholder mon   power=2 interest=2
      """)
    #expect(map.positioning("key")?.quadrant == .manageClosely)
    #expect(map.positioning("sat")?.quadrant == .keepSatisfied)
    #expect(map.positioning("info")?.quadrant == .keepInformed)
    #expect(map.positioning("mon")?.quadrant == .monitor)
    #expect(map.positioning().map(\.id) == ["key", "sat", "info", "mon"])  // file order
  }

  @Test func thresholdItselfIsHigh() {
    let map = parseMap(
      """
      stakeholder both      power=5 interest=5
      stakeholder powerOnly power=5 interest=4.99
      stakeholder interestOnly power=4.99 interest=5
      stakeholder neither   power=4.99 interest=4.99
      """)
    #expect(map.positioning("both")?.quadrant == .manageClosely)
    #expect(map.positioning("powerOnly")?.quadrant == .keepSatisfied)
    #expect(map.positioning("interestOnly")?.quadrant == .keepInformed)
    #expect(map.positioning("neither")?.quadrant == .monitor)
  }

  @Test func wordsForLevels() {
    // low = 2, medium = 5, high = 8.
    let map = parseMap(
      """
      stakeholder a power=high interest=low
      stakeholder b power=medium interest=medium
      """)
    #expect(map.positioning("a")?.quadrant == .keepSatisfied)
    #expect(map.positioning("a")?.power == 8)
    #expect(map.positioning("a")?.interest == 2)
    #expect(map.positioning("b")?.quadrant == .manageClosely)
  }

  @Test func customThresholds() {
    let text = """
      thresholds power=7 interest=3
      stakeholder a power=6 interest=3
      stakeholder b power=7 interest=2.5
      stakeholder c power=7 interest=3
      """
    let map = parseMap(text)
    #expect(map.thresholds == Thresholds(power: 7, interest: 3))
    #expect(map.positioning("a")?.quadrant == .keepInformed)  // 6 < 7, 3 ≥ 3
    #expect(map.positioning("b")?.quadrant == .keepSatisfied)
    #expect(map.positioning("c")?.quadrant == .manageClosely)
    // Under the default thresholds a and b would be elsewhere.
    let defaults = parseMap(text.replacingOccurrences(of: "thresholds power=7 interest=3\n", with: ""))
    #expect(defaults.positioning("a")?.quadrant == .keepSatisfied)
    #expect(defaults.positioning("b")?.quadrant == .keepSatisfied)
    // The analysis uses them too.
    #expect(analyse(text).the("a")?.positioning.quadrant == .keepInformed)
  }

  @Test func borderlineWithinOnePoint() {
    let map = parseMap(
      """
      stakeholder powerNear    power=6 interest=9
      stakeholder powerBelow   power=4 interest=0
      stakeholder interestNear power=9 interest=4
      stakeholder clear        power=7 interest=2
      stakeholder justOutside  power=6.01 interest=3.99
      """)
    #expect(map.positioning("powerNear")?.borderline == true)
    #expect(map.positioning("powerBelow")?.borderline == true)
    #expect(map.positioning("interestNear")?.borderline == true)
    #expect(map.positioning("clear")?.borderline == false)
    #expect(map.positioning("justOutside")?.borderline == false)
  }

  @Test func borderlineFollowsCustomThresholds() {
    let map = parseMap(
      """
      thresholds power=8 interest=2
      stakeholder a power=7 interest=6
      stakeholder b power=5 interest=6
      """)
    #expect(map.positioning("a")?.borderline == true)
    #expect(map.positioning("b")?.borderline == false)
  }

  @Test func unratedAnalysedAsFiveAndFlagged() {
    let map = parseMap(
      """
      stakeholder none
      stakeholder noInterest power=9
      stakeholder noPower interest=1
      stakeholder rated power=9 interest=1
      """)
    let none = map.positioning("none")
    #expect(none?.unrated == true)
    #expect(none?.power == 5)
    #expect(none?.interest == 5)
    #expect(none?.quadrant == .manageClosely)  // 5 ≥ 5 on both
    let noInterest = map.positioning("noInterest")
    #expect(noInterest?.unrated == true)
    #expect(noInterest?.interest == 5)
    #expect(noInterest?.quadrant == .manageClosely)
    let noPower = map.positioning("noPower")
    #expect(noPower?.unrated == true)
    #expect(noPower?.power == 5)
    #expect(noPower?.quadrant == .keepSatisfied)
    #expect(map.positioning("rated")?.unrated == false)
    #expect(map.positioning("rated")?.quadrant == .keepSatisfied)
    // The parser warns about them.
    let warnings = StakeMapParser.parse("stakeholder none\n").diagnostics.warnings
    #expect(warnings.count == 1)
  }

  // MARK: - Salience

  /// Each of the eight classes, one stakeholder per row of FORMAT.md's table.
  @Test func allEightSalienceClasses() {
    let map = parseMap(
      """
      stakeholder none          power=1 legitimacy=1 urgency=1
      stakeholder dormant       power=7 legitimacy=1 urgency=1
      stakeholder discretionary power=1 legitimacy=7 urgency=1
      stakeholder demanding     power=1 legitimacy=1 urgency=7
      stakeholder dominant      power=7 legitimacy=7 urgency=1
      stakeholder dangerous     power=7 legitimacy=1 urgency=7
      stakeholder dependent     power=1 legitimacy=7 urgency=7
      stakeholder definitive    power=7 legitimacy=7 urgency=7
      """)
    for s in map.stakeholders {
      #expect(map.positioning(of: s).salience?.rawValue == s.id.rawValue, "\(s.id)")
    }
    #expect(Set(map.stakeholders.compactMap { map.positioning(of: $0).salience }).count == 8)
  }

  @Test func salienceThresholdIsInclusive() {
    let map = parseMap(
      """
      stakeholder at    power=5 legitimacy=5 urgency=5
      stakeholder below power=4.9 legitimacy=4.9 urgency=4.9
      """)
    #expect(map.positioning("at")?.salience == .definitive)
    #expect(map.positioning("below")?.salience == SalienceClass.none)
  }

  @Test func customSalienceThreshold() {
    let text = """
      thresholds power=5 interest=5 salience=8
      stakeholder a power=7 legitimacy=9 urgency=8
      stakeholder b power=9 legitimacy=7 urgency=7
      """
    let map = parseMap(text)
    #expect(map.thresholds.salience == 8)
    #expect(map.positioning("a")?.salience == .dependent)  // power 7 < 8
    #expect(map.positioning("b")?.salience == .dormant)
    // The quadrant thresholds are unaffected: power 7 is still high power.
    #expect(map.positioning("a")?.quadrant == .manageClosely)
    let defaults = parseMap(text.replacingOccurrences(of: " salience=8", with: ""))
    #expect(defaults.positioning("a")?.salience == .definitive)
    #expect(defaults.positioning("b")?.salience == .definitive)
  }

  @Test func salienceOnlyWhenLegitimacyOrUrgencyGiven() {
    let map = parseMap(
      """
      stakeholder plain      power=9 interest=9
      stakeholder legitimate power=9 legitimacy=2
      stakeholder urgent     power=2 urgency=9
      stakeholder unrated    urgency=6
      """)
    #expect(map.positioning("plain")?.salience == nil)
    // A missing attribute counts as absent.
    #expect(map.positioning("legitimate")?.salience == .dormant)
    #expect(map.positioning("urgent")?.salience == .demanding)
    // Unrated power is analysed as 5, which reaches the default threshold.
    #expect(map.positioning("unrated")?.salience == .dangerous)
  }

  // MARK: - Engagement

  @Test func engagementGapWithGivenDesiredLevel() {
    let map = parseMap(
      """
      stakeholder a power=2 interest=2 engagement = resistant -> supportive
      stakeholder b power=9 interest=9 stance=champion engagement = leading -> neutral
      """)
    let a = map.positioning("a")
    #expect(a?.engagement == .resistant)
    #expect(a?.desiredEngagement == .supportive)  // given, not the monitor default
    #expect(a?.engagementGap == 2)
    let b = map.positioning("b")
    #expect(b?.desiredEngagement == .neutral)
    #expect(b?.engagementGap == -2)
  }

  @Test func engagementGapWithQuadrantDefault() {
    let map = parseMap(
      """
      stakeholder key  power=9 interest=9 stance=supportive
      stakeholder sat  power=9 interest=1 stance=resistant
      stakeholder info power=1 interest=9 engagement=unaware
      stakeholder mon  power=1 interest=1 stance=champion
      """)
    // key: supportive (from stance) → leading (manage-closely).
    #expect(map.positioning("key")?.engagement == .supportive)
    #expect(map.positioning("key")?.desiredEngagement == .leading)
    #expect(map.positioning("key")?.engagementGap == 1)
    // sat: resistant → supportive (keep-satisfied).
    #expect(map.positioning("sat")?.desiredEngagement == .supportive)
    #expect(map.positioning("sat")?.engagementGap == 2)
    // info: unaware (given, no desired level) → supportive (keep-informed).
    #expect(map.positioning("info")?.engagement == .unaware)
    #expect(map.positioning("info")?.engagementGap == 3)
    // mon: leading (champion) → neutral (monitor): more engaged than needed.
    #expect(map.positioning("mon")?.desiredEngagement == .neutral)
    #expect(map.positioning("mon")?.engagementGap == -2)
  }
}
