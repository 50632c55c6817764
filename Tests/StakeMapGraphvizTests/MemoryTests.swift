import Foundation
import Testing

/// Rendering the same picture many times does not grow the process: every render
/// buffer, layout and graph is freed, on success and on every kind of failure.
///
/// The renders run in a process of their own (`stakemap-soak`, Tests/Soak), so that the
/// other tests, which run in parallel in this process (10 MB maps, 100,000-person
/// networks), do not count in the resident size measured. The graphs are ones Graphviz
/// 2.42 itself does not leak on (no clusters: see the README), so growth would be ours.
@Suite(
  .serialized,
  .disabled(if: Sanitizer.isActive, "resident size under a sanitizer is the sanitizer's (quarantine, shadow memory)"))
struct MemoryTests {
  /// One measurement printed by `stakemap-soak`.
  struct Soak {
    var name: String
    var renders: Int
    var bytesPerRender: Int
    var growth: Int
  }

  /// The `stakemap-soak` executable, built beside the tests.
  static var executable: URL {
    let bundle = Bundle.main.bundleURL
    let products = bundle.pathExtension == "xctest" ? bundle.deletingLastPathComponent() : bundle
    let candidates = [
      products, bundle.deletingLastPathComponent(),
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
    ].map { $0.appendingPathComponent("stakemap-soak") }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
  }

  /// Runs `stakemap-soak ARGUMENTS` and reads its lines.
  static func soak(_ arguments: [String]) throws -> [Soak] {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "stakemap-soak \(arguments) exited \(process.terminationStatus)")
    return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
      let fields = line.split(separator: " ")
      var values: [String: Int] = [:]
      for field in fields.dropFirst() {
        let pair = field.split(separator: "=")
        if pair.count == 2, let value = Int(pair[1]) { values[String(pair[0])] = value }
      }
      guard let first = fields.first, let renders = values["renders"], let bytes = values["bytes"],
        let growth = values["growth"]
      else { return nil }
      return Soak(name: String(first), renders: renders, bytesPerRender: bytes, growth: growth)
    }
  }

  /// The soak: one map's picture rendered 10,000 times in one process. The
  /// grid of the payments sample (nop2 layout, no clusters).
  @Test(.timeLimit(.minutes(10)))
  func tenThousandRendersOfASampleGridGrowUnderTwentyMegabytes() throws {
    let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Samples/payments-migration.stakes")
    let result = try #require(try Self.soak(["grid", sample.path, "10000"]).first)
    #expect(result.renders == 10_000)
    #expect(result.bytesPerRender > 20_000)  // the whole grid each time
    #expect(result.growth < 20 * 1024 * 1024, "resident memory grew by \(result.growth / 1024) KiB")
  }

  @Test(.timeLimit(.minutes(10)))
  func manyRendersOfAThirtyNodeGraphGrowUnderTwentyMegabytes() throws {
    let result = try #require(try Self.soak(["layered", "2000"]).first)
    print("MemoryTests: 2000 renders of 30 nodes, resident grew \(result.growth / 1024) KiB")
    #expect(result.bytesPerRender > 20_000)  // really drew 30 nodes each time
    #expect(result.growth < 20 * 1024 * 1024, "resident memory grew by \(result.growth / 1024) KiB")
  }

  /// Each way of failing frees what it made too (Graphviz 2.42 hands back a render buffer
  /// even when rendering fails).
  @Test func failingRendersDoNotGrowTheProcess() throws {
    let results = try Self.soak(["failing", "2000"])
    #expect(results.map(\.name) == ["parse", "layout", "render", "positions"])
    for result in results {
      #expect(result.renders == 2_000)
      #expect(result.growth < 4 * 1024 * 1024, "\(result.name): grew by \(result.growth / 1024) KiB")
    }
  }
}
