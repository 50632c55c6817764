import Testing

@testable import StakeMap

/// Renaming every id and reordering the statements of a map changes no result of the
/// whole analysis (the network-level version is NetworkInvarianceTests).
@Suite struct AnalysisInvarianceTests {
  /// Compares the analyses of two spellings of one map; `rename` maps the first's ids
  /// to the second's.
  func expectSameResults(
    _ x: MapAnalysis, _ y: MapAnalysis, rename: (StakeholderID) -> StakeholderID, _ label: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    #expect(x.people.count == y.people.count, "\(label)", sourceLocation: sourceLocation)
    for p in x.people {
      guard let q = y.person(rename(p.stakeholder.id)) else {
        Issue.record("\(label): \(p.stakeholder.id) missing", sourceLocation: sourceLocation)
        continue
      }
      let id = p.stakeholder.id
      #expect(p.positioning.quadrant == q.positioning.quadrant, "\(label) \(id)", sourceLocation: sourceLocation)
      #expect(p.positioning.borderline == q.positioning.borderline, "\(label) \(id)", sourceLocation: sourceLocation)
      #expect(
        p.positioning.engagementGap == q.positioning.engagementGap, "\(label) \(id)", sourceLocation: sourceLocation)
      expectNear(q.influenceRank, p.influenceRank, "\(label) rank \(id)", sourceLocation: sourceLocation)
      expectNear(q.brokerage, p.brokerage, "\(label) brokerage \(id)", sourceLocation: sourceLocation)
      expectNear(q.predictedStance, p.predictedStance, "\(label) predicted \(id)", sourceLocation: sourceLocation)
      expectNear(q.weight, p.weight, "\(label) weight \(id)", sourceLocation: sourceLocation)
      #expect(p.roles == q.roles, "\(label) roles \(id)", sourceLocation: sourceLocation)
      #expect(p.hopsFromMe == q.hopsFromMe, "\(label) hops \(id)", sourceLocation: sourceLocation)
    }
    // Conflicts as unordered pairs, with their kind and severity.
    func conflicts(_ a: MapAnalysis, _ f: (StakeholderID) -> StakeholderID) -> [Set<StakeholderID>: String] {
      Dictionary(
        uniqueKeysWithValues: a.conflicts.map {
          (
            Set([f($0.a), f($0.b)]),
            "\($0.kind) \(ReportText.fixed2($0.severity)) \(Set($0.commonGround.map { $0.lowercased() }).sorted())"
          )
        })
    }
    #expect(conflicts(x, rename) == conflicts(y, { $0 }), "\(label) conflicts", sourceLocation: sourceLocation)
    #expect(
      Set(x.tensionTriangles.triangles.map { [rename($0.pivot): Set([rename($0.a), rename($0.b)])] })
        == Set(y.tensionTriangles.triangles.map { [$0.pivot: Set([$0.a, $0.b])] }),
      "\(label) triangles", sourceLocation: sourceLocation)
    #expect(
      Set(x.factions.map { Set($0.members.map(rename)) }) == y.factionSets, "\(label) factions",
      sourceLocation: sourceLocation)
    expectNear(y.alignment.now, x.alignment.now, "\(label) alignment", sourceLocation: sourceLocation)
    expectNear(y.alignment.predicted, x.alignment.predicted, "\(label) alignment", sourceLocation: sourceLocation)
    // Allies in rank order; people whose scores tie exactly may come in either order.
    #expect(
      allyRuns(x, rename) == allyRuns(y, { $0 }), "\(label) allies \(x.allyIDs) \(y.allyIDs)",
      sourceLocation: sourceLocation)
  }

  /// The allies as runs of equal score (within 1e-9), each run a set of ids.
  func allyRuns(_ a: MapAnalysis, _ f: (StakeholderID) -> StakeholderID) -> [Set<StakeholderID>] {
    var runs: [Set<StakeholderID>] = []
    var last: Double?
    for ally in a.allies {
      if let last, abs(last - ally.score) <= 1e-9 {
        runs[runs.count - 1].insert(f(ally.id))
      } else {
        runs.append([f(ally.id)])
      }
      last = ally.score
    }
    return runs
  }

  // MARK: - A hand-written map

  static let sample = """
    me em
    domain eng "Engineering" {
      stakeholder cto "Dana" power=9 interest=7 stance=supportive goals=[reliability, speed]
      stakeholder em "Alex" power=4 interest=10 stance=champion goals=[speed]
      domain sre {
        stakeholder sre_lead "Mo" power=5 interest=8 stance=-1 goals=[reliability] openness=0.3
      }
    }
    domain fin "Finance" {
      stakeholder cfo "Priya" power=10 interest=3 stance=opposed goals=[cost]
      stakeholder ctl "Controller" power=6 interest=6 openness=0.8 goals=[cost]
    }
    stakeholder ops "Ops" power=3 interest=9 stance=resistant legitimacy=8
    cto -> em 0.7
    cfo -> cto 0.6
    cfo -> ctl 0.9
    ctl -> ops 0.4
    em -> sre_lead 0.5
    em -> ctl 0.3
    sre_lead -> ops 0.8
    em depends-on cfo "budget"
    cfo conflicts-with cto "budget"
    cto allied-with sre_lead
    cto allied-with cfo
    em reports-to cto
    ops depends-on em "runbooks"
    """

  @Test func prefixingEveryIDChangesNothing() {
    let ids = ["cto", "em", "sre_lead", "cfo", "ctl", "ops"]
    var renamed = Self.sample
    // Replace whole words only (the ids do not occur inside other words or strings).
    for id in ids.sorted(by: { $0.count > $1.count }) {
      renamed = renamed.replacingOccurrences(
        of: "(?<![\\w\"])\(id)(?![\\w\"])", with: "x_\(id)", options: .regularExpression)
    }
    #expect(renamed.contains("x_cfo conflicts-with x_cto"))
    #expect(!renamed.contains("x_x_"))
    let x = analyse(Self.sample)
    let y = analyse(renamed)
    #expect(!x.allies.isEmpty && !x.conflicts.isEmpty && !x.factions.isEmpty)
    expectSameResults(x, y, rename: { StakeholderID("x_" + $0.rawValue) }, "prefix")
  }

  @Test func reorderingStatementsChangesNothing() {
    let lines = Self.sample.split(separator: "\n").map(String.init)
    let relations = lines.filter {
      $0.contains("->") || $0.contains("-with") || $0.contains("-on") || $0.contains("reports-to")
    }
    let rest = lines.filter { !relations.contains($0) }
    let reordered = (rest + relations.reversed()).joined(separator: "\n")
    // Stakeholders within the blocks swapped, too.
    let swapped = reordered.replacingOccurrences(
      of:
        "  stakeholder cfo \"Priya\" power=10 interest=3 stance=opposed goals=[cost]\n  stakeholder ctl \"Controller\" power=6 interest=6 openness=0.8 goals=[cost]",
      with:
        "  stakeholder ctl \"Controller\" power=6 interest=6 openness=0.8 goals=[cost]\n  stakeholder cfo \"Priya\" power=10 interest=3 stance=opposed goals=[cost]"
    )
    #expect(swapped != reordered)
    let x = analyse(Self.sample)
    let y = analyse(swapped)
    #expect(y.map.stakeholders.map(\.id) != x.map.stakeholders.map(\.id))
    #expect(y.map.relations.first?.from == "ops")  // the last relation comes first
    expectSameResults(x, y, rename: { $0 }, "reorder")
  }

  // MARK: - Random maps

  /// Every id renamed to an unrelated name (so their sorted order changes too), and
  /// every block of stakeholders and the relations shuffled.
  @Test(arguments: 0..<60)
  func renamingAndShufflingRandomMaps(seed: UInt64) {
    let m = RandomMap(seed: seed)
    let n = m.people.count
    let permutation = randomPermutation(n, seed: seed &+ 1000)
    let scrambled = { (i: Int) in "q\(permutation[i])_\(String(UnicodeScalar(UInt8(97 + (n - i) % 26))))" }
    let x = analyse(m.text())
    #expect(x.people.count == n)

    // Prefix only.
    let prefixed = analyse(m.text(name: { "x_p\($0)" }))
    expectSameResults(x, prefixed, rename: { StakeholderID("x_" + $0.rawValue) }, "seed \(seed) prefix")

    // Shuffled only.
    let shuffled = analyse(m.text(shuffleSeed: seed &+ 7))
    expectSameResults(x, shuffled, rename: { $0 }, "seed \(seed) shuffle")

    // Both, with unrelated names.
    let both = analyse(m.text(name: scrambled, shuffleSeed: seed &+ 99))
    expectSameResults(
      x, both, rename: { StakeholderID(scrambled(Int($0.rawValue.dropFirst())!)) }, "seed \(seed) both")
  }

  /// Larger maps, where equally strong ties and near-equal scores are more common.
  @Test(arguments: 0..<6)
  func renamingAndShufflingLargerMaps(seed: UInt64) {
    let m = RandomMap(seed: 5000 + seed, size: 30 + 5 * Int(seed))
    let n = m.people.count
    let x = analyse(m.text())
    let y = analyse(m.text(name: { "z\(n - $0)" }, shuffleSeed: seed))
    expectSameResults(x, y, rename: { StakeholderID("z\(n - Int($0.rawValue.dropFirst())!)") }, "large \(seed)")
  }

  @Test func shufflingReallyReorders() {
    let m = RandomMap(seed: 3)
    let a = parseMap(m.text())
    let b = parseMap(m.text(shuffleSeed: 10))
    #expect(a.relations.map(\.identity) != b.relations.map(\.identity))
    #expect(Set(a.relations.map(\.identity)) == Set(b.relations.map(\.identity)))
    #expect(a.stakeholders.map(\.id) != b.stakeholders.map(\.id))
    #expect(Set(a.stakeholders.map(\.id)) == Set(b.stakeholders.map(\.id)))
  }
}
