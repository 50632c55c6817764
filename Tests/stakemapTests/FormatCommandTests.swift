import Foundation
import Testing

/// `stakemap fmt FILE [--check | --write]`: canonical text, checked or written in place.
@Suite struct FormatCommandTests {
  static let messy = lines(
    "title   \"Payments\"   # the title",
    "",
    "",
    "stakeholder cto interest=7 power=9   stance=+1",
    "stakeholder em  power=4 interest=10.0",
    "cto->em 0.70")

  static let canonical = lines(
    "title \"Payments\"  # the title",
    "",
    "stakeholder cto power=9 interest=7  stance=1",
    "stakeholder em  power=4 interest=10",
    "cto -> em 0.7")

  static let broken = lines(
    "stakeholder a power=1 interest=1",
    "stakeholder b power=12 interest=1")

  static let brokenDiagnostics = """
    broken.stakes:2:21: error: 12 is out of range for 'power': it takes 0 to 10
    stakeholder b power=12 interest=1
                        ^
    broken.stakes: 1 error

    """

  @Test func printsCanonicalText() throws {
    let folder = try TemporaryFolder()
    try folder.write("map.stakes", Self.messy)
    try assertExecute(["fmt", "map.stakes"], in: folder, stdout: Self.canonical)
    #expect(try folder.read("map.stakes") == Self.messy)
  }

  @Test func formatsStandardInput() throws {
    let folder = try TemporaryFolder()
    try assertExecute(["fmt", "-"], stdin: Self.messy, in: folder, stdout: Self.canonical)
  }

  @Test func warningsDoNotStopFormatting() throws {
    let folder = try TemporaryFolder()
    try folder.write("w.stakes", "stakeholder  a\n")
    try assertExecute(
      ["fmt", "w.stakes"], in: folder,
      stdout: "stakeholder a\n",
      stderr: """
        w.stakes:1:14: warning: stakeholder 'a' has no power or interest rating; analysed as medium (5) and shown apart on the grid
        stakeholder  a
                     ^

        """)
  }

  @Test func checkFailsOnUnformattedText() throws {
    let folder = try TemporaryFolder()
    try folder.write("map.stakes", Self.messy)
    try assertExecute(
      ["fmt", "--check", "map.stakes"], in: folder,
      stderr: "map.stakes: not formatted; run 'stakemap fmt --write map.stakes'\n", status: 1)
    #expect(try folder.read("map.stakes") == Self.messy)
  }

  @Test func checkPassesOnCanonicalText() throws {
    let folder = try TemporaryFolder()
    try folder.write("map.stakes", Self.canonical)
    try assertExecute(["fmt", "--check", "map.stakes"], in: folder)
  }

  @Test func checkReadsStandardInput() throws {
    let folder = try TemporaryFolder()
    try assertExecute(["fmt", "--check", "-"], stdin: Self.canonical, in: folder)
    try assertExecute(
      ["fmt", "--check", "-"], stdin: Self.messy, in: folder,
      stderr: "-: not formatted; run 'stakemap fmt --write -'\n", status: 1)
  }

  @Test func writeRewritesTheFileAtomically() throws {
    let folder = try TemporaryFolder()
    try folder.write("map.stakes", Self.messy)
    let before = try folder.inode("map.stakes")
    try assertExecute(["fmt", "--write", "map.stakes"], in: folder)
    #expect(try folder.read("map.stakes") == Self.canonical)
    // Written beside and renamed over: a new file, and no temporary file left behind.
    #expect(try folder.inode("map.stakes") != before)
    #expect(try folder.names() == ["map.stakes"])
  }

  @Test func writeWithTheShortFlag() throws {
    let folder = try TemporaryFolder()
    try folder.write("map.stakes", Self.messy)
    try assertExecute(["fmt", "-w", "map.stakes"], in: folder)
    #expect(try folder.read("map.stakes") == Self.canonical)
  }

  @Test func writeLeavesACanonicalFileAlone() throws {
    let folder = try TemporaryFolder()
    try folder.write("map.stakes", Self.canonical)
    let before = try folder.inode("map.stakes")
    try assertExecute(["fmt", "--write", "map.stakes"], in: folder)
    #expect(try folder.inode("map.stakes") == before)
    #expect(try folder.read("map.stakes") == Self.canonical)
  }

  @Test func writeRefusesStandardInput() throws {
    let folder = try TemporaryFolder()
    try assertExecute(
      ["fmt", "--write", "-"], stdin: Self.messy, in: folder,
      stderr: """
        Error: --write needs a file, not standard input
        Usage: stakemap fmt <file> [--write] [--check]
          See 'stakemap fmt --help' for more information.

        """,
      status: 64)
  }

  @Test func writeAndCheckTogetherAreAUsageError() throws {
    let folder = try TemporaryFolder()
    try folder.write("map.stakes", Self.messy)
    try assertExecute(
      ["fmt", "--write", "--check", "map.stakes"], in: folder,
      stderr: """
        Error: --write and --check do not go together
        Usage: stakemap fmt <file> [--write] [--check]
          See 'stakemap fmt --help' for more information.

        """,
      status: 64)
    #expect(try folder.read("map.stakes") == Self.messy)
  }

  @Test func fileWithErrorsPrintsNothing() throws {
    let folder = try TemporaryFolder()
    try folder.write("broken.stakes", Self.broken)
    try assertExecute(["fmt", "broken.stakes"], in: folder, stderr: Self.brokenDiagnostics, status: 1)
  }

  @Test func fileWithErrorsIsNotWritten() throws {
    let folder = try TemporaryFolder()
    try folder.write("broken.stakes", Self.broken)
    let before = try folder.inode("broken.stakes")
    try assertExecute(["fmt", "--write", "broken.stakes"], in: folder, stderr: Self.brokenDiagnostics, status: 1)
    #expect(try folder.read("broken.stakes") == Self.broken)
    #expect(try folder.inode("broken.stakes") == before)
    #expect(try folder.names() == ["broken.stakes"])
  }

  @Test func checkOfAFileWithErrorsFails() throws {
    let folder = try TemporaryFolder()
    try folder.write("broken.stakes", Self.broken)
    try assertExecute(["fmt", "--check", "broken.stakes"], in: folder, stderr: Self.brokenDiagnostics, status: 1)
  }

  @Test func missingFile() throws {
    let folder = try TemporaryFolder()
    try assertExecute(
      ["fmt", "--write", "gone.stakes"], in: folder, stderr: "gone.stakes: error: cannot read: no such file\n",
      status: 1)
    #expect(try folder.names() == [])
  }

  @Test func noArgumentIsAUsageError() throws {
    let folder = try TemporaryFolder()
    try assertExecute(
      ["fmt"], in: folder,
      stderr: """
        Error: Missing expected argument '<file>'
        Help:  <file>  The .stakes file, or '-' for standard input.
        Usage: stakemap fmt <file> [--write] [--check]
          See 'stakemap fmt --help' for more information.

        """,
      status: 64)
  }
}
