import StakeMap

/// `stakemap report`: one self-contained HTML page with the three pictures (inline
/// SVG), the quadrant table, the allies with reasons and paths, conflicts with common
/// ground, tension triangles, factions, alignment and the map's warnings.
///
/// No script and no network: styles are inline, pictures are inline SVG. Every piece
/// of text from the map is escaped (``HTMLText``); the SVG comes from Graphviz, which
/// escapes the text it draws.
public enum HTMLReport {
  /// The page.
  ///
  /// - Parameters:
  ///   - analysis: the analysed map.
  ///   - warnings: the map's warnings, already rendered as text lines.
  /// - Throws: ``GraphvizError`` when a picture cannot be drawn.
  public static func render(_ a: MapAnalysis, warnings: [String] = []) throws(GraphvizError) -> String {
    try page(a, warnings: warnings).html
  }

  /// The page, and what Graphviz said while drawing its pictures.
  public struct Page: Sendable {
    /// The HTML text.
    public var html: String
    /// Graphviz's warnings from the three renders, in order.
    public var graphvizWarnings: [String]
  }

  /// ``render(_:warnings:)``, keeping Graphviz's warnings for the caller to show.
  public static func page(_ a: MapAnalysis, warnings: [String] = []) throws(GraphvizError) -> Page {
    let map = a.map
    var graphvizWarnings: [String] = []
    let names = a.names
    let domains = DomainLookup(a.map)
    func e(_ s: String) -> String { HTMLText.escape(s) }
    func name(_ id: StakeholderID) -> String { e(names[id] ?? id.rawValue) }
    func svg(_ kind: PictureKind, _ label: String) throws(GraphvizError) -> (String, [String]) {
      let picture = PictureBuilder.build(kind, a)
      let result = try GraphvizRenderer.render(dot: picture.dot, engine: picture.engine, format: .svg)
      graphvizWarnings += result.warnings
      return (InlineSVG.inline(result.text, label: label), picture.notes)
    }
    let title = map.title ?? "Stakeholder map"
    let (grid, _) = try svg(.grid, "Power/interest grid of \(title)")
    let (graph, graphNotes) = try svg(.influence, "Influence graph of \(title)")
    let (deps, _) = try svg(.dependencies, "Dependency graph of \(title)")

    var h = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    h += "<title>\(e(title)) — stakemap report</title>\n<style>\n\(css)</style>\n</head>\n<body>\n"
    h += "<header>\n<h1>\(e(title))</h1>\n"
    if let goal = map.goal { h += "<p class=\"goal\"><strong>Goal:</strong> \(e(goal))</p>\n" }
    if let me = map.me { h += "<p><strong>Point of view:</strong> \(name(me))</p>\n" }
    h += "<p class=\"alignment\"><strong>Alignment</strong> (influence-weighted stance, −2…+2): "
    h += "<span class=\"\(stanceClass(a.alignment.now))\">\(e(ReportText.stance(a.alignment.now)))</span> now, "
    h +=
      "<span class=\"\(stanceClass(a.alignment.predicted))\">\(e(ReportText.stance(a.alignment.predicted)))</span> predicted "
    h += "as opinions move through the network.</p>\n"
    h += "<nav><a href=\"#grid\">Grid</a> · <a href=\"#allies\">Allies</a> · <a href=\"#conflicts\">Conflicts</a> · "
    h += "<a href=\"#influence\">Influence</a> · <a href=\"#dependencies\">Dependencies</a> · "
    h += "<a href=\"#quadrants\">Quadrants</a> · <a href=\"#stakeholders\">Stakeholders</a></nav>\n</header>\n<main>\n"

    if !warnings.isEmpty {
      h += "<section id=\"warnings\" class=\"warnings\">\n<h2>Warnings in the map</h2>\n<ul>\n"
      for w in warnings { h += "<li><code>\(e(w))</code></li>\n" }
      h += "</ul>\n</section>\n"
    }

    h += "<section id=\"grid\">\n<h2>Power and interest</h2>\n<figure class=\"picture\">\(grid)</figure>\n</section>\n"

    h += "<section id=\"allies\">\n<h2>Allies to win over first</h2>\n"
    if a.allies.isEmpty {
      h += "<p>No candidates: nobody neutral, supportive or resistant can be reached from you through influence.</p>\n"
    } else {
      h += "<ol class=\"allies\">\n"
      for ally in a.allies {
        guard let s = map.stakeholder(ally.id) else { continue }
        h += "<li><div class=\"who\"><strong>\(e(s.displayName))</strong>"
        if let role = s.role { h += " <span class=\"role\">\(e(role))</span>" }
        h +=
          " <span class=\"chip \(stanceClass(s.stance))\">\(e(StanceWord(nearest: s.stance).rawValue))</span></div>\n"
        h += "<div class=\"score\">expected gain \(e(ReportText.signed3(ally.score))): "
        h +=
          "\(e(ReportText.signed3(ally.gain))) alignment if won × \(e(ReportText.percent(ally.likelihood))) likely</div>\n"
        if let path = ally.path {
          h +=
            "<div class=\"path\">Path: " + path.map(name).joined(separator: " <span class=\"arrow\">→</span> ")
            + "</div>\n"
        }
        h += "<ul class=\"reasons\">" + ally.reasons.map { "<li>\(e($0))</li>" }.joined() + "</ul></li>\n"
      }
      h += "</ol>\n"
    }
    h += "</section>\n"

    h += "<section id=\"conflicts\">\n<h2>Conflicts</h2>\n"
    if a.conflicts.isEmpty {
      h += "<p>None declared or inferred.</p>\n"
    } else {
      h +=
        "<table>\n<thead><tr><th>Between</th><th>Over</th><th>Kind</th><th>Severity</th><th>Common ground</th><th>Approach</th></tr></thead>\n<tbody>\n"
      for c in a.conflicts {
        h += "<tr><td>\(name(c.a)) ↔ \(name(c.b))</td><td>\(e(c.topic ?? "—"))</td><td>\(c.kind.rawValue)</td>"
        h += "<td class=\"sev-\(c.severityLevel)\">\(c.severityLevel) (\(e(ReportText.fixed2(c.severity))))</td>"
        h += "<td>\(c.commonGround.isEmpty ? "none" : e(c.commonGround.joined(separator: ", ")))</td>"
        h += "<td>\(e(ConflictAdvice.text(c, names: names)))</td></tr>\n"
      }
      h += "</tbody>\n</table>\n"
    }
    h += "<h3>Tension triangles</h3>\n"
    if a.tensionTriangles.total == 0 {
      h += "<p>None: nobody is allied with both sides of a conflict.</p>\n"
    } else {
      h += "<ul>\n"
      for t in a.tensionTriangles.triangles {
        h += "<li>\(name(t.pivot)) is allied with both \(name(t.a)) and \(name(t.b)), who conflict.</li>\n"
      }
      if a.tensionTriangles.total > a.tensionTriangles.triangles.count {
        h += "<li>… and \(a.tensionTriangles.total - a.tensionTriangles.triangles.count) more.</li>\n"
      }
      h += "</ul>\n"
    }
    h += "<h3>Factions</h3>\n"
    if a.factions.isEmpty {
      h += "<p>None.</p>\n"
    } else {
      h +=
        "<table>\n<thead><tr><th>Group</th><th>Members</th><th>Mean stance</th><th>Total power</th><th>Shared goals</th></tr></thead>\n<tbody>\n"
      for f in a.factions {
        h += "<tr><td>\(name(f.leader))'s group</td><td>\(f.members.map(name).joined(separator: ", "))</td>"
        h += "<td class=\"\(stanceClass(f.meanStance))\">\(e(ReportText.stance(f.meanStance)))</td>"
        h += "<td>\(e(NumberText.format(f.totalPower)))</td><td>\(e(f.sharedGoals.joined(separator: ", ")))</td></tr>\n"
      }
      h += "</tbody>\n</table>\n"
    }
    h += "</section>\n"

    h += "<section id=\"influence\">\n<h2>Influence</h2>\n"
    for note in graphNotes { h += "<p class=\"note\">\(e(note))</p>\n" }
    h += "<figure class=\"picture wide\">\(graph)</figure>\n"
    let spanners = ReportText.spanners(a)
    if !spanners.isEmpty {
      h +=
        "<h3>Boundary spanners</h3>\n<table>\n<thead><tr><th>Who</th><th>Brokerage</th><th>Roles across domains</th></tr></thead>\n<tbody>\n"
      for p in spanners {
        h +=
          "<tr><td>\(name(p.stakeholder.id))</td><td>\(e(ReportText.fixed2(p.brokerage)))</td><td>\(e(ReportText.roles(p.roles)))</td></tr>\n"
      }
      h += "</tbody>\n</table>\n"
    }
    h += "</section>\n"

    h +=
      "<section id=\"dependencies\">\n<h2>Dependencies</h2>\n<figure class=\"picture wide\">\(deps)</figure>\n</section>\n"

    h += "<section id=\"quadrants\">\n<h2>Quadrants</h2>\n<div class=\"quadrants\">\n"
    for q in [Quadrant.keepSatisfied, .manageClosely, .monitor, .keepInformed] {
      let members = a.people.filter { $0.positioning.quadrant == q }
      h += "<div class=\"quadrant q-\(q.rawValue)\"><h3>\(e(q.title))</h3><p class=\"strategy\">\(e(q.strategy)) "
      h += "Cadence: \(e(q.cadence)).</p><ul>"
      for p in members {
        let s = p.stakeholder
        h += "<li><span class=\"dot \(stanceClass(s.stance))\"></span>\(e(s.displayName))"
        if p.positioning.borderline { h += " <span class=\"tag\">borderline</span>" }
        if p.positioning.unrated { h += " <span class=\"tag\">unrated</span>" }
        if p.positioning.engagementGap > 0 {
          h +=
            " <span class=\"gap\">\(p.positioning.engagement.rawValue) → \(p.positioning.desiredEngagement.rawValue)</span>"
        }
        h += "</li>"
      }
      if members.isEmpty { h += "<li class=\"empty\">nobody</li>" }
      h += "</ul></div>\n"
    }
    h += "</div>\n</section>\n"

    h += "<section id=\"stakeholders\">\n<h2>Stakeholders</h2>\n<table class=\"numbers\">\n<thead><tr>"
    for head in [
      "Who", "Role", "Domain", "Power", "Interest", "Stance", "Predicted", "Influence rank", "Brokerage", "Salience",
    ] {
      h += "<th>\(head)</th>"
    }
    h += "</tr></thead>\n<tbody>\n"
    for p in a.people {
      let s = p.stakeholder
      h += "<tr><td>\(e(s.displayName))</td><td>\(e(s.role ?? ""))</td>"
      h += "<td>\(e(s.domain.map(domains.label) ?? ""))</td>"
      h += "<td>\(e(ReportText.rating(s.power)))</td><td>\(e(ReportText.rating(s.interest)))</td>"
      h += "<td class=\"\(stanceClass(s.stance))\">\(e(ReportText.fixed2(s.stance)))</td>"
      h += "<td class=\"\(stanceClass(p.predictedStance))\">\(e(ReportText.fixed2(p.predictedStance)))</td>"
      h += "<td>\(e(ReportText.percent(p.influenceRank)))</td><td>\(e(ReportText.fixed2(p.brokerage)))</td>"
      h += "<td>\(e(p.positioning.salience?.rawValue ?? ""))</td></tr>\n"
    }
    h += "</tbody>\n</table>\n"
    if !a.domainAlignment.isEmpty {
      h +=
        "<h3>Alignment by domain</h3>\n<table class=\"numbers\">\n<thead><tr><th>Domain</th><th>People</th><th>Now</th><th>Predicted</th></tr></thead>\n<tbody>\n"
      for (d, value) in a.domainAlignment {
        h += "<tr><td>\(e(domains.label(d)))</td><td>\(value.count)</td>"
        h += "<td class=\"\(stanceClass(value.now))\">\(e(ReportText.fixed2(value.now)))</td>"
        h += "<td class=\"\(stanceClass(value.predicted))\">\(e(ReportText.fixed2(value.predicted)))</td></tr>\n"
      }
      h += "</tbody>\n</table>\n"
    }
    h +=
      "</section>\n</main>\n<footer>Made with stakemap from a .stakes file. Stance colours: ColorBrewer PuOr (orange opposed … purple champion).</footer>\n</body>\n</html>\n"
    return Page(html: h, graphvizWarnings: graphvizWarnings)
  }

  static func stanceClass(_ x: Double) -> String { "stance-" + StanceWord(nearest: x).rawValue }

  static let css = """
    :root { color-scheme: light; --ink: #1d1d1f; --muted: #5b5b66; --line: #dcdce3; --bg: #fbfbfd; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 15px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink); background: var(--bg); }
    header, main, footer { max-width: 1180px; margin: 0 auto; padding: 0 24px; }
    header { padding-top: 28px; }
    h1 { font-size: 28px; margin: 0 0 8px; }
    h2 { font-size: 21px; margin: 36px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
    h3 { font-size: 16px; margin: 22px 0 8px; }
    nav { margin: 12px 0 0; color: var(--muted); }
    nav a { color: #3b4cca; text-decoration: none; }
    .goal { font-size: 16px; }
    figure.picture { margin: 0; background: white; border: 1px solid var(--line); border-radius: 8px; padding: 8px; }
    figure.picture svg { display: block; width: 100%; height: auto; max-height: 900px; }
    figure.wide svg { max-height: 1100px; }
    table { border-collapse: collapse; width: 100%; background: white; font-size: 14px; }
    th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
    th { background: #f1f1f5; font-weight: 600; }
    table.numbers td:nth-child(n+4) { text-align: right; font-variant-numeric: tabular-nums; }
    ol.allies { padding-left: 22px; }
    ol.allies > li { margin: 0 0 14px; background: white; border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
    .role { color: var(--muted); }
    .score, .path { font-size: 14px; color: var(--muted); }
    .path { color: var(--ink); }
    .arrow { color: var(--muted); }
    ul.reasons { margin: 6px 0 0; padding-left: 18px; font-size: 14px; }
    .chip { display: inline-block; font-size: 12px; padding: 0 8px; border-radius: 10px; border: 1px solid #999; }
    .stance-opposed { background: #e66101; color: white; }
    .stance-resistant { background: #fdb863; }
    .stance-neutral { background: #f7f7f7; }
    .stance-supportive { background: #b2abd2; }
    .stance-champion { background: #5e3c99; color: white; }
    td.stance-opposed, td.stance-resistant, td.stance-neutral, td.stance-supportive, td.stance-champion,
    span.stance-opposed, span.stance-resistant, span.stance-neutral, span.stance-supportive, span.stance-champion { padding: 1px 6px; border-radius: 4px; }
    .sev-high { color: #b2182b; font-weight: 600; }
    .sev-medium { color: #b35806; }
    .quadrants { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
    .quadrant { background: white; border: 1px solid var(--line); border-radius: 8px; padding: 8px 14px; }
    .quadrant h3 { margin-top: 4px; }
    .q-manage-closely { background: #f3e9f6; } .q-keep-satisfied { background: #fbeee6; }
    .q-keep-informed { background: #e9f1f8; } .q-monitor { background: #f4f4f4; }
    .strategy { color: var(--muted); font-size: 13px; margin: 0 0 6px; }
    .quadrant ul { list-style: none; padding: 0; margin: 0; }
    .dot { display: inline-block; width: 10px; height: 10px; border-radius: 50%; border: 1px solid #555; margin-right: 6px; }
    .tag { font-size: 11px; color: var(--muted); border: 1px solid var(--line); border-radius: 8px; padding: 0 6px; }
    .gap { font-size: 12px; color: #3b4cca; }
    .warnings { background: #fff8e6; border: 1px solid #f0d9a0; border-radius: 8px; padding: 4px 16px; margin-top: 16px; }
    .note { color: var(--muted); }
    footer { color: var(--muted); font-size: 12px; padding: 32px 24px; }
    @media (max-width: 720px) { .quadrants { grid-template-columns: 1fr; } }
    @media print { nav { display: none; } h2 { break-after: avoid; } figure { break-inside: avoid; } }

    """
}
