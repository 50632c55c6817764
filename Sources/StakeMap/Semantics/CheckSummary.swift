/// The one-line summary `stakemap check` prints for a valid map.
public struct CheckSummary: Sendable {
  /// The line, e.g. `team.stakes: ok: 12 stakeholders, 3 domains, 20 relations, 1 warning`.
  public let line: String

  /// Summarises a parse.
  public init(_ result: ParseResult) {
    let map = result.map
    let warnings = result.diagnostics.warnings.count
    func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
    line =
      "\(result.source.fileName): ok: "
      + [
        count(map.stakeholders.count, "stakeholder"), count(map.domains.count, "domain"),
        count(map.relations.count, "relation"), count(warnings, "warning"),
      ].joined(separator: ", ")
  }
}
