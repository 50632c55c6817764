import Foundation
import Testing

/// `stakemap check FILE`: a summary line, or the diagnostics and a count.
@Suite struct CheckCommandTests {
  static let validMap = lines(
    "title \"Payments\"",
    "me em",
    "domain eng \"Engineering\" {",
    "  stakeholder cto power=9 interest=7 stance=supportive",
    "  stakeholder em power=4 interest=10",
    "  domain sre {",
    "    stakeholder lead power=5 interest=8",
    "  }",
    "}",
    "stakeholder cfo power=10 interest=3 stance=opposed",
    "cto -> em 0.7",
    "em depends-on cfo \"budget\"",
    "em reports-to cto")

  @Test func validFilePrintsASummary() throws {
    let folder = try TemporaryFolder()
    try folder.write("map.stakes", Self.validMap)
    try assertExecute(
      ["check", "map.stakes"], in: folder,
      stdout: "map.stakes: ok: 4 stakeholders, 2 domains, 3 relations, 0 warnings\n")
  }

  @Test func singularCounts() throws {
    let folder = try TemporaryFolder()
    try folder.write(
      "one.stakes",
      lines(
        "domain d { stakeholder a }",
        "stakeholder b power=1 interest=1",
        "a -> b"))
    try assertExecute(
      ["check", "one.stakes"], in: folder,
      stdout: "one.stakes: ok: 2 stakeholders, 1 domain, 1 relation, 1 warning\n",
      stderr: """
        one.stakes:1:24: warning: stakeholder 'a' has no power or interest rating; analysed as medium (5) and shown apart on the grid
        domain d { stakeholder a }
                               ^

        """)
  }

  @Test func warningsGoToStandardErrorAndExitZero() throws {
    let folder = try TemporaryFolder()
    try folder.write(
      "warn.stakes",
      lines(
        "stakeholder a power=1",
        "stakeholder b power=1 interest=1",
        "a -> a",
        "a -> b 0.2",
        "a -> b 0.3"))
    try assertExecute(
      ["check", "warn.stakes"], in: folder,
      stdout: "warn.stakes: ok: 2 stakeholders, 0 domains, 1 relation, 3 warnings\n",
      stderr: """
        warn.stakes:1:13: warning: stakeholder 'a' has no interest rating; analysed as medium (5) and shown apart on the grid
        stakeholder a power=1
                    ^
        warn.stakes:3:1: warning: 'a' -> itself; a relation of a stakeholder to itself is ignored
        a -> a
        ^
        warn.stakes:5:1: warning: a -> b is declared twice; the later one wins (the first is at line 4)
        a -> b 0.3
        ^

        """)
  }

  @Test func errorsArePrintedWithCaretsAndCounted() throws {
    let folder = try TemporaryFolder()
    try folder.write(
      "bad.stakes",
      lines(
        "stakeholder alice power=1 interest=1",
        "stakeholder bob power=11 intrest=2",
        "stakeholder alice power=2 interest=2",
        "alice -> bobb"))
    try assertExecute(
      ["check", "bad.stakes"], in: folder,
      stderr: """
        bad.stakes:2:13: warning: stakeholder 'bob' has no interest rating; analysed as medium (5) and shown apart on the grid
        stakeholder bob power=11 intrest=2
                    ^
        bad.stakes:2:23: error: 11 is out of range for 'power': it takes 0 to 10
        stakeholder bob power=11 intrest=2
                              ^
        bad.stakes:2:26: error: unknown attribute 'intrest' for a stakeholder; did you mean 'interest'?
        stakeholder bob power=11 intrest=2
                                 ^
        bad.stakes:3:13: error: duplicate stakeholder id 'alice'
        stakeholder alice power=2 interest=2
                    ^
        bad.stakes:1:13: note: 'alice' is first declared here
        stakeholder alice power=1 interest=1
                    ^
        bad.stakes:4:10: error: unknown stakeholder 'bobb'; did you mean 'bob'?
        alice -> bobb
                 ^
        bad.stakes: 4 errors

        """,
      status: 1)
  }

  @Test func oneErrorIsSingular() throws {
    let folder = try TemporaryFolder()
    try folder.write("one.stakes", "stakholder a\n")
    try assertExecute(
      ["check", "one.stakes"], in: folder,
      stderr: """
        one.stakes:1:1: error: unknown statement 'stakholder'; did you mean 'stakeholder'?
        stakholder a
        ^
        one.stakes: 1 error

        """,
      status: 1)
  }

  @Test func errorLimitIsSaid() throws {
    let folder = try TemporaryFolder()
    try folder.write("many.stakes", (1...60).map { "bogus\($0 + 10)\n" }.joined())
    let result = try CommandRunner.run(["check", "many.stakes"], in: folder.url)
    #expect(result.status == 1)
    #expect(result.stdout == "")
    let lastLines = result.stderr.split(separator: "\n").suffix(4)
    #expect(
      Array(lastLines) == [
        "many.stakes:50:1: error: unknown statement 'bogus60' (statements: title, goal, me, thresholds, domain, stakeholder, or a relation such as 'a -> b')",
        "bogus60",
        "^",
        "many.stakes: 50 errors (stopped after 50; fix these and run again)",
      ])
    #expect(result.stderr.components(separatedBy: ": error: ").count - 1 == 50)
  }

  @Test func fileThatIsNotUTF8() throws {
    let folder = try TemporaryFolder()
    try folder.write("latin1.stakes", bytes: Array("title \"caf".utf8) + [0xE9] + Array("\"\n".utf8))
    try assertExecute(
      ["check", "latin1.stakes"], in: folder,
      stderr: """
        latin1.stakes:1:11: error: the file is not valid UTF-8: byte 0xE9 cannot appear here; save it as UTF-8
        title "caf\u{FFFD}"
                  ^
        latin1.stakes: 1 error

        """,
      status: 1)
  }

  @Test func missingFile() throws {
    let folder = try TemporaryFolder()
    try assertExecute(
      ["check", "nope.stakes"], in: folder, stderr: "nope.stakes: error: cannot read: no such file\n", status: 1)
  }

  @Test func folderInsteadOfAFile() throws {
    let folder = try TemporaryFolder()
    try FileManager.default.createDirectory(
      at: folder.url.appendingPathComponent("maps"), withIntermediateDirectories: false)
    try assertExecute(
      ["check", "maps"], in: folder, stderr: "maps: error: cannot read: it is a folder\n", status: 1)
  }

  @Test func noArgumentIsAUsageError() throws {
    let folder = try TemporaryFolder()
    try assertExecute(
      ["check"], in: folder,
      stderr: """
        Error: Missing expected argument '<file>'
        Help:  <file>  The .stakes file, or '-' for standard input.
        Usage: stakemap check <file>
          See 'stakemap check --help' for more information.

        """,
      status: 64)
  }

  @Test func twoFilesAreAUsageError() throws {
    let folder = try TemporaryFolder()
    try assertExecute(
      ["check", "a.stakes", "b.stakes"], in: folder,
      stderr: """
        Error: Unexpected argument 'b.stakes'
        Usage: stakemap check <file>
          See 'stakemap check --help' for more information.

        """,
      status: 64)
  }

  @Test func unknownSubcommandIsAUsageError() throws {
    let folder = try TemporaryFolder()
    try assertExecute(
      ["chek", "map.stakes"], in: folder,
      stderr: """
        Error: 2 unexpected arguments: 'chek', 'map.stakes'
        Usage: stakemap <subcommand>
          See 'stakemap --help' for more information.

        """,
      status: 64)
  }

  @Test func dashReadsStandardInput() throws {
    let folder = try TemporaryFolder()
    try assertExecute(
      ["check", "-"], stdin: Self.validMap, in: folder,
      stdout: "-: ok: 4 stakeholders, 2 domains, 3 relations, 0 warnings\n")
  }

  @Test func errorsOnStandardInputAreNamedDash() throws {
    let folder = try TemporaryFolder()
    try assertExecute(
      ["check", "-"], stdin: "me nobody\n", in: folder,
      stderr: """
        -:1:4: error: unknown stakeholder 'nobody'
        me nobody
           ^
        -: 1 error

        """,
      status: 1)
  }

  /// Standard input has no size to read up front: a map several times the first
  /// buffer (64 KiB) is read whole, as the buffer grows.
  @Test func largeStandardInputIsReadWhole() throws {
    let folder = try TemporaryFolder()
    let map = (0..<5_000).map { "stakeholder person_\($0) \"Person \($0)\" power=5 interest=5\n" }.joined()
    #expect(map.utf8.count > 4 * 64 * 1024)
    try assertExecute(
      ["check", "-"], stdin: map, in: folder,
      stdout: "-: ok: 5000 stakeholders, 0 domains, 0 relations, 0 warnings\n")
  }

  @Test func emptyStandardInputIsAnEmptyMap() throws {
    let folder = try TemporaryFolder()
    try assertExecute(
      ["check", "-"], stdin: "", in: folder, stdout: "-: ok: 0 stakeholders, 0 domains, 0 relations, 0 warnings\n")
  }
}
