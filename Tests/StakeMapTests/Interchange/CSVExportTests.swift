import Foundation
import StakeMapCSV
import Testing

@testable import StakeMap

/// Writing spreadsheets, and reading them back.
@Suite struct CSVExportTests {
  static let tiny = """
    me em
    domain eng "Engineering" {
      stakeholder cto "Dana Ruiz" role="CTO, interim" power=9 interest=7 stance=supportive goals=[reliability, speed]
      domain sre "SRE" {
        stakeholder em "Alex \\"AK\\" Kim" power=4 interest=10 stance=1.5 engagement=neutral -> leading note="two\\nlines"
      }
    }
    stakeholder board kind=group legitimacy=8 tags=[exec]
    cto -> em 0.7
    em depends-on board "sign-off, Q3"
    cto conflicts-with board
    """

  static func map(_ text: String) throws -> StakeMap {
    let result = StakeMapParser.parse(text, fileName: "map.stakes")
    try #require(!result.diagnostics.hasErrors, "\(result.diagnostics)")
    return result.map
  }

  @Test func stakeholdersSheet() throws {
    #expect(
      CSVMapWriter.stakeholders(try Self.map(Self.tiny)) == """
        id,name,role,domain,domain_id,power,interest,stance,legitimacy,urgency,openness,engagement,desired_engagement,kind,goals,tags,note
        cto,Dana Ruiz,"CTO, interim",Engineering,eng,9,7,supportive,,,0.5,,,person,reliability; speed,,
        em,"Alex ""AK"" Kim",,Engineering/SRE,eng/sre,4,10,1.5,,,0.5,neutral,leading,person,,,"two
        lines"
        board,,,,,,,neutral,8,,0.5,,,group,,exec,

        """)
  }

  @Test func relationsSheet() throws {
    #expect(
      CSVMapWriter.relations(try Self.map(Self.tiny)) == """
        from,type,to,weight,topic,note
        cto,influences,em,0.7,,
        em,depends-on,board,,"sign-off, Q3",
        cto,conflicts-with,board,,,

        """)
  }

  @Test func semicolonsAndByteOrderMarkForExcel() throws {
    let text = CSVMapWriter.relations(try Self.map(Self.tiny), delimiter: ";", byteOrderMark: true)
    #expect(Array(text.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(text.contains("\nem;depends-on;board;;sign-off, Q3;\n"), "a comma needs no quotes between semicolons")
    #expect(CSVMapWriter.field(" padded", ",") == "\" padded\"")
    #expect(CSVMapWriter.field("a;b", ";") == "\"a;b\"")
    #expect(CSVMapWriter.field("plain", ",") == "plain")
  }

  /// Map → CSV → map keeps every field CSV carries: all of each stakeholder, every
  /// relation, and the domains that hold someone (id, label, parent).
  static func expectRoundTrip(_ map: StakeMap, delimiter: Character = ",", bom: Bool = false) {
    let people = CSVMapWriter.stakeholders(map, delimiter: delimiter, byteOrderMark: bom)
    let links = CSVMapWriter.relations(map, delimiter: delimiter, byteOrderMark: bom)
    let back = CSVMapReader.read(
      stakeholders: .init(fileName: "people.csv", text: people), relations: .init(fileName: "links.csv", text: links))
    #expect(back.isValid, "\(DiagnosticRenderer().render(back.diagnostics))")
    #expect(back.map.stakeholders == map.stakeholders)
    #expect(back.map.relations == map.relations)
    let used = Set(map.stakeholders.compactMap(\.domain).flatMap { map.domainPath($0) })
    func shape(_ m: StakeMap) -> [DomainID: [String?]] {
      Dictionary(uniqueKeysWithValues: m.domains.map { ($0.id, [$0.label, $0.parent?.rawValue]) })
    }
    #expect(shape(back.map) == shape(map).filter { used.contains($0.key) })
  }

  @Test func roundTripOfTheFormatExample() throws {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/format-example", withExtension: "stakes"))
    let map = try Self.map(try String(contentsOf: url, encoding: .utf8))
    Self.expectRoundTrip(map)
    Self.expectRoundTrip(map, delimiter: ";", bom: true)
  }

  @Test func roundTripOfAwkwardValues() throws {
    let map = try Self.map(
      Self.tiny + """

        domain empty "Nobody here" {}
        domain ops "Ops; Infra" {
          stakeholder ü "Ünal Şahin, Jr." role="Lead; \\"on call\\"" power=0 interest=10 stance=-0.5 openness=1 urgency=3.25 engagement=unaware
          stakeholder x.y-z "X. Y-Z (contractor)" stance=opposed tags=[a, "b c"]
        }
        ü allied-with x.y-z
        x.y-z reports-to ü
        """)
    Self.expectRoundTrip(map)
    Self.expectRoundTrip(map, delimiter: "\t")
  }

  @Test func roundTripLosesWhatTheDocsSay() throws {
    // A goal holding a list separator comes back as two goals.
    let map = try Self.map("stakeholder a power=1 interest=1 goals=[\"cost, speed\"]")
    let back = CSVMapReader.read(stakeholders: .init(fileName: "p.csv", text: CSVMapWriter.stakeholders(map)))
    #expect(back.map.stakeholders[0].goals == ["cost", "speed"])
  }
}
