import Dispatch

/// How often a node brokers between others, by Gould & Fernandez's five roles.
///
/// Each count is a number of open two-paths `a -> b -> c` through the broker b: a ≠ c,
/// and a does not influence c directly (Gould & Fernandez 1989, "Structures of
/// mediation"; as `sna::brokerage` in R and UCINET count them). The role depends on
/// which of a, b, c share a group:
///
/// | role | a | b | c |
/// | --- | --- | --- | --- |
/// | coordinator | G | G | G |
/// | itinerant (consultant) | G | H | G |
/// | representative | G | G | H |
/// | gatekeeper | H | G | G |
/// | liaison | G | H | K |
///
/// (G, H, K distinct groups.)
public struct BrokerageRoles: Sendable, Hashable, Codable {
  /// Two-paths within the broker's own group (w_I).
  public var coordinator: Int
  /// Two-paths between two members of another group, through an outsider (w_O).
  public var itinerant: Int
  /// Two-paths carrying the broker's group's influence out to another group (b_IO).
  public var representative: Int
  /// Two-paths letting another group's influence into the broker's group (b_OI).
  public var gatekeeper: Int
  /// Two-paths between two other, different groups (b_O).
  public var liaison: Int

  /// Creates counts; each defaults to 0.
  public init(
    coordinator: Int = 0, itinerant: Int = 0, representative: Int = 0,
    gatekeeper: Int = 0, liaison: Int = 0
  ) {
    self.coordinator = coordinator
    self.itinerant = itinerant
    self.representative = representative
    self.gatekeeper = gatekeeper
    self.liaison = liaison
  }

  /// All open two-paths through the broker, whatever their role.
  public var total: Int { coordinator + itinerant + representative + gatekeeper + liaison }
}

extension InfluenceNetwork {
  /// A group label per node for ``brokerageRoles(groups:)``: the position in
  /// `map.domains` of each stakeholder's domain, or −1 for stakeholders at top level
  /// (who form one group together).
  ///
  /// - Parameters:
  ///   - map: the map this network was built from (same stakeholder order).
  ///   - outermost: group by the outermost enclosing domain (a department with its
  ///     teams) instead of the innermost one (each team apart). Default `false`.
  /// - Complexity: O(n + d · depth) for n stakeholders and d domains.
  public static func domainGroups(of map: StakeMap, outermost: Bool = false) -> [Int] {
    var position: [DomainID: Int] = [:]
    for (i, domain) in map.domains.enumerated() where position[domain.id] == nil {
      position[domain.id] = i
    }
    var top: [DomainID: DomainID] = [:]
    if outermost {
      for domain in map.domains {
        top[domain.id] = map.domainPath(domain.id).first ?? domain.id
      }
    }
    return map.stakeholders.map { stakeholder in
      guard let domain = stakeholder.domain else { return -1 }
      let group = outermost ? (top[domain] ?? domain) : domain
      return position[group] ?? -1
    }
  }

  /// Gould–Fernandez brokerage roles of every node, given a group per node.
  ///
  /// Counts, for each broker b, the open two-paths `a -> b -> c` (a ≠ c, no edge
  /// `a -> c`) by role; see ``BrokerageRoles``. Weights are ignored. Large networks are
  /// split over the cores by broker; each node's counts are computed independently, so
  /// the result does not depend on the machine.
  ///
  /// - Parameter groups: one label per node; nodes with equal labels share a group (for
  ///   example ``domainGroups(of:outermost:)``, where −1, top level, is one group).
  /// - Returns: the counts of each node, in node order.
  /// - Complexity: O(Σ_b indeg(b) · outdeg(b) · log d) time for the largest out-degree
  ///   d: every two-path is visited once, and its closing edge is looked up by a merge
  ///   or a binary search over sorted adjacency. On hub-heavy graphs the number of
  ///   two-paths, not n or m, dominates. O(n) memory.
  public func brokerageRoles(groups: [Int]) -> [BrokerageRoles] {
    let n = count
    precondition(groups.count == n, "one group label per node")
    var roles = [BrokerageRoles](repeating: BrokerageRoles(), count: n)
    var work = 0
    for b in 0..<n {
      work += (inOffsets[b + 1] - inOffsets[b]) * (outOffsets[b + 1] - outOffsets[b])
    }
    let chunkCount = work < 1_000_000 ? 1 : 16
    roles.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let out = buffer
      DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
        let lower = n * chunk / chunkCount
        let upper = n * (chunk + 1) / chunkCount
        for b in lower..<upper {
          out[b] = brokerage(of: b, groups: groups)
        }
      }
    }
    return roles
  }

  /// The roles of one broker b.
  private func brokerage(of b: Int, groups: [Int]) -> BrokerageRoles {
    var roles = BrokerageRoles()
    let groupB = groups[b]
    let outStart = outOffsets[b]
    let outEnd = outOffsets[b + 1]
    guard outStart < outEnd else { return roles }
    for inEdge in inOffsets[b]..<inOffsets[b + 1] {
      let a = Int(inSources[inEdge])
      let groupA = groups[a]
      let aStart = outOffsets[a]
      let aEnd = outOffsets[a + 1]
      let merge = aEnd - aStart <= outEnd - outStart
      var cursor = aStart
      for e in outStart..<outEnd {
        let c = outTargets[e]
        if Int(c) == a { continue }
        // Is there a direct a -> c? (a's targets are sorted, so are b's.)
        var closed: Bool
        if merge {
          while cursor < aEnd && outTargets[cursor] < c { cursor += 1 }
          closed = cursor < aEnd && outTargets[cursor] == c
        } else {
          var lo = aStart
          var hi = aEnd
          while lo < hi {
            let mid = (lo + hi) / 2
            if outTargets[mid] < c { lo = mid + 1 } else { hi = mid }
          }
          closed = lo < aEnd && outTargets[lo] == c
        }
        if closed { continue }
        let groupC = groups[Int(c)]
        if groupA == groupB {
          if groupC == groupB { roles.coordinator += 1 } else { roles.representative += 1 }
        } else if groupC == groupB {
          roles.gatekeeper += 1
        } else if groupC == groupA {
          roles.itinerant += 1
        } else {
          roles.liaison += 1
        }
      }
    }
    return roles
  }
}
