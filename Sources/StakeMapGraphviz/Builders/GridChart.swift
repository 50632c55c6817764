import Foundation
import StakeMap

/// The Mendelow power/interest grid as DOT for the `nop2` engine (every position
/// given, in points).
///
/// Interest grows to the right and power upward, 0–10 on both axes with a tick at
/// each point; the quadrant lines sit at the map's thresholds; the four quadrants are
/// shaded and named. Each stakeholder is a node named by its id: a disc coloured by
/// stance (``StancePalette``) and sized by influence rank, with its name beside it;
/// `me` has a heavy outline. People at the same spot are spread on a small circle so
/// none hides another, and names are placed where they overlap nothing placed before.
/// Unrated stakeholders stand in a lane of their own at the right, with the legend.
/// Helper nodes have names starting with `#`, which no stakeholder id can.
public enum GridChart {
  /// Points per rating point.
  static let unit = 54.0
  static let left = 64.0
  static let bottom = 56.0
  static let laneWidth = 190.0
  static let font = "Helvetica,Arial,sans-serif"

  /// The DOT text of the grid.
  public static func dot(_ analysis: MapAnalysis) -> String {
    let map = analysis.map
    let plot = 10 * unit
    let laneX = left + plot + 36
    let width = laneX + laneWidth + 16
    let titleHeight = map.title == nil ? 24.0 : 56.0
    let height = bottom + plot + titleHeight
    var w = DOTWriter(directed: false)
    w.open(
      graph: "grid",
      [
        ("notranslate", .text("true")), ("outputorder", .text("nodesfirst")), ("bgcolor", .text("white")),
        ("fontname", .text(font)), ("pad", .text("0.2")),
      ])
    w.defaults("node", [("fontname", .text(font)), ("fontsize", .number(10))])
    w.defaults("edge", [("arrowhead", .text("none"))])

    // Canvas corners fix the picture's extent.
    for (name, x, y) in [("#corner0", 0.0, 0.0), ("#corner1", width, height)] {
      w.node(name, point(x, y) + [("style", .text("invis"))])
    }

    var placed = LabelPlacer(bounds: Rect(x0: left, y0: bottom - 4, x1: left + plot + 30, y1: bottom + plot))
    // Quadrants.
    let t = map.thresholds
    let px = left + t.interest * unit
    let py = bottom + t.power * unit
    let quadrants: [(Quadrant, Double, Double, Double, Double, String)] = [
      (.keepSatisfied, left, py, px, bottom + plot, "#fbeee6"),
      (.manageClosely, px, py, left + plot, bottom + plot, "#f3e9f6"),
      (.monitor, left, bottom, px, py, "#f4f4f4"),
      (.keepInformed, px, bottom, left + plot, py, "#e9f1f8"),
    ]
    for (q, x0, y0, x1, y1, colour) in quadrants where x1 > x0 && y1 > y0 {
      w.node(
        "#quadrant:\(q.rawValue)",
        [
          ("shape", .text("box")), ("style", .text("filled")), ("fillcolor", .text(colour)),
          ("color", .text(colour)), ("label", .text("")), ("fixedsize", .text("true")),
          ("width", .number((x1 - x0) / 72)), ("height", .number((y1 - y0) / 72)),
          ("pos", .text(pos((x0 + x1) / 2, (y0 + y1) / 2))),
        ])
      // Name in the quadrant's outer top corner.
      let labelWidth = Double(q.title.count) * 7.5 + 8
      let onLeft = x0 == left
      let lx = onLeft ? x0 + labelWidth / 2 + 4 : x1 - labelWidth / 2 - 4
      let ly = y0 == bottom ? y0 + 12 : y1 - 12
      placed.reserve(Rect(x0: lx - labelWidth / 2, y0: ly - 9, x1: lx + labelWidth / 2, y1: ly + 9))
      w.node(
        "#quadrant-label:\(q.rawValue)",
        [
          ("shape", .text("plaintext")), ("label", .label(q.title)), ("fontsize", .number(13)),
          ("fontcolor", .text("#555555")), ("pos", .text(pos(lx, y0 == bottom ? y0 + 12 : y1 - 12))),
          ("width", .number(labelWidth / 72)), ("height", .number(0.25)), ("fixedsize", .text("true")),
        ])
    }

    // Axes, ticks, threshold lines.
    func line(_ name: String, _ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, _ attrs: [(String, DOTWriter.Value)]) {
      w.node("#\(name)-a", point(x0, y0) + [("style", .text("invis"))])
      w.node("#\(name)-b", point(x1, y1) + [("style", .text("invis"))])
      w.edge("#\(name)-a", "#\(name)-b", attrs + [("pos", .text("\(pos(x0, y0)) \(pos(x0, y0)) \(pos(x1, y1)) \(pos(x1, y1))"))])
    }
    line("axis-x", left, bottom, left + plot + 14, bottom, [("dir", .text("forward")), ("arrowhead", .text("normal")), ("arrowsize", .number(0.6))])
    line("axis-y", left, bottom, left, bottom + plot + 14, [("dir", .text("forward")), ("arrowhead", .text("normal")), ("arrowsize", .number(0.6))])
    line("threshold-interest", px, bottom, px, bottom + plot, [("style", .text("dashed")), ("color", .text("#888888"))])
    line("threshold-power", left, py, left + plot, py, [("style", .text("dashed")), ("color", .text("#888888"))])
    for i in 0...10 {
      let v = Double(i)
      w.node("#tick-x:\(i)", text("\(i)", left + v * unit, bottom - 12, size: 9, colour: "#444444"))
      w.node("#tick-y:\(i)", text("\(i)", left - 12, bottom + v * unit, size: 9, colour: "#444444"))
    }
    w.node("#axis-title-x", text("Interest →", left + plot / 2, bottom - 32, size: 12, colour: "#222222"))
    w.node("#axis-title-y", text("Power ↑", left - 6, bottom + plot + 26, size: 12, colour: "#222222"))
    if let title = map.title {
      w.node("#title", text(title, width / 2, height - 22, size: 16, colour: "#111111", bold: true))
    }

    // Marks.
    let maxRank = analysis.people.map(\.influenceRank).max() ?? 0
    func diameter(_ p: MapAnalysis.Person) -> Double {
      maxRank > 0 ? 12 + 34 * (p.influenceRank / maxRank).squareRoot() : 18
    }
    let rated = analysis.people.filter { !$0.positioning.unrated }
    let spots = spreadPositions(rated, diameter: diameter)
    for (p, centre) in zip(rated, spots) { placed.occupy(circle: centre, diameter: diameter(p)) }
    for (p, centre) in zip(rated, spots) {
      mark(&w, p, map: map, at: centre, diameter: diameter(p))
      let label = p.stakeholder.displayName + (p.stakeholder.id == map.me ? " (you)" : "")
      let spot = placed.place(label, near: centre, radius: diameter(p) / 2)
      w.node("#label:\(p.stakeholder.id.rawValue)", text(label, spot.x, spot.y, size: 10, colour: "#111111", bold: p.stakeholder.id == map.me))
    }

    // The unrated lane and the legend, at the right.
    var y = bottom + plot - 8
    let unrated = analysis.people.filter(\.positioning.unrated)
    if !unrated.isEmpty {
      w.node("#lane-title", leftText("Unrated (analysed as 5)", laneX + 4, y, width: laneWidth - 8, size: 11, colour: "#222222", bold: true))
      y -= 24
      for p in unrated {
        mark(&w, p, map: map, at: Point(x: laneX + 12, y: y), diameter: 16)
        let label = p.stakeholder.displayName + (p.stakeholder.id == map.me ? " (you)" : "")
        let textWidth = LabelPlacer.width(label, size: 10)
        w.node("#label:\(p.stakeholder.id.rawValue)", leftText(label, laneX + 26, y, width: max(textWidth, laneWidth - 30), size: 10, colour: "#111111"))
        y -= 24
      }
      y -= 12
    }
    w.node("#legend-title", leftText("Stance", laneX + 4, y, width: 120, size: 11, colour: "#222222", bold: true))
    y -= 20
    for word in StanceWord.allCases.reversed() {
      w.node(
        "#legend:\(word.rawValue)",
        [
          ("shape", .text("circle")), ("style", .text("filled")), ("fillcolor", .text(StancePalette.fill(word.value))),
          ("color", .text("#333333")), ("label", .text("")), ("fixedsize", .text("true")), ("width", .number(14 / 72)),
          ("pos", .text(pos(laneX + 12, y))),
        ])
      w.node("#legend-label:\(word.rawValue)", leftText(word.rawValue, laneX + 26, y, width: 120, size: 10, colour: "#222222"))
      y -= 20
    }
    y -= 6
    for line in ["Larger disc: more influence", "(influence rank)", "Heavy outline: you", "Dashed lines: thresholds"] {
      w.node("#legend-note:\(line)", leftText(line, laneX + 4, y, width: laneWidth - 8, size: 9, colour: "#444444"))
      y -= 15
    }
    w.close()
    return w.text
  }

  // MARK: - Pieces

  static func mark(_ w: inout DOTWriter, _ p: MapAnalysis.Person, map: StakeMap, at c: Point, diameter: Double) {
    let s = p.stakeholder
    let isMe = s.id == map.me
    var tooltip = "\(s.displayName)"
    if let role = s.role { tooltip += ", \(role)" }
    tooltip += "\npower \(ReportText.rating(s.power)), interest \(ReportText.rating(s.interest)), stance \(ReportText.stance(s.stance))"
    tooltip += "\n\(p.positioning.quadrant.title)"
    w.node(
      s.id.rawValue,
      [
        ("shape", .text("circle")), ("style", .text("filled")), ("fillcolor", .text(StancePalette.fill(s.stance))),
        ("color", .text(isMe ? "#000000" : "#333333")), ("penwidth", .number(isMe ? 3 : 1)),
        ("label", .text("")), ("fixedsize", .text("true")), ("width", .number(diameter / 72)),
        ("tooltip", .tooltip(tooltip)), ("pos", .text(pos(c.x, c.y))),
      ])
  }

  /// Where each rated person's disc goes: at (interest, power), or on a small circle
  /// around it when several share the spot.
  static func spreadPositions(_ people: [MapAnalysis.Person], diameter: (MapAnalysis.Person) -> Double) -> [Point] {
    var groups: [String: [Int]] = [:]
    var order: [String] = []
    for (i, p) in people.enumerated() {
      let key = "\(p.positioning.interest),\(p.positioning.power)"
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(i)
    }
    var result = [Point](repeating: Point(x: 0, y: 0), count: people.count)
    for key in order {
      let members = groups[key]!
      let p0 = people[members[0]]
      let cx = left + p0.positioning.interest * unit
      let cy = bottom + p0.positioning.power * unit
      if members.count == 1 {
        result[members[0]] = Point(x: cx, y: cy)
        continue
      }
      let biggest = members.map { diameter(people[$0]) }.max() ?? 18
      let k = Double(members.count)
      let radius = (biggest / 2 + 2) / sin(Double.pi / k)
      for (j, member) in members.enumerated() {
        let angle = Double.pi / 2 + 2 * Double.pi * Double(j) / k
        result[member] = Point(x: cx + radius * cos(angle), y: cy + radius * sin(angle))
      }
    }
    return result
  }

  static func point(_ x: Double, _ y: Double) -> [(String, DOTWriter.Value)] {
    [
      ("shape", .text("point")), ("width", .number(0)), ("height", .number(0)), ("label", .text("")),
      ("pos", .text(pos(x, y))),
    ]
  }

  static func text(_ label: String, _ x: Double, _ y: Double, size: Double, colour: String, bold: Bool = false)
    -> [(String, DOTWriter.Value)]
  {
    [
      ("shape", .text("plaintext")), ("label", .label(label)), ("fontsize", .number(size)),
      ("fontcolor", .text(colour)), ("fontname", .text(bold ? "Helvetica-Bold,Arial Bold,sans-serif" : font)),
      ("width", .number(LabelPlacer.width(label, size: size) / 72)), ("height", .number((size + 4) / 72)),
      ("fixedsize", .text("true")), ("margin", .text("0")), ("pos", .text(pos(x, y))),
    ]
  }

  /// Text whose left edge is at `x`: an HTML-like label left-justified in a node of
  /// fixed `width`.
  static func leftText(_ label: String, _ x: Double, _ y: Double, width: Double, size: Double, colour: String, bold: Bool = false)
    -> [(String, DOTWriter.Value)]
  {
    let body = DOTWriter.htmlText(label)
    return [
      ("shape", .text("plaintext")),
      ("label", .html("<TABLE BORDER=\"0\" CELLPADDING=\"0\" CELLSPACING=\"0\"><TR><TD FIXEDSIZE=\"TRUE\" WIDTH=\"\(Int(width))\" HEIGHT=\"\(Int(size + 4))\" ALIGN=\"LEFT\">\(bold ? "<B>\(body)</B>" : body)</TD></TR></TABLE>")),
      ("fontsize", .number(size)), ("fontcolor", .text(colour)),
      ("width", .number(width / 72)), ("height", .number((size + 4) / 72)),
      ("fixedsize", .text("true")), ("margin", .text("0")), ("pos", .text(pos(x + width / 2, y))),
    ]
  }

  static func pos(_ x: Double, _ y: Double) -> String { "\(DOTWriter.format(x)),\(DOTWriter.format(y))" }
}

/// A point in Graphviz coordinates (points, y up).
struct Point: Equatable {
  var x: Double
  var y: Double
}

/// An axis-aligned rectangle.
struct Rect {
  var x0, y0, x1, y1: Double

  func overlaps(_ o: Rect) -> Bool { x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1 }
  func overlapArea(_ o: Rect) -> Double {
    max(0, min(x1, o.x1) - max(x0, o.x0)) * max(0, min(y1, o.y1) - max(y0, o.y0))
  }
  func inside(_ o: Rect) -> Bool { x0 >= o.x0 && x1 <= o.x1 && y0 >= o.y0 && y1 <= o.y1 }
}

/// Greedy label placement: each label takes the first of eight spots around its mark
/// that overlaps nothing placed before and stays in bounds, else the least bad one.
struct LabelPlacer {
  let bounds: Rect
  private(set) var taken: [Rect] = []

  init(bounds: Rect) { self.bounds = bounds }

  /// The estimated width of text in Helvetica at a font size, in points.
  static func width(_ text: String, size: Double) -> Double {
    Double(text.count) * size * 0.56 + 4
  }

  mutating func reserve(_ r: Rect) { taken.append(r) }

  mutating func occupy(circle c: Point, diameter d: Double) {
    taken.append(Rect(x0: c.x - d / 2, y0: c.y - d / 2, x1: c.x + d / 2, y1: c.y + d / 2))
  }

  /// The centre for a label near a mark of `radius` at `c`.
  mutating func place(_ label: String, near c: Point, radius r: Double) -> Point {
    let w = Self.width(label, size: 10)
    let h = 13.0
    let gap = 3.0
    let candidates = [
      Point(x: c.x + r + gap + w / 2, y: c.y),
      Point(x: c.x - r - gap - w / 2, y: c.y),
      Point(x: c.x, y: c.y + r + gap + h / 2),
      Point(x: c.x, y: c.y - r - gap - h / 2),
      Point(x: c.x + r + w / 2, y: c.y + r + h / 2),
      Point(x: c.x - r - w / 2, y: c.y + r + h / 2),
      Point(x: c.x + r + w / 2, y: c.y - r - h / 2),
      Point(x: c.x - r - w / 2, y: c.y - r - h / 2),
    ]
    var best: (Point, Double)?
    for p in candidates {
      let box = Rect(x0: p.x - w / 2, y0: p.y - h / 2, x1: p.x + w / 2, y1: p.y + h / 2)
      var cost = taken.reduce(0) { $0 + $1.overlapArea(box) }
      if !box.inside(bounds) { cost += 10_000 }
      if cost == 0 {
        taken.append(box)
        return p
      }
      if best == nil || cost < best!.1 { best = (p, cost) }
    }
    let p = best!.0
    taken.append(Rect(x0: p.x - w / 2, y0: p.y - h / 2, x1: p.x + w / 2, y1: p.y + h / 2))
    return p
  }
}
