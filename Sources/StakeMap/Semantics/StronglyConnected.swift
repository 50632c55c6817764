/// Strongly connected components by Tarjan's algorithm, without recursion.
enum StronglyConnected {
  /// The components of a directed graph given as adjacency lists, each a list of
  /// node indices, in reverse topological order.
  ///
  /// - Complexity: O(V + E).
  static func components(count: Int, edges: [[Int]]) -> [[Int]] {
    var index = [Int](repeating: -1, count: count)
    var low = [Int](repeating: 0, count: count)
    var onStack = [Bool](repeating: false, count: count)
    var stack: [Int] = []
    var result: [[Int]] = []
    var next = 0
    var work: [(node: Int, edge: Int)] = []
    for root in 0..<count where index[root] < 0 {
      work.append((root, 0))
      index[root] = next
      low[root] = next
      next += 1
      stack.append(root)
      onStack[root] = true
      while let (node, edge) = work.last {
        if edge < edges[node].count {
          work[work.count - 1].edge += 1
          let target = edges[node][edge]
          if index[target] < 0 {
            index[target] = next
            low[target] = next
            next += 1
            stack.append(target)
            onStack[target] = true
            work.append((target, 0))
          } else if onStack[target] {
            low[node] = min(low[node], index[target])
          }
        } else {
          work.removeLast()
          if let parent = work.last?.node { low[parent] = min(low[parent], low[node]) }
          if low[node] == index[node] {
            var component: [Int] = []
            while true {
              let member = stack.removeLast()
              onStack[member] = false
              component.append(member)
              if member == node { break }
            }
            result.append(component)
          }
        }
      }
    }
    return result
  }
}
