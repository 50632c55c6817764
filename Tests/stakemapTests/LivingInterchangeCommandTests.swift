import Foundation
import Testing

/// `stakemap import csv`, `export csv|kumu`, `init`, `render --format mermaid`, and
/// the shell completion scripts.
@Suite struct LivingInterchangeCommandTests {
  static let people = """
    ID;Name;Department;Influence;Interest;Stance;Goals
    em;Alex Kim;Engineering;4;10;champion;speed
    ;Priya N.;Finance;9;3;opposed;cost
    ops;Mo;Engineering/SRE;5;6;-1;"reliability; on-call"

    """

  static let links = """
    from,type,to,weight,topic
    em,->,ops,0.6,
    Alex Kim,depends on,Priya N.,,budget

    """

  @Test func importCSVPrintsACheckedMap() throws {
    let folder = try LivingFolder()
    try folder.write("people.csv", Self.people)
    try folder.write("links.csv", Self.links)
    let run = try LivingCLI.stakemap(
      ["import", "csv", "people.csv", "--relations", "links.csv", "--title", "Launch", "--me", "Alex Kim"], in: folder)
    #expect(run.status == 0, "\(run)")
    #expect(run.stderr.isEmpty)
    #expect(
      run.stdout == """
        title "Launch"
        me em

        domain engineering "Engineering" {
          stakeholder em "Alex Kim" power=4 interest=10 stance=champion goals=[speed]
          domain sre "SRE" {
            stakeholder ops "Mo" power=5 interest=6 stance=resistant goals=[reliability, on-call]
          }
        }
        domain finance "Finance" {
          stakeholder priya_n "Priya N." power=9 interest=3 stance=opposed goals=[cost]
        }

        em -> ops weight=0.6
        em depends-on priya_n "budget"

        """)
    try folder.write("map.stakes", run.stdout)
    let check = try LivingCLI.stakemap(["check", "map.stakes"], in: folder)
    #expect(check.stdout == "map.stakes: ok: 3 stakeholders, 3 domains, 2 relations, 0 warnings\n", "\(check)")
  }

  @Test func importCSVErrorsLeaveNoOutput() throws {
    let folder = try LivingFolder()
    try folder.write("people.csv", "name,power,stance\nAnn,7,sure\nBob,eleven,\n")
    try folder.write("links.csv", "from,to\nAnn,Zed\n")
    let run = try LivingCLI.stakemap(
      ["import", "csv", "people.csv", "-r", "links.csv", "-o", "map.stakes"], in: folder)
    #expect(run.status == 1)
    #expect(run.stdout.isEmpty)
    #expect(
      run.stderr == """
        people.csv:2:3: error: stance must be a number from -2 to +2, or opposed, resistant, neutral, supportive or champion; found 'sure'
        people.csv:3:2: error: power must be a number from 0 to 10, or low, medium or high; found 'eleven'
        links.csv:2:2: error: unknown stakeholder 'Zed'
        people.csv: 2 errors
        links.csv: 1 error

        """)
    #expect(!folder.exists("map.stakes"))
  }

  @Test func exportCSVIntoAFolderAndBack() throws {
    let folder = try LivingFolder()
    try folder.write("people.csv", Self.people)
    try folder.write("links.csv", Self.links)
    let imported = try LivingCLI.stakemap(
      ["import", "csv", "people.csv", "-r", "links.csv", "-o", "team.stakes"], in: folder)
    #expect(imported.status == 0, "\(imported)")
    try FileManager.default.createDirectory(
      at: folder.url.appendingPathComponent("sheets"), withIntermediateDirectories: true)
    let exported = try LivingCLI.stakemap(["export", "csv", "team.stakes", "-o", "sheets"], in: folder)
    #expect(exported.status == 0, "\(exported)")
    #expect(exported.stdout == "wrote sheets/team-stakeholders.csv and sheets/team-relations.csv\n")
    #expect(
      try folder.read("sheets/team-relations.csv")
        == "from,type,to,weight,topic,note\nem,influences,ops,0.6,,\nem,depends-on,priya_n,,budget,\n")
    let again = try LivingCLI.stakemap(
      ["import", "csv", "sheets/team-stakeholders.csv", "-r", "sheets/team-relations.csv"], in: folder)
    #expect(again.status == 0, "\(again)")
    #expect(again.stdout == (try folder.read("team.stakes")), "domain ids come back through domain_id")
  }

  @Test func exportKumu() throws {
    let folder = try LivingFolder()
    try folder.write(
      "team.stakes", "stakeholder a \"Ann\" power=5 interest=5\nstakeholder b power=1 interest=2\na allied-with b\n")
    let run = try LivingCLI.stakemap(["export", "kumu", "team.stakes", "-o", "team.json"], in: folder)
    #expect(run.status == 0, "\(run)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(try folder.read("team.json").utf8)) as? [String: [[String: Any]]])
    #expect(json["elements"]?.map { $0["label"] as? String } == ["Ann", "b"])
    #expect(json["connections"]?.first?["direction"] as? String == "mutual")
  }

  @Test func initWritesAStarterThatChecksAndNeverOverwrites() throws {
    let folder = try LivingFolder()
    let first = try LivingCLI.stakemap(["init"], in: folder)
    #expect(first.status == 0, "\(first)")
    #expect(first.stdout.hasPrefix("wrote team.stakes"))
    let check = try LivingCLI.stakemap(["check", "team.stakes"], in: folder)
    #expect(check.stdout == "team.stakes: ok: 7 stakeholders, 3 domains, 11 relations, 0 warnings\n", "\(check)")
    try folder.write("team.stakes", "mine\n")
    let second = try LivingCLI.stakemap(["init", "team.stakes", "--title", "Other"], in: folder)
    #expect(second.status == 1)
    #expect(
      second.stderr == "team.stakes: error: cannot write: it already exists; choose another name or remove it first\n")
    #expect(try folder.read("team.stakes") == "mine\n")
    #expect(try folder.names() == ["team.stakes"], "no temporary file is left behind")
    let printed = try LivingCLI.stakemap(["init", "-", "--title", "Q3"], in: folder)
    #expect(printed.stdout.contains("\ntitle \"Q3\"  # a short name for the map\n"))
  }

  @Test func renderMermaid() throws {
    let folder = try LivingFolder()
    try folder.write(
      "team.stakes",
      "domain d \"D\" {\n  stakeholder a \"Ann\" power=8 interest=2\n}\nstakeholder b power=1 interest=9\na -> b\n")
    let grid = try LivingCLI.stakemap(["render", "grid", "team.stakes", "--format", "mermaid"], in: folder)
    #expect(grid.status == 0, "\(grid)")
    #expect(grid.stdout.hasPrefix("quadrantChart\n"))
    #expect(grid.stdout.hasSuffix("  \"Ann\": [0.2, 0.8]\n  \"b\": [0.9, 0.1]\n"))
    let graph = try LivingCLI.stakemap(["render", "graph", "team.stakes", "-o", "graph.mmd"], in: folder)
    #expect(graph.status == 0, "\(graph)")
    #expect(
      try folder.read("graph.mmd").hasPrefix(
        "flowchart TD\n  s_b[\"b\"]\n  subgraph d_d[\"D\"]\n    s_a[\"Ann\"]\n  end\n  s_a --> s_b\n"))
    let deps = try LivingCLI.stakemap(["render", "deps", "team.stakes", "-f", "mermaid"], in: folder)
    #expect(deps.stdout.contains("No depends-on relations in this map"))
    let bad = try LivingCLI.stakemap(["render", "grid", "team.stakes", "--format", "gif"], in: folder)
    #expect(bad.status == 64)
  }

  @Test func completionScriptsKnowTheNewCommands() throws {
    let folder = try LivingFolder()
    for shell in ["bash", "zsh", "fish"] {
      let run = try LivingCLI.stakemap(["--generate-completion-script", shell], in: folder)
      #expect(run.status == 0, "\(run)")
      for command in ["diff", "import", "export", "init", "kumu"] {
        #expect(run.stdout.contains(command), "\(shell) completion lacks \(command)")
      }
    }
  }
}
