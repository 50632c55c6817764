/// The nodes a node can influence through chains of influence, layer by layer.
public struct Reach: Sendable, Equatable {
  /// The node the chains start from.
  public let source: Int
  /// `layers[h]` holds the nodes at exactly h hops, ascending; `layers[0]` is
  /// `[source]`. The last layer is non-empty.
  public let layers: [[Int]]

  /// How many nodes are reachable, the source excluded.
  public var count: Int { layers.dropFirst().reduce(0) { $0 + $1.count } }

  /// The reachable nodes, the source excluded, nearest first (ascending within a layer).
  public var nodes: [Int] { Array(layers.dropFirst().joined()) }

  /// The most hops any reachable node needs (0 when the source reaches nobody).
  public var depth: Int { layers.count - 1 }
}

extension InfluenceNetwork {
  /// Everyone `source` influences directly or through others, by number of hops.
  ///
  /// - Parameters:
  ///   - source: a node index in `0 ..< count`.
  ///   - maxHops: stop after this many hops (≥ 0); by default, no limit.
  /// - Complexity: O(n + m) time (O(n + r log r) with the sort of r reached nodes).
  public func reach(from source: Int, maxHops: Int = .max) -> Reach {
    precondition(source >= 0 && source < count, "source out of range")
    var seen = [Bool](repeating: false, count: count)
    seen[source] = true
    var layers: [[Int]] = [[source]]
    while layers.count - 1 < maxHops {
      var layer: [Int] = []
      for u in layers[layers.count - 1] {
        for e in outOffsets[u]..<outOffsets[u + 1] {
          let v = Int(outTargets[e])
          if !seen[v] {
            seen[v] = true
            layer.append(v)
          }
        }
      }
      if layer.isEmpty { break }
      layer.sort()
      layers.append(layer)
    }
    return Reach(source: source, layers: layers)
  }
}
