import PropertyBased
import StakeMap
import Testing

/// Printing a map and parsing it back gives the same map, and the printed text is
/// already canonical.
@Suite struct RoundTripPropertyTests {
  @Test func printThenParseGivesTheSameMap() async {
    await propertyCheck(count: 500, input: RandomMaps.map) { map in
      let text = StakeMapPrinter.print(map)
      let result = StakeMapParser.parse(text)
      #expect(result.isValid, "\(result.diagnostics.errors.map(Reported.init))\n\(text)")
      #expect(result.map == map, "\(text)")
    }
  }

  @Test func printedMapIsCanonical() async {
    await propertyCheck(count: 500, input: RandomMaps.map) { map in
      let text = StakeMapPrinter.print(map)
      #expect(SyntaxPrinter.print(StakeMapParser.parse(text).syntax) == text)
    }
  }

  @Test func generatorMakesVariedMaps() async {
    // Guards the generator itself: across many maps it must produce nesting,
    // every relation kind, headers and unusual text, or the properties prove little.
    var nested = false
    var kinds = Set<RelationKind>()
    var quoted = false
    var headers = false
    await propertyCheck(count: 500, input: RandomMaps.map) { map in
      nested = nested || map.domains.contains { $0.parent != nil }
      kinds.formUnion(map.relations.map(\.kind))
      quoted = quoted || map.stakeholders.contains { ($0.name ?? "").contains("\"") }
      headers = headers || (map.title != nil && map.me != nil && map.thresholds != .default)
      #expect(Set(map.stakeholders.map(\.id)).count == map.stakeholders.count)
    }
    #expect(nested)
    #expect(kinds == Set(RelationKind.allCases))
    #expect(quoted)
    #expect(headers)
  }
}
