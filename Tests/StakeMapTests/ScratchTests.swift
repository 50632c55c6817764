import Testing
import Foundation
@testable import StakeMap

@Test func scratch() throws {
  let url = Bundle.module.url(forResource: "format-example", withExtension: "stakes", subdirectory: "Fixtures")!
  let bytes = Array(try Data(contentsOf: url))
  let result = StakeMapParser.parse(bytes: bytes, fileName: "ex.stakes")
  print(SyntaxPrinter.print(result.syntax))
  print("-----")
  print(StakeMapPrinter.print(result.map))
  #expect(StakeMapParser.parse(StakeMapPrinter.print(result.map)).map == result.map)
  let again = StakeMapParser.parse(SyntaxPrinter.print(result.syntax))
  #expect(SyntaxPrinter.print(again.syntax) == SyntaxPrinter.print(result.syntax))
}
