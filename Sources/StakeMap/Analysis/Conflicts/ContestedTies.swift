/// Which ties of a group of equally strong ties would join two people who conflict.
///
/// A tie is contested when it lies on some chain of ties (a simple path) between two
/// nodes that conflict. Taking any such tie could, together with the others, put the
/// two in one faction; taking only the uncontested ones never can, and which ties are
/// contested does not depend on the order in which they are listed.
enum ContestedTies {
  /// For each edge, whether it lies on a simple path between the two ends of a
  /// conflicting pair.
  ///
  /// An edge lies on such a path exactly when its biconnected block lies on the path
  /// between the pair in the block–cut tree (in a biconnected block, any edge lies on
  /// a simple path between any two of its nodes).
  ///
  /// - Parameters:
  ///   - count: the nodes, `0 ..< count`.
  ///   - edges: undirected edges between distinct nodes; a pair may repeat.
  ///   - conflicts: pairs of distinct nodes.
  /// - Complexity: O(n + m) for the blocks, plus O(depth) of the block–cut tree per
  ///   conflicting pair.
  static func contested(count: Int, edges: [(Int, Int)], conflicts: [(Int, Int)]) -> [Bool] {
    var adjacency = [[(to: Int, edge: Int)]](repeating: [], count: count)
    for (e, (u, v)) in edges.enumerated() {
      adjacency[u].append((v, e))
      adjacency[v].append((u, e))
    }

    // Biconnected blocks of the edges (Hopcroft–Tarjan with an edge stack, iterative).
    var discovered = [Int](repeating: -1, count: count)
    var low = [Int](repeating: 0, count: count)
    var block = [Int](repeating: -1, count: edges.count)
    var blockCount = 0
    var edgeStack: [Int] = []
    var time = 0
    for start in 0..<count where discovered[start] < 0 {
      discovered[start] = time
      low[start] = time
      time += 1
      var stack: [(node: Int, parentEdge: Int, next: Int)] = [(start, -1, 0)]
      while let frame = stack.last {
        let u = frame.node
        if frame.next < adjacency[u].count {
          let (v, e) = adjacency[u][frame.next]
          stack[stack.count - 1].next += 1
          if e == frame.parentEdge { continue }
          if discovered[v] < 0 {
            edgeStack.append(e)
            discovered[v] = time
            low[v] = time
            time += 1
            stack.append((v, e, 0))
          } else if discovered[v] < discovered[u] {
            edgeStack.append(e)  // a back edge to an ancestor
            low[u] = min(low[u], discovered[v])
          }
        } else {
          stack.removeLast()
          guard let parent = stack.last?.node else { continue }
          low[parent] = min(low[parent], low[u])
          if low[u] >= discovered[parent] {
            while let e = edgeStack.popLast() {
              block[e] = blockCount
              if e == frame.parentEdge { break }
            }
            blockCount += 1
          }
        }
      }
    }

    // The block–cut tree: node v for each node, node count + b for each block.
    var tree = [[Int]](repeating: [], count: count + blockCount)
    var linked = Set<Int>()
    for (e, (u, v)) in edges.enumerated() {
      for x in [u, v] where linked.insert(x * blockCount + block[e]).inserted {
        tree[x].append(count + block[e])
        tree[count + block[e]].append(x)
      }
    }
    var parent = [Int](repeating: -1, count: tree.count)
    var depth = [Int](repeating: -1, count: tree.count)
    var component = [Int](repeating: -1, count: tree.count)
    for root in 0..<count where depth[root] < 0 {
      depth[root] = 0
      component[root] = root
      var queue = [root]
      var head = 0
      while head < queue.count {
        let x = queue[head]
        head += 1
        for y in tree[x] where depth[y] < 0 {
          depth[y] = depth[x] + 1
          component[y] = root
          parent[y] = x
          queue.append(y)
        }
      }
    }

    // Mark the blocks on the tree path of each conflicting pair.
    var contestedBlock = [Bool](repeating: false, count: blockCount)
    for (x, y) in conflicts where component[x] == component[y] {
      var a = x
      var b = y
      while a != b {
        if depth[a] >= depth[b] {
          if a >= count { contestedBlock[a - count] = true }
          a = parent[a]
        } else {
          if b >= count { contestedBlock[b - count] = true }
          b = parent[b]
        }
      }
      if a >= count { contestedBlock[a - count] = true }
    }
    return block.map { $0 >= 0 && contestedBlock[$0] }
  }
}
