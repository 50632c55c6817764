import Foundation
import Testing

/// `analyze`, `allies` and `conflicts` as a user runs them.
@Suite struct AnalysisCommandTests {
  static let map = lines(
    "title \"Launch\"",
    "me em",
    "domain eng \"Engineering\" {",
    "  stakeholder em \"Alex\" power=4 interest=10 stance=champion goals=[speed]",
    "  stakeholder lead \"Mo\" power=6 interest=7 stance=neutral goals=[speed, reliability]",
    "}",
    "domain fin \"Finance\" {",
    "  stakeholder cfo \"Priya\" power=9 interest=4 stance=opposed goals=[cost]",
    "  stakeholder analyst \"Ravi\" power=3 interest=6 stance=supportive goals=[cost]",
    "}",
    "em -> lead 0.8",
    "em -> analyst 0.6",
    "analyst -> cfo 0.5",
    "em depends-on cfo \"budget\"",
    "lead conflicts-with cfo \"cost of redundancy\"")

  @Test func jsonHasTheContractKeys() throws {
    let folder = try TemporaryFolder()
    try folder.write("m.stakes", Self.map)
    let result = try CommandRunner.run(["analyze", "m.stakes", "--format", "json"], in: folder.url)
    #expect(result.status == 0)
    #expect(result.stderr == "")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    for key in ["stakeholders", "conflicts", "tensionTriangles", "factions", "allies", "alignment"] {
      #expect(object[key] != nil, "missing \(key)")
    }
    let conflicts = try #require(object["conflicts"] as? [[String: Any]])
    #expect(conflicts.count == 2)
    #expect(conflicts.map { $0["kind"] as? String } == ["declared", "inferred"])
    #expect(conflicts[1]["topic"] as? String == "budget")
    let allies = try #require(object["allies"] as? [[String: Any]])
    #expect(!allies.contains { ($0["id"] as? String) == "em" || ($0["id"] as? String) == "cfo" })
  }

  @Test func markdownIsAPage() throws {
    let folder = try TemporaryFolder()
    try folder.write("m.stakes", Self.map)
    let result = try CommandRunner.run(["analyze", "m.stakes", "-f", "markdown"], in: folder.url)
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("# Launch\n"))
    #expect(result.stdout.contains("## Allies to win over first"))
    #expect(result.stdout.contains("| Stakeholder | Role |"))
  }

  @Test func alliesTopLimitsTheList() throws {
    let folder = try TemporaryFolder()
    try folder.write("m.stakes", Self.map)
    let result = try CommandRunner.run(["allies", "m.stakes", "--top", "1"], in: folder.url)
    #expect(result.status == 0)
    let numbered = result.stdout.split(separator: "\n").filter { $0.first?.isNumber == true }
    #expect(numbered.count == 1)
    #expect(result.stdout.hasPrefix("ALLIES TO WIN OVER FIRST\n"))
    #expect(result.stdout.contains("path: Alex → "))
  }

  @Test func conflictsShowCommonGroundAndApproach() throws {
    let folder = try TemporaryFolder()
    try folder.write("m.stakes", Self.map)
    let result = try CommandRunner.run(["conflicts", "m.stakes"], in: folder.url)
    #expect(result.status == 0)
    #expect(result.stdout.contains("1. Mo vs Priya over \"cost of redundancy\" [declared"))
    #expect(result.stdout.contains("2. Alex vs Priya over \"budget\" [inferred"))
    #expect(result.stdout.contains("approach: "))
    #expect(!result.stdout.contains("ALLIES"))
  }

  @Test func aBrokenMapPrintsOnlyDiagnostics() throws {
    let folder = try TemporaryFolder()
    try folder.write("bad.stakes", "stakeholder a power=11 interest=1\n")
    for command in ["analyze", "allies", "conflicts"] {
      let result = try CommandRunner.run([command, "bad.stakes"], in: folder.url)
      #expect(result.status == 1)
      #expect(result.stdout == "")
      #expect(result.stderr.hasPrefix("bad.stakes:1:21: error: 11 is out of range for 'power'"))
    }
  }

  @Test func wrongUsageExits64() throws {
    let folder = try TemporaryFolder()
    try folder.write("m.stakes", Self.map)
    #expect(try CommandRunner.run(["allies", "m.stakes", "--top", "0"], in: folder.url).status == 64)
    #expect(try CommandRunner.run(["analyze", "m.stakes", "--format", "yaml"], in: folder.url).status == 64)
  }
}
