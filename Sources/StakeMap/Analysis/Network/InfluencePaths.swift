/// The best chains of influence from one node to every node: fewest hops, then the
/// strongest product of weights.
///
/// Among chains with the fewest hops, the one whose weights multiply to the largest
/// product wins; products within a relative 1e-12 of each other count as equal (so the
/// order of multiplication cannot decide), and then the chain whose last step comes
/// from the lower node index wins, step by step back to the source.
public struct InfluencePaths: Sendable, Equatable {
  /// The node the chains start from.
  public let source: Int
  /// The number of hops to each node: 0 for the source, −1 when unreachable.
  public let hops: [Int]
  /// The product of the weights along each node's chosen chain: 1 for the source, 0
  /// when unreachable; in 0…1 for weights in 0…1.
  public let strength: [Double]
  /// The node before each node on its chosen chain; −1 for the source and for
  /// unreachable nodes.
  public let predecessor: [Int]

  /// Whether `target` can be reached from the source (the source reaches itself).
  public func reaches(_ target: Int) -> Bool { hops[target] >= 0 }

  /// The chosen chain from the source to `target`, both included, as node indices in
  /// order; `[source]` for the source itself, `nil` when unreachable.
  ///
  /// - Complexity: O(length of the chain).
  public func path(to target: Int) -> [Int]? {
    guard hops[target] >= 0 else { return nil }
    var chain = [target]
    chain.reserveCapacity(hops[target] + 1)
    var node = target
    while predecessor[node] >= 0 {
      node = predecessor[node]
      chain.append(node)
    }
    return chain.reversed()
  }
}

extension InfluenceNetwork {
  /// The best influence chain from every node reachable from `source` (FORMAT.md,
  /// "Path"): fewest hops, then the strongest product of weights; see
  /// ``InfluencePaths`` for ties.
  ///
  /// One breadth-first search: a node's predecessors on shortest chains all lie in the
  /// previous layer and are dequeued before it, so its best product is final when it is
  /// dequeued, and relaxing its out-edges completes the next layer (dynamic programming
  /// over the BFS DAG).
  ///
  /// - Parameter source: a node index in `0 ..< count`.
  /// - Complexity: O(n + m) time and O(n) memory.
  public func influencePaths(from source: Int) -> InfluencePaths {
    let n = count
    precondition(source >= 0 && source < n, "source out of range")
    var hops = [Int](repeating: -1, count: n)
    var strength = [Double](repeating: 0, count: n)
    var predecessor = [Int](repeating: -1, count: n)
    var queue = [Int32](repeating: 0, count: n)
    hops[source] = 0
    strength[source] = 1
    queue[0] = Int32(source)
    var head = 0
    var tail = 1
    while head < tail {
      let u = Int(queue[head])
      head += 1
      let next = hops[u] + 1
      let strengthU = strength[u]
      for e in outOffsets[u]..<outOffsets[u + 1] {
        let v = Int(outTargets[e])
        let candidate = strengthU * outWeights[e]
        if hops[v] < 0 {
          hops[v] = next
          strength[v] = candidate
          predecessor[v] = u
          queue[tail] = Int32(v)
          tail += 1
        } else if hops[v] == next {
          let best = strength[v]
          let slack = 1e-12 * max(abs(candidate), abs(best))
          if candidate > best + slack || (candidate >= best - slack && u < predecessor[v]) {
            strength[v] = candidate
            predecessor[v] = u
          }
        }
      }
    }
    return InfluencePaths(
      source: source, hops: hops, strength: strength, predecessor: predecessor)
  }

  /// The best influence chain from `source` to `target` as node indices in order,
  /// both included (fewest hops, then the strongest product of weights); `[source]`
  /// when they are the same node, `nil` when `target` is unreachable.
  ///
  /// - Complexity: O(n + m); use ``influencePaths(from:)`` for many targets.
  public func influencePath(from source: Int, to target: Int) -> [Int]? {
    influencePaths(from: source).path(to: target)
  }
}
