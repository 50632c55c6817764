import Testing

@_spi(Testing) @testable import StakeMap

/// The streaming read (with its short ways through plain lines) and the thorough read
/// (whole syntax, then resolved) of `text` agree: the same diagnostics, and the same
/// map when it is valid. So does `check` in two parts (cut past the middle), which
/// only counts the stakeholders it reads: the same diagnostics and counts.
func expectStreamingAndThoroughReadsAgree(
  _ text: String, _ comment: Comment? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  let source = SourceText(fileName: "t.stakes", text: text)
  let streamed = StakeMapParser.parse(source, splitFrom: .max)
  let thorough = StakeMapParser.parseKeepingSyntax(source)
  #expect(streamed.diagnostics == thorough.diagnostics, "\(comment ?? "")\n\(text)", sourceLocation: sourceLocation)
  if thorough.isValid {
    #expect(streamed.map == thorough.map, "\(comment ?? "")\n\(text)", sourceLocation: sourceLocation)
  }
  let checked = StakeMapParser.check(source, splitFrom: 0)
  #expect(
    checked.diagnostics == thorough.diagnostics, "check: \(comment ?? "")\n\(text)", sourceLocation: sourceLocation)
  if thorough.isValid {
    let counts = [checked.stakeholderCount, checked.domainCount, checked.relationCount]
    let map = thorough.map
    #expect(
      counts == [map.stakeholders.count, map.domains.count, map.relations.count], "check: \(text)",
      sourceLocation: sourceLocation)
  }
}
