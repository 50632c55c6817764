import Foundation
import Testing

@testable import StakeMap

@Suite struct KumuExportTests {
  static let map = """
    me em
    domain eng "Engineering" {
      domain sre "SRE" {
        stakeholder em "Alex <Kim>" role="EM" power=4 interest=10 stance=champion goals=[speed] tags=[core] note="Runs \\"the\\" show"
      }
    }
    stakeholder board "Board" kind=group legitimacy=8 stance=-1 engagement=resistant -> neutral
    em -> board
    board reports-to em
    em conflicts-with board "budget"
    em depends-on board "sign-off" note="by June"
    """

  static func blueprint() throws -> String {
    let result = StakeMapParser.parse(map, fileName: "map.stakes")
    try #require(!result.diagnostics.hasErrors)
    return KumuExport.blueprint(result.map)
  }

  @Test func exactBlueprint() throws {
    #expect(
      try Self.blueprint() == """
        {
          "elements": [
            {
              "id": "em",
              "label": "Alex \\u003cKim\\u003e",
              "type": "Person",
              "description": "Runs \\"the\\" show",
              "tags": ["core"],
              "role": "EM",
              "domain": "SRE",
              "domain path": "Engineering / SRE",
              "power": 4,
              "interest": 10,
              "stance": 2,
              "stance label": "champion",
              "quadrant": "Keep informed",
              "goals": ["speed"],
              "openness": 0.5,
              "engagement": "leading",
              "point of view": "yes"
            },
            {
              "id": "board",
              "label": "Board",
              "type": "Group",
              "stance": -1,
              "stance label": "resistant",
              "quadrant": "Manage closely",
              "openness": 0.5,
              "engagement": "resistant",
              "desired engagement": "neutral",
              "legitimacy": 8
            }
          ],
          "connections": [
            {
              "from": "em",
              "to": "board",
              "type": "influences",
              "direction": "directed",
              "strength": 0.5
            },
            {
              "from": "board",
              "to": "em",
              "type": "reports to",
              "direction": "directed"
            },
            {
              "from": "em",
              "to": "board",
              "type": "conflicts with",
              "direction": "mutual",
              "topic": "budget"
            },
            {
              "from": "em",
              "to": "board",
              "type": "depends on",
              "direction": "directed",
              "topic": "sign-off",
              "description": "by June"
            }
          ]
        }

        """)
  }

  @Test func blueprintIsJSONWhoseConnectionsNameElements() throws {
    let data = Data(try Self.blueprint().utf8)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: [[String: Any]]])
    #expect(Set(object.keys) == ["elements", "connections"])
    let elements = try #require(object["elements"])
    let ids = Set(elements.compactMap { $0["id"] as? String })
    #expect(elements.map { $0["label"] as? String } == ["Alex <Kim>", "Board"])
    for c in object["connections"] ?? [] {
      #expect(ids.contains(c["from"] as? String ?? ""))
      #expect(ids.contains(c["to"] as? String ?? ""))
      #expect(["directed", "mutual"].contains(c["direction"] as? String ?? ""))
    }
    #expect(KumuExport.connectionType(.alliedWith) == "allied with")
  }
}
