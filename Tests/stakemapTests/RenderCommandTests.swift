import Foundation
import Testing

/// `render` and `report`: formats, files written whole or not at all.
@Suite struct RenderCommandTests {
  static let map = AnalysisCommandTests.map

  @Test func svgGoesToStandardOutput() throws {
    let folder = try TemporaryFolder()
    try folder.write("m.stakes", Self.map)
    let grid = try CommandRunner.run(["render", "grid", "m.stakes"], in: folder.url)
    #expect(grid.status == 0)
    #expect(grid.stdout.hasPrefix("<?xml"))
    #expect(grid.stdout.contains("<title>cfo</title>"))
    #expect(grid.stdout.contains("Manage closely"))
    let graph = try CommandRunner.run(["render", "graph", "m.stakes"], in: folder.url)
    #expect(graph.stdout.contains("<title>cluster_eng</title>"))
    #expect(graph.stdout.contains("<title>cluster_fin</title>"))
  }

  @Test func theFormatFollowsTheExtension() throws {
    let folder = try TemporaryFolder()
    try folder.write("m.stakes", Self.map)
    for (name, magic) in [
      ("g.png", [UInt8]([0x89, 0x50, 0x4E, 0x47])), ("g.pdf", Array("%PDF".utf8)), ("g.svg", Array("<?xm".utf8)),
    ] {
      let result = try CommandRunner.run(["render", "deps", "m.stakes", "-o", name], in: folder.url)
      #expect(result.status == 0, "\(result)")
      let bytes = Array(try Data(contentsOf: folder.url.appendingPathComponent(name)))
      #expect(Array(bytes.prefix(4)) == magic, "\(name)")
    }
    let dot = try CommandRunner.run(["render", "grid", "m.stakes", "--format", "dot"], in: folder.url)
    #expect(dot.stdout.hasPrefix("graph \"grid\" {\n"))
    #expect(try CommandRunner.run(["render", "grid", "m.stakes", "-o", "x.xyz"], in: folder.url).status == 64)
  }

  @Test func aDotInTheFolderNameIsNotAnExtension() throws {
    let folder = try TemporaryFolder()
    try folder.write("m.stakes", Self.map)
    let plain = try CommandRunner.run(["render", "grid", "m.stakes", "-o", "./grid"], in: folder.url)
    #expect(plain.status == 0, "\(plain)")
    #expect(try folder.read("grid").hasPrefix("<?xml"))
    let upper = try CommandRunner.run(["render", "grid", "m.stakes", "-o", "./g.PNG"], in: folder.url)
    #expect(upper.status == 0, "\(upper)")
  }

  @Test func aFailedRunLeavesTheOutputUntouched() throws {
    let folder = try TemporaryFolder()
    try folder.write("bad.stakes", "stakeholder a power=1 interest=1\na -> nobody\n")
    try folder.write("out.svg", "previous picture")
    let result = try CommandRunner.run(["render", "graph", "bad.stakes", "-o", "out.svg"], in: folder.url)
    #expect(result.status == 1)
    #expect(try folder.read("out.svg") == "previous picture")
    #expect(try folder.names() == ["bad.stakes", "out.svg"])
  }

  @Test func outputOntoTheInputOrIntoAMissingFolderIsRefused() throws {
    let folder = try TemporaryFolder()
    try folder.write("m.stakes", Self.map)
    let onto = try CommandRunner.run(
      ["render", "grid", "m.stakes", "-o", "m.stakes", "--format", "svg"], in: folder.url)
    #expect(onto.status == 1)
    #expect(onto.stderr == "m.stakes: error: cannot write: it is the input file; choose another output\n")
    #expect(try folder.read("m.stakes") == Self.map)
    let missing = try CommandRunner.run(["render", "grid", "m.stakes", "-o", "no/such/g.svg"], in: folder.url)
    #expect(missing.status == 1)
    #expect(missing.stderr == "no/such/g.svg: error: cannot write: the folder 'no/such' does not exist\n")
  }

  @Test func reportIsOneSelfContainedPage() throws {
    let folder = try TemporaryFolder()
    try folder.write("m.stakes", Self.map)
    let result = try CommandRunner.run(["report", "m.stakes", "-o", "r.html"], in: folder.url)
    #expect(result.status == 0, "\(result)")
    let html = try folder.read("r.html")
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.components(separatedBy: "<svg").count - 1 == 3)
    #expect(!html.contains("<script"))
    #expect(!html.contains("http://") || !html.contains("src=\"http"))
    #expect(!html.contains("<link"))
  }

  @Test func hostileTextStaysText() throws {
    let folder = try TemporaryFolder()
    try folder.write(
      "h.stakes",
      lines(
        "title \"<script>alert(1)</script>\"",
        "stakeholder a \"<script>alert(2)</script>\" role=\"\\\"];evil [shape=box\" power=5 interest=5",
        "stakeholder b \"<img src=x onerror=alert(3)>\" power=6 interest=6 note=\"& <b>\"",
        "a conflicts-with b \"</title><script>x</script>\""))
    for args in [
      ["report", "h.stakes"], ["render", "graph", "h.stakes"], ["render", "grid", "h.stakes"],
      ["render", "deps", "h.stakes"],
    ] {
      let result = try CommandRunner.run(args, in: folder.url)
      #expect(result.status == 0, "\(args): \(result)")
      #expect(!result.stdout.contains("<script"), "\(args)")
      #expect(!result.stdout.contains("<img"), "\(args)")
    }
    let svg = try CommandRunner.run(["render", "graph", "h.stakes"], in: folder.url).stdout
    #expect(svg.components(separatedBy: "class=\"node\"").count - 1 == 3)  // a, b and the legend
  }
}
