import StakeMap
import Testing

/// Domains nest at most 64 deep; deeper files get one error and no crash.
@Suite struct NestingTests {
  /// `depth` domains nested inside each other, a stakeholder in the innermost, each
  /// level indented by two spaces (up to 100 levels: deeper indentation would make
  /// the text quadratic in the depth).
  static func nested(_ depth: Int) -> String {
    func indent(_ level: Int) -> String { String(repeating: "  ", count: min(level, 100)) }
    var text = ""
    for level in 0..<depth {
      text += indent(level) + "domain d\(level) {\n"
    }
    text += indent(depth) + "stakeholder deep power=1 interest=1\n"
    for level in (0..<depth).reversed() {
      text += indent(level) + "}\n"
    }
    return text + "stakeholder after power=1 interest=1\n"
  }

  @Test func sixtyFourNestedDomainsParse() {
    let map = validMap(Self.nested(64))
    #expect(map.domains.count == 64)
    #expect(map.stakeholder("deep")?.domain == "d63")
    #expect(map.domainPath("d63") == (0..<64).map { DomainID("d\($0)") })
    #expect(map.stakeholder("after")?.domain == nil)
  }

  @Test func sixtyFiveNestedDomainsGiveOneErrorAtTheDeepestDomain() {
    let result = parse(Self.nested(65))
    #expect(
      result.diagnostics.map(Reported.init) == [
        .error(65, 129, "domain 'd64' is nested 65 levels deep; at most 64 are allowed")
      ])
    // The rest of the file is read as written: the braces still match.
    #expect(result.map.domains.count == 64)
    #expect(result.map.stakeholder("after")?.domain == nil)
  }

  @Test func tenThousandNestedDomainsGiveAnErrorWithoutCrashing() {
    let result = parse(Self.nested(10_000))
    #expect(
      result.diagnostics.map(Reported.init) == [
        .error(65, 129, "domain 'd64' is nested 65 levels deep; at most 64 are allowed")
      ])
    #expect(result.map.stakeholder("after") != nil)
  }

  @Test func tenThousandUnclosedDomainsGiveErrorsWithoutCrashing() {
    let text = (0..<10_000).map { "domain d\($0) {\n" }.joined()
    let result = parse(text)
    let errors = result.diagnostics.map(Reported.init)
    #expect(errors.contains(.error(65, 1, "domain 'd64' is nested 65 levels deep; at most 64 are allowed")))
    // Every open block is unterminated; the report stops at the error limit.
    #expect(errors.contains(.error(64, 12, "unterminated block: the '{' of domain 'd63' is never closed")))
    #expect(errors.count == 50)
    #expect(result.reachedErrorLimit)
  }
}
