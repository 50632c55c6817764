import Foundation
import StakeMap
import Testing

@testable import StakeMapGraphviz

/// Maps for the builder tests, parsed and analysed.
enum Maps {
  /// A tiny map: three stakeholders, a domain nested in another, one relation of each
  /// kind. `ann` is `me` and a champion; `bo`, in the nested domain, is opposed (so the
  /// dependency on him is a blocker) and reports to `ann`; `cy` has no domain.
  static let tinyText = """
    title "Tiny"
    me ann
    domain org "Org" {
      stakeholder ann "Ann" role="Lead" power=8 interest=9 stance=champion
      domain team "Team" {
        stakeholder bo "Bo" power=3 interest=6 stance=opposed
      }
    }
    stakeholder cy "Cy" power=6 interest=2
    ann -> cy 0.8
    bo reports-to ann
    ann depends-on bo "budget"
    bo conflicts-with cy "scope"
    ann allied-with cy
    """

  static var tiny: MapAnalysis { analysis(tinyText) }

  /// The analysis of `.stakes` text, which must parse without errors.
  static func analysis(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> MapAnalysis {
    let result = StakeMapParser.parse(text)
    #expect(result.isValid, "\(result.diagnostics.map(\.message))", sourceLocation: sourceLocation)
    return MapAnalysis(result.map)
  }

  /// The bundled samples, by file name without extension.
  static let sampleNames = ["payments-migration", "first-90-days", "platform-reorg"]

  static func sample(_ name: String) throws -> MapAnalysis {
    let url = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Samples/\(name).stakes")
    let result = StakeMapParser.parse(bytes: Array(try Data(contentsOf: url)), fileName: url.path)
    #expect(result.isValid)
    return MapAnalysis(result.map)
  }
}

/// Compares DOT text with an expected snapshot line by line, so that a failure names
/// the first line that differs instead of printing two walls of text.
func expectSameDOT(_ actual: String, _ expected: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
  let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
  let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
  if let i = zip(a, e).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
    Issue.record("line \(i + 1) differs:\n  got      \(a[i])\n  expected \(e[i])", sourceLocation: sourceLocation)
  } else if a.count != e.count {
    let extra = a.count > e.count ? a[e.count...] : e[a.count...]
    Issue.record(
      "got \(a.count) lines, expected \(e.count); first extra: \(extra.first ?? "")", sourceLocation: sourceLocation)
  }
  #expect(actual == expected, sourceLocation: sourceLocation)
}

/// Renders a builder's picture to SVG and reads its structure.
enum Render {
  /// The SVG of a picture, with Graphviz's warnings.
  static func svg(_ picture: Picture) throws -> (svg: SVGDocument, warnings: [String]) {
    let result = try GraphvizRenderer.render(dot: picture.dot, engine: picture.engine, format: .svg)
    return (SVGDocument(result.text), result.warnings)
  }

  static func svg(_ kind: PictureKind, _ analysis: MapAnalysis) throws -> SVGDocument {
    try svg(PictureBuilder.build(kind, analysis)).svg
  }
}

/// Graphviz's SVG cut into its node, cluster and edge groups.
///
/// Graphviz writes each object as `<g id="node3" class="node"><title>NAME</title>…</g>`
/// (`class="cluster"` for clusters, `"edge"` for edges) with the shapes after the
/// title; nested anchor groups (`<g id="a_node3">`) carry no class.
struct SVGDocument {
  struct Group {
    var kind: String
    /// The title, decoded (Graphviz writes `-` as `&#45;`, `>` as `&gt;`).
    var title: String
    /// The group's text from its opening tag to the start of the next group.
    var body: String

    /// The first `<ellipse>`'s centre and horizontal radius, in SVG coordinates
    /// (y pointing down).
    var ellipse: (cx: Double, cy: Double, rx: Double)? {
      guard let m = body.firstMatch(of: /<ellipse[^>]*?cx="([-0-9.]+)" cy="([-0-9.]+)" rx="([-0-9.]+)"/),
        let cx = Double(m.output.1), let cy = Double(m.output.2), let rx = Double(m.output.3)
      else { return nil }
      return (cx, cy, rx)
    }

    /// The `stroke-width` of the first shape, 1 when not given.
    var strokeWidth: Double {
      guard let shape = body.firstMatch(of: /<(ellipse|polygon|path)[^>]*>/) else { return 0 }
      guard let m = shape.output.0.firstMatch(of: /stroke-width="([0-9.]+)"/) else { return 1 }
      return Double(m.output.1) ?? 0
    }

    /// The bounding box of the first `<polygon>` or `<path>` (a cluster's frame).
    var frame: (x0: Double, y0: Double, x1: Double, y1: Double)? {
      guard let m = body.firstMatch(of: /<(?:polygon[^>]*? points|path[^>]*? d)="([^"]*)"/) else { return nil }
      let numbers = m.output.1.matches(of: /-?[0-9]+(?:\.[0-9]+)?/).compactMap { Double($0.output) }
      guard numbers.count >= 4, numbers.count.isMultiple(of: 2) else { return nil }
      let xs = stride(from: 0, to: numbers.count, by: 2).map { numbers[$0] }
      let ys = stride(from: 1, to: numbers.count, by: 2).map { numbers[$0] }
      return (xs.min()!, ys.min()!, xs.max()!, ys.max()!)
    }

    /// The texts drawn in the group, decoded.
    var texts: [String] { SVG.texts(in: body).map(SVG.unescaped) }

    /// The tooltip (`xlink:title`), decoded.
    var tooltip: String? {
      body.firstMatch(of: /xlink:title="([^"]*)"/).map { SVG.unescaped(String($0.output.1)) }
    }
  }

  let text: String
  let groups: [Group]

  init(_ text: String) {
    self.text = text
    let starts = text.matches(of: /<g id="[a-z]+[0-9]+" class="(node|cluster|edge)">\n<title>(.*?)<\/title>/)
    var groups: [Group] = []
    for (i, m) in starts.enumerated() {
      let end = i + 1 < starts.count ? starts[i + 1].range.lowerBound : text.endIndex
      groups.append(
        Group(
          kind: String(m.output.1), title: SVG.unescaped(String(m.output.2)),
          body: String(text[m.range.lowerBound..<end])))
    }
    self.groups = groups
  }

  var nodes: [Group] { groups.filter { $0.kind == "node" } }
  var clusters: [Group] { groups.filter { $0.kind == "cluster" } }
  var edges: [Group] { groups.filter { $0.kind == "edge" } }

  /// Nodes for stakeholders: every node except the helpers, whose names start with `#`.
  var stakeholderNodes: [Group] { nodes.filter { !$0.title.hasPrefix("#") } }

  /// The node titled `title`; fails the test when there is not exactly one.
  func node(_ title: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Group? {
    let found = nodes.filter { $0.title == title }
    #expect(found.count == 1, "node \(title) appears \(found.count) times", sourceLocation: sourceLocation)
    return found.first
  }

  func cluster(_ title: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Group? {
    let found = clusters.filter { $0.title == title }
    #expect(found.count == 1, "cluster \(title) appears \(found.count) times", sourceLocation: sourceLocation)
    return found.first
  }

  /// Every drawn text in the picture, decoded.
  var texts: [String] { SVG.texts(in: text).map(SVG.unescaped) }
}
