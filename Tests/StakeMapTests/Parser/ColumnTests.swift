import StakeMap
import Testing

/// Columns count characters (Unicode scalars) from 1, not bytes; a tab is one.
@Suite struct ColumnTests {
  @Test func accentedLetterBeforeTheErrorCountsOnce() {
    // "é" is two bytes in UTF-8 and one character.
    let text = lines("stakeholder josé \"José\" power=11 interest=1")
    #expect(diagnose(text) == [.error(1, 31, "11 is out of range for 'power': it takes 0 to 10")])
  }

  @Test func emojiBeforeTheErrorCountsOnce() {
    // "🚀" is four bytes in UTF-8 and one character.
    let text = lines("stakeholder a \"🚀 Launch\" power=1 interest=1 intrest=2")
    #expect(
      diagnose(text) == [.error(1, 45, "unknown attribute 'intrest' for a stakeholder; did you mean 'interest'?")])
  }

  @Test func tabBeforeTheErrorCountsOnce() {
    let text = lines(
      "stakeholder a power=1 interest=1",
      "\tstakeholder b\t\"Bea\" power=1 interest=1 stance=4")
    #expect(diagnose(text) == [.error(2, 48, "4 is out of range for 'stance': it takes -2 to 2")])
  }

  @Test func unicodeIdentifiersCountCharacters() {
    let text = lines(
      "stakeholder Ωmega power=1 interest=1",
      "stakeholder 日本 power=1 interest=1",
      "日本 -> Ωmeg")
    #expect(diagnose(text) == [.error(3, 7, "unknown stakeholder 'Ωmeg'; did you mean 'Ωmega'?")])
  }

  @Test func byteOrderMarkIsNotAColumn() {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(lines("stakeholder a power=12 interest=1").utf8)
    #expect(diagnose(bytes: bytes) == [.error(1, 21, "12 is out of range for 'power': it takes 0 to 10")])
  }

  @Test func carriageReturnsDoNotShiftLines() {
    let text = "stakeholder ann power=1 interest=1\r\nstakeholder bob power=1 interest=1\r\nann -> carol\r\n"
    #expect(diagnose(text) == [.error(3, 8, "unknown stakeholder 'carol'")])
  }
}

/// A file that is not UTF-8 is an error at its first bad byte.
@Suite struct EncodingTests {
  @Test func latin1ByteIsReportedWhereItIs() {
    // "café" in Latin-1: 0xE9 is not valid UTF-8 on its own.
    let bytes = Array("title \"ok\"\nstakeholder a \"caf".utf8) + [0xE9] + Array("\" power=1 interest=1\n".utf8)
    #expect(
      diagnose(bytes: bytes) == [
        .error(2, 19, "the file is not valid UTF-8: byte 0xE9 cannot appear here; save it as UTF-8")
      ])
  }

  @Test func badByteAfterMultiByteCharactersCountsCharacters() {
    let bytes = Array("goal \"é€".utf8) + [0xFF] + Array("\"\n".utf8)
    #expect(
      diagnose(bytes: bytes) == [
        .error(1, 9, "the file is not valid UTF-8: byte 0xFF cannot appear here; save it as UTF-8")
      ])
  }

  @Test func truncatedSequenceAtTheEndOfTheFile() {
    let bytes = Array("title \"x\"\n".utf8) + [0xE2, 0x82]
    #expect(
      diagnose(bytes: bytes) == [
        .error(2, 1, "the file is not valid UTF-8: byte 0xE2 cannot appear here; save it as UTF-8")
      ])
  }

  @Test func overlongEncodingAndSurrogatesAreNotUTF8() {
    // 0xC0 0xAF is an overlong "/"; 0xED 0xA0 0x80 encodes the surrogate U+D800.
    #expect(
      diagnose(bytes: Array("a".utf8) + [0xC0, 0xAF]) == [
        .error(1, 2, "the file is not valid UTF-8: byte 0xC0 cannot appear here; save it as UTF-8")
      ])
    #expect(
      diagnose(bytes: Array("ab".utf8) + [0xED, 0xA0, 0x80]) == [
        .error(1, 3, "the file is not valid UTF-8: byte 0xED cannot appear here; save it as UTF-8")
      ])
  }

  @Test func notUTF8GivesNoMap() {
    let result = parse(bytes: [0xFF, 0xFE, 0x00, 0x00])
    #expect(!result.isValid)
    #expect(result.map == StakeMap())
  }
}
