import StakeMap
import Testing

/// Strings and blocks left open: reported where they open.
@Suite struct UnterminatedTests {
  @Test func unterminatedStringIsReportedWhereItOpens() {
    let text = lines(
      "title \"Payments",
      "stakeholder a \"Ann power=1 interest=1",
      "stakeholder b power=1 interest=1 note=\"ok\"")
    #expect(
      diagnose(text) == [
        .error(1, 7, "unterminated string: it opens here and the line ends before its closing '\"'"),
        .error(2, 15, "unterminated string: it opens here and the line ends before its closing '\"'"),
      ])
  }

  @Test func unterminatedStringAtTheEndOfTheFile() {
    #expect(
      diagnose("goal \"no end") == [
        .error(1, 6, "unterminated string: it opens here and the line ends before its closing '\"'")
      ])
  }

  @Test func unterminatedStringInABlock() {
    let text = lines(
      "stakeholder a {",
      "  power = 1",
      "  interest = 1",
      "  note = \"half",
      "}")
    #expect(
      diagnose(text) == [
        .error(4, 10, "unterminated string: it opens here and the line ends before its closing '\"'")
      ])
  }

  @Test func unterminatedDomainBlockIsReportedAtItsBrace() {
    let text = lines(
      "domain fin \"Finance\" {",
      "  stakeholder cfo power=1 interest=1",
      "  domain tax {",
      "  }",
      "")
    #expect(diagnose(text) == [.error(1, 22, "unterminated block: the '{' of domain 'fin' is never closed")])
  }

  @Test func unterminatedInnerDomainBlock() {
    let text = lines(
      "domain a {",
      "  domain b {",
      "    stakeholder x power=1 interest=1")
    #expect(
      diagnose(text) == [
        .error(1, 10, "unterminated block: the '{' of domain 'a' is never closed"),
        .error(2, 12, "unterminated block: the '{' of domain 'b' is never closed"),
      ])
  }

  @Test func unterminatedStakeholderBlockIsReportedAtItsBrace() {
    let text = lines(
      "stakeholder lead \"Mo\" power=5 {",
      "  interest = 8",
      "  role = \"SRE lead\"")
    #expect(
      diagnose(text) == [.error(1, 31, "unterminated block: the '{' of stakeholder 'lead' is never closed")])
  }

  @Test func unterminatedList() {
    let text = lines("stakeholder a power=1 interest=1 goals=[cost, speed")
    #expect(diagnose(text) == [.error(1, 40, "unterminated list: the '[' is never closed on its line")])
  }

  @Test func strayClosingBrace() {
    let text = lines(
      "stakeholder a power=1 interest=1",
      "  }")
    #expect(diagnose(text) == [.error(2, 3, "unexpected '}': no block is open here")])
  }
}
