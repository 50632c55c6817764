import Foundation
import Testing

/// Standard output that cannot take the result (a full disk behind `> file`) is an
/// error and exit status 1, not a silent success with half a report.
@Suite struct StandardOutputTests {
  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
  func aFullDiskBehindStandardOutputIsAnError() throws {
    let folder = try LivingFolder()
    try folder.write("m.stakes", AnalysisCommandTests.map)
    for command in ["analyze m.stakes --format json", "render grid m.stakes", "fmt m.stakes", "export kumu m.stakes"] {
      let run = try LivingCLI.bash("\"$STAKEMAP\" \(command) > /dev/full", in: folder)
      #expect(run.status == 1, "\(command): \(run)")
      #expect(
        run.stderr.hasSuffix("stakemap: error: cannot write to standard output: No space left on device\n"),
        "\(command): \(run.stderr)")
    }
  }

  @Test func aReaderThatGoesAwayEndsTheRunQuietly() throws {
    // `head` closes the pipe after one line; the rest of a large report cannot be
    // written. No error message for that: the reader chose to stop.
    let folder = try LivingFolder()
    var map = "stakeholder me_ power=5 interest=5\nme me_\n"
    for i in 0..<3000 { map += "stakeholder p\(i) \"Person \(i)\" power=5 interest=5\nme_ -> p\(i)\n" }
    try folder.write("big.stakes", map)
    let run = try LivingCLI.bash(
      "\"$STAKEMAP\" analyze big.stakes --format json | head -n 1; echo \"status ${PIPESTATUS[0]}\"", in: folder)
    #expect(run.stdout.hasPrefix("{\n"))
    #expect(run.stdout.contains("status 1") || run.stdout.contains("status 141"), "\(run)")
    #expect(!run.stderr.contains("error"), "\(run.stderr)")
  }
}
