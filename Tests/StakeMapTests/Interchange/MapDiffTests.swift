import Foundation
import Testing

@testable import StakeMap

/// Two hand-made versions of one map, a week apart: a stakeholder joins (and opens a
/// path to the CTO, now the top ally), one leaves (taking two conflicts with them),
/// two move, relations are added, removed and re-weighted, and alignment rises.
enum DiffFixtures {
  static let v1 = """
    title "Payments migration"
    goal  "Move card payments to the new platform by Q3"
    me    em

    domain eng "Engineering" {
      stakeholder cto      "Dana Ruiz" role="CTO"                 power=9 interest=7  stance=supportive goals=[reliability, speed]
      stakeholder em       "Alex Kim"  role="Engineering Manager" power=4 interest=10 stance=champion
      stakeholder sre_lead "Mo Haddad" role="SRE lead"            power=5 interest=8  stance=resistant  engagement=resistant -> supportive
    }

    domain fin "Finance" {
      stakeholder cfo "Priya N." role="CFO" power=10 interest=3 stance=opposed goals=[cost]
      stakeholder ctrl "Lee Park" role="Controller" power=3 interest=4
    }

    cto -> em weight=0.7
    cfo influences cto 0.6
    cto -> sre_lead 0.5
    em -> sre_lead 0.6
    em -> ctrl 0.3
    em depends-on cfo "migration budget"
    cfo conflicts-with cto topic="budget"
    em reports-to cto
    """

  static let v2 = """
    title "Payments migration"
    goal  "Move card payments to the new platform by Q3"
    me    em

    domain eng "Engineering" {
      stakeholder cto      "Dana Ruiz" role="CTO"                 power=9 interest=7  stance=supportive goals=[reliability, speed]
      stakeholder em       "Alex Kim"  role="Engineering Manager" power=4 interest=10 stance=champion
      stakeholder sre_lead "Mo Haddad" role="Head of SRE"         power=6 interest=8  stance=neutral    engagement=neutral -> supportive
    }

    domain fin "Finance" {
      stakeholder ctrl "Lee Park" role="Controller" power=3 interest=6 stance=resistant
      stakeholder vpf  "Sam Ode"  role="VP Finance" power=8 interest=6 stance=neutral goals=[cost, speed]
    }

    cto -> em weight=0.9
    cto -> sre_lead 0.5
    em -> sre_lead 0.6
    em -> ctrl 0.3
    em -> vpf 0.3
    vpf -> cto 0.4
    em depends-on vpf "migration budget"
    em depends-on ctrl "purchase order"
    sre_lead conflicts-with ctrl "on-call budget"
    em reports-to cto
    """

  static func map(_ text: String) throws -> StakeMap {
    let result = StakeMapParser.parse(text, fileName: "fixture.stakes")
    try #require(result.isValid, "\(result.diagnostics)")
    return result.map
  }

  static func diff(top: Int = 2) throws -> MapDiff {
    MapDiff(old: try map(v1), new: try map(v2), options: .init(topAllies: top))
  }
}

@Suite struct MapDiffTests {
  @Test func whoJoinedLeftAndMoved() throws {
    let diff = try DiffFixtures.diff()
    #expect(diff.joined.map(\.id) == ["vpf"])
    #expect(diff.left.map(\.id) == ["cfo"])
    #expect(diff.moved.map(\.id) == ["sre_lead", "ctrl"])
    let mo = try #require(diff.moved.first)
    #expect(mo.change(.stance) == FieldChange(.stance, old: .number(-1), new: .number(0)))
    #expect(mo.change(.engagement) == FieldChange(.engagement, old: .text("resistant"), new: .text("neutral")))
    #expect(mo.change(.desiredEngagement) == nil, "the desired level stayed supportive")
    #expect(mo.change(.quadrant) == nil, "Mo stays in manage-closely")
    let lee = diff.moved[1]
    #expect(lee.change(.quadrant) == FieldChange(.quadrant, old: .text("monitor"), new: .text("keep-informed")))
  }

  @Test func relationsAndConflicts() throws {
    let diff = try DiffFixtures.diff()
    #expect(diff.relationsAdded.count == 5)
    #expect(diff.relationsRemoved.map(\.kind) == [.influences, .dependsOn, .conflictsWith])
    #expect(diff.relationsChanged.count == 1)
    #expect(diff.relationsChanged[0].changes == [FieldChange(.weight, old: .number(0.7), new: .number(0.9))])
    #expect(diff.conflictsAppeared.map(\.kind) == [.declared, .inferred])
    #expect(diff.conflictsResolved.map { [$0.a, $0.b] } == [["cfo", "cto"], ["em", "cfo"]])
    // Sam Ode's arrival opens a path from me to the CTO (em -> vpf -> cto), who was
    // out of reach in v1 and now tops the list.
    #expect(diff.alliesEntered == ["cto", "vpf"])
    #expect(diff.alliesDropped == ["ctrl", "sre_lead"])
    #expect(diff.alignment.predictedDelta > 1)
  }

  @Test func textOutput() throws {
    let text = MapDiffText.render(try DiffFixtures.diff(), oldName: "v1", newName: "v2")
    #expect(text == Self.expectedText)
  }

  @Test func markdownOutput() throws {
    let text = MapDiffMarkdown.render(try DiffFixtures.diff(), oldName: "v1", newName: "v2")
    #expect(text == Self.expectedMarkdown)
  }

  @Test func jsonOutput() throws {
    let text = MapDiffJSON.render(try DiffFixtures.diff(), oldName: "v1", newName: "v2")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(
      Set(object.keys) == [
        "old", "new", "changed", "map", "domains", "joined", "left", "moved", "relations", "conflicts", "alignment",
        "allies",
      ])
    #expect(object["changed"] as? Bool == true)
    let joined = try #require(object["joined"] as? [[String: Any]])
    #expect(joined.map { $0["id"] as? String } == ["vpf"])
    #expect(joined[0]["quadrant"] as? String == "manage-closely")
    let moved = try #require(object["moved"] as? [[String: Any]])
    let changes = try #require(moved[0]["changes"] as? [[String: Any]])
    #expect(changes.map { $0["field"] as? String } == ["role", "power", "stance", "engagement"])
    #expect(changes[2]["old"] as? Double == -1)
    #expect(changes[2]["new"] as? Double == 0)
    let relations = try #require(object["relations"] as? [String: Any])
    #expect(Set(relations.keys) == ["added", "removed", "changed"])
    let changed = try #require(relations["changed"] as? [[String: Any]])
    #expect(changed[0]["from"] as? String == "cto")
    #expect(changed[0]["weight"] as? Double == 0.9)
    let conflicts = try #require(object["conflicts"] as? [String: [[String: Any]]])
    #expect(conflicts["appeared"]?.map { $0["kind"] as? String } == ["declared", "inferred"])
    #expect(conflicts["resolved"]?.first?["topic"] as? String == "budget")
    let alignment = try #require(object["alignment"] as? [String: Any])
    let predicted = try #require(alignment["predicted"] as? [String: Double])
    #expect(Set(predicted.keys) == ["old", "new", "change"])
    #expect(abs((predicted["new"] ?? 0) - (predicted["old"] ?? 0) - (predicted["change"] ?? 0)) < 1e-9)
    let domains = try #require(alignment["domains"] as? [[String: Any]])
    #expect(domains.map { $0["domain"] as? String } == ["eng", "fin"])
    let allies = try #require(object["allies"] as? [String: Any])
    #expect(allies["entered"] as? [String] == ["cto", "vpf"])
    #expect(allies["dropped"] as? [String] == ["ctrl", "sre_lead"])
    #expect((allies["new"] as? [[String: Any]])?.map { $0["id"] as? String } == ["cto", "vpf"])
  }

  @Test func identicalVersionsHaveNoChanges() throws {
    let map = try DiffFixtures.map(DiffFixtures.v1)
    let diff = MapDiff(old: map, new: map)
    #expect(diff.isEmpty)
    #expect(MapDiffText.render(diff, oldName: "a", newName: "b") == "a → b\n\nNo changes.\n")
    #expect(MapDiffMarkdown.render(diff, oldName: "a", newName: "b").hasSuffix("*a → b*\n\nNo changes.\n"))
    #expect(MapDiffJSON.render(diff, oldName: "a", newName: "b").contains("\"changed\": false"))
  }

  @Test func headerDomainsAndReorderedUndirectedRelations() throws {
    let old = try DiffFixtures.map(
      """
      title "Old"
      domain eng { stakeholder a power=5 interest=5 }
      stakeholder b power=5 interest=5
      a conflicts-with b "x"
      """)
    let new = try DiffFixtures.map(
      """
      title "New"
      thresholds power=6 interest=5
      domain ops "Operations" { stakeholder a power=5 interest=5 }
      stakeholder b power=5 interest=5
      b conflicts-with a "x"
      """)
    let diff = MapDiff(old: old, new: new)
    #expect(
      diff.header == [
        FieldChange(.title, old: .text("Old"), new: .text("New")),
        FieldChange(.powerThreshold, old: .number(5), new: .number(6)),
      ])
    #expect(diff.domainsAdded.map(\.id) == ["ops"])
    #expect(diff.domainsRemoved.map(\.id) == ["eng"])
    #expect(diff.relationChangeCount == 0, "b conflicts-with a is the same conflict")
    #expect(diff.conflictsAppeared.isEmpty && diff.conflictsResolved.isEmpty)
    let a = try #require(diff.moved.first)
    #expect(a.changes.map(\.field) == [.domain, .quadrant])
    let text = MapDiffText.render(diff, oldName: "old", newName: "new")
    #expect(text.contains("\nMap\n  ~ title “Old” → “New”\n  ~ power threshold 5 → 6\n"))
    #expect(text.contains("\nDomains\n  + Operations (ops)\n  - eng\n"))
    #expect(text.contains("~ a: domain eng → Operations; quadrant manage-closely → keep-informed\n"))
  }

  @Test func markdownEscapesNames() throws {
    let old = try DiffFixtures.map("stakeholder a power=5 interest=5")
    let new = try DiffFixtures.map(
      """
      stakeholder a power=5 interest=5
      stakeholder b "<b>Bob</b> | *x*" power=5 interest=5
      """)
    let text = MapDiffMarkdown.render(MapDiff(old: old, new: new), oldName: "o", newName: "n")
    #expect(text.contains("- **&lt;b&gt;Bob&lt;/b&gt; \\| \\*x\\*** (`b`)"))
    #expect(!text.contains("<b>"))
  }

  static let expectedText = """
    v1 → v2

    Joined (1)
      + Sam Ode (vpf): VP Finance; Finance; manage-closely; power 8, interest 6, stance neutral

    Left (1)
      - Priya N. (cfo): CFO; Finance; keep-satisfied; power 10, interest 3, stance opposed

    Moved (2)
      ~ Mo Haddad (sre_lead): role “SRE lead” → “Head of SRE”; power 5 → 6; stance resistant → neutral; engagement resistant → neutral
      ~ Lee Park (ctrl): interest 4 → 6; stance neutral → resistant; quadrant monitor → keep-informed

    Relations (9)
      + em -> vpf weight=0.3
      + vpf -> cto weight=0.4
      + em depends-on vpf topic="migration budget"
      + em depends-on ctrl topic="purchase order"
      + sre_lead conflicts-with ctrl topic="on-call budget"
      - cfo -> cto weight=0.6
      - em depends-on cfo topic="migration budget"
      - cfo conflicts-with cto topic="budget"
      ~ cto -> em: weight 0.7 → 0.9

    Conflicts
      + Mo Haddad vs Lee Park over “on-call budget” (declared)
      + Alex Kim vs Lee Park over “purchase order” (inferred)
      - Priya N. vs Dana Ruiz over “budget” (declared; Priya N. left)
      - Alex Kim vs Priya N. over “migration budget” (inferred; Priya N. left)

    Alignment (influence-weighted stance, −2…+2)
      now        -0.16 (neutral) → +0.7 (supportive), +0.86
      predicted  -0.69 (resistant) → +0.87 (supportive), +1.57
      Engineering: predicted -0.12 (neutral) → +1.01 (supportive), +1.13; now +0.86 (supportive) → +1.17 (supportive), +0.32
      Finance: predicted -1.48 (resistant) → +0.62 (supportive), +2.1; now -1.56 (opposed) → -0.19 (neutral), +1.38

    Top allies
      before   1. Lee Park, 2. Mo Haddad
      after    1. Dana Ruiz, 2. Sam Ode
      entered  Dana Ruiz, Sam Ode
      dropped  Lee Park, Mo Haddad

    """

  static let expectedMarkdown = """
    ## Payments migration: changes

    *v1 → v2*

    **Summary:** 1 joined, 1 left, 2 moved; 9 relation changes; 2 conflicts appeared, 2 conflicts resolved; predicted alignment -0.69 (resistant) → +0.87 (supportive), +1.57.

    ### Joined

    - **Sam Ode** (`vpf`): VP Finance; Finance; manage closely; power 8, interest 6, stance neutral

    ### Left

    - **Priya N.** (`cfo`): CFO; Finance; keep satisfied; power 10, interest 3, stance opposed

    ### Moved

    | Stakeholder | What changed |
    |---|---|
    | **Mo Haddad** (`sre_lead`) | role “SRE lead” → “Head of SRE”; power 5 → 6; stance resistant → neutral; engagement resistant → neutral |
    | **Lee Park** (`ctrl`) | interest 4 → 6; stance neutral → resistant; quadrant Monitor → Keep informed |

    ### Relations

    - Added: Alex Kim influences Sam Ode (weight 0.3)
    - Added: Sam Ode influences Dana Ruiz (weight 0.4)
    - Added: Alex Kim depends on Sam Ode for “migration budget”
    - Added: Alex Kim depends on Lee Park for “purchase order”
    - Added: Mo Haddad conflicts with Lee Park over “on-call budget”
    - Removed: Priya N. influences Dana Ruiz (weight 0.6)
    - Removed: Alex Kim depends on Priya N. for “migration budget”
    - Removed: Priya N. conflicts with Dana Ruiz over “budget”
    - Changed: Dana Ruiz influences Alex Kim: weight 0.7 → 0.9

    ### Conflicts

    - New: Mo Haddad vs Lee Park over “on-call budget” (declared)
    - New: Alex Kim vs Lee Park over “purchase order” (inferred)
    - Resolved: Priya N. vs Dana Ruiz over “budget” (declared; Priya N. left)
    - Resolved: Alex Kim vs Priya N. over “migration budget” (inferred; Priya N. left)

    ### Alignment

    Influence-weighted stance, −2 (opposed) to +2 (champion).

    |  | Before | After | Change |
    |---|--:|--:|--:|
    | Whole map, now | -0.16 (neutral) | +0.7 (supportive) | +0.86 |
    | Whole map, predicted | -0.69 (resistant) | +0.87 (supportive) | +1.57 |
    | Engineering, now | +0.86 (supportive) | +1.17 (supportive) | +0.32 |
    | Engineering, predicted | -0.12 (neutral) | +1.01 (supportive) | +1.13 |
    | Finance, now | -1.56 (opposed) | -0.19 (neutral) | +1.38 |
    | Finance, predicted | -1.48 (resistant) | +0.62 (supportive) | +2.1 |

    ### Top allies

    | # | Before | After |
    |--:|---|---|
    | 1 | Lee Park | Dana Ruiz (new) |
    | 2 | Mo Haddad | Sam Ode (new) |

    No longer in the top 2: Lee Park, Mo Haddad.

    """
}
