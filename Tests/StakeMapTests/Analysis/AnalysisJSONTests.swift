import Foundation
import Testing

@testable import StakeMap

/// `analyze --format json` (FORMAT.md, "Machine-readable output"), read back with
/// Foundation's JSONSerialization.
@Suite struct AnalysisJSONTests {
  func object(_ json: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [String: Any] {
    let value = try JSONSerialization.jsonObject(with: Data(json.utf8))
    return try #require(value as? [String: Any], sourceLocation: sourceLocation)
  }

  func json(_ text: String) throws -> (String, [String: Any]) {
    let rendered = AnalysisJSON.render(analyse(text))
    return (rendered, try object(rendered))
  }

  @Test func requiredKeysOnTheFormatExample() throws {
    let (_, root) = try json(try formatExampleText())
    for key in ["stakeholders", "conflicts", "tensionTriangles", "factions", "allies", "alignment"] {
      #expect(root[key] != nil, "missing \(key)")
    }
    let people = try #require(root["stakeholders"] as? [[String: Any]])
    #expect(people.map { $0["id"] as? String } == ["cto", "em", "sre_lead", "cfo"])
    for p in people {
      for key in [
        "id", "name", "domain", "power", "interest", "stance", "quadrant", "influenceRank", "brokerage",
        "predictedStance",
      ] {
        #expect(p.keys.contains(key), "\(p["id"] ?? "?") lacks \(key)")
      }
      #expect(p["salience"] == nil)  // nobody gives legitimacy or urgency
      let brokerage = try #require(p["brokerage"] as? Double)
      #expect(brokerage >= 0 && brokerage <= 1)
      let predicted = try #require(p["predictedStance"] as? Double)
      #expect(predicted >= -2 && predicted <= 2)
    }
    let cto = try #require(people.first)
    #expect(cto["name"] as? String == "Dana Ruiz")
    #expect(cto["domain"] as? String == "eng")
    #expect(cto["power"] as? Double == 9)
    #expect(cto["interest"] as? Double == 7)
    #expect(cto["stance"] as? Double == 1)
    #expect(cto["quadrant"] as? String == "manage-closely")
    #expect(people[2]["domain"] as? String == "sre")
    #expect(people[2]["stance"] as? Double == -1)
    #expect(people[3]["quadrant"] as? String == "keep-satisfied")

    let ranks = people.compactMap { $0["influenceRank"] as? Double }
    #expect(ranks.count == 4)
    expectNear(ranks.reduce(0, +), 1, tolerance: 1e-9)

    // Conflicts: cfo–cto declared over "budget"; em depends-on cfo (champion vs opposed)
    // inferred, with the dependency's topic.
    let conflicts = try #require(root["conflicts"] as? [[String: Any]])
    #expect(conflicts.count == 2)
    #expect(conflicts[0]["a"] as? String == "cfo")
    #expect(conflicts[0]["b"] as? String == "cto")
    #expect(conflicts[0]["kind"] as? String == "declared")
    #expect(conflicts[0]["topic"] as? String == "budget")
    #expect(conflicts[0]["commonGround"] as? [String] == [])
    #expect(conflicts[1]["kind"] as? String == "inferred")
    #expect(conflicts[1]["topic"] as? String == "migration budget")

    #expect(root["tensionTriangles"] is [Any])
    let factions = try #require(root["factions"] as? [[String: Any]])
    // cto and sre_lead are allied; cto -> em (0.7) is strong and their stances differ by 1.
    #expect(factions.map { $0["members"] as? [String] ?? [] } == [["cto", "em", "sre_lead"]])

    // em influences nobody in the example, so nobody can be suggested.
    #expect((root["allies"] as? [Any])?.isEmpty == true)
    let alignment = try #require(root["alignment"] as? [String: Any])
    let overall = try #require(alignment["overall"] as? [String: Any])
    #expect(overall["now"] is Double)
    #expect(overall["predicted"] is Double)
    let byDomain = try #require(alignment["byDomain"] as? [[String: Any]])
    #expect(byDomain.map { $0["domain"] as? String } == ["eng", "sre", "fin"])
    #expect(byDomain.first?["count"] as? Int == 3)
  }

  @Test func alliesHaveIDScoreReasonsAndPath() throws {
    let (_, root) = try json(
      """
      me em
      stakeholder em stance=champion
      stakeholder a stance=neutral
      stakeholder b stance=resistant
      stakeholder c stance=opposed
      stakeholder d stance=champion
      em -> a 0.8
      a -> b 0.5
      a -> c 0.5
      a -> d 0.5
      """)
    let allies = try #require(root["allies"] as? [[String: Any]])
    #expect(allies.map { $0["id"] as? String } == ["a", "b"])
    for ally in allies {
      #expect(ally["id"] is String)
      #expect(ally["score"] is Double)
      #expect((ally["reasons"] as? [String])?.isEmpty == false)
      let path = try #require(ally["path"] as? [String])
      #expect(path.first == "em")
      #expect(path.last == ally["id"] as? String)
    }
    #expect(allies.last?["path"] as? [String] == ["em", "a", "b"])
  }

  @Test func salienceOnlyWhenGivenAndTopicOnlyWhenKnown() throws {
    let (_, root) = try json(
      """
      stakeholder a power=8 interest=2 legitimacy=9
      stakeholder b power=2 interest=2 stance=1
      stakeholder c power=2 interest=2 stance=-1
      a conflicts-with b
      b depends-on c
      """)
    let people = try #require(root["stakeholders"] as? [[String: Any]])
    #expect(people[0]["salience"] as? String == "dominant")
    #expect(people[1]["salience"] == nil)
    #expect(people[0]["domain"] is NSNull)
    let conflicts = try #require(root["conflicts"] as? [[String: Any]])
    #expect(conflicts.count == 2)
    #expect(conflicts.allSatisfy { $0["topic"] == nil })
    #expect(conflicts.allSatisfy { $0["commonGround"] as? [String] == [] })
  }

  @Test func unratedPowerIsNull() throws {
    let (text, root) = try json("stakeholder a interest=3\nstakeholder b\n")
    let people = try #require(root["stakeholders"] as? [[String: Any]])
    #expect(people[0]["power"] is NSNull)
    #expect(people[0]["interest"] as? Double == 3)
    #expect(people[1]["power"] is NSNull)
    #expect(people[1]["interest"] is NSNull)
    // Analysed as 5: both are high power.
    #expect(people[0]["quadrant"] as? String == "keep-satisfied")
    #expect(text.contains("\"power\": null"))
  }

  @Test func withoutMeAlliesHaveNoPath() throws {
    let (_, root) = try json("stakeholder a\nstakeholder b\na -> b 0.5\n")
    let allies = try #require(root["allies"] as? [[String: Any]])
    #expect(allies.count == 2)
    #expect(allies.allSatisfy { $0["path"] == nil })
  }

  @Test(arguments: 0..<10)
  func ranksSumToOneAndScalesHold(seed: UInt64) throws {
    let (_, root) = try json(RandomMap(seed: seed).text())
    let people = try #require(root["stakeholders"] as? [[String: Any]])
    let ranks = people.compactMap { $0["influenceRank"] as? Double }
    #expect(ranks.count == people.count)
    expectNear(ranks.reduce(0, +), 1, tolerance: 1e-9)
    for p in people {
      let b = try #require(p["brokerage"] as? Double)
      #expect(b >= 0 && b <= 1)
      let s = try #require(p["stance"] as? Double)
      #expect(s >= -2 && s <= 2)
    }
  }

  @Test func byteIdenticalAcrossRuns() throws {
    let text = try formatExampleText()
    let first = AnalysisJSON.render(analyse(text))
    let second = AnalysisJSON.render(analyse(text))
    #expect(first == second)
    #expect(Array(first.utf8) == Array(second.utf8))
    #expect(first.hasSuffix("}\n"))
    for seed in UInt64(20)..<25 {
      let map = RandomMap(seed: seed).text()
      #expect(AnalysisJSON.render(analyse(map)) == AnalysisJSON.render(analyse(map)))
    }
  }

  @Test func mapTextIsEscaped() throws {
    let hostile = #"</script><script>alert("x")</script> \ & 'q'"#
    let text = #"""
      title "T \"quoted\" <script>alert(1)</script>\nsecond line\ttab"
      goal "a \\ b"
      stakeholder a "</script><script>alert(\"x\")</script> \\ & 'q'" role="<b>boss</b>" goals=["<script>", "x\ny"]
      stakeholder b "B" goals=["<script>"]
      a conflicts-with b "<script>evil()</script>"
      """#
    let map = parseMap(text)
    #expect(map.stakeholders.first?.name == hostile)
    let rendered = AnalysisJSON.render(MapAnalysis(map))
    #expect(!rendered.lowercased().contains("<script"))
    #expect(!rendered.contains("</"))
    let root = try object(rendered)
    #expect(root["title"] as? String == "T \"quoted\" <script>alert(1)</script>\nsecond line\ttab")
    #expect(root["goal"] as? String == "a \\ b")
    let people = try #require(root["stakeholders"] as? [[String: Any]])
    #expect(people[0]["name"] as? String == hostile)
    #expect(people[0]["role"] as? String == "<b>boss</b>")
    #expect(people[0]["goals"] as? [String] == ["<script>", "x\ny"])
    let conflicts = try #require(root["conflicts"] as? [[String: Any]])
    #expect(conflicts.first?["topic"] as? String == "<script>evil()</script>")
    #expect(conflicts.first?["commonGround"] as? [String] == ["<script>"])
    // No raw control characters in the text.
    #expect(!rendered.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
  }

  @Test func sectionsLeaveOutWhatACommandDoesNotShow() throws {
    let a = analyse(try formatExampleText())
    let allies = try object(AnalysisJSON.render(a, sections: .allies))
    #expect(allies["allies"] != nil)
    #expect(allies["stakeholders"] == nil)
    #expect(allies["conflicts"] == nil)
    let conflicts = try object(AnalysisJSON.render(a, sections: .conflicts))
    #expect(conflicts["conflicts"] != nil)
    #expect(conflicts["tensionTriangles"] != nil)
    #expect(conflicts["factions"] != nil)
    #expect(conflicts["allies"] == nil)
  }
}
