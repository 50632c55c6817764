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
  /// Bold text: a PostScript font name Graphviz knows, so that SVG gets
  /// `font-weight="bold"` and PNG a bold face. A family list such as
  /// "Helvetica-Bold,Arial Bold,sans-serif" is neither: it draws regular text in
  /// whatever face the system falls back to.
  static let boldFont = "Helvetica-Bold"

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

    // Names may run right of the plot, into the lane below what the lane holds.
    var placed = LabelPlacer(bounds: Rect(x0: left, y0: bottom - 4, x1: width - 4, y1: bottom + plot))
    let unratedCount = analysis.people.filter(\.positioning.unrated).count
    let laneBottom =
      bottom + plot - 8 - (unratedCount > 0 ? 36 + 24 * Double(unratedCount) : 0) - 20 * 6 - 6 - 15 * 4 + 15 - 8
    placed.reserve(Rect(x0: laneX - 6, y0: laneBottom, x1: width, y1: height))
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
    func line(
      _ name: String, _ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, _ attrs: [(String, DOTWriter.Value)]
    ) {
      w.node("#\(name)-a", point(x0, y0) + [("style", .text("invis"))])
      w.node("#\(name)-b", point(x1, y1) + [("style", .text("invis"))])
      w.edge(
        "#\(name)-a", "#\(name)-b",
        attrs + [("pos", .text("\(pos(x0, y0)) \(pos(x0, y0)) \(pos(x1, y1)) \(pos(x1, y1))"))])
    }
    line(
      "axis-x", left, bottom, left + plot + 14, bottom,
      [("dir", .text("forward")), ("arrowhead", .text("normal")), ("arrowsize", .number(0.6))])
    line(
      "axis-y", left, bottom, left, bottom + plot + 14,
      [("dir", .text("forward")), ("arrowhead", .text("normal")), ("arrowsize", .number(0.6))])
    line(
      "threshold-interest", px, bottom, px, bottom + plot, [("style", .text("dashed")), ("color", .text("#888888"))])
    line("threshold-power", left, py, left + plot, py, [("style", .text("dashed")), ("color", .text("#888888"))])
    for i in 0...10 {
      let v = Double(i)
      w.node("#tick-x:\(i)", text("\(i)", left + v * unit, bottom - 12, size: 9, colour: "#444444"))
      w.node("#tick-y:\(i)", text("\(i)", left - 12, bottom + v * unit, size: 9, colour: "#444444"))
    }
    w.node("#axis-title-x", text("Interest →", left + plot / 2, bottom - 32, size: 12, colour: "#222222"))
    w.node("#axis-title-y", text("Power ↑", left - 6, bottom + plot + 26, size: 12, colour: "#222222"))
    if let title = map.title {
      w.node("#title", text(title.replacingNewlines, width / 2, height - 22, size: 16, colour: "#111111", bold: true))
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
      let isMe = p.stakeholder.id == map.me
      let label = p.stakeholder.displayName.replacingNewlines + (isMe ? " (you)" : "")
      // clear of the outline too: 1 point wide, 3 for you
      let spot = placed.place(label, near: centre, radius: diameter(p) / 2 + (isMe ? 1.5 : 0.5), bold: isMe)
      let x =
        switch spot.justification {
        case .left: spot.box.x0
        case .right: spot.box.x1
        case .centre: (spot.box.x0 + spot.box.x1) / 2
        }
      w.node(
        "#label:\(p.stakeholder.id.rawValue)",
        text(
          label, x, (spot.box.y0 + spot.box.y1) / 2, size: 10, colour: "#111111", bold: isMe,
          justification: spot.justification))
    }

    // The unrated lane and the legend, at the right.
    var y = bottom + plot - 8
    let unrated = analysis.people.filter(\.positioning.unrated)
    if !unrated.isEmpty {
      w.node("#lane-title", leftText("Unrated (analysed as 5)", laneX + 4, y, size: 11, colour: "#222222", bold: true))
      y -= 24
      for p in unrated {
        mark(&w, p, map: map, at: Point(x: laneX + 12, y: y), diameter: 16)
        let isMe = p.stakeholder.id == map.me
        let label = p.stakeholder.displayName.replacingNewlines + (isMe ? " (you)" : "")
        w.node(
          "#label:\(p.stakeholder.id.rawValue)", leftText(label, laneX + 26, y, size: 10, colour: "#111111", bold: isMe)
        )
        y -= 24
      }
      y -= 12
    }
    w.node("#legend-title", leftText("Stance", laneX + 4, y, size: 11, colour: "#222222", bold: true))
    y -= 20
    for word in StanceWord.allCases.reversed() {
      w.node(
        "#legend:\(word.rawValue)",
        [
          ("shape", .text("circle")), ("style", .text("filled")), ("fillcolor", .text(StancePalette.fill(word.value))),
          ("color", .text("#333333")), ("label", .text("")), ("fixedsize", .text("true")), ("width", .number(14 / 72)),
          ("pos", .text(pos(laneX + 12, y))),
        ])
      w.node("#legend-label:\(word.rawValue)", leftText(word.rawValue, laneX + 26, y, size: 10, colour: "#222222"))
      y -= 20
    }
    y -= 6
    for line in ["Larger disc: more influence", "(influence rank)", "Heavy outline: you", "Dashed lines: thresholds"] {
      w.node("#legend-note:\(line)", leftText(line, laneX + 4, y, size: 9, colour: "#444444"))
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
    tooltip +=
      "\npower \(ReportText.rating(s.power)), interest \(ReportText.rating(s.interest)), stance \(ReportText.stance(s.stance))"
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

  /// A one-line plain label. With `justification` `.centre`, `x` is the text's centre;
  /// with `.left` its left edge, with `.right` its right edge, exactly, however wide the
  /// font draws the text: the label sits in a fixed-size node a little wider than
  /// ``LabelPlacer/width(_:size:bold:)`` estimates, justified with `\l` or `\r`. The
  /// node is never narrower than the text, so Graphviz does not warn that it is "too
  /// small for label".
  static func text(
    _ label: String, _ x: Double, _ y: Double, size: Double, colour: String, bold: Bool = false,
    justification: DOTWriter.Justification = .centre
  ) -> [(String, DOTWriter.Value)] {
    // whole points: Graphviz rounds a node's width to whole points, so the edges fall exactly
    let width = (LabelPlacer.width(label, size: size, bold: bold) + 4).rounded(.up)
    let centre =
      switch justification {
      case .centre: x
      case .left: x + width / 2
      case .right: x - width / 2
      }
    return [
      ("shape", .text("plaintext")), ("label", .label(label, justification)), ("fontsize", .number(size)),
      ("fontcolor", .text(colour)), ("fontname", .text(bold ? boldFont : font)),
      ("width", .number(width / 72)), ("height", .number((size + 4) / 72)),
      ("fixedsize", .text("true")), ("margin", .text("0")), ("pos", .text(pos(centre, y))),
    ]
  }

  /// Text whose left edge is at `x`.
  static func leftText(_ label: String, _ x: Double, _ y: Double, size: Double, colour: String, bold: Bool = false)
    -> [(String, DOTWriter.Value)]
  {
    text(label, x, y, size: size, colour: colour, bold: bold, justification: .left)
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
  /// The distance from the nearest point of the rectangle to `p` (0 inside).
  func distance(to p: Point) -> Double {
    let dx = max(x0 - p.x, 0, p.x - x1)
    let dy = max(y0 - p.y, 0, p.y - y1)
    return (dx * dx + dy * dy).squareRoot()
  }
}

/// Greedy label placement: each label takes the first of eight spots around its mark
/// that overlaps nothing placed before and stays in bounds, else the least bad one.
struct LabelPlacer {
  /// Where a label goes: its estimated box, and how its text is anchored in it (`.left`
  /// for a label right of its mark, so that the text starts next to the mark whatever
  /// its real width; `.right` for one on the left; `.centre` above or below).
  struct Placement {
    var box: Rect
    var justification: DOTWriter.Justification
  }

  let bounds: Rect
  private(set) var taken: [Rect] = []

  init(bounds: Rect) { self.bounds = bounds }

  /// The width of text at a font size, in points, estimated on the generous side so that
  /// a node this wide always holds it: DejaVu Sans's widths for ASCII (the face Graphviz
  /// falls back to for "Helvetica,Arial,sans-serif" when Helvetica itself is missing, and
  /// wider than Helvetica, Arial or Liberation Sans), 0.8 em for other alphabets below
  /// U+0800 (Latin, Greek, Cyrillic, Hebrew, Arabic…), nothing for combining marks,
  /// joiners and variation selectors, 1.4 em for the rest of the Basic Multilingual Plane
  /// (CJK: 1 em, or a 1.3 em box when the glyph is missing) and 1.8 em above it (emoji: a
  /// missing glyph's box is 1.7 em); 20% more in bold, then 5% more.
  ///
  /// - Complexity: O(n) in the number of scalars of `text`.
  static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
    var em = 0.0
    for scalar in text.unicodeScalars {
      let v = scalar.value
      switch v {
      case 32...126: em += Double(dejaVuSans[Int(v) - 32]) / 1000
      case 0x0300...0x036F, 0x200B...0x200F, 0x2060...0x2064, 0xFE00...0xFE0F, 0xE0100...0xE01EF: continue
      case 0..<0x0800: em += 0.8
      case 0..<0x10000: em += 1.4
      default: em += 1.8
      }
    }
    return em * size * (bold ? 1.2 : 1) * 1.05 + 2
  }

  /// DejaVu Sans's advance widths (per 1000 em) for ASCII 32…126.
  private static let dejaVuSans: [Int] = [
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337,  // space … /
    636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531,  // 0 … ?
    1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,  // @ … O
    603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500,  // P … _
    500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,  // ` … o
    635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,  // p … ~
  ]

  mutating func reserve(_ r: Rect) { taken.append(r) }

  mutating func occupy(circle c: Point, diameter d: Double) {
    taken.append(Rect(x0: c.x - d / 2, y0: c.y - d / 2, x1: c.x + d / 2, y1: c.y + d / 2))
    discs.append((c, d / 2))
  }

  /// The discs placed, each label's own among them.
  private(set) var discs: [(centre: Point, radius: Double)] = []

  /// Where a label goes near a mark of `radius` at `c`: the first of eight spots (right,
  /// left, above, below, then the four diagonals, each just clear of the disc) that
  /// overlaps nothing placed before, stays in bounds and is nearer its own disc than any
  /// other; else the spot that breaks these least (an overlap costs its area, a spot
  /// nearer another disc 400, one out of bounds 10,000).
  mutating func place(_ label: String, near c: Point, radius r: Double, bold: Bool = false) -> Placement {
    let w = Self.width(label, size: 10, bold: bold)
    let h = 13.0
    let gap = 3.0
    let d = r * 0.71 + gap / 2  // a diagonal label's corner: just outside the disc at 45°
    let candidates: [(Rect, DOTWriter.Justification)] = [
      (Rect(x0: c.x + r + gap, y0: c.y - h / 2, x1: c.x + r + gap + w, y1: c.y + h / 2), .left),
      (Rect(x0: c.x - r - gap - w, y0: c.y - h / 2, x1: c.x - r - gap, y1: c.y + h / 2), .right),
      (Rect(x0: c.x - w / 2, y0: c.y + r + gap, x1: c.x + w / 2, y1: c.y + r + gap + h), .centre),
      (Rect(x0: c.x - w / 2, y0: c.y - r - gap - h, x1: c.x + w / 2, y1: c.y - r - gap), .centre),
      (Rect(x0: c.x + d, y0: c.y + d, x1: c.x + d + w, y1: c.y + d + h), .left),
      (Rect(x0: c.x - d - w, y0: c.y + d, x1: c.x - d, y1: c.y + d + h), .right),
      (Rect(x0: c.x + d, y0: c.y - d - h, x1: c.x + d + w, y1: c.y - d), .left),
      (Rect(x0: c.x - d - w, y0: c.y - d - h, x1: c.x - d, y1: c.y - d), .right),
    ]
    var best: (Placement, Double)?
    for (box, justification) in candidates {
      var cost = taken.reduce(0) { $0 + $1.overlapArea(box) }
      if !box.inside(bounds) { cost += 10_000 }
      let own = box.distance(to: c) - r
      if discs.contains(where: { $0.centre != c && box.distance(to: $0.centre) - $0.radius < own + 1 }) { cost += 400 }
      if cost == 0 {
        taken.append(box)
        return Placement(box: box, justification: justification)
      }
      if best == nil || cost < best!.1 { best = (Placement(box: box, justification: justification), cost) }
    }
    taken.append(best!.0.box)
    return best!.0
  }
}
