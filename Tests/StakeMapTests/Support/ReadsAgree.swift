import Testing

@_spi(Testing) @testable import StakeMap

/// The streaming read (with its short ways through plain lines) and the thorough read
/// (whole syntax, then resolved) of `text` agree: the same diagnostics, and the same
/// map when it is valid.
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
}
