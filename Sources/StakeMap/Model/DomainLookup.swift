/// Constant-time questions about a map's domains: parent, label, outermost ancestor.
public struct DomainLookup: Sendable {
  private let parents: [DomainID: DomainID]
  private let labels: [DomainID: String]

  /// Indexes a map's domains. O(d).
  public init(_ map: StakeMap) {
    var parents: [DomainID: DomainID] = [:]
    var labels: [DomainID: String] = [:]
    for d in map.domains {
      if let p = d.parent { parents[d.id] = p }
      labels[d.id] = d.displayLabel
    }
    self.parents = parents
    self.labels = labels
  }

  /// The domain's label, or its id when it has none or is unknown.
  public func label(_ id: DomainID) -> String { labels[id] ?? id.rawValue }

  /// The enclosing domain, if any.
  public func parent(_ id: DomainID) -> DomainID? { parents[id] }

  /// The top-level domain that holds `id` (itself when it is top level).
  ///
  /// - Complexity: O(depth), at most 64.
  public func outermost(_ id: DomainID) -> DomainID {
    var current = id
    var steps = 0
    while let p = parents[current], steps <= 64 {
      current = p
      steps += 1
    }
    return current
  }
}
