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

/// `line` after `prefix`, at the top level and inside a domain's block (followed
/// there by the lines `blockTail`), with LF and CRLF line ends, with and without a
/// final line break: the reads agree each time
/// (``expectStreamingAndThoroughReadsAgree(_:_:sourceLocation:)``).
func expectReadsAgreeInEveryLayout(
  _ line: String, after prefix: String, blockTail: [String] = [],
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  for lineEnd in ["\n", "\r\n"] {
    for final in [lineEnd, ""] {
      let body = line.replacingOccurrences(of: "\n", with: lineEnd)
      expectStreamingAndThoroughReadsAgree(
        prefix + body + final, "top level, \(lineEnd.debugDescription), final \(final.debugDescription)",
        sourceLocation: sourceLocation)
      let block = (["domain d {", "  " + body] + blockTail.map { "  " + $0 } + ["}"]).joined(separator: lineEnd)
      expectStreamingAndThoroughReadsAgree(prefix + block + final, "in a domain", sourceLocation: sourceLocation)
    }
  }
}
