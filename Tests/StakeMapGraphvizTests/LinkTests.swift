import CGraphviz
import Testing

@testable import StakeMapGraphviz

/// The C library links and answers: a context can be made and freed, and knows its version.
@Suite struct LinkTests {
  @Test func aContextOpensReportsItsVersionAndFrees() throws {
    let (version, freed) = GraphvizSession.withExclusiveAccess { _ -> (String, Int32) in
      // gvFreeContext returns how many errors Graphviz has counted: forget other tests' ones
      agreseterrors()
      guard let gvc = gvContext() else { return ("", -1) }
      let version = gvcVersion(gvc).map { String(cString: $0) } ?? ""
      return (version, gvFreeContext(gvc))
    }
    #expect(freed == 0)
    #expect(!version.isEmpty)
    #expect(version.first?.isNumber == true)
  }

  @Test func theSharedContextReportsTheSameVersion() throws {
    let version = GraphvizRenderer.graphvizVersion
    #expect(version.first?.isNumber == true, "version: \(version)")
    #expect(version.contains("."))
  }
}
