import Foundation
import StakeMap
import Testing

@testable import StakeMapGraphviz

/// The grid as drawn: where Graphviz put each stakeholder's disc.
@Suite struct GridChartTests {
  /// The centre of each stakeholder's disc in the SVG, by id.
  static func centres(_ svg: String) -> [String: (x: Double, y: Double, stroke: Double)] {
    var found: [String: (Double, Double, Double)] = [:]
    for match in svg.matches(of: /<title>([^<]+)<\/title>\s*<g id="a_node\d+"><a [^>]*>\s*<ellipse [^>]*?(?:stroke-width="([\d.]+)" )?cx="([-\d.]+)" cy="([-\d.]+)"/) {
      found[String(match.output.1)] = (
        Double(match.output.3)!, Double(match.output.4)!, match.output.2.map { Double($0)! } ?? 1
      )
    }
    return found
  }

  static func render(_ text: String) throws -> String {
    let parse = StakeMapParser.parse(text)
    #expect(parse.isValid)
    return try PictureBuilder.render(.grid, MapAnalysis(parse.map), format: .svg).text
  }

  @Test func interestGrowsRightAndPowerUp() throws {
    let svg = try Self.render(
      """
      me a
      stakeholder a power=2 interest=1
      stakeholder b power=5 interest=4
      stakeholder c power=9 interest=8
      """)
    let c = Self.centres(svg)
    let (a, b, cc) = (try #require(c["a"]), try #require(c["b"]), try #require(c["c"]))
    // Right with interest, at the same number of points per rating point.
    #expect(a.x < b.x && b.x < cc.x)
    #expect(abs((b.x - a.x) / 3 - (cc.x - b.x) / 4) < 0.01)
    // Up with power: SVG's y grows downward.
    #expect(a.y > b.y && b.y > cc.y)
    #expect(abs((a.y - b.y) / 3 - (b.y - cc.y) / 4) < 0.01)
    // The same scale on both axes.
    #expect(abs((b.x - a.x) / 3 - (a.y - b.y) / 3) < 0.01)
    // You have the heavy outline.
    #expect(a.stroke > b.stroke)
  }

  @Test func quadrantsAreNamed() throws {
    let svg = try Self.render("stakeholder a power=2 interest=1\n")
    for name in ["Manage closely", "Keep satisfied", "Keep informed", "Monitor"] {
      #expect(svg.contains(">\(name)</text>"), "\(name)")
    }
  }

  @Test func peopleOnOneSpotAreSpreadApart() throws {
    let svg = try Self.render(
      """
      stakeholder a power=6 interest=6
      stakeholder b power=6 interest=6
      stakeholder c power=6 interest=6
      """)
    let c = Self.centres(svg)
    let points = ["a", "b", "c"].compactMap { c[$0] }
    #expect(points.count == 3)
    for i in 0..<3 {
      for j in (i + 1)..<3 {
        let d = ((points[i].x - points[j].x) * (points[i].x - points[j].x) + (points[i].y - points[j].y) * (points[i].y - points[j].y)).squareRoot()
        #expect(d >= 12, "discs \(i) and \(j) overlap: \(d)")
      }
    }
  }

  @Test func unratedPeopleStandInTheirOwnLane() throws {
    let svg = try Self.render(
      """
      stakeholder a power=5 interest=10
      stakeholder u "Unrated"
      """)
    let c = Self.centres(svg)
    let a = try #require(c["a"])
    let u = try #require(c["u"])
    #expect(u.x > a.x + 20)
    #expect(svg.contains("Unrated (analysed as 5)"))
  }
}
