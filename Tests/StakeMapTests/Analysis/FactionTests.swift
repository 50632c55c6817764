import Testing

@testable import StakeMap

/// Factions: alliances and strong influence between people who roughly agree, never
/// two who conflict (FORMAT.md).
@Suite struct FactionTests {
  func factions(_ text: String) -> [Faction] {
    let map = parseMap(text)
    return FactionFinder.factions(in: map, conflicts: ConflictFinder.conflicts(in: map, clout: [:]))
  }

  func sets(_ factions: [Faction]) -> Set<Set<StakeholderID>> { Set(factions.map { Set($0.members) }) }

  @Test func alliancesGroupPeople() {
    let found = factions(
      """
      stakeholder a power=3
      stakeholder b power=9 goals=[cost, speed]
      stakeholder c power=1 goals=[Cost]
      stakeholder d
      stakeholder e
      stakeholder f
      a allied-with b
      c allied-with b
      e allied-with f
      """)
    #expect(found.map(\.members) == [["a", "b", "c"], ["e", "f"]])  // largest first
    #expect(found.first?.leader == "b")  // the most power
    #expect(found.first?.sharedGoals == ["cost"])  // held by 2 of 3
    #expect(found.first?.totalPower == 13)
    #expect(!found.contains { $0.members.contains("d") })  // nobody alone
  }

  @Test func strongInfluenceBetweenPeopleWhoAgreeGroupsThem() {
    let found = factions(
      """
      stakeholder a stance=1
      stakeholder b stance=0
      stakeholder c stance=1
      stakeholder d stance=-1
      stakeholder e stance=2
      stakeholder f stance=0
      stakeholder g
      stakeholder h
      a -> b 0.6
      c -> d 0.9
      e -> f 1
      g -> h 0.59
      """)
    // a–b: weight 0.6 (the threshold) and stances 1 apart: grouped. c–d and e–f:
    // stances 2 apart. g–h: weight below 0.6.
    #expect(sets(found) == [["a", "b"]])
  }

  @Test func impliedInfluenceIsNotStrong() {
    // reports-to implies weight 0.5, below 0.6.
    #expect(factions("stakeholder a\nstakeholder b\na reports-to b\n").isEmpty)
  }

  @Test func allianceBetweenConflictingPeopleIsSkipped() {
    let found = factions(
      """
      stakeholder a
      stakeholder b
      stakeholder c
      a allied-with b
      b allied-with c
      c conflicts-with b
      """)
    #expect(sets(found) == [["a", "b"]])
  }

  /// b is allied with a and c, who conflict: the tie to the closer stance wins,
  /// whichever alliance the file states first.
  @Test func tieThatWouldJoinConflictingPeopleIsSkipped() {
    for alliances in ["a allied-with b\nb allied-with c", "b allied-with c\na allied-with b"] {
      let found = factions(
        """
        stakeholder a stance=1
        stakeholder b stance=1
        stakeholder c stance=0
        \(alliances)
        a conflicts-with c
        """)
      #expect(sets(found) == [["a", "b"]], "\(alliances)")
    }
  }

  /// Regression: with equally strong ties on both sides, the file order used to decide
  /// which side b joined. Now b joins neither, however the statements are ordered.
  @Test func equallyStrongTiesToBothSidesJoinNeither() {
    for alliances in ["a allied-with b\nb allied-with c", "c allied-with b\nb allied-with a"] {
      let found = factions(
        """
        stakeholder a
        stakeholder b
        stakeholder c
        stakeholder d
        \(alliances)
        a conflicts-with c
        c allied-with d
        """)
      // c–d is on no chain between a and c; the two ties through b are.
      #expect(sets(found) == [["c", "d"]], "\(alliances)")
    }
    // The same with strong influences of one weight.
    let influences = factions(
      """
      stakeholder a
      stakeholder b
      stakeholder c
      b -> a 0.8
      b -> c 0.8
      a conflicts-with c
      """)
    #expect(influences.isEmpty)
  }

  /// Of equally strong ties, those on a chain between two conflicting people are
  /// skipped, the others taken, however they are connected.
  @Test func uncontestedTiesOfTheSameStrengthAreTaken() {
    let found = factions(
      """
      stakeholder a
      stakeholder b
      stakeholder c
      stakeholder d
      stakeholder e
      stakeholder f
      stakeholder g
      a allied-with b
      b allied-with c
      c allied-with d
      d allied-with e
      e allied-with f
      f allied-with d
      a allied-with g
      a conflicts-with c
      """)
    // a–b and b–c are on the chain from a to c and touch them; the cycle d–e–f and
    // c–d, a–g are on no such chain.
    #expect(sets(found) == [["c", "d", "e", "f"], ["a", "g"]])
  }

  /// Everyone allied with everyone, two of them in conflict: the others stay together.
  @Test func meshOfAlliesWithOneConflict() {
    let ids = ["a", "b", "c", "d", "e"]
    var text = ids.map { "stakeholder \($0)" }.joined(separator: "\n") + "\n"
    for (i, x) in ids.enumerated() {
      for y in ids[(i + 1)...] { text += "\(x) allied-with \(y)\n" }
    }
    text += "a conflicts-with e\n"
    #expect(sets(factions(text)) == [["b", "c", "d"]])
  }

  /// A chain of allies whose ends conflict: the ends are kept out, the middle stays.
  @Test func chainOfAlliesWithConflictingEnds() {
    let found = factions(
      """
      stakeholder a
      stakeholder b
      stakeholder c
      stakeholder d
      stakeholder e
      d allied-with e
      a allied-with b
      c allied-with d
      b allied-with c
      e conflicts-with a
      """)
    #expect(sets(found) == [["b", "c", "d"]])
  }

  /// A stronger tie is taken before a weaker one: the alliance first, then the
  /// influence that would join the other side is skipped.
  @Test func strongerTiesFirst() {
    let found = factions(
      """
      stakeholder a
      stakeholder b
      stakeholder c
      b -> a 0.95
      b allied-with c
      a conflicts-with c
      """)
    #expect(sets(found) == [["b", "c"]])
    let byWeight = factions(
      """
      stakeholder a
      stakeholder b
      stakeholder c
      b -> c 0.7
      b -> a 0.9
      a conflicts-with c
      """)
    #expect(sets(byWeight) == [["a", "b"]])
  }

  @Test func inferredConflictsAlsoKeepPeopleApart() {
    let found = factions(
      """
      stakeholder a stance=1
      stakeholder b stance=-1
      a allied-with b
      a depends-on b
      """)
    #expect(found.isEmpty)
  }

  @Test func strongInfluenceSkippedWhenItWouldJoinConflictingGroups() {
    let found = factions(
      """
      stakeholder a
      stakeholder b
      stakeholder c
      stakeholder d
      a allied-with b
      c allied-with d
      b -> c 0.9
      a conflicts-with d
      """)
    #expect(sets(found) == [["a", "b"], ["c", "d"]])
  }

  // MARK: - Properties over random maps

  @Test(arguments: 0..<100)
  func noFactionHoldsAConflictingPairAndFactionsAreDisjoint(seed: UInt64) {
    let map = parseMap(RandomMap(seed: seed).text())
    let conflicts = ConflictFinder.conflicts(in: map, clout: [:])
    let found = FactionFinder.factions(in: map, conflicts: conflicts)
    var placed = Set<StakeholderID>()
    for faction in found {
      #expect(faction.members.count >= 2)
      let members = Set(faction.members)
      #expect(members.count == faction.members.count)
      #expect(placed.isDisjoint(with: members), "seed \(seed): factions overlap")
      placed.formUnion(members)
      for c in conflicts {
        #expect(!(members.contains(c.a) && members.contains(c.b)), "seed \(seed): \(c.a) and \(c.b)")
      }
    }
    // Same input, same output.
    let again = FactionFinder.factions(
      in: parseMap(RandomMap(seed: seed).text()), conflicts: ConflictFinder.conflicts(in: map, clout: [:]))
    #expect(again == found)
  }

  /// The random maps do produce factions and conflicts, so the property above is not
  /// vacuous.
  @Test func randomMapsHaveFactionsAndConflicts() {
    var withBoth = 0
    var withSkippedTie = 0
    for seed in UInt64(0)..<60 {
      let a = analyse(RandomMap(seed: seed).text())
      if !a.factions.isEmpty && !a.conflicts.isEmpty { withBoth += 1 }
      // An alliance between two people who ended up in different factions or alone.
      let groupOf = Dictionary(
        a.factions.enumerated().flatMap { i, f in f.members.map { ($0, i) } }, uniquingKeysWith: { x, _ in x })
      if a.map.relations.contains(where: {
        $0.kind == .alliedWith && (groupOf[$0.from] == nil || groupOf[$0.from] != groupOf[$0.to])
      }) {
        withSkippedTie += 1
      }
    }
    #expect(withBoth >= 20)
    #expect(withSkippedTie >= 5)
  }
}
