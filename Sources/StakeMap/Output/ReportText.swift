/// Short forms of analysis values shared by the text, Markdown and HTML reports.
public enum ReportText {
  /// A number with two decimals, trailing zeros dropped (`0.5`, `1.25`, `-0.33`).
  public static func fixed2(_ x: Double) -> String {
    var r = (x * 100).rounded() / 100
    if r == 0 { r = 0 }  // no "-0"
    return NumberText.format(r)
  }

  /// A signed number with three decimals: `+0.048`.
  public static func signed3(_ x: Double) -> String {
    var r = (x * 1000).rounded() / 1000
    if r == 0 { r = 0 }
    return (r > 0 ? "+" : "") + NumberText.format(r)
  }

  /// A signed stance with two decimals and its word: `+1.25 (supportive)`.
  public static func stance(_ x: Double) -> String {
    let sign = x > 0.004 ? "+" : ""
    return "\(sign)\(fixed2(x)) (\(StanceWord(nearest: x).rawValue))"
  }

  /// A share as a percentage with one decimal: `12.3%`.
  public static func percent(_ x: Double) -> String {
    let r = (x * 1000).rounded() / 10
    return NumberText.format(r) + "%"
  }

  /// Text from the map made safe for one line of a terminal: tabs and line breaks
  /// become spaces, and other control characters (C0, DEL, C1, which include the
  /// escape that starts colour codes) become U+FFFD.
  public static func plain(_ s: String) -> String {
    guard s.unicodeScalars.contains(where: isControl) else { return s }
    var out = String.UnicodeScalarView()
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\t", "\n", "\r": out.append(" ")
      case _ where isControl(scalar): out.append("\u{FFFD}")
      default: out.append(scalar)
      }
    }
    return String(out)
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }

  /// A 0–10 rating, or `?` when unrated.
  public static func rating(_ x: Double?) -> String { x.map(NumberText.format) ?? "?" }

  /// `name (id)`, or just the id when there is no separate name.
  public static func person(_ s: Stakeholder) -> String {
    s.name.map { "\($0) (\(s.id))" } ?? s.id.rawValue
  }

  /// The Gould–Fernandez roles someone plays, most frequent first: `gatekeeper 3, liaison 1`.
  public static func roles(_ r: BrokerageRoles) -> String {
    let named = [
      ("liaison", r.liaison), ("gatekeeper", r.gatekeeper), ("representative", r.representative),
      ("itinerant", r.itinerant), ("coordinator", r.coordinator),
    ].filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }
    return named.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
  }

  /// The boundary spanners: people who carry influence between domains (a liaison,
  /// gatekeeper, representative or itinerant role), most cross-domain paths first.
  public static func spanners(_ a: MapAnalysis, limit: Int = 10) -> [MapAnalysis.Person] {
    let crossing = a.people.filter { crossCount($0.roles) > 0 }
    return Array(
      crossing.sorted {
        crossCount($0.roles) != crossCount($1.roles)
          ? crossCount($0.roles) > crossCount($1.roles) : $0.brokerage > $1.brokerage
      }.prefix(limit))
  }

  static func crossCount(_ r: BrokerageRoles) -> Int {
    r.liaison + r.gatekeeper + r.representative + r.itinerant
  }

  /// A path of ids as names joined by arrows.
  public static func path(_ ids: [StakeholderID], names: [StakeholderID: String]) -> String {
    ids.map { names[$0] ?? $0.rawValue }.joined(separator: " → ")
  }
}
