/// A boundary around stakeholders: a department, team, bounded context or external party.
///
/// Domains nest; `parent` is the enclosing domain.
public struct Domain: Hashable, Sendable, Codable {
  /// The identifier, unique among domains.
  public var id: DomainID
  /// The label to show; `nil` shows the id.
  public var label: String?
  /// The enclosing domain; `nil` at top level.
  public var parent: DomainID?
  /// How many stakeholders the file declares before this domain's block opens.
  ///
  /// It keeps the order of a file's blocks when a map is printed back; a map built in
  /// code may leave it at `Int.max` (the block is printed after its siblings'
  /// stakeholders).
  public var position: Int

  /// Creates a domain.
  public init(id: DomainID, label: String? = nil, parent: DomainID? = nil, position: Int = .max) {
    self.id = id
    self.label = label
    self.parent = parent
    self.position = position
  }

  /// The label to show: the label, or the id when there is none.
  public var displayLabel: String { label ?? id.rawValue }
}
