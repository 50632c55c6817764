import Testing

@testable import StakeMapGraphviz

/// Many tasks rendering at once all succeed: the lock serialises Graphviz.
@Suite struct ConcurrencyTests {
  @Test func eightTasksRenderingFiftyGraphsEachAllSucceed() async throws {
    let tasks = 8
    let rendersPerTask = 50
    let results = try await withThrowingTaskGroup(of: (Int, Int).self) { group in
      for task in 0..<tasks {
        group.addTask {
          var good = 0
          for index in 0..<rendersPerTask {
            let name = "t\(task)_\(index)"
            let dot = "digraph G { subgraph cluster_\(name) { \(name) } \(name) -> other_\(task) }"
            let format: RenderFormat = index % 10 == 0 ? .png : .svg
            let engine: LayoutEngine = index % 2 == 0 ? .dot : .fdp
            let result = try GraphvizRenderer.render(dot: dot, engine: engine, format: format)
            let ok: Bool
            switch format {
            case .png: ok = result.bytes.starts(with: [0x89, 0x50, 0x4E, 0x47])
            default:
              ok =
                result.text.contains("<title>\(name)</title>")
                && result.text.contains("<title>cluster_\(name)</title>")
            }
            if ok && result.warnings.isEmpty { good += 1 }
          }
          return (task, good)
        }
      }
      var collected: [(Int, Int)] = []
      for try await result in group { collected.append(result) }
      return collected
    }
    #expect(results.count == tasks)
    #expect(results.allSatisfy { $0.1 == rendersPerTask })
  }

  @Test func failuresOnOtherThreadsDoNotLeakMessagesIntoGoodRenders() async throws {
    try await withThrowingTaskGroup(of: Void.self) { group in
      for task in 0..<4 {
        group.addTask {
          for index in 0..<25 {
            if task % 2 == 0 {
              #expect(throws: GraphvizError.self) {
                try GraphvizRenderer.render(dot: "digraph { a -> }", engine: .dot, format: .svg)
              }
            } else {
              let result = try GraphvizRenderer.render(
                dot: "digraph G { n\(index) }", engine: .dot, format: .svg)
              #expect(result.warnings.isEmpty)
              #expect(result.text.contains("<title>n\(index)</title>"))
            }
          }
        }
      }
      try await group.waitForAll()
    }
  }
}
