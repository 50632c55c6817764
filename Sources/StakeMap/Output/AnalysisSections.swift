/// Which parts of an analysis a report shows.
public struct AnalysisSections: OptionSet, Sendable {
  public let rawValue: Int
  public init(rawValue: Int) { self.rawValue = rawValue }

  /// The header: title, goal, alignment.
  public static let summary = AnalysisSections(rawValue: 1 << 0)
  /// The stakeholder table: quadrant, salience, rank, brokerage, predicted stance.
  public static let stakeholders = AnalysisSections(rawValue: 1 << 1)
  /// Boundary spanners.
  public static let brokers = AnalysisSections(rawValue: 1 << 2)
  /// Conflicts, tension triangles and factions.
  public static let conflicts = AnalysisSections(rawValue: 1 << 3)
  /// The allies list.
  public static let allies = AnalysisSections(rawValue: 1 << 4)

  /// Everything.
  public static let all: AnalysisSections = [.summary, .stakeholders, .brokers, .conflicts, .allies]
}
