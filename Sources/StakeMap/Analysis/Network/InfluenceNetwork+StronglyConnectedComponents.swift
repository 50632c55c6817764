/// The strongly connected components of an influence network: groups in which everyone
/// influences everyone else through some chain.
///
/// Components are listed sinks first (Tarjan's order, a reverse topological order of
/// the condensation): every edge between two components goes from a later-listed
/// component to an earlier-listed one. So iterating ``components`` in reverse visits
/// every influencer's component before the components it influences.
public struct StronglyConnectedComponents: Sendable, Equatable {
  /// The components, sinks first; each lists its nodes ascending. Every node is in
  /// exactly one component (a node on no cycle is a component of its own).
  public let components: [[Int]]
  /// The position in ``components`` of each node's component, in node order.
  public let componentOfNode: [Int]

  /// Creates the value from each node's component number (components numbered sinks
  /// first, from 0 to `componentCount − 1`).
  init(componentOfNode: [Int], componentCount: Int) {
    // Nodes in ascending order land in ascending order in their component: no sort.
    var sizes = [Int](repeating: 0, count: componentCount)
    for c in componentOfNode { sizes[c] += 1 }
    var components = sizes.map { size -> [Int] in
      var members: [Int] = []
      members.reserveCapacity(size)
      return members
    }
    for (v, c) in componentOfNode.enumerated() { components[c].append(v) }
    self.components = components
    self.componentOfNode = componentOfNode
  }

  /// The number of components.
  public var count: Int { components.count }
}

extension InfluenceNetwork {
  /// The strongly connected components, by Tarjan's algorithm without recursion (an
  /// explicit stack, so 100,000-node chains do not overflow the call stack).
  ///
  /// Depth-first search starts from nodes in ascending order and follows out-edges in
  /// ascending order, so the result is a deterministic function of the network.
  ///
  /// - Complexity: O(n + m) time and O(n) extra memory.
  public func stronglyConnectedComponents() -> StronglyConnectedComponents {
    let n = count
    let unvisited: Int32 = -1
    var discovery = [Int32](repeating: unvisited, count: n)
    var lowLink = [Int32](repeating: 0, count: n)
    var onStack = [Bool](repeating: false, count: n)
    var stack: [Int32] = []
    // The depth-first path: a node and the position of its next out-edge to follow.
    var path: [(node: Int32, edge: Int)] = []
    var componentOfNode = [Int](repeating: 0, count: n)
    var componentCount = 0
    var time: Int32 = 0

    for root in 0..<n where discovery[root] == unvisited {
      discovery[root] = time
      lowLink[root] = time
      time += 1
      stack.append(Int32(root))
      onStack[root] = true
      path.append((Int32(root), outOffsets[root]))

      while let (node, edge) = path.last {
        let v = Int(node)
        if edge < outOffsets[v + 1] {
          path[path.count - 1].edge = edge + 1
          let w = Int(outTargets[edge])
          if discovery[w] == unvisited {
            discovery[w] = time
            lowLink[w] = time
            time += 1
            stack.append(Int32(w))
            onStack[w] = true
            path.append((Int32(w), outOffsets[w]))
          } else if onStack[w] {
            lowLink[v] = min(lowLink[v], discovery[w])
          }
          continue
        }
        // All of v's edges followed: close v.
        path.removeLast()
        if let parent = path.last {
          let p = Int(parent.node)
          lowLink[p] = min(lowLink[p], lowLink[v])
        }
        if lowLink[v] == discovery[v] {
          while let top = stack.popLast() {
            onStack[Int(top)] = false
            componentOfNode[Int(top)] = componentCount
            if Int(top) == v { break }
          }
          componentCount += 1
        }
      }
    }
    return StronglyConnectedComponents(componentOfNode: componentOfNode, componentCount: componentCount)
  }
}
