import Foundation
import Testing

/// `stakemap check` maps a large file into memory instead of copying it. It must
/// read like the copy, and a file cut short while it is read is an error in words,
/// never a crash.
@Suite struct MappedCheckTests {
  /// A valid map of more than 4 MB (so that it is mapped and read in two parts).
  static func largeMap() -> String {
    // Long lines: few stakeholders fill the 4 MB (a debug build reads this fast).
    let note = String(repeating: "n", count: 400)
    var text = "title \"Large\"\n"
    var k = 0
    while text.utf8.count < 4_300_000 {
      text += "stakeholder p\(k) \"Person \(k)\" power=\(k % 10) interest=\(k % 7) note=\"\(note)\"\n"
      if k > 0 { text += "p\(k) -> p\(k - 1) 0.5\n" }
      k += 1
    }
    return text
  }

  /// The summary of the mapped file is the summary of the same bytes on standard
  /// input (read into memory, not mapped).
  @Test func aMappedFileChecksLikeStandardInput() throws {
    let folder = try TemporaryFolder()
    let text = Self.largeMap()
    try folder.write("large.stakes", text)
    let mapped = try CommandRunner.run(["check", "large.stakes"], in: folder.url)
    let piped = try CommandRunner.run(["check", "-"], stdin: text, in: folder.url)
    #expect(mapped.status == 0, "\(mapped)")
    #expect(mapped.stdout.replacingOccurrences(of: "large.stakes", with: "-") == piped.stdout)
  }

  /// Another program cuts the file short and writes it back, over and over, while
  /// `check` reads it: every run ends with status 0 or 1 and words on standard error
  /// when 1 (a mapped page past the new end would otherwise kill it with SIGBUS).
  @Test func aFileCutShortWhileReadIsAnErrorNotACrash() throws {
    let folder = try TemporaryFolder()
    let text = Array(Self.largeMap().utf8)
    let path = try folder.write("moving.stakes", bytes: text)
    let url = folder.url.appendingPathComponent(path)
    let stop = ManagedAtomicFlag()
    let churn = Thread {
      while !stop.isSet {
        if let handle = try? FileHandle(forWritingTo: url) {
          try? handle.truncate(atOffset: UInt64(text.count / 3))
          usleep(2000)
          try? handle.seek(toOffset: 0)
          try? handle.write(contentsOf: text)
          try? handle.close()
        }
        usleep(5000)
      }
    }
    churn.start()
    defer { stop.set() }
    var statuses: [Int32: Int] = [:]
    for _ in 0..<15 {
      let run = try CommandRunner.run(
        ["-c", "\"$STAKEMAP\" check moving.stakes; echo \"status=$?\" >&2"], in: folder.url,
        program: URL(fileURLWithPath: "/bin/bash"))
      let status = Int32(
        run.stderr.components(separatedBy: "status=").last!.trimmingCharacters(in: .whitespacesAndNewlines))!
      statuses[status, default: 0] += 1
      #expect(status == 0 || status == 1, "\(run)")
      if status == 1 { #expect(run.stderr.contains("error"), "\(run)") }
    }
    #expect(statuses.values.reduce(0, +) == 15)
  }
}

/// A flag one thread sets and another reads.
final class ManagedAtomicFlag: @unchecked Sendable {
  private let lock = NSLock()
  private var value = false
  var isSet: Bool { lock.withLock { value } }
  func set() { lock.withLock { value = true } }
}
