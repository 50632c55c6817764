import StakeMap
import Testing

/// Domains: nesting, membership, positions, and the one-line form.
@Suite struct DomainTests {
  @Test func nestedDomainsRecordTheirParents() {
    let map = validMap(
      lines(
        "domain org \"Org\" {",
        "  domain eng \"Engineering\" {",
        "    domain sre {",
        "    }",
        "  }",
        "  domain fin {}",
        "}"))
    #expect(
      map.domains == [
        Domain(id: "org", label: "Org", parent: nil, position: 0),
        Domain(id: "eng", label: "Engineering", parent: "org", position: 0),
        Domain(id: "sre", label: nil, parent: "eng", position: 0),
        Domain(id: "fin", label: nil, parent: "org", position: 0),
      ])
    #expect(map.domainPath("sre") == ["org", "eng", "sre"])
    #expect(map.domainPath("fin") == ["org", "fin"])
  }

  @Test func stakeholderBelongsToTheInnermostDomain() {
    let map = validMap(
      lines(
        "stakeholder top power=1 interest=1",
        "domain eng {",
        "  stakeholder cto power=1 interest=1",
        "  domain sre {",
        "    stakeholder lead power=1 interest=1",
        "  }",
        "  stakeholder em power=1 interest=1",
        "}",
        "stakeholder last power=1 interest=1"))
    #expect(map.stakeholders.map(\.id) == ["top", "cto", "lead", "em", "last"])
    #expect(map.stakeholders.map(\.domain) == [nil, "eng", "sre", "eng", nil])
  }

  @Test func positionCountsTheStakeholdersDeclaredBeforeTheBlockOpens() {
    let map = validMap(
      lines(
        "stakeholder a power=1 interest=1",
        "domain x {",
        "  stakeholder b power=1 interest=1",
        "  stakeholder c power=1 interest=1",
        "  domain y {",
        "    stakeholder d power=1 interest=1",
        "  }",
        "}",
        "domain z {}",
        "stakeholder e power=1 interest=1"))
    #expect(map.domains.map(\.position) == [1, 3, 4])
  }

  @Test func oneLineDomain() {
    let map = validMap(lines("domain x { stakeholder a power=1 interest=1 }"))
    #expect(map.domains == [Domain(id: "x", position: 0)])
    #expect(map.stakeholders == [Stakeholder(id: "a", power: 1, interest: 1, domain: "x")])
  }

  @Test func oneLineDomainWithLabelAndTrailingComment() {
    let map = validMap(
      lines(
        "domain x \"X\" { stakeholder a power=1 interest=1 }  # one line",
        "stakeholder b power=1 interest=1"))
    #expect(map.domains == [Domain(id: "x", label: "X", position: 0)])
    #expect(map.stakeholders.map(\.domain) == ["x", nil])
  }

  @Test func relationsInsideDomains() {
    let map = validMap(
      lines(
        "domain eng {",
        "  stakeholder a power=1 interest=1",
        "  stakeholder b power=1 interest=1",
        "  a -> b 0.4",
        "  domain sre {",
        "    b allied-with a",
        "  }",
        "}",
        "a depends-on b"))
    #expect(
      map.relations == [
        Relation(.influences, from: "a", to: "b", weight: 0.4),
        Relation(.alliedWith, from: "b", to: "a"),
        Relation(.dependsOn, from: "a", to: "b"),
      ])
  }

  @Test func domainIdsMayHoldDotsAndDashes() {
    let map = validMap(lines("domain acme.eng-core_1 {}"))
    #expect(map.domains.map(\.id) == ["acme.eng-core_1"])
  }
}
