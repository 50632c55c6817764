import StakeMap
import Testing

@testable import StakeMapGraphviz

/// The power/interest grid: exact DOT for a tiny map, and where Graphviz (`nop2`) puts
/// things: interest to the right, power upward, in proportion; quadrants named; people
/// at the same spot spread apart; unrated people in a lane of their own.
@Suite struct GridChartTests {
  /// Snapshot: the canvas corners, the four quadrants and their names, axes, threshold
  /// lines and ticks, the title, one disc and one name per stakeholder (`ann`, who is
  /// `me`, with a heavy outline and "(you)"), the stance legend. Helper nodes start
  /// with `#`. One rating point is 54 points; the plot's origin is at (64, 56).
  @Test func theDOTOfATinyMap() {
    let expected = #"""
      graph "grid" {
        notranslate="true";
        outputorder="nodesfirst";
        bgcolor="white";
        fontname="Helvetica,Arial,sans-serif";
        pad="0.2";
        node [fontname="Helvetica,Arial,sans-serif", fontsize="10"];
        edge [arrowhead="none"];
        "#corner0" [shape="point", width="0", height="0", label="", pos="0,0", style="invis"];
        "#corner1" [shape="point", width="0", height="0", label="", pos="846,652", style="invis"];
        "#quadrant:keep-satisfied" [shape="box", style="filled", fillcolor="#fbeee6", color="#fbeee6", label="", fixedsize="true", width="3.75", height="3.75", pos="199,461"];
        "#quadrant-label:keep-satisfied" [shape="plaintext", label="Keep satisfied", fontsize="13", fontcolor="#555555", pos="124.5,584", width="1.57", height="0.25", fixedsize="true"];
        "#quadrant:manage-closely" [shape="box", style="filled", fillcolor="#f3e9f6", color="#f3e9f6", label="", fixedsize="true", width="3.75", height="3.75", pos="469,461"];
        "#quadrant-label:manage-closely" [shape="plaintext", label="Manage closely", fontsize="13", fontcolor="#555555", pos="543.5,584", width="1.57", height="0.25", fixedsize="true"];
        "#quadrant:monitor" [shape="box", style="filled", fillcolor="#f4f4f4", color="#f4f4f4", label="", fixedsize="true", width="3.75", height="3.75", pos="199,191"];
        "#quadrant-label:monitor" [shape="plaintext", label="Monitor", fontsize="13", fontcolor="#555555", pos="98.25,68", width="0.84", height="0.25", fixedsize="true"];
        "#quadrant:keep-informed" [shape="box", style="filled", fillcolor="#e9f1f8", color="#e9f1f8", label="", fixedsize="true", width="3.75", height="3.75", pos="469,191"];
        "#quadrant-label:keep-informed" [shape="plaintext", label="Keep informed", fontsize="13", fontcolor="#555555", pos="547.25,68", width="1.47", height="0.25", fixedsize="true"];
        "#axis-x-a" [shape="point", width="0", height="0", label="", pos="64,56", style="invis"];
        "#axis-x-b" [shape="point", width="0", height="0", label="", pos="618,56", style="invis"];
        "#axis-x-a" -- "#axis-x-b" [dir="forward", arrowhead="normal", arrowsize="0.6", pos="64,56 64,56 618,56 618,56"];
        "#axis-y-a" [shape="point", width="0", height="0", label="", pos="64,56", style="invis"];
        "#axis-y-b" [shape="point", width="0", height="0", label="", pos="64,610", style="invis"];
        "#axis-y-a" -- "#axis-y-b" [dir="forward", arrowhead="normal", arrowsize="0.6", pos="64,56 64,56 64,610 64,610"];
        "#threshold-interest-a" [shape="point", width="0", height="0", label="", pos="334,56", style="invis"];
        "#threshold-interest-b" [shape="point", width="0", height="0", label="", pos="334,596", style="invis"];
        "#threshold-interest-a" -- "#threshold-interest-b" [style="dashed", color="#888888", pos="334,56 334,56 334,596 334,596"];
        "#threshold-power-a" [shape="point", width="0", height="0", label="", pos="64,326", style="invis"];
        "#threshold-power-b" [shape="point", width="0", height="0", label="", pos="604,326", style="invis"];
        "#threshold-power-a" -- "#threshold-power-b" [style="dashed", color="#888888", pos="64,326 64,326 604,326 604,326"];
        "#tick-x:0" [shape="plaintext", label="0", fontsize="9", fontcolor="#444444", fontname="Helvetica,Arial,sans-serif", width="0.18", height="0.18", fixedsize="true", margin="0", pos="64,44"];
        "#tick-y:0" [shape="plaintext", label="0", fontsize="9", fontcolor="#444444", fontname="Helvetica,Arial,sans-serif", width="0.18", height="0.18", fixedsize="true", margin="0", pos="52,56"];
        "#tick-x:1" [shape="plaintext", label="1", fontsize="9", fontcolor="#444444", fontname="Helvetica,Arial,sans-serif", width="0.18", height="0.18", fixedsize="true", margin="0", pos="118,44"];
        "#tick-y:1" [shape="plaintext", label="1", fontsize="9", fontcolor="#444444", fontname="Helvetica,Arial,sans-serif", width="0.18", height="0.18", fixedsize="true", margin="0", pos="52,110"];
        "#tick-x:2" [shape="plaintext", label="2", fontsize="9", fontcolor="#444444", fontname="Helvetica,Arial,sans-serif", width="0.18", height="0.18", fixedsize="true", margin="0", pos="172,44"];
        "#tick-y:2" [shape="plaintext", label="2", fontsize="9", fontcolor="#444444", fontname="Helvetica,Arial,sans-serif", width="0.18", height="0.18", fixedsize="true", margin="0", pos="52,164"];
        "#tick-x:3" [shape="plaintext", label="3", fontsize="9", fontcolor="#444444", fontname="Helvetica,Arial,sans-serif", width="0.18", height="0.18", fixedsize="true", margin="0", pos="226,44"];
        "#tick-y:3" [shape="plaintext", label="3", fontsize="9", fontcolor="#444444", fontname="Helvetica,Arial,sans-serif", width="0.18", height="0.18", fixedsize="true", margin="0", pos="52,218"];
        "#tick-x:4" [shape="plaintext", label="4", fontsize="9", fontcolor="#444444", fontname="Helvetica,Arial,sans-serif", width="0.18", height="0.18", fixedsize="true", margin="0", pos="280,44"];
        "#tick-y:4" [shape="plaintext", label="4", fontsize="9", fontcolor="#444444", fontname="Helvetica,Arial,sans-serif", width="0.18", height="0.18", fixedsize="true", margin="0", pos="52,272"];
        "#tick-x:5" [shape="plaintext", label="5", fontsize="9", fontcolor="#444444", fontname="Helvetica,Arial,sans-serif", width="0.18", height="0.18", fixedsize="true", margin="0", pos="334,44"];
        "#tick-y:5" [shape="plaintext", label="5", fontsize="9", fontcolor="#444444", fontname="Helvetica,Arial,sans-serif", width="0.18", height="0.18", fixedsize="true", margin="0", pos="52,326"];
        "#tick-x:6" [shape="plaintext", label="6", fontsize="9", fontcolor="#444444", fontname="Helvetica,Arial,sans-serif", width="0.18", height="0.18", fixedsize="true", margin="0", pos="388,44"];
        "#tick-y:6" [shape="plaintext", label="6", fontsize="9", fontcolor="#444444", fontname="Helvetica,Arial,sans-serif", width="0.18", height="0.18", fixedsize="true", margin="0", pos="52,380"];
        "#tick-x:7" [shape="plaintext", label="7", fontsize="9", fontcolor="#444444", fontname="Helvetica,Arial,sans-serif", width="0.18", height="0.18", fixedsize="true", margin="0", pos="442,44"];
        "#tick-y:7" [shape="plaintext", label="7", fontsize="9", fontcolor="#444444", fontname="Helvetica,Arial,sans-serif", width="0.18", height="0.18", fixedsize="true", margin="0", pos="52,434"];
        "#tick-x:8" [shape="plaintext", label="8", fontsize="9", fontcolor="#444444", fontname="Helvetica,Arial,sans-serif", width="0.18", height="0.18", fixedsize="true", margin="0", pos="496,44"];
        "#tick-y:8" [shape="plaintext", label="8", fontsize="9", fontcolor="#444444", fontname="Helvetica,Arial,sans-serif", width="0.18", height="0.18", fixedsize="true", margin="0", pos="52,488"];
        "#tick-x:9" [shape="plaintext", label="9", fontsize="9", fontcolor="#444444", fontname="Helvetica,Arial,sans-serif", width="0.18", height="0.18", fixedsize="true", margin="0", pos="550,44"];
        "#tick-y:9" [shape="plaintext", label="9", fontsize="9", fontcolor="#444444", fontname="Helvetica,Arial,sans-serif", width="0.18", height="0.18", fixedsize="true", margin="0", pos="52,542"];
        "#tick-x:10" [shape="plaintext", label="10", fontsize="9", fontcolor="#444444", fontname="Helvetica,Arial,sans-serif", width="0.26", height="0.18", fixedsize="true", margin="0", pos="604,44"];
        "#tick-y:10" [shape="plaintext", label="10", fontsize="9", fontcolor="#444444", fontname="Helvetica,Arial,sans-serif", width="0.26", height="0.18", fixedsize="true", margin="0", pos="52,596"];
        "#axis-title-x" [shape="plaintext", label="Interest →", fontsize="12", fontcolor="#222222", fontname="Helvetica,Arial,sans-serif", width="1.07", height="0.22", fixedsize="true", margin="0", pos="334,24"];
        "#axis-title-y" [shape="plaintext", label="Power ↑", fontsize="12", fontcolor="#222222", fontname="Helvetica,Arial,sans-serif", width="0.93", height="0.22", fixedsize="true", margin="0", pos="58,622"];
        "#title" [shape="plaintext", label="Tiny", fontsize="16", fontcolor="#111111", fontname="Helvetica-Bold", width="0.68", height="0.28", fixedsize="true", margin="0", pos="423,630"];
        "ann" [shape="circle", style="filled", fillcolor="#5e3c99", color="#000000", penwidth="3", label="", fixedsize="true", width="0.64", tooltip="Ann, Lead\npower 8, interest 9, stance +2 (champion)\nManage closely", pos="550,488"];
        "#label:ann" [shape="plaintext", label="Ann (you)\r", fontsize="10", fontcolor="#111111", fontname="Helvetica-Bold", width="0.94", height="0.19", fixedsize="true", margin="0", pos="488.5,488"];
        "bo" [shape="circle", style="filled", fillcolor="#e66101", color="#333333", penwidth="1", label="", fixedsize="true", width="0.45", tooltip="Bo\npower 3, interest 6, stance -2 (opposed)\nKeep informed", pos="388,218"];
        "#label:bo" [shape="plaintext", label="Bo\l", fontsize="10", fontcolor="#111111", fontname="Helvetica,Arial,sans-serif", width="0.28", height="0.19", fixedsize="true", margin="0", pos="417.85,218"];
        "cy" [shape="circle", style="filled", fillcolor="#f7f7f7", color="#333333", penwidth="1", label="", fixedsize="true", width="0.45", tooltip="Cy\npower 6, interest 2, stance 0 (neutral)\nKeep satisfied", pos="172,380"];
        "#label:cy" [shape="plaintext", label="Cy\l", fontsize="10", fontcolor="#111111", fontname="Helvetica,Arial,sans-serif", width="0.28", height="0.19", fixedsize="true", margin="0", pos="201.85,380"];
        "#legend-title" [shape="plaintext", label="Stance\l", fontsize="11", fontcolor="#222222", fontname="Helvetica-Bold", width="0.75", height="0.21", fixedsize="true", margin="0", pos="671,588"];
        "#legend:champion" [shape="circle", style="filled", fillcolor="#5e3c99", color="#333333", label="", fixedsize="true", width="0.19", pos="652,568"];
        "#legend-label:champion" [shape="plaintext", label="champion\l", fontsize="10", fontcolor="#222222", fontname="Helvetica,Arial,sans-serif", width="0.81", height="0.19", fixedsize="true", margin="0", pos="695,568"];
        "#legend:supportive" [shape="circle", style="filled", fillcolor="#b2abd2", color="#333333", label="", fixedsize="true", width="0.19", pos="652,548"];
        "#legend-label:supportive" [shape="plaintext", label="supportive\l", fontsize="10", fontcolor="#222222", fontname="Helvetica,Arial,sans-serif", width="0.86", height="0.19", fixedsize="true", margin="0", pos="697,548"];
        "#legend:neutral" [shape="circle", style="filled", fillcolor="#f7f7f7", color="#333333", label="", fixedsize="true", width="0.19", pos="652,528"];
        "#legend-label:neutral" [shape="plaintext", label="neutral\l", fontsize="10", fontcolor="#222222", fontname="Helvetica,Arial,sans-serif", width="0.61", height="0.19", fixedsize="true", margin="0", pos="688,528"];
        "#legend:resistant" [shape="circle", style="filled", fillcolor="#fdb863", color="#333333", label="", fixedsize="true", width="0.19", pos="652,508"];
        "#legend-label:resistant" [shape="plaintext", label="resistant\l", fontsize="10", fontcolor="#222222", fontname="Helvetica,Arial,sans-serif", width="0.72", height="0.19", fixedsize="true", margin="0", pos="692,508"];
        "#legend:opposed" [shape="circle", style="filled", fillcolor="#e66101", color="#333333", label="", fixedsize="true", width="0.19", pos="652,488"];
        "#legend-label:opposed" [shape="plaintext", label="opposed\l", fontsize="10", fontcolor="#222222", fontname="Helvetica,Arial,sans-serif", width="0.71", height="0.19", fixedsize="true", margin="0", pos="691.5,488"];
        "#legend-note:Larger disc: more influence" [shape="plaintext", label="Larger disc: more influence\l", fontsize="9", fontcolor="#444444", fontname="Helvetica,Arial,sans-serif", width="1.89", height="0.18", fixedsize="true", margin="0", pos="712,462"];
        "#legend-note:(influence rank)" [shape="plaintext", label="(influence rank)\l", fontsize="9", fontcolor="#444444", fontname="Helvetica,Arial,sans-serif", width="1.13", height="0.18", fixedsize="true", margin="0", pos="684.5,447"];
        "#legend-note:Heavy outline: you" [shape="plaintext", label="Heavy outline: you\l", fontsize="9", fontcolor="#444444", fontname="Helvetica,Arial,sans-serif", width="1.33", height="0.18", fixedsize="true", margin="0", pos="692,432"];
        "#legend-note:Dashed lines: thresholds" [shape="plaintext", label="Dashed lines: thresholds\l", fontsize="9", fontcolor="#444444", fontname="Helvetica,Arial,sans-serif", width="1.71", height="0.18", fixedsize="true", margin="0", pos="705.5,417"];
      }

      """#
    expectSameDOT(GridChart.dot(Maps.tiny), expected)
  }

  @Test func theGridIsLaidOutWithNop2() {
    let picture = PictureBuilder.build(.grid, Maps.tiny)
    #expect(picture.engine == .nop2)
    #expect(picture.dot == GridChart.dot(Maps.tiny))
  }

  /// Stakeholders at distinct spots; `p0` at the origin.
  private let spread = Maps.analysis(
    """
    me p2
    stakeholder p0 power=0 interest=0
    stakeholder p1 power=2 interest=7.5
    stakeholder p2 power=10 interest=10
    stakeholder p3 power=6 interest=3
    stakeholder p4 power=9.5 interest=1
    stakeholder p5 power=4.5 interest=8
    p2 -> p1 0.9
    p2 -> p3
    p4 -> p2 0.2
    """)

  @Test func xGrowsWithInterestAndSVGYFallsWithPowerInProportion() throws {
    let svg = try Render.svg(.grid, spread)
    let people = spread.map.stakeholders
    var centres: [String: (x: Double, y: Double)] = [:]
    for s in people {
      let e = try #require(svg.node(s.id.rawValue)?.ellipse)
      centres[s.id.rawValue] = (e.cx, e.cy)
    }
    #expect(centres.count == 6)
    let origin = try #require(centres["p0"])
    for a in people {
      for b in people where (b.interest ?? 0) > (a.interest ?? 0) {
        #expect(centres[b.id.rawValue]!.x > centres[a.id.rawValue]!.x, "\(b.id) right of \(a.id)")
      }
      for b in people where (b.power ?? 0) > (a.power ?? 0) {
        #expect(centres[b.id.rawValue]!.y < centres[a.id.rawValue]!.y, "\(b.id) above \(a.id)")
      }
      guard a.id != "p0" else { continue }
      let c = centres[a.id.rawValue]!
      // the same number of points per rating point for everyone, on both axes
      #expect(abs((c.x - origin.x) / a.interest! - 54) < 0.01, "\(a.id)")
      #expect(abs((origin.y - c.y) / a.power! - 54) < 0.01, "\(a.id)")
    }
  }

  @Test func theFourQuadrantsAreShadedAndNamedWhereTheThresholdsPutThem() throws {
    let map = Maps.analysis(
      """
      thresholds power=7 interest=3
      stakeholder origin power=0 interest=0
      stakeholder corner power=10 interest=10
      """)
    let svg = try Render.svg(.grid, map)
    let o = try #require(svg.node("origin")?.ellipse)
    func x(_ interest: Double) -> Double { o.cx + 54 * interest }
    func y(_ power: Double) -> Double { o.cy - 54 * power }
    let expected: [(Quadrant, String, ClosedRange<Double>, ClosedRange<Double>)] = [
      (.keepSatisfied, "Keep satisfied", x(0)...x(3), y(10)...y(7)),
      (.manageClosely, "Manage closely", x(3)...x(10), y(10)...y(7)),
      (.monitor, "Monitor", x(0)...x(3), y(7)...y(0)),
      (.keepInformed, "Keep informed", x(3)...x(10), y(7)...y(0)),
    ]
    for (q, name, xs, ys) in expected {
      let shade = try #require(svg.node("#quadrant:" + q.rawValue)?.frame)
      #expect(abs(shade.x0 - xs.lowerBound) < 0.01 && abs(shade.x1 - xs.upperBound) < 0.01, "\(name)")
      #expect(abs(shade.y0 - ys.lowerBound) < 0.01 && abs(shade.y1 - ys.upperBound) < 0.01, "\(name)")
      let label = try #require(svg.node("#quadrant-label:" + q.rawValue))
      #expect(label.texts == [name])
      let at = try #require(label.body.firstMatch(of: /<text[^>]*? x="([-0-9.]+)" y="([-0-9.]+)"/))
      #expect(
        xs.contains(Double(at.output.1)!) && ys.contains(Double(at.output.2)!), "\(name) drawn outside its quadrant")
    }
    #expect(
      svg.texts.filter { ["Keep satisfied", "Manage closely", "Monitor", "Keep informed"].contains($0) }.count == 4)
  }

  @Test func stakeholdersAtTheSameSpotDoNotHideEachOther() throws {
    let map = Maps.analysis(
      """
      stakeholder a power=5 interest=5
      stakeholder b power=5 interest=5
      stakeholder c power=5 interest=5
      stakeholder d power=5 interest=5
      stakeholder e power=8 interest=2
      stakeholder f power=8 interest=2
      stakeholder g power=1 interest=9
      a -> b 0.9
      c -> b 0.9
      d -> b 0.9
      e -> b 0.9
      b -> f 0.9
      """)
    let svg = try Render.svg(.grid, map)
    let g = try #require(svg.node("g")?.ellipse)
    for group in [["a", "b", "c", "d"], ["e", "f"]] {
      let discs = try group.map { try #require(svg.node($0)?.ellipse) }
      for i in discs.indices {
        for j in discs.indices where j > i {
          let distance =
            ((discs[i].cx - discs[j].cx) * (discs[i].cx - discs[j].cx) + (discs[i].cy - discs[j].cy)
              * (discs[i].cy - discs[j].cy))
            .squareRoot()
          #expect(distance >= discs[i].rx + discs[j].rx, "\(group[i]) and \(group[j]) overlap")
        }
      }
      // still around their spot: the centres average to it
      let spot = try #require(map.map.stakeholder(StakeholderID(group[0])))
      let mean = (
        x: discs.map(\.cx).reduce(0, +) / Double(discs.count), y: discs.map(\.cy).reduce(0, +) / Double(discs.count)
      )
      #expect(abs(mean.x - (g.cx + 54 * (spot.interest! - 9))) < 0.05)
      #expect(abs(mean.y - (g.cy - 54 * (spot.power! - 1))) < 0.05)
    }
    #expect(b(svg, "b") > b(svg, "a"))  // b has the most influence: the biggest disc
  }

  private func b(_ svg: SVGDocument, _ id: String) -> Double { svg.node(id)?.ellipse?.rx ?? 0 }

  @Test func unratedStakeholdersStandInALaneRightOfThePlot() throws {
    let map = Maps.analysis(
      """
      stakeholder far power=10 interest=10
      stakeholder low power=0 interest=10
      stakeholder u1 "Una Rated" stance=supportive
      stakeholder u2 "Half Rated" power=7
      far -> low
      u1 -> far
      """)
    let svg = try Render.svg(.grid, map)
    let rated = try ["far", "low"].map { try #require(svg.node($0)?.ellipse) }
    let rightmost = rated.map { $0.cx + $0.rx }.max()!
    for id in ["u1", "u2"] {
      let disc = try #require(svg.node(id)?.ellipse)
      #expect(disc.cx - disc.rx > rightmost, "\(id) is not in the lane")
    }
    #expect(svg.node("#label:u1")?.texts == ["Una Rated"])
    #expect(svg.node("#label:u2")?.texts == ["Half Rated"])
    #expect(svg.node("#lane-title")?.texts == ["Unrated (analysed as 5)"])
    // one above the other, in map order
    #expect(try #require(svg.node("u1")?.ellipse).cy < (try #require(svg.node("u2")?.ellipse).cy))
  }

  @Test func aMapWithoutUnratedStakeholdersHasNoLane() throws {
    let svg = try Render.svg(.grid, Maps.tiny)
    #expect(svg.nodes.filter { $0.title == "#lane-title" }.isEmpty)
    #expect(!svg.texts.contains("Unrated (analysed as 5)"))
  }

  @Test func meHasAHeavierOutline() throws {
    let svg = try Render.svg(.grid, spread)
    #expect(svg.node("p2")?.strokeWidth == 3)
    for id in ["p0", "p1", "p3", "p4", "p5"] {
      #expect(svg.node(id)?.strokeWidth == 1, "\(id)")
    }
    #expect(svg.node("#label:p2")?.texts == ["p2 (you)"])
    // and a bold name (a font family list with "Bold" in it drew it regular)
    #expect(svg.node("#label:p2")?.body.contains("font-weight=\"bold\"") == true)
    #expect(svg.node("#label:p1")?.body.contains("font-weight") == false)
  }

  /// Names wider than Helvetica's average letter (capitals, CJK, emoji, a very long
  /// name in the unrated lane) draw no "size too small for label" warning, and each name
  /// starts (or ends, or is centred) right beside its own disc, not over it.
  @Test func wideNamesDrawWithoutWarningsBesideTheirDiscs() throws {
    let map = Maps.analysis(
      """
      stakeholder wide "WWWWWWWWWW MMMMMMMM" power=5 interest=5
      stakeholder cjk "日本語の名前です長い名前" power=3 interest=3
      stakeholder emoji "🚀🚀🚀 launch 👩🏽‍💻" power=2 interest=8
      stakeholder right "Near the right edge with a long name" power=8 interest=10
      stakeholder long "\(String(repeating: "M", count: 42))" stance=neutral
      """)
    let (svg, warnings) = try Render.svg(PictureBuilder.build(.grid, map))
    #expect(warnings.isEmpty)
    for s in map.map.stakeholders {
      let disc = try #require(svg.node(s.id.rawValue)?.ellipse)
      #expect(svg.node("#label:" + s.id.rawValue)?.texts == [s.displayName])
      let box = try #require(labelBox(svg, s.id.rawValue))
      #expect(distance(box, disc) >= disc.rx, "\(s.id)'s name runs over its disc")
    }
  }

  /// The box of a name as drawn: its anchored edge exactly, its far edge as estimated,
  /// from 8 points above the baseline to 2 below (SVG coordinates).
  private func labelBox(_ svg: SVGDocument, _ id: String) -> (x0: Double, y0: Double, x1: Double, y1: Double)? {
    guard let label = svg.node("#label:" + id),
      let m = label.body.firstMatch(
        of: /<text text-anchor="(\w+)" x="([-0-9.]+)" y="([-0-9.]+)"[^>]*?(font-weight="bold")?[^>]*>/),
      let x = Double(m.output.2), let y = Double(m.output.3)
    else { return nil }
    let w = LabelPlacer.width(label.texts.joined(separator: " "), size: 10, bold: m.output.4 != nil)
    let x0 =
      switch m.output.1 {
      case "start": x
      case "end": x - w
      default: x - w / 2
      }
    return (x0, y - 8, x0 + w, y + 2)
  }

  /// From a disc's centre to the nearest point of a box.
  private func distance(
    _ box: (x0: Double, y0: Double, x1: Double, y1: Double), _ disc: (cx: Double, cy: Double, rx: Double)
  ) -> Double {
    let dx = max(box.x0 - disc.cx, 0, disc.cx - box.x1)
    let dy = max(box.y0 - disc.cy, 0, disc.cy - box.y1)
    return (dx * dx + dy * dy).squareRoot()
  }

  /// Your name goes beside your own disc, not nearer someone else's: at interest 10 there
  /// is room right of the plot, so it no longer sits over a neighbour's disc (as it did on
  /// two of the three samples).
  @Test func yourNameIsNearerYourDiscThanAnyOther() throws {
    let map = Maps.analysis(
      """
      me you
      stakeholder you "Ji-woo Park" power=5 interest=10
      stakeholder near "Harriet Cole" power=5 interest=8
      stakeholder below "Anika Sharma" power=4 interest=9
      stakeholder above "Björn Eriksson" power=6 interest=9
      you -> near 0.9
      near -> you 0.9
      below -> you
      above -> you
      """)
    let svg = try Render.svg(.grid, map)
    for id in ["you", "near", "below", "above"] {
      let box = try #require(labelBox(svg, id))
      let own = distance(box, try #require(svg.node(id)?.ellipse)) - (svg.node(id)?.ellipse?.rx ?? 0)
      for other in ["you", "near", "below", "above"] where other != id {
        let disc = try #require(svg.node(other)?.ellipse)
        #expect(distance(box, disc) - disc.rx > own, "\(id)'s name is nearer \(other)'s disc")
      }
    }
  }

  @Test(arguments: Maps.sampleNames)
  func onTheSamplesYourNameIsNearerYourDiscThanAnyOther(name: String) throws {
    let analysis = try Maps.sample(name)
    let me = try #require(analysis.map.me?.rawValue)
    let svg = try Render.svg(.grid, analysis)
    let box = try #require(labelBox(svg, me))
    let disc = try #require(svg.node(me)?.ellipse)
    let own = distance(box, disc) - disc.rx
    #expect(own >= 0 && own < 6)
    for node in svg.stakeholderNodes where node.title != me {
      let other = try #require(node.ellipse)
      #expect(distance(box, other) - other.rx > own, "nearer \(node.title)")
    }
  }

  /// Every stakeholder of every sample is one disc titled by its id.
  @Test(arguments: Maps.sampleNames)
  func everySampleDrawsEveryStakeholderOnce(name: String) throws {
    let analysis = try Maps.sample(name)
    let (svg, warnings) = try Render.svg(PictureBuilder.build(.grid, analysis))
    #expect(warnings.isEmpty)
    #expect(svg.stakeholderNodes.map(\.title).sorted() == analysis.map.stakeholders.map(\.id.rawValue).sorted())
    #expect(svg.stakeholderNodes.allSatisfy { $0.ellipse != nil })
  }
}
