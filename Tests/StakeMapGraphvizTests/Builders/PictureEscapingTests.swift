import StakeMap
import Testing

@testable import StakeMapGraphviz

/// Text from a map cannot inject markup or Graphviz attributes into any picture or the
/// HTML report, and shows as the user wrote it wherever it is drawn.
@Suite struct PictureEscapingTests {
  /// Hostile and unusual text, as the user means it (after the `.stakes` escapes).
  static let hostile: [String] = [
    "<script>alert(1)</script>",
    #""];evil [shape=box"#,
    #"\N \G \l \E \T \H \L \n \\ \r"#,
    #"C:\temp\ ends with \"#,
    #"say "hi" & 'bye'"#,
    "R&amp;D &lt;b&gt; &#65;",
    "line one\nline two",
    "🚀 launch 👩🏽‍💻 team",
    "مرحبا بالعالم עברית",
  ]

  /// `s` as a `.stakes` string literal.
  static func literal(_ s: String) -> String {
    var out = "\""
    for c in s {
      switch c {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n": out += "\\n"
      default: out.append(c)
      }
    }
    return out + "\""
  }

  /// A map with a hostile title, goal, domain labels, names, roles, notes, goals and
  /// topics: stakeholder `sK` is named `hostile[K]`, in domain `dK` (nested in pairs),
  /// unrated when K is 8. Every stakeholder depends on the next, conflicts with the one
  /// after, and influences the next.
  static let text: String = {
    let h = hostile
    let n = h.count
    var lines = [
      "title \(literal(h[0] + " " + h[1]))",
      "goal \(literal(h[4] + " " + h[5]))",
      "me s3",
    ]
    for k in 0..<n {
      let opposed = k == 2 ? " stance=opposed" : ""
      let ratings = k == n - 1 ? "" : " power=\(k + 1) interest=\(9 - k)"
      lines.append("domain d\(k) \(literal(h[(k + 1) % n])) {")
      lines.append(
        "  stakeholder s\(k) \(literal(h[k])) role=\(literal(h[(k + 2) % n]))\(ratings)\(opposed) note=\(literal(h[(k + 3) % n])) goals=[\(literal(h[(k + 4) % n])), shared]"
      )
      lines.append("}")
    }
    for k in 0..<n {
      lines.append("s\(k) depends-on s\((k + 1) % n) \(literal(h[(k + 5) % n]))")
      lines.append("s\(k) conflicts-with s\((k + 2) % n) topic=\(literal(h[(k + 6) % n]))")
      lines.append("s\(k) -> s\((k + 1) % n) 0.6")
    }
    lines.append("s0 allied-with s4")
    return lines.joined(separator: "\n")
  }()

  let analysis = Maps.analysis(PictureEscapingTests.text)

  /// Runs of white space as one space: a line break in a name may be drawn as a break
  /// between two text lines (plain labels) or as a space (HTML-like labels).
  private func squeezed(_ s: String) -> String {
    s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  @Test func theMapHoldsTheHostileTextAsWritten() {
    let map = analysis.map
    #expect(map.stakeholders.map { $0.name ?? "" } == Self.hostile)
    #expect(map.title == Self.hostile[0] + " " + Self.hostile[1])
    #expect(map.relations.contains { $0.topic == Self.hostile[5] })
  }

  @Test(arguments: PictureKind.allCases)
  func everyPictureRendersWithoutWarningsMarkupOrInjectedNodes(kind: PictureKind) throws {
    let picture = PictureBuilder.build(kind, analysis)
    let result = try GraphvizRenderer.render(dot: picture.dot, engine: picture.engine, format: .svg)
    #expect(result.warnings.isEmpty)
    let svg = SVGDocument(result.text)
    #expect(!result.text.lowercased().contains("<script"))
    #expect(!result.text.contains("<evil") && !result.text.lowercased().contains("onload="))
    // exactly one node per stakeholder, titled by its id, and nothing named evil
    let ids = analysis.map.stakeholders.map(\.id.rawValue)
    #expect(svg.stakeholderNodes.map(\.title).sorted() == ids.sorted())
    #expect(!svg.nodes.contains { $0.title.contains("evil") })
    // no attribute got through: the stakeholders are drawn as the builder says
    for node in svg.stakeholderNodes {
      switch kind {
      case .grid: #expect(node.ellipse != nil && !node.body.contains("<polygon"), "\(node.title)")
      case .influence, .dependencies: #expect(node.body.contains("<path") && node.ellipse == nil, "\(node.title)")
      }
    }
    // every element is one Graphviz writes
    let elements = Set(result.text.matches(of: /<([a-zA-Z][a-zA-Z0-9:]*)/).map { String($0.output.1) })
    #expect(
      elements.isSubset(of: ["svg", "g", "title", "a", "text", "path", "polygon", "polyline", "ellipse"]), "\(elements)"
    )
  }

  @Test(arguments: PictureKind.allCases)
  func everyNameShowsAsWritten(kind: PictureKind) throws {
    let svg = try Render.svg(kind, analysis)
    for s in analysis.map.stakeholders {
      let name = try #require(s.name)
      let drawn: [String]
      switch kind {
      case .grid: drawn = svg.node("#label:" + s.id.rawValue)?.texts ?? []
      case .influence, .dependencies: drawn = svg.node(s.id.rawValue)?.texts ?? []
      }
      let suffix = kind == .grid && s.id == analysis.map.me ? " (you)" : ""
      #expect(squeezed(drawn.joined(separator: " ")).hasPrefix(squeezed(name + suffix)), "\(s.id): \(drawn)")
    }
  }

  @Test func rolesDomainLabelsTitleAndTopicsShowAsWritten() throws {
    let map = analysis.map
    let graph = try Render.svg(.influence, analysis)
    for s in map.stakeholders {
      let texts = squeezed(graph.node(s.id.rawValue)?.texts.joined(separator: " ") ?? "")
      #expect(texts.contains(squeezed(s.role ?? "?")), "role of \(s.id): \(texts)")
    }
    for d in map.domains {
      #expect(
        squeezed(graph.cluster("cluster_" + d.id.rawValue)?.texts.joined(separator: " ") ?? "")
          == squeezed(d.displayLabel))
    }
    #expect(graph.texts.contains(map.title!))
    let deps = try Render.svg(.dependencies, analysis)
    #expect(deps.texts.contains(map.title! + ": dependencies"))
    for r in map.relations where r.kind == .dependsOn {
      let edge = try #require(deps.edges.first { $0.title == "\(r.from.rawValue)->\(r.to.rawValue)" })
      #expect(squeezed(edge.texts.joined(separator: " ")).contains(squeezed(r.topic!)), "\(edge.texts)")
    }
    let grid = try Render.svg(.grid, analysis)
    #expect(grid.node("#title")?.texts == [map.title!])
  }

  @Test(arguments: PictureKind.allCases)
  func tooltipsShowTheNamesAsWritten(kind: PictureKind) throws {
    let svg = try Render.svg(kind, analysis)
    for s in analysis.map.stakeholders {
      let tooltip = try #require(svg.node(s.id.rawValue)?.tooltip, "\(s.id)")
      #expect(tooltip.hasPrefix(s.name!), "\(s.id): \(tooltip)")
    }
  }

  @Test func theHTMLReportEscapesEverything() throws {
    let html = try HTMLReport.render(analysis, warnings: ["<script>alert(2)</script>"])
    #expect(!html.lowercased().contains("<script"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(html.contains("&quot;];evil [shape=box"))
    #expect(html.contains("R&amp;amp;D &amp;lt;b&amp;gt; &amp;#65;"))
    #expect(
      html.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; &quot;];evil [shape=box — stakemap report</title>"))
    #expect(SVG.count("<svg", in: html) == 3)
    let elements = Set(html.matches(of: /<([a-zA-Z][a-zA-Z0-9:]*)/).map { String($0.output.1).lowercased() })
    #expect(!elements.contains("script") && !elements.contains("evil") && !elements.contains("iframe"))
  }
}
