import StakeMap

/// Domains as a tree, for drawing nested clusters.
struct DomainTree {
  /// Child domains of each domain (`nil` is the top level), in map order.
  var children: [DomainID?: [Domain]] = [:]
  /// Stakeholder indices directly in each domain, in map order.
  var members: [DomainID?: [Int]] = [:]

  init(_ map: StakeMap, including: Set<Int>? = nil) {
    for d in map.domains { children[d.parent, default: []].append(d) }
    for (i, s) in map.stakeholders.enumerated() where including?.contains(i) ?? true {
      members[s.domain, default: []].append(i)
    }
    if including != nil {
      // Keep only domains that hold someone, directly or below.
      var keep: [DomainID?: [Domain]] = [:]
      func holds(_ id: DomainID) -> Bool {
        !(members[id] ?? []).isEmpty || (children[id] ?? []).contains { holds($0.id) }
      }
      for (parent, list) in children { keep[parent] = list.filter { holds($0.id) } }
      children = keep
    }
  }

  /// Visits domains depth first: `open` before a domain's contents, `close` after.
  func walk(
    _ parent: DomainID?, depth: Int = 0, open: (Domain, Int) -> Void, member: (Int) -> Void, close: (Domain) -> Void
  ) {
    for i in members[parent] ?? [] { member(i) }
    for d in children[parent] ?? [] {
      open(d, depth)
      walk(d.id, depth: depth + 1, open: open, member: member, close: close)
      close(d)
    }
  }
}

/// Cluster fills by nesting depth: light greys that stay behind stance colours.
enum ClusterStyle {
  static let fills = ["#f6f6f4", "#ecece8", "#e2e2dc", "#d8d8d0"]
  static func attributes(_ d: Domain, depth: Int) -> [(String, DOTWriter.Value)] {
    [
      ("label", .label(d.displayLabel)), ("style", .text("rounded,filled")),
      ("fillcolor", .text(fills[min(depth, fills.count - 1)])), ("color", .text("#9a9a90")),
      ("fontname", .text(GridChart.boldFont)), ("fontsize", .number(12)),
      ("fontcolor", .text("#333333")), ("labeljust", .text("l")), ("margin", .number(10)),
    ]
  }
}
