import Foundation
import Testing

/// A Graphviz installation that lacks plugins gives a stakemap error with Graphviz's
/// own words and a note on what to do, exit 1, and no output file: never a crash or
/// an empty picture. A smaller installation is simulated with `GVBINDIR`, which makes
/// Graphviz read its plugin list (`config6a`) from another folder; that folder links
/// to the real plugin libraries and lists only some of them.
@Suite struct GraphvizInstallationTests {
  static let map = AnalysisCommandTests.map

  /// The system's Graphviz plugin folder (the one holding `config6a`).
  static var pluginFolder: URL? {
    let candidates = ["/usr/lib/x86_64-linux-gnu/graphviz", "/usr/lib/aarch64-linux-gnu/graphviz", "/usr/lib/graphviz"]
    return candidates.map(URL.init(fileURLWithPath:)).first {
      FileManager.default.fileExists(atPath: $0.appendingPathComponent("config6a").path)
    }
  }

  /// A plugin folder holding only the named plugins (`core`, `dot_layout`…): their
  /// libraries linked in, and their blocks of the system's `config6a`. Plugins in
  /// `missing` are listed in `config6a` but their libraries are not there.
  static func pluginFolder(
    keeping plugins: Set<String>, missing: Set<String> = [], in folder: TemporaryFolder
  ) throws -> URL {
    let system = try #require(pluginFolder, "no Graphviz plugin folder with config6a")
    let target = folder.url.appendingPathComponent("graphviz-\(plugins.sorted().joined(separator: "-"))")
    try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
    let config = try String(contentsOf: system.appendingPathComponent("config6a"), encoding: .utf8)
    var kept = ""
    var keeping = false
    for line in config.split(separator: "\n", omittingEmptySubsequences: false) {
      // A block starts at the line's first column: "libgvplugin_core.so.6 core {".
      if let first = line.first, !first.isWhitespace, first != "#", first != "}" {
        let words = line.split(separator: " ")
        keeping = words.count >= 2 && plugins.union(missing).contains(String(words[1]))
        if keeping && plugins.contains(String(words[1])) {
          try FileManager.default.createSymbolicLink(
            at: target.appendingPathComponent(String(words[0])),
            withDestinationURL: system.appendingPathComponent(String(words[0])))
        }
      }
      if keeping { kept += line + "\n" }
      if line == "}" { keeping = false }
    }
    try kept.write(to: target.appendingPathComponent("config6a"), atomically: true, encoding: .utf8)
    return target
  }

  func stakemap(_ arguments: [String], gvbindir: URL, in folder: TemporaryFolder) throws -> CommandResult {
    try CommandRunner.run(arguments, in: folder.url, environment: ["GVBINDIR": gvbindir.path])
  }

  @Test(.enabled(if: pluginFolder != nil)) func pngWithoutTheCairoPluginIsAnErrorWithAdvice() throws {
    let folder = try TemporaryFolder()
    try folder.write("m.stakes", Self.map)
    try folder.write("grid.png", "previous picture")
    let plugins = try Self.pluginFolder(keeping: ["core", "dot_layout", "neato_layout"], in: folder)

    let png = try stakemap(["render", "grid", "m.stakes", "-o", "grid.png"], gvbindir: plugins, in: folder)
    #expect(png.status == 1)
    #expect(
      png.stderr.hasPrefix("stakemap: error: rendering as png failed: renderer for png is unavailable\n"),
      "\(png.stderr)")
    #expect(png.stderr.contains("stakemap: note: this Graphviz has no plugin for that format"))
    #expect(png.stderr.contains("-o FILE.svg"))
    #expect(try folder.read("grid.png") == "previous picture")

    // The same Graphviz still draws SVG, so the failure above is the missing plugin's.
    let svg = try stakemap(["render", "grid", "m.stakes", "-o", "grid.svg"], gvbindir: plugins, in: folder)
    #expect(svg.status == 0, "\(svg.stderr)")
    #expect(try folder.read("grid.svg").contains("<svg"))
    #expect(try folder.names().filter { $0.hasPrefix(".") }.isEmpty, "a temporary file was left behind")
  }

  @Test(.enabled(if: pluginFolder != nil)) func noLayoutPluginsIsAnErrorWithAdvice() throws {
    let folder = try TemporaryFolder()
    try folder.write("m.stakes", Self.map)
    let plugins = try Self.pluginFolder(keeping: ["core"], in: folder)
    for arguments in [["render", "graph", "m.stakes", "-o", "g.svg"], ["report", "m.stakes", "-o", "r.html"]] {
      let run = try stakemap(arguments, gvbindir: plugins, in: folder)
      #expect(run.status == 1, "\(arguments)")
      #expect(run.stderr.contains("stakemap: error: layout with "), "\(run.stderr)")
      #expect(run.stderr.contains("not recognized"))
      #expect(run.stderr.contains("stakemap: note: this Graphviz lacks the layout engine this picture needs"))
    }
    #expect(try folder.names().sorted() == ["graphviz-core", "m.stakes"])
  }

  /// A plugin Graphviz cannot load (listed in config6a, library gone) is a warning in
  /// stakemap's words; Graphviz falls back to estimated text sizes and the picture and
  /// the report are still written.
  @Test(.enabled(if: pluginFolder != nil)) func aPluginThatCannotLoadIsAWarning() throws {
    let folder = try TemporaryFolder()
    try folder.write("m.stakes", Self.map)
    let plugins = try Self.pluginFolder(
      keeping: ["core", "dot_layout", "neato_layout"], missing: ["cairo"], in: folder)
    let render = try stakemap(["render", "grid", "m.stakes", "-o", "grid.svg"], gvbindir: plugins, in: folder)
    #expect(render.status == 0, "\(render.stderr)")
    #expect(render.stderr.hasPrefix("stakemap: warning: Graphviz: Could not load \""), "\(render.stderr)")
    #expect(render.stderr.contains("libgvplugin_pango.so.6\" - file not found"))
    #expect(try folder.read("grid.svg").contains("<svg"))
    let report = try stakemap(["report", "m.stakes", "-o", "r.html"], gvbindir: plugins, in: folder)
    #expect(report.status == 0, "\(report.stderr)")
    #expect(report.stderr.contains("stakemap: warning: Graphviz: Could not load"), "\(report.stderr)")
    #expect(try folder.read("r.html").contains("<svg"))
  }
}
