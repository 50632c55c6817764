import PropertyBased
import StakeMap
import Testing

/// `fmt` undoes any layout: random maps, printed and then laid out differently
/// (comments, blank lines, indentation, line ends), format to the same text twice and
/// keep their map.
@Suite struct FormatPropertyTests {
  static let input = zip(RandomMaps.map, Gen.int(in: 0...99).array(of: 1...40))

  @Test func formattingARelaidOutMapIsIdempotentAndKeepsTheMap() async {
    await propertyCheck(count: 500, input: Self.input) { map, plan in
      let messy = Perturbation.apply(StakeMapPrinter.print(map), plan: plan)
      let result = StakeMapParser.parse(messy)
      #expect(result.isValid, "\(result.diagnostics.errors.map(Reported.init))\n\(messy)")
      #expect(result.map == map, "\(messy)")
      let once = SyntaxPrinter.print(result.syntax)
      let again = StakeMapParser.parse(once)
      #expect(again.map == map, "\(messy)")
      #expect(SyntaxPrinter.print(again.syntax) == once, "\(messy)")
    }
  }

  @Test func perturbationChangesTheText() {
    let text = lines("stakeholder a {", "  power = 1", "}")
    let messy = Perturbation.apply(text, plan: [0, 12, 20])
    #expect(messy == "stakeholder a {  # c\n  // slashes\n  power = 1\n\n\n\n}\n")
  }
}
