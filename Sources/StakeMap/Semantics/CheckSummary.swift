/// The one-line summary `stakemap check` prints for a valid map.
public struct CheckSummary: Sendable {
  /// The line, e.g. `team.stakes: ok: 12 stakeholders, 3 domains, 20 relations, 1 warning`.
  public let line: String

  /// Summarises a parse.
  public init(_ result: ParseResult) {
    self.init(
      fileName: result.source.fileName, stakeholders: result.map.stakeholders.count,
      domains: result.map.domains.count, relations: result.map.relations.count,
      warnings: result.diagnostics.warnings.count)
  }

  /// Summarises a check.
  public init(_ result: CheckResult) {
    self.init(
      fileName: result.source.fileName, stakeholders: result.stakeholderCount, domains: result.domainCount,
      relations: result.relationCount, warnings: result.diagnostics.warnings.count)
  }

  private init(fileName: String, stakeholders: Int, domains: Int, relations: Int, warnings: Int) {
    func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
    line =
      "\(fileName): ok: "
      + [
        count(stakeholders, "stakeholder"), count(domains, "domain"), count(relations, "relation"),
        count(warnings, "warning"),
      ].joined(separator: ", ")
  }
}
