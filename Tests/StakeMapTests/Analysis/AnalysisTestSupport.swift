import Foundation
import Testing

@testable import StakeMap

/// Parses `.stakes` text and expects it to have no errors (warnings are allowed).
func parseMap(
  _ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> StakeMap {
  let result = StakeMapParser.parse(text)
  #expect(
    result.isValid, "map has errors: \(result.diagnostics.map(\.message))",
    sourceLocation: sourceLocation)
  return result.map
}

/// Parses and analyses a map.
func analyse(
  _ text: String, topAllies: Int = 10, sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> MapAnalysis {
  MapAnalysis(parseMap(text, sourceLocation: sourceLocation), options: .init(topAllies: topAllies))
}

/// Expects two numbers to agree within `tolerance`.
func expectNear(
  _ actual: Double?, _ expected: Double, tolerance: Double = 1e-9, _ comment: String = "",
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  guard let actual else {
    Issue.record("expected \(expected), got nil \(comment)", sourceLocation: sourceLocation)
    return
  }
  #expect(
    abs(actual - expected) <= tolerance, "\(actual) vs \(expected) \(comment)",
    sourceLocation: sourceLocation)
}

extension MapAnalysis {
  /// The person with an id; records an issue when there is none.
  func the(
    _ id: StakeholderID, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) -> Person? {
    let p = person(id)
    if p == nil { Issue.record("no stakeholder \(id)", sourceLocation: sourceLocation) }
    return p
  }

  /// Influence rank by id.
  func rank(_ id: StakeholderID) -> Double? { person(id)?.influenceRank }

  /// Predicted stance by id.
  func predicted(_ id: StakeholderID) -> Double? { person(id)?.predictedStance }

  /// The conflicting pairs as unordered pairs.
  var conflictPairs: Set<Set<StakeholderID>> { Set(conflicts.map { [$0.a, $0.b] }) }

  /// The factions as a set of member sets.
  var factionSets: Set<Set<StakeholderID>> { Set(factions.map { Set($0.members) }) }

  /// The ids of the suggested allies, in rank order.
  var allyIDs: [StakeholderID] { allies.map(\.id) }
}

extension StakeMap {
  /// The positioning of the stakeholder with an id.
  func positioning(
    _ id: StakeholderID, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) -> Positioning? {
    guard let s = stakeholder(id) else {
      Issue.record("no stakeholder \(id)", sourceLocation: sourceLocation)
      return nil
    }
    return positioning(of: s)
  }
}

/// The complete example of FORMAT.md (the test fixture `format-example.stakes`).
func formatExampleText() throws -> String {
  let url = try #require(
    Bundle.module.url(
      forResource: "format-example", withExtension: "stakes", subdirectory: "Fixtures"))
  return try String(contentsOf: url, encoding: .utf8)
}

/// A random map kept as data, so that it can be written as `.stakes` text with its ids
/// renamed and its statements reordered. Reproducible from a seed.
///
/// Stakeholders `p0`, `p1`, … sit at top level or in one of the domains `d0`, `d1`
/// (nested in `d0`) and `d2`. Relations are distinct (no relation declared twice, none
/// from a stakeholder to itself), `reports-to` only points to an earlier stakeholder (so
/// there is no cycle), and openness stays below 1 (so every prediction is unique).
struct RandomMap {
  struct Person {
    var power: Int?
    var interest: Int?
    var stance: Int
    var openness: Double
    var goals: [String]
    var domain: Int?  // 0, 1 or 2; nil at top level
  }

  var people: [Person] = []
  var relations: [(kind: RelationKind, from: Int, to: Int, weight: Double?, topic: String?)] = []
  var me: Int?

  static let goalWords = ["cost", "Speed", "reliability", "hiring", "Security"]

  init(seed: UInt64, size: Int? = nil) {
    var g = SplitMix64(seed: seed)
    let n = size ?? 3 + g.nextInt(below: 10)
    for _ in 0..<n {
      let goals = Self.goalWords.filter { _ in g.nextInt(below: 3) == 0 }
      people.append(
        Person(
          power: g.nextInt(below: 8) == 0 ? nil : g.nextInt(below: 11),
          interest: g.nextInt(below: 8) == 0 ? nil : g.nextInt(below: 11),
          stance: g.nextInt(below: 5) - 2,
          openness: [0.1, 0.3, 0.5, 0.7, 0.9][g.nextInt(below: 5)],
          goals: goals.map { g.nextInt(below: 2) == 0 ? $0 : $0.uppercased() },
          domain: g.nextInt(below: 4) == 3 ? nil : g.nextInt(below: 3)))
    }
    me = g.nextInt(below: 4) == 0 ? nil : g.nextInt(below: n)
    var seen = Set<RelationIdentity>()
    let attempts = n * 3 + g.nextInt(below: n * 2 + 1)
    for _ in 0..<attempts {
      let a = g.nextInt(below: n)
      let b = g.nextInt(below: n)
      guard a != b else { continue }
      let kinds: [RelationKind] = [
        .influences, .influences, .influences, .dependsOn, .conflictsWith, .alliedWith,
        .alliedWith, .reportsTo,
      ]
      let kind = kinds[g.nextInt(below: kinds.count)]
      if kind == .reportsTo && b > a { continue }
      let identity = Relation(kind, from: StakeholderID("p\(a)"), to: StakeholderID("p\(b)")).identity
      guard seen.insert(identity).inserted else { continue }
      let weight = kind == .influences ? Double(5 + g.nextInt(below: 96)) / 100 : nil
      let topic = kind == .dependsOn || kind == .conflictsWith ? "topic \(a)-\(b)" : nil
      relations.append((kind, a, b, weight, topic))
    }
  }

  /// The map as text: ids renamed by `name`, stakeholders within each domain block and
  /// the relations in the order of the permutations `shuffle` gives (identity by default).
  func text(name: (Int) -> String = { "p\($0)" }, shuffleSeed: UInt64? = nil) -> String {
    var g = SplitMix64(seed: shuffleSeed ?? 0)
    func order(_ count: Int) -> [Int] {
      var p = Array(0..<count)
      guard shuffleSeed != nil else { return p }
      for i in stride(from: count - 1, to: 0, by: -1) { p.swapAt(i, g.nextInt(below: i + 1)) }
      return p
    }
    func line(_ i: Int) -> String {
      let p = people[i]
      var s = "stakeholder \(name(i)) \"Person \(i)\" stance=\(p.stance) openness=\(p.openness)"
      if let power = p.power { s += " power=\(power)" }
      if let interest = p.interest { s += " interest=\(interest)" }
      if !p.goals.isEmpty { s += " goals=[\(p.goals.joined(separator: ", "))]" }
      return s
    }
    func block(_ domain: Int?) -> [String] {
      let members = people.indices.filter { people[$0].domain == domain }
      return order(members.count).map { line(members[$0]) }
    }
    var out: [String] = []
    if let me { out.append("me \(name(me))") }
    var top = block(nil)
    var domainBlocks = [
      ["domain d0 \"Zero\" {"] + block(0) + ["domain d1 \"One\" {"] + block(1) + ["}", "}"],
      ["domain d2 \"Two\" {"] + block(2) + ["}"],
    ]
    if shuffleSeed != nil && g.nextInt(below: 2) == 0 { domainBlocks.reverse() }
    // Top-level stakeholders go before, between or after the domain blocks.
    let cut = shuffleSeed == nil ? top.count : g.nextInt(below: top.count + 1)
    out += top.prefix(cut)
    out += domainBlocks.joined()
    top.removeFirst(cut)
    out += top
    for k in order(relations.count) {
      let r = relations[k]
      // Undirected relations may be written either way round.
      let flip = r.kind.isUndirected && shuffleSeed != nil && g.nextInt(below: 2) == 0
      let (from, to) = flip ? (r.to, r.from) : (r.from, r.to)
      var s = "\(name(from)) \(r.kind.keyword) \(name(to))"
      if let weight = r.weight { s += " \(weight)" }
      if let topic = r.topic { s += " \"\(topic)\"" }
      out.append(s)
    }
    return out.joined(separator: "\n") + "\n"
  }
}
