import Testing

@testable import StakeMap

/// Tension triangles (FORMAT.md): two pairs allied, the third pair in conflict.
@Suite struct TensionTriangleTests {
  func triangles(_ text: String) -> TensionTriangles {
    let map = parseMap(text)
    return TensionTriangles(map: map, conflicts: ConflictFinder.conflicts(in: map, clout: [:]))
  }

  @Test func twoAlliancesAndAConflictMakeOne() {
    let t = triangles(
      """
      stakeholder a
      stakeholder p
      stakeholder b
      p allied-with a
      b allied-with p
      a conflicts-with b
      """)
    #expect(t.total == 1)
    #expect(t.triangles == [TensionTriangle(pivot: "p", a: "a", b: "b")])
  }

  @Test func noTriangleWhenAnAllianceIsMissing() {
    let t = triangles(
      """
      stakeholder a
      stakeholder p
      stakeholder b
      stakeholder q
      p allied-with a
      q allied-with b
      p -> b 1
      b reports-to p
      a conflicts-with b
      """)
    #expect(t.total == 0)
    #expect(t.triangles.isEmpty)
  }

  @Test func noTriangleWithoutAConflict() {
    let t = triangles(
      """
      stakeholder a
      stakeholder p
      stakeholder b
      p allied-with a
      p allied-with b
      a allied-with b
      """)
    #expect(t.total == 0)
  }

  @Test func inferredConflictsCount() {
    let t = triangles(
      """
      stakeholder a stance=supportive
      stakeholder p
      stakeholder b stance=resistant
      a depends-on b
      p allied-with a
      p allied-with b
      """)
    #expect(t.triangles == [TensionTriangle(pivot: "p", a: "a", b: "b")])
  }

  @Test func severalPivotsAreCountedAndOrdered() {
    // a–b conflict with pivots q and p (file order: p before q); c–d conflict with
    // pivot p; e–f conflict with none.
    let t = triangles(
      """
      stakeholder a
      stakeholder b
      stakeholder p
      stakeholder q
      stakeholder c
      stakeholder d
      stakeholder e
      stakeholder f
      q allied-with a
      q allied-with b
      a allied-with p
      b allied-with p
      p allied-with c
      p allied-with d
      e allied-with a
      a conflicts-with b
      d conflicts-with c
      e conflicts-with f
      """)
    #expect(t.total == 3)
    #expect(
      t.triangles == [
        TensionTriangle(pivot: "p", a: "a", b: "b"),
        TensionTriangle(pivot: "q", a: "a", b: "b"),
        TensionTriangle(pivot: "p", a: "d", b: "c"),
      ])
  }

  @Test func theAnalysisReportsThem() {
    let a = analyse(
      """
      stakeholder a
      stakeholder p
      stakeholder b
      p allied-with a
      p allied-with b
      a conflicts-with b
      """)
    #expect(a.tensionTriangles.total == 1)
    #expect(a.tensionTriangles.triangles.first?.pivot == "p")
  }
}
